"""Coco's toolkit: what the curriculum notebooks call, and nothing else.

Each notebook cell calls one of the display functions with a section name (a clause letter
such as "h", "welcome" or "action-plan"); they never raise: a problem shows as a plain notice.
The data accessors (``clauses``, ``clause_info``, ``crosswalk``) are for facilitators working
in Python and raise ``CocoError`` with the same plain messages.
"""

from __future__ import annotations

from .exchange import export_answers
from .notices import friendly
from .standards import clause_info, clauses, load
from .store import open_store

__all__ = ["clause_card", "checklist", "welcome", "setup_check", "your_answers",
           "export_answers", "clauses", "clause_info", "crosswalk", "open_store"]
__version__ = "0.1.0"


def _label(section: str) -> str:
    return f"clause ({section})" if len(section) == 1 else section.replace("-", " ")


@friendly
def clause_card(letter: str):
    """The clause as the source page gives it, with our summary, objectives and context."""
    from .cards import ClauseCard

    curriculum = load()
    clause = clause_info(letter)
    rows = curriculum.crosswalk[curriculum.crosswalk["letter_2008"] == clause.letter]
    current = rows.iloc[0].to_dict() if len(rows) else None
    return ClauseCard(clause, curriculum.standards.source.title,
                      curriculum.standards.source.page, current)


@friendly
def welcome():
    from .cards import WelcomeCard

    return WelcomeCard(load().welcome)


@friendly
def checklist(section: str):
    """The practice checklist of a clause (or the welcome's agreements), saved as ticked."""
    from .widgets import Checklist

    section = str(section).strip().strip("()").lower()
    content = load().section(section) if section in ("welcome", "action-plan") \
        else clause_info(section).content
    return Checklist(section, content.checklist, open_store(), _label(section))


@friendly
def setup_check():
    """A newcomer's first question answered in plain lines: does everything work here?"""
    from .notices import Notice

    curriculum = load()
    store = open_store()  # raises a plain StoreError if the answer folder cannot be written
    if store.notice:
        return Notice("Your answers file was replaced.", store.notice)
    return Notice("Everything is ready.",
                  f"The workshop content loaded: {len(curriculum.clauses)} clauses.\n\n"
                  "Your answers will be saved on this computer, in a file only your account "
                  "can read.\n\nIf you can tick a box in the next section, your set-up works.",
                  tone="info")


def crosswalk():
    """The 2008 letters (the source page) against the 2017 Code's, as a DataFrame."""
    return load().crosswalk.copy()


@friendly
def your_answers():
    """Buttons to export one's answers (free text only by choice) or erase them for good."""
    from .exchange.panel import AnswersPanel

    return AnswersPanel()
