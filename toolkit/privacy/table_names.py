"""Names in a table's column whose head says its cells are people.

    WHO | WHAT                  | WHEN
    LR  | call school re: IEP   | Mon
    MH  | transport to dentist  | Wed

A sign-in sheet, a rota, a visit schedule or a hand-off list pasted as text names its people
once, in the column's head ("Who", "Worker", "Taken by", "Initials"), and then lists them
with nothing around them: "MH" alone on its row, with no verb and no role beside it, is no one
to the rules of names.py, and "Hope" or "Mesa" alone in a cell reads as a word or a town.
columns.py reads such heads for numbers only.

So a block of two lines or more parted into the same number of cells by the same mark (tabs,
"|", or commas with no space after them), whose first line's cells hold no digit, is a table
with that line as its heads; under a head of [people-column-heads] ("Who", "Staff", "Booked
by", "Family"), a cell is a name when it is, as a whole:

- two or three capitals ("MH", "JRB"), perhaps with dots ("A.S."), that are no role's, kin's
  or department's abbreviation ("CW", "GAL", "MGM", "ER": the lists handles.py reads) nor a
  cell left open ([open-cell-words]: "TBD");
- or one to four capitalized words ("Hope", "Eugene Park", "Ana de la Cruz"), each a given
  name or a surname, or a word no list holds, none a role's, a title's, a month's, a
  function word, nor only an everyday word, a place's or an organisation's ("Vacant",
  "Intake Team", "Eugene Room", "Supervisor").
"""

from __future__ import annotations

import re

from .lexicon import AUTHORITY, FUNCTION, MONTH, PROCEDURE, ROLE, TITLE, lexicon
from .tokens import N, U, W1, W2, tokenize
from .wordlists import alternation, words

_PEOPLE_HEAD = re.compile(rf"(?i)(?:{alternation('people-column-head-phrases')})")
# what is cut from a head before it is read: a field name's underscores, a colon, "(s)"
_HEAD_TRIM = re.compile(r"[\s:*#]+$|\(s\)")
_INITIALS = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")
# one to four words of letters, apostrophes and hyphens ("Ana de la Cruz", "Mwangi-Okafor")
_WORDS = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,3}")
_NOT_INITIALS = words("two-letter-abbreviations", "never-initials", "role-abbreviations",
                      "kin-abbreviations", "department-abbreviations", "open-cell-words")
_NEVER_IN_A_NAME = ROLE | TITLE | MONTH | FUNCTION | AUTHORITY | PROCEDURE
# a word that may be a name's: a given name or a surname that is no word, or is one too
# ("Hope", "Park"), or a word on no list ("Oyelaran")
_NAME_CLASSES = (N, W1, W2, U)
_DIGIT = re.compile(r"\d")


def _separator(line: str) -> str | None:
    """The mark that parts a line into cells, or None: a tab, "|", or commas with no space
    after them ("LR,call school,Mon"; "Smith, John" is a sentence's comma)."""
    if "\t" in line:
        return "\t"
    if "|" in line:
        return "|"
    if line.count(",") >= 2 and ", " not in line:
        return ","
    return None


def names_in_columns(text: str) -> list[tuple[int, int]]:
    """The spans of the cells of text's tables that are people's names by their column's
    head (see the module's docstring), in text order."""
    found: list[tuple[int, int]] = []
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    k = 0
    while k < len(lines):
        sep = _separator(lines[k])
        if sep is None or _DIGIT.search(lines[k]):
            k += 1
            continue
        heads = lines[k].split(sep)
        people = [i for i, head in enumerate(heads) if _is_people_head(head)]
        j = k + 1
        while j < len(lines) and _separator(lines[j]) == sep \
                and lines[j].count(sep) == lines[k].count(sep):
            if people:
                found += _names_in_row(lines[j], starts[j], sep, people)
            j += 1
        k = max(j, k + 1)
    return found


def _is_people_head(head: str) -> bool:
    """Whether a column's head says its cells are people ("Who", "Taken by", "STAFF_NAME")."""
    head = _HEAD_TRIM.sub("", head.replace("_", " ")).strip()
    return bool(head) and _PEOPLE_HEAD.fullmatch(head) is not None


def _names_in_row(line: str, start: int, sep: str, columns: list[int]) -> list[tuple[int, int]]:
    """The cells of a row, in the columns given, that are a name as a whole."""
    found = []
    pos = 0
    for i, cell in enumerate(line.split(sep)):
        if i in columns:
            stripped = cell.strip()
            if stripped and _is_a_name(stripped):
                lead = len(cell) - len(cell.lstrip())
                found.append((start + pos + lead, start + pos + lead + len(stripped)))
        pos += len(cell) + 1
    return found


def _is_a_name(cell: str) -> bool:
    """Whether a cell under a people's head is a name (or initials) as a whole."""
    if _INITIALS.fullmatch(cell):
        return cell.replace(".", "").lower() not in _NOT_INITIALS
    toks = tokenize(cell, lexicon())
    if not 1 <= len(toks) <= 4 or not _WORDS.fullmatch(cell):
        return False
    for n, tok in enumerate(toks):
        if 0 < n < len(toks) - 1 and tok.particle and not tok.cap:
            continue  # "Ana de la Cruz"
        if not tok.cap or tok.cls not in _NAME_CLASSES or tok.bits & _NEVER_IN_A_NAME:
            return False
    return True
