"""Phone numbers read out digit by digit in the languages families speak, as a voicemail's
transcript, a sticky note or a message writes them down: "năm năm năm, không một hai chín"
(Vietnamese), "senk senk senk, zewo en sis nèf" (Haitian Creole), "lima lima lima, sero isa
pito walo" (Tagalog), "shan shan shan eber kow sagaal laba" (Somali), "khamsa khamsa khamsa
sifr wahid tis3a arba3a" (Arabic in Latin letters), "cinq cinq cinq, zéro un quatre deux"
(French), "cinco cinco cinco zero um meia ..." (Portuguese), "пять-пять-пять, ноль-один-два"
(Russian).

spoken.py reads numbers in English and Spanish words, whole ("twenty eighteen") or digit by
digit. Here only digits are read, one word each ([digits-vietnamese-phrases] and the sections
after it: a line per digit, its spellings), seven words or more in a row apart by spaces,
commas, hyphens or dots, as a phone is read out: seven digits, ten, or eleven opening with a
one, is a phone. A run of seven such words is no sentence in any of these languages ("de",
"ba", "lima", "six" are words too, but not seven in a row), so nothing else is asked of it.
"""

from __future__ import annotations

import re

from .wordlists import alternation_of, entries

_LANGUAGES = (entries("digits-vietnamese-phrases"), entries("digits-haitian-creole-phrases"),
              entries("digits-tagalog-phrases"), entries("digits-somali-phrases"),
              entries("digits-arabic-phrases"), entries("digits-french-phrases"),
              entries("digits-portuguese-phrases"), entries("digits-russian-phrases"))


def _digits() -> dict[str, str]:
    """Each spelling of a digit, in lowercase, and its digit (a section's line n is digit n)."""
    found: dict[str, str] = {}
    for lines in _LANGUAGES:
        if len(lines) != 10:
            raise ValueError(f"a section of digits holds {len(lines)} lines, not one a digit: "
                             f"{lines[:2]}")
        for digit, line in enumerate(lines):
            for spelling in line.split():
                found.setdefault(spelling, str(digit))
    return found


_DIGITS = _digits()
# the words, for tokens.tokenize, which marks a text holding one (MARK_FOREIGN_DIGIT): a text
# with none is not searched
DIGIT_WORDS = frozenset(_DIGITS)
_WORD = alternation_of(sorted(_DIGITS, key=len, reverse=True))
_GAP = r"[\s,.\-–—…]{1,4}"
# seven digit words or more in a row, none of them part of a longer word
_RUN = re.compile(rf"(?<![\w'’])(?:{_WORD})(?:{_GAP}(?:{_WORD})(?![\w'’])){{6,}}",
                  re.IGNORECASE)
_COUNTING = "01234567890"  # (a run of it, counting, is no phone)
_ONE = re.compile(rf"(?:{_WORD})(?![\w'’])", re.IGNORECASE)


def phones(text: str) -> list[tuple[int, int]]:
    """The spans of the phone numbers read out in other languages' digits in text."""
    if text.count(" ") + text.count(",") + text.count("-") < 6:
        return []  # (seven words need six gaps: most short lines have fewer)
    spans = []
    for run in _RUN.finditer(text):
        digits = "".join(_DIGITS[word.group().lower()]
                         for word in _ONE.finditer(text, run.start(), run.end()))
        if len(digits) in (7, 10) or len(digits) == 11 and digits[0] == "1":
            if digits not in _COUNTING:
                spans.append(run.span())  # (not a count: "un deux trois quatre cinq six sept")
    return spans
