"""The privacy guard's speed beside an earlier commit's, measured side by side in one run.

    .venv/bin/python bench/privacy_speed.py                      # against BASELINE, below
    .venv/bin/python bench/privacy_speed.py REV --python PY     # another commit, interpreter

Lines per second depend on the machine: the same code measured 14,248 lines/s in one session
and 10,183 in the next. What a speed change is worth is its ratio to the code before it,
timed on the same machine at the same time. So this script exports `toolkit/` at REV into a
temporary folder, times both trees on the same lines (bench/corpus/) in fresh processes
taking turns, and prints each one's best and their ratio.

BASELINE is the commit where issue 11 (a faster guard) began. The issue measured it at about
8,000-9,000 lines/s and set a target of 15,000: about 1.75 times as fast. (On 2026-12-04,
side by side on one machine, this tree ran about half as fast as it: 8,952 against 18,961
lines/s. The rules and the name model added since for recall cost more than the speed-ups
gave back.) That tree reads the `names` and `gender-guesser` packages, which Coco no longer
installs (gender-guesser is GPL). Give it an interpreter that has them and sees this
project's packages, made once with:

    python3 -m venv /tmp/coco-baseline
    /tmp/coco-baseline/bin/pip install names==0.3.0 gender-guesser==0.4.0
    .venv/bin/python -c "import site; print(site.getsitepackages()[0])" \\
        > /tmp/coco-baseline/lib/python3.11/site-packages/coco-venv.pth

and pass `--python /tmp/coco-baseline/bin/python`. Without it, the script says so and exits 0,
as every bench script does: the figures inform, tests fail a build.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BASELINE = "1ef8f8f"
ROUNDS, PASSES = 3, 2
# A child process: import `scan` from the tree given, scan every line once to warm up, then
# time PASSES passes and print the best one's lines per second
_PROBE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from toolkit.privacy import scan
texts = json.load(open(sys.argv[2], encoding="utf-8"))
for text in texts:
    scan(text)
best = float("inf")
for _ in range(int(sys.argv[3])):
    began = time.perf_counter()
    for text in texts:
        scan(text)
    best = min(best, time.perf_counter() - began)
print(len(texts) / best)
"""


def export(rev: str, into: Path) -> None:
    """toolkit/ as it was at rev, without touching the working tree."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "toolkit"],
                             capture_output=True, check=True).stdout
    with tempfile.TemporaryFile() as tar:
        tar.write(archive)
        tar.seek(0)
        with tarfile.open(fileobj=tar) as opened:
            opened.extractall(into, filter="data")


def importable(python: str, tree: Path, label: str) -> None:
    """Raises RuntimeError, naming what is missing, if python cannot scan with tree's guard
    (which reads its name lists on the first name): a baseline that needs packages Coco
    dropped fails here, before minutes of timing."""
    ran = subprocess.run([python, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                          "from toolkit.privacy import scan; scan('Dana Reyes called')", str(tree)],
                         capture_output=True, text=True, timeout=120)
    if ran.returncode:
        last = (ran.stderr.strip().splitlines() or ["no message"])[-1]
        raise RuntimeError(f"{python} cannot run the guard of {label}: {last}")


def lines_per_second(python: str, tree: Path, texts: Path, label: str) -> float:
    ran = subprocess.run([python, "-c", _PROBE, str(tree), str(texts), str(PASSES)],
                         capture_output=True, text=True, timeout=1200)
    if ran.returncode:
        last = (ran.stderr.strip().splitlines() or ["no message"])[-1]
        raise RuntimeError(f"{label} could not be timed with {python}: {last}")
    return float(ran.stdout)


def main(argv: list[str]) -> int:
    import argparse
    parser = argparse.ArgumentParser(description="The guard's speed beside another commit's.")
    parser.add_argument("rev", nargs="?", default=BASELINE, help=f"default {BASELINE}")
    parser.add_argument("--python", default=sys.executable,
                        help="an interpreter that runs that commit's guard")
    args = parser.parse_args(argv)
    rev, python = args.rev, args.python
    sys.path.insert(0, str(REPO / "bench"))
    from privacy import load_corpus

    texts = [ex.text for ex in load_corpus(None)]
    with tempfile.TemporaryDirectory(prefix="coco-speed-") as tmp:
        old = Path(tmp) / "baseline"
        export(rev, old)
        importable(python, old, rev)
        lines = Path(tmp) / "lines.json"
        lines.write_text(json.dumps(texts), encoding="utf-8")
        print(f"privacy guard speed on {len(texts):,} lines (bench/corpus/), this tree beside "
              f"{rev}, {ROUNDS} rounds taking turns, best of {PASSES} passes in each")
        now_best = old_best = 0.0
        for round_ in range(ROUNDS):
            # Taking turns, and swapping who goes first, spreads a slow spell over both
            order = [("now", REPO), (rev, old)]
            if round_ % 2:
                order.reverse()
            figures = {}
            for label, tree in order:
                figures[label] = lines_per_second(sys.executable if label == "now" else python,
                                                  tree, lines, label)
            now_best = max(now_best, figures["now"])
            old_best = max(old_best, figures[rev])
            print(f"  round {round_ + 1}: this tree {figures['now']:8,.0f} lines/s, "
                  f"{rev} {figures[rev]:8,.0f} lines/s: {figures['now'] / figures[rev]:.2f} times")
        print(f"best: this tree {now_best:,.0f} lines/s, {rev} {old_best:,.0f} lines/s: "
              f"{now_best / old_best:.2f} times as fast")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except (RuntimeError, subprocess.SubprocessError, OSError) as error:
        print(f"bench/privacy_speed.py could not compare: {error}")
        print("(see this script's docstring for an interpreter that runs the baseline)")
        sys.exit(0)
