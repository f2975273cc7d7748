"""Shared test set-up: every test and every nbval kernel writes to a throw-away answer store."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from helpers import DATA


def pytest_configure(config):
    # Set before any kernel starts: nbval's kernels inherit it, so notebook outputs never
    # depend on the developer's own answers.
    home = tempfile.mkdtemp(prefix="coco-test-home-")
    os.environ["COCO_HOME"] = home
    os.environ["JUPYTER_PREFER_ENV_PATH"] = "1"
    os.environ.pop("COCO_DATA", None)
    config._coco_home = home


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
