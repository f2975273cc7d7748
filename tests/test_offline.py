"""Store, guard, widgets, export, takeaway and handouts run with network sockets blocked.

The subject is confidentiality: nothing Coco does with answers may touch the network. Unix
sockets stay allowed (SQLite and the OS use none, but pytest's own machinery may).
"""

import subprocess
import sys

from helpers import REPO

OFFLINE = ["tests/test_store.py", "tests/test_privacy.py", "tests/test_exchange.py",
           "tests/test_scenario.py", "tests/test_text_answers.py", "tests/test_action_plan.py",
           "tests/test_handouts.py"]


def test_store_privacy_and_export_pass_with_sockets_blocked():
    present = [t for t in OFFLINE if (REPO / t).exists()]
    assert "tests/test_store.py" in present
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-o", "addopts=", "-p", "no:cacheprovider",
         "--disable-socket", "--allow-unix-socket", *present],
        cwd=REPO, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "skipped" not in run.stdout


def test_the_block_is_real(tmp_path):
    """The same flags make a test that opens an internet socket fail: the block bites."""
    probe = tmp_path / "test_probe.py"
    probe.write_text("import socket\n\n"
                     "def test_opens_a_socket():\n"
                     "    socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()\n")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-o", "addopts=", "-p", "no:cacheprovider",
         "--disable-socket", "--allow-unix-socket", str(probe)],
        cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "SocketBlockedError" in run.stdout
