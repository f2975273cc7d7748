"""Names in Cyrillic, Greek and Armenian letters, read through their Latin spellings.

The name lists are US lists, written in Latin letters; a family from Ukraine, Greece or
Armenia writes "Олена", "Ελένη", "Տիգրան", which those lists hold as Olena, Eleni and
Tigran. These scripts have capitals, so the rules read such a word as they read any
capitalized word no list holds: a name only where the words around it say a person, which in
a sentence of the same script they seldom can ("Мама сказала, что Наташа не придёт").

So a capitalized word of these scripts that no list holds takes the name flags of its Latin
spellings ([romanized-letter-phrases]), as a word on the lists has them, and the rules read it
as they read "Natasha". Only a surname, or a given name that is not rare among US babies,
counts: a rare one ("Олена": olena, fewer than lexicon.RARE_BELOW a year) found a few more
names on the tuning corpus and flagged as many words. A word in lowercase takes nothing: "на",
"это", "για" spell "na", "eto" and "gia", and such words are everyday words far more often
than a name typed in lowercase. The words of those languages that open a sentence or stand in
title case and spell a name ("Она": ona, "Наш": nash, "Пасха": pasha) are in terms.txt: a
word on the lists keeps its own flags, and its spellings are not read.

A capitalized word of Latin letters with marks that no list holds ("Kovač", "Dvořák") is read
the same way, through its letters without the marks, as the US lists write such names; but
not a word of Vietnamese's letters ("Quận", a district), whose words so read spell names.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .lexicon import NAME, RARE_GIVEN
from .wordlists import entries

# A letter of Cyrillic, Greek or Armenian (their blocks, and Cyrillic's supplement).
CASED_SCRIPTS = re.compile("[\u0370-\u03ff\u0400-\u052f\u0531-\u058f\u1f00-\u1fff]")
# Past so many spellings of one word, the rest are not tried: a long word with many letters of
# two spellings would otherwise ask the lists hundreds of times.
_MOST_SPELLINGS = 32


@functools.cache
def _letters() -> tuple[dict[str, tuple[str, ...]], int]:
    """Each letter or pair of letters with its spellings, and the longest key's length."""
    table = {}
    for line in entries("romanized-letter-phrases"):
        key, *spellings = line.split()
        table[key] = tuple("" if s == "-" else s for s in spellings)
    return table, max(map(len, table))


# A letter beyond ASCII that is not one of Latin-1's or Latin Extended-A's letters with marks
# (the alphabets of Europe's languages: "č", "ř", "ł", "ñ", "ü"), as Vietnamese's ("ậ", "ư")
_BEYOND_EUROPEAN_MARKS = re.compile(r"[^\x00-\x7f\u00c0-\u00ff\u0100-\u017f]")


def _without_marks(word: str) -> str:
    """The word with its letters' marks taken off ("Kovač" -> "Kovac"); a letter that is no
    Latin letter with a mark stays as it is."""
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


def spellings(low: str) -> list[str]:
    """The Latin spellings of a lowercase word ("олена" -> ["olena"], "ганна" -> ["ganna",
    "hanna"]); a letter the table lacks stays as it is, so a word of other letters is spelt
    only as itself. The longest key that matches is read first ("ου" before "ο")."""
    table, longest = _letters()
    found = [""]
    i = 0
    while i < len(low):
        for size in range(min(longest, len(low) - i), 0, -1):
            options = table.get(low[i:i + size])
            if options is not None:
                break
        else:
            size, options = 1, (low[i],)
        found = [f + o for f in found for o in options][:_MOST_SPELLINGS]
        i += size
    return found


def name_flags(word: str, lex) -> int:
    """The name flags (lexicon.FIRST, lexicon.LAST) of a capitalized word of these scripts that
    no list holds, taken from its spellings; and of a capitalized word of Latin letters with
    marks that no list holds, taken from its letters without them ("Kovač": kovac, "Dvořák":
    dvorak, as the US lists spell them); 0 for any other word."""
    if not word[:1].isupper():
        return 0
    if CASED_SCRIPTS.search(word) is None:
        if _BEYOND_EUROPEAN_MARKS.search(word):
            return 0  # Vietnamese ("Quận", "Đường"): its words read so spell names too often
        plain = _without_marks(word)
        if plain == word or not plain.isascii():
            return 0
        bits = lex.get(plain.lower(), 0)
        return bits & NAME if bits & NAME and not bits & RARE_GIVEN else 0
    flags = 0
    for spelling in spellings(word.lower()):
        bits = lex.get(spelling, 0)
        if bits & NAME and not bits & RARE_GIVEN:
            flags |= bits & NAME
    return flags
