"""A real JupyterHub with three participants and a facilitator, set up by deploy/jupyterhub/.

The environment is built by the agency's own ``install.sh`` from the system Python and the wheel
of this checkout; the hub reads the agency's ``jupyterhub_config.py`` (tests/hubs.py changes only
ports, run folder and login). Each participant, through their own server and kernel, ticks a
checklist item, answers a scenario and exports into the collect folder. Then: three private
stores, owned by their users; no participant reads another's store, export or kernel; the
facilitator's collect reads three exports; a hub stopped and started again has lost nothing.

Needs root, useradd and npm: CI runs as root, and there this test fails rather than skips when
it cannot run. Everything it starts it stops by PID, and the users it made are removed.
"""

from __future__ import annotations

import grp
import json
import os
import pwd
import secrets
import stat
import subprocess
import threading
from pathlib import Path

import pytest

import hubs

PARTICIPANTS, FACILITATORS = 3, 1
SCENARIO = "h-s1"

# The kernel first sets the umask a hub without Coco's configuration would give (022), so that
# the store's modes below are Coco's own doing, not the configuration's umask 077.
ANSWER = f"""
import os
os.umask(0o022)
import json, toolkit, toolkit.locations
box = toolkit.checklist("h")
box.boxes["h-c1"].value = True
scenario = toolkit.scenario("{SCENARIO}")
scenario.choice.value = scenario.best.id
scenario.check.click()
result = toolkit.export_answers()
print(json.dumps({{"ok": result.ok, "message": str(result), "export": str(result.path),
                  "store": str(toolkit.locations.home()), "best": scenario.best.id,
                  "workspace": str(toolkit.locations.workspace())}}))
"""

TRY_TO_READ = """
import json, os
tried = {}
for path in %r:
    try:
        if os.path.isdir(path):
            os.listdir(path)
        else:
            open(path, "rb").read(1)
        tried[path] = "read"
    except OSError as exc:
        tried[path] = type(exc).__name__
print(json.dumps(tried))
"""

STORE_NOW = """
import json
from toolkit.store import open_store
store = open_store()
print(json.dumps({"h": store.answers("h"), "scenario": store.get(%r)}))
""" % SCENARIO


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    problem = hubs.can_run()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the hub test, but {problem}")
        pytest.skip(problem)
    with hubs.running_hub(PARTICIPANTS, FACILITATORS,
                          wheel_dir=tmp_path_factory.mktemp("dist")) as running:
        yield running


@pytest.fixture(scope="module")
def answered(hub):
    """Each participant's server started, a kernel of theirs answering and exporting."""
    done = {}
    for name in hub.users.participants:
        assert hub.login_by_password(name) == 302, hub.log_tail()
        hub.spawn(name)
        kernel = hub.start_kernel(name)
        done[name] = json.loads(hub.execute(name, kernel, ANSWER).strip().splitlines()[-1])
        done[name]["kernel"] = kernel
    return done


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_login_needs_an_allowed_user_and_the_password(hub):
    name = hub.users.participants[0]
    assert hub.login_by_password(name) == 302
    assert hub.login_by_password(name, "not the password") == 403
    assert hub.login_by_password("root") == 403


def test_every_participant_answered_and_exported(answered):
    for name, facts in answered.items():
        assert facts["ok"], facts["message"]
        assert "collect folder" in facts["message"]


def test_each_store_is_private_to_its_participant(hub, answered):
    """0700 folders and 0600 files, made so by the store itself under the kernel's umask 022."""
    stores = {Path(facts["store"]) for facts in answered.values()}
    assert len(stores) == PARTICIPANTS
    for name, facts in answered.items():
        store, uid = Path(facts["store"]), hub.users.uid(name)
        assert store.is_relative_to(hub.users.home(name)), store
        files = [store, *store.rglob("*")]
        assert len(files) > 1, f"{name}'s store holds nothing"
        for path in files:
            assert path.lstat().st_uid == uid, path
            assert _mode(path) == (0o700 if path.is_dir() else 0o600), (path, oct(_mode(path)))


def test_the_hub_umask_keeps_other_files_private_too(hub, answered):
    """Files a server writes without Coco's own modes (the workspace's notebooks) come out
    unreadable by others, because the configuration sets umask 077."""
    for facts in answered.values():
        notebooks = list(Path(facts["workspace"]).glob("*.ipynb"))
        assert len(notebooks) == 12
        assert all(_mode(p) & 0o077 == 0 for p in notebooks), [oct(_mode(p)) for p in notebooks]


def test_answers_were_saved_in_each_store(hub, answered):
    for name, facts in answered.items():
        now = json.loads(hub.execute(name, facts["kernel"], STORE_NOW).strip())
        assert now["h"].get("h-c1") is True, now
        assert now["scenario"] == facts["best"], now


def test_exports_in_the_collect_folder_are_for_the_facilitators_group(hub, answered):
    collect = hub.collect
    assert _mode(collect) == 0o3753 and collect.stat().st_uid == 0
    group = hub.users.facilitators_group
    files = sorted(collect.iterdir())
    assert len(files) == PARTICIPANTS
    owners = set()
    for path in files:
        assert _mode(path) == 0o640, (path, oct(_mode(path)))
        assert path.stat().st_gid == grp.getgrnam(group).gr_gid
        owners.add(path.stat().st_uid)
    assert owners == {hub.users.uid(n) for n in hub.users.participants}


def test_a_participant_cannot_read_another_participants_files(hub, answered):
    first, second = hub.users.participants[:2]
    theirs = answered[second]
    targets = [theirs["store"], *map(str, Path(theirs["store"]).rglob("*")), theirs["export"],
               str(hub.collect), theirs["workspace"]]
    tried = json.loads(hub.execute(first, answered[first]["kernel"], TRY_TO_READ % targets))
    assert tried and set(tried.values()) == {"PermissionError"}, tried
    # The control: the owner reads the same files, and the facilitator's group the export.
    own = json.loads(hub.execute(second, theirs["kernel"], TRY_TO_READ % targets[:-2]))
    assert set(own.values()) == {"read"}, own


def _eavesdrop(hub, listener: str, target: str, secret: str) -> dict:
    script = hub.run / "eavesdrop.py"
    script.write_text((Path(__file__).parent / "eavesdrop.py").read_text())
    script.chmod(0o644)
    pw = pwd.getpwnam(listener)
    ran = subprocess.run(
        [str(hub.env / "bin" / "python"), str(script), str(hub.users.uid(target)), secret, "8"],
        user=pw.pw_uid, group=pw.pw_gid, extra_groups=[], cwd="/", capture_output=True,
        text=True, timeout=60, env={"HOME": pw.pw_dir, "PATH": "/usr/bin:/bin"})
    assert ran.returncode == 0, ran.stderr[-3000:]
    return json.loads(ran.stdout)


def _listen_while_printing(hub, answered, listener: str, target: str) -> dict:
    secret = f"coco-secret-{secrets.token_hex(8)}"
    talking = threading.Thread(target=hub.execute, args=(
        target, answered[target]["kernel"],
        f"import time\nfor _ in range(48):\n    print({secret!r}, flush=True)\n"
        "    time.sleep(0.25)"))
    talking.start()
    try:
        return _eavesdrop(hub, listener, target, secret)
    finally:
        talking.join(60)


def test_a_participant_cannot_listen_to_another_participants_kernel(hub, answered):
    first, second = hub.users.participants[:2]
    # The control: the kernel's own user, with the same script, hears what it prints; so the
    # attempt below is a real one.
    own = _listen_while_printing(hub, answered, second, second)
    assert own["read_connection_file"] and own["heard_secret"], own
    other = _listen_while_printing(hub, answered, first, second)
    assert other["kernels"], f"the kernel of {second} was not even found: {other}"
    assert not other["read_connection_file"], other
    assert not other["heard_secret"] and other["messages"] == 0, other


def test_the_facilitator_collects_every_export(hub, answered):
    facilitator = hub.users.facilitators[0]
    assert hub.login_by_password(facilitator) == 302
    hub.spawn(facilitator)
    kernel = hub.start_kernel(facilitator)
    code = """
import json, os
from toolkit.exchange import collect_exports
exports, notes, problems = collect_exports([os.environ["COCO_COLLECT_DIR"]])
ticks = [next(a["value"] for a in e.answers if a["item_id"] == "h-c1") for _, e in exports]
print(json.dumps({"participants": sorted(e.participant for _, e in exports),
                  "problems": [str(p) for p in problems], "role": os.environ["COCO_ROLE"],
                  "ticks": ticks}))
"""
    seen = json.loads(hub.execute(facilitator, kernel, code).strip().splitlines()[-1])
    assert seen["role"] == "facilitator" and not seen["problems"], seen
    assert len(seen["participants"]) == PARTICIPANTS and seen["ticks"] == [True] * 3, seen
    workspace = hub.users.home(facilitator) / "coco-workshop"
    assert (workspace / "facilitator" / "dashboard.ipynb").is_file()
    participant = Path(answered[hub.users.participants[0]]["workspace"])
    assert not (participant / "facilitator").exists()
    assert '"facilitator"' not in (participant / "01-clause-h-third-party-payers.ipynb").read_text()


def test_stopping_and_starting_the_hub_loses_nothing(hub, answered):
    hub.stop()
    for name in hub.users.everyone:  # a server stops its kernels as it goes: allow a moment
        left = hubs.wait_for_no_processes(hub.users.uid(name), timeout=20)
        assert left == [], f"{name} still has processes after the hub stopped: {left}"
    hub.start()
    name = hub.users.participants[0]
    hub.spawn(name)
    kernel = hub.start_kernel(name)
    now = json.loads(hub.execute(name, kernel, STORE_NOW).strip())
    assert now["h"].get("h-c1") is True and now["scenario"] == answered[name]["best"], now
    assert len(list(hub.collect.iterdir())) == PARTICIPANTS
