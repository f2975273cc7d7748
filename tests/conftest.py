"""Fixtures the tests share. The throw-away answer store and the scheduler that keeps a notebook's
cells on one worker are in ../conftest.py, which every run reads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import DATA


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
