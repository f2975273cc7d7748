"""A participant's whole path through clause (h) in a real JupyterLab and Chromium.

Open the committed notebook (no input possible before the kernel runs it), run all cells,
tick an item, restart the kernel and run again, reload the page: the tick is still there,
and the SQLite store holds it from the moment it was shown as saved.
"""

from __future__ import annotations

import sqlite3
from urllib.parse import urlsplit

import pytest

NOTEBOOK = "01-clause-h-third-party-payers.ipynb"
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
BOXES = f"{PANEL} .coco-checklist input[type=checkbox]"

pytestmark = pytest.mark.browser

# Await the current notebook's kernel through JupyterLab's own API: the toolbar's "idle"
# indicator is not a reliable ready signal (notes/jupyter-stack.md).
KERNEL_READY = """async () => {
  const app = window.jupyterapp;
  while (!app || !app.shell.currentWidget || !app.shell.currentWidget.sessionContext) {
    await new Promise(r => setTimeout(r, 100));
  }
  const ctx = app.shell.currentWidget.sessionContext;
  await ctx.ready;
  while (!ctx.session || !ctx.session.kernel || ctx.session.kernel.status !== 'idle') {
    await new Promise(r => setTimeout(r, 100));
  }
  return ctx.session.kernel.status;
}"""
RUN_ALL = "() => window.jupyterapp.commands.execute('notebook:run-all-cells')"
RESTART = """async () => {
  const ctx = window.jupyterapp.shell.currentWidget.sessionContext;
  await ctx.session.kernel.restart();
}"""


def _open(page, lab):
    page.goto(lab.url(f"/lab/tree/{NOTEBOOK}"))
    page.wait_for_selector(f"{PANEL} .jp-Notebook")
    assert page.evaluate(KERNEL_READY) == "idle"


def _run_all(page):
    page.evaluate(RUN_ALL)
    page.wait_for_function(f"document.querySelectorAll('{BOXES}').length === 7")


def _saved_value(lab, item_id):
    with sqlite3.connect(lab.home / "answers.sqlite3") as db:
        row = db.execute("SELECT value FROM answers WHERE item_id=?", (item_id,)).fetchone()
    return row and row[0]


def test_a_tick_survives_a_kernel_restart_and_a_page_reload(page, lab, tmp_path):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    try:
        _open(page, lab)
        # Committed without widget state: nothing can be ticked before the kernel runs it.
        assert page.locator(f"{PANEL} input[type=checkbox]").count() == 0
        before = page.locator(f"{PANEL} .jp-OutputArea").all_inner_texts()
        assert any("To tick items, run this notebook" in t for t in before), before
        assert not any("model not found" in t for t in before)
        assert "Run All Cells" in page.locator(f"{PANEL} .jp-MarkdownOutput").first.inner_text()

        _run_all(page)
        boxes = page.locator(BOXES)
        assert [boxes.nth(i).is_checked() for i in range(7)] == [False] * 7
        card = page.locator(f"{PANEL} .coco-card").first.inner_text()
        assert "third party payers unless clients have authorized such disclosure" in card

        boxes.nth(1).click()
        page.wait_for_selector(f"{PANEL} .coco-saved")
        assert "Saved at" in page.locator(f"{PANEL} .coco-saved").inner_text()
        assert _saved_value(lab, "h-c2") == "true"
        page.screenshot(path=str(tmp_path / "ticked.png"), full_page=True)

        page.evaluate(RESTART)
        assert page.evaluate(KERNEL_READY) == "idle"
        _run_all(page)
        boxes = page.locator(BOXES)
        assert [boxes.nth(i).is_checked() for i in range(7)] == [False, True] + [False] * 5

        page.reload()
        page.wait_for_selector(f"{PANEL} .jp-Notebook")
        assert page.evaluate(KERNEL_READY) == "idle"
        _run_all(page)
        boxes = page.locator(BOXES)
        assert [boxes.nth(i).is_checked() for i in range(7)] == [False, True] + [False] * 5
        assert _saved_value(lab, "h-c2") == "true"

        # Confidentiality in practice: the page asked nothing of any machine but this one.
        hosts = {urlsplit(url).hostname for url in requested if urlsplit(url).scheme in
                 ("http", "https", "ws", "wss")}
        assert len(requested) > 20 and hosts == {"127.0.0.1"}, hosts
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        print(f"screenshot: {tmp_path / 'failure.png'}")
        raise
