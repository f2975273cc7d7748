"""The safeguards every Coco server gets, JupyterLab's and Voilà's alike, written once.

- Loopback only: the server answers this machine alone, never the network it sits on.
- A token: another user of a shared machine can reach loopback too, and a page of Coco's runs a
  kernel as the person who started the server, writing into their answer store.
- ``ipc`` kernels (on posix): a kernel's sockets are files in the server's private runtime
  folder; over loopback TCP any local user can read a kernel's outputs without its key
  (notes/jupyterhub.md).
- ``--allow-root`` only for JupyterLab, which refuses root without it (containers and CI run
  as root); Voilà has no such check and no such flag.
- Idle kernels of closed pages culled (Voilà: every page view starts a kernel, ~56 MB, that
  outlives its tab). A kernel with an open page is never culled (``cull_connected`` stays off).
- No outbound fetches: JupyterLab's extension manager would ask PyPI; Voilà's templates link a
  CDN, which Coco's own templates replace (``toolkit/present``).
"""

from __future__ import annotations

import os
import secrets
import socket
import sys
from dataclasses import dataclass

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class App:
    """Where one server application keeps the settings the safeguards set."""

    name: str
    ip: str
    port: str
    port_retries: str
    token: str
    open_browser: str
    refuses_root: bool


APPS = {
    "lab": App("lab", "ServerApp.ip", "ServerApp.port", "ServerApp.port_retries",
               "IdentityProvider.token", "ServerApp.open_browser", refuses_root=True),
    "voila": App("voila", "Voila.ip", "Voila.port", "Voila.port_retries",
                 "Voila.token", "Voila.open_browser", refuses_root=False),
}


@dataclass(frozen=True)
class Culling:
    """Shut down a kernel idle for ``timeout`` seconds with no page connected to it,
    looking every ``interval`` seconds."""

    timeout: int = 120
    interval: int = 15


def safeguards(app: str, *, port: int | None = None, token: str | None = None,
               open_browser: bool | None = None, culling: Culling | None = None) -> list[str]:
    """The command-line options that give server ``app`` ("lab" or "voila") Coco's safeguards.

    ``port``: a fixed port and no retries (the address printed must be the one served);
    ``token``: the one to require (None leaves the application's own default: JupyterLab
    makes one up, Voilà requires none); ``open_browser`` None means "if a screen exists".
    """
    spec = APPS[app]
    args = [f"--{spec.ip}={LOOPBACK}"]
    if os.name == "posix":
        args.append("--KernelManager.transport=ipc")
        if spec.refuses_root and is_root():
            args.append("--allow-root")
    if port is not None:
        args += [f"--{spec.port}={port}", f"--{spec.port_retries}=0"]
    if token is not None:
        args.append(f"--{spec.token}={token}")
    if open_browser is None:
        open_browser = has_display()
    args.append(f"--{spec.open_browser}={open_browser}")
    if culling is not None:
        args += [f"--MappingKernelManager.cull_idle_timeout={culling.timeout}",
                 f"--MappingKernelManager.cull_interval={culling.interval}",
                 "--MappingKernelManager.cull_connected=False"]
    return args


def environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The server's environment: this one, with kernels taken from this Python environment."""
    env = dict(os.environ)
    env["JUPYTER_PREFER_ENV_PATH"] = "1"  # this environment's kernel, not a stray user one
    env.update(extra or {})
    return env


def is_root() -> bool:
    return os.name == "posix" and os.geteuid() == 0


def has_display() -> bool:
    """Whether a browser could open here (on Linux, only with an X or Wayland display)."""
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def new_token() -> str:
    return secrets.token_hex(24)


def free_port() -> int:
    """A port free on loopback now (another program could take it before the server does;
    the server then fails to start, rather than serve elsewhere than the address printed)."""
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]
