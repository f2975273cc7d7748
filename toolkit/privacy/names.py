"""Finding people's names in a caseworker's free text.

No name list can decide alone: "Hope", "Will" and "Grace" are words and names, "Jackson" is a
city and a name, and the names of many families are on no list at all. So a word's entry in the
lists only sets how much context it needs:

- a name that is not also an English word ("Tanya", "Nguyen") counts wherever it is capitalized,
  and when typed in lowercase if it is a given name ("i talked to maria");
- a name that is also a word ("Hope", "Young") counts when capitalized inside a sentence, but at
  the start of one only with context ("Hope said", "Hope's teacher", "Hope, the mother,");
- a capitalized word on no list ("Oyelaran") counts only with context: a title ("Mr."), a role
  ("my client ...", "CW Deb"), a verb that only people do ("... said", "Kemem drove"), or
  another name beside it, such as a given name or a kin word it is joined to by "and" ("Dana
  and Thandolwethu Mhlongo-Zulu", "Dad and Lomasi went fishing"); two or three such words
  are a full name before a predicate ("Abu Bakr is the oldest") or inside a sentence where no
  article or preposition makes them a thing or a place ("I ran into Kemem Jibas");
- any capitalized word counts with a cue only people have (cues.person_signs): "Raven (bio mom)",
  "Legend's IEP meeting", "Storm uses they/them", "River turned 16 today".
A family is named by its surname in the plural ("the Smiths' dog", "The Millers want to
adopt"), and a people by a word that is also a given name ("a Karen family").
Runs of capitalized words holding an organisation word ("Grace Community Church", "Will County")
are organisations; towns in a place's context ("moved to Austin", "Warren PD", "Marion is a
45-minute drive": places.py, town_cues.py), streets ("off Walker Ave", "on Calle Linda":
streets.py), things listed before their noun ("the Maple and Willow rooms": coordination.py) and
events ("Amber Alert") are not people; roles, months, weekdays, agencies and programmes are
never names by themselves, unless they act as people ("April is doing great"). Names in
lowercase or in capitals are found in casing.py.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter, itemgetter
from typing import NamedTuple

from . import context as context_module
from . import coordination as coordination_module
from . import name_model, places, streets, text_wide, word_uses
from .casing import PAIR_OF_PEOPLE as _PAIR_OF_PEOPLE
from .casing import TALKED_TO as _TALKED_TO
from .casing import (bare_possessive, capitals_names, in_an_email, lowercase_names,
                     spoken_to_or_cared_for)
from .context import (NAMED_AS_A_NAME, NAMED_ASIDE, NAMING_PAIRS, NICKNAMING, POSSESSED,
                      Context, is_org, org_neighbour, plural_family, thing_after)
from .coordination import _joinable, thing_list
from . import cues as cues_module
from .cues import (_DIGIT, _NOT_PERSON, _SPACE_DIGIT, CHAT_VERBS_AFTER_A_NAME, IDIOM_OPENING,
                   MODAL_MONTHS, acts_after, acts_then_pronoun, apposed_without_a_comma,
                   at_work, called_on_as_a_family,
                   family_acts, family_opens, from_cue, given_and_name, has_a_role,
                   joined_to_given, kept_a_month,
                   modifies_next, month_as_name, not_a_person_here, only_people_do, past_tense,
                   person_signs, predicate_cue, refuses_to_act, role_after_the, role_predicate,
                   surname_first, title_as_name, undergoes_what_only_people_do, unlisted_acts)
from .lexicon import (ALSO_WORD, AUTHORITY, COMMON, FAMILY, FIRST, FUNCTION, LAST, MONTH, NAME,
                      NOT_NAME, OBJECT_VERB, ORG, PERSON_VERB, PLACE, PLACE_PREFIX, REGION, ROLE,
                      STATE, STATE_CODE, STREET, STREET_PREFIX, STRONG_VERB, THING, TITLE,
                      TITLE_ABBR, WORD,
                      lexicon)
from .mixed_languages import ANY_LITTLE_WORD, little_words
from .read_out import NUMBER_WORDS_IN_A_ROW
from .handles import names_in_handles
from .initials_spelled_out import initials_of_a_name_found
from .table_names import names_in_columns
from .spelled import spelled_out_names
from .text_wide import covered, in_capitals, in_lowercase, overlaps, search_ending_at
from .tokens import (INITIAL, LOWER_VIRTUES, MARK_CAPITALS, MARK_DIGIT, MARK_DOTTED, MARK_LETTER,
                     MARK_LOWER_DOTTED, N, S, U, W1, W2, X, Token, opens_a_title, runs, tokenize)
from .wordlists import alternation, entries, words
from .uncased import HAS_UNCASED, names_in_uncased_scripts


_ORG_AFTER_FAMILY = re.compile(
    rf" famil(?:y|ies) (?:{alternation('organisation-nouns-after-family')})\b", re.IGNORECASE)


def _decide(ctx: Context, classes: list[int], toks: list[Token]) -> bool:
    core = [c for c in classes if c != INITIAL]
    if not core:
        return False
    if len(core) >= 2:
        if thing_after(ctx) and not ctx.any_cue(strong_verbs=True):
            return False  # "Precious Blood parish offered space", "the Lewis and Clark trail"
        return any(c in (N, W1) for c in core) or ctx.any_cue(strong_verbs=True) \
            or joined_to_given(ctx)
    cls = core[0]
    first_tok = toks[ctx.first]
    if _ORG_AFTER_FAMILY.match(ctx.text, toks[ctx.last].end):
        return False  # "The Everett family center asked to join": an organisation's name
    if cls == N:
        # "lives in Merced" is a town even when no list knows it; "Max capacity" a noun's
        # modifier; "explained it to Savannah and her foster mom" a person.
        prev = ctx.before()
        if prev is not None and prev.low == "in" and not toks[ctx.last].poss:
            verb = ctx.before(2)
            return ctx.any_cue(strong_verbs=True) or verb is not None \
                and verb.low in _BRING_IN_VERBS  # "looping in Jamal", "brought in Tavita"
        if first_tok.initial and first_tok.bits & ALSO_WORD:
            # "Sue the agency", "Jack hammers outside": a word first, unless it acts as a person
            return (acts_after(ctx) or ctx.any_cue(strong_verbs=True) or predicate_cue(ctx)
                    or ctx.possessive(any_noun=True) or from_cue(ctx) or given_and_name(ctx)
                    or at_work(ctx))
        return not modifies_next(ctx) or ctx.any_cue(strong_verbs=True)
    if not_a_person_here(ctx):
        return False
    if cls == W1 and not first_tok.initial and not (
            ctx.first and toks[ctx.first - 1].low in _ARTICLES and toks[ctx.first - 1].cap):
        # "I met Hope at the centre": a capitalized given name inside a sentence; but not
        # after a capitalized article that opened the run ("The Story of ...", "A Hope Chest")
        return True
    if cls in (W1, W2):
        return (ctx.role_before() or ctx.verb_after(strong=True) or ctx.apposition_after()
                or ctx.and_person() or ctx.possessive(any_noun=True) or ctx.family()
                or predicate_cue(ctx) or from_cue(ctx) or first_tok.initial and at_work(ctx)
                or role_after_the(ctx) or first_tok.initial and has_a_role(ctx)
                or (cls == W2 and (ctx.titled() or ctx.object_of_verb() or ctx.named()))
                or surname_first(ctx) or apposed_without_a_comma(ctx))
    return (ctx.any_cue(strong_verbs=True) or predicate_cue(ctx) or from_cue(ctx)
            or joined_to_given(ctx) or cls == U and (unlisted_acts(ctx) or at_work(ctx)))


def _asks_a_coworker(ctx: Context) -> bool:
    """'Joy pls see me after the staffing': a given name opening a sentence, then "pls" or
    "plz" and a word in lowercase, as casing.py reads the same typed in lowercase ("jade pls
    dont cc the insurer"); a virtue's word only before a person's verb ("Patience pls, IT is
    wiping 40 devices", "Hope pls work")."""
    ask, verb = ctx.after(), ctx.after(2)
    if ask is None or verb is None or ask.low not in _ASKING_WORDS or verb.cap \
            or ctx.gap_after() != " " or ctx.text[ask.end:verb.start] != " ":
        return False
    return ctx.toks[ctx.first].low not in LOWER_VIRTUES or verb.low in _PERSON_BASE_VERBS


_ASKING_WORDS = words("asking-a-coworker")
_PERSON_BASE_VERBS = words("person-verbs-base")


def _acts_as_person(ctx: Context) -> bool:
    """A capitalized given name that is also a word of another sort, doing what people do:
    "River said", "Christian asked", "Messiah's father", "Faith and Hope are twins", "Hope
    didn't say a word"; a month too, where it may name a person (_month_may_name: "August
    turned nine on Saturday"). ctx holds the one word."""
    tok = ctx.toks[ctx.first]
    if IDIOM_OPENING.match(ctx.text, tok.start):
        return False  # "Heaven knows how many e-mails I sent"
    if person_signs(ctx):
        return True  # "Journey (foster mom) said", "River turned 16 today"
    if tok.initial and tok.bits & FIRST and not _is_acronym(tok) and _asks_a_coworker(ctx):
        return True  # "Joy pls see me after the staffing": the coworker asked, by name (not
        # "IO pls cover", an office's letters in capitals, which _may_act_here leaves)
    if len(tok.raw) < 2 or _is_acronym(tok) or tok.bits & (ROLE | FUNCTION) \
            or tok.bits & MONTH and not _month_may_name(ctx) \
            or tok.bits & TITLE and not (tok.bits & FIRST and _no_name_after(ctx)) \
            or tok.bits & ORG and not tok.bits & NAME:
        # "the Gazette called": an organisation's word does what people do too; a title
        # before a name is the name's ("Justice Sotomayor wrote"), but a given name that is
        # also a title, before no name, may be the person ("Justice ran again Friday")
        return False
    if not (tok.bits & FIRST or tok.cls == X):
        return False
    if not tok.bits & FIRST and _closes_a_title_with_of(ctx.text, ctx.toks, ctx.first):
        return False  # "Release of Information signed for: school": a form's name
    if not tok.bits & FIRST and _people_in_the_plural(tok.low):
        return False  # "the Jordan Center for Children called": people in the plural name no one
    if tok.poss and ctx.possessive(any_noun=False) and (ctx.after().bits & ROLE):
        return True
    if tok.initial and not tok.bits & FIRST:
        # an everyday word opening a sentence is a nickname only before what people alone do:
        # "Squirt giggled every time", "Peanut wouldn't let go of my hand", "Cookie is the
        # grandmother everyone knows"; but not the people of a plural ("People laughed at
        # the Alexa part", "Teens cried"): a nickname names one
        return not _people_in_the_plural(tok.low) and (
            only_people_do(ctx) or refuses_to_act(ctx) or role_predicate(ctx)
            or _SMALL_CHILD_ACTS.match(ctx.text, tok.end) is not None)  # "Peanut started daycare"
    if ctx.verb_after(strong=True) or ctx.apposition_after() or ctx.role_before() \
            or refuses_to_act(ctx) or tok.bits & FIRST and (
                _verb_then_whose(ctx) or role_predicate(ctx)  # "Drew is the GAL on..."
                # "Sunny did best at the visit; she called her mom"
                or tok.initial and acts_then_pronoun(ctx.text, ctx.toks, ctx.first,
                                                     her_too=tok.low not in LOWER_VIRTUES)
                # "Justice is in 3rd grade now", "Bishop is out sick today": what is said of
                # a child or a worker on a working day, of a given name that is also a title
                # (only "is" or "was" and where: "Deacon at the church offered to supervise"
                # is the deacon)
                or tok.initial and tok.bits & TITLE and at_work(ctx, said_where=True)):
        return True
    if tok.bits & FIRST and undergoes_what_only_people_do(ctx):
        return True  # "Justice was placed with his aunt", "River came home from the visit"
    nxt, other = ctx.after(), ctx.after(2)
    return bool(tok.bits & FIRST and nxt and nxt.low == "and" and other and ctx.gap_after() == " "
                # (not two towns that are given names too: "Austin and Dallas are growing")
                and (other.cap and other.cls in (N, W1) and not tok.bits & other.bits & PLACE
                     # "Blue and I drove to the courthouse", opening a sentence
                     or tok.initial and other.low in _FIRST_PERSON
                     and ctx.text[nxt.end:other.start] == " "))


_FIRST_PERSON = cues_module._FIRST_PERSON  # "Blue and I"
_SMALL_CHILD_ACTS = re.compile(rf" (?:{alternation('small-child-act-phrases')})\b")
_SMALL_CHILD_FIRSTS = frozenset(phrase.split()[0] for phrase in entries("small-child-act-phrases"))
_PLURAL_PEOPLE = words("plural-people-nouns")


def _people_in_the_plural(low: str) -> bool:
    """Whether a word is people in the plural: one of [plural-people-nouns] ("people",
    "women", "participants"), or the plural of a role's word ("teens", "babies", "workers")."""
    if low in _PLURAL_PEOPLE:
        return True
    if low.endswith("ies"):
        return bool(lexicon().get(low[:-3] + "y", 0) & ROLE)
    return low.endswith("s") and bool(lexicon().get(low[:-1], 0) & ROLE)


def _closes_a_title_with_of(text: str, toks: list[Token], i: int) -> bool:
    """Whether toks[i] closes a name in title case joined by "of" ("Release of Information",
    "Board of Education"): an everyday word there is the thing's name, not a nickname."""
    return i >= 2 and toks[i - 1].low == "of" and not toks[i - 1].cap and toks[i - 2].cap \
        and text[toks[i - 2].end:toks[i].start] == " of "


def _no_name_after(ctx: Context) -> bool:
    """Whether no capitalized word follows the one word of ctx, which a title would name, and
    the word is no kin's title ("Nana said she would take them": a grandmother, unnamed)."""
    nxt = ctx.after()
    return (nxt is None or not nxt.cap) and ctx.toks[ctx.first].low not in _KIN_TITLES


_KIN_TITLES = words("kin-titles")


def _verb_then_whose(ctx: Context) -> bool:
    """'Will needs his meds before the visit', 'Brooks kept asking when he could go home': a
    verb of people after the word, then his, her or their and a person's noun or belonging
    (not "Faith gave her strength"), or a state said of people ("asking", "crying")."""
    verb, nxt = ctx.after(), ctx.after(2)
    if verb is None or nxt is None or verb.cap or nxt.cap or ctx.gap_after() != " " \
            or not verb.bits & PERSON_VERB or ctx.text[verb.end:nxt.start] != " ":
        return False
    if nxt.bits & STATE and nxt.low.endswith("ing"):
        return True  # "Brooks kept asking"
    owned = ctx.after(3)
    return (nxt.low in _WHOSE and owned is not None and not owned.cap
            and ctx.text[nxt.end:owned.start] == " "
            and bool(owned.bits & (ROLE | FAMILY) or owned.low in POSSESSED))


_WHOSE = words("third-person-owners")


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


@dataclass(slots=True)
class Run:
    """A run of capitalized words being judged, as the rules read and trim it."""

    text: str
    toks: list[Token]
    lex: dict
    first: int
    last: int
    first0: int = -1            # where the run started, before trim_openers_and_closers
    named: bool = False         # "a boy named ...", read before trimming
    trimmed_word: bool = False  # an unlisted word was trimmed from its start
    acronym: bool = False       # an acronym was trimmed from either end
    classes: list[int] = field(default_factory=list)
    _context: Context | None = field(default=None, init=False, repr=False, compare=False)

    def context(self) -> Context:
        """The run's context as it stands now. Several rules ask for it, so it is made once
        for each span the rules leave (they move first and last as they trim); a Context is
        never changed once made."""
        ctx = self._context
        if ctx is None or ctx.first != self.first or ctx.last != self.last:
            ctx = self._context = Context(self.text, self.toks, self.first, self.last)
        return ctx


@dataclass(frozen=True)
class Rule:
    """One step of ``find_names``: ``decide(run)`` says True (a name: the run as it stands
    now), False (not a name: stop) or None (no view: the next rule reads it)."""

    name: str
    decide: object

    @property
    def example(self) -> str:
        return (self.decide.__doc__ or "").strip()


# "(14)", "(age 9)", "(14yo)", "(6 mos)": an age in brackets right after a word.
_AGE_IN_BRACKETS = re.compile(r" ?\(\s*(?:age\s*)?\d{1,2}\s*(?:yo|y/o|yrs?|mos?)?\s*\)", re.I)


def initials_of_a_person(run: Run):
    """"JM (14) placed w/ kin", "bio mom (RT) called", "per KT, hold the visit", "CW LM is
    out", "SG's IEP", "DL/TN sibs": two or three capitals that are no known abbreviation
    (agencies and programmes are on the lists; a state's code or a short word may still be
    initials), where only a person fits: an age in brackets after them, in brackets after a
    role, a person's possessive, a worker's role abbreviation before them ("supv JM"), a pair
    joined by a slash before a kin word, two letters before a verb of people ("JM spoke w/"),
    a worker's act in shorthand ("KT f/u w/ school") or "to" and a task ("RB to call GAL"),
    a pair joined by "and" ("KW and NR to ..."), a worker away ("while JM on leave"), or
    initials closing a phrase after "per", "with" or "w/" ("with KP, tribe responded"; or
    "for", before a colon or after a record: "DOB for MP"), "Per" opening the run too ("Per
    KT: reassigned"), or after a verb of speaking or of handing over and "to" ("Talked to LM
    today", "Handed my caseload to JMR")."""
    verdict = _initials_as_a_person(run)
    if not verdict:
        return verdict
    # What the capitals are, read only of those taken for initials (a rule that answered
    # False of others would answer where lone_word_never_a_name does: see _judge_runs)
    zone = run.toks[run.last]
    if zone.low in _TIME_ZONES and zone.raw.isupper() \
            and _TIME_BEFORE.search(run.text, max(0, zone.start - 12), zone.start):
        return False  # "the staffing is at 1:30 PM CT", "10 ET": a time's zone
    if zone.low in _SIZE_UNITS and run.first == run.last \
            and _SIZE_BEFORE.search(run.text, max(0, zone.start - 12), zone.start):
        return False  # "IronKey, 32 GB": a drive's size
    if run.first == run.last and defined_acronym(run.text, zone.raw):
        return False  # "Program Improvement Plan (PIP) ... Attendees: PIP manager": the text
        # spells the letters out
    if run.first == run.last and zone.low in _REPORTING_PARTY \
            and _REPORTING_PARTY_SAYS.search(run.text):
        return False  # "RP states mom threatened ..., witnessed by RP's daughter": a hotline's
        # reporting party, wherever the text names it so
    return verdict


_REPORTING_PARTY = words("reporting-party-abbreviations")
_REPORTING_PARTY_SAYS = re.compile(
    rf"\b(?:{alternation('reporting-party-abbreviations')}) "
    rf"(?:{alternation('reporting-verbs')})\b", re.IGNORECASE)


def _initials_as_a_person(run: Run):
    """initials_of_a_person, before it asks what else the capitals may be."""
    toks = run.toks
    first = run.first
    if run.first + 1 == run.last and toks[first].raw.isupper() \
            and toks[first].low in _ROLE_ABBREVIATIONS and (
                _initials(toks[run.last]) or toks[run.last].raw.isupper()
                and toks[run.last].low in _REPORT_PARTIES):
        run.first = run.last
        return True  # "CW LM", "TL JRB", "CW AP": a worker's role, then the worker's initials
    if run.first + 1 == run.last and _role_before_aged_initials(run.text, toks, first):
        run.first = run.last
        return True  # "Youth DJ (16) in QRTP": a role's word, then the initials and an age
    if run.first + 1 == run.last and toks[first].low == "per" \
            and (_initials(toks[run.last]) or _acronym_letters(toks[run.last])):
        first = run.last  # "Per KT: ...": the note's "per" opens the run; read the initials
    if first == run.last and (_initials_in_a_role_field(run.text, toks, first)
                              or _initials_paired_at_work(run.text, toks, first)
                              or _handed_between_workers(run.text, toks, first)):
        return True
    if first == run.last and _acronym_letters(toks[first]):
        if not _acronym_as_initials(run.text, toks, first):
            return None
        run.first = first  # ("Per MH (my supervisor)": the initials, not "Per")
        return True
    if first != run.last or not (_initials(toks[first]) or _title_in_capitals(toks[first])):
        return None
    verdict = _initials_in_context(run, first)
    if verdict:
        run.first = first
    return verdict


def defined_acronym(text: str, letters: str) -> bool:
    """Whether the text spells capitals out as an acronym's words, the capitals in brackets
    right after words whose first letters they are ("Program Improvement Plan (PIP)", "Child
    and Family Team (CFT)": small words between them need no letter): then the letters are
    the acronym wherever the text writes them, no person's initials. A person's initials in
    brackets after a name are the name's letters too ("Jane Marie Roe (JMR)"), but its words
    are on the lists of names, which no acronym's are."""
    if "(" not in letters and ")" not in letters and letters not in _in_brackets(text):
        return False
    at = text.find(f"({letters})")
    lex = lexicon()
    while at > 0:
        words_before = _WORDS_BEFORE_A_BRACKET.findall(text, max(0, at - 12 * len(letters)), at)
        spelt = [w for w in words_before if w.lower() not in _ACRONYM_SMALL_WORDS]
        spelt = spelt[-len(letters):]
        if len(spelt) == len(letters) and all(w[0] == c for w, c in zip(spelt, letters)) \
                and not any((bits := lex.get(w.lower(), 0)) & NAME and not bits & (WORD | COMMON)
                            for w in spelt):
            return True
        at = text.find(f"({letters})", at + 1)
    return False


def _spelt_after(text: str, start: int, end: int) -> bool:
    """defined_acronym's other order, in its place: the capitals, then the words they stand for
    in brackets ("UTC (unable to contact), LM (left message)", "PU (paternal uncle)"), which
    makes them no one there (but "PS" may still be a worker elsewhere in the line: "owner: PS;
    re: PS (public school) ROI"); not a person's name in brackets after the person's initials
    ("JM (Jane Miller)"), whose words the lists of names hold."""
    close = text.find(")", end)
    if not text.startswith(" (", end) or close < 0:
        return False
    inside = _WORDS_BEFORE_A_BRACKET.findall(text, end + 2, close)
    lex = lexicon()
    return _initials_of(inside, text[start:end].lower()) and not any(
        (bits := lex.get(w.lower(), 0)) & NAME and not bits & (WORD | COMMON) for w in inside)


def _glossed_in_quotes(text: str, start: int, end: int) -> bool:
    """_spelt_after's words in quotes, anywhere in the text: a phrase in lowercase whose words'
    first letters are the capitals ('MK on the doc list = "medical kit"', 'TJ in the inventory
    list = "toddler jacket."') makes them an abbreviation, though a worker's act follows them."""
    letters = text[start:end].lower()
    return any(_initials_of(match.group(1).split(), letters)
               for match in _QUOTED_LOWERCASE.finditer(text))


# A phrase in quotes, its words in lowercase ("medical kit", “toddler jacket”)
_QUOTED_LOWERCASE = re.compile(r"[\"“]([a-z][a-z ]*[a-z])[.,]?[\"”]")


def _initials_of(spelt: list[str], letters: str) -> bool:
    """Whether the words' first letters are the letters, in order, each small word
    ([acronym-small-words]) given a letter or none ("unable to contact": UTC or UC)."""
    if not spelt:
        return not letters
    first, rest = spelt[0], spelt[1:]
    if letters and first[0].lower() == letters[0] and _initials_of(rest, letters[1:]):
        return True
    return first.lower() in _ACRONYM_SMALL_WORDS and _initials_of(rest, letters)


@functools.lru_cache(maxsize=4)
def _in_brackets(text: str) -> frozenset[str]:
    """What the text holds in brackets ("(PIP)" -> "PIP"), found in one search: a long text
    of capitals ("Staff: AL, MA, PA. ..." pasted a thousand times) asked defined_acronym of
    every one, and each asking searched the whole text (bench/privacy.py times it)."""
    return frozenset(_BRACKETED.findall(text))


_BRACKETED = re.compile(r"\(([^()]*)\)")
_WORDS_BEFORE_A_BRACKET = re.compile(r"[A-Za-z][\w'-]*")
_ACRONYM_SMALL_WORDS = words("acronym-small-words")
_TIME_ZONES = words("time-zones")
_SIZE_UNITS = words("size-units")
_SIZE_BEFORE = re.compile(r"\d\s?$")
_TIME_BEFORE = re.compile(r"\d(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?\s$", re.IGNORECASE)


def _acronym_letters(tok: Token) -> bool:
    """Two capitals that a list knows as an abbreviation of the work or a short word ("MH",
    "PS", "OK"), but not as a role's, a title's, an agency's or a month's."""
    return len(tok.raw) == 2 and tok.raw.isupper() and tok.raw.isascii() \
        and bool(tok.bits & (NOT_NAME | FUNCTION)) \
        and not tok.bits & (ROLE | ORG | TITLE | MONTH) and tok.low not in _ROLE_ABBREVIATIONS


def _acronym_as_initials(text: str, toks: list[Token], i: int) -> bool:
    """"MH is on leave, RS has her cases", "intake assigned to MT.", "PS's kid is sick", "while
    OK out", "OR said the visit went fine": two capitals that are an abbreviation of the work
    too are a worker's initials only where nothing but a person fits: away from work, a case
    handed to them, their kin, opening a sentence before a verb only people take or one of
    leaving a job ("ME left the agency", "but OR said no"; not a department's, "HR said no",
    nor a report's party, "RP stated")."""
    tok = toks[i]
    if i > 1 and toks[i - 1].low == "by" and toks[i - 2].low in _DONE_BY \
            and text[toks[i - 2].end:tok.start] == " by " \
            and not tok.bits & (AUTHORITY | FUNCTION) and tok.low not in _DEPARTMENTS \
            and (_stands_apart(text, tok) or _DATE_AFTER.match(text, tok.end)
                 and text[tok.start - 1:tok.start] not in _STUCK_BEFORE
                 and not in_capitals(text)):
        # "approved by MH 5/3", "reviewed by MH (concurs)", "Sent by DM via the portal": a
        # worker's act on a record, by the worker (a date after the initials too)
        return True
    if not _stands_apart(text, tok):
        return False
    if i and toks[i - 1].low in _WORKER_BEFORE_INITIALS \
            and text[toks[i - 1].end:tok.start] in (" ", ": ") \
            and not tok.bits & (AUTHORITY | FUNCTION) and tok.low not in _DEPARTMENTS \
            and tok.low not in _NOT_INITIALS_AFTER_A_WORKER and not tok.poss:
        return True  # "worker TC.", "caseworker PS missed two contacts": the worker named
    if i and toks[i - 1].low in _TALKED_TO and not toks[i - 1].cap \
            and text[toks[i - 1].end:tok.start] == " " \
            and not tok.bits & (AUTHORITY | FUNCTION) and tok.low not in _DEPARTMENTS:
        return True  # "ask MH how she handles the media", "tell DM i'll be 10 min late"
    if word_uses.role_in_brackets_after(text, tok) \
            and text[max(0, tok.start - 4):tok.start].lower() != "the ":
        return True  # (not "the ER (her mom) said": the place)
    if _AGE_IN_BRACKETS.match(text, tok.end) and not tok.poss \
            and text[max(0, tok.start - 4):tok.start].lower() != "the ":
        return True  # "OK (9)", not "the ER (age 3)": the place where a child of 3 was
    n = len(toks)
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < n else None
    if tok.poss:  # "MH's kid is sick", "DM's desk has the binder": a worker's own
        return nxt is not None and not nxt.cap and text[tok.end + 2:nxt.start] == " " \
            and (bool(nxt.bits & FAMILY) or nxt.low in _A_WORKERS_OWN)
    if nxt is not None and text[tok.end:nxt.start] == " " and nxt.low in ("is", "was") \
            and (text.startswith(" on leave", nxt.end) or i + 2 < n
                 and toks[i + 2].low in _AWAY_AFTER_IS and text[nxt.end:toks[i + 2].start] == " "):
        return True
    if text.startswith(_AWAY_AFTER_INITIALS, tok.end) and tok.low not in _DEPARTMENTS:
        return True  # "MH on leave", "OK out sick today": a worker away ("IT out today": not)
    if prev is not None and prev.low == "to" and i > 1 and toks[i - 2].low in _ASSIGNED \
            and text[tok.end:tok.end + 1] in ("", ",", ".", ";"):
        return True
    if nxt is not None and text[tok.end:nxt.start] == " " and not nxt.cap \
            and (nxt.bits & STRONG_VERB or nxt.low in _LEAVING_A_JOB
                 or nxt.bits & PERSON_VERB and _her_or_his_after(text, nxt.end)) \
            and nxt.low not in _THINGS_DO_TOO and tok.low not in _REPORT_PARTIES \
            and tok.low not in _DEPARTMENTS and not tok.bits & AUTHORITY \
            and (tok.initial or prev is not None and prev.low in _BEFORE_AN_ACT) \
            and not in_capitals(text):
        # "OR said the visit went fine", "ME left the agency", "AD moved desks, she's by the
        # window now": a worker's act
        return True
    return prev is not None and prev.low in _WHILE_AWAY \
        and text[tok.end:tok.end + 4] in (" on ", " out", " off")


_A_WORKERS_OWN = words("a-workers-own-things")
_WORKER_BEFORE_INITIALS = words("worker-words-before-initials")
_NOT_INITIALS_AFTER_A_WORKER = words("not-initials-after-a-worker")
# "she", "her", "he", "his" later in the sentence, as a worker's own
_HER_OR_HIS = re.compile(r"[^.;!?\n]{0,60}?\b(?:she|he|her|his|him|herself|himself)\b",
                         re.IGNORECASE)


def _her_or_his_after(text: str, end: int) -> bool:
    """Whether a third person's pronoun stands in the rest of the sentence after end, within
    60 characters: said of the person who acted ("AD moved desks, she's by the window")."""
    return _HER_OR_HIS.match(text, end) is not None
_THINGS_DO_TOO = words("strong-verbs-a-test-or-a-meeting-takes-too")
_AWAY_AFTER_INITIALS = tuple(" " + phrase for phrase in entries("away-after-initials-phrases"))
_DONE_BY = words("done-by-verbs")
_DEPARTMENTS = words("department-abbreviations")


# What closes a note's field: the line's end, a comma, a slash, a bracket, two spaces, the
# next field's label ("Worker: JT   Sup: MR", "CW: AR, sup: JT"), or a role in brackets
# ("Present: PS (chair), MH").
_FIELD_END = re.compile(r"\s*$|[ \t]*\n|[,;/)]|\.(?:\s|$)|\s{2}|\s+\w+:|\s+[—–-]\s|\s\([a-z]")


def _may_fill_a_role_field(tok: Token) -> bool:
    """What _initials_in_a_role_field asks of the word alone (see _word_asks)."""
    return len(tok.raw) in (2, 3) and tok.raw.isupper() and tok.raw.isascii() \
        and not tok.poss and not tok.bits & (NOT_NAME | ROLE | ORG | MONTH | FUNCTION) \
        and tok.low not in _ROLE_ABBREVIATIONS


def _initials_in_a_role_field(text: str, toks: list[Token], i: int) -> bool:
    """"Sup: MS", "CW: AR", "Worker: ABV, Sup: TC — 45 min", "covering = RP": two or three
    capitals filling a role's field in a note are the worker's initials, even where they are a
    state's code or a title's abbreviation, which stand nowhere else so (not a word, a role or
    an abbreviation of the lists: "Sup: TBD", "Provider: MD")."""
    tok = toks[i]
    if i == 0 or tok.low in _FIELD_ANSWERS or not (
            _may_fill_a_role_field(tok) or _acronym_letters(tok) and (
                not tok.bits & WORD  # ("Worker: OK")
                # ("Worker: AT", "Note taker: AS": a function word in capitals is initials
                # there, but the work's acronyms: "Lead: IT")
                or tok.bits & FUNCTION and tok.low not in _FUNCTION_ACRONYMS)):
        return False  # (and "Backup: NO", "Coverage: NA": what answers the field)
    prev = toks[i - 1]
    return text[prev.end:tok.start] in (": ", " = ") and (
        prev.low in _ROLE_ABBREVIATIONS or prev.low in _ROLE_FIELD_WORDS
        or bool(prev.bits & (ROLE | FAMILY))
        # ("Visit monitor initials at bottom: CR": a label asking for someone's initials)
        or _INITIALS_LABEL.search(text, max(0, text.rfind("\n", 0, prev.end) + 1,
                                            prev.end - 40), prev.end) is not None) \
        and _FIELD_END.match(text, tok.end) is not None


_ROLE_FIELD_WORDS = words("role-field-words")
_INITIALS_LABEL = re.compile(r"(?i)\binitials\b")
_FIELD_ANSWERS = words("field-answers")


def _initials_paired_at_work(text: str, toks: list[Token], i: int) -> bool:
    """"LB/DW co-assigned", "JT & AR co-facilitated FTM", "NK / NA both on leave": two pairs of
    capitals joined by a slash or "&", then a word of sharing the work: both are workers'
    initials, even a state's code or an abbreviation of the lists."""
    n = len(toks)
    if not _may_fill_a_role_field(toks[i]):
        return False
    for a, b in ((i, i + 1), (i - 1, i)):
        if a < 0 or b >= n or b + 1 >= n or not _may_fill_a_role_field(toks[a]) \
                or not _may_fill_a_role_field(toks[b]):
            continue
        if _PAIR_JOIN.fullmatch(text, toks[a].end, toks[b].start) \
                and text[toks[b].end:toks[b + 1].start] == " " \
                and toks[b + 1].low in _SHARED_WORK:
            return True
    return False


_PAIR_JOIN = re.compile(r"\s?/\s?| & ")
_SHARED_WORK = words("shared-work-words")


def _handed_between_workers(text: str, toks: list[Token], i: int) -> bool:
    """"Swap: KB ↔ DM on 7/4", "cases moved MH → RT": two pairs of capitals joined by an arrow
    are a case or a shift handed from one worker to another, both initials, even where a list
    knows them as an abbreviation; not a department's, an agency's or a role's letters ("ER →
    ICU", "CPS → DCS")."""
    if not _may_hand_on(toks[i]):
        return False
    return i + 1 < len(toks) and text[toks[i].end:toks[i + 1].start] in _ARROWS \
        and _may_hand_on(toks[i + 1]) \
        or i > 0 and text[toks[i - 1].end:toks[i].start] in _ARROWS and _may_hand_on(toks[i - 1])


def _may_hand_on(tok: Token) -> bool:
    """Two capitals that may be a worker's initials beside an arrow (see above)."""
    return len(tok.raw) == 2 and tok.raw.isupper() and tok.raw.isascii() and not tok.poss \
        and not tok.bits & (ORG | ROLE | AUTHORITY | MONTH) \
        and tok.low not in _ROLE_ABBREVIATIONS and tok.low not in _DEPARTMENTS


_ARROWS = (" ↔ ", " → ", " -> ", " <-> ", "↔", "→", "->")


def _no_state_where_states_are_spoken_of(text: str, toks: list[Token],
                                         learned: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The model's names less a state's code in capitals where the text speaks of a case
    between states ([interstate-words]: "TX to call back about the ICPC", "mom moved from AR;
    TX called about the ICPC"), which the model, taught by notes where such capitals are a
    worker's ("DC covered for me"), scores as initials. The rules still read such capitals
    for themselves."""
    if not _INTERSTATE.search(text):
        return learned
    kept = []
    for start, end in learned:
        if end - start == 2 and text[start:end].isupper():
            k = bisect_left(toks, start, key=_START)
            if k < len(toks) and toks[k].start == start and toks[k].bits & STATE_CODE:
                continue
        kept.append((start, end))
    return kept


def _states_talked_of(text: str, toks: list[Token], tok: Token,
                      people: frozenset[int] = frozenset()) -> bool:
    """Whether tok, a state's code in capitals, may be the state here: the text speaks of
    states ("ICPC", "interstate", "moved"), names another state, or has the code after "from",
    "to", "in", "with" or "the" ("TX to call back about the ICPC", "mom moved from AR", "the VA
    wanted records"), or the code is a role's too ("MD says"). Elsewhere in a note
    two capitals before a worker's act are a worker's initials, even a state's code ("AR
    called mom 2x", "DE to f/u on housing"). people: where codes stand that were found as a
    person's initials, which name no state ("Present: AR, MS, OK, JT")."""
    talk, states = _states_in(text, toks)
    if talk or tok.low in _ROLE_ABBREVIATIONS:
        return True  # (or a role: "MD says FTT is medical")
    if people:
        states = [start for start in states if start not in people]
    if len(states) > 1 or states and states[0] != tok.start:
        return True  # another state named
    k = bisect_left(toks, tok.start, key=_START)
    if k > 1 and toks[k - 1].low == "to" and toks[k - 2].low in _ASSIGNED:
        return False  # "assigned to MT.": the worker a case goes to
    return k > 0 and toks[k - 1].low in _BEFORE_A_STATE


_STATE_TALK = re.compile(rf"\b(?:{alternation('state-talk-words')})\b", re.IGNORECASE)
_STATES_IN: list = [None, None]  # the words of the text last asked about, and the answer


def _states_in(text: str, toks: list[Token]) -> tuple[bool, list[int]]:
    """What _states_talked_of reads of the whole text: whether it speaks of states, and where
    its states and states' codes in capitals stand. Found once for the text's words (toks,
    tokenize(text)), not once for each code asked about: a long text holds many."""
    if _STATES_IN[0] is toks:
        return _STATES_IN[1]
    answer = (_STATE_TALK.search(text) is not None,
              [other.start for other in toks if other.bits & REGION or other.bits & STATE_CODE
               and other.raw.isupper() and len(other.raw) == 2])
    _STATES_IN[0], _STATES_IN[1] = toks, answer
    return answer
_BEFORE_A_STATE = words("before-a-state-code")


def _role_before_aged_initials(text: str, toks: list[Token], first: int) -> bool:
    """'Youth DJ (16) in QRTP': a role's word, capitalized, then two or three capitals that no
    list calls a role's, a kin's or a department's nor a grade's numeral ("Caseworker II"), and
    an age in brackets after them (an organisation's word opening a run, "Youth", left it to
    organisation())."""
    role, letters = toks[first], toks[first + 1]
    return bool(role.bits & ROLE) and role.cap and not role.raw.isupper() \
        and 2 <= len(letters.raw) <= 3 and letters.raw.isupper() and letters.raw.isascii() \
        and letters.raw.strip("IVX") and not letters.bits & (ROLE | ORG | AUTHORITY | MONTH) \
        and letters.low not in _ROLE_ABBREVIATIONS and letters.low not in _KIN_SHORT \
        and letters.low not in _DEPARTMENTS \
        and text[role.end:letters.start] == " " and _AGE_IN_BRACKETS.match(text, letters.end) \
        is not None


def _initials_in_context(run: Run, first: int):
    """initials_of_a_person for the initials at toks[first], the run's only word."""
    toks, text = run.toks, run.text
    tok = toks[first]
    if tok.low in _NEVER_INITIALS:
        return None  # "arrived with LE;": law enforcement
    if text[tok.start - 1:tok.start].isdigit():
        return None  # "4WD needed in winter", "2BR unit": the letters end a code of digits
    # a state's code is read as a worker's initials only where no state is spoken of
    state = bool(tok.bits & STATE_CODE) and _states_talked_of(text, toks, tok)
    if _AGE_IN_BRACKETS.match(text, tok.end) and not tok.poss:
        return True  # "JM (14)"
    ctx = Context(text, toks, first, first)
    prev, nxt = ctx.before(), ctx.after()
    if prev is not None and prev.low in _ARTICLES and text[prev.end:tok.start] == " ":
        return None  # "as the DJ said it", "the DA said no": a role's or an office's letters
    if nxt is not None and ctx.gap_after() == " (" and nxt.low in _ROLE_ABBREVIATIONS \
            and text[nxt.end:nxt.end + 1] == ")" and not state:
        return True  # "RB (SW) will call back": a worker, then the worker's role
    if text[tok.start - 1:tok.start] == "(" and text[tok.end:tok.end + 1] == ")" \
            and prev is not None and (prev.bits & (ROLE | FAMILY) or prev.low in _KIN_SHORT
                                      or prev.low in _ROLE_ABBREVIATIONS):
        return True  # "bio mom (RT)", "HV w/ mo (DK)", "FP (RT)"
    if nxt is not None and ctx.gap_after() == " (" and not tok.poss \
            and _person_in_brackets(text, toks, first + 1, tok.raw, run.lex):
        return True  # "TQN (dad) asked", "DKS (adoption worker) started", "NB (youth, 15)"
    if _attending(text, tok.start):
        return True  # "Present: KL, Marisol, D. Yazzie"
    if text[tok.end:tok.end + 1] == ":" and nxt is not None and nxt.low in _INITIALS_TO_ACTS \
            and _opens_its_line(text, tok.start):
        return True  # "- KL: update case plan": an action item opening its line
    if tok.poss and nxt is not None and ctx.gap_after() == " " and (
            nxt.bits & (ROLE | FAMILY) and not nxt.cap or nxt.low in POSSESSED
            or nxt.raw.isupper() and nxt.bits & NOT_NAME):
        return True  # "JM's mom", "SG's IEP", "DN's GAL"
    if prev is not None and prev.low in _ROLE_ABBREVIATIONS and text[prev.end:tok.start] == " ":
        return True  # "SW KT" when the two are not one run, "supv JM re: safety"
    if (len(tok.raw) == 2 or not tok.bits) and tok.low not in _ROLE_ABBREVIATIONS \
            and nxt is not None and nxt.low in _INITIALS_VERBS and not tok.poss \
            and ctx.gap_after() == " " and not state:
        # "JM spoke w/ pat. aunt", "KT said no", "DLH reports": initials doing what people do
        # (three capitals on a list are an agency's or a role's: "OHA said", "FSW drove";
        # "TX called", a state)
        return True
    if len(tok.raw) == 2 and nxt is not None and ctx.gap_after() == " " and not tok.poss \
            and not state and text[nxt.end:nxt.end + 1] == "/" \
            and text[nxt.start:].split(" ", 1)[0].rstrip(".,;:").lower() in _INITIALS_CHAT_ACTS:
        return True  # "KT f/u w/ school", "JM l/m for mom": a worker's act written short
    if _slash_pair(text, toks, first):
        return True  # "DL/TN sibs"
    if prev is not None and prev.low in _WHILE_AWAY and text[tok.end:tok.end + 4] in (
            " on ", " out", " off"):
        return True  # "covering while JM on leave", "until KT out of office"
    if prev is not None and not state and (
            prev.low in _BEFORE_INITIALS or prev.low == "w"
            and text[prev.end:prev.end + 1] in ("/", " ")) \
            and not (len(tok.raw) == 3 and tok.low in _ROLE_ABBREVIATIONS) \
            and tok.low not in _DEPARTMENTS:
        # (three capitals of a role's are the role: "transport by FSW", "signed by CWA"; and a
        # department's or a service's are theirs: "transported to the ER by EMS")
        # "per KT, hold", "(per MJC)", "per MAH, TPR moved", "discussed it with AP, tribe
        # responded", "FTM w PRH and tribe rep": initials closing a phrase, or before "and" or
        # a kin word
        if text[tok.end:tok.end + 1] in ("", ",", ":", ";", ".", ")") or nxt is not None \
                and ctx.gap_after() == " " and not nxt.cap and (
                    nxt.low == "and" or prev.low == "per" and nxt.bits & (ROLE | FAMILY)):
            return True
        if text[tok.end:tok.end + 3] in (" + ", " & ") or _DATE_AFTER.match(text, tok.end):
            return True  # "mtg w/ RB + CW at 2", "staffed w/ JLH 3/14"
        return _unlisted_initials(text, tok) or None
    if (len(tok.raw) == 2 or not tok.bits and tok.low not in _ROLE_ABBREVIATIONS) \
            and nxt is not None and nxt.low == "to" and ctx.gap_after() == " " \
            and not state and not tok.poss:
        act = ctx.after(2)
        if act is not None and text[nxt.end:act.start] == " " and (
                act.low in _INITIALS_TO_ACTS or _piece_at(text, act.start).rstrip(
                    ".,;:").lower() in _INITIALS_CHAT_ACTS):
            return True  # "RB to call GAL before the FTM", "NR to co-facilitate", "DE to f/u"
    if len(tok.raw) == 2 and text[tok.end:tok.end + 3] == " & " and not state:
        other = ctx.after()
        if other is not None and other.start == tok.end + 3 and _initials(other) \
                and len(other.raw) == 2 and _initials_in_context(run, first + 1):
            return True  # "RM & CS to co-facilitate the CFT"
    if _opens_its_line(text, tok.start) and not state \
            and (text[tok.end:tok.end + 3] in (" - ", " – ", " — ") and nxt is not None
                 and not nxt.cap or nxt is not None and nxt.low in ("is", "was")
                 and ctx.after(2) is not None and ctx.after(2).low in _AWAY_AFTER_IS):
        return True  # "KT - can u run a CLETS", "KT is out sick again"
    if nxt is not None and nxt.low == "and" and ctx.gap_after() == " " and ctx.after(3) \
            is not None and ctx.after(2).low in _THIRD_PERSON_OWNERS and ctx.after(3).bits & ROLE \
            and not state:
        return True  # "KT and her brother were placed separately"
    if len(tok.raw) == 2 and nxt is not None and nxt.low == "and" and ctx.gap_after() == " " \
            and not state:
        other = ctx.after(2)
        if other is not None and _initials(other) and len(other.raw) == 2 \
                and _initials_in_context(run, first + 2):
            return True  # "KW and NR to co-facilitate the FTM"
    verb = ctx.before(2)
    if prev is not None and prev.low == "to" and verb is not None and verb.low in _ASSIGNED \
            and (text[tok.end:tok.end + 1] in ("", ",", ".", ";")
                 or _ASSIGNED_UNTIL.match(text, tok.end)) and not state:
        return True  # "assigned to TK.", "reassigned to LM eff. 3/1": the worker a case goes to
    if prev is not None and prev.low == "to" and not state and not tok.poss \
            and _stands_apart(text, tok):
        verb = _verb_before_to(text, toks, first - 1)
        if verb in _HANDED_TO and (_unlisted_initials(text, tok) or len(tok.raw) == 3
                                   and not tok.bits) \
                or verb in _SPOKEN_TO and not tok.bits & ~WORD and 2 <= len(tok.raw) <= 3:
            return True  # "Spoke to LM briefly", "Handed my caseload to JT before I left"
    if len(tok.raw) == 2 and prev is not None and prev.low == "for" \
            and text[tok.end:tok.end + 1] == ":":
        return True  # "ROI for RA: last 4 verified" (but "ask for ID.")
    record = ctx.before(2)
    if len(tok.raw) == 2 and prev is not None and prev.low == "for" and record is not None \
            and record.raw.isupper() and record.low in _RECORDS and not state \
            and text[record.end:tok.start] == " for ":
        return True  # "DOB for MP corrected", "IEP for JT moved": a record of the person
    return _unlisted_initials(text, tok) or None


def _person_in_brackets(text: str, toks: list[Token], k: int, letters: str,
                        lex: dict[str, int]) -> bool:
    """Whether the brackets opening at toks[k] say who a person is: a role or a kin word
    closing their first part ("(dad)", "(ER nurse)", "(paternal grandparents)", "(youth, 15)",
    "(MGF)"), in a few words; not the words the capitals stand for ("CHW (community health
    worker)": their first letters spell them)."""
    close = text.find(")", toks[k].start, toks[k].start + 40)
    if close < 0:
        return False
    part = text.find(",", toks[k].start, close)
    end = close if part < 0 else part
    inside = []
    while k < len(toks) and toks[k].end <= end:
        inside.append(toks[k])
        k += 1
    if not inside or len(inside) > 3 or toks[k - 1].end != end:
        return False
    if "".join(t.raw[0] for t in inside).upper() == letters:
        return False  # "CHW (community health worker)": what the letters stand for
    head = inside[-1]
    role = head.bits & (ROLE | FAMILY) or head.low[-1] == "s" and lex.get(head.low[:-1], 0) & (
        ROLE | FAMILY)  # "(paternal grandparents)"
    return bool(role) and not any(t.bits & ORG for t in inside) \
        or head.low in _KIN_SHORT or head.low in _ROLE_ABBREVIATIONS


def _unlisted_initials(text: str, tok: Token) -> bool:
    """"Discussed placement options with JT", "RK reports no concerns", "called by DW": two
    capitals that no list knows, neither an abbreviation of the work, a word, a state nor a
    name, and no part of a number or a code, are initials wherever they stand; and two that
    the lists know only as a rarer word, an abbreviation's ("KM has the new referral",
    "transferred from LB"), those that stand for things more often ("left a VM", "DM me")
    being among [two-letter-abbreviations]."""
    if len(tok.raw) != 2 or tok.low in _TWO_LETTER_ABBREVIATIONS or not _stands_apart(text, tok):
        return False
    if not tok.bits:
        return True
    # a rarer word's abbreviation, but not a state's code ("moved from MO to KS") nor a unit
    # after its number ("a 10 LB bag")
    return tok.bits == WORD and tok.raw.isupper() \
        and not _DIGIT_BEFORE.search(text, max(0, tok.start - 3), tok.start)


def _verb_before_to(text: str, toks: list[Token], to: int) -> str:
    """The verb of speaking or of handing over ([spoken-to-verbs], [handed-to-verbs]) that the
    "to" at toks[to] follows, right after it or up to three words after it with no stop between
    ("talked to", "handed my caseload to"), in lowercase; "" if none ("unable to LM")."""
    for j in range(to - 1, max(-1, to - 5), -1):
        if _STOP_BETWEEN.search(text, toks[j].end, toks[j + 1].start):
            return ""
        if toks[j].low in _SPOKEN_TO or toks[j].low in _HANDED_TO:
            return toks[j].low
    return ""


_SPOKEN_TO = words("spoken-to-verbs")
_HANDED_TO = words("handed-to-verbs")
_STOP_BETWEEN = re.compile(r"[.,;:!?()\n]")
_TWO_LETTER_ABBREVIATIONS = words("two-letter-abbreviations")
_NEVER_INITIALS = words("never-initials")
_STUCK_AFTER = re.compile(r"[-/#&@+_=\d]|\.\w| [#\d=]")  # (" =": "LB = left behind")
_STUCK_BEFORE = frozenset("-/#&@+_=.0123456789")


def _stands_apart(text: str, tok: Token) -> bool:
    """Whether a word stands on its own in a line written in both cases: nothing of a code
    joined to it ("JV-24-00317", "5PM", "DSM-5-TR", "KT #4"), the line no shouted one."""
    return not (_STUCK_AFTER.match(text, tok.end) or in_capitals(text)
                or text[tok.start - 1:tok.start] in _STUCK_BEFORE)


_ROLE_ABBREVIATIONS = words("role-abbreviations")
_DATE_AFTER = re.compile(r" \d{1,2}/\d{1,2}\b")  # "staffed w/ JLH 3/14": when they met
_KIN_SHORT = words("kin-abbreviations")


def _kin_in_a_note(tok: Token, toks: list[Token]) -> bool:
    """"Mo's SSN listed on old intake", "Fa's atty requested the notes", "Mo refused to sign
    ROI ... FTM": a note's "mo" or "fa" (mother, father), capitalized, is the parent, not a
    "Mo" named so, where it is possessive, or opens a sentence of a note (a worker's role
    abbreviated, or an acronym in capitals, stands in the line: "Mo has it, he's scanning" is
    a person)."""
    if len(tok.low) != 2 or tok.low not in _KIN_SHORT:
        return False
    if tok.poss:
        return True
    return tok.initial and any(
        other.low in _ROLE_ABBREVIATIONS and other is not tok
        or len(other.raw) >= 3 and other.raw.isupper() and other.bits & NOT_NAME
        for other in toks)


_AWAY_AFTER_IS = words("away-after-is")
_ASSIGNED = words("assigned-verbs")
_ASSIGNED_UNTIL = re.compile(rf" (?:{alternation('after-assigned-initials-phrases')})\b",
                             re.IGNORECASE)
_ATTENDANCE = re.compile(r"\b(?:%s)\s*:" % "|".join(sorted(words("attendance-words"))), re.I)


def _opens_its_line(text: str, start: int) -> bool:
    """Whether only a list's marks (" -•*", tabs) stand before start on its line ("- KL: update
    the plan"): read back from start, not all the text before it."""
    k = start
    while k and text[k - 1] in " -•*\t":
        k -= 1
    return k == 0 or text[k - 1] == "\n"


def _piece_at(text: str, start: int) -> str:
    """The text from start to the next space ("f/u," of "DE to f/u, then")."""
    end = text.find(" ", start)
    return text[start:end] if end >= 0 else text[start:]


def _attending(text: str, start: int) -> bool:
    """Whether the text before start, on its line, opens a meeting's list of people
    ("Present: KL, ...") with no sentence ended since.

    Only a heading after the line's last ". " may do, and none holds one, so the question is
    whether a heading stands between that ". " and start. In a long text where the text's line
    breaks, stops, colons and headings stand is found once (_heading_marks), and read by
    binary searches: a search of the line for each capital asked about cost a long text of
    one paragraph (a chat pasted without its line breaks) time growing as its length
    squared. A line is read as it stands, which costs it less."""
    if len(text) <= text_wide.LONG_TEXT:
        opens = text.rfind("\n", 0, start) + 1
        stop = text.rfind(". ", opens, start)
        if stop >= 0:
            opens = stop + 1
        if text.find(":", opens, start) < 0:
            return False  # a heading closes with a colon: most lines hold none
        return _ATTENDANCE.search(text, opens, start) is not None
    breaks, stops, colons, heads, head_ends = _heading_marks(text)
    k = bisect_left(breaks, start)  # (the last line break before start)
    opens = breaks[k - 1] + 1 if k else 0
    k = bisect_right(stops, start - 2)  # (the last ". " that ends by start, on the line)
    if k and stops[k - 1] >= opens:
        opens = stops[k - 1] + 1
    k = bisect_left(colons, opens)
    if k == len(colons) or colons[k] >= start:
        return False
    # The first heading from opens on: the text's next one, unless one of the text's runs
    # across opens (then searched for from there). It must end by start: a heading is a
    # word, spaces and a colon, so none that ends later holds another that ends sooner.
    k = bisect_left(heads, opens)
    if k and head_ends[k - 1] > opens:
        first = _ATTENDANCE.search(text, opens)
        return first is not None and first.end() <= start
    return k < len(heads) and head_ends[k] <= start


@functools.lru_cache(maxsize=1)
def _heading_marks(text: str) -> tuple[list[int], ...]:
    """Where text holds a line break, a ". ", a colon; and where its headings of a meeting's
    list (_ATTENDANCE) start and end: for _attending."""
    heads = list(_ATTENDANCE.finditer(text))
    return ([m.start() for m in _LINE_BREAK.finditer(text)],
            [m.start() for m in _SENTENCE_END.finditer(text)],
            [m.start() for m in _COLON.finditer(text)],
            [m.start() for m in heads], [m.end() for m in heads])


_LINE_BREAK, _SENTENCE_END, _COLON = re.compile("\n"), re.compile(r"\. "), re.compile(":")


_RECORDS = POSSESSED | words("records-after-possessive")  # "DOB for MP", "IEP for JT"


def after_a_role_abbreviation(run: Run):
    """"CW Deb covering", "CASA Hope Delacroix to submit": a worker's role written short in
    capitals, opening a run of names, is read like a title: the names after it are a person's,
    even names that are also words. A run holding an organisation's word ("CASA Program") or
    an everyday word ("CW Training") is left to the other rules."""
    toks, first = run.toks, run.first
    if first == run.last or not toks[first].raw.isupper() \
            or toks[first].low not in _ROLE_ABBREVIATIONS:
        return None
    for k in range(first + 1, run.last + 1):
        if toks[k].cls not in (N, W1, W2, U) or toks[k].bits & ORG:
            return None
    run.first = first + 1
    return True


# "JM spoke w/ the aunt", "KT said no": verbs of people, not of documents ("ROI signed").
_INITIALS_VERBS = words("initials-verbs")
# "KT f/u w/ school", "JM l/m": a worker's act in a case note's shorthand, after initials.
_INITIALS_CHAT_ACTS = words("initials-chat-acts")
# "RB to call GAL", "NR to co-facilitate": a worker's task after initials and "to".
_INITIALS_TO_ACTS = words("initials-to-acts")
# "per KT,", "with KP, tribe responded": before initials that close a phrase.
_BEFORE_INITIALS = words("before-closing-initials")
# "covering while JM on leave", "until KT out": a worker away.
_WHILE_AWAY = words("while-away")


# A report's parties written short, which [not-names] holds, but a worker's initials may spell
# after the worker's role ("CW AP unable to reach PGM")
_REPORT_PARTIES = words("report-party-abbreviations")


def _initials(tok: Token) -> bool:
    """Two or three capitals that no list calls an agency, role, title, month or word."""
    return 2 <= len(tok.raw) <= 3 and tok.raw.isupper() and tok.raw.isascii() and not (
        tok.bits & (NOT_NAME | ROLE | ORG | TITLE | MONTH | FUNCTION))


def _title_in_capitals(tok: Token) -> bool:
    """"MS to schedule CFT", "MR approved the extension": a title's abbreviation in capitals
    with no name after it (the run holds it alone) is a worker's initials where a worker's act
    follows (_initials_in_context)."""
    return len(tok.raw) == 2 and tok.raw.isupper() and bool(tok.bits & TITLE_ABBR) \
        and not tok.bits & (NOT_NAME | ROLE | ORG | MONTH | FUNCTION)


def _slash_pair(text: str, toks: list[Token], i: int) -> bool:
    """Initials joined by a slash to other initials, the pair before a kin word: "DL/TN sibs"."""
    for a, b in ((i, i + 1), (i - 1, i)):
        if a < 0 or b >= len(toks) or text[toks[a].end:toks[b].start] != "/":
            continue
        if not (_initials(toks[a]) and _initials(toks[b])) or b + 1 >= len(toks) \
                or toks[a].bits & STATE_CODE and toks[b].bits & STATE_CODE:
            continue  # "CA/NV kids": two states
        after = toks[b + 1]
        if text[toks[b].end:after.start] == " " and not after.cap \
                and after.bits & (FAMILY | ROLE):
            return True
    return False


def lone_word_never_a_name(run: Run):
    """"When Dana called", "CPS called me": "When" and "CPS" alone are no names, whatever
    stands around them (a third of all runs end here, their context unread)."""
    if run.first == run.last and _never_a_name(run.toks[run.first]):
        return False
    return None


def after_a_kin_word(run: Run):
    """"Mom Maria called", "Dad King says he was named after his grandfather", "Pt Sione seen
    at urgent care": a kin or client word opening a run, the rest of it words that can be
    names and nothing an organisation or a thing is called ("Youth Services", "Baby Girl" are
    left to the other rules)."""
    toks, first = run.toks, run.first
    if first == run.last or toks[first].low not in _KIN_BEFORE_NAME or toks[first].poss \
            or _SPACE_DIGIT.match(run.text, toks[run.last].end):
        return None  # "Mom Case 3": a label in a phone's contacts
    for k in range(first + 1, run.last + 1):
        tok = toks[k]
        if k > first + 1 and (tok.particle and not tok.cap
                              or _after_a_particle_in_a_name(toks, k, first + 1)):
            continue  # "Mom Liliana García de León": a surname with its particle
        if tok.cls not in (N, W1, W2, U) or tok.bits & (ORG | THING | NOT_NAME | ROLE):
            return None
    if first + 1 == run.last and toks[run.last].low in _PLACEHOLDERS_AFTER_A_TITLE:
        return False  # "the minor child, Child Doe", "Mom X": a person left unnamed
    run.first = first + 1
    return True


_KIN_BEFORE_NAME = words("kin-before-a-name")


def after_a_greeting(run: Run):
    """"Dear Dolores, I made a mistake", "Hi Kemem,", "Si Bong the uncle has a big dog": a
    greeting opening a run, or a word that marks a person's name in another language
    (Tagalog "si", "ni"), the rest of it words that can be names; or a word that can be a name
    greeted, thanked or wished well by name (cues.greeted: "Happy birthday April!"). Not a
    wish after the greeting ("Hi Hope you are well"), nor a group hailed ("Hi Folks,"), which
    it says are no name."""
    toks, first = run.toks, run.first
    last = toks[run.last]
    if (last.cls in (N, W1, W2, U) or last.bits & MONTH and last.bits & NAME) \
            and not last.bits & (ORG | THING | NOT_NAME | ROLE | TITLE):
        greeting = cues_module.greeting_before(run.text, last.start, last.end, last.low)
        if 0 <= greeting <= toks[first].start:
            # "Happy birthday April!", "Happy Thanksgiving Mercy!": greeted by name, the run's
            # other words the greeting's; but "Hi Folks,", "Morning Crew,": a group hailed
            if last.low in _GREETED_GROUPS:
                return False
            run.first = run.last
            return True
    if first == run.last or toks[first].low not in _GREETINGS:
        return None
    if first + 1 == run.last and (last.low in _GREETED_GROUPS or _a_unit(last)):
        return False  # "Hi Folks,", "Morning Crew,", "Dear Intake,": a group hailed, no one
    if first + 1 == run.last and cues_module.a_wish(run.text, toks[run.last].end,
                                                    toks[run.last].low):
        return False  # "Hi Hope you are well": a wish, no one greeted
    if first + 1 == run.last and _pet_name_written_to(run.text, toks[first], last):
        run.first = run.last
        return True  # "Dear Pumpkin, Daddy misses you": a letter's one addressed by a pet name
    for k in range(first + 1, run.last + 1):
        tok = toks[k]
        if tok.cls not in (N, W1, W2, U) and not (
                tok.bits & MONTH and tok.bits & NAME and not tok.raw.isupper()) \
                or tok.bits & (ORG | THING | NOT_NAME | ROLE | TITLE):
            return None  # "Dear Sir", "Hi Team": no one named (but "Hi Jun,", "Dear April")
    run.first = first + 1
    return True


_GREETINGS = words("greetings")
_GREETED_GROUPS = words("greeted-groups")


def _a_unit(tok: Token) -> bool:
    """Whether a capitalized word is an agency's unit, as its staff call it, and no name
    ("Finance wants the receipts", "per Reception", "Dear Intake"): [work-units]."""
    return tok.low in cues_module.WORK_UNITS and not tok.bits & (FIRST | LAST) and not tok.poss


def _pet_name_written_to(text: str, dear: Token, word: Token) -> bool:
    """"Dear Pumpkin,", "Dear Cricket (that's what her grandma calls Harper)": a letter or a
    card opening with "Dear" and one capitalized word, then a comma, a stop or a bracket, is
    written to someone by the name the family calls them, though the word is an everyday
    one; not to a role, a kin, a group or whom a letter is written to by no name
    ([dear-no-one]: "Dear Colleagues,", "Dear Diary,", "Dear Grandpa,", "Dear Sir,"), nor
    to many ("Dear Volunteers,": an everyday word's plural)."""
    return dear.low == "dear" and dear.cap and word.cap and not word.raw.isupper() \
        and not word.poss and bool(word.bits & WORD) \
        and not word.bits & (ORG | NOT_NAME | ROLE | TITLE | FAMILY | FUNCTION | MONTH) \
        and word.low not in _GREETED_GROUPS and word.low not in _DEAR_NO_ONE \
        and not (word.low.endswith("s") and lexicon().get(word.low[:-1], 0) & WORD) \
        and text[dear.end:word.start] == " " \
        and _ADDRESSED_CLOSE.match(text, word.end) is not None \
        and (dear.start == 0 or text[dear.start - 1] in "\n\"“'‘ :")


_DEAR_NO_ONE = words("dear-no-one")
_ADDRESSED_CLOSE = re.compile(r"[,!]|\s\(|\s*$")


def after_a_title(run: Run):
    """"Judge Alvarez", "Mrs. Okafor", "ms. Lopez": the name after a title, and only the
    name ("Alvarez"); a title followed by nothing but everyday words is no name, but for a
    surname of everyday words ("Mrs. Two Bulls", "Ms. Banks-Freeman", "Ms. Do asked") and a
    nickname after a kin word of another language ("Tío Memo")."""
    toks, titled = run.toks, False
    if not toks[run.first].bits & TITLE and not (run.first and toks[run.first - 1].bits & TITLE) \
            and not opens_a_title(toks, run.first):
        return None  # no title opens the run or stands before it (Context.titled asks the same)
    while run.first < run.last and (toks[run.first].bits & TITLE
                                    or opens_a_title(toks, run.first)):
        # (a rank's first word, a surname or a given name too, is the title's: "Petty Officer
        # Lane", "Chief Petty Officer Ruiz", "Lance Cpl. Osei")
        titled = True
        run.first += 1
    if not titled and run.context().titled():
        titled = True  # "ms. Lopez": a title typed in lowercase
    if not titled:
        return None
    if run.first == run.last and toks[run.first].low in _OFFICES_ADDRESSED:
        return False  # "Madam Chair", "Mr. President of the council": an office addressed
    if _surname_after_a_title_abbreviation(toks, run.first, run.last):
        return True  # "Ms. Foster called", "Mr. West signed", "Mrs. Lake": a surname that is
        # also a role's, a place's or an organisation's word
    if toks[run.last].bits & ORG and toks[run.last].cap and toks[run.last].bits & COMMON \
            and not any(toks[k].cls in (N, U) for k in range(run.first, run.last)):
        # "the Justice Center", "Pastor Street Mission": a place, not a person; but "Judge
        # Soo-min Park": a given name no word list knows before a surname that is also a word
        return False
    if run.first < run.last and _a_listed_plains_surname(toks, run.first, run.last):
        return True  # "Grandma Yellow Robe called": the listed surname whole
    if _a_titled_thing(run):
        return False  # "The Justice Track covers testimony", "Father Factor groups meet"
    span = _after_title(toks, run.first, run.last)
    if span is None and _everyday_words_as_a_surname(toks, run.first, run.last):
        return True  # "Mrs. Two Bulls", "Mr. Black Elk"
    if span is None and _function_word_as_a_surname(toks, run.first, run.last):
        return True  # "Ms. Do asked for a copy", "Mr. Le said no"
    if span is None and _nickname_after_a_kin_title(toks, run.first, run.last):
        return True  # "Tío Memo", "Tita Baby", "Bà Loan"
    if span is None or span[0] == span[1] and toks[span[0]].low in _PLACEHOLDERS_AFTER_A_TITLE \
            and toks[span[0]].cap:
        return False  # (and "let's call him Mr. X", "Baby Girl Doe": a person left unnamed)
    run.first, run.last = span
    return True


_PLACEHOLDERS_AFTER_A_TITLE = words("placeholders-after-a-title")
_OFFICES_ADDRESSED = words("offices-addressed")


def _a_titled_thing(run: Run) -> bool:
    """'The Justice Track covers testimony', 'Father Factor groups meet weekly': a title's
    word that is no abbreviation, then everyday words, naming a thing: an organisation's title
    ("Justice") after an article, or before a noun of things ("groups", "program")."""
    toks, first, last = run.toks, run.first, run.last
    title = toks[first - 1]
    if title.bits & TITLE_ABBR or not all(tok.bits & COMMON and tok.cap
                                          for tok in toks[first:last + 1]):
        return False
    if title.bits & ORG and first >= 2 and toks[first - 2].low in _ARTICLES:
        return True
    return thing_after(run.context())


def _surname_after_a_title_abbreviation(toks: list[Token], first: int, last: int) -> bool:
    """'Ms. Foster called', 'Mr. West signed', 'Mrs. Lake asked': one capitalized word on the
    surname list right after "Mr.", "Ms.", "Mrs." or "Dr." (a title's abbreviation, which
    only a person's name follows) is the surname, whatever else the word is (a role, a
    direction, a lake); not a month, a function word ("Ms. Do" is read by
    _function_word_as_a_surname) or a placeholder ("Mr. X")."""
    if first != last or not first or not toks[first - 1].bits & TITLE_ABBR:
        return False
    tok = toks[first]
    return tok.raw.istitle() and len(tok.raw) > 1 and bool(tok.bits & LAST) \
        and not tok.bits & (MONTH | FUNCTION) and tok.low not in _PLACEHOLDERS_AFTER_A_TITLE


def _nickname_after_a_kin_title(toks: list[Token], first: int, last: int) -> bool:
    """'Tío Memo picked them up', 'Tita Baby watches the kids', 'Bà Loan asked me': after a
    kin word of Spanish, Tagalog, Vietnamese or Somali used as a title, right before, one
    capitalized everyday word is the relative's nickname or name ("Baby" and "Boy" are
    Filipino nicknames), as in English only a name is after "Aunt" ("Uncle Sam", "Officer
    Friendly" stay characters). Not a function word, a verb of people, a place's, an
    organisation's, a thing's or a month's word."""
    if first != last or not first or toks[first - 1].low not in _KIN_TITLES_BEFORE_A_NICKNAME:
        return False
    tok = toks[first]
    if tok.bits & (ROLE | TITLE) and not tok.bits & WORD:
        return False  # "Bà Nội": a kin word of the language, the paternal grandmother's
    return tok.raw.istitle() and tok.cls in (X, S) and not tok.bits & (
        FUNCTION | ORG | PLACE | THING | MONTH | NOT_NAME | PERSON_VERB | OBJECT_VERB)


_KIN_TITLES_BEFORE_A_NICKNAME = words("kin-titles-before-a-nickname")


def _function_word_as_a_surname(toks: list[Token], first: int, last: int) -> bool:
    """'Ms. Do asked for a copy', 'Mr. Le said no': after "Ms.", "Mr.", "Mrs." (a title's
    abbreviation, right before), one capitalized word that is a surname and a function word
    too (Vietnamese Đỗ and Lê as US records spell them), before a verb of people in
    lowercase: the surname, which as a function word would never be capitalized there."""
    if first != last or not first or not toks[first - 1].bits & TITLE_ABBR:
        return False
    tok = toks[first]
    if not (tok.raw.istitle() and tok.bits & LAST and tok.bits & FUNCTION) \
            or first + 1 >= len(toks):
        return False
    verb = toks[first + 1]
    return not verb.cap and bool(verb.bits & PERSON_VERB)


_NOT_IN_A_SURNAME = ORG | PLACE | ROLE | THING | MONTH | FUNCTION | NOT_NAME | TITLE


def _everyday_words_as_a_surname(toks: list[Token], first: int, last: int) -> bool:
    """"Mrs. Two Bulls", "Mr. Black Elk", "Ms. Spotted Horse": after "Mr.", "Mrs.", "Ms." (a
    title's abbreviation, right before), two or three everyday words, none a place's, a
    thing's or an organisation's (the first may be a number or a colour), are a surname of the
    Plains nations, where one alone is a character's ("Officer Friendly", "Mr. Clean")."""
    if not 1 <= last - first <= 2 or not first or not toks[first - 1].bits & TITLE_ABBR:
        return False
    return _words_of_a_surname(toks, first, last)


def _words_of_a_surname(toks: list[Token], first: int, last: int) -> bool:
    """Whether toks[first..last], capitalized, may make such a surname."""
    return all(toks[k].cap and not toks[k].raw.isupper() and (
        toks[k].cls in (X, W2) and not toks[k].bits & _NOT_IN_A_SURNAME
        or k == first and toks[k].low in _SURNAME_OPENERS) for k in range(first, last + 1))


# A number or a colour opening such a surname ("Two Bulls", "Black Elk", "Red Cloud").
_SURNAME_OPENERS = words("plains-surname-openers")
_SURNAME_CLOSERS = words("plains-surname-closers")


def street_or_listed_things(run: Run):
    """"off Walker Ave", "on Calle Linda", "the Maple and Willow rooms": not people; but
    "The Lane family moved" (_the_family_opening)."""
    if _the_family_opening(run, STREET):
        return True
    if streets.is_street(run.text, run.toks, run.first, run.last) or thing_list(
            run.text, run.toks, run.first, run.last):
        # but a given name and a surname that is a street's word, where only a person fits
        # ("Destiny Street, mother, has made progress", "Foster mom Paris Lane asked"), as
        # organisation reads it
        return _full_name_closed_by_an_organisation_word(run)
    return None


def place_in_use(run: Run):
    """"Austin's school district", "the Madison office", "Denver got snow": a place."""
    tok = run.toks[run.first]
    if tok.bits & PLACE and word_uses.place_use(run.text, run.toks, run.first, run.last):
        return False
    if run.first == run.last and tok.bits & PLACE and not tok.bits & FIRST \
            and _PLACE_OF_A_NUMBER.search(run.text, max(0, tok.start - 12), tok.start) \
            and run.text.startswith(")", tok.end):
        return False  # "Tel: 01 555 0143 (Dublin)": a phone's place, in brackets after it
    return None


_PLACE_OF_A_NUMBER = re.compile(r"\d{3}[ .-]?\d{4} \($")


def country_or_state(run: Run):
    """"a card from Germany", "Nevada called it a kinship placement": a country or a US state
    that is no given name is a place, whatever stands around it (a title before it was read
    by after_a_title); one that is a given name too, in a text of an interstate placement."""
    tok = run.toks[run.first]
    if run.first == run.last and tok.bits & REGION and not tok.bits & FIRST:
        return False
    if run.first == run.last and tok.bits & REGION and run.first \
            and run.toks[run.first - 1].low in _TOWARD_A_STATE and _INTERSTATE.search(run.text) \
            and not _AGE_IN_BRACKETS.match(run.text, tok.end) and not tok.poss:
        # "ICPC request sent to Georgia", "a home study from Virginia" in an interstate
        # placement's text: the state, given name though it is ("Georgia moving to Georgia w/
        # her aunt, ICPC": the girl, then the state)
        return False
    if run.first == run.last and tok.bits & REGION and run.first >= 2 and not tok.poss \
            and run.toks[run.first - 1].low == "from" \
            and run.toks[run.first - 2].low in _FROM_A_COUNTRY and not run.toks[run.first - 2].cap:
        return False  # "the old card from India", "relatives from Georgia": a paper's or a
        # family's country, given name though it is
    return None


_FROM_A_COUNTRY = words("nouns-from-a-country")
_INTERSTATE = re.compile(rf"\b(?:{alternation('interstate-words')})\b", re.IGNORECASE)
_TOWARD_A_STATE = words("toward-a-state")


def compound_name(run: Run):
    """"Kaya Two Feathers (17)": a name of several words, some of them everyday words."""
    return True if word_uses.compound_name(run.text, run.toks, run.first, run.last) else None


def town_in_a_place_context(run: Run):
    """"moved to Austin", "her aunt in Florence", "Tyler, Texas", "Warren PD": a town; "from
    Grace, Idaho": a town no list holds, before its state."""
    toks = run.toks
    if toks[run.first].bits & PLACE and places.is_place(
            run.text, toks, run.first, _town(toks, run.first, run.last)):
        return False
    if places.town_before_a_state(run.text, toks, run.first, run.last):
        return False
    if _may_list_plural_places(run.text) and places.listed_before_plural_places(
            run.text, toks, run.first, run.last):
        return False  # "Lincoln, Grant and Sherman counties"
    return None


def _whence_a_person_is(run: Run) -> bool:
    """'The aunt from Okap is the kinship option', 'Tia from Minas Gerais wants updates': after
    a kin's or a role's word and "from", the place or the body the person is from, whom the
    verb after it is said of; not a possessive ("the worker from Dana's unit") nor a family's
    name ("the nurse from the Garcia family")."""
    toks, first, last = run.toks, run.first, run.last
    if first < 2 or toks[first - 1].low != "from" or toks[last].poss \
            or not toks[first - 2].bits & ROLE or toks[first - 2].poss:
        return False
    if run.text[toks[first - 2].end:toks[first - 1].start] != " " \
            or run.text[toks[first - 1].end:toks[first].start] != " ":
        return False
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    return nxt is None or nxt.cap or not nxt.bits & (ROLE | FAMILY)


@functools.lru_cache(maxsize=1)
def _may_list_plural_places(text: str) -> bool:
    """What places.listed_before_plural_places needs in the text, looked for in C: the end of
    one of its nouns, in any case ("counties", "Counties"). Kept for the text, which each run
    asks again: a look of the whole text for each, in a long text (a pasted case file), cost
    time growing as its length squared."""
    for ending in _PLURAL_PLACE_ENDINGS:  # (a loop: any() over a generator costs more)
        if ending in text:
            return True
    return False


_PLURAL_PLACE_ENDINGS = tuple(noun[1:] for noun in places.PLURAL_PLACE_NOUNS)


def hospital_by_its_name(run: Run):
    """"We met at Mercy because the baby was still in the NICU": a hospital called by one
    word."""
    if run.first == run.last and word_uses.hospital_use(run.context()):
        return False
    return None


def a_people_not_a_person(run: Run):
    """"a Karen family", "Karen and Karenni are different groups", "speaks Karen", "Cherokee
    Nation": a people whose name is also a given name, before a noun of a people or an
    organisation's word, joined to a language or nationality, or after a verb of language.
    "Karen said" stays a person."""
    toks, last = run.toks, run.last
    if _given_name_owning_kin(run.text, toks, last, run.lex):
        return None  # "Karen's mom called": a woman's, no people's
    if run.first < last and toks[last].bits & ORG and toks[last - 1].low in _PEOPLES:
        return False  # "Cherokee Nation", "the Karen Community Center"
    if toks[last].low not in _PEOPLES or any(
            not toks[k].bits & FUNCTION for k in range(run.first, last)):
        return None  # one word, maybe after "Our", "The": "Our Karen family"
    ctx = Context(run.text, toks, last, last)
    nxt, prev = ctx.after(), ctx.before()
    if nxt is not None and not nxt.cap and ctx.gap_after() == " " and nxt.low in _PEOPLE_NOUNS:
        return False
    if nxt is not None and nxt.low in ("and", "or") and ctx.gap_after() == " ":
        other = ctx.after(2)
        if other is not None and other.cap and (other.bits & NOT_NAME or other.cls == U):
            return False  # "Karen and Karenni", "Karen and Burmese"
    if prev is not None and prev.low in ("and", "or") and ctx.gap_before() == " ":
        other = ctx.before(2)
        if other is not None and other.cap and other.bits & NOT_NAME \
                and run.text[other.end:prev.start] in (" ", ", "):
            # "in Arabic, Dari, Swahili and Karen", "speak Somali or Karen" (not "Dakota and
            # Cheyenne", two peoples that are two sisters too)
            return False
    if prev is not None and not prev.cap and prev.low in _LANGUAGE_VERBS \
            and ctx.gap_before() == " ":
        return False
    for side, gap in ((prev, ctx.gap_before()), (nxt, ctx.gap_after())):
        if side is not None and side.cap and side.bits & NOT_NAME \
                and _COUNT_IN_BRACKETS.sub("", gap).strip() in (",", "and"):
            return False  # "Kreyòl, Somali, Karen, Lao", "Kachin, Karen, Chin"
    if nxt is not None and nxt.low in ("is", "was") and ctx.after(3) is not None \
            and ctx.after(3).low in ("language", "dialect"):
        return False  # "Karen is the language she prefers"
    return None


_PEOPLES = words("peoples-also-names")
_COUNT_IN_BRACKETS = re.compile(r"\(\d+\)")  # "Karen (2), Tigrinya (1)"
_PEOPLE_NOUNS = words("people-nouns")
_LANGUAGE_VERBS = words("language-verbs")


def _a_school_one_gets_into(text: str, toks: list[Token], at: dict[int, int], start: int,
                            end: int) -> bool:
    """"one of my teens got into Cornell", "she was accepted to Brown and Duke", "enrolled at
    Emory", "got into Yale's MSW program": after words of admission to a school
    ([admission-phrases]), the school, or each of the schools listed there; a possessive only
    before a school's programme ([school-programme-words]): "got into Tyler's car" is a
    person's. at: each word's place in toks, by where it starts."""
    first = at.get(start)
    if first is None:
        return False
    last = first
    while last + 1 < len(toks) and toks[last].end < end:
        last += 1
    items = coordination_module.listed(text, toks, first, last) or [(first, last)]
    opens = toks[items[0][0]].start
    if not _ADMITTED_BEFORE.search(text, max(0, opens - 30), opens):
        return False
    if toks[last].poss:
        return last + 1 < len(toks) and toks[last + 1].low in _SCHOOL_PROGRAMMES
    return True


_ADMITTED_BEFORE = re.compile(rf"\b(?:{alternation('admission-phrases')}) $", re.IGNORECASE)
_SCHOOL_PROGRAMMES = words("school-programme-words")


def _may_admit(text: str) -> bool:
    """What _ADMITTED_BEFORE needs in a text, looked for in C: a piece of one of its verbs."""
    for piece in _ADMISSION_PIECES:  # (a loop: any() over a generator costs more)
        if piece in text:
            return True
    return False


# The longest word of each of [admission-phrases], the last of the longest, less its first
# letter (either case): "nto" of "gets into", not "ets"
_ADMISSION_PIECES = frozenset(max(reversed(phrase.split()), key=len)[1:]
                              for phrase in entries("admission-phrases"))


def a_thing_or_a_pet(run: Run):
    """"dad drives a Ford Ranger", "an Xbox", "a puppy named Biscuit": a run right after "a"
    or "an" is a make or a kind of thing, not a person; a name after an animal and "named"
    or "called" is a pet's."""
    toks, first = run.toks, run.first
    if first < run.last and toks[first].raw in ("A", "An") and toks[first].initial \
            and run.text[toks[first].end:toks[first].end + 1] != ".":
        # "A Mercedes parked in the driveway": the article opens the sentence ("A. Mahamud"
        # is an initial: no article takes a full stop)
        return False
    if _PET_PREDICATE.match(run.text, toks[run.last].end) \
            and _animal_in_sentence(run, run.last + 2, run.last + 7):
        return False  # "Sunny is the foster family's golden retriever"
    if run.text.startswith(_APPOSITION_OPENINGS, toks[run.last].end) \
            and _PET_APPOSITION.match(run.text, toks[run.last].end):
        return False  # "Ginsburg the cat, Thurgood the dog", "Max, the therapy dog, was"
    if run.text.startswith(" the ", toks[run.last].end) and (
            first == 0 or toks[first - 1].low == "and"
            or _SENTENCE_STOP.search(run.text, toks[first - 1].end, toks[first].start)) \
            and _PET_OPENING.match(run.text, toks[run.last].end):
        # "Thurgood the dog sat on my foot", "Wilbur the pig and Charlotte the spider came up",
        # not "I gave Max the dog food"
        return False
    if _animals_or_things_listed(run):
        return False  # "two labs, Buddy and Sadie", "2 dogs (Peanut, Roxy)", "Molly and Jack
        # are the foster family's greyhounds", "Woody and Buzz are the toys he sleeps with"
    if first == 0 or run.text[toks[first - 1].end:toks[first].start] not in (" ", ", "):
        return None
    prev = toks[first - 1]
    if prev.low in ("a", "an") and (not prev.cap or prev.initial) \
            and not run.text[prev.start - 1:prev.start].isdigit() \
            and not _family_after(run) and not _spanish_a(toks, first - 1):
        # "drives a Ford Ranger", "An Xbox was under the tree"; not a time's "a" ("7:45a
        # Nomvula dropped at school": a log's morning)
        return False
    if first >= 2 and prev.low in _THING_ADJECTIVES and toks[first - 2].low in ("a", "an") \
            and run.text[toks[first - 2].end:prev.start] == " " and first == run.last:
        return False  # "drives a black Mercedes", "a borrowed Ford"
    if prev.low == "the" and run.text.startswith(" of ", toks[run.last].end):
        return False  # "the Banks of the Wabash festival"
    # a pet: "a puppy named Biscuit", "the dog's name is Duke", "The cat, Princess, sleeps"
    for k in range(first - 1, max(first - 4, -1), -1):
        if toks[k].low in _ANIMALS and (not toks[k].cap or toks[k].initial):
            # (not a name's word: "Gerald Yellow Horse, Marlene Two Bulls")
            return False
        if toks[k].low not in _PET_LINKS:
            break
    if prev.low in _NAMING_VERBS and _animal_in_sentence(run, first - 8, first - 1):
        return False  # "The dog at the foster home is named Bear"
    return None


def _animals_or_things_listed(run: Run) -> bool:
    """Whether the run is one of a list of one-word names that an animal's noun heads ("two
    labs, Buddy and Sadie", "2 dogs (Peanut, Roxy)") or that a sentence or a bracket after it
    says are animals ("Hank, Otis and Louie are the three dachshunds", "Charlie and Bailey are
    cats", "Biscuit and Gravy (the dogs)"), or things named like people ("Woody and Buzz are
    the toys he sleeps with", "Mario and Luigi stickers"). The list's other members are what
    tie the run to the animal or the thing; a run alone is read by a_thing_or_a_pet's own
    tests (a name alone after "Dog: " or "1 dog (" cost a blind set a person, fifty-fifth
    session, and is not read so)."""
    toks, text = run.toks, run.text
    if run.first != run.last:
        return False
    items = coordination_module.listed(text, toks, run.first, run.last)
    if not items:
        return False
    k, j = items[0][0], items[-1][1]  # the list's first word and its last
    if k > 0 and toks[k - 1].low in _ANIMALS and (not toks[k - 1].cap or toks[k - 1].initial) \
            and text[toks[k - 1].end:toks[k].start] in (" ", ", ", ": ", " ("):
        return True
    after = _ANIMALS_OR_THINGS_AFTER_A_LIST.match(text, toks[j].end)
    if after is None:
        return False
    # (the words between say whose and what kind the animals are, not who the people are:
    # "are the foster family's two rescue greyhounds", not "are the parents of the dogs'
    # owner", "are the ones with the dogs")
    lex = run.lex
    return all(word.endswith(("'s", "’s")) or word.lower() in _ROLE_ADJECTIVES
               or not lex.get(word.lower(), 0) & (ROLE | FAMILY)
               and word.lower() not in _PET_STOPS and word.lower() not in _NOT_A_PET_S_KIND
               for word in (after.group("between") or "").split())


# after a list of names: what says they are animals or things named like people ("are the
# three dachshunds", "are cats", "(the dogs)", "are the toys", "stickers")
_ANIMALS_OR_THINGS_AFTER_A_LIST = re.compile(
    rf"(?: (?:are|were) (?:(?:the|our|their|her|his|my|both|two|three|four) )?"
    rf"(?P<between>(?:[\w'’-]+ ){{0,4}})|,? \((?:the|our|their|her|his|my|both|two|three|four) "
    rf"(?:[\w-]+ )?)(?:{alternation('animal-nouns', 'things-listed-by-name-phrases')})\b"
    # ... or things a list of characters' names is put on, right after it ("Mario and Luigi
    # stickers", "Jordan, Kobe and LeBron posters")
    rf"| (?:{alternation('character-thing-nouns')})\b", re.IGNORECASE)
_NOT_A_PET_S_KIND = words("not-a-pet-s-kind")


def _animal_in_sentence(run: Run, start: int, end: int) -> bool:
    """Whether an animal's noun stands among words start to end (clipped to the line), with
    no full stop, and no person's noun, between it and the run ("my dog loves the neighbor
    named Carlos" is a person)."""
    toks, text = run.toks, run.text
    lo, hi = max(start, 0), min(end, len(toks))
    for k in range(lo, hi):
        if toks[k].low in _ANIMALS:
            a, b = (k + 1, run.first) if k < run.first else (run.last + 1, k)
            if any(tok.bits & ROLE and not tok.poss and tok.low not in _ANIMALS
                   and tok.low not in _ROLE_ADJECTIVES or tok.low in _PET_STOPS
                   for tok in toks[a:b]):
                return False  # (whose it is may stand: "the foster family's golden retriever";
                # not a clause: "Dana is the one who walks our dog")
            between = text[min(toks[k].end, toks[run.first].start):
                           max(toks[k].start, toks[run.last].end)]
            if _SENTENCE_STOP.search(between):
                return False
            # the animal's noun closes its phrase: not "my dog walker", "the pet name for"
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            return nxt is None or not _WORD_GAP.fullmatch(text, toks[k].end, nxt.start) \
                or bool(nxt.bits & FUNCTION) and not nxt.cap or nxt is toks[run.first]
    return False


_NAMING_VERBS = words("pet-naming-verbs")
_ROLE_ADJECTIVES = words("role-adjectives")
_PET_STOPS = words("pet-clause-words")
# after a name: "is the", "was our", the words before an animal's noun
_PET_PREDICATE = re.compile(r" (?:is|was) (?:the|our|their|her|his|my|a|an) ")
_PET_OPENINGS = (" is ", " was ")  # how _PET_PREDICATE opens: looked for in C first


# the animal in apposition, closing its phrase: "Thurgood the dog.", "Max, the therapy dog,"
# (not "The kid is Max, the dog is also Max")
_PET_APPOSITION = re.compile(
    rf",? (?:the|our|their|her|his|my|a|an) (?:[\w-]+['’]s )?(?:[\w-]+ )?"
    rf"(?:{alternation('animal-nouns')})(?=[,.;:!?)]|\s*$)")
# ... and opening a sentence, before what the animal did: "Wilbur the pig and Charlotte the
# spider came up", "Max the dog bit the neighbor's kid"
_PET_OPENING = re.compile(rf" the (?:[\w-]+ )?(?:{alternation('animal-nouns')}) (?=[a-z])")
_APPOSITION_OPENINGS = (" the ", ", the ", ", our ", ", a ", ", an ", ", their ", ", her ",
                        ", his ", ", my ", " our ", " my ")


def _family_after(run: Run) -> bool:
    """'a Nguyen family', 'a Garcia kid': a family's noun after the run makes it a surname."""
    k = run.last + 1
    return k < len(run.toks) and not run.toks[k].cap and bool(run.toks[k].bits & FAMILY) \
        and run.text[run.toks[run.last].end:run.toks[k].start] == " "


def _spanish_a(toks: list[Token], k: int) -> bool:
    """'Gracias a Lucía', 'una carta a Yareli': "a" after a word of Spanish that no English
    list holds is the preposition, before a person, not the article."""
    if k == 0 or toks[k].raw != "a":
        return False
    before = toks[k - 1]
    return (bool(before.bits & NOT_NAME) and not before.bits & (COMMON | WORD | FUNCTION)
            and not before.raw.isupper())  # not "per CPS a Ford truck"


_PET_LINKS = words("pet-links")
_ANIMALS = words("animal-nouns")


# A unit's or a room's code after a word: a digit and a capital ("Ongoing 2A", "Intake 1B")
_UNIT_CODE_AFTER = re.compile(r" \d{1,2}[A-Z]\b")


def one_word_acting_as_a_person(run: Run):
    """"River said", "Justice uses he/him now", "April is doing great": one word that is
    also a word of another sort, doing what people do."""
    if run.first != run.last:
        return None
    if _UNIT_CODE_AFTER.match(run.text, run.toks[run.first].end):
        return None  # "departing worker, Ongoing 2A": a unit's name and its code
    if _kin_in_a_note(run.toks[run.first], run.toks):
        return False
    if run.toks[run.first].low in _KIN_TITLES and not run.toks[run.first].poss:
        return None  # "Nana wanted me to tell her", "Dadi isn't on anything": a kin, unnamed
    if _closes_an_office_of(run.text, run.toks, run.first):
        return None  # "the Department of Justice explained it": the office's, which
        # organisation() reads
    alone = run.context()
    if _acts_as_person(alone) or month_as_name(alone) \
            or title_as_name(alone) or _month_spoken_to(alone):
        if run.toks[run.first].low in _OPENERS_AND_SIGN_OFFS and _SIGNED_BY_A_ROLE.match(
                run.text, run.toks[run.first].end):
            return None  # "Love, your son", "Best, the intake team": a letter's sign-off
        if _a_unit(run.toks[run.first]):
            return False  # "Finance wants all receipts by the 15th": the agency's unit
        return True
    return None


def _closes_an_office_of(text: str, toks: list[Token], k: int) -> bool:
    """Whether the capitalized word at toks[k] closes an office's or an organisation's name
    after "of" ("Department of Justice", "Office of Hope", "University of Phoenix"): an
    organisation's word, capitalized, then "of", right before it."""
    return k >= 2 and toks[k - 1].low == "of" and not toks[k - 1].cap \
        and text[toks[k - 2].end:toks[k].start] == " of " and toks[k - 2].cap \
        and bool(toks[k - 2].bits & ORG)


# the words that open a message or sign it off before a comma (those cues.surname_first
# reads), then whom it is from, named by a role after a determiner: "Love, your son" signs
# off ("Love, Marcus" names him)
_OPENERS_AND_SIGN_OFFS = words("openers-before-a-comma-and-a-name")
_SIGNED_BY_A_ROLE = re.compile(rf",\s+(?i:{alternation('determiners')})\s+[a-z]")


def _month_spoken_to(ctx: Context) -> bool:
    """'I met with June yesterday', 'Spoke to May on the phone', 'I texted June last night': a
    month that is also a given name, as the person spoken to (casing's reading of a word-name
    in lowercase so), where it may name a person (_month_may_name: not "met in June", "moved to
    May 5")."""
    tok = ctx.toks[ctx.first]
    return bool(tok.bits & MONTH) and not tok.poss and _month_may_name(ctx) \
        and spoken_to_or_cared_for(ctx.text, ctx.toks, ctx.first)


def _month_may_name(ctx: Context) -> bool:
    """Whether a capitalized month may be read as the given name it also is, by the cues of
    any word-name (_acts_as_person: "August turned nine on Saturday", "June never showed for
    her visit"): not after a word that keeps a month ("in June", "last April"), before a day
    or a year ("June 5", "April, 2024"), nor "May", a modal first ("May I ask")."""
    tok = ctx.toks[ctx.first]
    return bool(tok.bits & FIRST) and not tok.raw.isupper() and tok.low not in MODAL_MONTHS \
        and not kept_a_month(ctx.text, ctx.toks, ctx.first)


def _full_name_after_a_capitalized_function_word(run: Run) -> tuple[int, int] | None:
    """Where a full name inside a run of Title Case stands, after a function word that the
    heading capitalized ("Review For Gabriela Sousa", "Meeting With Dana Whitfield About The
    Transfer"): two or three words that only the lists of names hold (class N), a given name
    first and a surname last, closing the run or before another function word; or None. An
    organisation's name holds everyday words after its "For" or "Of" ("Center For Children
    And Families")."""
    toks, last = run.toks, run.last
    k = run.first + 1
    while k < last - 1:
        word = toks[k]
        k += 1
        if not (word.cap and word.bits & FUNCTION and not word.bits & NAME):
            continue
        end = k
        while end <= last and toks[end].cls == N and not toks[end].poss \
                and not toks[end].bits & (ORG | PLACE) and end - k < 3:
            end += 1
        if end - k >= 2 and toks[k].bits & FIRST and toks[end - 1].bits & LAST \
                and (end > last or toks[end].cap and toks[end].bits & FUNCTION
                     and not toks[end].bits & NAME):
            return k, end - 1
    return None


def organisation(run: Run):
    """"Grace Community Church", "Home Depot", "Foster Care Awareness Month": a run that is,
    or stands beside, an organisation. A role that is also an organisation's word, opening a
    note before names that are no words, is the person's role: "Youth Tavita (16) AWOL". And
    a person is named where an organisation's word heads a family ("Family Haskins:"), is a
    family's surname ("The Hall family moved") or closes a worker's title before the
    worker's name ("Hospital SW Kathleen Omura")."""
    toks, first, last = run.toks, run.first, run.last
    if _surname_set_off_by_a_role(run) or _the_family_opening(run, ORG) \
            or _organisation_word_surname_as_a_person(run) \
            or _full_name_closed_by_an_organisation_word(run):
        return True  # "Hall, the dad, called at noon", "The Temple family moved"
    if first == last and toks[first].bits & ORG and toks[first].cap \
            and run.context().named_as_a_name():
        return True  # "Lake is the dad's last name", "Church is the surname of the family"
    inside = _full_name_after_a_capitalized_function_word(run)
    if inside is not None:
        run.first, run.last = inside
        return True  # "Agenda — Review For Gabriela Sousa — Placement Stability": a heading
        # in Title Case, whose name stands after its capitalized "For"
    # (an acronym closing the run is no part of it: "Youth Kaylee Jensen AWOL from ...")
    end = last - 1 if last > first + 1 and toks[last].cls == S and toks[last].raw.isupper() \
        else last
    if first < end and toks[first].bits & ROLE and all(
            (toks[k].cls == N or toks[k].cls == W2 and first + 1 < k == end)
            and not toks[k].bits & ORG for k in range(first + 1, end + 1)):
        return None  # (and a surname that is a word: "Juvenile Marcus Barker, SSN ...")
    if last == first + 1 and toks[first].low in _FAMILY_BEFORE_A_SURNAME \
            and toks[last].cls in (N, U) and not toks[last].bits & (ORG | PLACE | THING) \
            and not (last + 1 < len(toks) and toks[last + 1].bits & (ORG | THING)):
        run.first = last
        return True  # "Family Haskins: TPR 12/3": a family headed by its surname, not "Family
        # Services", "Family Dollar" (words), nor "Family Nguyen Center" (an organisation's)
    if toks[last].bits & LAST and toks[last].bits & ORG \
            and not toks[last].bits & (NOT_NAME | PLACE | REGION) \
            and toks[last].cap and not toks[last].poss \
            and all(toks[k].bits & FUNCTION for k in range(first, last)) \
            and _FAMILY_AFTER.match(run.text, toks[last].end) \
            and (last == 0 or toks[last - 1].low in _ARTICLES
                 or not toks[last - 1].bits & FUNCTION):
        run.first = last
        return True  # "The Hall family moved", "Park family - renewal due": a surname that is
        # an organisation's word too, before "family" (not "our Church family": a congregation)
    if is_org(toks, first, last):
        for k in range(first + 1, last):
            if _name_after_a_role_title(toks, k, last):
                run.first = k + 1
                return True  # "Hospital SW Kathleen Omura called the hotline": an
                # organisation's role, then the worker's name
        named = _name_in_a_title(toks, first, last)
        if named is not None:
            run.first = run.last = named
            return True
        return _set_off_after_a_role(run) or False
    if org_neighbour(run.text, toks, first, last):
        # but "Termination of Parental Rights of Destiny Williams", "In the Matter of J.M.":
        # a court's caption names the person it is about after "of"; and "Court for Keisha
        # is Monday": names that are no English words after "for" are whom it is for
        if first >= 2 and toks[first - 1].low == "for" \
                and all(toks[k].cls == N for k in range(first, last + 1)):
            return None
        return None if _caption_before(run.text, toks[first].start) else False
    return None


_FAMILY_BEFORE_A_SURNAME = words("family-before-a-surname")


def _set_off_after_a_role(run: Run) -> bool:
    """'Our supervisor, Grace Hall, signed it', 'the trainer, Hope Church, asked': a given name
    and a surname that an organisation's name could hold too ("Grace Hall", "Sunny Park"), set
    off by commas right after a person's role, are the person ("The venue, Carnegie Hall, was
    packed" follows no role)."""
    toks, first, last = run.toks, run.first, run.last
    if last != first + 1 or first == 0 or not toks[first].bits & FIRST \
            or not toks[last].bits & LAST or toks[last].poss:
        return False
    prev, text = toks[first - 1], run.text
    return bool(prev.bits & ROLE) and not prev.cap and not prev.bits & ORG \
        and text[prev.end:toks[first].start] == ", " \
        and text[toks[last].end:toks[last].end + 1] == ","


def _name_in_a_title(toks: list[Token], first: int, last: int) -> int | None:
    """'Why Bodhi Went Back Home Too Soon', 'Shanice Called Me Crying Last Night Asking For
    The Kids': in a line written in title case a run holds a whole sentence, and an
    organisation's word in it ("Home") says nothing of a name that is no English word, when
    an everyday word that no organisation's name holds stands between them. The name's place,
    or None."""
    if last - first < 3:
        return None
    name = next((k for k in range(first, last + 1)
                 if toks[k].cls == N and not toks[k].bits & (ORG | PLACE)), None)
    if name is None or name < last and toks[name + 1].cls == N:
        return None  # (but "the Jim Casey Training Center": a person's whole name, whom the
        # organisation is named after)
    orgs = [m for m in range(first, last + 1) if toks[m].bits & ORG]
    apart = all(any(toks[j].cls == X and not toks[j].bits & (ORG | PLACE | FUNCTION)
                    for j in range(min(name, m) + 1, max(name, m)))
                for m in orgs)
    return name if orgs and apart else None


# The words of a court's caption before the person it names ("In the Matter of", "Parental
# Rights of", "the Guardianship of").
_CAPTION_BEFORE = re.compile(rf"\b(?:{alternation('caption-before-a-person-phrases')}) of\s+$",
                             re.IGNORECASE)


def _caption_before(text: str, start: int) -> bool:
    """Whether a court's caption ends right before start ("In the Matter of "): "of" and
    spaces there first, a look at a few characters, before the pattern reads the text up
    to start (which, for every run of a long text, cost time growing as its length squared)."""
    k = start
    while k and text[k - 1].isspace():
        k -= 1
    return k < start and text[k - 2:k] in _OF_ANY_CASE \
        and _CAPTION_BEFORE.search(text, 0, start) is not None


_OF_ANY_CASE = frozenset(("of", "Of", "oF", "OF"))


def place_prefix(run: Run):
    """"San Diego", "Fort Worth", "St. Louis", "Little Saigon": a place's name by its first
    word, or by a word like "Little" before a place; "James River", "Cass Lake": by a word of
    water or land closing it ([place-closers])."""
    toks, first = run.toks, run.first
    if first < run.last and (toks[first].bits & PLACE_PREFIX or toks[first].low in
                             _PLACE_ADJECTIVES and toks[first + 1].bits & PLACE
                             or toks[run.last].low in _PLACE_CLOSERS and not toks[run.last].poss):
        return False
    return None


_PLACE_ADJECTIVES = words("place-adjectives")
_PLACE_CLOSERS = words("place-closers")


def place_phrase_or_event(run: Run):
    """"Corpus Christi", "Amber Alert", "Hope Walk": a place or an event of several words;
    and one closing on a site's word that the text says is where something happens
    ("Kennedy Park is where we do visits", "Perkins Hall was where they met"), which no
    person is ("Dana Rivers is where she should be" stays hers: [site-nouns-before-where])."""
    if run.first < run.last and (places.place_phrase(run.toks, run.first, run.last, run.lex)
                                 or places.is_event(run.toks, run.first, run.last)):
        return False
    last = run.toks[run.last]
    if run.first < run.last and last.low in _SITE_NOUNS and not last.poss \
            and _WHERE_AFTER.match(run.text, last.end):
        return False
    return None


_SITE_NOUNS = words("site-nouns-before-where")
_WHERE_AFTER = re.compile(r" (?:is|was|'s|’s) where\b")


# After a word, that it is someone's name: "is what everybody calls him", "is his name",
# ", which is what the grandmother calls Barbara"
_SAID_ONE_S_NAME = re.compile(
    r"(?:,\s+which)?\s+(?:is|was)\s+(?:(?:what|how)\s+(?:\w+\s+){1,4}call(?:s|ed)?\s+"
    r"(?:him|her|them|[A-Z][a-z]+)\b"
    rf"|(?:his|her|their)\s+(?:(?:{alternation('name-kinds')})\s+){{0,2}}(?:nick)?name\b"
    r"(?!\s+(?:of|for)\b)"
    # "Dutch is a nickname, he's not Dutch" (not "the name": "Christmas is the name of the
    # drive")
    r"|(?:a|the|his|her|their)\s+nickname\b(?!\s+(?:of|for)\b))")


def _modifies_a_noun_after(text: str, toks: list[Token], i: int) -> bool:
    """Whether toks[i] stands before a noun of its own ("French words", "Somali names"): a
    word in lowercase, right after it, that is neither a function word nor a person's verb."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and not nxt.cap and text[toks[i].end:nxt.start] == " " \
        and not nxt.bits & (FUNCTION | PERSON_VERB)


def holiday_brand_agency_or_role(run: Run):
    """"Christmas Eve", "Grace Baptist", "Big Mama", "MLK Day": a holiday, brand, agency or
    language in the run, or a role or title after its first word, unless the text says the one
    word is someone's name ("Chevy is what everybody calls him"); but not a particle inside
    a name ("da" of "João Pedro da Silva" is no district attorney), nor a role's word that is
    a surname closing a given name ("Dwayne Foster"), nor a record's words and its code's
    letters closing the run after a name ("Jamal Medicaid ID M44120987": "Jamal", which
    trim_openers_and_closers then leaves alone)."""
    toks, first = run.toks, run.first
    last = _before_a_record(run.text, toks, first, run.last)
    if _the_family_opening(run, ROLE | TITLE):
        return True  # "The Bishop family moved"
    if toks[run.last].low in _TITLE_WORD_SURNAMES \
            and _organisation_word_surname_as_a_person(run, _TITLE_WORD_SURNAMES):
        return True  # "Tell Bishop the request goes to communications", "Before Bishop left"
    if first == last and (_met_by_a_listed_given_name(run)
                          or _listed_word_surname_of_a_family(run.text, toks, first, last)
                          or _given_name_owning_kin(run.text, toks, first, run.lex)):
        return None  # "I met with Christian at the office", "the Molina family", "John's mom":
        # the person met, the family, the one whose mom it is; no faith, brand or people
    if first == last and not toks[first].poss and toks[first].bits & NOT_NAME \
            and not toks[first].bits & (ROLE | TITLE | FAMILY | FUNCTION) \
            and not _is_acronym(toks[first]):
        # (a word of the lists this rule reads, as _word_asks has it ask this rule; not a
        # kin's or a role's word: 'we call her "Auntie"')
        if _SAID_ONE_S_NAME.match(run.text, toks[first].end) \
                or NAMED_ASIDE.match(run.text, toks[first].end) \
                or run.context().goes_by() and not _modifies_a_noun_after(run.text, toks, first):
            # "Chevy is what everybody calls him", "Lakota is his name", "we call him Saint",
            # "caller: Dutch (nickname, won't give real name)":
            # the text says the word is someone's name (not "Papi is what the kids call their
            # dad": a kin's word; nor "given names are French words": the names' language)
            return True
    for k in range(first, last + 1):  # a loop, not any(): most runs are a word or two
        tok = toks[k]
        if tok.bits & NOT_NAME and not tok.bits & FUNCTION and not _is_acronym(tok) \
                and not (tok.particle and not tok.cap and first < k < last) \
                and not (k == first < last and tok.bits & MONTH and "-" in tok.raw) \
                and not (_given_before_a_surname(toks, k, last) if k == first
                         else _saint_in_a_surname(toks, k, first, last)
                         or _after_a_particle_in_a_name(toks, k, first)
                         or _listed_word_surname_after_given(toks, k, first, last)) \
                and not _listed_word_surname_of_a_family(run.text, toks, k, last) \
                or k > first and tok.bits & (ROLE | TITLE) and not _is_acronym(tok) \
                and not _surname_after_given(toks, k, last) \
                and not _listed_word_surname_after_given(toks, k, first, last) \
                and not _listed_word_surname_of_a_family(run.text, toks, k, last) \
                and not (k == last and k - first >= 2 and tok.low in _GENERATIONS):
            # (but "Duane Brooks Sr.": a father's generation after his name, not a Sister)
            if k > first and _name_after_a_role_title(toks, k, last):
                run.first = k + 1
                return True  # "Intake Worker Priya Raghunathan called": a role's whole
                # title, then the worker's name, which no English word is
            # (a name with its birth or age after it, or an initial before it)
            return _born_or_aged_after(run) or _initial_before_a_brand_surname(run)
    return None


_GENERATIONS = words("generation-suffixes")
# Given names of many US babies that the lists call a faith's or an act's word, read as the
# person only as the one spoken to or met ("I met with Christian at the office")
_GIVEN_NAMES_LISTED_AS_WORDS = words("given-names-listed-as-words")


def _given_name_owning_kin(text: str, toks: list[Token], k: int, lex: dict[str, int]) -> bool:
    """'John's mom called', "Karen's dad", "Maya's caseworker": a given name's possessive, whose
    word with its "'s" a list calls a brand's ("Papa John's") or whose word a people's, before
    a relative's or a role's word in lowercase: a person's, since no brand or people has a
    mom."""
    tok = toks[k]
    if not tok.poss or not tok.cap or tok.raw.isupper() or k + 1 >= len(toks):
        return False
    word = lex.get(tok.low, 0)
    if not word & FIRST or word & NOT_NAME:
        return False  # (not a holiday's: "a Valentine's baby")
    nxt = toks[k + 1]
    return not nxt.cap and bool(nxt.bits & (ROLE | FAMILY)) \
        and text[tok.end:nxt.start] in (" ", "'s ", "’s ")


def _surname_set_off_by_a_role(run: Run) -> bool:
    """'Hall, the dad, called at noon', 'Park, the GAL, objected': one capitalized word on the
    surname list, then a role set off by a comma (Context.apposition_after): the person,
    whatever organisation's word it is too; not a word a list calls no name's ("speak Wolof
    and French, the interpreter for Wolof is 3 hours away")."""
    tok = run.toks[run.first]
    return run.first == run.last and bool(tok.bits & LAST) and bool(tok.bits & ORG) \
        and tok.raw.istitle() and not tok.bits & NOT_NAME and not tok.poss \
        and run.text.startswith(", ", tok.end) and run.context().apposition_after()


def _organisation_word_surname_as_a_person(run: Run, surnames: frozenset = frozenset()) -> bool:
    """"Dear Hall,", "Ask Hall; Hall knows where the files went", "When Park retired, her
    cases went to me", "Me and Park drove the kids": a common surname that is an
    organisation's word too ([organisation-words-borne-as-surnames]), alone, where only a
    person stands: spoken to after a greeting that opens the line, the person a request
    opening a sentence is made of, doing what only people do (a strong verb, leaving a job, or
    a worker's act after a modal: "Hall will cover intake"), beside "me" or "I", or written
    before its given name in a field ("From: Hall, Dana"). Not after an article or any word
    that makes it a place ("the Hall said", "at Park"). The run may open with the greeting,
    the request or a word before the act ("Dear Hall", "When Park"): run.first then moves to
    the surname."""
    toks, first, last = run.toks, run.first, run.last
    tok = toks[last]
    if tok.low not in (surnames or _ORG_WORD_SURNAMES) or tok.poss or not tok.raw.istitle() \
            or last - first > 1:
        return False
    text = run.text
    opener = toks[first] if first < last else None  # "Dear", "Ask", "When" opening the run
    if opener is not None and (not opener.initial or text[opener.end:tok.start] != " "):
        return False
    if opener is not None and (opener.low in _GREETINGS and _CLOSES_AN_ADDRESS.match(
            text, tok.end) or opener.low in _REQUESTS_OF_A_PERSON):
        run.first = last
        return True  # "Dear Hall,", "Ask Hall; Hall knows"
    prev = toks[last - 1] if last else None
    if opener is None and prev is not None and prev.low in _GREETINGS and (
            prev.initial or last == 1) and text[prev.end:tok.start] in (" ", ", ") \
            and _CLOSES_AN_ADDRESS.match(text, tok.end):
        return True  # "Thanks, Hall!"
    if opener is None and surname_first(run.context()):
        return True  # "From: Hall, Dana <dhall@example.org>", "To: Park, Minji"
    if "@" in text and in_an_email(text, tok.low):
        run.first = last
        return True  # "Call Bishop at 555-0147 or kbishop@example.org": her own address
    if prev is not None and prev.low in _TALKED_TO and prev.low not in _SAID_OF_A_PLACE_TOO \
            and text[prev.end:tok.start] == " " and not (prev.cap and not prev.initial):
        run.first = last
        return True  # "Told Church no.", "I asked Park twice": the one spoken to
    if opener is None and run.context().role_before() \
            and not (last + 1 < len(toks) and toks[last + 1].bits & (ORG | THING)
                     and text[tok.end:toks[last + 1].start] == " "):
        return True  # "My coworker Church always shreds": a role's word before her surname
    if prev is not None and not tok.initial and prev.low not in _BEFORE_AN_ACT:
        return False  # "the Hall", "at Park", "Grand Park": its place's or its thing's
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is not None and text[tok.end:nxt.start] == " " and not nxt.cap \
            and (nxt.bits & STRONG_VERB or nxt.low in _LEAVING_A_JOB
                 or nxt.low in _MODALS_BEFORE_AN_ACT and _work_act_after(text, toks, last + 1)) \
            or opener is None and nxt is not None and nxt.low == "and" \
            and last + 2 < len(toks) and toks[last + 2].raw == "I" \
            or opener is None and prev is not None and prev.low == "and" and last >= 2 \
            and toks[last - 2].low == "me":
        # "Hall said", "When Park retired", "Hall will cover intake", "Park and I drove",
        # "Me and Park drove"
        run.first = last
        return True
    return False


def _full_name_closed_by_an_organisation_word(run: Run) -> bool:
    """"Sterling Hall's SSN ends in 4417", "Request: Marcus Lee Hall, adult adoptee", "ask Sunny
    Park to show me", "CASA volunteer Bill Church": a given name, maybe a second name, then a
    surname that is an organisation's word too ([organisation-words-borne-as-surnames]),
    where only a person fits: a person's possessive, a role set off after it, in brackets
    ("Sue Ellen Park (GAL)") or said of it ("Sue Ellen Park is the GAL") or a role
    before it, a strong person verb, or a request made of it before "to", "about" or "for";
    else a building or a park named after someone ("Sterling Hall is closed", "Grant Park
    staff")."""
    toks, first, last = run.toks, run.first, run.last
    asked = toks[first].low in _REQUESTS_OF_A_PERSON and toks[first].initial \
        and last - first >= 2 and run.text[toks[first].end:toks[first + 1].start] == " "
    if asked:
        first += 1  # "Ask Sunny Park about the shred log": the request opens the run
    if not 0 < last - first <= 2 or toks[last].low not in _ORG_WORD_SURNAMES \
            or not toks[first].bits & FIRST or toks[first].bits & (ORG | TITLE) \
            or any(not tok.raw.istitle() for tok in toks[first:last + 1]) \
            or any(not toks[k].bits & NAME or toks[k].bits & ORG for k in range(first + 1, last)) \
            or places.place_phrase(toks, first, last, run.lex):
        return False  # (nor a place: "his grandma in Long Beach calls him")
    ctx = Context(run.text, toks, first, last)
    prev = toks[first - 1] if first else None
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if ctx.possessive(any_noun=False) or ctx.apposition_after() or ctx.verb_after(strong=True) \
            or ctx.role_before() or role_predicate(ctx) \
            or word_uses.role_in_brackets_after(run.text, toks[last]) \
            or prev is not None and prev.low in _REQUESTS_OF_A_PERSON \
            and (asked or not prev.cap and run.text[prev.end:toks[first].start] == " ") \
            and nxt is not None and nxt.low in _AFTER_A_REQUEST:
        run.first = first
        return True
    return False


def _work_act_after(text: str, toks: list[Token], k: int) -> bool:
    """Whether the modal at toks[k] is followed by what a worker does ("will cover intake",
    "can call you back", "should sign it": [work-acts-after-a-modal])."""
    act = toks[k + 1] if k + 1 < len(toks) else None
    return act is not None and act.low in _WORK_ACTS and text[toks[k].end:act.start] == " "


_ORG_WORD_SURNAMES = words("organisation-words-borne-as-surnames")
_TITLE_WORD_SURNAMES = words("title-words-borne-as-surnames")
_SAID_OF_A_PLACE_TOO = words("talked-to-verbs-said-of-a-place-too")

_MODALS_BEFORE_AN_ACT = words("modal-auxiliaries")
_WORK_ACTS = words("work-acts-after-a-modal")
_AFTER_A_REQUEST = words("after-a-request-of-a-person")
_REQUESTS_OF_A_PERSON = words("requests-of-a-person-opening-a-sentence")
_LEAVING_A_JOB = words("leaving-a-job-verbs")
_BEFORE_AN_ACT = words("before-a-surname-acting")
# after a greeting, what closes the person spoken to: a comma, a colon, "!", the line's end
_CLOSES_AN_ADDRESS = re.compile(r"[,:!]|\s*$|\s*\n| [-–—] ")


def _met_by_a_listed_given_name(run: Run) -> bool:
    """Whether the run's one word is one of [given-names-listed-as-words], capitalized, as the
    one spoken to or met ("I met with Christian at the office")."""
    tok = run.toks[run.first]
    return tok.low in _GIVEN_NAMES_LISTED_AS_WORDS and tok.cap and not tok.raw.isupper() \
        and spoken_to_or_cared_for(run.text, run.toks, run.first)


def _name_after_a_role_title(toks: list[Token], k: int, last: int) -> bool:
    """Whether the word at k is a role's word closing a title in capitals ("Intake Worker",
    "Hospital SW", "Foster Mom") and every word after it, up to last, a name that is no
    English word, nor an organisation's or a role's, nor a place's but a given name that a
    town bears too ("Priya Raghunathan", "Kathleen Omura"); or a given name and surnames that
    are words too ("Rebecca Thorn")."""
    return k < last and (bool(toks[k].bits & ROLE) or toks[k].low in _ROLE_ABBREVIATIONS) \
        and all(not toks[j].bits & (ORG | ROLE) and (
            toks[j].cls == N and (not toks[j].bits & PLACE or toks[j].bits & FIRST)  # Kathleen
            # or a given name, then surnames, that are words too: "Assistant Counsel Rebecca
            # Thorn" (not "Intake Worker Training": no given name opens it)
            or k + 1 < last and not toks[j].bits & PLACE
            and toks[j].bits & (FIRST if j == k + 1 else LAST))
            for j in range(k + 1, last + 1))


def _initial_before_a_brand_surname(run: Run) -> bool:
    """'FROM: W. Sutter, CPS', 'Signed by J. K. Kroger': initials with their stops, then one
    word that a list of brands holds and the surnames too, is a person's name: "Sutter" of a
    hospital, "Kroger" of a grocer, are never written after an initial. Not a word that is an
    organisation's, a place's, a role's or a month's too."""
    toks, text, last = run.toks, run.text, run.last
    if last == run.first or last - run.first > 2:
        return False
    word = toks[last]
    if not word.bits & LAST or word.bits & (ORG | PLACE | ROLE | TITLE | MONTH) or word.poss:
        return False
    return all(toks[k].cls == INITIAL and text[toks[k].end:toks[k + 1].start] == ". "
               for k in range(run.first, last))


# Right after a name, its bearer's birth or age: ", DOB 04/17/2014", " (DOB", ", born", ", age
# 9", " (12 yo)"
_BORN_OR_AGED_AFTER = re.compile(
    r"(?:,\s*|\s*\(\s*)(?:DOB\b|D\.O\.B\.|dob\b|born\b|age\s+\d|\d{1,2}\s*(?:yo|y/o|yrs?\b))")


def _born_or_aged_after(run: Run) -> bool:
    """'Xavier Molina, DOB 04/17/2014, is placed', 'Youth: Wrenley Sutter, DOB 11/30/2012': a
    run of names that a list of brands holds too ("Molina" of a health plan, "Sutter" of a
    hospital), with its bearer's birth or age right after it, is a person's name. Every word
    must be a given name or a surname and none an organisation's, a place's or a role's."""
    toks = run.toks
    return _BORN_OR_AGED_AFTER.match(run.text, toks[run.last].end) is not None and all(
        toks[k].bits & (FIRST | LAST) and not toks[k].bits & (ORG | PLACE | ROLE | TITLE | MONTH)
        for k in range(run.first, run.last + 1))


def _before_a_record(text: str, toks: list[Token], first: int, last: int) -> int:
    """The run's last word before the words of a record that close it, with the letter of the
    record's code glued to its digits ("Sefa Medicaid ID MA77310482", "Jamal Medicaid
    M44120987", "Tuan Medicaid # 4471920385"); last, where none closes it."""
    k = last
    if toks[k].raw.isupper() and len(toks[k].raw) <= 4 and k > first \
            and text[toks[k].end:toks[k].end + 1].isdigit():
        k -= 1  # (a code's letters: "M" of "M44120987", "MA" of "MA77310482")
    elif toks[k].low not in _RECORD_WORDS or not _RECORD_NUMBER_AFTER.match(text, toks[k].end):
        return last  # (no record's word closes the run, as in most: no look for its number)
    while k > first and toks[k].low in _RECORD_WORDS:
        k -= 1
    return k if k < last and toks[k + 1].low in _RECORD_WORDS else last


# The words of a person's record ("Medicaid", "ID", "MRN") and what stands between them and its
# number ("#", "no.", ":")
_RECORD_WORDS = words("id-keywords", "id-keywords-generic", "case-keywords")
_RECORD_NUMBER_AFTER = re.compile(r"\s*(?:#|[Nn]o\.|number|:)?,?\s*[A-Z]{0,4}-?\d")


def _given_before_a_surname(toks: list[Token], k: int, last: int) -> bool:
    """'Ada Okafor': a word of the lists of things that is a given name, opening the run
    before a surname no list calls anything else; not "ADA" (an acronym is in capitals), nor
    a month, which a name found may be again ("June is my busiest month; June Castellano")."""
    if k >= last:
        return False
    tok, nxt = toks[k], toks[k + 1]
    return bool(tok.bits & FIRST) and not tok.raw.isupper() and not tok.bits & MONTH \
        and bool(nxt.bits & LAST) and not nxt.bits & (NOT_NAME | COMMON | WORD | ORG | PLACE)


def _saint_in_a_surname(toks: list[Token], k: int, first: int, last: int) -> bool:
    """'Marguerite St. Fleur': a saint's "St." inside a surname, right after a given name that
    is no English word and before the rest of the name, which holds no organisation's word
    ("Mercy St. Vincent Hospital")."""
    before = toks[k - 1].bits
    return toks[k].low in _SAINT_IN_A_SURNAME and k - 1 == first and k < last \
        and bool(before & FIRST) and not before & (COMMON | WORD | NOT_NAME) \
        and not any(t.bits & ORG for t in toks[k + 1:last + 1])


_SAINT_IN_A_SURNAME = words("saint-in-a-surname")


def _listed_word_surname_after_given(toks: list[Token], k: int, first: int, last: int) -> bool:
    """'Dana White called', 'Maria Molina asked', 'Maria Foster': a common surname that the
    lists also hold as a colour, a faith's word, a brand or a role (cue-words.txt's
    [surnames-that-are-listed-words]), closing a run of two words after a given name, is the
    person's surname; not before another capitalized word but a pronoun ("Molina Healthcare",
    "Kaiser Permanente", "White House"), nor after a given name that a list calls something
    else."""
    if not (first < k <= first + 2 and toks[k].low in _LISTED_WORD_SURNAMES and toks[k].cap
            # (a pronoun closing the run is trimmed: "I told Dana White I would call")
            and all(tok.bits & FUNCTION for tok in toks[k + 1:last + 1])):
        return False
    if k == first + 2 and not _middle_name(toks[first + 1]):
        return False  # (a given name and a middle one before it: "In re Rylee Anne Sutter")
    given = toks[first]
    return bool(given.bits & FIRST) and given.cap and not given.raw.isupper() \
        and not given.bits & (NOT_NAME | ROLE | TITLE | MONTH | FUNCTION)


_LISTED_WORD_SURNAMES = words("surnames-that-are-listed-words")


def _middle_name(tok: Token) -> bool:
    """A capitalized given name that no list calls anything else ("Anne", "Marie")."""
    return bool(tok.bits & FIRST) and tok.cap and not tok.raw.isupper() \
        and not tok.bits & (NOT_NAME | ROLE | TITLE | MONTH | FUNCTION | ORG | PLACE | COMMON)


def _listed_word_surname_of_a_family(text: str, toks: list[Token], k: int, last: int) -> bool:
    """'The Molina family moved', 'we met the Foster family': one of the common surnames of
    [surnames-that-are-listed-words], capitalized between "the" and "family", is the family's
    name, not a brand or a role."""
    tok = toks[k]
    return k == last and k > 0 and tok.low in _LISTED_WORD_SURNAMES and tok.raw.istitle() \
        and tok.low not in _SURNAMES_ALSO_A_PEOPLE and toks[k - 1].low == "the" \
        and _FAMILY_AFTER.match(text, tok.end) is not None


# ... but not those that before "family" more often say who a family is ("the Black family in
# the vignette", "the Christian family next door")
_SURNAMES_ALSO_A_PEOPLE = words("listed-word-surnames-also-a-people")


def _the_family_opening(run: Run, kinds: int) -> bool:
    """'The Lane family moved', 'The West family was referred', 'The Bishop family': "The"
    opening a sentence, then one capitalized surname and "family": the family's name,
    whatever street's, place's, title's or organisation's word it is too; not a people's or
    a word a list calls no name's ("The Irish family", "The Black family"). kinds: the flags
    of the surnames the calling rule reads (a street's, an organisation's, a title's or a
    role's), which the fast path asks that rule of. Moves the run's start past "The"."""
    toks, first = run.toks, run.first
    if run.last != first + 1 or toks[first].raw != "The":
        return False
    tok = toks[run.last]
    if not (tok.bits & LAST and tok.bits & kinds and tok.raw.istitle() and len(tok.raw) > 2) \
            or tok.bits & (NOT_NAME | FUNCTION | MONTH) or tok.low in _PEOPLES \
            or _FAMILY_AFTER.match(run.text, tok.end) is None:
        return False
    if run.last + 2 < len(toks) and toks[run.last + 2].bits & ORG:
        return False  # "The Everett family center": an organisation's name
    run.first = run.last
    return True


def _after_a_particle_in_a_name(toks: list[Token], k: int, first: int) -> bool:
    """'Maria de Jesus', 'Liliana García de León', 'Juan de Dios': a word that a list calls
    no name's (a faith's, a place's), capitalized after a particle that follows a name, is
    part of a Spanish or Portuguese surname."""
    return k - 2 >= first and toks[k - 1].particle and not toks[k - 1].cap \
        and bool(toks[k - 2].bits & NAME) and toks[k].cap


def _surname_after_given(toks: list[Token], k: int, last: int) -> bool:
    """'Dwayne Foster', 'Nasrin Judge': a role's word closing the run, after a given name that
    is no English word, is the person's surname."""
    before = toks[k - 1].bits
    return (k == last and bool(toks[k].bits & LAST) and bool(before & FIRST)
            and not before & (COMMON | WORD | ROLE | TITLE | NOT_NAME))


def family_plural(run: Run):
    """"The Smiths' dog bit the intern", "The Browns are fostering", "w/ the Zielińskis": a
    family by its surname in the plural: a surname with the plural's apostrophe, or one that
    is also a word or on no list, doing what families do (cues.family_acts)."""
    toks, first, last = run.toks, run.first, run.last
    tok = toks[last]
    if tok.cls not in (X, U, W2) or not (first == last or first + 1 == last
                                         and toks[first].low == "the"):
        return None
    if tok.cls == X and plural_family(run.text, toks, last, run.lex) or _plural_surname(
            tok, run.lex) and (family_acts(ctx := Context(run.text, toks, last, last))
                               or bool(run.lex.get(tok.low[:-1], 0) & LAST)
                               and called_on_as_a_family(ctx)):
        run.first = last
        return True
    return None


def _plural_surname(tok: Token, lex: dict) -> bool:
    """'Browns', 'Millers', 'Zielińskis': a plural whose stem is a surname, or, for a word on no
    list, on no list either."""
    if tok.poss or len(tok.low) < 4 or not tok.low.endswith("s") or tok.bits & PLACE:
        return False  # not "the Carolinas"
    stem = lex.get(tok.low[:-1])
    if stem is None:
        return tok.cls == U
    return bool(stem & LAST) and not stem & (ORG | NOT_NAME | ROLE | REGION | MONTH)


def _plains_surname_before_family(run: Run) -> bool:
    """'Two Bulls family lives 90 minutes from the office', 'the Kills Enemy family asked for a
    copy': two or three everyday words that may make a surname of the Plains nations, a number,
    a colour or a deed opening it or an animal or a thing closing it, right before "family":
    the family's name."""
    toks, first, last = run.toks, run.first, run.last
    return _FAMILY_AFTER.match(run.text, toks[last].end) is not None \
        and (toks[first].low in _SURNAME_OPENERS or toks[last].low in _SURNAME_CLOSERS) \
        and _words_of_a_surname(toks, first, last)


_FAMILY_AFTER = re.compile(r" famil(?:y|ies)\b")


def _listed_surname_of_several_words(run: Run) -> bool:
    """"Two Bulls ICWA notice went out", "Runs Above out of town", "Kills Enemy case closed",
    "Her Many Horses still on the rez": a surname of the Plains nations written as several
    everyday words, on the list of such surnames ([plains-surnames-of-several-words-phrases]),
    the whole run, each word capitalized: the family's, wherever it stands (after "the" only
    before a family's or children's word: "the Two Bulls children")."""
    toks, first, last = run.toks, run.first, run.last
    article = toks[first].low in _ARTICLES or first and toks[first - 1].low in _ARTICLES
    if toks[first].low in _ARTICLES:
        first += 1  # "The Two Bulls children"
    # the surname may be followed in its run by a record's capitals ("Two Bulls ICWA notice")
    while last > first and toks[last].raw.isupper() and len(toks[last].raw) > 1:
        last -= 1
    if last == first or not _a_listed_plains_surname(toks, first, last):
        return False
    if article and not (_FAMILY_AFTER.match(run.text, toks[last].end)
                        or _CHILDREN_AFTER.match(run.text, toks[last].end)):
        return False
    run.first, run.last = first, last
    return True


def _a_listed_plains_surname(toks: list[Token], first: int, last: int) -> bool:
    """Whether toks[first..last], each word capitalized, are one of
    [plains-surnames-of-several-words-phrases]."""
    return all(tok.raw.istitle() for tok in toks[first:last + 1]) \
        and " ".join(tok.low for tok in toks[first:last + 1]) in _PLAINS_SURNAMES


_PLAINS_SURNAMES = frozenset(" ".join(p.split()) for p in entries(
    "plains-surnames-of-several-words-phrases"))
_CHILDREN_AFTER = re.compile(r" (?:children|kids|siblings|case|home)\b")


def _name_s_before_kin(run: Run) -> bool:
    """'Hunters mom texted me', 'Roses dad has a youtube channel': a capitalized word that is a
    given name and its "s", a possessive without its apostrophe, right before a kin word in
    lowercase: the name's, though the word is a plural too ("hunters", "roses"). Only kin:
    "Saints coach", "Kings manager" are a team's."""
    toks, k = run.toks, run.first
    tok = toks[k]
    if not tok.raw[:1].isupper() or tok.raw.isupper() or len(tok.raw) < 4 \
            or not tok.low.endswith("s") or tok.poss or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return not nxt.cap and (nxt.low in _KIN_BEFORE_NAME or nxt.low in _KIN_TITLES
                            or nxt.low in _KIN_SHORT) \
        and run.text[tok.end:nxt.start] == " " \
        and bool(run.lex.get(tok.low[:-1], 0) & FIRST)


# A child's age right after an everyday word, which makes it a name ("Sequoia age 9", "Scooter
# is 7 and very busy"; in brackets, _AGE_IN_BRACKETS: "Scooter (4)"; not "Summer is 7 weeks away", "Retention is 7 years",
# "Kids age 14 and up": a plural is trimmed still)
_AN_AGE_AFTER = re.compile(r" age \d{1,2}\b(?! (?:and up|or older|or over)\b)"
                           r"| (?:is|was) \d{1,2} (?:and|now)\b")


def trim_openers_and_closers(run: Run):
    """"When Dana ...", "... Dana Whitfield Monday", "CPS ...", "Big Mike", "told Brianna I
    would": what opens or closes a run without being part of a name is trimmed; nothing left,
    no name."""
    toks = run.toks
    first, last = run.first, run.last
    run.first0 = first
    kin_title = toks[first].cls == S and toks[first].bits & TITLE and toks[first].bits & NAME
    if first == last and toks[first].cls == S and toks[first].bits & WORD \
            and not toks[first].raw.isupper() and not toks[first].bits & (NOT_NAME | FUNCTION) \
            and run.context().goes_by():
        # "his nickname is Boss", "goes by Chief", "nicknamed Judge": an English word for a
        # role or a title, no acronym, after words that say a name follows (not a kin's title
        # in another language: "the kids call her Paati")
        run.named = True
        return True
    if first == last and not toks[first].bits & FUNCTION and (toks[first].cls == X or kin_title):
        # (a kin's title that is a name too, as a nickname after a naming verb: 'also known as
        # "Tito"', not glossed: "Lola is what my Filipino families call grandma")
        ctx = run.context()
        if ctx.goes_by() or not kin_title and ctx.named_after() or ctx.named_as_a_name():
            # 'Dad goes by "Nacho"', 'also known as "Boots"', 'Biscuit is the name he goes by
            # at the shelter', "Bishop is the dad's first name": an everyday word, a name
            run.named = True
            return True
    if first == last and kin_title and _kin_s_name(toks, first, run.text):
        run.named = True
        return True  # "his brother Tito came to the visit": a kin's, named by a kin's title
    if first == last and toks[first].cls == X and _name_s_before_kin(run):
        return True  # "Hunters mom texted me", "Roses dad has a channel"
    if first == last and toks[first].cls == X and not toks[first].bits & FUNCTION \
            and not toks[first].poss and not toks[first].low.endswith("s") \
            and (_AN_AGE_AFTER.match(run.text, toks[first].end)
                 or _AGE_IN_BRACKETS.match(run.text, toks[first].end)):
        return True  # "Sequoia age 9 does not", "Scooter is 7 and very busy": a child's age
    if first == last and toks[first].cls == X and _double_surname(toks[first]) \
            and _double_surname_acts(run.context()):
        return True  # "Rivers-Hall called about the subpoena", "Green-Rose and I"
    if 1 <= last - first <= 2 and _plains_surname_before_family(run):
        return True  # "Two Bulls family lives 90 minutes out", "the Kills Enemy family"
    if 1 <= last - first <= 4 and _listed_surname_of_several_words(run):
        return True  # "Two Bulls ICWA notice went out", "Runs Above out of town"
    if first + 1 == last and toks[first].low in NICKNAMING and toks[last].cls == X \
            and not toks[last].bits & (FUNCTION | THING | ORG | PLACE) \
            and run.text[toks[first].end:toks[last].start] == " ":
        run.first = last  # "Nicknamed Peanut by the NICU nurses, he ...": the nickname alone
        run.named = True
        return True
    while run.first <= run.last:
        tok = toks[run.first]
        if tok.cls == S and (_given_before_a_surname(toks, run.first, run.last)
                             or run.first == run.last and _met_by_a_listed_given_name(run)
                             or _listed_word_surname_of_a_family(run.text, toks, run.first,
                                                                 run.last)
                             or run.first == run.last
                             and _given_name_owning_kin(run.text, toks, run.first, run.lex)):
            break  # "Ada Okafor": a given name before a surname, not the acronym it also is;
            # "I met with Christian at the office"
        if run.first == run.last and run.first > first and tok.cls == X and (
                _double_surname(tok)
                and _double_surname_acts(Context(run.text, toks, run.first, run.first))
                or tok.poss and toks[run.first - 1].low in _TALKED_TO
                and _kin_or_role_after_a_possessive(toks, run.first)):
            # "Ask Young-Park before you post", "Emailed Bug's therapist", "Texted Peanut's
            # foster mom": the opener trimmed, not the name
            return True
        if tok.particle or tok.cls == S:
            run.acronym = run.acronym or _is_acronym(tok)
        elif tok.cls == X:
            run.trimmed_word = run.trimmed_word or not tok.initial
        else:
            break
        run.first += 1
    # "Jamal Medicaid ID M44120987": a record's words and its code's letters closing the run
    run.last = _before_a_record(run.text, toks, run.first, run.last)
    while run.last >= run.first and (toks[run.last].particle or toks[run.last].cls == S or (
            toks[run.last].cls == X and toks[run.last].bits & FUNCTION and run.last > run.first)) \
            and not _after_a_particle_in_a_name(toks, run.last, run.first) \
            and not _listed_word_surname_after_given(toks, run.last, run.first, run.last) \
            and not (run.first == run.last and _met_by_a_listed_given_name(run)) \
            and not _listed_word_surname_of_a_family(run.text, toks, run.last, run.last) \
            and not (run.first == run.last
                     and _given_name_owning_kin(run.text, toks, run.last, run.lex)):
        # ("de Jesus", "Dana White", "met with Christian", "the Molina family", "John's mom")
        # "I told Brianna I would call": a pronoun closing the run is no part of the name
        run.acronym = run.acronym or _is_acronym(toks[run.last])
        run.last -= 1
    if run.first > run.last:
        return False
    # "a boy named ...", read of the run as it came, once it is known to be left a word: a
    # third of the runs that reach here are trimmed away, and a run's context costs more than
    # its trimming (the context of the untrimmed run is kept for the rules after, as before)
    run.named = (run.context() if run.first == first and run.last == last
                 else Context(run.text, toks, first, last)).named()
    return None


def _kin_s_name(toks: list[Token], k: int, text: str) -> bool:
    """Whether the kin's title that is a given name too at toks[k] names the kin of a
    possessive before it: "his brother Tito", "her son Lolo" ("my tito" is an uncle, "my
    brother Tito" a brother named so), after kin whom no one calls by an elder's title: not
    "their caregivers Mama and Papa", "my grandma Nana", the titles a family gives its elders."""
    if k < 2 or text[toks[k - 2].end:toks[k].start] != " " + toks[k - 1].raw + " ":
        return False
    kin, owner = toks[k - 1], toks[k - 2]
    return kin.raw in _YOUNGER_KIN and owner.low in _OWNERS and (not owner.cap or owner.initial)


_OWNERS = words("owners")
_YOUNGER_KIN = words("younger-kin-nouns")


def verb_opening_a_sentence(run: Run):
    """"Tell Ingrid ...", "Ask Rafael ...": a verb opening a sentence, not a given name."""
    toks, first = run.toks, run.first
    if first < run.last and toks[first].initial and (
            toks[first].cls == W2 or toks[first].cls == W1
            and toks[first].bits & (OBJECT_VERB | PERSON_VERB)):
        run.first += 1
    run.classes = [toks[k].cls for k in range(run.first, run.last + 1) if not toks[k].particle]
    return None


def unknown_word_inside(run: Run):
    """"Victory Outreach runs a recovery home": an English word left inside the run after
    trimming makes it no name; but not after a given name that is no English word, in a
    surname of everyday words opening with a number or a colour or closing with an animal
    ("Marlene Two Bulls", "Darrell Kills Crow"), or with a saint's "St." ("Marguerite St.
    Fleur"): the other rules read those."""
    if X not in run.classes and S not in run.classes:
        return None
    toks, first, last = run.toks, run.first, run.last
    if first == last and (_met_by_a_listed_given_name(run)
                          or _listed_word_surname_of_a_family(run.text, toks, first, last)
                          or _given_name_owning_kin(run.text, toks, first, run.lex)):
        return None  # "I met with Christian at the office", "the Molina family", "John's mom"
    if toks[first].cls == N and toks[first].bits & FIRST and (
            last - first == 2 and _words_of_a_surname(toks, first + 1, last)
            and (toks[first + 1].low in _SURNAME_OPENERS or toks[last].low in _SURNAME_CLOSERS)
            and not toks[last].poss  # (not "Mickey Mouse Clubhouse", "Mary Bridge Children's")
            or last - first >= 2 and _saint_in_a_surname(toks, first + 1, first, last)) \
            or toks[first].cls == S and _given_before_a_surname(toks, first, last):
        return None  # (and "Ada Okafor": a given name on a list of things, then a surname)
    if toks[first].cls == N and all(
            toks[k].cls in (N, W1, W2, U) or toks[k].particle and not toks[k].cap
            or _after_a_particle_in_a_name(toks, k, first)
            or _listed_word_surname_after_given(toks, k, first, last)
            or k == last and _double_surname(toks[k])
            for k in range(first + 1, last + 1)):
        return None  # "Maria de Jesus called": a surname's particle, then a word of faith or
        # a place's; "Dana White called"; "Dana Rivers-Hall called": two surnames joined
    return False


def trimmed_without_a_sure_name(run: Run):
    """"Parents completed Triple P", "PO Box 2231": once a word or an acronym is trimmed,
    what is left counts only if it holds a name that is no English word (class N)."""
    if (run.trimmed_word or run.acronym) and N not in run.classes:
        return False
    return None


def place_once_trimmed(run: Run):
    """"The Madison office is short two supervisors": the place left once "The" is
    trimmed."""
    if run.first != run.first0 and run.toks[run.first].bits & PLACE and places.is_place(
            run.text, run.toks, run.first, run.last):
        return False
    return None


def abstract_subject(run: Run):
    """"Heaven knows how many e-mails I sent", "Faith gave her strength when nothing else
    did", "Hope got me through that year", "Hope has a way of showing up": a word that is
    also a given name, opening its sentence as the subject of an idiom (a virtue's own among
    them), or of a verb whose object is a person and then what
    a virtue gives (strength, courage, a reason) or where it takes them ("through", "going").
    No person: and since the rules are sure, the name model leaves the word too."""
    toks, first = run.toks, run.first
    if first != run.last or not toks[first].initial or not toks[first].bits & FIRST \
            or not toks[first].bits & (COMMON | WORD | ALSO_WORD):
        return None  # (not "Gabi finished her counseling": a name that is no word)
    text = run.text
    if IDIOM_OPENING.match(text, toks[first].start):
        return False
    if toks[first].low in LOWER_VIRTUES and _VIRTUE_IDIOM.match(text, toks[first].end):
        return False  # "Hope has a way of showing up", "Faith had a mind of its own"
    if first + 3 >= len(toks):
        return None
    verb, whom, what = toks[first + 1], toks[first + 2], toks[first + 3]
    if verb.cap or whom.low not in _OBJECT_PRONOUNS \
            or text[toks[first].end:what.start] != f" {verb.raw} {whom.raw} ":
        return None
    if what.low in _ARTICLES and first + 4 < len(toks):
        what = toks[first + 4]
    return False if what.low in _WHAT_A_VIRTUE_GIVES and not what.cap else None


_OBJECT_PRONOUNS = words("object-pronouns")
_VIRTUE_IDIOM = re.compile(rf" (?:{alternation('virtue-idiom-phrases')})\b", re.IGNORECASE)
_WHAT_A_VIRTUE_GIVES = words("what-a-virtue-gives")


def unlisted_name_acting(run: Run):
    """"Abu Bakr is the oldest", "Jebro Anjain moved here from Majuro", "I ran into Kemem
    Jibas at the store": two or three capitalized words that no list knows (or surnames that
    are also words), before what is said of a person: a predicate ("is the oldest", "was
    upset") or a person's verb, maybe after an adverb; or, all on no list, inside a sentence
    after a word that makes them no thing or place. Names of many families are on no list; a
    run of such words doing what people do is a person's full name."""
    classes = run.classes
    if len(classes) < 2 or len(classes) > 3 or U not in classes \
            or any(c not in (U, W2) for c in classes):
        return None
    ctx = run.context()
    toks, prev = run.toks, ctx.before()
    if prev is not None and prev.low in _NOT_BEFORE_UNLISTED:
        return None  # "Her Nintendo Switch got broken", "The Tohono O'odham are"
    if predicate_cue(ctx) or acts_after(ctx):
        return True
    # "I ran into Kemem Jibas at the store": words on no list at all, inside a sentence, where
    # no article, possessive or preposition of place makes them a thing or a place
    if run.first == run.first0 and not toks[run.first].initial and all(c == U for c in classes) \
            and prev is not None and not prev.cap and ctx.gap_before() == " " \
            and not thing_after(ctx):
        nxt = ctx.after()
        if nxt is None or nxt.cap or not nxt.bits & (ORG | THING | FAMILY):
            return True
    return None


_NOT_BEFORE_UNLISTED = words("not-before-an-unlisted-name")


def name_in_context(run: Run):
    """"I met Dana Whitfield", "Kai is four", "I asked Young to sign", "My client Oyelaran":
    what is left is a name when its words and their context say so (``_decide``)."""
    toks, first, classes = run.toks, run.first, run.classes
    if _NUMBER_LABEL_AFTER.match(run.text, toks[run.last].end):
        return False  # "Case No. 22JU07731", "Claim # 4471902": a record's label
    if first == run.last and _kin_in_a_note(toks[first], toks):
        return False
    if first == run.last and toks[first].initial and toks[first].low in ANY_LITTLE_WORD \
            and toks[first].low in little_words(run.text, toks):
        return False  # "Nou la pou ou", "Tu abuela te manda besitos": the line's other language
    last = run.last
    if last + 1 < len(toks) and not toks[last].poss and not toks[last + 1].cap \
            and toks[last + 1].low in _THING_NOUNS_AFTER \
            and run.text[toks[last].end:toks[last + 1].start] == " ":
        # "her Elsa dress", "an Elsa costume": a character's, on a thing; "Eugene branch",
        # "Kennedy unit moving to 4th floor": a part of the agency named so; "Salt clan"
        return False
    if first == last and toks[first].low in _OPENERS_AND_SIGN_OFFS \
            and _SIGNED_BY_A_ROLE.match(run.text, toks[first].end):
        return False  # "Love, your granddaughter": a letter's sign-off
    if len(toks[last].raw) == 1 and _CODE_AFTER_A_LETTER.match(run.text, toks[last].end):
        return False  # "School: Garfield K-8", "Lincoln K–12": a school's grades, no initial
    if first and toks[first - 1].cap and toks[first - 1].low in _ROOM_WORDS \
            and run.text[toks[first - 1].end:toks[first].start] == " ":
        return False  # "Conference Room Tyler has a window", "Room Austin": a room's name
    if first >= 2 and toks[first - 1].low == "from" and _whence_a_person_is(run):
        return False  # "Grann from Okap is the kinship option", "my aunt from Minas Gerais"
    ctx = run.context()
    if run.first0 < run.last and not toks[run.first0].bits & FUNCTION \
            and family_opens(Context(run.text, toks, run.first0, run.last)):
        run.first = run.first0
        return True  # "Iron Shell family offered to take all three kids": the whole run
    return bool(run.named or _decide(ctx, classes, toks) or (
        len(classes) == 1 and classes[0] in (N, W2, U)
        and plural_family(run.text, toks, first, run.lex) and not thing_after(ctx)) or (
        first == run.last and classes[0] == U and bare_possessive(run.text, toks, first,
                                                                  run.lex)))


_CODE_AFTER_A_LETTER = re.compile(r"[-–]\d")  # ("K-8": a letter opening a code)
_BRING_IN_VERBS = words("bring-in-verbs")
_ROOM_WORDS = words("room-words")  # "Conference Room Tyler"
# After a name, things a character's name is put on ("her Elsa dress", "the Moana blanket"),
# an agency's parts and buildings named after towns or people ("Eugene branch", "Kennedy
# unit", "the Whitaker building"), a clan ("Salt clan").
_THING_NOUNS_AFTER = words("character-thing-nouns", "unit-nouns", "clan-nouns")

_ARTICLES = words("articles")
_THIRD_PERSON_OWNERS = words("third-person-owners")
_NUMBER_LABEL_AFTER = re.compile(r" (?:No\.?|Nos\.|#) ?\d")


# In order: the first rule with a view decides. Each can be read, switched off (pass
# ``rules=`` without it) and counted (``trace=``, bench/privacy.py) on its own.
RULES = tuple(Rule(f.__name__, f) for f in (
    initials_of_a_person, lone_word_never_a_name, after_a_role_abbreviation, after_a_kin_word,
    after_a_greeting, after_a_title,
    street_or_listed_things, place_in_use, country_or_state, compound_name,
    town_in_a_place_context, hospital_by_its_name, a_people_not_a_person, a_thing_or_a_pet,
    one_word_acting_as_a_person, organisation, place_prefix, place_phrase_or_event,
    holiday_brand_agency_or_role, family_plural, trim_openers_and_closers,
    verb_opening_a_sentence, unknown_word_inside, trimmed_without_a_sure_name,
    place_once_trimmed, abstract_subject, unlisted_name_acting, name_in_context))
LOWERCASE_RULE, CAPITALS_RULE = "names_in_lowercase", "names_in_capitals"
MODEL_RULE = "learned_second_opinion"
VETO_RULE = "learned_veto"  # the model lets go a name the rules found by context alone
DOTTED_RULE, SIGN_OFF_RULE, LIST_RULE = "dotted_initials", "sign_off", "names_in_a_list"
LONE_DOTTED_RULE = "a_lone_dotted_initial"
AGED_CAPITALS_RULE = "capitals_before_an_age"
SPEAKER_RULE, SIGNED_RULE = "speaker_of_a_message", "signed_with_a_name"
PUBLIC_FIGURE_RULE, PSEUDONYM_RULE = "public_figure", "pseudonym"
AGAIN_RULE = "named_again"
SURNAME_LIST_RULE = "surnames_listed_together"
PAIR_RULE = "other_of_a_pair_said_to_be_kin"  # "Beto and Memo are brothers"
SPELT_OUT_RULE = "initials_of_a_name_found"  # "KB = Kofi Boateng" (initials_spelled_out.py)
ROSTER_RULE = "word_name_in_a_roster"  # "Saint - 5, kin"
LETTER_RULE = "a_letter_with_an_age"
TITLED_LETTER_RULE = "a_letter_after_a_title"
A_THING_RULE = "a_thing_or_a_pet"
INITIALS_LIST_RULE = "initials_listed_together"
SAID_NO_PERSON_RULE = "said_to_be_no_person"
PLACE_LIST_RULE = "a_place_listed_with_places"  # "from Anchorage, Bethel, Nome and Juneau"
WISH_RULE = "a_wish"  # "Hope this helps": a wish opening a sentence (_a_wish)
# "County of residence: Lafayette" (places.py), "Subject: Chelsea move" over a text making
# Chelsea a place (_in_a_heading)
PLACE_FIELD_RULE = "place_in_a_field_or_heading"
SCHOOL_RULE = "a_school_one_gets_into"  # "got into Cornell" (_a_school_one_gets_into)
NAME_FIELD_RULE = "name_in_a_name_field"  # "Name used at school: Saint"
CAPTION_RULE = "a_party_of_a_caption"  # "IN THE MATTER OF KOWALCZYK, minors"
LIL_RULE = "a_nickname_after_lil"  # "lil j had a rough nite", "pick up lil man at 3"
LOWERED_CAPITALS_RULE = "names_in_capitals_read_as_lowercase"
HASHTAG_RULE = "names_in_a_hashtag"
SPELLED_RULE = "a_name_spelled_out"  # "spelled k o w a l s k i" (spelled.py)
HANDLE_RULE = "a_name_in_a_handle"  # "JaydenWhitlock_report.docx", "user=kpatel" (handles.py)
COLUMN_RULE = "a_name_in_a_people_column"  # "WHO | WHAT / MH | dentist" (table_names.py)
UNCASED_RULE = "names_in_uncased_scripts"
# What finds names after the rules' table, in order: each is counted by ``trace`` like a rule.
PASSES = (LOWERCASE_RULE, CAPITALS_RULE, DOTTED_RULE, SIGN_OFF_RULE, TITLED_LETTER_RULE,
          SPEAKER_RULE, SIGNED_RULE, LETTER_RULE, LIST_RULE, VETO_RULE, MODEL_RULE,
          INITIALS_LIST_RULE, SURNAME_LIST_RULE, PAIR_RULE, ROSTER_RULE,
          PUBLIC_FIGURE_RULE, PSEUDONYM_RULE, SAID_NO_PERSON_RULE, PLACE_LIST_RULE, WISH_RULE,
          PLACE_FIELD_RULE, SCHOOL_RULE, NAME_FIELD_RULE, CAPTION_RULE, LIL_RULE, SPELLED_RULE,
          HANDLE_RULE, COLUMN_RULE, AGAIN_RULE, SPELT_OUT_RULE,
          LOWERED_CAPITALS_RULE, HASHTAG_RULE, UNCASED_RULE)
_LONE_WORD = lone_word_never_a_name.__name__
_TRIM = trim_openers_and_closers.__name__


def candidate_runs(text: str) -> list[Run]:
    """Every run of capitalized words in ``text``, as the rules receive it."""
    lex = lexicon()
    toks = tokenize(text, lex)
    return [Run(text, toks, lex, first, last) for first, last in runs(text, toks)]


def find_names(text: str, rules: tuple = RULES, trace=None, model=None,
               spelt: list[int] | None = None, marks: list[int] | None = None,
               digits: list[int] | None = None) -> list[tuple[int, int]]:
    """Spans of people's names, each (start, end) covering a whole name ("Dana Whitfield").

    ``trace``, a ``collections.Counter``, counts (rule name, verdict) for every run decided:
    which rule found each name and which set each run aside. ``model``: a name_model.Model
    (the learned second opinion) in place of the shipped one; ``False`` leaves it out, and
    named_again with it (the rules' table and the passes of rule_names alone). ``spelt``, if
    given, receives the places of the words that are or hold a number word
    (tokens.tokenize), for spoken.rewrite; ``marks``, one number: the tokens.MARK_ bits of
    the text (a digit, for scanner.scan); ``digits``, the lengths of its runs of digits
    (tokens.tokenize). A line typed in capitals is read again in lowercase
    (names_in_capitals_read_as_lowercase)."""
    found = _names_as_written(text, rules, trace, model, spelt, marks, digits)
    if text.isupper() or "\n" in text and not text.islower() \
            or ('"' in text or "“" in text) and _QUOTED_CAPITALS.search(text) is not None:
        # (a line in capitals, or a quotation: what the text says of case, looked at in C
        # first)
        found = names_in_capitals_read_as_lowercase(text, found, rules, trace, model)
    return found


# A quotation typed in capitals, of three words or more: a relay call's, a TTY's or a
# voicemail's transcript quoted in a note ('Relay: "HELLO THIS IS DENISE I AM TYRELL MOTHER GA"')
_QUOTED_CAPITALS = re.compile(
    r"[\"“]([^\"“”\n\w]*[^\W\d_]{2,}(?:[^\"“”\n\w]+\w+){2,}[^\"“”\n\w]*)[\"”]")


def _names_as_written(text: str, rules: tuple = RULES, trace=None, model=None,
                      spelt: list[int] | None = None, marks: list[int] | None = None,
                      digits: list[int] | None = None) -> list[tuple[int, int]]:
    """find_names, but for the lines in capitals read as lowercase."""
    scored: list[int] = []  # the words name_model.names may score, as tokenize picks them
    if marks is None:
        marks = []
    toks, verdicts, spans = rule_names(text, rules, trace, scored, spelt, marks, digits)
    if model is False:
        return spans
    if spans:
        # names the rules found by context alone, which the model is sure are none
        kept = name_model.vetoed(text, toks, verdicts, spans, model)
        if trace is not None and len(kept) < len(spans):
            trace[VETO_RULE, False] += len(spans) - len(kept)
        spans = kept
    if scored:  # (else no word the model may score: it finds nothing)
        learned = name_model.names(text, toks, verdicts, spans, model, scored)
        if learned:
            learned = set_aside_what_the_text_says(text, toks, verdicts, learned, trace)
        if learned:
            learned = _no_state_where_states_are_spoken_of(text, toks, learned)
        if trace is not None and learned:
            trace[MODEL_RULE, True] += len(learned)
        found = spans + learned
    else:
        found = spans
    handled = names_in_handles(text, toks)
    if handled and found:
        # (a name found inside a handle gives way to the whole handle: "@l.ortiz", not "ortiz")
        found = [span for span in found if not any(
            start <= span[0] and span[1] <= end and (start, end) != span
            for start, end in handled)]
    found = _more_names(found, handled, HANDLE_RULE, trace)
    # (a table: a line break, and a tab, "|" or a comma to part its lines into cells)
    if "\n" in text and ("\t" in text or "|" in text or "," in text):
        found = _more_names(found, names_in_columns(text), COLUMN_RULE, trace)
    # (letters read out: a piece of one letter, MARK_LETTER, or letters joined by hyphens)
    if marks[-1] & MARK_LETTER or "-" in text:
        found = _more_names(found, spelled_out_names(text), SPELLED_RULE, trace)
    if not found:
        return found
    # (initials found: a look at each span's length first)
    if any(1 < end - start < 4 for start, end in found):
        together = initials_listed_together(text, toks, found)
        if trace is not None and together:
            trace[INITIALS_LIST_RULE, True] += len(together)
        found += together
    # (two names found, and a list's comma, semicolon or "and" in the text)
    if len(found) >= 2 and ("," in text or ";" in text or " and " in text or " & " in text):
        listed = surnames_listed_together(text, toks, found)
        if trace is not None and listed:
            trace[SURNAME_LIST_RULE, True] += len(listed)
        found += listed
    if " and " in text:
        paired = other_of_a_pair_said_to_be_kin(text, toks, found)
        if trace is not None and paired:
            trace[PAIR_RULE, True] += len(paired)
        found += paired
    found = found + named_again(text, toks, verdicts, found, trace)
    # (a name of two words or more found; after named_again, which would find the capitals
    # again where they are a role: "PO is Paulette Okoro, the PO is probation")
    if any(" " in text[start:end] for start, end in found):
        spelt_out = initials_of_a_name_found(text, toks, found)
        if trace is not None and spelt_out:
            trace[SPELT_OUT_RULE, True] += len(spelt_out)
        found += spelt_out
    return found


def other_of_a_pair_said_to_be_kin(text: str, toks: list[Token],
                                   found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Beto and Memo are brothers", "Deacon and Bishop are brothers", "Saint and Angel are
    half-brothers": a name found, "and", one capitalized word that no rule took for a name,
    and what the two are to a family (casing.PAIR_OF_PEOPLE): the other of the pair is a
    person too, though it is an everyday word or a title. Not a kin's or a role's word ("Mom
    and Dana are sisters" names Dana alone). A given name that is a word too, the pair then
    doing what only people do, is one as well: "Justice and Trinity texted me" (not "Mario and
    Luigi came up", "got", "went": the other may be a character as the first was taken for
    a name)."""
    spans: list[tuple[int, int]] = []
    at = None
    ends = {end for _, end in found}
    starts = {start for start, _ in found}
    for start, end in found:
        if text.startswith(" and ", end):
            other_start, pair_end = end + 5, None  # the other after the name
        elif start >= 5 and text.startswith(" and ", start - 5):
            other_start, pair_end = None, end  # the other before it
        else:
            continue
        if at is None:
            at = {tok.start: k for k, tok in enumerate(toks)}
            by_end = {tok.end: k for k, tok in enumerate(toks)}
        k = at.get(other_start) if other_start is not None else by_end.get(start - 5)
        if k is None:
            continue
        other = toks[k]
        if other.start in starts or other.end in ends or not other.cap or other.poss \
                or other.bits & (ROLE | FUNCTION) or len(other.raw) < 2 \
                or k > 0 and toks[k - 1].cap and text[toks[k - 1].end:other.start] == " " \
                or k + 1 < len(toks) and toks[k + 1].cap \
                and text[other.end:toks[k + 1].start] == " ":
            continue  # (one word alone: not "Mary Ann and Beto", a run a rule has read)
        if (other.start, other.end) in spans:
            continue
        last = k if pair_end is None else by_end.get(pair_end)
        if _PAIR_OF_PEOPLE.match(text, toks[last].end if last is not None else pair_end) \
                or other.bits & FIRST and last is not None \
                and Context(text, toks, last, last).verb_after(strong=True):
            spans.append((other.start, other.end))
    return spans


def _more_names(found: list[tuple[int, int]], more: list[tuple[int, int]], rule: str,
                trace) -> list[tuple[int, int]]:
    """found, with the names a reader outside the rules' table found (in handles, in a
    people's column, spelled out) where no name found already stands, counted under rule."""
    if not more:
        return found
    taken = covered(found) if found else None
    more = [span for span in more if taken is None or not overlaps(taken, *span)]
    if trace is not None and more:
        trace[rule, True] += len(more)
    return found + more


def surnames_listed_together(text: str, toks: list[Token],
                             found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Transfers: Garcia (3 kids), Nguyen, Smith-Jones, Hall", "Handing off: Rivers, Banks,
    Church": a capitalized word that a list of surnames holds, standing alone as an item of a
    list with two names or more found as one word each, is one more name, though it is an
    organisation's or an everyday word too. An item is one word, maybe with a bracket after
    it ("Garcia (3 kids)"); not a month, a weekday, a place, a role or a title, nor a word
    that opens a longer item ("Church Street")."""
    singles = {start for start, end in found if " " not in text[start:end]}
    if len(singles) < 2:
        return []
    items: list[list[int]] = []  # the lists: the places in toks of their one-word items
    current: list[int] = []
    for k, tok in enumerate(toks):
        if not tok.cap or not _ITEM_CLOSES.match(text, tok.end):
            current = []
            continue
        if current and _LIST_GAP.fullmatch(text, toks[current[-1]].end, tok.start):
            current.append(k)
        else:
            current = [k]
            items.append(current)
    spans: list[tuple[int, int]] = []
    for listed in items:
        if sum(toks[k].start in singles for k in listed) < 2:
            continue
        for k in listed:
            tok = toks[k]
            if tok.start not in singles and tok.bits & LAST and not tok.poss \
                    and not tok.bits & (MONTH | FUNCTION | ROLE | TITLE | PLACE | NOT_NAME) \
                    and len(tok.raw) > 1 and not tok.raw.isupper() \
                    and not (k == listed[0] and tok.low in _OPENERS_AND_SIGN_OFFS):
                # (not a card's "Love," before the names that sign it: "Love, Mitch, Carol &
                # the boys")
                spans.append((tok.start, tok.end))
    return spans


# Between the items of a list: a comma, "and", "&" or a semicolon, after a bracket that may
# close the item before ("Garcia (3 kids), Nguyen")
_LIST_GAP = re.compile(r"(?: \([^()\n]{1,30}\))?(?:,| and|, and| &|;) ")
# ... and what closes a one-word item: the list's next gap, a bracket, a stop, a line's end
_ITEM_CLOSES = re.compile(r"(?: \([^()\n]{1,30}\))?(?:,| and\b| &|;|\.|:| -|$|\n)")


def _lines_in_capitals(text: str) -> list[tuple[int, int, bool]]:
    """Where the lines typed in capitals stand ("NOAH SAID HE WAS SCARED."): each a line whose
    letters are all capitals, of two words of letters or more; and each quotation typed in
    capitals in the other lines ('TTY: "GRANDMA RUTH HERE CAN U CALL ME BACK GA"')."""
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.isupper() and len(_LETTERS.findall(line)) >= 2:
            spans.append((start, end, False))
        elif '"' in line or "“" in line:
            # (and each quotation in capitals in a line that is not: _QUOTED_CAPITALS)
            spans += [(start + m.start(1), start + m.end(1), True)
                      for m in _QUOTED_CAPITALS.finditer(line) if m.group(1).isupper()]
        start = end + 1
    return spans


def names_in_capitals_read_as_lowercase(text: str, found: list[tuple[int, int]],
                                        rules: tuple = RULES, trace=None, model=None) \
        -> list[tuple[int, int]]:
    """"NOAH SAID HE WAS SCARED.", "SPOKE TO GRANDMOTHER RUTH ABOUT PLACEMENT.": in a line typed
    in capitals a capital says nothing, as in a text message no capital does; its names are
    those the rules and the model find in the same line in lowercase (besides those the
    rules of names in capitals found as written, which found keeps). The names found, with
    those read so.

    So too a quotation in capitals in a line that is not ('TTY: "GRANDMA RUTH HERE CAN U CALL
    ME BACK ABOUT TONY GA"'), where the words as written, every one a capital, run together
    into one long name: there the names read in lowercase take the place of those they
    overlap ("RUTH", "TONY")."""
    lines = _lines_in_capitals(text)
    if not lines:
        return found
    lowered = list(text)
    for start, end, _ in lines:
        line = text[start:end].lower()
        if len(line) == end - start:  # (one character for one, as nearly always)
            lowered[start:end] = line
    read = _names_as_written("".join(lowered), rules, None, model)
    quoted = [(start, end) for start, end, quotation in lines if quotation]
    if quoted and found:
        found = [(s, e) for s, e in found
                 if not (any(qs <= s and e <= qe for qs, qe in quoted)
                         and any(start < e and s < end for start, end in read))]
    # (where the lines and the names found stand, read by binary searches: a long text in
    # capitals holds hundreds of names)
    starts, ends = [start for start, _, _ in lines], [end for _, end, _ in lines]
    taken = covered(found)
    spans = []
    for s, e in read:
        k = bisect_right(starts, s) - 1
        if k >= 0 and e <= ends[k] and not overlaps(taken, s, e):
            spans.append((s, e))
    if trace is not None and spans:
        trace[LOWERED_CAPITALS_RULE, True] += len(spans)
    return found + spans if spans else found


def _named_as_a_thing_elsewhere(text: str, toks: list[Token], verdicts: dict[int, str],
                                found: list[tuple[int, int]], trace=None) \
        -> list[tuple[int, int]]:
    """"I'll tell you about Sunny. Sunny was our office dog": a word the text itself makes a
    pet, a thing, a famous person or a place somewhere is that, not a person, where it stands
    again with no such cue (named_again's converse); a place, only where it stands again in a
    heading, which says nothing of it ("Subject: Chelsea move" over "The Chelsea office moves
    in June"): "Jackson moved to Jackson, Mississippi" names a boy first."""
    aside = set()  # the whole of each run set aside so: not "Taylor" of "Taylor Swift"
    for i, said in verdicts.items():
        if said in _THING_VERDICTS and verdicts.get(i - 1) != said:
            last = i
            while verdicts.get(last + 1) == said:
                last += 1
            aside.add(text[toks[i].start:toks[last].end])
    placed = set()  # ... and each run the text makes a place, which a heading may name again
    for i, said in verdicts.items():
        if said in _PLACE_VERDICTS and verdicts.get(i - 1) != said:
            last = i
            while verdicts.get(last + 1) == said:
                last += 1
            while i < last and toks[i].bits & FUNCTION:
                i += 1  # "The Chelsea office moves": Chelsea
            placed.add(text[toks[i].start:toks[last].end])
    if not aside and not placed:
        return found
    at = {tok.start: i for i, tok in enumerate(toks)}
    if aside:
        found = _set_aside(toks, verdicts, found, PUBLIC_FIGURE_RULE, trace,
                           lambda start, end: text[start:end] in aside
                           and not verdicts.get(at.get(start), "").startswith(_CUED))
    if placed and found:
        found = _set_aside(toks, verdicts, found, PLACE_FIELD_RULE, trace,
                           lambda start, end: text[start:end] in placed
                           and _in_a_heading(text, start, end)
                           and not verdicts.get(at.get(start), "").startswith(_CUED))
    return found


def _in_a_heading(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands in an e-mail's subject line ("Subject: Re: Victoria",
    "Subject: Chelsea move") or in a line of three words at most with no stop ("Victoria
    office"), which say nothing of what it names: the text's other lines say it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return _SUBJECT_LINE.match(line) is not None or (
        len(line.split()) <= 3 and not any(c in line for c in ".!?,;"))


_SUBJECT_LINE = re.compile(r"(?:Subject|Re|RE|Fwd|FW|Fw):")


# "Mr. Ford drives a Ford", "Today I mean the kid: Jordan got his driver's permit"
_CUED = ("after_a_title", "after_a_kin_word", "after_a_greeting", "one_word_acting_as_a_person")
_THING_VERDICTS = frozenset(("a_thing_or_a_pet", "public_figure", "said_to_be_no_person"))
# the verdicts of a place by its context, which names the same word a place in a heading
_PLACE_VERDICTS = frozenset(("town_in_a_place_context", "place_in_use", "place_once_trimmed",
                             "country_or_state", PLACE_FIELD_RULE))


def named_again(text: str, toks: list[Token], verdicts: dict[int, str],
                found: list[tuple[int, int]], trace=None) -> list[tuple[int, int]]:
    """"Grace did well at school. Her teacher said Grace reads a lot now": a word found as a
    name is the same person's name where it stands again in the text, capitalized as it was,
    even with no cue there; not where a rule set it aside as a place or a thing
    (name_model.SURE_NOT_NAMES), nor before a pronoun ("Will you call?", "Hope you're well"),
    nor a month where a month stands ("We met in June; June herself didn't come"), nor in a
    line written in title case."""
    # Most lines name no one twice: a count in the text of each run of letters of the names
    # found, made in C, says so before any word is read (a name's word that stands twice has
    # runs of letters that do).
    if not any(text.count(letters) > 1 for start, end in found
               for letters in _LETTERS.findall(text, start, end)):
        return []
    inside = set(_words_found(toks, found))
    # (not a count of each in the text: a word found again below stands twice; a count read
    # the whole text for each name, and a long text, a pasted case file, names many)
    named = {toks[i].raw for i in inside if toks[i].cap and len(toks[i].raw) > 1}
    spans: list[tuple[int, int]] = []
    if not named:
        return spans
    last = len(toks) - 1
    for i, tok in enumerate(toks):
        if tok.raw in named and i not in inside \
                and (verdicts.get(i, "").rstrip("+") not in name_model.SURE_NOT_NAMES
                     or _initials_again(text, toks, verdicts, i)) \
                and not (i < last and toks[i + 1].low in _PRONOUNS_AFTER) \
                and not (tok.bits & MONTH and (i and toks[i - 1].low in _BEFORE_MONTH
                                               or _month_range_after(toks, i))) \
                and not (i < last and _modifies_the_word_after(text, toks, i)):
            spans.append((tok.start, tok.end))
    if spans and name_model.register(text, toks) == "T":
        return []  # (in a title every word is capitalized: "I Am Not Mad At You")
    if trace is not None and spans:
        trace[AGAIN_RULE, True] += len(spans)
    return spans


def _month_range_after(toks: list[Token], i: int) -> bool:
    """'moved from April to May': a month, "to" or "through" and a month after it, a range of
    months, not the person named so elsewhere in the text."""
    return i + 2 < len(toks) and toks[i + 1].low in _MONTH_RANGE_WORDS \
        and bool(toks[i + 2].bits & MONTH)


_MONTH_RANGE_WORDS = words("month-range-words")


def _modifies_the_word_after(text: str, toks: list[Token], i: int) -> bool:
    """"Grace period for signing ends Friday. Grace, the newest worker, asked ...", "Royal blue
    folders are for court now. Royal asked why": where the word stands again opening a
    sentence before a word of the dictionary in lowercase that no person does ("period",
    "blue", "children"; a year after a season), it is the word there, not the person named
    elsewhere; not before a verb, an adverb, a modal or a function word ("Grace said", "Grace
    again asked", "Grace can come"). (A title before a capitalized name stays the person's
    too: "our liaison, Justice Etsitty. Justice also reminded me")."""
    tok, nxt = toks[i], toks[i + 1]
    if not tok.initial or tok.poss:
        return False
    if (tok.bits & MONTH or tok.low in _SEASONS_BEFORE_A_YEAR) and _YEAR_AFTER.match(text, tok.end):
        return True  # "Summer 2024 was when the agency moved"
    if text[tok.end:nxt.start] != " " or nxt.cap:
        return False
    return bool(nxt.bits & WORD) and not nxt.bits & (PERSON_VERB | FUNCTION | OBJECT_VERB
                                                     | STATE | ROLE | FAMILY) \
        and nxt.low not in _ADVERBS and nxt.low not in _MODALS_BEFORE_AN_ACT \
        and not nxt.low.endswith(_VERB_OR_ADVERB_ENDINGS)


_VERB_OR_ADVERB_ENDINGS = tuple(sorted(words("endings-of-a-verb-or-an-adverb")))
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d\b")
_SEASONS_BEFORE_A_YEAR = words("seasons")


def _initials_again(text: str, toks: list[Token], verdicts: dict[int, str], i: int) -> bool:
    """"Worker: AT ... father asked AT to text photos ... AT posted a picture": capitals found
    as a worker's initials are the worker again where no cue stands, which alone leaves
    them an acronym (lone_word_never_a_name); not after an article ("FP RN says the RN at the
    clinic": the role), before a bracket saying what they stand for there ("PS (public
    school) ROI", "LE (Det. Ruiz)"), nor a state's code where a state stands ("in VT")."""
    tok = toks[i]
    if verdicts[i] != _LONE_WORD or not tok.raw.isupper() or text.startswith(" (", tok.end):
        return False
    return not i or toks[i - 1].low not in _ARTICLES and not (
        tok.bits & STATE_CODE and toks[i - 1].low in _BEFORE_A_STATE)


# "Will you call?", "May I ask", "Hope you're well": a word opening a question or a wish
_PRONOUNS_AFTER = words("pronouns-after-a-word-named-again")
_BEFORE_MONTH = words("before-month")  # "in June", "since May": the month, not the name again
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# two lowercase letters before a bracket ("ah (bm) no show"), which casing.lowercase_names
# reads (its _word_initials_before_a_role) in a line with no other word for it
_LETTERS_BEFORE_A_BRACKET = re.compile(r"(?<![a-z])[a-z][a-z] \(")


def rule_names(text: str, rules: tuple = RULES, trace=None, scored: list[int] | None = None,
               spelt: list[int] | None = None, marks: list[int] | None = None,
               digits: list[int] | None = None) \
        -> tuple[list[Token], dict[int, str], list[tuple[int, int]]]:
    """What the rules make of text: its words, the verdict on each word of a capitalized run
    (the deciding rule's name, with "+" when it found a name), and the names they found.
    scored, if given, receives the places of the words name_model.names may score (see
    tokens.scored_candidate); spelt, those of the words that are or hold a number word;
    marks, the tokens.MARK_ bits of the text; digits, the lengths of its runs of digits."""
    lex = lexicon()
    capitals: list[int] = []
    candidates: list[int] = []  # for lowercase_names
    initials: list[int] = []
    if marks is None:
        marks = []
    toks = tokenize(text, lex, capitals, candidates, initials, scored, spelt, marks, digits)
    spans: list[tuple[int, int]] = []
    verdicts: dict[int, str] = {}
    if rules is RULES:  # the same verdicts as below, but a rule is asked only if it can decide
        if capitals:  # (a run opens with a capitalized word: a line in lowercase has none)
            _judge_runs(text, toks, lex, capitals, spans, verdicts, trace)
    else:
        for first, last in runs(text, toks, capitals):
            run = Run(text, toks, lex, first, last)
            for rule in rules:
                verdict = rule.decide(run)
                if verdict is None:
                    continue
                if verdict:
                    spans.append((toks[run.first].start, toks[run.last].end))
                if trace is not None:
                    trace[rule.name, verdict] += 1
                said = rule.name + "+" if verdict else rule.name
                for i in range(first, last + 1):
                    verdicts[i] = said
                break
    # (a word neither list holds is none of lowercase_names' names: a third of all lines)
    lowercase = lowercase_names(text, toks, lex, verdicts, candidates, initials) \
        if candidates or initials or _LETTERS_BEFORE_A_BRACKET.search(text) else []
    # (three capitals in a row, or a capital, a full stop and a capital: what each looks for
    # first, noted by tokenize)
    capitals = capitals_names(text, toks) if marks[-1] & MARK_CAPITALS else []
    found = spans + lowercase + capitals
    dotted = dotted_initials(text, found) if marks[-1] & MARK_DOTTED else []
    # (one capital and its stop: "J." alone, MARK_DOTTED's second shape)
    lone = a_lone_dotted_initial(text, toks, found + dotted) if marks[-1] & MARK_DOTTED else []
    if marks[-1] & MARK_LOWER_DOTTED:  # ("k.m.": tokenize noted such a piece)
        dotted += dotted_initials_in_lowercase(text, found)
    signed = sign_off(text)
    # (a roster's dash: a look in C first)
    rostered = word_name_in_a_roster(text, toks, verdicts, found) \
        if " - " in text or " – " in text else []
    # (a piece of one letter, but "a", "i" and "s": tokenize noted it)
    titled = a_letter_after_a_title(text, found) if marks[-1] & MARK_LETTER else []
    # (a chat's time in brackets opens the line: a look at its first character)
    speaker = speaker_of_a_message(text, toks, verdicts, found) \
        if text[:1] in _SPEAKER_OPENERS or "\n[" in text else []
    # (an age's digits: tokenize noted a digit)
    aged = capitals_before_an_age(text, found) if marks[-1] & MARK_DIGIT and (
        " (" in text or ", " in text) else []
    found += dotted + lone + signed + rostered + titled + speaker + aged
    if ":" in text and "ame" in text:  # (a field's label: a look in C first)
        fielded = names_in_a_name_field(text, toks, found)
        if trace is not None and fielded:
            trace[NAME_FIELD_RULE, True] += len(fielded)
        found += fielded
    if "il " in text or "IL " in text:  # ("lil j": a look in C first)
        little = nicknames_after_lil(text, lex, found)
        if little:
            if trace is not None:
                trace[LIL_RULE, True] += len(little)
            # (a name found inside gives way to the whole: "lil mike", not "mike")
            found = [(a, b) for a, b in found
                     if not any(s <= a and b <= e for s, e in little)] + little
    if "IN RE" in text or "IN THE " in text or " v. " in text:  # (a caption: looks in C)
        captioned = parties_of_a_caption(text, lex, found)
        if trace is not None and captioned:
            trace[CAPTION_RULE, True] += len(captioned)
        found += captioned
    if not text.isascii() and HAS_UNCASED.search(text) is not None:
        # (a letter of a script with no capitals: a look in C, after one at ASCII)
        uncased = names_in_uncased_scripts(text, found)
        if trace is not None and uncased:
            trace[UNCASED_RULE, True] += len(uncased)
        found += uncased
    if "#" in text:  # (a hashtag: a look in C first)
        tagged = names_in_a_hashtag(text, lex, found)
        if trace is not None and tagged:
            trace[HASHTAG_RULE, True] += len(tagged)
        found += tagged
    if "(" in text and _LETTER_BEFORE_A_BRACKET.search(text):  # (looks in C first)
        lettered = _a_letter_with_an_age(text, toks, found)
        if trace is not None and lettered:
            trace[LETTER_RULE, True] += len(lettered)
        found += lettered
    # (a sentence's end and a space among the text's last characters: three looks in C,
    # cheaper than a search, which most lines then need not make)
    tail = text[-24:]
    named = signed_with_a_name(text, toks, found) if (
        ". " in tail or "? " in tail or "! " in tail) and _SIGNED_HINT.search(tail) else []
    found += named
    listed = (names_in_a_list(text, toks, verdicts, found)
              if "name_in_context" in verdicts.values() else [])
    if trace is not None:
        for name, more in ((LOWERCASE_RULE, lowercase), (CAPITALS_RULE, capitals),
                           (DOTTED_RULE, dotted), (LONE_DOTTED_RULE, lone),
                           (AGED_CAPITALS_RULE, aged),
                           (SIGN_OFF_RULE, signed), (ROSTER_RULE, rostered),
                           (TITLED_LETTER_RULE, titled),
                           (SPEAKER_RULE, speaker), (SIGNED_RULE, named),
                           (LIST_RULE, listed)):
            if more:
                trace[name, True] += len(more)
    found += listed
    return toks, verdicts, set_aside_what_the_text_says(text, toks, verdicts, found, trace) \
        if found else found


# capitals that a key to abbreviations gives words to: "KCG = kin caregiver", "TQ = transport
# request" (not "P031 = Lakeisha Munn", a key to a study's people)
_KEYED_ABBREVIATION = re.compile(r"[A-Z]{2,5}")
_KEYED_AS = re.compile(r" = [a-z]")


def set_aside_what_the_text_says(text: str, toks: list[Token], verdicts: dict[int, str],
                                 found: list[tuple[int, int]], trace=None) \
        -> list[tuple[int, int]]:
    """The names found but those the text itself says are no private person's: a famous
    person, an author cited, a work, a made-up name, a thing named after someone, a place, a
    thing after "the", or a word it makes one of these elsewhere. Read of the rules' names,
    and again of the model's (find_names), which weighs a word and its neighbours, not what
    the rest of the line says of it."""
    cast = _cast_spans(toks, found)
    famous = _famous_spans(toks, found)
    if famous:
        # a famous name's words are read as tokens, across the text between them: not across
        # a stop ("Hi Bob, hope the training went well" names no Bob Hope)
        famous = [span for span in famous if not _FAMOUS_BROKEN.search(text, *span)]
    famous += cast
    if famous or _may_be_known(text, toks, found) or _may_name_a_law(text) \
            or _may_name_a_storm(text) or _may_cite_a_verse(text) or _may_name_a_ship(text):
        found = public_figures(text, toks, verdicts, found, trace, famous, cast)
    if found:
        found = cited_authors(text, toks, verdicts, found, trace)
    if found:
        found = _set_aside(toks, verdicts, found, PUBLIC_FIGURE_RULE, trace,
                           lambda start, end: _a_work_after(text, toks, end))
    if found:
        found = _set_aside(toks, verdicts, found, A_THING_RULE, trace,
                           lambda start, end: _a_thing_noun_after(text, toks, start, end))
    if found and "-\n" in text:
        found = _set_aside(toks, verdicts, found, SAID_NO_PERSON_RULE, trace,
                           lambda start, end: _rest_of_a_broken_word(text, start, end))
    if found and ", " in text:
        found = _set_aside(toks, verdicts, found, SAID_NO_PERSON_RULE, trace,
                           lambda start, end: text[start - 2:start] == ", "
                           and text[start:end].lower() in _OFFICES_ADDRESSED)
    if found and " (" in text:
        # capitals the text spells out in brackets after them ("UTC (unable to contact)")
        found = _set_aside(toks, verdicts, found, SAID_NO_PERSON_RULE, trace,
                           lambda start, end: text[start:end].isupper()
                           and _spelt_after(text, start, end))
    if found and ('"' in text or "“" in text):
        # capitals a phrase in quotes spells out ('MK on the doc list = "medical kit"')
        found = _set_aside(toks, verdicts, found, SAID_NO_PERSON_RULE, trace,
                           lambda start, end: end - start < 4 and text[start:end].isupper()
                           and _glossed_in_quotes(text, start, end))
    if found:
        found = pseudonyms(text, toks, verdicts, found, trace)
    if found:  # (a look at the words before each name: cheaper than a search of the text)
        found = _set_aside(toks, verdicts, found, PUBLIC_FIGURE_RULE, trace,
                           lambda start, end: _after_a_public_office(text, toks, verdicts, start,
                                                                     end))
    if found:
        found = _set_aside(toks, verdicts, found, PUBLIC_FIGURE_RULE, trace,
                           lambda start, end: _EPONYM_AFTER.match(text, end) is not None
                           or _EPONYM_SUFFIXED.search(text, start, end) is not None)
    if found and _may_say_what_it_is(text):
        found = _set_aside(toks, verdicts, found, SAID_NO_PERSON_RULE, trace,
                           lambda start, end: _said_what_it_is(text, start, end))
    if found and (" mean" in text or " word" in text or " for " in text or " in " in text):
        found = _set_aside(toks, verdicts, found, SAID_NO_PERSON_RULE, trace,
                           lambda start, end: _glossed_as_a_word(text, start, end)
                           or _a_word_of_a_language(text, start, end))
    if found and " = " in text:
        found = _set_aside(toks, verdicts, found, SAID_NO_PERSON_RULE, trace,
                           lambda start, end: _KEYED_ABBREVIATION.fullmatch(text, start, end)
                           is not None and _KEYED_AS.match(text, end) is not None)
    if found and " from " in text:
        found = _set_aside(toks, verdicts, found, SAID_NO_PERSON_RULE, trace,
                           lambda start, end: _a_thing_from_a_person(text, start, end))
    if found and any(text[start:end].lower() in cues_module.WISH_VERBS for start, end in found):
        # (a verdict of its own, not a thing's: "Hope this helps ... Best, Hope" signs with the
        # name the wish opened with, which _named_as_a_thing_elsewhere must not set aside)
        found = _set_aside(toks, verdicts, found, WISH_RULE, trace,
                           lambda start, end: _a_wish(text, start, end))
    if found and " its " in text and not text.islower():
        found = _set_aside(toks, verdicts, found, SAID_NO_PERSON_RULE, trace,
                           lambda start, end: _ITS_OWN_AFTER.match(text, end) is not None)
    if found and "irtue" in text:
        found = _set_aside(toks, verdicts, found, SAID_NO_PERSON_RULE, trace,
                           lambda start, end: _virtues_listed(text, start, end))
    if found and ('"' in text or "“" in text) and not text.islower():
        found = _set_aside(toks, verdicts, found, SAID_NO_PERSON_RULE, trace,
                           lambda start, end: _a_word_in_quotes(text, start, end))
    if found and ("the " in text or "The " in text):
        found = _set_aside(toks, verdicts, found, A_THING_RULE, trace,
                           lambda start, end: _a_thing_after_the(text, toks, start, end)
                           or _called_a_thing_after_a_comma(text, start, end))
    if found and (":" in text or "\t" in text or "|" in text):
        found = _set_aside(toks, verdicts, found, PLACE_FIELD_RULE, trace,
                           lambda start, end: places.in_a_place_field(text, start))
    if found and "orner of " in text:
        corners = [span for corner in _CORNER.finditer(text) for span in corner.regs[1:]]
        found = _set_aside(toks, verdicts, found, PLACE_FIELD_RULE, trace,
                           lambda start, end: any(s <= start and end <= e for s, e in corners))
    if found and _may_admit(text):
        at = {tok.start: i for i, tok in enumerate(toks)}
        found = _set_aside(toks, verdicts, found, SCHOOL_RULE, trace,
                           lambda start, end: _a_school_one_gets_into(text, toks, at, start, end))
    if found and len(verdicts) > 1:
        found = _named_as_a_thing_elsewhere(text, toks, verdicts, found, trace)
    for start, end in found:  # (a loop, not any(): most names found are no endearment)
        if text[start:end] in _ENDEARMENTS:
            found = _set_aside(toks, verdicts, found, SAID_NO_PERSON_RULE, trace,
                               lambda start, end: _an_endearment(text, toks, start, end))
            break
    if found and ", " in text and text[:1].isupper():
        glossed = _glossed_list(text)
        if glossed is not None:
            found = _set_aside(toks, verdicts, found, SAID_NO_PERSON_RULE, trace,
                               lambda start, end: glossed[0] <= start and end <= glossed[1])
    if found and PUBLIC_FIGURE_RULE in verdicts.values():
        found = _set_aside(toks, verdicts, found, PUBLIC_FIGURE_RULE, trace,
                           lambda start, end: _listed_with_the_famous(text, toks, verdicts,
                                                                      start, end))
    if found and ", " in text:
        found = _set_aside(toks, verdicts, found, PLACE_LIST_RULE, trace,
                           lambda start, end: _listed_with_places(text, toks, verdicts,
                                                                  start, end))
    return found


def _listed_with_places(text: str, toks: list[Token], verdicts: dict[int, str],
                        start: int, end: int) -> bool:
    """"14 caseworkers from Anchorage, Bethel, Nome, Fairbanks and Juneau", "Utqiagvik, Nome,
    Kotzebue, Bethel": one word a list holds, on the list of places itself, is a place where
    one of the others at least is a place (by a rule's verdict, or on the list of places and
    not found as a name), two at least are that or found as names but on the list of places
    too, and more are so than are names found on no list of places; not in a list of people
    after a word for them ("the kids, Dallas, Austin and Bethel, ..."), nor where each is a
    name found ("Dallas, Austin and Savannah are the triplets")."""
    k = bisect_left(toks, start, key=_START)
    if k == len(toks) or toks[k].start != start or toks[k].end != end \
            or not toks[k].bits & PLACE:
        return False
    items = coordination_module.listed(text, toks, k, k)
    others = [(a, b) for a, b in items if a != k]
    if len(others) < 2:
        return False
    placed = maybe = people = 0
    for a, b in others:
        said = verdicts.get(a, "")
        if said.endswith("+"):
            if toks[a].bits & PLACE and b == a:
                maybe += 1  # a name found, on the list of places too: as this word is
            else:
                people += 1  # a name found beside it, on no list of places
        elif said in _PLACE_VERDICTS or a == b and toks[a].bits & PLACE:
            placed += 1
    opening = items[0][0]
    if opening and toks[opening - 1].bits & (ROLE | FAMILY) and not toks[opening - 1].cap:
        return False
    return placed >= 1 and placed + maybe >= 2 and placed + maybe > people


# The two streets of a corner, in directions: "the corner of Lincoln and Main", "on the corner
# of MLK & Alberta" (a street named after a person is no one)
_CORNER = re.compile(r"\b[Cc]orner of ((?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w.'’-]*)\s(?:and|&)\s"
                     r"((?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w.'’-]*)")
_FAMOUS_BROKEN = re.compile(r"[;:!?()\n\"“”]|,(?! (?:Jr|Sr|II|III)\b)")


def _a_wish(text: str, start: int, end: int) -> bool:
    """"Hi DeShawn,\nHope this helps.", "Hope you had a nice Christmas.": a verb of wishing
    ([wish-verbs-after-a-greeting]) opening a sentence, a line or what follows a greeting's
    comma, before what opens the wish (cues.a_wish), is the writer's wish; not "Hope,
    you left your charger" (a comma after it) nor "I told Hope you called"."""
    if not cues_module.a_wish(text, end, text[start:end].lower()):
        return False
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n:,"


# After a name, a verb (an adverb before it, maybe) and "its" with its noun: a town's, an
# agency's or a hospital's own, no person's ("Beaumont sends its ICPC packets by mail", "Mercy
# has its own social workers"); not chat's "its" for "it's" ("says its her destiny")
_ITS_OWN_AFTER = re.compile(
    rf"(?:['’]s)? (?:[a-z]+ )?[a-z]+ its "
    # ("Victoria lost its only adolescent unit": "only" before a noun's words, not chat's "its
    # only a visit", "its only for the file")
    rf"(?:only (?!(?:{alternation('not-owned-after-its-only')})\b))?"
    rf"(?!(?:{alternation('not-owned-after-its')})\b)[A-Za-z]")


# Virtues that are given names too, listed together before "virtue" in the same clause
# ("Faith, Hope and Charity are the three virtues", "Prudence and Patience are virtues on the
# poster"); not "Faith and Hope are twins; their mother calls patience a virtue"
_VIRTUE = alternation('virtues-also-names')
_VIRTUE_BEFORE = re.compile(rf"\b(?:{_VIRTUE})(?:,? (?:and|&|or) |, )$", re.IGNORECASE)
_VIRTUE_AFTER = re.compile(rf"(?:,? (?:and|&|or) |, )(?:{_VIRTUE})\b", re.IGNORECASE)
_VIRTUE_IN_THE_CLAUSE = re.compile(r"[^.;!?\n]*?\bvirtues?\b", re.IGNORECASE)


def _virtues_listed(text: str, start: int, end: int) -> bool:
    """Whether the name at start..end is a virtue listed beside another, "virtue" said after
    them in the same clause: the virtues, not sisters."""
    if text[start:end].lower() not in _VIRTUES:
        return False
    if not (_VIRTUE_AFTER.match(text, end) or _VIRTUE_BEFORE.search(text, max(0, start - 20),
                                                                    start)):
        return False
    return _VIRTUE_IN_THE_CLAUSE.match(text, end) is not None


_VIRTUES = words("virtues-also-names")


_ENDEARMENTS = words("endearments")
_ENDEARING_ADJECTIVES = words("endearing-adjectives")


def _an_endearment(text: str, toks: list[Token], start: int, end: int) -> bool:
    """"little guy did great", "poor buddy was so scared", "our sweet angel": a word one calls
    someone dear, in lowercase after an adjective of size or feeling, is the word, not a name
    (a name found by the rules or the model, which reads no such pair). Not the adjective
    before a kin word: "young family moved out of state" is the Youngs."""
    if text[start:end] not in _ENDEARMENTS:
        return False
    k = bisect_left(toks, start, key=_START)
    return k > 0 and toks[k - 1].raw in _ENDEARING_ADJECTIVES \
        and text[toks[k - 1].end:start] == " "


_LIST_ITEM = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
_GLOSSED_LIST = re.compile(
    rf"\s*({_LIST_ITEM}(?:, (?:and |or |& )?{_LIST_ITEM}| (?:and|or|&) {_LIST_ITEM}){{2,}})"
    r"(?:\s*:|\s+[—–-]+|,? (?:are|were)) ([^.!?]*)")
_GLOSS_KINDS = re.compile(rf"\b(?:{alternation('list-gloss-kinds')})\b", re.IGNORECASE)
_GLOSS_PEOPLE = re.compile(rf"\b(?:{alternation('list-gloss-people')})\b", re.IGNORECASE)
_OF = re.compile(r"\bof\b")


def _glossed_list(text: str) -> tuple[int, int] | None:
    """Where a list of three capitalized words or more opening the text stands, if a colon, a
    dash, "are" or "were" after it says what kind of things or people they are
    ([list-gloss-kinds]) and names no person of the case ([list-gloss-people]) before the kind
    or as what the kind is of: "Vang, Xiong, Yang, Lee: Hmong clan names", "Grace, Hope and
    Faith are the names of the rooms", "Kumasi, Accra, Lagos: cities the families mention"."""
    if ":" not in text and "-" not in text and "—" not in text and "–" not in text \
            and " are " not in text and " were " not in text:
        return None  # (most lines: no gloss, looked for in C before the pattern)
    match = _GLOSSED_LIST.match(text)
    if match is None:
        return None
    gloss = match.group(2)
    kind = _GLOSS_KINDS.search(gloss)
    if kind is None:
        return None
    for people in _GLOSS_PEOPLE.finditer(gloss):
        # the people of the case before the kind ("same FP, diff schools") or as what the kind
        # is of ("the names of the three kids"); not who else the gloss speaks of ("cities the
        # families mention", "Greek myths make our family dynamics look calm")
        if people.start() < kind.start() or _OF.search(gloss, kind.end(), people.start()):
            return None
    return match.span(1)


def _listed_with_the_famous(text: str, toks: list[Token], verdicts: dict[int, str],
                            start: int, end: int) -> bool:
    """"LeBron, Steph Curry and Patrick Mahomes posters", "Matilda, Annie and Oliver Twist",
    "Kohlberg and Gilligan": a name listed with famous people or characters the text names
    (set aside as public figures) is one of them, unless a person's cue stands beside it."""
    first = bisect_left(toks, start, key=_START)
    last = first
    while last + 1 < len(toks) and toks[last + 1].start < end:
        last += 1
    if last > first and toks[first].bits & FIRST and toks[last].bits & LAST \
            and not toks[last].bits & FIRST:
        return False  # a given name and a surname: "born to Kristen Voss, Apgar 6 and 8"
    items = coordination_module.listed(text, toks, first, last)
    if not any(verdicts.get(a) == PUBLIC_FIGURE_RULE for a, b in items if a != first):
        return False
    opening = items[0][0]
    if opening and toks[opening - 1].bits & (ROLE | FAMILY) and not toks[opening - 1].cap:
        return False  # "The kids, Moana, Tavita and Sefo, sat in the back": people of the text
    ctx = Context(text, toks, first, last)
    return not (person_signs(ctx) or ctx.titled() or ctx.role_before()
                or ctx.possessive(any_noun=False))


def _a_thing_after_the(text: str, toks: list[Token], start: int, end: int) -> bool:
    """"When the Herald called", "The Alexa in the living room", "the Marriott in Rochester",
    "like the Borg:": one capitalized word after "the", then no noun it names (a verb, a
    word of function, a stop) is a thing, a paper, a hotel, a device; a person after "the"
    heads a noun ("the Okafor family", "the Tsosie case") or is a family in the plural ("the
    Nguyens said")."""
    if text[max(0, start - 4):start] not in ("the ", "The "):
        return False
    k = bisect_left(toks, start, key=_START)
    if k == len(toks) or toks[k].start != start or toks[k].end != end or toks[k].poss \
            or toks[k].low.endswith("s"):
        return False
    if k + 1 == len(toks):
        return True
    nxt = toks[k + 1]
    gap = text[end:nxt.start]
    if gap == ". " and len(toks[k].raw) == 1:
        gap = " "  # an initial's stop, not a sentence's: "the K. family"
    if gap.strip(" ") and gap.strip(" ")[0] in ",.;:!?)":
        # (but the first of surnames listed before their families' noun: "the Ferreira,
        # Lindgren and Ahmadi families")
        return gap != ", " or _SURNAMES_LISTED_BEFORE_FAMILIES.match(text, end) is None
    # (not a list of surnames before its noun, "the Tsosie and Nez families", nor a noun that
    # is a verb too, "the Begay place", "the Whitehorse visit")
    return gap == " " and not nxt.cap and bool(nxt.bits & (FUNCTION | PERSON_VERB)) \
        and nxt.low not in _LIST_JOINERS and nxt.low not in POSSESSED \
        and not nxt.bits & (FAMILY | ORG | THING)


_SURNAMES_LISTED_BEFORE_FAMILIES = re.compile(
    r"(?:,\s+[A-Z][\w'’-]*)*,?\s+(?:and|&|or)\s+[A-Z][\w'’-]*\s+"
    rf"(?:{alternation('family-plural-nouns')})\b")


# "esperanza means hope", "\"amani\" means peace in Swahili", "ligaya, meaning joy", "nour is
# the Arabic word for light": a word, said of as a word; not what a person means ("Dana means
# well": [means-idiom-words])
_GLOSSED_AS_A_WORD = re.compile(
    r"[\"”’']?,? (?:means|meaning|is (?:the |a )?(?:[A-Z]\w+ )?word for) "
    rf"(?!(?:{alternation('means-idiom-words')})\b)[\"“‘']?[a-z]")
# ... but not a person's name said to mean something ("her name, Esperanza, means hope")
_NAME_BEFORE = re.compile(r"\b(?:names?|named|called)[,:]?\s*[\"“‘']?$", re.IGNORECASE)
_OPENING_QUOTES = frozenset('"“‘\'')


def _a_thing_from_a_person(text: str, start: int, end: int) -> bool:
    """"Blessing from the pastor at the meeting was long", "Love from the kids!": a given name
    that is an everyday word, one word, before "from", a determiner and a person's role that
    ends its phrase, is the thing the person gave; someone comes from a place or an office
    ("Grace from the school called", "Hope from the pastor's office", "Chance from the youth
    shelter texted")."""
    m = _FROM_A_ROLE.match(text, end)
    if m is None or m.group(1).lower() not in _DETERMINERS or " " in text[start:end]:
        return False
    lex = lexicon()
    return bool(lex.get(text[start:end].lower(), 0) & COMMON) \
        and bool(lex.get(m.group(2).lower(), 0) & ROLE) \
        and (m.group(3) is None or bool(lex.get(m.group(3).lower(), 0) & FUNCTION))


# "from the pastor at", "from the kids!": the role ends its phrase (a stop or a little word
# after it), not "from the youth shelter", "from the interpreter pool", which are places
_FROM_A_ROLE = re.compile(
    r"\s+from\s+([^\W\d_]+)\s+([^\W\d_]+)\b(?!['’])(?=\s*[^\w\s]|\s*$|\s+([^\W\d_]+))")
_DETERMINERS = words("determiners")


def _glossed_as_a_word(text: str, start: int, end: int) -> bool:
    """_GLOSSED_AS_A_WORD after a word written as a word, in quotes or in lowercase where the
    text has capitals ("Nizhoni means beautiful, her dad told me" is a girl's name), with no
    naming word before it."""
    quoted = start > 0 and text[start - 1] in _OPENING_QUOTES
    if not quoted and (not text[start:end].islower() or in_lowercase(text)):
        return False
    return _GLOSSED_AS_A_WORD.match(text, end) is not None \
        and _NAME_BEFORE.search(text, max(0, start - 12), start) is None


def _called_a_thing_after_a_comma(text: str, start: int, end: int) -> bool:
    """"Ali Baba's, the restaurant by the courthouse, lets families wait", "Golden Lotus, the
    bakery on Main": a name the words after its comma call a place or a thing, with "the" and
    a noun of things (terms.txt's [thing-nouns]) that closes the phrase or is placed ("by",
    "on"...); not a person's role ("Maria, the nurse"), nor a greeting before a new sentence
    ("Hi Oksana, the school called")."""
    said = _THING_AFTER_A_COMMA.match(text, end)
    if said is None:
        return False
    bits = lexicon().get(said.group(1).lower(), 0)
    return bool(bits & THING) and not bits & (ROLE | FAMILY)


_THING_AFTER_A_COMMA = re.compile(
    r"(?:['’]s)?, the ([a-z]+)(?:[,.;)]| (?:by|on|in|at|near|across|next|where|that|which)\b)")


def _a_word_of_a_language(text: str, start: int, end: int) -> bool:
    """"Noor is Arabic for light", "Luz, in Spanish, means light", "Hayat means life in
    Turkish", "Esperanza is hope in Spanish", "Nam is the Vietnamese word for south", "Amal
    was the word the father used": a capitalized word said to be a word, or glossed in a
    language that the text names; not a name said to mean something ("Her name, Esperanza,
    means hope"), one glossed with no language named ("Nizhoni means beautiful, her dad told
    me": _glossed_as_a_word), nor one glossed before a "she" or "he" who is the person
    ("Nizhoni means beautiful in Navajo, and she told me so")."""
    said = _A_LANGUAGES_WORD.match(text, end)
    if said is None or " " in text[start:end] \
            or _NAME_BEFORE.search(text, max(0, start - 12), start) is not None:
        return False
    if said.group("gloss") in _HOW_ONE_SPEAKS:
        return False  # "Maya is fluent in Spanish", "rosa is stronger in spanish": a person
    language = next((group for k, group in enumerate(said.groups(), 1)
                     if group and k != _GLOSS), None)
    if " mean" in said.group() and _PERSON_AFTER.match(text, said.end()):
        return False  # "Nizhoni means beautiful in Navajo, and she told me that ...",
        # "bituin means star in tagalog, her lola told me"
    # (a language's name, of the lists' words that are no name: "Sino-Vietnamese" by its last;
    # in lowercase, no everyday word either: "kai is hawaiian for ocean", not "is here for")
    if language is None:
        return True
    bits = lexicon().get(language.rpartition("-")[2].lower(), 0)
    return bool(bits & NOT_NAME) and not (language.islower() and bits & (COMMON | FUNCTION | WORD))


_PERSON_AFTER = re.compile(r"[^.!?]*\b(?:she|he)\b|,\s*(?:her|his)\b")
_HOW_ONE_SPEAKS = words("how-one-speaks-a-language")


_A_LANGUAGES_WORD = re.compile(
    r",? (?:in|from) ([A-Z][a-z]+),? means?\b"
    r"|,? (?:means?|is) (?P<gloss>[a-z]+) in ([A-Za-z][a-z]+)\b"
    r"|,? (?:is|was) (?:the |an? )?(?:(?:last|only|same|first|everyday) )?"
    r"(?:([A-Z][a-z]+(?:-[A-Z][a-z]+)?) )?word\b"
    r"| is ([A-Za-z]+)(?: slang)? for\b"
    r"|, (?:the (?:([A-Z][a-z]+) )?word for|meaning) ")
_GLOSS = _A_LANGUAGES_WORD.groupindex["gloss"]


def _a_word_in_quotes(text: str, start: int, end: int) -> bool:
    """'Our interpreter taught us "haa" and "maya"', 'wrote "amani" on the board': one word
    in lowercase between double quotes, in a text with capitals, is a word quoted as a word (a
    name in quotes is capitalized there: 'call her "Rosa"'; the tuning corpus holds no name
    so quoted)."""
    return start > 0 and text[start - 1] in '"“' and text[end:end + 1] in ('"', "”") \
        and text[start:end].islower() and " " not in text[start:end]


# An elected office's title just before a name ("Governor Whitmer mentioned our agency", "Sen.
# Ortiz's bill"): a public figure, as LABELS.md counts famous people
_PUBLIC_OFFICE_BEFORE = re.compile(
    rf"\b(?:{alternation('public-office-titles')})\.? $", re.IGNORECASE)
_PRESIDENT_BEFORE = re.compile(r"\bPresident $")
_PRESIDENT_SURNAMES = words("us-president-surnames")
_PRESIDENTS = frozenset(entries("us-presidents-phrases"))


def _after_a_public_office(text: str, toks: list[Token], verdicts: dict[int, str],
                           start: int, end: int) -> bool:
    """_PUBLIC_OFFICE_BEFORE before the name, or "President" before a president of the United
    States, by surname alone ([us-president-surnames]) or by a name of [us-presidents-phrases];
    the title's own word is then set aside with it, so that the model does not take "Mayor"
    for a surname."""
    office = _PUBLIC_OFFICE_BEFORE.search(text, max(0, start - 24), start)
    if office is None:
        office = _PRESIDENT_BEFORE.search(text, max(0, start - 10), start)
        name = text[start:end].replace(".", "").lower()
        if office is None or name not in _PRESIDENT_SURNAMES and " ".join(
                name.split()) not in _PRESIDENTS:
            return False
    for i, tok in enumerate(toks):
        if office.start() <= tok.start < start:
            verdicts[i] = PUBLIC_FIGURE_RULE
    return True


def _may_say_what_it_is(text: str) -> bool:
    """What _said_what_it_is needs in the text: a noun of [place-kind-nouns] or
    [thing-kind-nouns] (or "character"), one search in C."""
    return _PLACE_KIND_HINT.search(text) is not None


def _said_what_it_is(text: str, start: int, end: int) -> bool:
    """"Grey Eagle is also a town in Minnesota", "Jordan, the country, came up", "a town called
    Hollis", "Bailey's Landing is a trailer park", "Nizhoni is also a brand of jewelry",
    "Hiawatha is a Longfellow character", "Trinity is the name of the church": the text says
    what the name is, and it is a place or a thing."""
    return _A_PLACE_AFTER.match(text, end) is not None \
        or _A_PLACE_BEFORE.search(text, max(0, start - 40), start) is not None \
        or _A_WORK_BEFORE.search(text, max(0, start - 24), start) is not None \
        or text[max(0, start - 6):start].endswith(_ARTICLES_BEFORE) \
        and _A_KIND_AFTER.match(text, end) is not None  # "the Maya goddess of the moon"


_PLACE_KIND = alternation("place-kind-nouns", "thing-kind-nouns")
_PLACE_KIND_HINT = re.compile(
    rf"(?:{_PLACE_KIND}|{alternation('place-kind-nouns-plural', 'work-nouns')}|character)")
# (the noun closing its phrase: not "Dana, the state worker", "Dana is a town clerk")
# (or a clause without "that": "Hwaseong is the city the family is from", "Kakuma is the camp
# they lived in")
_KIND_CLOSED = (r"(?=[,.;:!?)]|\s+(?:in|of|near|outside|where|that|which)\b|\s*$"
                rf"|\s+(?:{alternation('clause-openers-after-a-kind')})\b)")
# "Hiawatha is a Longfellow character": a character of an author's or a maker's, capitalized
# (not "Dana is a character in every way")
_A_PLACE_AFTER = re.compile(
    rf"(?:['’]s \w+)?(?:,? (?:is|was|are|were|being) "
    rf"(?:(?!(?:{alternation('prepositions-after-is')})\b)\w+ )?"
    rf"(?:the name of (?=our|my|their|the))?"
    rf"|, )(?:a|an|the|our|my|their|one of (?:the|our|my|their|many|several|two|three)) "
    rf"(?:(?:\w+ )?(?:{_PLACE_KIND})s?|[A-Z][\w-]* characters?){_KIND_CLOSED}"
    # "Jordan is one of the countries many of our families come from": one of places, plural
    rf"|,? (?:is|was) one of (?:the|our|my|their|many|several|two|three) (?:\w+ )?"
    rf"(?:{alternation('place-kind-nouns-plural')})\b")
# "That film Precious came up", 'the song "Jolene" came on': a work's noun right before it,
# after an article or a demonstrative, the title maybe in quotes
_A_WORK_BEFORE = re.compile(
    rf"\b(?:the|that|this|a) (?:{alternation('work-nouns')}),? [\"“]?$", re.IGNORECASE)
_A_KIND_AFTER = re.compile(rf" (?:{_PLACE_KIND}|characters?){_KIND_CLOSED}")
_ARTICLES_BEFORE = ("a ", "an ", "the ", "A ", "An ", "The ")
_A_PLACE_BEFORE = re.compile(rf"\b(?:a|an|the) (?:\w+ )?(?:{_PLACE_KIND}) (?:called|named|of) $")


_LETTER_BEFORE_A_BRACKET = re.compile(r"(?<![\w.'’-])[B-HJ-Z] \(")


def _a_letter_with_an_age(text: str, toks: list[Token],
                          found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Q (13) placed at emergency shelter", "the kids, J (4) and M (2)", "F (13), G (11), H
    (6)": one capital letter standing for a child, with the child's age in brackets after it
    (not "I" or "A", nor a letter glued to a word or a number: "Plan B (2)", "Form A (3)"
    follow a noun, where a letter with its own age may stand before it; nor the
    letter of a placeholder, "Child C (age 8)", "Client B (14)", which LABELS.md leaves
    unlabelled: [placeholder-nouns-before-a-letter])."""
    spans = []
    for k, tok in enumerate(toks):
        if len(tok.raw) == 1 and tok.raw.isupper() and tok.raw not in "AI" \
                and _AGE_IN_BRACKETS.match(text, tok.end) and (tok.start, tok.end) not in found \
                and (k == 0 or not toks[k - 1].cap or toks[k - 1].bits & (ROLE | FAMILY)
                     and toks[k - 1].low not in _PLACEHOLDER_NOUNS
                     or len(toks[k - 1].raw) == 1
                     and _AGE_IN_BRACKETS.match(text, toks[k - 1].end) is not None) \
                and text[tok.start - 1:tok.start] in ("", " ", "(", ",", "\n"):
            spans.append((tok.start, tok.end))
    return spans


_PLACEHOLDER_NOUNS = words("placeholder-nouns-before-a-letter")


def cited_authors(text: str, toks: list[Token], verdicts: dict[int, str],
                  found: list[tuple[int, int]], trace=None) -> list[tuple[int, int]]:
    """"Reed's chapter on trauma", "Hepworth's textbook", "Prochaska and DiClemente's stages",
    "as Reamer writes": an author a training cites, named with a work of theirs or with the
    verb of citing, is a public figure, whatever the lists know of the name; and so is every
    author of a reference, as a reading list prints it ("Barker, R. L. (2014). The social
    work dictionary", "Kadushin, A., & Harkness, D. (2014)") or a citation in brackets
    ("(Reamer, 2018)", "(Strom-Gottfried & Reamer, 2016)")."""
    if ("(" in text or ". " in text) and (
            _REFERENCE.search(text) or _CITATION.search(text)
            or ("(19" in text or "(20" in text) and _NARRATIVE_CITATION.search(text)):
        # (a given name alone in brackets with a year is a child's: "Mom (Keisha, 2019)")
        at = {tok.start: tok for tok in toks}
        listed = [m.span() for m in _REFERENCE.finditer(text)] + [
            m.span() for m in _CITATION.finditer(text)
            if m.start() + 1 not in at or _may_be_cited(at[m.start() + 1])]
        for m in _NARRATIVE_CITATION.finditer(text):
            authors = [at[w.start() + m.start(1)] for w in _AUTHOR_WORD.finditer(m.group(1))
                       if w.start() + m.start(1) in at]
            if m.group(2) or authors and all(_may_be_cited(tok) for tok in authors) \
                    and any(not tok.bits & FIRST for tok in authors):
                listed.append(m.span(1))  # "Whitaker et al. (2019)", "Doe and Richards
                # (2021) found"; not "Jaylen (2015) and Aaliyah (2018)", children's years
        found = _set_aside(toks, verdicts, found, PUBLIC_FIGURE_RULE, trace,
                           lambda start, end: any(s <= start and end <= e for s, e in listed))
        if not found:
            return found
    if ("s " not in text or "'s " not in text and "’s " not in text) \
            and "As " not in text and " as " not in text or not _CITED_HINT.search(text):
        return found  # (most lines: no possessive before a work, no "as" before a capital;
        # looks in C first, then the search, which costs a line several times more)
    cited: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        if tok.poss and tok.cap and k + 1 < len(toks) and toks[k + 1].low in _WORKS \
                and not toks[k + 1].cap and text[tok.end:toks[k + 1].start].endswith(" "):
            cited.append((tok.start, tok.end))
            if k >= 2 and toks[k - 1].low in ("and", "&") and toks[k - 2].cap:
                cited.append((toks[k - 2].start, toks[k - 2].end))  # "Daly and Wilson's"
        elif tok.low == "as" and k + 2 < len(toks) and toks[k + 1].cap \
                and toks[k + 2].low in _CITING and not toks[k + 1].poss \
                and _may_be_cited(toks[k + 1]):
            cited.append((toks[k + 1].start, toks[k + 1].end))  # "As Reamer writes"
        elif tok.low == "as" and k + 4 < len(toks) and toks[k + 1].cap \
                and toks[k + 2].low in ("and", "&") and toks[k + 3].cap \
                and toks[k + 4].low in _CITING and not toks[k + 3].poss \
                and _may_be_cited(toks[k + 1]) and _may_be_cited(toks[k + 3]):
            # "As Perry and Szalavitz write": the two authors
            cited += [(toks[k + 1].start, toks[k + 1].end), (toks[k + 3].start, toks[k + 3].end)]
    if not cited:
        return found
    return _set_aside(toks, verdicts, found, PUBLIC_FIGURE_RULE, trace,
                      lambda start, end: any(s <= start < e or start <= s < end
                                             for s, e in cited))


def _may_be_cited(tok: Token) -> bool:
    """Whether a word cited as an author ("As Perry writes", "(Reamer, 2018)") may be an
    author's: a surname, or a word no list holds, but not a given name that is no surname ("As
    Keisha described, dad hit her" is the child telling; "Mom (Keisha, 2019)" a child's year)."""
    return tok.bits & (FIRST | LAST) != FIRST


# A reference's authors and year: "Barker, R. L. (2014)", "Kadushin, A., & Harkness, D.
# (2014)", "Strom-Gottfried, K. (2016)": surnames, each with the capitals of its given names
# and their stops, joined by commas, "&" or "and", then the year in brackets.
_AUTHOR = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, (?:[A-Z]\.(?: ?-?[A-Z]\.)*)"
# ... or, where a reading list gives no year, then the work's title in title case ("Reamer, F.
# G. Ethical Standards in Social Work", "Kadushin, A., and Harkness, D. Supervision in Social
# Work"): three words or more, each capitalized or a short word of function
_REFERENCE = re.compile(rf"{_AUTHOR}(?:,? (?:&|and) {_AUTHOR}|, {_AUTHOR})*"
                        r"(?:,? \((?:19|20)\d\d[a-z]?(?:, [A-Z][a-z]+(?: \d{1,2})?)?\)"
                        r"|(?= [A-Z][a-z]+(?: (?:[a-z]{1,4}|[A-Z][\w'’-]*)){2}))")
# ... and a citation in brackets, an author or two (or "et al.") and a year: "(Reamer, 2018)",
# "(Strom-Gottfried & Reamer, 2016; Barker, 2014)"
_CITED = r"[A-Z][\w'’-]+(?:,? (?:&|and) [A-Z][\w'’-]+)*(?: et al\.)?,? (?:19|20)\d\d[a-z]?"
_CITATION = re.compile(rf"\({_CITED}(?:; {_CITED})*\)")
# ... or the authors in the sentence, the year in brackets after them: "Whitaker et al.
# (2019)", "Doe and Richards (2021) found", "Harlow, Sandoval and Brandt (2022)"
_NARRATIVE_CITATION = re.compile(
    r"\b([A-Z][\w'’-]+(?:(?:, [A-Z][\w'’-]+)*,? (?:&|and) [A-Z][\w'’-]+)?)( et al\.)?"
    r" \((?:19|20)\d\d[a-z]?\)")
_AUTHOR_WORD = re.compile(r"[A-Z][\w'’-]+")


# After a name, a noun that makes it a thing named after a person: "the Dunning-Kruger effect",
# "Apgar scores", "Maslow's hierarchy" ([eponym-nouns], [eponym-nouns-possessive])
_EPONYM_AFTER = re.compile(
    rf"(?:\s+(?:{alternation('eponym-nouns')})"
    rf"|['’]s\s+(?:{alternation('eponym-nouns-possessive')}))\b")
# ... or a name found with such an end ("Carter-era"), which the name's span holds
_EPONYM_SUFFIXED = re.compile(rf"-(?:{alternation('eponym-suffixes')})$", re.IGNORECASE)


# After a name, what says it is a work's title: "Annie, the musical, is still...", "Matilda was
# the book the girls were reading", "Moana is the only movie that calms her down".
_A_WORK_AFTER = re.compile(
    rf"(?:,\s+the|,\s+from\s+the(?:\s+\d{{4}})?|\s+(?:is|was)\s+(?:the|her|his|their)"
    rf"(?:\s+(?:{alternation('work-describers')}))?)\s+(?:{alternation('work-nouns')})\b",
    re.IGNORECASE)


def _rest_of_a_broken_word(text: str, start: int, end: int) -> bool:
    """"twice week-\nly", "Re-\nspondent Mother": the second half of a word that a scanned page
    hyphenated across a line break, an everyday word whole ("weekly"), no name by itself."""
    if text[start - 2:start] != "-\n":
        return False
    head = _WORD_BEFORE_A_BREAK.search(text, max(0, start - 40), start - 2)
    if head is None:
        return False
    whole = (head.group() + text[start:end]).lower()
    return bool(lexicon().get(whole, 0) & (WORD | COMMON))


_WORD_BEFORE_A_BREAK = re.compile(r"[A-Za-z]+$")


def _a_thing_noun_after(text: str, toks: list[Token], start: int, end: int) -> bool:
    """Whether one word found as a name stands before a noun in lowercase that makes it a
    thing's, a unit's or a clan's name (_THING_NOUNS_AFTER: "an Elsa costume", "Kennedy unit",
    "Salt clan"), as name_in_context reads it of the rules' names: asked again of the
    model's, which weighs the word, not what it names. Not a word ending in "s", which chat
    may write for a possessive ("Taras backpack"), nor a capitalized word that is no everyday
    one ("The Vang clan elders": a surname's clan)."""
    if text[end - 1:end] in "sS" or " " in text[start:end]:
        return False  # (chat's possessive without its apostrophe: "Taras backpack")
    if text[start].isupper() and not lexicon().get(text[start:end].lower(), 0) & WORD:
        return False  # "The Vang clan elders", "Gallegos unit": a surname's clan or unit
    k = bisect_left(toks, end, key=_START)
    if k >= len(toks) or text[end:toks[k].start] != " " or toks[k].cap \
            or toks[k].low not in _THING_NOUNS_AFTER:
        return False
    return not (k and toks[k - 1].poss)


def _a_work_after(text: str, toks: list[Token], end: int) -> bool:
    """Whether a work's noun follows the name ending at end (_A_WORK_AFTER), and closes its
    phrase: a stop or a function word after it, not another noun ("Dana, the show host")."""
    if not text.startswith(_WORK_OPENINGS, end):
        return False  # (most names: a look in C spares the pattern)
    work = _A_WORK_AFTER.match(text, end)
    if work is None:
        return False
    k = bisect_left(toks, work.end(), key=_START)  # (the first word after the work's noun)
    nxt = toks[k] if k < len(toks) else None
    return nxt is None or not _WORD_GAP.fullmatch(text, work.end(), nxt.start) \
        or bool(nxt.bits & FUNCTION) and not nxt.cap


_WORD_GAP = re.compile(r" +")
_WORK_OPENINGS = (", the", ", from the", " is ", " was ")  # how _A_WORK_AFTER can open


# What an author cited wrote, after the author's possessive ("Reed's chapter"), and the verbs of
# citing after "as" and the author ("as Reamer writes").
_WORKS = words("works-of-authors")
_CITING = words("verbs-of-citing")
_CITED_HINT = re.compile(rf"['’]s (?:{alternation('works-of-authors')})\b|\b[Aa]s [A-Z]")


def pseudonyms(text: str, toks: list[Token], verdicts: dict[int, str],
               found: list[tuple[int, int]], trace=None) -> list[tuple[int, int]]:
    """"I'll call her Rosa (not her real name)", "Let's call the boy Marcus; that is an invented
    name": a name the writer says is made up protects the person it stands for, which is what
    the guard asks for; it is set aside, with the same name again, and its words marked so
    that the model leaves it. The writer must say so: after the name, in its sentence, or,
    where the writer names someone for the telling ("I'll call him Marcus"), with quotes, a
    word of the telling ("here", "for this") or a phrase saying the names are changed. "They
    call him Buddy" is a real nickname, and "I'll call Rosa" a call to a real Rosa."""
    if _made_up_throughout(text):
        # (in a text of several lines, from the line that says so on: a byline above it, "Written
        # by Ximena Castillo-Roth, LCSW", is the author's, unless the name stands there again)
        said = _made_up_start(text)
        told = text.rfind("\n", 0, said) + 1
        return _set_aside(toks, verdicts, found, PSEUDONYM_RULE, trace,
                          lambda start, end: (start >= told or text[start:end] in text[told:])
                          and not _real_person_beside(text, start, end))
    if not _may_say_made_up(text):
        return found
    # (most lines that get here hold "call" or "name", not a phrase of each search below: a
    # look for the words each needs spares its search of the whole text or of each sentence)
    lowered = text.lower() if text.isascii() else None
    named = _named_for_the_telling(text) if _may_hold(lowered, _TELLING_WORDS) else set()
    made_up = _may_hold(lowered, _MADE_UP_WORDS)

    def aside(start: int, end: int) -> bool:
        """Whether the text says the name from start to end is made up (see above)."""
        return (_PSEUDONYM_AFTER.match(text, end) is not None
                or _MADE_UP_IN_BRACKETS.match(text, end) is not None
                or _LIST_SAID_MADE_UP.match(text, end) is not None
                or _PSEUDONYM_LABEL_BEFORE.search(text, max(0, start - 24), start) is not None
                or start in named or made_up and _in_a_made_up_sentence(text, start, end)
                and _AUTHOR_OF_THE_MADE_UP.match(text, end) is None
                and not _real_person_beside(text, start, end)
                and _SOMEONES_NAME_WAS.search(text, max(0, start - 24), start) is None
                or _quoted_in_a_text_of_made_up_names(text, start, end)
                and not _real_person_beside(text, start, end))

    kept = _set_aside(toks, verdicts, found, PSEUDONYM_RULE, trace, aside)
    # A made-up name no rule found where the writer gives it ('the youth, whom we'll call
    # "River," a pseudonym they picked') is the made-up person all the same where it stands
    # again ("River's story is used with their consent").
    given = {start for start, end in found}
    declared = {tok.raw for tok in toks if tok.cap and tok.start not in given
                and tok.bits & NAME and aside(tok.start, tok.end)}
    if len(kept) == len(found) and not declared:
        return kept
    # The same name again is the same made-up person: 'I'll call him "Kevin," which is made
    # up. Kevin's case taught me...'. Its words everywhere in the text are marked, so that
    # the model and named_again leave them too.
    made_up = {text[start:end] for start, end in set(found) - set(kept)} | declared
    words = {toks[i].raw for i in _words_found(
        toks, [(start, end) for start, end in found if text[start:end] in made_up])} | declared
    for i, tok in enumerate(toks):
        if tok.raw in words and tok.cap and _NAME_GIVEN_BEFORE.search(
                text, max(0, tok.start - 24), tok.start) is None:
            verdicts[i] = PSEUDONYM_RULE
    return _set_aside(toks, verdicts, kept, PSEUDONYM_RULE, trace,
                      lambda start, end: text[start:end] in made_up
                      and _NAME_GIVEN_BEFORE.search(text, max(0, start - 24), start) is None)


_REAL_PERSON_BESIDE = re.compile(
    rf"(?i)(?<!not )(?<!n't )(?<!n’t )\b(?:{alternation('real-person-beside-phrases')})\b")
# A player, right before the part played in a role play ("Kenji played the fictional grandpa")
_PLAYS_A_PART = re.compile(rf" (?:{alternation('playing-a-part-verbs')}) the\b")
_BESIDE_AFTER = 40  # how far after a name, in characters, the words saying it is real may stand


def _real_person_beside(text: str, start: int, end: int) -> bool:
    """'my own client Aaliyah said the same', 'Kayla Briggs on my caseload', 'the kid,
    Jaylen, wait, that's a real kid': a real person of the writer's own work, said so right
    before the name or a few words after it ([real-person-beside-phrases]; not "not a real
    kid", "isn't a real family"), in a sentence whose other names are made up. A double quote
    between the name and the words after it closes what the name belongs to ('"Lou"): my own
    client Aaliyah')."""
    before = _REAL_PERSON_BESIDE.search(text, max(0, start - 30), start)
    if before is not None and before.end() == start - 1:
        return True
    if _PLAYS_A_PART.match(text, end):
        return True  # "When Kenji played the fictional grandpa": a player of the role play
    after = _REAL_PERSON_BESIDE.search(text, end, min(len(text), end + _BESIDE_AFTER))
    return after is not None and not any(q in text[end:after.start()] for q in "\"“”")


# '... "Mary" as a fake name, and a participant said her daughter's name was Mary': a real
# person given the made-up name's name, said so right before it
_NAME_GIVEN_BEFORE = re.compile(r"(?i)\b(?:name\s+(?:is|was)|named|called)\s+$")
# ... and, in a sentence that says a name is made up, a person whose name the writer gives,
# after someone's "name is" or "name was" with no quote ("a mom said her name was Mary
# too"): a real person's
_SOMEONES_NAME_WAS = re.compile(
    r"(?i)(?:['’]s|\b(?:her|his|their))\s+(?:real\s+)?name\s+(?:is|was)\s+$")


# A sentence that says its people are made up: "pretend the youth is named Jordan; it's a
# made-up case", "Earnest, Constance and Prudence were the three fictional siblings". Not one
# that names a real name too ("then slipped and used her real name, Adriana").
_MADE_UP = re.compile(rf"(?i)\b(?:{alternation('made-up-sentence-phrases')})\b")
_REAL_TOO = re.compile(rf"(?i)\b(?:{alternation('real-name-phrases')})\b")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
# ... for the sentences that say their people are made up: not the stop of a title before a
# name ('Made-up case: "Mr. and Mrs. Park" foster a teen', "In this made-up case, Mr. Ortega
# is the foster dad")
_MADE_UP_SENTENCE_STOP = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)[.!?](?:\s|$)")


# The name is the author of what is made up: 'Tomasz in our training unit writes the best
# fictional cases', 'Dana wrote a made-up vignette'. After the name, in its clause, a verb of
# writing or telling, with no subject of its own before it ("Tomasa, a name I made up"), then
# the words that say it is made up.
_AUTHOR_OF_THE_MADE_UP = re.compile(
    rf"(?i)(?:[^.!?;:\n](?!\b(?:i|we|you|{alternation('pronoun-subjects')})\b)){{0,40}}?"
    rf"\b(?:{alternation('authoring-verbs')})\b[^.!?;:\n]{{0,40}}?"
    rf"\b(?:{alternation('made-up-sentence-phrases')})\b")


def _in_a_made_up_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding the name from start to end says its people are made up
    (_MADE_UP) and names no real name (_REAL_TOO)."""
    # (the stop that ends the text before start: one of the text's own stops, or a stop
    # character just before start, which ends that text although a word follows it here)
    starts, ends = _sentence_stops(text)
    if start and text[start - 1] in ".!?" and _MADE_UP_SENTENCE_STOP.match(text, start - 1, start):
        opens = start
    else:
        k = bisect_right(ends, start)
        opens = ends[k - 1] if k else 0
    k = bisect_left(starts, end)  # (the first stop from end on, as a search from there finds)
    return _says_made_up(text, opens, ends[k] if k < len(starts) else len(text)) \
        and not _after_a_contrast(text, opens, start)


def _after_a_contrast(text: str, opens: int, start: int) -> bool:
    """'Vignette 4 (fictional): "Jamie, age 12" — but the photo on the slide is of Jaylen', 'The
    scenario's "Baby Z" was fictional, but Quinn said it reminded her of a baby she placed',
    "Judge Baker from the TV show is fictional, and the real judge in Noah's case is nothing
    like her": the name stands after a "but" or a "the real" that follows the words saying the
    people are made up, in a clause that sets a real person against them."""
    made_up = _MADE_UP.search(text, opens, start)
    return made_up is not None and _CONTRAST.search(text, made_up.end(), start) is not None


_CONTRAST = re.compile(r"\bbut\b|\bthe real\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _sentence_stops(text: str) -> tuple[list[int], list[int]]:
    """Where the sentences of text end (_MADE_UP_SENTENCE_STOP's starts and ends), found once
    for all its names: a search for each name of the text before it, and after it, cost a long
    text (a pasted case file) time growing as its length squared. A stop is one character and
    a space or the text's end, so no stop holds another's start: a search from any place finds
    the first of these from there."""
    stops = list(_MADE_UP_SENTENCE_STOP.finditer(text))
    return [m.start() for m in stops], [m.end() for m in stops]


@functools.lru_cache(maxsize=16)
def _says_made_up(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a sentence, says its people are made up and names no real
    name: read once for all the names of the sentence (see _sentence_stops)."""
    sentence = text[start:end]
    return _MADE_UP.search(sentence) is not None and _REAL_TOO.search(sentence) is None


# "I'll call him Marcus", "I'm calling the teen Alex", 'let's call the worker "Jane Doe"': the
# writer naming someone for the telling (group 1: a quote before the name, if any).
_NAMING_FOR_THE_TELLING = re.compile(
    rf"(?i:\b(?:{alternation('naming-for-the-telling-phrases')})\s+"
    r"(?:(?:him|her|them|this|the|my|our|a|an)\s+(?:[a-z]+\s+|[A-Z][a-z]+\s+[a-z]+\s+)?)?)"
    r"([\"“‘']?)"
    r"(?:the\s+)?(?=[A-Z])")  # ('"the Riveras"': a family's name after its "the")
# "call him Dez for this training, not his name", "a foster mother, call her Mama Bee in this
# story (nickname invented)": "call" alone, before whom, names for the telling only where an
# aside or the text says the name is made up
_CALLING_FOR_THE_TELLING = re.compile(
    r"(?i:\bcall\s+(?:him|her|them|this|the|my|our|a|an)\s+(?:[a-z]+\s+)?)[\"“‘']?(?=[A-Z])")
_A_TELLING_ASIDE = re.compile(
    rf"(?i)[\"”’']?,?\s+(?:{alternation('pseudonym-aside-phrases')})\b")
_SAYS_MADE_UP_PHRASES = alternation("made-up-sentence-phrases", "pseudonym-markers-phrases",
                                    "names-changed-phrases")
_SAYS_NAMES_ARE_MADE_UP = re.compile(
    rf"(?i)\b(?:{_SAYS_MADE_UP_PHRASES})\b")


def _named_for_the_telling(text: str) -> set[int]:
    """Where the names start that the writer gives for the telling ("I'll call him Marcus for
    this", "I'm calling him Jay here", 'let's call the worker "Jane Doe"', "I changed
    everything ... I'm calling the teen Alex"): after one of [naming-for-the-telling-phrases],
    a name in quotes, or before a word of the telling, or in a text that says its names are
    made up. Not "they call him Buddy" (a real nickname), nor "I'll call Rosa" (a phone
    call)."""
    starts = set()
    declared = None
    matches = list(_NAMING_FOR_THE_TELLING.finditer(text))
    if "all " in text or "ALL " in text:
        matches += _CALLING_FOR_THE_TELLING.finditer(text)
    for match in matches:
        start = match.end()
        word = _NAME_WORDS.match(text, start)
        if word is None:
            continue
        # (a quote makes a name the telling's only after a phrase that says it names for
        # the telling: "his friends call him \"Slavik\"" is his own)
        quoted = match.re is _NAMING_FOR_THE_TELLING and match.group(1)
        if not quoted and _A_TELLING_ASIDE.match(text, word.end()) is None:
            if declared is None:
                declared = _SAYS_NAMES_ARE_MADE_UP.search(text) is not None
            if not declared:
                continue
        starts.add(start)
        titled = _TITLE_BEFORE_THE_NAME.match(text, start)
        if titled is not None:
            starts.add(titled.end())  # 'I'll call him "Mr. Bluebird,"': the name after it
    return starts


_TITLE_BEFORE_THE_NAME = re.compile(
    rf"(?i:{alternation('lowercase-titles', 'kin-titles')})\.?\s+(?=[A-Z])")


def _quoted_in_a_text_of_made_up_names(text: str, start: int, end: int) -> bool:
    """'names changed: "Danielle" and her two boys', 'Using a pseudonym, "Mr. Blue," for the
    foster father': a name in quotes, in a text that says its names are made up."""
    return _QUOTE_BEFORE.search(text, max(0, start - 12), start) is not None and (
        text[end:end + 1] in _CLOSING_QUOTES or text[end:end + 2] in (",\"", ",”")) \
        and _names_said_made_up(text)


@functools.lru_cache(maxsize=1)
def _names_said_made_up(text: str) -> bool:
    """Whether text says its names are made up and names no real name: read once for all its
    names in quotes."""
    return _SAYS_NAMES_ARE_MADE_UP.search(text) is not None and _REAL_TOO.search(text) is None


# an opening quote right before the name, or before its title or kin's title ('"Mr. Blue,"',
# '"Aunt Linda"')
_QUOTE_BEFORE = re.compile(
    rf"[\"“‘'](?:(?:{alternation('lowercase-titles', 'kin-titles')})\.?\s+)?$", re.IGNORECASE)
_CLOSING_QUOTES = ("\"", "”", "’", "'")
# a name after a naming phrase: capitalized words ("Jane Doe", "Ramirez-Lopez")
_NAME_WORDS = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")


# A text that says all its people are made up: a vignette's or a case study's heading ("All
# names and details are fictional", "The people in this case are made up", "This scenario is
# entirely fictional"): a training's text, whose every name is the writer's invention, in
# every sentence and line of it, not only the one that says so.
# Names may be said to be changed too ("All names have been changed"), a case or a story not
# ("This case was changed to ongoing services" is the case's own).
_MADE_UP_SAID = alternation("made-up-throughout-phrases")
_MADE_UP_THROUGHOUT = re.compile(
    rf"(?i)\b(?:(?P<names>all\s+(?:the\s+)?names"
    rf"|(?:the\s+)?names\s+(?:and\s+(?:\w+\s+)?details\s+)?"
    rf"(?:in|of)\s+this\s+(?:{alternation('made-up-throughout-work-phrases')}))"
    rf"|(?:the\s+)?(?:{alternation('made-up-throughout-people-phrases')})\s+(?:in|of)\s+this\s+"
    rf"(?:{alternation('made-up-throughout-work-phrases')})"
    rf"|this\s+(?:{alternation('made-up-throughout-work-phrases')}))"
    rf"(?:\s+and\s+(?:\w+\s+)?details)?\s+(?:are|is|were|was|have\s+been|has\s+been)\s+"
    rf"(?:all\s+|entirely\s+|completely\s+|wholly\s+)?"
    rf"(?:{_MADE_UP_SAID}|(?(names)(?:{alternation('names-made-up-throughout-phrases')})|(?!)))\b")


# ... or says it as a handout or a training's text puts it: names said changed at the opening
# of a sentence, a heading or a bracket ("Names have been changed.", "Note: names and
# identifying details have been changed to protect privacy", "(names changed)"; closing the
# clause: not "the kids' names were changed at the adoption", "The names were changed in
# CCWIS by ...", theirs); a work said to be made up ("The following scenario is fictional",
# "Scenario (fictitious):"); pseudonyms said used; "any resemblance to real persons"
_MADE_UP_ADJECTIVES = alternation("made-up-adjective-phrases")
_MADE_UP_WORKS = alternation("made-up-throughout-work-phrases")
_MADE_UP_OTHERWISE = re.compile(
    rf"(?i)(?:^|[.:;,(\n–—-]\s*|\ball\s+)(?:the\s+)?(?:names|identities|cast)"
    rf"(?:\s+and\s+(?:\w+\s+){{0,2}}details)?\s+(?:(?:have|has)\s+been\s+|were\s+|are\s+)?"
    rf"(?:all\s+)?(?:{alternation('names-made-up-throughout-phrases')}|{_MADE_UP_ADJECTIVES})"
    r"(?=\s*(?:[.;:,)\n]|$)|\s+(?:to|for)\s+(?:protect|privacy|confidentiality)\b"
    r"|\s+by\s+(?:the|my|our)\s+(?:trainer|facilitator|presenter|instructor|group|table)\b"
    rf"|\s+for\s+(?:the|this)\s+(?:{_MADE_UP_WORKS})\b)"
    rf"|\b(?:{_MADE_UP_WORKS})\s*\((?:{_MADE_UP_ADJECTIVES})\)"
    rf"|\b(?:this|the\s+following|the)\s+(?:{_MADE_UP_WORKS})\s+(?:below\s+)?(?:is|was)\s+"
    rf"(?:entirely\s+|completely\s+|wholly\s+)?(?:{_MADE_UP_ADJECTIVES}|a\s+composite)\b"
    rf"|\b(?:{alternation('made-up-throughout-other-phrases')})\b")


def _made_up_throughout(text: str) -> bool:
    """Whether text says all its people are made up (_MADE_UP_THROUGHOUT, _MADE_UP_OTHERWISE),
    and names no real name ([real-name-phrases]: "all names are made up but I used her real
    name once"). A look for the words each needs first, which most lines with a name hold
    none of."""
    lowered = text.lower()
    if ("this" in lowered or "names" in lowered) and _MADE_UP_THROUGHOUT.search(text) \
            or _may_hold(lowered if text.isascii() else None, _MADE_UP_HINTS) \
            and _MADE_UP_OTHERWISE.search(text):
        return _REAL_TOO.search(text) is None
    return False


def _made_up_start(text: str) -> int:
    """Where text says its people are made up (the first of either pattern's places)."""
    return min(m.start() for m in (_MADE_UP_THROUGHOUT.search(text),
                                   _MADE_UP_OTHERWISE.search(text)) if m is not None)


def _may_say_made_up(text: str) -> bool:
    """Whether text may hold a phrase of [pseudonym-markers-phrases] (or of the made-up
    sentence's or the telling's) at all: a text of ASCII characters then holds all its words
    of three letters or more once lowercased ("not", "real", "name"), as _PSEUDONYM_AFTER
    reads it in any case. Most lines with a name hold none, and a look for a
    word or two in the line costs less than trying the pattern after every name found (a
    fiftieth of a line's time). Beyond ASCII, IGNORECASE matches more than lower() gives
    ("ſ" as "s"): such a text is read by the pattern."""
    if not text.isascii():
        return True
    return _may_hold(text.lower(), _PSEUDONYM_WORDS)


def _set_aside(toks: list[Token], verdicts: dict[int, str], found: list[tuple[int, int]],
               rule: str, trace, aside) -> list[tuple[int, int]]:
    """The names found but those aside(start, end) holds for; their words get the verdict
    rule, which name_model.SURE_NOT_NAMES keeps the model from overruling."""
    kept = []
    for start, end in found:
        if aside(start, end):
            for i in _words_found(toks, ((start, end),)):
                verdicts[i] = rule
            if trace is not None:
                trace[rule, False] += 1
            continue
        kept.append((start, end))
    return kept


_PSEUDONYM = alternation("pseudonym-markers-phrases")


# The last word of each phrase, its longest part between apostrophes (the pattern takes either
# apostrophe there), in lowercase: what _may_say_made_up looks for; and the words of the
# phrases that make a whole sentence's names made up.
def _phrase_words(phrase: str) -> tuple[str, ...]:
    """The words of three letters or more that a text, lowered, holds where it holds the
    phrase ("not a real person" -> not, real, person; "i'll call" -> call): all of them, so
    that a phrase of common words ("i call her") does not send every line to the search."""
    parts = re.split(r"['’\s-]", phrase.lower())
    return tuple(part for part in parts if len(part) >= 3) or (max(parts, key=len),)


@dataclass(frozen=True)
class _PhraseWords:
    """The words of some phrases (_phrase_words); and the phrases by their longest word
    (longest first), which a line that holds a phrase must hold: a look in C for each such
    word, which most lines fail, before the phrases that hold it are read."""

    phrases: tuple[tuple[str, ...], ...]
    by_longest: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]

    @classmethod
    def of(cls, phrases) -> _PhraseWords:
        phrases = tuple(sorted({_phrase_words(phrase) for phrase in phrases}))
        by_longest: dict[str, list[tuple[str, ...]]] = {}
        for phrase_words in phrases:
            by_longest.setdefault(max(phrase_words, key=len), []).append(phrase_words)
        return cls(phrases, tuple((word, tuple(by_longest[word]))
                                  for word in sorted(by_longest, key=len, reverse=True)))


_MADE_UP_WORDS = _PhraseWords.of(entries("made-up-sentence-phrases"))
_TELLING_WORDS = _PhraseWords.of(entries("naming-for-the-telling-phrases"))
_PSEUDONYM_WORDS = _PhraseWords.of(entries("pseudonym-markers-phrases")
                                   + entries("made-up-in-brackets-phrases")
                                   + entries("made-up-sentence-phrases")
                                   + entries("naming-for-the-telling-phrases"))
# (the words _MADE_UP_OTHERWISE needs one phrase of, all of its words in the text)
_MADE_UP_HINTS = _PhraseWords.of(entries("names-made-up-throughout-phrases")
                                 + entries("made-up-adjective-phrases")
                                 + entries("made-up-throughout-other-phrases"))


def _may_hold(lowered: str | None, words: _PhraseWords) -> bool:
    """Whether an ASCII text, lowered, holds all the words of one of the phrases of words
    (_phrase_words), as a phrase's search needs (see _may_say_made_up); None for a text beyond
    ASCII, which the search reads itself. A phrase is read only where its longest word stands
    in the text: a look in C per such word (a score of them) costs a third less than one
    search of them all, a pattern whose words, common ones among them ("their", "will"),
    the engine tried at nearly every place of the line (tests/test_privacy_fast_paths.py
    (ff) checks the answer against reading every phrase)."""
    if lowered is None:
        return True
    for longest, phrases in words.by_longest:  # (loops: any() over a generator costs more)
        if longest not in lowered:
            continue  # (most lines, for every word)
        for phrase in phrases:
            for word in phrase:
                if word not in lowered:
                    break
            else:
                return True
    return False


# what follows the name: "(not her real name)", ", a pseudonym,", "; that is an invented name",
# ", which is not her real name", "; that's a made-up name", maybe after a word of the telling
# ('call the mom "Rosa" here, not her real name': [pseudonym-aside-phrases])
_PSEUDONYM_AFTER = re.compile(
    rf"(?i)['’]?s?\W{{0,3}}\s*(?:(?:{alternation('pseudonym-aside-phrases')})\W{{0,2}}\s*)?"
    rf"(?:\(\s*)?(?:(?:that|this|it|which)\s+(?:is|are)\s+|(?:that|it)['’]s\s+"
    rf"|(?:though|because|since|as)\s+(?:that|it|this)(?:\s+is|['’]s)\s+"
    rf"|is\s+)?(?:{_PSEUDONYM})\b")


# "the mom Maria (made up)", "the kids Jay and Tee (also made up)", "Mr. Phan (not real)", 'a
# girl she called "Sunny" (she said she made that up)': in brackets after the name, or after
# the list of names it opens, what says they are made up
_MADE_UP_IN_BRACKETS = re.compile(
    r"[\"”'’]?(?:\s*(?:,|&|\band\b|\bor\b)\s*(?:[A-Z][\w'’-]*\.?\s+)?[A-Z][\w'’-]*)*"
    rf"\s*\((?:[^()]{{0,30}}\s)?\s*(?i:(?:also|both|all|each)\s+)?"
    rf"(?i:{alternation('made-up-in-brackets-phrases')})\s*[,;)]")


# "Rosa, Lupe, Carmen and Marisol are all pseudonyms", "Teal and Maroon were made up": after
# the name, or after the list it opens, a verb saying they are made up
_LIST_SAID_MADE_UP = re.compile(
    r"[\"”'’]?(?:\s*(?:,\s*and\b|,|&|\band\b)\s*[A-Z][\w'’-]*)*\s+(?:are|were)\s+"
    r"(?:all\s+|both\s+)?"
    rf"(?i:{alternation('made-up-in-brackets-phrases')})\b")
# '"Pseudonym: Sunny."', "made up name: Keanu": a label before the name says it is made up
# (not "alias", which a real person goes by: "Alias: Spider")
_PSEUDONYM_LABEL_BEFORE = re.compile(
    rf"(?i)\b(?:{alternation('pseudonym-label-phrases')})\s*[:=]\s*[\"“‘']?$")


def public_figures(text: str, toks: list[Token], verdicts: dict[int, str],
                   found: list[tuple[int, int]], trace=None,
                   famous: list[tuple[int, int]] | None = None,
                   cast: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """"I grew up watching Mr. Rogers", "a lawyer like Michelle Obama", "the Harry Potter
    books", "dad works at Wells Fargo", "Will and Grace reruns": a famous person, a character,
    or a business, place or work named like people is nobody's private name. The names found
    inside one of [public-figure-phrases] or [things-named-like-people-phrases], or one of
    famous (the spans of [famous-people-phrases] _famous_spans found), are set aside, and
    their words marked so that the name model leaves them too. A private title before such a
    name makes it a private person's ("Mrs. Erikson laughed"), but not before a person of a
    story the line names (cast, _cast_spans: "Oliver Twist ... Mr. Brownlow's inquiries")."""
    known = [m.span() for m in _KNOWN_NAMES.finditer(text)] \
        if _may_be_known(text, toks, found) else []
    known += famous or []
    if _may_name_a_law(text):
        known += [m.span() for m in _NAMED_LAW.finditer(text)]
    if _may_cite_a_verse(text):
        known += [m.span() for m in _VERSE.finditer(text)]
    if _may_name_a_ship(text):
        known += [m.span() for m in _SHIP.finditer(text)]
    if _may_name_a_storm(text):
        known += [m.span() for m in _STORM.finditer(text)]
        known += [m.span(1) if m.group(1) else m.span(2) for m in _STORMS_LISTED.finditer(text)]
        if _STORM_DAMAGE.search(text):
            known += [m.span() for m in _STORM_ALONE.finditer(text)]
        known += [m.span() for m in _STORM_ACTED.finditer(text)]
    if not known:
        return found

    many = len(known) > _MANY_KNOWN
    if many:
        # (a long text, a pasted case file, may hold hundreds: those that start at the name
        # or before it by no more than the longest, found by a binary search of the starts)
        known.sort()
        longest = max(e - s for s, e in known)

    def aside(start: int, end: int) -> bool:
        # "Mrs. Erikson laughed": a private person's title before a phrase that holds none
        # ("Mr. Rogers" holds his) makes the name hers, not the theorist's.
        if " " not in text[start:end] and ", " in text and _role_in_apposition(text, toks, start):
            return False  # "Elsa, the foster mom, texted": a person named like a character
        if " " not in text[start:end] and text.startswith(" (", end) \
                and _a_person_in_brackets_after(text, toks, start):
            return False  # "Gwen (FP) has three kids from our agency", "Mulan (8) is doing
            # great", "Oprah (mother) asked me": a role, kin or an age only a person has
        said = NAMED_AS_A_NAME.match(text, end)
        if said is not None and not _A_THING_S_NAME.match(said.group()):
            return False  # "Olaf is the FP's real name", "Crohn is the foster family's last
            # name": the text says whose name the famous word is (not "is the name the youth
            # gave the garden program")
        around = known if not many else known[
            bisect_left(known, (start - longest,)):bisect_right(known, (start, len(text)))]
        return any(s <= start and end <= e and (s < start or not _PRIVATE_TITLE_BEFORE.search(
            text, max(0, start - 6), start)) for s, e in around) \
            or any(s <= start and end <= e for s, e in cast)

    return _set_aside(toks, verdicts, found, PUBLIC_FIGURE_RULE, trace, aside)


_MANY_KNOWN = 8  # known names, beyond which public_figures reads them by a binary search
_A_THING_S_NAME = re.compile(r"\W*\s+(?:is|was)\s+(?:the|a)\s+(?:street\s+|brand\s+)?name\b",
                             re.IGNORECASE)


def _a_person_in_brackets_after(text: str, toks: list[Token], start: int) -> bool:
    """Whether the word at start has a person's role, kin or age in brackets after it
    (word_uses.person_in_brackets_after)."""
    k = bisect_left(toks, start, key=_START)
    return k < len(toks) and toks[k].start == start \
        and word_uses.person_in_brackets_after(text, toks[k])


def _role_in_apposition(text: str, toks: list[Token], start: int) -> bool:
    """'Elsa, the foster mom, texted', "The youth's roommate, Siri, is eighteen": a person's
    role set off by commas beside the one word at start (a kin's or a caregiver's, in
    lowercase, not a title's: "Judge Judy, the TV judge"), which makes the word a person named
    like a character or a famous one."""
    k = bisect_left(toks, start, key=_START)
    if k >= len(toks) or toks[k].start != start:
        return False
    if k + 2 < len(toks) and text[toks[k].end:toks[k + 1].start] == ", " \
            and toks[k + 1].low in _DETERMINERS:
        # (roles' words only, up to the comma: "the foster mom", not "the talk show host")
        for tok in toks[k + 2:k + 5]:
            if tok.cap or tok.bits & (FUNCTION | TITLE) or not tok.bits & ROLE:
                return False
            if text.startswith(",", tok.end):
                return True
        return False
    before = toks[k - 1] if k else None
    return before is not None and text[before.end:toks[k].start] == ", " \
        and text.startswith(",", toks[k].end) and bool(before.bits & ROLE) \
        and not before.cap and not before.bits & TITLE


# A law named after a child, its noun capitalized: "Kayla's Law", "Jessica's Law", "Alicia's
# Act" (not "Dana's law class": a person's).
_NAMED_NOUNS = alternation('named-law-nouns', 'named-house-nouns', transform=str.capitalize)
_NAMED_LAW = re.compile(rf"\b[A-Z][\w-]*['’]s (?:{_NAMED_NOUNS})\b")


def _may_name_a_law(text: str) -> bool:
    """What _NAMED_LAW needs in the text ("'s Law", "'s House"), looked for in C."""
    return "'s " in text or "’s " in text


# A verse of scripture cited by its book: "Jeremiah 29:11", "James 1:27", "1 Samuel 1:27"
_VERSE = re.compile(rf"\b(?:[1-3] )?(?:{alternation('bible-books', transform=str.capitalize)})"
                    r"(?= \d{1,3}:\d{1,3}\b)")


def _may_cite_a_verse(text: str) -> bool:
    """Whether _VERSE finds a verse in the text; a colon, which it needs, looked for in C
    first (most lines hold none)."""
    return ":" in text and _VERSE.search(text) is not None


def _may_name_a_ship(text: str) -> bool:
    """What _SHIP needs in the text, looked for in C."""
    return any(opening in text for opening in _SHIP_OPENINGS)


# A ship named after a person: "USS Carl Vinson is back in San Diego", "HMS Victory"
_SHIP_OPENINGS = tuple(prefix.upper() + " " for prefix in entries("ship-prefixes"))
_SHIP = re.compile(rf"\b(?:{alternation('ship-prefixes', transform=str.upper)})"
                   r" [A-Z][\w'’-]*(?:\.? [A-Z][\w'’-]*){0,3}")


def _may_name_a_storm(text: str) -> bool:
    """What _STORM, _STORMS_LISTED or _STORM_ACTED needs in the text, looked for in C."""
    return "torm " in text or "urricane" in text or "yphoon" in text or "yclone" in text \
        or "remnants" in text or any(word in text for word in _STORM_ACTS_ENDING)


# A storm called by its name alone, before what only a storm does ([storm-acts-phrases]:
# "Laura made landfall near Lake Charles", "Fiona knocked out the grid") or its remnants
# ("Fiona's remnants reached Nova Scotia"); not "Laura made lunch", "Fiona's mom".
_STORM_ACTED = re.compile(rf"\b[A-Z][a-z]+(?=['’]s remnants\b"
                          rf"| (?:{alternation('storm-acts-phrases')})\b)")
_STORM_ACTS_ENDING = tuple(sorted({p.split()[-1] for p in entries("storm-acts-phrases")}))


# A hurricane's name, and the names listed after it: "Hurricane Katrina, Sandy, Maria, Ian",
# "Hurricanes Katrina and Rita", "hurricane ida" (in lowercase, a name only, as a chat types it)
_STORM_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_STORMS_LISTED = re.compile(
    r"\b(?:(?:Hurricanes?|Typhoons?|Cyclones?|Tropical [Ss]torms?) "
    rf"({_STORM_NAME}(?:(?:, (?:and |or |& )?| (?:and|or|&) ){_STORM_NAME})*)"
    # (in lowercase, not after "the": "after the hurricane Dana called every family")
    r"|(?<!the )(?:hurricane|typhoon|cyclone) ([a-z]+)(?= |[,.!?]|$))")


# A storm's name after its kind: "Winter Storm Uri", "Tropical Storm Alberto", "Winter storm
# Elliott".
_STORM = re.compile(rf"\b(?:{alternation('storm-kinds', transform=str.capitalize)}) [Ss]torm "
                    r"[A-Z][\w-]*")
# "Storm Helene flooded our satellite office", "When Storm Elliott knocked out power": a storm
# called by its name alone, where the text says what it did ([storm-damage-words]); not
# "Storm uses they/them", a person so named.
_STORM_ALONE = re.compile(r"\bStorm [A-Z][\w-]*")
_STORM_DAMAGE = re.compile(rf"\b(?:{alternation('storm-damage-words')})\b", re.IGNORECASE)
_PRIVATE_TITLE_BEFORE = re.compile(rf"(?i)\b(?:{alternation('private-titles')})\.?\s+$")


def _phrase_pattern(phrase: str) -> str:
    """A phrase of the lists as typed: any case, a full stop after a title ("Mr. Rogers"), any
    space between its words, either apostrophe."""
    return r"\.?\s+".join(re.escape(w).replace("'", "['’]") for w in phrase.split())


_KNOWN_PHRASES = sorted({" ".join(p.split()) for p in entries("public-figure-phrases")}
                        | {" ".join(p.split())
                           for p in entries("things-named-like-people-phrases")},
                        key=len, reverse=True)


def _by_first_character(patterns: list[str]) -> str:
    """The alternation of patterns, in their order, with those that open with the same letter
    or digit grouped behind it: "a(?:bc|d)|x(?:y)" for "abc", "ad", "xy". At each place the
    regex engine tries one group, not every phrase of the lists in turn (a quarter of the
    time). The same matches: two patterns opening with different letters cannot both match
    at one place (re.IGNORECASE makes no two ASCII letters alike), and within a group the
    first that matches still wins. A pattern opening otherwise stays an alternative alone."""
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        first = pattern[0]
        if first.isascii() and first.isalnum():
            groups.setdefault(first, []).append(pattern[1:])
        else:
            groups.setdefault(pattern, []).append("")
    return "|".join(first + ("(?:%s)" % "|".join(rests) if rests != [""] else "")
                    for first, rests in groups.items())


# (a quote's apostrophe may open or close it, "'Your Honor, may I ask'", but no word's: not
# the "Hara" of "O'Hara")
_KNOWN_NAMES = re.compile(r"(?i)(?<!\w)(?<!\w['’])(?:%s)(?:['’]s|(?<=s)['’])?"
                          r"(?![\w-])(?!['’]\w)"
                          % _by_first_character([_phrase_pattern(p) for p in _KNOWN_PHRASES]))


def _may_be_known(text: str, toks: list[Token], found: list[tuple[int, int]]) -> bool:
    """Whether a word of a name found is a word of a known phrase all of whose words stand in
    the text: a name found inside a phrase holds one of its words, which is looked up for the
    words of the names found, and the phrase's few words are then looked for in the lowered
    text, before the phrases' pattern (long, tried at every position) reads the line. The
    phrases' words hold many given names and surnames ("Patrick", "Williams"). The words of
    each name are found by a binary search of the words' starts (_words_found), not by
    reading every word of the line: a line holds a name or two, of a word or two."""
    by_word = _PHRASES_BY_WORD
    lowered = None
    for k in _words_found(toks, found):
        low = toks[k].low
        phrases = by_word.get(low)
        if phrases is None:
            continue
        if not text.isascii():
            return True  # (IGNORECASE matches more than lower() gives: the pattern decides)
        if lowered is None:
            lowered = text.lower().replace("’", "'")  # (the phrases' words have "'" only)
            # (each word of a name, and of a phrase, looked for once: a long text names many,
            # many times, and a look for a word reads the whole text)
            asked: set[str] = set()
            there: dict[str, bool] = {}
        elif low in asked:
            continue
        asked.add(low)
        for phrase_words in phrases:
            for word in phrase_words:
                found_here = there.get(word)
                if found_here is None:
                    found_here = there[word] = word in lowered
                if not found_here:
                    break
            else:
                return True
    return False


_START = attrgetter("start")


def _words_found(toks: list[Token], found: list[tuple[int, int]]) -> list[int]:
    """The places of the words of the names found (a binary search of the words' starts), in
    a list: a name or two of a word or two, which a generator's frame and resumptions cost
    more to give."""
    n = len(toks)
    places = []
    for s, e in found:
        k = bisect_left(toks, s, key=_START)
        while k < n and toks[k].start < e:
            places.append(k)
            k += 1
    return places


def famous_words(name: str) -> tuple[str, ...]:
    """A famous name's words as tokenize reads them, each lowercase and without a possessive's
    "'s" ("john f. kennedy" -> john, f, kennedy; "charlotte's web" -> charlotte, web): a
    pattern, sixteen times faster than tokenize on the list (tests/test_privacy_fast_paths.py
    checks that the two agree on every name). Most names are ASCII letters and spaces alone,
    whose words the pattern finds where split() does, three times faster: the lists' load
    counts it."""
    lowered = name.lower()
    if lowered.isascii() and lowered.replace(" ", "").isalpha():
        return tuple(lowered.split())
    return tuple(word.removesuffix("'s")
                 for word in _FAMOUS_WORD.findall(lowered.replace("’", "'")))


_FAMOUS_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def _famous_spans(toks: list[Token], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a name of [famous-people-phrases] stands whole around a word of a name found
    ("Kyrie Irving posters", "like Yoda said"): its words read as tokenize reads them, in
    order, each token's lowercase form (a possessive's "'s" is no part of it: "Oprah's").
    Each run of up to the longest name's words that holds the word is looked up whole: a
    few lookups a word, where a given name such as "john" opens a hundred famous names. Only
    the runs whose first word opens a name, of the lengths of the names it opens
    (_famous_lengths), are looked up: the same spans, in the same order (by first word, then
    by length), as trying every last word up to the longest name's (a name is looked up
    whole, so it opens with its first word and has its length)."""
    names, words, _, lasts, longest = famous_names()
    lengths_of = _famous_lengths()
    spans = []
    n = len(toks)
    for k in _words_found(toks, found):
        if toks[k].low not in words:
            continue  # (most names found: one lookup)
        for first in range(max(0, k - longest + 1), k + 1):
            lengths = lengths_of.get(toks[first].low)
            if lengths is None:
                continue
            for length in lengths:  # (shortest first)
                last = first + length - 1
                if last >= n:
                    break
                if last >= k and toks[last].low in lasts \
                        and tuple([tok.low for tok in toks[first:last + 1]]) in names:
                    spans.append((toks[first].start, toks[last].end))
    return spans


@functools.lru_cache(maxsize=1)
def _famous_lengths() -> dict[str, tuple[int, ...]]:
    """Each first word of a famous name (famous_names) with the lengths, in words, of the
    names it opens, shortest first: what _famous_spans looks up."""
    lengths: dict[str, set[int]] = {}
    for name in famous_names()[0]:
        lengths.setdefault(name[0], set()).add(len(name))
    return {first: tuple(sorted(counts)) for first, counts in lengths.items()}


def _cast_spans(toks: list[Token], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names found that are people of a story the line names ([casts-of-works-phrases]):
    "Elsa and Anna from Frozen were on every shirt", "In the Harry Potter books, Dumbledore
    keeps everything from Harry". The work is named by one of its titles, its words
    capitalized but those the lists call function words ("The Lion King", "Charlotte's Web";
    not one word that is a given name too), or by another of its people whom no list of names
    or words holds ("Timon and Pumbaa" for Simba): a given name alone ("Annie loved the
    musical", "Harry said") stays a name, and so does one with a surname not of the work's
    ("Harry Jones read Harry Potter to the kids")."""
    casts = story_casts()
    for k in _words_found(toks, found):
        if toks[k].low in casts:
            break
    else:
        return []  # (most lines: no word of a name found is anyone's in a story)
    spans = []
    lows = None
    where: dict[str, list[int]] = {}  # each word of the line (low), and pair, -> its places
    in_line: dict[_Work, tuple[frozenset[str], list[tuple[int, int]]]] = {}
    for start, end in found:
        ks = _words_found(toks, [(start, end)])
        for k in ks:
            works = casts.get(toks[k].low)
            if works is None:
                continue  # (most names found: one lookup)
            if lows is None:
                for j, tok in enumerate(toks):
                    where.setdefault(tok.low, []).append(j)
                    if j:  # and each pair of words, by the first's place
                        where.setdefault(f"{toks[j - 1].low} {tok.low}", []).append(j - 1)
                lows = {tok.low for tok in toks}
            if any((len(work.people & lows) > 1 or not work.firsts.isdisjoint(lows))
                   # (what _names_the_work needs in the line, looked for in C first)
                   and _names_the_work(k, toks[k].low, in_line.get(work) or in_line.setdefault(
                       work, _the_work_in(toks, work, where)))
                   # every word of the name the work's: "Lisa Simpson", not "Harry Jones"
                   and all(toks[j].low in work.people
                           or any(toks[j].low in title for title in work.titles) for j in ks)
                   for work in works):
                spans.append((start, end))
                break
    return spans


def _the_work_in(toks: list[Token], work: _Work, where: dict[str, list[int]]) \
        -> tuple[frozenset[str], list[tuple[int, int]]]:
    """What of a work the line holds: its people whom no list of names or words holds, as
    written there capitalized (in lowercase), and the places of its titles (the first word's
    place and the title's length). where: each word of the line (low), and each pair of words
    ("the lion"), with its places. Read once a line for each work, and only where its words
    stand, not once for each of its people the line names, nor word by word: a long text (a
    pasted case file) names many, and holds "the" a thousand times."""
    n = len(toks)
    people = frozenset(low for low in work.people for j in where.get(low, ())
                       if toks[j].cap and not toks[j].bits & _LISTED_AS_NAME_OR_WORD)
    titles = []
    for title in work.titles:
        for j in where.get(title[0] if len(title) == 1 else f"{title[0]} {title[1]}", ()):
            if j + len(title) > n:
                continue
            words = toks[j:j + len(title)]
            if all(w.low == t and (w.cap or w.bits & FUNCTION) for w, t in zip(words, title)) \
                    and (len(title) > 1 or not toks[j].bits & FIRST):
                # (a title of one word that is a given name too, "Heidi", is a name as
                # often: "Heidi said Peter was late")
                titles.append((j, len(title)))
    return people, titles


def _names_the_work(k: int, low: str,
                    in_line: tuple[frozenset[str], list[tuple[int, int]]]) -> bool:
    """Whether a title of the work, or another of its people no list holds, stands in the line
    beside word k, which is one of its people, low (and not inside the title: "Annie" alone);
    in_line: _the_work_in(toks, work)."""
    people, titles = in_line
    if len(people) > 1 or people and low not in people:
        return True  # "Timon and Pumbaa" beside "Simba" (not "Wendy" beside "Wendy's")
    return any(not j <= k < j + length for j, length in titles)


_LISTED_AS_NAME_OR_WORD = FIRST | LAST | COMMON | WORD | ALSO_WORD


class _Work(NamedTuple):
    titles: tuple[tuple[str, ...], ...]  # each as its words, as tokenize reads them
    people: frozenset[str]
    firsts: frozenset[str]  # the first word of each title


@functools.lru_cache(maxsize=1)
def story_casts() -> dict[str, list[_Work]]:
    """Each person of [casts-of-works-phrases] with the works that hold them: made on the
    first name found that might be one (bench/privacy.py counts it in the lists' load and
    memory)."""
    casts: dict[str, list[_Work]] = {}
    for entry in entries("casts-of-works-phrases"):
        titles, bar, people = entry.partition("|")
        if not bar or not titles.strip() or not people.split():
            raise ValueError(f"toolkit/privacy/data/cue-words.txt: [casts-of-works-phrases]: "
                             f"expected titles, \"|\" and people: {entry!r}")
        words = tuple(famous_words(title) for title in titles.split(";"))
        work = _Work(words, frozenset(people.split()), frozenset(t[0] for t in words))
        for person in work.people:
            casts.setdefault(person, []).append(work)
    return casts


@functools.lru_cache(maxsize=1)
def famous_names() -> tuple[frozenset[tuple[str, ...]], frozenset[str], frozenset[str],
                            frozenset[str], int]:
    """The names of [famous-people-phrases] and [well-known-things-phrases] as their words;
    every word of them, the words that open one and those that close one; and the most words
    a name has: made on the first name found (bench/privacy.py counts it in the word lists'
    load)."""
    names = set()
    for name in entries("famous-people-phrases") + entries("well-known-things-phrases"):
        if _DIGIT.search(name) and any(word.isdigit() for word in name.split()):
            continue  # a name of words and digits ("andre 3000", "the jackson 5"), which read
            # without its digits would make every "Andre" famous, and "the Jackson family"
            # ([things-named-like-people-phrases] reads such names in the text)
        names.add(famous_words(name))
    # the sets made in C, from iterators (the lists' load counts them)
    return (frozenset(names), frozenset(chain.from_iterable(names)),
            frozenset(map(itemgetter(0), names)), frozenset(map(itemgetter(-1), names)),
            max(map(len, names)))


def _phrases_by_word() -> dict[str, list[tuple[str, ...]]]:
    """Each word of the known phrases (and its form without "'s"), with the phrases that hold
    it, as their words: what _may_be_known looks for."""
    by_word: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _KNOWN_PHRASES:
        words = tuple(w.replace("’", "'") for w in phrase.split())
        for word in words:
            for form in {word, word.removesuffix("'s")}:
                by_word.setdefault(form, []).append(words)
    return by_word


_PHRASES_BY_WORD = _phrases_by_word()


# The rules before trim_openers_and_closers, in RULES' order, each with what its verdict needs
# of the run's own words and of the words beside it (see _may_decide); the rules after it
# are asked of every run that reaches them. A rule added before trim_openers_and_closers, or a
# rule there that comes to decide more runs, must be followed here (tests/
# test_privacy_fast_paths.py compares with asking every rule).
_GUARDED = ("initials_of_a_person", "lone_word_never_a_name", "after_a_role_abbreviation",
            "after_a_kin_word", "after_a_greeting", "after_a_title", "street_or_listed_things",
            "place_in_use", "country_or_state", "compound_name", "town_in_a_place_context",
            "hospital_by_its_name", "a_people_not_a_person", "a_thing_or_a_pet",
            "one_word_acting_as_a_person", "organisation", "place_prefix",
            "place_phrase_or_event", "holiday_brand_agency_or_role", "family_plural")
assert tuple(rule.name for rule in RULES[:len(_GUARDED)]) == _GUARDED
assert RULES[len(_GUARDED)].name == "trim_openers_and_closers"
_RULE = {rule.name: (rule.name, rule.decide) for rule in RULES}
_UNGUARDED = tuple((rule.name, rule.decide) for rule in RULES[len(_GUARDED):])
# One bit per rule of _GUARDED, by its place there.
(_B_INITIALS, _B_LONE, _B_ROLE_ABBR, _B_KIN, _B_GREETING, _B_TITLE, _B_STREET, _B_PLACE_USE,
 _B_COUNTRY, _B_COMPOUND, _B_TOWN, _B_HOSPITAL, _B_PEOPLE, _B_THING, _B_ONE_WORD, _B_ORG,
 _B_PLACE_PREFIX, _B_PLACE_PHRASE, _B_HOLIDAY, _B_FAMILY) = (1 << k for k in range(len(_GUARDED)))
_ASKS: dict[int, tuple] = {}  # a set of bits -> the rules to ask, in RULES' order
_BEFORE_HOSPITAL = word_uses._BEFORE_HOSPITAL
_ORG_JOINERS, _ORG_JOINERS_THE = context_module._ORG_JOINERS, context_module._ORG_JOINERS_THE
_LIST_JOINERS = coordination_module._JOINERS
# a_thing_or_a_pet: the words before a run that let it decide ("a", "an", "the", an animal, a
# word between an animal and its name, a word between "a" and a make: "a black Mercedes",
# "a borrowed Ford", "a used Honda")
_THING_ADJECTIVES = words("thing-adjectives")
_BEFORE_A_THING = words("articles") | _ANIMALS | _PET_LINKS | _THING_ADJECTIVES


def _asks(mask: int) -> tuple:
    """The (name, decide) pairs of the rules whose bits are set, then every rule from
    trim_openers_and_closers on, in RULES' order (made once per set of bits)."""
    ask = _ASKS.get(mask)
    if ask is None:
        ask = _ASKS[mask] = tuple(_RULE[name] for k, name in enumerate(_GUARDED)
                                  if mask >> k & 1) + _UNGUARDED
    return ask


def _may_be_plural_family(tok: Token) -> bool:
    """What family_plural asks of its word before it reads any other: plural_family and
    _plural_surname both want a plural, not possessive, that is no place."""
    return tok.low.endswith("s") and not tok.poss and not tok.bits & PLACE


def _may_act_as_person(tok: Token) -> bool:
    """What one_word_acting_as_a_person asks of its word before it reads any other: that
    _kin_in_a_note, person_signs, _acts_as_person, month_as_name or title_as_name lets it
    through."""
    bits, raw = tok.bits, tok.raw
    upper = raw.isupper()
    return bool(
        # person_signs
        len(raw) >= 2 and not upper and not bits & _NOT_PERSON
        and not (bits & (ORG | TITLE) and not bits & FIRST)
        and not (tok.low.endswith("s") and not bits & NAME and not tok.poss)
        # _acts_as_person after person_signs
        or len(raw) >= 2 and not _is_acronym(tok) and not bits & (ROLE | TITLE | MONTH | FUNCTION)
        and not (bits & ORG and not bits & NAME) and (bits & FIRST or tok.cls == X)
        or bits & MONTH and bits & FIRST and not upper  # month_as_name
        or bits & TITLE and bits & NAME and not bits & ROLE and not upper  # title_as_name
        # _kin_in_a_note, whose False is a verdict: "?MO, policy is .no PHI" (a generated line
        # of test (a) found it asked only by the slow path)
        or tok.low in _KIN_SHORT)


def _word_asks(tok: Token) -> int:
    """For a run of this one word: -1 if lone_word_never_a_name sets it aside (after
    initials_of_a_person passed it over), else the bits of the rules of _GUARDED that its
    word alone lets give a verdict (_may_decide's tests that read no other word). Worked out
    once per word, and kept in tok.memo with whether trim_openers_and_closers leaves nothing
    of the word alone and whether one_word_acting_as_a_person is asked of it wherever it
    stands (else _judge_runs asks _may_act_here)."""
    never = _never_a_name(tok)
    initials = _initials(tok) or _may_fill_a_role_field(tok) or _acronym_letters(tok)
    if never and not initials:
        mask = -1
    else:
        bits = tok.bits
        mask = 0
        if _may_act_as_person(tok):
            mask |= _B_ONE_WORD
        if initials:
            mask |= _B_INITIALS
        if never:
            mask |= _B_LONE
        if bits & TITLE:
            mask |= _B_TITLE
        if bits & (STREET_PREFIX | STREET):
            mask |= _B_STREET
        if bits & PLACE:
            mask |= _B_PLACE_USE | _B_TOWN
        if bits & REGION:
            mask |= _B_COUNTRY
        if tok.low in _PEOPLES:
            mask |= _B_PEOPLE
        if bits & ORG:
            mask |= _B_ORG
        if bits & NOT_NAME and not bits & FUNCTION and not _is_acronym(tok) \
                or tok.low in _TITLE_WORD_SURNAMES:
            # (a role or title counts only after the run's first word; but a title's word
            # borne as a surname is read alone too: "From: Bishop, Alvin", fifty-seventh
            # session, a line the slow path of test (a) found a name on)
            mask |= _B_HOLIDAY
        if tok.cls in (X, U, W2) and _may_be_plural_family(tok):
            mask |= _B_FAMILY
    # and whether trim_openers_and_closers trims the word away when it stands alone (a
    # particle, class S or X): False, whatever stands around it; and whether
    # one_word_acting_as_a_person is asked of it wherever it stands (_may_act_here)
    tok.memo.extend((mask, tok.particle or tok.cls == S or tok.cls == X
                     and not _double_surname(tok),
                     bool(tok.poss or tok.bits & (MONTH | TITLE) or tok.low in _KIN_SHORT)))
    return mask


# What one_word_acting_as_a_person may find right after a word (see _may_act_here): the words
# its cues read after a space (a linking verb, "and", a record of birth, a verb only people
# do, a negation, the start of an age: "is", "turned", "just turned"), and the gaps of an
# apposition ("River, 9,", "Hope - the youngest -").
_AGE_OPENERS = words("age-openers") \
    | frozenset(entry.split()[0] for entry in entries("adverbs-before-turned"))
_ADVERBS = words("adverbs")
_ACTING_CUES = _AGE_OPENERS | cues_module.BIRTH_RECORDS | cues_module._ONLY_PEOPLE \
    | cues_module._NEGATIONS
# The first words of [person-act-phrases] ("read" of "read a", "threw" of "threw up"), which
# undergoes_what_only_people_do reads after a given name: irregular pasts that past_tense
# does not know, and the word may stand anywhere in its sentence.
_ACT_PAIR_FIRSTS = frozenset(first for first, _ in cues_module.PERSON_ACT_PAIRS) \
    | cues_module._MODALS  # ("will be placed", "can come home": a modal before the act)
_APPOSITION_GAPS = frozenset((", ", " (", " - ", " – "))


def _may_act_here(text: str, toks: list[Token], i: int) -> bool:
    """Whether one_word_acting_as_a_person may give a verdict on the run of the one word
    toks[i], by the words beside it, for a word that is neither possessive, a month, a title,
    nor a kin word of a note (those are always asked: _word_asks). False where none of its
    cues can hold: _acts_as_person (person_signs, only_people_do, refuses_to_act,
    role_predicate, verb_after, apposition_after, role_before, _verb_then_whose, "and" and a
    given name) each needs a role before the word, or after it a bracket, a slash (pronouns,
    "he/him"), a gap of an apposition, an age after spaces ("is 7", "turned 16", "just turned
    16"; after a given name, a number: "Mark 12 read"), or after one space a strong verb, a
    word of _ACTING_CUES, or opening a sentence the first word of one of
    [small-child-act-phrases] ("started daycare"), or after a given name a verb of people,
    "and", "as" (cast as a role: "Joy as the aunt") or the first word of one of
    [person-act-phrases] ("read" of "read a") or a modal
    ("will be placed"), or opening a sentence "pls" ("Joy pls see me");
    month_as_name and
    title_as_name need a month or a title. The
    rule then returns None: it is not asked, and more than half its calls are spared
    (tests/test_privacy_fast_paths.py (a))."""
    if i and toks[i - 1].bits & ROLE:
        return True  # role_before: "my client River"
    end = toks[i].end
    if text.startswith(" (", end) or "/" in text[end:end + 60]:
        return True  # person_signs: "Miles (5)", "Raven (bio mom)", "Storm uses they/them"
    if i + 1 == len(toks):
        return _HEADED_GAP.match(text, end) is not None  # "Ranger - 14"
    nxt = toks[i + 1]
    gap = text[end:nxt.start]
    if gap == " ":
        # (a verb of people that is no strong verb, and "and", count only after a given
        # name: _verb_then_whose, "Faith and Hope are twins")
        return bool(nxt.bits & STRONG_VERB) or nxt.low in _ACTING_CUES \
            or toks[i].initial and nxt.low in _SMALL_CHILD_FIRSTS \
            or bool(toks[i].bits & FIRST) and (bool(nxt.bits & PERSON_VERB) or nxt.low == "and"
                                               or nxt.low == "as"  # "Joy as the aunt"
                                               or nxt.low in _ACT_PAIR_FIRSTS
                                               # acts_then_pronoun, opening a sentence
                                               or toks[i].initial and (
                                                   past_tense(nxt.low)
                                                   or nxt.low in CHAT_VERBS_AFTER_A_NAME
                                                   or nxt.low in _ADVERBS
                                                   or nxt.low in _ASKING_WORDS))
    # (or a given name, then a child's age with no word for it: "Mark 12 read the report"; or
    # a note's line headed by a name, a dash and an age or a role: "Harmony - 6, new
    # placement", "Wendell — grandpa, hard of hearing")
    return gap in _APPOSITION_GAPS or gap.isspace() and nxt.low in _AGE_OPENERS \
        or gap[1:2].isdigit() and bool(toks[i].bits & FIRST) \
        or _HEADED_GAP.match(gap) is not None


_HEADED_GAP = re.compile(r"\s*(?:[-–—:|]|,\s*\d)")  # (cues._heads_a_note_on_a_person)


def _last_plural_thing(toks: list[Token]) -> int:
    """The place of the text's last word that may close a list of things (coordination.
    thing_list): a noun of things in lowercase ending in "s" ("the Maple and Willow rooms");
    -1 if none. street_or_listed_things, without a street's word beside the run (streets.
    _street_word_near), decides only where such a word stands after the run: the list it
    reads goes on from the run, and the noun stands right after the list."""
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        if tok.bits & THING and not tok.cap and tok.low.endswith("s"):
            return k
    return -1


def _may_decide(text: str, toks: list[Token], first: int, last: int,
                plural_places: bool = True, things: int | None = None) -> int:
    """The rules of _GUARDED that may give a verdict on the run toks[first..last] of two words
    or more (True or False, not None), as bits: for each rule before trim_openers_and_closers,
    what it asks of the words before it reads anything else; a rule whose test fails here
    returns None, and changes nothing in the run, so it need not be called. Most runs fail
    most of these tests, and a test read here costs less than the call it spares. (_word_asks
    and _judge_runs ask the same of a run of one word.) plural_places: whether the text may
    hold a noun of places.PLURAL_PLACE_NOUNS (_may_list_plural_places), which _judge_runs
    works out once a text; True, the default, asks as if it may. things: _last_plural_thing
    (toks), if worked out already."""
    tf, tl = toks[first], toks[last]
    n = len(toks)
    prev = toks[first - 1] if first else None
    nxt = toks[last + 1] if last + 1 < n else None
    bits = tf.bits
    for k in range(first + 1, last + 1):
        bits |= toks[k].bits
    mask = _B_PLACE_PREFIX | _B_PLACE_PHRASE  # asked of every run of several words
    if last - first == 1 and (_initials(tl) or tl.low in _REPORT_PARTIES and tl.raw.isupper()
                              and tf.low in _ROLE_ABBREVIATIONS and tf.raw.isupper()
                              or tf.low == "per" and _acronym_letters(tl)):
        mask |= _B_INITIALS  # (and "CW AP", "Per MH (my supervisor)": _initials_as_a_person)
    elif last - first == 1 and tf.bits & ROLE and _role_before_aged_initials(text, toks, first):
        mask |= _B_INITIALS  # "Youth DJ (16)"
    if tf.low in _ROLE_ABBREVIATIONS and tf.raw.isupper():
        mask |= _B_ROLE_ABBR
    if tf.low in _KIN_BEFORE_NAME:
        mask |= _B_KIN
    if tf.low in _GREETINGS or tf.low in cues_module.GREETING_WORDS \
            or prev is not None and prev.low in cues_module.GREETING_WORDS:
        mask |= _B_GREETING  # (or "Happy Thanksgiving Mercy!": greeted by name)
    if tf.bits & TITLE or prev is not None and prev.bits & TITLE or opens_a_title(toks, first):
        mask |= _B_TITLE
    if streets._street_word_near(toks, first, last) or _joinable(toks, first, last) and (
            _last_plural_thing(toks) if things is None else things) > last:
        mask |= _B_STREET  # is_street, thing_list (listed, then a noun of things)
    if tf.bits & PLACE:
        mask |= _B_PLACE_USE | _B_TOWN
    elif nxt is not None and nxt.bits & (REGION | PLACE) and text[tl.end:nxt.start] == ", " \
            or plural_places:  # (PLACE: a state of two words, "South Dakota")
        mask |= _B_TOWN  # places.town_before_a_state, listed_before_plural_places
    if last - first >= 2:
        mask |= _B_COMPOUND
    if tl.low in _PEOPLES or tl.bits & ORG and toks[last - 1].low in _PEOPLES:
        mask |= _B_PEOPLE
    if tf.raw in ("A", "An") or prev is not None and prev.low in _BEFORE_A_THING \
            or text.startswith(_PET_OPENINGS, tl.end) and _PET_PREDICATE.match(text, tl.end) \
            or text.startswith(_APPOSITION_OPENINGS, tl.end) \
            and (_PET_APPOSITION.match(text, tl.end) or _PET_OPENING.match(text, tl.end)):
        mask |= _B_THING
    if bits & ORG or nxt is not None and (nxt.low in _ORG_JOINERS
                                          or text[tl.end:nxt.start] == " & ") \
            or prev is not None and (prev.low in _ORG_JOINERS_THE
                                     or text[prev.end:tf.start] == " & "):
        mask |= _B_ORG  # is_org, org_neighbour
    elif last - first >= 2 and bits & FUNCTION and any(
            toks[k].cap and toks[k].bits & FUNCTION for k in range(first + 1, last - 1)):
        mask |= _B_ORG  # _full_name_after_a_capitalized_function_word
    if bits & (NOT_NAME | ROLE | TITLE) or tl.low in _TITLE_WORD_SURNAMES:
        mask |= _B_HOLIDAY  # (and "Paris King": a title's word borne as a surname, read first)
    if tl.cls in (X, U, W2) and first + 1 == last and tf.low == "the" \
            and _may_be_plural_family(tl):
        mask |= _B_FAMILY
    return mask


def _naming_word_before(toks: list[Token], k: int) -> bool:
    """Whether words that say a name follows stand right before toks[k] ("nicknamed", "goes
    by", "his nickname is"): as Context.goes_by reads them, without its gaps."""
    prev = toks[k - 1]
    return prev.low in NICKNAMING or k >= 2 and (toks[k - 2].low, prev.low) in NAMING_PAIRS


def _judge_runs(text: str, toks: list[Token], lex: dict, capitals: list[int],
                spans: list[tuple[int, int]], verdicts: dict[int, str], trace) -> None:
    """rule_names' loop over the runs with RULES: the same verdicts, and the same trace, as
    asking every rule in turn, but a rule is called only if what it asks of the words lets
    it give a verdict (_word_asks and the words beside a run of one word, _may_decide)."""
    n = len(toks)
    plural_places = _may_list_plural_places(text)  # (places.listed_before_plural_places)
    things = None  # _last_plural_thing(toks), worked out when a run first asks for it
    for first, last in runs(text, toks, capitals):
        if first == last:
            tok = toks[first]
            memo = tok.memo
            mask = memo[0] if memo else _word_asks(tok)
            listed = False  # a capitalized word or a joiner beside the word (_joinable)
            if mask < 0:
                # A third of all runs are one word that lone_word_never_a_name sets aside
                # ("When", "I", "CPS"): that verdict is read off the word, without a Run.
                if trace is not None:
                    trace[_LONE_WORD, False] += 1
                verdicts[first] = _LONE_WORD
                continue
            # what the rules of one word ask of the words beside it
            if first:
                prev = toks[first - 1]
                if prev.bits & TITLE:
                    mask |= _B_TITLE
                if prev.bits & STREET_PREFIX:
                    mask |= _B_STREET  # _street_word_near
                elif prev.cap or prev.low in _LIST_JOINERS:
                    listed = True
                if prev.low in _BEFORE_HOSPITAL:
                    mask |= _B_HOSPITAL
                if prev.low in _ORG_JOINERS_THE or text[prev.end:tok.start] == " & ":
                    mask |= _B_ORG
                if prev.low in _BEFORE_A_THING:
                    mask |= _B_THING
                if prev.low in cues_module.GREETING_WORDS:
                    mask |= _B_GREETING  # "Happy birthday April!": greeted by name
            if first + 1 < n:
                nxt = toks[first + 1]
                if nxt.bits & STREET:
                    mask |= _B_STREET
                elif nxt.cap or nxt.low in _LIST_JOINERS:
                    listed = True
                if nxt.low in _ORG_JOINERS or text[tok.end:nxt.start] == " & ":
                    mask |= _B_ORG
                if text.startswith(_PET_OPENINGS, tok.end) and _PET_PREDICATE.match(text, tok.end) \
                        or text.startswith(_APPOSITION_OPENINGS, tok.end) \
                        and (_PET_APPOSITION.match(text, tok.end)
                             or _PET_OPENING.match(text, tok.end)):
                    mask |= _B_THING  # "Sunny is the foster family's golden retriever"
                if nxt.bits & (REGION | PLACE) and text[tok.end:nxt.start] == ", " \
                        or plural_places:
                    mask |= _B_TOWN  # places.town_before_a_state, listed_before_plural_places
            if listed:
                mask |= _B_THING  # _animals_or_things_listed: "two labs, Buddy and Sadie"
            if listed and not mask & _B_STREET:
                if things is None:
                    things = _last_plural_thing(toks)
                if things > first:
                    mask |= _B_STREET  # thing_list: a list, then a noun of things
            if not mask and memo[1] and tok.low not in _GIVEN_NAMES_LISTED_AS_WORDS \
                    and not (tok.cls == S and tok.bits & WORD and first
                             and _naming_word_before(toks, first)):
                # No rule before trim_openers_and_closers can decide, and that one trims the
                # word away ("Yesterday", "Mom" opening a sentence): a sixth of all runs, set
                # aside without a Run and the rule calls. (A word of class X that is no
                # function word, which trim_openers_and_closers keeps after "goes by", has a
                # rule that may decide: one_word_acting_as_a_person; and one of
                # [given-names-listed-as-words], which it keeps where it is met:
                # _met_by_a_listed_given_name; nor a role's or a title's word after words
                # that say a name follows, "his nickname is Boss". tests/
                # test_privacy_fast_paths.py checks the two ways agree.)
                if trace is not None:
                    trace[_TRIM, False] += 1
                verdicts[first] = _TRIM
                continue
            if mask & _B_ONE_WORD and not memo[2] and not _may_act_here(text, toks, first):
                # nothing beside the word lets one_word_acting_as_a_person decide (asked
                # after the test above, which reads the word's bits as _word_asks set them)
                mask ^= _B_ONE_WORD
        else:
            if things is None and _joinable(toks, first, last):
                # (the one _may_decide reads of a listed run, kept for the text's other runs:
                # a long list of names asks for it once a name)
                things = _last_plural_thing(toks)
            mask = _may_decide(text, toks, first, last, plural_places, things)
        ask = _ASKS.get(mask) or _asks(mask)
        run = Run(text, toks, lex, first, last)
        for name, decide in ask:
            verdict = decide(run)
            if verdict is None:
                continue
            if verdict:
                spans.append((toks[run.first].start, toks[run.last].end))
            if trace is not None:
                trace[name, verdict] += 1
            said = name + "+" if verdict else name
            if first == last:
                verdicts[first] = said  # (most runs: one word, without a range's iterator)
            else:
                for i in range(first, last + 1):
                    verdicts[i] = said
            break


# A note's sign-off: a dash and one to three capitals closing the text ("Thanks! -KO").
_SIGN_OFF = re.compile(r"(?:^|\s)[-–—~]\s?([A-Z]{1,3})\.?\s*$")
_SIGN_OFF_NOT = words("sign-off-not-initials")
# ... or thanks, a comma and the capitals: "Thx, R.", "Thanks, JM"
_THANKS_SIGN_OFF = re.compile(rf"(?:^|[\s.!?])(?i:{alternation('sign-off-thanks')}),? ?"
                              r"([A-Z]{1,3})\.?\s*$")
# "J.R.", "T.M.", "J.R.-C.", "J. R.": capitals each with its full stop, no letter or stop
# before them.
# ... or with the last stop left out, before a space, a possessive or a bracket ("with A.M re:
# safety", "L.T's file", "(T.R)")
_DOTTED = re.compile(r"(?<![\w.])(?:(?:[A-Z]\. ?){1,2}[A-Z]\.(?:-(?:[A-Z]\.){1,2})?(?!\w)"
                     r"|(?:[A-Z]\.){1,2}[A-Z](?=['’]s\b|[ )\],;:]|$))")
_DOTTED_ABBREVIATIONS = words("dotted-abbreviations")
# ... or after a comma: "M.O., age 7,", "In re the Matter of A.M., a minor"
_PERSON_IN_BRACKETS = re.compile(rf" \((?:\d|(?:{alternation('bracketed-person-words')})\b"
                                 rf"|(?:{alternation('birth-words-in-brackets')})(?!\w))"
                                 r"|, (?:age )?\d{1,2}\b"
                                 rf"|, an? (?:{alternation('bracketed-person-words')})\b",
                                 re.IGNORECASE)
_IN_RE = re.compile(r"\bin re:?\s+$", re.IGNORECASE)  # a court's caption: "In re A.M."
_LISTED_WITH = re.compile(r",? (?:and|&) |, ")
# A digit just before, maybe a space: a time's ("at 10 A.M. and T.M. came"), a unit's number
# ("a 10 LB bag", _unlisted_initials)
_DIGIT_BEFORE = re.compile(r"\d\s?$")


# A hashtag of words run together, each capitalized ("#TeamJayden", "#JusticeForKeisha")
_HASHTAG = re.compile(r"(?<![\w#])#([A-Za-z][a-z]*(?:[A-Z][a-z]+)+)\b")
_HASHTAG_PART = re.compile(r"[A-Z][a-z]+")


def names_in_a_hashtag(text: str, lex: dict[str, int],
                       found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"#TeamJayden we got him home", "#JusticeForKeisha": a word of a hashtag run together
    that is a given name and no English word is that person's name, as a post names a child.
    """
    spans = []
    taken = covered(found)  # (read by a binary search: a long text holds many names)
    for match in _HASHTAG.finditer(text):
        for part in _HASHTAG_PART.finditer(text, match.start(1), match.end(1)):
            bits = lex.get(part.group().lower(), 0)
            if bits & FIRST and not bits & (WORD | COMMON | NOT_NAME | PLACE | MONTH) \
                    and not overlaps(taken, part.start(), part.end()):
                spans.append(part.span())
    return spans


# "[11:20 AM] Jun Park: heading to court": a chat's message pasted with its time and sender.
# The time in brackets, as chats copy it: a calendar's "9:00 Court: review" is no message.
_SPEAKER = re.compile(r"(?m)^\[\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\]\s+"
                      r"([A-Za-z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){0,3}):\s")
_SPEAKER_OPENERS = frozenset("[")
_NOT_A_SPEAKER = ROLE | NOT_NAME | FUNCTION | TITLE
# What the rules set aside for what the words are (a place, a street, a public figure): no
# sender; but "organisation", which a surname that is also an organisation's word gets ("Jun
# Park"), while few organisations send a chat's messages.
_NOT_A_SENDER = name_model.SURE_NOT_NAMES - {"organisation"}


def speaker_of_a_message(text: str, toks: list[Token], verdicts: dict[int, str],
                         found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"[11:20 AM] Jun Park: heading to court", "[9:02] Oksana P.: can someone cover": the
    words between a message's time and a colon, at the start of a line of a pasted chat, are
    its sender's name, in capitals or as the chat typed it ("[4:10 PM] summer: anyone heading
    to chinle"), when one of them is on a name list, none is a role's or a function word
    ("[3:15 PM] Records Unit: the scanner is down", "[9:30] supervisor: please stop", "[4:01
    PM] Grace Lutheran: coats are in") and no rule set them aside as a place, a street or a
    public figure."""
    senders = []
    for match in _SPEAKER.finditer(text):
        start, end = match.span(1)
        if any(s < end and start < e for s, e in found):
            continue
        words = [k for k, tok in enumerate(toks) if start <= tok.start < end]
        if any(toks[k].bits & _NOT_A_SPEAKER or toks[k].bits & ORG and not toks[k].bits & NAME
               or toks[k].bits & PLACE and not toks[k].bits & FIRST
               or verdicts.get(k, "") in _NOT_A_SENDER for k in words):
            continue  # ("Park", an organisation's word, is a surname too)
        if any(toks[k].bits & NAME or toks[k].cls == U for k in words):
            senders.append((start, end))
    return senders


# "... Does that sound right? Victor": one capitalized word after a sentence's end, closing a
# message of a few sentences.
_SIGNED_HINT = re.compile(r"[.!?]\s+[A-Z]")
_SIGNED_NAME = re.compile(r"[.!?]\s+([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)[.!]?\s*$")
_NOT_A_SIGNATURE = NOT_NAME | ROLE | TITLE | MONTH | ORG | FUNCTION | THING


def signed_with_a_name(text: str, toks: list[Token], found: list[tuple[int, int]]) \
        -> list[tuple[int, int]]:
    """"... or should the FP call them herself? Will", "I didn't confirm anything. Carlos": a
    word that can be a name, alone after the last sentence of a message of a few sentences, is
    its writer's name signing it: a given name, or a name that is no word ("... we did it.
    Thanks!", "... by the elevator. Yikes." are none)."""
    match = _SIGNED_NAME.search(text, max(0, len(text) - 24))
    if match is None or len(toks) < 8:
        return []
    start, end = match.span(1)
    if any(s < end and start < e for s, e in found):
        return []
    tok, before = toks[-1], toks[-2]
    if tok.start != start or tok.cls not in (N, W1) or tok.bits & _NOT_A_SIGNATURE \
            or tok.bits & PLACE and not tok.bits & NAME \
            or before.bits & (TITLE_ABBR | PLACE_PREFIX) or len(before.raw) == 1:
        return []  # (nor a surname that is a word, "Good.", nor a word on no list, "Yikes.",
        # nor after the full stop of "St." or "Dr." or an initial's)
    return [(start, end)]


def a_letter_after_a_title(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"happy bday ms d", "mama t is the fp everyone loves", "grandma B said i can come": one
    letter after a title or a kin title is the initial a person goes by; not "I" in either
    case, nor "a" or "s", a pronoun, an article and a possessive's letter ("ms i think", "my
    cousin. I said", "mama a lot", "my uncle s car"). Twenty-second session: tuning names
    21,733 -> 21,742, false flags 586 -> 586."""
    spans = []
    taken = covered(found)  # (read by a binary search: a long text holds many names)
    for match in _LETTER_AFTER_A_TITLE.finditer(text):
        start, end = match.span(1)
        letter = match.group(1)
        if letter in _NOT_AN_INITIAL or overlaps(taken, start, end) \
                or letter.isupper() and letter.lower() in _PLACEHOLDERS_AFTER_A_TITLE \
                or letter.islower() and letter in little_words(text):
            continue  # (and "Mr. X", "Mrs. Y": a person a role play leaves unnamed; and
            # Haitian Creole's "m" and "l", my and his: "Manman m ap priye", "papa l")
        spans.append((start, end))
    for match in _LETTER_AFTER_AN_OFFICE.finditer(text):
        # "coach d says practice moved", "officer j took the report": an office's title
        # before a letter in lowercase (one in capitals is after_a_title's: "Coach D"), not a
        # letter chat types for a word ("coach u coming?")
        start, end = match.span(1)
        if match.group(1) not in _CHAT_LETTERS and not overlaps(taken, start, end) \
                and (start, end) not in spans:
            spans.append((start, end))
    return spans


_NOT_AN_INITIAL = frozenset("aiAIsS")  # (tokens.MARK_LETTER leaves out the same letters)
_LETTER_AFTER_A_TITLE = re.compile(
    rf"(?<![\w.])(?i:(?:{alternation('lowercase-titles')})\.?|{alternation('kin-titles')}) "
    r"([A-Za-z])(?![\w'’-])")
_LETTER_AFTER_AN_OFFICE = re.compile(
    rf"(?<![\w.])(?i:{alternation('lowercase-office-titles')}) ([b-hj-rt-z])(?![\w'’-])")
_CHAT_LETTERS = words("chat-letter-words")


# "lil" and a letter, a given name or a word a child is called by, a nickname ("lil j", "Lil
# Mike", "lil man wont nap"); not after a determiner ("a lil bit late", "my lil man")
_LIL_NICKNAME = re.compile(r"(?<![\w'’])(?:lil|Lil|LIL)['’]?\s+"
                           r"([A-Za-z]\.?(?![\w'’])|[A-Za-z][a-z]{1,8}(?![\w'’-]))")
_LIL_NICKNAME_WORDS = words("nicknames-after-lil")
_NOT_LIL_NICKNAMES = words("not-nicknames-after-lil")
_NOT_AFTER_A_LIL_NICKNAME = words("not-after-a-lil-nickname")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")


def nicknames_after_lil(text: str, lex: dict, found: list[tuple[int, int]]) \
        -> list[tuple[int, int]]:
    """"lil j had a rough nite", "lil d n lil mike at the park", "pick up lil man at 3": "lil"
    and a letter (not "a" or "i"), a given name on the lists or a word of
    [nicknames-after-lil] is one nickname, the whole of it, where no determiner stands before
    it ("a lil bit late", "her lil man"), nor across a name found already; a name found
    inside ("mike") gives way to it, in rule_names. A rapper's name is set aside as a famous
    one afterwards ("Lil Wayne")."""
    spans = []
    for match in _LIL_NICKNAME.finditer(text):
        start, end = match.start(), match.end(1)
        word = match.group(1).rstrip(".").lower()
        if len(word) == 1:
            if word in ("a", "i"):
                continue
        elif word in _NOT_LIL_NICKNAMES or word not in _LIL_NICKNAME_WORDS and not (
                (lex.get(word) or 0) & FIRST and not (lex.get(word) or 0) & (FAMILY | ROLE)):
            continue  # (not "lil guy", "lil bro")
        after = _WORD_AFTER.match(text, end)
        if after is not None and after.group(1).lower() in _NOT_AFTER_A_LIL_NICKNAME:
            continue  # "lil bit late", "a lil bit more"
        before = text[:start].rstrip().rsplit(None, 1)
        if before and before[-1].lower() in _DETERMINERS:
            continue
        if any(a < end and start < b and not (start <= a and b <= end) for a, b in found):
            continue  # a name found across its edge
        spans.append((start, end))
    return spans


# A court's caption in capitals, and the party it names: after "IN THE MATTER OF", "IN THE
# INTEREST OF" or "IN RE" (perhaps "THE ADOPTION OF"), or after "v." between parties, words in
# capitals up to a comma, a line's end or the minor they are ("IN THE MATTER OF KOWALCZYK,
# minors", "STATE OF WASHINGTON v. TUILAGI")
_CAPTION_PARTY = re.compile(
    rf"(?:\b(?:{alternation('caption-openings-phrases', transform=str.upper)}):?\s+"
    rf"(?:THE\s+[A-Z]+(?:\s+[A-Z]+)?\s+OF:?\s+)?|\bv\.\s+)"
    r"([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3})"
    rf"(?=,|\s*\n|\s*$|\s+\(|\s+(?:{alternation('caption-party-closers')})\b)")


def parties_of_a_caption(text: str, lex: dict, found: list[tuple[int, int]]) \
        -> list[tuple[int, int]]:
    """"IN THE MATTER OF KOWALCZYK, minors", "IN THE INTEREST OF TUILAGI, a minor child",
    "DEPARTMENT OF HUMAN SERVICES, Petitioner, v. LOPEZ, Respondent": the party a caption in
    capitals names (which, in a line not all in capitals, the rules read as an acronym and
    trim) is a person where each of its words is a name on the lists or on no list, and none
    is a word of an agency, a place, a role or a function ("IN THE INTEREST OF A CHILD", "v.
    DEPARTMENT"). A case cited in title case is another rule's ("Santosky v. Kramer")."""
    spans = []
    for match in _CAPTION_PARTY.finditer(text):
        start, end = match.span(1)
        if any(a < end and start < b for a, b in found):
            continue
        party = match.group(1).lower().replace("’", "'").split()
        flags = [lex.get(word) or 0 for word in party]
        if any(bits & (FUNCTION | ORG | PLACE | ROLE | NOT_NAME | FAMILY | TITLE | MONTH
                       | REGION | STATE | THING)
               or bits & (WORD | COMMON) and not bits & NAME for bits in flags):
            continue  # "A CHILD", "DEPARTMENT", "HUMAN SERVICES"
        spans.append((start, end))
    return spans


def names_in_a_name_field(text: str, toks: list[Token],
                          found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Name: Saint Jones", "Name used at school: Saint", "Preferred name: Lakota", "Child's
    name: Nike": a form's field that asks for a person's name ([name-field-owners],
    [name-field-tail-phrases]) holds one, whatever the lists say of its words (a holiday's, a
    brand's, a people's); its capitalized words up to the line's or the field's end, less a
    title opening them, if they are not all everyday words and none is an organisation's
    ("Name: Client A", "Name: Unknown", "Legal name: Silver Birch Behavioral Health" name no
    one). Not "Agency name:", "School name:"."""
    spans: list[tuple[int, int]] = []
    at = None
    for field in _NAME_FIELD.finditer(text):
        if at is None:
            at = {tok.start: k for k, tok in enumerate(toks)}
        k = at.get(field.end())
        if k is None:
            continue
        while k < len(toks) and toks[k].cap and toks[k].bits & TITLE_ABBR:
            k += 1  # "Name: Mr. Okafor": the name after its title
        first = last = k
        while last + 1 < len(toks) and toks[last + 1].cap \
                and text[toks[last].end:toks[last + 1].start] == " ":
            last += 1
        if first >= len(toks) or not toks[first].cap or toks[first].bits & (ROLE | FUNCTION) \
                or len(toks[first].raw) < 2 \
                or toks[first].raw.isupper() and not _capitals_of_a_name(toks[first:last + 1]):
            continue  # "Name: Client A", "Name: N/A", "Name: UNKNOWN"; not "Surname: ZHANG"
        if _VALUE_GOES_ON.match(text, toks[last].end):
            continue  # "Name: See attached": words, not a name, fill the field
        run = toks[first:last + 1]
        if any(t.bits & ORG and not (t is run[-1] and t.bits & LAST and run[0].bits & FIRST
                                     and len(run) > 1) for t in run) \
                or all(t.bits & (WORD | COMMON) and not t.bits & NAME for t in run):
            continue  # "Legal name: Silver Birch Behavioral Health", "Name: Unknown"; but
            # "Name: Georgia Lane", "Name: Grace Hall": a given name and a surname
        start, end = toks[first].start, toks[last].end
        if not any(s < end and start < e for s, e in found):
            spans.append((start, end))
    return spans


def _capitals_of_a_name(run: list[Token]) -> bool:
    """A name's words typed in capitals, as passports and immigration forms print a surname
    ("Surname: ZHANG", "Family name: AL-HASHIMI"): every word a given name or a surname that
    is no English word, or a word of three letters or more that no list holds; not "UNKNOWN",
    "N/A", "TBD", "CPS"."""
    return all(tok.raw.isupper() and not tok.bits & (WORD | COMMON | NOT_NAME | FUNCTION)
               and (tok.bits & NAME or tok.cls == U and len(tok.raw) >= 3) for tok in run)


# A form's field asking for a person's name: its label at a line's or a cell's start, then a
# colon ("Name:", "Preferred name:", "Child's name:", "Name used at school:", "Name of child:",
# "Surname:", "Given names:")
_NAME_FIELD = re.compile(
    rf"(?:^|(?<=[\n\t|]))[ \t]*(?:[-•*][ \t]*)?"
    rf"(?:(?:{alternation('name-field-owners')})[ \t]+){{0,2}}(?:nick|sur)?names?"
    rf"(?:[ \t]+(?:{alternation('name-field-tail-phrases')}))?[ \t]*:[ \t]*", re.IGNORECASE)


# ... whose value goes on in lowercase words after its capitals ("Name: See attached")
_VALUE_GOES_ON = re.compile(r" [a-z]")


def word_name_in_a_roster(text: str, toks: list[Token], verdicts: dict[int, str],
                          found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Saint - 5, kin", "Lakota - 10, ICWA inquiry sent", "Nike - teen, not the shoe": one
    capitalized word opening a line, a dash, then an age or a word for a young person
    ([bracketed-person-words]): a roster's child, though a rule set the word aside as a
    brand's, a people's or a word's that is a name too. Not a weekday or a month (MONTH),
    people in the plural ("Monday - 10, Tuesday - 12", "Boys - 12, Girls - 9": a tally), nor
    an everyday word on no list of names ("Total - 12", "Section - 5")."""
    spans: list[tuple[int, int]] = []
    taken = covered(found) if found else None
    at = None
    for entry in _ROSTER_ENTRY.finditer(text):
        start, end = entry.span(1)
        if taken is not None and overlaps(taken, start, end):
            continue
        if at is None:
            at = {tok.start: k for k, tok in enumerate(toks)}
        k = at.get(start)
        if k is None or toks[k].end != end or verdicts.get(k, "")[-1:] == "+":
            continue
        tok = toks[k]
        if tok.bits & (MONTH | FUNCTION | ROLE) or _people_in_the_plural(tok.low) \
                or tok.low.endswith("s") and lexicon().get(tok.low[:-1], 0) & (WORD | COMMON) \
                or tok.bits & (WORD | COMMON) and not tok.bits & (FIRST | LAST):
            continue  # (nor an everyday word on no list of names: "Total - 12", "Section - 5")
        spans.append((start, end))
    return spans


# One capitalized word opening a line, a dash, then an age (a number of one or two digits and
# no more) or a word for a young person
_ROSTER_ENTRY = re.compile(
    r"(?m)^([A-Z][a-z]+) [-–] "
    rf"(?:\d{{1,2}}(?:\s*(?:yo|y/o|yrs?|mos?))?(?=[,;)]|\s*$)"
    rf"|(?:the |a )?(?:{alternation('bracketed-person-words')})\b)")


def sign_off(text: str) -> list[tuple[int, int]]:
    """"Can you get someone out today? -D", "Thanks! -KO": a dash and one to three capitals
    closing a note are its writer's initials, unless they are a word of their own ("- OK");
    so are thanks, a comma and the capitals ("Thx, R.", "Thanks, JM")."""
    tail = text[-6:]
    if "-" not in tail and "–" not in tail and "—" not in tail and "~" not in tail:
        # a cheap look: most lines end otherwise (four tests, not a generator's)
        if ", " not in tail:
            return []
        signed = _THANKS_SIGN_OFF.search(text, max(0, len(text) - 24))
        if signed is None or len(signed.group(1)) > 1 and lexicon().get(
                signed.group(1).lower(), 0) & (NOT_NAME | ORG | ROLE | FUNCTION):
            return []  # ("Thank you, IT.", "Thanks, HR": an office thanked)
        return [signed.span(1)]
    signed = _SIGN_OFF.search(text, max(0, len(text) - 8))
    if signed is None or signed.group(1).lower() in _SIGN_OFF_NOT:
        return []
    return [signed.span(1)]


def _one_unknown(text: str, toks: list[Token], span: tuple[int, int]) -> bool:
    word = text[span[0]:span[1]]
    if " " in word:
        return False
    k = bisect_left(toks, span[0], key=_START)
    return k < len(toks) and toks[k].start == span[0] and toks[k].cls == U


def dotted_initials(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"J.R. said he would call", "Discussed: T.M. (age 6)", "with J. R.": two or three
    capitals, each with its full stop, are a person's initials unless they are an
    abbreviation ("U.S.C.", "P.O.", "D.O.B."): few other things are written so."""
    spans = []
    matches = list(_DOTTED.finditer(text))
    abbreviations = [m.group().replace(" ", "").lower().rstrip(".") + "." in _DOTTED_ABBREVIATIONS
                     for m in matches]
    taken = covered(found)  # (read by a binary search: a long text holds many names)
    for k, match in enumerate(matches):
        start, end = match.span()
        if abbreviations[k] and _an_abbreviation_here(text, matches, abbreviations, k):
            continue
        if match.group().count(".") == 3 and _SECTION_AFTER.match(text, end):
            continue  # "per K.S.A. 38-2223": a code of statutes, before its section
        if " " in match.group() and _SPOKEN_NUMBER_AFTER.match(text, end):
            continue  # "form C. F. S. one fifty one", "the I. D. is nine one two ...": a
            # dictated code's letters, read out before its number
        if not overlaps(taken, start, end):
            spans.append((start, end))
    return spans


# a number read out in two words or more, maybe after "is": what a dictated code's letters come
# before ("one fifty one", "nine one two"; not "J. R. one of the kids")
_SPOKEN_NUMBER_AFTER = re.compile(r" (?:is |was )?" + NUMBER_WORDS_IN_A_ROW.pattern)
# a statute's section: "38-2223", "§ 169-C:3", "26.44.030"
_SECTION_AFTER = re.compile(r" (?:§\s?)?\d+[-.:]\d")
_PERSON_VERB_AFTER = re.compile(rf" (?:{alternation('verbs-after-dotted-initials')})\b")


def dotted_initials_in_lowercase(text: str, found: list[tuple[int, int]]) \
        -> list[tuple[int, int]]:
    """"t.j. is at the fp on elm", "k.m. no show", "In my old unit, k.t. kept passwords on a
    sticky note": two or three lowercase letters, each with its full stop, are a person's
    initials, in any line, unless the lists call them an abbreviation ("e.g.", "p.m.",
    "b.i.d."), a number stands before them ("10 a.m.") or a date after them ("b.d. 2/29/16").

    Until the twenty-second session this asked for a line typed all in lowercase and a
    person's verb, "and" or "is" after the letters. The tuning files held 28 such initials
    then, and it found 10; read so, it finds all 28 and flags none of the 33,477 clean
    lines. The abbreviations are a closed list, which grows with what writers use; the
    initials are not."""
    spans = []
    taken = covered(found)  # (read by a binary search: a long text holds many names)
    for match in _LOWER_DOTTED.finditer(text):
        start, end = match.span()
        if match.group() in _DOTTED_ABBREVIATIONS \
                or search_ending_at(_DIGIT_BEFORE, text, start, 1) \
                or _DATE_AFTER.match(text, end) or overlaps(taken, start, end):
            continue
        spans.append((start, end))
    return spans


_LOWER_DOTTED = re.compile(r"(?<![\w.])(?:[a-z]\.){2,3}(?![\w.])")


def capitals_before_an_age(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Drove OK (age 9) and her brother", "The youngest child, DA, age 4, was referred": two
    or three capitals with a child's age right after them, in brackets or between commas, are
    a person's initials, even where a list calls them a word or the work's abbreviation
    (initials_of_a_person asks more of those); not a kin or client word written short, which
    an age follows as often ("GM, 72, health issues", "pt, 12,": [kin-abbreviations]), nor a
    role's letters with an adult's age ("BM (age 29)", "FP, 52,": [role-abbreviations])."""
    spans = []
    taken = covered(found)  # (read by a binary search: a long text holds many names)
    for match in _CAPITALS_BEFORE_AN_AGE.finditer(text):
        start, end = match.span()
        letters = match.group().lower()
        if letters in _KIN_SHORT or overlaps(taken, start, end) \
                or letters in _ROLE_ABBREVIATIONS \
                and int(_DIGITS.search(text, end).group()) >= _ADULT_AGE:
            continue  # (and "BM (age 29)", "FP, 52,": a role written short, with an adult's age)
        spans.append((start, end))
    return spans


_DIGITS = re.compile(r"\d+")
_ADULT_AGE = 18  # (with a child's age, a role's letters are a child's initials: "MD (age 9)")


# (in brackets, an age said to be one: "(age 9)", "(9 yo)"; "UA (2)" counts the tests; not
# after "the": "taken to the ER (age 3)" is the place's)
_CAPITALS_BEFORE_AN_AGE = re.compile(
    r"(?<![\w.&/-])(?<![Tt]he )[A-Z]{2,3}"
    r"(?= \((?:age \d{1,2}|\d{1,2} ?(?:yo|y/o|yrs?|years?))\)"
    r"|, (?:age )?\d{1,2},)")


def a_lone_dotted_initial(text: str, toks: list[Token], found: list[tuple[int, int]]) \
        -> list[tuple[int, int]]:
    """"the K. family", "children A. and Z., ages 5 and 3", "with mom, J., today", "D. ran
    from placement again": one capital with its full stop, no surname after it, is how a
    writer shortens a real person's name; a placeholder is written without the stop ("Child
    A", which LABELS.md leaves unlabelled). Only where the words around it say a person: a
    person's word, a verb of people or a function word before it (not an article, "get an
    A."), or a family's word after it; and never before a capitalized word but "I" (a new
    sentence: "Plan B. Then", "A. Background") or beside other dotted capitals ("U. S.",
    which dotted_initials reads). The word before a letter grade, a vitamin or an exhibit ("Plan",
    "Vitamin", "Exhibit") is none of these."""
    spans = []
    taken = covered(found)  # (read by a binary search: a long text holds many names)
    letters = []  # every letter's span read, for the lists below
    for match in _LONE_DOTTED.finditer(text):
        start, end = match.span(1)
        if overlaps(taken, start, end):
            continue
        k = bisect_left(toks, start, key=_START)
        if k == len(toks) or toks[k].start != start:
            continue  # (the letter glued to a word before it: no word of its own)
        letters.append((start, end))
        after = match.group(2)
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        prev = toks[k - 1] if k else None
        gap = text[prev.end:start] if k else ""
        if k and len(prev.raw) == 1 and prev.raw.isupper():
            gap = gap.removeprefix(".")  # an initial's stop: "J., B. and N."
        opens = k == 0 or gap.strip(" ,(\"“'‘") != ""
        if not opens and prev.cap and not prev.bits & (ROLE | FAMILY | TITLE | FUNCTION):
            continue  # "Plan B.", "Exhibit A. (2)" (not "Youth A. said", "When D. asked")
        if nxt is not None and text[end + 1:nxt.start] == " " and nxt.bits & FAMILY \
                or (_AGE_IN_BRACKETS.match(text, end + 1) if text.startswith(" (", end + 1)
                    and (text[end + 3:end + 4].isdigit() or text[end + 3:end + 6] == "age")
                    else _PERSON_IN_BRACKETS.match(text, end + 1)
                    or _role_in_brackets(text, end + 1)) \
                or text.startswith(_POSSESSIVE_ENDINGS, end + 1):
            # "the K. family", "J., 9,", "R. (9)", "D. (age 9)" (an age, not "C. (75%)"),
            # "R. (bio dad)", "T. (intern)", "V.'s story"
            spans.append((start, end))
            continue
        if after == "(":
            continue  # a bracket that holds no age nor a person's word: "a C. (75%)"
        if gap.strip() == "," and after[:1].islower() and nxt is not None \
                and nxt.bits & PERSON_VERB and not nxt.cap:
            # "In the case we studied, D. ran from placement": a clause's subject after its
            # comma, doing what a person does
            spans.append((start, end))
            continue
        if opens:
            # the line's start, or after a stop, a colon or a dash: the verb after says a
            # person ("D. ran from placement", "D. and R. both said"); an outline's item
            # ("A. the background") has none
            if after[:1].islower() and nxt is not None \
                    and (nxt.bits & PERSON_VERB or nxt.low == "and"):
                spans.append((start, end))
            continue
        if prev.low in _NOT_BEFORE_A_LONE_INITIAL:
            continue  # "an A.", "one C. on her report card"
        if not after or after in _CLOSING_QUOTES:
            # the stop may be the sentence's: "all Bs and one C.", a placeholder's ("I'll
            # call the child \"Client B.\""), unless a person's word in lowercase stands
            # before it ("we just call her baby L.")
            if prev.cap or not prev.bits & (ROLE | FAMILY | TITLE) \
                    and prev.low not in _BEFORE_A_LONE_INITIAL:
                continue
        if prev.bits & (ROLE | FAMILY | TITLE | OBJECT_VERB | STRONG_VERB | FUNCTION) \
                and prev.low not in _LIST_JOINERS or prev.low in _BEFORE_A_LONE_INITIAL:
            # (after "and" or "or", a letter goes with the one before it: "Plan A. and B.",
            # below)
            spans.append((start, end))
    if spans and len(letters) > len(spans):
        # a letter listed with one found is a person too: "for taking N. and O. last night"
        # (forwards, then backwards: "J., B. and N." from any one of them)
        found_here = set(spans)
        for pairs in (zip(letters, letters[1:]), zip(letters[:0:-1], letters[-2::-1])):
            for one, other in pairs:
                if one in found_here and other not in found_here and _LISTED_WITH.fullmatch(
                        text, min(one, other)[1] + 1, max(one, other)[0]):
                    found_here.add(other)
        spans = sorted(found_here)
    return spans


# One capital and its stop: not inside dotted capitals ("A.M.", "U. S.", "J. R."), and then a
# lowercase word, a comma, a bracket, a dash, a quote, a possessive or the text's end (group
# 2: the first character after the spaces, if any)
_LONE_DOTTED = re.compile(r"(?<![\w.&/-])(?<![A-Z]\. )([B-HJ-Z]|A)\.(?![\w.])(?!\s?[A-Z]\.)"
                          r"(?=\s*([a-z,;()\]—–\"”'’-]|I(?![\w.])|$))")
_POSSESSIVE_ENDINGS = ("'s ", "’s ")
_WORD_IN_BRACKETS = re.compile(r" \((?:the |her |his |their )?([a-z]+)\)")


def _role_in_brackets(text: str, at: int) -> bool:
    """Whether one word in brackets at at is a role's or a kin's ("T. (intern)", "J. (the
    mother)"): whose initial stands before it."""
    word = _WORD_IN_BRACKETS.match(text, at)
    return word is not None and bool(lexicon().get(word.group(1), 0) & (ROLE | FAMILY))


_NOT_BEFORE_A_LONE_INITIAL = words("determiners", "not-before-a-lone-initial")
_CLOSING_QUOTES = frozenset("\"”'’")
_BEFORE_A_LONE_INITIAL = words("words-before-a-lone-initial")


def _an_abbreviation_here(text: str, matches: list, abbreviations: list[bool], k: int) -> bool:
    """Whether matches[k], dotted capitals that are also an abbreviation ("A.M.", "D.C."), is
    one here: yes after a number ("10 A.M."); no before a person's age or role in brackets
    ("A.M. (child, 6)"), after a court's caption ("In re A.M.") or in a list beside a
    person's initials ("K.C., D.C., and B.C."). Otherwise three letters are the abbreviation
    ("U.S.C."), and two are initials ("R.N. approved the overtime") unless the words around
    make them the abbreviation (_ABBREVIATION_BEFORE, _ABBREVIATION_AFTER: "the R.N.",
    "Dana Lee, M.D.", "in D.C.").

    Until the twenty-second session two letters were the abbreviation there too. The tuning
    files' two dotted capitals of the list are initials in all but a handful of lines: read
    so, they give 9 names more and no false flag more ("in D.C." is a place: [dotted-places])."""
    start, end = matches[k].span()
    if search_ending_at(_DIGIT_BEFORE, text, start, 1):
        return True
    if _PERSON_IN_BRACKETS.match(text, end) or _caption_before(text, start) \
            or search_ending_at(_IN_RE, text, start, len("in re:")):
        return False  # "In the Matter of A.M.": a court's caption names a person
    before = text[max(0, start - 8):start].split()
    if before and before[-1].rstrip(".:,").lower() in _ROLE_ABBREVIATIONS:
        return False  # "Sup M.O. reminded the unit": a worker, after the worker's role
    before = k > 0 and not abbreviations[k - 1] and _LISTED_WITH.fullmatch(
        text, matches[k - 1].end(), start)
    after = k + 1 < len(matches) and not abbreviations[k + 1] and _LISTED_WITH.fullmatch(
        text, end, matches[k + 1].start())
    if before or after:
        return False  # "K.C., D.C., and B.C.": listed with a person's initials
    letters = matches[k].group().replace(" ", "")
    two = sum(c.isalpha() for c in letters) == 2
    if two and (letters.lower() in _DOTTED_PLACES
                or _ABBREVIATION_BEFORE.search(text, max(0, start - 30), start)
                or _ABBREVIATION_AFTER.match(text, end)):
        return True  # "the R.N. said", "Dana Lee, M.D., signed", "moved to D.C."
    if _PERSON_VERB_AFTER.match(text, end):
        return False  # "M.O. called re: records": a person acts
    return not two  # "R.N. approved the overtime", "Left message for A.M. re: the screen"


# Before two dotted capitals, what makes them the abbreviation: a word of the cue words'
# [before-a-dotted-abbreviation] ("the R.N.", "Sat A.M."), a capitalized word, maybe with a
# comma (a credential after a name: "Dana Lee, M.D."), or an opening quote or bracket; after
# them, a case's "v." ("M.D. v. Abbott"), a closing quote, or a capitalized word ("D.C.
# Superior Court").
_ABBREVIATION_BEFORE = re.compile(
    rf"(?:\b(?i:{alternation('before-a-dotted-abbreviation')})\s+|[A-Z][a-z]+,?\s+"
    r"|[\"“'‘(]\s*)$")
_ABBREVIATION_AFTER = re.compile(r",?\s*(?:v\.|vs\.|[\"”'’])|\s+[A-Z][a-z]")
_DOTTED_PLACES = words("dotted-places")


_LIST_GAPS = (", ", " and ", ", and ", " & ", " n ", "; ")
# A word for people closing the text before a list: "kids Ikran, ...", "Present: KL, ...".
_LIST_HEAD = re.compile(r"\b(?:%s)\s*:?\s*$" % "|".join(sorted(words("people-list-heads"))),
                        re.I)
_LIST_HEAD_REACH = max(map(len, words("people-list-heads")))
_LISTABLE = (N, W1, W2, U)


def _pair_said_to_be_kin(text: str, toks: list[Token], verdicts: dict[int, str],
                         pending: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Ruby and Tuesday are sisters, eight and six": a word set aside for want of context,
    joined by "and" to one capitalized word, the two then said to be kin of each other or a
    family's ("are sisters", "are the parents"), are both names, though the second is a
    weekday, a month or a word no rule took for a name. Taken from pending (names_in_a_list's
    runs set aside by name_in_context)."""
    at = {tok.start: k for k, tok in enumerate(toks)}
    spans = []
    for span in list(pending):
        # (a span taken below as the other of a pair is no longer pending)
        if span not in pending or not text.startswith(" and ", span[1]):
            continue
        k = at.get(span[1] + len(" and "))
        if k is None:
            continue
        other = toks[k]
        if other.cap and not other.poss \
                and (other.cls in (N, W1, W2, U) or other.bits & MONTH) \
                and not other.bits & (ROLE | FUNCTION | TITLE | PLACE | ORG) \
                and _PAIR_OF_PEOPLE.match(text, other.end):
            pending.remove(span)
            spans.append(span)
            if (other.start, other.end) in pending:
                pending.remove((other.start, other.end))  # ("Ruby and Hope are sisters")
            if verdicts.get(k, "")[-1:] != "+":  # (not found already)
                spans.append((other.start, other.end))
    return spans


def names_in_a_list(text: str, toks: list[Token], verdicts: dict[int, str],
                    found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"kids Ikran, Bashir, Hibaaq", "children Dieumerci, Merveille and Glody": a run of words
    that can be names, set aside only for want of context (name_in_context), is a name when a
    comma or "and" joins it to a name found before it, or when it heads a list of names
    after a colon. Places and organisations were set aside by rules of their own and are
    never taken here."""
    pending = []
    listed_names = set()  # pending runs whose words are all on the name lists
    for first, said in verdicts.items():
        if said == "name_in_context" and (first == 0 or verdicts.get(first - 1) != said
                                          or text[toks[first - 1].end:toks[first].start] != " "):
            last = first
            while verdicts.get(last + 1) == said \
                    and text[toks[last].end:toks[last + 1].start] == " ":
                last += 1
            if first == last and toks[first].low in cues_module._OPENERS_BEFORE_A_NAME \
                    and text.startswith(", ", toks[first].end):
                continue  # "Love, Amari", "Best, Dana": a sign-off before the name, no name
            if all(toks[k].cls in _LISTABLE and toks[k].cap and toks[k].low not in _KIN_SHORT
                   for k in range(first, last + 1)):
                pending.append((toks[first].start, toks[last].end))
                if all(toks[k].cls in (N, W1) for k in range(first, last + 1)):
                    listed_names.add(pending[-1])
    spans: list[tuple[int, int]] = []
    if pending and " and " in text:
        spans += _pair_said_to_be_kin(text, toks, verdicts, pending)
    # words on no list, listed after a word for people, are names even with no name beside
    # them: "Kids: Bashiru, Omolade, Yewande", "Present: Oyelaran and Tuilagi" (but
    # "Kosrae, Pohnpei and Majuro come up a lot" are islands); a pair needs two runs
    unknown = [span for span in pending if _one_unknown(text, toks, span)] \
        if len(pending) > 1 else []
    for a, b in zip(unknown, unknown[1:]):
        if text[a[1]:b[0]] in _LIST_GAPS and (search_ending_at(_LIST_HEAD, text, a[0],
                                                               _LIST_HEAD_REACH, ":")
                                              or _PAIR_OF_PEOPLE.match(text, b[1])):
            for span in (a, b):
                if span in pending:
                    pending.remove(span)
                    spans.append(span)
    if not pending or not found and not spans:
        return spans  # nothing left to join, or no name found to join (most lines here)
    ends = {e for _, e in found + spans}
    starts = dict(found + spans)  # where a name starts -> where it ends
    changed = True
    while pending and changed:
        changed = False
        for span in list(pending):
            start, end = span
            # after a name ("Bashir, Hibaaq"), or before one when heading a list after a
            # colon ("kids: Hibaaq, Ikran") or when a name list knows it ("Maria, Dolores
            # and ..."); not a word on no list before a name alone ("out Thurs-Fri, MW")
            # (each gap looked for at its place, not each name's end and start in turn: a
            # long text lists many)
            joined = any(start - len(gap) in ends and text.startswith(gap, start - len(gap))
                         for gap in _LIST_GAPS) or any(
                end + len(gap) in starts and text.startswith(gap, end) and (
                    _colon_before(text, start) or span in listed_names
                    # "Abebech and Mulugeta are the parents"
                    or _PAIR_OF_PEOPLE.match(text, starts[end + len(gap)]))
                for gap in _LIST_GAPS)
            if joined:
                pending.remove(span)
                spans.append(span)
                ends.add(end)
                starts[start] = end
                changed = True
    return spans


def _colon_before(text: str, start: int) -> bool:
    """Whether a colon, then only spaces, stands before start ("kids: Hibaaq")."""
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] == ":"


def initials_listed_together(text: str, toks: list[Token],
                             found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Staff initials on the log: KB, AO, DS", "co-workers JT and KB both saw it", "KM and
    TO will cover": two capitals listed with initials found as a person's are initials too,
    even where a list of abbreviations holds them ("KB") or a word does ("DS", "TO"); never an
    agency, a role, a month, a function word that is an acronym too ("JT and IT fixed it"),
    nor a state's code where states are spoken of. Three capitals listed so are more often the
    work's acronyms: "per JT, ROI sent", "ZS missed IEP".

    Until the twenty-second session no function word was taken ("TO", "IN", "OR"): in
    capitals, listed with initials, they are initials in the tuning files (names 21,726 ->
    21,733, no false flag more)."""
    found_at = set(found)  # (a set: a long text may hold hundreds)
    seeds = [k for k, tok in enumerate(toks) if _initials_found(tok, found_at)]
    people = frozenset(toks[k].start for k in seeds)
    spans: list[tuple[int, int]] = []
    taken = set(seeds)
    while seeds:
        k = seeds.pop()
        for step in (-1, 1):
            j = k + step
            handed = False  # "from KB to DM": "to" between, "from" before the first
            if 0 <= j < len(toks) and toks[j].low == "and":
                j += step  # "JT and KB"
            elif 0 <= j < len(toks) and toks[j].low == "to" and (
                    k > 0 and toks[k - 1].low == "from" if step == 1
                    else j > 1 and toks[j - 2].low == "from"):
                j += step
                handed = True
            if j < 0 or j >= len(toks) or j in taken:
                continue
            a, b = (toks[j], toks[k]) if j < k else (toks[k], toks[j])
            gap = text[a.end:b.start]
            counted = gap[-2:] == ", " and _COUNTED_GAP.fullmatch(gap) is not None
            if (gap in _INITIALS_GAPS or handed and gap == " to " or counted) and not a.poss \
                    and _may_be_listed_initials(text, toks, toks[j], people,
                                                _in_a_roster(text, toks, min(j, k)), counted) \
                    and not (j + 1 < len(toks) and toks[j + 1].low in _DEPARTMENT_NOUNS
                             and text[toks[j].end:toks[j + 1].start] == " "):
                taken.add(j)
                seeds.append(j)
                spans.append((toks[j].start, toks[j].end))
    return spans


# (and a case handed on: "moved from DM → RT", "Swap: OT ↔ PT", "from KM to NP")
_INITIALS_GAPS = (", ", " and ", ", and ", " & ", "/", " / ", " + ", " → ", " -> ", " ↔ ", "→",
                  "->")
# ... and a count after each item's initials ("Staffing list: JW 14, TC 16, RK 19": each
# worker's caseload)
_COUNTED_GAP = re.compile(r" \(?\d{1,3}\)?, ")
_COUNT_AFTER = re.compile(r" \(?\d{1,3}\)?(?![-/:.,]?\w)")
_FUNCTION_ACRONYMS = words("function-words-as-acronyms")  # "IT", "US"


def _initials_found(tok: Token, found: set[tuple[int, int]]) -> bool:
    return 2 <= len(tok.raw) <= 3 and tok.raw.isupper() and (tok.start, tok.end) in found


def _may_be_listed_initials(text: str, toks: list[Token], tok: Token,
                            people: frozenset[int] = frozenset(), roster: bool = False,
                            counted: bool = False) -> bool:
    """people: where the initials found stand, which name no state (_states_talked_of);
    roster: the list fills a field of people (_in_a_roster), where no code is a state's;
    counted: the list gives a count after each item's initials (_COUNTED_GAP), which then
    stand apart with their count after them ("RK 19, LB 11")."""
    return len(tok.raw) == 2 and tok.raw.isupper() and tok.raw.isascii() \
        and tok.raw.isalpha() and not tok.bits & (ORG | ROLE | MONTH) \
        and tok.low not in _ROLE_ABBREVIATIONS and tok.low not in _FUNCTION_ACRONYMS \
        and (_stands_apart(text, tok) or counted and _COUNT_AFTER.match(text, tok.end)
             and not in_capitals(text) and text[tok.start - 1:tok.start] not in _STUCK_BEFORE) \
        and not (tok.bits & STATE_CODE and not roster
                 and _states_talked_of(text, toks, tok, people))


def _in_a_roster(text: str, toks: list[Token], k: int) -> bool:
    """Whether the capitals at k stand in a list that fills a field of people ("Present: AT,
    IN, ME, SO", "Attendees: KT, OK"): only capitals and the list's gaps between the field's
    word and them. Maine and Indiana are in no meeting's roll."""
    while k > 0 and text[toks[k - 1].end:toks[k].start] in _INITIALS_GAPS \
            and toks[k - 1].raw.isupper() and 2 <= len(toks[k - 1].raw) <= 3:
        k -= 1
    return k > 0 and toks[k - 1].low in _ROLE_FIELD_WORDS \
        and text[toks[k - 1].end:toks[k].start] == ": "


# After two capitals in a list, a word that makes them a department's ("KT, IN, HR rep")
_DEPARTMENT_NOUNS = words("department-nouns-after-letters")


def _town(toks: list[Token], first: int, last: int) -> int:
    """The run without the agency words that close it, "Warren PD" -> "Warren", nor a pronoun
    (which trim_openers_and_closers would trim): "When I moved from Madison I brought ...",
    nor a state's code in capitals: "moved to Boston MA", "from Austin TX"."""
    while last > first and (toks[last].bits & AUTHORITY
                            or toks[last].cls == X and toks[last].bits & FUNCTION
                            or toks[last].bits & STATE_CODE and toks[last].raw.isupper()
                            and len(toks[last].raw) == 2):
        last -= 1
    return last


def _kin_or_role_after_a_possessive(toks: list[Token], i: int) -> bool:
    """Whether a kin's or a role's word, maybe after one everyday word, follows the possessive
    at toks[i] ("Bug's therapist", "Peanut's foster mom"): whose kin or worker."""
    for k in (i + 1, i + 2):
        if k >= len(toks) or toks[k].cap:
            return False
        if toks[k].bits & (ROLE | FAMILY):
            return True
    return False


def _double_surname_acts(ctx: Context) -> bool:
    """'Rivers-Hall called', 'Ask Young-Park before you post', 'I handed it to Fields-King',
    'Hall-Bishop's report': a double surname of two words standing alone is a person's where
    a person's cue stands beside it; not a brand's or a town's ("Harley-Davidson makes",
    "drove to Winston-Salem", which the lists hold whole)."""
    return bool(ctx.any_cue(strong_verbs=True) or ctx.object_of_verb()
                or ctx.possessive(any_noun=True) or predicate_cue(ctx) or from_cue(ctx)
                or ctx.verb_after(strong=False) or ctx.and_person())


def _double_surname(tok: Token) -> bool:
    """'Banks-Freeman', 'Young-Price': two capitalized surnames joined by a hyphen, which
    tokens._bits_of reads as an everyday compound when both are words too ("Parent-Child"):
    after a title or a given name that is no English word, a person's double surname."""
    if "-" not in tok.raw:
        return False
    lex = lexicon()
    return all(part.istitle() and (bits := lex.get(part.lower(), 0)) & LAST
               and not bits & FUNCTION for part in tok.raw.split("-"))


def _after_title(toks: list[Token], first: int, last: int) -> tuple[int, int] | None:
    """The name's first and last token after a title: 'Nurse Practitioner Smith' -> 'Smith';
    'Officer Friendly' -> None.
    A surname that is also a word of colour, language or faith counts here: "Ms. White"; in
    capitals too where all the words after the title are ("ADOPTION OF BABY GIRL RIVERA"),
    not where the word alone is ("Officer CASA"), nor an everyday word ("THE JUDGE ORDERED THE
    RECORDS")."""
    shouted = all(toks[k].raw.isupper() for k in range(first, last + 1))

    def word(tok: Token) -> bool:
        if tok.particle:
            return True
        if tok.cls not in (X, S) or tok.bits & MONTH or _double_surname(tok):
            return False
        # in capitals, not an everyday word: "THE JUDGE ORDERED THE RECORDS PRODUCED"
        return not (tok.bits & NAME and not tok.bits & (ROLE | TITLE | FUNCTION)
                    and (shouted and not tok.bits & COMMON or not tok.raw.isupper()))

    while first <= last and word(toks[first]):
        first += 1
    while last >= first and word(toks[last]):
        last -= 1
    if first > last:
        return None
    return first, last
