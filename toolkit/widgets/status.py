"""The one line under every exercise that says whether the latest answer is on disk.

A participant must never believe an answer is kept when it is not, so every state has its own
words and colour: saved (with the time), not saved yet (a write is waiting), not saved (why),
and plain notes. Colour is never the only signal: each state starts with its own words.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

import ipywidgets as w

SAVED_STYLE = "color:#067647"
PENDING_STYLE = "color:#475467;font-style:italic"
FAILED_STYLE = "color:#b42318;font-weight:bold"
WARNING_STYLE = "color:#b54708"
NOTE_STYLE = "color:#475467"


class SaveStatus(w.HTML):
    """Announced politely to screen readers (role=status); a failure is an alert."""

    state = "note"

    def _show(self, state: str, html: str) -> None:
        self.state = state
        self.value = html

    def saved(self, what: str, when: datetime) -> None:
        clock = when.astimezone().strftime("%H:%M")
        self._show("saved", f"<span class='coco-saved' role='status' style='{SAVED_STYLE}'>"
                            f"&#10003; Saved at {clock}: {escape(what)}</span>")

    def pending(self, message: str = "Not saved yet: saving when you pause typing…") -> None:
        self._show("pending", f"<span class='coco-pending' role='status' "
                              f"style='{PENDING_STYLE}'>{escape(message)}</span>")

    def failed(self, message: str) -> None:
        self._show("failed", f"<span class='coco-unsaved' role='alert' style='{FAILED_STYLE}'>"
                             f"&#9888; {escape(message)}</span>")

    def warn(self, message: str) -> None:
        self._show("warning", f"<span class='coco-warning' role='status' "
                              f"style='{WARNING_STYLE}'>&#9888; {escape(message)}</span>")

    def note(self, message: str) -> None:
        self._show("note", f"<span class='coco-note' role='status' style='{NOTE_STYLE}'>"
                           f"{escape(message)}</span>")
