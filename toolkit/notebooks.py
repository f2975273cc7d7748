"""Write the curriculum notebooks from data, so nobody edits navigation or titles by hand.

``python -m toolkit build-notebooks`` writes every notebook, runs it in a fresh kernel with an
empty, throw-away answer store (so committed outputs never hold anyone's answers), and strips
what must not be committed: widget state (a widget drawn from saved state would look answerable
without a kernel), timings and kernel versions. ``tests/test_notebooks.py`` fails when a
notebook no longer matches what this module would write.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .models import LETTERS
from .standards import load

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent / "notebooks"
START_LINE = ("**To start:** choose **Run › Run All Cells** in the menu bar at the top. "
              "Your answers save by themselves as you go.")


@dataclass(frozen=True)
class Page:
    section: str
    filename: str
    title: str


def pages(data_dir=None) -> list[Page]:
    """The participant notebooks in workshop order."""
    curriculum = load(data_dir)
    result = [Page("welcome", "00-welcome.ipynb", curriculum.welcome.title)]
    for n, letter in enumerate(LETTERS, 1):
        content = curriculum.clauses[letter].content
        result.append(Page(letter, f"{n:02d}-clause-{letter}-{content.slug}.ipynb",
                           f"Clause ({letter}): {content.title}"))
    return result


def _md(source: str, slide: str = "-") -> dict:
    return {"cell_type": "markdown", "metadata": {"slideshow": {"slide_type": slide}},
            "source": source}


def _code(source: str, slide: str = "-") -> dict:
    # Inputs are collapsed (one click shows them): participants never need to read Python.
    return {"cell_type": "code", "execution_count": None, "outputs": [],
            "metadata": {"jupyter": {"source_hidden": True}, "slideshow": {"slide_type": slide}},
            "source": source}


def _navigation(index: int, all_pages: list[Page]) -> str:
    links = []
    if index + 1 < len(all_pages):
        nxt = all_pages[index + 1]
        links.append(f"**Next:** [{nxt.title}]({nxt.filename})")
    if index > 0:
        links.append(f"[Back to the welcome]({all_pages[0].filename})")
    return "---\n" + " · ".join(links)


def _welcome_cells(curriculum, all_pages: list[Page]) -> list[dict]:
    w = curriculum.welcome
    contents = "\n".join(
        f"{n}. [{p.title}]({p.filename}), about "
        f"{curriculum.clauses[p.section].content.minutes.total} minutes"
        for n, p in enumerate(all_pages[1:], 1))
    return [
        _md(f"{START_LINE}\n\n# {w.title}", "slide"),
        _code("import toolkit", "skip"),
        _code("toolkit.welcome()"),
        _md("## Is everything working?"),
        _code("toolkit.setup_check()"),
        _md("## Our agreements\n\nTick each agreement. Your ticks are saved the moment you make "
            "them.", "slide"),
        _code('toolkit.checklist("welcome")'),
        _md(f"## The parts of this workshop\n\n{contents}", "slide"),
        _md("## Your answers are yours\n\nThey stay on this computer. Export them to a file "
            "only if you want to share them (your facilitator will say if they collect them), "
            "or erase them for good when the workshop is over."),
        _code("toolkit.your_answers()"),
        _md(_navigation(0, all_pages)),
    ]


def _clause_cells(curriculum, letter: str, index: int, all_pages: list[Page]) -> list[dict]:
    content = curriculum.clauses[letter].content
    return [
        _md(f"{START_LINE}\n\n# Part {index} of {len(LETTERS)} · Clause ({letter}): "
            f"{content.title}", "slide"),
        _code("import toolkit", "skip"),
        _md("## The standard, and what it means", "slide"),
        _code(f'toolkit.clause_card("{letter}")'),
        _md("## Your practice\n\nTick each habit you already keep. Each tick is saved the "
            "moment you make it; untick it if you change your mind.", "slide"),
        _code(f'toolkit.checklist("{letter}")'),
        _md(_navigation(index, all_pages)),
    ]


def notebook_sources(data_dir=None) -> dict[str, dict]:
    """Every participant notebook as unexecuted nbformat-4 JSON, keyed by file name."""
    curriculum = load(data_dir)
    all_pages = pages(data_dir)
    books = {}
    for index, page in enumerate(all_pages):
        cells = (_welcome_cells(curriculum, all_pages) if page.section == "welcome"
                 else _clause_cells(curriculum, page.section, index, all_pages))
        for n, cell in enumerate(cells):
            cell["id"] = f"{page.section}-{n:02d}"  # stable ids keep diffs small
        books[page.filename] = {
            "cells": cells,
            "metadata": {
                "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                               "name": "python3"},
                "language_info": {"name": "python"},
                "coco": {"section": page.section, "edition": "participant"},
            },
            "nbformat": 4, "nbformat_minor": 5,
        }
    return books


def clean(nb: dict) -> dict:
    """Drop what must not be committed: widget state and views, timings, kernel versions."""
    nb["metadata"].pop("widgets", None)
    nb["metadata"]["language_info"] = {"name": "python"}
    for cell in nb["cells"]:
        cell["metadata"].pop("execution", None)
        for output in cell.get("outputs", []):
            # Without saved state a widget view can only show "model not found". Its plain-text
            # line says how to start instead, and nbval compares that line, not the view.
            output.get("data", {}).pop("application/vnd.jupyter.widget-view+json", None)
    return nb


def build(out_dir: Path | None = None, data_dir=None, execute: bool = True) -> list[Path]:
    """Write (and run) every notebook into ``out_dir``; return the paths written."""
    import nbformat

    out_dir = Path(out_dir or NOTEBOOK_DIR)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="coco-build-") as home:
        for filename, source in notebook_sources(data_dir).items():
            nb = nbformat.from_dict(source)
            if execute:
                nb = _execute(nb, out_dir, home)
            path = out_dir / filename
            nbformat.write(nbformat.from_dict(clean(nb)), path)
            written.append(path)
    return written


def _execute(nb, cwd: Path, home: str):
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    saved = {k: os.environ.get(k) for k in ("COCO_HOME", "JUPYTER_PREFER_ENV_PATH")}
    os.environ.update(COCO_HOME=home, JUPYTER_PREFER_ENV_PATH="1")
    # Private Unix sockets, as for participants (launch.py), at an absolute path: the kernel
    # runs in the notebook's folder, not ours.
    km = (KernelManager(kernel_name="python3", transport="ipc", ip=str(Path(home) / "kernel"))
          if os.name == "posix" else KernelManager(kernel_name="python3"))
    try:
        NotebookClient(nb, km=km, timeout=120, resources={"metadata": {"path": str(cwd)}}
                       ).execute()
    finally:
        if km.has_kernel:
            km.shutdown_kernel(now=True)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return nb
