"""Live slides and pages without code, through a real Voilà on 127.0.0.1 and a real Chromium.

Each server is started as ``python -m toolkit present`` / ``app`` start theirs (``toolkit.present``:
the same private site, template and arguments), on a random port with a random token, over an
empty answer store. The first test runs the ``present`` command itself.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from jupyter_page import (
    clause_data,
    kernel_pids,
    log_rows,
    off_machine,
    wait_stored,
    wait_until,
)
from playwright.sync_api import expect

from toolkit import serving
from toolkit.present import PAGES, SLIDES
from toolkit.present.server import CULLING as CULLING_DEFAULT
from toolkit.present.server import stop, voila_arguments, voila_environment, wait_ready
from toolkit.present.site import new_site, remove_site

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
CLAUSE_M = next(p.name for p in (REPO / "notebooks").glob("*-clause-m-*.ipynb"))
CLAUSE_H = next(p.name for p in (REPO / "notebooks").glob("*-clause-h-*.ipynb"))
WELCOME = "00-welcome.ipynb"
M = clause_data("m")
HABITS = [item["id"] for item in M["checklist"]]
SCENARIOS = {s["id"]: [o["id"] for o in s["options"]] for s in M["scenarios"]}
WAIT_MS = 60_000  # a page: the kernel runs the whole notebook before the page is sent
EXPECT_MS = 30_000  # a change on a page (Playwright's expect waits 5 s unless told)
# Short, so that the culling test waits seconds, not minutes; long enough that a page's
# kernel is never culled while the browser is still loading the page (1-3 s here).
CULLING = serving.Culling(timeout=12, interval=2)

CHECKBOXES = ".coco-checklist input[type=checkbox]"
SCENARIO = ".coco-scenario"
GO_TO = """([selector, n]) => {
  const section = document.querySelectorAll(selector)[n].closest('section');
  const at = Reveal.getIndices(section);
  Reveal.slide(at.h, at.v);
  return at;
}"""
KERNEL_ID = "() => JSON.parse(document.getElementById('jupyter-config-data').textContent).kernelId"


class Voila:
    """A Voilà serving a site of Coco's, and its answer store."""

    def __init__(self, edition: str, template: str, base: Path, culling=CULLING_DEFAULT):
        self.template, self.home = template, base / "coco-home"
        self.site = new_site(edition, parent=base)
        # Kernels' sockets need a short path (toolkit.present.server.socket_folder).
        self.sockets = Path(tempfile.mkdtemp(prefix="coco-sockets-"))
        self.port, self.token = serving.free_port(), serving.new_token()
        self.log_path = base / "voila.log"
        self._log = self.log_path.open("w")
        args = voila_arguments(self.site, template, port=self.port, token=self.token,
                               culling=culling, sockets=self.sockets)
        self.process = subprocess.Popen(
            args, env=voila_environment(self.site, {"COCO_HOME": str(self.home)}),
            stdout=self._log, stderr=subprocess.STDOUT, cwd=self.site.folder)
        try:
            wait_ready(self.port, template, self.process)
        except RuntimeError:
            self.close()
            raise RuntimeError("Voilà did not start:\n" + self.log_path.read_text()) from None

    def url(self, path: str, token: bool = True) -> str:
        return f"http://127.0.0.1:{self.port}{path}" + (f"?token={self.token}" if token else "")

    def kernel_status(self, kernel_id: str) -> int:
        try:
            with urllib.request.urlopen(self.url(f"/api/kernels/{kernel_id}"), timeout=10) as r:
                return r.status
        except urllib.error.HTTPError as exc:
            return exc.code

    def close(self) -> None:
        stop(self.process)
        self._log.close()
        shutil.rmtree(self.sockets, ignore_errors=True)
        # Kernels notice their server has gone and stop (ipykernel's parent poller).
        wait_until(lambda: not kernel_pids(str(self.sockets)), "the kernels to stop", 30)
        remove_site(self.site)
        shutil.rmtree(self.sockets, ignore_errors=True)


@pytest.fixture(scope="module")
def slides(tmp_path_factory):
    server = Voila("facilitator", SLIDES, tmp_path_factory.mktemp("slides"))
    yield server
    server.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    server = Voila("participant", PAGES, tmp_path_factory.mktemp("pages"), culling=CULLING)
    yield server
    server.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(WAIT_MS)
    yield context
    context.close()


def _recorded(page) -> tuple[list[str], list[str]]:
    """Every URL the page asks for, and those answered with an error (the icon aside)."""
    requested, failed = [], []
    page.on("request", lambda request: requested.append(request.url))
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}")
            if r.status >= 400 and not r.url.endswith("favicon.ico") else None)
    return requested, failed


def _open_slides(page, server, name=CLAUSE_M):
    page.goto(server.url(f"/voila/render/{name}"))
    page.wait_for_function("() => window.Reveal && Reveal.isReady()", timeout=WAIT_MS)
    page.wait_for_function(
        "([b, s, nb, ns]) => document.querySelectorAll(b).length === nb && "
        "document.querySelectorAll(s + ' .coco-check-answer').length === ns",
        arg=[CHECKBOXES, SCENARIO, len(HABITS), len(SCENARIOS)], timeout=WAIT_MS)


def _go_to(page, selector: str, n: int = 0) -> dict:
    """Show the slide of the ``n``-th element matching ``selector``; return its indices."""
    at = page.evaluate(GO_TO, [selector, n])
    page.wait_for_function("([h, v]) => { const i = Reveal.getIndices(); "
                           "return i.h === h && (i.v || 0) === (v || 0); }",
                           arg=[at["h"], at.get("v")], timeout=10_000)
    return at


# ------------------------------------------------------------------------ the command

@pytest.fixture
def short_tmp():
    """A private temporary folder with a short path: kernels' sockets will live below it."""
    folder = Path(tempfile.mkdtemp(prefix="coco-t-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _ctrl_c(process, printed):
    os.killpg(process.pid, signal.SIGINT)  # Ctrl+C reaches the whole job


def _ctrl_c_as_the_pool_refills(process, printed):
    """Ctrl+C while the kernel that refills the pool runs the notebook: that run holds
    Voilà's handler for Ctrl+C and stops only its kernel (Voilà 0.5.13, nbclient)."""
    printed(lambda lines: sum("Executing notebook with kernel" in line for line in lines) >= 2,
            "the pool's second kernel running the notebook")
    os.killpg(process.pid, signal.SIGINT)


def _sigterm_to_the_command(process, printed):
    os.kill(process.pid, signal.SIGTERM)  # as a service manager or `kill` stops it


def _terminal_closed(process, printed):
    os.killpg(process.pid, signal.SIGHUP)  # Voilà ends at once, leaving its kernels


@pytest.mark.parametrize("stop_it", [_ctrl_c, _ctrl_c_as_the_pool_refills,
                                     _sigterm_to_the_command, _terminal_closed],
                         ids=lambda f: f.__name__.strip("_"))
def test_present_command_prints_the_address_serves_the_slides_and_cleans_up(short_tmp,
                                                                             stop_it):
    """``present()`` end to end: headless, it prints the page's address and serves it
    (preheated); however it is stopped, it stops Voilà without killing it, ends every kernel
    and deletes the private copy with the answer keys."""
    temp = short_tmp
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(TMPDIR=str(temp), JUPYTER_RUNTIME_DIR=str(temp / "rt"), BROWSER="false",
               COCO_HOME=str(temp / "home"))
    code = ("import argparse, sys; from toolkit.present import present; "
            "sys.exit(present(argparse.Namespace(notebook='m', port=None, preheat=True)))")
    process = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)  # its own group, as a terminal's job
    seen: list[str] = []  # its output, read by a thread so that no read blocks past a deadline

    def read():
        for line in process.stdout:  # one by one, so that each is seen as it arrives
            seen.append(line)  # noqa: PERF402

    reader = threading.Thread(target=read, daemon=True)
    reader.start()

    def printed(test, what):
        """Wait until ``test`` holds for the lines printed so far; fail naming ``what``."""
        return wait_until(lambda: test(list(seen)),
                          lambda: f"{what}; the command printed:\n" + "".join(seen), 90, 0.1)

    def line(test, what):
        return printed(lambda lines: next((x for x in lines if test(x)), None), what)

    try:
        url = line(lambda x: x.strip().startswith("http://127.0.0.1:")
                   and "/voila/render/" in x, "the page's address").strip()
        assert url.split("?")[0].endswith(f"/voila/render/{CLAUSE_M}"), url
        assert list(temp.glob("coco-facilitator-*")), "the private copy is in TMPDIR"
        line(lambda x: "is filled with 1 kernel" in x, "the preheated kernel")
        with urllib.request.urlopen(url, timeout=60) as response:
            html = response.read().decode()
        assert "coco-present.js" in html and "Facilitator edition" in html
    finally:
        stop_it(process, printed)
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        reader.join(timeout=10)
    output = "".join(seen)
    assert process.returncode == 0, output
    assert "no screen found" in output and "Ctrl+C" in output
    assert "pre-heated kernel" in output  # Voilà used the kernel kept ready for this notebook
    assert "so it was ended" not in output, output  # Voilà stopped; it was not killed
    assert not list(temp.glob("coco-facilitator-*")), "the private copy was not deleted"
    left = list((temp / "rt").rglob("voila_*")) + list((temp / "rt").glob("coco-*"))
    assert not left, f"the run left its kernels' files behind: {left}"
    assert not kernel_pids(str(temp)), "a kernel outlived the command"


# ------------------------------------------------------------------------- the slides

def test_slides_load_everything_from_this_machine_and_lay_out_as_slides(context, slides,
                                                                         tmp_path):
    page = context.new_page()
    requested, failed = _recorded(page)
    _open_slides(page, slides)
    layout = page.evaluate("""() => ({
        slides: !!document.querySelector('.reveal .slides'),
        present: document.querySelectorAll('.reveal .slides section.present').length,
        // reveal.css sets this; without the stylesheet the widgets sit off-screen
        pointerEvents: getComputedStyle(document.querySelector('.reveal .slides')).pointerEvents,
        total: Reveal.getTotalSlides(),
        notes: document.querySelectorAll('aside.notes').length,
    })""")
    assert layout["slides"] and layout["present"] >= 1 and layout["pointerEvents"] == "none"
    assert layout["total"] >= 10, layout
    first = page.locator(".reveal .slides section.present").last
    expect(first).to_be_visible(timeout=EXPECT_MS)
    box = first.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 1280, box
    # The facilitator's cells are speaker notes: in the page, never on a slide.
    assert layout["notes"] >= 1
    expect(page.locator("aside.notes").first).to_be_hidden(timeout=EXPECT_MS)
    assert "Facilitator edition" not in page.locator(".reveal .slides").inner_text()

    # Walk every slide, so that everything a slide loads (fonts, icons) is asked for.
    for _ in range(layout["total"]):
        page.keyboard.press("ArrowRight")
        page.keyboard.press("ArrowDown")
    page.wait_for_function("() => Reveal.isLastSlide()", timeout=10_000)
    # The vendored fonts were served and used: the theme's, and the icons' ("Check my answer").
    loaded = page.evaluate("""async () => { await document.fonts.ready; const loaded = [];
        document.fonts.forEach(f => { if (f.status === 'loaded') loaded.push(f.family); });
        return loaded; }""")
    assert {"Source Sans Pro", "Font Awesome 5 Free"} <= {f.strip('"') for f in loaded}, loaded
    page.screenshot(path=str(tmp_path / "last-slide.png"))
    assert requested and off_machine(requested) == set(), off_machine(requested)
    assert failed == [], failed


def test_a_tick_and_a_scenario_answer_on_a_slide_are_saved(context, slides):
    page = context.new_page()
    _open_slides(page, slides)
    _go_to(page, CHECKBOXES)
    box = page.locator(CHECKBOXES).nth(HABITS.index("m-c2"))
    expect(box).to_be_visible(timeout=EXPECT_MS)
    box.click()
    wait_stored(slides, "m-c2", True)
    expect(box).to_be_checked(timeout=EXPECT_MS)

    _go_to(page, SCENARIO)
    scenario = page.locator(SCENARIO).nth(0)
    scenario.locator("input[type=radio]").nth(SCENARIOS["m-s1"].index("m-s1-b")).click()
    scenario.locator(".coco-check-answer").click()
    wait_stored(slides, "m-s1", "m-s1-b")
    expect(scenario.locator(".coco-feedback")).to_contain_text("This is the strongest choice.",
                                                             timeout=EXPECT_MS)
    assert [value for _, _, value in log_rows(slides, "m-s1")] == ["m-s1-b"]


def test_arrow_keys_after_choosing_move_the_slide_never_the_answer(context, slides):
    """The radio-focus trap: without the fix the arrows move the choice and the slide stays."""
    page = context.new_page()
    _open_slides(page, slides)
    scenario = page.locator(SCENARIO).nth(1)
    at = _go_to(page, SCENARIO, 1)
    radios = scenario.locator("input[type=radio]")
    chosen = SCENARIOS["m-s2"].index("m-s2-a")
    expect(radios.nth(chosen)).to_be_visible(timeout=EXPECT_MS)
    radios.nth(chosen).click()
    expect(radios.nth(chosen)).to_be_checked(timeout=EXPECT_MS)
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowDown")
    page.wait_for_function("(h) => Reveal.getIndices().h === h + 1", arg=at["h"],
                           timeout=10_000)  # the slide moved
    assert [radios.nth(i).is_checked() for i in range(radios.count())] == \
        [i == chosen for i in range(radios.count())]  # and the choice did not
    assert log_rows(slides, "m-s2") == []  # choosing saves nothing by itself

    _go_to(page, SCENARIO, 1)
    expect(scenario.locator(".coco-check-answer")).to_be_visible(timeout=EXPECT_MS)
    scenario.locator(".coco-check-answer").click()
    wait_stored(slides, "m-s2", "m-s2-a")
    assert [value for _, _, value in log_rows(slides, "m-s2")] == ["m-s2-a"]


# --------------------------------------------------------------------------- app mode

def test_participant_pages_show_no_code_save_and_link_to_the_next_notebook(context, pages):
    page = context.new_page()
    requested, failed = _recorded(page)
    welcome = clause_data("welcome")
    page.goto(pages.url(f"/voila/render/{WELCOME}"))
    page.wait_for_function("([s, n]) => document.querySelectorAll(s).length === n",
                           arg=[CHECKBOXES, len(welcome["checklist"])], timeout=WAIT_MS)
    # No code anywhere: not in the page (strip_sources), not as an editor. Markdown cells sit
    # in a .jp-InputArea of their own; a code cell's input area would hold its source.
    assert page.locator(".jp-CodeCell .jp-InputArea, .jp-InputArea-editor, "
                        ".jp-CodeMirrorEditor, .highlight, pre code").count() == 0
    assert "import toolkit" not in page.content()
    assert "toolkit." not in page.locator("body").inner_text()
    assert "Facilitator edition" not in page.content()  # the participant edition

    page.locator(CHECKBOXES).nth(0).click()
    wait_stored(pages, welcome["checklist"][0]["id"], True)
    left = page.evaluate(KERNEL_ID)

    page.locator(f"a[href='{CLAUSE_H}']").last.click()  # "Next:" at the end of the page
    page.wait_for_url(f"**/voila/render/{CLAUSE_H}", timeout=WAIT_MS)
    # The page left behind shut its kernel down at once (coco-close.js), before any culling.
    wait_until(lambda: pages.kernel_status(left) == 404, "the left page's kernel to stop",
               timeout=CULLING.timeout - 2, every=0.2)
    h = clause_data("h")
    page.wait_for_function("([s, n]) => document.querySelectorAll(s).length === n",
                           arg=[CHECKBOXES, len(h["checklist"])], timeout=WAIT_MS)
    expect(page.locator("h1").first).to_contain_text("Clause (h)", timeout=EXPECT_MS)

    # Voilà's own list of the notebooks (its address is in Voilà's log) is offline too.
    page.goto(pages.url("/voila/tree", token=False))
    for attempt in range(3):
        try:
            expect(page.get_by_text(CLAUSE_H)).to_be_visible(timeout=EXPECT_MS // 2)
            break
        except AssertionError:
            # Seen once in ten runs on a loaded machine, and once (twenty-second session, in
            # CI after the other browser tests) twice in a row: the list stayed empty until
            # reloaded (its contents request raced the page's start). A person would reload
            # too; three loads, each with half the usual deadline, then the failed requests.
            if attempt == 2:
                raise AssertionError(f"Voila's file list stayed empty after three loads; "
                                     f"requests answered with an error: {failed}") from None
            page.reload()
    assert page.get_by_text("facilitator").count() == 0
    assert requested and off_machine(requested) == set(), off_machine(requested)
    # Voilà's file list asks for /api/kernels, which Voilà alone does not serve: harmless.
    assert [f for f in failed if "/api/kernels?" not in f] == [], failed


def test_a_closed_pages_kernel_is_culled_and_an_open_ones_kept(context, pages):
    """A page that closes without a word (a crash, a lost connection: no beforeunload) leaves
    its kernel idle and unconnected: the culler shuts it down. An open page's kernel stays."""
    closing, staying = context.new_page(), context.new_page()
    for tab in (closing, staying):
        tab.goto(pages.url(f"/voila/render/{WELCOME}"))
        tab.wait_for_selector(CHECKBOXES, timeout=WAIT_MS)
    closed_id, open_id = closing.evaluate(KERNEL_ID), staying.evaluate(KERNEL_ID)
    assert closed_id != open_id
    assert pages.kernel_status(closed_id) == 200 and kernel_pids(closed_id)

    # Its sockets are private files (ipc), in a folder only this user can enter.
    [connection] = glob.glob(str(pages.sockets / "voila_*" / f"kernel-{closed_id}.json"))
    info = json.loads(Path(connection).read_text())
    assert info["transport"] == "ipc" and info["ip"].startswith(str(pages.sockets))
    assert oct(Path(connection).parent.stat().st_mode & 0o777) == "0o700"

    closing.close()  # without its beforeunload: as a crash or a lost connection closes a page
    wait_until(lambda: pages.kernel_status(closed_id) == 404, "the closed page's kernel to be "
               "culled", timeout=CULLING.timeout + CULLING.interval + 30, every=0.5)
    wait_until(lambda: not kernel_pids(closed_id), "the culled kernel's process to end", 20)
    log = pages.log_path.read_text()
    assert any("Culling" in line and closed_id in line and "inactivity" in line
               for line in log.splitlines()), log[-3000:]  # culled, not shut down by the page
    assert pages.kernel_status(open_id) == 200, "the open page's kernel was culled"
