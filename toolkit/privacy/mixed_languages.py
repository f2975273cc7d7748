"""The little words of other languages in a line that mixes them with English.

Families and bilingual workers write English with Spanish, Portuguese, Tagalog, Haitian
Creole or Polish in it: "ella está en Jalisco con su papá", "nakatulog na siya", "nou pap
travay jou sa a". Their pronouns, articles and little verbs, typed in lowercase, look to the
lowercase reading of chat like names: "ella" is Ella, "siya" and "nou" are names no list
knows. A line holding two words of a language's list ([spanish-little-words] and the others)
that are no English words is written partly in that language, and then no word of the list,
in lowercase, is a name there; with a capital ("Ella called") the word is read as before, and
a line of English with one such word ("ella has a fever again") keeps its names.
"""

from __future__ import annotations

import re

from .lexicon import COMMON, WORD, lexicon
from .tokens import Token
from .wordlists import words

_LANGUAGES = (words("spanish-little-words"), words("portuguese-little-words"),
              words("tagalog-little-words"), words("haitian-creole-little-words"),
              words("polish-little-words"))
_ALL = frozenset().union(*_LANGUAGES)
ANY_LITTLE_WORD = _ALL  # (a word no list holds asks little_words nothing: see names.py)
_WORD = re.compile(r"[^\W\d_]+")


def little_words(text: str, toks: list[Token] | None = None) -> frozenset[str]:
    """The words, in lowercase, of every language whose list holds two words of text that are
    no English words (see above); empty for most lines, which hold fewer than two. toks: the
    text's words, if the caller has them (read faster than the text). The last text's answer
    is kept: the lowercase rules and the model ask of the same text in turn."""
    if text is _LAST[0] or text == _LAST[0]:
        return _LAST[1]
    if toks is not None:
        held = {tok.low for tok in toks if tok.low in _ALL}
    else:
        held = {word for word in _WORD.findall(text.lower()) if word in _ALL}
    found: set[str] = set()
    if len(held) >= 2:
        lex = lexicon()
        for language in _LANGUAGES:
            own = held & language
            if sum(not lex.get(word, 0) & (WORD | COMMON) for word in own) >= 2:
                found |= language
    _LAST[:] = [text, frozenset(found)]
    return _LAST[1]


_LAST: list = [None, frozenset()]  # the last text asked about, and its answer
