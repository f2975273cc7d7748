"""What the privacy guard reports: a kind of identifier, where it is, and what to write instead."""

from __future__ import annotations

from dataclasses import dataclass

NAME = "name"
PHONE = "phone"
EMAIL = "email"
ADDRESS = "address"
DOB = "dob"
CASE_NUMBER = "case_number"
SSN = "ssn"
ID_NUMBER = "id_number"

KINDS = (NAME, PHONE, EMAIL, ADDRESS, DOB, CASE_NUMBER, SSN, ID_NUMBER)

# Said to a participant beside the flagged words: what to write instead, in their own terms.
SUGGESTIONS = {
    NAME: 'Use a role instead of a name: "the mother", "the youth", "my co-worker".',
    PHONE: 'Leave the number out: "I called the foster parent" says enough.',
    EMAIL: 'Leave the e-mail address out; say whose it is by role: "the attorney\'s e-mail".',
    ADDRESS: 'Leave the address out: "the family\'s home" or "the placement" says enough.',
    DOB: 'Use an age instead of a date of birth: "a 7-year-old".',
    CASE_NUMBER: 'Leave the case or record number out: it leads straight to the file.',
    SSN: "Leave Social Security numbers out entirely, even the last four digits.",
    ID_NUMBER: 'Leave the ID number out; name the document instead: "her Medicaid card".',
}


@dataclass(frozen=True)
class Finding:
    """One identifier in a text: text[start:end] is what to change."""

    kind: str
    start: int
    end: int
    text: str
    suggestion: str


_new = object.__new__


def finding(kind: str, start: int, end: int, text: str) -> Finding:
    """Finding(kind, start, end, text, SUGGESTIONS[kind]), made without the frozen class's
    __init__, which sets each field through object.__setattr__: a tenth of a Finding's cost
    is the object, the rest those five calls (about 1% of a scan; scanner.scan makes one
    Finding per two lines). The fields go into the instance's __dict__ in the order __init__
    puts them, so the two are equal, hash alike and print alike (tests/
    test_privacy_fast_paths.py (j))."""
    made = _new(Finding)
    fields = made.__dict__
    fields["kind"] = kind
    fields["start"] = start
    fields["end"] = end
    fields["text"] = text
    fields["suggestion"] = SUGGESTIONS[kind]
    return made
