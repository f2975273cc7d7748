"""Capitalized words listed together: "Lawrence, Salem, and Quincy", "the Maple and Willow rooms".

What a list of capitalized words is, is shared by its items: a town listed with towns is a
town, a word listed before "rooms" names a room. So the rules in places.py and names.py ask for
the whole list a run belongs to, then judge the list once: its items, and the words right
before and after it.
"""

from __future__ import annotations

from .lexicon import THING
from .tokens import Token
from .wordlists import words

_JOINERS = words("list-joiners")
_MAX_ITEM = 3  # words in one item: "Santa Fe", "Safe Harbor"


def _item_start(text: str, toks: list[Token], end: int) -> int:
    """The first word of the capitalized item ending at toks[end]."""
    k = end
    while k > 0 and end - k < _MAX_ITEM - 1 and toks[k - 1].cap and not toks[k - 1].poss \
            and text[toks[k - 1].end:toks[k].start] == " ":
        k -= 1
    return k


def _item_end(text: str, toks: list[Token], start: int) -> int:
    k = start
    while k + 1 < len(toks) and k - start < _MAX_ITEM - 1 and toks[k + 1].cap \
            and not toks[k].poss and text[toks[k].end:toks[k + 1].start] == " ":
        k += 1
    return k


def _joinable(toks: list[Token], first: int, last: int) -> bool:
    """Whether a capitalized word or a joiner stands right before or after the run, which
    listed() needs to go either way: most runs stand alone, and are passed over at once."""
    if first and (toks[first - 1].cap or toks[first - 1].low in _JOINERS):
        return True
    return last + 1 < len(toks) and (toks[last + 1].cap or toks[last + 1].low in _JOINERS)


def listed(text: str, toks: list[Token], first: int, last: int) -> list[tuple[int, int]]:
    """The items (first, last) of the list of capitalized words that toks[first..last] is one
    of, joined by ", ", "and", "or", ", and" or "&"; [] when the run stands alone."""
    if not _joinable(toks, first, last):
        return []
    items = [(first, last)]
    k = first
    while len(items) < 8:  # leftwards
        if k == 0 or toks[k - 1].poss:
            break
        gap = text[toks[k - 1].end:toks[k].start]
        prev = toks[k - 1]
        if prev.cap and gap in (", ", " & "):
            end = k - 1
        elif (not prev.cap and prev.low in _JOINERS and gap == " " and k >= 2
              and toks[k - 2].cap and not toks[k - 2].poss
              and text[toks[k - 2].end:prev.start] in (" ", ", ")):
            end = k - 2
        else:
            break
        k = _item_start(text, toks, end)
        items.insert(0, (k, end))
    k = last
    n = len(toks)
    while len(items) < 8:  # rightwards
        if k + 1 >= n or toks[k].poss:
            break
        gap = text[toks[k].end:toks[k + 1].start]
        nxt = toks[k + 1]
        if nxt.cap and gap in (", ", " & "):
            start = k + 1
        elif (not nxt.cap and nxt.low in _JOINERS and gap in (" ", ", ") and k + 2 < n
              and toks[k + 2].cap and text[nxt.end:toks[k + 2].start] == " "):
            start = k + 2
        else:
            break
        k = _item_end(text, toks, start)
        items.append((start, k))
    return items if len(items) > 1 else []


def thing_list(text: str, toks: list[Token], first: int, last: int) -> bool:
    """'The Maple and Willow rooms', 'the Grace, Faith and Hope cottages', 'the Sullivan and
    Ortiz teams': capitalized words listed before a plural noun of things name those things.
    A list of people is followed by what they do, not by such a noun."""
    items = listed(text, toks, first, last)
    if not items:
        return False
    end = items[-1][1]
    if end + 1 >= len(toks) or toks[end].poss:
        return False
    nxt = toks[end + 1]
    return (not nxt.cap and bool(nxt.bits & THING) and nxt.low.endswith("s")
            and text[toks[end].end:nxt.start] == " ")
