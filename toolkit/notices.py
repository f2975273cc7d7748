"""Plain notices in place of tracebacks.

Every function a notebook calls goes through ``friendly``: a ``CocoError`` becomes its own
message, anything unexpected becomes a short apology with what to tell the facilitator. The
traceback goes to a private log file (``toolkit.logs``), never to the participant's screen.
"""

from __future__ import annotations

import functools
import html

from . import logs
from .errors import CocoError


class Notice:
    """A boxed message that renders in JupyterLab, in nbval's text comparison and in a log."""

    def __init__(self, title: str, body: str, tone: str = "problem"):
        self.title, self.body, self.tone = title, body, tone

    def _repr_html_(self) -> str:
        colour = {"problem": "#b42318", "info": "#175cd3"}.get(self.tone, "#b42318")
        background = {"problem": "#fff8f6", "info": "#f5f8ff"}.get(self.tone, "#fff8f6")
        paragraphs = "".join(f"<p style='margin:.3em 0;white-space:pre-wrap'>{html.escape(p)}</p>"
                             for p in self.body.split("\n\n"))
        return (f"<div class='coco-notice coco-{self.tone}' role='alert' style='border-left:4px "
                f"solid {colour};padding:.5em 1em;background:{background}'><strong>"
                f"{html.escape(self.title)}</strong>{paragraphs}</div>")

    def __repr__(self) -> str:
        return f"{self.title}\n{self.body}"


def friendly(func):
    """Turn any failure of a notebook entry point into a ``Notice``, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except CocoError as exc:
            return Notice("Coco needs attention", str(exc))
        except Exception:  # noqa: BLE001 - the participant must never see a traceback
            logs.unexpected(func.__name__)
            return Notice("Something went wrong in Coco",
                          "This part could not be shown. Your saved answers are safe. Please "
                          "tell your facilitator: Coco kept the details for them in its log "
                          f"({logs.LOG_NAME}, beside your saved answers). Then try running the "
                          "notebook again (Run > Run All Cells).")

    return wrapper
