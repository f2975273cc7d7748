"""Coco installed from a built wheel, not from this checkout, finds its curriculum and works.

The wheel is built from the checkout and installed into a fresh virtual environment in a
temporary folder, with no access to the checkout: its dependencies come from this test
environment's site-packages through a .pth file (reading that folder does not run its .pth
files, so the checkout's editable install stays out of reach). There, ``check-data`` passes,
a participant's workspace is filled from the packaged notebooks, and a kernel running the
installed package builds clause (h)'s checklist and saves a tick.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tomllib
import venv
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from helpers import REPO

TOOLKIT = REPO / "toolkit"


def test_every_package_is_listed_for_the_wheel():
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {".".join(p.parent.relative_to(REPO).parts) for p in TOOLKIT.rglob("__init__.py")}
    assert found <= listed, f"add to pyproject.toml's packages: {sorted(found - listed)}"
    assert listed - found == {"toolkit._data", "toolkit._notebooks"}


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh environment outside the checkout with the wheel installed: its python, and
    the folder to run it from."""
    root = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(root / "dist"),
         str(REPO)], capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next((root / "dist").glob("coco_toolkit-*.whl"))
    env_dir = root / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True, timeout=60).stdout.strip())
    (site / "coco-test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    pip = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "--quiet", str(wheel)], capture_output=True, text=True, timeout=300)
    if pip.returncode != 0 and "no such option: --python" in pip.stderr:
        pip = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index",
                              "--quiet", "--target", str(site), str(wheel)],
                             capture_output=True, text=True, timeout=300)
    assert pip.returncode == 0, pip.stderr[-3000:]
    work = root / "elsewhere"
    work.mkdir()
    return python, work


def _run(installed, code: str, **env):
    python, work = installed
    ran = subprocess.run([str(python), "-c", code], cwd=work, capture_output=True, text=True,
                         timeout=300, env={**_clean_env(), **env})
    assert ran.returncode == 0, ran.stdout[-2000:] + ran.stderr[-3000:]
    return ran.stdout


def _clean_env() -> dict[str, str]:
    """No variable that would point the installed Coco back at this checkout."""
    return {k: v for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "COCO_DATA", "COCO_WORKSPACE", "COCO_HOME")}


def test_the_installed_package_is_not_the_checkout(installed):
    where = _run(installed, "import toolkit, toolkit.locations as l; "
                            "print(toolkit.__file__); print(l.data_dir()); print(l.notebooks_dir());"
                            " print(toolkit.__version__)").split("\n")
    assert all(str(REPO) not in line for line in where[:3]), where
    assert "site-packages" in where[1] and where[1].endswith("_data")
    assert where[3] == tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]


def test_check_data_passes_from_the_wheel(installed):
    python, work = installed
    ran = subprocess.run([str(python), "-m", "toolkit", "check-data"], cwd=work,
                         capture_output=True, text=True, timeout=300, env=_clean_env())
    assert ran.returncode == 0, ran.stdout[-2000:] + ran.stderr[-2000:]
    assert "Traceback" not in ran.stdout + ran.stderr


def test_lab_fills_the_workspace_from_the_packaged_notebooks(installed, tmp_path):
    out = _run(installed, "from toolkit.launch import default_workspace, prepare_workspace; "
                          "w = default_workspace(); print(w); print(len(prepare_workspace(w)))",
               HOME=str(tmp_path))
    folder, copied = out.split()
    assert Path(folder) == tmp_path / "coco-workshop"
    names = sorted(p.name for p in Path(folder).glob("*.ipynb"))
    assert int(copied) == len(names) == 12 and names[0] == "00-welcome.ipynb"
    assert not (Path(folder) / "facilitator").exists()  # the participant edition only
    text = (Path(folder) / names[1]).read_text(encoding="utf-8")
    assert '"facilitator"' not in text


def test_a_kernel_of_the_installed_package_saves_a_tick(installed, tmp_path, monkeypatch):
    python, work = installed
    kernels = tmp_path / "jupyter" / "kernels" / "coco-wheel"
    kernels.mkdir(parents=True)
    (kernels / "kernel.json").write_text(json.dumps({
        "argv": [str(python), "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Coco from a wheel", "language": "python"}))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    for name in ("PYTHONPATH", "COCO_DATA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COCO_HOME", str(tmp_path / "home"))
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in (
        "import toolkit\nassert 'site-packages' in toolkit.__file__, toolkit.__file__",
        "box = toolkit.checklist('h')\nbox.boxes['h-c1'].value = True",
        "from toolkit.store import open_store\nprint(open_store().answers('h'))")])
    NotebookClient(nb, kernel_name="coco-wheel", timeout=120,
                   resources={"metadata": {"path": str(work)}}).execute()
    printed = "".join(o.get("text", "") for o in nb.cells[2].outputs)
    assert "'h-c1': True" in printed, nb.cells
