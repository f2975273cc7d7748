"""Names written in a script that has no capital letters: Arabic, Hebrew, Chinese, Japanese,
Korean, Thai, Khmer, Amharic, Hindi... ("her name is فاطمة", "I called 김민준's mother").

Every other rule finds a name by its capital first, and such a name has none: on the lists
or not, it was found only where the learned model happened to score it. Here it is found by
what stands around it, as a participant would read it: a cue that names ("her name is", "goes
by", "signed as"), a title or a kin word before it ("Mr.", "grandma"), a verb that takes a
person before it ("met", "asked") or that only a person does after it ("said", "told"), a
possessive, or a name in Latin letters beside it in brackets or in the same list ("فاطمة
(Fatima)", "Maria, 王小明 and José"). A word of such a script with none of these is left
alone: in an English text it is more often a greeting, a place, a dish or a document's title
("شكرا", "서울", "出生证明") than a person.
"""

from __future__ import annotations

import re
import unicodedata

from .lexicon import OBJECT_VERB, ROLE, STRONG_VERB, TITLE, TITLE_ABBR, lexicon
from .wordlists import alternation

# The Unicode blocks of scripts whose letters have no case (Hebrew, Arabic, Syriac, Thaana,
# the scripts of India, Thai and Lao, Tibetan, Myanmar, Georgian, Hangul jamo, Ethiopic,
# Khmer, Mongolian, the Chinese, Japanese and Korean blocks, Arabic and Hebrew presentation
# forms, half-width katakana, and the CJK ideographs beyond the first plane). A run of them
# holds digits and stops too, which _words cuts out.
_UNCASED = ("\u0590-\u08ff\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u10d0-\u10ff\u1100-\u11ff"
            "\u1200-\u139f\u1780-\u18af\u2e80-\u2fdf\u3005\u3040-\u30ff\u3100-\u31ff"
            "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\ufb1d-\ufdff"
            "\ufe70-\ufefc\uff66-\uff9f\U00020000-\U0003134f")
_RUN = re.compile(f"[{_UNCASED}]+")
HAS_UNCASED = re.compile(f"[{_UNCASED}]")  # (what rule_names asks first, in C)
# The dot between a Japanese name's parts ("マリア・ロペス"), which joins them as a space does
_NAME_DOT = "\u30fb"

# A cue that says a name follows, at the end of what stands before the word: "her name is",
# "Name:", "goes by", "signed as" ([names-named-after-phrases]), perhaps with "as" ("signed her
# name as"), then perhaps a colon, a dash, an opening quote or bracket
_NAMED_BEFORE = re.compile(
    rf"(?:^|\W)(?:{alternation('names-named-after-phrases')})(?:\s+as)?\s*[:\-–—]?\s*"
    r"[\"“‘'(]?\s*$",
    re.IGNORECASE)
# ... and "name(s) in Korean is", "his name in Arabic was"
_NAME_IN_A_LANGUAGE = re.compile(
    r"(?:^|\W)names? (?:in|written in) [A-Z][a-z]+ (?:is|was|are|were)\s*[:\-–—]?\s*"
    r"[\"“‘'(]?\s*$", re.IGNORECASE)
# "is called", "was called": the thing's name, not a call ("the form is called 出生证明")
_IS_CALLED = re.compile(r"(?:^|\W)(?:is|was|are|were|it's|it’s|'s|’s) called\s*$",
                        re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[\s\"“‘'(]*$")
_VERB_WITH_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:with|to)\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[\s\"”’')]*([^\W\d_]+)")
_LIST_JOINER_BEFORE = re.compile(r"(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&|or)\s+)$")
_LIST_JOINER_AFTER = re.compile(r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|or)\s+)")
_BRACKET_AFTER = re.compile(r"\s*[(\[]\s*")
_REACH = 60  # characters read before a word for a cue


def _letter_or_mark(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch)[0] == "M"


def _words(text: str) -> list[tuple[int, int]]:
    """Spans of the words of text in an uncased script, words standing one space or a
    Japanese name's dot apart taken together (a name and a surname: "فاطمة أحمد")."""
    spans: list[tuple[int, int]] = []
    for run in _RUN.finditer(text):
        start = None
        for k in range(run.start(), run.end() + 1):
            inside = k < run.end() and (_letter_or_mark(text[k]) or text[k] == _NAME_DOT
                                        and start is not None)
            if inside and start is None:
                start = k
            elif not inside and start is not None:
                end = k
                while text[end - 1] == _NAME_DOT:
                    end -= 1
                if spans and text[spans[-1][1]:start] == " ":
                    spans[-1] = (spans[-1][0], end)
                else:
                    spans.append((start, end))
                start = None
    return spans


def _flags(word: str) -> int:
    return lexicon().get(word.lower(), 0)


def _found_at(found: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a name found overlaps text[start:end]."""
    return any(s < end and start < e for s, e in found)


def _named_by_what_stands_around(text: str, start: int, end: int,
                                 found: list[tuple[int, int]]) -> bool:
    before = text[max(0, start - _REACH):start]
    if _NAMED_BEFORE.search(before) or _NAME_IN_A_LANGUAGE.search(before):
        return True
    after = text[end:end + _REACH]
    if after[:2] in ("'s", "’s"):
        return True  # "I called 김민준's mother"
    word = _WORD_BEFORE.search(before)
    if word is not None and text[start - 1:start] in (" ", ".", "\"", "“", "‘", "'", "(") \
            and not _IS_CALLED.search(before):
        flags = _flags(word.group(1))
        if flags & (TITLE | TITLE_ABBR | ROLE | OBJECT_VERB):
            return True  # "Mr. 王", "grandma 김", "the mother فاطمة", "met 王小明"
    verb = _VERB_WITH_BEFORE.search(before)
    if verb is not None and _flags(verb.group(1)) & OBJECT_VERB:
        return True  # "talked to 김민준", "met with فاطمة"
    nxt = _WORD_AFTER.match(after)
    if nxt is not None and _flags(nxt.group(1)) & STRONG_VERB:
        return True  # "王小明 said", "فاطمة told me"
    # beside a name in Latin letters: in brackets ("فاطمة (Fatima)", "Fatima (فاطمة)"), or in
    # the same list ("Maria, 王小明 and José")
    bracket = _BRACKET_AFTER.match(after)
    if bracket is not None and _found_at(found, end + bracket.end(), end + bracket.end() + 1):
        return True
    if before.rstrip(" [").endswith("(") and after.lstrip()[:1] in (")", "]"):
        opened = before.rstrip(" [")[:-1].rstrip()
        if opened and _found_at(found, start - len(before) + len(opened) - 1,
                                start - len(before) + len(opened)):
            return True
    joiner = _LIST_JOINER_BEFORE.search(before)
    if joiner is not None and _found_at(found, start - len(before) + joiner.start() - 1,
                                        start - len(before) + joiner.start()):
        return True
    joiner = _LIST_JOINER_AFTER.match(after)
    return joiner is not None and _found_at(found, end + joiner.end(), end + joiner.end() + 1)


def names_in_uncased_scripts(text: str, found: list[tuple[int, int]]) \
        -> list[tuple[int, int]]:
    """The names of text written in a script with no capitals, that what stands around each
    says is a person's (see above); none that a name found already covers."""
    names = []
    for start, end in _words(text):
        if _found_at(found, start, end):
            continue  # (found already, by the model)
        if _named_by_what_stands_around(text, start, end, found):
            names.append((start, end))
    return names
