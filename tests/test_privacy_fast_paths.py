"""The privacy guard's fast paths find what the slow ones find.

Filters repeat the first checks of the rules they spare, and must follow every change to
those rules:

- find_names with RULES asks a rule before trim_openers_and_closers only if the run's words let
  it give a verdict (names._may_decide, names._word_asks, and for one_word_acting_as_a_person
  the words beside a run of one word, names._may_act_here); given any other tuple of rules it
  asks each in turn. (a) below: the same names, per-word verdicts and trace either way.
- names.pseudonyms, in a line that may say a name is made up, reads who is named for the
  telling (_named_for_the_telling) only in a text holding the last word of one of its
  phrases, and each name's sentence (_in_a_made_up_sentence) only in a text holding a word of
  [made-up-sentence-phrases]. (t) below: the searches find nothing in the others.
- names._may_be_known reads the words of the names found by a binary search of the words'
  starts, not every word of the line. (s) below: the same answers as reading every word.
- places.place_phrase looks a place of several words up in the lexicon's dict alone, not in
  the groups of words a Lexicon keeps out of it. (r) below: none of those groups is a place's,
  and the same answers as Lexicon.get on every run of the lines.
- tokenize picks, once per word, the words lowercase_names may take for a name
  (tokens.lowercase_candidate) and the two-letter words that may be chat initials; without
  them lowercase_names picks its words itself. (b) below: the same names and verdicts.
- tokenize picks, once per word, the words name_model.names may score
  (tokens.scored_candidate); without them names picks its words with is_candidate. (c) below.
- tokenize notes the words that are or hold a number word, and spoken.rewrite skips its own
  search in an ASCII text with none. (d) below: the same rewriting either way.
- tokenize notes, once per piece of text between spaces, whether it holds a digit, three
  capitals in a row, or a capital, a full stop and a capital, which scanner.scan and
  names.rule_names searched the whole text for. (f) below: the same answers either way.
- scanner.scan finds the lengths of a text's runs of digits once, and the detectors of numbers
  answer their first tests with them instead of searching for digits in a row. (e) below: the
  same findings either way.
- tokens._chunk takes a piece of ASCII letters alone, or then one stop (",", "."), for one
  word, and looks for no digit in it, without the regex split; and a piece of ASCII digits
  alone, or then one stop, for one run of digits and no word, without the searches. (g) below:
  the same words, where the split finds them, and the same marks; (m) the same runs.
- numbers._date_spans reads an ASCII text lowercased without IGNORECASE. (h) below: the same
  dates.
- names.pseudonyms tries its pattern only in a line holding the last word of a phrase of it
  (_may_say_made_up), and _KNOWN_NAMES groups its phrases by their first letter. (i) below.
- tokenize notes, once per piece, whether it may hold the start of a keyword of a record or an
  id (MARK_KEYWORD), and record_numbers skips its search for them in an ASCII text with none.
  (k) below: the mark is there wherever the search finds a keyword, the same numbers.
- contacts.emails tries its patterns only on a text holding "@", " at ", "at]", "at)" or "at"
  in capitals, and scanner.scan calls spoken.ranked only where spoken.rewrite may find a
  number word ((d) above). (l) below: the patterns find nothing in the others.
- tokenize notes the lengths of the runs of digits of each piece with MARK_DIGIT, which
  scanner.scan passes to the detectors of numbers instead of numbers.digit_runs(text). (m)
  below: the same runs.
- scanner.scan makes its Findings with findings.finding, not the frozen class's __init__.
  (j) below: the same Findings.
- contacts.phones remembers phonenumbers' verdict on each candidate by its text
  (contacts._Matcher). (o) below: the same matches as the plain matcher, the first time and
  the next.
- casing.lowercase_names reads what each of its tests asks of the word alone as one bit of
  tokens.lowercase_tests, kept with the word's Token. (q) below: the same answers as the
  questions themselves.
- tokenize gives again the Token of a word that no one holds since an earlier text, with its
  new place, instead of building a new one. (p) below: the same Tokens, and those kept never
  change.
- tokenize notes, once per piece, whether it opens with a street's word (MARK_STREET), holds a
  docket's ending (MARK_DOCKET) or three digits, a hyphen and four (MARK_DASHED), and
  contacts.addresses and numbers.record_numbers told of them skip the reading and the
  searches that cannot then succeed. (n) below: the marks are there wherever the searches
  find their shapes, and the same addresses and numbers either way.
- numbers._birth_hint finds the literals of _BIRTH_HINT each from its rarest character, and
  _YEAR_SHAPE opens with a digit. (w) below: the same lines found.
- scanner.scan spares spoken.ranked a text beyond ASCII where tokenize saw no number word and
  no letter matches one from a to z with IGNORECASE (spoken.CASE_DOUBLES). (x) below.
- numbers._number_after looks up its strong links in a set (_strong_link) and tries
  _LAST_DIGITS only in a text holding "last" (_may_say_last). (y) below.
- contacts.addresses tries the streets that need a capital only after a house number followed
  by one (_STREET_NAME_OPENINGS); record_numbers searches for dockets from the piece of the
  first _DOCKET_END; ssns and emails look for "(s" and "dot" before their searches. (z) below.
- name_model.Model.word_score looks each weight up by value alone, with no (template, value)
  pair made. (aa) below: the same sums.
- contacts.emails reads the text lowercased for "at" and "dot"; spoken.rewrite makes its words
  without a call of _Tok.__init__ and tells a run's first word by one set. (bb) below.
- tokens._word reads a word of letters alone without its tests of "'s", clitics, apostrophes
  and hyphens (_letters_word). (cc) below: the same answers as _any_word.
- numbers._date_spans searches an ASCII text from two words before its first digit's piece to
  two words after its last's. (h) above: the same dates.
- numbers.record_numbers searches for keywords, dockets, long numbers and letters before
  digits up to the character after the text's last digit (digits_end), and does not look
  again for a date in a number _looks_like_id took after a weaker link. (dd) below.
- contacts.addresses searches for a town with its ZIP code up to numbers.digits_end, and for
  an apartment only where "apt" or "apartm" stands. (ee) below.
- names._may_hold reads a phrase's words only where its longest word stands, looked for in C
  word by word, not with one search of all the longest words. (ff) below: the same answers as
  reading every phrase.
- tokenize marks a piece holding "@", "at]" or "at)" lowercased, or that is "at" in any case
  (MARK_AT), and scanner.scan calls contacts.emails only in a text with such a piece. (gg)
  below: emails finds nothing in the others, and the marks are the pieces' ((g) above).
- tokenize takes a capitalized word after a space alone, following another word, for no
  sentence's start without reading the gap further. (hh) below: the same starts as reading
  every gap.
- tokenize reads a piece of one word at its start with no _F_ flags from the word's place
  and token length that _chunk gives with the piece, without the loop over its words. (ii)
  below: those are the piece's one word wherever it is such a word, and the same Tokens.
- tokenize gives a word that stands again in a text (or whose Token is kept) its spare Token
  where no one holds that, instead of building one (tokens._again). (jj) below, and (p)
  above: the Tokens kept keep their places, and no Token stands twice in a text.
- scanner.scan returns at once, with no finding, a text where find_names found no name and
  tokenize saw no digit, no piece marked for an e-mail address and no number word (and, beyond
  ASCII, no letter spoken.CASE_DOUBLES holds). (kk) below: the detectors find nothing there.
- scanner._as_typed looks for an odd space and for a dash in C, and reads each dash found by
  itself, instead of translating the text and trying a pattern at every place. (ll) below:
  the same text as the pattern makes.
- contacts.addresses reads a text of ASCII characters lowercased, without IGNORECASE, for a
  street as Poland, Germany or the Netherlands writes one (_ABROAD_HINT_LOWER). (mm) below:
  the same lines found.

On every line of bench/corpus/*.txt (labels taken out) and on lines made from them with
words mixed, cased, cut and punctuated differently (a fixed seed).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from toolkit.privacy import casing, names, scan, wordlists
from toolkit.privacy.lexicon import lexicon
from toolkit.privacy.tokens import MARK_CAPITALS, MARK_DIGIT, MARK_DOTTED, tokenize

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import privacy as bench  # noqa: E402  bench/privacy.py: the corpus reader

_PUNCT = [".", ",", "!", "?", ";", ":", " -", "—", "'s", "’s", "(", ")", "\"", "“", "...",
          "\n", "/", "&", "'"]


def _corpus_lines() -> list[str]:
    """The tuning corpus's texts, labels taken out, as bench/privacy.py reads them."""
    return [example.text for example in bench.load_corpus()]


def _generated(lines: list[str], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    pool = [w for line in lines for w in line.split(" ") if w]
    out = []
    for _ in range(n):
        kind = rnd.random()
        if kind < 0.35:
            a, b = rnd.choice(lines).split(" "), rnd.choice(lines).split(" ")
            words = a[:rnd.randint(0, len(a))] + b[rnd.randint(0, len(b)):]
        else:
            words = [rnd.choice(pool) for _ in range(rnd.randint(1, 16))]
        made = []
        for w in words:
            r = rnd.random()
            if r < 0.1:
                w = w.lower()
            elif r < 0.15:
                w = w.capitalize()
            elif r < 0.17:
                w = w.upper()
            elif r < 0.21:
                w = w.strip(".,!?;:()\"'")
            elif r < 0.26:
                w = w + rnd.choice(_PUNCT)
            elif r < 0.28:
                w = rnd.choice(_PUNCT) + w
            elif r < 0.30:
                w = str(rnd.randint(0, 9999))
            elif r < 0.33:
                w = w[:2].lower()  # two letters: initials typed in chat ("ask kt")
            made.append(w)
        text = " ".join(made)
        out.append(text.lower() if rnd.random() < 0.15 else text)
    return out


_LINES = _corpus_lines()
LINES = _LINES + _generated(_LINES, 4000, seed=20261130)
_EVERY_RULE = tuple(list(names.RULES))  # a new tuple: not RULES itself, so every rule is asked


def test_there_are_lines_to_check():
    assert len(_LINES) > 5000 and len(LINES) > 9000


def test_find_names_asks_only_rules_that_can_decide():
    """(a) find_names(t) as find_names(t, rules=tuple(RULES)), with the same trace."""
    assert _EVERY_RULE is not names.RULES and _EVERY_RULE == names.RULES
    bad = []
    for text in LINES:
        fast, slow = Counter(), Counter()
        toks_f, verdicts_f, spans_f = names.rule_names(text, names.RULES, fast)
        toks_s, verdicts_s, spans_s = names.rule_names(text, _EVERY_RULE, slow)
        if spans_f != spans_s or verdicts_f != verdicts_s or fast != slow:
            bad.append(text)
        elif names.find_names(text) != names.find_names(text, rules=_EVERY_RULE):
            bad.append(text)
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"


@pytest.mark.parametrize("with_verdicts", [False, True])
def test_lowercase_names_reads_the_words_it_can_take(with_verdicts):
    """(b) lowercase_names with tokenize's candidates as with the words it picks itself."""
    lex = lexicon()
    bad = []
    for text in LINES:
        candidates: list[int] = []
        initials: list[int] = []
        toks = tokenize(text, lex, [], candidates, initials)
        fast_v = {} if with_verdicts else None
        slow_v = {} if with_verdicts else None
        fast = casing.lowercase_names(text, toks, lex, fast_v, candidates, initials)
        slow = casing.lowercase_names(text, toks, lex, slow_v)
        if fast != slow or fast_v != slow_v:
            bad.append(text)
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"


def test_the_name_model_reads_the_words_it_can_score():
    """(c) name_model.names with tokenize's scored candidates as with the words it picks
    itself (is_candidate): the same words, and the same names."""
    from toolkit.privacy import name_model
    bad = []
    for text in LINES:
        scored: list[int] = []
        toks, verdicts, spans = names.rule_names(text, names.RULES, None, scored)
        picked = [i for i, tok in enumerate(toks) if name_model.is_candidate(tok)]
        fast = name_model.names(text, toks, verdicts, spans, None, scored)
        slow = name_model.names(text, toks, verdicts, spans)
        if scored != picked or fast != slow:
            bad.append(text)
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"


_SPELT = ["call five oh three", "twenty-five", "the Fifth's", "someone's first", "5five",
          "one_two", "it's forty'ish", "SIX-SEVEN", "ninety.", "(three)", "zero-tolerance"]


def test_spoken_numbers_are_read_only_where_tokenize_saw_a_number_word():
    """(d) spoken.rewrite told by tokenize's spelt list that no word is a number word finds
    what it finds by its own search."""
    from toolkit.privacy import spoken
    bad = []
    for text in LINES + _SPELT + [t.lower() for t in LINES[:2000]]:
        spelt: list[int] = []
        names.find_names(text, spelt=spelt)
        if spoken.rewrite(text, bool(spelt)) != spoken.rewrite(text):
            bad.append(text)
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"


_DIGITS = ["ssn 123-45-6789", "XXX-XX-1234", "***-**-4410", "xx*x*1234", "zip 97201",
           "5 0 3 5 5 5 0 1 4 4", "call 503 555 0144", "dob 030419", "id 12345678", "HPX0038872",
           "A1234-77812", "555-0142", "١٢٣٤٥٦٧٨", "12 3456 78 9012", "x" * 30 + "1234567"]


def test_the_number_detectors_told_the_digit_runs_find_what_they_find_alone():
    """(e) record_numbers, ssns, dates_of_birth, addresses and phones given the lengths of the
    text's runs of digits (as scanner.scan gives them, and spoken.ranked for a text with its
    spelt numbers written in digits) find what their own searches find."""
    from toolkit.privacy import contacts, numbers, spoken
    bad = []
    rewritten = [new for new, segments in map(spoken.rewrite, LINES) if segments]
    assert len(rewritten) > 100
    for text in LINES + _DIGITS + [t + " " + d for t in LINES[:500] for d in _DIGITS[:4]] \
            + rewritten:
        runs = numbers.digit_runs(text)
        if not runs:
            continue  # (scanner.scan asks none of them)
        for detect in (numbers.record_numbers, numbers.ssns, numbers.dates_of_birth,
                       contacts.addresses, contacts.phones):
            if detect(text, runs) != detect(text):
                bad.append((detect.__name__, text))
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"


_MARKED = ["J.R. called", "ABC", "eBAY", "x A.B", "A.b", "Ab.C", "١٢", "²", "ＡＢＣ", "M.O.,",
           "A. B.", "3pm", "I.", "CPS", "k.m.", "(j.r.)", "e.g.,", "a.b", "x.Y.", "ms d",
           "mama t,", "a", "I", "s", "Dr. K.", "d)", "5\ty\n2", "a\tK.\nb", "Row\tK\n1\tN.",
           "V.'s", "(T.’s", "a\tK.'s\nb"]


def test_tokenize_notes_what_searches_of_the_whole_text_find():
    """(f) The MARK_ bits tokenize notes per piece are what names.rule_names and scanner.scan
    searched the whole text for: a digit, three capitals, a capital, a full stop and a
    capital, or a capital with its full stop standing alone ("J. R."); two lowercase letters
    each with its full stop ("k.m."); and a piece of one letter, perhaps with a stop, but
    "a", "i", "s" and their capitals ("ms d")."""
    from toolkit.privacy import tokens
    searches = ((tokens.MARK_DIGIT, re.compile(r"\d")),
                (tokens.MARK_CAPITALS, re.compile(r"[A-Z]{3}")),
                (tokens.MARK_DOTTED,
                 re.compile(r"[A-Z]\.[A-Z]|(?<!\S)[^\w\s]?[A-Z]\.(?:['’]s)?[^\w\s]*(?!\S)")),
                (tokens.MARK_LOWER_DOTTED, re.compile(r"[a-z]\.[a-z]\.")),
                (tokens.MARK_LETTER, re.compile(r"(?<!\S)[b-hj-rt-zB-HJ-RT-Z][,.;:!?]?(?!\S)")))
    lex = lexicon()
    bad = []
    for text in LINES + _MARKED + [" ".join(_MARKED)]:
        marks: list[int] = []
        tokenize(text, lex, marks=marks)
        tested = tokens.MARK_DIGIT | tokens.MARK_CAPITALS | tokens.MARK_DOTTED \
            | tokens.MARK_LOWER_DOTTED | tokens.MARK_LETTER
        if [marks[0] & tested] \
                != [sum(bit for bit, search in searches if search.search(text))]:
            bad.append(text)
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"


def test_the_filters_spare_work():
    """The fast paths are taken: tokenize leaves most words out of lowercase_names."""
    lex = lexicon()
    picked = total = 0
    for text in _LINES[:500]:
        candidates: list[int] = []
        toks = tokenize(text, lex, [], candidates, [])
        picked += len(candidates)
        total += len(toks)
    assert 0 < picked < total / 3


@pytest.mark.parametrize("weight", ["true", "false", '"2.5"', "null", "[1]", "{}"])
def test_the_model_file_check_finds_what_a_weight_by_weight_check_finds(weight):
    """name_model.parse looks at a template's weights' types at once before reading them one by
    one: a weight that is no number is still named, beside numbers of both kinds."""
    from toolkit.privacy import name_model
    text = ('{"threshold": 1.0, "weights": {"w": [["dana", "kemem", "bad"], [2, 0.5, %s], '
            '[1, 1, 1]]}}' % weight)
    with pytest.raises(ValueError, match=r"value 'bad': weight .* is not a number"):
        name_model.parse(text)
    by, _, _ = name_model.parse(
        '{"threshold": 1.0, "weights": {"w": [["dana", "kemem"], [2, 0.5], [1, 1]]}}')
    assert by == {"w": {"dana": 2, "kemem": 0.5}}


def test_the_lexicon_reads_again_every_surname_that_is_a_word():
    """lexicon() reads again only the surnames it noted as words, not every surname: read as
    every surname would be, none would change (a surname that is a rarer word, and no given
    name, has COMMON too)."""
    from toolkit.privacy import lexicon as lx
    flags = lx.from_sources()
    missed = [w for w in lx._names("names-surnames.txt")[0]
              if flags[w] & lx.LAST and flags[w] & lx.WORD and not flags[w] & lx.FIRST
              and not flags[w] & (lx.COMMON | lx.NAME_FIRST)]
    assert not missed, f"{len(missed)} surnames not read again, e.g. {missed[:5]}"


def test_the_rare_given_names_are_those_below_the_count():
    """lexicon._names splits names-given.txt at RARE_BELOW by a binary search over its bytes
    (the file is sorted by count, most frequent first): every name before the split was given
    to at least that many babies, every name after it to fewer, as the counts written in the
    file say."""
    from toolkit.privacy import lexicon as lx

    common, rare = lx._names("names-given.txt", lx.RARE_BELOW)
    counts = {}
    for line in (lx._DATA / "names-given.txt").read_text("ascii").splitlines():
        if line and not line.startswith("#"):
            name, count = line.split()
            counts[name] = int(count)
    assert common and rare and len(common) + len(rare) == len(counts)
    assert all(counts[name] >= lx.RARE_BELOW for name in common)
    assert all(counts[name] < lx.RARE_BELOW for name in rare)
    assert lx._names("names-given.txt", 10**9)[0] == []  # a count above all: every name rare


def test_a_piece_of_letters_alone_is_read_as_the_split_reads_it():
    """(g) tokens._chunk on every piece of text between spaces: the words where the regex
    split of the piece finds them (_SPLIT: every letter, not ASCII only), and the marks of the
    searches (a piece of letters alone is its own street's word: MARK_STREET)."""
    from toolkit.privacy import tokens
    from toolkit.privacy.contacts import STREET_WORDS
    from toolkit.privacy.foreign_digits import DIGIT_WORDS
    lex = lexicon()
    bad = []
    read = 0
    # the words said for "@" in an address spelt out, but "at" ("arroba", "arobase")
    other_at_words = [w for w in wordlists.entries("spelt-email-at-words") if w != "at"]
    assert other_at_words
    for piece in {p for text in LINES for p in text.split(" ")}:
        marks, entries = tokens._chunk(piece, lex)[:2]  # (and its digit runs: (m))
        parts = tokens._SPLIT.split(piece)
        # less an ending in brackets glued to its word, which _chunk drops on purpose
        # ("Child(ren)", "parent(s)", and so "5106a(b)(2)")
        kept = [k for k in range(1, len(parts), 2)
                if not (k > 1 and parts[k - 1] == "(" and parts[k + 1][:1] == ")"
                        and parts[k].islower())]
        where = [len("".join(parts[:k])) for k in kept]
        words = [parts[k] for k in kept]
        want = (MARK_DIGIT if re.search(r"\d", piece) else 0) \
            | (MARK_CAPITALS if re.search("[A-Z]{3}", piece) else 0) \
            | (MARK_DOTTED if re.search(r"[A-Z]\.[A-Z]|^\W?[A-Z]\.(?:['’]s)?\W*$", piece)
               else 0) \
            | (tokens.MARK_LOWER_DOTTED if re.search(r"[a-z]\.[a-z]\.", piece) else 0) \
            | (tokens.MARK_LETTER if re.fullmatch(r"[b-hj-rt-zB-HJ-RT-Z][,.;:!?]?", piece)
               else 0)
        if not piece.isprintable():  # a pasted table's or form's cells, in one piece
            want |= (MARK_DOTTED
                     if re.search(r"(?<!\S)[^\w\s]?[A-Z]\.(?:['’]s)?[^\w\s]*(?!\S)", piece)
                     else 0) \
                | (tokens.MARK_LETTER
                   if re.search(r"(?<!\S)[b-hj-rt-zB-HJ-RT-Z][,.;:!?]?(?!\S)", piece) else 0)
        street = re.match(r"[A-Za-z0-9][A-Za-z0-9'-]*", piece)
        want |= (tokens.MARK_STREET if street and street.group().lower() in STREET_WORDS
                 else 0) \
            | (tokens.MARK_DOCKET if re.search(r"[-A-Z/.]\d{3}", piece) else 0) \
            | (tokens.MARK_DASHED if re.search(r"\d{3}-\d{4}", piece) else 0)
        # (a digit's word of another language, or words of them joined by hyphens: "senk",
        # "пять-пять-пять", foreign_digits.DIGIT_WORDS)
        want |= tokens.MARK_FOREIGN_DIGIT if any(
            DIGIT_WORDS.issuperset(tokens._word_entry(word, lex)[3].split("-"))
            for word in words) else 0  # (the word's low: "Nam's" is "nam")
        folded = piece.lower()
        want |= tokens.MARK_AT if "@" in piece or "at]" in folded or "at)" in folded \
            or "at}" in folded or folded == "at" \
            or any(word in folded for word in other_at_words) else 0
        if [(e[0], _entry_fields(e)[0]) for e in entries] \
                != [(w, len(x)) for w, x in zip(where, words)] \
                or [_entry_fields(e) for e in entries] \
                != [tokens._word_entry(x, lex)[:-1] for x in words] \
                or marks & ~tokens.MARK_KEYWORD != want:
            bad.append(piece)
        read += piece.isalpha() and piece.isascii()
    assert not bad, f"{len(bad)} pieces differ, e.g. {bad[:5]}"
    assert read > 1000


def _entry_fields(entry: tuple) -> tuple:
    """What _word_entry says of a word (but the memo), read back from a piece's entry in
    _chunk: the lengths, the fields of the word's Token in _TOKENS and its _F_ flags."""
    from toolkit.privacy import tokens
    _, tok_length, place, flags = entry
    tok = tokens._TOKENS[place]
    length = tok_length + tok.cut
    lower = 1 if flags & tokens._F_LOWER else 2 if flags & tokens._F_INITIALS else 0
    return (length, tok_length, tok.raw, tok.low, tok.bits, tok.cls, tok.cap, tok.particle,
            tok.poss, lower, bool(flags & tokens._F_SCORED), bool(flags & tokens._F_SPELT))


def _token_fields(toks: list) -> list[tuple]:
    return [(t.start, t.end, t.raw, t.low, t.bits, t.cls, t.cap, t.initial, t.poss,
             t.particle, id(t.memo)) for t in toks]


def test_a_token_is_reused_only_where_no_one_holds_it(monkeypatch):
    """(p) tokenize gives again a word's Token of _TOKENS that no one holds, with its new
    place: every text's Tokens are those it gives while every Token it gave is kept (none is
    then reused), and the Tokens kept keep their places while the same texts are read again;
    no Token stands twice in a text. (The words' cache is not emptied on the way: the lines
    hold more words than _WORDS_MAX, and an emptied cache gives every word a new memo.)"""
    from toolkit.privacy import tokens
    monkeypatch.setattr(tokens, "_WORDS_MAX", 10_000_000)
    lex = lexicon()
    kept = [tokenize(text, lex) for text in LINES]  # (while kept, no Token is free)
    held = [_token_fields(toks) for toks in kept]
    again = [_token_fields(tokenize(text, lex)) for text in LINES]  # each dropped at once
    assert again == held
    assert [_token_fields(toks) for toks in kept] == held
    assert all(len({id(t) for t in toks}) == len(toks) for toks in kept)
    del kept  # (now no one holds them)
    reused = sum(tokenize(text, lex)[0] is tokens._TOKENS[tokens._WORDS[text.split(" ")[0]][1]]
                 for text in _LINES[:200] if text.split(" ")[0].isalpha())
    assert reused > 100  # (and the Tokens are reused: the fast path is taken)


def test_without_counts_of_references_every_word_gets_a_token_of_its_own(monkeypatch):
    """(p) where counts of references say nothing (no global lock, PyPy: tokens._FREE is
    -1), tokenize reuses no Token, and the scanner finds what it finds reusing them."""
    from toolkit.privacy import tokens
    lex = lexicon()
    sample = _LINES[::7]
    reusing = [[(f.kind, f.start, f.end) for f in scan(text)] for text in sample]
    monkeypatch.setattr(tokens, "_REFS", id)
    monkeypatch.setattr(tokens, "_FREE", -1)
    for text in _LINES[:200]:
        first = tokenize(text, lex)
        assert all(tok is not tokens._TOKENS[tokens._WORDS[tok.raw][1]] for tok in first
                   if tok.raw in tokens._WORDS)
    assert [[(f.kind, f.start, f.end) for f in scan(text)] for text in sample] == reusing


def test_the_lowercase_tests_kept_per_word_are_what_each_test_asks_of_the_word():
    """(q) tokens.lowercase_tests, which casing.lowercase_names reads in place of each test's
    questions about the word alone: the same answers as those questions, as lowercase_names
    asked them before, on every word in lowercase of three letters or more."""
    from toolkit.privacy import tokens as t
    from toolkit.privacy.lexicon import (ALSO_WORD, COMMON, FAMILY, FIRST, FUNCTION, LAST,
                                         MONTH, NAME, NOT_NAME, PARTICLE, PERSON_VERB, PLACE,
                                         RARE_GIVEN, ROLE, TITLE, WORD)
    lex = lexicon()
    ng = t.LOWER_NOT_GIVEN
    bad = []
    seen = set()
    for text in LINES:
        for tok in tokenize(text, lex):
            if tok.cap or len(tok.raw) < 3 or tok.raw in seen:
                continue
            seen.add(tok.raw)
            bits, raw, low, poss = tok.bits, tok.raw, tok.low, tok.poss
            asked = {
                t.L_TITLED: bits & NAME and not bits & (ROLE | NOT_NAME | PERSON_VERB),
                t.L_GIVEN: bits & FIRST and not bits & (COMMON | WORD | ALSO_WORD | ng
                                                        | RARE_GIVEN),
                t.L_ALSO: bits & ALSO_WORD and not bits & ng,
                t.L_ACTS: not bits or bits & FIRST and not bits & (ng & ~PARTICLE),
                t.L_ADDRESSED: (not bits or bits & (FIRST | ALSO_WORD)) and not bits & ng
                and (bits or len(raw) >= 3),
                t.L_MONTH: bits & MONTH and bits & FIRST and not bits & (ROLE | NOT_NAME | TITLE),
                t.L_WORD_NAME: bits & FIRST and bits & (COMMON | WORD) and not bits & ng,
                t.L_CHAT_VERB: bits & FIRST and bits & PERSON_VERB
                and not bits & (ng & ~PERSON_VERB),
                t.L_SURNAME_OPENING: bits & LAST and bits & (COMMON | WORD)
                and not bits & (ng | PLACE | FUNCTION | FAMILY | FIRST) and len(raw) > 3
                and low not in t.PHRASAL_PARTICLES,
                t.L_SURNAME_WORD: bits & LAST and bits & (COMMON | WORD)
                and not bits & (ng | FUNCTION | FAMILY) and len(raw) > 3
                and low not in t.PHRASAL_PARTICLES,
                t.L_UNLISTED_S: not bits and low[-1] == "s",
                t.L_GIVEN_S: bits and low[-1] == "s" and not poss
                and lex.get(low[:-1], 0) & FIRST and len(raw) >= 4,
                t.L_SURNAME: bits & LAST and not bits & (FIRST | COMMON | WORD | ng | PLACE
                                                         | FUNCTION),
                t.L_UNLISTED: not bits and len(raw) >= 4 and not poss,
                t.L_UNLISTED_POSS: not bits and len(raw) >= 5 and low[-1] == "s",
            }
            want = sum(bit for bit, yes in asked.items() if yes)
            stem = lex.get(low[:-1], 0) if low[-1] == "s" else 0
            if t.lowercase_tests(raw, low, bits, poss, stem) != want \
                    or tok.lower_tests not in (None, want):
                bad.append(raw)
    assert not bad, f"{len(bad)} words differ, e.g. {bad[:5]}"
    assert len(seen) > 3000


_DATES = ["DOB 3/4/2019", "born MARCH 3, 2016", "the 4th of March, 2019", "Jan-12-2015",
          "12JAN2015", "4 DE MARZO DE 2019", "The Ninth", "3 / 4 / 2019", "2017-04-12",
          "sept 9th", "Sept 9TH, 2010", "José nació el 4 de marzo", "ſept 9", "SEPTEMBER 31st"]


def test_dates_are_found_in_the_lowercased_text_as_in_the_text():
    """(h) numbers._date_spans reads a text of ASCII characters alone lowercased, without
    IGNORECASE, from two words before the piece of its first digit to two words after the
    piece of its last: the same dates as _DATE finds in the whole text as typed, in any
    case."""
    from toolkit.privacy import numbers
    bad = []
    spread = [f"{a} {d}" for a in ("seen March  the\t4th, 2019", "x March.\n4", "Mar-4-2019",
                                    "on the  4th of May", "..3/4/19", "a.b 3/4", "12-Jan-2015")
              for d in ("", "and 3/4/2019", "(born the 9th of June)", "4th  of\tsept. x y",
                        "the 4 de septiembre", "4 septembre", "3/4 z", "2019-04-12")]
    for text in LINES + _DATES + spread + [t.upper() for t in LINES[:3000]] \
            + [t.swapcase() for t in LINES[:3000]]:
        if numbers._date_spans(text) != [m.span() for m in numbers._DATE.finditer(text)]:
            bad.append(text)
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"


def test_the_pseudonym_pattern_is_skipped_only_where_it_cannot_match():
    """(i) names._may_say_made_up is true wherever _PSEUDONYM_AFTER matches after some place,
    and the phrases of public figures grouped by their first letter (_KNOWN_NAMES) match
    what their plain alternation matches."""
    from toolkit.privacy.wordlists import entries
    made_up = [f"{name} {phrase}" for name in ("I'll call her Rosa", "TANYA", "Dana’s")
               for phrase in entries("pseudonym-markers-phrases")]
    made_up += [t.upper() for t in made_up] + ["Rosa (NOT HER REAL NAME)", "Rosa, a Pſeudonym"]
    bad = [text for text in LINES + made_up
           if not names._may_say_made_up(text)
           and any(names._PSEUDONYM_AFTER.match(text, k) for k in range(len(text) + 1))]
    assert not bad, f"{len(bad)} lines skipped, e.g. {bad[:3]}"
    assert all(names._may_say_made_up(text) for text in made_up)
    plain = re.compile(r"(?i)(?<!\w)(?<!\w['’])(?:%s)(?:['’]s|(?<=s)['’])?"
                       r"(?![\w-])(?!['’]\w)"
                       % "|".join(names._phrase_pattern(p) for p in names._KNOWN_PHRASES))
    known = [f"saw {p} today" for p in names._KNOWN_PHRASES] \
        + [p.upper() + "'s" for p in names._KNOWN_PHRASES]
    bad = [text for text in LINES + known
           if [m.span() for m in plain.finditer(text)]
           != [m.span() for m in names._KNOWN_NAMES.finditer(text)]]
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"


def test_a_finding_made_without_init_is_the_finding_init_makes():
    """(j) findings.finding, which fills a Finding's fields without its frozen __init__, makes
    what Finding(...) makes: equal, with the same hash, fields, repr, and still frozen."""
    import dataclasses

    from toolkit.privacy.findings import KINDS, SUGGESTIONS, Finding, finding
    for kind in KINDS:
        fast, slow = finding(kind, 3, 7, "Dana"), Finding(kind, 3, 7, "Dana", SUGGESTIONS[kind])
        assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
        assert dataclasses.asdict(fast) == dataclasses.asdict(slow)
        assert vars(fast) == vars(slow) and list(vars(fast)) == list(vars(slow))
        with pytest.raises(dataclasses.FrozenInstanceError):
            fast.start = 0  # type: ignore[misc]


_KEYWORDS = ["A-Number 201-555-331", "I.D. 4471902", "i-94 4471902", "case#4471902",
             "(MRN)5521087", "x-case 1234567", "o'case 1234567", "Medi-Cal 99812345",
             "caseload 12", "Case No. 2024-118823", "ID: 12345", "5id 12345", "_id 12345"]


def test_keywords_are_searched_for_only_where_tokenize_marked_a_piece():
    """(k) tokenize's MARK_KEYWORD is set in every ASCII text where numbers.record_numbers's
    search finds a keyword, and record_numbers told of the mark finds what it finds alone."""
    from toolkit.privacy import numbers, tokens
    lex = lexicon()
    bad, skipped = [], 0
    for text in LINES + _KEYWORDS + [k.upper() for k in _KEYWORDS] \
            + [t + " " + k for t in LINES[:300] for k in _KEYWORDS]:
        marks: list[int] = []
        tokenize(text, lex, marks=marks)
        marked = bool(marks[0] & tokens.MARK_KEYWORD)
        if text.isascii() and not marked and numbers._KEYWORD_FOUND.search(text):
            bad.append(text)
        runs = numbers.digit_runs(text)
        if numbers.record_numbers(text, runs, marked) != numbers.record_numbers(text, runs):
            bad.append(text)
        skipped += text.isascii() and not marked and bool(runs)
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"
    assert skipped > 1000


_MAILS = ["kim [AT] mail.org", "kim (AT) mail.org", "kim [At] mail.org", "kim At example Dot org",
          "kpatel AT example DOT org", "jrivera@ x.com", "kim [at] mail.org", "kim at example.org",
          "kpatel at example dot org", "j.doe [at] mail [dot] com", "＠", "kim  at  example.org",
          "kim at\texample.org", "kpatel at\texample dot org", "ms.ann at 4u.example.net"]


def test_emails_are_looked_for_only_where_an_at_sign_or_at_stands():
    """(l) contacts.emails's patterns find nothing in a text holding none of "@", " at ",
    "at]", "at)", "at}", "AT", "aT", " At ", "At]" and "At)", nor another word said for "@"
    ("arroba") in any case (its first looks, which spare them)."""
    from toolkit.privacy import contacts
    texts = LINES + _MAILS + [t.upper() for t in LINES[:3000]] + [t.upper() for t in _MAILS]
    other_at_words = [w for w in wordlists.entries("spelt-email-at-words") if w != "at"]

    def skipped(t):
        return "@" not in t and " at " not in t and "at]" not in t and "at)" not in t \
            and "at}" not in t and "AT" not in t and "aT" not in t and " At " not in t \
            and "At]" not in t and "At)" not in t \
            and not any(word in t.lower() for word in other_at_words)
    patterns = (contacts._EMAIL, contacts._BRACKETED_AT, contacts._SPELT_EMAIL,
                contacts._AT_DOMAIN)
    bad = [t for t in texts if skipped(t) and any(p.search(t) for p in patterns)]
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"
    assert sum(skipped(t) for t in texts) > 3000
    assert sum(skipped(t) and "at" in t for t in texts) > 1000  # ("that", "what")
    # and "at" for "@" before a domain is looked for only where its hint stands
    unhinted = [t for t in texts if contacts._AT_DOMAIN.search(t.lower())
                and not contacts._AT_DOMAIN_HINT.search(t.lower())]
    assert not unhinted, unhinted[:3]


_RUNS = ["١٢٣ 45", "x²3 4", "12\t34 5", "12\n34", "a1b22c333", "٣٤-56 ７８", "5 0 3 5 5"]


def test_tokenize_gives_the_digit_runs_digit_runs_finds():
    """(m) The lengths of the runs of digits tokenize notes per piece are those
    numbers.digit_runs finds in the whole text, beyond ASCII too."""
    from toolkit.privacy import numbers
    lex = lexicon()
    bad = []
    for text in LINES + _RUNS + [" ".join(_RUNS)] + [t + " " + r for t in LINES[:500]
                                                    for r in _RUNS]:
        digits: list[int] = []
        tokenize(text, lex, digits=digits)
        if digits != numbers.digit_runs(text):
            bad.append(text)
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"


def test_the_compiled_lexicon_is_what_the_lists_build_today():
    """(x) lexicon() reads data/lexicon-compiled.txt, made by scripts/compile_lexicon.py from
    the word lists: it must hold what the lists build now, word for word."""
    from toolkit.privacy import lexicon as lx
    written = (lx._DATA / lx.COMPILED).read_text(encoding="utf-8")
    assert written == lx.compile_text(lx.from_sources()), \
        "the word lists changed: run .venv/bin/python scripts/compile_lexicon.py"


def test_the_compiled_lexicon_answers_as_the_lists_do():
    """(x) Every word's flags, whether the dict holds it or a group kept out of it does; a
    word on no list is missing, as from a dict."""
    from toolkit.privacy import lexicon as lx
    lex, flags = lx.lexicon(), lx.from_sources()
    assert lex.rare_words() > 50_000 and len(lex) + lex.rare_words() == len(flags)
    assert [w for w, bits in flags.items() if lex.get(w) != bits] == []
    assert [w for w, bits in flags.items() if lex[w] != bits or w not in lex] == []
    for unknown in ("qzxv", "zz top", "", "a b"):
        assert lex.get(unknown) is None and lex.get(unknown, 0) == 0 and unknown not in lex
        with pytest.raises(KeyError):
            lex[unknown]


@pytest.fixture
def fresh_lexicon():
    """lexicon() built anew for the test, and again after it (its cache cleared both times)."""
    from toolkit.privacy import lexicon as lx
    lx.lexicon.cache_clear()
    yield lx
    lx.lexicon.cache_clear()


def test_a_list_edited_since_compiling_is_read_from_the_lists(fresh_lexicon, monkeypatch):
    """(x) When the lists are not those the compiled file was made from (its digest differs),
    or the file is gone, lexicon() builds from the lists: an edit counts at once."""
    lx = fresh_lexicon
    monkeypatch.setattr(lx, "COMPILED_FORMAT", "another")  # the digest no longer matches
    lex = lx.lexicon()
    assert lex.rare_words() == 0 and lex == lx.from_sources()
    lx.lexicon.cache_clear()
    monkeypatch.setattr(lx, "COMPILED_FORMAT", "1")
    monkeypatch.setattr(lx, "COMPILED", "no-such-file.txt")
    lex = lx.lexicon()
    assert lex.rare_words() == 0 and lex["garcia"] & lx.LAST


_SHAPES = ["455 Elm Street, Salem", "3104 SE 82nd Ave", "12 Main St.", "1200 Broadway",
           "1200 broadway", "9 Oak Court", "77 Pine ct,", "(Ave 12", "2024-JV-00123",
           "JV001045", "FC-CLM-20931", "555-0142", "x555-0142y", "١٢٣-٤٥٦٧", "A-١٢٣",
           "12 St-Mary", "4 Way's", "3 st\nrd", "5 Ave\tx", "2\xa0Ave"]


def test_streets_and_number_shapes_are_looked_for_only_where_tokenize_marked_a_piece():
    """(n) MARK_STREET is set wherever contacts._street_end finds a street; MARK_DOCKET and
    MARK_DASHED wherever their searches of the whole text find their shapes; and addresses
    and record_numbers told of the marks find what they find alone."""
    from toolkit.privacy import contacts, numbers, tokens
    lex = lexicon()
    dashed = re.compile(r"\d{3}-\d{4}")
    bad, spared = [], 0
    for text in LINES + _SHAPES + [t + " " + k for t in LINES[:300] for k in _SHAPES]:
        marks: list[int] = []
        tokenize(text, lex, marks=marks)
        mark = marks[0]
        street = bool(mark & tokens.MARK_STREET)
        if not street and any(contacts._street_end(text, number) is not None
                              for number in contacts._HOUSE_NUMBER.finditer(text)):
            bad.append(("street", text))
        if bool(mark & tokens.MARK_DOCKET) != bool(numbers._DOCKET_END.search(text)) \
                or bool(mark & tokens.MARK_DASHED) != bool(dashed.search(text)):
            bad.append(("shape", text))
        runs = numbers.digit_runs(text)
        if not runs:
            continue
        if contacts.addresses(text, runs, street) != contacts.addresses(text):
            bad.append(("addresses", text))
        told = numbers.record_numbers(text, runs, True, bool(mark & tokens.MARK_DOCKET),
                                      bool(mark & tokens.MARK_DASHED))
        if told != numbers.record_numbers(text):
            bad.append(("record_numbers", text))
        spared += not street and bool(contacts._HOUSE_NUMBER.search(text))
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"
    assert spared > 500


_PHONES = ["call 503-555-0144 or 503-555-0145", "(503) 555-0144 x12", "+52 1 55 5555 0147",
           "503.555.01.44", "12/25/2019 503 555 0144", "1-800-555-0199 ext. 4", "555-0142",
           "pages 12-34 and 555-212-3456", "at 10:30 503 5550144", "503-555-0144/0145"]


def test_the_phone_matcher_remembers_what_the_plain_matcher_finds():
    """(o) contacts._Matcher finds what phonenumbers.PhoneNumberMatcher finds (POSSIBLE, "US"),
    with no verdict remembered and with every verdict remembered."""
    import phonenumbers

    from toolkit.privacy import contacts

    def found(matcher):
        return [(m.start, m.end, m.raw_string) for m in matcher]

    texts = [t for t in LINES + _PHONES + [t + " " + p for t in LINES[:200] for p in _PHONES]
             if re.search(r"\d", t)]
    bad = []
    for remembered in (False, True):
        if not remembered:
            contacts._VERIFIED.clear()
        for text in texts:
            plain = found(phonenumbers.PhoneNumberMatcher(
                text, "US", leniency=phonenumbers.Leniency.POSSIBLE))
            if not remembered:
                contacts._VERIFIED.clear()
            if found(contacts._Matcher(text)) != plain:
                bad.append((remembered, text))
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"
    assert len(contacts._VERIFIED) > 100


def test_a_place_of_several_words_is_found_in_the_lexicon_s_dict(monkeypatch):
    """(r) places.place_phrase reads the lexicon's dict with dict.get: the groups of words
    kept out of it (lexicon.Lexicon) carry no PLACE, and on every run of two words or more
    of the lines, dict.get and Lexicon.get give the same place's bit, and place_phrase the
    same answer as where it read them with Lexicon.get."""
    from toolkit.privacy import places
    from toolkit.privacy.lexicon import PLACE
    from toolkit.privacy.tokens import runs
    lex = lexicon()
    assert lex._rare and not any(flags & PLACE for flags, _ in lex._rare)
    bad, asked = [], 0
    for text in LINES:
        toks = tokenize(text, lex)
        for first, last in runs(text, toks):
            for start in range(first, last):
                phrase = " ".join(t.low for t in toks[start:last + 1])
                asked += 1
                if dict.get(lex, phrase, 0) & PLACE != lex.get(phrase, 0) & PLACE:
                    bad.append(phrase)
            found = places.place_phrase(toks, first, last, lex)
            with monkeypatch.context() as before:
                before.setattr(places, "_PHRASE_GET",
                               lambda lx, key, default: lx.get(key, default))
                if places.place_phrase(toks, first, last, lex) != found:
                    bad.append(text)
    assert not bad, f"{len(bad)} differ, e.g. {bad[:3]}"
    assert asked > 1000


def _may_be_known_reading_every_word(text, toks, found) -> bool:
    """names._may_be_known as it read the words before (s): every word of the line, then
    whether it stands in a name found."""
    lowered = None
    for tok in toks:
        phrases = names._PHRASES_BY_WORD.get(tok.low)
        if phrases is None or not any(s <= tok.start < e for s, e in found):
            continue
        if not text.isascii():
            return True
        if lowered is None:
            lowered = text.lower().replace("’", "'")
        if any(all(word in lowered for word in words) for words in phrases):
            return True
    return False


def test_the_words_of_the_names_found_are_found_by_their_starts():
    """(s) names._may_be_known, which finds the words of each name found by a binary search,
    answers as reading every word of the line does: for the names find_names finds, for each
    capitalized word and each run of them alone, and for spans that start or end inside a
    word."""
    from toolkit.privacy.tokens import runs
    lex = lexicon()
    bad, known = [], 0
    for text in LINES + [p for p in names._KNOWN_PHRASES]:
        toks = tokenize(text, lex)
        tries = [names.find_names(text)] + [[(t.start, t.end)] for t in toks if t.cap] \
            + [[(toks[a].start, toks[b].end)] for a, b in runs(text, toks)] \
            + [[(t.start + 1, t.end + 3)] for t in toks[:3]] + [[(0, len(text))]]
        for found in tries:
            answer = names._may_be_known(text, toks, found)
            known += answer
            if answer != _may_be_known_reading_every_word(text, toks, found):
                bad.append((text, found))
    assert not bad, f"{len(bad)} differ, e.g. {bad[:3]}"
    assert known > 100


def test_the_searches_of_made_up_names_are_skipped_only_where_they_find_nothing():
    """(t) names._TELLING_WORDS and names._MADE_UP_WORDS: a text without any of them (lowered)
    is one where _named_for_the_telling finds no name and _MADE_UP no phrase."""
    from toolkit.privacy.wordlists import entries
    made_up = [f"{phrase} {name} today." for name in ("Rosa", '"Rosa"', "the boy Marcus")
               for phrase in entries("naming-for-the-telling-phrases")
               + entries("made-up-sentence-phrases")]
    made_up += [t.upper() for t in made_up] + [t.title() for t in made_up]
    bad, found = [], 0
    for text in LINES + made_up:
        if not text.isascii():
            continue
        lowered = text.lower()
        telling = names._named_for_the_telling(text)
        sentence = names._MADE_UP.search(text) is not None
        found += bool(telling) + sentence
        if telling and not names._may_hold(lowered, names._TELLING_WORDS) \
                or sentence and not names._may_hold(lowered, names._MADE_UP_WORDS):
            bad.append(text)
    assert not bad, f"{len(bad)} lines skipped, e.g. {bad[:3]}"
    assert found > 50


def test_a_famous_name_s_words_are_the_words_tokenize_reads():
    """(u) names.famous_words: the pattern that reads each name of [famous-people-phrases]
    gives the words tokenize gives for it, which is how _famous_spans compares them with a
    line's words (but a name of words and digits, which famous_names leaves out)."""
    from toolkit.privacy.lexicon import lexicon
    from toolkit.privacy.tokens import tokenize
    from toolkit.privacy.wordlists import entries
    lex = lexicon()
    bad, read = [], 0
    for name in entries("famous-people-phrases"):
        words = names.famous_words(name)
        if len(words) < 2 and len(name.split()) > 1:
            assert words not in names.famous_names()[0]
            continue
        read += 1
        if words != tuple(tok.low for tok in tokenize(name, lex)):
            bad.append(name)
    assert not bad, f"{len(bad)} names read otherwise, e.g. {bad[:3]}"
    assert read > 1000


def test_the_titles_and_people_of_works_are_the_words_tokenize_reads():
    """(v) names.story_casts: each title of [casts-of-works-phrases], read by famous_words,
    gives the words tokenize gives for it, and each person is one word as tokenize reads it:
    how _cast_spans compares them with a line's words."""
    from toolkit.privacy.lexicon import lexicon
    from toolkit.privacy.tokens import tokenize
    from toolkit.privacy.wordlists import entries
    lex = lexicon()
    bad, works = [], 0
    for person in names.story_casts():
        if [tok.low for tok in tokenize(person, lex)] != [person]:
            bad.append(person)
    for entry in entries("casts-of-works-phrases"):
        for title in entry.partition("|")[0].split(";"):
            works += 1
            if names.famous_words(title) != tuple(tok.low for tok in tokenize(title, lex)):
                bad.append(title)
    assert not bad, f"{len(bad)} read otherwise, e.g. {bad[:3]}"
    assert works > 30


_CUES = ["DOB 3/4/19", "d.o.b. 3/4/19", "Birth: 3/4", "born 3/4/2019", "b. 3/4/19",
         "turns 6 on 3/4", "bday 3/4", "b-day 3/4", "she'll be 6 on 3/4", "Elijah, 1/7/17, M",
         "Ty,f 3/4/19", "nació el 4 de marzo", "née le 3 mars", "ur. 3.4.2019",
         "народилася 2 квітня 2014", "ipinanganak 3/4", "cumpleaños 3/4", "anniversaire 3/4",
         "cumple el 1er mars", "fèt 5 me 2015",
         "newborn 10/02/24", "b/d 3/4/19", "d/o/b 9-2-91", "DOB 1999", "in 1999", "20 19",
         "3/4/5", "٣/٤/٢٠١٩"]


def test_cues_of_birth_and_years_are_found_from_their_rarest_characters():
    """(w) numbers._birth_hint, which finds each literal of _BIRTH_HINT from its rarest
    character, finds a cue in the lines where _BIRTH_HINT finds one; _YEAR_SHAPE, opening with
    its first digit, in the lines where the pattern as first written finds a year."""
    from toolkit.privacy import numbers
    year_shape = re.compile(r"(?:19|20)\d\d|\d[/.-]\d\d?[/.-]\d")
    bad, cued = [], 0
    texts = LINES + _CUES + [t.upper() for t in _CUES] \
        + [t + " " + c for t in LINES[:300] for c in _CUES]
    for text in texts:
        lowered = text.lower()
        cue = numbers._BIRTH_HINT.search(lowered) is not None
        cued += cue
        if numbers._birth_hint(lowered) != cue \
                or bool(numbers._YEAR_SHAPE.search(text)) != bool(year_shape.search(text)):
            bad.append(text)
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"
    assert cued > 1000


def test_number_words_beyond_ascii_are_looked_for_only_where_tokenize_saw_one():
    """(x) spoken.CASE_DOUBLES holds every letter beyond ASCII that IGNORECASE matches with one
    from a to z; in a text without them, and with no number word tokenize saw (scanner.scan
    then spares spoken.ranked), spoken.rewrite finds nothing."""
    from toolkit.privacy import spoken
    letter = re.compile("[a-z]", re.IGNORECASE)
    doubles = {chr(c) for c in range(0x80, 0x110000) if letter.fullmatch(chr(c))}
    assert doubles == spoken.CASE_DOUBLES
    lex = lexicon()
    bad, spared = [], 0
    texts = LINES + [t + " — né" for t in LINES[:2000]] \
        + ["ſix ſeven", "vier · fünf", "Kıng", "oné two", "SIX — ſIX"]
    for text in texts:
        if text.isascii():
            continue
        spelt: list[int] = []
        tokenize(text, lex, spelt=spelt)
        if not spelt and spoken.CASE_DOUBLES.isdisjoint(text):
            spared += 1
            if spoken.rewrite(text) != (text, []):
                bad.append(text)
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"
    assert spared > 1000


def test_links_and_last_digits_are_read_as_the_patterns_read_them():
    """(y) numbers._strong_link answers as _STRONG_LINK.fullmatch on every word; where
    numbers._may_say_last finds no "last", _LAST_DIGITS matches nowhere; and record_numbers and
    ssns, which then do not try it, find what they find."""
    from toolkit.privacy import numbers
    words = {w.lower() for text in LINES for w in re.findall(r"\S+", text)} \
        | {w + "." for w in ("number", "no", "id", "i.d", "núm", "ıd")} | {"#", ":", "#."}
    bad = [w for w in words
           if numbers._strong_link(w) != bool(numbers._STRONG_LINK.fullmatch(w))]
    assert not bad, f"{len(bad)} words differ, e.g. {bad[:3]}"
    lasts = ["SSN LAST 4 1234", "card laſt four 0082", "Last 4: 4410", "last4 2286"]
    for text in LINES + lasts + [t + " " + k for t in LINES[:300] for k in _KEYWORDS[:3]]:
        if not numbers._may_say_last(text.lower()) and not numbers._may_say_last(text.casefold()) \
                and any(numbers._LAST_DIGITS.match(text, k) for k in range(len(text))):
            bad.append(text)
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"
    assert all(numbers._may_say_last(t.lower()) for t in lasts)


_STREETS = ["at 12 Calle Linda", "400 NE Avenida Sol", "2209 Ave K", "80 County Road 12",
            "400 W Main", "932 S 500 W", "lives at 77 Kimball", "3 E Coli", "17 1/2 Elm St",
            "12 calle linda", "3 kids", "at 10 am", "212 1st Ave", "1420 Calle Ocho Apt 3B",
            "77 rue Saint-Denis"]


def test_streets_after_a_number_are_tried_only_after_a_capital_and_dockets_from_their_piece():
    """(z) contacts.addresses tries _SPANISH_STREET, _TYPE_FIRST, _COMPASS_STREET and
    _RESIDENCE_STREET only where the character after a house number's space is one of
    _STREET_NAME_OPENINGS, or a word of _LOWERCASE_STREET_OPENINGS stands there: elsewhere none
    matches. numbers.record_numbers searches for dockets
    from the piece holding the first _DOCKET_END: the same dockets as from the start. The
    searches spared by a look for "(s" (numbers._FOUR_THEN_SSN) and "dot" (contacts.emails)
    find nothing where it fails."""
    from toolkit.privacy import contacts, numbers
    bad = []
    texts = LINES + _STREETS + _SHAPES + [t + " " + k for t in LINES[:300] for k in _STREETS]
    for text in texts:
        for number in contacts._HOUSE_NUMBER.finditer(text):
            if text[number.end() + 1] in contacts._STREET_NAME_OPENINGS \
                    or text.startswith(contacts._LOWERCASE_STREET_OPENINGS, number.end() + 1):
                continue
            end = number.end()
            if contacts._SPANISH_STREET.match(text, end) or contacts._TYPE_FIRST.match(text, end) \
                    or contacts._COMPASS_STREET.match(text, end) \
                    or contacts._RESIDENCE_STREET.match(text, end):
                bad.append(("street", text))
        first = numbers._DOCKET_END.search(text)
        if first is not None:
            lo = text.rfind(" ", 0, first.start()) + 1
            if [m.span() for m in numbers._DOCKET.finditer(text, lo)] \
                    != [m.span() for m in numbers._DOCKET.finditer(text)]:
                bad.append(("docket", text))
        elif numbers._DOCKET.search(text):
            bad.append(("docket", text))
        if "(s" not in text.casefold() and numbers._FOUR_THEN_SSN.search(text):
            bad.append(("ssn", text))
        if ("dot" in text.lower()) != bool(re.search("dot", text, re.IGNORECASE)):
            bad.append(("dot", text))
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"


def test_a_word_s_own_score_is_the_sum_of_its_features_weights():
    """(aa) name_model.Model.word_score, which looks each weight up by value alone, gives what
    summing the weights of word_features gives, to the last bit, for every word of the lines."""
    from toolkit.privacy import name_model
    model = name_model.model()
    lex = lexicon()
    bad, seen = [], set()
    for text in LINES:
        for tok in tokenize(text, lex):
            key = (tok.raw, tok.poss, tok.bits)
            if key in seen:
                continue
            seen.add(key)
            model._words.pop(key, None)
            slow = sum([model.by.get(t, {}).get(v, 0.0)
                        for t, v in name_model.word_features(tok)]) / model.scale
            if model.word_score(tok) != slow:
                bad.append(tok.raw)
    assert not bad, f"{len(bad)} words differ, e.g. {bad[:3]}"
    assert len(seen) > 5000


def test_emails_and_spelt_numbers_read_as_before():
    """(bb) contacts.emails, which reads the text lowercased for "at" and "dot", finds what its
    five patterns find each tried on every text; spoken._tokens makes the _Tok of each word
    that _Tok(match) makes, and _RUN_OPENERS holds the words _number_word or _ORDINALS
    accept."""
    from toolkit.privacy import contacts, spoken
    def every_pattern(text):
        return [m.span() for m in contacts._EMAIL.finditer(text)
                if contacts._addressed(m.group())] \
            + contacts.spaced_emails(text) \
            + [m.span() for p in (contacts._BRACKETED_AT, contacts._SPELT_EMAIL)
               for m in p.finditer(text)] \
            + [m.span() for m in contacts._AT_DOMAIN.finditer(text)
               if not contacts._ADDRESS_NAME_SIGNS.isdisjoint(m.group(1))
               or not contacts._everyday(m.group(1))]
    texts = LINES + _MAILS + [t.upper() for t in LINES[:3000]] + [t.upper() for t in _MAILS] \
        + [t.title() for t in _MAILS]
    bad = [t for t in texts if contacts.emails(t) != every_pattern(t)]
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"
    for text in LINES[:3000] + _SPELT:
        made = [(t.start, t.end, t.raw, t.low) for t in spoken._tokens(text)]
        if made != [(t.start, t.end, t.raw, t.low)
                    for t in map(spoken._Tok, spoken._TOKEN.finditer(text))]:
            bad.append(text)
        for tok in spoken._tokens(text):
            if (tok.low in spoken._RUN_OPENERS) \
                    != (spoken._number_word(tok) or tok.low in spoken._ORDINALS):
                bad.append(tok.raw)
    assert not bad, f"{len(bad)} differ, e.g. {bad[:3]}"


def test_a_word_of_letters_alone_is_read_as_any_word():
    """(cc) tokens._letters_word gives, for a word of letters alone, what tokens._any_word
    gives: its tests of "'s", clitics, apostrophes and hyphens leave such a word as it is."""
    from toolkit.privacy import tokens
    lex = lexicon()
    words = {w for text in LINES for w in re.findall(r"[^\W\d_]+", text)} \
        | {"Ǆemal", "ǅ", "İstanbul", "ſix", "KELVIN", "Straße", "ΣΟΦΙΑ", "I", "de", "Van"}
    bad = [w for w in words if tokens._letters_word(w, lex) != tokens._any_word(w, lex)]
    assert not bad, f"{len(bad)} words differ, e.g. {bad[:3]}"
    assert len(words) > 5000


def test_number_searches_end_after_the_last_digit():
    """(dd) numbers.record_numbers searches for keywords, dockets, long numbers and letters
    before digits no further than numbers.digits_end: the same dockets, long numbers and
    letters before digits as in the whole text, and the same keywords but those with no digit
    after them; and a number after a weaker link that _looks_like_id takes holds no date, so
    its search for one is spared."""
    from toolkit.privacy import numbers
    bad = []
    texts = LINES + _KEYWORDS + _SHAPES + [t + " " + k for t in LINES[:300] for k in _KEYWORDS] \
        + ["I-94", "I-94x", "case i-94", "id 12345678 i-94.", "FC-CLM-20931 and more words",
           "HPX0038872 x", "12345678.5 or 123456789, ok", "dated 2019-04-12 case 4/5/19 id"]
    for text in texts:
        ends = numbers.digits_end(text)
        for pattern in (numbers._DOCKET, numbers._LONG_DIGITS, numbers._LETTERS_THEN_DIGITS):
            if [m.span() for m in pattern.finditer(text, 0, ends)] \
                    != [m.span() for m in pattern.finditer(text)]:
                bad.append((pattern.pattern[:20], text))
        if not text.isascii():
            continue
        lowered = text.lower()
        kept = [m.span() for m in numbers._KEYWORD_FOUND_LOWER.finditer(lowered, 0, ends)]
        whole = [m.span() for m in numbers._KEYWORD_FOUND_LOWER.finditer(lowered)]
        if kept != whole[:len(kept)] \
                or any(re.search(r"\d", text[s:]) for s, _ in whole[len(kept):]):
            bad.append(("keywords", text))
        for _, word_end in whole:
            found = numbers._number_after(text, word_end)
            if found and found[2] != "strong" \
                    and numbers._looks_like_id(text[found[0]:found[1]], found[2]) \
                    and numbers._DATE.fullmatch(text, found[0], found[1]):
                bad.append(("dated", text))
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"


def test_towns_with_a_zip_code_and_apartments_are_looked_for_as_before():
    """(ee) contacts.addresses searches for a town and its ZIP code no further than
    numbers.digits_end (the same matches as in the whole text), and for an apartment only in
    a text holding "apt" or "apartm" once lowercased (elsewhere _APARTMENT finds nothing)."""
    from toolkit.privacy import contacts, numbers
    places = ["Fresno, CA 93744", "Lincoln NE 68502 and on", "Apt. 12B", "APARTMENT #4",
              "apartment 3", "Apt 2 in Salem, OR 97301-1234 x"]
    bad = []
    for text in LINES + places + [t + " " + p for t in LINES[:300] for p in places]:
        if [m.span() for m in contacts._TOWN_ZIP.finditer(text, 0, numbers.digits_end(text))] \
                != [m.span() for m in contacts._TOWN_ZIP.finditer(text)]:
            bad.append(("zip", text))
        lowered = text.lower()
        if "apt" not in lowered and "apartm" not in lowered and contacts._APARTMENT.search(text):
            bad.append(("apartment", text))
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"


def _holds_a_phrase(lowered: str, phrases) -> bool:
    return any(all(word in lowered for word in phrase) for phrase in phrases)


def test_phrases_of_made_up_names_are_read_only_where_their_longest_word_stands():
    """(ff) names._may_hold: the same answer as reading every phrase's words, on every line
    lowered and on lines holding each phrase, for each of its three sets of phrases."""
    from toolkit.privacy.wordlists import entries
    made_up = [f"{phrase} {name} today." for name in ("Rosa", "the boy Marcus")
               for phrase in entries("naming-for-the-telling-phrases")
               + entries("made-up-sentence-phrases") + entries("pseudonym-markers-phrases")]
    bad, held = [], 0
    for text in LINES + made_up:
        lowered = text.lower()
        for words in (names._PSEUDONYM_WORDS, names._MADE_UP_WORDS, names._TELLING_WORDS):
            expected = _holds_a_phrase(lowered, words.phrases)
            held += expected
            if names._may_hold(lowered, words) != expected:
                bad.append(text)
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"
    assert held > 100


def test_emails_are_read_only_in_a_text_with_a_piece_marked_for_them():
    """(gg) scanner.scan: contacts.emails finds nothing in a text where tokenize marked no
    piece MARK_AT, on every line and on lines with addresses written and spelt in any case."""
    from toolkit.privacy import contacts, tokens
    lex = lexicon()
    addresses = ["kim@example.org", "kpatel AT example DOT org", "kim [At] mail.org",
                 "kim(at)mail(dot)org", "write to dana at gmail.com", "Dana At Gmail Dot Com",
                 "x@y", "AT&T", "at]", "(AT)"]
    texts = LINES + [f"{t} {a}" for t in LINES[:500] for a in addresses] + addresses
    bad, read = [], 0
    for text in texts:
        marks: list[int] = []
        tokens.tokenize(text, lex, marks=marks)
        found = contacts.emails(text)
        read += bool(found)
        if not marks[0] & tokens.MARK_AT and found:
            bad.append(text)
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"
    assert read > 1000


def _opens_a_sentence(text: str, toks: list, k: int) -> bool:
    """Whether toks[k], capitalized, opens a sentence, read from the whole gap before it as
    tokenize read every gap before (hh)."""
    from toolkit.privacy import tokens
    tok = toks[k]
    prev = toks[k - 1] if k else None
    gap = text[prev.end + prev.cut:tok.start] if prev else text[:tok.start]
    core = gap.strip(tokens._OPENER_CHARS)
    if prev is None:
        initial = not core or tokens._LIST_MARKER.fullmatch(core) is not None
    elif core:
        last = core[-1]
        initial = (last in tokens._BOUNDARY and not (
            last == "." and core == "." and (prev.bits & tokens.TITLE_ABBR
                                             or prev.cls == tokens.INITIAL
                                             or prev.low in tokens._JOIN_ABBR))
                   or core == "-" or "\n" in gap)
    else:
        initial = False
    return initial or bool(gap) and gap[-1] in "\"“‘"


def test_a_capitalized_word_after_a_space_alone_opens_no_sentence():
    """(hh) tokenize: every capitalized word's start of a sentence is what reading the whole
    gap before it says, on every line and on lines made from them."""
    lex = lexicon()
    bad, opened = [], 0
    for text in LINES:
        toks = tokenize(text, lex)
        for k, tok in enumerate(toks):
            if tok.cap:
                want = _opens_a_sentence(text, toks, k)
                opened += want
                if tok.initial != want:
                    bad.append((text, tok.raw))
    assert not bad, f"{len(bad)} words differ, e.g. {bad[:3]}"
    assert opened > 1000


def test_a_piece_of_one_plain_word_is_read_without_the_loop_over_its_words():
    """(ii) tokens._chunk: the place and token length it gives for reading a piece without the
    loop are those of the piece's one word, at its start, with no _F_ flags, wherever the
    piece is such a word (and -1 for the place elsewhere); and tokenize gives the same Tokens as building
    each from its piece's words."""
    from toolkit.privacy import tokens
    lex = lexicon()
    bad, plain = [], 0
    for piece in {p for text in LINES for p in text.split(" ")}:
        _, entries, _, _, place, tok_length = tokens._chunk(piece, lex)
        one = len(entries) == 1 and entries[0][0] == 0 and entries[0][3] == 0
        plain += one
        if (place, tok_length if one else None) \
                != ((entries[0][2], entries[0][1]) if one else (-1, None)):
            bad.append(piece)
    for text in LINES[:3000]:
        toks = tokenize(text, lex)
        pos, want = 0, []
        for piece in text.split(" "):
            for offset, tok_length, place, _ in tokens._chunk(piece, lex)[1]:
                tok = tokens._TOKENS[place]
                want.append((pos + offset, pos + offset + tok_length, tok.raw, tok.low))
            pos += len(piece) + 1
        if [(t.start, t.end, t.raw, t.low) for t in toks] != want:
            bad.append(text)
    assert not bad, f"{len(bad)} differ, e.g. {bad[:3]}"
    assert plain > 1000


def test_a_word_standing_again_gets_its_spare_token_where_no_one_holds_it():
    """(jj) tokens._again: a word standing twice in a text gets, the second time, its spare
    Token, the same one text after text while no one holds it, a new one while someone does;
    each with its own place, and the same fields as the word's first Token."""
    from toolkit.privacy import tokens
    lex = lexicon()
    # (from empty caches: tokenize empties them when they are full, which the tests before may
    # have left them nearly, and a spare is then forgotten between two texts)
    tokens._forget()
    text = "the dog saw the cat"
    first = tokenize(text, lex)
    spare = id(first[3])  # (its id: a name for it would hold it; _SPARES keeps it alive)
    assert first[3] is not first[0] and first[3] is tokens._SPARES[tokens._WORDS["the"][1]]
    fields = [(t.start, t.end, t.raw, t.low, t.bits, t.cls, t.cap) for t in first]
    del first
    again = tokenize(text, lex)
    assert id(again[3]) == spare  # (no one held it)
    assert [(t.start, t.end, t.raw, t.low, t.bits, t.cls, t.cap) for t in again] == fields
    kept = tokenize("see the end", lex)  # (both Tokens of "the" held by again)
    assert id(kept[1]) != spare and kept[1] is not again[0]
    assert (kept[1].start, kept[1].end) == (4, 7) and (again[3].start, again[3].end) == (12, 15)
    assert kept[1].raw == "the" and len({id(t) for t in again + kept}) == len(again) + len(kept)


def test_a_text_with_no_name_digit_address_mark_or_number_word_has_no_finding():
    """(kk) scanner.scan's early return: in every line where it returns at once, each other
    detector, asked as scan asks it where the text has a digit, an address's mark, a number
    word or a digit's word of another language, finds nothing."""
    from toolkit.privacy import contacts, foreign_digits, numbers, spoken, tokens
    bad, early = [], 0
    for text in LINES:
        spelt: list[int] = []
        marks: list[int] = []
        runs: list[int] = []
        if names.find_names(text, spelt=spelt, marks=marks, digits=runs) or spelt \
                or marks[0] & (tokens.MARK_DIGIT | tokens.MARK_AT) \
                or marks[0] & tokens.MARK_FOREIGN_DIGIT and foreign_digits.phones(text) \
                or not text.isascii() and not spoken.CASE_DOUBLES.isdisjoint(text):
            continue
        early += 1
        digits = numbers.digit_runs(text)
        if scan(text) or contacts.emails(text) or spoken.ranked(text, False) \
                or any(numbers.record_numbers(text, digits, True, True, True)) \
                or numbers.ssns(text, digits) or numbers.dates_of_birth(text, digits) \
                or contacts.phones(text, digits) or contacts.addresses(text, digits, True):
            bad.append(text)
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"
    assert early > 1000


def _famous_spans_slowly(toks, found):
    """_famous_spans as it read before _famous_lengths: every last word up to the longest
    name's, each run looked up whole."""
    names_, words, firsts, lasts, longest = names.famous_names()
    spans = []
    n = len(toks)
    for k in names._words_found(toks, found):
        if toks[k].low not in words:
            continue
        for first in range(max(0, k - longest + 1), k + 1):
            if toks[first].low not in firsts:
                continue
            for last in range(k, min(n, first + longest)):
                if toks[last].low in lasts \
                        and tuple([tok.low for tok in toks[first:last + 1]]) in names_:
                    spans.append((toks[first].start, toks[last].end))
    return spans


def test_famous_names_are_looked_up_by_their_first_word_and_length():
    """(tt) names._famous_spans, which looks up only the runs of the lengths of the names
    their first word opens: the spans, in order, of trying every last word, around every
    word of every line taken as a name found, and around the names the rules find."""
    lex = lexicon()
    bad, hits = [], 0
    for text in LINES:
        toks = tokenize(text, lex)
        for found in ([(tok.start, tok.end) for tok in toks], names.find_names(text)):
            fast = names._famous_spans(toks, found)
            hits += bool(fast)
            if fast != _famous_spans_slowly(toks, found):
                bad.append(text)
    assert not bad, f"{len(bad)} lines differ, e.g. {bad[:3]}"
    assert hits > 100


def test_pasted_spaces_and_dashes_are_read_as_the_pattern_reads_them():
    """(ll) scanner._as_typed: the same text as translating the odd spaces and replacing, by
    one pattern, each hyphen between letters or digits and each en or em dash between digits,
    on every line, on the lines with their hyphens and spaces made odd, and on a few made so."""
    import re

    from toolkit.privacy import scanner
    pattern = re.compile(rf"(?<=[^\W_])[{scanner._HYPHENS}](?=[^\W_])|(?<=\d)[\u2013\u2014](?=\d)")
    odd = str.maketrans({"-": "\u2011", " ": "\u00a0"})
    made = ["3\u20134\u20132019", "Mon\u2013Fri", "a\u2014b", "\u2011x", "9\u2212", "\u00b2\u20133",
            "\u0663\u2013\u0664", "x_\u2011y", "\u00e9\u2010\u00e8"]
    texts = LINES + [t.translate(odd) for t in LINES[:2000]] + made
    bad = [t for t in texts
           if scanner._as_typed(t) != pattern.sub("-", t.translate(scanner._SPACES))]
    assert not bad, f"{len(bad)} texts differ, e.g. {bad[:3]}"


def test_streets_abroad_are_looked_for_in_the_lowercased_text_as_in_the_text():
    """(mm) contacts._ABROAD_HINT_LOWER in an ASCII text lowercased finds a street abroad in
    the same lines as _ABROAD_HINT with IGNORECASE in the text as typed, in any case; and it
    finds some (every entry of its sections is lowercase, which the lowercased search needs)."""
    from toolkit.privacy import contacts
    streets = ["ul. Dluga 14/3", "UL. DLUGA 14", "Al. Jerozolimskie 100", "Ulica Polna 4",
               "Hauptstrasse 12", "KERKSTRAAT 12a", "Heideweg 5", "Hauptstr. 4", "Am Platz 3",
               "et al. Smith 2019", "Al Johnson 2", "strasse", "a weg 9"]
    texts = [t for t in LINES + streets + [f"{a} {b}" for a in LINES[:500] for b in streets[:4]]
             if t.isascii()]
    texts += [t.upper() for t in texts[:3000]] + [t.swapcase() for t in texts[:3000]]
    found = [bool(contacts._ABROAD_HINT.search(t)) for t in texts]
    bad = [t for t, hit in zip(texts, found)
           if bool(contacts._ABROAD_HINT_LOWER.search(t.lower())) != hit]
    assert not bad, f"{len(bad)} texts differ, e.g. {bad[:3]}"
    assert sum(found) > 100
