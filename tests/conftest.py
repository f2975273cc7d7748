"""Shared test set-up: every test and every nbval kernel writes to a throw-away answer store."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from helpers import DATA, together


def pytest_configure(config):
    # Set before any kernel starts: nbval's kernels inherit it, so notebook outputs never
    # depend on the developer's own answers.
    home = tempfile.mkdtemp(prefix="coco-test-home-")
    os.environ["COCO_HOME"] = home
    os.environ["JUPYTER_PREFER_ENV_PATH"] = "1"
    os.environ.pop("COCO_DATA", None)
    os.environ.pop("COCO_COLLECT_DIR", None)  # the dashboard's saved output: "no folder set"
    config._coco_home = home


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


def pytest_unconfigure(config):
    shutil.rmtree(getattr(config, "_coco_home", ""), ignore_errors=True)


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A private copy of data/ that a test may break without touching the real one."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture
def store_home(tmp_path) -> Path:
    return tmp_path / "coco-home"


@pytest.fixture
def new_kernel(store_home, monkeypatch):
    """Its own COCO_HOME and an empty open_store cache, as a freshly started kernel has."""
    import toolkit.store as store_module

    monkeypatch.setenv("COCO_HOME", str(store_home))
    store_module._open.clear()
    yield store_home
    for opened in store_module._open.values():
        opened.close()
    store_module._open.clear()
