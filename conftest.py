"""Read by every pytest run in this checkout, whatever paths it is given.

`pytest notebooks/01-clause-h-third-party-payers.ipynb` alone does not read tests/conftest.py,
so the set-up that must never be missed lives here: every test and every nbval kernel writes to
a throw-away answer store, never the developer's own, and a notebook's cells stay on one worker.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "tests"))
from helpers import together  # noqa: E402  (tests/ is not a package)


def pytest_configure(config):
    # Set before any kernel starts: nbval's kernels inherit it, so notebook outputs never
    # depend on the developer's own answers.
    home = tempfile.mkdtemp(prefix="coco-test-home-")
    os.environ["COCO_HOME"] = home
    os.environ["JUPYTER_PREFER_ENV_PATH"] = "1"
    os.environ.pop("COCO_DATA", None)
    os.environ.pop("COCO_COLLECT_DIR", None)  # the dashboard's saved output: "no folder set"
    config._coco_home = home


def pytest_unconfigure(config):
    shutil.rmtree(getattr(config, "_coco_home", ""), ignore_errors=True)


# `make test` runs the tests on every core (pytest-xdist). Tests that share one server, one
# hub's local users, or one notebook's kernel stay together on one worker, in the order they
# are written; every other test goes alone to whichever worker is free. (A scheduler of our own:
# xdist 3.8's xdist_group marks rename nodes in a way pytest 9.2 no longer reads.)
@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class Together(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return together(nodeid)

    return Together(config, log)
