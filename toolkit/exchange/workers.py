"""Reading thousands of export files on every core, for a facilitator after a large course.

Reading an export is Python work (parse, digest, validate, summarise) that holds the GIL, so
threads do not help; separate processes do. Below ``PARALLEL_FROM`` files one process is
quicker, because a helper needs about a third of a second to start (bench/collect.py).

The helpers are plain ``python -m toolkit.exchange.workers`` subprocesses, not
``multiprocessing``: in a Jupyter kernel that module would re-import the kernel's own main
module in each helper, and forking a kernel (which runs threads) is unsafe. Each helper gets
its share of the paths and the caller's ``keep`` on stdin, pickled, and answers on stdout the
same way; nothing leaves the machine. The caller reads a share itself meanwhile. Whatever goes
wrong with a helper (it cannot start, dies, or answers with something else), its share is read
again in the caller, so the result never depends on whether helpers worked; the reason goes to
Coco's private log, never to the screen.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from pathlib import Path

PARALLEL_FROM = 2_000
MAX_HELPERS = 7
_SECONDS_PER_FILE = 0.01  # a generous deadline: about twenty times the time a file takes


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows
        return os.cpu_count() or 1


def read_all(paths: list[Path], keep, read_one, *, helpers: int | None = None) -> list:
    """``read_one(path, keep)`` for every path, in order, shared with helper processes.

    ``helpers`` (default: one per further core, when there are ``PARALLEL_FROM`` files or more)
    is for tests; ``keep`` that cannot be pickled (a lambda) keeps all the work here."""
    if helpers is None:
        helpers = min(usable_cores() - 1, MAX_HELPERS) if len(paths) >= PARALLEL_FROM else 0
    helpers = min(helpers, len(paths) - 1)
    if helpers < 1 or not _picklable(keep):
        return [read_one(path, keep) for path in paths]
    shares = [paths[n::helpers + 1] for n in range(helpers + 1)]  # similar files in each share
    started = [_start(share, keep) for share in shares[1:]]
    mine = [read_one(path, keep) for path in shares[0]]
    results = [mine] + [_finish(process, share, keep, read_one)
                        for process, share in zip(started, shares[1:])]
    merged = [None] * len(paths)
    for n, outcomes in enumerate(results):
        merged[n::helpers + 1] = outcomes
    return merged


def _picklable(keep) -> bool:
    try:
        pickle.dumps(keep)
    except Exception:  # noqa: BLE001 - any failure means "read everything here"
        return False
    return True


def helper_command() -> tuple[list[str], dict]:
    """The helper's command line and environment: this Python, finding this toolkit first
    (a checkout that was never installed, too)."""
    package_root = str(Path(__file__).resolve().parent.parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
    return [sys.executable, "-m", "toolkit.exchange.workers"], env


def _start(share: list[Path], keep):
    from .. import logs

    command, env = helper_command()
    try:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=env)
    except OSError as exc:
        logs.logger().warning("reading exports: a helper process did not start (%s); reading "
                              "its share here", exc)
        return None
    # Fed from a thread: the helper reads its request only once Python has started, and the
    # caller has its own share to read meanwhile.
    feeder = threading.Thread(target=_feed, args=(process, pickle.dumps(
        ([str(p) for p in share], keep))), daemon=True)
    feeder.start()
    return process, feeder


def _feed(process, request: bytes) -> None:
    try:
        process.stdin.write(request)
        process.stdin.close()
    except OSError:  # the helper died before reading; _finish finds out
        pass


def _finish(started, share: list[Path], keep, read_one) -> list:
    from .. import logs

    if started is not None:
        process, feeder = started
        try:
            feeder.join()
            process.stdin = None  # closed by the feeder; communicate() must not flush it
            out, err = process.communicate(timeout=60 + _SECONDS_PER_FILE * len(share))
            if process.returncode == 0:
                outcomes = pickle.loads(out)
                if isinstance(outcomes, list) and len(outcomes) == len(share):
                    return outcomes
            why = f"it ended with code {process.returncode}: {_last_line(err)}"
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            why = "it took too long"
        except Exception as exc:  # noqa: BLE001 - an answer that does not unpickle
            why = f"its answer could not be read ({type(exc).__name__})"
        logs.logger().warning("reading exports: a helper process failed (%s); reading its "
                              "share here", why)
    return [read_one(path, keep) for path in share]


def _last_line(err: bytes) -> str:
    lines = err.decode("utf-8", "replace").strip().splitlines()
    return lines[-1][:200] if lines else "no message"


def main() -> int:
    """A helper: read the share named on stdin, answer on stdout; nothing else on stdout."""
    answer = sys.stdout.buffer
    sys.stdout = sys.stderr  # anything a library prints must not corrupt the answer
    from .reading import read_outcome

    names, keep = pickle.loads(sys.stdin.buffer.read())
    outcomes = [read_outcome(Path(name), keep) for name in names]
    answer.write(pickle.dumps(outcomes, protocol=pickle.HIGHEST_PROTOCOL))
    answer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
