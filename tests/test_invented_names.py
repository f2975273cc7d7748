"""The scenarios' invented people may be named in reflections; nobody else may."""

from __future__ import annotations

import yaml

from toolkit.invented import allowed_names_or_none, invented_names
from toolkit.privacy import scan
from toolkit.standards import load


def _situations(curriculum) -> list[str]:
    return [s.situation for letter in curriculum.clauses
            for s in curriculum.parts(letter).scenarios]


def test_the_names_are_those_the_guard_finds_in_the_situations():
    curriculum = load()
    expected = {f.text for text in _situations(curriculum) for f in scan(text)
                if f.kind == "name"}
    assert invented_names(curriculum) == frozenset(expected)
    assert invented_names(curriculum) is invented_names(curriculum)  # built once, then kept
    assert not {"Medicaid", "Title", "Monday"} & invented_names(curriculum)


def test_a_new_scenario_person_is_allowed_and_a_stranger_is_not(data_copy):
    path = data_copy / "curriculum" / "h.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw["scenarios"][0]["situation"] = ("Wanjiru Kamau, a foster mother, asks a caseworker what "
                                        "the insurer will be told about the visit.")
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    names = invented_names(load(data_copy))
    assert "Wanjiru Kamau" in names
    assert [f.kind for f in scan("I would have told Wanjiru the same.",
                                 allowed_names=names)] == []
    assert [(f.kind, f.text) for f in scan("I would have told Tanya the same.",
                                           allowed_names=names)] == [("name", "Tanya")]


def test_a_broken_curriculum_allows_no_names_rather_than_failing(data_copy, monkeypatch):
    (data_copy / "curriculum" / "h.yaml").write_text("clause: [unclosed", encoding="utf-8")
    monkeypatch.setenv("COCO_DATA", str(data_copy))
    assert allowed_names_or_none() == frozenset()
