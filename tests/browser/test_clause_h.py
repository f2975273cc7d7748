"""A participant's whole path through clause (h) in a real JupyterLab and Chromium.

Open the committed notebook (no input possible before the kernel runs it), run all cells,
tick an item, restart the kernel and run again, reload the page: the tick is still there,
and the SQLite store holds it from the moment it was shown as saved.
"""

from __future__ import annotations

import pytest
from jupyter_page import (
    PANEL,
    clause_data,
    kernel_ready,
    off_machine,
    open_notebook,
    record_requests,
    restart_kernel,
    run_all,
    stored,
    text_of,
)

NOTEBOOK = "01-clause-h-third-party-payers.ipynb"
BOXES = f"{PANEL} .coco-checklist input[type=checkbox]"
HABITS = [item["id"] for item in clause_data("h")["checklist"]]
N = len(HABITS)

pytestmark = pytest.mark.browser


def _run_all(page):
    run_all(page, BOXES, N)


def test_a_tick_survives_a_kernel_restart_and_a_page_reload(page, lab, tmp_path):
    requested = record_requests(page)
    try:
        open_notebook(page, lab, NOTEBOOK)
        # Committed without widget state: nothing can be ticked before the kernel runs it.
        assert page.locator(f"{PANEL} input[type=checkbox]").count() == 0
        before = page.locator(f"{PANEL} .jp-OutputArea").all_text_contents()
        assert any("To tick items, run this notebook" in t for t in before), before
        assert not any("model not found" in t for t in before)
        assert "Run All Cells" in text_of(page.locator(f"{PANEL} .jp-MarkdownOutput").first)

        _run_all(page)
        boxes = page.locator(BOXES)
        assert [boxes.nth(i).is_checked() for i in range(N)] == [False] * N
        card = text_of(page.locator(f"{PANEL} .coco-card").first)
        assert "third party payers unless clients have authorized such disclosure" in card

        boxes.nth(1).click()
        page.wait_for_selector(f"{PANEL} .coco-saved")
        assert "Saved at" in page.locator(f"{PANEL} .coco-saved").inner_text()
        assert stored(lab, HABITS[1]) is True
        page.screenshot(path=str(tmp_path / "ticked.png"), full_page=True)

        restart_kernel(page)
        kernel_ready(page, NOTEBOOK)
        _run_all(page)
        boxes = page.locator(BOXES)
        assert [boxes.nth(i).is_checked() for i in range(N)] == [False, True] + [False] * (N - 2)

        page.reload()
        page.wait_for_selector(f"{PANEL} .jp-Notebook")
        kernel_ready(page, NOTEBOOK)
        _run_all(page)
        boxes = page.locator(BOXES)
        assert [boxes.nth(i).is_checked() for i in range(N)] == [False, True] + [False] * (N - 2)
        assert stored(lab, HABITS[1]) is True

        # Confidentiality in practice: the page asked nothing of any machine but this one.
        assert len(requested) > 20 and not off_machine(requested), off_machine(requested)
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        print(f"screenshot: {tmp_path / 'failure.png'}")
        raise
