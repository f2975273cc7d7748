"""Files only their owner can read, whatever the umask.

Kernels on a JupyterHub inherit umask 022 and Debian homes are 0755 (notes/jupyterhub.md), so
Coco never relies on the umask: folders are made 0700 and files 0600 explicitly.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from ..errors import StoreError


def default_home() -> Path:
    """``COCO_HOME`` if set (workshops, tests), else the user's own data folder."""
    from ..locations import home

    return home()


def private_folder(folder: Path) -> None:
    """Create ``folder`` as 0700; an existing one only loses its group and other bits.

    A folder its owner made read-only (0500) stays read-only, so Coco says an answer was not
    saved instead of quietly making the folder writable again behind its owner's back.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            mode = stat.S_IMODE(folder.stat().st_mode)
            if mode & 0o077:
                folder.chmod(mode & 0o700)
    except OSError as exc:
        raise StoreError(
            f"Coco cannot create its private folder for your answers ({exc.strerror}). "
            "Tell your facilitator; set COCO_HOME to a folder you can write to.") from None


def private_file(path: Path) -> None:
    """Take away group and other access (a file made under umask 022 is 0644)."""
    if os.name != "posix" or not path.exists():
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        path.chmod(mode & 0o700)


def touch_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 before SQLite does, so it is never readable by others."""
    if path.exists():
        return
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        pass
    except OSError as exc:
        raise StoreError(
            f"Coco cannot create the file for your answers ({exc.strerror}): the folder may be "
            "read-only or the disk full. Tell your facilitator.") from None


def write_private(path: Path | str, data: bytes, exclusive: bool = False,
                  mode: int = 0o600) -> Path:
    """Write ``data`` to ``path`` durably, readable by its owner only.

    ``exclusive`` refuses to touch an existing file (O_EXCL): in a shared collect folder,
    nobody can pre-create another participant's file and read it later. Otherwise the file is
    replaced atomically, so a crash leaves the old file or the new one, never half of one.
    ``mode`` is 0600 but for an export into a facilitators' collect folder (see
    ``exchange.writing``), which may give the folder's group the right to read.
    """
    path = Path(path)
    if exclusive:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, mode & 0o600)
        target = path
    else:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        target = Path(name)
    try:
        if os.name == "posix":
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if not exclusive:
            os.replace(target, path)
    except BaseException:
        if not exclusive:
            target.unlink(missing_ok=True)
        raise
    return path
