"""Numbers spelt in words, as dictation writes them: "five oh three five five five oh one four
four", "june third twenty eighteen", "two zero two four dash j v dash zero zero eight eight one".

The detectors of numbers (numbers.py, contacts.py) read digits. Here each run of number words is
written in digits ("five oh three" -> "503", "twenty eighteen" -> "2018", "two thousand
nineteen" -> "2019", "double five" -> "55", "oh four slash eleven" -> "04/11", "dash j v dash"
-> "-JV-"), the same detectors are run on the text so written, and what they find over a
rewritten run is given back with its span in the original text. A line gets the findings it
would get had its numbers been typed in digits; nothing more, so prose with numbers in words
("two kids", "at four thirty") stays as clean as "2 kids", "at 430" would.

How a run is read:
- words in a row are numbers read one after the other, each written after the last: "four
  twelve" is 412, "twenty eighteen" 2018, "nine oh oh two" 9002; within one number a tens word
  takes a unit ("twenty one" is 21) and "hundred", "thousand" multiply ("two thousand
  nineteen" is 2019, "nineteen hundred ninety nine" 1999);
- "oh" is a zero only beside another number word; "double", "triple" repeat the digit after;
- "dash", "slash" between two numbers are "-", "/"; letters read out between two dashes are
  written together in capitals;
- an ordinal ("ninth", "twenty first") is a date's day, written "9th", only beside a month
  ("march ninth", "the ninth of march"), and ends its run ("june third twenty eighteen" is
  "june 3rd 2018");
- a month, a day and a year read without separators are written as a date ("four twelve
  twenty seventeen" -> "4/12/2017"); groups of 3, 3 and 4 digits apart by commas or full stops
  as a phone ("five five five, two one two, three four five six" -> "555-212-3456");
- typed digits join a run only beside digits read one by one ("503 five five five");
- a number word typed with a capital inside a sentence is part of a name ("Two Rivers Road",
  "Seven Oaks") and stays a word;
- Spanish numbers are read as a date's day and year are said, with or without accents:
  "veintidós de octubre de dos mil diez" is "22 de octubre de 2010", "treinta y uno" 31, "mil
  novecientos noventa y dos" 1992, "primero de enero" the 1st; not "once", an English word.

A spelt finding ranks before the detectors' findings on the text as typed (scanner.scan), so
"555.0177 extension four oh two" is flagged whole.

Lines without any number word cost one regex search (scan() calls ranked() on every line),
about 2 microseconds; lines whose number words are lone digits ("two kids") a few more.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from . import contacts, numbers
from .findings import ADDRESS, CASE_NUMBER, DOB, ID_NUMBER, PHONE, SSN
from .text_wide import search_ending_at
from .wordlists import alternation, alternation_of, entries, words


def _plain(word: str) -> str:
    """The word without its accents, as it is often typed ("veintidós" -> "veintidos")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _valued(section: str, first: int, step: int = 1) -> dict[str, int]:
    """The words of a section, which stand in the order of their values, valued from first by
    step; each also without its accents ("veintidos")."""
    found = {}
    for n, w in enumerate(entries(section)):
        found[w] = found[_plain(w)] = first + step * n
    return found


_UNITS = _valued("spoken-units", 0)
_UNITS.update(_valued("spoken-units-spanish", 0))
_TEENS = _valued("spoken-teens", 10)
_SPANISH_TEENS = _valued("spoken-teens-spanish", 10)
_SPANISH_TWENTIES = _valued("spoken-twenties-spanish", 20)
_TEENS.update(_SPANISH_TEENS)
_TEENS.update(_SPANISH_TWENTIES)
_TENS = _valued("spoken-tens", 20, 10)
_SPANISH_TENS = _valued("spoken-tens-spanish", 30, 10)
_TENS.update(_SPANISH_TENS)
_TENS_JOINERS = words("spoken-tens-joiners-spanish")
_HUNDREDS = _valued("spoken-hundreds-spanish", 100, 100)
_HUNDREDS.update(_valued("spoken-hundred-before-more-spanish", 100))
_SCALES = {w: 10 ** (2 + n) for n, w in enumerate(entries("spoken-scales"))}
_OPENING_SCALES = _valued("spoken-thousand-spanish", 1000)
_SCALES.update(_OPENING_SCALES)
_ORDINALS = _valued("spoken-ordinals", 1)
_ORDINALS.update(_valued("spoken-ordinal-tens", 20, 10))
_SPANISH_FIRST = _valued("spoken-first-spanish", 1)
_ORDINALS.update(_SPANISH_FIRST)
# The Spanish words read whole, as written and without their accents, in a fixed order; not
# those that are English words too ("once").
_ALSO_ENGLISH = words("spoken-spanish-also-english")
_TEENS = {w: n for w, n in _TEENS.items() if w not in _ALSO_ENGLISH}
_SPANISH_WORDS = tuple(w for w in dict.fromkeys([
    *_SPANISH_TEENS, *_SPANISH_TWENTIES, *_SPANISH_TENS, *_HUNDREDS, *_OPENING_SCALES,
    *_SPANISH_FIRST]) if w not in _ALSO_ENGLISH)
_ZERO_LETTERS = words("spoken-zero-letters")
_REPEATS = {w: 2 + n for n, w in enumerate(entries("spoken-repeats"))}
_DASHES = words("spoken-dashes")
_SLASHES = words("spoken-slashes")
_JOINERS = words("spoken-number-joiners")
_BEFORE_DAY = words("spoken-before-a-day")
_DAY_OF = words("spoken-day-of")
_MONTHS = words("month-words", "month-words-spanish", "month-words-french")
_BEFORE_A_DIGIT = words("spoken-before-a-digit")
_CARDINALS = {**_UNITS, **_TEENS, **_TENS, **_HUNDREDS}
_LETTER_WORDS = words("spoken-letter-words")
_LONGEST_LETTER_WORD = max(map(len, _LETTER_WORDS))

# The cheap test every line gets: a number word (not "oh", "double", "dash": they are numbers
# only beside one). Searched in the lowercased text, without IGNORECASE (faster). First the
# words anywhere (_ROUGH: "someone", "often" hold one), which the regex engine tries faster
# than the words alone (_HINT): a line without a number word costs what _ROUGH costs, about a
# microsecond and a half.
_NUMBER_WORDS = alternation("spoken-units", "spoken-units-spanish", "spoken-teens",
                            "spoken-tens", "spoken-ordinals", "spoken-ordinal-tens") \
    + "|" + alternation_of(_SPANISH_WORDS)
# The same words as a set, for tokens.tokenize, which notes the words holding one (see rewrite).
NUMBER_WORDS = words("spoken-units", "spoken-units-spanish", "spoken-teens", "spoken-tens",
                     "spoken-ordinals", "spoken-ordinal-tens") | frozenset(_SPANISH_WORDS)
_ROUGH = re.compile(_NUMBER_WORDS)
_HINT = re.compile(rf"\b(?:{_NUMBER_WORDS})\b")
_HINT_ANY_CASE = re.compile(_HINT.pattern, re.IGNORECASE)
# The letters beyond ASCII that IGNORECASE matches with a letter from a to z ("ſ" with "s", the
# kelvin sign with "k"), and lower() does not turn into it. In a text with none of them,
# _HINT_ANY_CASE matches a number word only where it stands whole between characters that are
# no letter, digit or "_", as tokens.tokenize reads it: a text whose words hold no number word
# (tokenize's spelt list empty) is then spared rewrite, beyond ASCII too (scanner.scan;
# tests/test_privacy_fast_paths.py (v) finds the letters among every character).
CASE_DOUBLES = frozenset("\u0130\u0131\u017f\u212a")  # "İ", "ı", "ſ", the kelvin sign
# A second look, at each number word of a line that has one: whether it may be part of an
# identifier (see _matters), asked of the characters around it, which is cheaper than reading
# the line's runs. It errs on the side of yes. Two digits or more (a word of [spoken-teens] or
# [spoken-tens]); a digit beside another word of a run ("five oh", "double five", "5 two"); a
# digit or a day after a month or a word of [spoken-before-a-digit] ("march nine", "march the
# ninth", "apartment four"), or before "of" and a month; a digit before a capitalized word
# ("nine Elm Street").
# Spanish words read whole are two digits or more too, but for ten to nineteen ("once" is an
# English word), a thousand ("mil" is an abbreviation too) and a first.
_WHOLE = words("spoken-teens", "spoken-tens") | (
    (frozenset(_TEENS) | frozenset(_SPANISH_TENS) | frozenset(_HUNDREDS))
    - frozenset(_SPANISH_TEENS) - words("spoken-teens"))
_JOIN = r"(?:[ \t]{1,3}|-)"
_IN_A_RUN = alternation("spoken-units", "spoken-units-spanish", "spoken-teens", "spoken-tens",
                        "spoken-zero-letters", "spoken-repeats", "spoken-scales", "spoken-dashes",
                        "spoken-slashes") + "|" + alternation_of(_SPANISH_WORDS)
_MONTH = alternation("month-words", "month-words-spanish", "month-words-french")
_NEXT_IN_A_RUN = re.compile(rf"{_JOIN}(?:{_IN_A_RUN}|\d)", re.IGNORECASE)
_NEXT_OF_A_MONTH = re.compile(
    rf"[ \t]+(?:{alternation('spoken-day-of')})[ \t]+(?:{_MONTH})\b", re.IGNORECASE)
_NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z]")
_PREVIOUS = re.compile(
    rf"(?<![^\W\d_])(?:(?:{_IN_A_RUN}|\d+){_JOIN}"
    rf"|(?:{alternation('spoken-before-a-digit')}|{_MONTH})"
    rf"(?:[ \t]+(?:{alternation('spoken-before-a-day')}))?[ \t]+)$", re.IGNORECASE)


def _may_matter(text: str, word: re.Match) -> bool:
    """The second look at the number word found at word (see above)."""
    start, end = word.span()
    return word.group().lower() in _WHOLE or _PREVIOUS.search(text, max(0, start - 16), start) \
        is not None or _NEXT_IN_A_RUN.match(text, end) is not None \
        or _NEXT_CAPITAL.match(text, end) is not None or _NEXT_OF_A_MONTH.match(text, end) \
        is not None


_PHONE_GAP = re.compile(r"[,.][ \t]{1,2}")  # between a phone's groups read apart
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_GAP = re.compile(r"[ \t]{1,3}")  # between the words of one run
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(\n]\s*)$")


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


class _Tok:
    __slots__ = ("end", "low", "raw", "start")

    def __init__(self, match: re.Match) -> None:
        self.start, self.end = match.span()
        self.raw = match.group()
        self.low = self.raw.lower()


def _number_word(tok: _Tok) -> bool:
    return tok.low in _CARDINALS or tok.low in _ZERO_LETTERS or tok.low in _REPEATS \
        or tok.low in _SCALES


# The words a run may open with (rewrite): _number_word's and the ordinals, one set for one
# look-up a word of the line rather than a call and five.
_RUN_OPENERS = frozenset(_CARDINALS) | _ZERO_LETTERS | frozenset(_REPEATS) \
    | frozenset(_SCALES) | frozenset(_ORDINALS)
_new_tok = object.__new__


def _tokens(text: str) -> list[_Tok]:
    """[_Tok(m) for m in _TOKEN.finditer(text)], each made without a call of __init__: the
    same fields, set in the loop (a line read here has twenty words or more)."""
    toks = []
    append = toks.append
    for match in _TOKEN.finditer(text):
        tok = _new_tok(_Tok)
        tok.start, tok.end = match.span()
        tok.raw = raw = match.group()
        tok.low = raw.lower()
        append(tok)
    return toks


def _digit_word(tok: _Tok) -> bool:
    """A word that stands for one digit or more by itself (not "oh", "hundred")."""
    return tok.low in _CARDINALS or tok.raw.isdigit()


def _month_at(toks: list[_Tok], k: int) -> bool:
    return 0 <= k < len(toks) and toks[k].low in _MONTHS


def _ordinal_allowed(toks: list[_Tok], start: int, end: int) -> bool:
    """Whether the ordinal at toks[end] (its number opening at toks[start]) is a date's day: a
    month before ("march ninth", "march the ninth") or after ("ninth of march")."""
    return _month_at(toks, start - 1) or (
        start >= 2 and toks[start - 1].low in _BEFORE_DAY and _month_at(toks, start - 2)) or (
        end + 2 < len(toks) and toks[end + 1].low in _DAY_OF and _month_at(toks, end + 2))


def _joined(text: str, a: _Tok, b: _Tok) -> bool:
    """Whether b follows a as the next word of one spoken number (spaces, or a hyphen as in
    "twenty-one")."""
    gap = text[a.end:b.start]
    return gap == "-" or _GAP.fullmatch(gap) is not None


def _run_at(text: str, toks: list[_Tok], i: int) -> tuple[int, list] | None:
    """The run of number words opening at toks[i], as (index after it, items), where an item
    is ("num", [tokens]), ("sep", "-" or "/") or ("letters", "JV"); None if none opens there."""
    items: list = []
    group: list[_Tok] = []
    k = i
    n = len(toks)
    while k < n:
        tok = toks[k]
        if k > i and not _joined(text, toks[k - 1], tok):
            break
        low = tok.low
        prev = group[-1] if group else None
        nxt = toks[k + 1] if k + 1 < n and _joined(text, tok, toks[k + 1]) else None
        if low in _CARDINALS or tok.raw.isdigit():
            if group and tok.raw.isdigit() != group[-1].raw.isdigit() and (
                    (group[-1] if tok.raw.isdigit() else tok).low not in _UNITS
                    or tok.raw.isdigit() and len(group) < 2
                    or not tok.raw.isdigit() and not (nxt is not None and (
                        _digit_word(nxt) or nxt.low in _ZERO_LETTERS))):
                # digits typed join digits read one by one ("503 five five five", "five oh
                # three 555"), not a number read whole ("june 3 twenty eighteen"), one word
                # ("her last four 2286"), nor one word after them ("rang 503 555 0123 three
                # times")
                break
            group.append(tok)
        elif low in _ZERO_LETTERS or low in _REPEATS:
            # "oh" beside another number word; "double" before one
            if low in _REPEATS:
                if nxt is None or not (nxt.low in _UNITS or nxt.low in _ZERO_LETTERS):
                    break
            elif not (prev is not None or (nxt is not None and (
                    _digit_word(nxt) or nxt.low in _ZERO_LETTERS))):
                break
            group.append(tok)
        elif low in _SCALES:
            if prev is None and low not in _OPENING_SCALES or prev is not None and not (
                    prev.low in _UNITS or prev.low in _TEENS or prev.low in _TENS
                    or prev.low in _HUNDREDS):
                break
            group.append(tok)
        elif low in _TENS_JOINERS:
            # "treinta y uno": a unit after a Spanish ten
            if prev is None or prev.low not in _SPANISH_TENS or nxt is None \
                    or not _UNITS.get(nxt.low):
                break
            group.append(tok)
        elif low in _JOINERS:
            if prev is None or prev.low not in _SCALES or nxt is None \
                    or nxt.low not in _CARDINALS:
                break
            group.append(tok)
        elif low in _ORDINALS:
            opened = k - 1 if group and group[-1] is toks[k - 1] and toks[k - 1].low in _TENS \
                else k  # "march twenty first"
            if not _ordinal_allowed(toks, opened, k):
                break
            group.append(tok)
            k += 1
            break  # an ordinal ends its run: "june third twenty eighteen"
        elif (low in _DASHES or low in _SLASHES) and group and nxt is not None:
            sep = "-" if low in _DASHES else "/"
            if _digit_word(nxt) or nxt.low in _ZERO_LETTERS:
                items.append(("num", group))
                items.append(("sep", sep))
                group = []
            elif sep == "-":
                # letters read out between two dashes: "dash j v dash"
                m = k + 1
                letters = []
                while m < n and toks[m].raw.isalpha() and len(toks[m].raw) <= 4 \
                        and not _number_word(toks[m]) and toks[m].low not in _DASHES \
                        and _joined(text, toks[m - 1], toks[m]):
                    letters.append(toks[m].raw.upper())
                    m += 1
                if not letters or len("".join(letters)) > 4 or m + 1 >= n \
                        or toks[m].low not in _DASHES or not _joined(text, toks[m - 1], toks[m]) \
                        or not _joined(text, toks[m], toks[m + 1]) \
                        or not (_digit_word(toks[m + 1]) or toks[m + 1].low in _ZERO_LETTERS):
                    break
                items += [("num", group), ("sep", "-"), ("letters", "".join(letters)),
                          ("sep", "-")]
                group = []
                k = m + 1
                continue
            else:
                break
        elif len(tok.raw) == 1 and tok.raw.isalpha() and len(group) >= 2:
            # letters read out between two numbers without dashes: "two four j v zero zero
            # three one seven", a docket's "24-JV-00317"
            m = k
            while m < n and len(toks[m].raw) == 1 and toks[m].raw.isalpha() \
                    and not _number_word(toks[m]) and (m == k or _joined(text, toks[m - 1],
                                                                          toks[m])):
                m += 1
            if m - k > 4 or m >= n or not _joined(text, toks[m - 1], toks[m]) \
                    or not (_digit_word(toks[m]) or toks[m].low in _ZERO_LETTERS):
                break
            items += [("num", group), ("sep", "-"),
                      ("letters", "".join(t.raw.upper() for t in toks[k:m])), ("sep", "-")]
            group = []
            k = m
            continue
        else:
            break
        k += 1
    if group:
        items.append(("num", group))
    elif items:  # a run cannot end on a separator
        while items and items[-1][0] == "sep":
            items.pop()
    if not any(kind == "num" and any(not t.raw.isdigit() for t in g) for kind, g in items):
        return None  # digits alone, as typed
    return k, items


def _small(words_: list[str], k: int) -> tuple[int, int, bool] | None:
    """A number below a hundred at words_[k]: (value, index after it, whether an ordinal)."""
    w = words_[k]
    if w in _HUNDREDS:  # "novecientos noventa y dos" is 992
        value = _HUNDREDS[w]
        more = _small(words_, k + 1) if k + 1 < len(words_) and words_[k + 1] not in _HUNDREDS \
            else None
        if more is None or more[2]:
            return value, k + 1, False
        return value + more[0], more[1], False
    if w in _OPENING_SCALES:
        return 1, k, False  # "mil novecientos": one thousand, the caller reads the scale
    if w in _TENS:
        value = _TENS[w]
        if k + 1 < len(words_):
            after = words_[k + 1]
            if after in _TENS_JOINERS and w in _SPANISH_TENS and k + 2 < len(words_) \
                    and _UNITS.get(words_[k + 2]):
                return value + _UNITS[words_[k + 2]], k + 3, False  # "treinta y uno"
            if after in _UNITS and _UNITS[after]:
                return value + _UNITS[after], k + 2, False
            if after in _ORDINALS and _ORDINALS[after] < 10:
                return value + _ORDINALS[after], k + 2, True
        return value, k + 1, False
    if w in _TEENS:
        return _TEENS[w], k + 1, False
    if w in _UNITS and _UNITS[w]:
        return _UNITS[w], k + 1, False
    if w in _ORDINALS:
        return _ORDINALS[w], k + 1, True
    return None


def _chunks(words_: list[str]) -> list[tuple[str, bool]]:
    """The numbers of number words read one after the other, as (digits, whether read whole):
    "four twelve" -> [("4", False), ("12", True)], written "412"."""
    out = []
    k = 0
    while k < len(words_):
        w = words_[k]
        if w.isdigit():
            out.append((w, False))
            k += 1
        elif w in _ZERO_LETTERS or (w in _UNITS and not _UNITS[w]):
            out.append(("0", False))
            k += 1
        elif w in _REPEATS:
            digit = "0" if words_[k + 1] in _ZERO_LETTERS else str(_UNITS[words_[k + 1]])
            out.append((digit * _REPEATS[w], False))
            k += 2
        else:
            small = _small(words_, k)
            if small is None:  # a stray "and" or scale: the run was cut short
                k += 1
                continue
            value, k, ordinal = small
            whole = value >= 10
            total = 0
            while not ordinal and k < len(words_) and words_[k] in _SCALES:
                whole = True
                scale = _SCALES[words_[k]]
                k += 1
                if k < len(words_) and words_[k] in _JOINERS:
                    k += 1
                if scale >= 1000:
                    total += value * scale
                    value = 0
                else:
                    value *= scale
                if k + 1 < len(words_) and words_[k] in _ZERO_LETTERS \
                        and words_[k + 1] in _UNITS and _UNITS[words_[k + 1]]:
                    k += 1  # "two thousand oh five" is 2005
                if k < len(words_) and (words_[k] in _TENS or words_[k] in _TEENS
                                        or words_[k] in _HUNDREDS
                                        or words_[k] in _UNITS and _UNITS[words_[k]]):
                    more = _small(words_, k)
                    value += more[0]
                    k, ordinal = more[1], more[2]
            value += total
            out.append((f"{value}{_ordinal_suffix(value)}" if ordinal else str(value), whole))
    return out


def _as_date(chunks: list[tuple[str, bool]]) -> str | None:
    """A month, a day and a year read without separators, as "4/12/2017": "four twelve twenty
    seventeen", "oh four eleven two thousand nineteen", "twelve four nineteen ninety nine";
    or a year of two digits read as one number after a month or a day of two digits, "four
    twelve oh nine" as "4/12/09" (four digits read one by one, "eight eight zero three", are
    an SSN's or a phone's last four as often)."""
    merged: list[tuple[str, bool]] = []
    for digits, whole in chunks:  # "oh four": one number, 04
        if merged and merged[-1] == ("0", False) and len(digits) == 1 and not whole:
            merged[-1] = ("0" + digits, True)
        else:
            merged.append((digits, whole))
    if len(merged) == 4 and merged[2][0] in ("19", "20") and merged[2][1] \
            and len(merged[3][0]) == 2 and merged[3][1]:
        merged[2:] = [(merged[2][0] + merged[3][0], True)]  # "twenty seventeen"
    if len(merged) != 3 or not all(d.isdigit() for d, _ in merged):
        return None
    (month, _), (day, _), (year, year_whole) = merged
    if len(month) > 2 or len(day) > 2 or not 1 <= int(month) <= 12 or not 1 <= int(day) <= 31 \
            or not year_whole or not (len(year) == 4 and year[:2] in ("19", "20")
                                      or len(year) == 2 and len(month) + len(day) >= 3):
        return None
    return f"{month}/{day}/{year}"


def _written(items: list) -> str:
    parts = []
    for kind, value in items:
        if kind == "num":
            chunks = _chunks([t.raw if t.raw.isdigit() else t.low for t in value])
            date = _as_date(chunks) if len(items) == 1 and len(chunks) >= 3 else None
            parts.append(date or "".join(digits for digits, _ in chunks))
        else:
            parts.append(value)
    return "".join(parts)


def _counting(items: list) -> bool:
    """A count read out, "one two three four five": four numbers or more from one (or zero),
    each one more than the last, is no identifier ("three four five six" may be a phone's)."""
    if len(items) != 1 or any(t.raw.isdigit() for t in items[0][1]):
        return False
    chunks = _chunks([t.low for t in items[0][1]])
    return len(chunks) >= 4 and chunks[0][0] in ("0", "1") and all(
        a.isdigit() and b.isdigit() and int(b) == int(a) + 1
        for (a, _), (b, _) in zip(chunks, chunks[1:]))


def _in_a_name(text: str, toks: list[_Tok], start: int, end: int) -> bool:
    """Number words typed with capitals inside a sentence: "Two Rivers Road", "Seven Oaks"."""
    return all(t.raw[0].isupper() for t in toks[start:end] if not t.raw.isdigit()) \
        and not search_ending_at(_SENTENCE_START, text, toks[start].start, 1)


def _letters_word(text: str, toks: list[_Tok], i: int) -> str | None:
    """The keyword of [spoken-letter-words] read out letter by letter from toks[i] ("d o b",
    "i d"), alone: no letter read out just before or after it."""
    def letter(k: int) -> bool:
        return 0 <= k < len(toks) and len(toks[k].raw) == 1 and toks[k].raw.isalpha() \
            and (k == i or _GAP.fullmatch(text, toks[k - 1].end, toks[k].start) is not None)
    if i and letter(i - 1) and _GAP.fullmatch(text, toks[i - 1].end, toks[i].start):
        return None
    k = i
    while letter(k) and k - i < _LONGEST_LETTER_WORD:
        k += 1
    word = "".join(t.low for t in toks[i:k])
    return word if word in _LETTER_WORDS and not letter(k) else None


def _said_twice(text: str, toks: list[_Tok], i: int, end: int, items: list) -> list:
    """The run from toks[i] to toks[end] as (start, end, items), or as two such runs where it
    is one number said twice in a row, as a caller leaving a voicemail repeats it and the
    transcript runs the two together ("five oh four five five five oh one nine one five oh
    four five five five oh one nine one"): the same words twice, each a phone's or an SSN's
    length (_REPEATED_LENGTHS). Read whole it is no number at all."""
    half = (end - i) // 2
    if half < 3 or (end - i) % 2 or any(toks[k].low != toks[k + half].low
                                        for k in range(i, i + half)):
        return [(i, end, items)]
    first = _run_at(text, toks[:i + half], i)
    second = _run_at(text, toks[:end], i + half)
    if first is None or second is None or first[0] != i + half or second[0] != end \
            or len(_written(first[1])) not in _REPEATED_LENGTHS:
        return [(i, end, items)]
    return [(i, i + half, first[1]), (i + half, end, second[1])]


# the digits of a number said twice (_said_twice): a phone's with or without its area code
# and country's code, an SSN's
_REPEATED_LENGTHS = (7, 9, 10, 11)


def _letters_then_a_run(text: str, toks: list[_Tok], i: int) -> tuple[int, str, list] | None:
    """A record's letters read out one by one before its number ("case number is j v two four
    dash zero zero five one two", "the plate is a b c one two three four"): two letters or
    more, alone (no letter read out just before them), then a run of number words. As (index
    after the run, the letters in capitals, the run's items), written together ("JV24-00512"),
    as such a number is typed; None if the letters open no number."""
    if i and len(toks[i - 1].raw) == 1 and toks[i - 1].raw.isalpha() \
            and _GAP.fullmatch(text, toks[i - 1].end, toks[i].start):
        return None
    k = i
    while k < len(toks) and k - i < _MOST_LETTERS_BEFORE_A_NUMBER and len(toks[k].raw) == 1 \
            and toks[k].raw.isalpha() and toks[k].low not in _ZERO_LETTERS \
            and (k == i or _GAP.fullmatch(text, toks[k - 1].end, toks[k].start)):
        k += 1
    if k - i < 2 or k >= len(toks) or not _GAP.fullmatch(text, toks[k - 1].end, toks[k].start) \
            or not (toks[k].low in _CARDINALS or toks[k].low in _ZERO_LETTERS):
        return None
    found = _run_at(text, toks, k)
    if found is None or _in_a_name(text, toks, k, found[0]) or _counting(found[1]):
        return None
    return found[0], "".join(t.raw for t in toks[i:k]).upper(), found[1]


# a plate's or a record's letters, at most ("a b c one two three four")
_MOST_LETTERS_BEFORE_A_NUMBER = 4


def _matters(toks: list[_Tok], start: int, end: int, digits: str) -> bool:
    """Whether a run written as digits may be part of an identifier: two digits or more, a
    separator or an ordinal, or a lone digit beside a month, before a capitalized word or after
    a word of [spoken-before-a-digit]. "two kids", "at four" are not."""
    if len(digits) > 1:
        return True
    before = toks[start - 1].low if start else ""
    return before in _BEFORE_A_DIGIT or _month_at(toks, start - 1) or (
        before in _BEFORE_DAY and _month_at(toks, start - 2)) or (
        end < len(toks) and toks[end].raw[0].isupper()) or (
        end + 1 < len(toks) and toks[end].low in _DAY_OF and _month_at(toks, end + 1))


def _phone_groups(text: str, runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Runs of three digits, three and four, or three and four, apart only by a comma or a full
    stop ("five oh three, five five five, oh one four four"): one phone number, "503-555-0144"
    (typed with commas, its digits would be no phone: "503, 555, 0144"); three, two and four:
    an SSN read out in its groups ("nine three six, two seven, six six one oh"); three, three,
    two and two: a phone whose last four are read in pairs ("seven two zero, five five five, oh
    one, four nine")."""
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(runs):
        for shape in ((3, 3, 2, 2), (3, 3, 4), (3, 2, 4), (3, 4)):
            group = runs[k:k + len(shape)]
            lengths = tuple(len(digits) for _, _, digits in group)
            if lengths == shape and all(digits.isdigit() for _, _, digits in group) \
                    and all(_PHONE_GAP.fullmatch(text, a[1], b[0])
                            for a, b in zip(group, group[1:])):
                digits = [d for _, _, d in group]
                if len(shape) == 4:  # "oh one, four nine": a phone's last four, in pairs
                    digits[2:] = [digits[2] + digits[3]]
                out.append((group[0][0], group[-1][1], "-".join(digits)))
                k += len(shape)
                break
        else:
            out.append(runs[k])
            k += 1
    return out


def rewrite(text: str, spelt: bool | None = None) \
        -> tuple[str, list[tuple[int, int, int, int, bool]]]:
    """text with its runs of number words written in digits, and the runs as (start, end in
    the new text, start, end in text, whether a number). No runs, or none that may be part of
    an identifier (see _matters): (text, []). Keywords read letter by letter ("d o b") are
    written as words too ("DOB"), when a number is.

    spelt: False when the caller has read the text's words and none is a number word, nor
    holds one between apostrophes or hyphens (tokens.tokenize's spelt list is empty). In an
    ASCII text a number word that _HINT finds stands between characters that are no letter,
    digit or "_", so it is such a word or part of one: the cheap test is spared (about three
    microseconds a line). A text beyond ASCII is still read here. True when one is: then the
    cheap test, which finds the word, is spared too. None: not known."""
    ascii_ = text.isascii()
    if spelt is False and ascii_:
        return text, []
    lowered = text.lower() if ascii_ else text  # as long as text: its positions
    # (told that a word is a number word, the search below finds it: no cheap test first)
    if spelt is None and not (_ROUGH.search(lowered) and _HINT.search(lowered) if ascii_
                              else _HINT_ANY_CASE.search(text)):
        return text, []
    if not any(_may_matter(text, word) for word in (
            _HINT.finditer(lowered) if ascii_ else _HINT_ANY_CASE.finditer(text))):
        return text, []
    toks = _tokens(text)
    runs = []
    keywords = []  # "d o b", "i d": a keyword read letter by letter
    matters = False
    i = 0
    while i < len(toks):
        tok = toks[i]
        if len(tok.raw) == 1 and tok.raw.isalpha():
            word = _letters_word(text, toks, i)
            if word:
                keywords.append((tok.start, toks[i + len(word) - 1].end, word.upper()))
                i += len(word)
                continue
            prefixed = _letters_then_a_run(text, toks, i)
            if prefixed is not None:
                end, letters, items = prefixed
                digits = _written(items)
                runs.append((tok.start, toks[end - 1].end, letters + digits))
                matters = matters or _matters(toks, i + len(letters), end, digits)
                i = end
                continue
        if not (tok.low in _RUN_OPENERS or tok.raw.isdigit()):
            i += 1
            continue
        found = _run_at(text, toks, i)
        if found is None:
            i += 1
            continue
        end, items = found
        if _in_a_name(text, toks, i, end) or _counting(items):
            i = end
            continue
        for start, stop, items in _said_twice(text, toks, i, end, items):
            digits = _written(items)
            runs.append((toks[start].start, toks[stop - 1].end, digits))
            matters = matters or _matters(toks, start, stop, digits)
        i = end
    if not matters:
        return text, []
    runs = [(start, end, digits, True) for start, end, digits in _phone_groups(text, runs)]
    if keywords:
        runs = sorted(runs + [(start, end, word, False) for start, end, word in keywords])
    parts, segments, pos, length = [], [], 0, 0
    for start, end, digits, is_number in runs:
        parts.append(text[pos:start])
        length += start - pos
        segments.append((length, length + len(digits), start, end, is_number))
        parts.append(digits)
        length += len(digits)
        pos = end
    parts.append(text[pos:])
    return "".join(parts), segments


def ranked(text: str, spelt: bool | None = None) -> list[tuple[str, list[tuple[int, int]]]]:
    """What the detectors of numbers find once the text's spelt numbers are written in digits,
    as scanner.scan ranks them: (kind, spans in text), only spans over a spelt number.
    spelt: as for rewrite."""
    new, segments = rewrite(text, spelt)
    if not segments:
        return []
    # The lengths of the new text's runs of digits, found once, answer each detector's first
    # tests (as scanner.scan gives them for the text itself), where each searched the text
    # for digits in a row: most of what the detectors cost here.
    runs = numbers.digit_runs(new)
    cases, ids, loose_cases, loose_ids = numbers.record_numbers(new, runs)
    owned: tuple[list, list] = ([], [])  # (contacts.phones: an id's, a record's seven digits)
    phones = contacts.phones(new, runs, owned)
    found = [(SSN, numbers.ssns(new, runs)), (DOB, numbers.dates_of_birth(new, runs)),
             (CASE_NUMBER, cases), (ID_NUMBER, ids), (ID_NUMBER, owned[0]),
             (CASE_NUMBER, owned[1]), (PHONE, phones),
             (ADDRESS, contacts.addresses(new, runs)), (CASE_NUMBER, loose_cases),
             (ID_NUMBER, loose_ids)]
    starts = [s[0] for s in segments]
    out = []
    for kind, spans in found:
        mapped = [_back(start, end, segments, starts) for start, end in spans
                  if any(start < e and s < end for s, e, _, _, number in segments if number)]
        if mapped:
            out.append((kind, mapped))
    return out


def _back(start: int, end: int, segments: list, starts: list[int]) -> tuple[int, int]:
    """A span of the rewritten text as a span of the original."""
    return _position(start, segments, starts, False), _position(end, segments, starts, True)


def _position(pos: int, segments: list, starts: list[int], is_end: bool) -> int:
    k = bisect_right(starts, pos if not is_end else pos - 1) - 1
    if k < 0:
        return pos
    _, new_end, old_start, old_end, _ = segments[k]
    if pos < new_end or (is_end and pos == new_end):
        return old_end if is_end else old_start
    return pos - new_end + old_end
