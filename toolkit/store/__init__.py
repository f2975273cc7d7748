"""The response store: every widget and command reaches a participant's answers through here.

``open_store()`` opens (creating if needed) the participant's store under ``COCO_HOME`` or the
user's data folder, once per process; ``erase()`` removes it for good.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ..errors import StoreError
from .database import BUSY_TIMEOUT_MS, DB_NAME, Saved, Store, _plain_write_error
from .files import default_home, write_private
from .recovery import SIDECARS, set_aside_copies
from .schema import SCHEMA_VERSION

__all__ = ["Store", "Saved", "open_store", "erase", "write_private", "default_home",
           "StoreError", "DB_NAME", "SCHEMA_VERSION", "BUSY_TIMEOUT_MS", "_plain_write_error"]

_open: dict[Path, Store] = {}
_open_lock = threading.Lock()


def _key(home: Path | str | None) -> Path:
    folder = Path(home) if home is not None else default_home()
    return folder.expanduser().resolve()


def open_store(home: Path | str | None = None) -> Store:
    """The participant's store, opened once per process and folder."""
    key = _key(home)
    with _open_lock:
        if key not in _open:
            _open[key] = Store(key)
        return _open[key]


def erase(home: Path | str | None = None) -> list[Path]:
    """Delete the participant's store, its WAL files and any damaged copies kept aside.

    Returns what was removed. Other kernels that still hold the file open keep working on
    their own handle until they stop; a new kernel starts an empty store.
    """
    key = _key(home)
    with _open_lock:
        opened = _open.pop(key, None)
        if opened is not None:
            opened.close()
    removed = []
    candidates = [key / DB_NAME, *(Path(str(key / DB_NAME) + s) for s in SIDECARS),
                  *set_aside_copies(key, DB_NAME)]
    for path in candidates:
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed
