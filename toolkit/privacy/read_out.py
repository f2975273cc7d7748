"""A record's, an id's or a phone's number read out piece by piece after its keyword, as a
caller reads a card to a worker and a note or a voicemail's transcript writes it down:
"Medicaid ID for Tomás is M as in Mary, 4, 4, 0, 9, 1, 8, 2, 7, 3", "the WIC ID over the phone:
W, 7, 7, 1, 0, 4, 2, 9", "A# zero nine eight, seven seven two, one four three", "MRN M R 0 0 9
1 2 2 7", "area code is 314, then 555, then 0126", "my number is 217... 555... 0111".

numbers.py reads a number typed as one string, and spoken.py one said in number words and
joined again into such a string; neither reads digits parted by commas, letters said "as in" a
word, or "dash" between single digits: such a number is many pieces, none of them long enough
to be anything alone. Here, after a keyword (numbers.py's: "Medicaid", "MRN", "client ID"; a
phone's: "number", "cell", "area code"), what follows within a few words is read piece by
piece: a letter (maybe "as in" a word), a run of digits, a number word ("four", "oh", "forty",
"double"), each apart from the next by a comma, a space, a hyphen, dots, "then" or the word
"dash", "hyphen", "slash" or "dot". The pieces are one number of the keyword's kind when they
hold five digits or more (a phone's seven, ten or eleven, and no letter) and show they were
read out (a comma beside a single digit, a word or dots between pieces, "as in", a number
word, or four digits or more each on its own): a number typed whole, "Medicaid 440918273", is
numbers.py's. Not after a thing's keyword ("the conference I. D. is nine one two four ...": a
meeting's; "PO number four five oh oh, ...": a purchase order's).
"""

from __future__ import annotations

import re

from . import contacts, numbers
from .findings import CASE_NUMBER, ID_NUMBER, PHONE
from .wordlists import alternation, words

_UNITS = alternation("spoken-units")
_TEENS_AND_TENS = alternation("spoken-teens", "spoken-tens")
# one piece: a letter said "as in" a word ("M as in Mary"), a capital alone (maybe with its
# full stop: "H. C. V."), a run of digits, a number word
_PIECE = re.compile(
    r"(?P<letter>(?<![\w'’])[A-Za-z](?: +(?:as +in|like) +[A-Za-z]+)"
    r"|(?<![\w'’])[A-Z]\.?(?![\w'’]))"
    r"|(?P<digits>(?<![\w.])\d+(?![\w]))"
    rf"|(?P<words>(?i:(?:double|triple) +(?:{_UNITS}|oh)|(?:{_TEENS_AND_TENS})"
    rf"(?:[ -](?:{_UNITS}))?|{_UNITS}|oh)\b)")
_APART = re.compile(r" *, *(?i:then +)?| *- *| *(?:\.{2,}|…) *(?i:then +)?"
                    r"| +(?i:dash|hyphen|slash|dot|then) +| +")
# between a keyword and the first piece: words that link them ("is", "#", "read as":
# [read-out-links-phrases]; "for" and the holder's name), or anything up to a colon ("the WIC ID
# over the phone:")
_GAP = 40
_LINK = re.compile(rf"(?i:\s*(?:{alternation('read-out-links-phrases')}|[#:=])(?![\w'’]))"
                   r"|\s+for\s+[A-Z][^\W\d_]+")
_COLON = re.compile(r"[^\d.;!?\n]{0,40}?:")
_A_NUMBER_WORD = re.compile(r"\bA#")
# what pieces read out in digits show: a comma or a hyphen between single digits ("4, 4, 0",
# "9 - 4"), three digits each alone ("0 0 4"), groups apart by a comma and a space or dots
# ("541, 555, 01, 39", "479 ... 555 ... 0141"), a letter "as in" a word, "dash" or "then" said
# (each way opens with a digit, which the search then looks for alone, in C)
_READ_IN_DIGITS = re.compile(r"\d(?:(?<!\d\d) *[,-] *\d(?!\d)|(?<!\d\d) \d \d(?!\d)"
                             r"| *(?:, +|\.{2,} *|… *)(?:[Tt]hen +|THEN +)?\d)")
_READ_IN_WORDS = (" as in ", " dash ", " hyphen ", " then ")  # (looked for in lowercase)
# ... or two number words in a row ("two oh eight", "forty four"), where a number word is in
# the text at all (most such texts say "two kids", "one of them"); names.dotted_initials reads
# it too, after a dictated code's letters
NUMBER_WORDS_IN_A_ROW = re.compile(
    rf"(?i:\b(?:{_UNITS}|{_TEENS_AND_TENS}|oh|double|triple)[ ,-]+"
    rf"(?:{_UNITS}|{_TEENS_AND_TENS}|oh)\b)")
_PIECE_MOST = 4  # digits in a piece read out; a longer run is typed, unless said apart by a word
_PHONE_DIGITS = (7, 10, 11)
_SAID_APART = re.compile(r"[A-Za-z]|\.\.|…")
_PHONE_CUE = re.compile(rf"(?i)\b(?:{alternation('read-out-phone-phrases')})\b")
_LETTER_PIECE = re.compile(r"(?<![\w'’])[A-Z](?![\w'’])|\bas in\b")
_WORD_KINDS = {"case": CASE_NUMBER, "case_strong": CASE_NUMBER, "id": ID_NUMBER,
               "id_strong": ID_NUMBER}
_NOT_READ_OUT = words("not-read-out-after")  # ("I": the pronoun after a number, no letter of it)


def numbers_read_out(text: str, spelt: bool = True) -> list[tuple[str, list[tuple[int, int]]]]:
    """(kind, spans) of the numbers read out after their keywords (see above): a case's, an
    id's and a phone's. spelt: whether the text may hold a number word (tokens.tokenize notes
    them). A text is read only if it shows pieces read out (_READ_IN_DIGITS, _READ_IN_WORDS,
    two number words in a row), as few lines with a keyword and a digit do."""
    if _READ_IN_DIGITS.search(text) is None and (
            not spelt or NUMBER_WORDS_IN_A_ROW.search(text) is None):
        low = text.lower()
        if not any(word in low for word in _READ_IN_WORDS):
            return []
    found: dict[str, list[tuple[int, int]]] = {CASE_NUMBER: [], ID_NUMBER: [], PHONE: []}
    keywords = []
    for at in numbers._KEYWORD_FOUND.finditer(text):
        m = numbers._KEYWORD.match(text, at.start())
        if m is not None and not numbers.THING_NUMBERED_BEFORE.search(
                text, max(0, m.start() - 24), m.start()) \
                and not (m.group().lower() == "npi"
                         and numbers._organisation_npi(text, m.start(), m.end())):
            keywords.append((m.end(), _WORD_KINDS[m.lastgroup]))
    keywords += [(m.end(), ID_NUMBER) for m in _A_NUMBER_WORD.finditer(text)]
    keywords += [(m.end(), PHONE) for cue in (contacts._ODD_GROUPS_CUE, _PHONE_CUE)
                 for m in cue.finditer(text)
                 if not numbers.THING_NUMBERED_BEFORE.search(text, max(0, m.start() - 24),
                                                             m.start())
                 and not numbers.PURCHASE_ORDER_BEFORE.search(text, max(0, m.start() - 8),
                                                              m.start())]
    for end, kind in keywords:
        at = end
        while (link := _LINK.match(text, at)) is not None and link.end() - end <= _GAP:
            at = link.end()
        if at == end and (colon := _COLON.match(text, end)) is not None:
            at = colon.end()
        span = _read_out(text, at + len(text[at:]) - len(text[at:].lstrip()), kind == PHONE)
        if span and not any(s < span[1] and span[0] < e for s, e in found[kind]):
            found[kind].append(span)
    return [(kind, spans) for kind, spans in found.items() if spans]


def _read_out(text: str, pos: int, phone: bool = False) -> tuple[int, int] | None:
    """The span of the pieces read out from pos, if they are a number read out (see above);
    a phone's (phone) of seven, ten or eleven digits, with no letter."""
    start, end = pos, pos
    digits = 0
    singles = 0  # digits each on its own
    read = False  # a sign of reading out: "as in", a number word, a word between pieces, a
    # comma beside a piece of one character
    pieces = 0
    at = pos
    comma = False  # a comma after the last piece
    said_apart = False  # a word after the last piece ("dash")
    typed = False  # the last piece was typed in digits
    said = False  # a piece before was a number word
    while True:
        piece = _PIECE.match(text, at)
        if piece is None or piece.group().lower() in _NOT_READ_OUT:
            break
        if piece.group("digits") and len(piece.group()) > _PIECE_MOST and not said_apart:
            break  # "MA 02169, two blocks": a number typed whole is no piece
        if piece.group("words") and typed and comma and not said:
            break  # "booking number is 24-5589, two different things": typed, then words
        one = piece.group("digits") is not None and len(piece.group()) == 1
        if piece.group("letter"):
            read = read or " " in piece.group()
        elif piece.group("digits"):
            digits += len(piece.group())
            singles += one
        else:
            read = said = True
            spoken = piece.group().lower().split()
            digits += 2 if spoken[0] in ("double", "triple") or len(spoken) > 1 else 1
        read = read or comma and one
        pieces += 1
        typed = piece.group("digits") is not None
        end = piece.end()
        apart = _APART.match(text, end)
        if apart is None or not apart.group():
            break
        comma = "," in apart.group()
        said_apart = _SAID_APART.search(apart.group()) is not None  # ("dash", ", then", "...")
        read = read or comma and one or said_apart
        at = apart.end()
    if pieces < 2 or digits < 5 or not (read or singles >= 4):
        return None
    if phone and (digits not in _PHONE_DIGITS or _LETTER_PIECE.search(text, start, end)):
        return None
    return start, end
