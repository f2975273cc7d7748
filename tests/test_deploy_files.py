"""The deployment files agree with each other and with the hub configuration that test_hub.py runs.

deploy/jupyterhub/jupyterhub_config.py is run here with stand-ins for what JupyterHub gives it
(``get_config``, an environment folder, groups that exist), so its values are compared as the
hub would read them. The Kubernetes values cannot be run without a cluster: their spawn hook is
run on stand-in spawners, which is all of their logic. The systemd unit and the guide are
checked against the defaults that install.sh and the configuration share.
"""

from __future__ import annotations

import copy
import grp
import os
import re
import runpy
import types
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.version import Version
from traitlets.config import Config

from helpers import REPO

HUB = REPO / "deploy" / "jupyterhub"
KUBE = REPO / "deploy" / "kubernetes"
CONFIG = HUB / "jupyterhub_config.py"
COMMAND = ["python", "-m", "toolkit", "singleuser"]


# ------------------------------------------------------------------ the hub's own files

def install_defaults() -> dict[str, str]:
    """``NAME=${COCO_X:-default}`` lines of install.sh, as {"COCO_X": "default"}."""
    text = (HUB / "install.sh").read_text()
    found = dict(re.findall(r"^\w+=\$\{(COCO_\w+):-([^}]*)\}", text, re.MULTILINE))
    assert len(found) >= 8, found  # the parse itself must not come back empty
    return found


def config_variables() -> dict[str, str | None]:
    """Every variable jupyterhub_config.py reads, with its default (None when it has none)."""
    text = CONFIG.read_text()
    found: dict[str, str | None] = {}
    for name, default in re.findall(r'os\.environ\.get\("(\w+)"(?:,\s*"([^"]*)")?\)', text):
        found[name] = default or None
    for name in re.findall(r'os\.environ\["(\w+)"\]', text):
        found.setdefault(name, None)
    assert "COCO_HUB_ENV" in found and "COCO_HUB_SSL_KEY" in found, found
    return found


def run_config(monkeypatch, env_dir: Path, **variables) -> Config:
    """Run jupyterhub_config.py as JupyterHub would, with every COCO_ variable unset but those
    given; the process umask (which the configuration sets) is put back afterwards."""
    for name in list(os.environ):
        if name.startswith("COCO_"):
            monkeypatch.delenv(name)
    own_group = grp.getgrgid(os.getgid()).gr_name
    settings = {"COCO_HUB_ENV": str(env_dir), "COCO_PARTICIPANTS_GROUP": own_group,
                "COCO_FACILITATORS_GROUP": own_group, **variables}
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    config = Config()
    umask = os.umask(0o022)
    os.umask(umask)
    try:
        runpy.run_path(str(CONFIG), init_globals={"get_config": lambda: config})
    finally:
        os.umask(umask)
    return config


@pytest.fixture
def env_dir(tmp_path) -> Path:
    """A stand-in for the hub's environment: an executable bin/python."""
    python = tmp_path / "venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text("#!/bin/sh\n")
    python.chmod(0o755)
    return tmp_path / "venv"


@pytest.fixture
def hub_config(monkeypatch, env_dir) -> Config:
    return run_config(monkeypatch, env_dir)


def test_the_configuration_and_install_sh_share_their_defaults():
    shared = install_defaults()
    for name, default in config_variables().items():
        if default is not None and name in shared:
            assert shared[name] == default, (name, "install.sh", shared[name], "config", default)
    assert {"COCO_HUB_ENV", "COCO_COLLECT_DIR", "COCO_HUB_STATE"} <= shared.keys()


def test_the_configuration_starts_coco_for_each_user(hub_config, env_dir):
    cmd = list(hub_config.Spawner.cmd)
    assert cmd == [str(env_dir / "bin" / "python"), *COMMAND[1:]]
    assert hub_config.Spawner.default_url == "/lab/tree/coco-workshop/00-welcome.ipynb"


def test_the_configuration_stops_with_a_plain_message_without_an_environment(
        monkeypatch, tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(SystemExit) as stopped:
        run_config(monkeypatch, empty)
    assert stopped.value.code == 1
    err = capsys.readouterr().err
    assert "COCO_HUB_ENV" in err and str(empty) in err and "install.sh" in err, err
    assert "Traceback" not in err


def test_the_configuration_names_a_missing_group(monkeypatch, env_dir, capsys):
    with pytest.raises(SystemExit):
        run_config(monkeypatch, env_dir, COCO_FACILITATORS_GROUP="no-such-coco-group")
    err = capsys.readouterr().err
    assert "'no-such-coco-group' does not exist" in err and "Traceback" not in err, err


def _unit() -> dict[str, list[str]]:
    """The unit's settings, NAME -> values; commented ones under "#NAME"."""
    settings: dict[str, list[str]] = {}
    for line in (HUB / "coco-hub.service").read_text().splitlines():
        match = re.match(r"^(#?)([A-Za-z]+)=(.*)$", line)
        if match:
            settings.setdefault(match[1] + match[2], []).append(match[3])
    return settings


def test_the_systemd_unit_runs_the_installed_configuration():
    unit, defaults = _unit(), install_defaults()
    command = (f"{defaults['COCO_HUB_ENV']}/bin/jupyterhub -f "
               f"{defaults['COCO_HUB_ETC']}/jupyterhub_config.py")
    assert unit["ExecStart"] == [command]
    assert unit["WorkingDirectory"] == [defaults["COCO_HUB_STATE"]]
    assert unit["UMask"] == ["0077"]
    assert unit["User"] == ["root"]
    assert unit["Restart"] == ["on-failure"]
    assert unit["WantedBy"] == ["multi-user.target"]


def test_the_systemd_units_commented_defaults_are_the_real_ones():
    defaults = {**install_defaults(),
                **{k: v for k, v in config_variables().items() if v is not None}}
    shown = dict(value.split("=", 1) for value in _unit()["#Environment"])
    assert set(config_variables()) <= shown.keys(), "a variable the hub reads is not shown"
    for name, value in shown.items():
        if name in defaults:
            assert value == defaults[name], (name, value, defaults[name])


# ------------------------------------------------------------------------------ the guide

GUIDE = HUB / "GUIDE.md"


def test_the_guide_names_every_variable_with_its_default():
    text = GUIDE.read_text()
    variables = set(config_variables()) | set(install_defaults())
    missing = sorted(name for name in variables if name not in text)
    assert not missing, f"GUIDE.md does not mention {missing}"
    table = dict(re.findall(r"^\| `(COCO_\w+)` \| `([^`]*)` \|", text, re.MULTILINE))
    assert len(table) >= 8, table
    for name, default in install_defaults().items():
        assert table.get(name) == default, (name, table.get(name), default)


def test_the_guides_links_lead_to_files_that_exist():
    links = re.findall(r"\]\(([^)\s]+)\)", GUIDE.read_text())
    local = [link.split("#")[0] for link in links
             if not link.startswith(("http://", "https://", "mailto:", "#"))]
    assert len(local) >= 5, local
    missing = [link for link in local if not (GUIDE.parent / link).exists()]
    assert not missing, missing


def test_the_guide_keeps_the_sizing_table_marked():
    text = GUIDE.read_text()
    table = text.split("<!-- figures: bench/hub.py -->", 1)[1].split("<!-- /figures -->", 1)[0]
    for row in ("hub + proxy", "per active participant (server + kernel with a clause's widgets)",
                "spawn time per user"):
        assert f"| {row} |" in table, row


# --------------------------------------------------------------------------- Kubernetes

@pytest.fixture(scope="module")
def values() -> dict:
    return yaml.safe_load((KUBE / "values.yaml").read_text())


def test_kubernetes_users_start_as_on_one_server(values, hub_config):
    single = values["singleuser"]
    assert single["cmd"] == COMMAND
    assert single["cmd"][1:] == list(hub_config.Spawner.cmd)[1:]
    assert single["defaultUrl"] == hub_config.Spawner.default_url
    env = hub_config.Spawner.environment
    assert single["extraEnv"]["COCO_COLLECT_DIR"] == env["COCO_COLLECT_DIR"]
    assert single["extraEnv"]["JUPYTER_PREFER_ENV_PATH"] == env["JUPYTER_PREFER_ENV_PATH"]
    assert "COCO_ROLE" not in single["extraEnv"]  # the hook sets it, per user


def test_kubernetes_keeps_the_safeguards_on(values):
    assert values["singleuser"]["networkPolicy"]["enabled"] is True
    assert values["cull"] == {"enabled": True, "timeout": 3600}
    memory = values["singleuser"]["memory"]
    assert memory == {"guarantee": "256M", "limit": "512M"}
    # The chart's default login admits anyone: the file ships with nobody allowed.
    assert values["hub"]["config"]["Authenticator"]["allow_all"] is False
    assert "coco-facilitators" in values["hub"]["config"]["JupyterHub"]["load_groups"]


def test_the_image_matches_the_chart_and_the_package():
    text = (KUBE / "Dockerfile").read_text()
    python = Version(re.search(r"^FROM quay\.io/jupyter/base-notebook:python-([\d.]+)$", text,
                               re.MULTILINE)[1])
    pyproject = (REPO / "pyproject.toml").read_text()
    requires = re.search(r'^requires-python = "([^"]+)"', pyproject, re.MULTILINE)[1]
    assert python in Requirement(f"python{requires}").specifier
    hub_extra = Requirement(re.search(r'^hub = \["([^"]+)"\]', pyproject, re.MULTILINE)[1])
    assert '"jupyterhub==5.*"' in text and '[hub]"' in text
    assert Version("5.3") in hub_extra.specifier  # chart 4.x runs JupyterHub 5
    assert text.rstrip().splitlines()[-1] == "USER ${NB_UID}"


def _hook(values):
    c = Config()
    exec(values["hub"]["extraConfig"]["coco"], {"c": c})  # noqa: S102 (our own file)
    return c.KubeSpawner.pre_spawn_hook


def _spawner(name: str, groups: list[str], shape: type):
    """A stand-in for a KubeSpawner as the chart leaves it: a home volume already there, as a
    list (chart 4.0-4.2) or a dict (4.3 and later)."""
    home = {"name": "home", "persistentVolumeClaim": {"claimName": "claim-{username}"}}
    home_mount = {"name": "home", "mountPath": "/home/jovyan"}
    if shape is dict:
        volumes, mounts = {"home": home}, {"home": home_mount}
    else:
        volumes, mounts = [home], [home_mount]
    user = types.SimpleNamespace(name=name, groups=[types.SimpleNamespace(name=g) for g in groups])
    return types.SimpleNamespace(user=user, volumes=volumes, volume_mounts=mounts,
                                 environment={"COCO_COLLECT_DIR": "/srv/coco/collect"})


def _entries(entries) -> list[dict]:
    return list(entries.values()) if isinstance(entries, dict) else list(entries)


def _collect(spawner) -> tuple[dict, dict]:
    volumes = [v for v in _entries(spawner.volumes) if v["name"] == "coco-collect"]
    mounts = [m for m in _entries(spawner.volume_mounts) if m["name"] == "coco-collect"]
    assert len(volumes) == 1 and len(mounts) == 1, (spawner.volumes, spawner.volume_mounts)
    assert volumes[0]["persistentVolumeClaim"] == {"claimName": "coco-collect"}
    assert {"home"} <= {v["name"] for v in _entries(spawner.volumes)}  # the home stays
    assert {"home"} <= {m["name"] for m in _entries(spawner.volume_mounts)}
    return volumes[0], mounts[0]


@pytest.mark.parametrize("shape", [list, dict])
def test_a_participant_writes_into_a_folder_of_their_own(values, shape):
    spawner = _spawner("alex", ["coco-participants", "coco-facilitators-old"], shape)
    given = (spawner.volumes, spawner.volume_mounts)
    before = copy.deepcopy(given)
    _hook(values)(spawner)
    _, mount = _collect(spawner)
    assert mount["mountPath"] == values["singleuser"]["extraEnv"]["COCO_COLLECT_DIR"]
    assert mount["subPath"] == "{username}"  # KubeSpawner puts the user's name here
    assert mount["readOnly"] is False
    assert spawner.environment == {"COCO_COLLECT_DIR": "/srv/coco/collect",
                                   "COCO_ROLE": "participant"}
    # New containers, not the chart's own changed in place (they may be shared).
    assert given == before


@pytest.mark.parametrize("shape", [list, dict])
def test_a_facilitator_reads_every_folder_and_writes_none(values, shape):
    spawner = _spawner("sam", ["coco-facilitators"], shape)
    _hook(values)(spawner)
    _, mount = _collect(spawner)
    assert mount["mountPath"] == values["singleuser"]["extraEnv"]["COCO_COLLECT_DIR"]
    assert "subPath" not in mount
    assert mount["readOnly"] is True
    assert spawner.environment["COCO_ROLE"] == "facilitator"


@pytest.mark.parametrize("shape", [list, dict])
def test_the_hook_run_again_does_not_add_a_second_mount(values, shape):
    hook = _hook(values)
    spawner = _spawner("alex", ["coco-participants"], shape)
    hook(spawner)
    hook(spawner)
    _, mount = _collect(spawner)
    assert mount["subPath"] == "{username}" and len(_entries(spawner.volume_mounts)) == 2
    # Made a facilitator between two starts: the participant's mount is replaced, not kept.
    spawner.user.groups.append(types.SimpleNamespace(name="coco-facilitators"))
    hook(spawner)
    _, mount = _collect(spawner)
    assert mount["readOnly"] is True and "subPath" not in mount
    assert spawner.environment["COCO_ROLE"] == "facilitator"
    assert len(_entries(spawner.volumes)) == 2 and len(_entries(spawner.volume_mounts)) == 2


# ------------------------------------------------------------- install.sh refuses bad input

@pytest.mark.parametrize("given, says", [
    ("missing.whl", "no wheel at"),
    ("notes.txt", "is not a wheel"),
])
def test_install_refuses_what_is_not_a_wheel_before_changing_anything(tmp_path, given, says):
    """Every check comes before the first group, folder or environment is made: the folders
    named below must still not exist after a refusal."""
    import subprocess

    if given == "notes.txt":
        (tmp_path / given).write_text("not a wheel")
    env = {"PATH": os.environ["PATH"], "COCO_HUB_ENV": str(tmp_path / "env"),
           "COCO_HUB_STATE": str(tmp_path / "state"), "COCO_COLLECT_DIR": str(tmp_path / "c"),
           "COCO_HUB_ETC": str(tmp_path / "etc")}
    ran = subprocess.run(["bash", str(HUB / "install.sh"), str(tmp_path / given)], env=env,
                         capture_output=True, text=True, timeout=60)
    assert ran.returncode == 1
    expected = says if os.geteuid() == 0 else "run it as root"
    assert expected in ran.stderr and "Traceback" not in ran.stderr, ran.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        {given} if given == "notes.txt" else set())


def test_install_refuses_a_python_other_users_cannot_run(tmp_path):
    """pyenv's Python under /root (notes/jupyterhub.md, pitfall 3): users' servers would not
    start. A stand-in Python that reports such a prefix is refused by name."""
    import subprocess

    if os.geteuid() != 0:
        if os.environ.get("CI"):
            pytest.fail("CI runs as root and must run this test")
        pytest.skip("install.sh stops at its root check first")
    wheel = tmp_path / "coco_toolkit-0-py3-none-any.whl"
    wheel.write_bytes(b"")
    fake = tmp_path / "python3"
    fake.write_text("#!/bin/sh\ncase \"$2\" in *base_prefix*) echo /root/.pyenv/versions/3.11;; "
                    "*) exit 0;; esac\n")
    fake.chmod(0o755)
    ran = subprocess.run(["bash", str(HUB / "install.sh"), str(wheel)], capture_output=True,
                         text=True, timeout=60,
                         env={"PATH": os.environ["PATH"], "COCO_HUB_PYTHON": str(fake),
                              "COCO_HUB_ENV": str(tmp_path / "env")})
    assert ran.returncode == 1 and "home folder that other users cannot enter" in ran.stderr
    assert not (tmp_path / "env").exists()
