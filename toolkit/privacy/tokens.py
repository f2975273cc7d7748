"""Cutting a text into words and grouping capitalized words into runs, for the name detector.

Each word carries its flags from the word lists and a class (a name that is no English word, a
name that is also one, an unknown word, ...) so that the rules in names.py read as sentences.
"""

from __future__ import annotations

import re
import sys
import unicodedata

from .lexicon import (ALSO_WORD, COMMON, FAMILY, FIRST, FUNCTION, LAST, MONTH, NAME, NAME_FIRST,
                      NOT_NAME, OBJECT_VERB, ORG, PARTICLE, PERSON_VERB, PLACE, RARE_GIVEN, ROLE,
                      TITLE, TITLE_ABBR, WORD)
from .contacts import OTHER_AT_WORDS, STREET_WORDS
from .numbers import KEYWORD_PAIRS, KEYWORD_RUNS
from .romanized import CASED_SCRIPTS, name_flags
from .foreign_digits import DIGIT_WORDS
from .spoken import NUMBER_WORDS
from .wordlists import words

# A word: letters, with apostrophes or hyphens inside ("O'Brien", "Okafor-Walsh", "Dana's").
# Written as runs of letters rather than letter by letter with lookaheads, which matches the
# same words in half the time.
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# The same pattern for a text whose letters are all ASCII, as most are: a letter class of two
# ranges is tested faster than one of Unicode categories (a third less time for the whole
# text). A text with a word character beyond ASCII ("José", "²") is read with TOKEN_RE;
# quotes and dashes beyond ASCII ("’", "—") are no word characters and change nothing.
_ASCII_TOKEN_RE = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")


def _marks() -> str:
    """A regex class's text of the marks that sit on a letter (Unicode's Mn, Mc, Me) in the
    blocks of the world's scripts: "\\w" holds none, and a word of Hindi, Thai or Bengali,
    whose vowels are such marks ("प्रिया", "ราตรี"), was cut into pieces at each. (Accents of
    Latin letters are composed before (scanner._composed): a mark is left on few.) Found at
    import in the 8,820 places of those blocks: about 2 ms."""
    ranges: list[list[int]] = []
    for low, high in ((0x0300, 0x1DFF), (0x20D0, 0x20FF), (0x2CEF, 0x2DFF), (0x302A, 0x309A),
                      (0xA66F, 0xABFF), (0xFB1E, 0xFB1E), (0xFE00, 0xFE2F)):
        for place in range(low, high + 1):
            if unicodedata.category(chr(place))[0] == "M":
                if ranges and ranges[-1][1] == place - 1:
                    ranges[-1][1] = place
                else:
                    ranges.append([place, place])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


# The two in a group, for split(): the text before the first word, the word, the text up to
# the next word, ..., the text after the last word. A word's start is then the sum of the
# lengths before it, which costs less than looking each word up again with str.find. Their
# repeats are possessive ("++", "*+"): the engine keeps no place to come back to, which it
# never does here (what a repeat gives back cannot match what follows it), so they match
# the same words, with a tenth fewer instructions. A word of letters beyond ASCII holds the
# marks on them (_marks), tried only after a run of letters: a word with none fails that try
# once.
_MARKS = _marks()
_SPLIT = re.compile(r"([^\W\d_]++(?:[" + _MARKS + r"]++[^\W\d_]*+)*+"
                    r"(?:['’-][^\W\d_]++(?:[" + _MARKS + r"]++[^\W\d_]*+)*+)*+)")
_ASCII_SPLIT = re.compile(r"([A-Za-z]++(?:['’-][A-Za-z]++)*+)")
# What makes a piece beyond ASCII need _SPLIT: a word character beyond ASCII, or a mark left on
# a letter that has no composed form ("Unangax̂", an x with a circumflex: not "\w")
_SPLIT_NEEDED = re.compile(r"[^\W\x00-\x7f]|[" + _MARKS + r"]")
# Three things names.rule_names and scanner.scan ask of a whole text before reading on: a digit
# (the detectors of numbers), three capitals in a row, maybe a name ("MARIA GONZALEZ":
# casing.capitals_names) and a capital, a full stop and a capital ("J.R.": names.
# dotted_initials). None holds a space, so a text holds one where one of its pieces between
# spaces does: noted once per piece, with its words (_CHUNKS), a text's answers cost a look-up
# a piece where each was a search of the whole text (the three about a twentieth of a line's
# time). The three in capitals are written out rather than "[A-Z]{3}", which the regex engine
# tries as a counted loop: the same matches in less than half the instructions.
MARK_DIGIT, MARK_CAPITALS, MARK_DOTTED = 1, 2, 4
# And a fourth, for numbers.record_numbers: a piece that may hold the start of a keyword of a
# record or an id ("case", "MRN", "i.d."), found by its runs of letters (numbers.
# _keyword_starts), which spares most lines with digits a search of the whole line.
MARK_KEYWORD = 8
# Three more for the detectors of numbers and addresses, each a search of the whole line they
# spare most lines with digits. MARK_STREET: a piece opens with a street's type or a street
# that needs none ("St.", "court", "Broadway"), as contacts._street_end reads the words after a
# house number: without one, no street follows any number (contacts.addresses). MARK_DOCKET: a
# hyphen, a capital, a slash or a dot, then three digits (numbers._DOCKET_END: every docket's
# shape ends so).
# MARK_DASHED: three digits, a hyphen and four (numbers._SIX_DIGITS_IN_A_ROW's second half).
# None of the three holds a space: a text holds one where one of its pieces does.
MARK_STREET, MARK_DOCKET, MARK_DASHED = 16, 32, 64
# And one for contacts.emails, which reads no further than its first looks in a text that
# holds no "@", nor "at]", "at)" or " at " once lowercased (nine lines in ten): MARK_AT, a
# piece that holds "@", "at]" or "at)" lowercased, or is "at" in any case. None of those holds
# a space, and " at " is a piece "at": a text holds one where one of its pieces does (lower()
# makes no "a" or "t" of any other letter), and scanner.scan spares it the call.
MARK_AT = 128
# And one for names.dotted_initials_in_lowercase: a piece holding two lowercase letters each
# with its full stop ("k.m.", "j.r.,"), a person's initials unless an abbreviation of the
# lists ("a.m.", "e.g."), which most lines hold none of.
MARK_LOWER_DOTTED = 256
_MARK_LOWER_DOTTED_RE = re.compile(r"[a-z]\.[a-z]\.")
# And one for names.a_letter_after_a_title: a piece that is one letter, perhaps with a stop
# after it ("ms d", "mama t,", "Dr. K."), but "a", "i", "s" and their capitals, which most
# lines hold ("a", "I") or which is no one's ("uncle s car": a possessive's letter).
MARK_LETTER = 512
# And one for foreign_digits.phones: a piece that is or holds a digit's word in a language
# other than English and Spanish ("senk", "năm", "lima"), which most lines hold none of.
MARK_FOREIGN_DIGIT = 1024
_NOT_MARKED_LETTERS = frozenset("aiAIsS")
# (and the other words said for "@": "arroba", "arobase", alone or in a piece, "(arroba)")
_AT_WORDS = frozenset(("at", *OTHER_AT_WORDS))
_STREET_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")  # contacts._ADDRESS_WORD's word
_DOCKET_END = re.compile(r"[-A-Z/.]\d{3}")  # as numbers._DOCKET_END
_DASHED = re.compile(r"\d{3}-\d{4}")
_RUN_PARTS = re.compile(r"['’-]")
# as numbers.digit_runs reads them
_DIGIT_RUN, _ASCII_DIGIT_RUN = re.compile(r"\d+"), re.compile(r"[0-9]+")
_MARK_DIGIT_RE = re.compile(r"\d")
_MARK_CAPITALS_RE = re.compile("[A-Z]" * 3)
# "J.R." in one piece, or "J." of "J. R.", a capital with its full stop standing alone
_MARK_DOTTED_RE = re.compile(r"[A-Z]\.[A-Z]|^\W?[A-Z]\.(?:['’]s)?\W*$")
# ... and where a piece holds tabs or line breaks, what stands between them
_DOTTED_IN_A_CELL_RE = re.compile(r"(?<!\S)[^\w\s]?[A-Z]\.(?:['’]s)?[^\w\s]*(?!\S)")
_LETTER_IN_A_CELL_RE = re.compile(r"(?<!\S)[b-hj-rt-zB-HJ-RT-Z][,.;:!?]?(?!\S)")
_BOUNDARY = set(".!?;:\n•*–—")
# What opens an item of a list before its first word: a bullet or a dash, a number with its full
# stop or bracket ("1)", "(2)", "#3"); a text's first word after one opens a sentence
_LIST_MARKER = re.compile(r"[-–—•*·▪◦>]|#?\d{1,3}[.):]?")
_OPENER_CHARS = " \t\"'“‘(["
_JOIN_ABBR = words("join-abbreviations")  # "St. Mary's Hospital", "King Jr. Center"
# a stop after a word, which _chunk reads without the split (a set: "" is in no set, as it
# is in every string)
_STOP_CHARS = frozenset(",.;:!?")

# Word classes: N a name that is no English word ("Tanya"); W1 a given name that is also a word
# ("Hope"); W2 a surname that is also a word ("Young"); U a word on no list ("Oyelaran");
# X an English word; S a word that is never a name by itself (roles, months, acronyms...);
# INITIAL a capital letter alone ("J.").
N, W1, W2, U, X, S, INITIAL = range(7)

# A contraction ("I'm", "we're", "they'll", "would've", "I'd", "won't") is a pronoun or a verb
# with a clitic, never a name, although the letters left without the apostrophe may be one
# ("Im", "Ive"). A name with a clitic keeps its name: "Dana'll be late".
_CLITICS = words("clitics")
# Words said twice that are no nickname: "bye-bye", "a boo-boo", "a yo-yo".
_REDUPLICATED_WORDS = words("reduplicated-words")
_KOREAN_SYLLABLES = words("korean-given-name-syllables")
# Given names the lists hold only as an abbreviation, which is written in capitals ("the ADA
# called": an assistant district attorney); capitalized only at its start, the word is the
# given name and no abbreviation ("Okoro, Ada, 11/02/2018")
_ABBREVIATIONS_ALSO_GIVEN = words("abbreviations-also-given-names")
_CONTRACTION = NOT_NAME | FUNCTION | COMMON | WORD


class Token:
    """One word: where it is, its lowercase form without "'s", its flags and its class; whether
    it is capitalized, opens a sentence, is possessive, or is a lowercase particle ("de").
    memo is a list shared by every Token of the same capitalized word as written (kept with
    the word in _WORDS; None for a word in lowercase), where a rule may keep what it works out
    from the word alone (names._word_asks), so that it is worked out once per word, not once
    per Token. cut: how many characters after end are no part of the token but of the word
    ("'s", "'ll"), where the gap before the next word starts. lower_tests: the L_ bits of
    the tests of casing.lowercase_names that the word as written lets through
    (lowercase_tests), or None until lowercase_names first reads the word and keeps them
    there: they are the same for every Token of the word, so a Token given again (_TOKENS)
    keeps them true."""

    __slots__ = ("start", "end", "raw", "low", "bits", "cls", "cap", "initial", "poss",
                 "particle", "memo", "cut", "lower_tests")


def _bits_of(low: str, lex: dict[str, int]) -> int | None:
    bits = lex.get(low)
    if bits is not None:
        return bits
    if "'" in low:
        if low.endswith("n't"):
            return _CONTRACTION
        return lex.get(low.replace("'", ""))
    if "-" in low:
        first, _, second = low.partition("-")
        if first == second and len(first) > 1 and low not in _REDUPLICATED_WORDS:
            return FIRST  # "Man-Man", "Nay-Nay": a nickname of one word said twice
        if _korean_given_name(first, second):
            return FIRST  # "Sang-woo", "Byung-ho": a Korean given name's two syllables
        parts = [lex.get(part, 0) for part in low.split("-")]
        if all(part & MONTH for part in parts):
            return MONTH | NOT_NAME  # "Mon-Fri", "Jan-Mar": days or months, from one to another
        if all(part & (WORD | NOT_NAME) for part in parts) or all(parts) and any(
                part & COMMON and not part & NAME for part in parts):
            return COMMON | WORD  # "in-home", "well-being", "faith-based"; not "Mhlongo-Zulu"
        names = 0
        for part in parts:
            names |= part & NAME
        if names:
            return names  # "Okafor-Walsh", "Mei-Lin"
        if any(part & (NOT_NAME | ORG | ROLE) for part in parts):
            return NOT_NAME
    return None


def _korean_given_name(first: str, second: str) -> bool:
    """Whether two parts of a word, in lowercase, are the two syllables of a Korean given name
    ("sang" and "woo"), which no English compound of two of them is ("so-so" is one word
    twice; "in" and "so" are not in the list)."""
    return first != second and first in _KOREAN_SYLLABLES and second in _KOREAN_SYLLABLES


def _compound_word(raw: str, lex: dict[str, int]) -> bool:
    """'Jack-o'-lanterns', 'Jack-in-the-box', 'Johnny-come-lately': a hyphenated word whose later
    parts are small words in lowercase is a word, although it opens with a name. A name of
    several parts capitalizes them ("Mary-Kate"), keeps a name in lowercase ("Hyun-woo") or a
    syllable of a few letters after a name, even one that is a word ("Kyung-mi", "Ji-ho")."""
    parts = raw.split("-")
    named = bool(lex.get(parts[0].lower(), 0) & NAME)
    for part in parts[1:]:
        if not part or not part[0].islower():
            continue
        bits = lex.get(part.lower(), 0)
        if len(part) == 1 or bits & FUNCTION or bits & COMMON and not bits & FIRST and not (
                named and len(part) <= 3):  # "Kyung-mi", "Ji-ho": a syllable after a name
            return True
    return False


def _classify(raw: str, bits: int) -> int:
    """The class of a capitalized word (see N, W1, ... above)."""
    if len(raw) == 1:  # (but "Η", "Ο": Greek's articles, not initials as Cyrillic's "О." is)
        return INITIAL if raw.isupper() and raw != "I" and not (
            bits & FUNCTION and "\u0370" <= raw <= "\u03ff") else X
    if raw.isupper():  # an acronym: CPS, HIPAA
        return S
    if bits & (NOT_NAME | ROLE | MONTH | TITLE):
        return S
    if bits & NAME:
        if not bits & COMMON:
            return N
        return W1 if bits & FIRST else W2
    if bits & (WORD | COMMON | PERSON_VERB | OBJECT_VERB | FAMILY):
        return X
    return U


# A word's flags: the lexicon's dict first, in C, where nine words in ten are; lex.get (which
# lexicon.Lexicon makes a method of Python, reading on a miss the groups of words it keeps out
# of the dict) only on a miss. The same flags as lex.get alone, in a third of its time.
_DICT_GET = dict.get


def _word(word: str, lex: dict[str, int]) -> tuple:
    """What a word as written says by itself, whatever stands around it: how many characters
    of it are no part of the token ("'s", "'ll"), then its raw and lowercase forms, flags,
    class, capital, particle and possessive (the fields of Token of the same names)."""
    return _letters_word(word, lex) if word.isalpha() else _any_word(word, lex)


def _letters_word(word: str, lex: dict[str, int]) -> tuple:
    """_any_word's answer for a word of letters alone, as nine words in ten are: no "'s",
    clitic, apostrophe or hyphen for its tests, which leave such a word as it is; so only
    its look-ups (the same answer in half the time, on text never seen:
    tests/test_privacy_fast_paths.py (cc))."""
    low = word.lower()
    bits = _DICT_GET(lex, low)
    if bits is None:
        bits = lex.get(low)
        if bits is None and not word.isascii():
            bits = name_flags(word, lex) or None  # "Олена", "Ελένη": see romanized.py
    flags = bits or 0
    if word[0].isupper():
        if flags & NOT_NAME and low in _ABBREVIATIONS_ALSO_GIVEN and not word.isupper():
            flags &= ~NOT_NAME  # (as _any_word does)
        return 0, word, low, flags, _classify(word, flags), True, False, False
    return 0, word, low, flags, U if bits is None else X, False, bool(flags & PARTICLE), False


def _any_word(word: str, lex: dict[str, int]) -> tuple:
    """_word's answer for any word."""
    get = lex.get
    raw, cut = word, 0
    poss = raw[-2:] in ("'s", "’s")
    if poss:
        raw = raw[:-2]
        cut = 2
    low = raw.lower()
    if "’" in low:
        low = low.replace("’", "'")
    bits = _DICT_GET(lex, low)
    if bits is None:
        bits = get(low)
    if bits is None and "'" in low:
        stem, _, clitic = low.rpartition("'")
        if clitic in _CLITICS:  # "I'm", "they'll", "Dana'll": the word before the clitic
            raw, low = raw[:len(stem)], stem
            cut += len(clitic) + 1
            bits = get(low)
            if bits is None or bits & (FUNCTION | COMMON | WORD) or len(low) == 1:
                bits = _CONTRACTION
    if poss and get(low + "'s", 0) & NOT_NAME:
        bits = get(low + "'s")  # "McDonald's": a brand, not Mr McDonald
    if bits is None and "-" in raw and not _korean_given_name(*low.partition("-")[::2]) \
            and _compound_word(raw, lex):
        bits = COMMON | WORD  # "Jack-o'-lanterns", "Jack-in-the-box"
    elif bits is None and ("'" in low or "-" in low):
        bits = _bits_of(low, lex)
    if bits is None and not raw.isascii():
        bits = name_flags(raw, lex) or None  # "Олены's": see romanized.py
    flags = bits or 0
    cap = raw[0].isupper()
    if cap and flags & NOT_NAME and low in _ABBREVIATIONS_ALSO_GIVEN and not raw.isupper():
        flags &= ~NOT_NAME  # "Ada is short for Adaeze": the given name, not the "ADA"
    if cap:
        cls = _classify(raw, flags)
    else:
        cls = U if bits is None else X
    return cut, raw, low, flags, cls, cap, not cap and bool(flags & PARTICLE), poss


# The flags two lowercase letters may have and still be a worker's initials in chat: none, a
# name's ("cj", "ej" are given names too), or a rare word's ("kc said she can take it", "ask
# ml": the larger dictionary holds most pairs of letters as some abbreviation; since the
# twenty-second session, tuning: names 21,716 -> 21,720, false flags 587 -> 587); not an
# everyday word's ("ok", "am"), an acronym's of the lists ("mh", "ot"), nor a state's code
# ("moved to ks").
INITIALS_BITS = FIRST | LAST | NAME_FIRST | WORD

# What casing.lowercase_names calls a word that is not a name whatever stands around it
# (see lowercase_candidate): its names for the flags, kept here so that a word's answer is
# worked out once, with the rest of what tokenize remembers of it.
LOWER_NOT_GIVEN = ROLE | NOT_NAME | MONTH | TITLE | PERSON_VERB | OBJECT_VERB | PARTICLE
PHRASAL_PARTICLES = words("phrasal-particles")


def lowercase_candidate(raw: str, low: str, bits: int, cap: bool, poss: bool,
                        stem: int = 0) -> bool:
    """Whether casing.lowercase_names can take this word, as written, for (the start of) a
    name: a word in lowercase of three letters or more, on no list or a name of some list,
    whose flags let at least one of lowercase_names' tests succeed. Each line below is what
    one of those tests asks of the word itself before it reads any context; a word that none
    allows can never be found there, so the function need not read it. stem: the flags of
    the word without its last "s", if it ends in one."""
    if stem & FIRST and not cap and not poss and len(raw) >= 4 and raw.islower():
        # "hopes mom texted me", "rosas caseload": a given name's "s" (possessive); not
        # "’sHis", a capital inside, which lowercase_names never takes
        return True
    if cap or len(raw) < 3 or bits and not bits & (FIRST | ALSO_WORD | LAST):
        return False
    if not raw.islower():
        return False  # a word of a script with no capitals: uncased.py reads those
    if bits & MONTH and bits & FIRST and not bits & (ROLE | NOT_NAME | TITLE):
        return True  # "april said she wont sign", "@june": a month that is a given name
    ng = LOWER_NOT_GIVEN
    return bool(
        bits & NAME and not bits & (ROLE | NOT_NAME | PERSON_VERB)  # after "ms", "mr"
        or bits & FIRST and not bits & (COMMON | WORD | ALSO_WORD | ng)  # a given name
        or bits & ALSO_WORD and not bits & ng  # "talked to maria", "jack's mom"
        # "lakeisha said", "grace told me"
        or (not bits or bits & FIRST and not bits & (ng & ~PARTICLE)) and not poss
        or bits & FIRST and bits & (COMMON | WORD) and not bits & ng  # _word_name_acts
        or bits & FIRST and bits & PERSON_VERB and not bits & (ng & ~PERSON_VERB)  # "me n will"
        # "talked to price", "banks family is asking"
        or bits & LAST and bits & (COMMON | WORD) and not bits & (ng | PLACE | FUNCTION | FAMILY)
        and len(raw) > 3 and low not in PHRASAL_PARTICLES
        or not bits and low[-1] == "s"  # "jamals mom", "the tsosies", "tarikus dad"
        # "nguyen said"
        or bits & LAST and not bits & (FIRST | COMMON | WORD | ng | PLACE | FUNCTION)
        or not bits and len(raw) >= 4 and not poss)  # "texted abdirahman"


# The tests of casing.lowercase_names, one bit each, in its order: L_TITLED (after "ms", "mr"),
# L_GIVEN (a given name alone), L_ALSO, L_ACTS, L_ADDRESSED, L_MONTH, L_WORD_NAME,
# L_CHAT_VERB (its two tests of a name that is also a verb), L_SURNAME_OPENING,
# L_SURNAME_WORD, L_UNLISTED_S, L_GIVEN_S, L_SURNAME, L_UNLISTED, L_UNLISTED_POSS.
(L_TITLED, L_GIVEN, L_ALSO, L_ACTS, L_ADDRESSED, L_MONTH, L_WORD_NAME, L_CHAT_VERB,
 L_SURNAME_OPENING, L_SURNAME_WORD, L_UNLISTED_S, L_GIVEN_S, L_SURNAME, L_UNLISTED,
 L_UNLISTED_POSS) = (1 << k for k in range(15))


def lowercase_tests(raw: str, low: str, bits: int, poss: bool, stem: int) -> int:
    """The L_ bits of the tests of casing.lowercase_names whose questions about the word alone
    (its flags, length, ending, possessive) this word answers yes: each line below is, word
    for word, what that test asks of the word before it reads any other, so a test whose bit
    is clear cannot succeed, and one whose bit is set reads its context as before. Worked out
    once per word, with the rest of what tokenize keeps of it; a test changed there must be
    changed here (tests/test_privacy_fast_paths.py finds the same names either way). stem:
    the flags of the word without its last "s", if it ends in one."""
    ng = LOWER_NOT_GIVEN
    tests = 0
    if bits & NAME and not bits & (ROLE | NOT_NAME | PERSON_VERB):
        tests |= L_TITLED
    if bits & FIRST and not bits & (COMMON | WORD | ALSO_WORD | ng | RARE_GIVEN):
        tests |= L_GIVEN
    if bits & ALSO_WORD and not bits & ng:
        tests |= L_ALSO
    if not bits or bits & FIRST and not bits & (ng & ~PARTICLE):
        tests |= L_ACTS
    if (not bits or bits & (FIRST | ALSO_WORD)) and not bits & ng and (bits or len(raw) >= 3):
        tests |= L_ADDRESSED
    if bits & MONTH and bits & FIRST and not bits & (ROLE | NOT_NAME | TITLE):
        tests |= L_MONTH
    if bits & FIRST and bits & (COMMON | WORD) and not bits & ng:
        tests |= L_WORD_NAME
    if bits & FIRST and bits & PERSON_VERB and not bits & (ng & ~PERSON_VERB):
        tests |= L_CHAT_VERB
    if bits & LAST and bits & (COMMON | WORD) and not bits & (ng | PLACE | FUNCTION | FAMILY
                                                             | FIRST) \
            and len(raw) > 3 and low not in PHRASAL_PARTICLES:
        tests |= L_SURNAME_OPENING
    if bits & LAST and bits & (COMMON | WORD) and not bits & (ng | FUNCTION | FAMILY) \
            and len(raw) > 3 and low not in PHRASAL_PARTICLES:
        tests |= L_SURNAME_WORD
    if not bits and low[-1] == "s":
        tests |= L_UNLISTED_S
    if bits and low[-1] == "s" and not poss and stem & FIRST and len(raw) >= 4:
        tests |= L_GIVEN_S
    if bits & LAST and not bits & (FIRST | COMMON | WORD | ng | PLACE | FUNCTION):
        tests |= L_SURNAME
    if not bits and len(raw) >= 4 and not poss:
        tests |= L_UNLISTED
    if not bits and len(raw) >= 5 and low[-1] == "s":
        tests |= L_UNLISTED_POSS
    return tests


# What name_model.names asks of a word before it reads anything else (its is_candidate): on
# a name list, or on no list at all, never a role, title, month or function word (but a given
# name that is a title's word or a month, capitalized), nor a word of one lowercase letter or
# of four capitals or more, nor an everyday word in lowercase ("hope", "will": see
# is_candidate). Kept here, like lowercase_candidate, so that the model reads only the words
# that pass, not every word of the text.
_NEVER_SCORED = FUNCTION | NOT_NAME | ROLE | TITLE | MONTH
# (name_model.is_candidate reads the same two)
SCORED_CAPITALIZED, NEVER_SCORED_EVEN_SO = TITLE | MONTH, FUNCTION | NOT_NAME | ROLE
_ENGLISH = COMMON | WORD


# The number words spoken.rewrite looks for ("five", "twenty", "third") are spoken.NUMBER_WORDS;
# what parts a word at apostrophes and hyphens ("twenty-five", "five's"): a word holding one is
# put in tokenize's spelt list, so that a text with none spares rewrite its own search.
_PARTS = re.compile(r"['’-]")


# Virtues, abstract nouns and seasons that are given names too: typed in lowercase, left to the
# rules, not scored ("faith is at her core", "hope n faith r what got me thru", "summer is
# almost over"; see name_model).
LOWER_VIRTUES = words("virtues-also-names", "seasons")


def scored_candidate(raw: str, low: str, bits: int) -> bool:
    """Whether name_model.names may score this word, as written (see above)."""
    if bits & _NEVER_SCORED and not (bits & SCORED_CAPITALIZED and bits & FIRST
                                     and raw[0].isupper() and not bits & NEVER_SCORED_EVEN_SO) \
            or bits & _ENGLISH and not (
            bits & NAME and raw[0].isupper()
            or bits & FIRST and raw.islower() and low not in LOWER_VIRTUES):
        return False
    if not bits and (low.endswith("ly") and raw.islower() or raw.upper() == raw.lower()):
        return False  # (see name_model.is_candidate: a misspelt adverb, an uncased script)
    if not raw.isascii() and CASED_SCRIPTS.search(raw):
        return False  # (Cyrillic, Greek, Armenian: see name_model.is_candidate)
    return not (len(low) < 2 and not raw.isupper() or len(raw) > 3 and raw.isupper())


# _word_entry's answers, per word as written. Most words of a text recur in others ("the",
# "mom", "court"), and working one out takes several look-ups and string operations;
# remembered, a word costs one look-up. The lexicon is never changed once built, so an answer
# stays true; the cache is emptied when the lexicon is built anew (lexicon.cache_clear()), and
# when it reaches _WORDS_MAX words, so that a long-running kernel does not grow it without end.
_WORDS: dict[str, tuple] = {}
_WORDS_MAX = 40_000
_words_lex: dict[str, int] | None = None  # the lexicon _WORDS was worked out from
# The words of a text between two spaces ("said,", "(14)", "mom's"), per such piece as written:
# for each word in it, where it starts in the piece and _word_entry's answer. No word holds a space,
# so the words of a text are those of its pieces, each found as in the whole text; the pieces
# repeat across texts even more than words do, and text.split(" ") costs a fraction of the
# regex split it spares. Emptied with _WORDS, and when it reaches _CHUNKS_MAX pieces.
_CHUNKS: dict[str, tuple] = {}
# About 16 MB at most, with their words: a workshop's answers hold a few thousand pieces; a
# facilitator's kernel reading a whole group's, and the tuning corpus (about 20,000 pieces
# since it grew to 13,000 lines), more. Below the corpus's size the cache is emptied on every
# pass and bench/privacy.py measures little but the misses.
_CHUNKS_MAX = 40_000


# A Token of each word in _WORDS, at the place _WORDS gives it, reused by tokenize wherever the
# word stands again while no one holds it. Building a Token costs more than anything else
# tokenize does with a word (the object, its eleven slots, and in time its collection); a
# word's own fields (raw to lower_tests) are the same wherever it stands, so only start, end
# and initial change, which tokenize sets every time. A Token no one holds is one whose count
# of references is _FREE: this list's, tokenize's name for it and getrefcount's argument. Any
# other holder -- the list of Tokens of the text being read (a word twice in a text), a
# caller's Tokens, Run or Context kept from an earlier text -- counts too, and tokenize
# then builds a new Token with the same fields (_copy), so a Token it has given out never
# changes. Nothing but tokenize sets a Token's place (tests/test_privacy_fast_paths.py
# checks that Tokens kept from one text keep their places while others are read); the
# rules only add to memo and fill lower_tests, what is true of the word wherever it stands.
_TOKENS: list[Token] = []


def _yes() -> bool:
    return True


def _free_count() -> int:
    """The count getrefcount gives, in tokenize's loop, for a Token of _TOKENS no one holds:
    worked out as the loop reads it, so that it stays right whatever this Python counts.
    -1, which no count is, where counts do not say who holds an object: a Python without
    the global lock (a thread's references may be counted apart) or one that does not count
    references at all (PyPy). tokenize then gives every word a Token of its own."""
    if sys.implementation.name != "cpython" or not getattr(sys, "_is_gil_enabled", _yes)():
        return -1
    pool = [Token()]
    tok = pool[0]
    return sys.getrefcount(tok)


_FREE = _free_count()
# What tokenize asks of a Token: its count of references; where _FREE is -1, a number that is
# never -1 (its id), so that every word gets a Token of its own.
_REFS = sys.getrefcount if _FREE >= 0 else id


# A second Token of each word that stood twice in one text (or whose Token a caller kept), by
# its place in _TOKENS: tokenize gives it, where no one holds it either, instead of building a
# Token for the word again ("the", "and", "to" stand twice in one line of two). Its count of
# references when no one holds it is _SPARE_FREE: this dict's, _again's name for it and
# getrefcount's argument; -1 where counts say nothing (see _FREE), and a spare is then never
# given. Emptied with _TOKENS (_forget), whose places it is keyed by.
_SPARES: dict[int, Token] = {}


def _spare_free_count() -> int:
    """The count getrefcount gives, in _again, for a spare no one holds (see _free_count)."""
    spares = {0: Token()}
    spare = spares.get(0)
    return sys.getrefcount(spare)


_SPARE_FREE = _spare_free_count() if _FREE >= 0 else -1


def _again(wid: int, tok: Token) -> Token:
    """A Token with the fields of tok, the Token of the word at place wid in _TOKENS, which
    someone holds: the word's spare if no one holds that, else a new one (_copy), kept as the
    word's spare for the next text. Either is a Token no one else holds, as _copy's is."""
    spare = _SPARES.get(wid)
    if spare is not None and _REFS(spare) == _SPARE_FREE:
        return spare
    spare = _copy(tok)
    if _SPARE_FREE >= 0:
        _SPARES[wid] = spare
    return spare


def _copy(tok: Token) -> Token:
    """A new Token with tok's fields but start, end and initial, which tokenize sets."""
    new = Token()
    new.raw = tok.raw
    new.low = tok.low
    new.bits = tok.bits
    new.cls = tok.cls
    new.cap = tok.cap
    new.particle = tok.particle
    new.poss = tok.poss
    new.initial = False
    new.memo = tok.memo
    new.cut = tok.cut
    new.lower_tests = tok.lower_tests
    return new


# What tokenize does with a word besides making its Token, as one number kept with the word:
# 0 for most words (in lowercase, on no list below). _F_LOWER: a lowercase_candidate();
# _F_INITIALS: perhaps a worker's initials in chat; _F_SCORED: a scored_candidate(); _F_SPELT:
# a number word or one holding one; _F_CAP: capitalized.
_F_LOWER, _F_INITIALS, _F_SCORED, _F_SPELT, _F_CAP = 1, 2, 4, 8, 16


def _word_entry(word: str, lex: dict[str, int]) -> tuple:
    """All that _chunk keeps of a word as written, whatever piece it stands in: the length of
    the word and of the token, _word's answer (raw, low, bits, cls, cap, particle, poss),
    whether it is a lowercase candidate, a scored candidate, a spelt number word, and the
    memo of its Tokens. Each is worked out from the word alone, so once per word (in
    _WORDS), not once per piece that holds it ("said", "said," and "said." are three pieces
    and one word): a text never seen before is read faster, as a participant's is.

    A word in lowercase gets no memo (None): only a capitalized word opens a run, and only
    the word of a run of one is asked for its memo. A tuple that holds no list, only strings,
    numbers and None, is set aside by the garbage collector the first time it sees it, with
    the tuples of the piece holding it; with a list in every word's, each collection read
    again every tuple of the caches while they fill (3% of the time on text never seen)."""
    cut, raw, low, bits, cls, cap, particle, poss = _word(word, lex)
    # 1: a lowercase_candidate(); 2: perhaps a worker's initials in chat ("ask kt"), which
    # casing.lowercase_names reads with _chat_initials; 0: neither. The flags of the word
    # without its "s" are looked up only where lowercase_candidate reads them (its first
    # test: a word in lowercase of four letters or more, not possessive), else 0.
    stem = (_DICT_GET(lex, low[:-1]) or lex.get(low[:-1], 0)
            if low[-1:] == "s" and not cap and not poss and len(raw) >= 4 else 0)
    # (a capitalized word is neither: lowercase_candidate's second test, and raw.islower())
    lower = (0 if cap else 1 if lowercase_candidate(raw, low, bits, cap, poss, stem)
             else 2 if len(raw) == 2 and not bits & ~INITIALS_BITS and raw.islower()
             and raw.isascii()
             else 0)
    # a word with no apostrophe or hyphen, as nine in ten are, is its only part: one look-up
    # (of low, which is then the word in lowercase: no "'s" or clitic was cut from it)
    spelt = (any(part.lower() in NUMBER_WORDS for part in _PARTS.split(word))
             if "'" in word or "-" in word or "’" in word else low in NUMBER_WORDS)
    # the lengths of the word and of the token, which tokenize adds to start
    return (len(word), len(word) - cut, raw, low, bits, cls, cap, particle, poss, lower,
            scored_candidate(raw, low, bits), spelt, [] if cap else None)


def _remembered(word: str, lex: dict[str, int]) -> tuple:
    """_word_entry's answer for a word not yet in _WORDS, kept there as _chunk keeps a word:
    the length of the token, the place in _TOKENS of a Token holding the word's fields
    (_word_entry's raw to memo, and cut; no place yet), and its _F_ flags."""
    (length, tok_length, raw, low, bits, cls, cap, particle, poss, lower, score, number,
     memo) = _word_entry(word, lex)
    tok = Token()
    tok.start = tok.end = 0
    tok.raw, tok.low, tok.bits, tok.cls, tok.cap = raw, low, bits, cls, cap
    tok.particle, tok.poss, tok.initial, tok.memo = particle, poss, False, memo
    tok.cut = length - tok_length
    tok.lower_tests = None  # (worked out when lowercase_names first reads the word)
    flags = ((_F_LOWER if lower == 1 else _F_INITIALS if lower else 0)
             | (_F_SCORED if score else 0) | (_F_SPELT if number else 0)
             | (_F_CAP if cap else 0))
    known = _WORDS[word] = (tok_length, len(_TOKENS), flags)
    _TOKENS.append(tok)
    return known


def _forget() -> None:
    """Empties _WORDS, and _CHUNKS and _TOKENS with it: a piece's words are places in
    _TOKENS, which _WORDS gave. (tokenize calls it before a text, never while a piece is read,
    whose words already read would otherwise keep places in the _TOKENS forgotten.)"""
    _WORDS.clear()
    _CHUNKS.clear()
    _TOKENS.clear()
    _SPARES.clear()


def _chunk(chunk: str, lex: dict[str, int]) -> tuple:
    """The MARK_ bits of one piece of text without spaces; its words, as (offset, length of
    the token, place in _TOKENS, _F_ flags) tuples; the lengths of its runs of digits (None
    without a digit); its length with the space after it, where the next piece starts; and,
    for a piece of one word at its start with no _F_ flags, the word's place in _TOKENS and
    the length of its token, which tokenize reads without the loop over the words (else -1,
    with a length of no use)."""
    words = _WORDS
    ascii = chunk.isascii()
    if ascii and (chunk.isalpha() or chunk[-1:] in _STOP_CHARS and chunk[:-1].isalpha()):
        # ASCII letters alone ("said", "Dana"), as half of all pieces are, or then one stop
        # ("said,", "home."), as another sixth are: one word, the letters, which is what the
        # split below finds; no digit. Read so, a piece never seen costs a third less.
        word = chunk if chunk[-1] not in _STOP_CHARS else chunk[:-1]
        known = words.get(word) or _remembered(word, lex)
        marks = MARK_CAPITALS if not word.islower() and _MARK_CAPITALS_RE.search(word) else 0
        low = _TOKENS[known[1]].low  # (its low: the word in lowercase)
        if low in KEYWORD_RUNS:
            marks |= MARK_KEYWORD
        if low in STREET_WORDS:  # (the letters are _STREET_WORD's match)
            marks |= MARK_STREET
        if low in _AT_WORDS and word is chunk:  # (letters hold no "@", "]" or ")")
            marks |= MARK_AT
        if len(word) == 1 and word not in _NOT_MARKED_LETTERS:
            marks |= MARK_LETTER
        if low in DIGIT_WORDS:
            marks |= MARK_FOREIGN_DIGIT
        if word is not chunk and chunk[-1] == ".":
            # "J." alone is MARK_DOTTED's second shape (a capital, then no letter); and a
            # keyword's pair may end in its full stop, as the search below reads it
            if len(word) == 1 and word.isupper():
                marks |= MARK_DOTTED
            if any(pair in chunk.lower() for pair in KEYWORD_PAIRS):
                marks |= MARK_KEYWORD
        return (marks, ((0, *known),), None, len(chunk) + 1,
                -1 if known[2] else known[1], known[0])
    if ascii and (chunk.isdigit() or chunk[-1:] in _STOP_CHARS and chunk[:-1].isdigit()):
        # ASCII digits alone ("16", "2024"), or then one stop ("12,", "2024."), as a twentieth
        # of pieces are: no word, one run of digits (the piece less its stop), and no letter,
        # capital or hyphen that the searches below want; the digits are _STREET_WORD's
        # match, a street's word only if STREET_WORDS holds them.
        number = chunk if chunk[-1] not in _STOP_CHARS else chunk[:-1]
        return (MARK_DIGIT | (MARK_STREET if number in STREET_WORDS else 0), (), (len(number),),
                len(chunk) + 1, -1, 0)
    # the per-text choice of tokenize before, made per piece: both patterns find the same
    # words where no word character beyond ASCII stands
    split = _SPLIT if not ascii and _SPLIT_NEEDED.search(chunk) else _ASCII_SPLIT
    parts = split.split(chunk)
    entries = []
    offset = len(parts[0])
    # (beyond ASCII record_numbers reads no MARK_KEYWORD: any will do)
    marks = MARK_KEYWORD if split is _SPLIT else 0
    for k in range(1, len(parts), 2):
        word = parts[k]
        if parts[k - 1] == "(" and k > 1 and parts[k + 1][:1] == ")" and word.islower():
            # "Child(ren)", "parent(s)": an ending in brackets, glued to its word, is no word
            offset += len(word) + len(parts[k + 1])
            continue
        known = words.get(word) or _remembered(word, lex)
        entries.append((offset, *known))
        offset += len(word) + len(parts[k + 1])
        low = _TOKENS[known[1]].low
        if low in DIGIT_WORDS or "-" in low and DIGIT_WORDS.issuperset(low.split("-")):
            marks |= MARK_FOREIGN_DIGIT  # ("senk", "пять-пять-пять")
        # a word's low is the word in lowercase, if it holds no apostrophe; one with an
        # apostrophe or a hyphen holds several runs of letters ("x-case", "o'case")
        if low in KEYWORD_RUNS or ("-" in word or "'" in word or "’" in word) \
                and not KEYWORD_RUNS.isdisjoint(_RUN_PARTS.split(word.lower())):
            marks |= MARK_KEYWORD
    if ("-" in chunk or "." in chunk) and any(pair in chunk.lower() for pair in KEYWORD_PAIRS):
        marks |= MARK_KEYWORD
    folded = chunk.lower()
    if "@" in chunk or "at]" in folded or "at)" in folded or "at}" in folded or folded == "at" \
            or any(word in folded for word in OTHER_AT_WORDS):
        marks |= MARK_AT
    street = _STREET_WORD.match(chunk)
    if street is not None and street.group().lower() in STREET_WORDS:
        marks |= MARK_STREET
    digits = None
    if _MARK_DIGIT_RE.search(chunk):
        marks |= MARK_DIGIT
        if _DOCKET_END.search(chunk):
            marks |= MARK_DOCKET
        if _DASHED.search(chunk):
            marks |= MARK_DASHED
        # and the lengths of its runs of digits, for tokenize's digits (see there)
        digits = tuple(map(len, (_ASCII_DIGIT_RUN if ascii else _DIGIT_RUN)
                           .findall(chunk)))
    if "." in chunk and _MARK_LOWER_DOTTED_RE.search(chunk):
        marks |= MARK_LOWER_DOTTED
    # Both other marks need a capital from A to Z: a piece with no capital at all (islower():
    # a cased character, none in capitals), as most are, spares their two searches.
    if not chunk.islower():
        if _MARK_CAPITALS_RE.search(chunk):
            marks |= MARK_CAPITALS
        if _MARK_DOTTED_RE.search(chunk):
            marks |= MARK_DOTTED
        if not chunk.isprintable() and _DOTTED_IN_A_CELL_RE.search(chunk):
            marks |= MARK_DOTTED  # a capital with its stop in a cell (see below)
    if not chunk.isprintable() and _LETTER_IN_A_CELL_RE.search(chunk):
        # a piece of a pasted table or form, its cells parted by tabs or line breaks
        # ("5\tY\n2\tk"): a letter alone in a cell
        marks |= MARK_LETTER
    if len(entries) == 1 and not entries[0][0] and not entries[0][3]:
        return marks, tuple(entries), digits, len(chunk) + 1, entries[0][2], entries[0][1]
    return marks, tuple(entries), digits, len(chunk) + 1, -1, 0


def tokenize(text: str, lex: dict[str, int], capitals: list[int] | None = None,
             lowercase: list[int] | None = None, initials: list[int] | None = None,
             scored: list[int] | None = None, spelt: list[int] | None = None,
             marks: list[int] | None = None, digits: list[int] | None = None) -> list[Token]:
    """The words of text as Tokens. capitals, if given, receives the place of every capitalized
    word in the list, in order, which spares runs() reading every word again; lowercase, if
    given, the place of every word that lowercase_candidate() accepts, in order, and initials
    the place of every word of two lowercase ASCII letters on no list, in order, both for
    casing.lowercase_names; scored, the place of every word scored_candidate() accepts, in
    order, for name_model.names; spelt, the place of every word that is or holds a number
    word, for spoken.rewrite; marks, one number: the MARK_ bits of the text (see above);
    digits, the lengths of the text's runs of digits, in order: numbers.digit_runs(text),
    which scanner.scan asks of a text with digits. No run of digits holds a space, so the
    text's runs are its pieces' runs, noted once per piece (a third element of a piece with
    MARK_DIGIT); a search of the whole line for them cost three times as much as their
    look-ups here."""
    global _words_lex
    if lex is not _words_lex or len(_WORDS) >= _WORDS_MAX:
        _forget()
        _words_lex = lex
    chunks = _CHUNKS
    toks: list[Token] = []
    if capitals is None:
        capitals = []
    if lowercase is None:
        lowercase = []
    if initials is None:
        initials = []
    if scored is None:
        scored = []
    if spelt is None:
        spelt = []
    # Methods looked up once, not once a word: this loop is the scanner's busiest.
    get, append, pool, refs = chunks.get, toks.append, _TOKENS, _REFS
    pos = 0  # where the piece starts in text
    seen = 0  # the MARK_ bits of the pieces read
    free = _FREE
    for chunk in text.split(" "):
        piece = get(chunk)
        if piece is None:
            piece = _chunk(chunk, lex)
            if len(chunks) >= _CHUNKS_MAX:
                chunks.clear()
            chunks[chunk] = piece
        mark, entries, lengths, step, wid, tok_length = piece
        if mark:  # (most pieces have no mark)
            seen |= mark
            if lengths is not None and digits is not None:
                digits += lengths
        if wid >= 0:
            # One word at the piece's start, on none of the lists below (_F_ flags 0), as most
            # pieces are ("said", "the", "home."): its Token without the loop over the
            # piece's words and its tests, what that loop does with such a word.
            tok = pool[wid]
            if refs(tok) != free:
                tok = _again(wid, tok)
            tok.start = pos
            tok.end = pos + tok_length
            append(tok)
            pos += step
            continue
        for offset, tok_length, wid, flags in entries:
            start = pos + offset
            tok = pool[wid]
            if refs(tok) != free:
                tok = _again(wid, tok)  # (the word stands again in this text, or is kept)
            tok.start = start
            tok.end = start + tok_length
            if flags:  # (most words are in lowercase, and none of the lists below wants them)
                if flags & _F_LOWER:
                    lowercase.append(len(toks))
                elif flags & _F_INITIALS:
                    initials.append(len(toks))
                if flags & _F_SCORED:
                    scored.append(len(toks))
                if flags & _F_SPELT:
                    spelt.append(len(toks))
                if flags & _F_CAP:
                    capitals.append(len(toks))
                    # what stands before the word: spaces, punctuation, digits, from the end of
                    # the word before, its "'s" included
                    if toks:
                        prev = toks[-1]
                        gap = text[prev.end + prev.cut:start]
                        if gap == " ":
                            # (most: a space alone after the word before, no boundary or
                            # quote, what the tests below read as no sentence's start)
                            tok.initial = False
                            append(tok)
                            continue
                    else:
                        gap = text[:start]
                    # Sentence-initial: nothing but spaces, quotes and brackets since a
                    # boundary, and the boundary is not the full stop of "Mr." or of an
                    # initial ("J. Whitfield").
                    core = gap.strip(_OPENER_CHARS)
                    if not toks:
                        # (or a list's marker: "- Call Keisha", "1) Ask Dana about school")
                        initial = not core or _LIST_MARKER.fullmatch(core) is not None
                    elif core:
                        last = core[-1]
                        initial = (last in _BOUNDARY and not (
                            last == "." and core == "." and (prev.bits & TITLE_ABBR
                                                             or prev.cls == INITIAL
                                                             or prev.low in _JOIN_ABBR))
                                   or core == "-" or "\n" in gap)
                    else:
                        initial = False
                    # an opening quote starts a sentence of its own
                    tok.initial = initial or bool(gap) and gap[-1] in "\"“‘"
            append(tok)
        pos += step
    if marks is not None:
        marks.append(seen)
    return toks


def joined(text: str, a: Token, b: Token) -> bool:
    """Whether b continues a's name: only spaces between, or the full stop of an initial/title."""
    gap = text[a.end:b.start]
    if gap == " ":
        return True
    if a.poss:
        return gap == "'s " or gap == "’s "
    return gap == ". " and (a.cls == INITIAL or bool(a.bits & TITLE_ABBR) or a.low in _JOIN_ABBR)


# After a capital, digits that make it a code's letter ("C452-118-77-204", "K-44810"); not a
# grade's, a bill's or a unit's, which stay in the run and name a thing ("Garfield K-8", "Bill
# C-92")
_CODE_GOES_ON = re.compile(r"-?\d{3}")


def runs(text: str, toks: list[Token], capitals: list[int] | None = None) \
        -> list[tuple[int, int]]:
    """Spans (first, last index) of capitalized words that belong together, split at titles.
    capitals: the places of the capitalized words, if tokenize() gave them."""
    if capitals is None:
        capitals = [i for i, tok in enumerate(toks) if tok.cap]
    runs = []
    n = len(toks)
    end = -1  # the last word of the last run
    ahead: dict[int, bool] | None = None  # _org_follows' answers, by the place read from
    for i in capitals:
        if i <= end:
            continue
        j = i
        while j + 1 < n:
            nxt = toks[j + 1]
            if nxt.cap and joined(text, toks[j], nxt):
                if _CODE_GOES_ON.match(text, nxt.end):
                    break  # "Imani Clark C452-118-77-204": a licence's letter, no initial
                if nxt.bits & TITLE and j + 2 < n and toks[j + 2].cap \
                        and toks[j].low not in _OPENING_A_TITLE:
                    break  # "Family Court Judge Alvarez": the title starts a new run; but not
                    # after a rank's first word ("Chief Petty Officer Ruiz", opens_a_title)
                if toks[j].poss and not _org_follows(text, toks, j + 1,
                                                     ahead if ahead is not None
                                                     else (ahead := {})):
                    break  # "Mariam Yusuf's Medicaid ID": the name ends at its "'s"
                j += 1
            elif nxt.particle and j + 2 < n and toks[j + 2].cap and joined(text, toks[j], nxt) \
                    and joined(text, nxt, toks[j + 2]):
                j += 2
            elif (nxt.particle and j + 3 < n and toks[j + 2].particle and toks[j + 3].cap
                  and joined(text, toks[j], nxt) and joined(text, toks[j + 2], toks[j + 3])):
                j += 3
            else:
                break
        runs.append((i, j))
        end = j
    return runs


def opens_a_title(toks: list[Token], k: int) -> bool:
    """Whether toks[k] is the first word of a rank of two words or more, before its title
    ("Petty Officer", "Lance Cpl.", "Gunnery Sergeant"): the title's, not a name's, though
    "Petty" is a surname and "Lance" a given name."""
    return toks[k].low in _OPENING_A_TITLE and toks[k].cap and k + 1 < len(toks) \
        and bool(toks[k + 1].bits & TITLE) and toks[k + 1].cap


_OPENING_A_TITLE = words("words-opening-a-title")


def _org_follows(text: str, toks: list[Token], k: int, ahead: dict[int, bool]) -> bool:
    """Whether the capitalized words from toks[k] on hold an organisation word: "St. Mary's
    Hospital" and "Sam's Club" stay whole, "Dana's Facebook" splits after "Dana". ahead: the
    answers found so far, by the place read from; every place read on the way has the same
    answer, so that a text in title case with many possessives ("St. Mary's St. Mary's ...")
    reads each word once, not once for each possessive before it."""
    read = []
    found = False
    while k < len(toks) and toks[k].cap:
        if k in ahead:
            found = ahead[k]
            break
        read.append(k)
        if toks[k].bits & ORG:
            found = True
            break
        if k + 1 < len(toks) and not joined(text, toks[k], toks[k + 1]):
            break
        k += 1
    for place in read:
        ahead[place] = found
    return found
