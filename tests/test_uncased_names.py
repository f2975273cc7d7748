"""toolkit/privacy/uncased.py: names written in a script with no capital letters, found by what
stands around them, and the same scripts' other words left alone."""

from __future__ import annotations

from collections import Counter

import pytest

from toolkit.privacy import names, scan
from toolkit.privacy.uncased import _words


def _names(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.kind == "name"]


@pytest.mark.parametrize("text, expected", [
    # a cue that names, perhaps with a language between, a colon or a quote
    ("His name is 王小明.", ["王小明"]),
    ("Her name in Korean is 김민준, at school she uses another.", ["김민준"]),
    ("The aunt signed as فاطمة أحمد on the release.", ["فاطمة أحمد"]),
    ("Dad wrote his name as \"אברהם\" on the sign-in sheet.", ["אברהם"]),
    ("He goes by 민준 now.", ["민준"]),
    ("Name: 王小明, grade 3, room 12", ["王小明"]),
    ("the youth calls herself ሰላም in group", ["ሰላም"]),
    # a title, a kin word or a role before; a verb that takes a person before, or one that only
    # a person does after
    ("Grandma 김 came to the visit.", ["김"]),
    ("Mr. 王 was late to the hearing.", ["王"]),
    ("We met 王小明 at school on Monday.", ["王小明"]),
    ("I talked to ราตรี about the move.", ["ราตรี"]),
    ("王小明 said he was hungry.", ["王小明"]),
    # a possessive; beside a name in Latin letters, in brackets or in a list
    ("I called 김민준's mother twice.", ["김민준"]),
    ("فاطمة (Fatima) said she was scared.", ["فاطمة", "Fatima"]),
    ("Her cousin Priya (प्रिया) moved in.", ["Priya", "प्रिया"]),
    ("Maria, 王小明 and José came to group.", ["Maria", "王小明", "José"]),
    # a Japanese name's parts joined by their dot
    ("Her name is マリア・ロペス.", ["マリア・ロペス"]),
])
def test_a_name_in_a_script_without_capitals_is_found_by_its_context(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    "She said شكرا and left smiling.",
    "The kids moved to 서울 last year.",
    "The sign over the door said 出口 in red.",
    "Family speaks 普通话 at home, so we booked an interpreter.",
    "Grandma made ንጉሥ bread for the visit.",  # a title of its own script is a word here
    "I learned to say 감사합니다 before the home visit.",
    "The poster read ברוכים הבאים in blue letters.",
])
def test_the_same_scripts_other_words_are_left_alone(text):
    assert _names(text) == []


def test_words_are_cut_at_stops_and_digits_and_joined_across_one_space():
    text = "فاطمة أحمد، ١٢٣ 王小明。東京 マリア・ロペス"
    assert [text[s:e] for s, e in _words(text)] == [
        "فاطمة أحمد", "王小明", "東京 マリア・ロペス"]


def test_the_pass_is_counted_as_its_own():
    trace = Counter()
    found = names.find_names("We met 王小明 at school.", trace=trace)
    assert found == [(7, 10)]
    assert trace[(names.UNCASED_RULE, True)] == 1
    assert names.UNCASED_RULE in names.PASSES
