"""What rules ask of a whole text, or of all of it before a place, without reading it all again
for each word they ask about.

In a line that costs nothing. In a long text, a pasted case file, a read of the whole text (or
of all of it before a word) for each word asked about costs time growing as the text's length
squared: a text of 220,000 characters took 23 s where its lines took 0.25 s.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right

# Characters beyond which a text is read as a long one, where a rule that reads the whole text
# for each word, cheap in a line, would cost the time its length squared: it then finds what
# it needs once (scanner.scan, names._attending)
LONG_TEXT = 2000


def search_ending_at(pattern: re.Pattern, text: str, end: int, reach: int,
                     skip: str = "") -> re.Match | None:
    """pattern.search(text, 0, end), for a pattern that matches only what ends at end (it
    ends in "$") and whose match is at most reach characters long but for the run of spaces
    (or of skip's characters, such as a colon) just before end: the same match, or none,
    searched from reach characters before that run. Every match must start there or later,
    and a search from a later place still reads the character before it for a "\\b"."""
    k = end
    while k and (text[k - 1].isspace() or text[k - 1] in skip):
        k -= 1
    return pattern.search(text, max(0, k - reach), end)


@functools.lru_cache(maxsize=1)
def in_lowercase(text: str) -> bool:
    """text.islower(), kept for the text that rules ask about word by word: a message typed in
    lowercase must be read to its end to say so."""
    return text.islower()


@functools.lru_cache(maxsize=1)
def in_capitals(text: str) -> bool:
    """text.isupper(), kept likewise: a line shouted in capitals is read to its end."""
    return text.isupper()


def covered(spans) -> tuple[list[int], list[int]]:
    """The stretches of text that spans (start, end) cover, joined where they meet or overlap,
    in order, as their starts and their ends: what holds() and overlaps() read by a binary
    search, where a loop over hundreds of names for each word costs time growing as a long
    text's length squared."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(spans):
        if ends and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


def holds(stretches: tuple[list[int], list[int]], place: int) -> bool:
    """Whether a span of covered()'s holds place: any(s <= place < e for s, e in spans)."""
    k = bisect_right(stretches[0], place) - 1
    return k >= 0 and place < stretches[1][k]


def overlaps(stretches: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether a span of covered()'s, none empty, overlaps start to end: any(s < end and
    start < e for s, e in spans). (An empty span overlaps what holds its place within, but
    joined with another no longer says where it stood.)"""
    k = bisect_left(stretches[0], end) - 1
    return k >= 0 and start < stretches[1][k]
