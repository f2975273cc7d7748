"""The facilitator's dashboard: the group's results from the collect folder, with a Refresh.

Everything shown comes from ``results.group_results`` (the same tables ``collect`` writes) and
``writing.shared_writing``; this module only lays them out. Nothing here raises into the
notebook: a click whose work fails shows one plain line and logs the details privately, the
house rule of ``toolkit.widgets.base.event_handler``.

Which folder: the one given to ``toolkit.dashboard(folder)``, else ``COCO_COLLECT_DIR``, else
whatever the facilitator types in the box. Refresh reads only files that are new or changed
since the last reading (``exchange.collect_exports``'s cache), so pressing it during a session
costs little.

The plain-text form of the widget (``__repr__``) is what a saved notebook keeps and what nbval
compares: it never holds a path, a count that could differ between machines, or a time other
than HH:MM.
"""

from __future__ import annotations

import functools
from datetime import datetime
from html import escape
from pathlib import Path

import ipywidgets as w

from .. import logs
from ..errors import CocoError
from . import charts
from .results import (ABOUT, FEWER, MIN_GROUP, SUPPRESSION, GroupResults, group_results,
                      sheet_reader)
from .writing import shared_writing

from ..locations import COLLECT_ENV, collect_dir
HABITS_SHOWN = 10
# ipywidgets cuts a widget's plain text at 110 characters: every line below must fit.
RUN_FIRST = "To see them, run this notebook: Run > Run All Cells."
CELL = "style='text-align:left;padding:.15em .8em .15em 0;vertical-align:top'"
NOTE = "color:#475467"


def _safely(method):
    """Wrap a click or change handler: a failure becomes one plain line, never a traceback."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except CocoError as exc:
            self._problem(str(exc))
        except Exception:  # noqa: BLE001 - shown as a plain line, logged privately
            logs.unexpected(f"Dashboard.{method.__name__}")
            self._problem("The results could not be read. Coco kept the details in its log "
                          f"({logs.LOG_NAME}, beside your own saved answers). Press Refresh to "
                          "try again.")
        return None

    return wrapper


def table_html(frame, caption: str = "") -> str:
    """A plain, escaped HTML table with its caption: the text alternative of a chart."""
    head = "".join(f"<th scope='col' {CELL}>{escape(str(c))}</th>" for c in frame.columns)
    body = "".join("<tr>" + "".join(f"<td {CELL}>{escape(_cell(v))}</td>" for v in row) + "</tr>"
                   for row in frame.itertuples(index=False))
    cap = (f"<caption style='text-align:left;{NOTE}'>{escape(caption)}</caption>"
           if caption else "")
    return (f"<table class='coco-table' style='border-collapse:collapse;margin:.3em 0'>{cap}"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _cell(value) -> str:
    return "" if value is None else str(value)


def _section(title: str, *parts: str) -> str:
    return f"<section><h3>{escape(title)}</h3>{''.join(parts)}</section>"


def _note(text: str) -> str:
    return f"<p style='{NOTE};max-width:50em'>{escape(text)}</p>"


class Dashboard(w.VBox):
    """The group's results for a facilitator; ``refresh()`` reads the folder again."""

    def __init__(self, folder=None, curriculum=None):
        self._curriculum = curriculum
        self._cache: dict = {}   # file -> its AnswerSheet: Refresh reads new files only
        self._reader = None
        self.results: GroupResults | None = None
        self.skipped: list = []
        self.state = "not read"
        self.read_at = ""
        chosen = folder if folder is not None else (collect_dir() or "")
        self.folder = w.Text(value=str(chosen), description="Exports folder",
                             placeholder="the collect folder, e.g. /srv/coco/collect",
                             style={"description_width": "initial"},
                             layout=w.Layout(width="36em"))
        self.refresh_button = w.Button(description="Refresh", icon="refresh",
                                       tooltip="Read the folder again: new exports are added",
                                       layout=w.Layout(width="auto"))
        self.status = w.HTML()
        self.summary = w.HTML()
        self.clause = w.Dropdown(description="Scenarios of", options=[],
                                 style={"description_width": "initial"})
        self.scenario_view = w.HTML()
        self.rest = w.HTML()
        self.scenario_box = w.VBox([self.clause, self.scenario_view],
                                   layout=w.Layout(display="none"))
        self.refresh_button.on_click(self._refresh_clicked)
        self.clause.observe(self._clause_chosen, names="value")
        super().__init__(children=[w.HBox([self.folder, self.refresh_button]), self.status,
                                   self.summary, self.scenario_box, self.rest])
        self.add_class("coco-dashboard")
        self._refresh_clicked()

    # ------------------------------------------------------------------------- reading

    @_safely
    def _refresh_clicked(self, _=None) -> None:
        self.refresh_button.disabled = True
        # Thousands of files take seconds: say so, rather than look stuck.
        self.status.value = f"<p role='status' style='{NOTE}'>Reading the exports…</p>"
        try:
            self.refresh()
        finally:
            self.refresh_button.disabled = False

    def refresh(self) -> None:
        """Read every export in the folder again (unchanged files from the cache) and redraw."""
        from ..exchange import collect_exports

        self.results, self.skipped = None, []
        typed = self.folder.value.strip()
        if not typed:
            self._show("no folder", "No collect folder is set. Type the folder that holds the "
                       f"exports above and press Refresh, or set {COLLECT_ENV} before starting "
                       "JupyterLab.")
            return
        folder = Path(typed).expanduser()
        if not folder.is_dir():
            self._show("no such folder", f"There is no folder {typed}. Check the spelling, "
                       "or ask whoever set up the collect folder where it is.")
            return
        curriculum = self._load_curriculum()
        if self._reader is None:
            self._reader = sheet_reader(curriculum)
        exports, duplicates, problems = collect_exports(folder, cache=self._cache,
                                                        keep=self._reader)
        self.skipped = duplicates + problems
        self.read_at = datetime.now().strftime("%H:%M")
        if not exports:
            self._show("empty", f"No exports found in {folder.name or typed}"
                       + (f" ({len(self.skipped)} file(s) left out, listed below)."
                          if self.skipped else ". Press Refresh once participants have "
                          "exported."))
            self.rest.value = self._skipped_html()
            return
        self.results = group_results(exports, curriculum, len(self.skipped))
        self.state = "read"
        self._draw()

    def _load_curriculum(self):
        if self._curriculum is None:
            from ..standards import load

            self._curriculum = load()
        return self._curriculum

    # ------------------------------------------------------------------------- drawing

    def _show(self, state: str, message: str) -> None:
        self.state = state
        self.status.value = f"<p role='status' style='{NOTE}'>{escape(message)}</p>"
        self.summary.value = self.rest.value = self.scenario_view.value = ""
        self.scenario_box.layout.display = "none"

    def _problem(self, message: str) -> None:
        """Say what failed, and take down results that may no longer be true."""
        self._show("problem", "")
        self.status.value = (f"<p role='alert' style='color:#b42318;font-weight:bold'>"
                             f"&#9888; {escape(message)}</p>")

    def _draw(self) -> None:
        results = self.results
        people = results.participants if results.enough else FEWER
        left_out = f"; {len(self.skipped)} file(s) left out, listed at the end" \
            if self.skipped else ""
        self.status.value = (f"<p role='status' style='{NOTE}'>Read at {self.read_at}: "
                             f"{people} participants{left_out}. {escape(SUPPRESSION)}</p>")
        took_part = _section("Who took part", _note(ABOUT["participation"]),
                             table_html(results.participation))
        if not results.enough:
            self.summary.value = took_part + _note(
                f"The group's results appear once at least {MIN_GROUP} participants have "
                "exported.")
            self.scenario_box.layout.display = "none"
            self.scenario_view.value = ""
            self.rest.value = self._skipped_html()
            return
        self.summary.value = took_part + self._completion_html() + self._habits_html()
        curriculum = self._load_curriculum()
        options = [(f"{value} {curriculum.clauses[value.strip('()')].content.title}", value)
                   for value in dict.fromkeys(results.scenarios["Clause"])]
        keep = self.clause.value if self.clause.value in dict(options).values() else None
        self.clause.unobserve(self._clause_chosen, names="value")
        try:
            self.clause.options = options
            self.clause.value = keep or (options[0][1] if options else None)
        finally:
            self.clause.observe(self._clause_chosen, names="value")
        self.scenario_box.layout.display = None
        self._draw_scenarios()
        self.rest.value = self._writing_html() + self._skipped_html()

    def _completion_html(self) -> str:
        frame = self.results.completion
        chart = charts.completion_chart(frame)
        return _section("Completion per clause", _note(ABOUT["completion"]), chart.html(),
                        table_html(frame, "The figures behind the chart"))

    def _habits_html(self) -> str:
        frame = self.results.habits
        least = frame[frame["Ticked (%)"] != FEWER].head(HABITS_SHOWN)
        chart = charts.habits_chart(frame, HABITS_SHOWN)
        shown = chart.html() if chart else _note(f"Every clause was started by {FEWER} "
                                                 "participants, so no habit is shown.")
        return _section("The habits least often ticked", _note(ABOUT["habits"]), shown,
                        table_html(least, "The figures behind the chart") if len(least) else "",
                        f"<details><summary>All {len(frame)} habits</summary>"
                        f"{table_html(frame)}</details>")

    @_safely
    def _clause_chosen(self, _change=None) -> None:
        self._draw_scenarios()

    def _draw_scenarios(self) -> None:
        if self.results is None or self.clause.value is None:
            self.scenario_view.value = ""
            return
        frame = self.results.scenarios
        rows = frame[frame["Clause"] == self.clause.value]
        chart = charts.scenario_chart(frame, self.clause.value)
        self.scenario_view.value = _section(
            "Scenarios: first attempt and latest answer", _note(ABOUT["scenarios"]),
            chart.html() if chart else "",
            table_html(rows.drop(columns=["Clause"]), "The figures behind the charts"))

    def _writing_html(self) -> str:
        found = shared_writing(self.results)
        if not found:
            return _section("What participants wrote", _note(
                "No participant shared their writing (reflections and commitments travel in "
                "an export only when its owner chooses)."))
        parts = []
        for prompt in found:
            texts = "".join(f"<li>{escape(t)}</li>" for t in prompt.texts)
            count = prompt.shared if prompt.shared == FEWER else f"{prompt.shared} shared"
            note = f"<p style='{NOTE}'>{escape(prompt.note())}</p>" if prompt.note() else ""
            parts.append(f"<details><summary>{escape(prompt.where)}: {escape(prompt.prompt)} "
                         f"({escape(str(count))})</summary>{note}"
                         f"<ul>{texts}</ul></details>")
        return _section("What participants wrote", _note(
            "Only from participants who chose to share their writing, checked again for names "
            "and numbers before it is shown here; no name or file is attached to any text."),
            "".join(parts))

    def _skipped_html(self) -> str:
        if not self.skipped:
            return ""
        items = "".join(f"<li><code>{escape(s.path.name)}</code>: {escape(s.reason)}</li>"
                        for s in self.skipped)
        return _section("Files left out", f"<details><summary>{len(self.skipped)} file(s) "
                        "were not counted; open to see which and why</summary>"
                        f"<ul>{items}</ul></details>")

    # ------------------------------------------------------------------------- text

    def html(self) -> str:
        """Everything the dashboard shows now, as one HTML string (for tests and a saved page)."""
        return "".join(part.value for part in (self.status, self.summary, self.scenario_view,
                                               self.rest))

    def __repr__(self) -> str:
        if self.state == "read" and self.results is not None:
            people = self.results.participants if self.results.enough else FEWER
            return f"The group's results: {people} participants. {RUN_FIRST}"
        if self.state == "empty":
            return f"The group's results: no exports in the collect folder. {RUN_FIRST}"
        if self.state == "no such folder":
            return f"The group's results: the folder given does not exist. {RUN_FIRST}"
        if self.state == "problem":
            return f"The group's results could not be read. {RUN_FIRST}"
        return f"The group's results: no collect folder is set yet. {RUN_FIRST}"


def dashboard(folder=None, curriculum=None) -> Dashboard:
    return Dashboard(folder, curriculum)
