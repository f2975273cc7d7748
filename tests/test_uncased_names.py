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
    # a title of the name's own script, a word apart or joined (left out of the span)
    ("The interpreter addressed her as السيدة رنا at the door.", ["رنا"]),
    ("ወይዘሮ መሰረት brought the kids to the office.", ["መሰረት"]),
    ("ဦးဇော်ဝင်း asked that his full name not be used.", ["ဇော်ဝင်း"]),
    ("田中さん offered to drive.", ["田中"]),
    ("민준 씨 is how the interpreter addressed the father.", ["민준"]),
    # a role set off by commas, before or after; an age or a role in brackets
    ("The Dari interpreter, فرشته کریمی, reminded me of the rules.", ["فرشته کریمی"]),
    ("최다은, the tutor, asked to attend.", ["최다은"]),
    ("Siblings at intake: 刘洋 (12), 刘雪 (9) and 刘小龙 (4 yo).", ["刘洋", "刘雪", "刘小龙"]),
    ("Household: 山本美咲 (mother) and the kids.", ["山本美咲"]),
    # a heading of people and its list; "listed as", "is called" after a pronoun
    ("Children in the home: ዳዊት, ሳባ, ሄኖክ.", ["ዳዊት", "ሳባ", "ሄኖክ"]),
    ("Child's name (as written by parent): علی رحیمی", ["علی رحیمی"]),
    ("The old case lists the child only as 陈美玲.", ["陈美玲"]),
    ("She is called さくら, like the flower.", ["さくら"]),
    ("The grandmother's surname is 최, not the father's.", ["최"]),
    # a family's name between "the" and a family's word
    ("The family is the 박 family in our system.", ["박"]),
    ("We met the أحمد household at the shelter.", ["أحمد"]),
    # what only a person does, or a role said of it, after it
    ("သီတာ goes by Thida at school.", ["သီတာ", "Thida"]),
    ("ສົມພອນ is the grandfather and wants guardianship.", ["ສົມພອນ"]),
    ("سهراب, age six, keeps asking about court.", ["سهراب"]),
    # Canadian syllabics (Inuktitut), which the model and the lowercase rules leave too
    ("Her name is ᐊᓂ, and she is four.", ["ᐊᓂ"]),
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
    # a place after "in" or "from", a language after "speak", a word after "said"
    "The grandmother in 台北 called the agency directly.",
    # a thing a verb's object, before a verb of the kind people do
    "The night-light has نور painted on it, the word for light.",
    "They speak বাংলা at home.",
    "Mom said धन्यवाद at the end of the meeting.",
    "The form is called 出生证明, the birth certificate.",
    # kin words and everyday words that end or start as a title does
    "He wrote お母さん on the card for the visit.",
    "The picture book says 赤ちゃん on the cover.",
    "She wrote 날씨 on the worksheet, the word for weather.",
    # a heading of things, not people, before a list
    "The records came in: شهادة ميلاد, 出生证明 and the rest.",
])
def test_the_same_scripts_other_words_are_left_alone(text):
    assert _names(text) == []


def test_words_are_cut_at_stops_and_digits_and_joined_across_one_space():
    text = "فاطمة أحمد، ١٢٣ 王小明。東京 マリア・ロペス"
    assert [text[s:e] for s, e in _words(text)] == [
        "فاطمة أحمد", "王小明", "東京 マリア・ロペス"]


def test_the_learned_model_and_the_lowercase_rules_leave_such_words_to_this_pass():
    """name_model.is_candidate and tokens.scored_candidate, tokens.lowercase_candidate: a word
    of a script with no capitals is neither scored nor read as a name typed in lowercase."""
    from toolkit.privacy import name_model
    from toolkit.privacy.lexicon import lexicon
    from toolkit.privacy.tokens import lowercase_candidate, scored_candidate, tokenize
    for word in ("王小明", "धन्यवाद", "فاطمة"):
        tok = tokenize(f"met {word} today", lexicon())[1]
        assert not name_model.is_candidate(tok)
        assert not scored_candidate(tok.raw, tok.low, tok.bits)
        assert not lowercase_candidate(tok.raw, tok.low, tok.bits, tok.cap, tok.poss)
    tok = tokenize("met abdirahman today", lexicon())[1]
    assert name_model.is_candidate(tok) and lowercase_candidate(
        tok.raw, tok.low, tok.bits, tok.cap, tok.poss)


def test_the_pass_is_counted_as_its_own():
    trace = Counter()
    found = names.find_names("We met 王小明 at school.", trace=trace)
    assert found == [(7, 10)]
    assert trace[(names.UNCASED_RULE, True)] == 1
    assert names.UNCASED_RULE in names.PASSES
