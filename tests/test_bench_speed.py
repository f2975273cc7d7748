"""bench/privacy_speed.py: the guard's speed beside an earlier commit's. Its figures inform and
are never asserted; what is tested is that it times the tree it was asked for, and that a
baseline it cannot run is named with what it lacks, not timed as something else."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def speed():
    spec = importlib.util.spec_from_file_location("bench_privacy_speed",
                                                  REPO / "bench" / "privacy_speed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True,
                          check=True).stdout


def test_the_tree_exported_is_the_commit_asked_for(speed, tmp_path):
    first = _git("rev-list", "--max-parents=0", "HEAD").split()[0]
    speed.export("HEAD", tmp_path / "now")
    speed.export(first, tmp_path / "first")
    for rev, tree in (("HEAD", "now"), (first, "first")):
        listed = set(_git("ls-tree", "-r", "--name-only", rev, "toolkit").split())
        exported = {p.relative_to(tmp_path / tree).as_posix()
                    for p in (tmp_path / tree).rglob("*") if p.is_file()}
        assert exported == listed
    scanner = "toolkit/privacy/scanner.py"
    assert (tmp_path / "now" / scanner).read_text(encoding="utf-8") \
        == _git("show", f"HEAD:{scanner}")


def test_a_baseline_that_cannot_scan_is_named_with_what_it_lacks(speed, tmp_path):
    package = tmp_path / "toolkit" / "privacy"
    package.mkdir(parents=True)
    (tmp_path / "toolkit" / "__init__.py").write_text("", encoding="utf-8")
    (package / "__init__.py").write_text(
        "def scan(text):\n    import a_package_coco_dropped\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="old-rev.*a_package_coco_dropped"):
        speed.importable(sys.executable, tmp_path, "old-rev")


def test_this_tree_is_timed_on_the_lines_given(speed, tmp_path):
    lines = tmp_path / "lines.json"
    lines.write_text(json.dumps(["Met Dana Reyes at 503 555 0144.", "no one named here"]),
                     encoding="utf-8")
    speed.importable(sys.executable, REPO, "this tree")
    per_second = speed.lines_per_second(sys.executable, REPO, lines, "this tree")
    assert 0 < per_second < float("inf")
    lines.write_text("not json", encoding="utf-8")
    with pytest.raises(RuntimeError, match="this tree could not be timed"):
        speed.lines_per_second(sys.executable, REPO, lines, "this tree")
