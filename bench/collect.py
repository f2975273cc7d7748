"""How long the facilitator waits for the group's results: 100, 1,000 and 10,000 exports.

For each size this writes that many export files, then times what the dashboard and
``python -m toolkit collect`` do with them:

  read      ``collect_exports``: every file read, its digest checked, validated (the
            "cold" figure: the first reading in a kernel, files in the OS cache as they are
            moments after participants export);
  tables    ``group_results``: participation, completion, scenarios, habits;
  refresh   the dashboard's Refresh with nothing new: the read cache answers for every file.

Each size is run ``REPEAT`` times and the best run printed. From ``PARALLEL_FROM`` files on,
reading is shared with helper processes (``toolkit.exchange.workers``); the largest size is
also run in one process, side by side, to show what the helpers gain on this machine. Then
where reading's time goes (file, parse and digest, validation) at 1,000, and a machine
reference (``sum(range(10**6))``, before and after) so that figures from a busy shared
machine can be told from a slow Coco.

Targets (read + tables): at most 0.5 s at 1,000 and 5 s at 10,000, i.e. linear or better.
The growth column is time ratio / size ratio against the size before: 1.0 is linear. The
curriculum is loaded before the clock starts (a kernel has it cached by then).

Exports are written as JSON directly, with the digest from ``toolkit.exchange.schema.digest``
(a store per participant would take minutes), shaped like real ones: a full workshop's
answers, most clauses started, first attempts for format 2, one in five sharing free text.
Prints figures; never fails on a missed target.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from toolkit.exchange import FORMAT_NAME, FORMAT_VERSION, collect_exports, workers  # noqa: E402
from toolkit.exchange.schema import digest  # noqa: E402
from toolkit.facilitator.results import group_results, sheet_reader  # noqa: E402
from toolkit.standards import load  # noqa: E402

SIZES = (100, 1_000, 10_000)
REPEAT = 5
TARGETS = {1_000: 0.5, 10_000: 5.0}
STAMP = "2026-11-25T07:31:02.000001+00:00"
REFLECTION = "I would ask my supervisor before sending anything, and check what the release covers."


def one_export(curriculum, rng: random.Random) -> dict:
    share = rng.random() < 0.2
    answers = []

    def add(item_id, section, kind, value, **extra):
        answers.append({"item_id": item_id, "section": section, "kind": kind, "value": value,
                        "saved_at": STAMP, **extra})

    for item in curriculum.parts("welcome").checklist:
        add(item.id, "welcome", "checklist", True)
    for letter in curriculum.clauses:
        if rng.random() < 0.1:
            continue  # not reached
        parts = curriculum.parts(letter)
        for n, item in enumerate(parts.checklist):
            add(item.id, letter, "checklist", rng.random() < 0.35 + 0.06 * n)
        for scenario in parts.scenarios:
            if rng.random() < 0.1:
                continue
            ids = [o.id for o in scenario.options]
            best = next(o.id for o in scenario.options if o.best)
            first = rng.choice(ids)
            final = best if rng.random() < 0.6 else rng.choice(ids)
            add(scenario.id, letter, "scenario", final, first_value=first)
        if share:
            for prompt in parts.reflection_prompts:
                add(prompt.id, letter, "reflection", REFLECTION)
    for prompt in curriculum.parts("action-plan").commitments:
        add(prompt.id, "action-plan", "commitment",
            {"date": "2026-12-15", **({"text": "Talk to my team about releases."}
                                      if share else {})})
    answers.sort(key=lambda a: (a["section"], a["item_id"]))
    content = {"format": FORMAT_NAME, "version": FORMAT_VERSION,
               "participant": f"{rng.getrandbits(64):016x}", "exported_at": STAMP,
               "coco_version": "0.1.0", "includes_free_text": share, "answers": answers}
    content["sha256"] = digest(content)
    return content


def write_exports(folder: Path, count: int, curriculum, seed: int) -> int:
    rng = random.Random(seed)
    size = 0
    for n in range(count):
        data = json.dumps(one_export(curriculum, rng), indent=2, ensure_ascii=False) + "\n"
        (folder / f"coco-{n:05d}-{rng.getrandbits(32):08x}.json").write_text(data, "utf-8")
        size += len(data)
    return size


def measure(folder: Path, curriculum) -> tuple[float, float, float, int]:
    """Best of ``REPEAT`` (a shared machine slows some runs): read, tables, refresh, people."""
    best = None
    for _ in range(REPEAT):
        start = time.perf_counter()
        cache: dict = {}
        keep = sheet_reader(curriculum)  # as the dashboard and collect read: a sheet per file
        exports, duplicates, problems = collect_exports(folder, cache=cache, keep=keep)
        read = time.perf_counter() - start
        start = time.perf_counter()
        results = group_results(exports, curriculum, len(duplicates) + len(problems))
        tables = time.perf_counter() - start
        start = time.perf_counter()
        collect_exports(folder, cache=cache, keep=keep)
        refresh = time.perf_counter() - start
        if problems or duplicates or results.participants != len(exports):
            raise SystemExit(f"bench: the generated exports did not all read: {problems[:3]}")
        if best is None or read + tables < best[0] + best[1]:
            best = (read, tables, refresh, results.participants)
    return best


def read_stages(folder: Path) -> dict[str, float]:
    """Where reading's time goes, file by file: the steps of ``read_export`` timed apart."""
    from toolkit.exchange import reading
    from toolkit.exchange.schema import Export

    spent = dict.fromkeys(("open and read", "parse, check layout and digest", "validate"), 0.0)
    with reading.gc_paused():
        for path in sorted(folder.glob("*.json")):
            start = time.perf_counter()
            data = reading._read_bytes(path)
            mid = time.perf_counter()
            content, digested = reading._as_written(data)
            parsed = time.perf_counter()
            Export.model_validate(content)
            end = time.perf_counter()
            if digested is None:
                raise SystemExit(f"bench: {path.name} was not read on the fast path")
            for stage, took in zip(spent, (mid - start, parsed - mid, end - parsed)):
                spent[stage] += took
    return spent


def machine_reference() -> float:
    """Milliseconds for ``sum(range(10**6))``, best of 5: how fast this machine is just now."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        sum(range(10**6))
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> None:
    print(f"machine reference: sum(range(10**6)) takes {machine_reference():.1f} ms here; "
          f"{workers.usable_cores()} core(s).")
    start = time.perf_counter()
    curriculum = load()
    print(f"curriculum loaded in {time.perf_counter() - start:.2f} s (before the clock starts)")
    print(f"{'exports':>8} {'MB':>6} {'read s':>8} {'tables s':>9} {'total s':>8} "
          f"{'ms/export':>10} {'growth':>7} {'refresh s':>10}  target")
    previous = None
    # On the disk the collect folder would live on, like bench/save.py.
    with tempfile.TemporaryDirectory(prefix="coco-bench-", dir=Path(__file__).parent) as tmp:
        for size in SIZES:
            folder = Path(tmp) / str(size)
            folder.mkdir()
            written = write_exports(folder, size, curriculum, seed=size)
            read, tables, refresh, people = measure(folder, curriculum)
            total = read + tables
            growth = "" if previous is None else \
                f"{(total / previous[1]) / (size / previous[0]):.2f}"
            target = TARGETS.get(size)
            verdict = "" if target is None else \
                f"<= {target:g} s: {'met' if total <= target else 'NOT met'}"
            print(f"{people:>8,} {written / 1e6:>6.1f} {read:>8.2f} {tables:>9.2f} {total:>8.2f} "
                  f"{1000 * total / size:>10.2f} {growth:>7} {refresh:>10.2f}  {verdict}")
            previous = (size, total)
            if size == 1_000:
                stages = read_stages(folder)
            if size == SIZES[-1] and size >= workers.PARALLEL_FROM:
                shared = workers.PARALLEL_FROM
                workers.PARALLEL_FROM = size + 1  # everything in this process
                try:
                    alone = measure(folder, curriculum)
                finally:
                    workers.PARALLEL_FROM = shared
                print(f"{'':>8} {'':>6} {alone[0]:>8.2f} {alone[1]:>9.2f} "
                      f"{alone[0] + alone[1]:>8.2f} {1000 * (alone[0] + alone[1]) / size:>10.2f}"
                      f" {'':>7} {'':>10}  the same in one process: helpers gain "
                      f"{(alone[0] + alone[1]) / total:.2f}x")
            for path in folder.iterdir():
                path.unlink()
    print("growth: time ratio / size ratio against the size before (1.00 = linear); each "
          f"row is the best of {REPEAT} runs.")
    print("where reading 1,000 exports goes: " + ", ".join(
        f"{stage} {took:.2f} s" for stage, took in stages.items()))
    print(f"machine reference: sum(range(10**6)) takes {machine_reference():.1f} ms here.")


if __name__ == "__main__":
    main()
