"""Scenarios: a choice is saved only when checked, every check is kept, feedback follows the data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import yaml

import toolkit
from helpers import failing_store
from toolkit.notices import Notice
from toolkit.standards import load
from toolkit.store import DB_NAME, Store, open_store
from toolkit.widgets import Scenario

CURRICULUM = Path(__file__).resolve().parent.parent / "data" / "curriculum"

pytestmark = pytest.mark.usefixtures("new_kernel")


def _raw(scenario_id: str) -> dict:
    """The scenario as written in its data file, read without the toolkit."""
    raw = yaml.safe_load((CURRICULUM / f"{scenario_id[0]}.yaml").read_text(encoding="utf-8"))
    return next(s for s in raw["scenarios"] if s["id"] == scenario_id)


def _log(home: Path, item_id: str) -> list[str]:
    with sqlite3.connect(home / DB_NAME) as db:
        return [r[0] for r in db.execute("SELECT value FROM answer_log WHERE item_id=? "
                                         "ORDER BY seq", (item_id,))]


def _best(raw) -> dict:
    return next(o for o in raw["options"] if o.get("best"))


def _wrong(raw) -> list[dict]:
    return [o for o in raw["options"] if not o.get("best")]


ALL_SCENARIOS = [s["id"] for p in sorted(CURRICULUM.glob("[h-q].yaml"))
                 for s in yaml.safe_load(p.read_text(encoding="utf-8"))["scenarios"]]


@pytest.mark.parametrize("scenario_id", ALL_SCENARIOS)
def test_every_scenario_of_every_clause_is_built_from_its_data(scenario_id):
    raw = _raw(scenario_id)
    built = toolkit.scenario(scenario_id)
    assert isinstance(built, Scenario), repr(built)
    shown = load().options_shown(scenario_id)  # the best option moves round the positions
    assert built.choice.options == tuple((o.text, o.id) for o in shown)
    assert sorted(built.choice.options) == sorted((o["text"], o["id"]) for o in raw["options"])
    assert built.choice.value is None
    assert built.feedback.value == "" and built.reveal.value == ""
    assert built.section == scenario_id[0]
    text = repr(built)
    assert len(text) <= 110 and "Run All Cells" in text  # ipywidgets cuts plain text at 110


def test_choosing_saves_nothing_until_checked(new_kernel):
    built = toolkit.scenario("m-s1")
    built.choice.value = "m-s1-a"
    assert open_store().get("m-s1") is None
    assert "Not saved yet" in built.status.value
    built.check.click()
    assert open_store().get("m-s1") == "m-s1-a"
    assert "Saved at" in built.status.value


def test_check_without_a_choice_says_so_and_saves_nothing(new_kernel):
    built = toolkit.scenario("m-s2")
    built.check.click()
    assert "Choose an option first" in built.status.value
    assert open_store().history("m-s2") == []


def test_wrong_then_right_keeps_both_attempts_and_reveals_the_follow_up(new_kernel):
    raw = _raw("m-s1")
    wrong, best = _wrong(raw)[0], _best(raw)
    built = toolkit.scenario("m-s1")

    built.choice.value = wrong["id"]
    built.check.click()
    assert "not the strongest choice" in built.feedback.value
    assert _escaped(wrong["feedback"]) in built.feedback.value
    assert raw["follow_up"] not in built.reveal.value
    assert "try another option" in built.reveal.value

    built.choice.value = best["id"]
    built.check.click()
    assert "This is the strongest choice." in built.feedback.value
    assert _escaped(best["feedback"]) in built.feedback.value
    assert _escaped(raw["follow_up"]) in built.reveal.value
    assert _log(new_kernel, "m-s1") == [f'"{wrong["id"]}"', f'"{best["id"]}"']


def test_two_wrong_attempts_reveal_the_best_option(new_kernel):
    raw = _raw("j-s2")
    first, second = _wrong(raw)[:2]
    built = toolkit.scenario("j-s2")
    for option in (first, second):
        built.choice.value = option["id"]
        built.check.click()
    assert built.attempts == 2
    assert _escaped(_best(raw)["text"]) in built.reveal.value
    assert _escaped(raw["follow_up"]) in built.reveal.value


def test_the_same_wrong_option_twice_counts_as_two_attempts(new_kernel):
    raw = _raw("h-s1")
    wrong = _wrong(raw)[0]
    built = toolkit.scenario("h-s1")
    built.choice.value = wrong["id"]
    built.check.click()
    built.check.click()
    assert _escaped(_best(raw)["text"]) in built.reveal.value
    assert len(open_store().history("h-s1")) == 2


def test_rebuilt_from_the_store_shows_the_last_choice_and_its_feedback(new_kernel):
    import toolkit.store as store_module

    raw = _raw("m-s3")
    wrong = _wrong(raw)[0]
    first = toolkit.scenario("m-s3")
    first.choice.value = wrong["id"]
    first.check.click()
    shown = (first.feedback.value, first.reveal.value)

    for opened in store_module._open.values():  # as if the kernel restarted
        opened.close()
    store_module._open.clear()

    again = toolkit.scenario("m-s3")
    assert again.choice.value == wrong["id"] and again.saved_choice == wrong["id"]
    assert (again.feedback.value, again.reveal.value) == shown
    assert again.attempts == 1
    assert "brought back" in again.status.value
    again.choice.value = _wrong(raw)[1]["id"]
    again.check.click()  # the second attempt, counted across the restart
    assert _escaped(_best(raw)["text"]) in again.reveal.value


def test_moving_the_choice_after_checking_changes_nothing_saved(new_kernel):
    """The radio-focus trap: an arrow key moves the choice, but only a check saves it."""
    built = toolkit.scenario("m-s1")
    built.choice.value = "m-s1-b"
    built.check.click()
    feedback = built.feedback.value
    for option in ("m-s1-c", "m-s1-a"):  # ArrowDown, ArrowRight
        built.choice.value = option
    assert open_store().get("m-s1") == "m-s1-b"
    assert _log(new_kernel, "m-s1") == ['"m-s1-b"']
    assert built.feedback.value == feedback
    assert "Not saved yet" in built.status.value


def test_a_failed_check_says_why_and_keeps_the_stored_feedback(store_home):
    store = failing_store(store_home)
    section, scenario = load().scenario("m-s1")
    built = Scenario(section, scenario, store, "clause (m)")
    built.choice.value = "m-s1-b"
    built.check.click()
    assert "NOT saved: the disk is full" in built.status.value
    assert "coco-unsaved" in built.status.value
    assert built.feedback.value == "" and built.attempts == 0 and built.saved_choice is None
    assert Store(store_home).get("m-s1") is None
    store.close()


def test_an_unknown_scenario_is_a_plain_notice():
    result = toolkit.scenario("m-s99")
    assert isinstance(result, Notice)
    assert "no scenario 'm-s99'" in result.body and "Traceback" not in repr(result)


def _escaped(text: str) -> str:
    from html import escape

    return escape(" ".join(text.split()))


def test_an_unexpected_error_in_a_click_is_a_red_line_not_a_traceback(new_kernel, capfd):
    built = toolkit.scenario("m-s1")

    def broken(*args, **kwargs):
        raise RuntimeError("something inside Coco broke")

    built.save = broken
    built.choice.value = "m-s1-b"
    built.check.click()
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err and "something inside" not in out + err
    assert "coco-unsaved" in built.status.value and "NOT saved" in built.status.value
    assert "Traceback" in (new_kernel / "coco.log").read_text(encoding="utf-8")
    assert open_store().get("m-s1") is None
