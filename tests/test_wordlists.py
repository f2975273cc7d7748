"""The privacy guard's cue words (toolkit/privacy/data/cue-words.txt, read by wordlists.py):
every section read by some rule and none empty or repeating a word, a clear error for a section
that does not exist, regex alternations that keep their words' meaning, and no word list
creeping back into the code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from toolkit.privacy import wordlists
from toolkit.privacy.wordlists import (
    UnknownSection,
    alternation,
    alternatives,
    entries,
    words,
)

PACKAGE = Path(wordlists.__file__).resolve().parent
# The functions that take section names (spoken._valued reads one through entries, its words
# in the order of their values).
READERS = ("words", "entries", "alternation", "_valued")
# Modules that may hold words in code: the loader, the lexicon (its section names and flags)
# and findings.py (the suggestions shown to participants are sentences).
EXEMPT = {"wordlists.py", "lexicon.py", "findings.py"}
_PLAIN_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.glob("*.py") if p.name != "wordlists.py")


def _sections_asked_for() -> dict[str, list[str]]:
    """Section name -> the modules that pass it to words(), entries() or alternation()."""
    asked: dict[str, list[str]] = {}
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in READERS:
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        asked.setdefault(arg.value, []).append(path.name)
    return asked


def test_every_section_is_read_by_a_module():
    asked = _sections_asked_for()
    unread = [name for name in wordlists.sections() if name not in asked]
    assert not unread, f"sections of {wordlists.FILE} that no module reads: {unread}"


def test_every_section_asked_for_exists():
    missing = {name: mods for name, mods in _sections_asked_for().items()
               if name not in wordlists.sections()}
    assert not missing, f"sections asked for but not in {wordlists.FILE}: {missing}"


def test_no_section_is_empty():
    empty = [name for name, found in wordlists.sections().items() if not found]
    assert not empty, f"empty sections in {wordlists.FILE}: {empty}"


def test_no_word_twice_in_a_section():
    repeated = {}
    for name, found in wordlists.sections().items():
        twice = sorted({w for w in found if found.count(w) > 1})
        if twice:
            repeated[name] = twice
    assert not repeated, f"words listed twice in one section of {wordlists.FILE}: {repeated}"


def test_words_are_lowercase_and_single_outside_phrase_sections():
    for name, found in wordlists.sections().items():
        for word in found:
            assert word == word.lower(), (name, word)
            assert name.endswith("-phrases") or " " not in word, (name, word)


def test_an_unknown_section_names_the_file_and_the_section():
    with pytest.raises(UnknownSection) as raised:
        words("adverbz")
    message = str(raised.value)
    assert "toolkit/privacy/data/cue-words.txt" in message
    assert "[adverbz]" in message
    assert "[adverbs]" in message  # the close match is suggested
    with pytest.raises(UnknownSection):
        alternation("no-such-section")


def test_words_gives_a_frozenset_read_once():
    assert isinstance(words("owners"), frozenset)
    assert words("owners") == frozenset(entries("owners"))
    assert wordlists.sections() is wordlists.sections()  # cached: the file is read once


def test_alternation_keeps_the_regex_meaning():
    months = alternation("month-words")
    # longest first, as "mar(?:ch)?" would try: a date ending in a month keeps the whole word
    assert re.match(rf"(?:{months})", "march 3").group() == "march"
    assert re.match(rf"(?:{months})", "septembe").group() == "sept"
    assert re.fullmatch(rf"(?:{months})\.? 3", "sep. 3")
    assert "|".join(alternatives("month-words")).startswith("september|february")
    # a space inside an entry matches any run of spaces; entries are escaped
    assert re.fullmatch(rf"(?:{alternation('case-keyword-phrases')})", "police \t report")
    ids = alternation("id-keywords-generic")
    assert re.fullmatch(rf"(?:{ids})", "i.d.") and not re.fullmatch(rf"(?:{ids})", "ixdx")
    # an apostrophe matches both apostrophes
    whose = alternation("after-thats-in-brackets")
    assert re.fullmatch(rf"(?:{whose})", "mom’s") and re.fullmatch(rf"(?:{whose})", "mom's")
    # suffix and transform
    stems = alternation("hospital-word-beginnings", suffix=r"\w*")
    assert re.fullmatch(rf"(?:{stems})", "discharged")
    spanish = alternation("spanish-street-words", transform=str.capitalize)
    assert re.fullmatch(f"(?:{spanish})", "Calle") and not re.fullmatch(f"(?:{spanish})", "calle")


def test_every_entry_matches_itself_whole():
    # the longest entry wins wherever entries start alike ("appointments", "appointment")
    for name, found in wordlists.sections().items():
        pattern = re.compile(f"(?:{alternation(name)})")
        for entry in found:
            assert pattern.match(entry).group() == entry, (name, entry)


def test_the_file_format_is_checked():
    parsed = wordlists._parse("# a comment\n[a-list]\nb c  # why\nd\n\n[some-phrases]\nat  least\n")
    assert parsed == {"a-list": ("b", "c", "d"), "some-phrases": ("at least",)}
    for bad in ("[x]\nUpper\n", "words before a heading\n", "[x]\na\n[x]\nb\n", "[Bad_Name]\na\n"):
        with pytest.raises(ValueError, match="cue-words.txt"):
            wordlists._parse(bad)


def _exempt_nodes(tree: ast.AST) -> set[int]:
    """Tuples that are no word lists: __slots__ and __all__ hold attribute and export names."""
    exempt = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id in ("__slots__", "__all__") for t in node.targets):
            exempt.add(id(node.value))
    return exempt


def _word_literals(source: str, name: str) -> list[str]:
    tree = ast.parse(source)
    exempt = _exempt_nodes(tree)
    found = []
    for node in ast.walk(tree):
        elements = None
        if isinstance(node, (ast.Set, ast.Tuple)) and id(node) not in exempt:
            elements = node.elts
        elif (isinstance(node, ast.Call) and getattr(node.func, "id", None) in (
                "set", "frozenset", "tuple") and node.args
              and isinstance(node.args[0], ast.List)):
            elements = node.args[0].elts
        if elements is None:
            continue
        plain = [e.value for e in elements if isinstance(e, ast.Constant)
                 and isinstance(e.value, str) and _PLAIN_WORD.fullmatch(e.value)]
        if len(plain) >= 3:
            found.append(f"{name}:{node.lineno} {plain[:5]}")
    return found


def test_no_word_list_in_code():
    """A set, frozenset or tuple of three or more lowercase words belongs in cue-words.txt (or,
    for what a word is, in terms.txt): a maintainer mends words without reading Python."""
    found = [hit for path in _modules() if path.name not in EXEMPT
             for hit in _word_literals(path.read_text(encoding="utf-8"), path.name)]
    assert not found, f"word lists in code, move them to data/{wordlists.FILE}: {found}"


def test_the_check_for_word_lists_in_code_sees_them():
    code = ('_ADVERBS = {"never", "always", "still"}\n'
            'ok = x in ("on", "off", "near")\n'
            '_ARTICLES = frozenset(["a", "an", "the"])\n'
            '__slots__ = ("start", "end", "raw")\n'
            'pair = ("is", "was")\n'
            'gaps = (", ", " (", "; ")\n')
    assert sorted(hit.split()[0] for hit in _word_literals(code, "probe.py")) == [
        "probe.py:1", "probe.py:2", "probe.py:3"]
