"""Finding people's names in a caseworker's free text.

No name list can decide alone: "Hope", "Will" and "Grace" are words and names, "Jackson" is a
city and a name, and the names of many families are on no list at all. So a word's entry in the
lists only sets how much context it needs:

- a name that is not also an English word ("Tanya", "Nguyen") counts wherever it is capitalized,
  and when typed in lowercase if it is a given name ("i talked to maria");
- a name that is also a word ("Hope", "Young") counts when capitalized inside a sentence, but at
  the start of one only with context ("Hope said", "Hope's teacher", "Hope, the mother,");
- a capitalized word on no list ("Oyelaran") counts only with context: a title ("Mr."), a role
  ("my client ..."), a verb that people do ("... said"), or another name beside it.
Runs of capitalized words holding an organisation word ("Grace Community Church", "Will County")
are organisations; roles, months, weekdays, agencies and programmes are never names by themselves.
"""

from __future__ import annotations

from .context import (LOWER_TITLES, Context, is_org, not_a_person_here, org_neighbour,
                      plural_family, predicate_cue, thing_after)
from .lexicon import (COMMON, FIRST, FUNCTION, LAST, MONTH, NAME, NOT_NAME, OBJECT_VERB, PARTICLE,
                      PERSON_VERB, PLACE, PLACE_PREFIX, ROLE, STRONG_VERB, TITLE, WORD, lexicon)
from .tokens import INITIAL, N, S, U, W1, W2, X, Token, runs, tokenize

def _decide(ctx: Context, classes: list[int], toks: list[Token]) -> bool:
    core = [c for c in classes if c != INITIAL]
    if not core:
        return False
    if len(core) >= 2:
        return any(c in (N, W1) for c in core) or ctx.any_cue(strong_verbs=True)
    cls = core[0]
    first_tok = toks[ctx.first]
    if cls == N:
        # "moved to Savannah" and "lives in Merced" are places; "explained it to Savannah and
        # her foster mom" is not.
        prev = ctx.before()
        in_town = prev is not None and prev.low == "in" and not toks[ctx.last].poss
        if (first_tok.bits & PLACE and ctx.in_place()) or in_town:
            return ctx.any_cue(strong_verbs=True)
        return True
    if not_a_person_here(ctx):
        return False
    if cls == W1 and not first_tok.initial:
        return True  # "I met Hope at the centre": a capitalized given name inside a sentence
    if cls in (W1, W2):
        return (ctx.role_before() or ctx.verb_after(strong=True) or ctx.apposition_after()
                or ctx.and_person() or ctx.possessive(any_noun=True) or ctx.family()
                or predicate_cue(ctx) or (cls == W2 and (ctx.titled() or ctx.object_of_verb()
                                                          or ctx.named())))
    return ctx.any_cue(strong_verbs=True) or predicate_cue(ctx)


def _acts_as_person(text: str, toks: list[Token], i: int) -> bool:
    """A capitalized given name that is also a word of another sort, doing what people do:
    "River said", "Christian asked", "Messiah's father", "Faith and Hope are twins"."""
    tok = toks[i]
    if len(tok.raw) < 2 or _is_acronym(tok) or tok.bits & (ROLE | TITLE | MONTH | FUNCTION):
        return False
    if not (tok.bits & FIRST or tok.cls == X):
        return False
    ctx = Context(text, toks, i, i)
    if tok.poss and ctx.possessive(any_noun=False) and (ctx.after().bits & ROLE):
        return True
    if tok.initial and not tok.bits & FIRST:
        return False
    if ctx.verb_after(strong=True) or ctx.apposition_after() or ctx.role_before():
        return True
    nxt, other = ctx.after(), ctx.after(2)
    return bool(tok.bits & FIRST and nxt and nxt.low == "and" and other and other.cap
                and other.cls in (N, W1) and ctx.gap_after() == " ")


def _is_acronym(tok: Token) -> bool:
    return len(tok.raw) > 1 and tok.raw.isupper()


def find_names(text: str) -> list[tuple[int, int]]:
    """Spans of people's names, each (start, end) covering a whole name ("Dana Whitfield")."""
    lex = lexicon()
    toks = tokenize(text, lex)
    spans: list[tuple[int, int]] = []
    for first, last in runs(text, toks):
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
        if first == last and _acts_as_person(text, toks, first):
            spans.append((toks[first].start, toks[first].end))  # "River said", "Christian said"
            continue
        if is_org(toks, first, last) or org_neighbour(text, toks, first, last):
            continue
        if toks[first].bits & PLACE_PREFIX and first < last:
            continue  # "San Diego", "Fort Worth", "St. Louis"
        run = toks[first:last + 1]
        # A holiday, brand, agency or language in the run, or a role or title after its first
        # word: not a person ("Christmas Eve", "Grace Baptist", "Big Mama", "MLK Day").
        if any(t.bits & NOT_NAME and not t.bits & FUNCTION and not _is_acronym(t)
               for t in run) or any(t.bits & (ROLE | TITLE) for t in run[1:]):
            continue
        named = Context(text, toks, first, last).named()
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
        if named or _decide(ctx, classes, toks) or (
                len(classes) == 1 and classes[0] in (N, W2, U)
                and plural_family(text, toks, first, lex) and not thing_after(ctx)):
            spans.append((toks[first].start, toks[last].end))
    spans += _lowercase_names(text, toks)
    return spans


def _after_title(toks: list[Token], first: int, last: int) -> tuple[int, int] | None:
    """The name after a title: 'Nurse Practitioner Smith' -> 'Smith'; 'Officer Friendly' -> None."""
    while first <= last and (toks[first].cls in (X, S) and not toks[first].bits & MONTH
                             or toks[first].particle):
        first += 1
    while last >= first and (toks[last].cls in (X, S) and not toks[last].bits & MONTH
                             or toks[last].particle):
        last -= 1
    if first > last:
        return None
    return toks[first].start, toks[last].end


def _lowercase_names(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """Names typed in lowercase: given names that are not words, or any name after 'ms', 'mr'."""
    spans = []
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        if tok.cap or len(tok.raw) < 3:
            i += 1
            continue
        bits = tok.bits
        prev = toks[i - 1] if i else None
        after_title = (prev is not None and prev.low in LOWER_TITLES and not prev.cap
                       and text[prev.end:tok.start] in (" ", ". ") and bits & NAME
                       and not bits & (ROLE | NOT_NAME | PERSON_VERB))
        given = (bits & FIRST and not bits & (COMMON | WORD | ROLE | NOT_NAME | MONTH | TITLE
                                               | PERSON_VERB | OBJECT_VERB | PARTICLE))
        if not given and not after_title and (not bits or bits & FIRST and not bits & (
                ROLE | NOT_NAME | MONTH | TITLE | PERSON_VERB | OBJECT_VERB)):
            # "lakeisha said", "grace told me": a word no dictionary knows, or a given name,
            # doing what people do; not after "the", "my", "i" ("the will said" is a document).
            nxt = toks[i + 1] if i + 1 < n else None
            given = (nxt is not None and nxt.bits & STRONG_VERB and not nxt.cap
                     and text[tok.end:nxt.start] == " " and not tok.poss
                     and (prev is None or not prev.bits & (FUNCTION | ROLE)))
        if after_title or given:
            j = i
            while (j + 1 < n and not toks[j + 1].cap and toks[j + 1].bits & LAST
                   and not toks[j + 1].bits & (COMMON | WORD | ROLE | PARTICLE)
                   and text[toks[j].end:toks[j + 1].start] == " " and not toks[j].poss):
                j += 1
            spans.append((tok.start, toks[j].end))
            i = j + 1
        else:
            i += 1
    return spans
