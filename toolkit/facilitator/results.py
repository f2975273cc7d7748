"""The group's results as tables: pure functions of the exports and the curriculum.

Everything the dashboard draws and ``collect`` writes comes from ``group_results``, so the two
can never disagree, and the rules that protect participants sit in one place:

- no participant's pseudonym, file name or time reaches a table;
- any figure whose base is fewer than ``MIN_GROUP`` participants is replaced by ``FEWER``
  (a row keeps its label, which is curriculum text, and loses every number);
- free text is kept aside, unscanned, for ``writing.shared_writing`` alone.

A participant "started" a clause when their export holds a checklist or scenario answer of it:
those two kinds travel in every export, so opting in to share free text never changes who
counts as having started. Answers to items no longer in the curriculum are ignored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import pandas as pd

from ..completion import section_progress
from ..exchange.reading import gc_paused
from .sheets import AnswerSheet, SheetIndex, answer_sheet, clause_label, index_of, sheet_reader

MIN_GROUP = 3
FEWER = "fewer than 3"
LETTERS = "ABCDEFGH"
OPTION_CHARS = 60

# What each table shows and how it counts, written beside it on screen and in the report.
ABOUT = {
    "participation": "How many took part: one participant counts once, from their latest "
                     "export.",
    "completion": "Per clause, how many participants started it (saved a habit tick or a "
                  "scenario answer) and how many answered all its scenarios. Coco calls a clause "
                  "complete when all its scenarios are answered and its reflections written; "
                  "reflections travel in an export only when the participant chose to share "
                  "them, so full completion is counted only among those who shared their "
                  "writing.",
    "scenarios": "Per scenario, how often each option was chosen at the first check and "
                 "in the latest answer. Options are lettered in the order participants saw them. "
                 "First attempts are known only from exports made with format version 2 or "
                 "later; older exports count in the latest answer only.",
    "habits": "Per habit, how many of the participants who started its clause ticked it, "
              "least often ticked first.",
}
SUPPRESSION = (f"Any figure based on {FEWER} participants is hidden and reads “{FEWER}”, so "
               "that no one's answers can be told apart.")


@dataclass
class GroupResults:
    """The tables, ready to show or write; ``writing`` holds shared free text, not yet scanned."""

    participants: int
    participation: pd.DataFrame
    completion: pd.DataFrame
    scenarios: pd.DataFrame
    habits: pd.DataFrame
    writing: dict = field(default_factory=dict, repr=False)  # prompt id -> [text, ...]
    prompts: dict = field(default_factory=dict, repr=False)  # prompt id -> (where, prompt)

    @property
    def enough(self) -> bool:
        return self.participants >= MIN_GROUP

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables a report holds, by name, in reading order."""
        return {"participation": self.participation, "completion": self.completion,
                "scenarios": self.scenarios, "habits": self.habits}


def group_results(exports: Iterable, curriculum, skipped: int = 0) -> GroupResults:
    """Every table from ``exports``: pairs of a path and an ``Export`` (as ``collect_exports``
    gives them) or an ``AnswerSheet`` (as it gives them with ``keep=sheet_reader(...)``).

    ``skipped`` is how many files were left out (duplicates and unusable files); it is shown as
    a count only, because file names may be whatever a participant typed."""
    index = index_of(curriculum)
    with gc_paused():  # see there: many small objects, no cycles
        sheets = [item if isinstance(item, AnswerSheet) else answer_sheet(item, index)
                  for _, item in exports]
        return GroupResults(
            participants=len(sheets),
            participation=participation(sheets, skipped),
            completion=completion(curriculum, sheets),
            scenarios=scenarios(curriculum, sheets),
            habits=habits(curriculum, sheets),
            writing=_writing(index, sheets), prompts=index.prompts)


def _count(n: int, base: int):
    return n if base >= MIN_GROUP else FEWER


def _percent(n: int, base: int):
    return round(100 * n / base) if base >= MIN_GROUP else FEWER


def participation(sheets: list[AnswerSheet], skipped: int = 0) -> pd.DataFrame:
    total = len(sheets)
    rows = [("Participants counted", _count(total, total)),
            ("Shared their free text", _count(sum(p.shares_writing for p in sheets), total)),
            ("Exports with first attempts (format 2 or later)",
             _count(sum(p.has_first for p in sheets), total)),
            ("Files left out (duplicates or unusable)", skipped)]
    return pd.DataFrame(rows, columns=["What", "Number"], dtype=object)


def completion(curriculum, sheets: list[AnswerSheet]) -> pd.DataFrame:
    """One row per clause; each participant's progress comes from ``toolkit.completion``.

    It is a pure function of the clause's answers, so equal answers are worked out once:
    most participants share their scenario choices with many others, and this is most of the
    tables' time at 10,000 exports. Habits play no part in completion and are left out."""
    rows = []
    for letter in curriculum.clauses:
        parts = replace(curriculum.parts(letter), checklist=())
        ids = [item.id for item in (*parts.scenarios, *parts.reflection_prompts)]
        known: dict[tuple, object] = {}
        begun = [p for p in sheets if letter in p.started]
        progress = []
        for sheet in begun:
            key = tuple(map(sheet.answers.get, ids))
            if key not in known:
                known[key] = section_progress(parts, {i: v for i, v in zip(ids, key)
                                                      if v is not None})
            progress.append(known[key])
        scenarios_done = sum(g.scenarios_answered == g.scenarios for g in progress)
        sharing = [g for p, g in zip(begun, progress) if p.shares_writing]
        complete = sum(g.complete for g in sharing)
        rows.append({
            "Clause": clause_label(curriculum, letter),
            "Started": _count(len(begun), len(begun)),
            "All scenarios answered": _count(scenarios_done, len(begun)),
            "All scenarios answered (% of started)": _percent(scenarios_done, len(begun)),
            "Started and shared their writing": _count(len(sharing), len(sharing)),
            "Complete (scenarios and reflections)": _count(complete, len(sharing)),
            "Complete (% of those who shared their writing)": _percent(complete, len(sharing)),
        })
    return pd.DataFrame(rows, dtype=object)


def option_label(position: int, text: str) -> str:
    """ "B. Send attendance and goals, and tell the care…": the letter a participant saw."""
    short = text if len(text) <= OPTION_CHARS else text[:OPTION_CHARS - 1].rstrip() + "…"
    return f"{LETTERS[position]}. {short}"


def scenarios(curriculum, sheets: list[AnswerSheet]) -> pd.DataFrame:
    """One row per scenario and option, in the order shown; counts of first and latest choices."""
    final, first = Counter(), Counter()
    for sheet in sheets:  # update() counts in C, a sheet at a time
        final.update(sheet.chosen.items())
        first.update(sheet.first.items())
    rows = []
    for letter in curriculum.clauses:
        for scenario in curriculum.parts(letter).scenarios:
            shown = curriculum.options_shown(scenario.id)
            answered = sum(final[scenario.id, o.id] for o in shown)
            known = sum(first[scenario.id, o.id] for o in shown)
            for position, option in enumerate(shown):
                rows.append({
                    "Clause": f"({letter})",
                    "Scenario": f"{scenario.id}: {scenario.title}",
                    "Option": option_label(position, option.text),
                    "Best option": "yes" if option.best else "",
                    "First attempts known": _count(known, known),
                    "First attempt": _count(first[scenario.id, option.id], known),
                    "First attempt (%)": _percent(first[scenario.id, option.id], known),
                    "Answered": _count(answered, answered),
                    "Latest answer": _count(final[scenario.id, option.id], answered),
                    "Latest answer (%)": _percent(final[scenario.id, option.id], answered),
                })
    return pd.DataFrame(rows, dtype=object)


def habits(curriculum, sheets: list[AnswerSheet]) -> pd.DataFrame:
    """Every clause's habits, least often ticked first; hidden rows last, in workshop order."""
    ticked, started = Counter(), Counter()
    for sheet in sheets:
        ticked.update(sheet.ticked)
        started.update(sheet.started)
    shown, hidden = [], []
    for letter in curriculum.clauses:
        base = started[letter]
        for item in curriculum.parts(letter).checklist:
            row = {"Clause": f"({letter})", "Habit": item.text,
                   "Started the clause": _count(base, base),
                   "Ticked": _count(ticked[item.id], base),
                   "Ticked (%)": _percent(ticked[item.id], base)}
            (shown if base >= MIN_GROUP else hidden).append((ticked[item.id] / base
                                                            if base else 0.0, row))
    shown.sort(key=lambda pair: pair[0])  # stable: equal shares keep workshop order
    return pd.DataFrame([row for _, row in shown + hidden], dtype=object)


def _writing(index: SheetIndex, sheets: list[AnswerSheet]) -> dict[str, list[str]]:
    """Shared reflections and commitment texts per prompt (only opted-in exports hold any)."""
    texts: dict[str, list[str]] = {key: [] for key in index.prompts}
    for sheet in sheets:
        for key, text in sheet.writing.items():
            texts[key].append(text)
    return texts


def summary(exports) -> str:
    """A few lines for the terminal (``python -m toolkit import``): participants, and answers
    per section; a section answered by fewer than 3 participants shows no numbers."""
    per_section: dict[str, list] = {}
    total = free = 0
    for _, export in exports:
        total += 1
        free += export.includes_free_text
        for section in {a["section"] for a in export.answers}:
            per_section.setdefault(section, [0, 0])[0] += 1
        for answer in export.answers:
            per_section[answer["section"]][1] += 1
    if total < MIN_GROUP:
        return (f"{FEWER} participants: nothing is summarised until at least {MIN_GROUP} "
                "have exported.")
    lines = [f"{total} participant(s); {free} shared their free text.",
             f"{'section':<14}{'participants':>13}{'answers':>9}"]
    for section, (people, count) in sorted(per_section.items()):
        lines.append(f"{section:<14}{people:>13}{count:>9}" if people >= MIN_GROUP
                     else f"{section:<14}{FEWER:>13}{'':>9}")
    return "\n".join(lines)


__all__ = ["ABOUT", "FEWER", "MIN_GROUP", "SUPPRESSION", "AnswerSheet", "GroupResults",
           "answer_sheet", "clause_label", "completion", "group_results", "habits",
           "option_label", "participation", "scenarios", "sheet_reader", "summary"]
