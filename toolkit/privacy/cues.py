"""What the words after a lone capitalized word say about it: a predicate said of a person
("Patience is a foster mom"), a thing or road it names ("the Bridges program", "Route 9"), an
office it comes from ("Rich from the landlord's office called"), or a noun it modifies ("Max
capacity at the shelter"). Some cues are strong enough to make any capitalized word a person,
even a word on no name list opening a sentence ("Journey (foster mom) said", person_signs).

Asked only of one-word runs whose own word cannot decide, so the cost stays off the common path.
"""

from __future__ import annotations

import re

from .word_uses import bracketed_person
from .context import APPOSITION_STARTERS, POSSESSED, Context, thing_after
from .lexicon import (ALSO_WORD, AUTHORITY, COMMON, FAMILY, FIRST, FUNCTION, LAST, MONTH, NAME,
                      NOT_NAME, OBJECT_VERB, ORG, PERSON_VERB, PLACE, ROLE, STATE, STRONG_VERB,
                      THING, TITLE, WORD, lexicon)
from .tokens import LOWER_VIRTUES, N, W1, Token
from .wordlists import alternation, entries, words

_NUMBER_WORDS = words("number-words")
_AGE_UNITS = words("age-units")  # "Summer is three years old": a plural that is an age's
_HEDGES = words("hedges")
# "is only 3", "was almost 7": an age after "is", maybe after a hedge; not a quantity ("is 45
# minutes") or a stretch of time ("is 3 months away").
_AGE_AFTER_IS = re.compile(
    rf" (?:(?:{alternation('hedges')}) )?\d{{1,2}}\b(?![/.:-]\d)"  # not "is 6/12", a date
    rf"(?!\s*(?:%|{alternation('not-age-units')}))"
    rf"(?!\s+\w+\s+(?:{alternation('after-a-duration')})\b)")  # not "is 3 months away"
_LINKING = words("linking-verbs", "linking-verbs-of-a-person")
_BEFORE_ROAD = words("before-road")  # "the Walmart on Elm": a road or a place
# A number right after a word: "Route 9", "Mom Case 3" (a label in a phone's contacts).
# Patterns of the rules are compiled once, not looked up in re's cache at each call.
_SPACE_DIGIT = re.compile(r" \d")
_ON_A_PERSON = words("on-a-person")  # "hard on Crystal": no road after this "on"
# After the first word, the endings of verbs, adverbs and plurals ("Max smiled", "Max really").
_NOT_NOUN_ENDINGS = tuple(words("verb-adverb-plural-endings"))  # str.endswith takes a tuple
_BEFORE_MONTH = words("before-month")  # "in April", "since May": a month
_SELF_WORDS = words("reflexives-of-a-person")  # "June herself"
_HIS_OR_HER = words("third-person-owners")  # "August and his grandmother"
_FIRST_PERSON = words("first-person-partners")  # "June and I"


def family_opens(ctx: Context) -> bool:
    """'Iron Shell family offered to take all three kids', 'Yellow Hair family came to court': a
    name opening a sentence, then "family" and a verb in the past or of people."""
    prev = ctx.before()
    if prev is not None:
        gap = ctx.text[prev.end:ctx.toks[ctx.first].start]
        if not ("." in gap or "!" in gap or "?" in gap or "\n" in gap):
            return False  # (four tests, not a generator's: most runs end here)
    fam, verb = ctx.after(), ctx.after(2)
    return (fam is not None and verb is not None and fam.low in _FAMILY_WORDS and not fam.cap
            and not verb.cap and ctx.gap_after() == " " and ctx.text[fam.end:verb.start] == " "
            and bool(verb.bits & PERSON_VERB or verb.low.endswith("ed")))


_FAMILY_WORDS = words("family-after-a-surname")


def predicate_cue(ctx: Context) -> bool:
    """'Patience is a foster mom', 'Summer is only three', 'Hope was 7': said of a person."""
    nxt = ctx.after()
    if not nxt or ctx.gap_after() != " ":
        return False
    if nxt.low in _LINKING:
        verb, after = nxt, ctx.after(2)
        if after and after.low in _ADVERBS and ctx.text[verb.end:after.start] == " ":
            verb, after = after, ctx.after(3)  # "Summer is still refusing"
        if after and after.bits & STATE and ctx.text[verb.end:after.start] == " ":
            return True  # "Dontrell is upset", "Hope was crying", "King was suspended"
    elif nxt.low in _ADVERBS and not nxt.cap:
        after = ctx.after(2)
        if after and after.bits & STRONG_VERB and not after.cap \
                and ctx.text[nxt.end:after.start] == " ":
            return True  # "Faith finally said a full sentence"
    if nxt.low not in ("is", "was"):
        return False
    if _A_NAME_SAID.match(ctx.text, nxt.end):
        return True  # "Penny is the CASA volunteer's first name;"
    rest = ctx.text[nxt.end:nxt.end + 40]
    if _AGE_AFTER_IS.match(rest):
        return True
    k, seen_article, hedged = 2, False, False
    while k < 6:
        tok = ctx.after(k)
        before = ctx.after(k - 1)
        if tok is None or ctx.text[before.end:tok.start] != (
                " " if not before.poss or k == 2 else ctx.text[before.end:before.end + 2] + " "):
            return False  # (after "the youth's", the words of whose role it is)
        if (k == 2 or hedged and k == 3) and tok.low in _NUMBER_WORDS:
            # an age, not a count: "Summer is only three", not "Hope is one of the reasons",
            # "Grace is two steps ahead"
            counted = ctx.after(k + 1)
            return tok.low != "one" and (
                counted is None or ctx.text[tok.end:counted.start] != " "
                or counted.low != "of" and not (counted.low.endswith("s")
                                                and counted.low not in _AGE_UNITS))
        if k == 2 and tok.low in _HEDGES:
            hedged = True
        elif tok.low in APPOSITION_STARTERS and not seen_article:
            seen_article = True
        elif tok.bits & ROLE and not tok.poss and seen_article:
            return True  # "a foster mom", "the oldest"
        elif not seen_article or not tok.bits & (COMMON | WORD) or tok.cap \
                or tok.bits & FUNCTION:
            return False
        k += 1
    return False


# After "is" or "was": the word is someone's name ([kinds-of-name], [owners-of-a-name])
_A_NAME_SAID = re.compile(
    rf" (?:also )?(?:{alternation('owners-of-a-name')}) (?:[\w-]+(?:['’]s)? ){{0,3}}?"
    rf"(?:(?:{alternation('kinds-of-name')}) ?)?name(?=\s*(?:[,.;:!?)]|$))", re.IGNORECASE)


def not_a_person_here(ctx: Context) -> bool:
    """'the Bridges program', 'Route 9', 'the Walmart on Elm': a capitalized word that names a
    thing, a road or a place by what stands around it."""
    if thing_after(ctx):
        return True
    if _SPACE_DIGIT.match(ctx.text, ctx.toks[ctx.last].end):
        return True
    prev = ctx.before()
    if not (prev and prev.low in _BEFORE_ROAD and ctx.gap_before() == " "):
        return False
    # "harder on Crystal than on her brother", "checked on Hope": "on" whose object is a person
    return not on_a_person(ctx.text, ctx.toks, ctx.first)


def on_a_person(text: str, toks: list, i: int) -> bool:
    """'harder on Crystal than on her brother', 'checked on Hope': word i after "on" whose
    object is a person ([on-a-person] before it), not a road's "on" ("the Walmart on Elm")."""
    if i < 2 or toks[i - 1].low != "on" or text[toks[i - 1].end:toks[i].start] != " ":
        return False
    verb = toks[i - 2]
    return verb.low in _ON_A_PERSON and text[verb.end:toks[i - 1].start] == " "


def role_after_the(ctx: Context) -> bool:
    """'Mark the new supervisor wants every text in the record', 'Rose the foster mom
    called': a word, "the", a role (maybe after one word) and a verb in the present or
    past, without a comma: the role says who the word is. Not after a verb that opens a
    clause ("Hope the new worker likes it"), nor an order ("Sue the landlord")."""
    tok = ctx.toks[ctx.last]
    the = ctx.after()
    if tok.poss or the is None or the.low != "the" or ctx.gap_after() != " " \
            or tok.low in _CLAUSE_VERBS:
        return False
    k = _role_at(ctx, 2)
    if k is None:
        return False
    role, verb = ctx.after(k), ctx.after(k + 1)
    if verb is not None and verb.bits & ROLE and not verb.cap and not verb.poss \
            and ctx.text[role.end:verb.start] == " ":
        role, verb = verb, ctx.after(k + 2)  # "Rose the foster mom called"
    return (verb is not None and not verb.cap and ctx.text[role.end:verb.start] == " "
            and bool(verb.bits & PERSON_VERB or verb.low.endswith("ed")))


_CLAUSE_VERBS = words("clause-verbs-also-names")


def _role_at(ctx: Context, k: int) -> int | None:
    """Where a role stands, the k-th word after the run's or the next ("the new supervisor",
    "a foster mom"), the words joined by spaces; None if neither is one."""
    for m in (k, k + 1):
        role, before = ctx.after(m), ctx.after(m - 1)
        if role is None or role.cap or ctx.text[before.end:role.start] != " ":
            return None
        if role.bits & ROLE and not role.poss:
            return m
    return None


def has_a_role(ctx: Context) -> bool:
    """'Blessing has a new worker starting Monday', 'Faith had a foster mom who cared': has
    or had a person of some role; a virtue has no worker ("Hope has a way of showing up")."""
    nxt, art = ctx.after(), ctx.after(2)
    if nxt is None or art is None or nxt.low not in ("has", "had") or art.low not in ("a", "an") \
            or ctx.gap_after() != " " or ctx.text[nxt.end:art.start] != " ":
        return False
    k = _role_at(ctx, 3)
    if k is None:
        return False
    after = ctx.after(k + 1)
    return after is None or after.low != "of"


_TITLES_OF_A_FAITH = words("titles-of-a-faith")
_HOUSES_OF_WORSHIP = words("houses-of-worship")


def from_cue(ctx: Context) -> bool:
    """'Rich from the landlord's office called', 'Dawn from the school district wants the
    records', 'sandy in HR said the paperwork is fine', 'Glen from IT reset my password': a
    word, "from" where they work (or "in", "at" a unit of the agency), then a person's verb in
    the same clause."""
    nxt = ctx.after()
    if not nxt or ctx.gap_after() != " " or ctx.toks[ctx.last].poss:
        return False
    if nxt.low in ("from", "at") and ctx.toks[ctx.last].low in _TITLES_OF_A_FAITH \
            and any(tok.low in _HOUSES_OF_WORSHIP for tok in ctx.toks[ctx.last + 2:ctx.last + 6]):
        return False  # "Deacon from the church offered to drive": the office's holder
    if nxt.low == "from":
        place, word = ctx.after(2), ctx.after(3)
        if place is not None and place.low == "the" and word is not None \
                and word.low in _FROM_A_TIME:
            return False  # "Hope from the start was the goal": a time, not a workplace
    else:
        unit = ctx.after(2)
        if unit is not None and unit.low in _UNIT_OWNERS and ctx.text[nxt.end:unit.start] == " ":
            unit = ctx.after(3)  # "Amber in our licensing unit laughs"
        if nxt.low not in ("in", "at") or unit is None \
                or not (unit.low in WORK_UNITS or unit.raw.isupper() and len(unit.raw) > 1):
            return False
    office = False
    for k in range(2, 9):
        tok, prev = ctx.after(k), ctx.after(k - 1)
        if tok is None or ctx.text[prev.end:tok.start].strip(" '’s") not in ("", "&"):
            return False  # a comma or full stop ends the clause (not the "&" of an office's
            # name: "Joy from the Boys & Girls Club asked for a list")
        if tok.bits & STRONG_VERB and not tok.cap:
            return True
        if office and tok.low in _ADVERBS and not tok.cap:
            continue  # "Hope from the group home still owes me": the office, then an adverb
        # (an office seen since "from" holds for the words after it: "Grace from the agency
        # clothing closet let me pick")
        office = office or bool(prev.bits & (ORG | AUTHORITY)) or prev.raw.isupper() \
            or prev.low in WORK_UNITS
        if k >= 3 and office and not tok.cap and (
                tok.bits & PERSON_VERB or tok.low.endswith("ed") and tok.bits & WORD
                or tok.low in _OFFICE_VERBS):
            # "Holly from CASA has a personal gmail", "Frank from maintenance fixed the lock":
            # an office, then a person's verb; but a virtue or a blessing from people is
            # what they give ("Patience from the families is a gift", "Blessing from the
            # pastor was long")
            return not (ctx.toks[ctx.last].low in _GIVEN_WORDS and tok.low in ("is", "was"))
    return False


def apposed_without_a_comma(ctx: Context) -> bool:
    """'Faith my GAL is the only one who listens', 'Heaven my little cousin went to live with
    him': a given name opening a sentence, then who the person is to the writer with no
    comma between (an owner, up to two words more, a person's role in the singular), then a
    person's verb. Hurried writers leave out an apposition's commas, and a virtue or a
    season owned by no one stands before no "my supervisor". Not a wish ("Hope my mom is
    ok": the writer hopes), nor a verb taking the person as its object (no person's verb
    follows the role: "Love my therapist so much")."""
    toks, first = ctx.toks, ctx.first
    tok = toks[first]
    if first != ctx.last or not tok.initial or tok.poss or not tok.bits & FIRST \
            or tok.bits & (PERSON_VERB | OBJECT_VERB) or tok.low in WISH_VERBS:
        return False
    owner = ctx.after()
    if owner is None or owner.low not in _OWNERS or ctx.gap_after() != " ":
        return False
    for k in range(2, 5):  # (the role, after up to two words more: "my little cousin")
        word, prev = ctx.after(k), ctx.after(k - 1)
        if word is None or ctx.text[prev.end:word.start] != " " or word.poss:
            return False
        if word.raw.isupper() and word.low in _ROLE_ABBREVIATIONS \
                or not word.cap and word.bits & ROLE and not word.low.endswith("s"):
            verb = ctx.after(k + 1)
            return verb is not None and not verb.cap and bool(verb.bits & PERSON_VERB) \
                and ctx.text[word.end:verb.start] == " "
        if word.cap or word.bits & (FUNCTION | PERSON_VERB):
            return False
    return False


_OWNERS = words("owners")
WORK_UNITS = words("work-units")  # (names._a_unit reads it too)
_UNIT_OWNERS = words("unit-owners")
_GIVEN_WORDS = words("virtues-also-names", "given-from-people")
_FROM_A_TIME = words("times-after-from-the")
_OFFICE_VERBS = words("office-verbs")


# A school's year, before "grade": "3rd", "third"
_SCHOOL_YEAR = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{alternation('spoken-ordinals')})"
# What at_work reads after the word: a space, maybe an adverb, then where a person is ("is out
# sick"), what they will do ("will have the file") or what they did ("approved the overtime").
_ADVERB = rf"(?:(?:{alternation('adverbs')}) )?"
_IS_WHERE = (
    rf"(?:is|was|isn't|isnt|wasn't|wasnt|'s|’s) {_ADVERB}"
    rf"(?:{alternation('whereabouts-after-is-phrases')}"
    # "Hope was at Mercy overnight": at a place named by its capital, a hospital or a school
    r"|(?-i:at (?=[A-Z][a-z]))"
    # "gift is in the 2nd grade", "Hope is in third grade now", "Grace is repeating 3rd grade",
    # "Charity is a 7th grader": a school's year
    rf"|(?:{alternation('school-year-openers')}) (?:the )?{_SCHOOL_YEAR} grade"
    rf"|an? {_SCHOOL_YEAR}[- ]grader)")
_AT_WORK = re.compile(
    rf" {_ADVERB}(?:{_IS_WHERE}"
    rf"|(?:{alternation('modal-auxiliaries')}) (?:{alternation('work-verb-phrases')})"
    rf"|(?:{alternation('work-done-phrases')}))\b",
    re.IGNORECASE)
# ... where only "is" or "was" and where one is (at_work's said_where)
_IS_AT_WORK = re.compile(rf" {_ADVERB}{_IS_WHERE}\b", re.IGNORECASE)


# After "covering" or "handling", what money or a programme covers, not a worker: "grant is
# covering costs for camp", "Charity is covering costs for the funeral".
_THINGS_COVERED = re.compile(rf" (?:the )?(?:{alternation('covered-things')})\b", re.IGNORECASE)


# Where a child or a worker is, as a note or a message says it with no "is" ("ginger at the
# clinic til 4", "violet w the FP", "Ranger at the ER"): at, in or with a place of a day's care
WHEREABOUTS = re.compile(
    r" (?:at|@|in|w/?|with) (?:the |her |his |their |a )?"
    rf"(?:{alternation('whereabouts-place-phrases')})(?![\w-])", re.IGNORECASE)
# Words that say such a place after them as a verb does, or as a season or a month does, or a
# word for anyone: "hope at the clinic it goes ok" is still a hope, "summer at the ymca" a
# season's programme, "guy at the front desk" a man
VERB_OR_SEASON_NAMES = words("clause-verbs-also-names", "object-verbs-also-names", "seasons")
_NOT_WHEREABOUTS = VERB_OR_SEASON_NAMES | words("whereabouts-not-after")


def covers_things(text: str, end: int) -> bool:
    """'grant is covering costs for camp', 'Charity is covering costs for the funeral': what
    the word before `end` is said to cover is money's or a programme's, not a worker's shift
    (at_work's own test, which the name model asks too of a word no rule read)."""
    said = _AT_WORK.match(text, end)
    return said is not None and _THINGS_COVERED.match(text, said.end()) is not None


def at_work(ctx: Context, said_where: bool = False) -> bool:
    """'will is out sick today', 'Joy is covering intake', 'grace will have the file by noon',
    'Rich approved the overtime', 'ginger at the clinic til 4': a word that is also a given
    name, opening a sentence or a message, then what is said of a worker or a child on a
    working day and not of hope, grace or justice ("hope is all we have", "justice will take
    time"). The caller makes sure the word opens its sentence. said_where: only "is" or "was"
    and where one is ("is out sick", "is in 3rd grade"), as said of a person and not of a
    title's holder, who works ("Deacon at the church offered to supervise", "Bishop was
    placed in charge")."""
    if ctx.first != ctx.last:
        return False
    tok = ctx.toks[ctx.last]
    if tok.poss:
        return False
    said = (_IS_AT_WORK if said_where else _AT_WORK).match(ctx.text, tok.end)
    if said is None:
        return (not said_where and ctx.text[tok.end:tok.end + 1] == " "
                and tok.low not in _NOT_WHEREABOUTS and not tok.bits & MONTH
                and WHEREABOUTS.match(ctx.text, tok.end) is not None)
    return not _THINGS_COVERED.match(ctx.text, said.end())


def modifies_next(ctx: Context) -> bool:
    """'Max capacity at the shelter is 20 beds', 'Pat answers do not help': an English word
    opening a sentence, followed by a noun it qualifies rather than by what a person does.
    Only a plain noun counts: a verb ("Max smiled", "Max wants"), an adverb ("Max really"),
    a function word ("Max and I") or a person ("Max mom said") leaves the name standing."""
    tok = ctx.toks[ctx.first]
    if not tok.initial or tok.poss or ctx.first != ctx.last or not tok.bits & (
            WORD | COMMON | ALSO_WORD):
        return False
    nxt = ctx.after()
    if not nxt or nxt.cap or ctx.gap_after() != " ":
        return False
    if nxt.low in _NUMBER_WORDS:
        return True  # "Max two people in the room": a quantity, as in "Max capacity"
    bits = nxt.bits
    if not bits & (COMMON | WORD) or bits & (PERSON_VERB | STRONG_VERB | OBJECT_VERB | FUNCTION
                                             | ROLE | FAMILY | FIRST | STATE):
        return False
    return not nxt.low.endswith(_NOT_NOUN_ENDINGS)


_WHOSE_RECORD_NOUNS = words("whose-record-nouns")


def month_as_name(ctx: Context) -> bool:
    """'April is doing great', 'June told me', 'April's mom', 'May sat with her brother': a
    month that is also a given name, doing what people do (a verb or two words that only people
    do, as for any everyday word). "May is Foster Care Awareness Month" stays a month."""
    tok = ctx.toks[ctx.first]
    if ctx.first != ctx.last or not tok.bits & MONTH or not tok.bits & FIRST or tok.raw.isupper():
        return False
    if tok.poss:
        # "April's mom", and a child's records and appointments ("June's visit is on
        # Tuesday", "April's hearing was moved"), which no month has
        nxt = ctx.after()
        return bool(nxt and not nxt.cap and (nxt.bits & (ROLE | FAMILY)
                                             or nxt.low in _WHOSE_RECORD_NOUNS)
                    and ctx.gap_after() == " ")
    prev = ctx.before()
    if prev is not None and prev.low in _BEFORE_MONTH:
        return False
    nxt, other = ctx.after(), ctx.after(2)
    return (ctx.verb_after(strong=True) or ctx.apposition_after() or ctx.role_before()
            or ctx.titled() or _state_after(ctx) or from_cue(ctx)  # "June from licensing"
            or role_predicate(ctx)  # "June is the foster mom who keeps a binder"
            or only_people_do(ctx) or undergoes_what_only_people_do(ctx)
            # "June and Pat are the foster parents": joined to a given name, not a month's
            or nxt is not None and other is not None and nxt.low == "and" and other.cap
            and other.cls in (N, W1) and not other.bits & MONTH and ctx.gap_after() == " "
            # "August and his grandmother came", "June herself didn't come"; opening a
            # sentence, "June and I talked about school", "April and me went to court"
            or nxt is not None and ctx.gap_after() == " " and (
                nxt.low in _SELF_WORDS or nxt.low == "and" and other is not None
                and ctx.text[nxt.end:other.start] == " " and (
                    other.low in _HIS_OR_HER or tok.initial and other.low in _FIRST_PERSON))
            # "Mom (April) was late": the name of a kin or a worker, in brackets after the word
            or prev is not None and prev.bits & (ROLE | FAMILY) and not prev.poss
            and ctx.text[prev.end:tok.start] == " (" and ctx.text[tok.end:tok.end + 1] == ")")


def kept_a_month(text: str, toks: list[Token], i: int) -> bool:
    """Whether the month at toks[i], which is a given name too, stands as the month whatever
    else is said of it: after a word that keeps a month ("in June", "by april", "last May")
    or before a day or a year ("June 5th", "april, 2024"). casing._month_named and names.
    _month_may_name ask it before they read a month by the cues of any word-name, and leave
    "may" to its own rules there, a modal first (MODAL_MONTHS: "May I ask")."""
    return i > 0 and toks[i - 1].low in _BEFORE_MONTH \
        or _DAY_AFTER.match(text, toks[i].end) is not None


MODAL_MONTHS = words("question-modals")  # (of them, "may")
_DAY_AFTER = re.compile(r"\W{0,2}\d")


def _state_after(ctx: Context) -> bool:
    # "April is doing great", "June was crying": a linking verb and a person's state.
    nxt, state = ctx.after(), ctx.after(2)
    return bool(nxt and state and nxt.low in _LINKING and state.bits & STATE
                and ctx.gap_after() == " " and ctx.text[nxt.end:state.start] == " ")


def acts_after(ctx: Context) -> bool:
    """'Mike came by', 'Sue has three kids', 'Rob never called': a person's verb, maybe after
    an adverb, right after a word. Asked of names that are also everyday words when they open
    a sentence, where "Sue the agency" and "Jack hammers outside" are verbs and nouns."""
    if ctx.verb_after(strong=False):
        return True
    nxt, verb = ctx.after(), ctx.after(2)
    return bool(nxt and verb and ctx.gap_after() == " " and not nxt.cap
                and (nxt.low.endswith("ly") or nxt.low in _ADVERBS)
                and verb.bits & PERSON_VERB and not verb.cap
                and ctx.text[nxt.end:verb.start] == " ")


_ADVERBS = words("adverbs")


_DETERMINERS = words("determiners")


def title_as_name(ctx: Context) -> bool:
    """'I saw Bishop at the courthouse', 'Elder from the church called': a surname that is also
    a title, standing alone where a person stands. Titles that are roles too ("Judge", "Coach")
    name a job when alone, and "the Bishop" is an office."""
    tok = ctx.toks[ctx.first]
    if ctx.first != ctx.last or not tok.bits & TITLE or not tok.bits & NAME \
            or tok.bits & ROLE or tok.raw.isupper():
        return False
    prev = ctx.before()
    if prev is not None and prev.low in _DETERMINERS:
        return False
    return (ctx.object_of_verb() or ctx.verb_after(strong=True) or from_cue(ctx)
            or ctx.possessive(any_noun=False))


# After a possessive, a person's records, school and care: "Legend's IEP meeting", "Sky's
# therapy appointment" (roles count too: "Harmony's dentist").
_RECORDS = POSSESSED | words("records-after-possessive")
BIRTH_RECORDS = words("birth-records-after-a-name")
# "Storm uses they/them", "Sage goes by they/them", "River (he/him)".
_PRONOUNS = re.compile(
    r"(?:,?\s+(?:who\s+)?(?:uses|use|goes\s+by|prefers|is\s+\w+\s+and\s+uses)\s+|\s*\(\s*)"
    rf"(?:{alternation('pronoun-subjects')})/(?:{alternation('pronoun-objects')})\b",
    re.IGNORECASE)
# "River turned 16 today", "Ocean is 7 years old", "Royal just turned 12".
# Not "Training turned 3 hours long".
_AGE = re.compile(
    rf"\s+(?:(?:{alternation('adverbs-before-turned')})\s+)?(?:turned|turns|turning)\s+\d{{1,2}}\b"
    rf"(?!\s*(?:%|{alternation('not-age-units')}))"
    rf"|\s+(?:is|was)\s+(?:(?:{alternation('hedges')})\s+)?\d{{1,2}}\s*"
    r"(?:years?\s+old|yrs?\s+old|y/?o|months?\s+old)\b"
    # "Princess is the 2 yr old", "Chase is the 14-year-old": which child of the family
    r"|\s+(?:is|was)\s+the\s+\d{1,2}[\s-]*(?:years?|yrs?|months?)[\s-]*old\b"
    r"|\s+(?:is|was)\s+the\s+\d{1,2}\s*(?:y/?o|yo)\b", re.IGNORECASE)
# "Major is a twelve-year-old I work with", "Tiny is a 3-year-old in a kinship home", "Dana
# is on my caseload", "Faith is still on my caseload": an age in words or after "a", a
# caseload (maybe after an adverb): said of a child, not a thing
_AGE_OR_CASELOAD = re.compile(
    rf"\s+(?:is|was)\s+(?:(?:a|an|the)\s+(?:\d{{1,2}}|{alternation('number-words')})"
    rf"[\s-]*(?:years?|months?)[\s-]*old\b|(?:(?:{alternation('adverbs')})\s+)?"
    r"(?:on|in)\s+(?:my|our|her|his|their|the)\s+caseloads?\b)", re.IGNORECASE)
# "River is 3 and nonverbal", "Justice is 5, on Risperdal now": an age with no unit, the
# number closing its clause. Asked only of a given name: "Court is 9" is a time.
_BARE_AGE = re.compile(
    rf"\s+(?:is|was|(?:will|would|should|might|must)\s+be)\s+(?:(?:{alternation('hedges')})\s+)?"
    r"\d{1,2}(?=\s*(?:[,;.!?)]|$)|\s+(?:and|now|but|so)\b"
    # ... or the month of the birthday ("Faith will be 14 in May")
    rf"|\s+in\s+(?:{alternation('month-words')})\b)", re.IGNORECASE)
# "Mark 12 read the court report over my shoulder", "Harry 10 on my caseload hates that joke",
# "Angel 4 was on an angel tree tag": a given name, then a child's age with no word for it, as
# notes and quick reflections write them; not a unit after the number ("Summer 2 weeks ago":
# [not-age-units], [age-units]), a time or money.
_AGE_BEFORE_AN_ACT = re.compile(
    rf"\s(1\d|[1-9])(?:\s*(?:yo|y/o|yrs?))?"
    rf"(?:\s*[,;)]\s|\s+(?:and|&)\s+[A-Z]|\s+(?!(?:{alternation('not-age-units', 'age-units')})"
    rf"|and\b|or\b|to\b|of\b|at\b|am\b|pm\b|a\.m|p\.m)([a-z]{{2,}})\b)")
_CHAT_TO_FOR_BEFORE = words("chat-to-and-for-before")


def _age_before_an_act(rest: str) -> bool:
    """_AGE_BEFORE_AN_ACT, and the word after the number no count's noun ("Ward 3 nurses
    said": a role, a thing, kin) nor, after 2 or 4, a word of chat's "to" and "for" ("Will 2
    be there?")."""
    age = _AGE_BEFORE_AN_ACT.match(rest)
    if age is None:
        return False
    word = age.group(2)
    if word is None:
        return True
    lex = lexicon()
    bits = lex.get(word, 0)
    if word.endswith("s"):
        bits |= lex.get(word[:-1], 0)  # "nurses"
    if bits & (ROLE | THING | FAMILY):
        return False
    return age.group(1) not in ("2", "4") or word not in _CHAT_TO_FOR_BEFORE


# "Chase is the name of the older brother", "Sterling is also the name of a kid on my
# caseload", "Hunter, one of my sixteen-year-olds, got a job": the text says whose name it is,
# a person's (a role or kin word, or an age's "-year-olds", among the words after): not "Hope
# is the name of the program".
_NAME_OF_OR_ONE_OF = re.compile(
    r"(?:\s+(?:is|was)\s+(?:also\s+|actually\s+)?the\s+name\s+of|,\s+one\s+of)"
    r"\s+(?:a|an|the|my|our|his|her|their)\s+((?:[\w'-]+\s+){0,3}[\w'-]+)")


def _names_a_person_after(rest: str) -> bool:
    """_NAME_OF_OR_ONE_OF, with a person's noun among the words after it."""
    said = _NAME_OF_OR_ONE_OF.match(rest)
    if said is None:
        return False
    lex = lexicon()
    words_after = said.group(1).lower().replace("’", "'").split()
    owners = [k for k, word in enumerate(words_after) if word.endswith("'s")]
    if owners:  # "the foster family's cat": what is named is the owner's, not the owner
        words_after = words_after[owners[-1] + 1:]
    for word in words_after:
        bits = lex.get(word, 0) | (lex.get(word[:-1], 0) if word.endswith("s") else 0)
        if bits & (ROLE | FAMILY) or word.endswith(("-year-olds", "-year-old")):
            return True
    return False


_DIGIT = re.compile(r"\d")  # no digit, no age: _AGE is then not tried
# "Heaven knows how many", "legend has it": matched at the word, in any case
IDIOM_OPENING = re.compile(rf"(?:{alternation('word-name-idiom-phrases')})\b"
                           # but "legend says hi": a greeting passed on, from a person
                           r"(?!\s+(?:hi|hello|hey|thanks|thank)\b)", re.IGNORECASE)
_KIN_PREDICATE_NOUNS = words("kin-predicate-nouns")
_NOT_PERSON = ROLE | MONTH | FUNCTION | NOT_NAME | THING | FAMILY
# after a word opening a sentence, what is said to the one it names ("Rich, you were ...")
_SPOKEN_TO_AFTER = re.compile(rf", (?:{alternation('said-to-the-one-named')})\b")
# ... and what stands before such a word: the text's start, a line's, a quote's, a stop's
_OPENS_BEFORE = re.compile(r"(?:^|[\n\"“‘(]|[.!?:] ?)$")
# words one calls anyone dear, no name there ("Honey, you did great")
_CALLED_ANYONE = words("called-anyone-after-a-greeting", "endearments")


# A note's line headed by a name, then what the person is: an age ("Harmony - 6, new
# placement", "Jinkee, 10 - hearing aids", "Ranger - 14") or a role or kin word closing its
# phrase ("Ruby - FP, takes babies", "Washington - mom, very engaged")
NUMBERED_VEHICLES = words("numbered-vehicles")  # (name_model.py reads it too)
_HEAD_MARKS = frozenset("-–—:|,")  # (what _AGE_HEADED and _ROLE_HEADED want first)
_AGE_HEADED = re.compile(r"\s*(?:[-–—:|]|,)\s*(1\d|[1-9])(?:\s*(?:yo|y/o|yrs?|mos?))?"
                         r"\s*(?:[,;.)]|[-–—]|$)")
_ROLE_HEADED = re.compile(r"\s*[-–—:]\s*([A-Za-z]+)\s*(?:[,;.(]|$)")
_ROLE_SHORT = words("role-abbreviations")


def _line_start(ctx: Context) -> int:
    """The place of the first word of ctx's line: 0, or the first word after a short label
    and its colon, in the line's first 13 characters ("Kid B: Junior, 11 - diabetic")."""
    head = ctx.text.find(": ")
    if head < 0 or head > 12 or ctx.toks[0].start >= head:
        return 0
    for k, tok in enumerate(ctx.toks):
        if tok.start > head:
            return k
    return 0


def _heads_a_note_on_a_person(rest: str, tok: Token) -> bool:
    """_AGE_HEADED, or _ROLE_HEADED with a role, kin word or role's letters (not after a
    virtue: "Hope - mom, dad and kids all came")."""
    if _AGE_HEADED.match(rest):
        return True
    role = _ROLE_HEADED.match(rest)
    if role is None or tok.low in LOWER_VIRTUES:
        return False
    word = role.group(1).lower()
    return word in _ROLE_SHORT or bool(lexicon().get(word, 0) & (ROLE | FAMILY))


def _office_after(ctx: Context) -> bool:
    """Whether the role after the run opens an office's name: an organisation's word in
    lowercase after it ("juvenile court", "youth services")."""
    office = ctx.after(2)
    return office is not None and not office.cap and bool(office.bits & ORG) \
        and ctx.text[ctx.toks[ctx.last + 1].end:office.start] == " "


def person_signs(ctx: Context) -> bool:
    """Cues that make a lone capitalized word a person whatever the word lists say of it, even
    at the start of a sentence: a possessive before a person's records ("Legend's IEP
    meeting"), a role in brackets ("Raven (bio mom) is asking"), a kin word as the predicate
    ("Bear is the uncle's nickname", "Blue is mom's boyfriend"), a gender identity or pronouns
    ("Storm is nonbinary", "Sage goes by they/them"), an age ("River turned 16 today"). Roles,
    months, organisations and things are never people this way ("Today's IEP meeting",
    "Staff (night shift)", "Court's hearing")."""
    tok = ctx.toks[ctx.first]
    if ctx.first != ctx.last or len(tok.raw) < 2 or tok.raw.isupper() or tok.bits & _NOT_PERSON \
            or tok.bits & (ORG | TITLE) and not tok.bits & FIRST:
        return False
    if tok.low.endswith("s") and not tok.bits & NAME and not tok.poss:
        return False  # a plural: "Pronouns (they/them) matter"
    nxt = ctx.after()
    if tok.poss:
        if not tok.bits & NAME:
            return False  # "Dog's name is Max", "Daycare's lead teacher"
        if nxt is None or ctx.gap_after() != " ":
            return False
        if nxt.cap:
            return len(nxt.raw) > 1 and nxt.raw.isupper()
        if nxt.bits & ROLE and tok.bits & PLACE and _office_after(ctx):
            return False  # a town's court: "Lafayette's juvenile court asked for the file"
        return bool(nxt.bits & ROLE) or nxt.low in _RECORDS
    rest = ctx.text[tok.end:tok.end + 60]
    if tok.low in NUMBERED_VEHICLES and _SPACE_DIGIT.match(rest):
        return False  # "Van 3 leaves at 7:30": the agency's van, no one aged three
    if rest[:2] == " (" and bracketed_person(ctx):
        return True  # "Miles (5) said", "Sunny (the 4yo) goes by"
    if ("/" in rest and _PRONOUNS.match(rest)
            or _DIGIT.search(rest) and (_AGE.match(rest)
                                        or tok.bits & FIRST and _BARE_AGE.match(rest))):
        return True
    if rest[1:2].isdigit() and tok.bits & FIRST and _age_before_an_act(rest):
        return True
    if rest.startswith(", ") and _SPOKEN_TO_AFTER.match(rest) and tok.bits & FIRST and tok.cap \
            and tok.low not in _OPENERS_BEFORE_A_NAME and tok.low not in _CALLED_ANYONE \
            and _OPENS_BEFORE.search(ctx.text, max(0, tok.start - 3), tok.start) is not None:
        return True  # "Rich, you were the first adult who asked me", "Joy, you were right":
        # the one a card or a note is written to (not "Well, you", "Honey, you")
    if rest.lstrip(" ")[:1] in _HEAD_MARKS and (tok.bits & FIRST or not tok.bits) \
            and tok.low not in _SEASONS and _heads_a_note_on_a_person(rest, tok) \
            and ctx.first == _line_start(ctx):
        return True  # "Harmony - 6, new placement", "Ruby - FP, takes babies"
    if ("old" in rest or "caseload" in rest) and _AGE_OR_CASELOAD.match(rest):
        return True
    if ("name of" in rest or "one of" in rest) and _names_a_person_after(rest):
        return True
    if " be " in rest and tok.bits & FIRST and _REACHED_AT.match(rest):
        return True  # "Summer can be reached at (555) 555-0134 after school"
    if nxt is None:
        return False
    if nxt.low in BIRTH_RECORDS and tok.bits & FIRST and ctx.gap_after() in (" ", " (", ", "):
        # "journey dob is 3/14/2017", "Journey DOB 3/14/17", "Justice (DOB 11/30/2013)",
        # "Legend, MRN 00-48-2210, was seen": whose birth date or record
        return True
    if ctx.gap_after() == " (" and nxt.bits & ROLE and not nxt.cap:
        return ")" in ctx.text[nxt.end:nxt.end + 25]
    if nxt.low in ("is", "was") and ctx.gap_after() == " ":
        # a state only of a name: "Storm is nonbinary", not "Management is frustrated"
        return _kin_predicate(ctx) or bool(tok.bits & NAME) and _state_after(ctx)
    if nxt.low == "as" and tok.bits & FIRST and tok.cap and ctx.gap_after() == " ":
        return _cast_as_a_role(ctx)
    return False


def _cast_as_a_role(ctx: Context) -> bool:
    """'Joy as the angry aunt and Tran as the worker: 10/10': a given name, then "as the", maybe
    a word, and a role in lowercase, is a player cast in a role play ("Faith as the foundation
    of practice" casts no one)."""
    article = ctx.after(2)
    if article is None or article.low != "the" or article.cap:
        return False
    for k in (3, 4):
        word = ctx.after(k)
        if word is None or word.cap or ctx.text[ctx.after(k - 1).end:word.start] != " ":
            return False
        if word.bits & ROLE:
            # the role closes its clause: not "Justice as the judge sees it"
            return _ROLE_CAST_CLOSES.match(ctx.text, word.end) is not None
    return False


_ROLE_CAST_CLOSES = re.compile(r"\s*(?:$|[,:;.!?)]| and\b)")


# Where a person, and no thing, is reached: "Summer can be reached at (555) 555-0134"
_REACHED_AT = re.compile(rf" (?:{alternation('reached-after-a-name-phrases')}) (?:at|on|via)\b",
                         re.IGNORECASE)


def _kin_predicate(ctx: Context) -> bool:
    """'is the uncle's nickname', 'is mom's boyfriend', 'is her brother's girlfriend'."""
    k = 2
    art = ctx.after(k)
    if art is not None and art.low in APPOSITION_STARTERS and not art.poss:
        k += 1
    kin, noun = ctx.after(k), ctx.after(k + 1)
    if kin is None or noun is None or not kin.poss or kin.cap or not kin.bits & ROLE:
        return False
    return not noun.cap and bool(noun.bits & ROLE or noun.low in _KIN_PREDICATE_NOUNS)


def joined_to_given(ctx: Context) -> bool:
    """'Dana and Thandolwethu Mhlongo-Zulu are the kinship caregivers': capitalized words on no
    list, joined by "and" to a given name, are a person's name too; two words or more are a
    full name, one word needs a kin or role word after it ("Dana and Xiomara are the
    grandparents")."""
    prev, given = ctx.before(), ctx.before(2)
    if prev is None or given is None or prev.cap or prev.low not in ("and", "&") \
            or ctx.gap_before() != " " or ctx.text[given.end:prev.start] != " ":
        return False
    if not (given.cap and given.bits & FIRST and not given.poss
            and not given.bits & (COMMON | WORD | ROLE | TITLE | MONTH | NOT_NAME)):
        return False
    if any(t.bits & (COMMON | WORD) for t in ctx.toks[ctx.first:ctx.last + 1]):
        return False  # "Tanya and Safe Harbor both called": a programme's name
    return ctx.last > ctx.first or _kin_plural_after(ctx)


def surname_first(ctx: Context) -> bool:
    """'Cook, Maria - DOB 3/4/2019', 'Client: Sanders, Maria (mother)': a surname that is a
    word too, opening a line, a form's field or an item after a semicolon, then a comma and a
    given name that closes the entry (the line's end, a bracket, a dash, a comma, a tab, "DOB",
    a number or an e-mail address in angle brackets: "From: Hall, Dana <dhall@...>"): a name
    written surname first, as rosters, forms and e-mail headers write it. Not "Still, Maria
    said no"."""
    tok = ctx.toks[ctx.first]
    if ctx.first != ctx.last or tok.poss or not tok.bits & LAST or tok.bits & FUNCTION \
            or tok.low in _OPENERS_BEFORE_A_NAME:
        return False  # (nor "Good, Maria", "Love, Maria": a word said to her, or a sign-off)
    nxt = ctx.after()
    if nxt is None or ctx.gap_after() != ", " or not nxt.cap or nxt.poss \
            or not nxt.bits & FIRST or nxt.bits & (COMMON | WORD | ROLE | TITLE | MONTH
                                                   | NOT_NAME | FUNCTION):
        return False
    if _ENTRY_CLOSES.match(ctx.text, nxt.end) is None:
        return False
    prev = ctx.before()
    before = ctx.text[prev.end if prev is not None else 0:tok.start]
    return "\n" in before or "\t" in before or before.rstrip(" ").endswith((":", ";")) \
        or prev is None and before.strip(" -*•") == ""


_OPENERS_BEFORE_A_NAME = words("openers-before-a-comma-and-a-name")
# (after a dash or a comma, what follows is no sentence: "Good, Maria - you got it")
_ENTRY_CLOSES = re.compile(r"$|[ ]*[\n\t(<]|[ ]*[,;–—-][ ]*(?:$|[\n\t\d(A-Z])"
                           r"|[ ]+(?:DOB|dob|[Aa]ge\b|\d)")


def given_and_name(ctx: Context) -> bool:
    """'Maria and Oyelami Adebisi are ...': a given name joined by "and" to another name,
    or to capitalized words on no list."""
    nxt, other = ctx.after(), ctx.after(2)
    return bool(nxt is not None and other is not None and nxt.low == "and" and not nxt.cap
                and ctx.gap_after() == " " and ctx.text[nxt.end:other.start] == " "
                and other.cap and not other.poss and not other.bits & (
                    COMMON | WORD | ROLE | TITLE | MONTH | NOT_NAME | ORG))


def _kin_plural_after(ctx: Context) -> bool:
    """'are the grandparents', 'were her great-grandparents', 'are my clients'."""
    verb = ctx.after()
    if verb is None or verb.low not in ("are", "were") or ctx.gap_after() != " ":
        return False
    for k in (2, 3):
        tok = ctx.after(k)
        if tok is None or tok.cap:
            return False
        stem = tok.low.rsplit("-", 1)[-1]
        if tok.bits & (ROLE | FAMILY) or stem[:-1] in _ROLE_STEMS or stem in _ROLE_STEMS:
            return True
        if tok.low not in APPOSITION_STARTERS:
            return False
    return False


# Role words in the plural, which the role list holds in the singular.
_ROLE_STEMS = words("role-stems")


_FAMILY_VERBS = words("family-plural-verbs")
_PLURAL_LINKING = words("family-plural-linking")
_BEFORE_FAMILY = words("before-a-family")


def family_acts(ctx: Context) -> bool:
    """'The Browns are fostering two sibling groups', 'The Millers want to adopt', 'placed with
    the Browns': a surname in the plural after "the", doing what families do (a verb said of
    people in the plural; "are" or "were" before an -ing verb, a state or a kin word), or after
    "with" ("w/ the Zielińskis"). Asked of plurals that are also English words ("Browns",
    "Millers") or on no list, which need more than "the" to be a family; ctx holds the word."""
    prev, prev2 = ctx.before(), ctx.before(2)
    if prev is None or prev.low != "the" or ctx.gap_before() != " ":
        return False
    if prev2 is not None and prev2.low in _BEFORE_FAMILY and not thing_after(ctx) \
            and ctx.text[prev2.end:prev.start] in (" ", "/ "):
        return True  # "placed with the Browns", "HV w/ the Zielińskis"
    nxt = ctx.after()
    if nxt is None or nxt.cap or ctx.gap_after() != " ":
        return False
    if nxt.low in _FAMILY_VERBS:
        return True
    if nxt.low not in _PLURAL_LINKING:
        return False
    state = ctx.after(2)
    return state is not None and not state.cap and ctx.text[nxt.end:state.start] == " " and (
        state.low.endswith("ing") or bool(state.bits & (STATE | ROLE | FAMILY))
        or state.low in APPOSITION_STARTERS and _kin_plural_after(ctx))


_VERBS_BEFORE_FAMILY = words("verbs-before-a-family")


def called_on_as_a_family(ctx: Context) -> bool:
    """'We visited the Smiths on Tuesday', 'I called the Millers back', 'heard from the
    Martins': a plural after "the", the object of a verb whose object is people. Asked only of
    plurals whose stem is a surname: one visits "the Rockies" and "the Smokies" too."""
    prev, prev2 = ctx.before(), ctx.before(2)
    return (prev is not None and prev2 is not None and prev.low == "the"
            and prev2.low in _VERBS_BEFORE_FAMILY and ctx.gap_before() == " "
            and ctx.text[prev2.end:prev.start] == " " and not thing_after(ctx))


_NEGATIONS = words("negated-auxiliaries")
_BASE_VERBS = words("person-verbs-base")


def only_people_do(ctx: Context) -> bool:
    """'Squirt giggled every time the judge said his name', 'Bug sobbed through the visit': a
    verb that only people do, right after the word (not a pet's, nor a thing's: "Biscuit
    barked", "Rain refused to stop")."""
    nxt = ctx.after()
    return (nxt is not None and not nxt.cap and ctx.gap_after() == " "
            and nxt.low in _ONLY_PEOPLE)


_ONLY_PEOPLE = words("only-people-verbs")


def undergoes_what_only_people_do(ctx: Context) -> bool:
    """'River came home from the visit', 'Major fell asleep in the car seat', 'Justice was
    placed with his aunt': two words that only a person does or undergoes, right after the
    word ([person-act-phrases], which casing reads after a word-name in lowercase too). Things
    are placed and removed too ("Hope was placed on hold", "Faith was removed from the
    curriculum"): after "was" or "got", "with" or "from" and a person's "his", "her" or
    "their" must follow, whose care it was."""
    nxt, other = ctx.after(), ctx.after(2)
    if nxt is None or other is None or ctx.gap_after() != " " \
            or ctx.text[nxt.end:other.start] != " ":
        return False
    # the pair's two words, and the place after the word of the pair's last
    pair, ahead = (nxt.low, other.low), 2
    if nxt.low in _MODALS and not nxt.cap:
        # "Mark will start school in the fall", "Grace will be placed with her aunt": what a
        # person will do or undergo, a modal then the act in its base form, or then "be" and
        # the passive, read as "was" and the participle
        act = ctx.after(3)
        if act is None or ctx.text[other.end:act.start] != " ":
            return False
        if other.low != "be":
            return (other.low, act.low) in _PERSON_ACT_BASE_PAIRS
        pair, ahead = ("was", act.low), 3
    if pair not in PERSON_ACT_PAIRS:
        return False
    if pair[0] not in _PASSIVE_MARKERS or pair[1] in _ONLY_PEOPLE_UNDERGO:
        return True
    prep, owner = ctx.after(ahead + 1), ctx.after(ahead + 2)
    return prep is not None and owner is not None and prep.low in _WHOSE_CARE \
        and owner.low in _THIRD_PERSON_OWNERS


# "ran away", "fell asleep", "was placed": two words only a person does or undergoes
PERSON_ACT_PAIRS = frozenset(tuple(p.split()) for p in entries("person-act-phrases"))
_PASSIVE_MARKERS = words("passive-markers")  # "was", "got": what is done to the word
_ONLY_PEOPLE_UNDERGO = words("only-people-undergo")  # "reunified", "hospitalized", "arrested"
_WHOSE_CARE = words("whose-care-after-a-passive")  # "with", "from": "placed with his aunt"
_THIRD_PERSON_OWNERS = words("third-person-owners")
_MODALS = words("modal-auxiliaries")
# ... and the same acts in their base form, after a modal ("will come home", "can start school")
_PERSON_ACT_BASE_PAIRS = frozenset(tuple(p.split()) for p in entries("person-act-base-phrases"))


def role_predicate(ctx: Context) -> bool:
    """'Cookie is the grandmother everyone knows', 'Sissy is the older sister', 'June is the
    foster mom who keeps a binder', 'Drew is the GAL on most of my cases': "is the", maybe a
    word of which one, then a role (or two: "foster mom"; or a worker's in capitals) that
    closes the phrase (not "the teacher's", "the mother of all", nor "the best teacher": a
    saying)."""
    nxt, the = ctx.after(), ctx.after(2)
    if nxt is None or the is None or nxt.low not in ("is", "was") or the.low != "the" \
            or ctx.gap_after() != " " or ctx.text[nxt.end:the.start] != " ":
        return False
    if _PERSON_PREDICATE.match(ctx.text, the.end):
        return True  # "Young was the surname on both files", "Walker was the one who left"
    k = 3
    role = ctx.after(k)
    if role is not None and role.low in _YOUNG_ONES and not role.poss \
            and ctx.text[the.end:role.start] == " " \
            and _PHRASE_CLOSES.match(ctx.text, role.end) is not None:
        return True  # "pooh is the baby, real name on the cert" (not "the baby brother")
    if role is not None and role.low in _WHICH_ONE and ctx.text[the.end:role.start] == " ":
        k, the = 4, role
        role = ctx.after(k)
    if role is None or role.poss or ctx.text[the.end:role.start] != " " or not (
            not role.cap and role.bits & ROLE
            or role.raw.isupper() and role.low in _ROLE_ABBREVIATIONS):
        return False
    after = ctx.after(k + 1)
    if after is not None and not after.cap and after.bits & ROLE and not after.poss \
            and ctx.text[role.end:after.start] == " " and role.low in _ROLES_BEFORE_A_ROLE:
        k, role = k + 1, after  # "the foster mom", "the case aide"
        after = ctx.after(k + 1)
    return after is None or after.low != "of" and not after.bits & ROLE


_ROLE_ABBREVIATIONS = words("role-abbreviations")
_YOUNG_ONES = words("young-ones")
_PHRASE_CLOSES = re.compile(r"\s*(?:[,.;:!?)]|$)")
_PERSON_PREDICATE = re.compile(rf" (?:{alternation('person-predicate-phrases')})\b")
# The first word of a role of two words ("foster mom", "bio dad", "case aide").
_ROLES_BEFORE_A_ROLE = words("roles-before-a-role")


_WHICH_ONE = words("kin-describers", "which-one-ordinals")


def acts_then_pronoun(text: str, toks: list[Token], i: int, her_too: bool = False) -> bool:
    """"heaven moved to the new placement, she likes it", "king didnt show for his visit
    again", "Sunny did best at the park visit; she called her mom", "Major just got his first
    job": a word-name opening a message before a verb (maybe after an adverb), and a
    person's pronoun later in the same sentence, which can only be the word's (a virtue or a
    season is "it": "hope ran out, it always does"; and not "her", which a virtue may take:
    "faith kept her going"), nor a season ("Summer ended and he went back to school"). The
    caller sees that the word opens its sentence; her_too, that it is no virtue's word, and
    "her" counts too ("Rain would not take off her coat", "Patience moved in with her
    aunt")."""
    if toks[i].low in _SEASONS or i + 1 < len(toks) and text[toks[i].end:toks[i + 1].start] != " ":
        return False  # (the verb right after the word: not "Haile) gave his number")
    if i + 2 < len(toks) and toks[i + 1].low in _ADVERBS \
            and text[toks[i + 1].end:toks[i + 2].start] == " ":
        i += 1  # "Major just got his first job"
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.cap or nxt.low in _LINKING or not (
            nxt.bits & (PERSON_VERB | STRONG_VERB) or past_tense(nxt.low)
            or nxt.low in CHAT_VERBS_AFTER_A_NAME):
        return False  # (not "is", "was": "miles is the issue, she lives 40 out")
    stop = _SENTENCE_STOP.search(text, nxt.end)
    end = min(stop.start() if stop else len(text), nxt.end + 80)
    return (_PERSON_PRONOUN_OR_HER if her_too else _PERSON_PRONOUN).search(text, nxt.end, end) \
        is not None


def asked_whether_they_did(text: str, toks: list[Token], i: int) -> bool:
    """'did grace get her glasses', 'did will take his meds this am', 'did april sign the
    consent or not', and opening a question, 'is grace coming to the staffing', 'has will
    signed the release yet', 'can will pick up the kids': a given name between a question's
    word and what is asked of it (a verb's bare form, a participle, a state) is whom the
    question asks about, whatever else the word is. "did" and "does" ask wherever they stand
    ("hey did kiana ever call back"); the others only opening a question, as statements use
    them too ("it was hope that kept her going"). A virtue or a season needs a person's
    pronoun later in the sentence ("did hope get lost in all this" asks of no one), unless
    what is asked is asked of people alone ("is grace coming"). The caller sees that the word
    is a given name after one of ASKING."""
    if not i or i + 1 >= len(toks):
        return False
    aux, tok, nxt = toks[i - 1], toks[i], toks[i + 1]
    if nxt.cap or text[aux.end:tok.start] != " " or text[tok.end:nxt.start] != " ":
        return False
    low = aux.low
    if low in _ASKING_WHETHER:
        asked = nxt.low in _ASKED_VERBS
    elif not _opens_a_question(text, toks, i - 1):
        return False
    elif low in _ASKING_STATE:
        asked = nxt.low in _ASKED_STATES or len(nxt.low) >= 5 and nxt.low.endswith("ing")
    elif low in _ASKING_DONE:
        asked = nxt.low in _ASKED_PARTICIPLES or past_tense(nxt.low)
    elif tok.low == low:
        return False  # "will will call u back": the second is the modal (not "can will")
    else:
        asked = nxt.low in _ASKED_VERBS  # a modal's: "can will pick up the kids"
    if not asked:
        return False
    if (tok.low in LOWER_VIRTUES or tok.low in _SEASONS) and nxt.low not in _ONLY_OF_PEOPLE \
            and not _AT_AN_HOUR.match(text, nxt.end):
        # (but one asked to come or go at an hour is a person: "can autumn come at 4:30?",
        # "did hope come at 3")
        stop = _SENTENCE_STOP.search(text, nxt.end)
        end = min(stop.start() if stop else len(text), nxt.end + 80)
        return _ASKED_PRONOUN.search(text, nxt.end, end) is not None
    return True


def _opens_a_question(text: str, toks: list[Token], j: int) -> bool:
    """Whether word j opens its sentence, or follows a question's opening word ("how is will
    doing", "hey is grace in")."""
    if not j:
        return True
    prev = toks[j - 1]
    gap = text[prev.end:toks[j].start]
    return prev.low in _QUESTION_OPENERS or any(c in ".!?:;\n" for c in gap)


_ASKING_WHETHER = words("asking-whether-words")
_ASKING_STATE = words("asking-state-words")
_ASKING_DONE = words("asking-done-words")
ASKING = _ASKING_WHETHER | _ASKING_STATE | _ASKING_DONE | words("asking-modal-words")
_ASKED_VERBS = words("asked-whether-verbs")
_ASKED_STATES = words("asked-state-words")
_ASKED_PARTICIPLES = words("asked-participles")
_QUESTION_OPENERS = words("question-openers")
_ONLY_OF_PEOPLE = words("asked-only-of-people")
# his, her, he, she: "did grace get her glasses" (a virtue asked of takes no pronoun)
_ASKED_PRONOUN = re.compile(rf"\b(?:{alternation('person-pronouns-after-a-name')}|her)\b")


def past_tense(low: str) -> bool:
    """A word that reads as a verb in the past ("posted", "moved"): not a short word or one in
    "-eed" ("seed", "bed", "need": "Poppy seed muffins")."""
    return low.endswith("ed") and len(low) >= 5 and not low.endswith("eed")


_PERSON_PRONOUN = re.compile(
    rf"\b(?:{alternation('person-pronouns-after-a-name', 'persons-own-phrases')})\b")
_PERSON_PRONOUN_OR_HER = re.compile(rf"\b(?:{alternation('person-pronouns-after-a-name')}|her)\b")
_SEASONS = words("seasons")
# verbs of chat after a name (besides the lists' verbs of people): "did", "keeps", "went"
CHAT_VERBS_AFTER_A_NAME = words("chat-verbs-after-a-name")
_SENTENCE_STOP = re.compile(r"[.!?\n]")
_AT_AN_HOUR = re.compile(r" (?:at|@|by|before|after|around|til|till|until) \d")


def refuses_to_act(ctx: Context) -> bool:
    """'Hope didn't say a word', 'Rose wouldn't let go of my hand', 'Faith never answers': a
    negation, then a verb only people do. "Hope didn't come easy" and "Grace isn't enough"
    stay words: their verbs are no person's alone. A no-show too: "Summer didn't show for the
    visit", "Brown never showed up" (not "Hope didn't show on her face")."""
    nxt, verb = ctx.after(), ctx.after(2)
    if nxt is None or verb is None or nxt.low not in _NEGATIONS or nxt.cap or verb.cap \
            or ctx.gap_after() != " " or ctx.text[nxt.end:verb.start] != " ":
        return False
    if verb.low in _NO_SHOW_VERBS:
        return _NO_SHOW_AFTER.match(ctx.text, verb.end) is not None
    return verb.low in _BASE_VERBS or verb.low.endswith("s") and verb.low[:-1] in _BASE_VERBS


_NO_SHOW_VERBS = words("no-show-verbs")
_NO_SHOW_AFTER = re.compile(rf"\s*(?:[.,;:!?)]|$)| (?:{alternation('no-show-followers')})\b")


# A wish, not a name, after a greeting: "hi hope you're doing well" (see the data file)
WISH_VERBS = words("wish-verbs-after-a-greeting")
WISHED_AFTER = re.compile(rf" (?:{alternation('wished-for-openers')})\b", re.IGNORECASE)


def a_wish(text: str, end: int, low: str) -> bool:
    """Whether the word ending at end (low, in lowercase) is a verb of wishing before what
    opens the wish ("hope you're well", "Hope this helps"), not a name."""
    return low in WISH_VERBS and WISHED_AFTER.match(text, end) is not None

# A word-name greeted by name ("thanks joy ur a lifesaver", "Happy birthday April!"): a greeting,
# thanks or a wish before it, then a stop, an emoji or what is said to the one greeted
GREETED_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(,.!?]))(?:{alternation('greeting-before-a-name-phrases')}) $", re.IGNORECASE)
GREETED_AFTER = re.compile(
    rf"(?:\s*[!?.,:;)]|\s*$|\s+[^\w\s]| (?:{alternation('said-to-one-greeted')})\b)",
    re.IGNORECASE)
NOT_GREETED = words("not-greeted-after-an-occasion")  # "merry christmas eve!"
# Every word of those greetings, in lowercase: what a name greeted so stands after, or opens
# its run with ("Happy Thanksgiving Mercy!"), which names._may_decide asks first
GREETING_WORDS = frozenset(word for phrase in entries("greeting-before-a-name-phrases")
                           for word in phrase.split())


def greeting_before(text: str, start: int, end: int, low: str) -> int:
    """Where the greeting starts that greets, thanks or wishes well by name the word from start
    to end (low, in lowercase: GREETED_BEFORE, GREETED_AFTER), or -1: not a wish ("hi hope
    you're well"), nor what an occasion's name goes on with ("merry christmas eve")."""
    if low in NOT_GREETED or GREETED_AFTER.match(text, end) is None or a_wish(text, end, low):
        return -1
    greeting = GREETED_BEFORE.search(text, max(0, start - 24), start)
    return -1 if greeting is None else greeting.start()


def greeted(text: str, start: int, end: int, low: str) -> bool:
    """Whether the word from start to end is greeted by name (greeting_before)."""
    return greeting_before(text, start, end, low) >= 0


_UNLISTED_VERBS = words("unlisted-subject-verbs")
_PAIR_LINKING = words("family-plural-linking")


def unlisted_acts(ctx: Context) -> bool:
    """'Kemem drove to the office', 'Dad and Lomasi went fishing', 'Both Kemem and Lijon were
    asleep': a capitalized word on no list doing what only people do (a narrower list than
    person's verbs: "Vyvanse helped him" is a medicine), alone or joined by "and" to a kin word
    or to another such word before a plural predicate. ctx holds the one word."""
    nxt = ctx.after()
    if nxt is not None and not nxt.cap and ctx.gap_after() == " " and nxt.low in _UNLISTED_VERBS:
        prev, kin = ctx.before(), ctx.before(2)
        if prev is None or ctx.gap_before() != " " or prev.low != "and":
            return True
        return kin is not None and bool(kin.bits & ROLE) or _pair_before(ctx)
    return _pair_after(ctx) or _pair_before(ctx) and _plural_predicate(ctx, ctx.after())


def _pair_before(ctx: Context) -> bool:
    """'... and Lijon': joined by "and" to a capitalized word on no list or a kin word."""
    prev, other = ctx.before(), ctx.before(2)
    return (prev is not None and other is not None and prev.low == "and" and not prev.cap
            and ctx.gap_before() == " " and ctx.text[other.end:prev.start] == " "
            and (other.cap and not other.bits or bool(other.bits & ROLE)))


def _pair_after(ctx: Context) -> bool:
    """'Kemem and Lijon were asleep': "and", a capitalized word on no list, a plural
    predicate."""
    nxt, other = ctx.after(), ctx.after(2)
    return (nxt is not None and other is not None and nxt.low == "and" and ctx.gap_after() == " "
            and ctx.text[nxt.end:other.start] == " " and other.cap and not other.bits
            and _plural_predicate(ctx, ctx.after(3), other))


def _plural_predicate(ctx: Context, verb, subject=None) -> bool:
    """'were asleep', 'are fighting', 'went fishing': after the pair's last word."""
    last = subject if subject is not None else ctx.toks[ctx.last]
    if verb is None or verb.cap or ctx.text[last.end:verb.start] != " ":
        return False
    if verb.low in _UNLISTED_VERBS:
        return True
    if verb.low not in _PAIR_LINKING:
        return False
    k = ctx.toks.index(verb) + 1
    state = ctx.toks[k] if k < len(ctx.toks) else None
    return state is not None and not state.cap and (
        state.low.endswith("ing") or bool(state.bits & (STATE | ROLE | FAMILY)))
