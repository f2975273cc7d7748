"""Capitalized words that name a town or an event, not a person.

Many US towns are people's names too ("Tyler", "Austin", "Florence", "Warren"), so a gazetteer
(places.txt, from GeoNames) only says that a word *can* be a place; the words around it decide:

- a place preposition before it: "in Tulsa", "near Tyler", "outside of Houston", "drove up
  from Phoenix", and "to" after a verb of moving ("moved to Austin", "went back to Chester");
- a state or country after it: "Jackson, Mississippi", "Tyler, TX";
- another place it is listed with: "in Savannah or Charleston";
- the town's agency after it: "Austin police found", "Warren PD did", "Georgia DFCS returned";
- a route: "Tyler to Dallas is a long haul";
- what is said of it as a subject: a distance ("Marion is a 45-minute drive"), the weather
  ("Tyler was flooded"), "is where"; for a state, its rules ("Georgia requires a different
  form", "Virginia sent the packet back");
- a list of towns with what agencies deal in ("Florence and Marion both said no on courtesy
  supervision", "Lawrence, Salem, and Quincy all have open ICPC requests") or after a verb of
  areas ("covers Clayton, Jackson, and part of Henry County").

"A call from Tyler", "gave it to Austin" and "Tyler said" stay people: "from" after a word of
messages, "to" after any other verb, and a person's verb after the word all keep the name; so do
words said of people after a town's name or a list of them ("Dallas and Madison are twins",
"Marion and her brother", "Tyler was too far behind in his reading").
"""

from __future__ import annotations

import re

from .context import Context, thing_after
from .coordination import listed
from .lexicon import EVENT, FIRST, LAST, PLACE, REGION, ROLE, STATE_CODE, lexicon
from .text_wide import search_ending_at
from .tokens import N, S, X, Token
from .town_cues import authority_after, in_list, route, subject
from .wordlists import words

# Words after which a place name is a place.
_AT_PLACE = words("at-place-prepositions")
_MET_INTO = words("met-into-verbs")  # "ran into", "bumped into": a person met
# Before "from", words that come from people: "a text from Tyler", "heard from Austin".
_FROM_PERSON = words("from-person-words")
# Before "to" (up to three words back), verbs and nouns of going somewhere.
_MOTION = words("motion-words")
# Before "of", words of geography: "outside of Houston", "the city of Austin".
_OF_PLACE = words("of-place-words")


# A form's field or a table's column whose label names a place ("County of residence:",
# "Placement town", "Country of origin", "State"): the label's last word.
_PLACE_LABELS = words("place-labels")
_PLACE_HEADS = _PLACE_LABELS | words("place-heads")  # a table's head only: "Office"
# A field's label right before its value: "County of residence: ", "Placement town:\t"
_LABEL_BEFORE = re.compile(r"([A-Za-z][A-Za-z '()/-]{0,40}?) ?:[ \t]*$")
_LABEL_REACH = 43  # the longest label, its space and its colon
_LABEL_WORD = re.compile(r"[A-Za-z]+")


def in_a_place_field(text: str, start: int) -> bool:
    """Whether what opens at start is the value of a form's field whose label names a place
    ("County of residence: Lafayette", "Country of origin: Chad", "Placement town:\tFlorence,
    SC"), or opens a cell of a table whose head names one ("Town", "Region", "Placement town"
    above "Madison"): a place, whatever the lists say of its words. A table's head is the first
    of the lines of cells above, with no digit; its cell in the same column."""
    line_start = text.rfind("\n", 0, start) + 1
    # A label ends in its colon, then spaces or tabs: without one, no search; with one, a
    # search of the label's longest reach before the colon, not of all the line before it (a
    # long line, a pasted list of staff, asks for many words: its length squared). No label
    # holds a line break, so none found so starts on a line above.
    k = start
    while k > line_start and text[k - 1] in " \t":
        k -= 1
    label = search_ending_at(_LABEL_BEFORE, text, start, _LABEL_REACH, " \t") \
        if k > line_start and text[k - 1] == ":" else None
    if label is not None:
        return _names_a_place(label.group(1), _PLACE_LABELS)
    if not line_start:
        return False  # a table's cell has its head on a line above
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    sep = "\t" if "\t" in line else "|" if line.count("|") >= 2 else None
    before = text[line_start:start]
    if sep is None or before.rsplit(sep, 1)[-1].strip():
        return False  # no table, or not what opens a cell
    head, end = None, line_start - 1
    while end > 0:
        above = text.rfind("\n", 0, end) + 1
        if sep not in text[above:end]:
            break
        head, end = text[above:end], above - 1
    if head is None or any(c.isdigit() for c in head):
        return False
    cells = head.split(sep)
    column = before.count(sep)
    return column < len(cells) and _names_a_place(cells[column], _PLACE_HEADS)


def _names_a_place(label: str, nouns: frozenset[str]) -> bool:
    found = _LABEL_WORD.findall(label)
    return bool(found) and found[-1].lower() in nouns


def town_before_a_state(text: str, toks: list[Token], first: int, last: int) -> bool:
    """'drove in from Grace, Idaho', 'she grew up in Hope, Arkansas': a town no list holds,
    after a preposition of place and before a comma and a state's or country's name, is a
    town all the same; not a person's cue around it ("met with Grace, Idaho's worker")."""
    if last + 1 >= len(toks):
        return False
    ctx = Context(text, toks, first, last)
    nxt = ctx.after()
    return (nxt.cap and (bool(nxt.bits & REGION) or _two_word_region(toks, last + 1))
            and ctx.gap_after() == ", " and not toks[last].poss and not nxt.poss
            and _preposition(ctx, 0) and not person_cue(ctx))


def _two_word_region(toks: list[Token], k: int) -> bool:
    """"South Dakota", "New Mexico", "Rhode Island": a state of two words at toks[k]."""
    if k + 1 >= len(toks) or not toks[k + 1].cap:
        return False
    return bool(_PHRASE_GET(lexicon(), toks[k].low + " " + toks[k + 1].low, 0) & REGION)


# "Lincoln, Grant and Sherman counties", "Marion and Polk Counties": a list of names closed by
# a plural noun of places names places, whatever the lists say of its words.
PLURAL_PLACE_NOUNS = words("plural-place-nouns")


def listed_before_plural_places(text: str, toks: list[Token], first: int, last: int) -> bool:
    """Whether the run toks[first..last] is one of a list of capitalized words
    (coordination.listed) that a noun of PLURAL_PLACE_NOUNS closes, in lowercase after it or
    capitalized as its last word: "Lincoln, Grant and Sherman counties"."""
    items = listed(text, toks, first, last)
    if not items:
        return False
    end = items[-1][1]
    if toks[end].low in PLURAL_PLACE_NOUNS:
        return True  # "Marion and Polk Counties"
    return end + 1 < len(toks) and toks[end + 1].low in PLURAL_PLACE_NOUNS \
        and text[toks[end].end:toks[end + 1].start] == " "


# what goes on after a state's code that opens an id's number ("KY-00291847", "TX0041")
_CODE_GOES_ON = re.compile(r"-?\d")


def place_context(ctx: Context, depth: int = 0) -> bool:
    """Whether the words around ctx's run make it a place."""
    nxt = ctx.after()
    if nxt is not None and nxt.cap and ctx.gap_after() in (", ", " ") and not \
            ctx.toks[ctx.last].poss and (nxt.bits & REGION or (
                nxt.bits & STATE_CODE and nxt.raw.isupper() and len(nxt.raw) == 2
                and not _CODE_GOES_ON.match(ctx.text, nxt.end))):
        return True  # "Tyler, Texas", "Jackson, MS"; not "Everett, KY-00291847": an id's
        # letters
    if _preposition(ctx, depth) or authority_after(ctx) or route(ctx):
        return True
    if not ctx.toks[ctx.first].cap or ctx.toks[ctx.last].poss:
        return False
    return subject(ctx) or (depth == 0 and in_list(ctx, lambda other: place_context(other, 1)))


def _preposition(ctx: Context, depth: int) -> bool:
    """'in Tulsa', 'moved to Austin', 'outside of Houston', 'in Savannah or Charleston'."""
    prev = ctx.before()
    if prev is None or ctx.gap_before() != " ":
        return False
    low = prev.low
    prev2 = ctx.before(2)
    if low == "into" and prev2 is not None and prev2.low in _MET_INTO:
        return False  # "I ran into Tyrone Jackson at the festival": met, not went
    if low in _AT_PLACE:
        return True
    if low == "from":
        return prev2 is None or prev2.low not in _FROM_PERSON
    if low == "to":
        for k in (2, 3, 4):
            tok = ctx.before(k)
            if tok is None or tok.cap and not tok.bits & PLACE:
                break
            if tok.low in _MOTION:
                return True
        return False
    if low == "of":
        return prev2 is not None and prev2.low in _OF_PLACE
    if low in ("and", "or") and depth == 0 and prev2 is not None and prev2.cap \
            and prev2.bits & PLACE:
        # "in Savannah or Charleston", "between Dayton and Springfield"
        k = ctx.first - 2
        return place_context(Context(ctx.text, ctx.toks, k, k), depth=1)
    return False


def person_cue(ctx: Context) -> bool:
    """Cues strong enough to make a place name a person even where a place fits: "went to
    Austin's house", "in Tyler's room", "Mr. Houston". A verb after it does not count: in "the
    school in Tulsa called" the school did the calling."""
    return (ctx.titled() or ctx.named() or ctx.role_before()
            or ctx.possessive(any_noun=False))


def is_place(text: str, toks: list[Token], first: int, last: int) -> bool:
    """Whether the run toks[first..last], every word of it a place, names a town, a state or a
    country here: in a place's context ("moved to Austin"), before a place noun ("the Columbus
    office"), or ending in a state ("Tyler Texas")."""
    run = toks[first:last + 1]
    if not all(t.bits & PLACE for t in run):
        return False
    ctx = Context(text, toks, first, last)
    if not (last > first and run[-1].bits & REGION and not _given_then_a_surname_state(run)
            or place_context(ctx) or thing_after(ctx)):
        return False
    return not person_cue(ctx)


def _given_then_a_surname_state(run: list[Token]) -> bool:
    """Whether a run of two words is a given name, then a state's name that is a common surname
    too, with no comma between ("Tyrone Washington (supervisor)"): a person's name first; a
    town before its state is written "Tyrone, Washington", or read in a place's context."""
    return len(run) == 2 and bool(run[0].bits & FIRST) and bool(run[1].bits & LAST)


# A place of several words is an entry of the lexicon's dict itself, looked up with dict.get:
# the groups a Lexicon keeps out of the dict (lexicon.Lexicon.get reads them on a miss, a
# search of long strings that cost this rule most of its time) hold single words of one fact
# each, none of them PLACE (tests/test_privacy_fast_paths.py checks), so a phrase they may
# seem to hold (two of their words in a row) is no place either.
_PHRASE_GET = dict.get


def place_phrase(toks: list[Token], first: int, last: int, lex: dict[str, int]) -> bool:
    """A run that is one place of several words: "Corpus Christi", "Ann Arbor", "Baton Rouge",
    also after a word that opens a sentence ("In Corpus Christi")."""
    for start in (first, first + 1):
        if start >= last or start > first and toks[first].cls not in (S, X):
            return False
        if _PHRASE_GET(lex, " ".join([t.low for t in toks[start:last + 1]]), 0) & PLACE:
            return True
    return False


def is_event(toks: list[Token], first: int, last: int) -> bool:
    """'Amber Alert', 'Hope Walk', 'Summer Camp': a given name that is also a word, then a
    capitalized noun of events. A name on no word list keeps the run a person ("Tanya Camp")."""
    return (last > first and bool(toks[last].bits & EVENT) and toks[last].cap
            and not toks[last].poss
            and not any(t.cls == N or t.bits & ROLE for t in toks[first:last]))
