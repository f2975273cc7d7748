"""The privacy guard on text read off a scanned or faxed page (toolkit/privacy/ocr.py): letters
OCR took for digits in a date or a phone, and digits it took for letters in a word, are read
as meant, each character in its place; codes, ordinals and numbers with their units are left as
written. Lines written for this test, not corpus lines."""

from __future__ import annotations

import pytest

from toolkit.privacy import scan
from toolkit.privacy.ocr import as_read

READ = [
    ("Date of Birth O9/3O/2O15", "Date of Birth 09/30/2015"),
    ("PH0NE: 3l2-555-Ol47", "PHONE: 312-555-0147"),
    ("Chi1d: Rosa1ind Okafor", "Child: Rosalind Okafor"),
    ("d0b 11-O4-2O12", "dob 11-04-2012"),
    ("AUTH0RIZATI0N F0R RELEASE", "AUTHORIZATION FOR RELEASE"),
]

LEFT = [
    "born on the 1st at 10am, a 10yo and a 2nd grader",
    "Study IDs P001-P248, codes F43.10 and Z62.21, a B12 shot, grant 90CO1234",
    "Intake I2025-041173 and MRN MR-7730194",
    "H1N1 and COVID19 and Win10",
]


@pytest.mark.parametrize("text, meant", READ)
def test_read_as_meant(text, meant):
    assert as_read(text) == meant


@pytest.mark.parametrize("text", LEFT)
def test_left_as_written(text):
    assert as_read(text) == text


FOUND = [
    ("Chi1d: Rosa1ind Okafor   Date of Birth O9/3O/2O15",
     [("name", "Rosa1ind Okafor"), ("dob", "O9/3O/2O15")]),
    ("PH0NE: 3l2-555-Ol47", [("phone", "3l2-555-Ol47")]),
    ("d0b:11-O4-2O12 age:13", [("dob", "11-O4-2O12")]),
]


@pytest.mark.parametrize("text, expected", FOUND, ids=[t for t, _ in FOUND])
def test_found_where_written(text, expected):
    # the findings quote the text as written, at the places of the characters OCR misread
    assert [(str(f.kind), f.text) for f in scan(text)] == expected


def test_a_code_with_a_letter_before_its_number_is_still_one():
    assert [str(f.kind) for f in scan("The portal showed intake I2025-041173 today.")] \
        == ["case_number"]
