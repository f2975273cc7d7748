"""What rules ask of a whole text, or of all of it before a place, without reading it all again
for each word they ask about.

In a line that costs nothing. In a long text, a pasted case file, a read of the whole text (or
of all of it before a word) for each word asked about costs time growing as the text's length
squared: a text of 220,000 characters took 23 s where its lines took 0.25 s.
"""

from __future__ import annotations

import functools
import re


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
