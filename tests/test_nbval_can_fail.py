"""nbval must be able to fail: a notebook whose saved output is wrong fails it.

Sample names say what nbval must do with them (the convention of nbval's own samples).
Both run in a fresh answer store, so the only difference between them is the wrong output.
"""

import os
import subprocess
import sys

import pytest

from helpers import REPO
from toolkit.standards import load

SAMPLES = REPO / "tests" / "notebook-samples"


def _run_nbval(notebook, tmp_path):
    env_home = tmp_path / "home"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval",
         "--nbval-current-env", "--nbval-sanitize-with", str(REPO / "tests/sanitize.cfg"),
         str(notebook)],
        cwd=REPO, capture_output=True, text=True, timeout=300,
        env={**os.environ, "COCO_HOME": str(env_home)})


@pytest.mark.parametrize("notebook", sorted(SAMPLES.glob("*.ipynb")), ids=lambda p: p.stem)
def test_nbval_verdict_matches_the_sample_name(notebook, tmp_path):
    run = _run_nbval(notebook, tmp_path)
    output = run.stdout + run.stderr
    if notebook.stem.startswith("fail-"):
        assert run.returncode == 1, output
        assert "mismatch 'text/plain'" in output, output
        habits = len(load().parts("h").checklist)  # the samples follow the data: see their cells
        assert f"3 of {habits} tic" in output and f"0 of {habits} tic" in output, output
    else:
        assert notebook.stem.startswith("pass-")
        assert run.returncode == 0, output
        assert "passed" in output


def test_both_verdicts_are_sampled():
    names = [p.stem for p in SAMPLES.glob("*.ipynb")]
    assert any(n.startswith("pass-") for n in names) and any(n.startswith("fail-") for n in names)
