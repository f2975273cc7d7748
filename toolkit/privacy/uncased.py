"""Names written in a script that has no capital letters: Arabic, Hebrew, Chinese, Japanese,
Korean, Thai, Khmer, Amharic, Hindi... ("her name is فاطمة", "I called 김민준's mother").

Every other rule finds a name by its capital first, and such a name has none: on the lists
or not, it was found only where the learned model or a rule for chat in lowercase happened to
take it. Here it is found by what stands around it, as a participant would read it:
- a cue that names ("her name is", "goes by", "signed as", "listed as", "名前:");
- a title of its own script, apart or joined to it ("السيدة رنا", "田中さん", "ဦးဇော်ဝင်း");
- a title, a kin word or a role before it ("Mr.", "grandma", "the interpreter, ..."), or a
  role, an age or a name in Latin letters in brackets after it ("山本美咲 (mother)", "刘雪 (9)",
  "فاطمة (Fatima)");
- a verb that takes a person before it ("met", "talked to") or one only a person does after
  it ("said", "told"), or a possessive ("김민준's mother");
- a name found beside it in the same list ("Maria, 王小明 and José").
A word of such a script with none of these is left alone: in an English text it is more often
a greeting, a language, a place, a dish or a document's title ("شكرا", "বাংলা", "서울",
"出生证明") than a person; after "in", "from" or "at" it is a place.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right, insort

from .lexicon import (FAMILY, FUNCTION, OBJECT_VERB, PERSON_VERB, ROLE, STRONG_VERB, TITLE,
                      TITLE_ABBR, lexicon)
from .wordlists import alternation, entries, words

# The Unicode blocks of scripts whose letters have no case (Hebrew, Arabic, Syriac, Thaana,
# N'Ko, the scripts of India, Thai and Lao, Tibetan, Myanmar, Georgian, Hangul jamo,
# Ethiopic, Canadian syllabics (Cree, Inuktitut, Ojibwe), Khmer, Mongolian, Tai Le, Balinese,
# Tifinagh, Yi, Vai, Bamum, Javanese, the Chinese, Japanese and Korean blocks, Arabic and
# Hebrew presentation forms, half-width katakana, and the CJK ideographs beyond the first
# plane). A run of them holds digits and stops too, which _words cuts out. A word of letters
# with no case outside these blocks, which name_model and the lowercase rules leave too (they
# ask the word itself: no letter in capitals or in lowercase), would be found by no rule.
_UNCASED = ("\u0590-\u08ff\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u10d0-\u10ff\u1100-\u11ff"
            "\u1200-\u139f\u1400-\u167f\u1780-\u18ff\u1950-\u19df\u1b00-\u1b7f\u2d30-\u2d7f"
            "\ua000-\ua4cf\ua500-\ua63f\ua6a0-\ua6ff\ua980-\ua9df"
            "\u2e80-\u2fdf\u3005\u3040-\u30ff\u3100-\u31ff"
            "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\ufb1d-\ufdff"
            "\ufe70-\ufefc\uff66-\uff9f\U00020000-\U0003134f")
_RUN = re.compile(f"[{_UNCASED}]+")
HAS_UNCASED = re.compile(f"[{_UNCASED}]")  # (what rule_names asks first, in C)
# The dot between a Japanese name's parts ("マリア・ロペス"), which joins them as a space does
_NAME_DOT = "\u30fb"

# A cue that says a name follows, at the end of what stands before the word: "her name is",
# "Name:", "goes by", "signed as", "名前:" ([names-named-after-phrases]), perhaps with "as"
# ("signed her name as"), then perhaps a colon, a dash, an opening quote or bracket
_NAMED_BEFORE = re.compile(
    rf"(?:^|\W)(?:{alternation('names-named-after-phrases')})(?:\s+as)?"
    r"\s*[:：\-–—]?\s*[\"“‘'(]?\s*$",
    re.IGNORECASE)
# ... "name(s) in Korean is", "his name in Arabic was", "Child's name (as written):"; "lists
# the child only as", "was registered as" ([listing-verbs])
_NAME_IN_A_LANGUAGE = re.compile(
    r"(?:^|\W)names?(?: (?:in|written in) [A-Z][a-z]+ (?:is|was|are|were)\s*[:\-–—]?"
    r"|\s*\([^()]*\)\s*[:：])\s*[\"“‘'(]?\s*$", re.IGNORECASE)
_LISTED_AS = re.compile(rf"(?:^|\W)(?:{alternation('listing-verbs')})\b[^.;:!?]{{0,30}}?"
                        r"\bas\s*[\"“‘'(]?\s*$", re.IGNORECASE)
# "is called", "was called": a thing's name, not a call ("the form is called 出生证明"), but
# a person's after a pronoun or a role ("the little one is called さくら")
_IS_CALLED = re.compile(r"(?:^|\W)(\w+)?\W*(?:is|was|are|were|it's|it’s|'s|’s) called\s*$",
                        re.IGNORECASE)
_CALLED_ONES = words("called-ones")
_CLAUSE_OPENERS = words("clause-openers")
# a heading of people before a colon: "Children in the home:", "Household members:"
_HEADING_BEFORE = re.compile(r"(?:^|[.;!?\n])\s*([^\W\d_]+(?:[ '’-][^\W\d_]+){0,3})\s*[:：]\s*$")
_PEOPLE_HEADINGS = words("people-heading-words")
_LETTERS = re.compile(r"[^\W\d_]+")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[\s\"“‘'(]*$")
_VERB_WITH_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:with|to)\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[\s\"”’')]*([^\W\d_]+)")
# a role set off by commas: "The Dari interpreter, فرشته کریمی, reminded", "ဦးဇော်ဝင်း, the
# father, asked"
_ROLE_BEFORE_A_COMMA = re.compile(r"([^\W\d_]+),\s*$")
_ROLE_AFTER_A_COMMA = re.compile(
    r",\s+(?:the|her|his|their|my|our|a|an)\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?")
# what only a person does after the word ([acts-after-a-name-phrases]), and a role said of it
_ACTS_AFTER = re.compile(rf"\s+(?:{alternation('acts-after-a-name-phrases')})\b", re.IGNORECASE)
_A_ROLE_AFTER = re.compile(r"\s+(?:is|was)\s+(?:the|her|his|their|my|our|a|an)\s+"
                           r"([^\W\d_]+)(?:\s+([^\W\d_]+))?", re.IGNORECASE)
_AGE_AFTER = re.compile(r",\s*(?:age|aged)\b|,\s*\d{1,2}\s*(?:,|yo\b|y/o\b|years?\b|$)",
                        re.IGNORECASE)
_LIST_JOINER_BEFORE = re.compile(r"(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&|or)\s+)$")
_LIST_JOINER_AFTER = re.compile(r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|or)\s+)")
# "the 박 family", "The أحمد household": a family's name between "the" and a family's word
_THE_BEFORE = re.compile(r"(?:^|\W)the\s+$", re.IGNORECASE)
_FAMILY_AFTER = re.compile(rf"\s+(?:{alternation('family-after-a-surname')})\b", re.IGNORECASE)
_IN_BRACKETS = re.compile(r"\s*[(\[]\s*(?:(\d{1,2})\s*(?:[,)\]]|yo\b|y/o\b|years?\b)"
                          r"|([^\W\d_]+))")
_REACH = 60  # characters read before a word for a cue
# Titles of the names' own scripts, a word apart or joined to the name ("السيدة رنا",
# "ወይዘሮ መሰረት"; "ဦးဇော်ဝင်း", "คุณสมชาย"), and after it ("민준 씨", "सुनील जी"; "田中さん",
# "王先生"): the name is what is left
_TITLES_BEFORE = words("titles-before-a-name-in-its-script")
_TITLES_AFTER = words("titles-after-a-name-in-its-script")
_JOINED_BEFORE = entries("titles-joined-before-a-name")
_JOINED_AFTER = entries("titles-joined-after-a-name")
# Where a word is a place: "in 台北", "from 서울", "at 東京"
_PLACE_BEFORE = words("place-prepositions")
# Verbs that take a person ("met", "asked") but a language too, a word apart: "speak አማርኛ"
_LANGUAGE_VERBS = words("language-verbs")


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


class _Found:
    """The names found so far, in order of their starts, for the questions asked of them at a
    place: a binary search, not a look at every name (a pasted roster holds thousands)."""

    def __init__(self, text: str, spans: list[tuple[int, int]]):
        self.text = text
        self.spans = sorted(spans)

    def add(self, span: tuple[int, int]) -> None:
        insort(self.spans, span)

    def _near(self, place: int) -> list[tuple[int, int]]:
        """The few names that start at or before place, the last first: those that may hold
        it (names seldom overlap; a longer one is given over its part, see below)."""
        k = bisect_right(self.spans, (place, _END))
        return self.spans[max(0, k - 3):k][::-1]

    def covers(self, start: int, end: int) -> bool:
        """Whether one name holds text[start:end] whole."""
        return any(s <= start and end <= e for s, e in self._near(start))

    def in_capitals_at(self, place: int) -> bool:
        """Whether a name, not one in lowercase (a word as often as a name: "jasmine"),
        stands at place."""
        return any(s <= place < e and not self.text[s:e].islower() for s, e in self._near(place))


_END = 1 << 62  # (a span's end beyond any text's: sorts after every span starting at a place)


def _opens_a_clause(before: str) -> bool:
    """Whether a word after before stands where a clause's subject does: first, after a stop,
    a colon, a comma or an opening quote, or after a word that opens a clause ("and", "when":
    [clause-openers]); not where it is a verb's object ("has نور painted on it")."""
    core = before.rstrip(" \"“‘'(")
    if not core or core[-1] in ".!?:;,\n—–-":
        return True
    word = _WORD_BEFORE.search(core)
    return word is not None and word.group(1).lower() in _CLAUSE_OPENERS


def _a_role(said: re.Match | None) -> bool:
    """Whether the noun after an article or an owner is a role or a kin word: the word after
    it, past an adjective ("the older daughter"), or that word itself where a function word,
    a verb or nothing follows ("the father and", "the father, asked"; not "the birth
    certificate", where a role's word is the certificate's)."""
    if said is None:
        return False
    first, second = said.groups()
    if second is not None and _flags(second) & ROLE:
        return True
    return bool(_flags(first) & ROLE) and (
        second is None or bool(_flags(second) & (FUNCTION | PERSON_VERB | STRONG_VERB)))


def _without_titles(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the name in text[start:end] once a title of its script is taken off, a word
    apart or joined, before or after it; None if it holds none (or nothing but one)."""
    span = text[start:end]
    first, _, rest = span.partition(" ")
    if rest and first in _TITLES_BEFORE:
        return start + len(first) + 1, end
    head, _, last = span.rpartition(" ")
    if head and last in _TITLES_AFTER:
        return start, start + len(head)
    if first not in _TITLES_BEFORE:
        for title in _JOINED_BEFORE:
            if len(first) > len(title) + 1 and first.startswith(title):
                return start + len(title), end
    if last not in _TITLES_AFTER:
        for title in _JOINED_AFTER:
            if len(last) > len(title) + 1 and last.endswith(title) and last[0] != "お":
                return start, end - len(title)
    return None


def _named_by_what_stands_around(text: str, start: int, end: int, found: _Found) -> bool:
    before = text[max(0, start - _REACH):start]
    if _NAMED_BEFORE.search(before) or _NAME_IN_A_LANGUAGE.search(before) \
            or _LISTED_AS.search(before):
        return True
    heading = _HEADING_BEFORE.search(before)
    if heading is not None and any(
            word.lower() in _PEOPLE_HEADINGS or _flags(word) & (ROLE | FAMILY)
            for word in _LETTERS.findall(heading.group(1))):
        return True  # "Children in the home: ዳዊት, ሳባ, ሄኖክ" (the list's others follow it)
    called = _IS_CALLED.search(before)
    if called is not None and called.group(1) and (
            called.group(1).lower() in _CALLED_ONES or _flags(called.group(1)) & ROLE):
        return True  # "she is called さくら", "the baby is called 陽菜"
    after = text[end:end + _REACH]
    if after[:2] in ("'s", "’s"):
        return True  # "I called 김민준's mother"
    word = _WORD_BEFORE.search(before)
    if word is not None and word.group(1).lower() in _PLACE_BEFORE:
        return False  # "grandmother in 台北 called"
    verb = _VERB_WITH_BEFORE.search(before)
    if verb is not None and _flags(verb.group(1)) & OBJECT_VERB:
        return True  # "talked to 김민준", "met with فاطمة"
    if word is not None and text[start - 1:start] in (" ", ".", "\"", "“", "‘", "'", "(") \
            and called is None and word.group(1).lower() not in _LANGUAGE_VERBS \
            and _flags(word.group(1)) & (TITLE | TITLE_ABBR | ROLE | OBJECT_VERB):
        return True  # "Mr. 王", "grandma 김", "the mother فاطمة", "met 王小明"
    role = _ROLE_BEFORE_A_COMMA.search(before)
    if role is not None and _flags(role.group(1)) & ROLE:
        return True  # "The older daughter, پروین, works nights"
    if _a_role(_ROLE_AFTER_A_COMMA.match(after)):
        return True  # "ဦးဇော်ဝင်း, the father, asked", "X, the older daughter, works"
    nxt = _WORD_AFTER.match(after)
    if (nxt is not None and _flags(nxt.group(1)) & STRONG_VERB or _ACTS_AFTER.match(after)) \
            and _opens_a_clause(before):
        return True  # "王小明 said", "and فاطمة told me", "သီတာ goes by Thida"
    if _THE_BEFORE.search(before) and _FAMILY_AFTER.match(after):
        return True  # "the 박 family in our system", "The 王 family asked"
    if _AGE_AFTER.match(after):
        return True  # "سهراب, age six, keeps asking", "ዳዊት, 7, and his sister"
    if _a_role(_A_ROLE_AFTER.match(after)):
        return True  # "ສົມພອນ is the grandfather", "X is her youngest son"
    bracketed = _IN_BRACKETS.match(after)
    if bracketed is not None:
        age, inside = bracketed.groups()
        if age is not None and int(age) <= 25 or inside is not None and (
                _flags(inside) & ROLE or found.in_capitals_at(end + bracketed.start(2))):
            return True  # "刘雪 (9)", "山本美咲 (mother)", "فاطمة (Fatima)"
    # beside a name found: in brackets after it ("Fatima (فاطمة)"), or in the same list
    # ("Maria, 王小明 and José")
    if before.rstrip(" [").endswith("(") and after.lstrip()[:1] in (")", "]"):
        opened = before.rstrip(" [")[:-1].rstrip()
        if opened and found.in_capitals_at(start - len(before) + len(opened) - 1):
            return True
    joiner = _LIST_JOINER_BEFORE.search(before)
    if joiner is not None and found.in_capitals_at(start - len(before) + joiner.start() - 1):
        return True
    joiner = _LIST_JOINER_AFTER.match(after)
    return joiner is not None and found.in_capitals_at(end + joiner.end())


def names_in_uncased_scripts(text: str, found: list[tuple[int, int]]) \
        -> list[tuple[int, int]]:
    """The names of text written in a script with no capitals, that what stands around each
    says is a person's (see above). One that a name found already covers whole is left; one
    found in part ("ბერიძე" of "გიორგი ბერიძე") is given whole, which scanner.scan keeps over
    the part. Read twice, so that a list's names after the first one found are found too
    ("إبراهيم، رنا، and the baby, سارة")."""
    names: list[tuple[int, int]] = []
    taken: set[tuple[int, int]] = set()
    known = _Found(text, found)
    spans = _words(text)
    for _ in range(2):
        for start, end in spans:
            if known.covers(start, end):
                continue
            name = _without_titles(text, start, end)
            if name is None and _named_by_what_stands_around(text, start, end, known):
                name = (start, end)
            if name is not None and name not in taken:
                names.append(name)
                taken.add(name)
                known.add(name)
    return names
