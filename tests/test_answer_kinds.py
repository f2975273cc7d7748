"""One registry of answer kinds: widgets save under it, exports validate and filter by it."""

from __future__ import annotations

import toolkit.widgets as widgets
from toolkit.answers import FREE_TEXT_KINDS, KINDS
from toolkit.exchange import schema
from toolkit.widgets.base import AnswerWidget


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_every_answer_widget_saves_under_a_registered_kind():
    found = {sub.__name__: sub.kind for sub in _subclasses(AnswerWidget)}
    assert {"Checklist", "Scenario", "GuardedText", "CommitmentText"} <= set(found)
    assert all(kind is KINDS[kind.name] for kind in found.values()), found
    assert {k.name for k in found.values()} == set(KINDS)  # and no registered kind unused


def test_the_export_format_accepts_exactly_the_registered_kinds():
    assert schema.KINDS == tuple(KINDS)
    assert set(schema.ANSWER.json_schema()["discriminator"]["mapping"]) == set(KINDS)
    assert set(schema.VALUE_WORDS) == set(KINDS)
    assert FREE_TEXT_KINDS == ("reflection", "commitment")


def test_the_widgets_package_exports_what_notebooks_build():
    for name in ("Checklist", "Scenario", "Reflections", "CoachingQuestions", "Progress",
                 "ActionPlan", "YourWork", "TakeawayPanel"):
        assert hasattr(widgets, name), name
