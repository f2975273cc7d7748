"""Two editions from one source: participants never receive an answer key or a talking point."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from helpers import REPO
from toolkit.editions import build_editions
from toolkit.errors import CocoError
from toolkit.launch import prepare_workspace
from toolkit.standards import load

NOTEBOOKS = REPO / "notebooks"


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    out = tmp_path_factory.mktemp("editions")
    build_editions(out)
    return out


def _cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _text(folder) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.ipynb")))


def _secrets(curriculum) -> list[str]:
    """What only a facilitator may read: every option's reasoning, talking points, follow-ups."""
    found = []
    for clause in curriculum.clauses.values():
        content = clause.content
        for s in content.scenarios:
            found += [o.feedback for o in s.options] + [s.follow_up]
        if content.facilitator:
            found += content.facilitator.talking_points + content.facilitator.discussion
            found.append(content.facilitator.watch_for)
    found += curriculum.guide.real_case
    return found


def test_the_participant_edition_holds_no_facilitator_cell_tag_or_answer_key(editions):
    participant = editions / "participant"
    names = sorted(str(p.relative_to(participant)) for p in participant.rglob("*.ipynb"))
    assert names == sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))  # no facilitator/ folder
    text = _text(participant)
    assert "facilitator" not in text.lower().replace("your facilitator", "")
    assert "strongest" not in text and "Answer key" not in text
    leaked = [s for s in _secrets(load()) if json.dumps(s)[1:-1] in text]
    assert leaked == []
    for path in participant.rglob("*.ipynb"):
        nb = json.loads(path.read_text(encoding="utf-8"))
        assert nb["metadata"]["coco"]["edition"] == "participant"


def test_the_facilitator_edition_holds_everything_and_the_same_participant_cells(editions):
    curriculum = load()
    text = _text(editions / "facilitator")
    missing = [s for s in _secrets(curriculum) if json.dumps(s)[1:-1] not in text]
    assert missing == []
    assert (editions / "facilitator" / "facilitator" / "guide.ipynb").exists()
    for path in NOTEBOOKS.glob("*.ipynb"):
        full = _cells(editions / "facilitator" / path.name)
        plain = _cells(editions / "participant" / path.name)
        assert [c for c in full if "facilitator" not in c["metadata"].get("tags", [])] == plain
        assert len(full) > len(plain)


def test_every_scenario_has_an_answer_key_lettered_as_shown(editions):
    curriculum = load()
    text = _text(editions / "facilitator")
    for letter in curriculum.clauses:
        for scenario in curriculum.parts(letter).scenarios:
            shown = curriculum.options_shown(scenario.id)
            best = "ABCD"[[o.best for o in shown].index(True)]
            assert f"the strongest choice is **{best}**" in text


def test_an_edition_is_never_written_over(editions):
    with pytest.raises(CocoError, match="never overwrites an edition"):
        build_editions(editions)


def test_the_participants_working_copies_are_the_participant_edition(tmp_path):
    copied = prepare_workspace(tmp_path / "workshop")
    assert sorted(p.name for p in copied) == sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
    assert "facilitator" not in _text(tmp_path / "workshop").lower().replace(
        "your facilitator", "")


def test_both_editions_pass_nbval(editions, tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval",
         "--nbval-current-env", "--nbval-sanitize-with", str(REPO / "tests/sanitize.cfg"),
         str(editions / "participant"), str(editions / "facilitator")],
        cwd=REPO, capture_output=True, text=True, timeout=900,
        env={**os.environ, "COCO_HOME": str(tmp_path / "home")})
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "failed" not in run.stdout
