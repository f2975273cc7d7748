"""The participant's answers: one private SQLite file per user, every change durable at once.

Why SQLite and these settings: WAL lets two notebooks (two kernels) write without "database
is locked"; ``synchronous=FULL`` makes an answer shown as saved survive a killed kernel or a
power cut; one short transaction per answer means nothing waits on a half-finished form.
Answers are keyed by the stable ids in ``data/``, never by wording, and every change is also
appended to a log so an answer overwritten by mistake can be restored.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import weakref
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..errors import StoreError
from .files import default_home, private_file, private_folder, touch_private
from .recovery import Damaged, set_aside
from .schema import SCHEMA_VERSION, layout_problem, migrate, tables

DB_NAME = "answers.sqlite3"
BUSY_TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class Saved:
    item_id: str
    value: object
    saved_at: datetime
    seq: int | None = None


class Store:
    """A participant's answers. Thread-safe: widget callbacks may arrive on any thread.

    ``notice`` holds one plain sentence when the store had to be moved aside on opening;
    widgets show it so the participant knows where their earlier file went.
    """

    def __init__(self, home: Path | str | None = None):
        # expanduser: open_store("~/coco") must not make a folder literally named "~".
        self.home = Path(home).expanduser() if home is not None else default_home()
        self.path = self.home / DB_NAME
        self.notice: str | None = None
        self._lock = threading.Lock()
        self._listeners: list = []
        private_folder(self.home)
        try:
            self._db = self._open()
        except Damaged as damaged:
            kept = set_aside(self.path)
            self.notice = (f"Your earlier answers file could not be used ({damaged.reason}), so "
                           f"Coco kept it as {kept.name} in {self.home} and started a new one; "
                           "tell your facilitator, nothing was deleted.")
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        old_umask = os.umask(0o077)  # WAL and SHM files SQLite creates are private too
        try:
            touch_private(self.path)
            db = self._connect()
            try:
                self._prepare(db)
            except BaseException:
                db.close()  # no half-open handle left holding the file (or its lock)
                raise
        except sqlite3.OperationalError as exc:
            raise StoreError(_plain_open_error(exc)) from None
        finally:
            os.umask(old_umask)
        for suffix in ("", "-wal", "-shm"):
            private_file(Path(str(self.path) + suffix))
        return db

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                               isolation_level=None, check_same_thread=False)

    def _prepare(self, db: sqlite3.Connection) -> None:
        try:
            db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            # Read the version before anything writes: switching to WAL rewrites the header.
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise Damaged(f"it was saved by a newer version of Coco, store version {version}"
                              "; update Coco to see those answers")
            if version == 0 and tables(db):
                raise Damaged("it holds tables that are not Coco's")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise Damaged("it is damaged")
            # Check before anything writes: a file we then set aside must be as it was found.
            if version == SCHEMA_VERSION and (problem := layout_problem(db)):
                raise Damaged(problem)
            migrate(db, version)  # each step one transaction: a failed step changes nothing
            if problem := layout_problem(db):
                raise Damaged(problem)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and _is_environment(exc):
                raise
            raise Damaged("it is not a readable Coco store") from None

    @property
    def participant(self) -> str:
        """A random pseudonymous id, made once per store: Coco never asks for a name."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key='participant'").fetchone()
        return row[0]

    def save(self, item_id: str, value, *, section: str, kind: str,
             restored_from: int | None = None) -> Saved:
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
                seq = self._db.execute(
                    "INSERT INTO answer_log (item_id, section, kind, value, saved_at, "
                    "restored_from) VALUES (?, ?, ?, ?, ?, ?)",
                    (item_id, section, kind, encoded, stamp, restored_from)).lastrowid
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                try:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # rolled back already, or the store was closed: the message matters
                raise StoreError(_plain_write_error(exc)) from None
        saved = Saved(item_id, value, now, seq)
        self._tell(saved, section)
        return saved

    def listen(self, callback) -> None:
        """Call ``callback(saved, section)`` after every save through this store.

        Progress displays use it to update the moment an answer is saved in the same kernel.
        A bound method is held weakly, so a widget from an earlier run of a cell can go away;
        a listener that fails is dropped, and never turns a save into a failure.
        """
        ref = (weakref.WeakMethod(callback) if hasattr(callback, "__self__")
               else (lambda: callback))
        with self._lock:
            self._listeners.append(ref)

    def _tell(self, saved: Saved, section: str) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for ref in listeners:
            callback = ref()
            try:
                if callback is not None:
                    callback(saved, section)
                    continue
            except Exception:  # noqa: BLE001 - a display's failure must not fail a save
                from ..logs import logger

                logger().exception("a display listening for saves failed; it was dropped")
            with self._lock:
                if ref in self._listeners:
                    self._listeners.remove(ref)

    # Reads take the lock too: the connection is shared between threads, and a read made
    # while another thread is between BEGIN and COMMIT would run inside that transaction.
    def _read(self, query: str, args=()) -> list[tuple]:
        with self._lock:
            try:
                return self._db.execute(query, args).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(f"Coco could not read your saved answers ({exc}). "
                                 "Tell your facilitator; nothing has been changed.") from None

    def get(self, item_id: str, default=None):
        rows = self._read("SELECT value FROM answers WHERE item_id=?", (item_id,))
        return json.loads(rows[0][0]) if rows else default

    def answers(self, section: str | None = None) -> dict[str, object]:
        """Current answers by id, hidden ones (items since removed from data/) included."""
        query, args = "SELECT item_id, value FROM answers", ()
        if section is not None:
            query, args = query + " WHERE section=?", (section,)
        return {i: json.loads(v) for i, v in self._read(query, args)}

    def records(self) -> list[dict]:
        """Every current answer with its section, kind and time: what an export is made of."""
        rows = self._read("SELECT item_id, section, kind, value, saved_at FROM answers "
                          "ORDER BY section, item_id")
        return [{"item_id": i, "section": s, "kind": k, "value": json.loads(v), "saved_at": t}
                for i, s, k, v, t in rows]

    def history(self, item_id: str) -> list[Saved]:
        """Every value this item ever had, oldest first: nothing saved is ever lost."""
        rows = self._read("SELECT value, saved_at, seq FROM answer_log WHERE item_id=? "
                          "ORDER BY seq", (item_id,))
        return [Saved(item_id, json.loads(v), datetime.fromisoformat(t), s) for v, t, s in rows]

    def restore(self, item_id: str, seq: int) -> Saved:
        """Make an earlier value current again, as a new save that remembers where it came from."""
        rows = self._read("SELECT section, kind, value FROM answer_log WHERE item_id=? AND seq=?",
                          (item_id, seq))
        if not rows:
            raise StoreError(f"There is no earlier answer {seq} for {item_id} to restore.")
        section, kind, value = rows[0]
        return self.save(item_id, json.loads(value), section=section, kind=kind,
                         restored_from=seq)

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _is_environment(exc: sqlite3.OperationalError) -> bool:
    """Errors caused by the disk or folder, not the file's content: never a reason to move it."""
    text = str(exc).lower()
    return any(w in text for w in ("readonly", "read-only", "full", "locked", "busy",
                                   "unable to open", "disk i/o"))


def _plain_open_error(exc: sqlite3.Error) -> str:
    return (f"Coco cannot open the file that holds your answers ({_why(exc)}). "
            "Tell your facilitator; nothing has been deleted.")


def _why(exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return "the folder that holds your answers is read-only"
    if "full" in text:
        return "the disk is full"
    if "locked" in text or "busy" in text:
        return "another program kept the answer file busy for too long"
    if "closed" in text:  # erased from the answers panel while this notebook was open
        return ("your answers were erased while this notebook was open; restart the kernel "
                "(Kernel > Restart Kernel) and run the notebook again")
    if "disk i/o" in text:
        return "the disk would not take the write; it may be full or failing"
    return f"the answer file could not be written ({exc})"


def _plain_write_error(exc: sqlite3.Error) -> str:
    return f"Your last answer was NOT saved: {_why(exc)}. Tell your facilitator."
