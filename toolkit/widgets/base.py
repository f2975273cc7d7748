"""What every answer widget shares: save at once, or put the answer back and say why.

A widget shows an answer as given only once the store has it on disk. If the write fails, the
control goes back to what is stored and the status says why in plain words, so what is on the
screen and what is on disk never differ without the screen saying so.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable

import ipywidgets as w

from .. import logs
from ..answers import AnswerKind
from ..errors import StoreError
from ..store import Saved, Store
from .status import SaveStatus


class AnswerWidget(w.VBox):
    """Base for widgets that save answers of one kind (``toolkit.answers``) for one section."""

    kind: AnswerKind

    def __init__(self, section: str, store: Store, label: str, children=(), **kwargs):
        self.section, self.store, self.label = section, store, label
        self._putting_back = False
        self.status = getattr(self, "status", None) or SaveStatus()
        super().__init__(children=list(children), **kwargs)
        self.add_class("coco-answer")

    @contextlib.contextmanager
    def putting_back(self):
        """While a control is set back to the stored value, its observer must not save again."""
        self._putting_back = True
        try:
            yield
        finally:
            self._putting_back = False

    def save(self, item_id: str, value, what: str, put_back: Callable[[], None] = lambda: None,
             status: SaveStatus | None = None) -> Saved | None:
        """Store ``value`` durably, then say so; on failure call ``put_back`` and say why."""
        status = status or self.status
        try:
            saved = self.store.save(item_id, value, section=self.section, kind=self.kind.name)
        except StoreError as exc:
            with self.putting_back():
                put_back()
            status.failed(str(exc))
            return None
        status.saved(what, saved.saved_at)
        return saved

    def announce_store(self, status: SaveStatus | None = None) -> bool:
        """Say once that a damaged answers file was set aside; True if there was one."""
        if self.store.notice:
            (status or self.status).warn(self.store.notice)
            return True
        return False


UNEXPECTED = ("Something went wrong in Coco, so your last change was NOT saved. Tell your "
              "facilitator; the details are in Coco's log. Your earlier answers are safe.")


def event_handler(method):
    """Wrap a widget's click or change handler so that nothing it raises reaches the screen.

    ipywidgets prints a click handler's traceback into the notebook; a participant must never
    see one. The error goes to Coco's private log and the widget's status says, in red, that
    the change was not saved."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except Exception:  # noqa: BLE001 - shown as a plain line, logged privately
            logs.unexpected(f"{type(self).__name__}.{method.__name__}")
            status = getattr(self, "status", None)
            if status is not None:
                status.failed(UNEXPECTED)
            return None

    return wrapper


def short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
