"""Rules that JSON Schema cannot say: one best option, ids that keep answers apart, and so on.

Each rule returns ``Problem``s in the same form as the schema's, so a facilitator reads one
kind of message whatever broke.
"""

from __future__ import annotations

from collections import Counter

from .problems import Problem
from .models import ClauseContent

ID_PREFIX = {"welcome": "w", "action-plan": "ap"}


def _ids(content) -> list[tuple[str, str]]:
    """(field path, id) for everything that carries an id in a section."""
    found = []
    for field in ("checklist", "coaching_questions", "reflection_prompts", "prompts"):
        for n, item in enumerate(getattr(content, field, None) or [], 1):
            found.append((f"{field}[{n}] ({item.id})", item.id))
    for n, scenario in enumerate(getattr(content, "scenarios", None) or [], 1):
        found.append((f"scenarios[{n}] ({scenario.id})", scenario.id))
        for m, option in enumerate(scenario.options, 1):
            found.append((f"scenarios[{n}] ({scenario.id}) > options[{m}] ({option.id})",
                          option.id))
    return found


def check_section(content, section: str, name: str, label: str) -> list[Problem]:
    problems = []

    def add(field, what, mend):
        problems.append(Problem(name, label, field, what, mend))

    if isinstance(content, ClauseContent) and content.clause != section:
        add("clause", f"the file is {section}.yaml but says clause: {content.clause}",
            f"set clause: {section}, or rename the file to {content.clause}.yaml")
    prefix = ID_PREFIX.get(section, section) + "-"
    first_use: dict[str, str] = {}
    for field, ident in _ids(content):
        if ident in first_use:
            add(f"{field} > id", f"the id {ident} is already used by {first_use[ident]}",
                "give each item its own id; a new item takes the next unused number")
            continue
        first_use[ident] = field
        if not ident.startswith(prefix):
            add(f"{field} > id", f"the id {ident} does not start with '{prefix}'",
                f"ids in this file start with '{prefix}', so answers from different clauses "
                "never mix")
    for n, scenario in enumerate(getattr(content, "scenarios", None) or [], 1):
        where = f"scenarios[{n}] ({scenario.id})"
        best = [o.id for o in scenario.options if o.best]
        if len(best) != 1:
            found = "no option is" if not best else f"{len(best)} options ({', '.join(best)}) are"
            add(f"{where} > options > best", f"{found} marked best",
                "mark exactly one option of each scenario with 'best: true'")
        for m, option in enumerate(scenario.options, 1):
            if not option.id.startswith(scenario.id + "-"):
                add(f"{where} > options[{m}] ({option.id}) > id",
                    f"the option's id does not start with its scenario's id {scenario.id}",
                    f"name options {scenario.id}-a, {scenario.id}-b, and so on")
    return problems


def check_across(sections: dict, display: dict[str, str]) -> list[Problem]:
    """Rules between files: each section's slug is its own, since it names a notebook."""
    problems = []
    slugs = Counter(s.slug for s in sections.values() if s is not None)
    for section, content in sections.items():
        if content is not None and slugs[content.slug] > 1:
            problems.append(Problem(display[section], section, "slug",
                                    f"the slug {content.slug} is used by another file too",
                                    "give each section its own slug: it names the notebook"))
    return problems


def section_minutes(content) -> int:
    minutes = content.minutes
    return minutes if isinstance(minutes, int) else minutes.total


def check_agenda(agenda, sections: dict, name: str) -> list[Problem]:
    """Every part is taught once, in workshop order, and each session's parts fit its length."""
    problems = []
    order = list(sections)
    planned = [s for session in agenda.sessions for s in session.sections]
    for n, session in enumerate(agenda.sessions, 1):
        where = f"sessions[{n}] ({session.name})"
        unknown = [s for s in session.sections if s not in sections]
        if unknown:
            problems.append(Problem(name, "(agenda)", f"{where} > sections",
                                    f"{', '.join(unknown)} is not a part of the curriculum",
                                    f"use the part names: {', '.join(order)}"))
            continue
        used = sum(section_minutes(sections[s]) for s in session.sections) + session.breaks
        if used > session.minutes:
            problems.append(Problem(
                name, "(agenda)", f"{where} > minutes",
                f"its parts and breaks take {used} minutes but the session lasts "
                f"{session.minutes}", "lengthen the session, move a part to another session, "
                "or shorten a part's minutes in its curriculum file"))
    missing = [s for s in order if s not in planned]
    twice = sorted({s for s in planned if planned.count(s) > 1})
    if missing or twice:
        what = "; ".join(filter(None, [missing and f"not planned: {', '.join(missing)}",
                                      twice and f"planned twice: {', '.join(twice)}"]))
        problems.append(Problem(name, "(agenda)", "sessions > sections", what,
                                "list every part exactly once across the sessions"))
    elif planned != [s for s in order if s in planned]:
        problems.append(Problem(name, "(agenda)", "sessions > sections",
                                "the parts are not in workshop order",
                                f"keep this order: {', '.join(order)}"))
    return problems
