"""Ways to reach a person: phone and fax numbers, e-mail addresses, street addresses, PO boxes.

Phones come from Google's `phonenumbers` in its "possible number" mode: the "valid" mode rejects
the 555 numbers that training material and participants use. Only lines holding seven digits
near each other reach it, which keeps scanning fast.
"""

from __future__ import annotations

import re

import phonenumbers

from .wordlists import alternation, words

# Seven digits with at most phone punctuation between them: the least a phone number has.
_SEVEN_DIGITS = re.compile(r"\d(?:[\s().\-/]{0,3}\d){6}")

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9](?:[\w.+-]*[\w+-])?@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b")
# "kpatel at example dot org", "j.doe [at] mail [dot] com": an address spelt out.
_SPELT_EMAIL = re.compile(
    r"\b[\w.+-]+\s*(?:\(at\)|\[at\]|\s+at\s+)\s*[\w-]+(?:\s*(?:\(dot\)|\[dot\]|\s+dot\s+|\.)\s*"
    rf"[\w-]+)*?\s*(?:\(dot\)|\[dot\]|\s+dot\s+)\s*(?:{alternation('spelt-email-domains')})\b",
    re.IGNORECASE)
_DOT = re.compile(r"dot", re.IGNORECASE)  # in every spelt address, with _SPELT_EMAIL's flags

# Street types. Abbreviations may be typed in lowercase ("600 north pine st"); full words that
# are also ordinary words ("a long drive", "in court") need a capitalized street name.
_ABBREVIATED_TYPES = words("street-type-abbreviations")
_PLAIN_TYPES = words("street-type-plain-words")
_WORD_TYPES = words("street-type-words")
_NOT_STREET_NAME = words("not-street-name-words")
_STREET_TYPES = _ABBREVIATED_TYPES | _PLAIN_TYPES | _WORD_TYPES
# A house number: one to six digits that no word character or "$.,/:#-" stands before. The
# pattern opens with the first digit, and looks behind it after, so that the regex engine skips
# ahead to digits instead of trying the look-behind at every position (the look-behind of two
# characters ends at that digit: it asks what stands before it, or finds nothing at the start).
_HOUSE_NUMBER = re.compile(r"\d(?<![\w$.,/:#-]\d)\d{0,5}[A-Za-z]?(?:-\d{1,4})?(?= [A-Za-z])")
_ADDRESS_WORD = re.compile(r" ([A-Za-z0-9][A-Za-z0-9'-]*)(\.?)")
# What may follow a street: a direction, a unit, then a town, state and ZIP code.
_AFTER_STREET = re.compile(
    rf"(?:\s+(?:{alternation('compass-points', transform=str.upper)})\b\.?)?"
    rf"(?:,?\s*(?i:{alternation('unit-words')}|#)"
    r"\.?\s*#?\s*(?=[A-Za-z-]{0,3}\d)[A-Za-z0-9-]{1,6}\b)?"
    r"(?:,\s*[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){0,3},?\s+[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?\b)?")
# Spanish street words open the street's name: "31 Calle Linda", "440 Camino del Sol",
# "1208 Avenida Cesar Chavez". Capitalized only: "2 via Zoom" is no street.
_SPANISH_STREET = re.compile(
    rf"(?: (?:{alternation('compass-points', transform=str.upper)})\.?)?"  # "4410 SW Avenida"
    rf" (?:{alternation('spanish-street-words', transform=str.capitalize)})"
    rf"(?: (?:(?:{alternation('spanish-street-articles')}) )*[A-ZÁÉÍÓÚÑ][\w'’-]*){{1,3}}")
# "Calle 8 #24-15", "Carrera 7 No. 45-10": a street by its number, then the crossing street's
# number and the distance from the corner. The hyphenated pair after "#" or "No." is the sign.
_GRID_ADDRESS = re.compile(
    rf"\b(?:{alternation('grid-street-words', transform=str.capitalize)})\.? ?\d{{1,3}}[A-Z]?"
    r"(?: (?:Bis|Sur|Norte|Este|Oeste))? ?(?:#|No\.|N[°º]) ?\d{1,3}[A-Z]? ?- ?\d{1,3}\b")
_PO_BOX = re.compile(
    r"\b(?:p\.?\s?o\.?|post\s+office)\s*box\s*#?\s*\d+(?:-\d+)?|\bpob\s*#?\s*\d+"
    r"|\b(?:rural\s+route|r\.?r\.?)\s*#?\s*\d+,?\s*box\s*#?\s*\d+",
    re.IGNORECASE)
_CITY_STATE_ZIP = re.compile(
    r",\s*[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){0,3},?\s+[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?\b")
# "she moved into Apt. 12B": an apartment is part of an address even without its street.
_APARTMENT = re.compile(r"(?=a)\b(?:apt\.?|apartment)\s*#?\s*\d+[A-Za-z]?\b", re.IGNORECASE)
# "Fresno, CA 93744": a town with a ZIP code is an address even without a street.
_TOWN_ZIP = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
# In every _TOWN_ZIP, and cheap to look for: written out, not "\d{5}", which the regex engine
# tries as a counted loop at every position (the same matches, in half the instructions).
_FIVE_DIGITS = re.compile(r"\d" * 5)
# Phones: digit groups as people write them (555-0142, 555 612 4433, 1-800-555-0199, 5553217788);
# "13.34.030" after "RCW" is a statute.
_PHONE_GROUPS = {(7,), (10,), (11,), (3, 4), (3, 3, 4), (1, 3, 3, 4), (3, 7), (1, 10), (1, 3, 7)}
_NOT_PHONE_BEFORE = re.compile(
    rf"(?:§|\b(?:{alternation('statute-words', 'not-phone-before')})\.?)\s*$", re.IGNORECASE)


_DIGIT_RUN = re.compile(r"\d+")
_EXTENSION = re.compile(r"(?i)\s*(?:x|ext)")  # "555-0142 x12": the number ends before it
_GROUP_COUNTS = sorted({len(groups) for groups in _PHONE_GROUPS})


def _phone_shaped(text: str) -> bool:
    """Whether phones() can keep anything in text: a "+" (a number from "+" skips the test of
    its digit groups), or digit runs in a row with the lengths of _PHONE_GROUPS.

    phones() keeps a match only if no letter or digit touches it, so the digit groups it tests
    are whole runs of digits of the text, one after the other. A line of other numbers ("DOB
    10/14/2011, case 2024-JV-00123") is then passed over without PhoneNumberMatcher, slow pure
    Python, which finds nothing there that phones() keeps."""
    if "+" in text:
        return True
    runs = [len(run) for run in _DIGIT_RUN.findall(text)]
    return any(tuple(runs[i:i + count]) in _PHONE_GROUPS
               for count in _GROUP_COUNTS for i in range(len(runs) - count + 1))


def phones(text: str) -> list[tuple[int, int]]:
    if not _SEVEN_DIGITS.search(text) or not _phone_shaped(text):
        return []
    found = []
    for match in phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.POSSIBLE):
        raw = match.raw_string
        if not raw.startswith("+"):
            digits = _EXTENSION.split(raw)[0]
            if tuple(map(len, _DIGIT_RUN.findall(digits))) not in _PHONE_GROUPS:
                continue
        if _NOT_PHONE_BEFORE.search(text[max(0, match.start - 12):match.start]):
            continue
        if text[match.start - 1:match.start].isalnum() or text[match.end:match.end + 1].isalnum():
            continue  # part of a longer code: "B4490213"
        found.append((match.start, match.end))
    return found


def emails(text: str) -> list[tuple[int, int]]:
    found = []
    if "@" in text:
        found += [m.span() for m in _EMAIL.finditer(text)]
    # A spelt address ends in "dot com", "[dot] org"...: without "dot", _SPELT_EMAIL, which is
    # slow (it tries every word as the address's start), cannot match.
    if (" at " in text or "(at)" in text or "[at]" in text) and _DOT.search(text):
        found += [m.span() for m in _SPELT_EMAIL.finditer(text)]
    return found


def _street_end(text: str, number: re.Match) -> int | None:
    """Where the street that number starts ends, or None if no street follows it."""
    words, pos = [], number.end()
    for _ in range(7):
        word = _ADDRESS_WORD.match(text, pos)
        if not word:
            break
        words.append(word)
        pos = word.end()
        if word.group(2) and word.group(1).lower() not in _ABBREVIATED_TYPES \
                and len(word.group(1)) > 1:
            break  # a full stop after a whole word ends the sentence
    if not any(word.group(1).lower() in _STREET_TYPES for word in words[1:]):
        return None  # "3 kids at home": only a street type after the first word ends a street
    end = None
    for k, word in enumerate(words):
        name = [w.group(1) for w in words[:k]]
        lowered = word.group(1).lower()
        if any(w.lower() in _NOT_STREET_NAME for w in name) or lowered in _NOT_STREET_NAME:
            break
        if not name:
            continue
        capitalized = all(w[0].isupper() or w[0].isdigit() for w in name)
        short_number = len(number.group().rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")) < 2
        if lowered in _ABBREVIATED_TYPES or lowered in _PLAIN_TYPES:
            if capitalized or not short_number:
                end = word.end()
        elif lowered in _WORD_TYPES and capitalized and word.group(1)[0].isupper():
            end = word.end()
    return end


def addresses(text: str) -> list[tuple[int, int]]:
    found = []
    for number in _HOUSE_NUMBER.finditer(text):
        end = _street_end(text, number)
        if end is None:
            spanish = _SPANISH_STREET.match(text, number.end())
            end = spanish.end() if spanish else None
        if end is not None:
            end = _AFTER_STREET.match(text, end).end()
            found.append((number.start(), end))
    lowered = text.lower()
    if "box" in lowered or "pob" in lowered:
        for box in _PO_BOX.finditer(text):
            town = _CITY_STATE_ZIP.match(text, box.end())
            found.append((box.start(), town.end() if town else box.end()))
    if "#" in text or "No." in text or "N°" in text or "Nº" in text:  # what _GRID_ADDRESS needs
        found += [m.span() for m in _GRID_ADDRESS.finditer(text)]
    # Each pattern tries every position of the text; the words or digits it cannot match
    # without, looked for first, spare most lines the trial.
    if _FIVE_DIGITS.search(text):
        found += [m.span() for m in _TOWN_ZIP.finditer(text)]
    if "ap" in lowered:  # "apt", "apartment": lower() is how the pattern ignores case
        found += [m.span() for m in _APARTMENT.finditer(text)]
    return found
