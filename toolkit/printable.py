"""The printable takeaway: one self-contained HTML file of a participant's action plan.

Written only when the participant presses the button, into the folder they are working in (so
JupyterLab's file browser shows it), readable by them alone (0600), never over an earlier file.
It needs nothing from the network: styles are inline, there are no scripts or images, and it
prints cleanly (the certificate starts on its own page). The name on the certificate is typed
at print time and goes only into this file, never into the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from .errors import CocoError
from .completion import section_work, workshop_progress

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #101828;
       max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.5; }
h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { border-bottom: 1px solid #d0d5dd; }
.muted { color: #475467; } .commitment { margin: .8em 0; padding: .5em .8em;
  border-left: 4px solid #175cd3; background: #f5f8ff; }
blockquote { margin: .3em 0 .8em; padding: .2em .8em; border-left: 3px solid #98a2b3;
  white-space: pre-wrap; }
table { border-collapse: collapse; } td, th { padding: .2em .8em; border-bottom: 1px solid #eaecf0;
  text-align: left; }
.certificate { page-break-before: always; break-before: page; text-align: center;
  border: 3px double #344054; padding: 2em; margin-top: 3em; }
.certificate table { margin: 1em auto; } .signature { margin-top: 2.5em; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
"""


@dataclass(frozen=True)
class Takeaway:
    path: Path
    certificate: bool


def _commitments(curriculum, answers) -> str:
    parts = curriculum.parts("action-plan")
    blocks = []
    for prompt in parts.commitments:
        value = answers.get(prompt.id)
        text = value.get("text") if isinstance(value, dict) else None
        when = value.get("date") if isinstance(value, dict) else None
        if not (text or "").strip():
            continue
        target = f"<p class='muted'>Target date: {escape(when)}</p>" if when else ""
        blocks.append(f"<div class='commitment'><p class='muted'>{escape(prompt.text)}</p>"
                      f"<p><strong>{escape(text)}</strong></p>{target}</div>")
    return "".join(blocks) or ("<p class='muted'>You have not written a commitment yet. The "
                               "action plan notebook asks for them.</p>")


def _clauses(curriculum, answers, progress) -> str:
    out = []
    for p in progress:
        parts = curriculum.parts(p.section)
        work = section_work(parts, answers)
        habits, written, notes = work.habits, work.reflections, work.notes
        body = (f"<p class='muted'>{'Complete' if p.complete else 'Not complete'}: "
                f"{escape(p.counts())}.</p>")
        if habits:
            body += "<p>Habits you keep:</p><ul>" + "".join(
                f"<li>{escape(h)}</li>" for h in habits) + "</ul>"
        for prompt, text in written:
            body += f"<p class='muted'>{escape(prompt)}</p><blockquote>{escape(text)}</blockquote>"
        for question, text in notes:
            body += (f"<p class='muted'>Note for your coach: {escape(question)}</p>"
                     f"<blockquote>{escape(text)}</blockquote>")
        out.append(f"<h3>({p.section}) {escape(p.title)}</h3>{body}")
    return "".join(out)


def _certificate(curriculum, progress, name: str, today: date) -> str:
    rows = "".join(f"<tr><td>1.07({p.section}) {escape(p.title)}</td><td>{p.minutes} min</td>"
                   f"</tr>" for p in progress)
    total = sum(p.minutes for p in progress)
    who = (f"<p style='font-size:1.5em'><strong>{escape(name.strip())}</strong></p>"
           if name.strip() else "<p class='signature'>Name: ______________________________</p>")
    standards = curriculum.standards
    return (f"<section class='certificate' aria-label='Certificate of completion'>"
            f"<h2 style='border:none'>Certificate of completion</h2>{who}<p>completed "
            f"<em>Coco: coaching on confidentiality in child welfare practice</em>, on the "
            f"{escape(standards.code)} {escape(standards.section)}, clauses (h) to (q), with "
            f"every scenario answered and every reflection written.</p>"
            f"<table><thead><tr><th>Clause</th><th>Planned time</th></tr></thead>"
            f"<tbody>{rows}</tbody><tfoot><tr><th>Total</th><th>{total} min</th></tr></tfoot>"
            f"</table><p>Date: {today.isoformat()}</p>"
            f"<p class='signature'>Facilitator: ______________________________</p></section>")


def render(curriculum, answers, *, name: str = "", today: date | None = None) -> tuple[str, bool]:
    """The takeaway as HTML, and whether it holds the certificate (every clause complete)."""
    today = today or date.today()
    progress = workshop_progress(curriculum, answers)
    complete = all(p.complete for p in progress)
    plan = curriculum.action_plan
    certificate = _certificate(curriculum, progress, name, today) if complete else (
        f"<p class='muted'>The certificate of completion is added once every clause is "
        f"complete: {sum(p.complete for p in progress)} of {len(progress)} so far.</p>")
    html = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{escape(plan.title)}: Coco</title><style>{CSS}</style></head><body>"
        f"<h1>{escape(plan.title)}</h1><p class='muted'>Coco, coaching on confidentiality. "
        f"Written on {today.isoformat()}. This file is yours: it stays on this computer unless "
        f"you share it.</p><h2>Your commitments</h2>{_commitments(curriculum, answers)}"
        "<h2>Points to remember</h2><ul>"
        + "".join(f"<li>{escape(k)}</li>" for k in plan.key_points)
        + f"</ul><h2>What you noticed, clause by clause</h2>{_clauses(curriculum, answers, progress)}"
        f"{certificate}</body></html>")
    return html, complete


def write(curriculum, answers, folder: Path | None = None, *, name: str = "",
          today: date | None = None) -> Takeaway:
    """Write the takeaway into ``folder`` (default: the current folder) as a new private file."""
    from .store import write_private

    today = today or date.today()
    html, complete = render(curriculum, answers, name=name, today=today)
    folder = Path(folder) if folder is not None else Path.cwd()
    stem = f"coco-action-plan-{today.isoformat()}"
    for n in range(1, 100):
        path = folder / (f"{stem}.html" if n == 1 else f"{stem}-{n}.html")
        try:
            write_private(path, html.encode("utf-8"), exclusive=True)
            return Takeaway(path, complete)
        except FileExistsError:
            continue
        except OSError as exc:
            raise CocoError(f"Coco could not write your action plan to {path.name} "
                            f"({exc.strerror or exc}). Your answers are still saved; tell your "
                            "facilitator.") from None
    raise CocoError(f"There are already 99 action plan files for today in {folder.name}; "
                    "delete some and try again.")


def commitments_written(curriculum, answers) -> int:
    return sum(1 for p in curriculum.parts("action-plan").commitments
               if isinstance(answers.get(p.id), dict)
               and (answers[p.id].get("text") or "").strip())
