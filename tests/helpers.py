"""Paths the tests share (conftest.py is for fixtures; two conftests would shadow each other)."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"


def failing_store(home):
    """A store whose every save fails the way ``Store.save`` reports a full disk."""
    from toolkit.errors import StoreError
    from toolkit.store import Store

    class FailingStore(Store):
        def save(self, item_id, value, *, section, kind):
            raise StoreError("Your last answer was NOT saved: the disk is full. "
                             "Tell your facilitator.")

    return FailingStore(home)
