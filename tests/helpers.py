"""Paths the tests share (tests/conftest.py is for fixtures, ../conftest.py for the set-up
every run needs)."""

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


# What must run together on one worker of `make test` (conftest.py's scheduler): one server,
# one hub's local users
_TOGETHER = {"tests/browser/": "browser", "tests/test_hub.py": "hub"}


def together(nodeid: str) -> str:
    """The unit of work a test belongs to: its group's name, its notebook, or itself."""
    for start, group in _TOGETHER.items():
        if nodeid.startswith(start):
            return group
    if nodeid.startswith("notebooks/"):
        return nodeid.split("::", 1)[0]  # one notebook, one kernel, its cells in order
    return nodeid
