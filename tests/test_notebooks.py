"""The committed notebooks are what the participant should meet, and what nbval can check.

nbval passes a notebook without outputs vacuously, so these tests also demand that every code
cell was executed and kept its outputs; and they hold the rules for participant notebooks:
a plain start line at the top, one short hidden line per code cell, no saved widget state,
no absolute paths, no checkpoints, and notebooks that still match the data they came from.
"""

import json
import re

import pytest

from helpers import REPO
from toolkit.notebooks import START_LINE, notebook_sources

NOTEBOOKS = REPO / "notebooks"
PARTICIPANT = sorted(p for p in NOTEBOOKS.glob("*.ipynb"))


def _load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_there_is_a_welcome_one_notebook_per_clause_and_the_action_plan_in_order():
    names = [p.name for p in PARTICIPANT]
    assert len(names) == 12
    assert names[0] == "00-welcome.ipynb"
    assert [n[3:12] for n in names[1:11]] == [f"clause-{x}-" for x in "hijklmnopq"]
    assert names[11] == "11-action-plan.ipynb"


def _shape(cell) -> tuple:
    source = cell["source"]
    return (cell["cell_type"], cell.get("id"), "".join(source) if isinstance(source, list)
            else source, cell["metadata"].get("tags"), cell["metadata"].get("slideshow"),
            cell["metadata"].get("jupyter"))


def test_notebooks_match_what_the_data_would_write():
    """Sources, cell ids, tags, slide types and hidden inputs: all as the generator writes them."""
    expected = notebook_sources()
    committed_names = sorted(str(p.relative_to(NOTEBOOKS)) for p in NOTEBOOKS.rglob("*.ipynb")
                             if ".ipynb_checkpoints" not in p.parts)
    assert sorted(expected) == committed_names
    for name, source in expected.items():
        committed = _load(NOTEBOOKS / name)
        assert [_shape(c) for c in committed["cells"]] == [_shape(c) for c in source["cells"]], (
            f"{name} is out of date: run `make notebooks`")
        assert committed["metadata"]["coco"] == source["metadata"]["coco"]


CLAUSE_PARTS = ["objectives", "setup", "clause", "clause", "why-it-matters", "checklist",
                "checklist", "scenario", "coaching-questions", "reflection", "key-points",
                "progress", "navigation"]


@pytest.mark.parametrize("path", PARTICIPANT[1:11], ids=lambda p: p.stem)
def test_every_clause_notebook_has_the_same_shape(path):
    """Objectives, clause, why, checklist, scenarios, coaching, reflection, key points, progress."""
    tags = [c["metadata"]["tags"][0].removeprefix("coco-") for c in _load(path)["cells"]
            if "facilitator" not in c["metadata"]["tags"]]
    collapsed = [t for n, t in enumerate(tags) if n == 0 or t != tags[n - 1] or t == "clause"
                 or t == "checklist"]
    assert collapsed == CLAUSE_PARTS, tags
    letter = path.stem.split("-")[2]
    nb = _load(path)
    scenario_cells = ["".join(c["source"]) for c in nb["cells"]
                      if c["cell_type"] == "code" and "coco-scenario" in c["metadata"]["tags"]]
    from toolkit.standards import load

    assert scenario_cells == [f'toolkit.scenario("{s.id}")'
                              for s in load().parts(letter).scenarios]
    links = "".join(nb["cells"][-1]["source"])
    assert "**Previous:**" in links and "**Next:**" in links and "00-welcome.ipynb" in links


@pytest.mark.parametrize("path", PARTICIPANT, ids=lambda p: p.stem)
def test_notebook_is_clean_and_executed(path):
    nb = _load(path)
    text = path.read_text(encoding="utf-8")
    first = "".join(nb["cells"][0]["source"])
    assert nb["cells"][0]["cell_type"] == "markdown" and first.startswith(START_LINE)
    assert "widgets" not in nb["metadata"], "saved widget state would draw inert inputs"
    assert not re.search(r"/(root|home|tmp|work|Users)/|[A-Z]:\\\\", text), "absolute path"
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code
    for cell in code:
        source = "".join(cell["source"])
        assert cell["execution_count"] is not None, f"not executed: {source}"
        assert len(source.splitlines()) == 1 and len(source) <= 40, source
        assert cell["metadata"]["jupyter"]["source_hidden"] is True
        assert not any(o["output_type"] == "error" for o in cell["outputs"])
        if source != "import toolkit":
            assert cell["outputs"], f"no output kept for {source}"


def test_widget_outputs_keep_only_a_plain_text_line_saying_how_to_start():
    """Opened without a kernel, the checklist shows how to start, not "model not found"."""
    nb = _load(NOTEBOOKS / "01-clause-h-third-party-payers.ipynb")
    outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"]]
    assert not any("application/vnd.jupyter.widget-view+json" in o.get("data", {})
                   for o in outputs)
    plain = ["".join(o["data"]["text/plain"]) for o in outputs if "data" in o]
    from toolkit.standards import load

    habits = len(load().parts("h").checklist)
    assert any(f"0 of {habits} ticked" in p and "Run All Cells" in p for p in plain)


def test_no_checkpoints_are_committed():
    assert not list(REPO.glob("**/.ipynb_checkpoints/*.ipynb"))
