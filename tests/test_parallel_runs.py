"""`make test` runs the tests on every core: what shares a server, a hub's users or a notebook's
kernel must still run together, in order, on one worker (tests/conftest.py)."""

from __future__ import annotations

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


def test_a_notebooks_cells_share_one_kernel_on_two_workers():
    """Cells spread over two workers would each start a kernel of their own, and the second
    cell would not know the toolkit the first imported. (A test under tests/ is named too, so
    that tests/conftest.py is read, as `make test` reads it.)"""
    beside = "tests/test_parallel_runs.py::test_every_other_test_is_a_unit_of_its_own"
    ran = subprocess.run([sys.executable, "-m", "pytest", "-n", "2",
                          "notebooks/00-welcome.ipynb", beside],
                         cwd=REPO, capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, ran.stdout[-3000:]
    assert "2 workers" in ran.stdout and " passed" in ran.stdout, ran.stdout[-3000:]
