"""A number the scanner found once, found again where the same text writes it a second time.

A worker repeats a number to be sure of it ("case # 24-118022. Repeat, 24-118022."), corrects
a slip ("Medicaid ID: 441 870 223; earlier note said 441 870 232"), or lists a family's cards
one after the other ("EBT cards: 6008 9201 4471 0093 / 6008 9201 4471 0110"). The detectors
read each number by the words around it, and the second one often stands with none: a
participant who sees the first flagged and the second not would take the second for safe.

So, once every detector has spoken: wherever the text writes a found number of six digits or
more again, digit for digit, that is a finding of the same kind; and a number of the same
shape (its letters and its separators the same, seven digits or more), that differs from a
found one in at most two of its digits, is taken for another of the same series, or the same
number mistyped. Not so a number a thing's word stands right before ("PO 4500118237 - sorry,
4500118273"), which the detectors have read as the thing's. Dates of birth are repeated only
digit for digit (a hearing date may differ from a birth date in one digit), and phones too:
an office's lines differ in their last digits ("Direct: (718) 555-0164 | Main: (718)
555-0100"), and a published main line is no one's. Nothing is found in a line where no number
was, so no clean line is flagged by it.
"""

from __future__ import annotations

import re

from .findings import CASE_NUMBER, DOB, ID_NUMBER, PHONE, SSN, Finding, finding
from .numbers import thing_numbered

REPEATED = frozenset((CASE_NUMBER, DOB, ID_NUMBER, PHONE, SSN))
SERIES = frozenset((CASE_NUMBER, ID_NUMBER, SSN))
_MIN_DIGITS, _MIN_SERIES_DIGITS, _MAX_DIFFERENT = 6, 7, 2
_THING_REACH = 24  # (as the phones' and the records' shapes look for a thing's word)
_DIGIT = re.compile(r"\d")


def _shape(number: str) -> str:
    """A pattern for numbers written as this one is: each digit any digit, all else as it is,
    standing alone (no letter or digit on either side, nor a separator joining one)."""
    body = "".join(r"\d" if ch.isdigit() else re.escape(ch) for ch in number)
    return rf"(?<![\w/.-])(?<![\w][/.-]){body}(?![\w/]|[.-]\w)"


def _differing(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b))


def found_again(text: str, written: str, findings: list[Finding],
                taken: list[tuple[int, int]], digits_in_text: int) -> list[Finding]:
    """The findings to add: repeats and near repeats of findings' numbers, not overlapping any
    stretch taken (a finding, or a number a table's column said is a thing's). written: the
    text as given, which a finding quotes (text may be it with odd spaces made plain).
    digits_in_text: how many digits the text holds (tokenize counted them): a number is
    looked for again only where enough digits are left for a second one, which most lines
    holding a number lack (a search built for each number costs a scan three in a hundred of
    its time, where none is made)."""
    numbers = [f for f in findings if f.kind in REPEATED]
    if not numbers:
        return []
    added: list[Finding] = []
    busy = list(taken)
    for f in numbers:
        number = text[f.start:f.end]
        digits = _DIGIT.findall(number)
        if len(digits) < _MIN_DIGITS or digits_in_text < 2 * len(digits):
            continue
        series = f.kind in SERIES and len(digits) >= _MIN_SERIES_DIGITS
        for match in re.finditer(_shape(number), text):
            start, end = match.span()
            if any(start < e and s < end for s, e in busy):
                continue
            other = match.group()
            if other != number and not (
                    series and _differing(_DIGIT.findall(other), digits) <= _MAX_DIFFERENT):
                continue
            if thing_numbered(text, start, _THING_REACH):
                continue
            busy.append((start, end))
            added.append(finding(f.kind, start, end, written[start:end]))
    return added
