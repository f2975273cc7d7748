"""Export, import and erase: private files, free text only by choice, tampering caught, no network."""

from __future__ import annotations

import json
import os
import re
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import toolkit.exchange.writing as writing
import toolkit.store as store_module
from toolkit.__main__ import main
from toolkit.errors import CocoError
from toolkit.exchange import (COLUMNS, FORMAT_NAME, FORMAT_VERSION, MAX_BYTES, ExchangeWarning,
                              ExportFileError, FindingsBlocked, collect_exports, export,
                              export_answers, load_exports, read_export)
from toolkit.exchange.schema import digest
from toolkit.store import open_store

CLEAN_REFLECTION = "I will ask my supervisor before sharing any file with the school."
COMMITMENT_TEXT = "Talk to the team about releases."
IDENTIFYING = "Maria Lopez said call me at 555-201-7788"


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Own COCO_HOME, no collect folder, a fresh working folder, an empty store cache."""
    monkeypatch.setenv("COCO_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("COCO_COLLECT_DIR", raising=False)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    _close_stores()
    yield work
    _close_stores()


def _close_stores():
    for opened in store_module._open.values():
        opened.close()
    store_module._open.clear()


def _fill(home=None, reflection=CLEAN_REFLECTION):
    store = open_store(home)
    store.save("h-c1", True, section="h", kind="checklist")
    store.save("h-c2", False, section="h", kind="checklist")
    store.save("h-s1", "h-s1-b", section="h", kind="scenario")
    store.save("h-r1", reflection, section="h", kind="reflection")
    store.save("ap-1", {"text": COMMITMENT_TEXT, "date": "2026-12-01"}, section="action-plan",
               kind="commitment")
    return store


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _cli(*args, cwd, stdin=subprocess.DEVNULL, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "toolkit", *args], cwd=cwd, env=env,
                          stdin=stdin, capture_output=True, text=True, timeout=120)


# How a damaged file is written back: as Coco writes (read on the fast path) or as another
# program might (ASCII escapes, no final newline: read by the careful parser).
LAYOUTS = {"as Coco writes": lambda c: json.dumps(c, indent=2, ensure_ascii=False) + "\n",
           "as another program writes": lambda c: json.dumps(c, indent=2)}
REWRITE = {"layout": "as another program writes"}


def _rewrite(path: Path, content: dict, *, keep_digest: bool):
    if not keep_digest:
        content["sha256"] = digest(content)
    path.write_text(LAYOUTS[REWRITE["layout"]](content), encoding="utf-8")


# ------------------------------------------------------------------------------ export


def test_export_file_is_private_under_umask_022(isolated):
    _fill()
    old = os.umask(0o022)
    try:
        written = export(isolated / "mine.json")
        default = export()
    finally:
        os.umask(old)
    assert written.path == isolated / "mine.json"
    assert _mode(written.path) == 0o600
    assert default.path.parent == isolated and _mode(default.path) == 0o600
    assert default.path != written.path


def test_free_text_is_left_out_by_default(isolated):
    _fill()
    written = export(isolated / "out.json")
    raw = written.path.read_text(encoding="utf-8")
    content = json.loads(raw)

    assert CLEAN_REFLECTION not in raw and COMMITMENT_TEXT not in raw
    assert content["includes_free_text"] is False
    kinds = {a["item_id"]: a["kind"] for a in content["answers"]}
    assert kinds == {"h-c1": "checklist", "h-c2": "checklist", "h-s1": "scenario",
                     "ap-1": "commitment"}
    commitment = next(a for a in content["answers"] if a["item_id"] == "ap-1")
    assert commitment["value"] == {"date": "2026-12-01"}
    assert written.answers == 4 and written.left_out == 2
    assert "--include-reflections" in written.message()


def test_free_text_is_included_when_the_participant_opts_in(isolated):
    _fill()
    written = export(isolated / "out.json", include_reflections=True)
    content = json.loads(written.path.read_text(encoding="utf-8"))

    assert content["includes_free_text"] is True
    values = {a["item_id"]: a["value"] for a in content["answers"]}
    assert values["h-r1"] == CLEAN_REFLECTION
    assert values["ap-1"] == {"text": COMMITMENT_TEXT, "date": "2026-12-01"}
    assert written.left_out == 0


def test_identifying_free_text_blocks_the_export_until_confirmed(isolated):
    _fill(reflection=IDENTIFYING)

    blocked = export_answers(include_reflections=True)
    assert not blocked.ok and blocked.path is None
    assert "phone number" in blocked.message and "name at characters" in blocked.message
    assert "h-r1" in blocked.message
    assert "555-201-7788" not in blocked.message and "Maria" not in blocked.message
    assert {f.kind for f in blocked.findings} == {"name", "phone"}
    assert list(isolated.iterdir()) == []  # nothing half-written

    with pytest.raises(FindingsBlocked):  # leaving out free text does not need confirming,
        export(include_reflections=True)  # but including it does, every time

    passed = export_answers(include_reflections=True, confirm_findings=True)
    assert passed.ok, passed.message
    assert IDENTIFYING in passed.path.read_text(encoding="utf-8")
    assert "confirmed" in passed.message


def test_a_confirmation_names_findings_and_goes_stale_when_the_text_changes(isolated):
    store = _fill(reflection=IDENTIFYING)
    with pytest.raises(FindingsBlocked) as caught:
        export(include_reflections=True)
    tokens = [f.token for f in caught.value.findings]
    assert sorted(tokens) == ["h-r1:name@0-11", "h-r1:phone@28-40"]

    with pytest.raises(FindingsBlocked) as partly:  # confirming one is not confirming both
        export(include_reflections=True, confirm_findings=tokens[:1])
    assert [f.token for f in partly.value.findings] == tokens[1:]

    store.save("h-r1", "Please call me at 555-201-7788", section="h", kind="reflection")
    with pytest.raises(FindingsBlocked):
        export(include_reflections=True, confirm_findings=tokens)

    store.save("h-r1", IDENTIFYING, section="h", kind="reflection")
    written = export(include_reflections=True, confirm_findings=tokens)
    assert len(written.confirmed) == 2


def test_the_command_line_names_the_findings_and_accepts_them_by_name(isolated):
    _fill(reflection=IDENTIFYING)
    _close_stores()
    refused = _cli("export", "--include-reflections", cwd=isolated)
    assert refused.returncode == 1
    assert "phone number" in refused.stderr and "name at characters" in refused.stderr
    assert "7788" not in refused.stderr + refused.stdout
    assert "Maria" not in refused.stderr + refused.stdout
    assert "Traceback" not in refused.stderr
    assert list(isolated.iterdir()) == []

    confirms = re.findall(r"--confirm (\S+)", refused.stderr)
    assert len(confirms) == 2
    args = [a for token in confirms for a in ("--confirm", token)]
    accepted = _cli("export", "--include-reflections", *args, "-o", "mine.json", cwd=isolated)
    assert accepted.returncode == 0, accepted.stderr
    assert _mode(isolated / "mine.json") == 0o600
    assert read_export(isolated / "mine.json").includes_free_text is True


def test_nothing_to_export_says_so(isolated):
    result = export_answers()
    assert not result.ok
    assert "nothing to export" in result.message


def test_export_answers_never_raises(isolated, monkeypatch):
    _fill()
    monkeypatch.setenv("COCO_COLLECT_DIR", str(isolated / "missing"))
    missing = export_answers()
    assert not missing.ok and "collect folder" in missing.message
    assert "collect folder" in missing._repr_html_()

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(writing, "export", broken)
    failed = export_answers()
    assert not failed.ok and "RuntimeError" in failed.message and "still saved" in failed.message


# ------------------------------------------------------------------------- collect folder


def test_collect_folder_gets_random_names_that_never_collide(isolated, tmp_path, monkeypatch):
    collect = tmp_path / "collect"
    collect.mkdir()
    monkeypatch.setenv("COCO_COLLECT_DIR", str(collect))
    _fill()

    first, second = export_answers(), export_answers()
    assert first.ok and second.ok
    names = sorted(p.name for p in collect.iterdir())
    assert len(names) == 2 and first.path.name != second.path.name
    for name in names:
        assert re.fullmatch(r"coco-[0-9a-f]{32}\.json", name)
        assert _mode(collect / name) == 0o600
    assert "collect folder" in first.message and list(isolated.iterdir()) == []


def test_a_set_group_collect_folder_lets_its_group_read_exports(isolated, tmp_path,
                                                               monkeypatch):
    """An admin's facilitators' folder (setgid, sticky, group r-x, others -wx, as install.sh
    makes it): exports take its group and group read; without the bit they stay 0600 (the
    test above). tests/test_hub.py checks the same with real users."""
    collect = tmp_path / "collect"
    collect.mkdir()
    collect.chmod(0o3753)
    assert collect.stat().st_mode & stat.S_ISGID, "this file system kept no set-group-ID bit"
    monkeypatch.setenv("COCO_COLLECT_DIR", str(collect))
    _fill()
    written = export_answers()
    assert written.ok, written.message
    assert _mode(written.path) == 0o640
    assert written.path.stat().st_gid == collect.stat().st_gid
    mine = export_answers(str(tmp_path / "mine.json"))  # not the collect folder: private
    assert _mode(mine.path) == 0o600


def test_collect_folder_never_overwrites_an_existing_file(tmp_path, monkeypatch):
    collect = tmp_path / "collect"
    collect.mkdir()
    monkeypatch.setenv("COCO_COLLECT_DIR", str(collect))
    _fill()
    planted = collect / f"coco-{'a' * 32}.json"
    planted.write_text("someone else's file", encoding="utf-8")
    names = iter(["a" * 32, "b" * 32])
    monkeypatch.setattr(writing.secrets, "token_hex", lambda n: next(names))

    result = export_answers()
    assert result.ok, result.message
    assert result.path == collect / f"coco-{'b' * 32}.json"
    assert planted.read_text(encoding="utf-8") == "someone else's file"

    monkeypatch.setattr(writing.secrets, "token_hex", lambda n: "a" * 32)
    stuck = export_answers()
    assert not stuck.ok and "free file name" in stuck.message
    assert planted.read_text(encoding="utf-8") == "someone else's file"


def test_an_explicit_output_file_is_never_overwritten(isolated):
    _fill()
    target = isolated / "answers.json"
    target.write_text("keep me", encoding="utf-8")
    result = export_answers(target)
    assert not result.ok and "never overwrites" in result.message
    assert target.read_text(encoding="utf-8") == "keep me"


# ------------------------------------------------------------------------------ import


def test_round_trip_export_read_load(isolated, tmp_path):
    mine = _fill(tmp_path / "p1")
    other = open_store(tmp_path / "p2")
    other.save("h-c1", False, section="h", kind="checklist")
    other.save("i-s2", "i-s2-a", section="i", kind="scenario")
    first = export(isolated / "p1.json", include_reflections=True, home=tmp_path / "p1").path
    second = export(isolated / "p2.json", home=tmp_path / "p2").path

    loaded = read_export(first)
    assert loaded.format == FORMAT_NAME and loaded.version == FORMAT_VERSION
    assert loaded.participant == mine.participant
    assert {a["item_id"]: a["value"] for a in loaded.answers}["h-r1"] == CLEAN_REFLECTION
    assert loaded.exported_at.tzinfo is not None

    frame = load_exports([first, second])
    assert isinstance(frame, pd.DataFrame) and list(frame.columns) == COLUMNS
    assert len(frame) == 5 + 2
    assert frame.groupby("participant").size().to_dict() == {mine.participant: 5,
                                                             other.participant: 2}
    row = frame[(frame.participant == other.participant) & (frame.item_id == "h-c1")].iloc[0]
    assert row.value is False and row.section == "h" and row.kind == "checklist"
    assert str(frame["saved_at"].dt.tz) == "UTC"
    commitment = frame[frame.item_id == "ap-1"].iloc[0].value
    assert commitment == {"text": COMMITMENT_TEXT, "date": "2026-12-01"}

    folder = load_exports(isolated)  # a folder stands for its *.json files
    assert len(folder) == len(frame)


def test_a_participant_in_two_files_counts_once_from_the_latest(isolated):
    store = _fill()
    older = export(isolated / "older.json").path
    store.save("h-c2", True, section="h", kind="checklist")
    newer = export(isolated / "newer.json").path

    with pytest.warns(ExchangeWarning, match="newer.json") as warned:
        frame = load_exports([newer, older])
    assert len(frame) == 4 and set(frame.file) == {"newer.json"}
    assert frame.set_index("item_id").loc["h-c2", "value"] is True
    # The note names the files, never the participant's pseudonym.
    assert all(store.participant not in str(w.message) for w in warned)

    exports, duplicates, problems = collect_exports([newer, older])
    assert [p for p, _ in exports] == [newer] and problems == []
    assert [d.path for d in duplicates] == [older]
    assert "newer.json" in duplicates[0].reason and store.participant not in str(duplicates[0])


def test_the_read_cache_reads_a_file_again_only_when_it_changes(isolated, monkeypatch):
    import toolkit.exchange.reading as reading

    path = _good_export(isolated)
    opened = []
    real = reading.read_export
    monkeypatch.setattr(reading, "read_export", lambda p: opened.append(Path(p).name) or real(p))
    cache = {}
    first = collect_exports(isolated, cache=cache, keep=lambda export: len(export.answers))
    again = collect_exports(isolated, cache=cache, keep=lambda export: len(export.answers))
    assert first == again == ([(path, 4)], [], []) and opened == ["good.json"]

    _tampered(path)
    exports, _, problems = collect_exports(isolated, cache=cache, keep=len)
    assert exports == [] and "changed after it was exported" in problems[0].reason
    assert opened == ["good.json", "good.json"] and len(cache) == 1
    path.unlink()
    assert collect_exports(isolated, cache=cache) == ([], [], []) and cache == {}


# ------------------------------------------------------------------- format 2: first attempts


def test_a_scenario_export_carries_its_first_attempt_from_the_history(isolated):
    store = _fill()
    store.save("h-s1", "h-s1-d", section="h", kind="scenario")  # a second check, changed mind
    store.save("i-s1", "i-s1-a", section="i", kind="scenario")  # one check only
    content = json.loads(export(isolated / "out.json").path.read_text(encoding="utf-8"))

    assert content["version"] == FORMAT_VERSION == 2
    answers = {a["item_id"]: a for a in content["answers"]}
    assert (answers["h-s1"]["first_value"], answers["h-s1"]["value"]) == ("h-s1-b", "h-s1-d")
    assert answers["i-s1"]["first_value"] == answers["i-s1"]["value"] == "i-s1-a"
    assert "first_value" not in answers["h-c1"]
    loaded = read_export(isolated / "out.json")
    assert {a["item_id"]: a.get("first_value") for a in loaded.answers}["h-s1"] == "h-s1-b"
    frame = load_exports([isolated / "out.json"])
    assert frame.set_index("item_id").loc["h-s1", "first_value"] == "h-s1-b"


def _as_version_1(path: Path) -> None:
    """What Coco wrote before first attempts existed: no first_value, version 1, its digest."""
    content = json.loads(path.read_text(encoding="utf-8"))
    content["version"] = 1
    for answer in content["answers"]:
        answer.pop("first_value", None)
    _rewrite(path, content, keep_digest=False)


def test_version_1_exports_are_still_read(isolated):
    path = _good_export(isolated)
    _as_version_1(path)
    loaded = read_export(path)
    assert loaded.version == 1
    assert all("first_value" not in a for a in loaded.answers)
    assert len(load_exports([path])) == 4


def _first_attempt_in_version_1(path):
    content = json.loads(path.read_text(encoding="utf-8"))
    content["version"] = 1
    _rewrite(path, content, keep_digest=False)


def _first_attempt_on_a_checklist(path):
    content = json.loads(path.read_text(encoding="utf-8"))
    checklist = next(a for a in content["answers"] if a["kind"] == "checklist")
    checklist["first_value"] = "h-s1-a"
    _rewrite(path, content, keep_digest=False)


def _first_attempt_changed(path):
    content = json.loads(path.read_text(encoding="utf-8"))
    scenario = next(a for a in content["answers"] if a["kind"] == "scenario")
    scenario["first_value"] = "h-s1-c"
    _rewrite(path, content, keep_digest=True)


def _good_export(folder: Path) -> Path:
    _fill()
    return export(folder / "good.json").path


def _tampered(path):
    content = json.loads(path.read_text(encoding="utf-8"))
    content["answers"][0]["value"] = not content["answers"][0]["value"]
    _rewrite(path, content, keep_digest=True)


def _truncated(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _not_json(path):
    path.write_text("participant,item,value\nab12,h-c1,true\n", encoding="utf-8")


def _wrong_format(path):
    content = json.loads(path.read_text(encoding="utf-8"))
    content["format"] = "someone-else"
    _rewrite(path, content, keep_digest=False)


def _newer_version(path):
    content = json.loads(path.read_text(encoding="utf-8"))
    content["version"] = FORMAT_VERSION + 1
    _rewrite(path, content, keep_digest=False)


def _huge(path):
    with path.open("ab") as file:
        file.truncate(MAX_BYTES + 10)


def _not_utf8(path):
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))


def _no_digest(path):
    content = json.loads(path.read_text(encoding="utf-8"))
    del content["sha256"]
    path.write_text(json.dumps(content), encoding="utf-8")


def _wrong_type_with_recomputed_digest(path):
    content = json.loads(path.read_text(encoding="utf-8"))
    checklist = next(a for a in content["answers"] if a["kind"] == "checklist")
    checklist["value"] = "yes"
    _rewrite(path, content, keep_digest=False)


def _free_text_smuggled_in(path):
    content = json.loads(path.read_text(encoding="utf-8"))
    content["answers"].append({"item_id": "h-r1", "section": "h", "kind": "reflection",
                               "value": "x", "saved_at": "2026-11-25T07:00:00+00:00"})
    _rewrite(path, content, keep_digest=False)


BROKEN = [
    (_tampered, "changed after it was exported"),
    (_truncated, "cut short"),
    (_not_json, "not valid JSON"),
    (_wrong_format, "is not a Coco export"),
    (_newer_version, "Update Coco"),
    (_huge, "MB, more than a Coco export can be"),
    (_not_utf8, "not UTF-8"),
    (_no_digest, "no SHA-256 digest"),
    (_wrong_type_with_recomputed_digest, "needs a true/false value"),
    (_free_text_smuggled_in, "free text was left out"),
    (_first_attempt_in_version_1, "version 1 files never hold"),
    (_first_attempt_on_a_checklist, "only a scenario has"),
    (_first_attempt_changed, "changed after it was exported"),
]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("damage, expected", BROKEN, ids=[d.__name__ for d, _ in BROKEN])
def test_a_broken_export_is_rejected_with_a_plain_message(isolated, damage, expected, layout,
                                                          monkeypatch):
    monkeypatch.setitem(REWRITE, "layout", layout)
    path = _good_export(isolated)
    read_export(path)  # sound before the damage
    damage(path)

    with pytest.raises(ExportFileError) as caught:
        read_export(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert expected in str(caught.value)
    with pytest.raises(CocoError, match=re.escape(expected)):
        load_exports([path])

    ran = _cli("import", path.name, cwd=isolated)
    assert ran.returncode != 0
    assert f"import: {path.name}: " in ran.stderr and expected in ran.stderr
    assert "Traceback" not in ran.stderr + ran.stdout


def test_a_repeated_field_is_refused_even_when_the_digest_still_matches(isolated):
    """A second "format" before the real one: the parsed content, and so its digest, is
    unchanged, but Coco never writes such a file, and other programs may read the first."""
    path = _good_export(isolated)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('{\n  "format"', '{\n  "format": "other",\n  "format"', 1),
                    encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == FORMAT_NAME
    with pytest.raises(ExportFileError, match="repeats a field name"):
        read_export(path)


def test_a_file_saved_again_by_another_program_still_reads(isolated):
    """Re-indented, ASCII-escaped, Windows line endings: the same content, read with care."""
    from toolkit.exchange.reading import _as_written

    path = _good_export(isolated)
    original = read_export(path)
    assert _as_written(path.read_bytes())[1] == original.sha256  # Coco's own: the fast path
    content = json.loads(path.read_text(encoding="utf-8"))
    path.write_bytes(json.dumps(content, indent=4).replace("\n", "\r\n").encode("ascii"))
    assert _as_written(path.read_bytes()) == (None, None)
    assert read_export(path) == original


def test_the_fast_digest_is_the_defined_one_for_any_text(isolated):
    """Reflections in any script, with controls and separators: both readings agree."""
    from toolkit.exchange.reading import _as_written

    for text in ("José, naïve — 👍 Nguyễn Thị", "tab\there\u2028next", "quote \" back \\",
                 "\x01\x7f", ""):
        content = {"format": FORMAT_NAME, "answers": [{"value": text, "n": [1, -2, 0]}],
                   "empty": {}, "none": None, "yes": True}
        content["sha256"] = digest(content)
        data = (json.dumps(content, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        parsed, fast = _as_written(data)
        assert (parsed, fast) == (content, content["sha256"]), text


def test_skip_invalid_warns_and_keeps_the_good_files(isolated):
    good = _good_export(isolated)
    bad = isolated / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.warns(ExchangeWarning, match="bad.json"):
        frame = load_exports([good, bad], skip_invalid=True)
    assert len(frame) == 4


def test_import_prints_a_summary_that_hides_small_groups(isolated, tmp_path):
    _good_export(isolated)
    ran = _cli("import", "good.json", cwd=isolated)
    assert ran.returncode == 0, ran.stderr
    assert "fewer than 3 participants" in ran.stdout and not re.search(r"^h\s", ran.stdout, re.M)

    for n in (2, 3):
        home = tmp_path / f"p{n}"
        _fill(home)
        if n == 3:
            open_store(home).save("i-c1", True, section="i", kind="checklist")
        export(isolated / f"p{n}.json", home=home)
    _close_stores()
    ran = _cli("import", ".", cwd=isolated)
    assert ran.returncode == 0, ran.stderr
    assert "3 participant(s); 0 shared their free text." in ran.stdout
    assert re.search(r"^h\s+3\s+9$", ran.stdout, re.M)
    assert re.search(r"^action-plan\s+3\s+3$", ran.stdout, re.M)
    assert re.search(r"^i\s+fewer than 3\s*$", ran.stdout, re.M)  # one participant only


# ------------------------------------------------------------------------------- erase


def test_erase_with_yes_removes_the_files(isolated, tmp_path, capsys):
    store = _fill()
    database = store.path
    assert database.exists()
    assert main(["erase", "--yes"]) == 0
    out = capsys.readouterr().out
    assert not database.exists()
    assert str(database) in out and "Erased" in out
    assert not list((tmp_path / "home").glob("answers*"))

    assert main(["erase", "--yes"]) == 0
    assert "nothing to erase" in capsys.readouterr().out


def test_erase_refuses_without_yes_when_not_on_a_terminal(isolated):
    database = _fill().path
    _close_stores()
    ran = _cli("erase", cwd=isolated)
    assert ran.returncode == 1
    assert "nothing was deleted" in ran.stderr and "--yes" in ran.stderr
    assert "Traceback" not in ran.stderr
    assert database.exists()


@pytest.mark.parametrize("reply, kept", [("no", True), ("Erase please", True), ("erase", False)])
def test_erase_on_a_terminal_needs_the_word_typed(isolated, monkeypatch, reply, kept):
    database = _fill().path
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: reply)
    assert main(["erase"]) == (1 if kept else 0)
    assert database.exists() is kept


# ------------------------------------------------------------------------------ network


def test_export_and_import_work_with_the_network_blocked(isolated, monkeypatch, capsys):
    _fill(reflection=IDENTIFYING)

    def no_network(*args, **kwargs):
        raise AssertionError("Coco tried to use the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)

    result = export_answers(include_reflections=True, confirm_findings=True)
    assert result.ok, result.message
    assert main(["export", "-o", "cli.json"]) == 0
    assert len(load_exports([result.path])) == 5
    assert main(["import", str(result.path), "cli.json"]) == 0
    assert "fewer than 3 participants" in capsys.readouterr().out


def test_a_collect_folder_is_read_with_its_participants_own_folders(tmp_path, monkeypatch):
    """On Kubernetes each participant writes into a folder of their own inside the collect
    volume: a facilitator's collect reads one level down, never hidden folders or deeper."""
    collect = tmp_path / "collect"
    for n, where in enumerate(("", "alex", "sam", ".trash", "sam/old")):
        folder = collect / where
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv("COCO_HOME", str(tmp_path / f"home{n}"))
        _fill()
        assert export(folder / "answers.json").path.parent == folder
    exports, duplicates, problems = collect_exports(collect)
    used = sorted(str(p.relative_to(collect)) for p, _ in exports)
    assert used == ["alex/answers.json", "answers.json", "sam/answers.json"]
    assert duplicates == [] and problems == []
