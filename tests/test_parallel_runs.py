"""`make test` runs the tests on every core: what shares a server, a hub's users or a notebook's
kernel must still run together, in order, on one worker (conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys

from helpers import REPO, together


def test_tests_that_share_a_server_a_hub_or_a_kernel_are_one_unit_of_work():
    assert together("tests/browser/test_clause_h.py::test_a_tick_survives") == "browser"
    assert together("tests/browser/test_present.py::test_slides[m]") == "browser"
    assert together("tests/test_hub.py::test_login_needs_an_allowed_user") == "hub"
    cells = [together(f"notebooks/04-clause-k-media.ipynb::Cell {n}") for n in range(5)]
    assert set(cells) == {"notebooks/04-clause-k-media.ipynb"}
    assert together("notebooks/00-welcome.ipynb::Cell 0") != cells[0]


def test_every_other_test_is_a_unit_of_its_own():
    ids = ["tests/test_store.py::test_save", "tests/test_store.py::test_answers[a::b]",
           "tests/test_hubs_helper.py::test_x"]
    assert [together(nodeid) for nodeid in ids] == ids


def _pytest_alone(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """pytest as someone runs it on one notebook, with no test under tests/ named."""
    return subprocess.run([sys.executable, "-m", "pytest", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)


def test_a_notebooks_cells_share_one_kernel_on_two_workers():
    """Cells spread over two workers would each start a kernel of their own, and the second
    cell would not know the toolkit the first imported."""
    ran = _pytest_alone("-n", "2", "notebooks/00-welcome.ipynb")
    assert ran.returncode == 0, ran.stdout[-3000:]
    assert "2 workers" in ran.stdout and " passed" in ran.stdout, ran.stdout[-3000:]


def test_a_notebook_tested_alone_never_touches_the_developers_own_answers(tmp_path):
    """nbval on one notebook reads no tests/conftest.py; its kernel must still get a
    throw-away answer store, not the data folder where the developer keeps real answers."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COCO_")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"))
    ran = _pytest_alone("-p", "no:xdist", "notebooks/01-clause-h-third-party-payers.ipynb",
                        env=env)
    assert ran.returncode == 0, ran.stdout[-3000:]
    assert " passed" in ran.stdout, ran.stdout[-3000:]
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*coco*"))
    assert written == [], written
