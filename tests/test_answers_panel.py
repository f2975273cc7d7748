"""The notebook's export and erase buttons do what the commands do, with the same safeguards."""

import json

import pytest

import toolkit
from toolkit.exchange.panel import AnswersPanel
from toolkit.store import DB_NAME, open_store


@pytest.fixture(autouse=True)
def collect_folder(new_kernel, tmp_path, monkeypatch):
    monkeypatch.setenv("COCO_COLLECT_DIR", str(tmp_path / "collect"))
    (tmp_path / "collect").mkdir()


def test_export_button_writes_to_the_collect_folder_without_free_text(tmp_path):
    store = open_store()
    store.save("h-c1", True, section="h", kind="checklist")
    store.save("h-r1", "I now check who can hear me.", section="h", kind="reflection")
    panel = toolkit.your_answers()
    assert isinstance(panel, AnswersPanel)
    panel.export_button.click()
    files = list((tmp_path / "collect").iterdir())
    assert len(files) == 1 and (files[0].stat().st_mode & 0o777) == 0o600
    exported = json.loads(files[0].read_text())
    ids = [a["item_id"] for a in exported["answers"]]
    assert "h-c1" in ids and "h-r1" not in ids
    assert "color:#067647" in panel.export_result.value


def test_identifying_text_blocks_until_confirmed(tmp_path):
    open_store().save("h-r1", "The mother said call her at 555-201-7788 tonight.",
                      section="h", kind="reflection")
    panel = AnswersPanel()
    panel.include.value = True
    panel.export_button.click()
    assert list((tmp_path / "collect").iterdir()) == []
    assert "phone" in panel.export_result.value.lower()
    assert "555-201-7788" not in panel.export_result.value
    assert panel.confirm_button.layout.display is None
    assert "Export anyway" in panel.export_result.value
    assert "confirm_findings" not in panel.export_result.value  # no Python on their screen
    panel.confirm_button.click()
    assert len(list((tmp_path / "collect").iterdir())) == 1
    assert panel.confirm_button.layout.display == "none"


def test_export_anyway_confirms_only_the_findings_it_showed(tmp_path):
    # Reproduced: blocked on a phone number, an SSN saved from another notebook, then
    # "Export anyway" exported the SSN nobody had been shown.
    collect = tmp_path / "collect"
    store = open_store()
    store.save("h-r1", "The mother said call her at 555-201-7788 tonight.",
               section="h", kind="reflection")
    panel = AnswersPanel()
    panel.include.value = True
    panel.export_button.click()
    assert "phone" in panel.export_result.value and panel.confirm_button.layout.display is None

    store.save("i-r1", "Her SSN is 123-45-6789.", section="i", kind="reflection")
    panel.confirm_button.click()
    assert list(collect.iterdir()) == []
    assert "Social Security number" in panel.export_result.value
    assert "i-r1" in panel.export_result.value and "123-45-6789" not in panel.export_result.value
    assert panel.confirm_button.layout.display is None  # the new finding can be confirmed

    panel.confirm_button.click()
    files = list(collect.iterdir())
    assert len(files) == 1
    exported = files[0].read_text(encoding="utf-8")
    assert "555-201-7788" in exported and "123-45-6789" in exported
    assert panel.confirm_button.layout.display == "none"


def test_changing_the_free_text_choice_withdraws_the_confirm_button(tmp_path):
    open_store().save("h-r1", "The mother said call her at 555-201-7788 tonight.",
                      section="h", kind="reflection")
    panel = AnswersPanel()
    panel.include.value = True
    panel.export_button.click()
    assert panel.confirm_button.layout.display is None
    panel.include.value = False
    assert panel.confirm_button.layout.display == "none"
    assert "Export anyway" not in panel.export_result.value
    panel.include.value = True
    panel.confirm_button.click()  # a click on the hidden button (a late frontend message)
    assert list((tmp_path / "collect").iterdir()) == []  # confirms nothing it did not show


def test_erase_needs_the_tick_then_removes_the_store(new_kernel):
    open_store().save("h-c1", True, section="h", kind="checklist")
    panel = AnswersPanel()
    assert panel.erase_button.disabled
    panel.erase_button.click()  # a stray click with no tick does nothing
    assert (new_kernel / DB_NAME).exists()
    panel.erase_tick.value = True
    assert not panel.erase_button.disabled
    panel.erase_button.click()
    assert not (new_kernel / DB_NAME).exists()
    assert "Erased for good" in panel.erase_result.value
    assert panel.erase_tick.value is False and panel.erase_button.disabled


def test_a_tick_after_erasing_says_plainly_what_to_do(new_kernel):
    checklist = toolkit.checklist("h")
    panel = AnswersPanel()
    panel.erase_tick.value = True
    panel.erase_button.click()
    checklist.boxes["h-c1"].value = True
    assert checklist.boxes["h-c1"].value is False  # not saved, so not shown as given
    assert "were erased while this notebook was open" in checklist.status.value
    assert "Restart Kernel" in checklist.status.value
