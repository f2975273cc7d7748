"""A second opinion on names, learned from the labelled corpus, for the names the rules miss.

The rules in names.py and casing.py each need a cue a person wrote down ("said", "Mr.", "w/"),
and a new writer brings cues nobody listed: on text written after the rules, they missed one
name in five at first, and still one in eight to one in ten. So every word the rules leave
that could be a name (on a name list, or on no list at all) is also scored by weights learned
from the corpus in bench/corpus/: what the word is (its lists, its shape, its ending), what
stands on either side of it, what the rules made of it and how the whole line is written (a
text message in lowercase, a title). A word scoring above the threshold is a name.

The weights live in data/name-model.json, made by scripts/train_name_model.py from the corpus,
so a facilitator's new labelled lines change the model by re-running that script, not by code.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import re
from itertools import chain, repeat

from .casing import COUNTY_NOUNS
from .context import PROCEEDINGS_AFTER
from .cues import IDIOM_OPENING, NUMBERED_VEHICLES, covers_things, on_a_person
from .lexicon import (ALSO_WORD, COMMON, FIRST, FUNCTION, LAST, MONTH, NAME_FIRST, NOT_NAME, ORG,
                      PERSON_VERB, PLACE, ROLE, STATE, STATE_CODE, TITLE, WORD, lexicon)
from .mixed_languages import little_words
from .romanized import CASED_SCRIPTS
from .text_wide import covered, holds
from .tokens import (INITIAL, LOWER_VIRTUES, NEVER_SCORED_EVEN_SO, SCORED_CAPITALIZED, Token,
                     opens_a_title)
from .wordlists import alternation, entries, words

FILE = "name-model.json"
_SHOWN = f"toolkit/privacy/data/{FILE}"
REACH = 3.0
# What an everyday word typed in lowercase ("sunny", "will") must pass beyond the threshold:
# 0.5 found as many more names as no margin with no more false flags (see is_candidate). When
# the threshold came down from 1.0 to 0.5 (2026-12-01, fourteenth session), the margin went
# up to 1.0, so that such a word needs what it needed before (1.5). At 0.35 and then 0.2
# (seventeenth session), and at 0.0 (fifty-sixth), the margin stayed: the folds that chose the
# threshold used it.
LOWER_WORD_MARGIN = 1.0
# And what a given name that is a title's word or a month must pass beyond the threshold
# (is_candidate: "Justice", "June"), which as often stands as the title or the month: six
# folds (twenty-second session, 108 files, at 0.2) gave names 21,150 for 974 false flags with
# no margin, 21,143 for 973 at 0.5 and 21,137 for 971 at 1.0 (the rules alone, not scoring
# them, 21,127 for 975); at 0.5 "Justice was placed on the docket for Monday" stays clear.
# A season's word capitalized needs it too ("Summer did great for the program"): on the corpus
# of the thirty-ninth session it cost one name of 27,577 and one of the blind sets' 6,250.
# When the threshold came down from 0.2 to 0.0 (fifty-sixth session), the margin went up from
# 0.5 to 0.7, so that such a word needs what it needed before ("Summer is 3 months away"
# stays clear): seven names of 52,697 fewer on the tuning files, one false flag fewer.
TITLE_OR_MONTH_MARGIN = 0.7
_EMPTY: dict[str, float] = {}
# A modal opening a question, then whom it asks of ("will ur mom come", "will she sign"):
# the word is the question's verb, whatever a name it is too
_MODALS = words("question-modals")
_ASKED_OF = words("asked-of-after-a-modal")
# A season, then how long it lasts ("Summer - 2 weeks of camp", "winter: 3 weeks off"): the
# season's length, not a child called Summer and her age ("Summer - 2 weeks old")
_SEASONS = words("seasons")
# The first words of the idioms a word-name may open (cues.IDIOM_OPENING): looked up before
# the pattern is tried on a word in lowercase
_IDIOM_FIRSTS = frozenset(phrase.split()[0] for phrase in entries("word-name-idiom-phrases"))
# A season, a modal if any, then what a season does with no object after it ("Summer will
# start soon", "Winter ends in March"), not a child ("Summer will start the program")
_A_SEASON_S_COURSE = re.compile(
    rf"(?: (?:will|would|should|is going to|is|was|has|had))?"
    rf" (?:{alternation('a-season-runs-its-course')})"
    rf"(?:[.!?,;:]|$| (?:{alternation('after-a-season-s-course')})\b)", re.IGNORECASE)
# ... or how a season went for the work, a team or a programme ("Summer did great for the
# program", "Winter was slow for us"), not for a child ("Summer did great at the visit")
_A_SEASON_FOR_THE_WORK = re.compile(
    rf" (?:did|went|was) (?:{alternation('how-a-season-went')}) for (?:the|our|us)\b",
    re.IGNORECASE)
# A plant's word in lowercase, alone or joined by "and" to another, before what grows of it
# ("rose and ivy bushes out front", "the holly and ivy wreath"): the plants, not Rose
_PLANT_AFTER = re.compile(rf"(?: and [a-z]+)? (?:{alternation('plant-nouns')})\b")
# "AM" and "PM" in capitals, where the text names the other half of the day too (read once a
# text: a long log holds hundreds of "AM"s, bench/privacy.py times one)
_HALF_DAYS = {"AM": re.compile(r"\bPM\b"), "PM": re.compile(r"\bAM\b")}
_SPAN_OF_TIME = re.compile(rf"\W{{0,3}}\d+ (?:{alternation('lengths-of-a-season')})\b(?! old)")
# A month's day after a month that is a given name too ("meet with June 2 at 3pm", "May 5th"),
# not an age ("June 2 yo", "May, 2 years")
_DAY_AFTER = re.compile(r" (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b"
                        r"(?!\s*(?:yo|y/o|yrs?|years?|mos?|months?)\b)", re.IGNORECASE)
# A unit's words ("Room AB", "Suite C", "Bldg DH"): the capitals after one are its letters
_UNIT_WORDS = words("unit-words")
# The flags a word's own lists give it, as one letter each, in one feature: "Fcw" is a given
# name that is an everyday word too.
_FLAG_LETTERS = ((FIRST, "F"), (LAST, "L"), (COMMON, "c"), (WORD, "w"), (ALSO_WORD, "a"),
                 (NAME_FIRST, "n"), (ROLE, "r"), (TITLE, "t"), (PLACE, "p"), (NOT_NAME, "x"),
                 (MONTH, "m"), (PERSON_VERB, "v"), (FUNCTION, "f"), (ORG, "o"), (STATE, "s"))
# Rules whose "not a name" rests on what the words are, not on missing context: a street, a
# place, an organisation, a holiday; a wish ("Hi Hope you are well": names.after_a_greeting
# says no only then; "Hope this helps.": names._a_wish). The model does not overrule them.
SURE_NOT_NAMES = frozenset((
    "after_a_greeting", "lone_word_never_a_name", "street_or_listed_things", "place_in_use",
    "country_or_state", "town_in_a_place_context", "hospital_by_its_name", "a_people_not_a_person",
    "organisation", "place_prefix", "place_phrase_or_event", "holiday_brand_agency_or_role",
    "place_once_trimmed", "a_thing_or_a_pet", "town_in_lowercase", "public_figure", "pseudonym",
    "abstract_subject", "said_to_be_no_person", "pet_in_lowercase", "a_wish",
    "place_in_a_field_or_heading", "a_school_one_gets_into",
))


# Capitals of two or three letters on no list ("KB", "JMR"), or a state's code only ("NM"),
# standing alone: the rules take an acronym alone for no name (names.lone_word_never_a_name),
# but in a worker's notes they are as often a person's initials ("met w/ LM re: late
# contacts", "KB and LM need transport"), which the lists of agencies' and roles' acronyms do
# not hold. The model reads them, but after "to", where notes' shorthand is a verb ("unable to
# LM": leave a message), and a state's code where a state stands (sure_not_a_name).
_VERB_MARKERS = words("before-shorthand-verbs")
_BEFORE_A_STATE = words("before-a-state-code")
_NUMBER_SIGN_AFTER = re.compile(r" ?# ?\d")


def sure_not_a_name(text: str, toks: list[Token], i: int, verdict: str) -> bool:
    """Whether the rules' verdict on word i is one the model does not overrule
    (SURE_NOT_NAMES), but for unlisted capitals read as initials (see above), unless a
    number sign and a number follow them (a record's letters: "CR# 24-118832"), and a
    state's code alone but where a state stands: after a preposition or beside a slash ("moved
    to TX", "CA/NV kids")."""
    if verdict not in SURE_NOT_NAMES:
        return False
    tok = toks[i]
    if not (verdict == "lone_word_never_a_name" and not tok.bits & ~STATE_CODE
            and 2 <= len(tok.raw) <= 3 and tok.raw.isupper()):
        return True
    before = toks[i - 1] if i else None
    if before is not None and before.low in _VERB_MARKERS:
        return True
    if _NUMBER_SIGN_AFTER.match(text, tok.end):
        return True  # "CR# 24-118832 has the narrative": a record's letters before its number
    if tok.bits & STATE_CODE:
        after = toks[i + 1] if i + 1 < len(toks) else None
        return before is not None and (before.low in _BEFORE_A_STATE
                                       or "/" in text[before.end:tok.start]) \
            or after is not None and "/" in text[tok.end:after.start]
    return False


@functools.lru_cache(maxsize=None)  # a few hundred combinations of lists occur
def _flags(bits: int) -> str:
    return "".join(letter for bit, letter in _FLAG_LETTERS if bits & bit) or "-"


@functools.lru_cache(maxsize=8192)  # read for every word scored, on words that recur
def _shape(raw: str) -> str:
    if raw.isupper():
        return f"U{min(len(raw), 4)}"
    kind = "C" if raw[0].isupper() else "l"
    if "-" in raw:
        kind += "-"
    if "'" in raw or "’" in raw:
        kind += "'"
    if any(c.isupper() for c in raw[1:]):
        kind += "M"  # "McKenzie", "DeShawn"
    return kind + ("1" if len(raw) == 1 else "2" if len(raw) <= 3 else "")


def _gap(text: str) -> str:
    gap = text[-3:] if len(text) > 3 else text
    return "".join(["0" if c.isdigit() else c for c in gap]) or "^"  # (a list: join is faster)


_NEVER = FUNCTION | NOT_NAME | ROLE | TITLE | MONTH
_ENGLISH = COMMON | WORD
_EVERYDAY = _ENGLISH | ALSO_WORD  # what must pass LOWER_WORD_MARGIN in lowercase (see names)
_NAMES = FIRST | LAST


def is_candidate(tok: Token) -> bool:
    """A word worth scoring: on a name list, or on no list at all ("Hibaaq", "KT"); never a
    word the lists call a role, title, month or function word, nor an English word that no
    name list holds, capitalized or not ("Court", "mom"), nor a word of four capitals or more
    (names in capitals are casing.capitals_names' business).

    But a given name that is also a title's word or a month, capitalized ("Justice",
    "Deacon", "June"), is scored: the rules find such a name only by a cue of a person, and
    the model learns where it stands as a name and where as a judge or a month ("Justice
    got his braces off", not "Justice Alito wrote"; "June cried", not "In June"). Six folds
    of the 108 tuning files (twenty-second session, at 0.2, with TITLE_OR_MONTH_MARGIN):
    names 21,127 -> 21,143 of 23,142, false flags 975 -> 973 of 33,477.

    An everyday word that is a given name too is scored capitalized, and in lowercase too
    ("sunny", "will", "hunter"): chat writes names so. Once (2026-11-30, 17 files) leaving the
    lowercase ones to the rules gave the same recall with fewer false flags; with the chat
    files written since, scoring them finds more on files the model never read, and with the
    virtues left to the rules ("faith is at her core": tokens.LOWER_VIRTUES) and a margin
    above the threshold (LOWER_WORD_MARGIN), no more false flags (2026-12-01, 42 files, each
    left out in turn: names 0.929 -> 0.933, precision 0.970, false flags 126 of 9,803 either
    way; with no margin 0.934, 131). A surname that is a word and no given name ("woods",
    "cook") is still left to the rules in lowercase. Nor a word in lowercase on no list that
    ends in "ly", a misspelt adverb ("definately went to bed"), as lowercase_names leaves it
    too.

    Nor a word of a script with no capitals ("王小明", "شكرا"): uncased.py finds those names by
    what stands around them. Learned, their labels taught the model that a word no list knows
    is a name, on every script: with the tuning file of such names (extra106) and the words
    scored, blind false flags went from 73 to 83 for 7 names more.

    Nor a word of Cyrillic, Greek or Armenian ("Олена", "Ελένη"): the rules read those with
    the flags of their Latin spellings (romanized.py). Learned from the tuning file of such
    names (extra108), they moved the model's reading of English words ("Hope has a way of
    showing up" became a name). Left out of both training and scoring (twenty-eighth
    session): every blind set as before; extra108 names 0.741, 12 false flags of 190 (scored
    but not learned, 0.777 and 12, but scoring must be what training read); extra106 names
    0.909 -> 0.883, the Cyrillic and Greek names the model took in English sentences (in a
    list, before a gloss in brackets).
    """
    bits = tok.bits
    if bits & _NEVER and not (bits & SCORED_CAPITALIZED and bits & FIRST and tok.cap
                              and not bits & NEVER_SCORED_EVEN_SO) \
            or len(tok.low) < 2 and not tok.raw.isupper() \
            or len(tok.raw) > 3 and tok.raw.isupper():
        return False
    if not bits and tok.low.endswith("ly") and tok.raw.islower():
        return False  # an adverb no list knows, misspelt: "definately went to bed"
    if not bits and tok.raw.upper() == tok.raw.lower():
        return False  # a word of a script with no capitals: uncased.py reads those
    if not tok.raw.isascii() and CASED_SCRIPTS.search(tok.raw):
        return False  # Cyrillic, Greek, Armenian: the rules, with romanized.py's flags
    if bits & _ENGLISH:
        return bool(bits & _NAMES) and tok.cap \
            or bool(bits & FIRST) and tok.raw.islower() and tok.low not in LOWER_VIRTUES
    return True


def register(text: str, toks: list[Token]) -> str:
    """How the whole line is written: "l" with no capital at all (a text message, where a
    name is as lowercase as any word), "U" in capitals, "T" with most words capitalized (a
    title, where a capital says little), "m" as prose is."""
    if text.lower() == text:
        return "l"
    if text.isupper():
        return "U"
    if len(toks) >= 4 and sum(1 for tok in toks if tok.cap) * 5 >= len(toks) * 3:
        return "T"
    return "m"


def word_features(tok: Token) -> list[tuple[str, str]]:
    """What the word itself says, wherever it stands: the word, its ending, lists and shape."""
    low = tok.low
    flags = _flags(tok.bits)
    shape = _shape(tok.raw)
    feats = [("bias", ""), ("w", low), ("s3", low[-3:]), ("s2", low[-2:]), ("shape", shape),
             ("flags", flags), ("flags_shape", flags + shape),
             ("poss", "1" if tok.poss else "0"), ("s4", low[-4:]), ("p3", low[:3])]
    for bit, letter in _FLAG_LETTERS[:4]:
        if tok.bits & bit:
            feats.append(("flag", letter + shape[0]))
    return feats


def context_features(text: str, toks: list[Token], i: int, verdict: str, reg: str = "m") \
        -> list[tuple[str, str]]:
    """What stands around word i, what the rules decided of the run holding it ("" when no
    rule read it), and how the word's shape and lists read in a line written as this one is
    (register). Model.context_score reads the same, faster: keep the two alike."""
    tok = toks[i]
    n = len(toks)
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < n else None
    own = _flags(tok.bits)
    feats = [("rule", verdict), ("start", "1" if tok.initial else "0"), ("reg", reg),
             ("reg_shape", reg + _shape(tok.raw)), ("reg_flags", reg + own),
             ("gb", _gap(text[prev.end if prev else 0:tok.start])),
             ("ga", _gap(text[tok.end:nxt.start if nxt else len(text)][:3]))]
    if prev is not None:
        pf = _flags(prev.bits) + ("C" if prev.cap else "l")
        feats += [("pw", prev.low), ("pf", pf), ("pff", pf + ">" + own)]
        if i > 1:
            feats.append(("pw2", toks[i - 2].low))
    else:
        feats.append(("pw", "^"))
    if nxt is not None:
        nf = _flags(nxt.bits) + ("C" if nxt.cap else "l")
        feats += [("nw", nxt.low), ("nf", nf), ("fnf", own + ">" + nf)]
        if i + 2 < n:
            feats.append(("nw2", toks[i + 2].low))
    else:
        feats.append(("nw", "$"))
    # The two words before it, and the two after, as pairs ("talked to", "is at"). They took
    # the place of the words either side as a pair (seventeenth session, six folds: at 0.2,
    # names 0.9317 for 803 false flags against 0.9294 for 802 at 0.35 without them; the pair
    # either side added nothing beside them, for 13,000 weights).
    feats += [("pb", (toks[i - 2].low if i > 1 else "") + "_" + (prev.low if prev else "^")),
              ("nb", (nxt.low if nxt else "$") + "_" + (toks[i + 2].low if i + 2 < n else ""))]
    return feats + _paired(feats, tok, verdict, reg)


def _paired(feats: list[tuple[str, str]], tok: Token, verdict: str, reg: str) \
        -> list[tuple[str, str]]:
    """The same context read again with the line's register, and the word's gaps, start and
    verdict with its lists and shape: a weight learned once for every line could not say that
    "hey" before a word in a text message is a greeting to a name while in prose it opens
    anything, nor that a full stop after a word on no list ends a sentence on a name while
    after an everyday word it says nothing. Chosen with six folds of the tuning files (the
    seventeenth session, 93 files, at the threshold 0.5 then): names 0.9223 -> 0.9277, false
    flags 807 -> 781 of 29,014."""
    d = dict(feats)
    fs = _flags(tok.bits) + _shape(tok.raw)
    return [("reg_pw", reg + d["pw"]), ("reg_nw", reg + d["nw"]),
            ("reg_gb", reg + d["gb"]), ("reg_ga", reg + d["ga"]),
            ("reg_pw2", reg + d.get("pw2", "")), ("reg_nw2", reg + d.get("nw2", "")),
            ("reg_pf", reg + d.get("pf", "")), ("reg_nf", reg + d.get("nf", "")),
            ("reg_st", reg + d["start"]), ("reg_w", reg + tok.low),
            ("fs_ga", fs + "|" + d["ga"]), ("fs_gb", fs + "|" + d["gb"]),
            ("fs_st", fs + "|" + d["start"]), ("fs_rule", fs + "|" + verdict)]


def features(text: str, toks: list[Token], i: int, verdict: str) -> list[tuple[str, str]]:
    """Everything the model reads of word i (scripts/train_name_model.py trains on this)."""
    return word_features(toks[i]) + context_features(text, toks, i, verdict,
                                                      register(text, toks))


class Model:
    """The weights, one table per template, with each word's own score remembered: a word's
    context changes from line to line, but what the word itself says does not. by holds the
    weights as the file gives them, in 1/scale (whole numbers, which JSON reads fastest: see
    parse); a score is their sum divided once by scale, not each weight divided at load."""

    def __init__(self, by: dict[str, dict[str, float]], threshold: float, scale: int = 1):
        self.by, self.threshold, self.scale = by, threshold, scale
        empty: dict[str, float] = {}
        # one table per template of context_features, looked up by value alone
        self._rule, self._start = by.get("rule", empty), by.get("start", empty)
        self._gb, self._ga = by.get("gb", empty), by.get("ga", empty)
        self._pw, self._pf = by.get("pw", empty), by.get("pf", empty)
        self._nw, self._nf = by.get("nw", empty), by.get("nf", empty)
        self._pw2, self._nw2 = by.get("pw2", empty), by.get("nw2", empty)
        self._pff, self._fnf = by.get("pff", empty), by.get("fnf", empty)
        self._reg, self._reg_shape = by.get("reg", empty), by.get("reg_shape", empty)
        self._reg_flags = by.get("reg_flags", empty)
        self._pb, self._nb = by.get("pb", empty), by.get("nb", empty)
        for template in ("reg_pw", "reg_nw", "reg_gb", "reg_ga", "reg_pw2", "reg_nw2", "reg_pf",
                         "reg_nf", "reg_st", "reg_w", "fs_ga", "fs_gb", "fs_st", "fs_rule"):
            setattr(self, "_" + template, by.get(template, empty))  # (_paired's)
        # and one per template of word_features, for word_score
        self._bias = by.get("bias", empty).get("", 0.0)
        self._w, self._s3, self._s2 = by.get("w", empty), by.get("s3", empty), by.get("s2", empty)
        self._shape, self._flags = by.get("shape", empty), by.get("flags", empty)
        self._flags_shape, self._poss = by.get("flags_shape", empty), by.get("poss", empty)
        self._s4, self._p3, self._flag = by.get("s4", empty), by.get("p3", empty), by.get(
            "flag", empty)
        # A word whose own score falls short of the threshold by more than REACH is taken for
        # no name without reading its context ("will", "hope"): a context lifts a score that
        # far for about one candidate in forty, and scoring them all cost three times as much
        # for the same names (scripts/train_name_model.py --cv, REACH 2 to 5).
        self.reach = threshold - REACH
        self._words: dict[tuple, float] = {}

    @property
    def table(self) -> dict[tuple[str, str], float]:
        """The weights keyed by (template, value), as features() names them."""
        scale = self.scale
        return {(t, v): w / scale for t, values in self.by.items() for v, w in values.items()}

    def weight(self, feature: tuple[str, str]) -> float:
        return self.by.get(feature[0], _EMPTY).get(feature[1], 0.0) / self.scale

    @classmethod
    def from_table(cls, table: dict[tuple[str, str], float], threshold: float) -> Model:
        by: dict[str, dict[str, float]] = {}
        for (template, value), weight in table.items():
            by.setdefault(template, {})[value] = weight
        return cls(by, threshold)

    def word_score(self, tok: Token) -> float:
        key = (tok.raw, tok.poss, tok.bits)  # what the word says, wherever it stands
        score = self._words.get(key)
        if score is None:
            if len(self._words) > 20_000:
                self._words.clear()
            # The weights of word_features' features, looked up in their tables by value
            # alone, with no (template, value) pair made: the same numbers, summed by sum() in
            # the same order (text never seen scores every word; keep the two alike).
            low, bits = tok.low, tok.bits
            flags, shape = _flags(bits), _shape(tok.raw)
            weights = [self._bias, self._w.get(low, 0.0), self._s3.get(low[-3:], 0.0),
                       self._s2.get(low[-2:], 0.0), self._shape.get(shape, 0.0),
                       self._flags.get(flags, 0.0), self._flags_shape.get(flags + shape, 0.0),
                       self._poss.get("1" if tok.poss else "0", 0.0),
                       self._s4.get(low[-4:], 0.0), self._p3.get(low[:3], 0.0)]
            for bit, letter in _FLAG_LETTERS[:4]:
                if bits & bit:
                    weights.append(self._flag.get(letter + shape[0], 0.0))
            score = self._words[key] = sum(weights) / self.scale
        return score

    def context_score(self, text: str, toks: list[Token], i: int, verdict: str,
                      reg: str = "m") -> float:
        tok = toks[i]
        n = len(toks)
        own = _flags(tok.bits)
        shape = _shape(tok.raw)
        fs = own + shape
        st = "1" if tok.initial else "0"
        score = (self._rule.get(verdict, 0.0) + self._start.get(st, 0.0)
                 + self._reg.get(reg, 0.0) + self._reg_shape.get(reg + shape, 0.0)
                 + self._reg_flags.get(reg + own, 0.0))
        # (the keys of _paired's features, "" where the word has no such neighbour)
        pw, pw2, pf, nw, nw2, nf = "^", "", "", "$", "", ""
        if i:
            prev = toks[i - 1]
            pw = prev.low
            pf = _flags(prev.bits) + ("C" if prev.cap else "l")
            gb = _gap(text[prev.end:tok.start])
            score += self._pf.get(pf, 0.0) + self._pff.get(pf + ">" + own, 0.0)
            if i > 1:
                pw2 = toks[i - 2].low
                score += self._pw2.get(pw2, 0.0)
        else:
            gb = _gap(text[:tok.start])
        score += self._gb.get(gb, 0.0) + self._pw.get(pw, 0.0)
        if i + 1 < n:
            nxt = toks[i + 1]
            nw = nxt.low
            nf = _flags(nxt.bits) + ("C" if nxt.cap else "l")
            ga = _gap(text[tok.end:nxt.start][:3])
            score += self._nf.get(nf, 0.0) + self._fnf.get(own + ">" + nf, 0.0)
            if i + 2 < n:
                nw2 = toks[i + 2].low
                score += self._nw2.get(nw2, 0.0)
        else:
            ga = _gap(text[tok.end:][:3])
        score += (self._ga.get(ga, 0.0) + self._nw.get(nw, 0.0)
                  + self._pb.get(pw2 + "_" + pw, 0.0) + self._nb.get(nw + "_" + nw2, 0.0))
        # _paired's features; then the sum in 1/scale as a score
        return (score + (self._reg_pw.get(reg + pw, 0.0) + self._reg_nw.get(reg + nw, 0.0)
                        + self._reg_gb.get(reg + gb, 0.0) + self._reg_ga.get(reg + ga, 0.0)
                        + self._reg_pw2.get(reg + pw2, 0.0) + self._reg_nw2.get(reg + nw2, 0.0)
                        + self._reg_pf.get(reg + pf, 0.0) + self._reg_nf.get(reg + nf, 0.0)
                        + self._reg_st.get(reg + st, 0.0) + self._reg_w.get(reg + tok.low, 0.0)
                        + self._fs_ga.get(fs + "|" + ga, 0.0) + self._fs_gb.get(fs + "|" + gb, 0.0)
                        + self._fs_st.get(fs + "|" + st, 0.0)
                        + self._fs_rule.get(fs + "|" + verdict, 0.0))) / self.scale


@functools.lru_cache(maxsize=1)
def model() -> Model:
    """The learned weights and the threshold, read once per process from data/name-model.json
    (JSON, which Python reads in C: a fifth of the time of a table read line by line). Read as
    bytes, then decoded: read_text's reader of lines took twice as long over the file's
    letters beyond ASCII, and JSON needs no line endings made alike."""
    text = (importlib.resources.files("toolkit.privacy") / "data" / FILE).read_bytes().decode(
        "utf-8")
    return Model(*parse(text))


_NUMBER_TYPES = frozenset((int, float))
_TEXT_TYPES = frozenset((str,))


def parse(text: str) -> tuple[dict[str, dict[str, float]], float, int]:
    """The file's weights by template and value, its threshold and its scale; a file that is
    not what scripts/train_name_model.py writes is named, with where it goes wrong.

    Each template holds three lists: its values, ordered by weight; each weight once; and how
    many values have each weight. A weight is one object for all its values (itertools.repeat),
    where a list of one weight per value made an object for each: 236,000 weights hold 14,500
    numbers, and the model took 4 MB less of a fresh process (the fifty-sixth session; the
    file a quarter smaller, read as fast). Lists, not one JSON object of values and weights,
    which took a quarter longer to read (JSON's reader of objects looks up every key it makes
    in a table of the keys it has seen), and zip() makes a table of them in C. Each weight is
    a whole number of 1/"scale" (ten-thousandths): JSON reads whole numbers in about a third
    of the time of decimals (and a division of each at load would cost most of that again:
    Model divides each score once). Without "scale", 1."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"{_SHOWN}:{error.lineno}: not valid JSON ({error.msg})") from None
    scale = data.get("scale", 1) if isinstance(data, dict) else None
    if not isinstance(data, dict) or not isinstance(data.get("weights"), dict) \
            or not isinstance(data.get("threshold"), (int, float)) \
            or type(scale) is not int or scale < 1:
        raise ValueError(f"{_SHOWN}: expected an object with a number \"threshold\", "
                         f"\"weights\" by template and perhaps a whole \"scale\"; re-run "
                         f"scripts/train_name_model.py")
    by = {}
    for template, lists in data["weights"].items():
        if type(lists) is not list or len(lists) != 3 or not all(type(x) is list for x in lists) \
                or len(lists[1]) != len(lists[2]):
            raise ValueError(f"{_SHOWN}: template {template!r}: expected three lists, its "
                             f"values, their weights once each and how many values have each "
                             f"weight (the last two of one length)")
        values, weights, counts = lists
        # The types of a template's lists, gathered in C, say at once that all are what they
        # should be (as they are, but in a broken file): a fifth of the time of reading them
        # one by one. json gives int and float, never a subclass, and a bool's type is no int.
        if not set(map(type, values)) <= _TEXT_TYPES:
            bad = next(value for value in values if type(value) is not str)
            raise ValueError(f"{_SHOWN}: template {template!r}: value {bad!r} is not a text")
        if not set(map(type, weights)) <= _NUMBER_TYPES:
            at = next(k for k, weight in enumerate(weights) if type(weight) not in _NUMBER_TYPES)
            first = sum(counts[:at]) if set(map(type, counts[:at])) <= {int} else None
            whose = f", value {values[first]!r}" if first is not None and first < len(values) \
                else ""
            raise ValueError(f"{_SHOWN}: template {template!r}{whose}: weight "
                             f"{weights[at]!r} is not a number")
        if not set(map(type, counts)) <= {int} or (counts and min(counts) < 1) \
                or sum(counts) != len(values):
            raise ValueError(f"{_SHOWN}: template {template!r}: how many values have each "
                             f"weight should be whole numbers of 1 or more adding up to its "
                             f"{len(values)} values")
        by[template] = table = dict(zip(values, chain.from_iterable(map(repeat, weights,
                                                                          counts))))
        if len(table) < len(values):
            seen: set[str] = set()
            for value in values:
                if value in seen:
                    raise ValueError(f"{_SHOWN}: template {template!r}: value {value!r} is "
                                     f"given twice")
                seen.add(value)
    return by, float(data["threshold"]), scale


# A word the rules took for a name by its context alone (names.name_in_context: a given name
# or a surname, capitalized, beside words that may stand by a person) whose own score and
# context's fall below this is let go: the model, which read the same word and context in the
# corpus, is sure it is no person ("Matilda is the go-to book for educational neglect"). Chosen
# with six folds of the tuning corpus's files (scripts/train_name_model.py's way, 2026-12-02,
# sixteenth session, 93 files, 29,014 clean lines), each scored by a model trained on the
# others: no veto gives names 0.9232 for false flags 893 (0.0308); -1.5 gives 0.9225 for 833;
# -1.0 0.9222 for 807 (0.0278); -0.5 0.9214 for 764; 0.0 0.9190 for 727. At -1.0 a name lost
# takes four or five false flags with it; closer to the threshold, fewer. The fifty-sixth
# session (181 files, three folds) chose it again with the threshold: -0.5 with the threshold
# at 0.0 gives more names and fewer false flags than -1.0 at 0.2 (scripts/train_name_model.py).
VETO_BELOW = -0.5
# ... and what a name in the possessive must fall below ("Maria's book bag was left at the
# office"): the rules read a possessive as a person's things, and the model, which has read
# shops', books' and songs' possessives ("Carter's onesies", "Tupac's Dear Mama"), scores a
# person's barely lower (that Maria -1.07 after the fifty-sixth session's last retraining).
# At -1.25 rather than -1.0: four false flags more of 63,178 clean tuning lines and one of the
# blind sets' 13,102, no name more; at -1.5, eleven more
VETO_BELOW_POSSESSIVE = -1.25
_VETOED_VERDICTS = frozenset(("name_in_context+",))


def vetoed(text: str, toks: list[Token], verdicts: dict[int, str],
           spans: list[tuple[int, int]], weights: Model | None = None) -> list[tuple[int, int]]:
    """spans, less the names of one word that the rules found by context alone and the model
    scores below VETO_BELOW, or VETO_BELOW_POSSESSIVE in the possessive (read as names() reads
    a word the rules trimmed: no verdict); but not a word after "on" whose object is a person
    ("checked on Hope"): the model reads "on" as a road's or a day's more often than a
    person's, and the rules know which it is; nor a family's surname after "the" ("met the
    Edwards family", "visited the Jordans")."""
    weights = weights or model()
    kept: list[tuple[int, int]] = []
    reg = None
    at = {tok.start: i for i, tok in enumerate(toks)}  # (spans come in any order)
    let_go: list[int] = []  # the words vetoed
    may_go: list[int] = []  # the words that might have been, kept
    for start, end in spans:
        i = at.get(start)
        if i is not None and toks[i].end == end \
                and verdicts.get(i) in _VETOED_VERDICTS and is_candidate(toks[i]) \
                and not on_a_person(text, toks, i) and not _a_family_named(text, toks, i):
            if reg is None:
                reg = register(text, toks)
            score = weights.word_score(toks[i]) + weights.context_score(text, toks, i, "", reg)
            if score < (VETO_BELOW_POSSESSIVE if toks[i].poss else VETO_BELOW):
                let_go.append(i)
                continue
            may_go.append(i)
        kept.append((start, end))
    if let_go and may_go:
        kept = _partners_let_go(text, toks, kept, let_go, may_go)
    return kept


def _partners_let_go(text: str, toks: list[Token], kept: list[tuple[int, int]],
                     let_go: list[int], may_go: list[int]) -> list[tuple[int, int]]:
    """kept, less a place's word joined by "and" to a place's word the model let go: "Irving
    and Allen both have Vietnamese-speaking therapists" names two towns or two people, and
    the model, weighing each word with the words beside it, read the first as a town; the two
    joined are of one kind, and the rules found both by context alone."""
    dropped = set()
    for i in may_go:
        if not toks[i].bits & PLACE:
            continue
        for j, link in ((i - 2, i - 1), (i + 2, i + 1)):
            if j in let_go and toks[j].bits & PLACE and toks[link].low == "and" \
                    and text[toks[min(i, j)].end:toks[max(i, j)].start] == " and ":
                dropped.add(toks[i].start)
    return [span for span in kept if span[0] not in dropped] if dropped else kept


# "We met the Edwards family at the office": after "the", before a family's word
_FAMILY_WORD_AFTER = re.compile(rf" (?:{alternation('family-after-a-surname')}|families)\b")


def _a_family_named(text: str, toks: list[Token], i: int) -> bool:
    """Whether word i stands between "the" and a family's word ("met the Edwards family") or
    the family's own court papers ("the Smith court date got moved"), or is a surname's plural
    after "the" ("visited the Jordans"): the family's surname, which the rules read and the
    model does not overrule."""
    if not i or toks[i - 1].low != "the":
        return False
    if PROCEEDINGS_AFTER.match(text, toks[i].end):
        return True
    tok = toks[i]
    if tok.raw.endswith("s") and tok.cap and not tok.poss \
            and lexicon().get(tok.low[:-1], 0) & LAST:
        return True  # "We visited the Jordans", "The Gilberts moved": a surname's plural
    if not _FAMILY_WORD_AFTER.match(text, toks[i].end):
        return False
    # (but not an organisation's name: "The Everett family center")
    return i + 2 >= len(toks) or not toks[i + 2].bits & ORG


def _stop_before(text: str, start: int) -> bool:
    """Whether a sentence's stop, then only spaces, stands before start, or nothing does: read
    back from start, not all the text before it (a long text asks for many words)."""
    k = start
    while k and text[k - 1].isspace():
        k -= 1
    return text[k - 1:k] in ".!?"


_SPACE_DIGITS = frozenset(f" {d}" for d in "0123456789")
_MANY_TAKEN = 8  # names taken, beyond which names() reads where they stand (covered)
# "was placed on the docket", "is set on Monday's calendar": what a court does with a matter
_ON_A_DOCKET = re.compile(
    rf" (?:is|was|were|got|has been) (?:placed|put|set|added) on (?:the |a |\w+['’]s )?"
    rf"(?:{alternation('docket-nouns')})\b", re.IGNORECASE)
_SAINT_OR_MOUNT = words("saint-or-mount")


def _in_a_place_of_two_words(text: str, toks: list[Token], i: int) -> bool:
    """Whether the word at toks[i] and its neighbour, a space between, are a place the lists
    know ("los angeles", "san diego", "glen ellyn"), a saint's or a mount's ("st louis", "mt
    hood") or a county's ("harmon county"), as casing.lowercase_names asks of a word in
    lowercase too: two given names in lowercase may be a city."""
    lex = lexicon()
    tok = toks[i]
    if i and text[toks[i - 1].end:tok.start] in (" ", ". ") and (
            toks[i - 1].low in _SAINT_OR_MOUNT
            or lex.get(f"{toks[i - 1].low} {tok.low}", 0) & PLACE):
        return True
    return i + 1 < len(toks) and text[tok.end:toks[i + 1].start] == " " \
        and (bool(lex.get(f"{tok.low} {toks[i + 1].low}", 0) & PLACE)
             or toks[i + 1].low in COUNTY_NOUNS)  # "harmon county", "HARMON COUNTY" read low


_CODE_OF_CAPITALS = re.compile(r"[A-Z0-9]+(?:_[A-Z0-9]+)+")


def in_a_code_of_capitals(text: str, tok: Token) -> bool:
    """Whether the capitals of tok are a piece of a name of capitals joined by underscores, a
    database's or a form's field ("BIRTH_DT", "PLC_TYPE_CD", "FIRST_NM")."""
    start, end = tok.start, tok.end
    while start and (text[start - 1].isupper() or text[start - 1].isdigit()
                     or text[start - 1] == "_"):
        start -= 1
    while end < len(text) and (text[end].isupper() or text[end].isdigit() or text[end] == "_"):
        end += 1
    return _CODE_OF_CAPITALS.fullmatch(text, start, end) is not None


def names(text: str, toks: list[Token], verdicts: dict[int, str], taken: list[tuple[int, int]],
          weights: Model | None = None, candidates: list[int] | None = None) \
        -> list[tuple[int, int]]:
    """Spans of the names the model finds among the words the rules did not take, neighbours
    joined by a space into one name. verdicts: per word, the rule that decided its run.
    candidates: the places of the words is_candidate accepts, in order, if tokenize() gave
    them (tokens.scored_candidate, which asks the same of the word as written: most words are
    everyday English, and are then never read here; tests/test_privacy_fast_paths.py checks
    that both find the same names)."""
    weights = weights or model()
    threshold, reach, word_score = weights.threshold, weights.reach, weights.word_score
    if candidates is None:
        candidates = [i for i, tok in enumerate(toks) if is_candidate(tok)]
    found: list[int] = []
    reg = None  # the line's register, read for the first word that gets this far (see below)
    halves: dict[str, bool] | None = None  # whether the text names "AM", "PM" (read once)
    # (a long text, a pasted case file, may hold hundreds of names taken: where they stand,
    # as one sorted set of stretches, is read by a binary search for each word)
    stretches = covered(taken) if len(taken) > _MANY_TAKEN else None
    foreign = None  # the little words of other languages the line holds, read once if asked
    for i in candidates:
        tok = toks[i]
        own = word_score(tok)
        if own <= reach:
            continue
        if tok.raw.islower():
            if foreign is None:
                foreign = little_words(text, toks)
            if tok.low in foreign:
                continue  # "nakatulog na siya": a word of the other language (mixed_languages)
            if tok.low in _IDIOM_FIRSTS and IDIOM_OPENING.match(text, tok.start):
                continue  # "price is the issue", "heaven knows": a thing's or an idiom's word
        verdict = verdicts.get(i, "")
        if verdict in SURE_NOT_NAMES and sure_not_a_name(text, toks, i, verdict):
            continue  # (the set first: most words have no such verdict)
        if verdict.endswith("+"):
            verdict = ""  # a word the rules trimmed from a name they found: no verdict on it
        start = tok.start
        if stretches is not None:
            inside = holds(stretches, start)
        else:
            for s, e in taken:  # a loop, not any(): most lines hold a name or two at most
                if s <= start < e:
                    inside = True
                    break
            else:
                inside = False
        if not inside:
            if reg is None:
                # most words fail the tests above, and most lines are then done without it
                reg = register(text, toks)
            if i and len(tok.raw) <= 3 and tok.raw.isupper() and toks[i - 1].low in _UNIT_WORDS \
                    and text[toks[i - 1].end:tok.start] == " ":
                continue  # "Room AB 12345 is booked": a room's letters, not initials
            if len(tok.raw) <= 3 and tok.raw.isupper() \
                    and "_" in text[max(0, tok.start - 1):tok.end + 1] \
                    and in_a_code_of_capitals(text, tok):
                continue  # "BIRTH_DT", "PLC_TYPE_CD": a table's column; a file's initials
                # ("KM_notes.docx") are handles.py's
            # (a name first that is an everyday word too, "holly", "rose", is one in lowercase:
            # with it, six folds gave 8 names fewer for 4 false flags fewer, 2026-12-02)
            lower = tok.bits & _EVERYDAY and tok.raw.islower()
            if lower and tok.low in _MODALS and i + 1 < len(toks) \
                    and toks[i + 1].low in _ASKED_OF \
                    and (not i or _stop_before(text, tok.start)):
                continue  # "will ur mom come to the visit": a question's modal, not Will
            if tok.bits & TITLE and i + 1 < len(toks) and toks[i + 1].cap \
                    and text[tok.end:toks[i + 1].start] == " ":
                continue  # "Justice Okafor wrote": a title's word before the name it titles
            if opens_a_title(toks, i):
                continue  # "Petty Officer Lane", "Lance Cpl. Osei": a rank's first word
            if verdict and i + 1 < len(toks) and verdicts.get(i + 1) == verdict \
                    and toks[i + 1].bits & ORG and text[tok.end:toks[i + 1].start] == " ":
                continue  # "Pastor Street Mission runs the food bank": a word of a run the
                # rules set aside, before a word of an organisation's name in it
            if covers_things(text, tok.end):
                continue  # "grant is covering costs for camp": money at work, not a worker
            if _ON_A_DOCKET.match(text, tok.end):
                continue  # "Justice was placed on the docket for Monday": a matter, not a child
            if tok.low in NUMBERED_VEHICLES and text[tok.end:tok.end + 2] in _SPACE_DIGITS:
                continue  # "the fuel card for Van 4": the agency's van (cues.person_signs)
            if tok.low in _SEASONS and (_SPAN_OF_TIME.match(text, tok.end)
                                        or _A_SEASON_S_COURSE.match(text, tok.end)
                                        or _A_SEASON_FOR_THE_WORK.match(text, tok.end)):
                continue  # "Summer - 2 weeks of camp", "Summer will start soon": the season
            if tok.raw in _HALF_DAYS:
                if halves is None:
                    halves = {half: _HALF_DAYS[half].search(text) is not None
                              for half in _HALF_DAYS}
                if halves[tok.raw]:
                    continue  # "AM visit ok, PM visit cancelled": a morning's and an afternoon's
            if tok.bits & MONTH and _DAY_AFTER.match(text, tok.end):
                continue  # "meet with June 2 at 3pm": a date, not a child's name and age
            if lower and _PLANT_AFTER.match(text, tok.end):
                continue  # "rose and ivy bushes out front": the plants
            if tok.raw.islower() and _in_a_place_of_two_words(text, toks, i):
                continue  # "we went to los angeles", "moved to san diego": a city, not a Los
            need = threshold + LOWER_WORD_MARGIN if lower \
                else threshold + TITLE_OR_MONTH_MARGIN if tok.bits & SCORED_CAPITALIZED \
                or tok.low in _SEASONS \
                else threshold
            if own + weights.context_score(text, toks, i, verdict, reg) > need:
                found.append(i)
    spans: list[tuple[int, int]] = []
    for i in found:
        tok = toks[i]
        if spans and toks[i - 1].end == spans[-1][1] and text[spans[-1][1]:tok.start] == " ":
            spans[-1] = (spans[-1][0], tok.end)
        else:
            spans.append((_with_initials_before(text, toks, i), tok.end))
    return spans


def _with_initials_before(text: str, toks: list[Token], i: int) -> int:
    """Where the name found at toks[i] starts with the initials before it, which the rules
    left with it ("transferred to B. Lindqvist": the model reads "Lindqvist", and "B." is the
    same person's); not a letter closing a capitalized word's sentence ("went with Plan B.
    Lindqvist called": after a capitalized word that is no role's letters, like "CW")."""
    start = tok_start = toks[i].start
    k = i - 1
    while k >= 0 and toks[k].cls == INITIAL and toks[k].cap \
            and text[toks[k].end:tok_start] == ". ":
        before = toks[k - 1] if k else None
        if before is not None and before.cap and not before.raw.isupper():
            break
        start = tok_start = toks[k].start
        k -= 1
    return start
