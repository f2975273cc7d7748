"""Names typed in lowercase or in capitals, and possessives typed without their apostrophe.

Lowercase text drops the capital that marks most names, so a lowercase word needs more context
the more it reads as an ordinary word:

- a given name that is no English word ("i talked to keisha") counts as it is;
- a name that is mainly a name but also an everyday word ("jack", "sue", "ray", "maria") counts
  only as a person talked to ("talked to maria", "asked ray"), after a title, or before a
  person's verb ("ray said") or a person's noun ("jack's mom"): "wants to jack up his grades",
  "will sue the landlord" and "a ray of good news" are words;
- a name that is a common word first ("hope", "grace") or a word on no list counts only
  before a person's verb ("grace told me", "lakeisha said"); a given name that is a common word
  also as the person spoken to when no noun follows ("asked hope if she wanted", "talked to
  grace after school", but "talked to summer school staff"), opening a sentence before a verb
  and his/her/their ("hunter got his learner's permit", but "rose early"), or after a kin word
  ("her lil brother mason told me");
- a surname that is no word of another sort counts doing what people do ("nguyen said"), as
  a family ("the yazzie kids") or spoken to ("called begay"); a word on no list at all counts
  as the person spoken to ("texted abdirahman", "met with nhia") or cared for ("picked up
  tariku", "visit w/ kemem"), opening a sentence before a person's predicate ("kemem is sick"),
  joined in chat to another name before "r" ("kemem n lijon r fighting"), with a bare
  possessive before a person's noun ("tarikus dad"); and in the plural after "the", as a
  family ("omw to the tsosies");
- a surname that is also a word counts as the person spoken to or cared for ("talked to price
  about", "visit w brooks went long") or opening a sentence before "family" and a verb ("moody
  family called"); a given name after "and" or chat "n" and a name just found counts too
  ("dropped off joy and rose"), and "will" only in chat's "n" ("me n will r covering");
- a town's name where a place fits ("we moved to tulsa", "her aunt in florence") is a town.

Names in capitals ("MARIA GONZALEZ" on a fax cover) count only as a given name that is no
everyday word followed by one or two more names, so shouted sentences and acronyms stay clear.
"""

from __future__ import annotations

import re

from .context import LOWER_TITLES, NAMING_PAIRS, NAMING_WORDS, NICKNAMING, POSSESSED, Context
from .cues import (ASKING, BIRTH_RECORDS, IDIOM_OPENING, MODAL_MONTHS, PERSON_ACT_PAIRS,
                   VERB_OR_SEASON_NAMES, WHEREABOUTS, a_wish, acts_then_pronoun,
                   asked_whether_they_did, at_work, from_cue, greeted, kept_a_month, past_tense,
                   person_signs, predicate_cue, refuses_to_act, role_predicate)
from .lexicon import (ALSO_WORD, COMMON, FAMILY, FIRST, FUNCTION, LAST, MONTH, NAME, NOT_NAME,
                      OBJECT_VERB, ORG, PARTICLE, PERSON_VERB, PLACE, RARE_GIVEN, REGION, ROLE,
                      STATE_CODE, STRONG_VERB, THING, TITLE, WORD, lexicon)
from .mixed_languages import little_words
from .places import place_context
from .streets import is_street
from .tokens import (INITIALS_BITS, L_ACTS, L_ADDRESSED, L_ALSO, L_CHAT_VERB, L_GIVEN, L_GIVEN_S,
                     L_MONTH, L_SURNAME, L_SURNAME_OPENING, L_SURNAME_WORD, L_TITLED, L_UNLISTED,
                     L_UNLISTED_POSS, L_UNLISTED_S, L_WORD_NAME, LOWER_NOT_GIVEN, LOWER_VIRTUES,
                     PHRASAL_PARTICLES, Token, lowercase_tests)
from .text_wide import in_lowercase
from .town_cues import in_chat as town_in_chat
from .word_uses import person_in_brackets_after, role_in_brackets_after
from .wordlists import alternation, entries, words

# Verbs after which a lowercase word that is mainly a name is the person spoken to.
TALKED_TO = words("talked-to-verbs")
COUNTY_NOUNS = words("county-nouns")
_PLACES_AND_OFFICES = words("places-and-offices-spoken-to")
_TALKED_WITH = words("talked-with-verbs")
_CHECKED_ON = words("checked-on-verbs")
_COVER_VERBS = words("cover-for-verbs")  # "cover for hunter", "subbing for grace"
_NOT_GIVEN = LOWER_NOT_GIVEN  # roles, agencies, months, titles, verbs, particles
# "checked in with", "caught up with", "followed up with": a particle between verb and "with".
_PHRASAL = PHRASAL_PARTICLES
_PHRASAL_VERBS = _TALKED_WITH | words("phrasal-verbs")
_OWNERS = words("owners")
# Before a kin word: whose it is or what sort ("her lil brother", "his big sister").
_KIN_BEFORE = _OWNERS | words("kin-describers")
_KIN_ADJECTIVES = words("role-adjectives")
_THIRD_PERSON_OWNERS = words("third-person-owners")  # "hunter got his learner's permit"
# A lowercase word with one of these may be a name (given, word-name, surname): made once,
# not for every word of every line.
_CANDIDATE_BITS = FIRST | ALSO_WORD | LAST
# The tests of lowercase_names after the first two (tokens.lowercase_tests)
_CHAIN = (L_ALSO | L_ACTS | L_ADDRESSED | L_MONTH | L_WORD_NAME | L_CHAT_VERB | L_SURNAME_OPENING
          | L_SURNAME_WORD | L_UNLISTED_S | L_GIVEN_S | L_SURNAME | L_UNLISTED | L_UNLISTED_POSS)


_OBJECT_PRONOUNS = words("object-pronouns")
_SEASONS = words("seasons")  # "plan the visits for summer"


def _talked_to(text: str, toks: list[Token], i: int) -> bool:
    """'asked ray', 'talked to maria', 'met with sue': the word is the person spoken to."""
    if i == 0 or text[toks[i - 1].end:toks[i].start] != " ":
        return False
    prev = toks[i - 1]
    if prev.low in TALKED_TO and (not prev.cap or prev.initial and toks[i].bits & FIRST):
        # (or opening a sentence, before a given name: "Text grace at 555-0163 when the file
        # is ready"; not "Call list:", "Text messaging with clients")
        # but not the verb's noun after an article or an owner: "a text line for reports",
        # "the call center on the 3rd floor", "my call list"; nor a comparison's word, "please
        # call rather than write"
        # nor after a participle that makes the verb a noun: "the shared drive link", "a
        # missed call list"; nor a list's heading, a word no given name before its colon
        # ("cc list: Legal; Records")
        return (i < 2 or toks[i - 2].low not in _DETERMINERS
                and not _participle_before_a_noun(toks[i - 2], prev)
                or text[toks[i - 2].end:prev.start] != " ") \
            and not text.startswith(" than ", toks[i].end) \
            and not (text.startswith(":", toks[i].end) and not toks[i].bits & FIRST)
    if prev.low == "for" and i >= 2 and (toks[i - 2].low in _COVER_VERBS or (
            toks[i - 2].low in _FOR_A_CHILD and text[toks[i].end:toks[i].end + 4] != " of "
            and toks[i].low not in _SEASONS)) \
            and text[toks[i - 2].end:prev.start] == " ":
        # "can u cover for hunter at 2": the worker away; "visit for angel and miracle moved
        # to thurs": the child a visit or a ride is for (not "a visit for hope of ...")
        return True
    if prev.low == "on" and i >= 2 and toks[i - 2].low in _CHECKED_ON \
            and text[toks[i - 2].end:prev.start] == " ":
        return True  # "can someone check on grace"
    if prev.low not in ("to", "with") or i < 2 or text[toks[i - 2].end:prev.start] != " ":
        return False
    if prev.low == "to" and i + 1 < len(toks) and toks[i + 1].low in _OBJECT_PRONOUNS \
            and text[toks[i].end:toks[i + 1].start] == " ":
        return False  # "said to reach him at the shop": a verb, then its object
    verb = toks[i - 2]
    if prev.low == "to" and verb.low in _THINGS_HANDED and i >= 3 \
            and text[toks[i - 3].end:verb.start] == " " and toks[i - 3].low in _TALKED_WITH:
        return True  # "sent it to crystal on the secure portal", "gave them to will"
    if prev.low == "to" and verb.low in _BEFORE_AN_INFINITIVE and toks[i].bits & COMMON:
        return False  # "mom said to wait in the car", "she asked to bill it": a verb
    return verb.low in _TALKED_WITH or (
        verb.low in _PHRASAL and i >= 3 and toks[i - 3].low in _PHRASAL_VERBS
        and text[toks[i - 3].end:verb.start] == " ")


def _participle_before_a_noun(word: Token, verb: Token) -> bool:
    """'shared' of "the shared drive link": a word in lowercase ending in "ed" before a verb
    of talking's plain form, which is then a noun ("drive", "call", "text") that the
    participle qualifies; not "texted" or "called" themselves before a name."""
    return not word.cap and word.low.endswith("ed") and not verb.low.endswith("ed")


def _cared_for(text: str, toks: list[Token], i: int) -> bool:
    """'picked up tariku', 'drove akoni to practice', 'visit w/ kemem': a word no list knows
    after a verb of taking care of someone, maybe with its particle, or after chat "w/"."""
    if i == 0 or toks[i].low[-1] == "s":
        return False  # "brought samosas": a plural is a thing
    if _after_chat_with(text, toks, i):
        return True
    prev = toks[i - 1]
    if text[prev.end:toks[i].start] != " " or prev.cap or not _no_noun_after(text, toks, i):
        return False  # "brought jollof rice": a dish
    if prev.low in _CARE_VERBS:
        return True
    return (prev.low in _PHRASAL_CARE and i >= 2 and toks[i - 2].low in _CARE_VERBS
            and text[toks[i - 2].end:prev.start] == " ")


def _named_or_kin_titled(text: str, toks: list[Token], i: int) -> bool:
    """'a youth named destiny', 'she goes by daisy', 'calls grandma rose', 'the mom, crystal,
    was using': the word after a word or two of naming, after a kin title typed in lowercase,
    or set off by commas after a kin or role noun."""
    if i == 0:
        return False
    prev = toks[i - 1]
    gap = text[prev.end:toks[i].start]
    if prev.cap or prev.poss:
        return False
    if gap == " " and prev.low in NAMING_WORDS:
        # "called" is also a verb of phoning: "a program called summer bridge" names a thing
        return prev.low not in TALKED_TO or _no_noun_after(text, toks, i)
    if gap == " " and (prev.low in NICKNAMING or i >= 2 and (toks[i - 2].low, prev.low)
                       in NAMING_PAIRS and toks[i - 2].low != "names"
                       and text[toks[i - 2].end:prev.start] == " "):
        # "she goes by daisy now", "we call him bear", "nicknamed peanut"; not "their names
        # are beautiful", said of names in general
        return True
    if gap == " " and prev.bits & TITLE and prev.bits & ROLE:
        # (not after an article, where the title is a noun: "with the judge able to close")
        return i < 2 or toks[i - 2].low not in _DETERMINERS
    # (after a role in the plural, in a list of things: "number of siblings, job, season")
    return (gap == ", " and bool(prev.bits & ROLE) and prev.low not in _KIN_ADJECTIVES
            and text[toks[i].end:toks[i].end + 1] == ","
            and not (toks[i].bits & COMMON and _a_plural_noun(prev)))


_ANIMALS = words("animal-nouns")


def _after_chat_with(text: str, toks: list[Token], i: int) -> bool:
    """'kids r w/ grace now', 'visit w brooks went long': "w/" or a lone "w", chat's "with",
    right before the word; not what a child was hurt or threatened with, or bears ("hits
    2yo w/ belt", "brought in w/ burns": [harm-nouns-after-with])."""
    return i > 0 and toks[i - 1].low == "w" and not toks[i - 1].cap \
        and text[toks[i - 1].end:toks[i].start] in ("/ ", " ") \
        and toks[i].low not in _HARM_NOUNS


_HARM_NOUNS = words("harm-nouns-after-with")


def _unlisted_acts(text: str, toks: list[Token], i: int) -> bool:
    """'kemem is sick today', 'lijon got suspended', 'kemem n lijon r fighting': a word no list
    knows, opening a sentence before what is said of a person, or joined by chat "n" to
    another such word before chat "r" ("are")."""
    n = len(toks)
    prev = toks[i - 1] if i else None
    if prev is None or _ENDS_SENTENCE.search(text, prev.end, toks[i].start) \
            or _opens_a_message(text, toks, i):
        alone = Context(text, toks, i, i)
        if predicate_cue(alone) or person_signs(alone):
            return True
        nxt, verb = (toks[i + 1], toks[i + 2]) if i + 2 < n else (None, None)
        if nxt is not None and nxt.low == "got" and verb.low.endswith("ed") \
                and text[toks[i].end:nxt.start] == " " and text[nxt.end:verb.start] == " ":
            return True  # "lijon got suspended"
        if nxt is not None and nxt.low in _ADVERBS and verb.low in _UNLISTED_VERBS \
                and text[toks[i].end:nxt.start] == " " and text[nxt.end:verb.start] == " ":
            return True  # "kiosi finally ate something"
    # "kemem n lijon r fighting": two words joined in chat, then "r"
    for a, b in ((i, i + 2), (i - 2, i)):
        if a < 0 or b + 1 >= n or toks[a + 1].low not in _CHAT_AND or toks[b + 1].low != "r":
            continue
        other = toks[b] if a == i else toks[a]
        if not other.cap and (not other.bits or other.bits & FIRST) and all(
                text[toks[k].end:toks[k + 1].start] == " " for k in range(a, b + 1)):
            return True
    return False


def _unlisted_possessive(text: str, toks: list[Token], i: int, lex: dict[str, int]) -> bool:
    """'tarikus dad', 'hi its lijons foster mom': a word no list knows with an s and no
    apostrophe, its stem on no list either, before a person's noun."""
    return lex.get(toks[i].low[:-1]) is None and _person_noun_after(text, toks, i, " ")


_CARE_VERBS = words("care-verbs")
_PICK_UP = words("pick-up-verbs")  # "dropping faith off"
_FAMILY_WORDS = words("family-after-a-surname")  # "banks family is asking"
_GIVING = words("giving-verbs")  # "gave hope a reason": no care for a word-name
_UNLISTED_VERBS = words("unlisted-subject-verbs")
_PHRASAL_CARE = words("care-verb-particles")
# Before a surname that is also a word, what may make it a person spoken to or cared for: read
# first, so that the many such words ("long", "young") cost one look-up.
_BEFORE_SPOKEN_TO = TALKED_TO | _CARE_VERBS | _PHRASAL_CARE | _PHRASAL | words(
    "before-a-person-spoken-to")


def _no_noun_after(text: str, toks: list[Token], i: int) -> bool:
    """'asked hope if ...', 'talked to grace after school', 'met with dawn.', 'call
    rahmatullah b4 5', 'spoke to grace briefly': the word is not a noun's modifier ("talked to
    summer school staff"); a letter alone after it is chat ("b4", "n", "r", "u"); an adverb
    (on [adverbs], or in "-ly" on no list of names, roles or families) says how one spoke."""
    if i + 1 >= len(toks) or text[toks[i].end:toks[i + 1].start] != " ":
        return True
    nxt = toks[i + 1]
    return bool(nxt.bits & FUNCTION) or len(nxt.raw) == 1 or not nxt.cap and (
        nxt.low in _ADVERBS or nxt.low.endswith("ly")
        and not nxt.bits & (NAME | ROLE | FAMILY | ORG))


def _kin_before(text: str, toks: list[Token], i: int) -> bool:
    """'gma rose', 'bio dad jebro', 'her sis eh': a kin or role noun in lowercase right before
    the word, not a kin adjective ("foster", "bio") and not a possessive ("mom's")."""
    if i == 0:
        return False
    prev = toks[i - 1]
    return (bool(prev.bits & ROLE) and not prev.cap and not prev.poss
            and prev.low not in _KIN_ADJECTIVES and text[prev.end:toks[i].start] == " ")


def _after_a_kin_title(text: str, toks: list[Token], i: int) -> bool:
    """'talked to nana rose', 'auntie sandy cant do tues', 'Tia grace here': a kin word used as
    a title right before the word, in lowercase (or capitalized by a phone at a message's
    start): the title says a person is named, whatever follows. The word must be a given name
    no rarer than most, not a word of another language that a few babies were given ("la
    abuela dijo", "abuela que"), nor one on no list ("la tía vive en")."""
    if i == 0 or not toks[i].bits & FIRST or toks[i].bits & RARE_GIVEN:
        return False
    prev = toks[i - 1]
    return (prev.low in _KIN_TITLES and not prev.poss and (not prev.cap or prev.initial)
            and text[prev.end:toks[i].start] == " ")


_KIN_TITLES = words("kin-titles")
_OFFICE_TITLES = words("lowercase-office-titles")
_NOT_AFTER_AN_OFFICE = words("not-after-an-office-title")
_DICTATED_MARKS = words("dictated-marks")
_BEFORE_MISS_AS_A_TITLE = words("before-miss-as-a-title")


def _birth_record_after(text: str, toks: list[Token], i: int) -> bool:
    """A date of birth's or an SSN's word right after word i, then its digits ("faith dob
    8/1/20", "june d.o.b 6/1/17"): whose they are, wherever the word stands in the line."""
    if i + 1 >= len(toks) or toks[i + 1].low not in BIRTH_RECORDS \
            or text[toks[i].end:toks[i + 1].start] != " ":
        return False
    rest = text[toks[i + 1].end:toks[i + 1].end + 4]
    return any(c.isdigit() for c in rest)


def _record_for(text: str, toks: list[Token], i: int) -> bool:
    """After "for", word i as the holder of a record just named: its number, "#", or a
    personal record's word before "for" ("new # for grace", "medicaid # mc-5512098 for june",
    "dob for hope is wrong"); not "a ride for grace", which _talked_to reads."""
    if i == 0 or toks[i - 1].low != "for" or text[toks[i - 1].end:toks[i].start] != " ":
        return False
    before = text[max(0, toks[i - 1].start - 14):toks[i - 1].start].rstrip()
    if not before:
        return False
    if before[-1] == "#" or before[-4:].isdigit():
        return True  # (a record's number, four digits or more: not "room 4 for hope")
    # the word just before "for", with only spaces between
    return i >= 2 and toks[i - 2].low in _PERSONAL_RECORDS \
        and not text[toks[i - 2].end:toks[i - 1].start].strip()


def _word_name_acts(text: str, toks: list[Token], i: int) -> bool:
    """A given name that is also a common word, with a person's context (module docstring)."""
    if spoken_to_or_cared_for(text, toks, i) or _with_me(text, toks, i) \
            or _picked_up_or_dropped_off(text, toks, i) \
            or _named_or_kin_titled(text, toks, i) or _and_own_kin(text, toks, i) \
            or _pair_of_people(text, toks, i) or _before_a_surname(text, toks, i) \
            or _asked_about(text, toks, i) or (text.startswith(" (", toks[i].end)
                                                and person_in_brackets_after(text, toks[i])) \
            or _things_listed_for(text, toks, i):
        return True
    n = len(toks)
    prev = toks[i - 1] if i else None
    if toks[i].poss:
        # "grace's visit moved to tues", "hope's mom called": a person's noun after the
        # possessive, no determiner before it ("the will's terms")
        return (prev is None or prev.low not in _DETERMINERS) and _person_noun_after(
            text, toks, i, text[toks[i].end:toks[i].end + 2] + " ")
    nxt = toks[i + 1] if i + 1 < n else None
    if text[toks[i].end + 1:toks[i].end + 2].isdigit() and _opens_sentence(text, toks, i) \
            and person_signs(Context(text, toks, i, i)):
        return True  # "destiny 14 asked me to delete the pic": a child's age after the name
    if text[toks[i].end + 1:toks[i].end + 4].lstrip("@ ")[:1].isdigit() \
            and _AT_A_TIME.match(text, toks[i].end) and toks[i].low not in _NOT_WHOSE \
            and toks[i].low not in LOWER_VIRTUES and not toks[i].bits & MONTH \
            and _opens_sentence(text, toks, i):
        # "king 2pm", "sage 3:45 bus stop", "sky @ 10:30": when, in a day's list (not a
        # virtue: "faith 7pm service")
        return True
    if nxt is None or nxt.cap or text[toks[i].end:nxt.start] != " ":
        return False
    if i == 1 and toks[0].low in ("is", "was") and not text[:toks[0].start] \
            and text[toks[0].end:toks[i].start] == " " and nxt.low == "still" and i + 2 < n \
            and toks[i + 2].low in _STAYING_WITH and text[nxt.end:toks[i + 2].start] == " ":
        return True  # "is honor still at the shelter??", "is faith still w the aunt": where
        # a child stays, asked as a message opens
    if _opens_sentence(text, toks, i):
        if nxt.low in _STATES_WITHOUT_IS and not toks[i].bits & MONTH \
                and (i + 2 >= n or text[nxt.end:toks[i + 2].start] != " " or
                     not toks[i + 2].bits & (COMMON | WORD) or toks[i + 2].bits & FUNCTION
                     or toks[i + 2].low in _ADVERBS):
            return True  # "grace sleeping finally", "faith sick today" (not a noun after the
            # state: "hope sick days")
        if _said_of_a_person(text, toks, i):
            return True
        if acts_then_pronoun(text, toks, i):
            return True
        if nxt.low in _WORD_NAME_VERBS and (i + 2 >= n or toks[i + 2].low != "to"
                                            and toks[i + 2].low not in _THIRD_PERSON_OWNERS):
            return True  # "grace starts kinder in the fall", "ivy needs new shoes"
        if i + 2 < n and (nxt.low, toks[i + 2].low) in PERSON_ACT_PAIRS \
                and text[nxt.end:toks[i + 2].start] == " ":
            return True  # "chance ran from placement again", "major fell asleep in the car"
        if nxt.low in _WHOSE_RECORD and toks[i].low not in _NOT_WHOSE \
                and not toks[i].bits & MONTH:
            return True  # "grace visit moved to thurs", "hunter pickup at 3": whose, as notes say
        if nxt.low in ("is", "was") and i + 4 < n and toks[i + 2].low in _STAYING_WITH \
                and (toks[i + 3].low in _THIRD_PERSON_OWNERS or toks[i + 3].low == "the") \
                and (toks[i + 4].bits & (FAMILY | ROLE) or toks[i + 4].low in _KIN_SHORT_S):
            # "hunter is at his aunts til mon", "sky is w her dad this wknd": staying with
            # kin ("faith is at her core" is none)
            return True
        if nxt.low in ("is", "was") and i + 3 < n and toks[i + 2].low in ("at", "in") \
                and _in_care_place(text, toks, i + 3):
            return True  # "serenity is at the NICU still", "august is in the hosp"
        # "hunter got his learner's permit": a verb, then whose
        k = i + 1
        if nxt.low in _ADVERBS and i + 2 < n:
            k = i + 2
        if toks[k].bits & PERSON_VERB and not toks[k].cap and k + 2 < n \
                and toks[k + 1].low in _THIRD_PERSON_OWNERS \
                and text[toks[k].end:toks[k + 1].start] == " ":
            # a thing owned, not "faith got her through it", "hope kept her going"
            owned = toks[k + 2]
            return not owned.bits & FUNCTION and not owned.low.endswith("ing")
        return False
    # "her lil brother mason told me", "my sister grace is visiting", "bio mom crystal tested
    # pos": a kin word and what sort, the name, then a person's verb or a verb in the past
    return (bool(prev.bits & ROLE) and not prev.cap and prev.low not in _KIN_ADJECTIVES
            and not prev.poss and text[prev.end:toks[i].start] == " " and i >= 2
            and (toks[i - 2].low in _KIN_BEFORE or toks[i - 2].low in _KIN_ADJECTIVES)
            and bool(nxt.bits & PERSON_VERB or nxt.low.endswith("ed")))


def _things_listed_for(text: str, toks: list[Token], i: int) -> bool:
    """'for destiny: size 10 shoes, 7/8 pants', 'for chance: medicaid card, shot record': a
    list's head opening its line, "for" and the word before the colon, names whom the things
    listed are for; not a month or a season, which heads a plan's list too ("for june: the
    new calendar", "for summer: camp forms")."""
    return i >= 1 and toks[i - 1].low == "for" and text.startswith(":", toks[i].end) \
        and text[toks[i - 1].end:toks[i].start] == " " and not toks[i].bits & MONTH \
        and toks[i].low not in _SEASONS and _opens_sentence(text, toks, i - 1)


def _asked_about(text: str, toks: list[Token], i: int) -> bool:
    """'did hunter sign the ROI', 'has joy called back': a question opening a message, "did"
    or "has", the word, then a verb only a person does ("did summer go by fast" and "did hope
    make a difference" stay words: "go" and "make" are not on the lists)."""
    if i == 0 or i + 1 >= len(toks) or toks[i - 1].low not in _QUESTION_AUXILIARIES \
            or not _opens_sentence(text, toks, i - 1) \
            or text[toks[i - 1].end:toks[i].start] != " " \
            or text[toks[i].end:toks[i + 1].start] != " ":
        return False
    return toks[i + 1].low in _BASE_VERBS or toks[i + 1].low in _ASKED_VERBS


_QUESTION_AUXILIARIES = words("question-auxiliaries")
_BASE_VERBS = words("person-verbs-base")
_ASKED_VERBS = words("asked-about-verbs")


def _before_a_surname(text: str, toks: list[Token], i: int) -> bool:
    """'jade rivera is on the list', 'hope nakamura called': a word-name opening a sentence
    before a surname that is nothing but a surname is a person's full name, typed in
    lowercase. Only at the opening: "marisol dot ortega at example dot org" spells an address."""
    if i + 1 >= len(toks) or toks[i].poss or text[toks[i].end:toks[i + 1].start] != " " \
            or not _opens_sentence(text, toks, i):
        return False
    nxt = toks[i + 1]
    return not nxt.cap and bool(nxt.bits & LAST) and not nxt.bits & _SURNAME_ONLY_NOT \
        and len(nxt.raw) > 2


# What a surname must not also be to make the word before it a given name ("grace period",
# "summer camp", "faith lutheran"): a word, a place, a role, a function word, a given name.
_SURNAME_ONLY_NOT = COMMON | WORD | ALSO_WORD | FIRST | PLACE | ORG | LOWER_NOT_GIVEN | FUNCTION


def _month_named(text: str, toks: list[Token], i: int) -> bool:
    """'april said she wont sign', 'june the foster mom is awesome', '@june did u get it',
    'june has strep so the visit is off', 'tell april to start without me': a month that is
    also a given name, typed in lowercase, names a person only where nothing but a person
    fits: mentioned with "@", or opening a sentence before a verb only people do or before
    "the" and a role, or with what makes any everyday word a given name (_word_name_acts);
    never after a word that keeps a month ("in june", "by april", "the visits for june"),
    before a day or a year ("june 5th") or joined to a month that is no name ("june and
    july"), and not "may", a modal first ("the judge may close them"). Not "in june the
    foster mom moved", "may the gal see the file".

    Until the twenty-second session only the first three were read. With the word-names'
    tests, the tuning files give 16 names more and no false flag more (names 21,665 ->
    21,681 of 23,142)."""
    tok = toks[i]
    before = text[toks[i - 1].end:tok.start] if i else text[:tok.start]
    if before.endswith("@") and (not i or before != "@"):
        return True
    if kept_a_month(text, toks, i):
        return False  # "in june", "by april", "june 5th", "april, 2024": the month
    if tok.low not in MODAL_MONTHS and not (i and toks[i - 1].low in _BEFORE_A_LOWER_MONTH) \
            and not _beside_a_month(text, toks, i) and _word_name_acts(text, toks, i):
        return True
    if tok.poss or not _opens_sentence(text, toks, i) or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return (text[tok.end:nxt.start] == " " and not nxt.cap and bool(nxt.bits & STRONG_VERB)
            or _role_after_the(text, toks, i) or at_work(Context(text, toks, i, i)))


_BEFORE_A_LOWER_MONTH = words("before-a-month-in-lowercase")
_HANDLES_OF_NO_ONE = words("handles-of-no-one")
_MONTH_JOINERS = (" and ", " or ", ", ", " to ", " n ", " & ", " - ")


def _beside_a_month(text: str, toks: list[Token], i: int) -> bool:
    """"the visits for june and july", "june - july": a month joined to a month that is no
    given name is a month ("june and august" may still be two children)."""
    for k in (i - 2, i + 2):
        if 0 <= k < len(toks) and toks[k].bits & MONTH and not toks[k].bits & FIRST \
                and text[toks[min(i, k)].end:toks[max(i, k)].start] in _MONTH_JOINERS:
            return True
    return False


def _pair_of_people(text: str, toks: list[Token], i: int) -> bool:
    """'hope and faith are twins': two given names joined by "and" (chat's "n", "&", "+",
    "/"), maybe with more after ("summer / sky / joy all need bus passes"), then what they
    are, or where."""
    for a, b in ((i, i + 2), (i - 2, i), (i, i + 1), (i - 1, i)):
        if a < 0 or b >= len(toks) or not toks[a].bits & FIRST or not toks[b].bits & FIRST:
            continue
        joiner = text[toks[a].end:toks[b].start]
        if joiner not in ((" and ", " n ") if b == a + 2 else _CHAT_JOINERS):
            continue  # (chat's "n": "sandy n brandy are sisters")
        if PAIR_OF_PEOPLE.match(text, toks[b].end):
            return True
        if joiner == " and " and _BOTH_PLACED.match(text, toks[b].end):
            return True  # "grace and joy both at the fp now": two children, where they live
        if joiner != " and " or in_lowercase(text) and not (toks[a].low in LOWER_VIRTUES
                                                        and toks[b].low in LOWER_VIRTUES):
            # "river n sky both have dentist appts", "grace & ivy both need visits", and in a
            # message typed in lowercase "hope and will are both out today" (but two virtues
            # joined by "and" are as often words: "faith and hope are both key")
            first, last, count = _joined_list(text, toks, a, b)
            end = toks[last].end
            if _PAIR_IN_CHAT.match(text, end) or WHEREABOUTS.match(text, end) \
                    or count >= 3 and _ALL.match(text, end) and not all(
                        toks[k].low in LOWER_VIRTUES for k in range(first, last + 1)):
                # "lily n daisy at the FP", "rose + mark + will all out today" (not "faith +
                # hope + love all matter": virtues all)
                return True
    return False


_CHAT_JOINERS = (" & ", " + ", " / ", "/", "+")
# "both" and where two children live, after a pair joined by "and": people, even two virtues
# ("grace and joy both at the fp now"; not "faith and hope are both key")
_BOTH_PLACED = re.compile(r" (?:(?:r|are|were) )?both" + WHEREABOUTS.pattern, re.IGNORECASE)
_ALL = re.compile(r" all\b")


def _joined_list(text: str, toks: list[Token], a: int, b: int) -> tuple[int, int, int]:
    """The first and last words of a list of given names joined as chat joins them, and how
    many names it holds, from two of them, a and b: "summer / sky / joy", "rose + mark +
    will"."""
    count = 2
    while a and toks[a - 1].bits & FIRST and not toks[a - 1].cap \
            and text[toks[a - 1].end:toks[a].start] in _CHAT_JOINERS:
        a -= 1
        count += 1
    while b + 1 < len(toks) and toks[b + 1].bits & FIRST and not toks[b + 1].cap \
            and text[toks[b].end:toks[b + 1].start] in _CHAT_JOINERS:
        b += 1
        count += 1
    return a, b, count


# After two given names joined by chat's "n", "both", maybe after chat's "r" for "are": what
# two people do together, or share; or where they are ("wade n river r at the shelter
# tonite"), or what they are to each other. Not "r" alone: "hope n faith r what got me thru".
_PAIR_IN_CHAT = re.compile(r" (?:(?:r|are|were) )?both\b| at the same\b(?! time)"
                           rf"| (?:r|are|were) (?:{alternation('whereabouts-after-is-phrases')})\b"
                           # "destiny n heaven ran together", "grace n summer share a room",
                           # "will n chase r roommates"
                           r"| (?:\w+ed|ran) together\b| share\b"  # (not "go together")
                           rf"| r (?:{alternation('pair-kin-nouns')})\b")


def _in_a_noun_phrase(toks: list[Token], i: int) -> bool:
    """'the daycare case', 'a closed case', 'my dog walker', 'our new little guy': an everyday
    word after a determiner and at most two everyday words, which make it a noun, not a name.
    A kin word or role stops the look back ("my sister grace is visiting")."""
    k = i - 1
    while k >= 0 and i - k <= 3:
        prev = toks[k]
        if toks[k + 1].start - prev.end != 1:
            return False  # a colon or a comma between: "the group: honor, grace" is a list
        if prev.low in _DETERMINERS:
            return k < i - 1  # "the case" alone is left to the other tests
        if prev.cap or prev.bits & (ROLE | TITLE) or prev.bits & NAME and not prev.bits & COMMON:
            return False
        if not prev.bits & (COMMON | WORD) or prev.bits & (FUNCTION | PERSON_VERB | OBJECT_VERB):
            return False
        k -= 1
    return False


def _chat_initials(text: str, toks: list[Token], i: int) -> bool:
    """'ask kt she has the file', 'per jm we hold off', 'rb is out til tues', 'tk and dj need
    rides', 'cc ld on the email', 'mp sup, nd CW': two lowercase letters that are no everyday
    word (tokens.INITIALS_BITS), nor a rare word's abbreviation before its number ("rm 204"),
    where a worker fits: after a word that hands something to a person, or opening a message
    or a clause before what a person is or does, before a worker's role, or joined by "and"
    to other such initials."""
    if text[toks[i].start - 1:toks[i].start].isdigit():
        return False  # "4pm is also the deadline", "2nd": a time's or a number's letters
    if toks[i].bits & WORD and _NUMBER_AFTER.match(text, toks[i].end):
        return False  # "mtg moved to rm 204": a word's abbreviation before its number
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev is not None and prev.low in _BEFORE_CHAT_INITIALS and text[prev.end:toks[i].start] in (
            " ", "/ ", "/"):
        return True
    gap = text[prev.end:toks[i].start] if prev is not None else ""
    opens = prev is None or _ENDS_SENTENCE.search(gap) is not None
    after = text[toks[i].end:nxt.start] if nxt is not None else ""
    if nxt is not None and after == " ":
        if (opens or gap == ", ") and nxt.low in _AFTER_CHAT_INITIALS:
            return True  # "kt said ok", "tb out today, ks covering"
        other = toks[i + 2] if i + 2 < len(toks) else None
        if nxt.low == "and" and other is not None and _may_be_initials(other) \
                and (opens or prev is not None and prev.low in _BEFORE_CHAT_INITIALS):
            return True  # "tk and dj need rides", "forward it to ab and mw"
    if nxt is not None and after in (" ", " (") and nxt.low in _ROLE_ABBREVIATIONS \
            and (opens or gap in (", ", " + ")):
        return True  # "mp sup, nd CW, rl CASA", "hg (GAL) wants a call"
    if prev is not None and prev.low == "and" and i >= 2 and _may_be_initials(toks[i - 2]) \
            and _chat_initials(text, toks, i - 2):
        return True
    return False


def _word_initials_before_a_role(text: str, toks: list[Token]) -> list[int]:
    """'ah (bm) no show, ks (mgm) brought kids', 'lb (my supervisor) signed off': two
    lowercase letters that a list calls a word or an abbreviation ("lb", "ah"), opening a
    clause before a person's role or kin in brackets (word_uses.role_in_brackets_after), are
    a person's initials; not a role's or a kin word's own letters ("fp (foster parent)")."""
    found = []
    for i, tok in enumerate(toks):
        if len(tok.raw) != 2 or not tok.raw.islower() or not tok.raw.isascii() \
                or tok.bits & FUNCTION or tok.low in _ROLE_ABBREVIATIONS \
                or tok.low in _KIN_SHORT or text[tok.end:tok.end + 2] != " (":
            continue
        gap = text[toks[i - 1].end:tok.start] if i else ""
        if (not i or gap == ", " or _ENDS_SENTENCE.search(gap) is not None) \
                and role_in_brackets_after(text, tok):
            found.append(i)
    return found


def _may_be_initials(tok: Token) -> bool:
    """What tokenize asks of two lowercase letters before _chat_initials reads them."""
    return len(tok.raw) == 2 and not tok.bits & ~INITIALS_BITS and tok.raw.islower() \
        and tok.raw.isascii()


_BEFORE_CHAT_INITIALS = words("before-chat-initials")
_NUMBER_AFTER = re.compile(r" ?#? ?\d")
_ROLE_ABBREVIATIONS = words("role-abbreviations")
_KIN_SHORT = words("kin-abbreviations")
_AFTER_CHAT_INITIALS = words("after-chat-initials")


def _addressed_or_signing(text: str, toks: list[Token], i: int) -> bool:
    """'hey deb r u in office', 'ty deb', '@deb can u approve', 'hi this is carla', 'its
    crystal, i did my UA', 'misty here did u get my cert', 'deb: who has the van': in a
    message, the person it is sent to or the one who writes, named by a greeting before the
    word, "this is" or "it's", "here" after it, or a colon after it opening its line."""
    tok = toks[i]
    prev = toks[i - 1] if i else None
    gap = text[prev.end:tok.start] if prev is not None else text[:tok.start]
    if gap.endswith("@"):
        return tok.low not in _HANDLES_OF_NO_ONE  # (not a team's: "@oncall", "@here")
    if prev is not None and gap == " " and tok.low not in _CALLED_ANYONE \
            and greeted(text, tok.start, tok.end, tok.low):
        return True  # "thanks joy ur a lifesaver", "happy bday dawn!!"
    if prev is not None and gap == " " and not prev.cap and prev.low in _GREETINGS:
        # "ty deb", not "ty for the ride"; nor "hey buddy u ok?", a word anyone is called; nor
        # "hi hope you're doing well", a wish
        return (prev.low != "ty" or i == 1) and tok.low not in _CALLED_ANYONE \
            and not a_wish(text, tok.end, tok.low)
    before = toks[i - 2] if i >= 2 else None
    if prev is not None and (
            (prev.low in _SELF_NAMING and gap == " "
             or prev.low == "it" and prev.poss and gap in ("'s ", "’s "))  # ("it's": "it", "'s")
            and _only_a_greeting_before(toks, i - 1) or (
                gap == " " and prev.low == "is" and before is not None and before.low == "this"
                and text[before.end:prev.start] == " " and _only_a_greeting_before(toks, i - 2))) \
            and (_SIGNED_AFTER.match(text, tok.end) or tok.low not in LOWER_VIRTUES
                 and _SPEAKER_GOES_ON.match(text, tok.end)):
        # "its crystal, i did my UA", "soy cirila, mama de ...", "hi this is carla from the
        # school", "Caller: hi good afternoon this is grace with the GAL office", "this is will
        # I'll be there at four"; not "its sunny out", nor "this is hope i think" (a virtue)
        return True
    if (text.startswith(": ", tok.end) or _HERE.match(text, tok.end)) \
            and _opens_sentence(text, toks, i):
        return True  # "deb: who has the van", "misty here did u get my cert"
    if _STAMPED.match(text, tok.end) and (i == 0 or text[toks[i - 1].end:tok.start] == "\n"):
        return True  # "rob 10:43 AM\nyes, 2pm, room 4": a chat's export, the writer and the
        # time alone on the line above the message
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.cap or text[tok.end:nxt.start] != " " \
            or not _opens_sentence(text, toks, i):
        return False
    if nxt.low in _ASKING_A_COWORKER:
        # "jade pls dont cc the insurer", and a virtue's word before a verb: "grace pls call
        # trish back" (but "patience pls, IT is wiping 40 devices")
        return tok.low not in LOWER_VIRTUES or i + 2 < len(toks) \
            and toks[i + 2].low in _BASE_VERBS and text[nxt.end:toks[i + 2].start] == " "
    if i + 2 < len(toks) and (nxt.low, toks[i + 2].low) in _ASKING_PAIRS \
            and text[nxt.end:toks[i + 2].start] == " ":
        return True  # "joy can u grab me a water", "faith r u coming to the staffing"
    if nxt.low in _YOURS and tok.low not in LOWER_VIRTUES and tok.low not in _CLAUSE_VERBS \
            and tok.low not in _OBJECT_VERB_NAMES and not tok.bits & PERSON_VERB:
        # "ivy ur on speaker", "sky ur on mute": the one spoken to, opening the message (not
        # "hope ur ok", a wish; "mark ur calendars", an order; "will ur mom come", a question)
        return True
    if tok.low in LOWER_VIRTUES:
        return False  # "hope u feel better": a wish
    # "major mom called abt the bill", "tawny fp said": whose parent or carer acts (chat drops
    # the possessive's "s")
    after = toks[i + 2] if i + 2 < len(toks) else None
    return (bool(nxt.bits & ROLE) and not nxt.poss and after is not None and not after.cap
            and bool(after.bits & STRONG_VERB) and text[nxt.end:after.start] == " ")


# "misty here did u get my cert", "nana joy here, i made a cake": not "hope here is what i
# think" (a word, then "here is")
_HERE = re.compile(r" here\b(?! (?:is|are|was|were|we|it|and)\b)")
# a message's time after its writer's name, alone on their line
_STAMPED = re.compile(r" \d{1,2}:\d\d ?(?:[AaPp]\.?[Mm]\.?)?[ \t]*(?:\n|$)")


_SPANISH_WORD_NAMES = words("spanish-word-names")
_SPANISH_DETERMINERS = words("spanish-determiners")
_GREETINGS = words("chat-greetings")
# "need honors shot records", "for hopes mom": what stands before a possessive that chat
# writes without its apostrophe, where the word cannot be a verb's "-s"
_BEFORE_AN_OWNER = words("before-a-possessive-without-its-apostrophe")
# "hey buddy", "hi hon", "thx love": what anyone is called after a greeting, no one's name
_CALLED_ANYONE = words("called-anyone-after-a-greeting")
# the tests whose words asked_whether_they_did may take: given names of every sort
_ASKED = L_ACTS | L_MONTH | L_WORD_NAME | L_CHAT_VERB
_ASKING_A_COWORKER = words("asking-a-coworker")  # "jade pls ..."
_ASKING_PAIRS = {tuple(p.split()) for p in entries("asking-a-coworker-phrases")}
_WHICH_PERSON = words("kin-describers", "which-person-words")
_SIGNED_AFTER = re.compile(
    r"\s*(?:[,!).]|$| here\b| (?:with|calling|returning)\b"
    rf"| from\b(?! (?:{alternation('from-above-phrases')})\b))")  # (not "it's grace from god")
# ... and after a given name that is no virtue, the caller going on about themselves ("this is
# will I'll be there", "it's dana um about the visit")
_SPEAKER_GOES_ON = re.compile(r" (?:i|i['’]m|im|i['’]ll|um|uh|at)\b", re.IGNORECASE)
_SELF_NAMING = words("self-naming-words")
_MESSAGE_OPENERS = words("message-openers")


def _only_a_greeting_before(toks: list[Token], k: int) -> bool:
    """Whether the words before toks[k] only open a message: none, or a greeting and the
    words of [chat-openers] and [message-openers] ("hi", "Caller: hi good afternoon", "yeah
    hi"), at most four."""
    return k <= 4 and all(tok.low in _GREETINGS or tok.low in _MESSAGE_OPENERS
                          or tok.low in _CHAT_OPENERS for tok in toks[:k])


def _said_of_a_person(text: str, toks: list[Token], i: int) -> bool:
    """What follows word i, opening its sentence, that is said only of a person: "king is 4 and
    loves trucks", "river turned 16", "sage is the oldest", "will is out sick", "young from
    the DA's office called", "dale the foster dad called"."""
    alone = Context(text, toks, i, i)
    return (person_signs(alone) or predicate_cue(alone) or at_work(alone) or from_cue(alone)
            or _role_after_the(text, toks, i) or refuses_to_act(alone) or role_predicate(alone))


def _role_after_the(text: str, toks: list[Token], i: int) -> bool:
    """'dale the foster dad called', 'ginger the case aide can transport': "the" and a role
    (maybe after one word) right after the word, without a comma, and no "of" after the role
    ("grace the mother of all ..." is a phrase)."""
    k = i + 1
    if k + 1 >= len(toks) or toks[k].low != "the" or text[toks[i].end:toks[k].start] != " " \
            or toks[i].low in _CLAUSE_VERBS:
        return False  # "hope the judge agrees": a verb before a clause
    for m in (k + 1, k + 2):
        if m >= len(toks) or text[toks[m - 1].end:toks[m].start] != " " or toks[m].cap:
            return False
        if toks[m].bits & ROLE or toks[m].low in _ROLE_ABBREVIATIONS \
                or toks[m].low in _BIRTH_DAD_SHORT:
            # not "grace the mother of all ...", nor "pat the baby's back"; a role written
            # short counts ("sue the gal wants the report"), and a role's kin or friend ("joy
            # the bm's sister wants to be looked at")
            if toks[m].poss and m + 1 < len(toks) \
                    and text[toks[m].end:toks[m + 1].start] in _POSSESSIVE_GAPS \
                    and not toks[m + 1].cap and toks[m + 1].bits & ROLE:
                m += 1
            if m + 1 < len(toks) and toks[m + 1].low == "of" or toks[m].poss:
                return False
            if toks[i].low not in _OBJECT_VERB_NAMES:
                return True
            # "sue the gal wants the report", "bill the bio grandpa" (a line of names), not
            # "chase the trainer down at break", "sue the landlord?"
            while m + 1 < len(toks) and toks[m + 1].bits & ROLE and not toks[m + 1].cap:
                m += 1  # "bio grandpa", "foster mom"
            after = toks[m + 1] if m + 1 < len(toks) else None
            if after is None:
                return not text[toks[m].end:].strip(" .")
            return not after.cap and text[toks[m].end:after.start] == " " \
                and bool(after.bits & PERSON_VERB or past_tense(after.low))
    return False


_SITES = words("site-nouns-before-where", "sites-on-a-street")
_SCHOOL_AFTER = re.compile(rf" (?:{alternation('schools-after-a-name-phrases')})\b")
_POSSESSIVE_GAPS = ("'s ", "’s ", "' ", "’ ")
_BIRTH_DAD_SHORT = words("birth-dad-abbreviations")
_CLAUSE_VERBS = words("clause-verbs-also-names")
_OBJECT_VERB_NAMES = words("object-verbs-also-names")
_YOURS = words("chat-your-words")
_PEOPLES = words("peoples-also-names")
_PEOPLE_NOUNS = words("people-nouns")


def _opens_sentence(text: str, toks: list[Token], i: int) -> bool:
    """Whether word i opens its line or sentence, maybe after chat openers ("ok so hunter")."""
    return (not i or _ENDS_SENTENCE.search(text, toks[i - 1].end, toks[i].start) is not None
            or _opens_a_message(text, toks, i))


def _opens_a_message(text: str, toks: list[Token], i: int) -> bool:
    """Whether only chat openers stand before word i on its line ("omg faith ...", "ok so
    hunter ...")."""
    k = i - 1
    while k >= 0 and toks[k].low in _CHAT_OPENERS and not toks[k].cap:
        gap = text[toks[k].end:toks[k + 1].start]
        if _ENDS_SENTENCE.search(gap):
            return True
        k -= 1
    return k < i - 1 and (k < 0 or _ENDS_SENTENCE.search(text, toks[k].end, toks[k + 1].start)
                          is not None)


_CHAT_OPENERS = words("chat-openers")
_ENDS_SENTENCE = re.compile(r"[.!?\n]")  # in the gap between two words: a new sentence
_WORD_NAME_VERBS = words("word-name-subject-verbs")
# After a pair of names, what they are to the family: "Abebech and Mulugeta are the parents",
# "hope and faith are twins", "Prosper and Favour are identical twins" (a word before the
# kin's), "Bolat and Aigerim (Kazakh parents)", "harmony and melody twins".
PAIR_OF_PEOPLE = re.compile(r"(?: are (?:the |both |my |our |his |her |their )?(?:[a-z]+ )?"
                            r"| \((?:[A-Z]\w+ )?| )"
                            r"(?:%s)\b" % "|".join(sorted(words("pair-kin-nouns"))), re.I)
TOWN_IN_LOWERCASE = "town_in_lowercase"
# A state's code after a town in lowercase is the state's, unless the code is a word too ("in",
# "ok", "me"), a particle ("de") or no name for another reason ("md")
_CODE_WORDS = WORD | COMMON | FUNCTION | PARTICLE | NOT_NAME
PET_IN_LOWERCASE = "pet_in_lowercase"  # "a parrot named kevin"
_TOWN_NOUNS = words("town-institutions", "town-nouns-after")


def spoken_to_or_cared_for(text: str, toks: list[Token], i: int) -> bool:
    """'talked to price about his court date', 'visit w brooks went long', 'took hunter to get
    a haircut', 'texted grace the address', 'gave grace a ride': a name that is also a word,
    as the person spoken to, sent something or cared for, with no noun after it ("talked to
    summer school staff", "took summer classes")."""
    if toks[i].low in _PLACES_AND_OFFICES:
        return False  # (not "sent to court", "checked with billing")
    if _given_what_people_get(text, toks, i):
        return True  # "gave grace a ride", not "gave hope a reason"
    if i and i + 1 < len(toks) and toks[i - 1].low in _SENDING_ONLY and toks[i].bits & FIRST \
            and toks[i + 1].low in _WHAT_IS_SENT_OPENERS \
            and text[toks[i - 1].end:toks[i].start] == " " == text[toks[i].end:toks[i + 1].start]:
        return True  # "can someone send grace the link" (not "sending love to the family")
    if not (_talked_to(text, toks, i)
            or (_after_chat_with(text, toks, i) or _cared_for_word(text, toks, i))
            and not _a_plural_noun(toks[i])):  # (not "ended w hugs", "came w snacks")
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and toks[i].bits & COMMON and (
            nxt.low in _DETERMINERS and not (
                nxt.low in _THIRD_PERSON_OWNERS and toks[i - 1].low in TALKED_TO
                or nxt.low in _WHAT_IS_SENT_OPENERS and toks[i - 1].low in _SENDING)
            or i and toks[i - 1].low in _TAKE
            and nxt.low in _AFTER_TAKE or nxt.low in _VERB_PARTICLES and i >= 2
            and toks[i - 1].low == "to" and toks[i - 2].low in _BEFORE_AN_INFINITIVE):
        # a verb and its object ("said to treat the drive"), "take pride in", a verb and its
        # particle ("said to look for the helpers"); but "tell grace her worker is late": the
        # person told, then what is theirs
        return False
    return _no_noun_after(text, toks, i) or bool(
        nxt.bits & PERSON_VERB and not nxt.cap  # "visit w brooks went long"
        or nxt.low == "back"  # "call hope back tomorrow": the particle, not a back
        # "drove grace home": where the one driven was taken, not a kind of home; a given
        # name's, after a verb that takes people home, not things ("took candy home")
        or nxt.low in _TAKEN_TO and toks[i].bits & FIRST and i
        and toks[i - 1].low in _TAKING_PEOPLE_TO)


def _a_plural_noun(tok: Token) -> bool:
    """'to take files to the park', 'transporting files to court': a surname that is a noun's
    plural too, and no given name, is the things taken, not a person (a person taken is named
    by a given name: "took miles to the park" is Miles)."""
    return tok.low.endswith("s") and not tok.bits & FIRST \
        and bool(lexicon().get(tok.low[:-1], 0) & WORD)


def _given_what_people_get(text: str, toks: list[Token], i: int) -> bool:
    """'gave grace a ride', 'give joy a bath': a given name that is also a word, between a verb
    of giving and what only a person is given ([given-to-people]); "gave hope a reason" names
    no one."""
    if not i or i + 2 >= len(toks) or not toks[i].bits & FIRST:
        return False
    verb, article, thing = toks[i - 1], toks[i + 1], toks[i + 2]
    return verb.low in _GIVING and article.low in _WHAT_IS_SENT_OPENERS \
        and thing.low in _GIVEN_TO_PEOPLE \
        and text[verb.end:thing.start] == f" {toks[i].raw} {article.raw} "


_GIVEN_TO_PEOPLE = words("given-to-people")
_TAKEN_TO = words("taken-to-places")  # "drove grace home"
_PARTICLES_AFTER_CARE = words("particles-after-care-verbs")
# "texted grace the address", "told hope the news": whom a thing was told or sent, then the thing
_SENDING = words("sending-verbs")
_SENDING_ONLY = words("sending-only-verbs")
_THINGS_HANDED = words("things-handed-pronouns")  # "sent it to crystal"
_WHAT_IS_SENT_OPENERS = words("what-is-sent-openers")
_TAKING_PEOPLE_TO = words("verbs-taking-people-to-places")
_SAINT_OR_MOUNT = words("saint-or-mount")  # "st jude", "mt hood" in lowercase
# A given name and a colour's word naming a shade, before no verb of people ("kelly green
# shirt"; not "kelly green said")
_SHADE = re.compile(rf"(?:{alternation('colour-names-phrases')})\b(?!['’]s)", re.IGNORECASE)
_FOR_A_CHILD = words("for-a-child-nouns")  # "visit for angel", "ride for royal"
# A child's records and appointments after a word-name opening a note, whose they are with no
# "'s" ("grace visit moved to thurs", "destiny meds at the pharmacy"); not after a verb's
# word-name, a season, a month or a kind ("hope visit goes ok", "summer visit schedule", "art
# therapy")
_WHOSE_RECORD = words("whose-record-nouns")
_PERSONAL_RECORDS = words("personal-records-before-for")  # "dob for hope", "ssn for will"
_AT_A_TIME = re.compile(r" (?:@ ?)?\d{1,2}(?::\d\d\s?(?:[ap]m)?|\s?[ap]m)(?![\w:/-])",
                        re.IGNORECASE)
_NOT_WHOSE = VERB_OR_SEASON_NAMES | words("whose-record-not-after")
# "hunter is at his aunts", "sky is w her dad": where a child stays, and with whose kin (the
# kin word maybe plural or possessive without its apostrophe, as chat writes it)
_STAYING_WITH = words("staying-with-words")
# Months of other languages that are given names too ("avril", "mayo"), in a date: a day's
# digits right before or a year right after
_MONTHS_ABROAD = words("month-words-spanish", "month-words-french", "month-words-polish",
                       "month-words-more")
_YEAR_AFTER = re.compile(r",? (?:19|20)\d\d\b")
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:er|º|o)?\.? $")
# Spanish pronouns that are given names too, and the words that join a clause before them
_PRONOUNS_ABROAD = words("pronouns-also-names-abroad")
_JOINERS_ABROAD = words("clause-joiners-abroad")
_CARE_PLACES = words("places-a-child-is-kept")  # "is at the NICU", "in the hosp"
_STATES_WITHOUT_IS = words("states-said-without-is")  # "grace sleeping finally"
_KIN_SHORT_S = _KIN_SHORT | {w + "s" for w in _KIN_SHORT}
# "said to look for the helpers": after these and "to", a verb and its particle.
_BEFORE_AN_INFINITIVE = words("before-an-infinitive")
_VERB_PARTICLES = words("verb-particles")
# "take pride in", "took care of": an everyday word after "take" in an idiom, not a person.
_TAKE = words("take-forms")
_AFTER_TAKE = words("after-take-idioms")


_FAMILY_ADJECTIVES = words("family-adjectives")


def _family_opening(text: str, toks: list[Token], i: int) -> bool:
    """'banks family is asking about adoption', 'moody family called twice': a surname opening
    a sentence, then "family" and a verb of people."""
    if i + 2 >= len(toks) or toks[i + 1].low not in _FAMILY_WORDS or i and not (
            _ENDS_SENTENCE.search(text, toks[i - 1].end, toks[i].start)) \
            or toks[i].low in _FAMILY_ADJECTIVES:
        return False  # (not "good family needs support")
    fam, verb = toks[i + 1], toks[i + 2]
    return (not verb.cap and bool(verb.bits & PERSON_VERB)
            and text[toks[i].end:fam.start] == " " and text[fam.end:verb.start] == " ")


def _picked_up_or_dropped_off(text: str, toks: list[Token], i: int) -> bool:
    """'dropping faith off at her dads', 'can u pick hope up at 3': a given name between a verb
    of [pick-up-verbs] and its particle is the child picked up or dropped off."""
    return 0 < i < len(toks) - 1 and bool(toks[i].bits & FIRST) \
        and toks[i - 1].low in _PICK_UP and toks[i + 1].low in _PHRASAL_CARE \
        and text[toks[i - 1].end:toks[i].start] == " " == text[toks[i].end:toks[i + 1].start]


def _cared_for_word(text: str, toks: list[Token], i: int) -> bool:
    """_cared_for for a word on a list: a verb of care, maybe with its particle, right before
    it ("took hunter to", "dropped off joy and"), not a verb of giving ("gave hope a")."""
    prev = toks[i - 1] if i else None
    if prev is None or prev.cap or text[prev.end:toks[i].start] != " " \
            or toks[i].low in _PARTICLES_AFTER_CARE:
        return False  # (nor "drive down from Eagle Butte": where it went)
    k = i - 1
    if prev.low in _PHRASAL_CARE and i >= 2 and text[toks[i - 2].end:prev.start] == " ":
        k, prev = i - 2, toks[i - 2]
    if k and (toks[k - 1].low in _DETERMINERS or toks[k - 1].cap
              or _participle_before_a_noun(toks[k - 1], prev)) \
            and text[toks[k - 1].end:prev.start] == " ":
        return False  # "the transport line", "the Medicaid transport line", "the shared drive
        # link": a noun, no verb
    return prev.low in _CARE_VERBS and prev.low not in _GIVING


def _in_care_place(text: str, toks: list[Token], k: int) -> bool:
    """Whether toks[k], maybe after "the", is a place where a child is kept or cared for
    ("the NICU", "the hosp", "juvie"), after "is at" or "is in", only spaces between."""
    if toks[k].low == "the" and k + 1 < len(toks) and text[toks[k].end:toks[k + 1].start] == " ":
        k += 1
    return toks[k].low in _CARE_PLACES and text[toks[k - 2].end:toks[k - 1].start] == " " \
        and text[toks[k - 1].end:toks[k].start] == " "


def _and_own_kin(text: str, toks: list[Token], i: int) -> bool:
    """'will n his sister are together again', 'joy and her mom came': a word joined by "and"
    or chat "n" to his, her or their kin is a person."""
    if i + 3 >= len(toks):
        return False
    conj, owner, kin = toks[i + 1], toks[i + 2], toks[i + 3]
    return ((conj.low == "and" or conj.low in _CHAT_AND) and owner.low in _THIRD_PERSON_OWNERS
            and not kin.cap and bool(kin.bits & (ROLE | FAMILY))
            and text[toks[i].end:kin.start] == f" {conj.raw} {owner.raw} ")


def _joined_name(text: str, toks: list[Token], j: int) -> int | None:
    """'dropped off joy and rose at school', 'picked up sione n lagi': after a name found at
    toks[j], "and" or chat "n" and a given name in lowercase, with no noun after it, name a
    second person; its index, or None."""
    k = j + 2
    if k >= len(toks) or toks[j + 1].low not in _JOINING or toks[j + 1].cap \
            or text[toks[j].end:toks[k].start] != f" {toks[j + 1].raw} ":
        return None
    tok = toks[k]
    if tok.cap or tok.poss or not tok.bits & FIRST or tok.bits & _NOT_GIVEN:
        return None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.bits & PERSON_VERB and not nxt.cap:
        # "joy and rose said", but not "talked to maria and hope was restored"
        return k if nxt.bits & STRONG_VERB else None
    if nxt is not None and nxt.low in _MODALS and text[tok.end:nxt.start] == " ":
        return k  # "gabe n lily can visit sun": what they may do, a noun's place taken
    return k if _no_noun_after(text, toks, k) else None


def _named_before(text: str, toks: list[Token], j: int) -> int | None:
    """'rick n linda the kids need shots', 'sissy and ladarius at the park': a given name in
    lowercase opening a message, joined by "and" or chat "n" to the name found at
    toks[j], names a second person; its index, or None. Only at the opening: mid-sentence,
    "i hope and pray maria calls" joins a verb."""
    k = j - 2
    if k < 0 or toks[j - 1].low not in _JOINING or toks[j - 1].cap \
            or text[toks[k].end:toks[j].start] != f" {toks[j - 1].raw} ":
        return None
    tok = toks[k]
    if tok.cap or tok.poss or len(tok.raw) < 3 or not tok.bits & FIRST \
            or tok.bits & _NOT_GIVEN or not _opens_sentence(text, toks, k):
        return None
    return k


def _with_me(text: str, toks: list[Token], i: int) -> bool:
    """'me n grace r covering', 'hope n i', 'me & grace': in chat, a word joined to "me" or
    "i" by "n" or "&" stands for a person; and by "and" after "me" opening the message ("me
    and grace at the park"), which no sentence opens so."""
    k = i - 1
    if k >= 1 and toks[k].low in _CHAT_AND and not toks[k].cap \
            and toks[k - 1].low in _FIRST_PERSON and text[toks[k - 1].end:toks[k].start] == " " \
            and text[toks[k].end:toks[i].start] == " ":
        return True
    if k >= 0 and text[toks[k].end:toks[i].start] == " & " and toks[k].low in _FIRST_PERSON:
        return True
    if k == 1 and toks[k].low == "and" and toks[0].low == "me" and text[:toks[0].start] == "" \
            and text[toks[0].end:toks[i].start] == " and ":
        return True  # "me and grace at the park til 5": opening a message, as chat says it
    n = len(toks)
    if i + 2 < n and toks[i + 1].low in _CHAT_AND and toks[i + 2].low in _FIRST_PERSON \
            and text[toks[i].end:toks[i + 1].start] == " " \
            and text[toks[i + 1].end:toks[i + 2].start] == " ":
        return True
    if i + 1 < n and toks[i + 1].low in _FIRST_PERSON \
            and text[toks[i].end:toks[i + 1].start] == " & ":
        return True
    if i == 0 and i + 2 < n and toks[1].low in ("w", "with") and toks[2].low in _FIRST_PERSON \
            and text[toks[0].end:toks[2].start] in (" w ", " w/ ", " with "):
        return True  # "grace w me til 5": opening a message, where the child is
    return _joined_to_me(text, toks, i)


def _on_whose_word(text: str, toks: list[Token], i: int) -> bool:
    """'per bill we are not allowed to bring case files', 're faith - sup said hold off', 'the
    judge signed it per faith': a given name after "per" or "re", closing what they say: at
    the line's end, before a stop or a dash, or before the subject of what follows. Not "per
    page for copies", "per case plan": a measure or a document."""
    prev = toks[i - 1]
    if text[prev.end:toks[i].start] not in (" ", ": ") or prev.cap and prev.low != "re" \
            or toks[i].bits & THING or any(c.isdigit() for c in text[max(0, prev.start - 8):
                                                                      prev.start]):
        return False  # "per page" a thing's, "$0.50 per page" a rate's
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    gap = text[toks[i].end:nxt.start if nxt is not None else len(text)]
    return nxt is None or bool(gap.strip()) and gap.strip()[0] in ",.;:!?-–—" \
        or gap == " " and nxt.low in _SUBJECTS_AFTER_A_WORD


_REGARDING = words("on-whose-word-words")
_SUBJECTS_AFTER_A_WORD = words("subjects-after-whose-word")


def _joined_to_me(text: str, toks: list[Token], i: int) -> bool:
    """'grace and i went to the house', 'will and i are covering', 'me and grace went to
    court': a word joined by "and" to the writer, the two opening a sentence as the subject of
    a verb in the past or of a plural ([compound-subject-verbs]); not inside one ("my faith and
    I have grown closer", "i will and i did", "the section was long and I zoned out"), nor
    before a verb that fits "I" alone ("hope and i think so")."""
    n = len(toks)
    if i + 3 < n and toks[i + 1].low == "and" and toks[i + 2].low == "i" \
            and text[toks[i].end:toks[i + 1].start] == " " \
            and text[toks[i + 1].end:toks[i + 2].start] == " " \
            and _opens_sentence(text, toks, i):
        k = i + 3
    elif i >= 2 and i + 1 < n and toks[i - 1].low == "and" and toks[i - 2].low == "me" \
            and _opens_sentence(text, toks, i - 2) \
            and text[toks[i - 2].end:toks[i - 1].start] == " " \
            and text[toks[i - 1].end:toks[i].start] == " ":
        k = i + 1
    else:
        return False
    verb = toks[k]
    return not verb.cap and text[toks[k - 1].end:verb.start] == " " \
        and (verb.low in _COMPOUND_VERBS or past_tense(verb.low))


_COMPOUND_VERBS = words("compound-subject-verbs")


_CHAT_AND = words("chat-and")
_JOINING = _CHAT_AND | {"and", "&"}  # "joy and rose", "sione n lagi"
_FIRST_PERSON = words("first-person-partners")
_MODALS = words("modal-auxiliaries")  # "gabe n lily can visit"


_ADVERBS = words("adverbs")
_DETERMINERS = words("determiners")


def _surname_acts(text: str, toks: list[Token], i: int) -> bool:
    """'nguyen said', 'the yazzie kids', 'called begay': a surname that is no word of any
    other sort, typed in lowercase, doing what people do, as a family, or spoken to."""
    n = len(toks)
    nxt = toks[i + 1] if i + 1 < n else None
    prev = toks[i - 1] if i else None
    if nxt is not None and not nxt.cap and text[toks[i].end:nxt.start] == " ":
        if nxt.bits & STRONG_VERB and not toks[i].poss:
            return True  # "nguyen said"
        if nxt.bits & FAMILY and prev is not None and prev.low == "the":
            return True  # "the yazzie kids"
    return not toks[i].poss and _talked_to(text, toks, i)  # "called begay"


def _family_in_lowercase(toks: list[Token], i: int, lex: dict[str, int]) -> bool:
    """'omw to the tsosies', 'the yazzies drove in': "the", then a surname that is no other
    word, in the plural. The plural itself is on no list ("the joneses" are no word)."""
    stem = lex.get(toks[i].low[:-1], 0)
    return (i > 0 and toks[i - 1].low == "the" and not toks[i - 1].cap
            and bool(stem & LAST) and not stem & (COMMON | WORD | _NOT_GIVEN | PLACE))


_TIME_OF_DAY = re.compile(r"\d{1,2}(?::\d\d)?\s?[ap]m", re.IGNORECASE)


def _person_noun_after(text: str, toks: list[Token], i: int, gap: str) -> bool:
    """'jack's mom', 'jamals teacher', 'jaylas new worker', 'cjs half brother': a person's
    noun after a possessive, maybe after a word that says which."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if i + 2 < len(toks) and _TIME_OF_DAY.fullmatch(text, toks[i].end + len(gap), nxt.end) \
            and text[nxt.end:toks[i + 2].start] == " ":
        i, gap, nxt = i + 1, " ", toks[i + 2]  # "sunny's 2pm visit": the hour skipped
    if nxt.cap and not (nxt.raw.isupper() and len(nxt.raw) > 1) \
            or text[toks[i].end:nxt.start] != gap:
        return False  # (but "kings IEP mtg", "faiths GAL called": a record's or a role's letters)
    if nxt.low in _WHICH_PERSON and i + 2 < len(toks) and text[nxt.end:toks[i + 2].start] == " ":
        nxt = toks[i + 2]
        if nxt.cap:
            return False
    return bool(nxt.bits & (ROLE | FAMILY | TITLE) or nxt.low in POSSESSED
                or nxt.low in _ROLE_ABBREVIATIONS)  # "roses fp wants respite", "faiths GAL"


def bare_possessive(text: str, toks: list[Token], i: int, lex: dict[str, int]) -> bool:
    """'jamals mom', 'Keanus teacher': a given name with an s and no apostrophe, before a
    person's noun. The word itself must be on no word list ("hopes", "jacks" are words)."""
    tok = toks[i]
    if tok.bits or tok.poss or not tok.low.endswith("s"):
        return False
    stem = lex.get(tok.low[:-1], 0)
    return (bool(stem & FIRST) and not stem & (COMMON | WORD | _NOT_GIVEN)
            and _person_noun_after(text, toks, i, " "))


# Letters only Vietnamese writes, or few other languages ("đ", "ơ", "ư", "ă", a vowel with a
# dot below or a hook above, a vowel with both a hat or a breve and a tone mark)
_VIETNAMESE_LETTERS = re.compile("[đơưăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def _written_in_vietnamese(text: str) -> bool:
    """Whether the text holds two or more letters only Vietnamese writes: a Vietnamese
    sentence, whose lowercase syllables ("mai", "lan", "gia") are words, not names."""
    count = 0
    for _ in _VIETNAMESE_LETTERS.finditer(text):
        count += 1
        if count >= 2:
            return True
    return False


_PEOPLE_HEAD, _PLACES_HEAD = "people", "places"
_PEOPLE_HEADS = words("people-list-heads")
_PLACE_HEADS = words("place-kind-nouns-plural")
_LIST_ITEM_GAPS = (", ", ",", " and ", ", and ", " & ", " + ", " / ", "/")


def _list_head(text: str, toks: list[Token], i: int) -> str | None:
    """For a word in lowercase inside a list after a colon ("girls in the group: honor, grace,
    faith", "states she lived in: georgia, carolina"), what the list's head says its items
    are: people (_PEOPLE_HEAD: a noun of [people-list-heads] in the head) or places
    (_PLACES_HEAD: one of [place-kind-nouns-plural]); None elsewhere. The head is what stands
    between the line's start and the colon, six words at most."""
    k = i
    while k and text[toks[k - 1].end:toks[k].start] in _LIST_ITEM_GAPS \
            and not toks[k - 1].cap:
        k -= 1
    if not k or text[toks[k - 1].end:toks[k].start] != ": ":
        return None
    line = text.rfind("\n", 0, toks[k].start) + 1
    head = [tok.low for tok in toks[max(0, k - 6):k] if tok.start >= line]
    if not head or len(head) == 6 and toks[max(0, k - 7)].start >= line:
        return None
    if any(word in _PLACE_HEADS for word in head):
        return _PLACES_HEAD
    if any(word in _PEOPLE_HEADS for word in head):
        return _PEOPLE_HEAD
    return None


def in_an_email(text: str, low: str) -> bool:
    """Whether an e-mail address in the text holds the word in its name, before the "@"
    ("kbishop@example.org", "harmonyb@example.net"): the address of the person so named."""
    return re.search(rf"{re.escape(low)}[\w.+-]*@\w", text, re.IGNORECASE) is not None


def _a_person_s_verb_after_the_shade(text: str, toks: list[Token], i: int) -> bool:
    """Whether a verb of people follows the given name and the colour's word at i ("kelly
    green said she would come"): then the colour's word is her surname."""
    return i + 2 < len(toks) and bool(toks[i + 2].bits & (PERSON_VERB | STRONG_VERB)) \
        and not toks[i + 2].cap


def lowercase_names(text: str, toks: list[Token], lex: dict[str, int],
                    verdicts: dict[int, str] | None = None, candidates: list[int] | None = None,
                    initials: list[int] | None = None) -> list[tuple[int, int]]:
    """Names typed in lowercase: given names, names after 'ms', 'mr', and names doing things.
    verdicts, if given, receives TOWN_IN_LOWERCASE for a name set aside as a town's (and
    PET_IN_LOWERCASE for a pet's), so that the name model (name_model.py) leaves it too.
    candidates and initials: the places of the words tokens.lowercase_candidate() accepts and
    of the two-letter words that may be chat initials, if tokenize() gave them
    (tests/test_privacy_fast_paths.py checks that they find what the words picked here
    find)."""
    # Most words cannot be names here: capitalized ones (find_names' business), short ones, and
    # words on some list that are no given name, which can only be surnames after "ms", "mr"
    # (after_title below). Picking the others first spares the tests below most words;
    # tokenize's lowercase_candidate() also leaves the words whose flags fail every test below
    # before it reads any context. Each test added below must be let through there too.
    if text[:1].isupper() and _written_in_vietnamese(text):
        return []  # "Ngày mai chúng tôi có hẹn": Vietnamese capitalizes its names, as typed
    if candidates is None:
        # (and not a word of a script with no capitals: uncased.py reads those)
        candidates = [i for i, tok in enumerate(toks)
                      if not tok.cap and len(tok.raw) >= 3 and tok.raw.islower() and (
                          not tok.bits or tok.bits & _CANDIDATE_BITS
                          or tok.low[-1] == "s" and lex.get(tok.low[:-1], 0) & FIRST)]
    if initials is None:
        initials = [i for i, tok in enumerate(toks) if _may_be_initials(tok)]
    if initials:
        candidates = sorted(candidates + [i for i in initials if _chat_initials(text, toks, i)])
    if " (" in text:
        roles = _word_initials_before_a_role(text, toks)
        if roles:
            candidates = sorted(set(candidates).union(roles))
    # given names in lowercase in a list after a colon, by what its head says they are
    # (_list_head), read once here
    heads: dict[int, str] = {}
    if ": " in text:
        for i, tok in enumerate(toks):
            if tok.bits & FIRST and not tok.cap and len(tok.raw) >= 3 and tok.raw.islower():
                head = _list_head(text, toks, i)
                if head is not None:
                    heads[i] = head
        # given names that are everyday words too, which no test below would read, in a
        # list headed by people ("girls in the group: honor, grace, faith")
        listed = [i for i, head in heads.items() if head is _PEOPLE_HEAD]
        if listed:
            candidates = sorted(set(candidates).union(listed))
    spans = []
    n = len(toks)
    resume = 0  # the word after the last name found
    foreign = little_words(text, toks) if candidates else frozenset()
    for i in candidates:
        if i < resume:
            continue
        tok = toks[i]
        if tok.low in foreign and tok.raw.islower():
            continue  # "ella está en Jalisco": a word of the other language the line holds
        bits = tok.bits
        prev = toks[i - 1] if i else None
        if prev is not None and tok.low in _SPANISH_WORD_NAMES \
                and prev.low in _SPANISH_DETERMINERS and text[prev.end:tok.start] == " ":
            continue  # "se fue la luz", "no hay consuelo": the Spanish noun, no one
        if len(tok.raw) == 2:  # initials in chat, already read by _chat_initials
            spans.append((tok.start, tok.end))
            resume = i + 1
            continue
        # Each test below asks first what the word alone lets through, as its L_ bit (worked
        # out once per word by tokens.lowercase_tests, which spells each test's question)
        tests = tok.lower_tests
        if tests is None:  # (the first time the word is read here)
            tests = tok.lower_tests = lowercase_tests(
                tok.raw, tok.low, bits, tok.poss,
                lex.get(tok.low[:-1], 0) if tok.low[-1] == "s" else 0)
        after_title = (tests & L_TITLED and prev is not None and prev.low in LOWER_TITLES
                       and not prev.cap and text[prev.end:tok.start] in (" ", ". "))
        if not after_title and tests & L_TITLED and prev is not None and prev.low == "miss" \
                and not prev.cap and text[prev.end:tok.start] == " " \
                and not bits & FUNCTION and tok.low not in _MODALS and (
                    i >= 2 and toks[i - 2].low in _BEFORE_MISS_AS_A_TITLE
                    and text[toks[i - 2].end:prev.start] == " "
                    or i == 1 and tok.low not in LOWER_VIRTUES):
            # "this message is for miss brown", "hi miss nguyen", "miss dana can u call me":
            # "miss" a title in lowercase after a greeting or "for", or opening the message;
            # not "i miss grace", "don't miss will's game" (a verb), nor "miss can u call me"
            after_title = True
        if not after_title and tests & L_TITLED and prev is not None \
                and prev.low in _OFFICE_TITLES and not prev.cap \
                and text[prev.end:tok.start] == " " and not bits & (MONTH | OBJECT_VERB) \
                and tok.low not in _ADVERBS and tok.low not in _MODALS \
                and tok.low not in _NOT_AFTER_AN_OFFICE and not tok.low.endswith("ing") \
                and not (i > 1 and toks[i - 2].low in _DETERMINERS):
            # "judge pike wants the report", "this is officer bell": a surname after an
            # office's title in lowercase, as after "ms"; not a title that is a noun ("the
            # judge read it", "a deputy sheriff"), nor "judge may", "officer still", "judge
            # running late"
            after_title = True
        if not after_title and bits & TITLE and bits & FIRST and tests & L_TITLED:
            # "uncle deacon is the one w the truck", "tio saint says he'll take them": a given
            # name that is a title's word too, after a kin word used as a title
            after_title = _after_a_kin_title(text, toks, i)
        if tok.low in _DICTATED_MARKS and not (
                tests & L_TITLED and prev is not None and prev.low in LOWER_TITLES):
            continue  # "supervisor colon i could not": a mark of dictation, said aloud
        # a given name, alone (but a rare one, maybe a word of another language, needs more)
        given = tests & L_GIVEN
        head = heads.get(i)
        if head is _PLACES_HEAD:
            continue  # "states the family lived in: georgia, carolina, virginia": places
        if head is _PEOPLE_HEAD:
            given = True  # "girls in the group: honor, grace, faith": people named
        if not given and not after_title and not tests & _CHAIN:
            continue  # no test below can succeed, and a word not found changes nothing
        if not given and not after_title and tests & L_ALSO:
            given = _talked_to(text, toks, i) or (tok.poss and _person_noun_after(
                text, toks, i, "'s " if text[tok.end:tok.end + 2] == "'s" else "’s ")) or (
                _opens_sentence(text, toks, i) and _said_of_a_person(text, toks, i))
        if not given and not after_title and tests & L_ACTS:
            # "lakeisha said", "grace told me": a word no dictionary knows, or a given name,
            # doing what people do; not after "the", "my", "i" ("the will said" is a document).
            # After a kin word ("gma rose wants", "bio dad jebro flew back") any person's
            # verb will do: the kin word already says a person is named.
            # A word on no list also before a verb only people do ("kemem ran away again").
            nxt = toks[i + 1] if i + 1 < n else None
            kin = _kin_before(text, toks, i)
            given = (nxt is not None and (nxt.bits & (PERSON_VERB if kin else STRONG_VERB)
                                          or not bits and nxt.low in _UNLISTED_VERBS
                                          and not tok.low.endswith("ly"))  # "definately"
                     and not nxt.cap and text[tok.end:nxt.start] == " " and not tok.poss
                     and (prev is None or kin or not prev.poss)  # "Mateo's case asked"
                     # "our Facebook page posted a photo": a thing's word after a brand's
                     and (prev is None or kin or not (prev.cap and bits & THING))
                     and (prev is None or kin or not prev.bits & (FUNCTION | ROLE)
                          # "ok so gammachuu told his teacher": a word on no list after a
                          # function word that is no article or owner ("the will said")
                          or not bits and not prev.bits & ROLE and prev.low not in _DETERMINERS)
                     or _after_a_kin_title(text, toks, i))
        if not given and not after_title and bits & FIRST and tests & _ASKED \
                and prev is not None and prev.low in ASKING:
            given = asked_whether_they_did(text, toks, i)  # "did grace get her glasses"
        if not given and not after_title and bits & FIRST and tests & _ASKED \
                and prev is not None and prev.low in _REGARDING:
            given = _on_whose_word(text, toks, i)  # "per bill we cant", "re faith - sup said"
        if not given and not after_title and tests & L_ADDRESSED:
            given = _addressed_or_signing(text, toks, i)
        if not given and not after_title and tests & L_MONTH:
            # "april said she wont sign", "hey april r u in the office", "thx april!!"
            given = _month_named(text, toks, i) or bool(i) and greeted(text, tok.start, tok.end,
                                                                       tok.low)
        if not given and not after_title and bits & FIRST and not bits & MONTH \
                and (_birth_record_after(text, toks, i) or _record_for(text, toks, i)):
            # "hope dob 2/14/18 and faith dob 8/1/20", "new # for grace 202 555 0138": whose
            # date of birth or record
            given = True
        if not given and not after_title and bits & FIRST and "@" in text \
                and in_an_email(text, tok.low):
            given = True  # "harmony new cell 555-0137 and email harmonyb@example.net"
        if not given and not after_title and tests & L_WORD_NAME:
            given = _word_name_acts(text, toks, i)
        elif not given and not after_title and tests & L_CHAT_VERB and (
                    i + 1 < n and toks[i + 1].low in _CHAT_AND
                    or i and toks[i - 1].low in _CHAT_AND):
            # "me n will r covering", "will n his sister": a name that is also a verb, only
            # in chat's "n" with "me" or his or her kin ("i will and ..." stays a verb)
            given = _with_me(text, toks, i) or _and_own_kin(text, toks, i) \
                or _pair_of_people(text, toks, i)  # "grace n will r both in 2nd grade"
        elif not given and not after_title and tests & L_CHAT_VERB and (
                    i + 1 < n and toks[i + 1].low == "and" or i and toks[i - 1].low == "and"):
            # "will and i are covering", "hope and will are both out today"
            given = _joined_to_me(text, toks, i) or _pair_of_people(text, toks, i)
        elif not given and not after_title and tests & L_CHAT_VERB \
                and _opens_sentence(text, toks, i):
            # "will is out sick", "will is still asking", "will from intake left", not "will
            # call": no modal stands before "is", "was", "seems" (predicate_cue's linking
            # verbs) or "from"
            alone = Context(text, toks, i, i)
            given = at_work(alone) or predicate_cue(alone) or from_cue(alone) or (
                # "will says he'll call", "will wants his own phone": a verb's "-s" after the
                # word, which no modal takes
                i + 1 < n and toks[i + 1].low.endswith("s") and toks[i + 1].bits & PERSON_VERB
                and not toks[i + 1].cap and text[tok.end:toks[i + 1].start] == " ")
        elif not given and not after_title and tests & L_SURNAME_OPENING \
                and _opens_sentence(text, toks, i) and (
                    predicate_cue(Context(text, toks, i, i)) or at_work(Context(text, toks, i, i))):
            given = True  # "woods is the on-call supervisor", "price is handling the appeal"
        if not given and not after_title and tests & L_SURNAME_WORD and (
                # not "w/ kin", "asked can she", "called back" (L_SURNAME_WORD: nor _PHRASAL)
                    prev is not None and prev.low in _BEFORE_SPOKEN_TO
                    or i + 1 < n and toks[i + 1].low in _FAMILY_WORDS) \
                and not (tok.low[-1] == "s" and lex.get(tok.low[:-1], 0) & ROLE):
            # (not people in the plural of a role's word, whatever surname it is too:
            # "talking with neighbors", "talked to cousins in mexico")
            # "talked to price about his court date", "banks family is asking about adoption"
            given = spoken_to_or_cared_for(text, toks, i) or _family_opening(text, toks, i)
        if not given and not after_title and tests & L_UNLISTED_S:
            given = bare_possessive(text, toks, i, lex) or _family_in_lowercase(toks, i, lex)
        if not given and not after_title and tests & L_GIVEN_S:
            # "hopes mom texted me", "rosas caseload is at 19": a given name and its "s" (a
            # possessive without its apostrophe) that is also a word ("hopes") or a surname
            # ("rosas"), before a person's noun or a record; a word only opening a message
            # ("she hopes mom comes" is a verb)
            given = _person_noun_after(text, toks, i, " ") and (
                not bits & (COMMON | WORD) or _opens_sentence(text, toks, i)
                # "need honors shot records", "new # for hopes mom": after a word that takes
                # an object, never a verb ("she hopes mom comes")
                or prev is not None and prev.low in _BEFORE_AN_OWNER and not prev.cap
                and text[prev.end:tok.start] == " " and not bits & FUNCTION)  # ("this")
        if not given and not after_title and tests & L_SURNAME:
            given = _surname_acts(text, toks, i)
        if not given and not after_title and tests & L_UNLISTED:
            # "texted abdirahman", "met with nhia": a word no list knows, as the person spoken
            # to; chat abbreviations are on the lists ("texted abt"), and short ones skipped.
            given = (_talked_to(text, toks, i) and _no_noun_after(text, toks, i)
                     or _cared_for(text, toks, i) or _unlisted_acts(text, toks, i))
        if not given and not after_title and tests & L_UNLISTED_POSS:
            given = _unlisted_possessive(text, toks, i, lex)
        if given and bits & PLACE and (place_context(Context(text, toks, i, i)) or town_in_chat(
                Context(text, toks, i, i), lambda k: _opens_sentence(text, toks, k)) or (
                i + 1 < n and not toks[i + 1].cap and text[tok.end:toks[i + 1].start] == " "
                and (toks[i + 1].bits & ORG and toks[i + 1].low not in _FAMILY_WORDS
                     or toks[i + 1].low in _TOWN_NOUNS or toks[i + 1].bits & REGION
                     or toks[i + 1].bits & STATE_CODE and not toks[i + 1].bits & _CODE_WORDS))):
            # "we moved to tulsa", "her aunt in florence", "lincoln elementary called",
            # "austin trip got cancelled", "paris texas is closer than u think", "paris tx is
            # 2 hrs away" (a state's code that is no word: not "tyler in the office"); but
            # "price family signed": a family's name
            given = False
            if verdicts is not None:
                verdicts[i] = TOWN_IN_LOWERCASE
        if given and is_street(text, toks, i, i):
            given = False  # "off tyler st", "on calle linda"
        if given and _SCHOOL_AFTER.match(text, tok.end) and not tok.poss:
            given = False  # "kennedy middle has a new counselor", "tyler junior college"
        if given and i >= 2 and prev.low == "on" and text[prev.end:tok.start] == " " \
                and text[toks[i - 2].end:prev.start] == " " and not tok.poss \
                and (toks[i - 2].low in _SITES or toks[i - 2].bits & ORG
                     and not toks[i - 2].bits & (ROLE | FAMILY)):
            given = False  # "the shelter on wilson", "the dcfs office on madison": a street
        if given and (prev is not None and text[prev.end:tok.start] == " "
                      and lex.get(f"{prev.low} {tok.low}", 0) & PLACE
                      or i + 1 < n and text[tok.end:toks[i + 1].start] == " "
                      and lex.get(f"{tok.low} {toks[i + 1].low}", 0) & PLACE):
            # "glen ellyn office has the better room", "came from the marshall islands": a
            # place of two words
            given = False
            if verdicts is not None:
                verdicts[i] = TOWN_IN_LOWERCASE
        if given and i + 1 < n and toks[i + 1].low in COUNTY_NOUNS \
                and text[tok.end:toks[i + 1].start] == " ":
            # "we drove to harmon county", a caption in capitals read in lowercase ("COURT OF
            # HARMON COUNTY"): a county's name
            given = False
            if verdicts is not None:
                verdicts[i] = TOWN_IN_LOWERCASE
        if given and bits & COMMON and not bits & FIRST and tok.low.endswith("ly"):
            given = False  # "updated weekly", "daily": an adverb that is also a surname
        if given and prev is not None and prev.low in _SAINT_OR_MOUNT \
                and text[prev.end:tok.start] in (" ", ". "):
            given = False  # "st jude mail is in ur box", "mt hood": a saint's or a place's
        if given and IDIOM_OPENING.match(text, tok.start):
            given = False  # "heaven knows when the judge will rule"
        if given and _SHADE.match(text, tok.start) and not _a_person_s_verb_after_the_shade(
                text, toks, i):
            given = False  # "kelly green shirt", "carolina blue car seat": a shade
        if given and prev is not None and prev.low in NAMING_WORDS \
                and any(other.low in _ANIMALS for other in toks[max(0, i - 4):i - 1]):
            given = False  # "the fp has 4 cats and a parrot named kevin": a pet's name
            if verdicts is not None:
                verdicts[i] = PET_IN_LOWERCASE
        if given and tok.low in _PEOPLES and i + 1 < n and toks[i + 1].low in _PEOPLE_NOUNS \
                and text[tok.end:toks[i + 1].start] == " ":
            given = False  # "need a karen interp", "the cheyenne language"
        if given and tok.low in _MONTHS_ABROAD and (
                _YEAR_AFTER.match(text, tok.end) or _DAY_BEFORE.search(text, 0, tok.start)):
            given = False  # "fixée au 12 avril 2026", "née le 3 avril": a month of a date
        if given and tok.low in _PRONOUNS_ABROAD and prev is not None \
                and prev.low in _JOINERS_ABROAD and text[prev.end:tok.start] == " ":
            given = False  # "y ella dijo que no", "aunque ella cuida a los niños": she
        if given and bits & COMMON and _in_a_noun_phrase(toks, i):
            given = False  # "the daycare case knew", "my dog walker knows", "our little guy"
        if after_title or given:
            j = i
            while j + 1 < n and text[toks[j].end:toks[j + 1].start] == " " \
                    and not toks[j].poss and not toks[j + 1].cap:
                if toks[j + 1].bits & LAST and not toks[j + 1].bits & (
                        COMMON | WORD | ROLE | PARTICLE):
                    j += 1
                    continue
                # "maria fernandez de la cruz", "tran van minh": particles inside a name
                k = j + 1
                while k < n and toks[k].bits & PARTICLE and not toks[k].cap \
                        and text[toks[k - 1].end:toks[k].start] == " ":
                    k += 1
                if k == j + 1 or k >= n or toks[k].cap or not toks[k].bits & NAME \
                        or toks[k].bits & (COMMON | WORD | ROLE | PARTICLE) \
                        or text[toks[k - 1].end:toks[k].start] != " ":
                    break
                j = k
            spans.append((tok.start, toks[j].end))
            resume = j + 1
            if not after_title and spans[-1][0] == tok.start:
                before = _named_before(text, toks, i)
                if before is not None and (not spans[:-1] or spans[-2][1] <= toks[before].start):
                    spans.insert(len(spans) - 1, (toks[before].start, toks[before].end))
            other = _joined_name(text, toks, j) if not after_title else None
            if other is not None:
                spans.append((toks[other].start, toks[other].end))
                resume = other + 1
    return spans


def _capitals_surname(tok: Token) -> bool:
    """'MORALES', 'JOHNSON': a surname in capitals that is no word of another sort."""
    return (len(tok.raw) > 1 and tok.raw.isupper() and bool(tok.bits & LAST)
            and not tok.bits & (COMMON | WORD | _NOT_GIVEN | FUNCTION | PLACE))


def _capitals_surname_before_a_given(text: str, toks: list[Token], i: int) -> bool:
    """'DALTON, TRACY L.', 'WARD, ANNETTE', 'BROOKS, NEVAEH | MRN 00482217', 'OKONJO, VICTOR
    booked 03/01': a surname in capitals that is a place's or an everyday word too, or a word
    no list holds, before a comma and the given name at toks[i] and then the entry's end (an
    initial, nothing more in capitals, or a cell's or a column's edge): a form's or a roster's
    "surname, given name", whatever else the surname is."""
    surname = toks[i - 1]
    if not (len(surname.raw) > 1 and surname.raw.isupper()) \
            or not (surname.bits & LAST or len(surname.raw) > 3 and surname.raw.isalpha()
                    and not surname.bits & (NAME | NOT_NAME | ALSO_WORD | COMMON | WORD)) \
            or surname.bits & (_NOT_GIVEN | FUNCTION) or toks[i].bits & REGION:
        return False  # (not a town and its state: "LAKE, GEORGIA")
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or len(nxt.raw) == 1 or not nxt.raw.isupper() \
        or _ENTRY_EDGE.search(text, toks[i].end, nxt.start) is not None


# Between an entry and the next in a pasted table or log: a cell's bar, a tab, a line break,
# or two spaces and more ("BROOKS, NEVAEH | MRN", "OKONJO, VICTOR  booked")
_ENTRY_EDGE = re.compile(r"[|\t\n]| {2}")
# ... and a surname in capitals with the initial of the given name after its comma, as a
# booking sheet lists one ("LEWIS, D. booked 0312")
_SURNAME_COMMA_INITIAL = re.compile(r"\b([A-Z][A-Z'-]{2,}), [A-Z]\.(?!\w)")


def capitals_names(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """'MARIA GONZALEZ', 'TANISHA R. BROOKS': a given name in capitals that is no everyday
    English word, then one or two more names in capitals; or a surname, a comma and the given
    name, as forms list them ("MORALES, TANYA")."""
    spans = []
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        bits = tok.bits
        if not (len(tok.raw) > 2 and tok.raw.isupper() and bits & FIRST
                and not bits & (COMMON | WORD | _NOT_GIVEN | FUNCTION)):
            i += 1
            continue
        if i >= 1 and text[toks[i - 1].end:tok.start] == ", " and (
                _capitals_surname(toks[i - 1]) or _capitals_surname_before_a_given(text, toks, i)) \
                and (not spans or spans[-1][1] < toks[i - 1].start):
            spans.append((toks[i - 1].start, tok.end))  # "MORALES, TANYA": surname first
            i += 1
            continue
        j = i
        while j + 1 < n and j - i < 2 and toks[j + 1].raw.isupper() and (
                text[toks[j].end:toks[j + 1].start] == " " or len(toks[j].raw) == 1
                and text[toks[j].end:toks[j + 1].start] == ". "):
            nxt = toks[j + 1]
            if not (nxt.bits & NAME or len(nxt.raw) == 1) or nxt.bits & (
                    _NOT_GIVEN | FUNCTION):
                break
            j += 1
        if j > i and len(toks[j].raw) > 1:
            spans.append((tok.start, toks[j].end))
        i = j + 1
    if ", " in text:
        spans += _surnames_with_an_initial(text, toks, spans)
    if not text.isupper():
        taken = {start for start, _ in spans}
        spans += [span for span in _surnames_in_a_report(text, toks) if span[0] not in taken]
    return spans


def _surnames_with_an_initial(text: str, toks: list[Token],
                              spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'LEWIS, D. booked 0312', 'RODRIGUEZ, A. 2008': a surname in capitals that is no word of
    another sort, a comma and the initial of the given name, as a booking sheet or a file's tab
    lists a person."""
    found = []
    for match in _SURNAME_COMMA_INITIAL.finditer(text):
        surname = next((tok for tok in toks if tok.start == match.start()), None)
        if surname is not None and _capitals_surname(surname) \
                and not any(a < match.end() and match.start() < b for a, b in spans):
            found.append(match.span())
    return found


def _surnames_in_a_report(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """'subject GALLAGHER', 'juvenile DIAZ stayed', 'the PRICE juvenile', 'Per report, DELGADO
    stated': a surname alone in capitals, as a police report writes one, beside a word for
    the person a report is about, or before what a person did; in a text not all in
    capitals, where every word stands so."""
    spans = []
    n = len(toks)
    for i, tok in enumerate(toks):
        if len(tok.raw) < 3 or not tok.raw.isupper() or not tok.bits & (FIRST | LAST) \
                or tok.bits & (_NOT_GIVEN | FUNCTION):
            continue
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < n else None
        if tok.bits & (COMMON | WORD) and nxt is not None and nxt.bits & FUNCTION:
            continue  # "the subject LINE of the email", "the subject MATTER of the hearing"
        if prev is not None and prev.low in _REPORTED_PERSONS and not prev.raw.isupper() \
                and text[prev.end:tok.start] == " " \
                or nxt is not None and text[tok.end:nxt.start] == " " and not nxt.raw.isupper() \
                and (nxt.low in _REPORTED_PERSONS
                     or nxt.bits & STRONG_VERB and len(tok.raw) > 4 and tok.bits & LAST
                     and not tok.bits & (FIRST | COMMON | WORD | PLACE)):
            # (beside a word for the person, a surname that is a word too: "subject FIELDS";
            # before a verb only a longer surname, no given name nor word: "EAP called", "ESSA
            # says" are a programme and a law)
            spans.append((tok.start, tok.end))
    return spans


# a report's words for the people it is about ("subject GALLAGHER", "juvenile ROSS")
_REPORTED_PERSONS = words("reported-persons")
