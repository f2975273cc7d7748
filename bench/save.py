"""How much a durable Coco save costs next to a bare SQLite commit with the same settings.

Both sides run in this one process on the same disk, interleaved, so a busy machine slows
both alike: the ratio is the figure to watch (target: Coco at most 2x the bare commit).
Prints figures; never fails.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from toolkit.store import Store  # noqa: E402

ROUNDS = 1000


def bare_connection(folder: Path) -> sqlite3.Connection:
    db = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE answers (item_id TEXT PRIMARY KEY, value TEXT)")
    return db


def main() -> None:
    # On the disk the answers would live on (a tmpfs /tmp would make fsync free).
    with tempfile.TemporaryDirectory(prefix="coco-bench-", dir=Path(__file__).parent) as tmp:
        folder = Path(tmp)
        store = Store(folder / "coco")
        bare = bare_connection(folder)
        coco_times, bare_times = [], []
        for n in range(ROUNDS):
            item = f"h-c{n % 10}"
            start = time.perf_counter()
            store.save(item, n, section="h", kind="checklist")  # a new value every time
            coco_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare.execute("BEGIN IMMEDIATE")
            bare.execute("INSERT INTO answers VALUES (?, ?) ON CONFLICT(item_id) DO UPDATE "
                         "SET value=excluded.value", (item, str(n)))
            bare.execute("COMMIT")
            bare_times.append(time.perf_counter() - start)
        coco, plain = statistics.median(coco_times), statistics.median(bare_times)
        print(f"durable saves, {ROUNDS} each, interleaved (WAL, synchronous=FULL)")
        print(f"  Coco Store.save     median {coco * 1e3:7.3f} ms   p95 "
              f"{statistics.quantiles(coco_times, n=20)[18] * 1e3:7.3f} ms")
        print(f"  bare sqlite3 commit median {plain * 1e3:7.3f} ms   p95 "
              f"{statistics.quantiles(bare_times, n=20)[18] * 1e3:7.3f} ms")
        print(f"  ratio Coco / bare: {coco / plain:.2f}x (target <= 2x)")
        store.close()
        bare.close()


if __name__ == "__main__":
    main()
