"""``python -m toolkit collect DIR -o FILE``: the dashboard's tables as private files, never
over an existing one, with every skipped file named on stderr."""

from __future__ import annotations

import json
import shutil
import stat

import pandas as pd
import pytest

from test_results import GROUP, make_group
from toolkit.exchange import collect_exports
from toolkit.facilitator import group_results
from toolkit.facilitator.collect import main
from toolkit.standards import load

TABLES = ["participation", "completion", "scenarios", "habits"]


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """Four exports (p1 to p4 of test_results' group) and their pseudonyms."""
    return make_group(tmp_path_factory.mktemp("made"),
                      {name: GROUP[name] for name in ("p1", "p2", "p3", "p4")})


@pytest.fixture
def folder(made, tmp_path):
    target = tmp_path / "collect"
    shutil.copytree(made[0], target)
    return target


def _expected(folder):
    exports, duplicates, problems = collect_exports(folder)
    return group_results(exports, load(), len(duplicates) + len(problems)).tables()


def _same(written: pd.DataFrame, expected: pd.DataFrame):
    """Equal as a reader sees them: a spreadsheet turns "" into empty and 5 into "5"."""
    def text(frame):
        return frame.fillna("").astype(str).replace({"nan": ""})

    assert list(written.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(text(written), text(expected.reset_index(drop=True)))


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_csv_writes_one_private_file_per_table(folder, tmp_path, capsys):
    out = tmp_path / "report" / "results.csv"
    out.parent.mkdir()
    assert main([str(folder), "-o", str(out)]) == 0
    names = sorted(p.name for p in out.parent.iterdir())
    assert names == sorted(f"results-{t}.csv" for t in ["about", *TABLES])
    expected = _expected(folder)
    for table in TABLES:
        path = out.parent / f"results-{table}.csv"
        assert _mode(path) == 0o600
        _same(pd.read_csv(path, dtype=str, keep_default_na=False), expected[table])
    about = pd.read_csv(out.parent / "results-about.csv")
    assert "fewer than 3" in " ".join(about["What it shows"])
    assert "wrote" in capsys.readouterr().out


def test_xlsx_writes_one_private_sheet_per_table(folder, tmp_path):
    out = tmp_path / "results.xlsx"
    assert main([str(folder), "-o", str(out)]) == 0
    assert _mode(out) == 0o600
    sheets = pd.read_excel(out, sheet_name=None, dtype=str, keep_default_na=False)
    assert list(sheets) == ["About", *(t.capitalize() for t in TABLES)]
    expected = _expected(folder)
    for table in TABLES:
        _same(sheets[table.capitalize()], expected[table])
    completion = sheets["Completion"].set_index("Clause")
    assert completion.iloc[0]["All scenarios answered"] == "3"   # p3 answered two of three
    assert set(completion.iloc[1].values) == {"fewer than 3"}     # clause (i): p2 and p3


def test_no_pseudonym_or_file_name_in_what_is_written(made, folder, tmp_path):
    main([str(folder), "-o", str(tmp_path / "r.csv")])
    main([str(folder), "-o", str(tmp_path / "r.xlsx")])
    import zipfile

    with zipfile.ZipFile(tmp_path / "r.xlsx") as book:
        parts = [book.read(name).decode("utf-8", "replace") for name in book.namelist()]
    parts += [p.read_text(encoding="utf-8-sig") for p in tmp_path.glob("r-*.csv")]
    for text in parts:
        for pseudonym in made[1]:
            assert pseudonym not in text
        assert "p1.json" not in text and str(folder) not in text


@pytest.mark.parametrize("existing", ["results.xlsx", "results-scenarios.csv"])
def test_an_existing_file_is_never_overwritten_and_nothing_is_written(folder, tmp_path, capsys,
                                                                      existing):
    (tmp_path / existing).write_text("keep me", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    output = tmp_path / ("results.xlsx" if existing.endswith("xlsx") else "results.csv")
    assert main([str(folder), "-o", str(output)]) == 1
    assert (tmp_path / existing).read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    err = capsys.readouterr().err
    assert "never overwrites" in err and "Traceback" not in err


def test_skipped_files_go_to_stderr_and_the_rest_is_written(folder, tmp_path, capsys):
    (folder / "broken.json").write_text("{", encoding="utf-8")
    content = json.loads((folder / "p1.json").read_text(encoding="utf-8"))
    content["includes_free_text"] = False
    (folder / "p1.json").write_text(json.dumps(content), encoding="utf-8")
    assert main([str(folder), "-o", str(tmp_path / "r.xlsx")]) == 0
    err = capsys.readouterr().err
    assert "broken.json: is cut short" in err
    assert "p1.json: was changed after it was exported" in err
    participation = pd.read_excel(tmp_path / "r.xlsx", sheet_name="Participation")
    assert dict(zip(participation["What"], participation["Number"]))[
        "Files left out (duplicates or unusable)"] == 2


def test_nothing_usable_is_exit_1_and_writes_nothing(tmp_path, capsys):
    empty = tmp_path / "collect"
    empty.mkdir()
    (empty / "bad.json").write_text("not json", encoding="utf-8")
    assert main([str(empty), "-o", str(tmp_path / "r.csv")]) == 1
    err = capsys.readouterr().err
    assert "bad.json" in err and "no usable export" in err
    assert not list(tmp_path.glob("r*"))
    assert main([str(tmp_path / "missing")]) == 1
    assert "is not a folder" in capsys.readouterr().err


def test_a_name_that_is_neither_xlsx_nor_csv_is_refused(folder, tmp_path, capsys):
    assert main([str(folder), "-o", str(tmp_path / "results.txt")]) == 1
    assert ".xlsx" in capsys.readouterr().err
    assert not list(tmp_path.glob("results*"))


def test_without_output_the_main_tables_are_printed(folder, capsys):
    assert main([str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Who took part" in out and "Completion per clause" in out and "-o results.xlsx" in out
