"""The store's layout and its migrations: a newer Coco opens an older store, never the reverse.

Each migration takes a store from version N to N+1 inside one transaction, so a store is
always wholly at one version. Add a migration, never edit a released one: participants'
files were made by it.
"""

from __future__ import annotations

import secrets
import sqlite3


def _v1(db: sqlite3.Connection) -> None:
    """The walking skeleton's layout: current answers, an append-only log, a pseudonym."""
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("""CREATE TABLE answers (
        item_id TEXT PRIMARY KEY, section TEXT NOT NULL, kind TEXT NOT NULL,
        value TEXT NOT NULL, saved_at TEXT NOT NULL)""")
    db.execute("""CREATE TABLE answer_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, item_id TEXT NOT NULL, section TEXT NOT NULL,
        kind TEXT NOT NULL, value TEXT NOT NULL, saved_at TEXT NOT NULL)""")
    db.execute("CREATE INDEX answer_log_item ON answer_log (item_id, seq)")
    db.execute("INSERT INTO meta VALUES ('participant', ?)", (secrets.token_hex(8),))


def _v2(db: sqlite3.Connection) -> None:
    """Restoring an old answer records which log entry it came from."""
    db.execute("ALTER TABLE answer_log ADD COLUMN restored_from INTEGER")


MIGRATIONS = [_v1, _v2]
SCHEMA_VERSION = len(MIGRATIONS)

# What a store at SCHEMA_VERSION holds; anything else is not a Coco store we can trust.
LAYOUT = {
    "meta": {"key", "value"},
    "answers": {"item_id", "section", "kind", "value", "saved_at"},
    "answer_log": {"seq", "item_id", "section", "kind", "value", "saved_at", "restored_from"},
}


def tables(db: sqlite3.Connection) -> dict[str, set[str]]:
    names = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {n: {r[1] for r in db.execute(f'PRAGMA table_info("{n}")')} for n in names}


def layout_problem(db: sqlite3.Connection) -> str | None:
    """Why this file's tables are not a Coco store's, or None when they are."""
    found = tables(db)
    for table, columns in LAYOUT.items():
        if found.get(table) != columns:
            return f"its table '{table}' is missing or has other columns"
    if not db.execute("SELECT 1 FROM meta WHERE key='participant'").fetchone():
        return "it has no participant id"
    return None


def migrate(db: sqlite3.Connection, version: int) -> None:
    """Bring a store from ``version`` to SCHEMA_VERSION, one transaction per step."""
    for step in range(version, SCHEMA_VERSION):
        db.execute("BEGIN IMMEDIATE")
        try:
            # Read again under the write lock: another kernel may have just migrated it.
            if db.execute("PRAGMA user_version").fetchone()[0] != step:
                db.execute("ROLLBACK")
                continue
            MIGRATIONS[step](db)
            db.execute(f"PRAGMA user_version={step + 1}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
