"""The commonest US surnames, read from the census list the guard ships, found after a given
name, a title or "The": a word list that calls a surname something else (a colour, a brand, a
role, a faith's word, a street's) must not hide "Dana White", "Ms. Foster" or "The Lane
family". The thirty-sixth session found that it did, for White, the fourteenth commonest
surname, by putting every surname into these sentences."""

from __future__ import annotations

import importlib.resources

import pytest

from toolkit.privacy import scan

# Borne by this many people or more in the census's list
COMMON = 20_000
# The few still missed, and why: a language or a nation's word ("Maria English" reads as a
# class), a month, "Case" (a case's word in every note), and short words that are a function
# word, a thing or a place more often than anyone's surname in our texts
STILL_MISSED = {"english", "french", "may", "case", "beach", "do", "sun"}
# Each sentence, with what it still misses. After "The" and before "family", also the colours
# and the faith's word, which there more often say who a family is ("The Black family in the
# vignette"), and a few words that are a first name, a thing or a place more than a surname
SENTENCES = {
    "Maria {} called about the visit.": STILL_MISSED,
    "I met with Dana {} at the office.": STILL_MISSED,
    "Ms. {} called about the visit.": STILL_MISSED,
    "The {} family moved to a new apartment.": STILL_MISSED | {
        "white", "black", "christian", "john", "camp", "vigil", "chin", "willard"},
}


# A family in the plural ("We visited the Smiths"): the thirty-seventh session found 240 of
# these surnames missed after "visited the". Still missed: plurals that are a place or a team
# ("the Hills", "the Keys", "the Hamptons", "the Taylors" of South Carolina), a show or a
# company ("the Simpsons", "the Parkers", "the Waltons", "the McDonalds"), a word a list calls
# no name's ("the Whites", "the Fosters", "the Justices", "the Lords", "the Temples"), and a few
# that only the name model's second opinion found, which moves with each retraining ("the
# Norths"; "the Mas" and "the Groves moving" since the fortieth session's retraining on
# extra121.txt and its last rules; "the Nietos" since the forty-first's on extra122.txt;
# "The Laws moved" and "The Parks moved" since the forty-third's on extra124.txt and
# extra125.txt; "the Meads" since the fifty-sixth's on extra174.txt to extra179.txt).
PLURAL_SENTENCES = {
    "We visited the {}s on Tuesday.": {
        "taylor", "white", "hill", "hall", "parker", "foster", "fisher", "west", "ford",
        "mcdonald", "simpson", "black", "grant", "lane", "gilbert", "day", "molina", "cross",
        "walton", "conner", "french", "jefferson", "villa", "ho", "house", "valentine", "case",
        "gould", "kaiser", "justice", "law", "lake", "winter", "minor", "do", "tyson", "sun",
        "lord", "temple", "grove", "english", "mayo", "north", "hampton", "key", "ma", "nieto",
        "beach", "mead"},
    "The {}s moved to a new apartment.": {
        "white", "hill", "hall", "parker", "foster", "fisher", "ford", "mcdonald", "simpson",
        "black", "grant", "lane", "day", "walton", "conner", "jefferson", "villa", "ho",
        "house", "valentine", "case", "justice", "lake", "minor", "camp", "sun", "lord",
        "temple", "do", "hampton", "key", "grove", "law", "park", "winter"},
}


def _common_surnames() -> list[str]:
    text = importlib.resources.files("toolkit.privacy").joinpath(
        "data/names-surnames.txt").read_text(encoding="utf-8")
    found = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].isdigit() and int(parts[1]) >= COMMON:
            found.append(parts[0])
    return found


def test_there_are_enough_common_surnames_to_mean_something():
    assert len(_common_surnames()) > 1500


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_common_surname_is_found_after_a_given_name_a_title_or_the(sentence):
    missed = []
    for surname in _common_surnames():
        written = surname[:1].upper() + surname[1:]
        text = sentence.format(written)
        start = text.index(written)
        if not any(f.kind == "name" and f.start <= start < f.end for f in scan(text)):
            missed.append(surname)
    assert set(missed) <= SENTENCES[sentence], sorted(set(missed) - SENTENCES[sentence])


@pytest.mark.parametrize("sentence", PLURAL_SENTENCES)
def test_common_surnames_in_the_plural_are_a_family(sentence):
    missed = []
    for surname in _common_surnames():
        written = surname[:1].upper() + surname[1:] + "s"
        text = sentence.format(written[:-1])
        start = text.index(written)
        if not any(f.kind == "name" and f.start <= start < f.end for f in scan(text)):
            missed.append(surname)
    assert set(missed) <= PLURAL_SENTENCES[sentence], \
        sorted(set(missed) - PLURAL_SENTENCES[sentence])
