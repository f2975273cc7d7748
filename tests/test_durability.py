"""An answer acknowledged as saved is there afterwards, whatever happens to the kernel.

Child processes stand in for kernels (tests/store_writer.py): they print an item only after
Store.save returned. Killing one with SIGKILL mid-stream, or running several at once on the
same store, must lose nothing that was acknowledged.
"""

import os
import random
import signal
import subprocess
import sys
import time

from helpers import REPO
from toolkit.store import Store

WRITER = [sys.executable, str(REPO / "tests" / "store_writer.py")]


def _start(home, tag, count):
    process = subprocess.Popen([*WRITER, str(home), tag, str(count)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert _first_line(process) == "ready", process.stderr.read()
    return process


def _first_line(process) -> str:
    """The writer's first line, read a byte at a time from the pipe itself: readline() on the
    text stream may read ahead the first items too, which communicate(), reading the pipe
    and not that stream's buffer, would then never see."""
    line = b""
    while not line.endswith(b"\n"):
        byte = os.read(process.stdout.fileno(), 1)
        if not byte:
            break
        line += byte
    return line.decode().strip()


def test_kill_9_mid_stream_loses_no_acknowledged_answer(tmp_path):
    rng = random.Random(20261125)
    for round_ in range(20):
        home = tmp_path / f"round-{round_}"
        process = _start(home, f"r{round_}", 100_000)
        acknowledged = []
        deadline = time.monotonic() + rng.uniform(0.02, 0.4)
        while time.monotonic() < deadline:
            acknowledged.append(process.stdout.readline().strip())
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        # Anything printed before the kill but not yet read was acknowledged too.
        acknowledged += [line.strip() for line in process.stdout.read().splitlines()]
        acknowledged = [a for a in acknowledged if a]
        assert acknowledged, "the writer saved nothing before it was killed"
        store = Store(home)
        saved = store.answers("h")
        store.close()
        missing = [a for a in acknowledged if a not in saved]
        assert not missing, f"round {round_}: lost {len(missing)} acknowledged answers"
        assert saved[acknowledged[-1]] == int(acknowledged[-1].split("-")[1])


def test_four_writers_at_once_lose_nothing_and_never_see_locked(tmp_path):
    home = tmp_path / "shared"
    Store(home).close()  # created once, as the first notebook would
    writers = [_start(home, f"w{n}", 500) for n in range(4)]
    for process in writers:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        assert "locked" not in err.lower()
        assert len(out.split()) == 500
    store = Store(home)
    saved = store.answers("h")
    assert len(saved) == 2000
    assert all(saved[f"w{n}-{i}"] == i for n in range(4) for i in range(500))
    assert len(store._db.execute("SELECT seq FROM answer_log").fetchall()) == 2000


def test_a_full_disk_gives_a_plain_message_and_keeps_earlier_answers(tmp_path):
    run = subprocess.run([sys.executable, str(REPO / "tests" / "store_filler.py"),
                          str(tmp_path / "home")], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    message = run.stdout.strip()
    assert message.startswith("Your last answer was NOT saved")
    assert "full" in message and "Tell your facilitator" in message
    assert "Traceback" not in run.stdout + run.stderr
    store = Store(tmp_path / "home")
    assert store.get("h-r1") == "written before the disk filled"
