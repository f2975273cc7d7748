"""The little words of other languages in a line that mixes them with English.

Families and bilingual workers write English with Spanish, Portuguese, Tagalog or Haitian
Creole in it: "ella está en Jalisco con su papá", "nakatulog na siya", "nou pap travay jou sa
a". Their pronouns, articles and little verbs, typed in lowercase, look to the lowercase
reading of chat like names: "ella" is Ella, "siya" and "nou" are names no list knows. A line
holding two words of a language's list ([spanish-little-words] and the others) that are no
English words is written partly in that language, and then no word of the list, in lowercase,
is a name there; with a capital ("Ella called") the word is read as before, and a line of
English with one such word ("ella has a fever again") keeps its names.
"""

from __future__ import annotations

import functools
import re

from .lexicon import COMMON, WORD, lexicon
from .wordlists import words

_LANGUAGES = (words("spanish-little-words"), words("portuguese-little-words"),
              words("tagalog-little-words"), words("haitian-creole-little-words"))
_ALL = frozenset().union(*_LANGUAGES)
_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=4)
def little_words(text: str) -> frozenset[str]:
    """The words, in lowercase, of every language whose list holds two words of text that are
    no English words (see above); empty for most lines, which hold fewer than two."""
    held = {word for word in _WORD.findall(text.lower()) if word in _ALL}
    if len(held) < 2:
        return frozenset()
    lex = lexicon()
    found: set[str] = set()
    for language in _LANGUAGES:
        own = held & language
        if sum(not lex.get(word, 0) & (WORD | COMMON) for word in own) >= 2:
            found |= language
    return frozenset(found)
