"""Running every detector over a text and keeping one finding per stretch of text.

Detectors overlap ("tanya.morales@example.org" holds a name; "Case ID 1001234567" looks like a
phone), so each span goes to the most specific detector: the one whose evidence is a keyword or
a shape no other kind has comes first.
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable

from . import (columns, contacts, foreign_digits, names, numbers, ocr, read_out, said_again,
               spoken, text_wide)
from .addresses_abroad import addresses_abroad
from .tokens import (MARK_AT, MARK_DASHED, MARK_DIGIT, MARK_DOCKET, MARK_FOREIGN_DIGIT,
                     MARK_KEYWORD, MARK_STREET)
from .findings import (ADDRESS, CASE_NUMBER, DOB, EMAIL, ID_NUMBER, NAME, PHONE, SSN, Finding,
                       finding)

_START = operator.attrgetter("start")


def _longest_first(span: tuple[int, int]) -> tuple[int, int]:
    """A sort key: by start, and at one start the longest first."""
    return span[0], -span[1]


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _name_words(name: str) -> set[str]:
    words = set()
    for word in _WORD.findall(unicodedata.normalize("NFC", name)):
        word = word.casefold().replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        words.add(word)
        words.update(part for part in word.split("-") if part)
    return words


@functools.lru_cache(maxsize=8)
def _allowed_words(names: frozenset[str]) -> frozenset[str]:
    """The words of the allowed names, built once per set: a widget scans on every pause."""
    return frozenset().union(*(_name_words(n) for n in names))


# What a word processor, a PDF or a web page puts where a keyboard types a space or a hyphen:
# a no-break space ("Dana\u00a0Whitfield", "123\u00a045\u00a06789"), a thin, a figure or a
# zero-width space; a no-break hyphen, a figure dash or a minus sign in a number or a code
# ("123\u201145\u20116789", "24\u2011JV\u20110091"); and an en or an em dash between two
# digits ("DOB 3\u20134\u20132019"), where elsewhere it is punctuation ("Mon\u2013Fri", "Re:
# Dana \u2014 court"). The detectors read the text with a space or a hyphen in their place,
# one character for one, so that every span found is the same in the text as written, which
# each finding quotes.
_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2007\u2009\u200b\u202f", " "))
_ODD_SPACE = re.compile("[\u00a0\u2007\u2009\u200b\u202f]")
_HYPHENS = "\u2010\u2011\u2012\u2212\ufe63\uff0d"
_DASH = re.compile(f"[{_HYPHENS}\u2013\u2014]")


def _as_typed(text: str) -> str:
    """text with a space or a hyphen where it holds another character for one (see above).
    Most texts beyond ASCII hold none: a look for each sort in C (translate() of such a text,
    or a pattern tried at every place, costs ten times as much), then the dashes found are
    read one by one."""
    if _ODD_SPACE.search(text) is not None:
        text = text.translate(_SPACES)
    dashes = [m.start() for m in _DASH.finditer(text)]
    if not dashes:
        return text
    chars = None
    for k in dashes:
        if 0 < k < len(text) - 1 and (
                text[k] in _HYPHENS and text[k - 1].isalnum() and text[k + 1].isalnum()
                or text[k - 1].isdecimal() and text[k + 1].isdecimal()):
            if chars is None:
                chars = list(text)
            chars[k] = "-"
    return text if chars is None else "".join(chars)


# Characters that show nothing and join what stands around them: a soft hyphen, as a PDF
# leaves inside a word it broke ("Whit\u00adfield", "24-JV\u00ad0091"), a word joiner, a
# byte-order mark. The detectors read the text without them.
_INVISIBLE = re.compile("[\u00ad\u2060\ufeff]")
# An underscore joining two words or numbers, as in a file's name ("dmitri_passport_548221907")
_JOINING_UNDERSCORE = re.compile(r"(?<=[^\W_])_(?=[^\W_])")
_FILE_NAME = re.compile(r"[^\W_]_[\w.-]*\.[a-z]{3,4}\b")


def _without_invisible(text: str, allowed_names: Iterable[str]) -> list[Finding]:
    """scan's findings in a text holding invisible characters: found in the text without them,
    each quoting the text as written, from its first character to its last."""
    kept = [i for i, c in enumerate(text) if not _INVISIBLE.match(c)]
    shown = "".join(text[i] for i in kept)
    return [finding(f.kind, kept[f.start], kept[f.end - 1] + 1,
                    text[kept[f.start]:kept[f.end - 1] + 1])
            for f in scan(shown, allowed_names)]


def _pieces(text: str) -> list[tuple[int, int]]:
    """The spans of text that NFC composes each on its own: a character that combines with no
    character before it (a starter), with the marks after it. A starter that NFC joins to the
    one before (a Hangul syllable's final jamo, a Tamil or a Kannada vowel's second half) stays
    in its piece."""
    pieces: list[tuple[int, int]] = []
    start = 0
    nfc = functools.partial(unicodedata.normalize, "NFC")
    for i in range(1, len(text)):
        # (a character before U+0300, Latin's letters and signs, is joined to none before it:
        # no composition's second half is one)
        if text[i] < "\u0300" or unicodedata.combining(text[i]) == 0 \
                and nfc(text[start:i + 1]) == nfc(text[start:i]) + text[i]:
            pieces.append((start, i))
            start = i
    pieces.append((start, len(text)))
    return pieces


def _composed(text: str, allowed_names: Iterable[str]) -> list[Finding]:
    """scan's findings in a text whose accents are written as letters and marks apart (NFD,
    as macOS file names, some PDFs and some keyboards give them: "Jose\u0301 Pe\u0301rez"),
    found in the text composed as a keyboard types it (NFC), where the lists know the names;
    each quoting the text as written, from the first piece it touches to the last."""
    starts: list[int] = []
    ends: list[int] = []
    composed = []
    for start, end in _pieces(text):
        piece = unicodedata.normalize("NFC", text[start:end])
        composed.append(piece)
        starts += [start] * len(piece)
        ends += [end] * len(piece)
    return [finding(f.kind, starts[f.start], ends[f.end - 1],
                    text[starts[f.start]:ends[f.end - 1]])
            for f in scan("".join(composed), allowed_names)]


def scan(text: str, allowed_names: Iterable[str] = ()) -> list[Finding]:
    """Identifying details in text, in reading order.

    allowed_names: names a participant may use, such as the invented people of the curriculum's
    scenarios (see toolkit.invented). A name is let through only if every word of it is allowed:
    "Dana" passes when "Dana Whitfield" is allowed, "Dana Smith" does not.
    """
    if not text:
        return []
    written = text  # (what each finding quotes)
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
            return _composed(text, allowed_names)
        if _INVISIBLE.search(text):
            return _without_invisible(text, allowed_names)
        text = _as_typed(text)
    if ocr.MIXED.search(text):
        # a scanned page's letters read as digits and digits as letters ("DOB O9/3O/2O15",
        # "PH0NE", "Chi1d"), read as OCR meant them, each in its place (ocr.py)
        text = ocr.as_read(text)
    # The names first: reading the words, tokenize notes those that are number words, and a
    # text with none spares spoken.ranked its own search for them; and whether the text holds
    # a digit, which spares the detectors of numbers most lines.
    spelt: list[int] = []
    marks: list[int] = []
    runs: list[int] = []
    found_names = names.find_names(text, spelt=spelt, marks=marks, digits=runs)
    mark = marks[0]
    # a phone read out in another language's digits ("senk senk senk, zewo en sis nèf"), in a
    # text holding one of their words (tokenize's MARK_FOREIGN_DIGIT)
    foreign = foreign_digits.phones(text) if mark & MARK_FOREIGN_DIGIT else []
    if not found_names and not mark & (MARK_DIGIT | MARK_AT) and not spelt and not foreign \
            and (text.isascii() or spoken.CASE_DOUBLES.isdisjoint(text)):
        # No name, and nothing any other detector reads: no digit, no piece marked for an
        # e-mail address, no number word (as spoken.ranked is asked below); what the rest
        # finds in such a text (two lines in five) is nothing (tests/test_privacy_fast_paths.py
        # (kk))
        return []
    has_digit = bool(mark & MARK_DIGIT)
    # (an e-mail address, written or spelt, only in a text with a piece tokenize marked: a
    # call spared nine lines in ten, tests/test_privacy_fast_paths.py (gg))
    ranked: list[tuple[str, list[tuple[int, int]]]] = [
        (EMAIL, contacts.emails(text) if mark & MARK_AT else [])]
    if has_digit:
        # runs: the lengths of the runs of digits (numbers.digit_runs, noted by tokenize),
        # which answer the detectors' first tests: one pass where each detector made its own;
        # and the shapes tokenize marked (a street's word, a docket's ending, "555-0142")
        cases, ids, loose_cases, loose_ids = numbers.record_numbers(
            text, runs, bool(mark & MARK_KEYWORD), bool(mark & MARK_DOCKET),
            bool(mark & MARK_DASHED))
        if "_" in text and _FILE_NAME.search(text):
            # a file's name read as words, for the numbers a keyword introduces in it
            # ("scan_Medicaid_440918273.pdf", "dmitri_passport_548221907.jpg"); not those
            # found by their shape alone ("IMG_20240311_142233.jpg", a camera's date and time)
            cases, ids = (spans + [span for span in more if span not in spans]
                          for spans, more in zip((cases, ids), numbers.record_numbers(
                              _JOINING_UNDERSCORE.sub(" ", text), runs)[:2]))
        # a table's or a form's numbers, of the kind their column's head or their field's
        # label names (columns.py), and the cells its heads say are no one's
        in_cells = columns.column_numbers(text) \
            if "\t" in text or "\n" in text or "|" in text else {}
        if ": " in text:
            # "Grant numbers on the cover sheet: 90CA1876-01, 90CW1143-02": things' numbers
            listed = columns.things_listed(text)
            if listed:
                in_cells.setdefault(columns.CLEARED, []).extend(listed)
        cleared = in_cells.get(columns.CLEARED)
        if cleared and (loose_cases or loose_ids):
            # "CT-22-0650" in a note under a register whose "Contract No." column holds
            # "CT-24-0117": a code of that column's scheme is a contract's too
            codes = [text[start:end] for start, end in cleared]
            loose_cases, loose_ids = (numbers.of_other_schemes(text, spans, codes)
                                      for spans in (loose_cases, loose_ids))
        owned: tuple[list, list] = ([], [])  # an id's and a record's seven digits
        phones = contacts.phones(text, runs, owned)
        ranked += [(SSN, numbers.ssns(text, runs)),
                   (DOB, numbers.dates_of_birth(text, runs)),
                   (CASE_NUMBER, cases), (ID_NUMBER, ids), (ID_NUMBER, owned[0]),
                   (CASE_NUMBER, owned[1]), (PHONE, phones),
                   (ADDRESS, contacts.addresses(text, runs, bool(mark & MARK_STREET))),
                   (ADDRESS, addresses_abroad(text)),
                   (CASE_NUMBER, loose_cases), (ID_NUMBER, loose_ids)]
        if sum(runs) >= 7:
            # a phone in groups no phone is printed in, below every other reading of its digits
            ranked.append((PHONE, contacts.phone_in_odd_groups(text)))
        glossed = numbers.things_glossed_after(text) + numbers.service_desk_records(text)
        if glossed:
            # "4500118 is the purchase order for the car seats": a thing's, said right after
            # it, which no reading of its digits as a person's takes
            ranked.insert(0, (columns.CLEARED, glossed))
        if in_cells:
            # the table's numbers before any reading of them alone ("0047718823" under
            # "Medicaid ID" is no phone); and first of all the cells its heads say are no
            # one's, which take their place and are no finding ("CFS-LT-0412" under "Asset Tag")
            ranked[:0] = sorted(in_cells.items(), key=lambda item: item[0] != columns.CLEARED)
    ranked.append((NAME, found_names))
    if has_digit and found_names:
        after = numbers.dates_after_names(text, found_names)
        if after:
            ranked.insert(2, (DOB, after))  # beside the other dates of birth
        if "#" in text:
            badges = numbers.badges_after_names(text, found_names)
            if badges:
                ranked.insert(2, (ID_NUMBER, badges))  # "Ofc. R. Delacroix #2217"
    # numbers spelt in words: "five oh three five five ..."; spoken.rewrite finds none in a
    # text where tokenize saw no number word (spelt empty), as nine lines in ten: the call
    # spared (tests/test_privacy_fast_paths.py (d) checks that rewrite's answer); beyond ASCII
    # too, but in a text holding a letter that its search matches with one from a to z
    # (spoken.CASE_DOUBLES, (v))
    if foreign:
        ranked.insert(1, (PHONE, foreign))  # (before the names: "lima", "isa" are given names)
    said: list = []  # spoken.ranked's readings
    if spelt:
        # (a text in capitals, a TTY's or a relay call's, read as lowercase, where number words
        # are read: "MY SOCIAL IS NINE OH OH TWO TWO ...", in the same places)
        said = spoken.ranked(text.lower() if text.isupper() and text.isascii() else text, True)
    elif not text.isascii() and not spoken.CASE_DOUBLES.isdisjoint(text):
        said = spoken.ranked(text, False)
    if has_digit or spelt:
        # a record's, an id's or a phone's number read out piece by piece after its keyword
        # ("Medicaid ID is M as in Mary, 4, 4, 0, ...", "A# zero nine eight, seven seven two,
        # ...", "my number is two oh eight, 555, oh one nine four"): a record's and an id's
        # before every reading of its pieces alone, spelt ones too, and the word said "as in"
        # ("E as in Echo"); a phone's after the spelt ones ("my I ninety four number is four
        # four zero ...": an I-94's); a text with no number word only if it shows pieces
        # (read_out._READ_IN_DIGITS)
        read = read_out.numbers_read_out(text, bool(spelt))
        said = [item for item in read if item[0] != PHONE] + said \
            + [item for item in read if item[0] == PHONE]
    if said:
        ranked[1:1] = said

    taken: list[tuple[int, int]] = []
    findings = []
    allowed = _allowed_words(frozenset(allowed_names)) if allowed_names else frozenset()
    # A long text (a pasted case file) holds hundreds of findings: the stretches taken are
    # then kept in order, where a binary search finds the one a span may overlap. They never
    # overlap one another, so the one that starts last before the span's end ends last too.
    long = len(text) > text_wide.LONG_TEXT
    for kind, spans in ranked:
        if not spans:
            continue  # most detectors find nothing in most lines
        # (the longest of those of a kind that start at one place first: a phone with its
        # extension, "+1 (505) 555-0129 ext. 14", not the number alone)
        for start, end in sorted(set(spans), key=_longest_first) if len(spans) > 1 else spans:
            if long:
                k = bisect_left(taken, (end,))
                if k and taken[k - 1][1] > start:
                    continue
            else:
                k = len(taken)
                for s, e in taken:  # a loop, not any(): most lines hold one finding or none
                    if start < e and s < end:
                        k = -1
                        break
                if k < 0:
                    continue
            if kind == NAME and allowed and _name_words(text[start:end]) <= allowed:
                continue
            taken.insert(k, (start, end))
            if kind == columns.CLEARED:
                continue
            findings.append(finding(kind, start, end, written[start:end]))
    if has_digit and findings and sum(runs) >= 12:
        # a found number written again, or again with a slip, where no detector read it (two
        # numbers of six digits or more: twelve digits in the text at least)
        findings += said_again.found_again(text, written, findings, taken, sum(runs))
    if len(findings) > 1:
        findings.sort(key=_START)
    return findings
