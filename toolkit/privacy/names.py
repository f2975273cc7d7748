"""Finding people's names in a caseworker's free text.

No name list can decide alone: "Hope", "Will" and "Grace" are words and names, "Jackson" is a
city and a name, and the names of many families are on no list at all. So a word's entry in the
lists only sets how much context it needs:

- a name that is not also an English word ("Tanya", "Nguyen") counts wherever it is capitalized,
  and when typed in lowercase if it is a given name ("i talked to maria");
- a name that is also a word ("Hope", "Young") counts when capitalized inside a sentence, but at
  the start of one only with context ("Hope said", "Hope's teacher", "Hope, the mother,");
- a capitalized word on no list ("Oyelaran") counts only with context: a title ("Mr."), a role
  ("my client ..."), a verb that people do ("... said"), or another name beside it, such as a
  given name it is joined to by "and" ("Dana and Thandolwethu Mhlongo-Zulu");
- any capitalized word counts with a cue only people have (cues.person_signs): "Raven (bio mom)",
  "Legend's IEP meeting", "Storm uses they/them", "River turned 16 today".
Runs of capitalized words holding an organisation word ("Grace Community Church", "Will County")
are organisations; towns in a place's context ("moved to Austin", "Warren PD", "Marion is a
45-minute drive": places.py, town_cues.py), streets ("off Walker Ave", "on Calle Linda":
streets.py), things listed before their noun ("the Maple and Willow rooms": coordination.py) and
events ("Amber Alert") are not people; roles, months, weekdays, agencies and programmes are
never names by themselves, unless they act as people ("April is doing great"). Names in
lowercase or in capitals are found in casing.py.
"""

from __future__ import annotations

import re

from . import places, streets, word_uses
from .casing import bare_possessive, capitals_names, lowercase_names
from .context import Context, is_org, org_neighbour, plural_family, thing_after
from .coordination import thing_list
from .cues import (acts_after, from_cue, given_and_name, joined_to_given, modifies_next,
                   month_as_name, not_a_person_here, person_signs, predicate_cue, title_as_name)
from .lexicon import (ALSO_WORD, AUTHORITY, FIRST, FUNCTION, MONTH, NAME, NOT_NAME, OBJECT_VERB,
                      PERSON_VERB, PLACE, PLACE_PREFIX, ROLE, TITLE, lexicon)
from .tokens import INITIAL, N, S, U, W1, W2, X, Token, runs, tokenize

_CAPITALS = re.compile(r"[A-Z]{3}")  # a word in capitals, maybe a name: "MARIA GONZALEZ"


def _decide(ctx: Context, classes: list[int], toks: list[Token]) -> bool:
    core = [c for c in classes if c != INITIAL]
    if not core:
        return False
    if len(core) >= 2:
        return any(c in (N, W1) for c in core) or ctx.any_cue(strong_verbs=True) \
            or joined_to_given(ctx)
    cls = core[0]
    first_tok = toks[ctx.first]
    if cls == N:
        # "lives in Merced" is a town even when no list knows it; "Max capacity" a noun's
        # modifier; "explained it to Savannah and her foster mom" a person.
        prev = ctx.before()
        if prev is not None and prev.low == "in" and not toks[ctx.last].poss:
            return ctx.any_cue(strong_verbs=True)
        if first_tok.initial and first_tok.bits & ALSO_WORD:
            # "Sue the agency", "Jack hammers outside": a word first, unless it acts as a person
            return (acts_after(ctx) or ctx.any_cue(strong_verbs=True) or predicate_cue(ctx)
                    or ctx.possessive(any_noun=True) or from_cue(ctx) or given_and_name(ctx))
        return not modifies_next(ctx) or ctx.any_cue(strong_verbs=True)
    if not_a_person_here(ctx):
        return False
    if cls == W1 and not first_tok.initial:
        return True  # "I met Hope at the centre": a capitalized given name inside a sentence
    if cls in (W1, W2):
        return (ctx.role_before() or ctx.verb_after(strong=True) or ctx.apposition_after()
                or ctx.and_person() or ctx.possessive(any_noun=True) or ctx.family()
                or predicate_cue(ctx) or from_cue(ctx)
                or (cls == W2 and (ctx.titled() or ctx.object_of_verb() or ctx.named())))
    return (ctx.any_cue(strong_verbs=True) or predicate_cue(ctx) or from_cue(ctx)
            or joined_to_given(ctx))


def _acts_as_person(text: str, toks: list[Token], i: int) -> bool:
    """A capitalized given name that is also a word of another sort, doing what people do:
    "River said", "Christian asked", "Messiah's father", "Faith and Hope are twins"."""
    tok = toks[i]
    ctx = Context(text, toks, i, i)
    if person_signs(ctx):
        return True  # "Journey (foster mom) said", "River turned 16 today"
    if len(tok.raw) < 2 or _is_acronym(tok) or tok.bits & (ROLE | TITLE | MONTH | FUNCTION):
        return False
    if not (tok.bits & FIRST or tok.cls == X):
        return False
    if tok.poss and ctx.possessive(any_noun=False) and (ctx.after().bits & ROLE):
        return True
    if tok.initial and not tok.bits & FIRST:
        return False
    if ctx.verb_after(strong=True) or ctx.apposition_after() or ctx.role_before():
        return True
    nxt, other = ctx.after(), ctx.after(2)
    return bool(tok.bits & FIRST and nxt and nxt.low == "and" and other and other.cap
                and other.cls in (N, W1) and ctx.gap_after() == " ")


def _never_a_name(tok: Token) -> bool:
    """A capitalized word standing alone that no rule of find_names can make a name, whatever
    stands around it, so its context need not be read: a word trimmed from runs (class S or X)
    that is no month, title or name of any list, and is a function word or a role ("When",
    "Mom"), a single letter ("I") or an acronym ("CPS"). Neither a title before it
    (_after_title), nor person_signs or _acts_as_person, nor plural_family (a word not ending
    in "s") takes such a word for a person."""
    bits = tok.bits
    return ((tok.cls == S or tok.cls == X and not tok.low.endswith("s"))
            and not bits & (MONTH | TITLE | NAME)
            and bool(bits & (FUNCTION | ROLE) or len(tok.raw) < 2 or tok.raw.isupper()))


def _is_acronym(tok: Token) -> bool:
    return len(tok.raw) > 1 and tok.raw.isupper()


def find_names(text: str) -> list[tuple[int, int]]:
    """Spans of people's names, each (start, end) covering a whole name ("Dana Whitfield")."""
    lex = lexicon()
    toks = tokenize(text, lex)
    spans: list[tuple[int, int]] = []
    for first, last in runs(text, toks):
        if first == last and _never_a_name(toks[first]):
            continue  # "The", "When", "I", "CPS", "Mom": a third of all runs
        titled = False
        while first < last and toks[first].bits & TITLE:  # "Judge Alvarez", "Mr. Oyelaran"
            titled = True
            first += 1
        if not titled and Context(text, toks, first, last).titled():
            titled = True  # "ms. Lopez": a title typed in lowercase
        if titled:
            span = _after_title(toks, first, last)
            if span:
                spans.append(span)
            continue
        if streets.is_street(text, toks, first, last) or thing_list(text, toks, first, last):
            continue  # "off Walker Ave", "on Calle Linda", "the Maple and Willow rooms"
        if toks[first].bits & PLACE and word_uses.place_use(text, toks, first, last):
            continue  # "Austin's school district", "the Madison office", "Denver got snow"
        if word_uses.compound_name(text, toks, first, last):
            spans.append((toks[first].start, toks[last].end))  # "Kaya Two Feathers (17)"
            continue
        if toks[first].bits & PLACE and places.is_place(text, toks, first, _town(toks, first,
                                                                                  last)):
            continue  # "moved to Austin", "her aunt in Florence", "Tyler, Texas", "Warren PD"
        if first == last:
            alone = Context(text, toks, first, last)
            if word_uses.hospital_use(alone):
                continue  # "the social worker from Mercy"
            if _acts_as_person(text, toks, first) or month_as_name(alone) \
                    or title_as_name(alone):
                spans.append((toks[first].start, toks[first].end))  # "River said", "April is"
                continue
        if is_org(toks, first, last) or org_neighbour(text, toks, first, last):
            continue
        if toks[first].bits & PLACE_PREFIX and first < last:
            continue  # "San Diego", "Fort Worth", "St. Louis"
        if first < last and (places.place_phrase(toks, first, last, lex)
                             or places.is_event(toks, first, last)):
            continue  # "Corpus Christi", "Amber Alert", "Hope Walk"
        run = toks[first:last + 1]
        # A holiday, brand, agency or language in the run, or a role or title after its first
        # word: not a person ("Christmas Eve", "Grace Baptist", "Big Mama", "MLK Day").
        if any(t.bits & NOT_NAME and not t.bits & FUNCTION and not _is_acronym(t)
               for t in run) or any(t.bits & (ROLE | TITLE) for t in run[1:]):
            continue
        if toks[last].cls == X and (first == last or first + 1 == last
                                    and toks[first].low == "the") \
                and plural_family(text, toks, last, lex):
            spans.append((toks[last].start, toks[last].end))  # "the Smiths' dog"
            continue
        named = Context(text, toks, first, last).named()
        first0 = first  # where the run started, before the trimming below
        # Trim what opens or closes a run without being part of a name: "When Dana ...",
        # "... Dana Whitfield Monday", "CPS ...", and an adjective before a name ("Big Mike").
        trimmed_word = acronym = False
        while first <= last:
            tok = toks[first]
            if tok.particle or tok.cls == S:
                acronym = acronym or _is_acronym(tok)
            elif tok.cls == X:
                trimmed_word = trimmed_word or not tok.initial
            else:
                break
            first += 1
        while last >= first and (toks[last].particle or toks[last].cls == S):
            acronym = acronym or _is_acronym(toks[last])
            last -= 1
        # "Tell Ingrid ...", "Ask Rafael ...": a verb opening a sentence, not a given name.
        if first < last and toks[first].initial and (
                toks[first].cls == W2 or toks[first].cls == W1
                and toks[first].bits & (OBJECT_VERB | PERSON_VERB)):
            first += 1
        if first > last:
            continue
        classes = [toks[k].cls for k in range(first, last + 1) if not toks[k].particle]
        if X in classes or S in classes:
            continue
        if (trimmed_word or acronym) and N not in classes:
            continue
        ctx = Context(text, toks, first, last)
        if first != first0 and toks[first].bits & PLACE and places.is_place(
                text, toks, first, last):
            continue  # "In Tulsa, the school ...": the place left once "In" is trimmed
        if named or _decide(ctx, classes, toks) or (
                len(classes) == 1 and classes[0] in (N, W2, U)
                and plural_family(text, toks, first, lex) and not thing_after(ctx)) or (
                first == last and classes[0] == U and bare_possessive(text, toks, first, lex)):
            spans.append((toks[first].start, toks[last].end))
    spans += lowercase_names(text, toks, lex)
    if _CAPITALS.search(text):
        spans += capitals_names(text, toks)
    return spans


def _town(toks: list[Token], first: int, last: int) -> int:
    """The run without the agency words that close it: "Warren PD" -> "Warren"."""
    while last > first and toks[last].bits & AUTHORITY:
        last -= 1
    return last


def _after_title(toks: list[Token], first: int, last: int) -> tuple[int, int] | None:
    """The name after a title: 'Nurse Practitioner Smith' -> 'Smith'; 'Officer Friendly' -> None.
    A surname that is also a word of colour, language or faith counts here: "Ms. White"."""
    def word(tok: Token) -> bool:
        if tok.particle:
            return True
        if tok.cls not in (X, S) or tok.bits & MONTH:
            return False
        return not (tok.bits & NAME and not tok.bits & (ROLE | TITLE | FUNCTION)
                    and not tok.raw.isupper())

    while first <= last and word(toks[first]):
        first += 1
    while last >= first and word(toks[last]):
        last -= 1
    if first > last:
        return None
    return toks[first].start, toks[last].end
