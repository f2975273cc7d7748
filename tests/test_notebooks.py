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


def test_there_is_a_welcome_and_one_notebook_per_clause_in_order():
    names = [p.name for p in PARTICIPANT]
    assert names[0] == "00-welcome.ipynb"
    assert [n[3:12] for n in names[1:11]] == [f"clause-{x}-" for x in "hijklmnopq"]


def test_notebooks_match_what_the_data_would_write():
    expected = notebook_sources()
    assert sorted(expected) == [p.name for p in PARTICIPANT]
    for name, source in expected.items():
        committed = _load(NOTEBOOKS / name)
        shape = [(c["cell_type"], "".join(c["source"]) if isinstance(c["source"], list)
                  else c["source"]) for c in committed["cells"]]
        assert shape == [(c["cell_type"], c["source"]) for c in source["cells"]], (
            f"{name} is out of date: run `make notebooks`")


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
    assert any("0 of 7 ticked" in p and "Run All Cells" in p for p in plain)


def test_no_checkpoints_are_committed():
    assert not list(REPO.glob("**/.ipynb_checkpoints/*.ipynb"))
