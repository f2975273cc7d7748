"""Ways to reach a person: phone and fax numbers, e-mail addresses, street addresses, PO boxes.

Phones come from Google's `phonenumbers` in its "possible number" mode: the "valid" mode rejects
the 555 numbers that training material and participants use. Only lines holding seven digits
near each other reach it, which keeps scanning fast.
"""

from __future__ import annotations

import re
import string

import phonenumbers

from .lexicon import COMMON, FUNCTION, STATE_CODE, WORD, lexicon
from .numbers import (KEYWORD_OR_SSN_WORD as _OWNED_NUMBER_WORD, PURCHASE_ORDER_BEFORE,
                      PURCHASE_ORDER_EARLIER, THING_NUMBERED_BEFORE, TOLL_FREE_NUMBER,
                      digits_end, id_keyword_ends_at,
                      keyword_before, national_hotline, sentence_start as _sentence_start)
from .wordlists import alternation, entries, words

# Seven digits with at most phone punctuation between them: the least a phone number has.
_SEVEN_DIGITS = re.compile(r"\d(?:[\s().\-/–—]{0,3}\d){6}")
# Patterns opening with a digit are searched for by the regex engine in C, position by
# position, for that first character; "[0-9]" it tests in two thirds of the time "\d" takes (a
# Unicode category), and in a text of ASCII characters alone the two are the same digits. So
# such a text is searched with the pattern opening with "[0-9]" (_ASCII_ here and in numbers).
_ASCII_SEVEN_DIGITS = re.compile(r"[0-9](?:[\s().\-/–—]{0,3}\d){6}")
# A number read out a digit at a time, typed as heard: "5 0 3 5 5 5 0 1 4 4" (ten or eleven
# digits: seven may be scores).
# Opens with the digit, looking behind it after (as _HOUSE_NUMBER does), to skip to digits.
# (a comma may close it, as a full stop may: "my number is 4 1 7 5 5 5 0 1 2 0, thanks")
_SPACED_DIGITS = re.compile(r"\d(?<![\d.,/-] \d)(?<![\w.,/-]\d)(?: \d){9,10}(?![\w/-]|[.,]\d| \d)")

# (a space typed before or after the "@" is still the address: "jrivera@ example.com",
# "kelsey.m @example.net")
_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9](?:[\w.+-]*[\w+-])? ?@ ?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b")
# An address typed with spaces around its dots, or its letters one by one, as someone
# dodging a filter or taking dictation types it ("j . rivera @ example . org", "m a r i a .
# l o p e z @ example . com"): looked for in a text with "@" and " ." or ". ", and ending in
# a domain's usual ending ([spelt-email-domains]: not "meet @ 4. then").
_SPACED_PART = r"(?:[A-Za-z0-9](?: [A-Za-z0-9]){2,}(?![\w])|[A-Za-z0-9][\w+-]*)"
_SPACED_EMAIL = re.compile(
    rf"(?<![\w.+-]){_SPACED_PART}(?: ?[._] ?{_SPACED_PART})* ?@ ?"
    r"[A-Za-z][A-Za-z0-9-]*(?: ?\. ?[A-Za-z][A-Za-z0-9-]*)*?"
    rf" ?\. ?(?:{alternation('spelt-email-domains')})\b(?!\.\w)")


def spaced_emails(text: str) -> list[tuple[int, int]]:
    """_SPACED_EMAIL's matches with a space beside a dot (_EMAIL finds the others)."""
    return [m.span() for m in _SPACED_EMAIL.finditer(text)
            if " ." in m.group() or ". " in m.group()]


# The words said for "@" and "." ("at", "arroba"; "dot", "punto"), as patterns; and the
# words for "." and those for "@" other than "at" ("arroba", "arobase") as strings, looked for
# in the text lowercased, alone or inside a piece ("(arroba)"): a text with none of them has
# no address spelt so (see emails; tokens.py marks the pieces holding one, MARK_AT)
_AT_WORDS = alternation("spelt-email-at-words")
_DOT_WORDS = alternation("spelt-email-dot-words")
OTHER_AT_WORDS = tuple(sorted(set(entries("spelt-email-at-words")) - {"at"}))
_DOT_SIGNS = tuple(entries("spelt-email-dot-words"))
# "jrivera[at]example.com", "kim (at) mail.org", "jr.amadi{at}example.net": "at" in brackets,
# the domain with its dots.
_BRACKETED_AT = re.compile(
    rf"(?<![\w.+-])[A-Za-z0-9][\w.+-]*\s?[\[({{](?:{_AT_WORDS})[\])}}]\s?[A-Za-z0-9][\w-]*"
    r"(?:\.[A-Za-z0-9][\w-]*)*\.[A-Za-z]{2,24}\b", re.IGNORECASE)
# "kpatel at example dot org", "j.doe [at] mail [dot] com": an address spelt out ("at" between
# spaces, as emails' first looks find it).
_SPELT_EMAIL = re.compile(
    # the name before "at" may be spelt too: "marisol dot ortega at example dot org",
    # "lakeisha(dot)grant(at)example(dot)com"
    rf"\b[\w.+-]+(?:(?:\s+(?:{_DOT_WORDS}|underscore)\s+|\s*[\[({{](?:{_DOT_WORDS})[\])}}]\s*)"
    r"[\w+-]+)*"
    rf"\s*(?:[\[({{](?:{_AT_WORDS})[\])}}]| +(?:{_AT_WORDS}) +)\s*[\w-]+"
    rf"(?:\s*(?:[\[({{](?:{_DOT_WORDS})[\])}}]|\s+(?:{_DOT_WORDS})\s+|\.)\s*"
    rf"[\w-]+)*?\s*(?:[\[({{](?:{_DOT_WORDS})[\])}}]|\s+(?:{_DOT_WORDS})\s+)\s*"
    rf"(?:{alternation('spelt-email-domains')})\b",
    re.IGNORECASE)
# "ms.glory.ann at example.net", "kim at example.org": "at" said for "@" before a domain
# written with its dots. What stands before "at" must look like an address's name: it holds
# a dot, a digit, "_" or "+", or is no everyday word ("works at amazon.com": _everyday).
_AT_DOMAIN = re.compile(
    r"(?<![\w.+-])([A-Za-z0-9][\w.+-]*[\w+-]|[A-Za-z0-9]) +at +[A-Za-z0-9][\w-]*"
    rf"(?:\.[A-Za-z0-9][\w-]*)*\.(?:{alternation('spelt-email-domains')})\b(?!\.\w)",
    re.IGNORECASE)
_ADDRESS_NAME_SIGNS = frozenset("._+0123456789")
# "keisha_b1985@gmail", "k.brown at yahoo": an address given with its mail service's name and no
# ending; after "at" only a name holding a sign of _ADDRESS_NAME_SIGNS ("she works at yahoo")
_PROVIDER_HINT = re.compile(rf"(?:@ ?| at +)(?:{alternation('mail-providers')})\b")
_PROVIDER_EMAIL = re.compile(
    r"(?<![\w.+-])([A-Za-z0-9][\w.+-]*[\w+-]|[A-Za-z0-9])( ?@ ?| +at +)"
    rf"(?:{alternation('mail-providers')})\b(?![.@-]?\w)", re.IGNORECASE)
# What every _AT_DOMAIN match holds, found fast (" at" is a literal the regex engine skips
# to): "at", then a word with a dot and a letter or digit after it. Most lines with " at "
# hold none, and the whole pattern, tried at every word, cost a line with "at" and a full
# stop as much as the rest of the e-mail detector.
_AT_DOMAIN_HINT = re.compile(r" at +[^\s.]+\.\w")

# Street types. Abbreviations may be typed in lowercase ("600 north pine st"); full words that
# are also ordinary words ("a long drive", "in court") need a capitalized street name.
_ABBREVIATED_TYPES = words("street-type-abbreviations")
_PLAIN_TYPES = words("street-type-plain-words")
_WORD_TYPES = words("street-type-words")
_NOT_STREET_NAME = words("not-street-name-words")
_NO_TYPE_NEEDED = words("street-names-without-a-type")
_STREET_TYPES = _ABBREVIATED_TYPES | _PLAIN_TYPES | _WORD_TYPES
# The words without which _street_end finds no street: a type, or a street that needs none.
# tokens._chunk notes a piece of text that opens with one (MARK_STREET), for addresses().
STREET_WORDS = _STREET_TYPES | _NO_TYPE_NEEDED
# A rural house number of a grid ("N6721", "W1234"): a compass letter and three to five digits
_RURAL_GRID_NUMBER = re.compile(r"(?<![\w.-])[NSEW][1-9]\d{2,4}(?= [^\W\d_])")
# ... and the number or letter of the road or highway it stands on ("US Highway 45", "County
# Rd K")
_ROUTE_NUMBER = re.compile(r"(?: (?:\d{1,4}[A-Z]?|[A-Z]{1,2})\b(?![.'’-]\w))?")
_JOIN_ABBREVIATIONS = words("join-abbreviations")  # "1500 Martin Luther King Jr. Way"
# A house number: one to six digits that no word character or "$.,/:#-" stands before. The
# pattern opens with the first digit, and looks behind it after, so that the regex engine skips
# ahead to digits instead of trying the look-behind at every position (the look-behind of two
# characters ends at that digit: it asks what stands before it, or finds nothing at the start).
# Also "17 1/2 Elm St", "17-B Rosewood Ct", "212 1st Ave", and a unit before the house's
# number, as Australia writes it ("3/45 Smith Street": unit 3 of number 45).
_AFTER_HOUSE_NUMBER_DIGIT = (r"\d{0,5}[A-Za-z]?(?:-\d{1,4}|-[A-Z]\b| 1/2|/\d{1,5})?"
                             r"(?= [^\W\d_]| \d{1,3}(?:st|nd|rd|th)\b)")
_HOUSE_NUMBER = re.compile(r"\d(?<![\w$.,/:#-]\d)" + _AFTER_HOUSE_NUMBER_DIGIT)
_ASCII_HOUSE_NUMBER = re.compile(r"[0-9](?<![\w$.,/:#-][0-9])" + _AFTER_HOUSE_NUMBER_DIGIT)
# "the blue house at 77 Kimball", "she lives at 12 Elmwood": a house number and a capitalized
# name without the street's type, after a word of where someone lives. Not "home at 6 Monday".
_RESIDENCE_STREET = re.compile(
    rf" (?!(?i:{alternation('month-words', 'residence-not-street')})\b)"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?\b")
_RESIDENCE_BEFORE = re.compile(
    rf"\b(?:{alternation('residence-words')})(?:\s+is)?\s+(?:at|on)\s+$", re.IGNORECASE)
# "the 400 block of Maple": where something happened, as police reports give it.
_BLOCK = re.compile(r"(?<![\w$.,/:#-])\d{2,5} block of (?:[NSEW]\.? )?[A-Z0-9][\w'-]*"
                    r"(?: (?:[A-Z][\w'-]*|\d{1,3}(?:st|nd|rd|th)))?")
# (a street's word may hold letters beyond ASCII: "412 Peña St", "78 Osmeña Blvd")
_ADDRESS_WORD = re.compile(r" ([^\W_](?:[^\W_]|['-])*)(\.?)")
# What may follow a street: a direction, a unit, then a town, state and ZIP code.
_AFTER_STREET = re.compile(
    rf"(?:\s+(?:{alternation('compass-points', transform=str.upper)})\b\.?)?"
    rf"(?:,?\s*(?i:{alternation('unit-words')}|#)"
    r"\.?\s*#?\s*(?=[A-Za-z-]{0,3}\d)[A-Za-z0-9-]{1,6}\b)?"
    r"(?:,\s*[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){0,3},?\s+[A-Z]{2}"
    r"(?:\s+\d{5}(?:-\d{4})?)?\b"
    # ... or with no comma before the town, when a state's code and a ZIP code close it
    # ("55 Pine St Apt 2 Olympia WA 98501")
    r"|\s+[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){0,3}\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"
    # ... or abroad: a town, an Australian state's code and its postcode ("3/45 Smith Street,
    # Fitzroy VIC 3065"), a town and a British postcode ("14 Kingsley Road, Leeds LS6 1AB")
    rf"|,\s*[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){{0,3}}\s+"
    rf"(?:(?:{alternation('australian-state-codes', transform=str.upper)})\s+\d{{4}}"
    r"|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\b)?")
# Spanish street words open the street's name: "31 Calle Linda", "440 Camino del Sol",
# "1208 Avenida Cesar Chavez". Capitalized only: "2 via Zoom" is no street.
_SPANISH_STREET = re.compile(
    rf"(?: (?:{alternation('compass-points', transform=str.upper)})\.?)?"  # "4410 SW Avenida"
    rf" (?:{alternation('spanish-street-words', transform=str.capitalize)}"
    rf"|{alternation('lowercase-street-words')})\.?"  # "Av.", "77 rue Saint-Denis"
    # the street's words, not a unit's after it ("1420 Calle Ocho Apt 3B")
    rf"(?: (?:(?:{alternation('spanish-street-articles')}) )*"
    rf"(?!(?i:{alternation('unit-words')})\b)[A-ZÁÉÍÓÚÑ][\w'’-]*){{1,3}}")
# "Calle 5 de Mayo 233, Col. Centro, Oaxaca", "Calle Morelos No. 15": a Mexican address, the
# street's name before the house number, then maybe the colonia (neighbourhood).
_STREET_NAME_WORD = (rf"(?:{alternation('spanish-street-articles')}|\d{{1,2}}(?= de\b)"
                     r"|[A-ZÁÉÍÓÚÑ][\w'’-]*)")
_STREET_NAME_FIRST = re.compile(
    rf"(?=[A-Z])\b(?:{alternation('street-name-first-words', transform=str.capitalize)})\.?"
    rf" (?:{_STREET_NAME_WORD} ){{0,3}}{_STREET_NAME_WORD}"
    # (a comma before a number that ends the address: "Rua das Flores, 123")
    r"(?: |, (?=\d{1,5}\b(?! [a-z])))"
    r"(?:No\.? ?|# ?)?\d{1,5}[A-Z]?\b(?!\s*(?:#|No\.|N[°º])\s*\d)"
    rf"(?:,? (?:{alternation('neighbourhood-words', transform=str.capitalize)})\.?"
    r" [A-ZÁÉÍÓÚÑ][\w'’-]*(?: [A-ZÁÉÍÓÚÑ][\w'’-]*){0,2})?")
# What every _STREET_NAME_FIRST match opens with, looked for before the pattern is tried (a
# fifth of its cost).
_NAME_FIRST_HINT = re.compile(
    "|".join(sorted({w[:3].capitalize() for w in entries("street-name-first-words")})))
# A street as Poland writes one, the street's word first and the house number after it, maybe
# with the flat's ("ul. Długa 14/3", "ul. Marszałkowska 10 m. 5"; not "et al. Smith 2019" nor
# "Al Johnson 2": a short word only with its full stop);
# and as Germany and the Netherlands do, the street's word closing its name ("Hauptstraße 12",
# "Kerkstraat 12a"). Looked for only in a text with one of those words (_ABROAD_HINT).
_ABROAD_STREET = re.compile(
    rf"(?:(?<!et )\b(?i:(?:{alternation('polish-street-abbreviations')})\. ?"
    rf"|(?:{alternation('polish-street-words')}) )"
    r"[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]*(?: [A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]*){0,2}"
    rf"|\b[A-ZÄÖÜ][\w-]*(?:{alternation('street-word-endings')}))"
    r" \d{1,4}[A-Za-z]?(?:/\d{1,4}| m\. ?\d{1,4})?\b"
    # ... then the postcode and the town ("ul. Długa 14/3, 31-147 Kraków", ", 10115 Berlin")
    r"(?:, ?(?:\d{2}-\d{3}|\d{4,5}) [A-ZÄÖÜĄĆĘŁŃÓŚŹŻ][\w'’-]+)?")
_ABROAD_HINT = re.compile(
    rf"\b(?:{alternation('polish-street-abbreviations')})\."
    rf"|\b(?:{alternation('polish-street-words')})\b"
    rf"|(?:{alternation('street-word-endings')}) \d",
    re.IGNORECASE)
# ... and for a text of ASCII characters, read lowercased (as numbers._DATE_LOWER): every
# letter the pattern names is in lowercase, so the lowercased text holds its matches without
# IGNORECASE, which the engine, trying every position of every line with a digit, tries in
# half the time.
_ABROAD_HINT_LOWER = re.compile(_ABROAD_HINT.pattern)
# "Calle 8 #24-15", "Carrera 7 No. 45-10": a street by its number, then the crossing street's
# number and the distance from the corner. The hyphenated pair after "#" or "No." is the sign;
# or, as Mexico writes a house on a numbered street, its number alone after "#" ("Calle 5
# #312"). Then maybe the neighbourhood ("Calle 13 #45-67, Barrio Centro").
_GRID_ADDRESS = re.compile(
    rf"\b(?:{alternation('grid-street-words', transform=str.capitalize)})\.? ?\d{{1,3}}[A-Z]?"
    r"(?: (?:Bis|Sur|Norte|Este|Oeste))? ?(?:#|No\.|N[°º]) ?"
    r"(?:\d{1,3}[A-Z]? ?- ?\d{1,3}|\d{1,5}[A-Z]?(?![\d-]))\b"
    rf"(?:,? (?:{alternation('neighbourhood-words', transform=str.capitalize)})\.?"
    r" [A-ZÁÉÍÓÚÑ][\w'’-]*(?: [A-ZÁÉÍÓÚÑ][\w'’-]*){0,2})?")
# After a PO box or a street, a town without its state, closing the sentence or before a word
# in lowercase: "P.O. Box 2207, Pendleton.", "7724 Bluebonnet Court, Dayton was named".
# A town, a state's code and a ZIP code typed in lowercase after a street: "6 quail run ct,
# bristol tn 37620" (group 1: the state's code, which addresses checks).
_LOWER_TOWN_ZIP = re.compile(r",?\s+[a-z]+(?:\s[a-z]+){0,2},?\s+([a-z]{2})\s+\d{5}(?:-\d{4})?\b")
_TOWN_CLOSING = re.compile(r",\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?=\s*(?:[.;),]|$)|\s[a-z])")
# A PO box, or a rural box on a route: "RR 2 Box 41", "Rt. 2, Box 44", "HC 61 Box 1190",
# "HCR 65 Box 21" (highway contract), "Star Route Box 12".
_PO_BOX = re.compile(
    r"\b(?:p\.?\s?o\.?|post\s+office)\s*box\s*#?\s*\d+(?:-\d+)?|\bpob\s*#?\s*\d+"
    # a private mail bag, as Nigeria, Kenya and South Africa number a box ("PMB 1234")
    r"|\b(?:pmb|private\s+(?:mail\s+)?bag)\s*#?\s*\d+"
    r"|\b(?:rural\s+route|r\.?r\.?|route|rte\.?|rt\.?|hcr?|h\.c\.(?:r\.)?|star\s+route)"
    r"\s*(?:#?\s*\d+)?,?\s*box\s*#?\s*\d+",
    re.IGNORECASE)
# A service member's or a diplomat's mail: a unit's or a postal service centre's box, then
# "APO", "FPO" or "DPO", the region's code and a ZIP code ("Unit 45021 Box 18, APO AE 09315",
# "PSC 473 Box 2291, FPO AP 96349", "CMR 402 Box 17, APO AE 09180"); or a ship's name before
# them ("USS Nimitz, FPO AP 96620"); or the last three alone, which are the town, state and ZIP
# code of such mail.
_MILITARY_MAIL = re.compile(
    r"(?:\b(?i:unit|psc|cmr)\s*#?\s*\d+,?\s*(?i:box)\s*#?\s*\d+,?\s*"
    rf"|\b(?:{alternation('ship-prefixes', transform=str.upper)})"
    r" [A-Z][\w'’-]*(?:\.? [A-Z][\w'’-]*){0,3}(?: \([A-Z]{2,4}[- ]?\d{1,3}\))?,? )?"
    r"\b(?i:apo|fpo|dpo)\s+(?i:ae|ap|aa)\s+\d{5}(?:-\d{4})?\b")
# "lot 14 at the Pine Ridge trailer park", "lot 12 at Sunny Acres", "Lot 3, Shady Pines MHP":
# a lot and the park it is in. A lot alone may be a car park ("Lot 12 behind the courthouse"),
# and "parking lot 3" and "a lot 2 do" (chat) are none.
_LOT = re.compile(
    r"(?=[lL])(?<!parking )(?<!\ba )\b[lL]ot\s*#?\s*\d{1,4}[A-Za-z]?\b"
    r",?\s+(?:(?:at|in|of)\s+)?(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}?"
    rf"(?i:{alternation('lot-park-words')})\b")
# A street named by its type and a letter or number after a house number: "2209 Ave K",
# "2250 Hwy 64", "80 County Road 12"; or by a compass point and a name or grid number: "400 W
# Main", "932 S 500 W" (Utah's grid).
_TYPE_FIRST = re.compile(
    rf" (?:{alternation('street-types-before-name-phrases', transform=str.title)}"
    rf"|{alternation('street-types-before-name-phrases', transform=str.upper)})\.?"
    r" (?:[A-Z]\b|\d{1,4}(?: ?[NSEW]\b)?)")
_COMPASS_STREET = re.compile(
    r" (?:[NS]\.[EW]\. [A-Z][a-z]{2,}(?: [A-Z][a-z]{1,3}\.?)?"  # "221 S.E. Oak St."
    r"|(?:[NSEW]|NE|NW|SE|SW)\.? (?:\d{1,4} (?:[NSEW])\b|\d{1,3}(?:st|nd|rd|th)\b"  # "212 W. 4th"
    r"|[A-Z][a-z]{2,}\b(?! [A-Z][a-z])))")
# What _SPANISH_STREET, _TYPE_FIRST, _COMPASS_STREET and _RESIDENCE_STREET need right after the
# space that follows a house number: a capital from A to Z (a compass point or a Spanish street
# word, capitalized, opens the first; a street's type, in title case or capitals, the second;
# "N", "S", "E", "W" the third; "[A-Z]" the last), or the first letter of one of those words
# as written there, should a list gain a word opening otherwise; and the words French writes
# in lowercase there, with their space (_LOWERCASE_STREET_OPENINGS: "77 rue Saint-Denis").
# After "3 kids", "10 am", "2 weeks", as most numbers before a word stand, none is tried
# (addresses).
_STREET_NAME_OPENINGS = frozenset(
    string.ascii_uppercase
    + "".join(w.upper()[0] for w in entries("compass-points"))
    + "".join(w.capitalize()[0] for w in entries("spanish-street-words"))
    + "".join(w.title()[0] + w.upper()[0] for w in entries("street-types-before-name-phrases")))
_LOWERCASE_STREET_OPENINGS = tuple(w + " " for w in entries("lowercase-street-words"))
# A Spanish street typed in lowercase: its word, then one or two words of its name (with the
# articles between), not a unit's ("3310 calle del sol", "88 avenida juárez")
# Not those that in lowercase are English too ("is at 2 via zoom")
_LOWER_SPANISH_WORDS = [w for w in entries("spanish-street-words")
                        if w not in words("spanish-street-words-also-english")]
_LOWER_SPANISH_OPENINGS = tuple(w + " " for w in _LOWER_SPANISH_WORDS)
_LOWER_SPANISH_STREET = re.compile(
    rf" (?:{'|'.join(map(re.escape, _LOWER_SPANISH_WORDS))})\.?"
    rf"(?: (?:(?:{alternation('spanish-street-articles')}) )*"
    rf"(?!(?:{alternation('unit-words')})\b)[a-záéíóúñü][\w'’-]*){{1,2}}")
_CITY_STATE_ZIP = re.compile(
    r",\s*[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){0,3},?\s+([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?\b")
# A box without "PO" or a route before it, kept only when a town and a state's code follow
# (_CITY_STATE_ZIP): "Box 33, Pine Ridge, SD"; not "Box 3, Shelf 2".
_BARE_BOX = re.compile(r"(?<![\w.])[Bb]ox\s*#?\s*\d+(?=,)")
# "she moved into Apt. 12B": an apartment is part of an address even without its street.
_APARTMENT = re.compile(r"(?=a)\b(?:apt\.?|apartment)\s*#?\s*\d+[A-Za-z]?\b", re.IGNORECASE)
# "Fresno, CA 93744": a town with a ZIP code is an address even without a street; and with no
# comma, "Lincoln NE 68502", when the two capitals are a state's (group 1: the state).
_TOWN_ZIP = re.compile(
    r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:,\s+[A-Z]{2}|\s+([A-Z]{2}))\s+\d{5}(?:-\d{4})?\b")
# In every _TOWN_ZIP, and cheap to look for: written out, not "\d{5}", which the regex engine
# tries as a counted loop at every position (the same matches, in half the instructions).
_FIVE_DIGITS = re.compile(r"\d" * 5)
_STATE_ZIP = re.compile(r"[A-Z][A-Z]\s+\d\d\d\d\d")  # (in every _TOWN_ZIP)
# Each state's code, and the first digit its ZIP codes may open with
_ZIP_FIRST_DIGITS = {state: line[0] for line in entries("zip-first-digit-states-phrases")
                     for state in line.split()[1:]}


def _zip_may_be_the_states(state: str, zip_code: str) -> bool:
    """Whether a ZIP code may be the state's by its first digit ("NE 68502"; not "ID 44120",
    an id's keyword and a number): a state's code no table holds may have any."""
    return _ZIP_FIRST_DIGITS.get(state.lower(), zip_code[0]) == zip_code[0]


# Phones: digit groups as people write them (555-0142, 555 612 4433, 1-800-555-0199, 5553217788);
# "13.34.030" after "RCW" is a statute.
_PHONE_GROUPS = {(7,), (10,), (11,), (3, 4), (3, 3, 4), (1, 3, 3, 4), (3, 7), (1, 10), (1, 3, 7),
                 (3, 3, 2, 2),  # "503.555.01.44"
                 (3, 4, 3)}  # "503 5550 147", written as it was heard
# (but a phone's "area code": "her cell is area code 503-555-0144")
_NOT_PHONE_BEFORE = re.compile(
    rf"(?:§|\b(?<!area )(?:{alternation('statute-words', 'not-phone-before')})\.?)\s*$",
    re.IGNORECASE)


# A toll-free number (numbers.TOLL_FREE_NUMBER) after a public line's word, in the same
# sentence: everyone's, not a person's ("Childhelp's hotline, 1-800-422-4453", "the crisis line
# at 1 (888) 555-0100").
# Only linking words between ("hotline's number is", "at", "toll-free:"): not "hotline
# callback 800.555.0103" nor "the hotline worker gave mom's cell, 1-800-...", a person's.
# Between them too, an aside in brackets that names no one's own line: a listing's hours or
# how to reach it ("Agency main line (Mon-Fri 8:00-4:30): ...", "Dial-in (audio only): ...")
_LINE_ASIDE = (rf"\s*\((?![^()\n]*\b(?:{alternation('toll-free-private-phrases')})\b)"
               r"[^()\n]{1,24}\)")
_LINE_LINKS = (rf"(?:['’]s)?(?:[\s,:#()]+(?:{alternation('public-line-links')})\b\.?"
               rf"|{_LINE_ASIDE})*[\s,:#()]*$")
_PUBLIC_LINE_BEFORE = re.compile(rf"\b(?:{alternation('public-line-phrases')}){_LINE_LINKS}",
                                 re.IGNORECASE)
# ... or its name in brackets or after a dash or a comma just after the number
_PUBLIC_LINE_AFTER = re.compile(
    rf"\s*[(,–—-]\s*(?:the )?(?:{alternation('public-line-phrases')})\b", re.IGNORECASE)
# Any number after an office's published line, with the same linking words between: "our
# office's main line is 555-0100", "the front desk (555) 555-0100"; "published" and a line
# with up to three words between ("Published law-enforcement placement line:").
PUBLISHED_LINE = r"published(?:\s+[\w-]+){1,3}?\s+(?:line|number)"
_LINE_REACH = 60  # how far before a number its line's words are looked for, in characters
_OFFICE_LINE_BEFORE = re.compile(rf"\b(?:{alternation('office-line-phrases')}"
                                 rf"|{PUBLISHED_LINE}){_LINE_LINKS}", re.IGNORECASE)
# ... a letterhead's or a fax cover's "Main: (217) 555-0100", "From: CPS Unit 7, main (608)
# 555-0100", "tel. main (312) 555-0100", "unit phone (main) 555-0100": "main" as a label, after
# a comma, a bar, a bracket, a line's start or a phone's word, or before a colon (not "she
# lives on Main, 555-0142 is her cell")
_MAIN_BEFORE = re.compile(r"(?:(?:^|[,|/\n(])\s*|\b(?:tel|phone|fax|line)\.?\s+)main\)?:?\s*$"
                          r"|\bmain:\s*$", re.IGNORECASE)
_OFFICE_LINE_AFTER = re.compile(rf"\s*\((?:{alternation('office-line-after-phrases')})\)",
                                re.IGNORECASE)
_DIGIT_RUN = re.compile(r"\d+")
_NOT_DIGIT = re.compile(r"\D")
# A number from "+", its country code and groups: what phonenumbers rejects may still be
# someone's number ("+52 1 55 5555 0147", a Mexican mobile with the "1" dropped in 2019).
_INTERNATIONAL = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,6}(?![\w-])")
# ... and one dialled from the US with the exit code in place of "+" ("011-52-55-5555-0147",
# "011 7 727 555 0142"), or with "00", from Europe and most of the world ("00 44 20 7946
# 0142"), maybe with a carrier's digits after it, as in Colombia or Brazil ("009 1 509 555
# 0142", "0021 1 ..."): the country's code and the groups each after a space, a dot or a hyphen
_EXIT_CODE_INTERNATIONAL = re.compile(
    r"(?<![\w+.:/-])(?P<exit>011|00\d{0,2})[ .-]\d{1,3}(?:[ .-]\(?\d{1,5}\)?){2,6}(?![\w-])")
_EXTENSION = re.compile(r"(?i)\s*(?:x|ext)")  # "555-0142 x12": the number ends before it
_GROUP_COUNTS = sorted({len(groups) for groups in _PHONE_GROUPS})


def _phone_shaped(text: str, runs: list[int] | None = None) -> bool:
    """Whether phones() can keep anything in text: a "+" (a number from "+" skips the test of
    its digit groups), or digit runs in a row with the lengths of _PHONE_GROUPS.

    phones() keeps a match only if no letter or digit touches it, so the digit groups it tests
    are whole runs of digits of the text, one after the other. A line of other numbers ("DOB
    10/14/2011, case 2024-JV-00123") is then passed over without PhoneNumberMatcher, slow pure
    Python, which finds nothing there that phones() keeps. runs: as for phones()."""
    if "+" in text:
        return True
    if runs is None:
        runs = [len(run) for run in _DIGIT_RUN.findall(text)]
    lengths = tuple(runs)  # (a tuple's slices are tuples: no tuple() made of each)
    for count in _GROUP_COUNTS:  # loops, not any() of a generator: asked of most digit lines
        for i in range(len(lengths) - count + 1):
            if lengths[i:i + count] in _PHONE_GROUPS:
                return True
    return False


# What _Matcher remembers of each candidate it has parsed: the number, or None when it is no
# possible number. Emptied when it reaches _VERIFIED_MAX candidates (a few MB at most), so that
# a long-running kernel does not grow it without end.
_VERIFIED: dict[str, phonenumbers.PhoneNumber | None] = {}
_VERIFIED_MAX = 20_000
_UNSEEN = object()


class _Matcher(phonenumbers.PhoneNumberMatcher):
    """phonenumbers' matcher, with its verdict on each candidate remembered by the candidate's
    text (_VERIFIED). phonenumbers.parse, pure Python, is most of what a line with a phone
    costs; the same numbers come back in other lines and, above all, in the same answer,
    scanned again at every pause of its widget. With Leniency.POSSIBLE (the only leniency
    phones() asks for) and the region fixed, _parse_and_verify reads nothing but the
    candidate: the looks at the characters around it are for VALID and stricter, and the
    verdict is is_possible_number of what parse gives. The match it returns is made anew at
    the candidate's offset. (tests/test_privacy_fast_paths.py (o) compares with the plain
    matcher.)"""

    def __init__(self, text: str) -> None:
        super().__init__(text, "US", leniency=phonenumbers.Leniency.POSSIBLE)

    def _parse_and_verify(self, candidate, offset):
        number = _VERIFIED.get(candidate, _UNSEEN)
        if number is _UNSEEN:
            match = super()._parse_and_verify(candidate, 0)
            number = None if match is None else match.number
            if len(_VERIFIED) >= _VERIFIED_MAX:
                _VERIFIED.clear()
            _VERIFIED[candidate] = number
        return None if number is None else phonenumbers.PhoneNumberMatch(offset, candidate,
                                                                          number)


# A toll-free number's sentence: words that say a line for the public, or one person's line
# (contacts._public_toll_free)
_TOLL_FREE_PUBLIC = re.compile(rf"\b(?:{alternation('toll-free-public-words')})\b", re.IGNORECASE)
_TOLL_FREE_PRIVATE = re.compile(rf"\b(?:{alternation('toll-free-private-phrases')})\b",
                                re.IGNORECASE)


def _public_toll_free(text: str, start: int, end: int) -> bool:
    """Whether a toll-free number is a line anyone may call: its sentence speaks of a line, a
    service or a public listing ("the state's 24-hour abuse line is 1-800-...", "Member
    Services 1-877-..., Monday to Friday"), and of nobody's own line: no extension after it
    (phones() asks for one within it), no "private", "direct", "cell", "fax", "callback" or
    "work number" (a foster dad's work number may be toll-free). A company pays for a
    toll-free number so that the public calls it; the rule before this one reads a public
    line's word just before the number."""
    if _EXTENSION.match(text, end):
        return False
    left = max(_sentence_start(text, start), start - 80)
    right = min(len(text), end + 60)
    for stop in (". ", "! ", "? ", "\n"):
        cut = text.find(stop, end, right)
        if cut >= 0:
            right = cut
    sentence = text[left:start] + " " + text[end:right]
    return _TOLL_FREE_PUBLIC.search(sentence) is not None \
        and _TOLL_FREE_PRIVATE.search(sentence) is None


def _no_us_area_code(number: phonenumbers.PhoneNumber) -> bool:
    """Whether ten digits, read as a US number, open with 0 or 1 where its area code stands
    ("0044187014", "1044187720"): the plan gives no area code such a first digit, so the
    digits are a barcode's, an account's or a record's. Writers of made-up numbers keep the
    area code ("(555) 014-7729"), and no phone labelled in bench/ opens so."""
    national = number.national_number
    return bool(number.italian_leading_zero) and national < 10 ** 9 \
        or 10 ** 9 <= national < 2 * 10 ** 9


def _no_us_exchange(number: phonenumbers.PhoneNumber) -> bool:
    """Whether ten digits, read as a US number, have 0 or 1 where the exchange's first digit
    stands, after an area code other than 555 ("4500118273", a purchase order's; "7740019" is
    seven and not read here): the plan gives no exchange such a first digit. Made-up numbers
    move the 555 to the area code ("(555) 014-7729", eleven such labelled in bench/), and
    stay phones; of the ten-digit phones labelled in bench/, none else opens its exchange so
    (sixtieth session)."""
    national = number.national_number
    return 10 ** 9 <= national < 10 ** 10 and (national // 10 ** 4) % 1000 < 200 \
        and national // 10 ** 7 != 555


def phones(text: str, runs: list[int] | None = None,
           owned: tuple[list[tuple[int, int]], list[tuple[int, int]]] | None = None) \
        -> list[tuple[int, int]]:
    """runs: the lengths of the text's runs of digits, if the caller knows them
    (numbers.digit_runs). They spare the searches of the whole text that cannot succeed:
    _SEVEN_DIGITS needs seven digits, _SPACED_DIGITS ten digits alone ("5 0 3 ...": each
    a run of one, its look-arounds see to it). owned, if given, two lists, receives seven
    digits run together after an id's keyword, with no phone's word in their sentence ("Two
    student IDs on one page: Abdirahman is 5520147", "client 7720194"), in the first, and
    after a record's keyword in the second ("His MRN at the VA clinic is 7719034", "The three
    referrals: 2204471, ..."): an id's or a record's, which record_numbers may not read (its
    keyword too far, or a word between), and which the caller ranks as such; not given, they
    stay a phone's rather than nothing. In the tuning files, seven digits so run together
    were an id's or a case's 33 times of 43 that this read as a phone's (fifty-ninth
    session)."""
    found = []
    if runs is not None and sum(runs) < 7 or not (
            _ASCII_SEVEN_DIGITS if text.isascii() else _SEVEN_DIGITS).search(text):
        return found
    if runs is None or runs.count(1) >= 10:
        found += [m.span() for m in _SPACED_DIGITS.finditer(text)]
    if "011" in text or "00" in text:
        found += [m.span() for m in _EXIT_CODE_INTERNATIONAL.finditer(text)
                  if 8 <= len(_NOT_DIGIT.sub("", m.group())) - len(m.group("exit")) <= 15]
    if not _phone_shaped(text, runs):
        return found
    if "+" in text:
        found += [m.span() for m in _INTERNATIONAL.finditer(text)
                  if 8 <= len(_NOT_DIGIT.sub("", m.group())) <= 15
                  and not _OFFICE_LINE_AFTER.match(text, m.end())
                  # "Dial-in (audio only): +1 312 555 0108": a meeting's, the office's
                  and not _OFFICE_LINE_BEFORE.search(text, max(0, m.start() - _LINE_REACH),
                                                     m.start())]
    for match in _Matcher(text):
        raw = match.raw_string
        if not raw.startswith("+"):
            digits = _EXTENSION.split(raw)[0]
            if tuple(map(len, _DIGIT_RUN.findall(digits))) not in _PHONE_GROUPS:
                continue
        if not raw.startswith("+") and (_no_us_area_code(match.number)
                                        or _no_us_exchange(match.number)):
            continue  # "0044187014", a barcode: no US area code opens with 0 or 1; nor an
            # exchange: "4500118273", a purchase order
        if _NOT_PHONE_BEFORE.search(text[max(0, match.start - 12):match.start]):
            continue
        thing = THING_NUMBERED_BEFORE.search(text, max(0, match.start - 24), match.start)
        if thing is not None and (
                _NUMBER_NAMED.search(thing.group())
                or not _CALL_A_PERSON.search(text, max(_sentence_start(text, match.start),
                                                       match.start - 80), match.start)):
            # "Meeting ID 447 118 2290": a meeting's number, in a phone's shape; but "Please
            # call me before the team meeting: 971-555-0126" is the writer's (not if the
            # meeting's word names its number: "call me, not Meeting ID 447 118 2290")
            continue
        if raw.isdigit():
            if PURCHASE_ORDER_BEFORE.search(text, max(0, match.start - 8), match.start):
                continue  # "PO: 4500219934": a purchase order's ten digits, with no break
            po = PURCHASE_ORDER_EARLIER.search(text, max(0, match.start - 40), match.start)
            if po is not None and not _phone_cue(text, po.start(), match.start):
                continue  # "Correction: PO is 4500233, I typed 4500323 in the last email."
        bare = raw[1:] if raw[:1] == "(" and ")" not in raw else raw  # ("(6620418833, ...")
        if len(bare) == 10 and bare.isdigit() and keyword_before(text, match.start, True) \
                and not _phone_cue(text, _sentence_start(text, match.start), match.start):
            continue  # "the wrong Medicaid on the form, should be 9213304488": an id's ten
            # digits run together, with no phone's word before them in the sentence, which
            # record_numbers reads
        if TOLL_FREE_NUMBER.match(raw) and (
                _PUBLIC_LINE_BEFORE.search(text, max(0, match.start - 40), match.start)
                or _PUBLIC_LINE_AFTER.match(text, match.end)):
            # "the state's child abuse hotline, 1-800-555-0100", "1-800-422-4453 (Childhelp,
            # 24/7)": a public line's
            continue
        if not match.number.extension and (national_hotline(raw) or TOLL_FREE_NUMBER.match(raw)
                                           and _public_toll_free(text, match.start, match.end)):
            continue  # "Poison Help: 1-800-...", "the state's 24-hour abuse line is 1-800-..."
        if _OFFICE_LINE_BEFORE.search(text, max(0, match.start - _LINE_REACH), match.start) \
                or _MAIN_BEFORE.search(text, max(0, match.start - 12), match.start) \
                or _OFFICE_LINE_AFTER.match(text, match.end):
            continue  # "the front desk, 555-0100", "Main: 555-0100", "555-0100 (main)"
        before, after = text[match.start - 1:match.start], text[match.end:match.end + 1]
        if (before.isalnum() or after.isalnum()) and not _typed_against_words(raw, before, after) \
                or text[match.start - 2:match.start - 1].isupper() and before == "-":
            continue  # part of a longer code: "B4490213", "WA-FAM-1998771"
        if owned is not None and len(bare) == 7 and bare.isdigit() \
                and keyword_before(text, match.start) \
                and not _phone_cue(text, _sentence_start(text, match.start), match.start):
            # (see the docstring)
            owned[0 if keyword_before(text, match.start, True) else 1].append(
                (match.start, match.end))
            continue
        found.append((match.start, match.end))
    return found


# Seven digits, ten, eight from a "1", eleven from a "1" or a "0", twelve from "01" or thirteen
# from a Mexican mobile's prefix, in groups of any length ("555.01.26", "555 0 1 5 6", "5 55-01
# 72", "1-555-0142", "0917 555 0132", "044 55 1234 5678"), after a phone's word in the 40
# characters before them (_ODD_GROUPS_CUE).
_ODD_GROUPS = re.compile(r"(?<![\w.,/-])\d(?:[ .‑-]?\d){6,12}(?![\w-]|[.,/]\d)")
_MX_MOBILE = ("044", "045")
_TWO_YEARS = re.compile(r"(?:19|20)\d\d (?:19|20)\d\d")  # "the 2024 2025 school year"
# A phone's word shortened with a stop right before the number ("mob. 083 555 0153", "tel.
# 01 555 0143"), which sentence_start reads as a sentence's end
_ABBREVIATED_CUE = re.compile(r"\b(?:mob|tel|ph)\.\s*$", re.IGNORECASE)
_ODD_GROUPS_CUE = re.compile(
    rf"(?<![\w-])(?:{alternation('phone-words')}"
    rf"|{alternation('phone-cue-phrases')})(?![\w-])", re.IGNORECASE)
_NUMBER_NOUNS = words("number-nouns")


def _phone_cue(text: str, start: int, end: int) -> bool:
    """Whether a phone's word (_ODD_GROUPS_CUE) stands between start and end; but not a word
    for any number right after an id's keyword ("Kid with two Medicaid numbers: old
    4410982207 and new 4410982215", "student number"), which says whose the number is."""
    for cue in _ODD_GROUPS_CUE.finditer(text, start, end):
        if cue.group().lower() in _NUMBER_NOUNS and id_keyword_ends_at(text, cue.start()):
            continue
        return True
    return False


# A person asked to be called, texted or reached, earlier in the sentence: the number after
# is that person's, whatever thing's word stands right before it, unless that word names its
# number (_NUMBER_NAMED: "ID", "number", "No.", "code", "#")
_NUMBER_NAMED = re.compile(r"\b(?:id|i\.d\.|number|no|code)\b|#", re.IGNORECASE)
_CALL_A_PERSON = re.compile(
    rf"\b(?:{alternation('call-a-person-verbs')}) (?:{alternation('call-a-person-objects')})\b",
    re.IGNORECASE)


def _typed_against_words(raw: str, before: str, after: str) -> bool:
    """Whether a phone touching a letter was typed against the words beside it, no space
    between ("cell555-0137and home555-0138", "text her at385-555-0112she"): its groups apart,
    and only lowercase letters touching it. A code holds its digits in one run or beside
    capitals or digits ("B4490213", "S00482915")."""
    return any(not c.isdigit() for c in raw) \
        and all(c.isascii() and c.islower() for c in (before, after) if c.isalnum())


def phone_in_odd_groups(text: str) -> list[tuple[int, int]]:
    """A phone number written in groups no phone is printed in, as people type one in a hurry
    or read it out in pieces: seven digits, ten, or eight or eleven opening with "1" (the US's
    code: "1-555-0142") or nine or eleven with "0" (a trunk prefix, as a Philippine or a British
    mobile or a Dublin line is written at home: "0917 555 0132", "01 555 0143"), ten with "0" in
    any groups ("087 555 0143", an Irish mobile), eight in two fours apart (a local number in
    Australia or Hong Kong: "9555 0145"; not a code's "2025-0412", nor two years), twelve with
    "01" or thirteen with "044" or "045" (a Mexican number with the prefixes dialled until 2019,
    as families still write them: "044 55 1234 5678"), after a phone's word in the 40
    characters before (_ODD_GROUPS_CUE) and in the same sentence. Not after a record's, an id's
    or an SSN's word there, whose number it is; not a meeting's or a statute's."""
    found = []
    for match in _ODD_GROUPS.finditer(text):
        groups = tuple(map(len, _DIGIT_RUN.findall(match.group())))
        digits = sum(groups)
        trunk = match.group()[0] == "0"
        if digits not in (7, 10) and not (digits in (8, 11) and match.group()[0] == "1"
                                          or digits in (9, 11) and trunk
                                          or digits == 8 and groups == (4, 4)
                                          and match.group()[4] == " "
                                          and not _TWO_YEARS.fullmatch(match.group())
                                          or digits == 12 and match.group()[:2] == "01"
                                          or digits == 13 and match.group()[:3] in _MX_MOBILE) \
                or groups in _PHONE_GROUPS and not trunk:
            # (a phone's usual groups are phones()'s to judge; but phones() reads no number
            # opening with a "0", which no US area code does: "087 555 0143" is Irish)
            continue
        start = max(_sentence_start(text, match.start()), match.start() - 40)
        if _ABBREVIATED_CUE.search(text, max(0, match.start() - 6), match.start()):
            start = max(0, match.start() - 6)  # "mob. 083 ...": its stop ends no sentence
        if not _ODD_GROUPS_CUE.search(text, start, match.start()) \
                or _OWNED_NUMBER_WORD.search(text, start, match.start()) \
                or THING_NUMBERED_BEFORE.search(text, start, match.start()) \
                or _NOT_PHONE_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
            continue
        found.append(match.span())
    return found


def emails(text: str) -> list[tuple[int, int]]:
    found = []
    if "@" in text:
        found += [m.span() for m in _EMAIL.finditer(text) if _addressed(m.group())]
        if " ." in text or ". " in text:
            found += spaced_emails(text)
    # The patterns ignore case ("kpatel AT example DOT org", "kim [At] mail.org"): their
    # first looks, for "at" in brackets or between spaces, read the text in lowercase, where
    # "at" in capitals stands as "at" (and the lowercase "at" of the text stays where it was:
    # no other letter lowercases to "a" or "t"). Most lines hold none of these ("that", "what"
    # hold "at" but not " at "), and are read no further than these looks, made in C: the
    # text lowercased, then three looks for "at" (a text lowercased costs less than a look).
    folded = text.lower()
    # (and the other words said for "@", in brackets or between spaces: "(arroba)",
    # " arobase ")
    other_at = any(word in folded for word in OTHER_AT_WORDS)
    bracketed = "at]" in folded or "at)" in folded or "at}" in folded or other_at
    if bracketed:
        found += [m.span() for m in _BRACKETED_AT.finditer(text)]
    spaced = " at " in folded or other_at
    # A spelt address ends in "dot com", "[dot] org"...: without "dot", _SPELT_EMAIL, which is
    # slow (it tries every word as the address's start), cannot match. ("(at)" and "[at]"
    # hold "at)" and "at]": no text without those holds them.) "dot" in any case (the
    # pattern's flags) is "dot" in the text lowercased: no letter beyond ASCII matches "d", "o"
    # or "t" with IGNORECASE (spoken.CASE_DOUBLES).
    if (spaced or bracketed and ("(at)" in folded or "[at]" in folded or "{at}" in folded)) \
            and any(sign in folded for sign in _DOT_SIGNS):
        found += [m.span() for m in _SPELT_EMAIL.finditer(text)]
    if spaced and _AT_DOMAIN_HINT.search(folded):
        found += [m.span() for m in _AT_DOMAIN.finditer(text)
                  if not _ADDRESS_NAME_SIGNS.isdisjoint(m.group(1)) or not _everyday(m.group(1))]
    if ("@" in text or spaced) and _PROVIDER_HINT.search(folded):
        found += [m.span() for m in _PROVIDER_EMAIL.finditer(text)
                  if "@" in m.group(2) or not _ADDRESS_NAME_SIGNS.isdisjoint(m.group(1))]
    return found


def _addressed(found: str) -> bool:
    """Whether an _EMAIL match is an address: with a space typed beside its "@" ("kelsey.m
    @example.net"), only where its domain ends as a domain does ([spelt-email-domains], or a
    country's two letters after another part: "example.co.uk"), not a chat's handles after a
    word ("cc @s.oyelaran", "rosalind.m @t.harrow")."""
    if " @" not in found and "@ " not in found:
        return True
    domain = found.rsplit("@", 1)[1].strip().lower().split(".")
    return domain[-1] in _DOMAIN_ENDINGS or len(domain) > 2 and len(domain[-1]) == 2


_DOMAIN_ENDINGS = words("spelt-email-domains")


def _everyday(word: str) -> bool:
    """An everyday English word, a surname too or not: "works", "shop", "is" (see
    _AT_DOMAIN)."""
    return bool(lexicon().get(word.lower(), 0) & (COMMON | WORD | FUNCTION))


def _street_end(text: str, number: re.Match) -> int | None:
    """Where the street that number starts ends, or None if no street follows it."""
    words, pos = [], number.end()
    typed = False  # a street type after the first word, noted as the words are read
    for _ in range(7):
        word = _ADDRESS_WORD.match(text, pos)
        if not word:
            break
        lowered = word.group(1).lower()
        if words and lowered in _STREET_TYPES:
            typed = True
        words.append(word)
        pos = word.end()
        if word.group(2) and lowered not in _ABBREVIATED_TYPES \
                and lowered not in _JOIN_ABBREVIATIONS and len(word.group(1)) > 1:
            break  # a full stop after a whole word ends the sentence (not "King Jr. Way")
    if words and words[0].group(1).lower() in _NO_TYPE_NEEDED and words[0].group(1)[0].isupper():
        return words[0].end()  # "1200 Broadway"
    if not typed:
        return None  # "3 kids at home": only a street type after the first word ends a street
    end = None
    cued = None  # whether a residence's word stands before the number (asked once, if needed)
    for k, word in enumerate(words):
        name = [w.group(1) for w in words[:k]]
        lowered = word.group(1).lower()
        if any(w.lower() in _NOT_STREET_NAME for w in name) or lowered in _NOT_STREET_NAME:
            break
        if not name:
            continue
        capitalized = all(w[0].isupper() or w[0].isdigit() for w in name)
        short_number = len(number.group().rstrip(string.ascii_letters)) < 2
        if lowered in _ABBREVIATED_TYPES or lowered in _PLAIN_TYPES:
            if capitalized or not short_number:
                end = word.end()
            elif len(name) <= 2 and all(len(w) > 2 and w.isalpha() or _BESIDE_A_NAME.fullmatch(w)
                                        for w in name) \
                    and any(len(w) > 2 and w.isalpha() or w[:1].isdigit() for w in name):
                # ("new address: 5 s 3rd ave", "is at 5 n main st": a compass point or an
                # ordinal may be a word of the name, beside a word or an ordinal)
                if cued is None:
                    cued = bool(_HOME_BEFORE.search(text, max(0, number.start() - 30),
                                                    number.start()))
                if cued:
                    end = word.end()  # "dean is at 9 orchard ln now", "moved to 3 pine rd"
        elif lowered in _WORD_TYPES and capitalized and word.group(1)[0].isupper():
            end = word.end()
        elif lowered in _WORD_TYPES and not short_number and len(name) <= 2 \
                and all(len(w) > 2 and w.isalpha() for w in name):
            if cued is None:
                cued = bool(_HOME_BEFORE.search(text, max(0, number.start() - 30),
                                                number.start()))
            if cued or len(number.group()) >= 3 and number.group().isdigit() \
                    and text[max(0, number.start() - 3):number.start()].lower() == "at " \
                    and not any(w.lower() in _NOT_STREET_NAME
                                or lexicon().get(w.lower(), 0) & FUNCTION for w in name):
                # "summer addy 55 willow way" (not "is at 2 long way"); "they r at 612
                # bramble way": a house number of three digits or more after "at"
                end = word.end()
    return end


# A compass point or an ordinal, words of a street's name typed in lowercase ("5 s 3rd ave")
_BESIDE_A_NAME = re.compile(rf"(?:{alternation('compass-points')})|\d{{1,3}}(?:st|nd|rd|th)",
                            re.IGNORECASE)


# Before a street typed in lowercase with a house number of one digit, or in lowercase with a
# type that is an everyday word ("way", "run"), what says a home follows: "is at", "moved
# to", "addy", "new placement" (else "went to 2 appts w dr" would be one).
_HOME_BEFORE = re.compile(rf"\b(?:{alternation('home-before-a-lowercase-street-phrases')})"
                          r"(?:\s+is)?:?\s+$", re.IGNORECASE)


def _a_public_building_s(text: str, start: int) -> bool:
    """Whether the street address at start is said to be a public building's, in its
    sentence: a court's, an office's, a school's or a clinic's, right before "is at", "moved
    to" or "at" ("The county clerk's office is at 210 Court Square", "The office moved to 200
    Main Street, suite 400", "The high school at 2020 Patriot Way"); not one a person owns
    ("Mom's office is at 200 Main", "her school is at"), nor a building's word that is no
    subject ("Our address for the court notice is 2207 Sycamore Ridge Rd")."""
    before = _PUBLIC_BUILDING_AT.search(text, max(_sentence_start(text, start), start - 90),
                                        start)
    return before is not None and _SOMEONE_S.search(before.group("whose") or "") is None


_PUBLIC_BUILDING_AT = re.compile(
    r"(?P<whose>(?:[\w'’-]+\s+){0,3})"
    rf"\b(?:{alternation('public-buildings-phrases')})"
    r"\s+(?:(?:is|are|was|sits|is located|moved)\s+(?:at|to)|at)\s+$", re.IGNORECASE)
# ... what says whose the building is, before it ("Mom's office", "her school", "the
# psychiatrist's practice")
_SOMEONE_S = re.compile(rf"['’]s\b|\b(?:{alternation('public-building-not-after')})\b",
                        re.IGNORECASE)


def addresses(text: str, runs: list[int] | None = None,
              street_words: bool = True) -> list[tuple[int, int]]:
    """runs: the lengths of the text's runs of digits, if the caller knows them
    (numbers.digit_runs). street_words: False when tokens.tokenize noted no piece of the text
    opening with a word of STREET_WORDS (MARK_STREET): _street_end, which reads the words
    after each house number for one, then finds no street, and is not called (most lines
    with numbers: "3 kids", "at 10 am")."""
    found = []
    for number in (_ASCII_HOUSE_NUMBER if text.isascii() else _HOUSE_NUMBER).finditer(text):
        end = _street_end(text, number) if street_words else None
        # (_HOUSE_NUMBER ends before a space and the word or number after it)
        if end is None and (text[number.end() + 1] in _STREET_NAME_OPENINGS
                            or text.startswith(_LOWERCASE_STREET_OPENINGS, number.end() + 1)):
            street = _SPANISH_STREET.match(text, number.end())
            if street is None and number.end() - number.start() >= 2:  # not "3 E Coli"
                street = _TYPE_FIRST.match(text, number.end()) or _COMPASS_STREET.match(
                    text, number.end())
            if street is None and _RESIDENCE_BEFORE.search(
                    text, max(0, number.start() - 30), number.start()):
                street = _RESIDENCE_STREET.match(text, number.end())  # "house at 77 Kimball"
            end = street.end() if street else None
        if end is None and text.startswith(_LOWER_SPANISH_OPENINGS, number.end() + 1) \
                and _HOME_BEFORE.search(text, max(0, number.start() - 30), number.start()):
            # "vive en 3310 calle del sol", "dirección: 3310 calle del sol": a Spanish street
            # typed in lowercase, after what says a home follows
            street = _LOWER_SPANISH_STREET.match(text, number.end())
            end = street.end() if street else None
        if end is not None and _a_public_building_s(text, number.start()):
            continue  # "The courthouse is at 100 Main Street": a public building's, no one's
        if end is not None:
            end = _AFTER_STREET.match(text, end).end()
            town = _TOWN_CLOSING.match(text, end) or _LOWER_TOWN_ZIP.match(text, end)
            if town is not None and town.re is _LOWER_TOWN_ZIP \
                    and not lexicon().get(town.group(1), 0) & STATE_CODE:
                town = None  # (no state's code: "9 orchard ln, greenfield, in 46140" has one)
            found.append((number.start(), town.end() if town else end))
    if street_words and _RURAL_GRID_NUMBER.search(text) is not None:
        # "N6721 US Highway 45, Antigo", "W1234 County Rd K": a rural address of Wisconsin's
        # and its neighbours' grid, a compass letter before the house number
        for number in _RURAL_GRID_NUMBER.finditer(text):
            end = _street_end(text, number)
            if end is not None:
                end = _ROUTE_NUMBER.match(text, end).end()
                end = _AFTER_STREET.match(text, end).end()
                town = _TOWN_CLOSING.match(text, end)
                found.append((number.start(), town.end() if town else end))
    lowered = text.lower()
    if "box" in lowered or "pob" in lowered or "pmb" in lowered or " bag" in lowered:
        for box in _PO_BOX.finditer(text):
            town = _CITY_STATE_ZIP.match(text, box.end()) or _TOWN_CLOSING.match(text, box.end())
            found.append((box.start(), town.end() if town else box.end()))
        for box in _BARE_BOX.finditer(text):  # "Box 33, Pine Ridge, SD": with its town, state
            town = _CITY_STATE_ZIP.match(text, box.end())
            if town is not None and lexicon().get(town.group(1).lower(), 0) & STATE_CODE:
                found.append((box.start(), town.end()))
    if "po a" in lowered:  # "APO AE", "FPO AP", "DPO AA": what _MILITARY_MAIL needs
        found += [m.span() for m in _MILITARY_MAIL.finditer(text)]
    if "#" in text or "No." in text or "N°" in text or "Nº" in text:  # what _GRID_ADDRESS needs
        found += [m.span() for m in _GRID_ADDRESS.finditer(text)]
    # Each pattern tries every position of the text; the words or digits it cannot match
    # without, looked for first, spare most lines the trial.
    if (_FIVE_DIGITS.search(text) if runs is None else (max(runs) if runs else 0) >= 5) \
            and _STATE_ZIP.search(text) is not None:
        # (a ZIP code's digits end every match: searched no further, numbers.digits_end; a
        # state's code and the ZIP code's digits, in every match, looked for first: a line of
        # long numbers with none, a phone's or a case's, spares the trial of every capital)
        found += [m.span() for m in _TOWN_ZIP.finditer(text, 0, digits_end(text))
                  if m.group(1) is None or lexicon().get(m.group(1).lower(), 0) & STATE_CODE
                  and _zip_may_be_the_states(m.group(1), _FIVE_DIGITS.search(m.group()).group())]
    # "apt", "apartment": lower() is how the pattern ignores case (no letter of them has a
    # double beyond ASCII: spoken.CASE_DOUBLES)
    if "apt" in lowered or "apartm" in lowered:
        found += [m.span() for m in _APARTMENT.finditer(text)]
    if "block of" in text:
        found += [m.span() for m in _BLOCK.finditer(text)]
    if "lot" in lowered:
        found += [m.span() for m in _LOT.finditer(text)]
    if _NAME_FIRST_HINT.search(text):
        found += [m.span() for m in _STREET_NAME_FIRST.finditer(text)]
    if (_ABROAD_HINT_LOWER.search(lowered) if text.isascii() else _ABROAD_HINT.search(text)):
        found += [m.span() for m in _ABROAD_STREET.finditer(text)]
    return found
