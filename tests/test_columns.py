"""Numbers in pasted tables and forms (toolkit/privacy/columns.py): a number under a column's
head, or beside or under a field's label, is the kind the head names, although no keyword
stands beside it; counts, codes, dates and short numbers in such tables are not."""

from __future__ import annotations

import pytest

from toolkit.privacy import scan
from toolkit.privacy.numbers import kind_named


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in scan(text)]


@pytest.mark.parametrize("text, kind, number", [
    # a spreadsheet's rows under their heads: ten digits are no phone here
    ("Child\tDOB\tMedicaid ID\nAna Ruiz\t01/15/2014\t0047718823", "id_number", "0047718823"),
    ("Row\tReferral Number\tDisposition\n1\t0503-2918-4477-1023381\tUnfounded",
     "case_number", "0503-2918-4477-1023381"),
    ("No.\tINVESTIGATION\tOPENED\n1\t24 0883 17\t10/01/2024", "case_number", "24 0883 17"),
    ("Recipient ID\tAid code\tEff.\n91447720A\t4C\t01/01/2025", "id_number", "91447720A"),
    # heads that name a number only as heads: a claim's control number, Medical Assistance
    ("ICN\tRecipient ID\tPaid\n2224187301445\t9213304471\t$74.16", "case_number",
     "2224187301445"),
    ("Child\tDOB\tMA #\nAna Ruiz\t01/15/2014\t0047718823", "id_number", "0047718823"),
    ("Person ID\tSSN (last 4)\n30081127\t0417", "ssn", "0417"),
    # a system's export, parted by commas
    ("CASE_ID,PERSON_ID,DOB\n1100447821,5500918273,2013-02-27", "case_number", "1100447821"),
    ("CASE_ID,PERSON_ID,DOB\n1100447821,5500918273,2013-02-27", "id_number", "5500918273"),
    # a table as an e-mail or a wiki prints it
    ("| Docket | Hearing | Date |\n| JD-24-00118 | Adjudication | 02/11/2025 |",
     "case_number", "JD-24-00118"),
    # a form's field: its label and its value in two cells, or on two lines
    ("Hotline Intake Summary\nSACWIS Person ID (BM)\t4471904", "id_number", "4471904"),
    ("Referral #\n7781203\nAllegations\nneglect", "case_number", "7781203"),
])
def test_a_number_under_its_head_is_the_kind_the_head_names(text, kind, number):
    assert (kind, number) in _found(text)


@pytest.mark.parametrize("text", [
    "County\tReferrals\tSubstantiated\n34 Sacramento\t12041\t1880",   # counts, not numbers
    "Unit\tOpen cases\tClosed\n41233\t11812\t9",
    "License #\tCapacity\nGH-0041\t12",        # a facility's licence: too short to say
    "Case #\tHearing\n03/04/2024\tReview",      # a date under a case's head
    "Reason codes\tCode\nKin became available\t12",
    "Meeting ID\tPasscode\n88422104471\t4471",
])
def test_counts_codes_and_dates_in_a_table_are_not_numbers(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Case worker phone\n503-555-0142", "phone"),     # a phone's head, though it says "case"
    ("Then I talked with the case manager about it\n503-555-0142", "phone"),  # a sentence
    ("Case #\tWorker cell\n24-00317\t503-555-0142", "phone"),
    ("Social worker\n503-555-0142", "phone"),         # a social worker is no Social Security
])
def test_a_phone_under_a_head_of_phones_or_a_sentence_stays_a_phone(text, kind):
    assert (kind, "503-555-0142") in _found(text)


@pytest.mark.parametrize("text, expected", [
    # a line that heads a list of numbers, one or two to a line below it, names their kind
    ("Client numbers\nDevon Marsh - C-220417\nLila Marsh - C-220418",
     [("name", "Devon Marsh"), ("id_number", "C-220417"), ("name", "Lila Marsh"),
      ("id_number", "C-220418")]),
    ("tribal enrollment numbers for both boys:\n518-0042\n518-0057",
     [("id_number", "518-0042"), ("id_number", "518-0057")]),
    ("Medicaid #s\nTeo: 412883017\nBaby: pending\nMarisol: 412883025",
     [("name", "Teo"), ("id_number", "412883017"), ("name", "Marisol"),
      ("id_number", "412883025")]),
    ("EBT, last digits only:\nRosalind ...7731\nFelix ...0924",
     [("name", "Rosalind"), ("id_number", "7731"), ("name", "Felix"), ("id_number", "0924")]),
    # ... but not a list of forms, whatever the words after "numbers" say; nor a phone, nor
    # a line after the list has ended
    ("Form numbers for the records unit:\nCFS 151\nCFS 2240-17", []),
    ("Report ID: (assigned on save)\nRoom 112\nBio mom: (217) 555-0134\nBus 14",
     [("phone", "(217) 555-0134")]),
    ("Client numbers\nsee the shared drive, not here\nRetain 4 years per Admin. Code 64-18-3.",
     []),
    # a name beside its number on a line under a label is the name's, not the number's
    ("SSN last fours\nTamsin 3318\nObi 7702",
     [("name", "Tamsin"), ("ssn", "3318"), ("name", "Obi"), ("ssn", "7702")]),
    ("Medicaid IDs -\nBrianna Kowalczyk 778102344\nLeo Kowalczyk 778102345",
     [("name", "Brianna Kowalczyk"), ("id_number", "778102344"), ("name", "Leo Kowalczyk"),
      ("id_number", "778102345")]),
    # a list of things' numbers is no one's ...
    ("Grant and award numbers for the project:\n90CO1122\n2023-CW-BX-0041", []),
    ("Asset tags\nLT-00871\nLT-00872", []),
    # ... but a label naming a person's number above a line is no thing's, though a thing's
    # word stands in it: the line's name is read
    ("Housing voucher numbers\nYesenia Morales HCV-20-33817",
     [("name", "Yesenia Morales"), ("case_number", "HCV-20-33817")]),
])
def test_a_line_heading_a_list_names_the_kind_of_the_numbers_below_it(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    # words opening a sentence, naming things' numbers before a colon: the numbers after it
    "Asset tags of the tablets going to surplus: TB-00412, TB-00415. Wipe them first.",
    "Contract numbers for the two interpreters: HHS-2025-0113 and HHS-2025-0120",
    "Grant numbers on the budget page: 90CA2210-01, 90CW3307-02",
])
def test_things_numbers_listed_after_a_colon_are_no_one_s(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    # ... but not where the words say a person's number, or a date's head opens them
    ("Client numbers for the visit: C-220417, C-220418",
     [("id_number", "C-220417"), ("id_number", "C-220418")]),
    ("Last four digits of the father's Social Security number: 7712", [("ssn", "7712")]),
])
def test_a_person_s_numbers_listed_after_a_colon_stay_found(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("label, kind", [
    ("Case #", "case_number"), ("Case ID", "case_number"), ("IV-D case #", "case_number"),
    ("Referral Number", "case_number"), ("INVESTIGATION", "case_number"),
    ("Person ID", "id_number"), ("Medicaid", "id_number"), ("Student #", "id_number"),
    ("SSN (last 4)", "ssn"), ("MA #", "id_number"), ("ICN", "case_number"), ("MA", None),
    ("Social Services Case #", "case_number"), ("Social worker", None),
    ("Student", None), ("Group", None), ("Worker", None), ("Open cases", None),
    ("Referrals", None), ("DOB", None),
])
def test_kind_named_by_a_head_or_a_label(label, kind):
    assert kind_named(label) == kind
