"""`make lab` starts JupyterLab safely: loopback only, private kernel sockets, no news fetch."""

import json
import os
import subprocess
import sys
import time

from helpers import REPO
from toolkit import launch


def test_lab_listens_on_loopback_with_ipc_kernels():
    args = launch.lab_arguments(REPO / "notebooks", port=12345, token="t", open_browser=False)
    assert "--ServerApp.ip=127.0.0.1" in args
    assert "--KernelManager.transport=ipc" in args
    assert "--ServerApp.open_browser=False" in args
    assert ("--allow-root" in args) == (os.geteuid() == 0)
    assert "--LabApp.default_url=/lab/tree/00-welcome.ipynb" in args
    assert "--LabApp.extension_manager=readonly" in args


def test_lab_settings_switch_off_news_and_saved_widget_state():
    args = launch.lab_arguments(REPO / "notebooks")
    settings_dir = next(a.split("=", 1)[1] for a in args if a.startswith("--LabApp.app_settings"))
    overrides = json.loads((launch.SETTINGS / "overrides.json").read_text())
    assert settings_dir == str(launch.SETTINGS)
    assert overrides["@jupyterlab/apputils-extension:notification"] == {
        "fetchNews": "false", "checkForUpdates": False}
    assert overrides["@jupyter-widgets/jupyterlab-manager:plugin"]["saveState"] is False


def test_workspace_copies_are_made_once_and_never_overwritten(tmp_path):
    copied = launch.prepare_workspace(tmp_path)
    assert (tmp_path / "00-welcome.ipynb").exists()
    assert len(copied) == len(list((REPO / "notebooks").glob("*.ipynb")))
    mine = tmp_path / "01-clause-h-third-party-payers.ipynb"
    mine.write_text("my own copy")
    assert launch.prepare_workspace(tmp_path) == []
    assert mine.read_text() == "my own copy"


def test_lab_command_prints_the_address_on_a_headless_machine(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(COCO_WORKSPACE=str(tmp_path / "workshop"), JUPYTER_RUNTIME_DIR=str(tmp_path / "rt"),
               JUPYTER_CONFIG_DIR=str(tmp_path / "cfg"), BROWSER="false")
    process = subprocess.Popen([sys.executable, "-m", "toolkit", "lab"], cwd=tmp_path, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seen = []
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            seen.append(line)
            if "http://127.0.0.1:" in line and "token=" in line:
                break
    finally:
        process.terminate()
        process.wait(timeout=30)
    output = "".join(seen)
    assert "open the address printed below" in output
    assert "http://127.0.0.1:" in output and "token=" in output, output
    assert (tmp_path / "workshop" / "00-welcome.ipynb").exists()


def test_a_hub_facilitator_gets_the_facilitator_edition_and_a_participant_does_not(tmp_path):
    participant = launch.prepare_workspace(tmp_path / "p")
    facilitator = launch.prepare_workspace(tmp_path / "f", edition="facilitator")
    own = sorted((REPO / "notebooks" / "facilitator").glob("*.ipynb"))
    assert own and len(facilitator) == len(participant) + len(own)  # with facilitator/
    assert (tmp_path / "f" / "facilitator" / "dashboard.ipynb").is_file()
    clause = "01-clause-h-third-party-payers.ipynb"
    assert '"facilitator"' in (tmp_path / "f" / clause).read_text(encoding="utf-8")
    assert '"facilitator"' not in (tmp_path / "p" / clause).read_text(encoding="utf-8")


def test_singleuser_passes_the_hubs_options_on_with_cocos_own(monkeypatch, tmp_path):
    """`python -m toolkit singleuser ARGS` fills the workspace for the role the hub set, then
    becomes jupyterhub-singleuser with ipc kernels, Coco's lab settings and the hub's ARGS."""
    from toolkit.__main__ import main

    ran = {}
    monkeypatch.setattr(launch.os, "execve", lambda exe, args, env: ran.update(args=args))
    monkeypatch.setenv("COCO_WORKSPACE", str(tmp_path / "ws"))
    monkeypatch.setenv("COCO_ROLE", "facilitator")
    main(["singleuser", "--debug", "--SingleUserNotebookApp.some=1"])
    args = ran["args"]
    assert args[1:3] == ["-m", "jupyterhub.singleuser"]
    assert "--KernelManager.transport=ipc" in args and args[-2:] == [
        "--debug", "--SingleUserNotebookApp.some=1"]
    assert f"--LabApp.app_settings_dir={launch.SETTINGS}" in args
    assert (tmp_path / "ws" / "facilitator" / "dashboard.ipynb").is_file()
    monkeypatch.setenv("COCO_ROLE", "anything else")
    monkeypatch.setenv("COCO_WORKSPACE", str(tmp_path / "ws2"))
    main(["singleuser"])
    assert not (tmp_path / "ws2" / "facilitator").exists()


def test_singleuser_starts_the_server_even_when_the_notebooks_cannot_be_copied(
        monkeypatch, tmp_path, capfd):
    from toolkit.__main__ import main

    ran = {}
    monkeypatch.setattr(launch.os, "execve", lambda exe, args, env: ran.update(args=args))
    in_the_way = tmp_path / "ws"
    in_the_way.write_text("a file where the workspace folder should be")
    monkeypatch.setenv("COCO_WORKSPACE", str(in_the_way))
    main(["singleuser"])
    assert ran["args"][1:3] == ["-m", "jupyterhub.singleuser"]
    err = capfd.readouterr().err
    assert "could not be copied" in err and "Traceback" not in err
