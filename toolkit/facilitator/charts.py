"""The group's tables as charts: matplotlib figures drawn to SVG and embedded in the page.

Why SVG in an ``<img>``: it needs no JavaScript, no CDN and no network (a workshop room may
have none), it stays sharp on a projector, and an ``<img>`` keeps each chart's ids apart from
the page's. Figures are made with ``matplotlib.figure.Figure``, never ``pyplot``, so no figure
is left open in the kernel and nothing depends on the notebook's backend. The hash salt and
date are fixed, so the same tables always give the same bytes.

Every chart has a text alternative: its ``alt`` says in words what the bars show, and the
table it was drawn from is printed under it by the dashboard. Hidden figures ("fewer than 3")
are drawn as that phrase, never as a bar.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from html import escape

import pandas as pd

from .results import FEWER

LATEST = "#175cd3"
FIRST = "#98a2b3"
HIDDEN = "#475467"
RC = {"svg.hashsalt": "coco", "svg.fonttype": "path", "font.size": 9,
      "axes.spines.top": False, "axes.spines.right": False}


@dataclass(frozen=True)
class Chart:
    svg: bytes
    alt: str
    title: str

    def html(self) -> str:
        data = base64.b64encode(self.svg).decode("ascii")
        return (f"<figure class='coco-chart' style='margin:.5em 0'><img "
                f"src='data:image/svg+xml;base64,{data}' alt='{escape(self.alt)}' "
                f"style='max-width:100%;height:auto'><figcaption style='color:#475467'>"
                f"{escape(self.title)}</figcaption></figure>")


def _number(value):
    return None if value == FEWER or value is None else float(value)


def _render(fig) -> bytes:
    import matplotlib

    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": RC["svg.hashsalt"],
                                "svg.fonttype": RC["svg.fonttype"]}):
        fig.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    return buffer.getvalue()


def _figure(width: float, height: float):
    """A figure of its own (no pyplot); made inside ``_rc()`` so its text takes our sizes."""
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _bars(ax, labels: list[str], values: list, colour: str, hidden_note: str = FEWER):
    """Horizontal bars, top to bottom in the order given; a hidden value is written, not drawn."""
    positions = list(range(len(labels)))[::-1]
    for y, value in zip(positions, values):
        if value is None:
            ax.text(1, y, hidden_note, va="center", color=HIDDEN, style="italic")
        else:
            ax.barh(y, value, color=colour, height=.6)
            ax.text(value + 1, y, f"{value:.0f}%", va="center")
    ax.set_yticks(positions, labels)
    ax.set_xlim(0, 110)
    ax.set_xticks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"])


def _spoken(labels, values) -> str:
    return "; ".join(f"{label} {FEWER if v is None else f'{v:.0f}%'}"
                     for label, v in zip(labels, values))


def completion_chart(completion: pd.DataFrame) -> Chart:
    column = "All scenarios answered (% of started)"
    labels = [c.split(")")[0] + ")" for c in completion["Clause"]]
    values = [_number(v) for v in completion[column]]
    with _rc():
        fig = _figure(6, 3.2)
        ax = fig.add_subplot()
        _bars(ax, labels, values, LATEST)
        ax.set_xlabel("answered every scenario, of those who started the clause")
    title = "Clauses: participants who answered every scenario, of those who started"
    return Chart(_render(fig), f"Bar chart. {title}: {_spoken(labels, values)}.", title)


def habits_chart(habits: pd.DataFrame, count: int = 10) -> Chart | None:
    """The ``count`` habits least often ticked; None when every row is hidden."""
    rows = habits[habits["Ticked (%)"] != FEWER].head(count)
    if rows.empty:
        return None
    labels = [f"{clause} {_short(text, 48)}" for clause, text in zip(rows["Clause"], rows["Habit"])]
    values = [float(v) for v in rows["Ticked (%)"]]
    with _rc():
        fig = _figure(7.5, .35 * len(rows) + 1)
        ax = fig.add_subplot()
        _bars(ax, labels, values, LATEST)
        ax.set_xlabel("ticked, of those who started the clause")
    title = f"The {len(rows)} habits least often ticked"
    return Chart(_render(fig), f"Bar chart. {title}: {_spoken(labels, values)}.", title)


def scenario_chart(scenarios: pd.DataFrame, clause: str) -> Chart | None:
    """One panel per scenario of ``clause`` ("(h)"): each option's share, first and latest."""
    rows = scenarios[scenarios["Clause"] == clause]
    if rows.empty:
        return None
    names = list(dict.fromkeys(rows["Scenario"]))
    spoken = []
    with _rc():
        fig = _figure(7.5, 1.7 * len(names) + .4)
        axes = fig.subplots(len(names), 1, squeeze=False)[:, 0]
        for ax, name in zip(axes, names):
            options = rows[rows["Scenario"] == name]
            letters = [o.split(".")[0] + (" (best)" if best else "")
                       for o, best in zip(options["Option"], options["Best option"])]
            latest = [_number(v) for v in options["Latest answer (%)"]]
            first = [_number(v) for v in options["First attempt (%)"]]
            ax.set_title(_short(name, 70), loc="left", fontsize=9)
            if all(v is None for v in latest):
                ax.text(.01, .5, f"{FEWER} participants answered this scenario",
                        transform=ax.transAxes, va="center", color=HIDDEN, style="italic")
                ax.set_axis_off()
                spoken.append(f"{name}: {FEWER} participants answered")
                continue
            positions = list(range(len(letters)))[::-1]
            if not all(v is None for v in first):
                ax.barh([y + .2 for y in positions], [v or 0 for v in first], height=.38,
                        color=FIRST, label="first attempt", hatch="//", edgecolor="white")
            ax.barh([y - .2 for y in positions], latest, height=.38, color=LATEST,
                    label="latest answer")
            ax.set_yticks(positions, letters)
            ax.set_xlim(0, 100)
            ax.set_xticks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"])
            ax.legend(loc="lower right", fontsize=8, frameon=False)
            spoken.append(f"{name}: latest answer {_spoken(letters, latest)}"
                          + ("; first attempts " + _spoken(letters, first)
                             if not all(v is None for v in first)
                             else f"; first attempts: {FEWER} known"))
    title = f"Scenarios of clause {clause}: each option's share, first attempt and latest answer"
    return Chart(_render(fig), f"Bar charts. {title}. " + ". ".join(spoken) + ".", title)


def _rc():
    import matplotlib

    return matplotlib.rc_context(RC)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
