"""Where Coco finds its content and keeps its files: one function per folder, in one place.

Each is an environment variable when it is set, else a default. The curriculum's data and
notebooks are found beside the package in a checkout (``data/``, ``notebooks/``, which a
facilitator edits there) and, in an installed wheel, as the package data they were built into
(``toolkit/_data``, ``toolkit/_notebooks``: pyproject.toml maps the two folders there).

- ``COCO_DATA``: an agency's own edited copy of ``data/``;
- ``COCO_HOME``: where a participant's answers are kept (default: the user's data folder);
- ``COCO_WORKSPACE``: where a participant's working copies of the notebooks go;
- ``COCO_COLLECT_DIR``: the facilitator's collect folder, where exports are written.
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_ENV, HOME_ENV, WORKSPACE_ENV, COLLECT_ENV = (
    "COCO_DATA", "COCO_HOME", "COCO_WORKSPACE", "COCO_COLLECT_DIR")
_CHECKOUT = Path(__file__).resolve().parent.parent


def _configured(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else None


def is_checkout() -> bool:
    """Running from a git checkout (pyproject.toml and data/ beside the package)?"""
    return (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "data").is_dir()


def _shipped(folder: str, package: str) -> Path:
    """The checkout's folder when there is one (it is what people edit), else the copy built
    into the installed package (``toolkit/_data``, ``toolkit/_notebooks``)."""
    return _CHECKOUT / folder if is_checkout() else Path(__file__).resolve().parent / package


def data_dir() -> Path:
    """``COCO_DATA`` if set (an agency's own copy), else the curriculum Coco came with."""
    return _configured(DATA_ENV) or _shipped("data", "_data")


def notebooks_dir() -> Path:
    """The notebooks Coco came with: the facilitator edition, from which participants' copies
    are made."""
    return _shipped("notebooks", "_notebooks")


def home() -> Path:
    """``COCO_HOME`` if set (workshops, tests), else the user's own data folder."""
    configured = _configured(HOME_ENV)
    if configured:
        return configured
    from platformdirs import user_data_dir

    return Path(user_data_dir("coco", appauthor=False))


def workspace() -> Path:
    """``COCO_WORKSPACE`` if set, else ``workshop/`` in a checkout, else ``coco-workshop`` in
    the user's home folder (an installed package has no folder of its own to write in)."""
    configured = _configured(WORKSPACE_ENV)
    if configured:
        return configured
    return _CHECKOUT / "workshop" if is_checkout() else Path.home() / "coco-workshop"


def collect_dir() -> Path | None:
    """``COCO_COLLECT_DIR`` if set: the facilitator's collect folder; else None."""
    return _configured(COLLECT_ENV)
