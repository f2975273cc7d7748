"""The parts a participant answers: built from data, saved the moment they change.

Every widget reads its earlier answers from the store when it is built, so running a
notebook again (new kernel, new tab) shows what was saved; and it says on screen whether the
latest change is saved. If a save fails, the widget puts the answer back as it was and says
so: an answer is never shown as given unless it is on disk.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

import ipywidgets as w

from .errors import StoreError
from .store import Store

SAVED_STYLE = "color:#067647"
FAILED_STYLE = "color:#b42318;font-weight:bold"


class SaveStatus(w.HTML):
    """One line under an exercise: what was last saved, or why it was not."""

    def saved(self, what: str, when: datetime) -> None:
        clock = when.astimezone().strftime("%H:%M:%S")
        self.value = (f"<span class='coco-saved' style='{SAVED_STYLE}'>&#10003; Saved at "
                      f"{clock}: {escape(what)}</span>")

    def failed(self, message: str) -> None:
        self.value = f"<span class='coco-unsaved' role='alert' style='{FAILED_STYLE}'>" \
                     f"&#9888; {escape(message)}</span>"

    def warn(self, message: str) -> None:
        self.value = (f"<span class='coco-warning' role='status' style='color:#b54708'>"
                      f"&#9888; {escape(message)}</span>")

    def note(self, message: str) -> None:
        self.value = f"<span class='coco-note' style='color:#475467'>{escape(message)}</span>"


class Checklist(w.VBox):
    """Practice habits to tick. Each tick is one durable write, keyed by the item's id."""

    kind = "checklist"

    def __init__(self, section: str, items, store: Store, label: str):
        self.section, self.store, self.label = section, store, label
        self._items = {item.id: item for item in items}
        self._restoring = False
        self.boxes: dict[str, w.Checkbox] = {}
        for item in items:
            box = w.Checkbox(value=bool(store.get(item.id, False)), description=item.text,
                             indent=False, layout=w.Layout(width="auto"),
                             style={"description_width": "initial"})
            box.add_class("coco-check")
            box.observe(self._changed(item.id), names="value")
            self.boxes[item.id] = box
        self.status = SaveStatus()
        ticked = self.ticked
        if store.notice:  # the store had to set a damaged file aside: say where, once more
            self.status.warn(store.notice)
        else:
            self.status.note(f"{len(ticked)} earlier tick(s) brought back from your saved "
                             "answers." if ticked else "Each tick is saved as soon as you make it.")
        super().__init__(children=[*self.boxes.values(), self.status])
        self.add_class("coco-checklist")

    @property
    def ticked(self) -> list[str]:
        return [i for i, box in self.boxes.items() if box.value]

    def _changed(self, item_id: str):
        def on_change(change):
            if self._restoring:
                return
            try:
                saved = self.store.save(item_id, bool(change["new"]), section=self.section,
                                        kind=self.kind)
            except StoreError as exc:
                self._restoring = True
                try:
                    self.boxes[item_id].value = change["old"]
                finally:
                    self._restoring = False
                self.status.failed(str(exc))
                return
            verb = "ticked" if change["new"] else "unticked"
            self.status.saved(f"{verb} “{_short(self._items[item_id].text)}”", saved.saved_at)

        return on_change

    def __repr__(self) -> str:
        return (f"Checklist for {self.label}: {len(self.ticked)} of {len(self.boxes)} ticked. "
                "To tick items, run this notebook: Run > Run All Cells.")


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
