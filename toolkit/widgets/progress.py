"""Progress on screen: one clause's counts, or all ten clauses, updated as answers are saved.

The figures come from ``toolkit.progress`` (a pure function of the data's ids and the store);
this module only draws them, and redraws when the store reports a save in this kernel.
"""

from __future__ import annotations

from html import escape

import ipywidgets as w

from ..completion import SectionProgress, section_progress, workshop_progress
from ..store import Store


def _bar(done: int, total: int, label: str) -> str:
    percent = round(100 * done / total) if total else 0
    return (f"<div role='progressbar' aria-label='{escape(label)}' aria-valuemin='0' "
            f"aria-valuemax='{total}' aria-valuenow='{done}' style='display:inline-block;"
            f"width:8em;height:.7em;background:#eaecf0;border-radius:.35em;vertical-align:middle'>"
            f"<div style='width:{percent}%;height:100%;background:#175cd3;border-radius:.35em'>"
            f"</div></div>")


def clause_html(p: SectionProgress) -> str:
    state = ("<strong style='color:#067647'>&#10003; Complete</strong>" if p.complete else
             "<strong>Not complete yet</strong>: answer every scenario and write each "
             "reflection to complete it.")
    rows = "".join(
        f"<li>{_bar(done, total, what)} {done} of {total} {what}</li>"
        for done, total, what in ((p.habits_ticked, p.habits, "habits ticked"),
                                  (p.scenarios_answered, p.scenarios, "scenarios answered"),
                                  (p.reflections_written, p.reflections, "reflections written")))
    return (f"<div class='coco-progress-clause'><p>Your progress in {escape(p.label)}: "
            f"{state}</p><ul style='list-style:none;padding-left:0'>{rows}</ul></div>")


CELL = "style='text-align:left;padding:.15em 1em .15em 0'"


def _state(p: SectionProgress) -> str:
    if p.complete:
        return "<span style='color:#067647'>&#10003; complete</span>"
    return "started" if p.started else "not started"


def workshop_html(rows: list[SectionProgress]) -> str:
    done = sum(p.complete for p in rows)
    body = "".join(
        f"<tr><th scope='row' {CELL}><span style='font-weight:normal'>({p.section}) "
        f"{escape(p.title)}</span></th><td {CELL}>{_state(p)}</td>"
        f"<td {CELL}>{p.habits_ticked} of {p.habits}</td>"
        f"<td {CELL}>{p.scenarios_answered} of {p.scenarios}</td>"
        f"<td {CELL}>{p.reflections_written} of {p.reflections}</td></tr>" for p in rows)
    head = "".join(f"<th scope='col' {CELL}>{h}</th>" for h in
                   ("Clause", "State", "Habits ticked", "Scenarios answered",
                    "Reflections written"))
    return (f"<div class='coco-progress-workshop'><p><strong>{done} of {len(rows)} clauses "
            f"complete.</strong> {_bar(done, len(rows), 'clauses complete')}</p>"
            "<table style='border-collapse:collapse'><caption style='text-align:left;"
            "color:#475467'>Your progress, clause by clause</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")


class Progress(w.HTML):
    """A clause's progress (``section`` given) or the workshop's (``section`` None)."""

    def __init__(self, curriculum, store: Store, section: str | None = None):
        super().__init__()
        self.curriculum, self.store, self.section = curriculum, store, section
        self.add_class("coco-progress")
        self.refresh()
        store.listen(self._saved)

    def figures(self):
        answers = self.store.answers()
        if self.section is None:
            return workshop_progress(self.curriculum, answers)
        content = self.curriculum.section(self.section)
        return section_progress(self.curriculum.parts(self.section), answers, content.title)

    def refresh(self) -> None:
        figures = self.figures()
        self.value = (workshop_html(figures) if self.section is None else clause_html(figures))

    def _saved(self, saved, section: str) -> None:
        if self.section is None or section == self.section:
            self.refresh()

    def __repr__(self) -> str:
        figures = self.figures()
        if self.section is None:
            done = sum(p.complete for p in figures)
            return (f"Your progress: {done} of {len(figures)} clauses complete. To see more, run "
                    "this notebook: Run > Run All Cells.")
        p = figures
        return (f"Progress in {p.label}: {p.scenarios_answered}/{p.scenarios} scenarios, "
                f"{p.reflections_written}/{p.reflections} reflections. Run > Run All Cells.")
