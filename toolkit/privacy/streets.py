"""Streets named without a house number: "off Walker Ave", "on Calle Linda", "Harrison Rd".

Streets are named after people ("Kennedy Dr", "Taylor Ln"), so their names hold given names and
surnames; the street's type after them ("Ave", "Blvd", "Rd") or a Spanish street word before
them ("Calle", "Avenida", "Camino", "Paseo", "Via") says the words name a street. A full-word
type that is also a surname ("Lane", "Way") after a given name that is no word keeps a person:
"Tanya Lane said". "Dr" is a street after a name and a title before one ("Dr. Washington"),
which tokens.runs already splits.
"""

from __future__ import annotations

from .lexicon import COMMON, FIRST, LAST, PLACE, STREET, STREET_PREFIX
from .tokens import Token
from .wordlists import words

# Types that are abbreviations: never a surname, so a street whatever stands before them. The
# list is contacts.py's; only those that terms.txt's [street-types] also lists (the STREET
# flag, tested first) count here: "Dr" before a name is a title.
_ABBREVIATED = words("street-type-abbreviations")
# "near Kelly Lane": after one of these, a street even after a given name.
_ALONG = words("along-street")
_STREETS_BEFORE_SURNAMES = words("streets-before-surnames")


def _street_type(text: str, toks: list[Token], k: int, first: int) -> bool:
    """Whether toks[k] closes a street's name that opens at toks[first]."""
    tok = toks[k]
    if not tok.bits & STREET or tok.poss:
        return False
    if tok.low in _ABBREVIATED:
        # "Walker Ave", "Jackson st"; in capitals, "CT" is Connecticut
        return not (tok.raw.isupper() and len(tok.raw) == 2 and tok.low == "ct")
    if not tok.cap:
        return False  # "by the way", "down the road": full words need a capital
    given = toks[first].bits
    # "Tanya Lane said": a given name that is no word, then a surname: a person; "near Kelly
    # Lane" a street again; but "Brooke Street" a street ([streets-before-surnames]).
    prev = toks[first - 1] if first else None
    if prev is not None and prev.low in _ALONG and not prev.cap \
            and text[prev.end:toks[first].start] == " ":
        return True
    return not (k == first + 1 and given & FIRST and not given & (COMMON | PLACE)
                and tok.bits & LAST and tok.low not in _STREETS_BEFORE_SURNAMES)


def _street_word_near(toks: list[Token], first: int, last: int) -> bool:
    """Whether a street word stands where is_street looks for one: a Spanish street word
    opening the run or before it, a street type closing it or after it. Each of is_street's
    tests needs one, and most runs have none: they are then passed over at once."""
    nxt = last + 1
    return bool(toks[first].bits & STREET_PREFIX or first and toks[first - 1].bits & STREET_PREFIX
                or toks[last].bits & STREET or nxt < len(toks) and toks[nxt].bits & STREET)


def is_street(text: str, toks: list[Token], first: int, last: int) -> bool:
    """Whether the capitalized run toks[first..last] names a street: it ends with a street type
    or one follows it ("Harrison Rd", "Walker ave"), or a Spanish street word opens it or stands
    right before it ("Calle Linda", "on Via Verde")."""
    if not _street_word_near(toks, first, last):
        return False
    if toks[first].bits & STREET_PREFIX and first < last:
        return True
    if first > 0 and toks[first - 1].bits & STREET_PREFIX \
            and text[toks[first - 1].end:toks[first].start] == " ":
        return True
    if last > first and _street_type(text, toks, last, first):
        return True
    nxt = last + 1
    return (nxt < len(toks) and not toks[last].poss
            and text[toks[last].end:toks[nxt].start] == " "
            and toks[nxt].low in _ABBREVIATED and _street_type(text, toks, nxt, first))
