"""Reading many exports with helper processes gives exactly what reading them here gives, and
a helper that fails costs time, never a file."""

from __future__ import annotations

import logging
import pickle
import shutil
import sys

import pytest

from test_results import GROUP, make_group
from toolkit.exchange import collect_exports, workers
from toolkit.exchange.reading import ExportFileError, read_outcome
from toolkit.facilitator import group_results
from toolkit.facilitator.sheets import sheet_reader
from toolkit.standards import load


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    return make_group(tmp_path_factory.mktemp("workers"), GROUP)


@pytest.fixture
def folder(made, tmp_path):
    """The group's five exports, a copy of one (a duplicate), and two files that cannot be
    used, sorted so that each share of the work holds good and bad files."""
    target = tmp_path / "collect"
    shutil.copytree(made[0], target)
    first = sorted(target.glob("*.json"))[0]
    shutil.copy(first, target / "zz-copy.json")
    (target / "b-broken.json").write_text("{", encoding="utf-8")
    (target / "c-not-coco.json").write_text('{"format": "other"}', encoding="utf-8")
    return target


def _outcomes(folder, helpers):
    paths = sorted(folder.glob("*.json"))
    return workers.read_all(paths, sheet_reader(load()), read_outcome, helpers=helpers)


def _plain(outcomes):
    return [str(o) if isinstance(o, ExportFileError) else o for o in outcomes]


def test_helpers_give_what_one_process_gives(folder):
    alone = _outcomes(folder, helpers=0)
    shared = _outcomes(folder, helpers=2)
    assert len(alone) == 8
    assert sum(isinstance(o, ExportFileError) for o in alone) == 2
    assert _plain(shared) == _plain(alone)


def test_a_helper_that_fails_loses_nothing_and_says_so_only_in_the_log(folder, monkeypatch,
                                                                       caplog, capfd):
    alone = _outcomes(folder, helpers=0)
    # A "Python" that exits at once with an error, as a broken install would.
    monkeypatch.setattr(workers.sys, "executable", shutil.which("false"))
    with caplog.at_level(logging.WARNING, logger="toolkit"):
        shared = _outcomes(folder, helpers=1)
    assert _plain(shared) == _plain(alone)
    assert any("helper process failed" in r.getMessage() for r in caplog.records)
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err


def test_a_helper_that_cannot_start_loses_nothing(folder, monkeypatch):
    alone = _outcomes(folder, helpers=0)
    monkeypatch.setattr(workers.sys, "executable", str(folder / "no-such-python"))
    assert _plain(_outcomes(folder, helpers=1)) == _plain(alone)


def test_collect_exports_uses_helpers_from_the_threshold_on(folder, monkeypatch):
    """The group's tables are the same whether helpers read the files or not."""
    curriculum = load()
    expected = group_results(*_group(folder, curriculum))
    started = []
    real_start = workers._start
    monkeypatch.setattr(workers, "_start", lambda *a: started.append(1) or real_start(*a))
    monkeypatch.setattr(workers, "PARALLEL_FROM", 2)
    monkeypatch.setattr(workers, "usable_cores", lambda: 3)
    shared = group_results(*_group(folder, curriculum))
    assert len(started) == 2
    for name, table in expected.tables().items():
        assert shared.tables()[name].equals(table), name


def _group(folder, curriculum):
    exports, duplicates, problems = collect_exports(folder, keep=sheet_reader(curriculum))
    assert len(exports) == 5 and len(duplicates) == 1 and len(problems) == 2
    return exports, curriculum, len(duplicates) + len(problems)


def test_a_keep_that_cannot_travel_is_run_here(folder, monkeypatch):
    monkeypatch.setattr(workers, "_start", lambda *a: pytest.fail("no helper for a lambda"))
    outcomes = workers.read_all(sorted(folder.glob("*.json")), lambda export: 1, read_outcome,
                                helpers=2)
    assert [o[2] for o in outcomes if not isinstance(o, ExportFileError)] == [1] * 6


def test_a_file_error_travels_whole():
    error = ExportFileError("some/file.json", "is empty.")
    back = pickle.loads(pickle.dumps(error))
    assert (back.path, back.problem, str(back)) == (error.path, error.problem, str(error))


def test_a_helper_prints_nothing_but_its_answer(folder, tmp_path):
    """Run as the caller runs it; its stdout must unpickle to one outcome per path."""
    import subprocess

    paths = [str(p) for p in sorted(folder.glob("*.json"))]
    command, env = workers.helper_command()
    assert command[0] == sys.executable
    ran = subprocess.run(command, input=pickle.dumps((paths, sheet_reader(load()))),
                         capture_output=True, timeout=120, cwd=tmp_path, env=env)
    assert ran.returncode == 0, ran.stderr.decode()
    assert len(pickle.loads(ran.stdout)) == len(paths)
