"""A long text costs the privacy guard time in proportion to its length, and its shortcuts for
long texts find what the plain ways find.

A participant may paste a case file into a reflection, and the widget scans the text on every
pause, before the answer is saved. Rules that read the whole text, or all of it before a word,
once for each word they asked about made such a text cost time growing as its length squared:
220,000 characters of the tuning lines took 23 s where the same lines, one by one, took
0.25 s. These tests count what the guard does, never how long it takes (bench/privacy.py
prints the seconds):

- (a) the lines of Python run to scan a text four times as long are about four times as many;
- (b) toolkit.privacy.text_wide.search_ending_at finds what each pattern it serves finds
  searched from the text's start, and holds and overlaps answer as loops over the spans;
- (c) the readings back from a place (names._opens_its_line, _attending, _caption_before,
  name_model._stop_before), and names.defined_acronym's one reading of a text's brackets,
  answer as the expressions they replace;
- (d) scanner.scan's stretches taken, kept in order for a long text, and the binary searches of
  name_model.names (names taken) and names.public_figures (known names) find the same as the
  plain loops, on the tuning lines and on long texts made of them.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from toolkit.privacy import name_model, names, places, scan, spoken, text_wide
from toolkit.privacy.text_wide import (covered, holds, in_capitals, in_lowercase, overlaps,
                                       search_ending_at)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import privacy as bench  # noqa: E402  bench/privacy.py: the corpus reader


def _corpus_lines() -> list[str]:
    """The tuning corpus's texts, labels taken out, as bench/privacy.py reads them."""
    return [example.text for example in bench.load_corpus()]


LINES = _corpus_lines()
# Long texts: tuning lines joined as a pasted file joins them (lines, paragraphs, one
# paragraph), of 3,000 to 15,000 characters
LONG_TEXTS = [joiner.join(random.Random(seed).sample(LINES, size))
              for seed, (joiner, size) in enumerate(
                  [("\n", 60), ("\n\n", 120), (" ", 200), (". ", 90), ("\n", 200)])]


def _lines_run(text: str) -> int:
    """How many lines of Python scan(text) runs (sys.settrace's "line" events)."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    previous = sys.gettrace()
    sys.settrace(lambda frame, event, arg: local)
    try:
        scan(text)
    finally:
        sys.settrace(previous)
    return count


@pytest.mark.parametrize("joiner", ["\n", " "], ids=["lines", "one-paragraph"])
def test_a_text_four_times_as_long_costs_about_four_times_as_much(joiner):
    """(a) Every 400th tuning line (146 lines, 10,985 characters), then the same four times
    over. Read in proportion to its length, the longer text runs about four times the lines
    of Python (4.3 times); before the mend it ran 12.5 times as many."""
    text = joiner.join(LINES[::400])
    scan(text)  # (the word lists loaded, and the words of the text seen once, for both)
    once, four_times = _lines_run(text), _lines_run(joiner.join([text] * 4))
    assert once > 100_000  # (the count counts)
    assert four_times < 5.5 * once, (once, four_times)


def test_a_text_with_accents_written_apart_costs_in_proportion_too():
    """(a) scanner._composed reads a text in NFD piece by piece: the same tuning lines, each
    after a name whose accent is a mark apart, cost about four times as much four times over."""
    import unicodedata
    text = "\n".join(unicodedata.normalize("NFD", f"José Pérez said: {line}")
                     for line in LINES[::400])
    scan(text)
    once, four_times = _lines_run(text), _lines_run("\n".join([text] * 4))
    assert once > 100_000
    assert four_times < 5.5 * once, (once, four_times)


@pytest.mark.parametrize("piece", ["met 김민준 and فاطمة. ", "Siblings: 刘洋 (12), 刘雪 (9). "])
def test_a_roster_of_names_without_capitals_costs_in_proportion(piece):
    """(a) uncased.py asks of the names found before each word of a script with no capitals
    by a binary search: a text of such names four times as long runs about four times the
    lines of Python (a look at every name found made it about ten times as many)."""
    text = piece * (3000 // len(piece))
    scan(text)
    once, four_times = _lines_run(text), _lines_run(text * 4)
    assert once > 20_000
    assert four_times < 5.5 * once, (once, four_times)


# Texts made of what the patterns read: spaces of several kinds, colons, digits, stops, the
# words of a court's caption, of a list's heading and of "in re"
_PIECES = [" ", "  ", "\t", "\n", "\u00a0", ":", ".", "!", "(", "\"", "“", "5", "12", "a", "A",
           "in", "re", "In re", "kids", "Kids", "children", "present", "of", "matter", "the",
           "Matter", "rights", "parental", "x", "-", "•", "*", ",", "?"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(n)]


@pytest.mark.parametrize("pattern, reach, skip", [
    (names._DIGIT_BEFORE, 1, ""),
    (names._IN_RE, len("in re:"), ""),
    (names._LIST_HEAD, names._LIST_HEAD_REACH, ":"),
    (spoken._SENTENCE_START, 1, ""),
    (places._LABEL_BEFORE, places._LABEL_REACH, " \t"),
], ids=["digit-before", "in-re", "list-head", "sentence-start", "place-field-label"])
def test_a_search_ending_at_a_place_finds_what_a_search_from_the_start_finds(pattern, reach,
                                                                             skip):
    """(b) At every place of 3,000 texts made of the characters and words the patterns read."""
    checked = 0
    for text in _texts(3000, seed=len(pattern.pattern)):
        for end in range(len(text) + 1):
            plain = pattern.search(text, 0, end)
            found = search_ending_at(pattern, text, end, reach, skip)
            assert (found and found.span()) == (plain and plain.span()), (text, end)
            checked += plain is not None
    assert checked > 50  # (matches were among them, not only misses)


def test_covered_stretches_hold_and_overlap_what_their_spans_do():
    """(b) text_wide.holds and overlaps, on the spans' covered stretches, answer as loops over
    the spans themselves, for spans that overlap, meet, nest or stand apart."""
    rng = random.Random(11)
    answers = set()
    for _ in range(2000):
        spans = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 60)
            spans.append((start, start + rng.randint(1, 8)))
        stretches = covered(spans)
        for place in range(-1, 72):
            held = holds(stretches, place)
            assert held == any(s <= place < e for s, e in spans), (spans, place)
            for length in (1, 2, 5):
                hit = overlaps(stretches, place, place + length)
                assert hit == any(s < place + length and place < e for s, e in spans)
                answers.update([("held", held), ("hit", hit)])
    assert len(answers) == 4


def _attending_plain(text: str, start: int) -> bool:
    line = text[text.rfind("\n", 0, start) + 1:start]
    if ":" not in line:
        return False
    heading = None
    for heading in names._ATTENDANCE.finditer(line):
        pass
    return heading is not None and ". " not in line[heading.end():]


def _made_up_sentence_plain(text: str, start: int, end: int) -> bool:
    stops = [m.end() for m in names._MADE_UP_SENTENCE_STOP.finditer(text, 0, start)]
    after = names._MADE_UP_SENTENCE_STOP.search(text, end)
    sentence = text[stops[-1] if stops else 0:after.end() if after else len(text)]
    return names._MADE_UP.search(sentence) is not None \
        and names._REAL_TOO.search(sentence) is None


def test_a_name_s_sentence_is_found_from_the_text_s_stops_as_by_searches_around_it():
    """(c) names._in_a_made_up_sentence, which reads the text's stops once, answers as the
    searches before and after each name did, for every stretch of generated texts."""
    rng = random.Random(5)
    pieces = [" ", ". ", "! ", "?", ".", "\n", "made-up", "made up case", "real name", "Rosa",
              "is made up", "x", "A. ", "Mr. ", "Mrs.", "Ms"]
    answers = set()
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        for start in range(len(text) + 1):
            for end in range(start, min(len(text), start + 6) + 1):
                said = names._in_a_made_up_sentence(text, start, end)
                assert said == _made_up_sentence_plain(text, start, end), (text, start, end)
                answers.add(said)
    assert answers == {True, False}


@pytest.mark.parametrize("long", [False, True], ids=["as-lines", "as-long-texts"])
def test_readings_back_from_a_place_answer_as_the_expressions_they_replace(monkeypatch, long):
    """(c) At every place of generated texts and of the tuning lines with a colon, each read
    as a line, then as a long text (names._attending reads a long one otherwise)."""
    if long:
        monkeypatch.setattr(text_wide, "LONG_TEXT", 0)
    texts = _texts(2000, seed=7) + [line for line in LINES if ":" in line][:3000] + [
        "Present: KL, Marisol. Then DY", "Attendees:\n- KL, RB", "In the Matter of A.M.",
        "Termination of Parental Rights of  D.W."]
    answers = set()
    for text in texts:
        for start in range(len(text) + 1):
            opens = names._opens_its_line(text, start)
            assert opens == (not text[:start].strip(" -•*\t").rpartition("\n")[2]), (text, start)
            stop = name_model._stop_before(text, start)
            assert stop == (text[:start].rstrip()[-1:] in ".!?"), (text, start)
            attending = names._attending(text, start)
            assert attending == _attending_plain(text, start), (text, start)
            caption = names._caption_before(text, start)
            assert caption == bool(names._CAPTION_BEFORE.search(text, 0, start)), (text, start)
            answers.update([("opens", opens), ("stop", stop), ("attending", attending),
                            ("caption", caption)])
        assert in_lowercase(text) == text.islower() and in_capitals(text) == text.isupper()
    assert len(answers) == 8  # (each was both true and false somewhere)


def _defined_acronym_plain(text: str, letters: str) -> bool:
    """names.defined_acronym as it was, searching the text for the letters in brackets each
    time it was asked."""
    at = text.find(f"({letters})")
    while at > 0:
        words_before = names._WORDS_BEFORE_A_BRACKET.findall(
            text, max(0, at - 12 * len(letters)), at)
        spelt = [w for w in words_before if w.lower() not in names._ACRONYM_SMALL_WORDS]
        spelt = spelt[-len(letters):]
        if len(spelt) == len(letters) and all(w[0] == c for w, c in zip(spelt, letters)) \
                and not any((bits := names.lexicon().get(w.lower(), 0)) & names.NAME
                            and not bits & (names.WORD | names.COMMON) for w in spelt):
            return True
        at = text.find(f"({letters})", at + 1)
    return False


def test_acronyms_spelt_out_are_found_from_one_reading_of_the_brackets(monkeypatch):
    """(c) names.defined_acronym, which reads what a text holds in brackets once
    (names._in_brackets), answers as the search of the whole text for each word asked about,
    for the capitals of generated texts and of the tuning lines with brackets; and a long
    text of capitals, asked about every one, has its brackets read once."""
    rng = random.Random(11)
    pieces = ["Program", "Improvement", "Plan", "and", "of", "(PIP)", "(PI)", "(P)", "PIP",
              "Child", "Family", "Team", "(CFT)", "CFT", "(", ")", "()", "Jane", "Roe", "(JR)",
              "JR", "Staff:", "AL,", "(AL)", "Alabama", "Legal"]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
             for _ in range(3000)] + [line for line in LINES if "(" in line][:3000]
    answers = set()
    for text in texts:
        for letters in set(re.findall(r"\b[A-Z]{1,5}\b", text)) | {"PIP", "()", "P)"}:
            said = names.defined_acronym(text, letters)
            assert said == _defined_acronym_plain(text, letters), (text, letters)
            answers.add(said)
    assert answers == {True, False}
    reads = []
    monkeypatch.setattr(names, "_BRACKETED", _Counted(names._BRACKETED, reads))
    names._in_brackets.cache_clear()
    scan("Staff: AL, MA, PA. " * 500)
    assert 0 < len(reads) <= 2, len(reads)


class _Counted:
    """A compiled pattern whose findall calls are noted."""

    def __init__(self, pattern, calls):
        self.pattern, self.calls = pattern, calls

    def findall(self, *args):
        self.calls.append(args)
        return self.pattern.findall(*args)


def test_states_named_in_a_text_are_read_once_for_all_its_codes():
    """(d) names._states_talked_of reads the text's states once (_states_in): the same answer as
    a loop over the words, for every state's code of generated notes."""
    from toolkit.privacy.lexicon import REGION, STATE_CODE, lexicon
    from toolkit.privacy.tokens import tokenize

    rng = random.Random(3)
    words_ = ["AL", "MA", "KT", "TX", "moved", "from", "to", "assigned", "Texas", "ICPC", "and",
              "call", "the", "MD", "says"]
    answers = set()
    for _ in range(500):
        text = " ".join(rng.choice(words_) for _ in range(rng.randint(1, 9)))
        toks = tokenize(text, lexicon())
        for k, tok in enumerate(toks):
            if not (tok.bits & STATE_CODE and tok.raw.isupper()):
                continue
            plain = bool(names._STATE_TALK.search(text)) or tok.low in names._ROLE_ABBREVIATIONS \
                or any(o is not tok and (o.bits & REGION or o.bits & STATE_CODE
                                         and o.raw.isupper() and len(o.raw) == 2) for o in toks) \
                or not (k > 1 and toks[k - 1].low == "to" and toks[k - 2].low in names._ASSIGNED) \
                and k > 0 and toks[k - 1].low in names._BEFORE_A_STATE
            said = names._states_talked_of(text, toks, tok)
            assert said == plain, (text, tok.raw)
            answers.add(said)
    assert answers == {True, False}


@pytest.mark.parametrize("piece", [
    "Staff: AL, MA, PA. ", "St. Mary's ", "KL, RB, JT, ", "k.m. ", "Dana Smith, Maria Lopez, "])
def test_a_text_of_one_shape_four_times_as_long_costs_about_four_times_as_much(piece):
    """(a) A piece again and again to 10,000 characters, then to 40,000: the lines of Python
    run, about four times as many; before the mend, 15 times as many for each ("St. Mary's "
    again and again is a text in title case, where each possessive read all the capitalized
    words after it). Rules that read the whole text in C for each word ("[11:20 AM] ", "José "
    again and again) run no more lines of Python: (b) and (c) check their readings instead,
    and bench/privacy.py times them."""
    scan(piece)
    short, long_ = (_lines_run(piece * (size // len(piece))) for size in (10_000, 40_000))
    assert short > 20_000
    assert long_ < 5.5 * short, (short, long_)


def _findings(texts):
    return [[(f.kind, f.start, f.end) for f in scan(text)] for text in texts]


@pytest.mark.parametrize("setting", [
    (text_wide, "LONG_TEXT"), (name_model, "_MANY_TAKEN"), (names, "_MANY_KNOWN")],
    ids=["long-text", "names-taken", "known-names"])
def test_the_shortcuts_for_long_texts_find_what_the_plain_loops_find(monkeypatch, setting):
    """(d) Each shortcut taken always, then never: the same findings on every 20th tuning line
    and on the long texts."""
    module, name = setting
    texts = LINES[::20] + LONG_TEXTS
    monkeypatch.setattr(module, name, 0)
    always = _findings(texts)
    monkeypatch.setattr(module, name, 10**9)
    never = _findings(texts)
    assert always == never
    assert sum(map(len, never[-len(LONG_TEXTS):])) > 100  # (the long texts hold findings)
