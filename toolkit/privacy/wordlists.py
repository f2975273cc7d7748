"""The words the privacy guard's rules look at around a candidate, from data/cue-words.txt.

    _ADVERBS = words("adverbs")              # a frozenset, for `tok.low in _ADVERBS`
    _EVENTS = alternation("event-words")     # "hearing(?:s|)|court|...", for a regex

What a word *is* (a title, a role, a month, a place) lives in terms.txt and reaches the rules as
a flag of the lexicon (lexicon.py); the lists here are the words a single rule looks for next
to a candidate ("asked" before a lowercase name, "flooded" after a town), one section per rule.
The file is read once per process, when the first module asks for a section; the modules keep
what they get as module constants, so a look-up costs what it did when the lists sat in code.

The file's format is described at its top. A section whose name ends in "-phrases" holds one
entry a line, and an entry may hold spaces ("at least"); other sections hold single words,
several to a line.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Callable, Iterable

FILE = "cue-words.txt"
_SHOWN = f"toolkit/privacy/data/{FILE}"  # how errors name the file
_HEADING = re.compile(r"\[([a-z0-9]+(?:-[a-z0-9]+)*)\]")


class UnknownSection(LookupError):
    """A module asked for a section that cue-words.txt does not have."""


def _parse(text: str) -> dict[str, tuple[str, ...]]:
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    phrases = False
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        heading = _HEADING.fullmatch(line)
        if heading:
            name = heading.group(1)
            if name in sections:
                raise ValueError(f"{_SHOWN}:{number}: section [{name}] appears twice")
            current = sections[name] = []
            phrases = name.endswith("-phrases")
            continue
        if line.startswith("["):
            raise ValueError(f"{_SHOWN}:{number}: a section's name is lowercase words joined "
                             f"by hyphens, in brackets: {line!r}")
        if current is None:
            raise ValueError(f"{_SHOWN}:{number}: words before the first [section]")
        if line != line.lower():
            raise ValueError(f"{_SHOWN}:{number}: words are written in lowercase: {line!r}")
        if phrases:
            current.append(" ".join(line.split()))
        else:
            current.extend(line.split())
    return {name: tuple(entries) for name, entries in sections.items()}


@functools.cache
def sections() -> dict[str, tuple[str, ...]]:
    """Every section of cue-words.txt, its entries in the file's order (read once)."""
    text = (importlib.resources.files(__package__) / "data" / FILE).read_text(encoding="utf-8")
    return _parse(text)


def entries(section: str) -> tuple[str, ...]:
    """The entries of one section, in the file's order."""
    found = sections().get(section)
    if found is None:
        raise UnknownSection(f"{_SHOWN} has no section [{section}]"
                             + _suggestion(section, sections()))
    return found


def _suggestion(section: str, known: dict[str, tuple[str, ...]]) -> str:
    import difflib
    close = difflib.get_close_matches(section, known, n=3)
    return f"; did you mean {', '.join(f'[{c}]' for c in close)}?" if close else ""


def words(*names: str) -> frozenset[str]:
    """The words of one section (or of several, together), for membership tests."""
    return frozenset(w for name in names for w in entries(name))


def _pattern(text: str) -> str:
    """Regex text matching text: escaped; a space matches any run of whitespace, an apostrophe
    either apostrophe."""
    return "".join(r"\s+" if c == " " else "['’]" if c == "'" else re.escape(c) for c in text)


def alternatives(*names: str, suffix: str = "",
                 transform: Callable[[str], str] | None = None) -> list[str]:
    """The entries of the sections as regex texts, one an entry, longer entries first (see
    alternation); for a caller that needs every entry as an alternative of its own."""
    found = [w for name in names for w in entries(name)]
    if transform is not None:
        found = [transform(w) for w in found]
    found.sort(key=len, reverse=True)  # a stable sort: file order among entries of one length
    return [_pattern(entry) + suffix for entry in found]


def alternation(*names: str, suffix: str = "",
                transform: Callable[[str], str] | None = None) -> str:
    """The entries of the sections as a regex alternation, "a|b|c", without a group around it
    (the caller writes "(?:...)", or "(?P<name>...)").

    Each entry is escaped; a space inside an entry matches any run of whitespace ("at least" ->
    "at\\s+least"), an apostrophe matches either apostrophe (' or ’). Of two entries one of which
    starts the other ("appointments", "appointment") the longer is tried first, as
    "appointments?" would. suffix is regex text put after every entry ("\\w*": the entries are
    beginnings of words); transform changes every entry before it is escaped (str.capitalize:
    "Calle", for a case-sensitive pattern).

    Entries that start alike share their start, "sep(?:t(?:ember|)|)|oct(?:ober|)": the regex
    engine tries that as fast as the hand-written "sep(?:t(?:ember)?)?", leaving a branch at its
    first character. It means what the flat list of alternatives() means: at each branching the
    end of a shorter entry comes last, and branches that part at different characters cannot
    match at the same place, even with re.IGNORECASE, since every entry is lowercase and
    transform treats all alike.
    """
    found = [w for name in names for w in entries(name)]
    if transform is not None:
        found = [transform(w) for w in found]
    return alternation_of(found, suffix)


def alternation_of(found: Iterable[str], suffix: str = "") -> str:
    """alternation() of entries already read and changed (spoken.py: Spanish number words and
    their spellings without accents). Give them in a fixed order, not a set's, which changes from
    run to run and the pattern's text with it."""
    trie: dict = {}
    for entry in found:
        node = trie
        for c in entry:
            node = node.setdefault(c, {})
        node[""] = {}  # an entry ends here
    return _alternation_of(trie, suffix)


def _alternation_of(node: dict, suffix: str) -> str:
    """The alternatives below a trie node: its children in the order their entries came, then
    "" if an entry ends here (so a longer entry is tried before a shorter one it starts with)."""
    out = []
    for c, below in node.items():
        if not c:
            continue
        run = c
        while len(below) == 1 and "" not in below:  # one way on: "feb" rather than f(?:e(?:b
            (c, below), = below.items()
            run += c
        out.append(_pattern(run) + _group(_alternation_of(below, suffix)))
    if "" in node:
        out.append(suffix)
    return "|".join(out)


def _group(alternation: str) -> str:
    return alternation if "|" not in alternation else f"(?:{alternation})"
