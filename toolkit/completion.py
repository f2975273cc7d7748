"""How far a participant has come, computed from the data's ids and their saved answers alone.

A pure function of (curriculum parts, answers by id), so it can be tested without widgets and
gives the same figures in a clause notebook, the welcome, the action plan and the takeaway.

A clause is complete when every scenario has an answer and every reflection prompt has text.
Habits are not part of it: ticking is an honest self-check, and an unticked habit is an answer
too ("I do not do this yet").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .answers import CHECKLIST, REFLECTION, SCENARIO


@dataclass(frozen=True)
class SectionProgress:
    section: str
    label: str
    title: str
    minutes: int
    habits_ticked: int
    habits: int
    scenarios_answered: int
    scenarios: int
    reflections_written: int
    reflections: int

    @property
    def complete(self) -> bool:
        return (self.scenarios_answered == self.scenarios
                and self.reflections_written == self.reflections
                and (self.scenarios or self.reflections) > 0)

    @property
    def started(self) -> bool:
        return bool(self.habits_ticked or self.scenarios_answered or self.reflections_written)

    def counts(self) -> str:
        """One line for a person: "4 of 9 habits ticked · 3 of 3 scenarios · 1 of 2 reflections"."""
        return (f"{self.habits_ticked} of {self.habits} habits ticked · {self.scenarios_answered} "
                f"of {self.scenarios} scenarios answered · {self.reflections_written} of "
                f"{self.reflections} reflections written")


def _answered(kind: str, value, item=None) -> bool:
    """Whether a stored value counts as an answer of this kind for this item."""
    if kind == CHECKLIST.name:
        return value is True
    if kind == SCENARIO.name:
        return isinstance(value, str) and value in {o.id for o in item.options}
    if kind == REFLECTION.name:
        return isinstance(value, str) and bool(value.strip())
    raise ValueError(f"progress does not count answers of kind {kind!r}")


def section_progress(parts, answers: Mapping[str, object], title: str = "",
                     minutes: int = 0) -> SectionProgress:
    """Progress in one section; ``parts`` is a ``standards.Parts``, ``answers`` id -> value."""
    def count(items, kind):
        return sum(_answered(kind, answers[i.id], i) for i in items if i.id in answers)

    return SectionProgress(
        parts.section, parts.label, title, minutes,
        count(parts.checklist, CHECKLIST.name), len(parts.checklist),
        count(parts.scenarios, SCENARIO.name), len(parts.scenarios),
        count(parts.reflection_prompts, REFLECTION.name), len(parts.reflection_prompts))


@dataclass(frozen=True)
class SectionWork:
    """What a participant did in one section, in words: the action plan and the takeaway show it."""

    habits: list[str]                     # the texts of the habits ticked
    reflections: list[tuple[str, str]]    # (prompt, what they wrote)
    notes: list[tuple[str, str]]          # (coaching question, their private note)


def section_work(parts, answers: Mapping[str, object]) -> SectionWork:
    def written(items):
        return [(i.text, answers[i.id]) for i in items
                if isinstance(answers.get(i.id), str) and answers[i.id].strip()]

    return SectionWork([i.text for i in parts.checklist if answers.get(i.id) is True],
                       written(parts.reflection_prompts), written(parts.coaching_questions))


def workshop_progress(curriculum, answers: Mapping[str, object],
                      sections: Iterable[str] | None = None) -> list[SectionProgress]:
    """Progress in every clause (or the given sections), in workshop order."""
    from .checks import section_minutes

    result = []
    for name in sections if sections is not None else curriculum.clauses:
        content = curriculum.section(name)
        result.append(section_progress(curriculum.parts(name), answers, content.title,
                                       section_minutes(content)))
    return result
