"""A record's, an id's or a phone's number read out piece by piece after its keyword
(toolkit/privacy/read_out.py): letters said "as in" a word, digits parted by commas, "dash" or
"then" between pieces, digits in words, as a voicemail's transcript or a dictated note writes
them.
Each case is written for this test, not a corpus line."""

from __future__ import annotations

import pytest

from toolkit.privacy import scan

FOUND = [
    # a letter "as in" a word, then digits one by one
    ("The Medicaid ID for Amara is K as in kite, 3, 3, 8, 1, 0, 7, 4, 2 per the clinic.",
     [("name", "Amara"), ("id_number", "K as in kite, 3, 3, 8, 1, 0, 7, 4, 2")]),
    ("passport L as in Lima, 5 5 0, 2 9 1, 4 4 8",
     [("id_number", "L as in Lima, 5 5 0, 2 9 1, 4 4 8")]),
    # digits in words, one by one or in threes, after a colon
    ("his probation ID: R, nine, nine, four, zero, one, six",
     [("id_number", "R, nine, nine, four, zero, one, six")]),
    ("The A# she read me: two one four, oh oh nine, seven seven one",
     [("id_number", "two one four, oh oh nine, seven seven one")]),
    # "dash" said between the parts: the number whole, a case's after a case's keyword
    ("case number 2025 dash 004471, assigned this morning",
     [("case_number", "2025 dash 004471")]),
    # an id read out in chunks after what it starts with
    ("her student ID starts with 412... then 889... then 301, the rest is smudged",
     [("id_number", "412... then 889... then 301")]),
    # a phone read out in its groups, "then" or dots between them
    ("area code is 608, then 555, then 0177, she gave it in pieces",
     [("phone", "608, then 555, then 0177")]),
    ("my cell is 414... 555... 0128, call after six", [("phone", "414... 555... 0128")]),
]

CLEAR = [
    # after a thing's keyword: an agency's budget, an organisation's provider number, a meeting
    "The budget account is four four one oh, two two one oh, eight eight five.",
    "Agency NPI one two three four five six seven eight nine three, ours not a client's.",
    "the conference ID is nine one two, four four one, one zero eight",
    # a purchase order's number, read out; a room's
    "PO number four five oh oh, one two three, for the car seats",
    "room number four one two, then the stairs on the left",
]

# a number typed whole, then a number word that is a count: no number read out
TYPED_THEN_COUNTED = [
    ("the foster home is at 46 Franklin St, Quincy, MA 02169, two blocks away",
     [("address", "46 Franklin St, Quincy, MA 02169")]),
    ("The police report number is 24-041127 and his booking number is 24-5589, two different "
     "things.", [("case_number", "24-041127"), ("id_number", "24-5589")]),
]


@pytest.mark.parametrize("text, expected", FOUND + TYPED_THEN_COUNTED,
                         ids=[t for t, _ in FOUND + TYPED_THEN_COUNTED])
def test_found(text, expected):
    assert [(str(f.kind), f.text) for f in scan(text)] == expected


@pytest.mark.parametrize("text", CLEAR)
def test_left_alone(text):
    assert scan(text) == []
