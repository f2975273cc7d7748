"""Progress is a pure function of the data's ids and the answers; the display follows saves."""

from __future__ import annotations

import gc

import pytest

import toolkit
from toolkit.completion import section_progress, workshop_progress
from toolkit.standards import load
from toolkit.store import open_store
from toolkit.widgets import Progress


def _complete_answers(curriculum, letters="hijklmnopq") -> dict:
    """Answers that complete the given clauses: a scenario option each, text for each prompt."""
    answers = {}
    for letter in letters:
        parts = curriculum.parts(letter)
        answers.update({s.id: s.options[-1].id for s in parts.scenarios})
        answers.update({r.id: "I will ask my supervisor first." for r in parts.reflection_prompts})
    return answers


def test_nothing_answered_counts_zero_of_each_part():
    curriculum = load()
    p = section_progress(curriculum.parts("m"), {}, "title")
    parts = curriculum.parts("m")
    assert (p.habits_ticked, p.habits) == (0, len(parts.checklist))
    assert (p.scenarios_answered, p.scenarios) == (0, len(parts.scenarios))
    assert (p.reflections_written, p.reflections) == (0, len(parts.reflection_prompts))
    assert not p.complete and not p.started


def test_counts_only_what_is_an_answer():
    parts = load().parts("m")
    scenarios = parts.scenarios
    answers = {
        parts.checklist[0].id: True, parts.checklist[1].id: False,  # unticked is not a tick
        scenarios[0].id: scenarios[0].options[0].id,
        scenarios[1].id: "m-s9-z",                                  # not one of its options
        parts.reflection_prompts[0].id: "   ",                      # blank is not written
        parts.reflection_prompts[1].id: "A real reflection.",
        "h-c1": True,                                               # another clause's answer
    }
    p = section_progress(parts, answers)
    assert (p.habits_ticked, p.scenarios_answered, p.reflections_written) == (1, 1, 1)
    assert p.started and not p.complete
    assert p.counts() == (f"1 of {len(parts.checklist)} habits ticked · 1 of {len(scenarios)} "
                          f"scenarios answered · 1 of {len(parts.reflection_prompts)} "
                          "reflections written")


def test_complete_needs_every_scenario_and_reflection_but_no_habit():
    curriculum = load()
    answers = _complete_answers(curriculum, "m")
    assert section_progress(curriculum.parts("m"), answers).complete
    one_less = dict(answers)
    one_less.pop(curriculum.parts("m").reflection_prompts[1].id)
    assert not section_progress(curriculum.parts("m"), one_less).complete


def test_a_section_with_nothing_to_complete_is_never_complete():
    assert not section_progress(load().parts("welcome"), {}).complete


def test_workshop_progress_lists_the_ten_clauses_in_order_with_minutes():
    curriculum = load()
    rows = workshop_progress(curriculum, _complete_answers(curriculum, "hq"))
    assert [r.section for r in rows] == list("hijklmnopq")
    assert [r.complete for r in rows] == [True] + [False] * 8 + [True]
    assert all(r.minutes == curriculum.clauses[r.section].content.minutes.total for r in rows)
    assert rows[0].title == curriculum.clauses["h"].content.title


@pytest.mark.usefixtures("new_kernel")
def test_the_display_updates_when_an_answer_is_saved_in_the_same_kernel():
    clause = toolkit.progress("m")
    overall = toolkit.progress()
    assert isinstance(clause, Progress) and isinstance(overall, Progress)
    assert "0 of 3 scenarios answered" in clause.value
    assert "0 of 10 clauses complete" in overall.value

    scenario = toolkit.scenario("m-s1")
    scenario.choice.value = "m-s1-b"
    scenario.check.click()
    assert "1 of 3 scenarios answered" in clause.value

    curriculum = load()
    store = open_store()
    for item_id, value in _complete_answers(curriculum, "m").items():
        kind = "scenario" if "-s" in item_id else "reflection"
        store.save(item_id, value, section="m", kind=kind)
    assert "Complete" in clause.value and "Not complete" not in clause.value
    assert "1 of 10 clauses complete" in overall.value
    assert len(repr(clause)) <= 110 and len(repr(overall)) <= 110


@pytest.mark.usefixtures("new_kernel")
def test_a_display_that_is_gone_does_not_hold_up_saves():
    toolkit.progress("m")  # displayed once, then the cell is run again: the old one is dropped
    gc.collect()
    store = open_store()
    store.save("m-c1", True, section="m", kind="checklist")
    assert all(ref() is not None for ref in store._listeners)
    assert store.get("m-c1") is True


@pytest.mark.usefixtures("new_kernel")
def test_a_failing_display_never_fails_a_save():
    store = open_store()

    def broken(saved, section):
        raise RuntimeError("a display broke")

    store.listen(broken)
    store.save("m-c2", True, section="m", kind="checklist")
    assert store.get("m-c2") is True
    assert broken not in [ref() for ref in store._listeners]


def test_section_work_lists_what_was_ticked_and_written():
    from toolkit.completion import section_work

    parts = load().parts("m")
    answers = {parts.checklist[1].id: True, parts.checklist[2].id: False,
               parts.reflection_prompts[0].id: "I read the number back.",
               parts.reflection_prompts[1].id: "  ",
               parts.coaching_questions[0].id: "Ask about texting."}
    work = section_work(parts, answers)
    assert work.habits == [parts.checklist[1].text]
    assert work.reflections == [(parts.reflection_prompts[0].text, "I read the number back.")]
    assert work.notes == [(parts.coaching_questions[0].text, "Ask about texting.")]
