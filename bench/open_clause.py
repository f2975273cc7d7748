"""What a participant waits for when a clause notebook opens: the import, the widgets, a scan.

A notebook's first cell imports toolkit, the next cells build a clause's widgets, and every
reflection typed is scanned by the privacy guard before it is saved. Each of those is a pause
the participant sees, so each has a target:

  1. ``import toolkit`` at most 1.2x ``import ipywidgets`` (which toolkit cannot do without):
     each in a fresh interpreter, less the interpreter's own start-up (``-c "pass"``), the
     three commands alternated so a busy machine slows all alike.
  2. Building every widget of clause (m) at most 50 ms, warm: the first build in a kernel
     loads the curriculum, pandas, pydantic and the word lists (printed apart); the warm
     figure is what the participant meets on the second and later cells and notebooks.
  3. One privacy scan of a 600-character reflection at most 2 ms at p95, with and without
     identifiers in it (the two variants interleaved).

Prints figures and a table; no timed assertion fails a build. It exits 1 only when it cannot
measure (an import fails, or a widget comes back as an error notice).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

IMPORT_ROUNDS = 15
WIDGET_ROUNDS = 20
SCAN_ROUNDS = 1000
CLAUSE = "m"
TARGET_IMPORT_RATIO = 1.2
TARGET_WIDGETS_MS = 50.0
TARGET_SCAN_P95_MS = 2.0
HEAVY = ("pandas", "pydantic", "ipywidgets", "phonenumbers", "yaml", "toolkit.privacy")

# A caseworker's reflection in roles, not names: what the guard should let through.
CLEAN = (
    "Last month I emailed a court report to the wrong county office because the address "
    "book filled in a name that looked like the attorney's. Nobody outside the agency "
    "opened it, but the supervisor and I spent an afternoon asking the other office to "
    "delete it and writing up what happened. What I take from this clause is that speed is "
    "the real risk: I was finishing notes between home visits on my phone. From now on I "
    "will send anything about a child only from my desk, check the recipient twice, and use "
    "the secure portal instead of plain email, even when the foster parent asks for a copy."
)
# The same reflection with a name and a phone number in it: what the guard must flag.
IDENTIFYING = (
    "Last month I emailed a court report to the wrong county office because the address "
    "book filled in a name that looked like Maria Delgado's. Nobody outside the agency "
    "opened it, but the supervisor and I spent an afternoon calling 555-214-8890 to ask "
    "them to delete it and writing up what happened. What I take from this clause is that "
    "speed is the real risk: I was finishing notes between home visits on my phone. From "
    "now on I will send anything about a child only from my desk, check the recipient "
    "twice, and use the secure portal instead of email, even when the foster parent asks "
    "for a copy."
)


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def _child_env(home: str) -> dict[str, str]:
    return {**os.environ, "COCO_HOME": home}


# ------------------------------------------------------------------ 1. imports


def measure_imports(home: str) -> dict:
    commands = {"pass": "pass", "toolkit": "import toolkit", "ipywidgets": "import ipywidgets"}
    env = _child_env(home)
    times: dict[str, list[float]] = {name: [] for name in commands}

    def run(code: str) -> float:
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env,
                              capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"bench/open_clause.py: `{code}` failed:\n{done.stderr.strip()}")
        return elapsed

    for code in commands.values():  # once each, untimed: bytecode caches and disk caches
        run(code)
    for n in range(IMPORT_ROUNDS):
        # Rotate the order too, so none of the three always follows the same one.
        order = list(commands.items())
        order = order[n % 3:] + order[:n % 3]
        for name, code in order:
            times[name].append(run(code))

    start_up = statistics.median(times["pass"])
    toolkit = statistics.median(times["toolkit"]) - start_up
    widgets = statistics.median(times["ipywidgets"]) - start_up

    probe = (
        "import json, sys, toolkit\n"
        f"mods = {{m: m in sys.modules for m in {HEAVY!r}}}\n"
        "lex = sys.modules.get('toolkit.privacy.lexicon')\n"
        "mods['privacy word lists'] = bool(lex and lex.lexicon.cache_info().currsize)\n"
        "print(json.dumps(mods))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, env=env,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench/open_clause.py: module probe failed:\n{done.stderr.strip()}")
    loaded = json.loads(done.stdout)

    ratio = toolkit / widgets if widgets > 0 else float("inf")
    print(f"1. imports, fresh interpreter each, {IMPORT_ROUNDS} rounds alternated "
          f"(interpreter start-up {start_up * 1e3:.1f} ms subtracted)")
    print(f"   import toolkit     median {toolkit * 1e3:7.1f} ms")
    print(f"   import ipywidgets  median {widgets * 1e3:7.1f} ms")
    print(f"   ratio toolkit / ipywidgets: {ratio:.2f}x (target <= {TARGET_IMPORT_RATIO}x): "
          f"{_verdict(ratio <= TARGET_IMPORT_RATIO)}")
    print("   after `import toolkit`: " + ", ".join(
        f"{name} {'loaded' if there else 'not loaded'}" for name, there in loaded.items()))
    return dict(toolkit=toolkit, ipywidgets=widgets, ratio=ratio, start_up=start_up)


# ------------------------------------------------------------------ 2. widgets


def measure_widgets() -> dict:
    import toolkit
    from toolkit.notices import Notice

    started = time.perf_counter()  # the cold build includes reading the curriculum
    scenario_ids = [s.id for s in toolkit.load().parts(CLAUSE).scenarios]
    loaded = time.perf_counter() - started
    builds = [(f'clause_card("{CLAUSE}")', lambda: toolkit.clause_card(CLAUSE)),
              (f'checklist("{CLAUSE}")', lambda: toolkit.checklist(CLAUSE))]
    builds += [(f'scenario("{sid}")', lambda sid=sid: toolkit.scenario(sid))
               for sid in scenario_ids]
    builds += [(f'coaching_questions("{CLAUSE}")', lambda: toolkit.coaching_questions(CLAUSE)),
               (f'reflections("{CLAUSE}")', lambda: toolkit.reflections(CLAUSE)),
               (f'progress("{CLAUSE}")', lambda: toolkit.progress(CLAUSE))]

    def build_all() -> float:
        start = time.perf_counter()
        made = [(label, build()) for label, build in builds]
        elapsed = time.perf_counter() - start
        for label, widget in made:
            if isinstance(widget, Notice):
                raise SystemExit(f"bench/open_clause.py: toolkit.{label} returned a notice, "
                                 f"not a widget:\n{widget!r}")
        return elapsed

    # The first build in a kernel: reading and validating the curriculum (above), then the
    # widgets' modules, ipywidgets, the store and the privacy guard's word lists.
    cold = loaded + build_all()
    warm = [build_all() for _ in range(WIDGET_ROUNDS)]
    median = statistics.median(warm)
    print(f"2. every widget of clause ({CLAUSE}): {len(builds)} cells "
          f"({len(scenario_ids)} scenarios), in this process")
    print(f"   cold (first in a kernel)  {cold * 1e3:7.1f} ms   (of which reading the "
          f"curriculum {loaded * 1e3:.0f} ms; loads pandas, pydantic, the word lists...)")
    print(f"   warm, {WIDGET_ROUNDS} builds     median {median * 1e3:7.1f} ms   max "
          f"{max(warm) * 1e3:7.1f} ms   target <= {TARGET_WIDGETS_MS:.0f} ms: "
          f"{_verdict(median * 1e3 <= TARGET_WIDGETS_MS)}")
    print("   (warm is what a participant meets on the second and later cells and notebooks "
          "in the same kernel)")
    return dict(cold=cold, median=median, max=max(warm))


# ------------------------------------------------------------------ 3. privacy scan


def measure_scan() -> dict:
    from toolkit.invented import invented_names
    from toolkit.privacy import scan

    allowed = invented_names()
    texts = {"clean": CLEAN, "identifying": IDENTIFYING}
    for name, text in texts.items():
        if not 580 <= len(text) <= 620:
            raise SystemExit(f"bench/open_clause.py: the {name} reflection has {len(text)} "
                             "characters, not 600 +- 20")
    found = {name: scan(text, allowed_names=allowed) for name, text in texts.items()}  # warm
    times: dict[str, list[int]] = {name: [] for name in texts}
    clock = time.perf_counter_ns
    for _ in range(SCAN_ROUNDS):
        for name, text in texts.items():
            start = clock()
            scan(text, allowed_names=allowed)
            times[name].append(clock() - start)

    print(f"3. privacy scan of one reflection, {SCAN_ROUNDS} each, interleaved "
          "(word lists already loaded)")
    result = {}
    for name, text in texts.items():
        ms = [t / 1e6 for t in times[name]]
        median, p95 = statistics.median(ms), _p95(ms)
        kinds = ", ".join(f"{f.kind} {f.text!r}" for f in found[name]) or "nothing"
        print(f"   {name:<12} {len(text)} chars  median {median:6.3f} ms   p95 {p95:6.3f} ms   "
              f"target p95 <= {TARGET_SCAN_P95_MS} ms: {_verdict(p95 <= TARGET_SCAN_P95_MS)}"
              f"   (found: {kinds})")
        result[name] = dict(median=median, p95=p95)
    return result


# ------------------------------------------------------------------ table


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="coco-bench-") as home:
        imports = measure_imports(home)
        print()
        # Set before toolkit is imported here: the store opens under COCO_HOME once per process.
        os.environ["COCO_HOME"] = home
        sys.path.insert(0, str(REPO))
        widgets = measure_widgets()
        print()
        scans = measure_scan()
        from toolkit.store import _open

        for store in list(_open.values()):
            store.close()

    rows = [
        ("import toolkit / ipywidgets", f"{imports['ratio']:.2f}x "
         f"({imports['toolkit'] * 1e3:.0f} / {imports['ipywidgets'] * 1e3:.0f} ms)",
         f"<= {TARGET_IMPORT_RATIO}x", imports["ratio"] <= TARGET_IMPORT_RATIO),
        (f"clause ({CLAUSE}) widgets, warm median", f"{widgets['median'] * 1e3:.1f} ms",
         f"<= {TARGET_WIDGETS_MS:.0f} ms", widgets["median"] * 1e3 <= TARGET_WIDGETS_MS),
        (f"clause ({CLAUSE}) widgets, cold (info)", f"{widgets['cold'] * 1e3:.0f} ms", "-", None),
    ]
    rows += [(f"scan 600 chars, {name}, p95", f"{row['p95']:.3f} ms",
              f"<= {TARGET_SCAN_P95_MS} ms", row["p95"] <= TARGET_SCAN_P95_MS)
             for name, row in scans.items()]
    print()
    print(f"{'figure':<36} {'measured':<24} {'target':<10} met")
    for figure, measured, target, ok in rows:
        print(f"{figure:<36} {measured:<24} {target:<10} "
              f"{'-' if ok is None else ('yes' if ok else 'NO')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
