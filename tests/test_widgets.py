"""Checklists: one box per item from data/, every tick on disk at once, failures said plainly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import ipywidgets as w
import pytest
import yaml

import toolkit
import toolkit.store as store_module
from toolkit.errors import StoreError
from toolkit.notices import Notice
from toolkit.standards import clause_info, load
from toolkit.store import DB_NAME, Store
from toolkit.widgets import Checklist, SaveStatus

CURRICULUM = Path(__file__).resolve().parent.parent / "data" / "curriculum"


pytestmark = pytest.mark.usefixtures("new_kernel")


def _yaml_items(section: str) -> list[tuple[str, str]]:
    """The checklist as written in the data file, read without the toolkit."""
    raw = yaml.safe_load((CURRICULUM / f"{section}.yaml").read_text(encoding="utf-8"))
    return [(item["id"], item["text"]) for item in raw["checklist"]]


def _rows(home: Path) -> list[tuple]:
    with sqlite3.connect(home / DB_NAME) as db:
        return db.execute("SELECT item_id, section, kind, value FROM answers "
                          "ORDER BY item_id").fetchall()


def _read_back(home: Path, item_id: str):
    """What a new kernel would find: a fresh Store on the same folder."""
    fresh = Store(home)
    try:
        return fresh.get(item_id)
    finally:
        fresh.close()


# ---------------------------------------------------------------------------- building


def test_checklist_h_has_one_box_per_item_with_its_text():
    expected = _yaml_items("h")
    assert len(expected) >= 6

    built = toolkit.checklist("h")
    assert isinstance(built, Checklist), repr(built)
    assert [(i, b.description) for i, b in built.boxes.items()] == expected
    assert all(isinstance(b, w.Checkbox) and b.value is False for b in built.boxes.values())
    assert list(built.children) == [*built.boxes.values(), built.status]
    assert isinstance(built.status, SaveStatus)
    assert "saved as soon as you make it" in built.status.value
    assert built.section == "h" and built.label == "clause (h)"


def test_checklist_built_directly(store_home):
    store = Store(store_home)
    items = clause_info("h").content.checklist
    direct = Checklist("h", items, store, "clause (h)")
    assert [(i, b.description) for i, b in direct.boxes.items()] == _yaml_items("h")
    assert direct.store is store
    store.close()


def test_clause_letter_is_normalised():
    built = toolkit.checklist(" (H) ")
    assert isinstance(built, Checklist)
    assert built.section == "h"
    assert list(built.boxes) == [i for i, _ in _yaml_items("h")]


# ------------------------------------------------------------------------------ saving


def test_tick_is_on_disk_at_once_and_status_says_saved(store_home):
    built = toolkit.checklist("h")
    first_id, first_text = _yaml_items("h")[0]

    built.boxes[first_id].value = True

    assert _read_back(store_home, first_id) is True
    assert _rows(store_home) == [(first_id, "h", "checklist", "true")]
    assert "Saved" in built.status.value
    assert "coco-saved" in built.status.value
    assert "ticked" in built.status.value
    assert first_text[:30] in built.status.value

    built.boxes[first_id].value = False
    assert _read_back(store_home, first_id) is False
    assert "unticked" in built.status.value
    fresh = Store(store_home)
    assert [s.value for s in fresh.history(first_id)] == [True, False]
    fresh.close()


def test_new_checklist_reads_earlier_ticks_back(store_home):
    ids = [i for i, _ in _yaml_items("h")]
    first = toolkit.checklist("h")
    first.boxes[ids[0]].value = True
    first.boxes[ids[2]].value = True
    first.boxes[ids[2]].value = False
    first.boxes[ids[3]].value = True

    for opened in store_module._open.values():  # as if the kernel restarted
        opened.close()
    store_module._open.clear()

    again = toolkit.checklist("h")
    assert again is not first
    assert {i: b.value for i, b in again.boxes.items()} == \
        {i: i in (ids[0], ids[3]) for i in ids}
    assert again.ticked == [ids[0], ids[3]]
    assert "2 earlier tick(s) brought back" in again.status.value


def test_repr_counts_ticks():
    built = toolkit.checklist("h")
    total = len(_yaml_items("h"))
    assert f"0 of {total} ticked" in repr(built)
    ids = list(built.boxes)
    built.boxes[ids[1]].value = True
    built.boxes[ids[4]].value = True
    assert repr(built).startswith(f"Checklist for clause (h): 2 of {total} ticked.")
    assert "Run All Cells" in repr(built)


def test_welcome_checklist_works(store_home):
    built = toolkit.checklist("welcome")
    assert isinstance(built, Checklist), repr(built)
    expected = _yaml_items("welcome")
    assert [(i, b.description) for i, b in built.boxes.items()] == expected
    assert built.label == "the welcome"

    built.boxes[expected[0][0]].value = True
    assert _read_back(store_home, expected[0][0]) is True
    assert _rows(store_home) == [(expected[0][0], "welcome", "checklist", "true")]
    assert f"1 of {len(expected)} ticked" in repr(built)


def test_unknown_clause_gives_a_notice_naming_it():
    result = toolkit.checklist("zz")
    assert isinstance(result, Notice)
    assert not isinstance(result, Checklist)
    assert "(zz)" in result.body
    assert "Traceback" not in repr(result)
    assert "(zz)" in result._repr_html_()


# ---------------------------------------------------------------------- failing to save


class FailingStore(Store):
    """A store whose every save fails the way Store.save reports a failure."""

    calls = 0

    def save(self, item_id, value, *, section, kind):
        FailingStore.calls += 1
        raise StoreError("Your last answer was NOT saved: the disk is <full>. "
                         "Tell your facilitator.")


def test_failed_save_unticks_the_box_and_says_why(store_home):
    FailingStore.calls = 0
    store = FailingStore(store_home)
    built = Checklist("h", load().section("h").checklist, store, "clause (h)")
    first = next(iter(built.boxes))

    built.boxes[first].value = True

    assert built.boxes[first].value is False
    assert FailingStore.calls == 1  # putting the box back is not itself saved
    status = built.status.value
    assert "coco-unsaved" in status and "role='alert'" in status
    assert "Your last answer was NOT saved: the disk is &lt;full&gt;." in status
    assert "Saved at" not in status
    assert built.ticked == []
    assert "0 of" in repr(built)
    assert _read_back(store_home, first) is None
    store.close()


def test_failed_save_on_a_read_only_file_unticks_the_box(store_home):
    """The same, end to end, with SQLite refusing the write (see test_store for why ro URI)."""
    writer = Store(store_home)
    writer.save("h-c2", True, section="h", kind="checklist")

    class OpenedReadOnly(Store):
        def _connect(self):
            return sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True,
                                   isolation_level=None, check_same_thread=False)

    store = OpenedReadOnly(store_home)
    built = Checklist("h", load().section("h").checklist, store, "clause (h)")
    assert built.boxes["h-c2"].value is True  # earlier tick read back even so

    built.boxes["h-c1"].value = True
    assert built.boxes["h-c1"].value is False
    assert "NOT saved: the folder that holds your answers is read-only" in built.status.value

    built.boxes["h-c2"].value = False  # an untick that fails is put back too
    assert built.boxes["h-c2"].value is True
    assert writer.get("h-c1") is None and writer.get("h-c2") is True
    store.close()
    writer.close()


def test_rewording_keeps_answers_and_removing_an_item_hides_but_keeps_them(store_home):
    """Answers follow ids, not words: the facilitator's edits never cost anyone an answer."""
    store = Store(store_home)
    items = list(load().clauses["h"].content.checklist)
    first = Checklist("h", items, store, "clause (h)")
    first.boxes["h-c1"].value = True
    first.boxes["h-c3"].value = True

    reworded = [items[0].model_copy(update={"text": "Before sending, I read the release."}),
                *items[1:]]
    again = Checklist("h", reworded, store, "clause (h)")
    assert again.boxes["h-c1"].value is True
    assert "Before sending, I read the release." in again.boxes["h-c1"].description

    without_c3 = [i for i in items if i.id != "h-c3"]
    hidden = Checklist("h", without_c3, store, "clause (h)")
    assert "h-c3" not in hidden.boxes and len(hidden.boxes) == len(items) - 1
    assert store.answers("h")["h-c3"] is True
    assert Store(store_home).get("h-c3") is True


def test_a_store_set_aside_on_opening_is_announced_by_the_widget(store_home):
    store_home.mkdir(mode=0o700, exist_ok=True)
    (store_home / DB_NAME).write_bytes(b"not a database at all" * 10)
    checklist = toolkit.checklist("h")
    assert isinstance(checklist, Checklist)
    assert "answers.damaged-" in checklist.status.value and "coco-warning" in checklist.status.value
    notice = toolkit.setup_check()
    assert "answers.damaged-" in repr(notice)
