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
  as the person spoken to ("texted abdirahman", "met with nhia"); and in the plural after "the",
  as a family ("omw to the tsosies");
- a town's name where a place fits ("we moved to tulsa", "her aunt in florence") is a town.

Names in capitals ("MARIA GONZALEZ" on a fax cover) count only as a given name that is no
everyday word followed by one or two more names, so shouted sentences and acronyms stay clear.
"""

from __future__ import annotations

import functools

from .context import LOWER_TITLES, POSSESSED, Context
from .lexicon import (ALSO_WORD, COMMON, FAMILY, FIRST, FUNCTION, LAST, MONTH, NAME, NOT_NAME,
                      OBJECT_VERB, PARTICLE, PERSON_VERB, PLACE, ROLE, STRONG_VERB, TITLE, WORD)
from .places import place_context
from .streets import is_street
from .tokens import Token
from .wordlists import words

# Verbs after which a lowercase word that is mainly a name is the person spoken to.
_TALKED_TO = words("talked-to-verbs")
_TALKED_WITH = words("talked-with-verbs")
_NOT_GIVEN = ROLE | NOT_NAME | MONTH | TITLE | PERSON_VERB | OBJECT_VERB | PARTICLE
# "checked in with", "caught up with", "followed up with": a particle between verb and "with".
_PHRASAL = words("phrasal-particles")
_PHRASAL_VERBS = _TALKED_WITH | words("phrasal-verbs")
_OWNERS = words("owners")
# Before a kin word: whose it is or what sort ("her lil brother", "his big sister").
_KIN_BEFORE = _OWNERS | words("kin-describers")
_KIN_ADJECTIVES = words("role-adjectives")
_THIRD_PERSON_OWNERS = words("third-person-owners")  # "hunter got his learner's permit"
# A lowercase word with one of these may be a name (given, word-name, surname): made once,
# not for every word of every line.
_CANDIDATE_BITS = FIRST | ALSO_WORD | LAST


def _talked_to(text: str, toks: list[Token], i: int) -> bool:
    """'asked ray', 'talked to maria', 'met with sue': the word is the person spoken to."""
    if i == 0 or text[toks[i - 1].end:toks[i].start] != " ":
        return False
    prev = toks[i - 1]
    if prev.low in _TALKED_TO and not prev.cap:
        return True
    if prev.low not in ("to", "with") or i < 2 or text[toks[i - 2].end:prev.start] != " ":
        return False
    verb = toks[i - 2]
    return verb.low in _TALKED_WITH or (
        verb.low in _PHRASAL and i >= 3 and toks[i - 3].low in _PHRASAL_VERBS
        and text[toks[i - 3].end:verb.start] == " ")


def _no_noun_after(text: str, toks: list[Token], i: int) -> bool:
    """'asked hope if ...', 'talked to grace after school', 'met with dawn.': the word is not
    a noun's modifier ("talked to summer school staff")."""
    if i + 1 >= len(toks) or text[toks[i].end:toks[i + 1].start] != " ":
        return True
    return bool(toks[i + 1].bits & FUNCTION)


def _word_name_acts(text: str, toks: list[Token], i: int) -> bool:
    """A given name that is also a common word, with a person's context (module docstring)."""
    if _talked_to(text, toks, i) and _no_noun_after(text, toks, i):
        return True
    n = len(toks)
    nxt = toks[i + 1] if i + 1 < n else None
    if nxt is None or nxt.cap or text[toks[i].end:nxt.start] != " " or toks[i].poss:
        return False
    prev = toks[i - 1] if i else None
    if prev is None or any(c in text[prev.end:toks[i].start] for c in ".!?\n"):
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
    # "her lil brother mason told me", "my sister grace is visiting"
    return (bool(prev.bits & ROLE) and not prev.cap and prev.low not in _KIN_ADJECTIVES
            and not prev.poss and text[prev.end:toks[i].start] == " " and i >= 2
            and toks[i - 2].low in _KIN_BEFORE and bool(nxt.bits & PERSON_VERB))


_ADVERBS = words("adverbs")


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


def _person_noun_after(text: str, toks: list[Token], i: int, gap: str) -> bool:
    """'jack's mom', 'jamals teacher': a person's noun after a possessive."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return (not nxt.cap and text[toks[i].end:nxt.start] == gap
            and bool(nxt.bits & (ROLE | FAMILY) or nxt.low in POSSESSED))


def bare_possessive(text: str, toks: list[Token], i: int, lex: dict[str, int]) -> bool:
    """'jamals mom', 'Keanus teacher': a given name with an s and no apostrophe, before a
    person's noun. The word itself must be on no word list ("hopes", "jacks" are words)."""
    tok = toks[i]
    if tok.bits or tok.poss or not tok.low.endswith("s"):
        return False
    stem = lex.get(tok.low[:-1], 0)
    return (bool(stem & FIRST) and not stem & (COMMON | WORD | _NOT_GIVEN)
            and _person_noun_after(text, toks, i, " "))


@functools.cache
def _tests_for(bits: int) -> tuple[bool, ...]:
    """Which tests of lowercase_names a word with these flags can pass, worked out once for
    each set of flags: after a title, a given name by itself, a name that is also a word as
    the person spoken to, a word doing what people do, a given name that is a common word
    acting, a word on no list, a surname acting. () when none can: most words that reach
    lowercase_names ("will", "mark", "cook") end here, their context unread."""
    tests = (bool(bits & NAME and not bits & (ROLE | NOT_NAME | PERSON_VERB)),
             bool(bits & FIRST and not bits & (COMMON | WORD | ALSO_WORD | _NOT_GIVEN)),
             bool(bits & ALSO_WORD and not bits & _NOT_GIVEN),
             bool(not bits or bits & FIRST and not bits & (_NOT_GIVEN & ~PARTICLE)),
             bool(bits & FIRST and bits & (COMMON | WORD) and not bits & _NOT_GIVEN),
             not bits,
             bool(bits & LAST and not bits & (FIRST | COMMON | WORD | _NOT_GIVEN | PLACE
                                              | FUNCTION)))
    return tests if any(tests) else ()


def lowercase_names(text: str, toks: list[Token], lex: dict[str, int]) -> list[tuple[int, int]]:
    """Names typed in lowercase: given names, names after 'ms', 'mr', and names doing things."""
    # Most words cannot be names here: capitalized ones (find_names' business), short ones, and
    # words on some list that are no given name, which can only be surnames after "ms", "mr"
    # (after_title below). Picking the others first spares the tests below most words; the
    # flags first, since they rule out most words ("the", "court", "called") by themselves.
    candidates = [i for i, tok in enumerate(toks)
                  if (not tok.bits or tok.bits & _CANDIDATE_BITS) and not tok.cap
                  and len(tok.raw) >= 3]
    spans = []
    n = len(toks)
    resume = 0  # the word after the last name found
    for i in candidates:
        if i < resume:
            continue
        tok = toks[i]
        bits = tok.bits
        tests = _tests_for(bits)
        if not tests:
            continue
        titled, given, spoken_to, acting, word_acting, unlisted, surname = tests
        prev = toks[i - 1] if i else None
        after_title = (titled and prev is not None and prev.low in LOWER_TITLES
                       and not prev.cap and text[prev.end:tok.start] in (" ", ". "))
        if not given and not after_title and spoken_to:
            given = _talked_to(text, toks, i) or (tok.poss and _person_noun_after(
                text, toks, i, "'s " if text[tok.end:tok.end + 2] == "'s" else "’s "))
        if not given and not after_title and acting:
            # "lakeisha said", "grace told me": a word no dictionary knows, or a given name,
            # doing what people do; not after "the", "my", "i" ("the will said" is a document).
            nxt = toks[i + 1] if i + 1 < n else None
            given = (nxt is not None and nxt.bits & STRONG_VERB and not nxt.cap
                     and text[tok.end:nxt.start] == " " and not tok.poss
                     and (prev is None or not prev.bits & (FUNCTION | ROLE)))
        if not given and not after_title and word_acting:
            given = _word_name_acts(text, toks, i)
        if not given and not after_title and unlisted and tok.low[-1] == "s":
            given = bare_possessive(text, toks, i, lex) or _family_in_lowercase(toks, i, lex)
        if not given and not after_title and surname:
            given = _surname_acts(text, toks, i)
        if not given and not after_title and unlisted and len(tok.raw) >= 4 and not tok.poss:
            # "texted abdirahman", "met with nhia": a word no list knows, as the person spoken
            # to; chat abbreviations are on the lists ("texted abt"), and short ones skipped.
            given = _talked_to(text, toks, i) and _no_noun_after(text, toks, i)
        if given and bits & PLACE and place_context(Context(text, toks, i, i)):
            given = False  # "we moved to tulsa", "her aunt in florence"
        if given and is_street(text, toks, i, i):
            given = False  # "off tyler st", "on calle linda"
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
    return spans


def capitals_names(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """'MARIA GONZALEZ', 'TANISHA R. BROOKS': a given name in capitals that is no everyday
    English word, then one or two more names in capitals."""
    spans = []
    i, n = 0, len(toks)
    while i < n - 1:
        tok = toks[i]
        bits = tok.bits
        if not (len(tok.raw) > 2 and tok.raw.isupper() and bits & FIRST
                and not bits & (COMMON | WORD | _NOT_GIVEN | FUNCTION)):
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
    return spans
