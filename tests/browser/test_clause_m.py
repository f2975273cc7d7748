"""A participant completes clause (m) in a real JupyterLab and Chromium, and nothing is lost.

Ticks, scenarios (a wrong answer, then the right one), and two reflections typed at human
speed; the first holds a name and a phone number, which the privacy guard flags and which
never reach the store, not even its append-only log. Then the kernel is killed (SIGKILL, as a
crash would), the page reloaded and the notebook run again: everything is shown as it was left.
Last, the action plan gathers the clause's work and writes the private takeaway file.
"""

from __future__ import annotations

import os
import re
import signal
import stat

import pytest
from jupyter_page import (
    PANEL,
    clause_data,
    kernel_id_for,
    kernel_pids,
    kernel_ready,
    last_seq,
    log_rows,
    off_machine,
    open_notebook,
    option,
    record_requests,
    restart_kernel,
    run_all,
    stored,
    text_of,
    wait_stored,
    wait_until,
)
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

NOTEBOOK = "06-clause-m-electronic-transmission.ipynb"
PLAN = "11-action-plan.ipynb"
DATA = clause_data("m")
HABITS = [item["id"] for item in DATA["checklist"]]
SCENARIOS = {s["id"]: {o["id"]: o["text"] for o in s["options"]} for s in DATA["scenarios"]}
BEST = {s["id"]: next(o["id"] for o in s["options"] if o.get("best")) for s in DATA["scenarios"]}
WRONG = next(o for o in SCENARIOS["m-s1"] if o != BEST["m-s1"])  # m-s1-a
REFLECTIONS = [p["id"] for p in DATA["reflection_prompts"]]
TICKED = ["m-c1", "m-c4", "m-c9"]
PHONE, NAME = "555-214-8890", "Dana"
FLAGGED = f"I called {NAME} at {PHONE} about the visit."
CLEAN = "I called the foster parent about the visit."
SECOND = "They would want a call, not a voicemail that says why I am calling."
HUMAN_MS = 60  # a keystroke every 60 ms: fast typing, with no pause the debouncer would take
WAIT_MS = 30_000

BOXES = f"{PANEL} .coco-checklist input[type=checkbox]"
SCENARIO = f"{PANEL} .coco-scenario"
TEXTS = f"{PANEL} .coco-reflections .coco-guarded-text"
PROGRESS = f"{PANEL} .coco-progress"


def _run_clause(page):
    run_all(page, PROGRESS)
    page.wait_for_function(
        "([b, s, t, nb, ns, nt]) => document.querySelectorAll(b).length === nb && "
        "document.querySelectorAll(s).length === ns && "
        "document.querySelectorAll(t + ' textarea').length === nt",
        arg=[BOXES, SCENARIO, TEXTS, len(HABITS), len(SCENARIOS), len(REFLECTIONS)],
        timeout=WAIT_MS)


def _check(page, sid: str, option_id: str):
    """Choose an option (found by its text, in whatever order it is shown) and check it."""
    scenario = page.locator(SCENARIO).nth(list(SCENARIOS).index(sid))
    option(scenario, SCENARIOS[sid][option_id]).click()
    scenario.locator(".coco-check-answer").click()
    return scenario


def _type(page, area, text: str, delay: int = HUMAN_MS):
    """Replace a text area's text from the keyboard, as a participant would."""
    area.click()
    page.keyboard.press("Control+a")
    page.keyboard.type(text, delay=delay)


def _expect_as_left(page, lab):
    """What the participant left: ticks, last choices with feedback, texts, completion."""
    boxes = page.locator(BOXES)
    shown = [HABITS[i] for i in range(len(HABITS)) if boxes.nth(i).is_checked()]
    assert set(TICKED) <= set(shown), shown
    assert shown == [item for item in HABITS if stored(lab, item) is True]
    for index, (sid, options) in enumerate(SCENARIOS.items()):
        scenario = page.locator(SCENARIO).nth(index)
        for option_id, text in options.items():
            assert option(scenario, text).is_checked() == (option_id == BEST[sid]), option_id
        assert "This is the strongest choice." in text_of(scenario.locator(".coco-feedback"))
        assert "Your coach might ask" in text_of(scenario.locator(".coco-reveal"))
    areas = page.locator(f"{TEXTS} textarea")
    assert [areas.nth(0).input_value(), areas.nth(1).input_value()] == [CLEAN, SECOND]
    expect(page.locator(PROGRESS)).to_contain_text("Your progress in clause (m): ✓ Complete",
                                                   timeout=WAIT_MS)


def test_a_participant_completes_clause_m_and_a_killed_kernel_loses_nothing(page, lab, tmp_path):
    requested = record_requests(page)
    try:
        open_notebook(page, lab, NOTEBOOK)
        _run_clause(page)
        start = last_seq(lab)
        earlier_checks = len(log_rows(lab, "m-s1"))  # another test may have answered it

        # Habits: each tick is on disk as soon as it shows as ticked.
        boxes = page.locator(BOXES)
        for item in TICKED:
            boxes.nth(HABITS.index(item)).click()
            wait_stored(lab, item, True)

        # Scenario 1: a wrong answer first, then the strongest one.
        s1 = _check(page, "m-s1", WRONG)
        expect(s1.locator(".coco-feedback")).to_contain_text("This is not the strongest choice.",
                                                             timeout=WAIT_MS)
        wait_stored(lab, "m-s1", WRONG)
        if earlier_checks == 0:  # a first wrong attempt: no answer given away yet
            expect(s1.locator(".coco-try-again")).to_have_count(1, timeout=WAIT_MS)
            expect(s1.locator(".coco-reveal")).to_have_count(0)
        s1 = _check(page, "m-s1", BEST["m-s1"])
        expect(s1.locator(".coco-feedback")).to_contain_text("This is the strongest choice.",
                                                             timeout=WAIT_MS)
        expect(s1.locator(".coco-reveal")).to_contain_text("Your coach might ask",
                                                           timeout=WAIT_MS)
        wait_stored(lab, "m-s1", BEST["m-s1"])
        for sid in ("m-s2", "m-s3"):
            scenario = _check(page, sid, BEST[sid])
            expect(scenario.locator(".coco-reveal")).to_contain_text("Your coach might ask",
                                                                     timeout=WAIT_MS)
            wait_stored(lab, sid, BEST[sid])

        # Reflection 1: a name and a phone number, typed at human speed, are flagged, not saved.
        first = page.locator(TEXTS).nth(0)
        area = first.locator("textarea")
        _type(page, area, FLAGGED)
        findings = first.locator(".coco-findings")
        expect(findings).to_contain_text(PHONE, timeout=WAIT_MS)
        found = text_of(findings)
        assert f"“{PHONE}” looks like a phone number" in found, found
        assert f"“{NAME}” looks like a name" in found, found
        expect(first.locator(".coco-warning")).to_have_count(1, timeout=WAIT_MS)
        expect(first.locator(".coco-confirm")).to_be_visible()
        assert stored(lab, "m-r1") is None

        # Edited out, it is saved, and the findings go away.
        _type(page, area, CLEAN)
        wait_stored(lab, "m-r1", CLEAN)
        expect(first.locator(".coco-saved")).to_contain_text("Saved at", timeout=WAIT_MS)
        expect(first.locator(".coco-findings")).to_have_count(0, timeout=WAIT_MS)
        expect(first.locator(".coco-confirm")).to_be_hidden()

        second = page.locator(TEXTS).nth(1)
        _type(page, second.locator("textarea"), SECOND, delay=30)
        wait_stored(lab, "m-r2", SECOND)
        expect(second.locator(".coco-saved")).to_contain_text("Saved at", timeout=WAIT_MS)
        expect(page.locator(PROGRESS)).to_contain_text("Your progress in clause (m): ✓ Complete",
                                                       timeout=WAIT_MS)

        # The store: the clean texts, and nothing flagged was ever written, not even to the log.
        assert [stored(lab, r) for r in REFLECTIONS] == [CLEAN, SECOND]
        assert all(stored(lab, item) is True for item in TICKED)
        everything = log_rows(lab)
        leaked = [row for row in everything if PHONE in str(row[2]) or NAME in str(row[2])]
        assert everything and not leaked, leaked
        assert [value for _, _, value in log_rows(lab, "m-s1", after=start)] == [WRONG,
                                                                                 BEST["m-s1"]]

        # A crash: the kernel process is killed outright; JupyterLab's server restarts it.
        kernel = kernel_id_for(lab, NOTEBOOK)
        pids = kernel_pids(kernel)
        assert len(pids) == 1, pids
        os.kill(pids[0], signal.SIGKILL)
        page.reload()
        page.wait_for_selector(f"{PANEL} .jp-Notebook")
        try:
            kernel_ready(page, NOTEBOOK, timeout_ms=45_000)
        except Exception:  # noqa: BLE001 - not restarted by itself: restart it, as one would
            restart_kernel(page)
            kernel_ready(page, NOTEBOOK)
        new = wait_until(lambda: kernel_pids(kernel_id_for(lab, NOTEBOOK)), "a new kernel process")
        assert pids[0] not in new, (pids, new)
        _run_clause(page)
        _expect_as_left(page, lab)
        page.screenshot(path=str(tmp_path / "after-kill.png"))

        # The action plan: the clause's work, its completion, and the takeaway file.
        open_notebook(page, lab, PLAN)
        run_all(page, f"{PANEL} .coco-takeaway .coco-write-takeaway")
        work = page.locator(f"{PANEL} .coco-your-work details[data-section='m']")
        expect(work.locator("summary")).to_contain_text("complete", timeout=WAIT_MS)
        assert CLEAN in text_of(work.locator(".coco-your-reflection").first)
        row = page.locator(f"{PANEL} .coco-progress-workshop tr", has_text="(m)")
        expect(row).to_have_count(1)
        expect(row.locator("td").first).to_contain_text("complete")
        page.locator(f"{PANEL} .coco-write-takeaway").click()
        written = page.locator(f"{PANEL} .coco-takeaway-written")
        expect(written).to_contain_text("Written:", timeout=WAIT_MS)
        name = re.search(r"coco-action-plan-\d{4}-\d{2}-\d{2}(-\d+)?\.html", text_of(written))
        assert name, text_of(written)
        path = lab.root / name.group(0)
        assert path.is_file()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, oct(path.stat().st_mode)
        page.goto(lab.url(f"/files/{name.group(0)}"))
        expect(page.locator("body")).to_contain_text(CLEAN, timeout=WAIT_MS)
        expect(page.locator("h2", has_text="Your commitments")).to_have_count(1)

        # Confidentiality in practice: the page asked nothing of any machine but this one.
        assert len(requested) > 20 and not off_machine(requested), off_machine(requested)
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        print(f"screenshot: {tmp_path / 'failure.png'}")
        raise
