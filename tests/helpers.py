"""Paths the tests share (conftest.py is for fixtures; two conftests would shadow each other)."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"
