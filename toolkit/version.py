"""Coco's version, read once from the installed package's metadata (pyproject.toml's
``version``), so that there is one place to change it and no module imports the package's
``__init__`` to learn it."""

from __future__ import annotations

from importlib import metadata


def version() -> str:
    try:
        return metadata.version("coco-toolkit")
    except metadata.PackageNotFoundError:  # a checkout that was never installed
        return "0+unknown"


__version__ = version()
