"""Addresses abroad, written the way their own country writes them.

A grandmother in Ethiopia, an uncle in Seoul, a father deported to Morelia: families across
borders give the address of the relative a child might go to, and the consulate's letter or
the interpreter's note copies it as written there. contacts.addresses reads a house number
before a street ("1420 Calle Ocho", "12 rue des Lilas"); many countries put the number after
the street, or the block and lot, the ward, the district first:

    Blk 7 Lot 3, Brgy. Malinta, Valenzuela City        (the Philippines)
    Casa 14, Calle 5 Norte / Lote 3, Carretera a Saltillo km 12
    12, rue des Lilas, 75011 Paris                      (a comma after the number)
    Ri Kapwa #18, Pétion-Ville                          (Haiti: the number after "#")
    34, Yeonnam-ro 12-gil, Mapo-gu, Seoul 03991         (Korea: roads ending -ro, -gil)
    số 22 ngõ 5 phố Huế, Hà Nội                          (Vietnam: number, lane, street)
    Kebele 03, House No. 512, Bahir Dar                 (Ethiopia)
    Ward No. 7, Lekhnath-12, Kaski                      (Nepal: a ward, a municipality's)
    No. 42, 19th Street, Latha Township, Yangon
    ул. Ленина, д. 5, кв. 12                             (Russian and Ukrainian)

Each shape opens with words that say it is an address (the sections of cue-words.txt named
below) and a number; the address then runs on over the pieces after it, between commas, that
open with a capital or a digit ("Brgy. Malinta", "Mapo-gu", "Seoul 03991", "75011 Paris"), four
at most, each up to a word in lowercase that no street's name of those languages holds (the
sentence going on: "Kaski is where the cousin lives").
"""

from __future__ import annotations

import re

from .wordlists import alternation, entries

_W = r"[^\W\d_]"  # a letter of any script
# the rest of a street's name: words opening with a capital or a digit, and the little words
# of the languages whose addresses are read here ("Calle 5 Norte", "Carretera a Saltillo km
# 12", "rue des Lilas", "ngõ 5 phố Huế"); not the sentence going on ("... is what it says")
_TAIL = (rf"(?:\s+(?:[A-ZÀ-ÝА-ЯЁІЇЄҐ0-9#][^\s,;:()]*|(?:"
         rf"{alternation('address-little-words-abroad', 'vietnamese-street-words')})(?!{_W})))*")
_OPENINGS = re.compile(
    "|".join(rf"(?:{shape})" for shape in (
        # the Philippines: a block and a lot
        rf"\b(?i:{alternation('block-words')})\.?\s*\d+[A-Z]?,?\s+(?i:lot)\s*\d+[A-Z]?",
        # Latin America: a house, a lot or a block, its number, a comma and the street
        rf"\b(?:{alternation('house-lot-words-abroad', transform=str.capitalize)})\.?\s+\d+"
        rf"[A-Z]?,\s+(?:{alternation('street-words-abroad', transform=str.capitalize)})"
        rf"\.?\s+[^\W_][^\s,]*{_TAIL}",
        # France and Belgium: a number, perhaps a comma, and "rue", "boulevard"...
        # (then the street's name: not "2 bdrm", "2 bd 1 ba", a flat's bedrooms)
        rf"\b\d{{1,4}}(?:\s?(?:bis|ter))?,?\s+(?:{alternation('french-street-words')})"
        rf"(?=\s+(?:[A-ZÀ-Ý]|(?:{alternation('address-little-words-abroad')})\s)){_TAIL}",
        # Haiti and France: the street, then "#" and its number
        rf"\b(?:{alternation('french-street-words', transform=str.capitalize)}|Ri)\s+"
        rf"[A-ZÀ-Ý]{_W}+(?:\s+[A-ZÀ-Ý]{_W}+)?\s*#\s*\d+",
        # Korea: a number, a comma, a road ending -ro or -gil
        rf"\b\d{{1,4}}(?:-\d{{1,3}})?,\s+[A-Z][a-z]+-(?:{alternation('korean-road-endings')})"
        rf"\b{_TAIL}",
        # Vietnam: "số" (number), then a lane's or a street's word
        rf"\b(?i:số)\s+\d+[A-Z]?(?:/\d+)?,?\s+(?:{alternation('vietnamese-street-words')})"
        rf"{_TAIL}",
        # Ethiopia: a kebele (a ward) and its number
        r"\bKebele\s+\d+",
        # Nepal: a ward's number, then the municipality with its ward ("Lekhnath-12")
        rf"\bWard\s+No\.?\s*\d+,\s+[A-Z]{_W}+-\d+",
        # a building's number, a comma, a numbered street ("No. 42, 19th Street")
        r"\bNo\.\s*\d+[A-Z]?,\s+\d+(?:st|nd|rd|th)\s+(?:Street|Road|Avenue)",
        # Russian and Ukrainian: the street's word, its name, and the house ("д. 5")
        rf"(?<!{_W})(?:{alternation('russian-street-words')})\.?\s+[А-ЯЁІЇЄҐ]{_W}+"
        rf"(?:\s+[А-ЯЁІЇЄҐ]{_W}+)?,?\s+(?:{alternation('russian-house-words')})\.?\s*\d+",
    )))
# a piece after a comma that goes on with the address: opening with a capital or a digit
# (or a flat's word), and its words as a street's ("Brgy. San Isidro", "Mapo-gu", "Seoul
# 03991", "кв. 12"), five at most
_PIECE = re.compile(rf",\s+(?:[A-ZÀ-ÝА-ЯЁІЇЄҐ0-9]|(?:{alternation('russian-flat-words')})\.)"
                    rf"[^\s,;:()]*{_TAIL}")
_MOST_PIECES = 4
_MOST_WORDS = 5


# what one of the shapes holds, looked for first with str's own search, which spares most
# texts the pattern's (a twentieth of the scanner's time, searched in every text with a digit):
# in lowercase, the words that open a shape, "#", "No." and "-ro"; as written, the capitalized
# words of Latin America's ("CASA" in lowercase is in most notes)
_HINTS = (*entries("block-words"), *(f" {word}" for word in entries("french-street-words")),
          *(f"-{word}" for word in entries("korean-road-endings")),
          *entries("russian-street-words"), "#", "no.", "số", "kebele", "ward")
_CAPITALIZED_HINTS = tuple(word.capitalize() for word in entries("house-lot-words-abroad"))


def addresses_abroad(text: str) -> list[tuple[int, int]]:
    """The spans of text's addresses written in the shapes of other countries (see above)."""
    lowered = text.lower()
    for hint in _HINTS:  # (a loop: any() over a generator costs more)
        if hint in lowered:
            break
    else:
        for hint in _CAPITALIZED_HINTS:
            if hint in text:
                break
        else:
            return []
    found = []
    for opening in _OPENINGS.finditer(text):
        end = opening.end()
        for _ in range(_MOST_PIECES):
            piece = _PIECE.match(text, end)
            if piece is None or len(piece.group().split()) > _MOST_WORDS:
                break
            end = piece.end()
        found.append((opening.start(), len(text[:end].rstrip(" .,"))))
    return found
