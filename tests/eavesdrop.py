"""Try to read another user's kernel, as a curious local user would; print what worked, as JSON.

Run by tests/test_hub.py as one user against another's (and, as the control that shows the
attempt can succeed, as the kernel's own user). Usage: ``python eavesdrop.py UID SECRET SECONDS``.

It finds the target's kernels in /proc (command lines are world-readable), reads their
connection files if it can, and subscribes to every IOPub address it can think of: the one in
the connection file, the ``ipc`` socket files beside it, and every loopback TCP port the target
user listens on. Subscribing to IOPub needs no key (messages are signed, not encrypted).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import zmq


def kernels_of(uid: int) -> list[str]:
    """Connection files named on the command lines of ``uid``'s kernels."""
    files = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if proc.stat().st_uid != uid:
                continue
            argv = proc.joinpath("cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        words = [a.decode(errors="replace") for a in argv]
        if any("ipykernel" in w for w in words) and "-f" in words:
            files.append(words[words.index("-f") + 1])
    return files


def loopback_ports(uid: int) -> list[int]:
    ports = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local, state, owner = fields[1], fields[3], int(fields[7])
            if state == "0A" and owner == uid:  # 0A: listening
                ports.append(int(local.rsplit(":", 1)[1], 16))
    return ports


def main() -> None:
    uid, secret, seconds = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    report = {"me": os.getuid(), "kernels": [], "read_connection_file": False,
              "addresses": [], "heard_secret": False, "messages": 0}
    context = zmq.Context()
    sub = context.socket(zmq.SUB)
    sub.setsockopt(zmq.SUBSCRIBE, b"")
    for connection_file in kernels_of(uid):
        report["kernels"].append(connection_file)
        addresses = []
        try:
            info = json.loads(Path(connection_file).read_text())
            report["read_connection_file"] = True
            join = "-" if info["transport"] == "ipc" else ":"
            addresses.append(f"{info['transport']}://{info['ip']}{join}{info['iopub_port']}")
        except OSError as exc:
            report.setdefault("refused", []).append(f"{type(exc).__name__}: {connection_file}")
        stem = os.path.splitext(connection_file)[0]
        addresses += [f"ipc://{stem}-ipc-{n}" for n in range(1, 11)]
        for address in addresses:
            try:
                sub.connect(address)
                report["addresses"].append(address)
            except zmq.ZMQError:
                pass
    for port in loopback_ports(uid):
        sub.connect(f"tcp://127.0.0.1:{port}")
        report["addresses"].append(f"tcp://127.0.0.1:{port}")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if sub.poll(200):
            frames = sub.recv_multipart()
            report["messages"] += 1
            if any(secret.encode() in frame for frame in frames):
                report["heard_secret"] = True
                break
    sub.close(linger=0)
    context.term()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
