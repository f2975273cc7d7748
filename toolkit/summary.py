"""The short report ``check-data`` prints once the data is valid: what a facilitator plans with."""

from __future__ import annotations

from .checks import section_minutes
from .standards import load


def reading_grade(text: str) -> float:
    """US school grade needed to read ``text`` (Flesch-Kincaid), for keeping content plain."""
    from .readability import flesch_kincaid_grade

    return round(flesch_kincaid_grade(text), 1)


def participant_text(content) -> str:
    parts = [content.summary, *content.objectives, *content.why_it_matters, *content.key_points]
    parts += [i.text for i in content.checklist]
    for s in content.scenarios:
        parts += [s.situation, s.follow_up, *(o.text for o in s.options),
                  *(o.feedback for o in s.options)]
    return " ".join(parts)


def summary_rows(data_dir=None) -> list[dict]:
    curriculum = load(data_dir)
    rows = []
    for letter, clause in curriculum.clauses.items():
        c = clause.content
        rows.append({"clause": f"({letter})", "title": c.title,
                     "checklist": len(c.checklist), "scenarios": len(c.scenarios),
                     "questions": len(c.coaching_questions), "minutes": c.minutes.total,
                     "grade": reading_grade(participant_text(c))})
    return rows


def summary_table(data_dir=None) -> str:
    curriculum = load(data_dir)
    rows = summary_rows(data_dir)
    lines = [f"{'clause':<7}{'title':<40}{'items':>6}{'scen.':>6}{'quest.':>7}{'min':>5}"
             f"{'grade':>7}"]
    for r in rows:
        lines.append(f"{r['clause']:<7}{r['title'][:39]:<40}{r['checklist']:>6}"
                     f"{r['scenarios']:>6}{r['questions']:>7}{r['minutes']:>5}{r['grade']:>7}")
    total = sum(r["minutes"] for r in rows)
    extra = curriculum.welcome.minutes + curriculum.action_plan.minutes
    lines.append(f"{len(rows)} clauses, {sum(r['checklist'] for r in rows)} checklist items, "
                 f"{sum(r['scenarios'] for r in rows)} scenarios; {total} minutes of clauses "
                 f"+ {extra} for welcome and action plan = {total + extra} minutes "
                 "(grade: Flesch-Kincaid reading level of the participant text)")
    lines.append(f"\nAgenda: {curriculum.agenda.title}")
    for session in curriculum.agenda.sessions:
        used = session.breaks + sum(section_minutes(curriculum.section(s))
                                    for s in session.sections)
        hours, mins = map(int, session.starts.split(":"))
        end = hours * 60 + mins + session.minutes
        lines.append(f"  {session.name}, {session.starts}-{end // 60 % 24:02d}:{end % 60:02d}: "
                     f"{', '.join(session.sections)}; {used} of {session.minutes} minutes "
                     f"planned ({session.breaks} of breaks, {session.minutes - used} to spare)")
    return "\n".join(lines)
