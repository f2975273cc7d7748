"""The answer store: what is shown as saved is on disk, private, and never lost or overwritten."""

from __future__ import annotations

import os
import random
import re
import sqlite3
import stat
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest

from toolkit.errors import StoreError
from toolkit.store import DB_NAME, SCHEMA_VERSION, Saved, Store, open_store


pytestmark = pytest.mark.usefixtures("new_kernel")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _raw(path: Path) -> sqlite3.Connection:
    """A plain connection of our own, to check the file independently of Store."""
    return sqlite3.connect(path)


# ------------------------------------------------------------------ durability and content


def test_save_survives_closing_and_reopening(store_home):
    store = Store(store_home)
    saved = store.save("h-c1", True, section="h", kind="checklist")
    store.save("h-r1", "Ask for the signed release first.", section="h", kind="reflection")
    store.close()

    assert isinstance(saved, Saved)
    assert saved.item_id == "h-c1" and saved.value is True
    assert saved.saved_at.tzinfo is not None
    assert abs((datetime.now(timezone.utc) - saved.saved_at).total_seconds()) < 60

    reopened = Store(store_home)
    try:
        assert reopened.get("h-c1") is True
        assert reopened.get("h-r1") == "Ask for the signed release first."
        assert reopened.get("h-c9") is None
        assert reopened.get("h-c9", "absent") == "absent"
    finally:
        reopened.close()


def test_current_value_in_answers_and_every_change_in_the_log(store_home):
    store = Store(store_home)
    values = [True, False, True, {"choice": "b", "note": "naïve “quotes” kept"}]
    stamps = [store.save("h-c2", v, section="h", kind="checklist").saved_at for v in values]
    store.save("h-c3", True, section="h", kind="checklist")

    assert store.get("h-c2") == values[-1]
    history = store.history("h-c2")
    assert [s.value for s in history] == values
    assert [s.saved_at for s in history] == stamps
    assert all(s.item_id == "h-c2" for s in history)
    assert stamps == sorted(stamps)
    assert [s.value for s in store.history("h-c3")] == [True]
    assert store.history("never-saved") == []

    with _raw(store.path) as db:
        rows = db.execute("SELECT item_id, section, kind, value FROM answers "
                          "ORDER BY item_id").fetchall()
        log = db.execute("SELECT item_id FROM answer_log ORDER BY seq").fetchall()
    assert [r[:3] for r in rows] == [("h-c2", "h", "checklist"), ("h-c3", "h", "checklist")]
    assert len(log) == len(values) + 1  # one answers row per item, one log row per change
    store.close()


def test_answers_filters_by_section(store_home):
    store = Store(store_home)
    store.save("h-c1", True, section="h", kind="checklist")
    store.save("h-c2", False, section="h", kind="checklist")
    store.save("i-c1", True, section="i", kind="checklist")
    store.save("w-c1", True, section="welcome", kind="checklist")

    assert store.answers("h") == {"h-c1": True, "h-c2": False}
    assert store.answers("i") == {"i-c1": True}
    assert store.answers("welcome") == {"w-c1": True}
    assert store.answers("q") == {}
    assert store.answers() == {"h-c1": True, "h-c2": False, "i-c1": True, "w-c1": True}
    store.close()


# ------------------------------------------------------------------------------- privacy


def test_files_are_private_even_under_umask_022(store_home):
    old = os.umask(0o022)  # what a kernel spawned by a hub inherits (notes/jupyterhub.md)
    try:
        store = Store(store_home)
        assert os.umask(0o022) == 0o022, "Store must give the process its umask back"
        store.save("h-c1", True, section="h", kind="checklist")
        # A second connection (another notebook) must not loosen anything either.
        other = Store(store_home)
        other.save("h-c2", True, section="h", kind="checklist")

        assert _mode(store_home) == 0o700
        for suffix in ("", "-wal", "-shm"):
            path = Path(str(store.path) + suffix)
            assert path.exists(), f"{path.name} should exist while the store is open"
            assert _mode(path) == 0o600, f"{path.name} is {oct(_mode(path))}"
        other.close()
        store.close()

        # Reopened after every connection closed: SQLite makes -wal and -shm afresh.
        again = Store(store_home)
        again.save("h-c3", True, section="h", kind="checklist")
        for suffix in ("", "-wal", "-shm"):
            assert _mode(Path(str(again.path) + suffix)) == 0o600
        again.close()
    finally:
        os.umask(old)


def test_existing_loose_folder_and_file_are_made_private(store_home):
    # As left by a run under umask 022 that did not set modes itself.
    old = os.umask(0o022)
    try:
        store_home.mkdir(mode=0o755)
        os.chmod(store_home, 0o755)
        db = store_home / DB_NAME
        db.touch()
        os.chmod(db, 0o644)
        store = Store(store_home)
        store.save("h-c1", True, section="h", kind="checklist")
        assert _mode(store_home) == 0o700
        assert _mode(db) == 0o600
        store.close()
    finally:
        os.umask(old)


# --------------------------------------------------------------------- settings and schema


def test_connection_uses_wal_and_full_sync(store_home):
    store = Store(store_home)
    try:
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        store.close()
    with _raw(store.path) as db:  # WAL is a property of the file, seen by any connection
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_user_version_is_the_schema_version(store_home):
    Store(store_home).close()
    with _raw(store_home / DB_NAME) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"meta", "answers", "answer_log"} <= tables


def _sqlite_file(path, statements, version):
    db = sqlite3.connect(path)
    for statement in statements:
        db.execute(statement)
    db.execute(f"PRAGMA user_version={version}")
    db.commit()
    db.close()


def _v1_store_with_an_answer(path):
    """A store exactly as the walking skeleton (schema version 1) wrote it."""
    _sqlite_file(path, [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE answers (item_id TEXT PRIMARY KEY, section TEXT NOT NULL, "
        "kind TEXT NOT NULL, value TEXT NOT NULL, saved_at TEXT NOT NULL)",
        "CREATE TABLE answer_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, item_id TEXT NOT NULL,"
        " section TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, saved_at TEXT NOT NULL)",
        "CREATE INDEX answer_log_item ON answer_log (item_id, seq)",
        "INSERT INTO meta VALUES ('participant', 'abcdef0123456789')",
        "INSERT INTO answers VALUES ('h-c1', 'h', 'checklist', 'true', '2026-11-01T10:00:00+00:00')",
        "INSERT INTO answer_log (item_id, section, kind, value, saved_at) "
        "VALUES ('h-c1', 'h', 'checklist', 'true', '2026-11-01T10:00:00+00:00')",
    ], 1)


def _truncated(path):
    _v1_store_with_an_answer(path)
    for n in range(40):  # enough pages that cutting the file in half loses real ones
        _sqlite_file(path, [f"INSERT INTO answer_log (item_id, section, kind, value, saved_at) "
                            f"VALUES ('x{n}', 'h', 'checklist', '{'1' * 3000}', 't')"], 1)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


DAMAGED = {
    "truncated": _truncated,
    "random-bytes": lambda p: p.write_bytes(bytes(random.Random(7).randrange(256)
                                                  for _ in range(8192))),
    "not-sqlite": lambda p: p.write_bytes(b"this is not an SQLite database\n" * 50),
    "wrong-schema": lambda p: _sqlite_file(p, ["CREATE TABLE notes (body TEXT)",
                                               "INSERT INTO notes VALUES ('x')"], 0),
    "wrong-columns": lambda p: _sqlite_file(p, [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE answers (item_id TEXT PRIMARY KEY, value TEXT)",
        "CREATE TABLE answer_log (seq INTEGER PRIMARY KEY, item_id TEXT)",
        "INSERT INTO meta VALUES ('participant', 'abc')"], SCHEMA_VERSION),
    "newer-version": lambda p: _sqlite_file(p, ["CREATE TABLE answers (item_id TEXT)"],
                                            SCHEMA_VERSION + 1),
}


@pytest.mark.parametrize("kind", list(DAMAGED))
def test_a_damaged_store_is_moved_aside_and_a_fresh_one_started(store_home, kind):
    store_home.mkdir(mode=0o700)
    path = store_home / DB_NAME
    DAMAGED[kind](path)
    before = path.read_bytes()

    store = Store(store_home)

    kept = [p for p in store_home.iterdir() if ".damaged-" in p.name
            and p.name.endswith(".sqlite3")]
    assert len(kept) == 1, sorted(p.name for p in store_home.iterdir())
    assert kept[0].read_bytes() == before, "the damaged file must be kept exactly as it was"
    assert re.fullmatch(r"answers\.damaged-\d{8}-\d{6}\.sqlite3", kept[0].name)
    assert _mode(kept[0]) == 0o600
    # One plain sentence saying where the old file is; no traceback, no SQLite jargon.
    assert store.notice and kept[0].name in store.notice and str(store_home) in store.notice
    assert store.notice.count(". ") == 0 and "Traceback" not in store.notice
    if kind == "newer-version":
        assert "newer version of Coco" in store.notice
    # The fresh store works and holds nothing of the old one.
    assert store.answers() == {}
    store.save("h-c1", True, section="h", kind="checklist")
    assert Store(store_home).get("h-c1") is True


def test_a_second_damage_in_the_same_second_never_overwrites_the_first(store_home):
    store_home.mkdir(mode=0o700)
    path = store_home / DB_NAME
    for n in range(2):
        path.write_bytes(f"junk {n}".encode() * 100)
        Store(store_home).close()
        (store_home / DB_NAME).unlink()
        for side in ("-wal", "-shm"):
            Path(str(path) + side).unlink(missing_ok=True)
    kept = sorted(p.read_bytes()[:6] for p in store_home.glob("*.damaged-*.sqlite3"))
    assert kept == [b"junk 0", b"junk 1"]


def test_an_older_store_is_migrated_and_keeps_its_answers(store_home):
    store_home.mkdir(mode=0o700)
    _v1_store_with_an_answer(store_home / DB_NAME)
    store = Store(store_home)
    assert store.notice is None
    assert store.get("h-c1") is True
    assert store.participant == "abcdef0123456789"
    assert [s.value for s in store.history("h-c1")] == [True]
    version = store._db.execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION
    assert not list(store_home.glob("*.damaged-*"))


def test_restore_brings_back_an_answer_overwritten_by_mistake(store_home):
    store = Store(store_home)
    first = store.save("h-r1", "what I meant", section="h", kind="reflection")
    store.save("h-r1", "oops", section="h", kind="reflection")
    restored = store.restore("h-r1", first.seq)
    assert store.get("h-r1") == "what I meant"
    assert [s.value for s in store.history("h-r1")] == ["what I meant", "oops", "what I meant"]
    row = store._db.execute("SELECT restored_from FROM answer_log WHERE seq=?",
                            (restored.seq,)).fetchone()
    assert row == (first.seq,)
    with pytest.raises(StoreError, match="no earlier answer"):
        store.restore("h-r1", 9999)


# ---------------------------------------------------------------------------- participant


def test_participant_is_random_hex_stable_and_per_home(tmp_path):
    first = Store(tmp_path / "one")
    pid = first.participant
    first.close()
    assert re.fullmatch(r"[0-9a-f]{16}", pid), pid

    reopened = Store(tmp_path / "one")
    assert reopened.participant == pid
    reopened.close()

    other = Store(tmp_path / "two")
    assert re.fullmatch(r"[0-9a-f]{16}", other.participant)
    assert other.participant != pid
    other.close()


# ---------------------------------------------------------------------- finding the store


def test_coco_home_picks_the_folder_and_open_store_is_shared(store_home, tmp_path):
    store = open_store()
    assert store.home == store_home
    assert store.path == store_home / DB_NAME and store.path.exists()
    assert open_store() is store
    assert open_store(store_home) is store
    assert open_store(str(store_home / "sub" / "..")) is store

    store.save("h-c1", True, section="h", kind="checklist")
    assert open_store().get("h-c1") is True

    elsewhere = open_store(tmp_path / "elsewhere")
    assert elsewhere is not store
    assert elsewhere.home == tmp_path / "elsewhere"
    assert elsewhere.get("h-c1") is None


def test_open_store_expands_a_home_relative_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "me"))
    monkeypatch.chdir(tmp_path)
    store = open_store("~/coco")
    assert store.home == tmp_path / "me" / "coco"
    assert (tmp_path / "me" / "coco" / DB_NAME).exists()
    assert not (tmp_path / "~").exists()


# ------------------------------------------------------------------------ failing to save


class _OpenedReadOnly(Store):
    """A store whose file SQLite opened for reading only.

    That is what SQLite itself does when the file is write-protected: ``sqlite3_open_v2``
    with READWRITE falls back to read-only. Tests run as root here, and root ignores
    permission bits (chmod 0500/0400 does not stop its writes; `chattr +i` and read-only
    mounts are not available in this container), so as root we ask SQLite for that same
    read-only connection explicitly with a ``mode=ro`` URI. Everything else is real: the
    folder, the file, Store.__init__, Store.save and SQLite's own "readonly database" error.
    """

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True,
                               isolation_level=None, check_same_thread=False)


def test_save_in_a_read_only_home_says_plainly_it_was_not_saved(store_home):
    writer = Store(store_home)  # another open notebook; it keeps -wal and -shm in place
    writer.save("h-c1", True, section="h", kind="checklist")
    os.chmod(writer.path, 0o400)
    os.chmod(store_home, 0o500)
    try:
        if os.geteuid() != 0:
            # An ordinary user: the permission bits alone make SQLite open it read-only,
            # and Store must not quietly make the folder or file writable again.
            store = Store(store_home)
            assert _mode(store_home) == 0o500 and _mode(writer.path) == 0o400
        else:
            store = _OpenedReadOnly(store_home)
        assert store.get("h-c1") is True  # reading still works

        with pytest.raises(StoreError) as caught:
            store.save("h-c1", False, section="h", kind="checklist")

        message = str(caught.value)
        assert message.startswith("Your last answer was NOT saved")
        assert "read-only" in message
        assert "Tell your facilitator" in message
        assert "Traceback" not in message and "sqlite3" not in message
        assert caught.value.__cause__ is None and caught.value.__suppress_context__
        assert not store._db.in_transaction
        # Nothing half-written: the earlier answer and its log are as they were.
        assert writer.get("h-c1") is True
        assert [s.value for s in writer.history("h-c1")] == [True]
        store.close()
    finally:
        os.chmod(store_home, 0o700)
        os.chmod(writer.path, 0o600)
        writer.close()


# ------------------------------------------------------------------------- two kernels


def test_two_stores_on_one_file_interleaving_saves_lose_nothing(store_home):
    saves_each = 200
    stores = {"a": Store(store_home), "b": Store(store_home)}
    start = threading.Barrier(len(stores))
    errors: list[BaseException] = []

    def kernel(tag: str, store: Store) -> None:
        try:
            start.wait(timeout=30)
            for i in range(saves_each):
                if i % 2:  # both kernels also fight over one and the same answer
                    store.save("shared", f"{tag}-{i}", section="race", kind="text")
                else:
                    store.save(f"{tag}-{i}", i, section="race", kind="text")
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=kernel, args=item) for item in stores.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    for s in stores.values():
        s.close()

    fresh = Store(store_home)
    try:
        answers = fresh.answers("race")
        for tag in stores:
            for i in range(0, saves_each, 2):
                assert answers[f"{tag}-{i}"] == i
        assert len(answers) == len(stores) * saves_each // 2 + 1

        shared = [s.value for s in fresh.history("shared")]
        assert len(shared) == len(stores) * saves_each // 2
        for tag in stores:  # each kernel's own changes appear once each, in its order
            assert [v for v in shared if v.startswith(tag)] == \
                [f"{tag}-{i}" for i in range(1, saves_each, 2)]
        assert answers["shared"] == shared[-1]

        with _raw(fresh.path) as db:
            assert db.execute("SELECT count(*) FROM answer_log").fetchone()[0] == \
                len(stores) * saves_each
    finally:
        fresh.close()
