"""Coco's toolkit: what the curriculum notebooks call, and nothing else.

Each notebook cell calls one of the display functions with a section name (a clause letter
such as "h", "welcome" or "action-plan") or an item id ("m-s1"); they never raise: a problem
shows as a plain notice. The data accessors (``clauses``, ``clause_info``, ``crosswalk``) are
for facilitators working in Python and raise ``CocoError`` with the same plain messages.

Importing this package is cheap on purpose (no pandas, pydantic or word lists): each function
loads what it needs, once per kernel, so a notebook's first cell returns at once.
"""

from __future__ import annotations

from .notices import friendly
from .version import __version__  # noqa: F401  (toolkit.__version__, for people)

__all__ = ["welcome", "setup_check", "clause_card", "checklist", "scenario", "reflections",
           "coaching_questions", "progress", "your_work", "action_plan", "takeaway",
           "your_answers", "dashboard", "export_answers", "clauses", "clause_info", "crosswalk",
           "open_store"]


def _curriculum():
    from .standards import load

    return load()


def _store():
    from .store import open_store as _open

    return _open()


def _parts(section: str, part: str, wanted: str):
    """A section's part, or a plain ``CocoError`` when that section has none of it."""
    from .errors import CocoError

    parts = _curriculum().parts(section)
    items = getattr(parts, part)
    if not items:
        raise CocoError(f"{parts.label[0].upper()}{parts.label[1:]} has no {wanted}. "
                        "Tell your facilitator: this notebook may be out of date.")
    return parts, items


@friendly
def welcome():
    from .cards import WelcomeCard

    return WelcomeCard(_curriculum().welcome)


@friendly
def setup_check():
    """A newcomer's first question answered in plain lines: does everything work here?"""
    from .notices import Notice

    curriculum = _curriculum()
    store = _store()  # raises a plain StoreError if the answer folder cannot be written
    if store.notice:
        return Notice("Your answers file was replaced.", store.notice)
    return Notice("Everything is ready.",
                  f"The workshop content loaded: {len(curriculum.clauses)} clauses.\n\n"
                  "Your answers will be saved on this computer, in a file only your account "
                  "can read.\n\nIf you can tick a box in the next section, your set-up works.",
                  tone="info")


@friendly
def clause_card(letter: str):
    """The clause as the source page gives it, with our summary and the 2017 letter."""
    from .cards import ClauseCard
    from .standards import clause_info as _info

    curriculum = _curriculum()
    clause = _info(letter)
    current = next((dict(row) for row in curriculum.crosswalk
                    if row["letter_2008"] == clause.letter), None)
    return ClauseCard(clause, curriculum.standards.source.title,
                      curriculum.standards.source.page, current)


@friendly
def checklist(section: str):
    """The practice checklist of a clause (or the welcome's agreements), saved as ticked."""
    from .widgets import Checklist

    parts, items = _parts(section, "checklist", "checklist")
    return Checklist(parts.section, items, _store(), parts.label)


@friendly
def scenario(scenario_id: str):
    """One scenario ("m-s1"): choose, check, read the feedback; every check is saved."""
    from .standards import section_label
    from .widgets import Scenario

    curriculum = _curriculum()
    section, found = curriculum.scenario(scenario_id)
    return Scenario(section, found, _store(), section_label(section), show_situation=False,
                    order=curriculum.options_shown(found.id))


@friendly
def reflections(section: str):
    """The section's reflection prompts, saved as typed once the privacy check passes."""
    from .widgets import Reflections

    parts, prompts = _parts(section, "reflection_prompts", "reflection prompts")
    return Reflections(parts.section, prompts, _store(), parts.label)


@friendly
def coaching_questions(section: str):
    """Questions for a conversation with a supervisor or coach, each with a private note."""
    from .widgets import CoachingQuestions

    parts, questions = _parts(section, "coaching_questions", "coaching questions")
    return CoachingQuestions(parts.section, questions, _store(), parts.label)


@friendly
def progress(section: str | None = None):
    """Progress in one clause, or (without a section) in all ten; updates as answers are saved."""
    from .widgets import Progress

    curriculum = _curriculum()
    if section is not None:
        section = curriculum.parts(section).section
        if section not in curriculum.clauses:  # the welcome and the action plan show all ten
            section = None
    return Progress(curriculum, _store(), section)


@friendly
def your_work():
    """Everything the participant wrote and ticked, clause by clause, for the action plan."""
    from .widgets import YourWork

    return YourWork(_curriculum(), _store())


@friendly
def action_plan():
    """The action plan's commitments, each with a target date."""
    from .widgets import ActionPlan

    _parts("action-plan", "commitments", "commitment prompts")
    return ActionPlan(_curriculum(), _store())


@friendly
def takeaway():
    """The button that writes the printable action plan (and certificate) as a private file."""
    from .widgets import TakeawayPanel

    return TakeawayPanel(_curriculum(), _store())


@friendly
def your_answers():
    """Buttons to export one's answers (free text only by choice) or erase them for good."""
    from .exchange.panel import AnswersPanel

    return AnswersPanel()


@friendly
def dashboard(folder=None):
    """The group's results for facilitators: every export in the collect folder (or ``folder``)
    as tables and charts with a Refresh button; no participant is ever named."""
    from .facilitator.dashboard import Dashboard

    return Dashboard(folder)


def export_answers(*args, **kwargs):
    """See ``toolkit.exchange.export_answers``: export from a notebook; never raises."""
    from .exchange import export_answers as _export

    return _export(*args, **kwargs)


def clauses(data_dir=None):
    """One row per clause, indexed by letter, as a pandas DataFrame."""
    from .standards import clauses as _clauses

    return _clauses(data_dir)


def clause_info(letter: str, data_dir=None):
    from .standards import clause_info as _info

    return _info(letter, data_dir)


def crosswalk():
    """The 2008 letters (the source page) against the 2017 Code's, as a DataFrame."""
    import pandas as pd

    from .edition_letters import COLUMNS

    return pd.DataFrame(list(_curriculum().crosswalk), columns=COLUMNS)


def open_store(home=None):
    from .store import open_store as _open

    return _open(home)


def load(data_dir=None):
    """The whole curriculum, validated (see ``toolkit.standards.load``)."""
    from .standards import load as _load

    return _load(data_dir)
