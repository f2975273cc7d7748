"""Practice habits to tick: each tick is one durable write, keyed by the item's id."""

from __future__ import annotations

import functools

import ipywidgets as w

from ..answers import CHECKLIST
from ..store import Store
from .base import AnswerWidget, event_handler, short


class Checklist(AnswerWidget):
    kind = CHECKLIST

    def __init__(self, section: str, items, store: Store, label: str):
        super().__init__(section, store, label)
        self._items = {item.id: item for item in items}
        self.boxes: dict[str, w.Checkbox] = {}
        for item in items:
            box = w.Checkbox(value=bool(store.get(item.id, False)), description=item.text,
                             indent=False, layout=w.Layout(width="auto"),
                             style={"description_width": "initial"})
            box.add_class("coco-check")
            box.observe(self._changed(item.id), names="value")
            self.boxes[item.id] = box
        ticked = self.ticked
        if not self.announce_store():
            self.status.note(f"{len(ticked)} earlier tick(s) brought back from your saved "
                             "answers." if ticked else "Each tick is saved as soon as you make it.")
        self.children = [*self.boxes.values(), self.status]
        self.add_class("coco-checklist")

    @property
    def ticked(self) -> list[str]:
        return [i for i, box in self.boxes.items() if box.value]

    def _changed(self, item_id: str):
        return functools.partial(self._ticked, item_id)

    @event_handler
    def _ticked(self, item_id: str, change) -> None:
        if self._putting_back:
            return
        box = self.boxes[item_id]
        verb = "ticked" if change["new"] else "unticked"
        self.save(item_id, bool(change["new"]), f"{verb} “{short(self._items[item_id].text)}”",
                  put_back=lambda: setattr(box, "value", change["old"]))

    def __repr__(self) -> str:
        return (f"Checklist for {self.label}: {len(self.ticked)} of {len(self.boxes)} ticked. "
                "To tick items, run this notebook: Run > Run All Cells.")
