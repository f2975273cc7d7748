"""Uses of a name-like word that decide what it is when its word lists cannot: a town used as a
place without a preposition ("Austin's school district", "Florence has a new family resource
center", "the Madison office", "Denver, Austin, Madison: three places"), a hospital called by
its word-name ("the social worker from Mercy"), a person marked by an age or role in brackets
("Miles (5) said", "Sunny (the 4yo)"), and a multi-word name with word parts ("Kaya Two
Feathers (17) wants", "Winona White Horse said"). Asked only of runs the cheap checks left open.
"""

from __future__ import annotations

import functools
import re

from .context import Context, thing_after
from .coordination import listed
from .lexicon import (FAMILY, FIRST, FUNCTION, LAST, MONTH, ORG, PLACE, ROLE, STRONG_VERB,
                      TITLE, WORD, lexicon)
from .tokens import Token
from .wordlists import alternation, words

# What a town has and a person does not: "Austin's school district", "Tyler's office".
_INSTITUTIONS = words("town-institutions")
# After "<town> has/got": "has a new family resource center", "has way more kinship placements".
_HAS = words("town-has-verbs")
_TOWN_HAS = words("town-has-nouns")
_TOWN_ONLY_AFTER = words("town-only-nouns-after")  # "Madison winters", "Dallas traffic"
_WEATHER = words("weather-after-got")
_PLACE_NOUNS = words("place-nouns-after-list")
_CHILDREN = words("children-nouns")
_FAMILY_AFTER = words("family-after-a-surname")
_CASE_AFTER = words("case-nouns-after-a-surname")
_ARTICLES = words("articles")
_AGE_IN_BRACKETS = re.compile(
    r"\s\((?:\d{1,2}\s*(?:yo|y/o|yrs?|years?(?:\s+old)?|mos?|months?(?:\s+old)?)?\s*[),;]"
    r"|the\s+\d{1,2}\s*(?:yo|y/o|-year-old|year-old|yr)"
    rf"|the\s+(?:{alternation('bracketed-person-words')})\b"
    rf"|that['’]s\s+(?:{alternation('after-thats-in-brackets')})\s)", re.IGNORECASE)
# A sentence about hospitals: "discharge" and "pediatric" may have any ending ("discharged").
_HOSPITAL_WORDS = "|".join([alternation("hospital-words"),
                            alternation("hospital-word-beginnings", suffix=r"\w*")])
_LOWERCASE_WORD = re.compile(r"[a-z]+")
_HOSPITAL = re.compile(rf"\b(?:{_HOSPITAL_WORDS})\b|\bSt\.", re.IGNORECASE)
_BEFORE_HOSPITAL = words("before-hospital")  # "from Mercy", "at Mercy", "than Mercy's"
_AFTER_COMPOUND = words("after-compound-name")  # "Tahoma Little Elk's enrollment"


def place_use(text: str, toks: list[Token], first: int, last: int) -> bool:
    """A town or state used as a place by the words around it, with no preposition."""
    ctx = Context(text, toks, first, last)
    tok, nxt, nxt2 = toks[last], ctx.after(), ctx.after(2)
    if nxt is None:
        return False
    gap = ctx.gap_after()
    if tok.poss:
        return gap == " " and nxt.low in _INSTITUTIONS or (
            nxt.low == "school" and nxt2 is not None and nxt2.low in ("district", "board"))
    prev = ctx.before()
    if prev is not None and prev.low == "the" and not nxt.cap and gap == " " \
            and not nxt.bits & (ROLE | FUNCTION | STRONG_VERB) \
            and not ((nxt.low in _FAMILY_AFTER or nxt.low in _CASE_AFTER) and tok.bits & LAST):
        # "the Austin trip", "the Madison office"; but "matched with the Fitzgerald family",
        # "the caseworker on the Greer case", "the Carmichael kids": a surname that is a
        # town's name too, before a family's word or a case's
        return True
    if gap == " " and nxt.low in _CHILDREN and nxt2 is not None and (
            nxt2.low in ("placed", "in") or nxt2.low.endswith("ed")):
        return True  # "Georgia kids placed out of state", "Dallas kids in care"
    if gap == " " and nxt.low in _TOWN_ONLY_AFTER and not nxt.cap:
        return True  # "Madison winters push our visits indoors"
    if gap == " " and nxt.low in _HAS and tok.initial:
        words = [t.low for t in toks[last + 2:last + 9]]
        if nxt.low.startswith("g") and words and words[0] in _WEATHER:
            return True  # "Denver got snow", "Orlando got hit hard"
        return any(w in _TOWN_HAS for w in words)
    items = listed(text, toks, first, last)
    if items and all(all(t.bits & PLACE for t in toks[a:b + 1]) for a, b in items):
        end = toks[items[-1][1]].end
        tail = text[end:end + 60]
        if tail.startswith(":"):
            return True  # "Denver, Austin, Madison: three places where ..."
        words = _LOWERCASE_WORD.findall(tail.split(".")[0].lower())
        return any(w in _PLACE_NOUNS for w in words)  # "... were all mentioned as places"
    return False


def hospital_use(ctx: Context) -> bool:
    """'the hospital social worker from Mercy', 'at Mercy', 'shorter than Mercy's': a word-name
    after from/at/than in a sentence about hospitals is the hospital."""
    prev = ctx.before()
    if prev is None or prev.low not in _BEFORE_HOSPITAL or ctx.gap_before() != " ":
        return False
    bits = ctx.toks[ctx.first].bits
    if bits & FIRST and not bits & (LAST | WORD | PLACE | ORG):
        return False  # "her families go to Deb": a given name alone names no hospital
    if ctx.text.startswith(", who ", ctx.toks[ctx.last].end):
        return False  # "Welcome to Kyung-mi, who comes to us from the hospital": a person
    if ctx.verb_after(strong=True) and not (prev.low == "from" and ctx.before(2) is not None
                                            and ctx.before(2).bits & ROLE):
        return False  # "Mercy from ..." acts, but "the social worker from Mercy called" does not
    return _mentions_a_hospital(ctx.text)


@functools.lru_cache(maxsize=1)
def _mentions_a_hospital(text: str) -> bool:
    """Whether text names a hospital's word ("hospital", "St."): read once for the text, not
    once for each word-name after "from" or "at" in it (a long text holds many)."""
    return _HOSPITAL.search(text) is not None


def bracketed_person(ctx: Context) -> bool:
    """'Miles (5) said', 'Trinity (13) showed up', 'Sunny (the 4yo) goes by', 'Hunter (that's
    the dad's name too) asked': an age or a person's description in brackets."""
    end = ctx.toks[ctx.last].end
    return ctx.text[end:end + 2] == " (" and _AGE_IN_BRACKETS.match(ctx.text, end) is not None


_UNLISTED_VERBS = words("unlisted-subject-verbs")  # "Hazel Two Bulls drove four hours"
_AGE_SET_OFF = re.compile(r", \d{1,2},")  # an age between commas: "Tate White Plume, 16, wants"


def compound_name(text: str, toks: list[Token], first: int, last: int) -> bool:
    """'Kaya Two Feathers (17)', 'Winona White Horse said', 'Tahoma Little Elk's enrollment',
    'Hazel Two Bulls drove', 'I sat with Wapun Many Horses', 'Tate White Plume, 16,': a given
    name or a word on no list, then two or more capitalized words, with a cue only people have
    (an age or a role set off after it among them), or a verb of people after
    it or a verb whose object is a person before it."""
    if last - first < 2 or toks[first].bits and not toks[first].bits & FIRST:
        return False
    if first and toks[first - 1].low in _ARTICLES:
        return False  # "once the Case Closure Summary is approved": a form's name
    run = toks[first:last + 1]
    if any(not t.cap or t.raw.isupper() or t.bits & (ORG | ROLE | TITLE | MONTH) for t in run):
        return False
    ctx = Context(text, toks, first, last)
    if ctx.possessive(any_noun=False) or bracketed_person(ctx) or ctx.verb_after(strong=True) \
            or ctx.apposition_after() or _AGE_SET_OFF.match(text, toks[last].end):
        return True  # (or "Tate White Plume, 16, wants to stay", "Judy Iron Shell, the aunt,")
    nxt = ctx.after()
    if ctx.verb_after(strong=False) or ctx.object_of_verb() and not thing_after(ctx) or (
            nxt is not None and not nxt.cap and ctx.gap_after() == " "
            and nxt.low in _UNLISTED_VERBS):
        return True
    return bool(toks[last].poss and ctx.after() is not None
                and ctx.after().low in _AFTER_COMPOUND)


# A person's role or kin in brackets, perhaps after whose: " (facilitator)", " (her sister)",
# " (our worker)", " (ongoing CW)"; and the roles and kin that notes write short ("(bm)")
_ROLE_IN_BRACKETS = re.compile(
    rf"\s\((?:(?:({alternation('third-person-owners')}|my|our)|the|an?) )?"
    r"([A-Za-z]+(?: [A-Za-z]+)?)(?:\)|,\s)", re.IGNORECASE)
_ROLE_OR_KIN_SHORT = words("role-abbreviations", "kin-abbreviations")


def role_in_brackets_after(text: str, tok: Token) -> bool:
    """'Present: PS (facilitator), ...', 'Mom said OT (her sister) can take the baby', 'OK
    (sup) out', 'ah (bm) no show': a person's role or kin in brackets after two letters says
    who they are. Where the bracket may spell the letters out ('PT (physical therapy)', 'OT
    (therapist)', 'IN (intern)'), its first word opening with one of them, it is a gloss of an
    abbreviation, unless a word of whose stands first ('ST (our worker)'). An article may open
    the bracket and a comma close the role, a description going on ('HR (the new aide, not
    the department)', 'OT (a coworker, those are just her initials)'; not 'OT (a therapist)')."""
    said = _ROLE_IN_BRACKETS.match(text, tok.end)
    if said is None:
        return False
    role = said.group(2).split()
    last = role[-1].lower()
    if not (lexicon().get(last, 0) & (ROLE | FAMILY) or last in _ROLE_OR_KIN_SHORT):
        return False
    # (an owner's word, "our", "her": group 1; an article is no owner and is not kept)
    return said.group(1) is not None or role[0][0].lower() not in tok.low


def person_in_brackets_after(text: str, tok: Token) -> bool:
    """'summer (my trainee) is shadowing me', 'charity (aunt) has 4 kids', 'grace (7) drew a
    picture': a word that is also a given name, with a person's role, kin or age in
    brackets after it, is that person; no thing has a role or an age ("summer (2024)" has a
    year). Unlike role_in_brackets_after's two letters, a word cannot be the bracket's
    abbreviation spelt out, so no first letter is asked of it; an age or a person described
    is bracketed_person's."""
    if _AGE_IN_BRACKETS.match(text, tok.end):
        return True
    said = _ROLE_IN_BRACKETS.match(text, tok.end)
    if said is None:
        return False
    last = said.group(2).split()[-1].lower()
    return bool(lexicon().get(last, 0) & (ROLE | FAMILY)) or last in _ROLE_OR_KIN_SHORT
