"""Printable handouts: one page per clause, for participants without a laptop.

A page holds what a participant works through in a clause notebook, on paper: the clause as
the source page gives it, our plain-language summary, the checklist with boxes to tick by
hand, the scenarios with their options lettered A to D in the order the notebook shows them,
the reflection prompts with lines to write on, and the coaching questions.

The participant edition never holds an answer key: no feedback, no follow-up question, no mark
on the strongest option, not even the options' ids (they carry the order the author wrote them
in, which tends to give the best one away). The facilitator edition adds the keys, and says
"Facilitator edition — not for participants" at the top of every page; its files are named
``facilitator-...`` so the two editions never mix, even in one folder.

The files are plain HTML with their styles inline: no scripts, no links to anything outside the
file, so they open and print on a machine with no network. A browser's Print dialog prints them
(each clause starts on a new sheet, on A4 or Letter) or saves them as PDF; we add no PDF library,
because the one that fits (WeasyPrint) needs system libraries that ``pip`` cannot install.
"""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from .errors import CocoError

PARTICIPANT_FOLDER = "handouts"
FACILITATOR_FOLDER = "handouts-facilitator"
FACILITATOR_MARK = "Facilitator edition \u2014 not for participants"
OPTION_LABELS = "ABCD"  # a scenario has 3 or 4 options (models.Scenario)
REFLECTION_LINES = 6
NOTE_LINES = 3

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #101828;
       max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.5em; margin: 0 0 .2em; } h2 { font-size: 1.15em; margin-top: 1.3em;
  border-bottom: 1px solid #d0d5dd; } h3 { font-size: 1em; margin: 1em 0 .2em; }
.muted { color: #475467; font-size: .92em; }
.mark { border: 2px solid #b42318; color: #b42318; font-weight: bold; text-align: center;
  padding: .3em; margin-bottom: 1em; }
blockquote { margin: .3em 0 .8em; padding: .2em .8em; border-left: 3px solid #98a2b3; }
ul.boxes, ul.options { list-style: none; padding-left: 0; }
ul.boxes li, ul.options li { display: flex; gap: .7em; margin: .35em 0; }
.box { flex: none; width: .9em; height: .9em; margin-top: .25em; border: 1.5px solid #344054; }
.letter { flex: none; width: 1.2em; font-weight: bold; }
.line { height: 2em; border-bottom: 1px solid #98a2b3; }
.scenario, .write, ul.boxes li { break-inside: avoid; page-break-inside: avoid; }
.key { margin: .5em 0 1em; padding: .3em .8em; border-left: 4px solid #067647; }
.clause + .clause { break-before: page; page-break-before: always; }
@page { margin: 15mm; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: none; } }
"""

# Chrome prints this in the top margin of every sheet; other browsers ignore it, and each
# page's own banner still says it.
FACILITATOR_CSS = ("@page { @top-center { content: \"Facilitator edition \\2014 not for "
                   "participants\"; color: #b42318; font: bold 9pt sans-serif; } }")


def _file_name(clause, facilitator: bool) -> str:
    return _prefix(facilitator) + f"clause-{clause.letter}-{clause.content.slug}.html"


def _prefix(facilitator: bool) -> str:
    return "facilitator-" if facilitator else ""


def _heading(clause) -> str:
    return f"1.07({clause.letter}) {clause.content.title}"


def _lines(count: int) -> str:
    return "<div class='line'></div>" * count


def _clause_text(clause, source) -> str:
    std, content = clause.standard, clause.content
    cut = (f" <span aria-hidden='true'>&hellip;</span><p class='muted'><em>"
           f"{escape(std.note or '')}</em></p>" if std.truncated else "")
    source_note = f"<p><em>{escape(content.source_note)}</em></p>" if content.source_note else ""
    return (f"<p class='muted'>What the Code says: NASW Code of Ethics ({clause.edition} "
            f"edition), standard 1.07({std.letter}), as printed in <em>{escape(source.title)}"
            f"</em>, page {source.page}.</p><blockquote>{escape(std.text)}{cut}</blockquote>"
            f"<h2>In plain words</h2><p>{escape(content.summary)}</p>{source_note}")


def _scenario(curriculum, scenario, number: int, total: int, facilitator: bool) -> str:
    shown = list(zip(OPTION_LABELS, curriculum.options_shown(scenario.id)))
    options = "".join(f"<li><span class='letter'>{label}</span><span>{escape(o.text)}</span>"
                      "</li>" for label, o in shown)
    key = ""
    if facilitator:
        best = next(label for label, o in shown if o.best)
        feedback = "".join(f"<li><span class='letter'>{label}</span><span>{escape(o.feedback)}"
                           "</span></li>" for label, o in shown)
        key = (f"<div class='key'><p><strong>Answer key: {best} is the strongest choice."
               f"</strong></p><ul class='options'>{feedback}</ul><p><strong>Your coach might "
               f"ask:</strong> {escape(scenario.follow_up)}</p></div>")
    return (f"<div class='scenario'><h3>Scenario {number} of {total}: {escape(scenario.title)}"
            f"</h3><p>{escape(scenario.situation)}</p><p class='muted'>What would you do? "
            f"Circle one letter.</p><ul class='options'>{options}</ul></div>{key}")


def _clause_section(curriculum, clause, facilitator: bool) -> str:
    """One clause's page, as a <section> that the all-clauses file can stack."""
    parts = curriculum.parts(clause.letter)
    mark = f"<p class='mark'>{FACILITATOR_MARK}</p>" if facilitator else ""
    checklist = "".join(f"<li><span class='box' aria-hidden='true'></span><span>"
                        f"{escape(i.text)}</span></li>" for i in parts.checklist)
    scenarios = "".join(_scenario(curriculum, s, n, len(parts.scenarios), facilitator)
                        for n, s in enumerate(parts.scenarios, 1))
    reflections = "".join(f"<div class='write'><p>{escape(p.text)}</p>"
                          f"{_lines(REFLECTION_LINES)}</div>" for p in parts.reflection_prompts)
    questions = "".join(f"<div class='write'><p>{escape(q.text)}</p>{_lines(NOTE_LINES)}</div>"
                        for q in parts.coaching_questions)
    return (f"<section class='clause'>{mark}<h1>{escape(_heading(clause))}</h1>"
            f"{_clause_text(clause, curriculum.standards.source)}"
            f"<h2>Practice checklist</h2><p class='muted'>Tick each habit you already keep. "
            f"This is an honest self-check: you need not tick them all.</p>"
            f"<ul class='boxes'>{checklist}</ul><h2>Scenarios</h2>{scenarios}"
            f"<h2>Reflection</h2><p class='muted'>Use roles, never names: \u201cthe mother\u201d, "
            f"\u201ca foster parent\u201d, \u201cmy supervisor\u201d.</p>{reflections}"
            f"<h2>Questions for a coaching conversation</h2>{questions}</section>")


def _document(title: str, body: str, facilitator: bool) -> str:
    css = CSS + (FACILITATOR_CSS if facilitator else "")
    title = f"{title} ({FACILITATOR_MARK})" if facilitator else title
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{escape(title)}: Coco handouts</title><style>{css}</style></head>"
            f"<body>{body}</body></html>")


def _index(curriculum, facilitator: bool) -> str:
    mark = f"<p class='mark'>{FACILITATOR_MARK}</p>" if facilitator else ""
    links = "".join(f"<li><a href='{_file_name(c, facilitator)}'>{escape(_heading(c))}</a></li>"
                    for c in curriculum.clauses.values())
    keys = (" This edition adds the answer key under each scenario: the strongest choice, the "
            "feedback for every option and the coach's follow-up question. Hand participants "
            "the participant edition instead." if facilitator else "")
    everything = _prefix(facilitator) + "all-clauses.html"
    return (f"{mark}<h1>Coco handouts</h1><p>One page per clause of the "
            f"{escape(curriculum.standards.code)} {escape(curriculum.standards.section)}, for "
            f"working on paper.{keys}</p><ul>{links}</ul><p>To print every clause at once, "
            f"open <a href='{everything}'>{everything}</a>: each clause starts on a new sheet."
            "</p><p class='muted'>To print, open a page in a browser and choose Print (Ctrl+P, "
            "or \u2318P on a Mac). To make a PDF, choose \u201cSave as PDF\u201d as the "
            "printer.</p>")


def pages(curriculum, *, facilitator: bool = False) -> dict[str, str]:
    """Every handout file, name to HTML: the index, one page per clause, and all in one."""
    sections = {c.letter: _clause_section(curriculum, c, facilitator)
                for c in curriculum.clauses.values()}
    prefix = _prefix(facilitator)
    found = {prefix + "index.html": _document("Contents", _index(curriculum, facilitator),
                                              facilitator)}
    for clause in curriculum.clauses.values():
        found[_file_name(clause, facilitator)] = _document(
            _heading(clause), sections[clause.letter], facilitator)
    found[prefix + "all-clauses.html"] = _document("All clauses", "".join(sections.values()),
                                                   facilitator)
    return found


def write(curriculum, folder: Path | str | None = None, *,
          facilitator: bool = False) -> list[Path]:
    """Write one edition into ``folder`` as new private files: all of them or none.

    The default folder is ``handouts`` (or ``handouts-facilitator``) in the current folder.
    If any file is already there, nothing is written: a facilitator may have annotated an
    earlier print run. A failure part-way (a full disk) removes what this call wrote, so no
    half-written set is left to be printed by mistake.
    """
    from .store import write_private

    folder = Path(folder) if folder is not None else Path.cwd() / (
        FACILITATOR_FOLDER if facilitator else PARTICIPANT_FOLDER)
    rendered = pages(curriculum, facilitator=facilitator)
    created_folder = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CocoError(f"Coco could not create the folder {folder} ({exc.strerror or exc}). "
                        "Choose another folder with -o.") from None
    there = [name for name in rendered if os.path.lexists(folder / name)]  # a link counts too
    if there:
        raise CocoError(f"Nothing was written: {folder} already holds {', '.join(there[:3])}"
                        f"{' and others' if len(there) > 3 else ''}. Handouts never replace "
                        "earlier files; move or delete those, or choose another folder with -o.")
    written: list[Path] = []
    try:
        for name, html in rendered.items():
            path = folder / name
            try:
                write_private(path, html.encode("utf-8"), exclusive=True)
            except FileExistsError:
                raise  # made by someone else since the check above: not ours to remove
            except BaseException:
                path.unlink(missing_ok=True)  # the exclusive create made it ours; it is partial
                raise
            written.append(path)
    except BaseException as exc:
        for path in written:
            path.unlink(missing_ok=True)
        if created_folder:
            try:
                folder.rmdir()
            except OSError:
                pass
        if not isinstance(exc, OSError):
            raise
        reason = ("a file appeared there while Coco was writing"
                  if isinstance(exc, FileExistsError) else exc.strerror or str(exc))
        raise CocoError(f"Nothing was written to {folder}: {reason}. Check the folder and the "
                        "free space, then try again.") from None
    return written


def run(args) -> int:
    """``python -m toolkit handouts [-o DIR] [--facilitator]``: write one edition, say where."""
    from .standards import load

    facilitator = bool(getattr(args, "facilitator", False))
    written = write(load(), getattr(args, "out", None), facilitator=facilitator)
    index = written[0]
    edition = "facilitator edition (with answer keys)" if facilitator else "participant edition"
    print(f"handouts: wrote the {edition}, {len(written)} files, to {index.parent}.\n"
          f"Open {index.name} in a browser to print them, or to save them as PDF.")
    return 0
