"""How hard a text is to read aloud to a room: the Flesch-Kincaid grade, computed here.

Written out rather than taken from a package: the usual one (textstat) pulls in a pronouncing
dictionary under the GPL, and a participant's install carries no GPL code. The grade needs only
words per sentence and syllables per word; syllables are counted by vowel groups with the
common English corrections, which is how the formula was meant to be used (by hand, quickly).
It guides authors of ``data/``; it is not a test of any one sentence.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    """Syllables in one English word, by vowel groups: 'release' 2, 'agency' 3, 'the' 1."""
    w = word.lower().replace("’", "'").split("'")[0]
    if not w:
        return 0
    count = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # a silent final e: "release", "case"
    if w.endswith(("ed", "es")) and count > 1 and not w.endswith(("ted", "ded", "ses", "zes",
                                                                "ches", "shes", "ges", "ces")):
        count -= 1  # "asked", "types": no extra syllable
    return max(count, 1)


def flesch_kincaid_grade(text: str) -> float:
    """0.39 x words per sentence + 11.8 x syllables per word - 15.59 (US school grade)."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = max(len(_SENTENCE_END.findall(text)), 1)
    syllable_count = sum(syllables(w) for w in words)
    return 0.39 * len(words) / sentences + 11.8 * syllable_count / len(words) - 15.59
