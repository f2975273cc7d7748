"""Driving a notebook in JupyterLab from Playwright, and reading the answer store beside it.

Shared by the browser tests. Every wait here has a deadline: a JavaScript wait passed to
``page.evaluate`` is not covered by Playwright's default timeout, so each carries its own.
Selectors are scoped to the visible notebook panel: JupyterLab may keep hidden copies of
notebooks opened earlier (notes/jupyter-stack.md).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import yaml

REPO = Path(__file__).resolve().parents[2]
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
KERNEL_TIMEOUT_MS = 90_000
RUN_ALL_TIMEOUT_MS = 90_000

# Await the current notebook's kernel through JupyterLab's own API: the toolbar's "idle"
# indicator is not a reliable ready signal (notes/jupyter-stack.md).
KERNEL_READY = """async ([path, ms]) => {
  const deadline = Date.now() + ms;
  const until = async (ok, what) => {
    while (!ok()) {
      if (Date.now() > deadline) throw new Error(`no ${what} after ${ms} ms`);
      await new Promise(r => setTimeout(r, 100));
    }
  };
  const current = () => {
    const app = window.jupyterapp;
    const widget = app && app.shell.currentWidget;
    const ok = widget && widget.sessionContext && (!path || widget.context.path === path);
    return ok ? widget : null;
  };
  await until(current, 'notebook panel' + (path ? ' for ' + path : ''));
  const ctx = current().sessionContext;
  let timer;
  const late = new Promise((_, no) => { timer = setTimeout(
    () => no(new Error(`sessionContext.ready not resolved after ${ms} ms`)),
    deadline - Date.now()); });
  try { await Promise.race([ctx.ready, late]); } finally { clearTimeout(timer); }
  await until(() => ctx.session && ctx.session.kernel && ctx.session.kernel.status === 'idle'
              && ctx.session.kernel.connectionStatus === 'connected', 'idle kernel');
  return ctx.session.kernel.status;
}"""
# notebook:run-all-cells resolves once every cell has run (seen: 3.5 s for a clause).
RUN_ALL = """async (ms) => {
  let timer;
  const late = new Promise((_, no) => { timer = setTimeout(
    () => no(new Error(`Run All did not finish in ${ms} ms`)), ms); });
  const run = window.jupyterapp.commands.execute('notebook:run-all-cells');
  try { return await Promise.race([run, late]); } finally { clearTimeout(timer); }
}"""
RESTART = """async (ms) => {
  const ctx = window.jupyterapp.shell.currentWidget.sessionContext;
  let timer;
  const late = new Promise((_, no) => { timer = setTimeout(
    () => no(new Error(`kernel restart did not finish in ${ms} ms`)), ms); });
  try { await Promise.race([ctx.session.kernel.restart(), late]); } finally { clearTimeout(timer); }
}"""
# A control's accessible name as assistive technology computes it, reduced to the sources
# our widgets can use: aria-labelledby, aria-label, an associated <label>, a button's text.
# Placeholders and titles do not count: they are not labels.
ACCESSIBLE_NAME = """(e) => {
  const text = n => (n && n.textContent || '').replace(/\\s+/g, ' ').trim();
  const by = e.getAttribute('aria-labelledby');
  if (by) return by.split(/\\s+/).map(id => text(document.getElementById(id))).join(' ').trim();
  const label = (e.getAttribute('aria-label') || '').trim();
  if (label) return label;
  if (e.labels && e.labels.length) return [...e.labels].map(text).join(' ').trim();
  if (e.tagName === 'BUTTON') return text(e);
  return '';
}"""


def notebook_for(lab, letter: str) -> str:
    """The participant's copy of a clause notebook, found by ``-clause-<letter>-`` in its name."""
    found = sorted(p.name for p in lab.root.glob(f"*-clause-{letter}-*.ipynb"))
    assert len(found) == 1, f"expected one notebook for clause ({letter}) in {lab.root}: {found}"
    return found[0]


def clause_data(letter: str) -> dict:
    return yaml.safe_load((REPO / "data" / "curriculum" / f"{letter}.yaml").read_text("utf-8"))


def open_notebook(page, lab, name: str) -> None:
    page.goto(lab.url(f"/lab/tree/{name}"))
    page.wait_for_selector(f"{PANEL} .jp-Notebook")
    kernel_ready(page, name)


def kernel_ready(page, name: str | None = None, timeout_ms: int = KERNEL_TIMEOUT_MS) -> str:
    status = page.evaluate(KERNEL_READY, [name, timeout_ms])
    assert status == "idle", status
    return status


def run_all(page, ready: str | None = None, count: int | None = None,
            timeout_ms: int = RUN_ALL_TIMEOUT_MS) -> None:
    """Run All Cells; then wait until ``count`` elements (or at least one) match ``ready``."""
    page.evaluate(RUN_ALL, timeout_ms)
    if ready is None:
        return
    if count is None:
        page.wait_for_selector(ready, timeout=timeout_ms)
    else:
        page.wait_for_function("([s, n]) => document.querySelectorAll(s).length === n",
                               arg=[ready, count], timeout=timeout_ms)


def restart_kernel(page, timeout_ms: int = KERNEL_TIMEOUT_MS) -> None:
    page.evaluate(RESTART, timeout_ms)


def option(scenario, text: str):
    """The radio button of the option with this text (options may be shown in any order)."""
    return scenario.get_by_role("radio", name=" ".join(text.split()), exact=True)


def option_texts(scenario) -> list[str]:
    """The options' texts in the order they are shown."""
    return scenario.locator(".coco-options input[type=radio]").evaluate_all(
        "radios => radios.map(r => [...r.labels].map(l => l.textContent).join(' ')"
        ".replace(/\\s+/g, ' ').trim())")


def text_of(locator) -> str:
    """An element's text whether or not it is scrolled into view.

    JupyterLab renders cells with ``content-visibility: auto``: ``innerText`` of a cell off
    screen (after Run All the notebook scrolls to its end) is empty, ``textContent`` is not.
    """
    return " ".join((locator.text_content() or "").split())


def record_requests(page) -> list[str]:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    return requested


def off_machine(requested: list[str]) -> set[str]:
    """Hosts other than 127.0.0.1 that the page asked anything of."""
    hosts = {urlsplit(url).hostname for url in requested
             if urlsplit(url).scheme in ("http", "https", "ws", "wss")}
    return hosts - {"127.0.0.1"}


def api(lab, path: str):
    with urllib.request.urlopen(lab.url(path), timeout=30) as response:
        return json.load(response)


def kernel_id_for(lab, name: str) -> str:
    sessions = [s for s in api(lab, "/api/sessions") if s["path"] == name]
    assert len(sessions) == 1, sessions
    return sessions[0]["kernel"]["id"]


def kernel_pids(kernel_id: str) -> list[int]:
    """Processes whose command line names this kernel (its connection file)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if kernel_id in cmdline and state != "Z":
            pids.append(int(entry.name))
    return pids


def wait_until(condition, what, timeout: float = 30.0, every: float = 0.1):
    """Poll ``condition`` until it returns something truthy; fail after ``timeout`` seconds.

    ``what`` (a string, or a function giving one) says in the failure what was awaited.
    """
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for "
                                 f"{what() if callable(what) else what}")
        time.sleep(every)


def tab_until(page, predicate: str, key: str = "Tab", limit: int = 400, arg=None) -> int:
    """Press ``key`` until ``predicate(document.activeElement, arg)`` holds; return the presses.

    ``predicate`` is the source of a JavaScript function. Every control inside a Coco widget
    that the focus passes on the way must have an accessible name.
    """
    probe = f"""(arg) => {{
        const nameOf = {ACCESSIBLE_NAME};
        const wanted = {predicate};
        const e = document.activeElement;
        const coco = !!(e && e.closest && e.closest('.coco-answer'));
        return {{hit: !!(e && wanted(e, arg)), coco, name: coco ? nameOf(e) : '',
                 what: e ? e.tagName + (e.type ? '[' + e.type + ']' : '') + ' ' +
                           (e.className || '') : 'nothing'}};
    }}"""
    state = {}
    for presses in range(1, limit + 1):
        page.keyboard.press(key)
        state = page.evaluate(probe, arg)
        if state["coco"]:
            assert state["name"], f"a focused {state['what']} in a Coco widget has no name"
        if state["hit"]:
            return presses
    raise AssertionError(f"focus did not reach the control after {limit} presses of {key}; "
                         f"it is on {state.get('what')}")


def focused_name(page) -> str:
    return page.evaluate(f"() => ({ACCESSIBLE_NAME})(document.activeElement)")


# ---------------------------------------------------------------------------- the store

def _db(lab) -> sqlite3.Connection:
    return sqlite3.connect(lab.home / "answers.sqlite3", timeout=10)


def stored(lab, item_id: str, default=None):
    path = lab.home / "answers.sqlite3"
    if not path.exists():
        return default
    with _db(lab) as db:
        row = db.execute("SELECT value FROM answers WHERE item_id=?", (item_id,)).fetchone()
    return json.loads(row[0]) if row else default


def log_rows(lab, item_id: str | None = None, after: int = 0) -> list[tuple]:
    """(seq, item_id, value) of every save, oldest first."""
    path = lab.home / "answers.sqlite3"
    if not path.exists():
        return []
    query, args = "SELECT seq, item_id, value FROM answer_log WHERE seq > ?", [after]
    if item_id is not None:
        query += " AND item_id = ?"
        args.append(item_id)
    with _db(lab) as db:
        rows = db.execute(query + " ORDER BY seq", args).fetchall()
    return [(seq, item, json.loads(value)) for seq, item, value in rows]


def last_seq(lab) -> int:
    rows = log_rows(lab)
    return rows[-1][0] if rows else 0


def wait_stored(lab, item_id: str, value, timeout: float = 30.0):
    return wait_until(lambda: stored(lab, item_id) == value,
                      lambda: f"{item_id} to be stored as {value!r} (it is "
                              f"{stored(lab, item_id)!r})", timeout)
