"""One capital with its full stop, standing for a person ("the K. family", "D. ran from
placement"): names.a_lone_dotted_initial. The letter is a name only where the words around it
say a person; a letter grade, a plan, an exhibit, an outline's item or a placeholder at the
end of a sentence is none. Each case is a sentence written for this test, not a corpus line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from toolkit.privacy import scan
from toolkit.privacy.lexicon import lexicon
from toolkit.privacy.names import a_lone_dotted_initial
from toolkit.privacy.tokens import MARK_DOTTED, tokenize

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import privacy as bench  # noqa: E402  bench/privacy.py: the corpus reader

FOUND = [
    ("the K. family came to the office on Monday", ["K"]),
    ("children A. and Z., ages 5 and 3, are with their aunt", ["A", "Z"]),
    ("D. ran from placement again last night", ["D"]),
    ("I met with mom, J., at the library", ["J"]),
    ("we all just call her baby L.", ["L"]),
    ("Youth A. said the visit went fine", ["A"]),
    ("I used only her initial, J., in the slides", ["J"]),
    ('the consultant asked about "R., 9," in my vignette', ["R"]),
    ("I told M. that I could not share the report", ["M"]),
    ("I told R. I could not share that with her mother", ["R"]),
    ("When D. asked about his brother, I froze", ["D"]),
    ("After the session, V.'s story stayed with me", ["V"]),
    ("Sibling group: J. (12), B. (8), N. (3), placed together", ["J", "B", "N"]),
    ("I spoke with J. and R. about the new school", ["J", "R"]),
    # listed before a letter found: the list read backwards
    ("J., B. and N. (3) are placed together", ["J", "B", "N"]),
    # an age written out, or a role, in brackets after it; a clause's subject after a comma
    ("Child D. (age 9) told FP he wants to see BM more", ["D"]),
    ("Met with T. (intern) about boundaries after she friended a client.", ["T"]),
    ("In the case we studied, D. ran from placement three times.", ["D"]),
]

CLEAR = [
    "Plan B. is to call the aunt first.",
    "She got an A. in math this term.",
    "Exhibit A. shows the timeline of contacts.",
    "All Bs and one C. on her report card",
    'For the training I will call the child "Client B."',
    "In my write-up the children are just Child A and Child B.",
    "A. Background of the case",
    "Vitamin D. helps in the winter months.",
    "The visit moved to 10 A.M. on Friday.",
    "Part D. covers her prescriptions now.",
    "In the U. S. the rules differ by state.",
    "Plan A. and B. are both on the table.",
    "She had a grade of C. (75%) on the test.",
    "Type B.'s symptoms differ, the nurse said.",
    "Plan B. (backup) is the aunt's house.",
    "The grades were A, B. and C. for the term.",
]


@pytest.mark.parametrize("text, letters", FOUND, ids=[t for t, _ in FOUND])
def test_a_capital_and_its_stop_standing_for_a_person_is_found(text, letters):
    found = [f.text for f in scan(text) if str(f.kind) == "name"]
    assert found == letters


@pytest.mark.parametrize("text", CLEAR)
def test_a_capital_and_its_stop_standing_for_a_thing_is_left_alone(text):
    assert scan(text) == []


def test_the_rule_is_asked_only_where_tokenize_marked_a_capital_and_its_stop():
    """rule_names calls a_lone_dotted_initial only for a text with MARK_DOTTED: in every
    other line of the corpus, and of the cases above, it would find nothing."""
    lex = lexicon()
    texts = [ex.text for ex in bench.load_corpus(None)] + [t for t, _ in FOUND] + CLEAR
    missed = []
    for text in texts:
        marks: list[int] = []
        toks = tokenize(text, lex, marks=marks)
        if not marks[0] & MARK_DOTTED and a_lone_dotted_initial(text, toks, []):
            missed.append(text)
    assert not missed, f"{len(missed)} lines, e.g. {missed[:3]}"
