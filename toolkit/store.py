"""The participant's answers: one private SQLite file per user, every change durable at once.

Why SQLite and these settings: WAL lets two notebooks (two kernels) write without "database
is locked"; ``synchronous=FULL`` makes an answer shown as saved survive a killed kernel or a
power cut; one short transaction per answer means nothing waits on a half-finished form.
Answers are keyed by the stable ids in ``data/``, never by wording, and every change is also
appended to a log so an answer overwritten by mistake can be found again.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import stat
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .errors import StoreError

DB_NAME = "answers.sqlite3"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 10_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS answers (
    item_id  TEXT PRIMARY KEY,
    section  TEXT NOT NULL,
    kind     TEXT NOT NULL,
    value    TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS answer_log (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id  TEXT NOT NULL,
    section  TEXT NOT NULL,
    kind     TEXT NOT NULL,
    value    TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS answer_log_item ON answer_log (item_id, seq);
"""


def default_home() -> Path:
    """``COCO_HOME`` if set (workshops, tests), else the user's own data folder."""
    configured = os.environ.get("COCO_HOME")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("coco", appauthor=False))


@dataclass(frozen=True)
class Saved:
    item_id: str
    value: object
    saved_at: datetime


def _private_folder(folder: Path) -> None:
    """Create ``folder`` as 0700 whatever the umask (kernels on a hub inherit 022).

    An existing folder only loses its group and other bits: one its owner made read-only
    (0500) stays read-only, so Coco says an answer was not saved instead of quietly making
    the folder writable again behind its owner's back.
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


def _private_file(path: Path) -> None:
    """Take away group and other access (a file made under umask 022 is 0644); a file its
    owner made read-only stays read-only, for the same reason as in ``_private_folder``."""
    if os.name != "posix" or not path.exists():
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        path.chmod(mode & 0o700)


def _touch_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 before SQLite does, so it is never readable by others."""
    if path.exists():
        return
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        pass


class Store:
    """A participant's answers. Thread-safe: widget callbacks may arrive on any thread."""

    def __init__(self, home: Path | str | None = None):
        # expanduser: open_store("~/coco") must not make a folder literally named "~".
        self.home = Path(home).expanduser() if home is not None else default_home()
        _private_folder(self.home)
        self.path = self.home / DB_NAME
        self._lock = threading.Lock()
        old_umask = os.umask(0o077)  # WAL and SHM files SQLite creates later are private too
        try:
            _touch_private(self.path)
            self._db = self._connect()
        finally:
            os.umask(old_umask)
        for suffix in ("", "-wal", "-shm"):
            _private_file(Path(str(self.path) + suffix))

    def _connect(self) -> sqlite3.Connection:
        db = None
        try:
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                 isolation_level=None, check_same_thread=False)
            db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            # The version is read before anything that writes: switching a file to WAL
            # rewrites its header, and a newer Coco's file must stay exactly as it was.
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise _newer_store(version)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            if version < SCHEMA_VERSION:
                db.execute("BEGIN IMMEDIATE")
                # Read again under the write lock: another kernel may have just set it up.
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    db.execute("ROLLBACK")
                    raise _newer_store(version)
                for statement in filter(str.strip, _SCHEMA.split(";")):
                    db.execute(statement)
                db.execute("INSERT OR IGNORE INTO meta VALUES ('participant', ?)",
                           (secrets.token_hex(8),))
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                db.execute("COMMIT")
            return db
        except StoreError:
            db.close()
            raise
        except sqlite3.DatabaseError as exc:
            if db is not None:
                db.close()  # no half-open handle left holding the file (or its lock)
            raise StoreError(
                f"Coco cannot open the file that holds your answers ({exc}). "
                "Tell your facilitator; nothing has been deleted.") from None

    @property
    def participant(self) -> str:
        """A random pseudonymous id, made once per store: Coco never asks for a name."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key='participant'").fetchone()
        return row[0]

    def save(self, item_id: str, value, *, section: str, kind: str) -> Saved:
        """Store ``value`` durably; return only once it is on disk."""
        now = datetime.now(timezone.utc)
        encoded = json.dumps(value, ensure_ascii=False)
        stamp = now.isoformat(timespec="microseconds")
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.execute(
                    "INSERT INTO answers VALUES (?, ?, ?, ?, ?) ON CONFLICT(item_id) DO UPDATE "
                    "SET section=excluded.section, kind=excluded.kind, value=excluded.value, "
                    "saved_at=excluded.saved_at", (item_id, section, kind, encoded, stamp))
                self._db.execute(
                    "INSERT INTO answer_log (item_id, section, kind, value, saved_at) "
                    "VALUES (?, ?, ?, ?, ?)", (item_id, section, kind, encoded, stamp))
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                if self._db.in_transaction:
                    try:
                        self._db.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass  # SQLite has rolled back already; the plain message below matters
                raise StoreError(_plain_write_error(exc)) from None
        return Saved(item_id, value, now)

    # Reads take the lock too: the connection is shared between threads, and a read made
    # while another thread is between BEGIN and COMMIT would run inside that transaction.
    def get(self, item_id: str, default=None):
        with self._lock:
            row = self._db.execute("SELECT value FROM answers WHERE item_id=?",
                                   (item_id,)).fetchone()
        return json.loads(row[0]) if row else default

    def answers(self, section: str | None = None) -> dict[str, object]:
        """Current answers by id, hidden ones (items since removed from data/) included."""
        query, args = "SELECT item_id, value FROM answers", ()
        if section is not None:
            query, args = query + " WHERE section=?", (section,)
        with self._lock:
            rows = self._db.execute(query, args).fetchall()
        return {i: json.loads(v) for i, v in rows}

    def history(self, item_id: str) -> list[Saved]:
        with self._lock:
            rows = self._db.execute("SELECT value, saved_at FROM answer_log WHERE item_id=? "
                                    "ORDER BY seq", (item_id,)).fetchall()
        return [Saved(item_id, json.loads(v), datetime.fromisoformat(t)) for v, t in rows]

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _newer_store(version: int) -> StoreError:
    return StoreError(
        f"Your answers were saved by a newer version of Coco (store version {version}). "
        "Update Coco before going on; nothing has been changed.")


def _plain_write_error(exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        why = "the folder that holds your answers is read-only"
    elif "full" in text:
        why = "the disk is full"
    elif "locked" in text or "busy" in text:
        why = "another program kept the answer file busy for too long"
    else:
        why = f"the answer file could not be written ({exc})"
    return f"Your last answer was NOT saved: {why}. Tell your facilitator."


_open: dict[Path, Store] = {}
_open_lock = threading.Lock()


def open_store(home: Path | str | None = None) -> Store:
    """The participant's store, opened once per process and folder; every widget uses this."""
    folder = Path(home) if home is not None else default_home()
    key = folder.expanduser().resolve()
    with _open_lock:
        if key not in _open:
            _open[key] = Store(folder)
        return _open[key]
