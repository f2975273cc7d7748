"""Voilà over a site (``site.py``), with the safeguards JupyterLab has (``toolkit.serving``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

from .. import serving
from .site import Site

READY_TIMEOUT = 90  # seconds for Voilà to answer; its start takes 1-3 s on 2 cores
STOP_TIMEOUT = 20  # seconds for Voilà to shut its kernels down before it is killed
ASK_AGAIN = 5  # seconds between Ctrl+Cs sent to Voilà (its clean stop takes about a second)
KERNEL_STOP_TIMEOUT = 5  # seconds for a kernel Voilà left running to end on SIGTERM
CULLING = serving.Culling()  # a closed page's kernel is shut down about two minutes later


def voila_arguments(site: Site, template: str, *, port: int, token: str,
                    culling: serving.Culling | None = CULLING,
                    preheat: str | None = None, sockets: Path | None = None) -> list[str]:
    """The command line that serves ``site`` through ``template`` with Coco's safeguards.

    ``preheat``: a notebook (relative to the site) to keep one kernel ready for, executed
    before the page is asked for; it cuts the wait for the first widgets (notes/jupyter-stack.md).
    Only that notebook: Voilà would otherwise preheat every notebook in the folder. Voilà
    refills the pool each time the page takes its kernel and never culls a kernel in the pool,
    so one kernel (~56 MB) waits ready for that notebook while the server runs; other pages
    start their kernels as they open. ``sockets``: where Voilà keeps kernels' connection files
    (default: ``socket_folder()``; ``_serve`` gives each run a folder of its own there).
    """
    args = [sys.executable, "-m", "voila", str(site.notebooks),
            f"--VoilaConfiguration.template={template}",
            "--VoilaConfiguration.strip_sources=True",  # no code on the page (the default, said)
            "--VoilaConfiguration.show_tracebacks=False",
            "--VoilaConfiguration.theme=light",
            # Voilà makes a private folder (0700) in here for kernels' files and ipc sockets.
            f"--Voila.connection_dir_root={sockets or socket_folder()}"]
    # We print the page's own address and open it ourselves: Voilà would open its file list.
    args += serving.safeguards("voila", port=port, token=token, open_browser=False,
                               culling=culling)
    if preheat:
        pools = {"default": {"pool_size": 0}, preheat: {"pool_size": 1}}
        args += ["--VoilaConfiguration.preheat_kernel=True",
                 f"--VoilaKernelManager.kernel_pools_config={pools!r}"]
    return args


# A Unix socket's path holds 107 bytes at most. A run's own folder ("/coco-" and 8 characters),
# Voilà's folder in it ("/voila_" and 8) and a kernel's socket ("/kernel-", its 36-character id,
# "-ipc-1") take 79 of them.
SOCKET_PATH_MAX = 107
SOCKET_NAME_LENGTH = 79


def socket_folder() -> Path:
    """A folder whose path leaves room for kernels' ipc sockets.

    Jupyter's runtime folder, as JupyterLab uses, else the system's temporary folder, else
    /tmp: on macOS the temporary folder ($TMPDIR, ~49 characters) is too long for a socket.
    """
    import tempfile

    from jupyter_core.paths import jupyter_runtime_dir

    for candidate in (Path(jupyter_runtime_dir()), Path(tempfile.gettempdir()), Path("/tmp")):
        if len(os.fsencode(candidate)) + SOCKET_NAME_LENGTH <= SOCKET_PATH_MAX:
            candidate.mkdir(mode=0o700, parents=True, exist_ok=True)
            return candidate
    raise RuntimeError("no folder with a path short enough for the kernels' sockets: set "
                       "JUPYTER_RUNTIME_DIR to a short one (such as /tmp/coco).")


def run_socket_folder() -> Path:
    """A private folder (0700) for one run's kernel files, which the run removes when it ends.

    Voilà removes its own folder before it shuts its kernels down, so a kernel still starting
    as it stops can leave files behind; removing the run's whole folder after Voilà has exited
    leaves nothing, whatever Voilà did.
    """
    import tempfile

    return Path(tempfile.mkdtemp(prefix="coco-", dir=socket_folder()))


def voila_environment(site: Site, extra: dict[str, str] | None = None) -> dict[str, str]:
    found = [str(site.jupyter_path)] + [p for p in os.environ.get("JUPYTER_PATH", "").split(
        os.pathsep) if p]
    return serving.environment({"JUPYTER_PATH": os.pathsep.join(found), **(extra or {})})


def page_url(port: int, token: str, notebook: str) -> str:
    return f"http://{serving.LOOPBACK}:{port}/voila/render/{quote(notebook)}?token={token}"


def wait_ready(port: int, template: str, process: subprocess.Popen,
               timeout: float = READY_TIMEOUT) -> None:
    """Wait until Voilà serves our template's files (asking for a page would start a kernel)."""
    probe = (f"http://{serving.LOOPBACK}:{port}/voila/templates/{template}/static/vendor/"
             "fontawesome-free/LICENSE.txt")
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(probe, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if process.poll() is not None:
            raise RuntimeError(f"Voilà stopped as it started (exit code {process.returncode}); "
                               "its messages are above.")
        if time.monotonic() > deadline:
            raise RuntimeError(f"Voilà did not answer on port {port} within {timeout:.0f} s; "
                               "its messages are above.")
        time.sleep(0.2)


def stop(process: subprocess.Popen, sockets: Path | None = None, *, asked: bool = False) -> bool:
    """Stop Voilà as Ctrl+C does, then end any kernel of this run still running; return
    whether Voilà stopped by itself (False: it was killed after ``STOP_TIMEOUT``).

    Ctrl+C is Voilà's one clean stop. Once a preheated kernel has run its notebook, SIGTERM
    ends Voilà at once and orphans its kernels; while that run (nbclient) goes on, it holds
    Voilà's handlers for both signals, and a Ctrl+C then stops only that kernel. So Voilà is
    asked again every ``ASK_AGAIN`` seconds. ``asked``: Voilà had a Ctrl+C already (one typed
    in the terminal reaches it too, in our process group), so it is first given that long.

    A kernel started as Voilà stops can outlive it: one still starting when its parent dies
    does not notice, and on a desktop an orphan's new parent is the user's service manager,
    not init. ``end_kernels`` ends the kernels of ``sockets``, the run's own folder.
    """
    deadline = time.monotonic() + STOP_TIMEOUT
    killed = False
    if not asked and process.poll() is None:
        process.send_signal(signal.SIGINT)
    while process.poll() is None:
        try:
            process.wait(timeout=max(0.0, min(ASK_AGAIN, deadline - time.monotonic())))
        except subprocess.TimeoutExpired:
            if time.monotonic() >= deadline:
                process.kill()
                process.wait()
                killed = True
            else:
                process.send_signal(signal.SIGINT)
    if sockets is not None:
        end_kernels(sockets)
    return not killed


def end_kernels(folder: Path, timeout: float = KERNEL_STOP_TIMEOUT) -> list[int]:
    """End the processes whose command line names ``folder``: kernels whose connection files
    were kept there. SIGTERM first, SIGKILL after ``timeout``; returns the ones found."""
    found = kernels_in(folder)
    for pid in found:
        _signal(pid, signal.SIGTERM)
    _wait_ended(found, timeout)
    left = kernels_in(folder)
    for pid in left:
        _signal(pid, signal.SIGKILL)
    _wait_ended(left, timeout)
    return found


def _wait_ended(pids: list[int], timeout: float) -> None:
    """Wait until none of ``pids`` runs, or ``timeout`` passes.

    Waits on the processes, not on the folder in their command lines: a process ending drops
    its command line before it is done (the kernel frees its memory first), so a kernel could
    look gone while it still ran, which made a test of stop() fail now and then in CI.
    """
    wanted = set(pids)
    deadline = time.monotonic() + timeout
    while wanted and time.monotonic() < deadline:
        running = {pid for pid, state, _ in _processes() if state[:1] not in (b"Z", b"X")}
        wanted &= running
        if wanted:
            time.sleep(0.1)


def kernels_in(folder: Path) -> list[int]:
    """Running processes (not zombies) whose command line names a file in ``folder``.

    A run's folder is a fresh private one, so nothing else names it. Read from /proc on Linux
    and from ``ps`` on other Unix systems; on Windows kernels watch their parent's handle and
    end with it, and connection files are not sockets, so there is nothing to look for.
    """
    if os.name != "posix":
        return []
    needle = os.fsencode(folder).rstrip(b"/") + b"/"
    found = []
    for pid, state, command in _processes():
        if needle in command and not state.startswith(b"Z") and pid != os.getpid():
            found.append(pid)
    return found


def _processes() -> list[tuple[int, bytes, bytes]]:
    """(pid, state, command line) of every process visible to this user."""
    proc = Path("/proc")
    if sys.platform.startswith("linux") and proc.is_dir():
        rows = []
        for entry in proc.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
                state = (entry / "stat").read_bytes().rsplit(b")", 1)[1].split()[0]
            except (OSError, IndexError):
                continue  # it ended as we looked
            rows.append((int(entry.name), state, command))
        return rows
    try:
        listing = subprocess.run(["ps", "-A", "-ww", "-o", "pid=", "-o", "stat=", "-o",
                                  "command="], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []
    rows = []
    for line in listing.stdout.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[0].isdigit():
            rows.append((int(parts[0]), parts[1], parts[2]))
    return rows


def _signal(pid: int, number: int) -> None:
    try:
        os.kill(pid, number)
    except (ProcessLookupError, PermissionError):
        pass  # it ended already, or is not ours to end
