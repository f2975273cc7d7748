"""Numbers in a table or a form pasted from a spreadsheet or a case-management system, whose
kind is said once, in the column's head, not beside each number.

    Child            DOB         MA #           Medicaid ID
    Fatuma Warsame   01/15/2014  0047718823     ...

A number read alone there is a phone's ten digits, a date's, or nothing: the other detectors
look for a keyword before the number, on its line, and the head stands lines above it. So
a line of cells parted by tabs (or by "|", as an e-mail or a wiki prints a table, or by
commas alone, as a system exports one) whose cells hold no number is read as the heads of the
lines of cells below it, until a line without cells (a line of quoted fields is parted at the
commas outside its quotes: '"Quispe, Maribel","03/02/2025"'); a line of two cells, a label and
a value ("Intake No.<TAB>24-118-0472"), as a form's field; and a short line that is a label
alone ("Referral #"), as the head of the line under it, as a form printed down the page gives
it; and a short line naming numbers ("Medicaid #s", "Tribal enrollment numbers:") as the head
of a list, whose kind each number on the lines below it is ("Teo: 412883017"), until a blank
line or a sentence.
A cell under (or beside) a head that names a kind of number (numbers.kind_named: "Case #",
"Referral Number", "Person ID", "SSN (last 4)"; not "Open cases", a count, nor "Case worker
phone") is that kind when the whole cell is a number's shape: digits, perhaps with letters
and with hyphens, dots, slashes or spaces between them, five digits at least (an SSN's last
four: four), and no date. A date with its year under a head that names a birth ("dob",
"Date of birth", "Born") is a date of birth: an export's row holds no other cue of it
("sibling,age,dob,placement" over "Keon,11,02/14/2014,Brooks home").

A head may also say that its cells are no one's: a thing's code ("Asset Tag", "Serial",
"Certificate no.", "Course ID": [thing-heads]), a date that is no birth ("Version | Date",
"Start,End", "Issued | Expires": [date-heads]), an office's published line ("Main line",
"Published line": [office-line-phrases], [public-line-phrases]). Those cells are CLEARED:
the scanner reads nothing in them, whatever their shape ("CFS-LT-0412" is a docket's,
"02/15/2019" a date years old, which the detectors alone would flag). Only a table's first
row of words clears; a row of words further down is still read for the kinds it names.
"""

from __future__ import annotations

import re

from .contacts import PUBLISHED_LINE
from .findings import DOB
from .numbers import (KEYWORD_OR_SSN_WORD, held_by_an_organisation_head, kind_named,
                      may_name_a_birth, names_a_birth)
from .wordlists import alternation, words

# A cell that opens with a rule's title and code ("26 TAC 749.2305", "45 CFR 1355.52")
_CITED = re.compile(r"\d{1,3} ([A-Za-z]{2,5}) ")
_STATUTE_WORDS = words("statute-words")
_THING_KEYWORDS = words("id-keywords-of-things-too")
CLEARED = "cleared"  # column_numbers' key for cells that hold no one's number
_THING_HEAD = re.compile(rf"\b(?:{alternation('thing-heads', 'numbered-things-not-people')})\b",
                         re.IGNORECASE)
_DATE_HEAD = re.compile(rf"\b(?:{alternation('date-heads')})\b", re.IGNORECASE)
# A table's head that says its rows are a budget's, whose "Account" column holds its
# accounts, no family's ("Cost Center | Account | Description | FY25 Actual | FY26 Request")
_BUDGET_HEAD = re.compile(rf"\b(?:{alternation('budget-heads')})\b", re.IGNORECASE)
_ACCOUNT_HEAD = re.compile(r"\b(?:account|acct)\b", re.IGNORECASE)
# A head that names an office's published line ("Main line", "Published line", "Hotline"): the
# phone in each cell under it is the office's
_LINE_HEAD = re.compile(rf"\b(?:{alternation('office-line-phrases', 'public-line-phrases')}"
                        rf"|{PUBLISHED_LINE})\b", re.IGNORECASE)
# ... but not one that numbers ("Hotline #": a report's)
_NUMBERED_HEAD = re.compile(r"#|\b(?:no|number|id)\b", re.IGNORECASE)
_PHONE_IN_A_CELL = re.compile(r"(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}")

# A cell that is a number's shape as a whole: "0047718823", "MCD-448120371", "24 0883 17",
# "#FC0091274", "91447720A"; not "$5,000", "92.4%", "3/3 (100%)", "12:30"
_NUMBER_CELL = re.compile(r"#?\s*([A-Za-z0-9]+(?:[-./ ][A-Za-z0-9]+)*)")
# ... and a person's number as a whole: its groups apart by spaces hold a digit each, but for a
# prefix of capitals ("MA 6620 4418 93"); not a line under a label that holds a name beside
# its number ("Hope Redcloud 417-0923", whose words the name detectors read)
_PERSON_S_NUMBER_CELL = re.compile(
    r"#?\s*((?:[A-Z]{1,4} )?(?:[A-Za-z0-9]*\d[A-Za-z0-9]*|[A-Za-z]+(?=[-./]))"
    r"(?:[-./][A-Za-z0-9]+| [A-Za-z0-9]*\d[A-Za-z0-9]*)*)")
_DIGIT = re.compile(r"\d")
_DATE_CELL = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}")
# ... and with its time, as logs print them ("2025-07-01 01:00", "03/14/2025 08:40:12")
_DATE_AND_TIME = re.compile(rf"(?:{_DATE_CELL.pattern})(?:[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}})?Z?)?")
_NUMBER_IN_A_HEAD = re.compile(r"\d{3}")  # a head holds no number ("SSN (last 4)" may be one)


def _cells(line: str, start: int) -> list[tuple[int, int]] | None:
    """The spans of a line's cells, each without the spaces around it, or None for a line
    that is not parted into cells: tabs part it, or "|" twice or more, or commas with no
    space after them twice or more, as a system exports a table ("CASE_ID,PERSON_ID,DOB")."""
    if "\t" in line:
        sep = "\t"
    elif line.count("|") >= 2:
        sep = "|"
    elif line.count(",") >= 2 and ", " not in line:
        sep = ","
    elif '","' in line:
        return _quoted_cells(line, start)
    else:
        return None
    spans = []
    pos = 0
    for cell in line.split(sep):
        stripped = cell.strip()
        lead = len(cell) - len(cell.lstrip())
        spans.append((start + pos + lead, start + pos + lead + len(stripped)))
        pos += len(cell) + 1
    if sep == "|":  # "| Case # | Child |": the empty cells outside the first and last bar
        spans = [s for s in spans if s[0] < s[1]] if spans[0][0] == spans[0][1] else spans
    return spans


# A line of fields in double quotes, as a spreadsheet exports them, and each field's text: a
# comma inside the quotes is the field's ('"Quispe, Maribel"')
_QUOTED_FIELD = re.compile(r'\s*(?:"((?:[^"]|"")*)"|([^,"]*))\s*(?:,|$)')


def _quoted_cells(line: str, start: int) -> list[tuple[int, int]] | None:
    """_cells for a line of quoted fields ('"EBT Card","Cardholder","Issued"'), each cell's
    span inside its quotes; None for a line that is not such a row from end to end."""
    spans, pos = [], 0
    while pos < len(line):
        field = _QUOTED_FIELD.match(line, pos)
        if field is None or field.end() == pos:
            return None
        group = 1 if field.group(1) is not None else 2
        left, right = field.span(group)
        cell = line[left:right]
        lead = len(cell) - len(cell.lstrip())
        spans.append((start + left + lead, start + left + len(cell.rstrip())))
        pos = field.end()
    return spans if len(spans) >= 3 else None


def _number_cell(text: str, span: tuple[int, int], kind: str) -> tuple[int, int] | None:
    """The number a cell holds as a whole, if it is a number's shape and no date: five digits
    at least ("GH-0041", a facility's licence, is too short to say), four for an SSN's last
    four; under a birth's head, the date with its year the cell holds as a whole."""
    cell = text[span[0]:span[1]]
    if kind == DOB:
        return span if _DATE_CELL.fullmatch(cell) else None
    match = _PERSON_S_NUMBER_CELL.fullmatch(cell)
    if match is None or len(_DIGIT.findall(cell)) < (4 if kind == "ssn" else 5) \
            or _DATE_CELL.fullmatch(match.group(1)):
        return None
    cited = _CITED.match(cell)
    if cited is not None and cited.group(1).lower() in _STATUTE_WORDS:
        return None  # "26 TAC 749.2305" under "Citation": a rule's title, code and section
    return span[0] + match.start(1), span[0] + match.end(1)


def _head(cell: str) -> str | None:
    """The kind a column's head or a field's label names ("CASE_ID": a system's field name),
    or CLEARED for a thing's code, a date that is no birth or an office's published line."""
    label = cell.replace("_", " ")
    if _LINE_HEAD.search(label) and not _NUMBERED_HEAD.search(label):
        return CLEARED  # "Published intake line": a line, though "intake" names a case
    kind = kind_named(label)
    if kind == "id_number" and held_by_an_organisation_head(label):
        return CLEARED  # "Facility license #": a home's or a centre's, no one's
    if kind is None and names_a_birth(label):
        return DOB  # "dob", "Date of birth", "Born"
    if kind is None and (_THING_HEAD.search(label) or _DATE_HEAD.search(label)
                         or _LINE_HEAD.search(label)) and not may_name_a_birth(label):
        return CLEARED
    return kind


def _cleared_cell(text: str, span: tuple[int, int], head: str) -> tuple[int, int] | None:
    """The cell's span if it is a code or a date as a whole, under a head that clears it: a
    thing's code ("CFS-LT-0412", "000381774412", "IK3D-04418") under a thing's head, a date
    (with its time) under a date's; under a line's head, the phone the cell holds. Its words
    ("Laptop", "Dell Latitude 5440") stay for the name detectors."""
    cell = text[span[0]:span[1]]
    if _LINE_HEAD.search(head):
        # "(606) 555-0111 (non-emergency)" under "Published line": the phone in the cell
        line = _PHONE_IN_A_CELL.search(cell)
        return (span[0] + line.start(), span[0] + line.end()) if line else None
    if _DATE_HEAD.search(head) and _DATE_AND_TIME.fullmatch(cell):
        return span  # "2025-07-01 01:00" under "Start"
    match = _NUMBER_CELL.fullmatch(cell)
    if match is None or not _DIGIT.search(cell):
        return None
    if _not_a_person_s(CLEARED, cell) is None:
        return None  # "plate 7TRK220" under "Vehicle": the cell says whose number it is
    if _DATE_CELL.fullmatch(match.group(1)):
        return span if _DATE_HEAD.search(head) else None
    return span if (_THING_HEAD.search(head) or held_by_an_organisation_head(head)) \
        and len(_DIGIT.findall(cell)) >= 3 else None


# A line that is a field's label alone: words (no number), perhaps "#", "No." and a colon
_LABEL_ALONE = re.compile(r"[^\W\d_][\w .'’()/-]{0,40}?\s*(?:#|no\.?)?\s*:?\s*", re.IGNORECASE)
_LABEL_END = re.compile(r"(?:#|\bno\.?|:)\s*$", re.IGNORECASE)
_MOST_LABEL_WORDS = 4  # (more, and without "#", "No." or a colon, it is a sentence)


def _label_alone(line: str) -> str | None:
    """The kind a line that is only a field's label names, or None: "Referral #", "MCD
    number:", "Child's Medicaid"; not "Then I called the case manager"."""
    line = line.strip()
    if not line or _LABEL_ALONE.fullmatch(line) is None or _NUMBER_IN_A_HEAD.search(line) \
            or len(line.split()) > _MOST_LABEL_WORDS and not _LABEL_END.search(line):
        return None
    return _not_a_person_s(_head(line.rstrip(": ")), line)


def _not_a_person_s(kind: str | None, label: str) -> str | None:
    """kind, but None for CLEARED where a label alone above its values says a person's number
    ("Housing voucher numbers", "Passport no."), though a thing's word stands in it too: its
    lines' words (names among them) are not cleared with the number."""
    if kind == CLEARED and any(m.group().lower() not in _THING_KEYWORDS
                               for m in KEYWORD_OR_SSN_WORD.finditer(label)) \
            and not held_by_an_organisation_head(label):
        return None  # (but "Facility license #" is the facility's)
    return kind


# A line that heads a list of numbers on the lines below it ("Medicaid #s", "Tribal enrollment
# numbers:", "Client numbers to close out before Friday:"): words and no number, one of them
# a number's word ("Court dates" heads no list of numbers), a short line or one that ends in
# a colon or a dash
_LIST_HEAD = re.compile(r"[^\W\d_][^\d\n:_]{0,70}:?\s*")
_NUMBERS_WORD = re.compile(r"#|\b(?:nos?|num|numbers?|ids?|digits|fours|tags)\b",
                           re.IGNORECASE)
_LIST_HEAD_END = re.compile(r"[:-]\s*$")
_MOST_LIST_HEAD_WORDS = 6  # (more, and no colon or dash at its end: a sentence)
_MOST_LIST_ITEM_WORDS = 12  # (more: a sentence, where the list has ended)
_MOST_WORDS_OF_AN_ITEM_UNNUMBERED = 3  # ("Nevaeh Brooks: pending" is one, and the list goes on)
# ... and a number on a line of its list: letters glued before its digits or not ("C-118204",
# "WIC0093381", "7720194", "6008 9201 4471 0093", "2023-CW-BX-0041"), or the last digits after
# dots ("...4410")
_LISTED_NUMBER = re.compile(
    r"(?<![\w/.,$-])(?P<dots>\.\.\.|…)?[A-Za-z]{0,5}-?\d[\dA-Za-z]*"
    r"(?:-[\dA-Za-z]+| \d[\dA-Za-z]*)*(?![\w/%:-])")


def _list_head(line: str) -> str | None:
    """The kind of the numbers a line heads, on the lines below it: "Medicaid #s", "Passport
    numbers (for the travel consent):", "tribal enrollment numbers for all three kids:"; not
    "Open cases", "Form numbers for the records unit:", nor a sentence that says "numbers"."""
    line = line.strip()
    numbers = _NUMBERS_WORD.search(line)
    if _LIST_HEAD.fullmatch(line) is None or numbers is None \
            or len(line.split()) > _MOST_LIST_HEAD_WORDS and not _LIST_HEAD_END.search(line):
        return None
    # (the words up to the number's word name whose: "Form numbers for the records unit" are
    # forms', not records'; "Asset tags", "Grant and award numbers": things', CLEARED)
    kind = _not_a_person_s(_head(line[:numbers.end()]), line[:numbers.end()])
    if kind == CLEARED and not _THING_HEAD.search(line, 0, numbers.end()):
        return None  # a date's head ("Last four digits", "started") heads no list of things
    return kind


def _listed_numbers(text: str, start: int, line: str, kind: str) -> list[tuple[int, int]]:
    """The numbers on a line of a list its head names the kind of: five digits or more (an
    SSN's last four, or the last digits after dots: four), no date and no phone of ten
    digits."""
    found = []
    phones = None  # the line's phones, read once, at its first number
    for match in _LISTED_NUMBER.finditer(line):
        digits = len(_DIGIT.findall(match.group()))
        if digits < (4 if kind in ("ssn", CLEARED) or match.group("dots") else 5) \
                or _DATE_CELL.fullmatch(match.group()):
            continue
        if phones is None:
            phones = [phone.span() for phone in _PHONE_IN_A_CELL.finditer(line)]
        if any(a <= match.start() < b for a, b in phones):
            continue  # ("School main office: (217) 555-0100": a phone)
        found.append((start + match.start() + len(match.group("dots") or ""),
                      start + match.end()))
    return found


# a colon after words in a line, and the words' start: the start of the line or of a sentence
_HEAD_BEFORE_A_COLON = re.compile(r"(?:^|(?<=[.;!?] )|(?<=\n))([^\W\d_][^\d\n:.;!?]{0,70}): ",
                                  re.MULTILINE)
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|\n")


def things_listed(text: str) -> list[tuple[int, int]]:
    """The numbers after a colon that the words before it, opening the line or the sentence,
    say are things' ("Asset tags of the laptops going to surplus: LT-00871, LT-00872",
    "Contract numbers for the two outside consultants: HHS-2024-0071 and HHS-2024-0088"), to
    the sentence's end: no one's, CLEARED as a table's cells under such a head are."""
    cleared = []
    for head in _HEAD_BEFORE_A_COLON.finditer(text):
        if _list_head(head.group(1) + ":") != CLEARED \
                or _not_a_person_s(CLEARED, head.group(1)) is None:
            continue  # (nor "Tribal IDs of the kids on the grant: ...": a person's word)
        end = _CLAUSE_END.search(text, head.end())
        stop = end.start() if end else len(text)
        cleared += _listed_numbers(text, head.end(), text[head.end():stop], CLEARED)
    return cleared


def column_numbers(text: str) -> dict[str, list[tuple[int, int]]]:
    """The numbers of text's tables and forms by the kind their heads name, in text order
    (and under CLEARED the cells that hold no one's)."""
    found: dict[str, list[tuple[int, int]]] = {}
    heads: list[str | None] | None = None  # the kinds the heads above name, column by column
    head_texts: list[str] = []  # ... and the heads' own words
    named: str | None = None  # the kind the line before named, a field's label alone
    named_text = ""
    first_row = False  # whether the heads are a table's first row (only those clear cells)
    in_table = False  # whether the line before was parted into cells
    listed: str | None = None  # the kind of the numbers of a list, its head lines above
    start = 0
    for line in text.split("\n"):
        cells = _cells(line, start)
        parted = cells is not None
        if cells is None and "\n" in text:
            head = _list_head(line)
            if head is None and listed and line.strip() \
                    and len(line.split()) <= _MOST_LIST_ITEM_WORDS:
                numbers = _listed_numbers(text, start, line, listed)
                for number in numbers:
                    found.setdefault(listed, []).append(number)
                if not numbers and len(line.split()) > _MOST_WORDS_OF_AN_ITEM_UNNUMBERED:
                    listed = None  # "Training coordinator signature: ____": the list is over
            elif head is not None or not line.strip() \
                    or len(line.split()) > _MOST_LIST_ITEM_WORDS:
                listed = head
        else:
            listed = None
        kinds: list[str | None] | None = None
        labels: list[str] = []  # the words of each cell's head or label
        clears = True  # whether a CLEARED head or label clears this line's cells
        if cells is None:
            # a form printed down the page: "Referral #" on a line, its number on the next
            heads = None
            cells = [(start + len(line) - len(line.lstrip()), start + len(line.rstrip()))]
            kinds, labels = ([named], [named_text]) if named else (None, [])
            named, named_text = _label_alone(line), line
        elif not any(_NUMBER_IN_A_HEAD.search(text, s, e) for s, e in cells):
            heads = [_head(text[s:e]) for s, e in cells]
            head_texts = [text[s:e] for s, e in cells]
            if "case_number" in heads and any(_BUDGET_HEAD.search(t) for t in head_texts):
                # "Cost Center | Account | Description | FY25 Actual": a budget's accounts
                heads = [CLEARED if kind == "case_number" and _ACCOUNT_HEAD.search(t) else kind
                         for kind, t in zip(heads, head_texts)]
            heads = heads if any(heads) else None
            # (a row of words inside a table is read as heads too, for the kinds they name;
            # but only a table's first row clears: "07:58<TAB>front office<TAB>main line" is a
            # row of the log, not the head of the phones below it)
            first_row = not in_table
            named = None
        else:
            kinds, labels, clears = heads, head_texts, first_row
            if kinds is None and len(cells) == 2:  # a form's label and its value
                label = text[cells[0][0]:cells[0][1]]
                kinds = None if _NUMBER_IN_A_HEAD.search(label) else [None, _head(label)]
                labels, clears = ["", label], True
            named = None
        in_table = parted
        for kind, span, label in zip(kinds or (), cells, labels):
            if kind == CLEARED:
                number = _cleared_cell(text, span, label) if clears else None
            else:
                number = _number_cell(text, span, kind) if kind else None
            if number is not None:
                found.setdefault(kind, []).append(number)
        start += len(line) + 1
    return found
