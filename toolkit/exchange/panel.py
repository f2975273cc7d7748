"""Buttons for what a participant may do with their own answers: export them, or erase them.

The same functions as ``python -m toolkit export`` and ``erase``, for people who never open a
terminal. Erasing needs a tick and a click, so one stray click cannot destroy anything.
"""

from __future__ import annotations

from html import escape

import ipywidgets as w

from ..widgets.style import WARNING_BUTTON

from . import erase_answers, erase_report, export_answers


def _box(message: str, ok: bool) -> str:
    colour = "#067647" if ok else "#b42318"
    role = "status" if ok else "alert"
    body = "<br>".join(escape(line) for line in message.splitlines())
    return f"<div role='{role}' style='color:{colour};white-space:normal'>{body}</div>"


class AnswersPanel(w.VBox):
    def __init__(self):
        self.include = w.Checkbox(value=False, indent=False, layout=w.Layout(width="auto"),
                                  description="Include what I wrote (checked for names and "
                                              "numbers first)")
        self.export_button = w.Button(description="Export my answers", icon="download",
                                      layout=w.Layout(width="auto"))
        self.confirm_button = w.Button(description="Export anyway: none of this identifies anyone",
                                       button_style="warning",
                                       style=w.ButtonStyle(button_color=WARNING_BUTTON),
                                       layout=w.Layout(width="auto",
                                                                               display="none"))
        self.export_result = w.HTML()
        self.erase_tick = w.Checkbox(value=False, indent=False, layout=w.Layout(width="auto"),
                                     description="Yes, erase every answer I saved in Coco, for good")
        self.erase_button = w.Button(description="Erase my answers", button_style="danger",
                                     icon="trash", disabled=True, layout=w.Layout(width="auto"))
        self.erase_result = w.HTML()
        # Tokens (``FindingNote.token``) of the findings this panel has put on the screen since
        # the participant last pressed "Export my answers": "Export anyway" accepts these and
        # nothing else, so a detail saved meanwhile (from another notebook) blocks again.
        self._shown: tuple[str, ...] = ()
        self.export_button.on_click(lambda _: self._export(anyway=False))
        self.confirm_button.on_click(lambda _: self._export(anyway=True))
        self.include.observe(self._forget_findings, names="value")
        self.erase_tick.observe(self._arm, names="value")
        self.erase_button.on_click(self._erase)
        super().__init__(children=[
            w.HTML("<h3>Export</h3>"), self.include, self.export_button, self.confirm_button,
            self.export_result, w.HTML("<h3>Erase</h3>"), self.erase_tick, self.erase_button,
            self.erase_result])
        self.add_class("coco-answers-panel")

    def _export(self, anyway: bool) -> None:
        if not anyway:
            self._shown = ()
        result = export_answers(include_reflections=self.include.value,
                                confirm_findings=self._shown,
                                blocked_hint="If none of this identifies anyone, press "
                                             "“Export anyway” below.")
        blocked = not result.ok and bool(result.findings)
        if anyway and blocked:
            # New findings: what they saw is still accepted, the new ones are shown and need
            # a click of their own.
            result.message = ("Coco found something you had not been shown yet.\n"
                              + result.message)
        self._shown = (self._shown + tuple(f.token for f in result.findings)) if blocked else ()
        self.export_result.value = _box(result.message, result.ok)
        self.confirm_button.layout.display = None if blocked else "none"

    def _forget_findings(self, _) -> None:
        """A confirmation was given for the findings of one choice; a new choice starts over."""
        self._shown = ()
        self.confirm_button.layout.display = "none"
        self.export_result.value = ""

    def _arm(self, change) -> None:
        self.erase_button.disabled = not change["new"]

    def _erase(self, _) -> None:
        if not self.erase_tick.value:
            return
        try:
            message, ok = erase_report(erase_answers()), True
        except Exception as exc:  # noqa: BLE001 - shown as a plain line, never a traceback
            message, ok = str(exc), False
        if ok:
            message += ("\nRestart the kernel (Kernel > Restart Kernel) before answering again, "
                        "so every notebook starts from the new, empty store.")
        self.erase_result.value = _box(message, ok)
        self.erase_tick.value = False

    def __repr__(self) -> str:
        return ("Your answers: buttons to export or erase them. Run this notebook to use them: "
                "Run > Run All Cells.")
