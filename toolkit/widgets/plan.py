"""The closing notebook: what the participant noticed, their commitments, and the takeaway file."""

from __future__ import annotations

from html import escape

import ipywidgets as w

from ..completion import section_work, workshop_progress
from ..store import Store
from .base import event_handler
from .debounce import DEFAULT_DELAY
from .style import style_tag
from .text import CommitmentText


class YourWork(w.HTML):
    """Reflections and ticked habits per clause, gathered from the store; redrawn on each save."""

    def __init__(self, curriculum, store: Store):
        super().__init__()
        self.curriculum, self.store = curriculum, store
        self.add_class("coco-your-work")
        self.refresh()
        store.listen(self._saved)

    def _saved(self, saved, section) -> None:
        self.refresh()

    def refresh(self) -> None:
        answers = self.store.answers()
        blocks = []
        for p in workshop_progress(self.curriculum, answers):
            parts = self.curriculum.parts(p.section)
            work = section_work(parts, answers)
            ticked, written = work.habits, work.reflections
            state = "&#10003; complete" if p.complete else escape(p.counts())
            inner = "".join(
                f"<p style='color:#475467;margin-bottom:0'>{escape(prompt)}</p>"
                f"<blockquote class='coco-your-reflection' style='white-space:pre-wrap;"
                f"margin:.2em 0 .6em;border-left:3px solid #98a2b3;padding-left:.8em'>"
                f"{escape(text)}</blockquote>" for prompt, text in written)
            if ticked:
                inner += ("<p style='margin-bottom:0'>Habits you keep:</p><ul>"
                          + "".join(f"<li>{escape(t)}</li>" for t in ticked) + "</ul>")
            if not inner:
                inner = "<p style='color:#475467'>Nothing saved here yet.</p>"
            blocks.append(f"<details class='coco-your-clause' data-section='{p.section}'"
                          f"{' open' if written else ''}><summary><strong>({p.section}) "
                          f"{escape(p.title)}</strong>: {state}</summary>{inner}</details>")
        self.value = "<div>" + "".join(blocks) + "</div>"

    def __repr__(self) -> str:
        return ("Your reflections and ticks, clause by clause. To see them, run this notebook: "
                "Run > Run All Cells.")


class ActionPlan(w.VBox):
    """The action-plan prompts: a commitment and a target date each, guarded and saved."""

    def __init__(self, curriculum, store: Store, delay: float = DEFAULT_DELAY):
        parts = curriculum.parts("action-plan")
        self.label = parts.label
        self.commitments = {p.id: CommitmentText("action-plan", p, store, parts.label,
                                                 delay=delay) for p in parts.commitments}
        super().__init__(children=[style_tag(), *self.commitments.values()])
        self.add_class("coco-action-plan")
        self.add_class("coco-answer")

    def __repr__(self) -> str:
        return (f"Your commitments: {len(self.commitments)} prompts. To write them, run this "
                "notebook: Run > Run All Cells.")


class _ResultLine:
    """Lets the takeaway's result line take a failure report like a SaveStatus."""

    def __init__(self, html: w.HTML):
        self.html = html

    def failed(self, message: str) -> None:
        self.html.value = (f"<div class='coco-unsaved' role='alert' style='color:#b42318;"
                           f"font-weight:bold'>&#9888; {escape(message)}</div>")


class TakeawayPanel(w.VBox):
    """A name for the certificate (never stored) and the button that writes the takeaway file."""

    def __init__(self, curriculum, store: Store):
        self.curriculum, self.store = curriculum, store
        self.name = w.Text(value="", description="Your name, for the certificate only "
                           "(Coco does not save it)", placeholder="Leave empty to write it by hand",
                           style={"description_width": "initial"},
                           layout=w.Layout(width="100%"))
        self.name.add_class("coco-certificate-name")
        self.write = w.Button(description="Write my action plan file", icon="print",
                              tooltip="Write a file you can open and print",
                              button_style="primary", layout=w.Layout(width="auto"))
        self.write.add_class("coco-write-takeaway")
        self.result = w.HTML()
        self.status = _ResultLine(self.result)  # where event_handler reports a failure
        self.written = None
        self.write.on_click(self._write)
        super().__init__(children=[style_tag(), self.name, self.write, self.result])
        self.add_class("coco-takeaway")
        self.add_class("coco-answer")

    @event_handler
    def _write(self, _button=None) -> None:
        from ..errors import CocoError
        from ..printable import write

        try:
            self.written = write(self.curriculum, self.store.answers(), name=self.name.value)
        except CocoError as exc:
            self.result.value = (f"<div class='coco-unsaved' role='alert' style='color:#b42318;"
                                 f"font-weight:bold'>&#9888; {escape(str(exc))}</div>")
            return
        extra = ("It ends with your certificate of completion." if self.written.certificate
                 else "The certificate is added once every clause is complete.")
        self.result.value = (
            f"<div class='coco-takeaway-written' role='status' style='color:#067647'>&#10003; "
            f"Written: <strong>{escape(self.written.path.name)}</strong>, in the folder of this "
            f"notebook (see the file browser on the left). Right-click it and choose "
            f"<em>Open in New Browser Tab</em>, then print it or save it as PDF. Only your "
            f"account can read it. {extra}</div>")

    def __repr__(self) -> str:
        return ("A button to write your action plan to a file. To use it, run this notebook: "
                "Run > Run All Cells.")
