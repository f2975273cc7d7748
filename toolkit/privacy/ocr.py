"""Text read off a scanned or faxed page, where OCR took a letter for a digit or a digit for a
letter.

A referral faxed from a hospital, a court order scanned into the record, a form photographed
on a phone: pasted into a reflection, their words and numbers come out as the machine read them,
"Date of Birth O9/3O/2O15", "PH0NE: 4l4-555-Ol36", "Chi1d: Ama1ia Ortega", "Fathe r's Narne". A
date with a letter O in it is no date to the detectors, and "Chi1d" no word before a name.

So a word that mixes letters and digits is read as OCR meant it, where only the letters and the
digits it confuses are mixed:

- a group of a date's, a phone's or an SSN's, four characters at most, mostly digits, whose
  letters are only O, o, I and l: the digits they look like ("O9" 09, "2O15" 2015, "Ol36"
  0136, "4l4" 414); not a code's letter before its number ("I2025-041173");
- mostly letters, whose digits are only 0 and 1, each between two letters: the letters they
  look like, in the case of the letters beside them ("PH0NE" PHONE, "Chi1d" Child, "d0b" dob,
  "A1berto" Alberto); not a number with its unit or its ending ("1st", "10am", "10yo").

A code of other letters and digits is left as it is ("P001", "F43.10", "B12", "90CO1234",
"MR-7730194"). The reading keeps every character's place, so a finding in it is a finding at the
same place in the text as written. Spaces OCR put inside a word or a number ("Pri ce", "04/1
1/2017") and letters it joined ("rn" for "m") are not mended: nothing says where they were.
"""

from __future__ import annotations

import re

# a word with a digit beside a letter: what a scanned page's text holds and a sentence rarely
# (looked for from the digits, which most texts hold few of: four times faster than from the
# letters)
MIXED = re.compile(r"[0-9](?:(?<=[A-Za-z][0-9])|(?=[A-Za-z]))")
_WORD = re.compile(r"[A-Za-z0-9]+")
_AS_DIGITS = str.maketrans("OoIl", "0011")
_LETTERS_AS_DIGITS = frozenset("OoIl")
_DIGITS_AS_LETTERS = frozenset("01")


def as_read(text: str) -> str:
    """text with the letters and digits OCR confused read as the ones meant (see above); the
    same length as text, each character in its place."""
    pieces = []
    pos = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if not MIXED.search(word):
            continue
        meant = _meant(word)
        if meant != word:
            pieces.append(text[pos:match.start()])
            pieces.append(meant)
            pos = match.end()
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def _meant(word: str) -> str:
    """The word OCR misread, or the word itself."""
    letters = [c for c in word if c.isalpha()]
    digits = len(word) - len(letters)
    if len(word) <= 4 and digits >= len(letters) and _LETTERS_AS_DIGITS.issuperset(letters):
        return word.translate(_AS_DIGITS)
    if len(letters) > digits and all(
            c in _DIGITS_AS_LETTERS and 0 < k < len(word) - 1 and word[k - 1].isalpha()
            and word[k + 1].isalpha() for k, c in enumerate(word) if c.isdigit()):
        return "".join(_letter(word, k) if c.isdigit() else c for k, c in enumerate(word))
    return word


def _letter(word: str, k: int) -> str:
    """The letter a 0 or a 1 at word[k] stands for, in the case of the letters around it: "O"
    or "o", "I" or "l" ("PH0NE", "d0b"; "INF0RMATI0N", "Chi1d")."""
    near = [c for c in word[max(0, k - 1):k + 2] if c.isalpha()]
    upper = bool(near) and all(c.isupper() for c in near)
    if word[k] == "0":
        return "O" if upper else "o"
    return "I" if upper else "l"
