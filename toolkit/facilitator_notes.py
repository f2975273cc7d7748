"""What the facilitator edition adds to the notebooks, as markdown written from data.

Every cell made here is tagged ``facilitator`` and typed as speaker notes for slides; the
participant edition is the same notebook with those cells removed (``toolkit.editions``), so
the two can never drift apart. Answer keys letter the options in the order participants see
them (``Curriculum.options_shown``), not the order of the data file.
"""

from __future__ import annotations

FACILITATOR_TAG = "facilitator"
BANNER = "**Facilitator edition: not for participants.**"


def _bullets(items) -> str:
    return "\n".join(f"- {item}" for item in items)


def _session_of(curriculum, section: str):
    for session in curriculum.agenda.sessions:
        if section in session.sections:
            return session
    return None


def timing(curriculum, section: str) -> str:
    """Minutes for this part and where it sits in the agenda; what to do with a real case."""
    from .checks import section_minutes

    content = curriculum.section(section)
    minutes = content.minutes
    split = (f" ({minutes.reading} reading, {minutes.exercises} exercises, "
             f"{minutes.discussion} discussion)" if not isinstance(minutes, int) else "")
    session = _session_of(curriculum, section)
    where = (f" It is taught in the {session.name.lower()} session, which starts at "
             f"{session.starts}." if session else "")
    steps = "\n".join(f"{n}. {step}" for n, step in enumerate(curriculum.guide.real_case, 1))
    return (f"{BANNER}\n\n**Timing:** about {section_minutes(content)} minutes{split}.{where}\n\n"
            f"**If a participant shares a real case:**\n\n{steps}")


def talking_points(content) -> str:
    notes = content.facilitator
    if notes is None:
        return f"{BANNER}\n\nNo talking points are written for this clause yet."
    return f"{BANNER}\n\n**Talking points**\n\n{_bullets(notes.talking_points)}"


def answer_key(curriculum, scenario) -> str:
    """The strongest choice by its shown letter, then every option's reasoning."""
    shown = curriculum.options_shown(scenario.id)
    lines = []
    best = ""
    for n, option in enumerate(shown):
        letter = chr(ord("A") + n)
        mark = " **(strongest)**" if option.best else ""
        if option.best:
            best = letter
        lines.append(f"- **{letter}.** {option.text}{mark}  \n  {option.feedback}")
    return (f"{BANNER}\n\n**Answer key:** the strongest choice is **{best}**, as the options "
            f"are shown.\n\n" + "\n".join(lines)
            + f"\n\n**Follow-up for the room:** {scenario.follow_up}")


def discussion(content) -> str:
    notes = content.facilitator
    if notes is None:
        return f"{BANNER}\n\nNo discussion prompts are written for this clause yet."
    return (f"{BANNER}\n\n**Questions for the room**\n\n{_bullets(notes.discussion)}\n\n"
            f"**Listen for:** {notes.watch_for}")


def privacy_points(curriculum) -> str:
    return (f"{BANNER}\n\n**What to say about privacy**\n\n{_bullets(curriculum.guide.privacy)}")


def exporting_points(curriculum) -> str:
    return (f"{BANNER}\n\n**Exporting and collecting**\n\n"
            + "\n".join(f"{n}. {step}" for n, step in enumerate(curriculum.guide.exporting, 1)))


def agenda_table(curriculum) -> str:
    """The day's plan with each part's minutes, from data/agenda.yaml and the curriculum."""
    from .checks import section_minutes

    rows = ["| Session | Starts | Part | Minutes |", "|---|---|---|---|"]
    for session in curriculum.agenda.sessions:
        for n, name in enumerate(session.sections):
            content = curriculum.section(name)
            part = (f"Clause ({name}): {content.title}" if name in curriculum.clauses
                    else content.title)
            rows.append(f"| {session.name if n == 0 else ''} | {session.starts if n == 0 else ''}"
                        f" | {part} | {section_minutes(content)} |")
        if session.breaks:
            rows.append(f"| | | Breaks | {session.breaks} |")
    return "\n".join(rows)


def guide_sections(curriculum) -> list[tuple[str, str]]:
    """(heading, markdown) for the facilitator's guide notebook, in reading order."""
    guide = curriculum.guide

    def steps(items):
        return "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))

    return [
        (f"# {guide.title}", "This guide is for facilitators only. It is written from "
         "`data/facilitator.yaml` and `data/agenda.yaml`; edit those files, then run "
         "`make notebooks`."),
        (f"## The day: {curriculum.agenda.title}", agenda_table(curriculum)),
        ("## Before the workshop", steps(guide.before)),
        ("## Running a session", steps(guide.running)),
        ("## What to say about privacy", _bullets(guide.privacy)),
        ("## When a participant shares a real case", steps(guide.real_case)),
        ("## Exporting and collecting answers", steps(guide.exporting)),
    ]
