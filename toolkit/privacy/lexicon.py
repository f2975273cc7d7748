"""The word lists behind the name detector, read once per kernel and kept as one dictionary.

Every token costs the detector a single dictionary look-up, which is what keeps scanning above
ten thousand lines a second; so the lists (US given names and surnames from the Social Security
Administration and the Census Bureau, our own extra names, SCOWL English words, GeoNames places
and our own terms.txt) are folded into one map from a lowercase word to a set of bit flags. A
place of several words ("corpus christi") is a key with spaces, looked up for a run of words.
The map is read from lexicon-compiled.txt, the lists folded once by scripts/compile_lexicon.py,
while the lists are those it was made from (see Lexicon and lexicon()).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import re

# One bit per fact about a word.
FIRST = 1 << 0        # a given name
LAST = 1 << 1         # a surname
COMMON = 1 << 2       # an everyday English word (SCOWL size 35, or our own extra words)
WORD = 1 << 3         # any English word we know (SCOWL size 50)
TITLE = 1 << 4        # "Judge", "Grandma": stands before a name
TITLE_ABBR = 1 << 5   # "Mr", "Ms": stands before a name in any case
ROLE = 1 << 6         # "mother", "supervisor"
PERSON_VERB = 1 << 7  # "said", "is": after a name
STRONG_VERB = 1 << 8  # "said", "told": after a name even when the name is also a word
OBJECT_VERB = 1 << 9  # "asked", "met": before a name
FAMILY = 1 << 10      # "family", "kids": "the Garcia family"
PARTICLE = 1 << 11    # "de", "van": inside a name
MONTH = 1 << 12       # months and weekdays
NOT_NAME = 1 << 13    # agencies, languages, brands, function words...
PLACE = 1 << 14       # "Georgia", "Houston": a place after "in", "to", "from"
ORG = 1 << 15         # "County", "Hospital": makes a capitalized run an organisation
NAME_FIRST = 1 << 16  # a word whose sense as a name dominates ("maria"), from terms.txt
THING = 1 << 17       # "program", "center": after a capitalized word, makes it a thing's name
FUNCTION = 1 << 18    # "when", "the": opens a sentence, never a name
STATE = 1 << 19       # "upset", "crying": said of a person after "is"
PLACE_PREFIX = 1 << 20  # "San", "Fort": starts a place's name
REGION = 1 << 21      # a US state or a country: "Tyler, Texas" is a town
EVENT = 1 << 22       # "Alert", "Walk", "Camp": ends the name of an event ("Amber Alert")
ALSO_WORD = 1 << 23   # a [names-first] word that is an everyday word too ("jack", "sue")
STATE_CODE = 1 << 24  # "tx", "ok": a state's postal code, when typed in capitals
AUTHORITY = 1 << 25   # "police", "PD", "schools": after a town's name, the town's agency
PROCEDURE = 1 << 26   # "form", "ICPC", "licensing": what states and agencies deal in
STREET = 1 << 27      # "Ave", "Blvd", "Rd": ends a street's name ("Walker Ave")
STREET_PREFIX = 1 << 28  # "Calle", "Avenida": starts a street's name ("Calle Linda")
RARE_GIVEN = 1 << 29  # a given name fewer than RARE_BELOW US babies had ("puja", "momo")

NAME = FIRST | LAST

_SECTIONS = {
    "title-abbreviations": TITLE_ABBR | TITLE, "titles": TITLE, "roles": ROLE,
    "person-verbs": PERSON_VERB, "strong-person-verbs": STRONG_VERB | PERSON_VERB,
    "object-verbs": OBJECT_VERB, "family-nouns": FAMILY, "particles": PARTICLE,
    "months": MONTH, "weekdays": MONTH, "not-names": NOT_NAME,
    "function-words": NOT_NAME | FUNCTION, "places": PLACE, "org-words": ORG,
    "extra-words": COMMON | WORD, "names-first": NAME_FIRST, "thing-nouns": THING,
    "person-states": STATE, "place-prefixes": PLACE_PREFIX, "event-nouns": EVENT,
    "authority-words": AUTHORITY, "procedure-words": PROCEDURE, "street-types": STREET,
    "street-prefixes": STREET_PREFIX,
}
# places.txt, generated from GeoNames data (see data/README.md): its sections and their bits.
_PLACE_SECTIONS = {"regions": PLACE | REGION, "cities": PLACE, "state-codes": STATE_CODE}
# places-extra.txt, written by hand (see data/README.md): its sections and their bits.
_EXTRA_PLACE_SECTIONS = {"features": PLACE, "regions": PLACE | REGION, "lands": PLACE,
                         "towns-abroad": PLACE}

_DATA = importlib.resources.files(__package__) / "data"
# Below this many babies (1880-2023), a given name typed in lowercase with nothing about it
# that says "person" is more often a word of another language ("puja", "momo", "tika",
# "shiro", "matai"): casing.lowercase_names then asks for a person's context, as it does of a
# word on no list. Above it, chat's lowercase names stand alone ("marisol called" aside,
# "yes marisol").
RARE_BELOW = 1000


def _count_split(data: bytes, start: int, below: int) -> int:
    """The offset in data, from start, of the first line whose count is below `below`: the
    lines are sorted by count, most frequent first, so a binary search over the bytes finds it
    without reading every line."""
    lo, hi = start, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        line_start = data.rfind(b"\n", start, mid) + 1 if mid > start else start
        line_start = max(line_start, start)
        line_end = data.find(b"\n", line_start)
        if line_end < 0:
            line_end = len(data)
        count = int(data[line_start:line_end].rsplit(b" ", 1)[1] or 0)
        if count >= below:
            lo = line_end + 1
        else:
            hi = line_start
    return lo


def _names(filename: str, rare_below: int = 0) -> tuple[list[str], list[str]]:
    # names-given.txt and names-surnames.txt, made by scripts/make_names.py from US government
    # data: "#" lines, then a name and its count a line ("maria 551234"), most frequent first.
    # The digits are dropped before splitting, so that no string is made for a count.
    # With rare_below, the names fewer babies had than that come apart, in a second list.
    data = (_DATA / filename).read_bytes()
    start = 0
    while data.startswith(b"#", start):
        start = data.index(b"\n", start) + 1
    split = _count_split(data, start, rare_below) if rare_below else len(data)
    return (data[start:split].translate(None, b"0123456789").decode("ascii").split(),
            data[split:].translate(None, b"0123456789").decode("ascii").split())


# The endings a Ukrainian or Russian given name takes in its cases, by how the name ends in
# the nominative: what replaces the ending (the stem keeps the rest). "Олена" -> "Олени",
# "Олені", "Олену", "Оленою", "Олено"; "Сергій" -> "Сергія", "Сергієм"; "Роман" -> "Романа",
# "Роману", "Романові", "Романом". Only forms of names, never a name's other words.
_CYRILLIC_CASES = (
    ("ій", ("ія", "ію", "ієм", "ії")),
    ("ий", ("ия", "ию", "ием", "ии")),
    ("ей", ("ея", "ею", "еем", "ее")),
    ("ь", ("я", "ю", "ем", "е")),
    ("а", ("и", "і", "у", "ою", "о", "е", "ой", "ы")),
    ("я", ("і", "ї", "и", "ю", "ею", "єю", "е", "ей", "є")),
    ("о", ("а", "у", "ові", "ом", "е")),
)
_CYRILLIC_CONSONANT_CASES = ("а", "у", "ові", "ом", "е", "ем")


def cyrillic_case_forms(word: str) -> list[str]:
    """The case forms of a given name written in Cyrillic, which names-extra.txt holds in the
    nominative: a participant quotes a family's message as written ("передайте Миколі
    документи", "я говорила з Оленою"). Nothing for a word in other letters."""
    if not word[-1:] or not "\u0400" <= word[-1] <= "\u04ff" or len(word) < 3:
        return []
    for ending, cases in _CYRILLIC_CASES:
        if word.endswith(ending):
            stem = word[:-len(ending)]
            return [stem + case for case in cases]
    return [word + case for case in _CYRILLIC_CONSONANT_CASES]


def _our_words(filename: str) -> list[str]:
    text = (_DATA / filename).read_text(encoding="utf-8")
    if "#" in text:
        text = re.sub(r"#[^\n]*", "", text)
    return text.lower().split()


_SECTION_HEADING = re.compile(r"\[([a-z-]+)\]")


def _sections(filename: str, one_per_line: bool = False) -> dict[str, list[str]]:
    """A file of [section] headings, then words: several to a line, or one name a line (which
    may hold spaces: "corpus christi" is kept whole and looked up for a run of words)."""
    sections: dict[str, list[str]] = {}
    current = None
    # places.txt has some four thousand lines: the tests each line needs, and no more (a
    # comment cut only where there is one, a heading looked for only after a "[", with the
    # pattern compiled once), take a third of the time.
    fullmatch = _SECTION_HEADING.fullmatch
    for line in (_DATA / filename).read_text(encoding="utf-8").splitlines():
        if "#" in line:
            line = line.split("#", 1)[0]
        line = line.strip()
        if not line:
            continue
        heading = fullmatch(line) if line[0] == "[" else None
        if heading:
            current = sections.setdefault(heading.group(1), [])
        elif current is not None:
            if one_per_line:
                current.append(" ".join(line.lower().split()))
            else:
                current.extend(line.lower().split())
    return sections


class Lexicon(dict):
    """The map from a lowercase word to its flags, as a dict; with the compiled file, three large
    groups of words that carry a single fact (an English word and nothing else, a rare given
    name, a surname) stay out of the dict, in strings by their first three letters, and get()
    looks there when the dict has no entry.

    A dict of 150,000 entries costs most of the word lists' load time (every key a new string
    and a slot in a table that grows by doubling); kept as some 15,000 strings, those 88,000
    words cost little to load and a few microseconds to look up. Few look-ups reach them: the
    tokenizer remembers each word's answer (tokens._WORDS), and the rules look up less than
    two words a line."""

    __slots__ = ("_rare",)

    def __init__(self, entries=(), rare: tuple = ()):
        super().__init__(entries)
        # (flags, {first three letters: " word word ... "}) for each group kept out of the dict
        self._rare = rare

    def get(self, word, default=None):
        bits = dict.get(self, word)
        if bits is None and self._rare:
            key = word[:3]
            padded = f" {word} "
            for flags, buckets in self._rare:
                bucket = buckets.get(key)
                if bucket is not None and padded in bucket:
                    return flags
            return default
        return default if bits is None else bits

    def __missing__(self, word):
        bits = self.get(word)
        if bits is None:
            raise KeyError(word)
        return bits

    def __contains__(self, word):
        return self.get(word) is not None

    def rare_words(self) -> int:
        """How many words the groups kept out of the dict hold."""
        return sum(bucket.count(" ") - 1 for _, buckets in self._rare
                   for bucket in buckets.values())


@functools.cache
def lexicon() -> Lexicon:
    """Every word we know something about, lowercase, with its flags, built once: from
    lexicon-compiled.txt when the word lists are those it was compiled from (~0.03 s), else
    from the lists themselves (~0.1 s), so that an edit of terms.txt counts at once."""
    try:
        text = (_DATA / COMPILED).read_text(encoding="utf-8")
    except OSError:
        text = ""
    compiled = _from_compiled(text) if text.startswith(_compiled_header()) else None
    return compiled if compiled is not None else Lexicon(from_sources())


COMPILED = "lexicon-compiled.txt"
# The lists lexicon-compiled.txt is made from; their digest is in its first line.
_SOURCES = ("words-common.txt", "words-less-common.txt", "names-given.txt", "names-extra.txt",
            "names-surnames.txt", "places.txt", "places-extra.txt", "terms.txt")
# The groups kept out of the dict (see Lexicon): one fact each, and the most words.
_RARE_GROUPS = (WORD, FIRST | RARE_GIVEN, LAST)


def _compiled_header() -> str:
    """The compiled file's first line: what made it, and the digest of the lists it was made
    from (and of this file's format, COMPILED_FORMAT): a list edited since makes it stale."""
    digest = hashlib.blake2b(COMPILED_FORMAT.encode(), digest_size=16)
    for name in _SOURCES:
        digest.update((_DATA / name).read_bytes())
    return (f"# Made by scripts/compile_lexicon.py from {', '.join(_SOURCES)}; do not edit: "
            f"edit those and run it again. Sources {digest.hexdigest()}\n")


COMPILED_FORMAT = "1"


def compile_text(flags: dict[str, int]) -> str:
    """lexicon-compiled.txt's text for the map flags: a block a group of words with the same
    flags, "=flags" and a word a line; a group of _RARE_GROUPS as "=flags rare", a line of the
    words' first three letters, the keys, then for each key a line of the words opening with
    it, between spaces."""
    groups: dict[int, list[str]] = {}
    for word, bits in flags.items():
        groups.setdefault(bits, []).append(word)
    blocks = []
    for bits, words in sorted(groups.items()):
        words.sort()
        if bits in _RARE_GROUPS:
            alone = [w for w in words if " " not in w]
            if len(alone) < len(words):
                blocks.append(f"={bits}\n" + "\n".join(w for w in words if " " in w))
            buckets: dict[str, list[str]] = {}
            for word in alone:
                buckets.setdefault(word[:3], []).append(word)
            blocks.append(f"={bits} rare\n" + " ".join(buckets) + "\n" + "\n".join(
                " ".join(ws) for ws in buckets.values()))
        else:
            blocks.append(f"={bits}\n" + "\n".join(words))
    return _compiled_header() + "\n".join(blocks) + "\n"


def _from_compiled(text: str) -> Lexicon | None:
    """The Lexicon of compile_text's text; None if it is not in that shape (a file edited by
    hand), and lexicon() then reads the lists."""
    body = text.split("\n", 1)[1]
    if not body.startswith("="):
        return None
    lex = Lexicon()  # filled in place: a dict built apart and then copied would cost twice
    rare = []
    try:
        for block in body[1:].split("\n="):
            head, _, words = block.partition("\n")
            bits, _, kind = head.partition(" ")
            if kind == "rare":
                keys, _, lines = words.rstrip("\n").partition("\n")
                # each line between spaces, made in one pass over the block, not line by line
                lines = lines.replace("\n", " \n ")
                rare.append((int(bits), dict(zip(keys.split(" "), f" {lines} ".split("\n")))))
            else:
                lex.update(dict.fromkeys(words.rstrip("\n").split("\n"), int(bits)))
    except ValueError:
        return None
    lex._rare = tuple(rare)
    return lex


def from_sources() -> dict[str, int]:
    """Every word we know something about, lowercase, with its flags, read from the lists
    themselves (~0.1 s): what lexicon-compiled.txt holds, and what lexicon() uses when a list
    has changed since it was compiled."""
    # The first list fills an empty map in one call; the others are folded in word by word.
    flags: dict[str, int] = dict.fromkeys(_our_words("words-common.txt"), COMMON | WORD)

    def add(words, bit, known=None):
        # known, if given, receives the words the map held before with other flags
        setdefault = flags.setdefault
        for word in words:
            bits = setdefault(word, bit)  # a new word: one look-up
            if bits != bit:
                flags[word] = bits | bit
                if known is not None:
                    known.append(word)

    add(_our_words("words-less-common.txt"), WORD)
    given, rare = _names("names-given.txt", RARE_BELOW)
    add(given, FIRST)
    add(rare, FIRST | RARE_GIVEN)
    extra = _our_words("names-extra.txt")
    extra += [form for word in extra for form in cyrillic_case_forms(word)]
    add(extra, FIRST)
    for word in extra:  # our own names are names people here are given, however few babies
        flags[word] &= ~RARE_GIVEN
    surnames = _names("names-surnames.txt")[0]
    worded: list[str] = []  # the surnames that were already words or given names
    add(surnames, LAST, worded)
    for section, words in _sections("places.txt", one_per_line=True).items():
        add(words, _PLACE_SECTIONS[section])
    for section, words in _sections("places-extra.txt", one_per_line=True).items():
        if section not in _EXTRA_PLACE_SECTIONS:
            raise ValueError(f"toolkit/privacy/data/places-extra.txt: unknown section "
                             f"[{section}]; use one of {', '.join(sorted(_EXTRA_PLACE_SECTIONS))}")
        add(words, _EXTRA_PLACE_SECTIONS[section])
    names_first: list[str] = []
    for section, words in _sections("terms.txt").items():
        if section not in _SECTIONS:
            raise ValueError(f"toolkit/privacy/data/terms.txt: unknown section [{section}]; "
                             f"use one of {', '.join(sorted(_SECTIONS))}")
        add(words, _SECTIONS[section])
        if _SECTIONS[section] & NAME_FIRST:
            names_first += words
        if _SECTIONS[section] & WORD:
            worded += words  # a surname that terms.txt makes a word
    # Only the words of [names-first] and the surnames that are also words can need the
    # changes below, so only they are read again, not the whole map nor every surname. A
    # surname is a word when a list of words read before it or terms.txt holds it: places.txt
    # gives no word its WORD flag.
    for word in dict.fromkeys(names_first + worded):
        bits = flags[word]
        if bits & NAME_FIRST:
            # Read as a name when capitalized; typed in lowercase, an everyday word ("jack up
            # his grades", "sue the landlord") still needs a person's verb after it.
            flags[word] = bits & ~(COMMON | WORD) | (ALSO_WORD if bits & COMMON else 0)
        elif bits & LAST and bits & WORD and not bits & FIRST:
            # A surname that is also a rarer English word ("logins") reads as the word when it
            # opens a sentence. Given names keep the stricter test: "billy" stays a name.
            flags[word] = bits | COMMON
    return flags
