"""How big a server a Coco hub needs: start and spawn times, memory per active participant.

Sets up a real hub as an agency does (deploy/jupyterhub/install.sh and jupyterhub_config.py,
through tests/hubs.py), with local users made for the run and removed after it. Users are
started in steps (1, 5, 10 by default); each opens a kernel and runs every code cell of a
clause notebook, so its widgets are built as in a workshop. Memory is read from
/proc/PID/smaps_rollup: PSS shares a library's pages among the processes that map it (what
adding a user really costs), RSS counts them in each (an upper bound).

Needs root, useradd and npm, like tests/test_hub.py. Usage:
    sudo .venv/bin/python bench/hub.py [--steps 1,5,10] [--clause h]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

import hubs  # noqa: E402
from collect import machine_reference  # noqa: E402 (bench/collect.py, beside this file)

TARGET_MIB = 200


def _clause_code(clause: str) -> str:
    notebook = next((REPO / "notebooks").glob(f"*-clause-{clause}-*.ipynb"))
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")


def _hub_pids(hub) -> list[int]:
    """The hub and its proxy: root's processes in the hub's process group."""
    import os

    pids = []
    for pid in hubs.pids_of_uid(0):
        try:
            if os.getpgid(pid) == hub.process.pid:
                pids.append(pid)
        except OSError:
            pass
    return pids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--steps", default="1,5,10", help="users active at each measurement")
    parser.add_argument("--clause", default="h", help="the clause notebook each user runs")
    args = parser.parse_args()
    steps = sorted({int(s) for s in args.steps.split(",")})
    problem = hubs.can_run()
    if problem:
        print(f"bench/hub.py could not run: {problem}", file=sys.stderr)
        return 2
    code = _clause_code(args.clause)
    print(f"machine reference: sum(range(10**6)) takes {machine_reference():.1f} ms here")
    with hubs.running_hub(steps[-1], 0) as hub:
        print(f"install.sh (environment up to date): {hub.install_seconds:.1f} s")
        print(f"hub ready after start: {hub.start_seconds:.1f} s")
        spawn, kernel_s, rows, active = [], [], [], 0
        previous = None
        for step in steps:
            for name in hub.users.participants[active:step]:
                spawn.append(hub.spawn(name))
                started = time.monotonic()
                kernel = hub.start_kernel(name)
                hub.execute(name, kernel, code, timeout=300)
                kernel_s.append(time.monotonic() - started)
            active = step
            time.sleep(2)  # let start-up garbage settle before reading memory
            per_user = [hubs.memory_mib(hub.server_pids(n))
                        for n in hub.users.participants[:active]]
            users_pss = sum(m["pss"] for m in per_user)
            shared = hubs.memory_mib(_hub_pids(hub))
            growth = ("" if previous is None else
                      f"{(users_pss - previous[1]) / (active - previous[0]):.0f}")
            rows.append((active, users_pss / active, max(m["rss"] for m in per_user),
                         users_pss, shared["pss"], growth))
            previous = (active, users_pss)
        print(f"spawn per user: median {sorted(spawn)[len(spawn) // 2]:.1f} s, "
              f"max {max(spawn):.1f} s; kernel start + clause ({args.clause}) cells: median "
              f"{sorted(kernel_s)[len(kernel_s) // 2]:.1f} s")
        print()
        print(" users  PSS/user MiB  RSS max/user MiB  users' PSS MiB  hub+proxy PSS MiB"
              "  growth/added user MiB")
        for users, pss_each, rss_max, total, hub_pss, growth in rows:
            print(f"{users:6d}  {pss_each:12.0f}  {rss_max:16.0f}  {total:14.0f}  "
                  f"{hub_pss:17.0f}  {growth:>21}")
        worst = max(r[1] for r in rows)
        verdict = "met" if worst <= TARGET_MIB else "NOT met"
        print(f"\ntarget: <= {TARGET_MIB} MiB per active participant (PSS): {verdict} "
              f"(worst {worst:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
