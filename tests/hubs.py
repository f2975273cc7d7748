"""A real JupyterHub with real local users, for tests/test_hub.py and bench/hub.py.

It is set up exactly as an agency sets one up: ``deploy/jupyterhub/install.sh`` builds the
environment from the system Python and the wheel built from this checkout, and the hub reads
``deploy/jupyterhub/jupyterhub_config.py``. A small test configuration loads that file and changes
only what a test must: random loopback ports, a run folder of its own, and a shared-password
login for users who have no password (notes/jupyterhub.md). Needs root (users are created and
servers run as them), Node.js's npm (the proxy) and PyPI (the environment's dependencies).

Every process it starts is stopped by its PID: the hub (which stops the proxy and the servers it
started), then anything still running as one of the users it created; then the users, their
groups and the run folder are removed. The environment is kept in ``CACHE`` between runs, since
building it takes a minute or two; ``install.sh`` updates it with the wheel each time.
"""

from __future__ import annotations

import asyncio
import contextlib
import grp
import json
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.serving import LOOPBACK, free_port

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "deploy" / "jupyterhub"
CACHE = Path(os.environ.get("COCO_HUB_TEST_CACHE", "/var/tmp/coco-hub-test"))


class HubError(RuntimeError):
    """Something the hub or a user's server did not do in time, with what it printed."""


def can_run() -> str | None:
    """Why a hub cannot be run here, or None."""
    if os.name != "posix" or os.geteuid() != 0:
        return "a hub with local users needs root (CI runs as root)"
    for tool in ("useradd", "userdel", "groupadd", "groupdel", "npm"):
        if not shutil.which(tool):
            return f"{tool} is not installed"
    if not Path("/usr/bin/python3").exists():
        return "/usr/bin/python3 (a system Python every user can run) is missing"
    return None


def _run(args, *, timeout: float, env=None, what: str) -> str:
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired as exc:
        raise HubError(f"{what}: no end after {timeout:.0f} s") from exc
    if done.returncode != 0:
        raise HubError(f"{what} failed ({done.returncode}):\n{done.stdout[-3000:]}\n"
                       f"{done.stderr[-3000:]}")
    return done.stdout


def build_wheel(out: Path) -> Path:
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
          str(REPO)], timeout=600, what="building the wheel")
    return next(out.glob("coco_toolkit-*.whl"))


# --------------------------------------------------------------------------------- users

@dataclass
class Users:
    """Local users made for one run: ``participants`` and ``facilitators``, with two groups."""

    tag: str
    participants: list[str] = field(default_factory=list)
    facilitators: list[str] = field(default_factory=list)

    @property
    def participants_group(self) -> str:
        return f"cp{self.tag}"

    @property
    def facilitators_group(self) -> str:
        return f"cf{self.tag}"

    @property
    def everyone(self) -> list[str]:
        return self.participants + self.facilitators

    def create(self, participants: int, facilitators: int) -> None:
        for group in (self.participants_group, self.facilitators_group):
            _run(["groupadd", group], timeout=30, what=f"groupadd {group}")
        for role, count, group, names in (
                ("p", participants, self.participants_group, self.participants),
                ("f", facilitators, self.facilitators_group, self.facilitators)):
            for i in range(1, count + 1):
                name = f"c{self.tag}{role}{i}"
                _run(["useradd", "-m", "-s", "/bin/bash", "-G", group, name], timeout=30,
                     what=f"useradd {name}")
                names.append(name)

    def uid(self, name: str) -> int:
        return pwd.getpwnam(name).pw_uid

    def home(self, name: str) -> Path:
        return Path(pwd.getpwnam(name).pw_dir)

    def remove(self) -> list[str]:
        """Stop their processes (by PID), delete them, their homes and groups. Returns what
        could not be removed, so a test can fail on it after cleaning what it could."""
        left = []
        for name in self.everyone:
            try:
                uid = self.uid(name)
            except KeyError:
                continue
            kill_pids(pids_of_uid(uid))
            try:
                _run(["userdel", "-r", name], timeout=30, what=f"userdel {name}")
            except HubError as exc:
                left.append(str(exc))
        for group in (self.participants_group, self.facilitators_group):
            with contextlib.suppress(KeyError):
                grp.getgrnam(group)
                try:
                    _run(["groupdel", group], timeout=30, what=f"groupdel {group}")
                except HubError as exc:
                    left.append(str(exc))
        return left


def pids_of_uid(uid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if entry.stat().st_uid == uid:
                    found.append(int(entry.name))
    return found


def wait_for_no_processes(uid: int, timeout: float) -> list[int]:
    """The PIDs still running as ``uid`` after up to ``timeout`` seconds (empty when none)."""
    deadline = time.monotonic() + timeout
    while (left := pids_of_uid(uid)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


def kill_pids(pids, timeout: float = 10) -> None:
    """SIGTERM, then SIGKILL whatever is left after ``timeout``."""
    pids = list(pids)
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while pids and time.monotonic() < deadline:
        pids = [p for p in pids if Path(f"/proc/{p}").exists()]
        time.sleep(0.1)
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def memory_mib(pids) -> dict[str, float]:
    """Resident and proportional (shared pages split between processes) memory, in MiB."""
    kib = {"Rss": 0, "Pss": 0}
    for pid in pids:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                key, _, rest = line.partition(":")
                if key in kib:
                    kib[key] += int(rest.split()[0])
    return {"rss": kib["Rss"] / 1024, "pss": kib["Pss"] / 1024}


# ----------------------------------------------------------------------------- the hub

class Hub:
    """One hub for one run: install, start, use, stop."""

    def __init__(self, users: Users, run: Path, env: Path):
        self.users = users
        self.run = run
        self.env = env
        self.collect = run / "collect"
        self.state = run / "state"
        self.port, self.hub_port, self.api_port = free_port(), free_port(), free_port()
        self.url = f"http://{LOOPBACK}:{self.port}"
        self.service_token = secrets.token_hex(32)
        self.password = secrets.token_urlsafe(16)
        self.process: subprocess.Popen | None = None
        self.log = run / "hub.log"
        self.tokens: dict[str, str] = {}

    # -- set-up: the agency's own script, then a test config on top of the agency's config

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("COCO_", "PYTHON", "JUPYTER", "VIRTUAL_ENV"))}
        env.update(COCO_HUB_ENV=str(self.env), COCO_COLLECT_DIR=str(self.collect),
                   COCO_HUB_STATE=str(self.state), COCO_HUB_ETC=str(self.run / "etc"),
                   COCO_PARTICIPANTS_GROUP=self.users.participants_group,
                   COCO_FACILITATORS_GROUP=self.users.facilitators_group,
                   COCO_HUB_URL=self.url, COCO_PROXY_VERSION="5.3.0")
        return env

    def install(self, wheel: Path) -> float:
        started = time.monotonic()
        _run(["bash", str(DEPLOY / "install.sh"), str(wheel)], timeout=1200,
             env=self.environment(), what="deploy/jupyterhub/install.sh")
        self._write_test_config()
        return time.monotonic() - started

    def _write_test_config(self) -> None:
        allowed = sorted(self.users.everyone)
        text = f"""
# Written by tests/hubs.py: the agency's configuration, then what only a test changes.
load_subconfig({str(self.run / "etc" / "jupyterhub_config.py")!r})
c.JupyterHub.hub_port = {self.hub_port}
c.ConfigurableHTTPProxy.api_url = "http://{LOOPBACK}:{self.api_port}"
c.JupyterHub.authenticator_class = "shared-password"
c.SharedPasswordAuthenticator.user_password = {self.password!r}
c.Authenticator.allowed_users = set({allowed!r})
c.JupyterHub.services = [{{"name": "coco-test", "api_token": {self.service_token!r}}}]
c.JupyterHub.load_roles = [{{"name": "coco-test", "services": ["coco-test"],
    "scopes": ["admin:users", "admin:servers", "tokens", "list:users", "read:users"]}}]
"""
        path = self.run / "test_config.py"
        path.write_text(text, encoding="utf-8")
        path.chmod(0o600)

    # -- the hub's process

    def start(self, timeout: float = 90) -> float:
        """Start the hub; return seconds until its API answered."""
        started = time.monotonic()
        log = open(self.log, "ab")  # noqa: SIM115 (closed in stop)
        self._log_handle = log
        self.process = subprocess.Popen(
            [str(self.env / "bin" / "jupyterhub"), "-f", str(self.run / "test_config.py")],
            cwd=self.state, env=self.environment(), stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True)
        deadline = started + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise HubError(f"the hub stopped at start ({self.process.returncode}):\n"
                               + self.log_tail())
            with contextlib.suppress(OSError, HubError):
                if self.api("GET", "/hub/api/")[0] == 200:
                    return time.monotonic() - started
            time.sleep(0.2)
        raise HubError(f"the hub did not answer within {timeout:.0f} s:\n" + self.log_tail())

    def stop(self, timeout: float = 60) -> None:
        """SIGTERM to the hub (it stops its proxy and the servers it started), SIGKILL to its
        process group after ``timeout``."""
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
        self.process = None
        self._log_handle.close()

    def log_tail(self, chars: int = 4000) -> str:
        with contextlib.suppress(OSError):
            return self.log.read_text(errors="replace")[-chars:]
        return ""

    # -- REST

    def api(self, method: str, path: str, *, token: str | None = None, body=None,
            timeout: float = 30) -> tuple[int, object]:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.url + path, data=data, method=method,
            headers={"Authorization": f"token {token or self.service_token}",
                     "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as reply:
                raw = reply.read()
                return reply.status, json.loads(raw) if raw else None
        except urllib.error.HTTPError as exc:
            raw = exc.read()
            try:
                return exc.code, json.loads(raw) if raw else None
            except ValueError:
                return exc.code, raw.decode(errors="replace")

    def token_for(self, name: str) -> str:
        """A token of the user's own (a server's API refuses the service's token)."""
        if name not in self.tokens:
            status, reply = self.api("POST", f"/hub/api/users/{name}/tokens",
                                     body={"note": "coco test", "expires_in": 3600})
            if status not in (200, 201):
                raise HubError(f"no token for {name}: {status} {reply}")
            self.tokens[name] = reply["token"]
        return self.tokens[name]

    def login_by_password(self, name: str, password: str | None = None) -> int:
        """What a browser's login form does; returns the status of the hub's answer."""
        import http.cookiejar

        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        with opener.open(self.url + "/hub/login", timeout=30) as reply:
            reply.read()
        xsrf = next((c.value for c in jar if c.name == "_xsrf"), "")
        form = urllib.parse.urlencode({"username": name, "password": password or self.password,
                                       "_xsrf": xsrf}).encode()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar),
                                             NoRedirect())
        try:
            with opener.open(self.url + "/hub/login?next=", data=form, timeout=30) as reply:
                return reply.status
        except urllib.error.HTTPError as exc:
            return exc.code

    def spawn(self, name: str, timeout: float = 150) -> float:
        """Start the user's server; return seconds until the hub calls it ready."""
        started = time.monotonic()
        self.api("POST", f"/hub/api/users/{name}")  # 201, or 409 when it exists
        status, reply = self.api("POST", f"/hub/api/users/{name}/server")
        if status not in (201, 202, 400):  # 400: already running
            raise HubError(f"could not start {name}'s server: {status} {reply}")
        deadline = started + timeout
        while time.monotonic() < deadline:
            status, user = self.api("GET", f"/hub/api/users/{name}")
            server = (user or {}).get("servers", {}).get("") if status == 200 else None
            if server and server.get("ready"):
                return time.monotonic() - started
            time.sleep(0.25)
        raise HubError(f"{name}'s server was not ready within {timeout:.0f} s:\n"
                       + self.log_tail())

    def server_api(self, name: str, method: str, path: str, body=None):
        return self.api(method, f"/user/{name}{path}", token=self.token_for(name), body=body)

    def server_pids(self, name: str) -> list[int]:
        return pids_of_uid(self.users.uid(name))

    # -- kernels

    def start_kernel(self, name: str) -> str:
        status, kernel = self.server_api(name, "POST", "/api/kernels", {"name": "python3"})
        if status != 201:
            raise HubError(f"no kernel for {name}: {status} {kernel}")
        return kernel["id"]

    def execute(self, name: str, kernel_id: str, code: str, timeout: float = 120) -> str:
        """Run ``code`` in the user's kernel over its WebSocket, as JupyterLab does; return
        what it printed. An error in the kernel raises HubError with its traceback."""
        url = (f"ws://{LOOPBACK}:{self.port}/user/{name}/api/kernels/{kernel_id}/channels")
        return asyncio.run(_execute(url, self.token_for(name), code, timeout))


async def _execute(url: str, token: str, code: str, timeout: float) -> str:
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    deadline = time.monotonic() + timeout
    request = HTTPRequest(url, headers={"Authorization": f"token {token}"},
                          connect_timeout=timeout, request_timeout=timeout)
    connection = await asyncio.wait_for(websocket_connect(request), timeout)
    msg_id = uuid.uuid4().hex
    message = {
        "header": {"msg_id": msg_id, "username": "coco-test", "session": uuid.uuid4().hex,
                   "msg_type": "execute_request", "version": "5.3",
                   "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": False,
                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}
    await connection.write_message(json.dumps(message))
    printed: list[str] = []
    error = None
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise HubError(f"the kernel did not finish within {timeout:.0f} s; printed: "
                               f"{''.join(printed)[-2000:]}")
            raw = await asyncio.wait_for(connection.read_message(), remaining)
            if raw is None:
                raise HubError("the kernel's connection closed")
            reply = json.loads(raw)
            if reply.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = reply["msg_type"], reply["content"]
            if kind == "stream":
                printed.append(content["text"])
            elif kind == "error":
                error = "\n".join(content.get("traceback", [])) or content.get("evalue")
            elif kind == "status" and content["execution_state"] == "idle":
                break
    finally:
        connection.close()
    if error:
        raise HubError(f"the kernel raised:\n{error}\nprinted: {''.join(printed)[-2000:]}")
    return "".join(printed)


# ------------------------------------------------------------------------ one whole run

@contextlib.contextmanager
def running_hub(participants: int, facilitators: int, wheel_dir: Path | None = None):
    """Users, an installed environment and a started hub; everything undone on the way out."""
    problem = can_run()
    if problem:
        raise HubError(problem)
    CACHE.mkdir(mode=0o755, parents=True, exist_ok=True)
    CACHE.chmod(0o755)
    run = Path(tempfile.mkdtemp(prefix="coco-hub-run-", dir="/var/tmp"))
    run.chmod(0o755)  # users must reach the collect folder inside it
    users = Users(secrets.token_hex(3))
    hub = Hub(users, run, CACHE / "env")
    try:
        users.create(participants, facilitators)
        wheel = build_wheel(wheel_dir or run / "dist")
        hub.install_seconds = hub.install(wheel)
        hub.start_seconds = hub.start()
        yield hub
    finally:
        hub.stop()
        left = users.remove()
        shutil.rmtree(run, ignore_errors=True)
        if left:
            raise HubError("could not clean up: " + "; ".join(left))
