"""toolkit.privacy.said_again: a found number written again is found again, through scan and
on its own. The sentences are written for this test."""

from __future__ import annotations

from toolkit.privacy import said_again, scan
from toolkit.privacy.findings import ID_NUMBER, PHONE, finding


def _found(text):
    return [(str(f.kind), f.text) for f in scan(text)]


def test_a_number_repeated_digit_for_digit_is_found_twice():
    assert _found("Medicaid ID 4410 2287 19, yes 4410 2287 19, she read it twice.") == [
        ("id_number", "4410 2287 19"), ("id_number", "4410 2287 19")]


def test_a_slip_of_two_digits_is_the_same_number_mistyped():
    assert _found("Her Medicaid ID is 7702 4418 19; the old card says 7702 4481 19.") == [
        ("id_number", "7702 4418 19"), ("id_number", "7702 4481 19")]


def test_three_digits_changed_is_another_number():
    assert _found("Her Medicaid ID is 7702 4418 19; the room code is 7702 9931 19.") == [
        ("id_number", "7702 4418 19")]


def test_a_number_inside_a_longer_one_is_not_the_number_again():
    # (a code that holds the found digits with more around them is no repeat of it)
    assert _found("Medicaid ID 441870223, batch 441870223-7 in the printer log.") == [
        ("id_number", "441870223")]


def test_a_phone_is_repeated_only_digit_for_digit():
    text = "Call me at 503-555-0147, or the front desk at 503-555-0100."
    found = said_again.found_again(text, text, [finding(PHONE, 11, 23, text[11:23])],
                                   [(11, 23)], 20)
    assert found == []
    again = "Call me at 503-555-0147. Again: 503-555-0147."
    found = said_again.found_again(again, again, [finding(PHONE, 11, 23, again[11:23])],
                                   [(11, 23)], 20)
    assert [(f.start, f.end) for f in found] == [(32, 44)]


def test_the_finding_quotes_the_text_as_written():
    # scan reads odd spaces as plain ones; a finding quotes the text as the participant wrote it
    written = "ID 4410\u00a02287 19 and again 4410\u00a02287 19"
    text = written.replace("\u00a0", " ")
    found = said_again.found_again(text, written, [finding(ID_NUMBER, 3, 15, written[3:15])],
                                   [(3, 15)], 20)
    assert [f.text for f in found] == ["4410\u00a02287 19"]


def test_too_few_digits_for_a_second_number_is_not_searched():
    text = "ID 4410 2287 19 and again 4410 2287 19"
    only = [finding(ID_NUMBER, 3, 15, text[3:15])]
    assert said_again.found_again(text, text, only, [(3, 15)], 15) == []
    assert len(said_again.found_again(text, text, only, [(3, 15)], 20)) == 1
