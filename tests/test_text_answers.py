"""Free text: saved as typed, but only once the privacy guard has passed it or it was confirmed."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

import toolkit
from helpers import failing_store
from toolkit.standards import load
from toolkit.store import DB_NAME, Store, open_store
from toolkit.widgets import CoachingQuestions, GuardedText, Reflections
from toolkit.widgets.debounce import Debouncer

pytestmark = pytest.mark.usefixtures("new_kernel")

FLAGGED = "I called Brenda at 555-214-8890 about the visit."  # Dana would pass: the scenarios invent her
CLEAN = "I called the foster parent about the visit."


def _logged(home: Path) -> list[str]:
    if not (home / DB_NAME).exists():
        return []
    with sqlite3.connect(home / DB_NAME) as db:
        return [r[0] for r in db.execute("SELECT value FROM answer_log ORDER BY seq")]


def _area(section="m", item="m-r1", delay=0.0) -> GuardedText:
    built = toolkit.reflections(section)
    assert isinstance(built, Reflections), repr(built)
    area = built.areas[item]
    area.debouncer.delay = delay
    return area


def test_the_guard_is_loaded_when_the_widget_is_built_not_on_the_first_keystroke():
    from toolkit.privacy import lexicon
    from toolkit.widgets import text

    lexicon.lexicon.cache_clear()
    text.warm_guard.cache_clear()
    toolkit.reflections("m")
    assert lexicon.lexicon.cache_info().currsize == 1


def test_clean_text_is_saved_and_said_so(new_kernel):
    area = _area()
    area.text.value = CLEAN
    assert open_store().get("m-r1") == CLEAN
    assert "Saved at" in area.status.value and "coco-saved" in area.status.value
    assert area.findings.value == "" and area.confirm.layout.display == "none"
    assert open_store().history("m-r1")[0].value == CLEAN


def test_while_a_save_waits_the_status_says_not_saved_yet(new_kernel):
    area = _area(delay=30)
    area.text.value = CLEAN
    assert "Not saved yet" in area.status.value and "coco-pending" in area.status.value
    assert open_store().get("m-r1") is None
    area.flush()
    assert open_store().get("m-r1") == CLEAN and "Saved at" in area.status.value


def test_identifying_text_is_shown_in_place_and_never_written(new_kernel):
    area = _area()
    area.text.value = FLAGGED
    assert open_store().get("m-r1") is None
    assert not any("555" in v for v in _logged(new_kernel))
    shown = area.findings.value
    assert "looks like a phone number" in shown and "looks like a name" in shown
    assert "“Brenda”" in shown and "characters 10–15" in shown  # what, and where
    assert "Use a role instead of a name" in shown  # the suggestion
    assert "<mark class='coco-flag'>555-214-8890</mark>" in shown
    assert area.confirm.layout.display is None
    assert "Not saved yet" in area.status.value and "Saved at" not in area.status.value

    area.text.value = CLEAN  # the participant edits them out
    assert open_store().get("m-r1") == CLEAN
    assert area.findings.value == "" and area.confirm.layout.display == "none"
    assert not any("555" in v or "Brenda" in v for v in _logged(new_kernel))


def test_confirming_saves_the_flagged_words_but_new_ones_block_again(new_kernel):
    area = _area()
    text = "Hope was the word the youth kept using."
    area.text.value = text
    if open_store().get("m-r1") is None:  # flagged as a name: confirm it
        area.confirm.click()
    assert open_store().get("m-r1") == text

    area.text.value = FLAGGED
    assert open_store().get("m-r1") == text  # the phone number and name are new: blocked
    area.confirm.click()
    assert open_store().get("m-r1") == FLAGGED
    area.text.value = FLAGGED + " She said 555-214-8890 is her cell."
    assert open_store().get("m-r1") == FLAGGED + " She said 555-214-8890 is her cell."


def test_saved_text_comes_back_and_its_confirmed_words_stay_confirmed(new_kernel):
    import toolkit.store as store_module

    area = _area()
    area.text.value = FLAGGED
    area.confirm.click()
    for opened in store_module._open.values():
        opened.close()
    store_module._open.clear()

    again = _area()
    assert again.text.value == FLAGGED and "brought back" in again.status.value
    again.text.value = FLAGGED + " It went well."
    assert open_store().get("m-r1") == FLAGGED + " It went well."


def test_clearing_the_text_is_saved_too(new_kernel):
    area = _area()
    area.text.value = CLEAN
    area.text.value = ""
    assert open_store().get("m-r1") == ""
    assert "now empty" in area.status.value


def test_a_failed_save_keeps_the_text_on_screen_and_says_it_is_not_saved(store_home):
    store = failing_store(store_home)
    prompt = load().parts("m").reflection_prompts[0]
    area = GuardedText("m", prompt.id, prompt.text, store, "clause (m)", delay=0)
    area.text.value = CLEAN
    assert area.text.value == CLEAN  # never thrown away: the participant can copy it
    assert "NOT saved: the disk is full" in area.status.value
    assert "coco-unsaved" in area.status.value and "Saved at" not in area.status.value
    assert Store(store_home).get(prompt.id) is None
    store.close()


def test_coaching_questions_carry_private_notes_for_a_supervisor_conversation(new_kernel):
    built = toolkit.coaching_questions("m")
    assert isinstance(built, CoachingQuestions)
    questions = load().parts("m").coaching_questions
    assert list(built.notes) == [q.id for q in questions]
    assert "supervisor or coach" in built.children[1].value
    assert all(q.text in n.text.description for q, n in zip(questions, built.notes.values()))
    note = built.notes[questions[0].id]
    note.debouncer.delay = 0
    note.text.value = "Ask about the texting policy."
    rows = open_store().records()
    assert [(r["item_id"], r["kind"]) for r in rows] == [(questions[0].id, "reflection")]
    assert len(repr(built)) <= 110


def test_a_commitment_keeps_its_text_and_target_date_together(new_kernel):
    from datetime import date

    plan = toolkit.action_plan()
    first = next(iter(plan.commitments.values()))
    first.debouncer.delay = 0
    first.text.value = "I will lock my phone after one minute."
    assert open_store().get(first.item_id) == {"text": "I will lock my phone after one minute.",
                                                "date": None}
    first.date.value = date(2027, 1, 15)
    assert open_store().get(first.item_id)["date"] == "2027-01-15"
    first.text.value = "I will call Brenda at 555-214-8890."  # flagged: not saved
    first.date.value = date(2027, 2, 1)  # the date is saved with the last text that passed
    assert open_store().get(first.item_id) == {"text": "I will lock my phone after one minute.",
                                                "date": "2027-02-01"}
    again = toolkit.action_plan().commitments[first.item_id]
    assert again.date.value == date(2027, 2, 1)
    assert again.text.value == "I will lock my phone after one minute."


def test_the_debouncer_runs_once_after_a_burst_of_keystrokes():
    calls = []
    done = threading.Event()

    def callback():
        calls.append(time.monotonic())
        done.set()

    debouncer = Debouncer(callback, delay=0.05)
    for _ in range(10):
        debouncer.poke()
    assert debouncer.waiting and calls == []
    assert done.wait(5)
    time.sleep(0.1)
    assert len(calls) == 1 and not debouncer.waiting
    debouncer.poke()
    debouncer.flush()  # runs now, and the timer it replaced never fires
    time.sleep(0.1)
    assert len(calls) == 2
