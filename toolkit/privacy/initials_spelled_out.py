"""Capitals whose words the text itself spells out as a name found: that person's initials
("KB = Kofi Boateng").

A note's initials are read by what stands around them (names.initials_of_a_person), and two
capitals that a list calls a role, a state or a word ("OR", "ME", "TL") are never read so. But a
writer who says whose initials they are has settled it: that beats any list. (The other way
round, capitals whose words are no name, in brackets or in quotes, are no one's:
names._spelt_after and names._glossed_in_quotes.)
"""

from __future__ import annotations

import re

from .lexicon import FUNCTION, STATE_CODE
from .tokens import Token
from .wordlists import words

_ARTICLES = words("articles")
# "moved to OR", "lives in ME": a state's code after these is the state, whoever has its letters
_BEFORE_A_STATE = words("before-a-state-code")
# The words of a name, hyphens parting them too ("Gina Al-Lami": GAL as well as GA)
_WORD = re.compile(r"[^\W\d_][\w'’.]*")
_PARTS = re.compile(r"[^\W\d_][\w'’.]*?(?=-|\b)")
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")


def _letters(name: str) -> set[str]:
    """The first letters of a name's words, and of its pieces where a hyphen parts a word."""
    whole = [word[0] for word in _WORD.findall(name)]
    pieces = [piece[0] for piece in _PARTS.findall(name)]
    return {"".join(whole).upper(), "".join(pieces).upper()}


def initials_of_a_name_found(text: str, toks: list[Token],
                             found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"KB = Kofi Boateng", "TX on the sign-in sheet turned out to be Tuan Xuan", "OR — Oscar
    Reyes — did the transport": two or three capitals that are the first letters of a name of
    two or three words found in the text are that person's initials, though a list calls them
    a state's code, a role or a word. Not after an article ("the PO is probation"), nor right
    before the name ("BM Brianna Miller": a role's letters before the person's name), nor a
    state's code after "in" or "to", nor the letters of a code ("TR-11") or a form's field
    ("FAX TO: T. Oduya")."""
    if _TWO_CAPITALS.search(text) is None:
        return []  # (most texts with a name of two words hold no capitals in a row: looked at
        # in C first)
    whose: dict[str, list[int]] = {}
    for start, end in found:
        name = text[start:end]
        if 2 <= len(_WORD.findall(name)) <= 3 and name[:1].isupper():
            for letters in _letters(name):
                if 2 <= len(letters) <= 3:
                    whose.setdefault(letters, []).append(start)
    if not whose:
        return []
    spans = []
    for k, tok in enumerate(toks):
        starts = whose.get(tok.raw)
        if starts is None or any(s <= tok.start < e for s, e in found):
            continue
        after = text[tok.end:tok.end + 2]
        if after[:1].isalnum() or text[tok.start - 1:tok.start].isalnum() \
                or after[:1] == "-" and after[1:].isdigit() \
                or after[:1] == ":" and tok.bits & FUNCTION:
            continue  # "TR-11", a code; "FAX TO: Dr. R. Ellison", a form's field
        prev = toks[k - 1] if k else None
        if prev is not None and text[prev.end:tok.start] == " " and (
                prev.low in _ARTICLES
                or tok.bits & STATE_CODE and prev.low in _BEFORE_A_STATE):
            continue
        if any(start == tok.end + 1 for start in starts):
            continue
        spans.append((tok.start, tok.end))
    return spans

