"""The clause wording in data/ is the source page's, character for character.

The page's line breaks are layout (the PDF's column width), so they count as single spaces;
every other character, curly apostrophes included, must match.
"""

import re

import pytest

from helpers import DATA
from toolkit import standards
from toolkit.models import LETTERS

SOURCE = DATA / "source" / "coaching-toolkit-p298.txt"


def source_clauses() -> dict[str, str]:
    text = SOURCE.read_text(encoding="utf-8")
    found = {}
    for match in re.finditer(r"^\(([h-q])\) (.*?)(?=^\([h-q]\) |\n\n)", text, re.M | re.S):
        found[match.group(1)] = " ".join(match.group(2).split("\n")).strip()
    return found


def test_the_source_page_holds_clauses_h_to_q():
    assert list(source_clauses()) == list(LETTERS)


@pytest.mark.parametrize("letter", LETTERS)
def test_clause_text_matches_the_source_exactly(letter):
    clause = standards.clause_info(letter)
    assert clause.standard.text == source_clauses()[letter]


def test_only_q_is_marked_cut_off_and_it_says_so():
    marked = [c.letter for c in standards.load().standards.clauses if c.truncated]
    assert marked == ["q"]
    assert "stops" in standards.clause_info("q").standard.note
    assert source_clauses()["q"].endswith("consented to disclosure of")


def test_the_edition_is_the_2008_code():
    assert standards.load().standards.edition == 2008
    assert set(standards.clauses()["edition"]) == {2008}
