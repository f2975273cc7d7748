"""A keyboard-only participant: every control reached with Tab / Shift+Tab, used with keys.

Runs on any clause: ``COCO_BROWSER_CLAUSE=k`` (default "i"); the notebook is found by
``-clause-<letter>-`` in its name and the ids come from the clause's data file. The only
thing not done from the keyboard is Run All (a JupyterLab command, not part of Coco).

In JupyterLab the arrow keys do not move between a Coco scenario's options: ipywidgets draws
each option as a radio button of its own (no shared ``name``, so no native radio group), and
with the notebook in command mode JupyterLab takes ArrowUp/Down (move to another cell) and
ArrowLeft/Right (heading navigation) for itself. Options are reached with Tab and chosen with
Space. What matters for the answers is proved here: arrow keys pressed on a focused option
never change what is stored, and the status line never claims a choice is saved when it is not.
"""

from __future__ import annotations

import os
import time

import pytest
from jupyter_page import (
    PANEL,
    clause_data,
    focused_name,
    log_rows,
    notebook_for,
    open_notebook,
    option,
    option_texts,
    run_all,
    stored,
    tab_until,
    text_of,
    wait_stored,
)
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

LETTER = os.environ.get("COCO_BROWSER_CLAUSE", "i").strip().lower()
WAIT_MS = 30_000
QUIET_S = 1.5  # how long a key that must change nothing is given to change something

BOXES = f"{PANEL} .coco-checklist input[type=checkbox]"
SCENARIO = f"{PANEL} .coco-scenario"
TEXTS = f"{PANEL} .coco-reflections .coco-guarded-text"

# Is the focused element the n-th match of a selector (within the k-th match of another)?
NTH = """(e, [outer, k, inner, n]) => {
  const scope = k === null ? document : document.querySelectorAll(outer)[k];
  return !!scope && [...scope.querySelectorAll(inner)].indexOf(e) === n;
}"""
IN_SCENARIO_RADIO = """(e, [outer, k, except]) => {
  const radios = [...document.querySelectorAll(outer)[k].querySelectorAll('input[type=radio]')];
  const at = radios.indexOf(e);
  return at >= 0 && at !== except;
}"""


def _checked(scenario) -> list[int]:
    radios = scenario.locator(".coco-options input[type=radio]")
    return [i for i in range(radios.count()) if radios.nth(i).is_checked()]


def test_a_clause_can_be_answered_from_the_keyboard_alone(page, lab, tmp_path):
    data = clause_data(LETTER)
    habits = [item["id"] for item in data["checklist"]]
    scenarios = data["scenarios"]
    prompts = data["reflection_prompts"]
    notebook = notebook_for(lab, LETTER)
    try:
        open_notebook(page, lab, notebook)
        run_all(page, f"{PANEL} .coco-progress")
        page.wait_for_function(
            "([b, s, nb, ns]) => document.querySelectorAll(b).length === nb && "
            "document.querySelectorAll(s).length === ns",
            arg=[BOXES, SCENARIO, len(habits), len(scenarios)], timeout=WAIT_MS)

        # A habit: Tab to the first one not yet ticked, tick it with Space.
        boxes = page.locator(BOXES)
        free = [i for i in range(len(habits)) if not boxes.nth(i).is_checked()]
        assert free, f"every habit of clause ({LETTER}) is ticked already"
        box = free[0]
        tab_until(page, NTH, arg=[None, None, BOXES, box])
        assert focused_name(page) == " ".join(data["checklist"][box]["text"].split())
        page.keyboard.press("Space")
        wait_stored(lab, habits[box], True)
        expect(boxes.nth(box)).to_be_checked()

        # A scenario: Tab to an option other than the saved one, choose it with Space; that
        # saves nothing. Tab to "Check my answer", press Enter: that saves it.
        spec = scenarios[0]
        sid = spec["id"]
        text_of_option = {o["id"]: " ".join(o["text"].split()) for o in spec["options"]}
        best = next(o["id"] for o in spec["options"] if o.get("best"))
        before = stored(lab, sid)
        choice = best if before != best else next(o for o in text_of_option if o != best)
        scenario = page.locator(SCENARIO).nth(0)
        shown = option_texts(scenario)  # the order on screen, which need not be the data's
        at = shown.index(text_of_option[choice])
        status = scenario.locator(":scope > :last-child")  # the line under every exercise
        rows = len(log_rows(lab, sid))
        tab_until(page, NTH, arg=[SCENARIO, 0, ".coco-options input[type=radio]", at])
        assert focused_name(page) == text_of_option[choice]
        page.keyboard.press("Space")
        expect(option(scenario, text_of_option[choice])).to_be_checked()
        expect(status).to_contain_text("Not saved yet", timeout=WAIT_MS)
        assert stored(lab, sid) == before and len(log_rows(lab, sid)) == rows

        tab_until(page, NTH, arg=[SCENARIO, 0, ".coco-check-answer", 0], limit=len(shown) + 2)
        assert "Check my answer" in focused_name(page)
        page.keyboard.press("Enter")
        wait_stored(lab, sid, choice)
        expect(scenario.locator(".coco-feedback")).to_have_count(1, timeout=WAIT_MS)
        expect(status).to_contain_text("Saved at", timeout=WAIT_MS)
        assert [v for _, _, v in log_rows(lab, sid)][rows:] == [choice]

        # The radio-focus trap is harmless: back on an option, ArrowDown and ArrowRight change
        # nothing stored, and the status matches what the screen shows.
        tab_until(page, IN_SCENARIO_RADIO, key="Shift+Tab", arg=[SCENARIO, 0, -1], limit=20)
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowRight")
        time.sleep(QUIET_S)
        assert stored(lab, sid) == choice
        assert len(log_rows(lab, sid)) == rows + 1
        if _checked(scenario) == [at]:
            assert "Saved at" in text_of(status), text_of(status)
        else:
            assert "Not saved yet" in text_of(status), (_checked(scenario), text_of(status))

        # A new choice from the keyboard says it is not saved, and is not.
        tab_until(page, IN_SCENARIO_RADIO, key="Shift+Tab", arg=[SCENARIO, 0, at])
        page.keyboard.press("Space")
        expect(status).to_contain_text("Not saved yet", timeout=WAIT_MS)
        time.sleep(QUIET_S)
        assert _checked(scenario) != [at]
        assert stored(lab, sid) == choice
        assert len(log_rows(lab, sid)) == rows + 1

        # A reflection: Tab into it, replace its text, and it is saved once typing pauses.
        text = f"A short note typed from the keyboard alone, clause ({LETTER})."
        tab_until(page, NTH, arg=[None, None, f"{TEXTS} textarea", 0])
        assert focused_name(page) == " ".join(prompts[0]["text"].split())
        page.keyboard.press("Control+a")
        page.keyboard.type(text, delay=20)
        wait_stored(lab, prompts[0]["id"], text)
        expect(page.locator(TEXTS).nth(0).locator(".coco-saved")).to_contain_text(
            "Saved at", timeout=WAIT_MS)
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        print(f"screenshot: {tmp_path / 'failure.png'}")
        raise


def test_arrow_keys_move_between_a_scenarios_options(page, lab):
    data = clause_data(LETTER)
    spec = data["scenarios"][-1]
    sid, count = spec["id"], len(spec["options"])
    open_notebook(page, lab, notebook_for(lab, LETTER))
    run_all(page, f"{PANEL} .coco-progress")
    last = len(data["scenarios"]) - 1
    page.wait_for_function("([s, n]) => document.querySelectorAll(s).length === n",
                           arg=[SCENARIO, len(data["scenarios"])], timeout=WAIT_MS)
    scenario = page.locator(SCENARIO).nth(last)
    before, rows = stored(lab, sid), len(log_rows(lab, sid))
    tab_until(page, NTH, arg=[SCENARIO, last, ".coco-options input[type=radio]", 0])
    page.keyboard.press("Space")
    expect(scenario.locator(".coco-options input[type=radio]").nth(0)).to_be_checked()
    page.keyboard.press("ArrowDown")
    # The next option is chosen (not saved), and the focus stays in the group.
    expect(scenario.locator(".coco-options input[type=radio]").nth(1 % count)).to_be_checked(
        timeout=5_000)
    assert page.evaluate(f"(arg) => ({IN_SCENARIO_RADIO})(document.activeElement, arg)",
                         [SCENARIO, last, -1]), "the focus left the options"
    assert stored(lab, sid) == before and len(log_rows(lab, sid)) == rows
