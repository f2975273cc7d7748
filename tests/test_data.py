"""The curriculum data: valid as shipped, and every kind of breakage named plainly.

The broken-file table copies data/ to a temporary folder, breaks one thing, and checks that
the loader names the file, the clause and the field with a way to mend it, in one message,
with no traceback, and without modifying anything it read.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml

from helpers import DATA, REPO
from toolkit import standards
from toolkit.errors import CocoError, DataError
from toolkit.models import LETTERS


def _edit_yaml(path: Path, change) -> None:
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(content)
    path.write_text(yaml.safe_dump(content, sort_keys=False, allow_unicode=True),
                    encoding="utf-8")


def _set(*keys_and_value):
    *keys, value = keys_and_value

    def change(content):
        node = content
        for key in keys[:-1]:
            node = node[key]
        node[keys[-1]] = value
    return change


def _delete(*keys):
    def change(content):
        node = content
        for key in keys[:-1]:
            node = node[key]
        del node[keys[-1]]
    return change


def _two_best(content):
    for option in content["scenarios"][0]["options"]:
        option["best"] = True


def _duplicate_id(content):
    content["checklist"][1]["id"] = content["checklist"][0]["id"]


def _long_summary(content):
    content["summary"] = " ".join(["confidential"] * 95)


def _fifth_option(content):
    options = content["scenarios"][0]["options"]
    while len(options) < 5:
        options.append({"id": f"i-s1-{'abcdefg'[len(options)]}", "text": "Another choice.",
                        "feedback": "Some feedback."})


def _write(text: str | bytes):
    def breaker(path: Path):
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    return breaker


def _append(text: str):
    def breaker(path: Path):
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text)
    return breaker


def _insert_latin1(path: Path):
    raw = path.read_bytes()
    path.write_bytes(raw.replace(b"Third-party payers", b"Third-party pay\xe9rs", 1))


def _duplicate_key(path: Path):
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: Third-party payers\n",
                                 "title: Third-party payers\ntitle: Payers\n", 1),
                    encoding="utf-8")


def _alias(path: Path):
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: Third-party payers\n",
                                 "title: &t Third-party payers\nslug: *t\n", 1).replace(
                                     "slug: third-party-payers\n", "", 1), encoding="utf-8")


def _huge(path: Path):
    path.write_text(path.read_text(encoding="utf-8") + "# padding\n" * 120_000,
                    encoding="utf-8")


def _reword_standard(path: Path):
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("withdraw the order", "cancel the order"),
                    encoding="utf-8")


def _yaml_change(change):
    return lambda path: _edit_yaml(path, change)


# (case id, file under data/, how to break it, clause shown, field fragment shown)
BROKEN = [
    ("invalid-yaml", "curriculum/h.yaml", _append("objectives: [unclosed\n"), "(h)",
     "(whole file)"),
    ("wrong-type", "curriculum/h.yaml", _yaml_change(_set("minutes", "reading", "ten")), "(h)",
     "minutes > reading"),
    ("missing-field", "curriculum/i.yaml", _yaml_change(_delete("summary")), "(i)", "summary"),
    ("empty-file", "curriculum/j.yaml", _write(""), "(j)", "(whole file)"),
    ("duplicate-id", "curriculum/k.yaml", _yaml_change(_duplicate_id), "(k)",
     "checklist[2] (k-c1) > id"),
    ("unknown-clause-letter", "curriculum/l.yaml", _yaml_change(_set("clause", "z")), "(l)",
     "clause"),
    ("two-best-options", "curriculum/m.yaml", _yaml_change(_two_best), "(m)",
     "scenarios[1] (m-s1) > options > best"),
    ("option-without-feedback", "curriculum/n.yaml",
     _yaml_change(_delete("scenarios", 1, "options", 0, "feedback")), "(n)",
     "scenarios[2] (n-s2) > options[1] (n-s2-a) > feedback"),
    ("non-utf8-bytes", "curriculum/h.yaml", _insert_latin1, "(h)", "(whole file)"),
    ("huge-file", "curriculum/p.yaml", _huge, "(p)", "(whole file)"),
    ("summary-too-long", "curriculum/q.yaml", _yaml_change(_long_summary), "(q)", "summary"),
    ("misspelt-key", "curriculum/o.yaml", _yaml_change(_set("titel", "When you leave")), "(o)",
     "titel"),
    ("misspelt-required-key", "curriculum/h.yaml",
     lambda p: p.write_text(p.read_text(encoding="utf-8").replace("follow_up:", "folow_up:", 1),
                            encoding="utf-8"), "(h)", "scenarios[1] (h-s1) > folow_up"),
    ("duplicate-key", "curriculum/h.yaml", _duplicate_key, "(h)", "title"),
    ("yaml-alias", "curriculum/h.yaml", _alias, "(h)", "(whole file)"),
    ("too-few-checklist-items", "curriculum/i.yaml",
     _yaml_change(lambda c: c.__setitem__("checklist", c["checklist"][:3])), "(i)", "checklist"),
    ("five-options", "curriculum/i.yaml", _yaml_change(_fifth_option), "(i)",
     "scenarios[1] (i-s1) > options"),
    ("badly-formed-id", "curriculum/j.yaml",
     _yaml_change(_set("checklist", 0, "id", "J C1")), "(j)", "checklist[1] (J C1) > id"),
    ("missing-file", "curriculum/k.yaml", lambda p: p.unlink(), "(k)", "(whole file)"),
    ("list-not-mapping", "curriculum/l.yaml", _write("- just\n- a list\n"), "(l)",
     "(whole file)"),
    ("option-id-off-scenario", "curriculum/m.yaml",
     _yaml_change(_set("scenarios", 0, "options", 0, "id", "m-s2-z")), "(m)",
     "scenarios[1] (m-s1) > options[1] (m-s2-z) > id"),
    ("reworded-standard", "standards/nasw-1.07.yaml", _reword_standard, "(j)", "text"),
    ("standard-missing-letter", "standards/nasw-1.07.yaml",
     _yaml_change(lambda c: c["clauses"].pop(3)), "(k)", "clauses"),
    ("welcome-without-checklist", "curriculum/welcome.yaml", _yaml_change(_delete("checklist")),
     "welcome", "checklist"),
    ("agenda-overfull", "agenda.yaml", _yaml_change(_set("sessions", 0, "minutes", 100)),
     "(agenda)", "sessions[1] (Morning) > minutes"),
    ("agenda-missing-part", "agenda.yaml",
     _yaml_change(lambda c: c["sessions"][1]["sections"].remove("p")), "(agenda)",
     "sessions > sections"),
    ("agenda-bad-time", "agenda.yaml", _yaml_change(_set("sessions", 1, "starts", "1pm")),
     "(agenda)", "sessions[2] (Afternoon) > starts"),
    ("crosswalk-unquoted-comma", "crosswalk.csv",
     lambda p: p.write_text(p.read_text(encoding="utf-8").replace(
         '"closing a practice, incapacitation or death"',
         "closing a practice, incapacitation or death"), encoding="utf-8"), "(o)", "line 9"),
    ("crosswalk-not-yes-or-no", "crosswalk.csv",
     lambda p: p.write_text("\n".join(
         line.replace(",yes,", ",maybe,", 1) if line.startswith("i,i,") else line
         for line in p.read_text(encoding="utf-8").split("\n")), encoding="utf-8"),
     "(i)", "line 3 > confirmed"),
    ("crosswalk-clause-twice", "crosswalk.csv",
     lambda p: p.write_text(p.read_text(encoding="utf-8").replace("\nj,j,", "\nh,j,"),
                            encoding="utf-8"), "(h)", "letter_2008"),
    ("truncated-flag-wrong", "standards/nasw-1.07.yaml",
     _yaml_change(lambda c: c["clauses"][9].update(truncated=False, note=None)), "(q)",
     "truncated"),
    ("folder-instead-of-file", "curriculum/p.yaml",
     lambda p: (p.unlink(), p.mkdir()), "(p)", "(whole file)"),
    ("item-as-plain-text", "curriculum/i.yaml",
     _yaml_change(_set("checklist", 2, "I check who can hear me.")), "(i)", "checklist[3]"),
    ("binary-file", "curriculum/n.yaml", _write(b"\x00\x01\x02 not text"), "(n)",
     "(whole file)"),
    ("negative-minutes", "curriculum/o.yaml", _yaml_change(_set("minutes", "discussion", -5)),
     "(o)", "minutes > discussion"),
]


def _fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_shipped_data_is_valid():
    assert standards.check(DATA) == []


@pytest.mark.parametrize("case, relative, breaker, clause, field", BROKEN,
                         ids=[b[0] for b in BROKEN])
def test_a_broken_file_gets_one_plain_message(data_copy, case, relative, breaker, clause, field):
    breaker(data_copy / relative)
    before = _fingerprint(data_copy)
    problems = standards.check(data_copy)
    assert _fingerprint(data_copy) == before, "the loader modified a file it read"
    assert len(problems) == 1, "\n\n".join(map(str, problems))
    problem = problems[0]
    message = str(problem)
    assert problem.file == f"data/{relative}"
    assert problem.clause == clause
    assert field in problem.field
    assert f"data/{relative}" in message and clause in message and field in message
    assert "To mend:" in message and problem.mend.strip()
    assert "Traceback" not in message


def test_type_errors_are_said_in_plain_words(data_copy):
    _edit_yaml(data_copy / "curriculum/i.yaml", _set("minutes", 25))
    [problem] = standards.check(data_copy)
    assert "should be a block of named fields, but it is a number (25)" in problem.what
    assert "reading, exercises, discussion" in problem.mend
    assert "Input should be" not in str(problem) and "instance of" not in str(problem)


def test_a_folder_without_data_gets_one_message(tmp_path):
    problems = standards.check(tmp_path / "not-data")
    assert len(problems) == 1
    assert "no Coco data" in problems[0].what and "not-data/" in str(problems[0])


def test_load_raises_one_data_error_naming_every_problem(data_copy):
    _edit_yaml(data_copy / "curriculum/h.yaml", _delete("summary"))
    _edit_yaml(data_copy / "curriculum/i.yaml", _two_best)
    with pytest.raises(DataError) as caught:
        standards.load(data_copy)
    assert len(caught.value.problems) == 2
    assert "data/curriculum/h.yaml" in str(caught.value)
    assert "data/curriculum/i.yaml" in str(caught.value)


@pytest.mark.parametrize("case", ["invalid-yaml", "option-without-feedback", "huge-file"])
def test_check_data_command_fails_with_the_message_and_no_traceback(data_copy, case):
    _, relative, breaker, clause, field = next(b for b in BROKEN if b[0] == case)
    breaker(data_copy / relative)
    run = subprocess.run([sys.executable, "-m", "toolkit", "check-data", str(data_copy)],
                         capture_output=True, text=True, cwd=REPO, timeout=120)
    assert run.returncode == 1
    assert f"data/{relative}" in run.stderr and clause in run.stderr and field in run.stderr
    assert "Traceback" not in run.stderr + run.stdout


def test_check_data_command_passes_and_summarises():
    run = subprocess.run([sys.executable, "-m", "toolkit", "check-data"], capture_output=True,
                         text=True, cwd=REPO, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "10 clauses" in run.stdout
    for letter in LETTERS:
        assert f"({letter})" in run.stdout


def test_clauses_is_a_dataframe_of_all_ten():
    frame = standards.clauses()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.index) == list(LETTERS)
    assert frame.loc["q", "truncated"] and not frame.loc["h", "truncated"]
    assert (frame["checklist_items"].between(6, 10)).all()


def test_clause_info_accepts_friendly_spellings():
    assert standards.clause_info("(H)").letter == "h"
    with pytest.raises(CocoError, match="no clause \\(z\\)"):
        standards.clause_info("z")


def test_every_clause_has_one_best_option_per_scenario_and_unique_ids():
    seen = set()
    for letter in LETTERS:
        content = standards.clause_info(letter).content
        for scenario in content.scenarios:
            assert sum(o.best for o in scenario.options) == 1, scenario.id
        ids = [i.id for i in content.checklist + content.coaching_questions
               + content.reflection_prompts]
        ids += [s.id for s in content.scenarios]
        ids += [o.id for s in content.scenarios for o in s.options]
        assert not seen & set(ids)
        assert len(ids) == len(set(ids))
        seen |= set(ids)


def test_the_cut_off_clause_says_so_in_our_content_too():
    content = standards.clause_info("q").content
    assert content.source_note and "stops" in (content.source_note + content.summary)
