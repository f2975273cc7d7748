"""A damaged store is moved aside, never overwritten or deleted, and a fresh one started.

Why move rather than repair: the participant's earlier answers may still be recoverable by
someone with time and tools, and a facilitator can only do that if the file still exists
exactly as it was. The fresh store lets the workshop go on meanwhile.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from .files import private_file

SIDECARS = ("-wal", "-shm", "-journal")


class Damaged(Exception):
    """The store file cannot be trusted; ``reason`` says why in a few plain words."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def set_aside(path: Path) -> Path:
    """Rename ``path`` (and its WAL/SHM files) to a timestamped name beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        suffix = f"-{n}" if n else ""
        target = path.with_name(f"{path.stem}.damaged-{stamp}{suffix}{path.suffix}")
        if not any(Path(str(target) + s).exists() for s in ("", *SIDECARS)):
            break
    path.rename(target)  # a rename keeps every byte
    private_file(target)  # and whatever made it, it holds answers: owner only
    for sidecar in SIDECARS:
        companion = Path(str(path) + sidecar)
        if companion.exists():
            companion.rename(Path(str(target) + sidecar))
            private_file(Path(str(target) + sidecar))
    return target


def set_aside_copies(home: Path, name: str) -> list[Path]:
    """Every damaged copy kept in ``home`` for the store file ``name``."""
    stem, suffix = Path(name).stem, Path(name).suffix
    return sorted(p for p in home.glob(f"{stem}.damaged-*{suffix}*"))
