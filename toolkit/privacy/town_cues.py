"""What the words around a town's or a state's name say when no preposition does: its agency
after it ("Austin police found", "Warren PD did", "Georgia DFCS returned"), a route ("Tyler to
Dallas is a long haul"), what is said of it as a subject ("Marion is a 45-minute drive",
"Tyler was flooded", "Georgia requires a different form"), and the towns it is listed with
("Lawrence, Salem, and Quincy all have open ICPC requests").

Each rule gives way to words said of people after the name or the list (_person_after): a
pronoun, a kin word as the predicate, a state or an age after "is", a verb only people do.
So "Dallas and Madison are twins", "Marion and her brother" and "Tyler was upset" stay people.
Called by places.place_context, only for words a gazetteer lists as places; in_chat, by
casing.lowercase_names, for such a word typed in lowercase ("monroe to toledo is 25 min").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .context import Context
from .coordination import listed
from .lexicon import (AUTHORITY, FAMILY, FIRST, FUNCTION, OBJECT_VERB, PERSON_VERB, PLACE,
                      PROCEDURE, REGION, ROLE, STATE, TITLE, lexicon)
from .tokens import Token
from .wordlists import alternation, words

_PRONOUNS = words("person-pronouns")
_OWNERS = words("owners")
# Role words that are mostly adjectives: "our kinship placements" says nothing of people.
_ROLE_ADJECTIVES = words("role-adjectives")
_LINKING = words("linking-verbs", "linking-verbs-plural")
_ADVERBS = words("adverbs", "floating-quantifiers")
# Verbs that agencies, states and towns do as much as people: after a list of towns they say
# nothing either way ("Florence and Marion both said no").
_NEUTRAL_VERBS = words("neutral-verbs")
# Before a list, verbs of areas: "covers Clayton, Jackson, and part of Henry County".
_AREA_VERBS = words("area-verbs")
_WEATHER = words("weather-after-linking")
_TOWN_NOUNS = words("town-nouns")  # "Troy is the county seat"
# "Elizabeth sits right next to Newark", "Monroe sits between Toledo and Detroit"
_BESIDE_A_PLACE = re.compile(
    rf"\s+(?:{alternation('beside-a-place-verbs')})"
    rf"\s+(?:(?:{alternation('beside-a-place-adverbs')})\s+)?"
    rf"(?:{alternation('beside-a-place-phrases')})\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
_NEARER = words("nearer-than-words")  # "Troy is closer than Albany"
# After a state: what states do and people do not ("Georgia requires a different form").
_RULE_VERBS = words("rule-verbs")
# After a state as a subject, what states run: "Georgia has a kinship navigator program now".
_STATE_THINGS = words("state-things")
# After a town's agency word, a person's things: "Tyler court date", "Austin school pictures".
_PERSONAL_AFTER = words("personal-after-authority")
_CLAUSE_OPENERS = words("clause-openers")
_ARTICLES = words("articles")
_BEFORE_ROUTE = words("before-route")  # "from Tyler to Dallas", "the Tyler to Dallas drive"
_NUMBERS = alternation("number-words", "distance-numbers", "distance-number-phrases")
_NUMBER = rf"(?:{_NUMBERS}|\d+(?:\.\d+)?)"  # "two", "half an", "1.5"
_HEDGE = alternation("distance-hedges", "distance-hedge-phrases")  # "about", "at least"
_UNIT = alternation("distance-units")  # "hours", "mi"
_AFTER_UNIT = alternation("distance-after-unit")  # "drive", "away", "north"
# "is a 45-minute drive", "is an hour north", "is about two hours from", "was too far for".
_DISTANCE = re.compile(
    rf"(?:'s|\s+(?:is|was|are|were|'s))\s+(?:(?:{_HEDGE})\s+)*(?:(?:an?\s+)?"
    rf"(?:{_NUMBER}[\s-]+)?(?:and\s+a\s+half\s+)?(?:{_UNIT})"
    rf"(?:\s+and\s+a\s+half)?[\s-]+(?:{_AFTER_UNIT})\b"
    rf"|(?:{alternation('far-intensifiers')})\s+far\s+(?:for|from)\b|where\b)", re.IGNORECASE)
# "are 5 and 7", "are both 12": an age after a linking verb; not "is 45 minutes", "is 20%".
_AGE_AFTER = re.compile(
    rf"\s+(?:(?:{alternation('list-age-hedges')})\s+)?\d{{1,2}}\b(?![%.,]?\d|"
    rf"\s*(?:%|{alternation('not-age-units')}))")


_CLAUSE_END = re.compile(r"[.!?;:\n(]")


def _clause_after(ctx: Context, end: int, limit: int = 10) -> list[Token]:
    """Up to limit words after toks[end], in the same sentence."""
    toks, text, out = ctx.toks, ctx.text, []
    for k in range(end + 1, min(len(toks), end + 1 + limit)):
        gap = text[toks[k - 1].end:toks[k].start]
        if gap != " " and _CLAUSE_END.search(gap):  # most gaps are one space: no regex then
            break
        out.append(toks[k])
    return out


def _person_after(ctx: Context, end: int) -> bool:
    """Words said of people after a town's name or a list of them: a pronoun ("Marion and her
    brother"), a kin word as the predicate or owned ("are twins", "with their grandma"), a
    state or an age after "is" ("are so excited", "are 5 and 7"), or a verb only people do
    ("came to the visit", "cried")."""
    words = _clause_after(ctx, end, 8)
    verb_seen = False
    for k, tok in enumerate(words):
        low, prev = tok.low, (words[k - 1] if k else None)
        if low in _PRONOUNS and not tok.cap:
            return True
        if prev is not None and not tok.cap and tok.bits & (ROLE | FAMILY) \
                and low not in _ROLE_ADJECTIVES and (
                prev.low in _OWNERS or prev.low in _LINKING or (
                    k >= 2 and prev.low in _ARTICLES and words[k - 2].low in _LINKING)):
            return True
        if prev is not None and prev.low in _LINKING and tok.bits & STATE and not tok.cap:
            return True
        if verb_seen or low in _ADVERBS:
            continue
        verb_seen = True
        if low in _LINKING and _AGE_AFTER.match(ctx.text[tok.end:tok.end + 20]):
            return True
        if tok.bits & PERSON_VERB and not tok.cap and low not in _NEUTRAL_VERBS:
            return True
    return False


def _verb_after(words: list[Token]) -> Token | None:
    for tok in words:
        if tok.low not in _ADVERBS:
            return tok
    return None


def _procedure_in(words: list[Token]) -> bool:
    return any(tok.bits & PROCEDURE for tok in words)


def authority_after(ctx: Context) -> bool:
    """'Austin police found', 'Warren PD did a welfare check', 'Georgia DFCS returned my call':
    a town or state, then its agency. "Tyler court date" is a person's."""
    nxt = ctx.after()
    if nxt is None or ctx.toks[ctx.last].poss or not nxt.bits & AUTHORITY \
            or ctx.gap_after() != " ":
        return False
    after = ctx.after(2)
    return not (after is not None and not after.cap and after.low in _PERSONAL_AFTER
                and ctx.text[nxt.end:after.start] == " ")


def _route_start(ctx: Context, first: int) -> bool:
    """Whether the town at toks[first] can open a route: not a person someone drives or sends."""
    tok = ctx.toks[first]
    if tok.initial or first == 0:
        return True
    prev = ctx.toks[first - 1]
    return prev.low in _BEFORE_ROUTE and not prev.cap


def route(ctx: Context) -> bool:
    """'Tyler to Dallas is a long haul', 'Madison to Milwaukee is almost two hours', 'Austin to
    Round Rock, 22 miles'; and in a text of travel ([route-words]), towns joined by a dash or an
    arrow ("Mileage: Marion – Bucyrus – Marion, 64 miles")."""
    toks = ctx.toks
    first, last = ctx.first, ctx.last
    nxt, other = ctx.after(), ctx.after(2)
    if (nxt is not None and other is not None and nxt.low == "to" and not nxt.cap
            and other.cap and _a_place_at(toks, last + 2) and ctx.gap_after() == " "
            and ctx.text[nxt.end:other.start] == " " and not toks[last].poss):
        return _route_start(ctx, first)
    prev, start = ctx.before(), ctx.before(2)
    if (prev is not None and start is not None and prev.low == "to" and not prev.cap
            and start.cap and start.bits & PLACE and not start.poss
            and ctx.gap_before() == " " and ctx.text[start.end:prev.start] == " "
            and _route_start(ctx, first - 2)):
        return True
    if not _ROUTE_WORD.search(ctx.text) or toks[last].poss:
        return False
    return (nxt is not None and nxt.cap and _a_place_at(toks, last + 1)
            and ctx.gap_after().strip() in _ROUTE_MARKS
            or prev is not None and prev.cap and prev.bits & PLACE and not prev.poss
            and ctx.gap_before().strip() in _ROUTE_MARKS)


def in_chat(ctx: Context, opens: Callable[[int], bool]) -> bool:
    """What place_context reads of a capitalized town, read of one typed in lowercase as chat
    types it: a distance said of it ("beatrice is 90 min each way"), a route from or to it when
    the route opens its sentence (opens(k): whether toks[k] does; "monroe to toledo is 25 min",
    but "taking tyler to dallas" takes a boy there) or joined to another town by an arrow in a
    text of travel ("eugene → salem run today"), a state's own things after a state ("georgia
    form is in the shared drive")."""
    toks, text, last = ctx.toks, ctx.text, ctx.last
    if toks[last].poss or _person_after(ctx, last):
        return False
    if _DISTANCE.match(text, toks[last].end):
        return True
    first = ctx.first
    nxt, other = ctx.after(), ctx.after(2)
    prev, start = ctx.before(), ctx.before(2)
    gap = ctx.gap_after()
    if nxt is not None and toks[first].bits & REGION and gap == " " and nxt.low in _STATE_OWN:
        return True
    if nxt is not None and other is not None and nxt.low == "to" and gap == " " \
            and other.bits & PLACE and text[nxt.end:other.start] == " " and opens(first):
        return True  # "monroe to toledo"
    if prev is not None and start is not None and prev.low == "to" and start.bits & PLACE \
            and ctx.gap_before() == " " == text[start.end:prev.start] and opens(first - 2):
        return True  # ... and toledo
    return _ROUTE_WORD.search(text) is not None and (
        nxt is not None and gap.strip() in _ROUTE_MARKS and bool(nxt.bits & PLACE)
        or prev is not None and ctx.gap_before().strip() in _ROUTE_MARKS
        and bool(prev.bits & PLACE))  # "eugene → salem run today"


# After a state's name typed in lowercase, what a state has and a person does not: its forms,
# its laws, its liaison ("georgia form is in the shared drive", "virginia retention sheet")
_STATE_OWN = words("state-things", "state-own-after")


# What joins the towns of a route in a log ("Marion – Bucyrus", "eugene → salem")
_ROUTE_MARKS = frozenset(("-", "–", "—", "→", "->", ">", "=>"))
_ROUTE_WORD = re.compile(rf"\b(?:{alternation('route-words')})\b", re.IGNORECASE)


def _a_place_at(toks: list[Token], k: int) -> bool:
    """Whether a town opens at toks[k]: a place's word, or a place of two or three words
    ("Round Rock", "Baton Rouge")."""
    return bool(toks[k].bits & PLACE) or any(
        k + n < len(toks) and toks[k + n].cap and _phrase(toks, k, k + n) for n in (1, 2))


def subject(ctx: Context) -> bool:
    """A town or state that the sentence is about: 'Tyler was flooded', 'Marion is a 45-minute
    drive each way', 'Troy is where ...', 'Georgia requires a different form'."""
    if _person_after(ctx, ctx.last):
        return False
    after = ctx.text[ctx.toks[ctx.last].end:ctx.toks[ctx.last].end + 80]
    words = _clause_after(ctx, ctx.last)
    if _DISTANCE.match(after) or _beside_a_place(after):
        return True
    if len(words) >= 2 and words[0].low in _LINKING and (
            words[1].low in _WEATHER or _said_a_town(words) or _nearer_than_a_place(words)):
        return True
    tok, prev = ctx.toks[ctx.first], ctx.before()
    if not (tok.initial or prev is not None and prev.low in _CLAUSE_OPENERS
            and ctx.gap_before() == " "):
        return False
    verb = _verb_after(words)
    rule = verb is not None and verb.low in _RULE_VERBS
    if tok.bits & REGION:
        return rule or _procedure_in(words) or any(w.low in _STATE_THINGS for w in words)
    return rule and _procedure_in(words)


def _beside_a_place(after: str) -> bool:
    """'sits right next to Newark', 'is close enough to Seattle': where the town lies, beside a
    place (of one word or two) that is no given name ("sits next to Dana" is a person's)."""
    beside = _BESIDE_A_PLACE.match(after)
    if beside is None:
        return False
    lex = lexicon()
    for place in (beside.group(1), beside.group(1).split(" ")[0]):
        bits = lex.get(place.lower(), 0)
        if bits & PLACE:
            return " " in place or not bits & FIRST
    return False


def _said_a_town(words: list[Token]) -> bool:
    """'Florence is a small city', 'Troy is the county seat', 'Regina was the host city for the
    conference': after the linking verb (words[0]), an article, then a town's noun within three
    words that ends its phrase. "Austin is a city worker" ends in a role, no town."""
    k = 2 if len(words) > 1 and words[1].low in _ARTICLES else 1
    for k in range(k, min(k + 3, len(words))):
        tok = words[k]
        if tok.cap or tok.poss or tok.bits & (ROLE | FAMILY):
            return False
        if tok.low in _TOWN_NOUNS:
            return k + 1 == len(words) or bool(words[k + 1].bits & FUNCTION) \
                and not words[k + 1].cap
    return False


def _nearer_than_a_place(words: list[Token]) -> bool:
    """'Troy is closer than Albany for that family': after the linking verb, nearer or farther
    than another place."""
    return (len(words) >= 4 and words[1].low in _NEARER and words[2].low == "than"
            and words[3].cap and bool(words[3].bits & PLACE))


def in_list(ctx: Context, placed: Callable[[Context], bool]) -> bool:
    """Towns listed together, judged as a list: 'Lawrence, Salem, and Quincy all have open ICPC
    requests', 'covers Clayton, Jackson, and part of Henry County', 'Warren, Marion and Shelby
    counties'. A list of children ("Dallas and Madison are twins") has a person's words."""
    items = listed(ctx.text, ctx.toks, ctx.first, ctx.last)
    if not items:
        return False
    toks = ctx.toks
    if not all(all(t.bits & PLACE for t in toks[a:b + 1]) or _phrase(toks, a, b)
               for a, b in items):
        return False  # every item a town: "Dallas, Fort Worth, and Arlington"
    start, end = items[0][0], items[-1][1]
    prev = toks[start - 1] if start else None
    if prev is not None and not prev.cap and prev.bits & (OBJECT_VERB | ROLE | TITLE):
        return False  # "I asked Tyler and Austin", "her sons Dallas and Madison"
    if _person_after(ctx, end):
        return False
    if prev is not None and prev.low in _AREA_VERBS:
        return True
    if any(toks[a].bits & REGION or not any(t.bits & FIRST for t in toks[a:b + 1])
           for a, b in items):
        return True  # a state, or a town that is nobody's given name: "Raleigh, and Durham"
    for a, b in items:
        if (a, b) != (ctx.first, ctx.last) and placed(Context(ctx.text, toks, a, b)):
            return True  # "Clinton DSS and Monroe DSS", "Warren, Marion and Shelby counties"
    words = _clause_after(ctx, end)
    verb = _verb_after(words)
    return (_procedure_in(words) or verb is not None and verb.low in _RULE_VERBS
            or bool(_DISTANCE.match(ctx.text[toks[end].end:toks[end].end + 80])))


def _phrase(toks: list[Token], a: int, b: int) -> bool:
    return a < b and bool(lexicon().get(" ".join(t.low for t in toks[a:b + 1]), 0) & PLACE)
