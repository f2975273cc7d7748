"""A real JupyterLab on loopback and a real Chromium for the browser tests.

The server is started exactly as `make lab` starts it (``toolkit.launch``), on a random port
with a random token, over a throw-away copy of the notebooks and an empty answer store, with
its own settings and workspace folders so nothing of the developer's leaks in or out.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from toolkit.launch import lab_arguments, lab_environment, prepare_workspace

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("COCO_CHROMIUM", "/usr/bin/chromium")
# Quiet on a closed network: no background fetches, no component updates, no QUIC.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic", "--disable-dev-shm-usage"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    def __init__(self, root: Path, home: Path, port: int, token: str, process):
        self.root, self.home, self.port, self.token, self.process = root, home, port, token, process
        self.base = f"http://127.0.0.1:{port}"

    def url(self, path: str) -> str:
        return f"{self.base}{path}?token={self.token}"

    def delete_workspace(self) -> None:
        request = urllib.request.Request(self.url("/lab/api/workspaces/default"), method="DELETE")
        try:
            urllib.request.urlopen(request, timeout=10)
        except OSError:
            pass  # no workspace saved yet


@pytest.fixture(scope="session")
def lab(tmp_path_factory):
    base = tmp_path_factory.mktemp("lab")
    root, home = base / "notebooks", base / "coco-home"
    prepare_workspace(root)  # the participant's working copies, exactly as `make lab` makes them
    port, token = _free_port(), uuid.uuid4().hex
    args = lab_arguments(root, port=port, token=token, open_browser=False, expose_app=True)
    args += [f"--LabApp.user_settings_dir={base / 'settings'}",
             f"--LabApp.workspaces_dir={base / 'workspaces'}"]
    env = lab_environment({"COCO_HOME": str(home), "JUPYTER_RUNTIME_DIR": str(base / "runtime"),
                           "JUPYTER_CONFIG_DIR": str(base / "config")})
    log = (base / "server.log").open("w")
    process = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=base)
    server = Lab(root, home, port, token, process)
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(server.url("/api/status"), timeout=5) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("JupyterLab did not start:\n" + (base / "server.log").read_text())
        time.sleep(0.3)
    yield server
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


# Module scope: Playwright's sync API leaves an asyncio loop marked as running in this thread
# while it is active, and code that schedules on "the running loop" (the widgets' debounced
# saves) would wait for it forever in the tests that follow. Each browser module starts its own.
@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is needed at {CHROMIUM} for browser tests: on Debian, "
                    "`apt-get install chromium` (.ci/run does this).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, lab, tmp_path):
    """A fresh page; on failure a screenshot is kept in the test's temporary folder."""
    lab.delete_workspace()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(60_000)
    yield tab
    context.close()
