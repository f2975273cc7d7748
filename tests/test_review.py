"""check-data's review: fair answer keys, no realistic identities, plain language.

Each rule is shown to pass on our data and to fail, with file, clause and field, on a copy
broken the way the first edition was.
"""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from toolkit.__main__ import main
from toolkit.review import MAX_POSITION_SHARE, answer_keys, identities, reading, review
from toolkit.standards import _load_cached, load


def _edit(data_dir, letter, change):
    path = data_dir / "curriculum" / f"{letter}.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(raw)
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _load_cached.cache_clear()  # load() keeps one curriculum per folder: read the edit
    return load(data_dir)


def _fields(problems) -> list[tuple[str, str, str]]:
    return [(p.file, p.clause, p.field) for p in problems]


def test_our_curriculum_passes_the_review():
    found = review(load())
    assert found.problems == [], "\n\n".join(map(str, found.problems))


def test_shown_positions_of_the_best_option_are_spread():
    curriculum = load()
    positions = Counter()
    for letter in curriculum.clauses:
        for s in curriculum.parts(letter).scenarios:
            shown = curriculum.options_shown(s.id)
            assert sorted(o.id for o in shown) == sorted(o.id for o in s.options)
            positions[[o.best for o in shown].index(True)] += 1
    assert max(positions.values()) <= MAX_POSITION_SHARE * sum(positions.values())
    assert curriculum.options_shown("m-s1") == load().options_shown("m-s1")  # stable


def test_best_options_that_are_always_the_longest_are_reported(data_copy):
    def pad_best(raw):
        for s in raw["scenarios"]:
            best = next(o for o in s["options"] if o.get("best"))
            best["text"] = best["text"] + " Then write down what you did and why, in the record."

    found = answer_keys(_edit(data_copy, "h", pad_best))
    assert ("curriculum/h.yaml", "(h)", "scenarios > options") in _fields(found.problems)
    assert any("longest in 3 of 3" in p.what or "longest in" in p.what for p in found.problems)


def test_a_best_option_always_in_one_place_is_reported(monkeypatch):
    curriculum = load()

    def best_first(self, scenario_id):
        _, scenario = self.scenario(scenario_id)
        return sorted(scenario.options, key=lambda o: not o.best)

    monkeypatch.setattr(type(curriculum), "options_shown", best_first)
    found = answer_keys(curriculum)
    assert ("curriculum/", "(all)", "scenarios > options > best") in _fields(found.problems)
    assert any("position 1" in p.what for p in found.problems)


def test_feedback_that_does_not_name_the_clause_is_reported(data_copy):
    def vague(raw):
        raw["scenarios"][1]["options"][0]["feedback"] = "This would not be wise here."

    found = answer_keys(_edit(data_copy, "j", vague))
    scenario = load(data_copy).clauses["j"].content.scenarios[1]
    field = (f"scenarios[2] ({scenario.id}) > options[1] ({scenario.options[0].id}) > feedback")
    assert ("curriculum/j.yaml", "(j)", field) in _fields(found.problems)


def test_a_full_name_beside_an_age_is_reported(data_copy):
    def name_and_age(raw):
        raw["scenarios"][0]["situation"] += " Wanjiru Kamau, aged fifteen, is in the room."

    found = identities(_edit(data_copy, "q", name_and_age))
    hits = [p for p in found.problems if "beside an age" in p.what and "Wanjiru" in p.what]
    assert [(p.file, p.clause) for p in hits] == [("curriculum/q.yaml", "(q)")]
    assert "Wanjiru Kamau" in hits[0].what and "stands beside an age" in hits[0].what


def test_a_name_used_in_two_clauses_is_reported(data_copy):
    _edit(data_copy, "h", lambda raw: raw["scenarios"][0].update(
        situation=raw["scenarios"][0]["situation"] + " Ottoline Brandvold calls later."))
    curriculum = _edit(data_copy, "p", lambda raw: raw["scenarios"][0].update(
        situation=raw["scenarios"][0]["situation"] + " Later, Ottoline said she would call."))
    found = identities(curriculum)
    hits = [p for p in found.problems if "Ottoline" in p.what]
    assert [(p.file, p.clause) for p in hits] == [("curriculum/p.yaml", "(p)")]
    assert "clause (h) too" in hits[0].what


HARD = ("Notwithstanding jurisdictional heterogeneity, organizational confidentiality "
        "considerations necessitate comprehensive interdisciplinary deliberation regarding "
        "authorization documentation, institutional accountability, administrative "
        "responsibilities and professional obligations concerning unauthorized redisclosure.")


def test_hard_prose_and_long_sentences_are_reported(data_copy):
    def obscure(raw):
        raw["summary"] = HARD
        for s in raw["scenarios"]:
            for o in s["options"]:
                o["text"] = HARD
                o["feedback"] = HARD + " Clause (l) applies."

    found = reading(_edit(data_copy, "l", obscure))
    fields = _fields(found.problems)
    assert ("curriculum/l.yaml", "(l)", "(participant text)") in fields
    assert ("curriculum/l.yaml", "(l)", "summary") not in fields  # 27 words: under the limit
    assert any(line.startswith("  (l) grade") for line in found.lines)


def test_check_data_prints_the_review_and_fails_on_its_problems(data_copy, capsys):
    _edit(data_copy, "q", lambda raw: raw["scenarios"][0].update(
        situation=raw["scenarios"][0]["situation"] + " Wanjiru Kamau, aged 15, waits outside."))
    assert main(["check-data", str(data_copy)]) == 1
    out, err = capsys.readouterr()
    assert "Answer keys:" in out and "Reading (grade at most 12" in out
    assert "curriculum/q.yaml: clause (q)" in err and "beside an age" in err


@pytest.mark.parametrize("letter", list("hijklmnopq"))
def test_every_clause_has_a_reading_line(letter):
    assert any(line.startswith(f"  ({letter}) grade") for line in reading(load()).lines)
