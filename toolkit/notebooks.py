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

from . import facilitator_notes as notes
from .checks import section_minutes
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
    plan = curriculum.action_plan
    result.append(Page("action-plan", f"{len(result):02d}-{plan.slug}.ipynb", plan.title))
    return result


def _md(source: str, part: str, slide: str = "-"):
    from nbformat.v4 import new_markdown_cell

    return new_markdown_cell(source, metadata={"slideshow": {"slide_type": slide},
                                               "tags": [f"coco-{part}"]})


def _code(source: str, part: str, slide: str = "-"):
    from nbformat.v4 import new_code_cell

    # Inputs are collapsed (one click shows them): participants never need to read Python.
    return new_code_cell(source, metadata={"jupyter": {"source_hidden": True},
                                           "slideshow": {"slide_type": slide},
                                           "tags": [f"coco-{part}"]})


def _fac(source: str):
    """A facilitator's note: speaker notes on a slide, removed from the participant edition."""
    from nbformat.v4 import new_markdown_cell

    return new_markdown_cell(source, metadata={"slideshow": {"slide_type": "notes"},
                                               "tags": [notes.FACILITATOR_TAG]})


def _bullets(items) -> str:
    return "\n".join(f"- {item}" for item in items)


def _navigation(index: int, all_pages: list[Page]) -> str:
    links = []
    if index > 0:
        prev = all_pages[index - 1]
        links.append(f"**Previous:** [{prev.title}]({prev.filename})")
    if index + 1 < len(all_pages):
        nxt = all_pages[index + 1]
        links.append(f"**Next:** [{nxt.title}]({nxt.filename})")
    if index > 1:
        links.append(f"[Back to the welcome]({all_pages[0].filename})")
    return "---\n" + " · ".join(links)


def _welcome_cells(curriculum, all_pages: list[Page]) -> list:
    w = curriculum.welcome

    def minutes(page):
        return section_minutes(curriculum.section(page.section))

    contents = "\n".join(f"{n}. [{p.title}]({p.filename}), about {minutes(p)} minutes"
                         for n, p in enumerate(all_pages[1:], 1))
    return [
        _md(f"{START_LINE}\n\n# {w.title}", "title", "slide"),
        _fac(notes.timing(curriculum, "welcome")),
        _code("import toolkit", "setup", "skip"),
        _code("toolkit.welcome()", "welcome"),
        _fac(notes.privacy_points(curriculum)),
        _md("## Is everything working?", "setup-check"),
        _code("toolkit.setup_check()", "setup-check"),
        _md("## Our agreements\n\nTick each agreement. Your ticks are saved the moment you make "
            "them.", "checklist", "slide"),
        _code('toolkit.checklist("welcome")', "checklist"),
        _md(f"## The parts of this workshop\n\n{contents}", "contents", "slide"),
        _md("## Your progress\n\nThis grows as you work through the clauses. A clause is "
            "complete when every scenario has an answer and each reflection is written.",
            "progress", "slide"),
        _code("toolkit.progress()", "progress"),
        _md("## Your answers are yours\n\nThey stay on this computer. Export them to a file "
            "only if you want to share them (your facilitator will say if they collect them), "
            "or erase them for good when the workshop is over.", "your-answers", "slide"),
        _code("toolkit.your_answers()", "your-answers"),
        _md(_navigation(0, all_pages), "navigation"),
    ]


def _clause_cells(curriculum, letter: str, index: int, all_pages: list[Page]) -> list:
    content = curriculum.clauses[letter].content
    cells = [
        _md(f"{START_LINE}\n\n# Part {index} of {len(LETTERS)} · Clause ({letter}): "
            f"{content.title}\n\n**By the end of this part you can:**\n\n"
            f"{_bullets(content.objectives)}", "objectives", "slide"),
        _fac(notes.timing(curriculum, letter)),
        _code("import toolkit", "setup", "skip"),
        _md("## The standard, and what it means", "clause", "slide"),
        _code(f'toolkit.clause_card("{letter}")', "clause"),
        _fac(notes.talking_points(content)),
        _md(f"## Why it matters in child welfare\n\n{_bullets(content.why_it_matters)}",
            "why-it-matters", "slide"),
        _md("## Your practice\n\nTick each habit you already keep. Each tick is saved the "
            "moment you make it; untick it if you change your mind.", "checklist", "slide"),
        _code(f'toolkit.checklist("{letter}")', "checklist"),
    ]
    total = len(content.scenarios)
    for n, scenario in enumerate(content.scenarios, 1):
        intro = ("\n\nChoose what you would do, then press **Check my answer**. Your choice "
                 "is saved when you check it, and you may try again." if n == 1 else "")
        cells += [_md(f"## Scenario {n} of {total}: {scenario.title}\n\n{scenario.situation}"
                      f"{intro}", "scenario", "slide"),
                  _code(f'toolkit.scenario("{scenario.id}")', "scenario"),
                  _fac(notes.answer_key(curriculum, scenario))]
    cells += [
        _md("## Coaching questions\n\nFor a conversation with your supervisor or coach.",
            "coaching-questions", "slide"),
        _code(f'toolkit.coaching_questions("{letter}")', "coaching-questions"),
        _fac(notes.discussion(content)),
        _md("## Reflection\n\nWrite a few lines for each prompt. Use roles, not names. What you "
            "write is checked for names and numbers, then saved as you type.", "reflection",
            "slide"),
        _code(f'toolkit.reflections("{letter}")', "reflection"),
        _md(f"## Key points\n\n{_bullets(content.key_points)}", "key-points", "slide"),
        _md("## Your progress in this clause", "progress", "subslide"),
        _code(f'toolkit.progress("{letter}")', "progress"),
        _md(_navigation(index, all_pages), "navigation"),
    ]
    return cells


def _action_plan_cells(curriculum, index: int, all_pages: list[Page]) -> list:
    plan = curriculum.action_plan
    return [
        _md(f"{START_LINE}\n\n# {plan.title}\n\n{plan.intro}", "title", "slide"),
        _fac(notes.timing(curriculum, "action-plan")),
        _code("import toolkit", "setup", "skip"),
        _md("## What you noticed\n\nYour reflections and the habits you ticked, clause by "
            "clause. Open a clause to read them.", "your-work", "slide"),
        _code("toolkit.your_work()", "your-work"),
        _md("## Your progress", "progress", "subslide"),
        _code("toolkit.progress()", "progress"),
        _md("## Your commitments\n\nFor each prompt, write one small, specific change and give "
            "it a target date. Use roles, not names: what you write is checked for names and "
            "numbers, then saved as you type.", "commitments", "slide"),
        _code("toolkit.action_plan()", "commitments"),
        _md(f"## Points to remember\n\n{_bullets(plan.key_points)}", "key-points", "slide"),
        _md("## Your takeaway\n\nWrite your action plan to a file you can print or keep: "
            "your commitments, your reflections and, once every clause is complete, a "
            "certificate of completion with the minutes for your continuing-education records. "
            "The file is written only when you press the button, and only your account can "
            "read it.", "takeaway", "slide"),
        _code("toolkit.takeaway()", "takeaway"),
        _md("## Your answers are yours\n\nExport them only if you want to share them, or erase "
            "them for good when the workshop is over.", "your-answers", "slide"),
        _code("toolkit.your_answers()", "your-answers"),
        _fac(notes.exporting_points(curriculum)),
        _md(_navigation(index, all_pages), "navigation"),
    ]


GUIDE = "facilitator/guide.ipynb"
DASHBOARD = "facilitator/dashboard.ipynb"
GUIDE_START = ("**To start:** just read it. This guide has nothing to run; it is for "
               "facilitators, not participants.")


def _guide_cells(curriculum) -> list:
    sections = notes.guide_sections(curriculum)
    heading, body = sections[0]
    cells = [_md(f"{GUIDE_START}\n\n{heading}\n\n{body}", "title", "slide")]
    cells += [_md(f"{h}\n\n{b}", "guide", "slide") for h, b in sections[1:]]
    return cells


DASHBOARD_START = ("**To start:** choose **Run › Run All Cells** in the menu bar at the top. "
                   "Nothing here changes anyone's answers.")


def _dashboard_cells() -> list:
    return [
        _md(f"{DASHBOARD_START}\n\n# The group's results\n\nFor facilitators. This page reads every "
            "export in your collect folder and shows how the group is doing: how many took part, "
            "how far they got in each clause, how they answered each scenario (first attempt and "
            "latest), and the habits least often ticked.", "title", "slide"),
        _code("import toolkit", "setup", "skip"),
        _md("## Where the exports come from\n\nParticipants export with the button in the "
            "welcome notebook (or `python -m toolkit export`). On a JupyterHub with a shared "
            "collect folder (`COCO_COLLECT_DIR`) their files land there directly; otherwise put "
            "the files in one folder and type its path in the box below. Press **Refresh** "
            "whenever new exports arrive: files already read are not read again.", "dashboard"),
        _md("## What you will and will not see\n\n- No names and no pseudonyms: the results are "
            "the group's.\n- Any figure based on fewer than 3 participants reads “fewer than "
            "3”.\n- What participants wrote appears only if they chose to share it, after a "
            "second check for names and numbers; anything flagged is withheld.\n- Files that "
            "cannot be used (damaged, changed after export, from a newer Coco, or a second "
            "export of the same participant) are listed at the end with the reason.",
            "dashboard"),
        _code("toolkit.dashboard()", "dashboard", "slide"),
        _md("## A report for your agency\n\nThe same tables as a spreadsheet, from a terminal:"
            "\n\n```\npython -m toolkit collect COLLECT-FOLDER -o results.xlsx\n```\n\nUse "
            "`-o results.csv` for one CSV file per table. Coco never overwrites a file and "
            "writes it so only your account can read it; shared writing is not in the report.",
            "report", "slide"),
    ]


def notebook_sources(data_dir=None) -> dict:
    """Every participant notebook as an unexecuted nbformat-4 notebook, keyed by file name."""
    from nbformat.v4 import new_notebook

    curriculum = load(data_dir)
    all_pages = pages(data_dir)
    books = {}
    for index, page in enumerate(all_pages):
        if page.section == "welcome":
            cells = _welcome_cells(curriculum, all_pages)
        elif page.section == "action-plan":
            cells = _action_plan_cells(curriculum, index, all_pages)
        else:
            cells = _clause_cells(curriculum, page.section, index, all_pages)
        for n, cell in enumerate(cells):
            cell["id"] = f"{page.section}-{n:02d}"  # stable ids keep diffs small
        books[page.filename] = new_notebook(cells=cells, metadata={
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                           "name": "python3"},
            "language_info": {"name": "python"},
            "coco": {"section": page.section, "edition": "participant"},
        })
    for filename, section, cells in ((GUIDE, "guide", _guide_cells(curriculum)),
                                     (DASHBOARD, "dashboard", _dashboard_cells())):
        for n, cell in enumerate(cells):
            cell["id"] = f"{section}-{n:02d}"
        books[filename] = new_notebook(cells=cells, metadata={
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                           "name": "python3"},
            "language_info": {"name": "python"},
            "coco": {"section": section, "edition": "facilitator"},
        })
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
            nb = source
            path = out_dir / filename
            path.parent.mkdir(parents=True, exist_ok=True)
            if execute and any(c["cell_type"] == "code" for c in nb["cells"]):
                nb = _execute(nb, path.parent, home)
            nbformat.write(nbformat.from_dict(clean(nb)), path)
            written.append(path)
    return written


def _execute(nb, cwd: Path, home: str):
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    saved = {k: os.environ.get(k) for k in ("COCO_HOME", "JUPYTER_PREFER_ENV_PATH",
                                            "COCO_COLLECT_DIR")}
    os.environ.update(COCO_HOME=home, JUPYTER_PREFER_ENV_PATH="1")
    os.environ.pop("COCO_COLLECT_DIR", None)  # committed outputs never show a real folder
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
