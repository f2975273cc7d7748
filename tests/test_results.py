"""The group's results: counted right, small groups hidden, no identity shown, bad files listed.

Exports are made the way participants make them: answers saved in a real store, then
``toolkit.exchange.export``. ``make_export`` is shared with test_collect.py.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

import toolkit.store as store_module
from toolkit.exchange import FORMAT_VERSION, collect_exports, export
from toolkit.exchange.schema import digest
from toolkit.facilitator import FEWER, group_results, summary
from toolkit.facilitator import charts
from toolkit.facilitator.dashboard import Dashboard
from toolkit.facilitator.results import option_label
from toolkit.facilitator.writing import shared_writing
from toolkit.standards import load
from toolkit.store import open_store

SAFE = "I would ask my supervisor before sending the notes."
IDENTIFYING = "Call Maria Lopez at 555-201-7788 first."
INVENTED = "I would tell Paz what the plan asked for."
UNSHARED = "Words this participant kept to themselves."


def _section(item_id: str) -> str:
    return "action-plan" if item_id.startswith("ap-") else item_id.split("-")[0]


def make_export(folder: Path, home: Path, *, ticks=(), unticks=(), attempts=None,
                reflections=None, share=False, name=None) -> Path:
    """One participant's export file, made through a real store and ``export``.

    ``attempts`` maps a scenario id to the options checked, in order (the first is the first
    attempt); ``reflections`` maps a prompt id to text, saved whether or not it is shared."""
    store = open_store(home)
    for item_id in ticks:
        store.save(item_id, True, section=_section(item_id), kind="checklist")
    for item_id in unticks:
        store.save(item_id, False, section=_section(item_id), kind="checklist")
    for item_id, choices in (attempts or {}).items():
        for choice in choices:
            store.save(item_id, choice, section=_section(item_id), kind="scenario")
    for item_id, text in (reflections or {}).items():
        store.save(item_id, text, section=_section(item_id), kind="reflection")
    target = folder / (name or f"{home.name}.json")
    return export(target, include_reflections=share, confirm_findings=True, home=home).path


def close_stores():
    for opened in store_module._open.values():
        opened.close()
    store_module._open.clear()


ALL_H = {"h-s2": ["h-s2-a"], "h-s3": ["h-s3-b"]}
GROUP = {  # five participants; see the expected figures in the tests below
    "p1": dict(ticks=["h-c1"], attempts={"h-s1": ["h-s1-a", "h-s1-b"], **ALL_H},
               reflections={"h-r1": SAFE, "h-r2": SAFE}, share=True),
    "p2": dict(ticks=["h-c1", "h-c2", "i-c1"], attempts={"h-s1": ["h-s1-a"], **ALL_H},
               reflections={"h-r1": IDENTIFYING}, share=True),
    "p3": dict(unticks=["h-c1"], attempts={"h-s1": ["h-s1-c", "h-s1-b"], "h-s2": ["h-s2-b"],
                                           "i-s1": ["i-s1-a"]},
               reflections={"h-r1": UNSHARED}, share=False),
    "p4": dict(attempts={"h-s1": ["h-s1-b"], **ALL_H}, share=False),
    "p5": dict(attempts={"h-s1": ["h-s1-d", "h-s1-b"], **ALL_H},
               reflections={"h-r1": INVENTED, "h-r2": SAFE}, share=True),
}


@pytest.fixture(scope="module")
def group(tmp_path_factory):
    """Five exports in one folder, and the five pseudonyms that must never be shown."""
    return make_group(tmp_path_factory.mktemp("group"), GROUP)


def make_group(root, people: dict):
    """Exports of ``people`` (name -> answers) in ``root/collect``, and their pseudonyms."""
    folder = root / "collect"
    folder.mkdir()
    ids = []
    try:
        for name, answers in people.items():
            make_export(folder, root / name, **answers)
            ids.append(open_store(root / name).participant)
    finally:
        close_stores()
    return folder, ids


@pytest.fixture
def collect(group, tmp_path):
    """A private copy of the group's folder that a test may add to or damage."""
    folder = tmp_path / "collect"
    shutil.copytree(group[0], folder)
    return folder


@pytest.fixture(scope="module")
def curriculum():
    return load()


def _results(folder, curriculum):
    exports, duplicates, problems = collect_exports(folder)
    return group_results(exports, curriculum, len(duplicates) + len(problems))


def _row(frame, **where):
    mask = True
    for column, value in where.items():
        mask = mask & (frame[column] == value)
    rows = frame[mask]
    assert len(rows) == 1, f"{where}: {len(rows)} rows"
    return rows.iloc[0]


# ------------------------------------------------------------------------------ counting


def test_participation_counts_each_participant_once(group, curriculum):
    results = _results(group[0], curriculum)
    table = dict(zip(results.participation["What"], results.participation["Number"]))
    assert table == {"Participants counted": 5, "Shared their free text": 3,
                     "Exports with first attempts (format 2 or later)": 5,
                     "Files left out (duplicates or unusable)": 0}


def test_completion_uses_scenarios_for_all_and_reflections_for_those_who_shared(group,
                                                                                 curriculum):
    completion = _results(group[0], curriculum).completion
    h = _row(completion, Clause="(h) " + curriculum.clauses["h"].content.title)
    assert h["Started"] == 5
    assert h["All scenarios answered"] == 4           # p3 answered two of three
    assert h["All scenarios answered (% of started)"] == 80
    assert h["Started and shared their writing"] == 3  # p1, p2, p5
    assert h["Complete (scenarios and reflections)"] == 2  # p2 wrote one reflection of two
    assert h["Complete (% of those who shared their writing)"] == 67


def test_scenario_distribution_by_shown_letter_first_and_latest(group, curriculum):
    scenarios = _results(group[0], curriculum).scenarios
    shown = curriculum.options_shown("h-s1")
    label = {o.id: option_label(n, o.text) for n, o in enumerate(shown)}
    assert label["h-s1-b"].startswith("A. ")  # the best option moves round the positions
    rows = scenarios[scenarios["Scenario"].str.startswith("h-s1:")]
    assert list(rows["Option"]) == [label[o.id] for o in shown]
    first = dict(zip(rows["Option"], rows["First attempt"]))
    latest = dict(zip(rows["Option"], rows["Latest answer"]))
    assert first == {label["h-s1-a"]: 2, label["h-s1-b"]: 1, label["h-s1-c"]: 1,
                     label["h-s1-d"]: 1}
    assert latest == {label["h-s1-a"]: 1, label["h-s1-b"]: 4, label["h-s1-c"]: 0,
                      label["h-s1-d"]: 0}
    assert _row(rows, Option=label["h-s1-b"])["Latest answer (%)"] == 80
    assert _row(rows, Option=label["h-s1-b"])["Best option"] == "yes"
    assert set(rows["Answered"]) == {5} and set(rows["First attempts known"]) == {5}


def test_habits_least_often_ticked_come_first(group, curriculum):
    habits = _results(group[0], curriculum).habits
    texts = {item.id: item.text for item in curriculum.parts("h").checklist}
    h = habits[habits["Clause"] == "(h)"]
    assert list(h["Habit"])[-2:] == [texts["h-c2"], texts["h-c1"]]
    assert list(h["Ticked (%)"]) == [0] * (len(texts) - 2) + [20, 40]
    assert list(habits["Habit"][:len(texts)]) == list(h["Habit"])  # (i) is hidden, so last


# --------------------------------------------------------------------------- small groups


def test_a_clause_started_by_fewer_than_3_shows_no_figure(group, curriculum):
    results = _results(group[0], curriculum)
    i = _row(results.completion, Clause="(i) " + curriculum.clauses["i"].content.title)
    assert set(i.drop("Clause")) == {FEWER}       # p2 and p3 started it
    i_habits = results.habits[results.habits["Clause"] == "(i)"]
    assert len(i_habits) and set(i_habits["Ticked"]) == {FEWER}
    i_s1 = results.scenarios[results.scenarios["Scenario"].str.startswith("i-s1:")]
    assert set(i_s1["Latest answer"]) == {FEWER} and set(i_s1["Answered"]) == {FEWER}
    h_s3 = results.scenarios[results.scenarios["Scenario"].str.startswith("h-s3:")]
    assert set(h_s3["Answered"]) == {4}            # four answered it: shown


def test_fewer_than_3_participants_hide_every_figure(collect, curriculum):
    for extra in sorted(collect.iterdir())[2:]:
        extra.unlink()
    results = _results(collect, curriculum)
    assert results.participants == 2 and not results.enough
    tables = {**results.tables(), "participation": results.participation[:3]}  # not files
    numbers = [v for frame in tables.values() for column in frame.columns
               if column not in ("What", "Clause", "Scenario", "Option", "Best option", "Habit")
               for v in frame[column]]
    assert set(numbers) == {FEWER}
    assert set(results.participation["Number"][:3]) == {FEWER}
    assert shared_writing(results, scan=lambda text: [])[0].shared == FEWER
    assert "fewer than 3 participants" in summary(collect_exports(collect)[0])
    board = Dashboard(collect, curriculum)
    assert "appear once at least 3 participants" in board.html()
    assert "<img" not in board.html()
    assert f"{FEWER} participants" in repr(board)


def test_the_first_attempts_of_fewer_than_3_are_hidden_alone(collect, curriculum):
    for path in sorted(collect.iterdir())[:3]:
        _make_version_1(path)
    scenarios = _results(collect, curriculum).scenarios
    h_s1 = scenarios[scenarios["Scenario"].str.startswith("h-s1:")]
    assert set(h_s1["First attempt"]) == {FEWER} and set(h_s1["First attempts known"]) == {FEWER}
    assert set(h_s1["Answered"]) == {5}


# ---------------------------------------------------------------------------- version 1


def _make_version_1(path: Path) -> None:
    """The file as a Coco of export format 1 wrote it: no first attempts."""
    content = json.loads(path.read_text(encoding="utf-8"))
    content["version"] = 1
    for answer in content["answers"]:
        answer.pop("first_value", None)
    content["sha256"] = digest(content)
    path.write_text(json.dumps(content), encoding="utf-8")


def test_version_1_exports_count_in_the_latest_answer_only(collect, curriculum):
    assert FORMAT_VERSION == 2
    _make_version_1(collect / "p1.json")  # p1's first attempt was h-s1-a, latest h-s1-b
    results = _results(collect, curriculum)
    table = dict(zip(results.participation["What"], results.participation["Number"]))
    assert table["Participants counted"] == 5
    assert table["Exports with first attempts (format 2 or later)"] == 4
    rows = results.scenarios[results.scenarios["Scenario"].str.startswith("h-s1:")]
    assert set(rows["First attempts known"]) == {4} and set(rows["Answered"]) == {5}
    assert sum(rows["First attempt"]) == 4 and sum(rows["Latest answer"]) == 5


# ---------------------------------------------------------------------------- free text


def test_free_text_only_from_those_who_opted_in_and_scanned_again(group, curriculum):
    found = shared_writing(_results(group[0], curriculum))
    by_id = {p.prompt: p for p in found}
    r1 = by_id[curriculum.parts("h").reflection_prompts[0].text]
    assert r1.shared == 3                      # p1, p2, p5; p3 did not share
    assert sorted(r1.texts) == sorted([SAFE, INVENTED])  # a scenario's invented name passes
    assert r1.withheld == 1 and "withheld" in r1.note()
    r2 = by_id[curriculum.parts("h").reflection_prompts[1].text]
    assert r2.shared == FEWER and r2.texts == []  # two wrote it: a sentence could tell who

    html = Dashboard(group[0], curriculum).html()
    assert SAFE in html and INVENTED in html
    for never in (IDENTIFYING, "555-201-7788", "Maria", UNSHARED):
        assert never not in html


def test_a_failing_or_missing_privacy_check_shows_no_text(group, curriculum):
    results = _results(group[0], curriculum)

    def broken(text):
        raise RuntimeError("word lists missing")

    r1 = shared_writing(results, scan=broken)[0]
    assert r1.texts == [] and r1.withheld == 3


def test_texts_are_shown_in_alphabetical_order_up_to_the_limit(group, curriculum):
    results = _results(group[0], curriculum)
    key = curriculum.parts("h").reflection_prompts[0].id
    results.writing[key] = ["b text", "a text", "d text", "c text"]
    shown = shared_writing(results, scan=lambda text: [], limit=2)[0]
    assert shown.texts == ["a text", "b text"] and shown.not_shown == 2
    assert "2 more not shown" in shown.note()


# ---------------------------------------------------------------------------- identity


def test_no_pseudonym_in_any_table_chart_or_page(group, curriculum):
    folder, ids = group
    results = _results(folder, curriculum)
    board = Dashboard(folder, curriculum)
    seen = [board.html(), repr(board), summary(collect_exports(folder)[0])]
    seen += [frame.to_csv() for frame in results.tables().values()]
    for clause in ("(h)", "(i)"):
        board.clause.value = clause
        seen.append(board.scenario_view.value)
    chart = charts.completion_chart(results.completion)
    seen += [chart.svg.decode("utf-8"), chart.alt]
    for text in seen:
        for pseudonym in ids:
            assert pseudonym not in text
    assert "p1.json" not in board.html()  # file names only where a file is left out


# ------------------------------------------------------------------------ bad files


def _tamper(path):
    content = json.loads(path.read_text(encoding="utf-8"))
    content["answers"][0]["value"] = "h-s9-z" if content["answers"][0]["kind"] == "scenario" \
        else not content["answers"][0]["value"]
    path.write_text(json.dumps(content), encoding="utf-8")


def _future(path):
    content = json.loads(path.read_text(encoding="utf-8"))
    content["version"] = FORMAT_VERSION + 1
    content["sha256"] = digest(content)
    path.write_text(json.dumps(content), encoding="utf-8")


def test_bad_and_duplicate_files_are_listed_and_the_rest_still_show(collect, curriculum):
    shutil.copy(collect / "p4.json", collect / "p4-again.json")  # a duplicate
    _tamper(collect / "p1.json")
    _future(collect / "p2.json")
    (collect / "notes.json").write_text("{\"format\": ", encoding="utf-8")
    (collect / "other.json").write_text("[1, 2]", encoding="utf-8")

    board = Dashboard(collect, curriculum)
    reasons = {s.path.name: s.reason for s in board.skipped}
    assert set(reasons) == {"p1.json", "p2.json", "notes.json", "other.json", "p4-again.json"}
    assert "changed after it was exported" in reasons["p1.json"]
    assert "newer Coco" in reasons["p2.json"]
    assert "cut short" in reasons["notes.json"]
    assert "not a Coco export" in reasons["other.json"]
    assert "same participant" in reasons["p4-again.json"] and "p4.json" in reasons["p4-again.json"]
    assert board.results.participants == 3       # p3, p4 (once), p5
    html = board.html()
    assert "5 file(s) were not counted" in html and "changed after it was exported" in html
    assert "<img" in html
    assert str(collect) not in html               # names, not the machine's paths


# ------------------------------------------------------------------------------ dashboard


def test_an_unset_or_empty_folder_is_a_plain_notice_without_paths(tmp_path, monkeypatch,
                                                                   curriculum):
    monkeypatch.delenv("COCO_COLLECT_DIR", raising=False)
    unset = Dashboard(None, curriculum)
    assert unset.state == "no folder"
    assert repr(unset).startswith("The group's results: no collect folder is set")
    assert len(repr(unset)) <= 110  # ipywidgets cuts a widget's plain text there
    empty_folder = tmp_path / "collect"
    empty_folder.mkdir()
    monkeypatch.setenv("COCO_COLLECT_DIR", str(empty_folder))
    empty = Dashboard(None, curriculum)
    assert empty.folder.value == str(empty_folder)
    assert empty.state == "empty" and "No exports found" in empty.html()
    assert str(tmp_path) not in repr(empty) and str(tmp_path) not in empty.html()
    missing = Dashboard(tmp_path / "nowhere", curriculum)
    assert missing.state == "no such folder" and str(tmp_path) not in repr(missing)


def test_refresh_picks_up_new_exports(collect, tmp_path, curriculum):
    board = Dashboard(collect, curriculum)
    assert board.results.participants == 5
    try:
        make_export(collect, tmp_path / "p6", attempts={"h-s1": ["h-s1-c"]})
    finally:
        close_stores()
    board.refresh_button.click()
    assert board.results.participants == 6
    assert re.search(r"Read at \d\d:\d\d: 6 participants", board.html())
    assert "6 participants" in repr(board)


def test_a_failing_refresh_shows_a_plain_line_not_a_traceback(collect, curriculum,
                                                                monkeypatch, capsys):
    import toolkit.facilitator.dashboard as dashboard_module

    board = Dashboard(collect, curriculum)

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(dashboard_module, "group_results", broken)
    board.refresh_button.click()
    assert board.state == "problem"
    assert "could not be read" in board.status.value and "Refresh" in board.status.value
    assert "disk on fire" not in board.html() and "Traceback" not in board.html()
    assert "<img" not in board.html()  # the old figures are taken down
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    monkeypatch.undo()
    board.refresh_button.click()
    assert board.state == "read"


def test_charts_are_deterministic_and_say_what_they_show(group, curriculum):
    results = _results(group[0], curriculum)
    first = charts.completion_chart(results.completion)
    again = charts.completion_chart(results.completion)
    assert first.svg == again.svg and first.svg.startswith(b"<?xml")
    assert "(h) 80%" in first.alt and f"(i) {FEWER}" in first.alt
    scenario = charts.scenario_chart(results.scenarios, "(h)")
    assert "h-s1" in scenario.alt and "latest answer A (best) 80%" in scenario.alt
    assert "data:image/svg+xml;base64," in scenario.html()
    assert charts.scenario_chart(results.scenarios, "(i)").alt.count(FEWER) >= 1
