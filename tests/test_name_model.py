"""The learned second opinion on names (toolkit/privacy/name_model.py): its shipped weights are
what the training script makes of the corpus today, its fast scoring reads what training read,
it never overrules a rule that set a place or an organisation aside, and a broken weights file
is named with what is wrong in it."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path

import pytest

from toolkit.privacy import name_model, names, tokens
from toolkit.privacy.lexicon import lexicon
from toolkit.privacy.tokens import tokenize

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
import privacy as bench  # noqa: E402


def _trainer():
    spec = importlib.util.spec_from_file_location(
        "train_name_model", REPO / "scripts" / "train_name_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_weights_are_what_the_corpus_trains_today(tmp_path):
    """A corpus line added or a rule changed without re-running the script fails here."""
    trainer = _trainer()
    lines = trainer.training_lines()
    made = tmp_path / "name-model.json"
    trainer.write(trainer.train(trainer.examples_of(lines)), trainer.DEFAULT_THRESHOLD,
                  len(lines), made)
    shipped = REPO / "toolkit" / "privacy" / "data" / name_model.FILE
    assert made.read_text("utf-8") == shipped.read_text("utf-8"), (
        "toolkit/privacy/data/name-model.json is out of date: run "
        ".venv/bin/python scripts/train_name_model.py")


def test_cross_validation_runs_through_the_scanner(capsys):
    """--cv swaps in its own find_names for each model: it must take what scan passes."""
    small = sorted(bench.CORPUS.glob("*.txt"), key=lambda f: f.stat().st_size)[:3]
    shipped = name_model.VETO_BELOW
    _trainer().cross_validate([1.0], files=small, vetoes=[-1.0, 100.0])
    table = capsys.readouterr().out
    assert "name recall" in table and "\n     rules " in table and "\n       1.0 " in table
    # and each veto compared has its row; the shipped one is back in place after
    rows = {line[:10].strip(): line.split() for line in table.splitlines()[1:]}
    assert {"veto -1.0", "veto 100.0"} <= set(rows) and name_model.VETO_BELOW == shipped
    # (a veto above every score lets go every name found by context alone: no more found)
    assert float(rows["veto 100.0"][-3]) <= float(rows["veto -1.0"][-3])


def test_cross_validation_by_folds_leaves_out_groups_of_files(capsys):
    """--folds: each group of files left out in turn, its lines scored by a model trained on
    the others; every file's labels counted once, as when one file at a time is left out."""
    small = sorted(bench.CORPUS.glob("*.txt"), key=lambda f: f.stat().st_size)[:4]
    _trainer().cross_validate([1.0], files=small)
    by_file = capsys.readouterr()
    _trainer().cross_validate([1.0], files=small, folds=2)
    by_fold = capsys.readouterr()
    assert "a fold of" in by_fold.err and "a fold of" not in by_file.err
    # the rules alone read each line the same whichever model is trained: the same row
    assert [line for line in by_fold.out.splitlines() if line.strip().startswith("rules")] \
        == [line for line in by_file.out.splitlines() if line.strip().startswith("rules")]


def test_fast_scores_equal_the_sum_of_the_features_weights():
    model = name_model.model()
    table = model.table
    checked = 0
    for ex in bench.load_corpus(None)[::3]:
        toks, verdicts, _ = names.rule_names(ex.text)
        reg = name_model.register(ex.text, toks)
        for i, tok in enumerate(toks):
            if not name_model.is_candidate(tok):
                continue
            verdict = verdicts.get(i, "")
            slow = sum(table.get(f, 0.0) for f in name_model.features(ex.text, toks, i, verdict))
            fast = model.word_score(tok) + model.context_score(ex.text, toks, i, verdict, reg)
            assert math.isclose(slow, fast, abs_tol=1e-9), (ex.text, tok.raw)
            checked += 1
    assert checked > 1000


# Each sentence also holds a word on no list that the rules leave ("qorvath"): the eager model
# takes it, which shows that it is at work in the sentence.
@pytest.mark.parametrize("text, kept_out", [
    ("She volunteers at Grace Community Church on Sundays, qorvath.", "Grace Community Church"),
    ("We moved the visit to Fort Worth because of qorvath.", "Fort Worth"),
    ("Dad drives a Ford Ranger to the qorvath visits.", "Ford Ranger"),
])
def test_the_model_never_overrules_a_sure_rule(text, kept_out):
    """Even a model that calls every word a name (threshold far below any score) adds nothing
    inside a run that a rule set aside as an organisation, a place or a thing."""
    shipped = name_model.model()
    eager = name_model.Model(shipped.by, -1e9, shipped.scale)
    found = [text[s:e] for s, e in names.find_names(text, model=eager)]
    assert not any(word in kept_out for word in found), found
    assert "qorvath" in found


@pytest.mark.parametrize("text, word, read", [
    ("see JMR re: the subpoena", "JMR", True),  # capitals on no list: perhaps initials
    ("unable to LM, will try again", "LM", False),  # notes' shorthand for a verb
    ("ask NM about the car seat", "NM", True),  # a state's code only, where no state stands
    ("CPS for NM called back", "NM", False),  # ... but after a preposition
    ("the NM/AZ kids", "NM", False),  # ... or beside a slash
    ("the CFT met on Friday", "CFT", False),  # an acronym the lists hold
    ("When did you go?", "When", False),  # a function word alone
])
def test_the_model_reads_unlisted_capitals_the_rules_set_aside(text, word, read):
    """name_model.sure_not_a_name: an acronym alone is no name to the rules
    (names.lone_word_never_a_name), a verdict the model does not overrule, but for two or three
    capitals on no list (or a state's code only, where no state stands), which may be a
    person's initials, but after "to"."""
    toks, verdicts, _ = names.rule_names(text)
    i = next(k for k, tok in enumerate(toks) if tok.raw == word)
    assert verdicts.get(i) == "lone_word_never_a_name"
    assert name_model.sure_not_a_name(text, toks, i, verdicts[i]) is not read


@pytest.mark.parametrize("text, register", [
    ("ask deb if she can cover the 3pm visit", "l"),
    ("CALL BACK RE: VISIT", "U"),
    ("Notes From The Family Team Meeting With Grandma", "T"),
    ("Dana said the visit went well.", "m"),
    ("Hi Deb", "m"),  # too short to call a title
])
def test_the_register_says_how_the_line_is_written(text, register):
    assert name_model.register(text, tokenize(text, lexicon())) == register


# A given name that is an everyday word is scored in lowercase too, as chat writes names, but
# for the virtues ("hope ran out" reads like "destiny came home"); capitalized, or on no list,
# the model scores it; an English word no name list holds, never. A given name that is a
# title's word or a month is scored capitalized only.
@pytest.mark.parametrize("text, word, scored", [
    ("hope ran out by the end of the hearing", "hope", False),
    ("faith is at her core", "faith", False),
    ("sunny can cover my 2pm", "sunny", True),
    ("Hope was at the hospital overnight", "Hope", True),
    ("texted hibaaq about the ride", "hibaaq", True),
    ("the court report is due", "court", False),
    ("talked to woods about it", "woods", False),  # a surname that is a word, no given name
    # a given name that is a title's word or a month, capitalized; never in lowercase, nor a
    # title or a month that no one is named
    ("Justice got his braces off", "Justice", True),
    ("June cried at the end of the visit", "June", True),
    ("talked about justice for the family", "justice", False),
    ("the hearing is in june", "june", False),
    ("Judge Ortiz signed it", "Judge", False),
    ("the visit moved to July", "July", False),
])
def test_which_words_the_model_scores(text, word, scored):
    toks = tokenize(text, lexicon())
    tok = next(t for t in toks if t.raw == word)
    assert name_model.is_candidate(tok) is scored
    assert tokens.scored_candidate(tok.raw, tok.low, tok.bits) is scored


def test_an_everyday_word_in_lowercase_must_pass_a_margin():
    """A lowercase everyday word must score LOWER_WORD_MARGIN above the threshold; the same
    word capitalized, only the threshold."""
    text = "sunny can cover my 2pm"
    toks = tokenize(text, lexicon())
    i = next(k for k, t in enumerate(toks) if t.raw == "sunny")
    weights = name_model.model()
    score = weights.word_score(toks[i]) + weights.context_score(
        text, toks, i, "", name_model.register(text, toks))
    between = name_model.Model(weights.by, score - name_model.LOWER_WORD_MARGIN / 2, weights.scale)
    assert name_model.LOWER_WORD_MARGIN > 0
    assert name_model.names(text, toks, {}, [], between) == []
    below = name_model.Model(weights.by, score - name_model.LOWER_WORD_MARGIN * 2, weights.scale)
    assert name_model.names(text, toks, {}, [], below) == [(toks[i].start, toks[i].end)]


def test_the_model_lets_go_only_a_name_found_by_context_alone():
    """name_model.vetoed drops a one-word name that name_in_context found, where the model's
    score is below VETO_BELOW, and keeps it above; a name after a title or acting as a person
    it never drops, whatever the score."""
    weights = name_model.model()
    sure_no, sure_yes = dict(weights.table), dict(weights.table)
    sure_no[("w", "marisol")] = -50.0
    sure_yes[("w", "marisol")] = 50.0
    no = name_model.Model.from_table(sure_no, weights.threshold)
    yes = name_model.Model.from_table(sure_yes, weights.threshold)
    for text, verdict in (("Marisol came by the office today", "name_in_context+"),
                          ("I talked with Ms. Marisol about it", "after_a_title+"),
                          ("Marisol called me", "one_word_acting_as_a_person+")):
        toks, verdicts, spans = names.rule_names(text)
        i = next(k for k, tok in enumerate(toks) if tok.raw == "Marisol")
        assert verdicts[i] == verdict and spans == [(toks[i].start, toks[i].end)]
        assert name_model.vetoed(text, toks, verdicts, spans, yes) == spans
        dropped = verdict == "name_in_context+"
        assert name_model.vetoed(text, toks, verdicts, spans, no) == ([] if dropped else spans)
    assert name_model.VETO_BELOW < weights.threshold


def test_the_model_adds_names_the_rules_miss_and_can_be_switched_off():
    """On the corpus it was trained on, the model finds names the rules alone miss, and lets
    go only names the rules found by context alone (name_model.vetoed); with model=False,
    find_names is the rules alone (a name the rules found inside a chat's handle is found
    whole, "@l.ortiz" for "ortiz": covered, not let go)."""
    added = 0
    for ex in bench.load_corpus(None):
        rules = set(names.find_names(ex.text, model=False))
        both = set(names.find_names(ex.text))
        toks, verdicts, spans = names.rule_names(ex.text)
        kept = set(name_model.vetoed(ex.text, toks, verdicts, spans))
        for s, e in rules - (set(spans) - kept):
            assert any(a <= s and e <= b for a, b in both), (ex.where, ex.text[s:e])
        labels = [(s, e) for kind, s, e in ex.labels if kind == "name"]
        added += sum(1 for s, e in both - rules if any(s < b and a < e for a, b in labels))
    assert added >= 20


def test_a_broken_weights_file_is_named_with_what_is_wrong():
    with pytest.raises(ValueError, match=r"name-model\.json: template 'w', value 'dana': "
                                         r"weight 'heavy' is not a number"):
        name_model.parse('{"threshold": 1.0, "weights": {"w": [["dana"], ["heavy"], [1]]}}')
    with pytest.raises(ValueError, match=r"name-model\.json: template 'w', value 'kemem': "
                                         r"weight None is not a number"):
        name_model.parse('{"threshold": 1.0, "weights": {"w": [["dana", "hibaaq", "kemem"], '
                         '[2, null], [2, 1]]}}')
    with pytest.raises(ValueError, match=r"name-model\.json:3: not valid JSON"):
        name_model.parse('{"threshold": 1.0,\n "weights": {"w": [[], [], []]},\n oops}')
    with pytest.raises(ValueError, match=r"name-model\.json: expected an object with a number "
                                         r"\"threshold\""):
        name_model.parse('{"weights": {}}')
    # each template three lists: its values (texts, each once), their weights once each and
    # how many values have each weight (whole numbers of 1 or more, adding up to the values)
    for lists, wrong in (('{"dana": 2}', "expected three lists"),
                         ('[["dana"], [2]]', "expected three lists"),
                         ('[["dana", "kemem"], [2], [1, 1]]', "expected three lists"),
                         ('[["dana"], [2], [1], [1]]', "expected three lists"),
                         ('[[7], [2], [1]]', "value 7 is not a text"),
                         ('[["dana", "kemem"], [2], [1]]', "adding up to its 2 values"),
                         ('[["dana"], [2, 3], [1, 0]]', "whole numbers of 1 or more"),
                         ('[["dana"], [2], [1.0]]', "whole numbers of 1 or more"),
                         ('[["dana", "kemem", "dana"], [2, 1], [2, 1]]',
                          "value 'dana' is given twice")):
        with pytest.raises(ValueError, match=r"name-model\.json: template 'w': .*" + wrong):
            name_model.parse('{"threshold": 1.0, "weights": {"w": %s}}' % lists)
    by, threshold, scale = name_model.parse(
        '{"threshold": 0.5, "weights": {"w": [["dana", "hibaaq", "kemem"], [-1, 2.25], [1, 2]]}}')
    assert by == {"w": {"dana": -1, "hibaaq": 2.25, "kemem": 2.25}}
    assert threshold == 0.5 and scale == 1
    assert by["w"]["hibaaq"] is by["w"]["kemem"]  # one object a weight (parse)
    # the weights in 1/scale, as the script writes them; a scale that is no whole number named
    by, threshold, scale = name_model.parse(
        '{"threshold": 0.5, "scale": 100, "weights": {"w": [["dana"], [225], [1]]}}')
    assert name_model.Model(by, threshold, scale).weight(("w", "dana")) == 2.25
    for scale in ('0', '2.5', '"100"', 'true'):
        with pytest.raises(ValueError, match=r"perhaps a whole \"scale\""):
            name_model.parse('{"threshold": 0.5, "scale": %s, "weights": {}}' % scale)
