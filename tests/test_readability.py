"""The reading grade check-data prints, computed without a GPL pronouncing dictionary."""

import pytest

from toolkit.readability import flesch_kincaid_grade, syllables


# Vowel groups can miss by one where two vowels are two syllables ("confidentiality" counts
# 6 of 7); over a clause's text that moves the grade by a few tenths, as against textstat.
@pytest.mark.parametrize("word, count", [
    ("the", 1), ("case", 1), ("release", 2), ("agency", 3), ("asked", 1), ("supervisor", 4),
    ("foster", 2), ("people", 2), ("parent's", 2), ("I", 1)])
def test_syllables_by_vowel_groups(word, count):
    assert syllables(word) == count


def test_grade_follows_the_formula():
    # 9 words, 2 sentences, 9 syllables: 0.39 * 4.5 + 11.8 * 1 - 15.59
    assert flesch_kincaid_grade("The cat sat on the mat. It was glad.") == pytest.approx(
        0.39 * 4.5 + 11.8 - 15.59)
    assert flesch_kincaid_grade("") == 0.0


def test_plain_and_hard_prose_fall_either_side_of_grade_12():
    plain = "Check who can hear you before you talk about a family. Use roles, not names."
    hard = ("Notwithstanding jurisdictional heterogeneity, organizational confidentiality "
            "considerations necessitate comprehensive interdisciplinary deliberation.")
    assert flesch_kincaid_grade(plain) < 8 < 12 < flesch_kincaid_grade(hard)
