"""The closing notebook: the participant's work gathered, commitments, and a printable takeaway."""

from __future__ import annotations

import re
from datetime import date

import pytest

import toolkit
from toolkit.notices import Notice
from toolkit.standards import SECTIONS, load
from toolkit.store import DB_NAME, open_store
from toolkit.widgets import TakeawayPanel, YourWork

pytestmark = pytest.mark.usefixtures("new_kernel")

ENTRY_POINTS = ["checklist", "reflections", "coaching_questions", "progress"]


@pytest.fixture
def here(tmp_path, monkeypatch):
    """The notebook's folder: where the takeaway is written."""
    folder = tmp_path / "workshop"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def _complete(letters="hijklmnopq"):
    store, curriculum = open_store(), load()
    for letter in letters:
        parts = curriculum.parts(letter)
        for s in parts.scenarios:
            store.save(s.id, s.options[0].id, section=letter, kind="scenario")
        for r in parts.reflection_prompts:
            store.save(r.id, f"Reflection on ({letter}): I ask who can hear me.",
                       section=letter, kind="reflection")


@pytest.mark.parametrize("section", SECTIONS)
@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_every_entry_point_meets_every_section_with_a_widget_or_a_plain_notice(entry, section):
    """No section lacks a part in a way that raises: the action plan once had no checklist."""
    result = getattr(toolkit, entry)(section)
    if isinstance(result, Notice):
        assert result.title == "Coco needs attention", repr(result)  # not "went wrong"
        assert "has no" in result.body and "Traceback" not in repr(result)
    elif entry == "progress":
        assert result.section == (section if section in "hijklmnopq" else None)
    else:
        assert section == "welcome" or section in "hijklmnopq"


def test_the_action_plan_has_no_checklist_and_says_so():
    result = toolkit.checklist("action-plan")
    assert isinstance(result, Notice)
    assert result.body.startswith("The action plan has no checklist.")


def test_your_work_gathers_reflections_and_ticks_and_follows_saves():
    work = toolkit.your_work()
    assert isinstance(work, YourWork)
    assert "Nothing saved here yet" in work.value
    store = open_store()
    store.save("m-r1", "The <fax> went to the wrong office & I told my supervisor.",
               section="m", kind="reflection")
    store.save("m-c1", True, section="m", kind="checklist")
    section = re.search(r"<details class='coco-your-clause' data-section='m'.*?</details>",
                        work.value, re.S).group(0)
    assert "The &lt;fax&gt; went to the wrong office &amp; I told my supervisor." in section
    assert load().parts("m").checklist[0].text.split()[0] in section
    assert "1 of 2 reflections written" in section


def test_the_takeaway_is_one_private_self_contained_file_in_the_notebook_folder(here):
    store = open_store()
    store.save("m-r1", "I now read the number back before I send a fax.", section="m",
               kind="reflection")
    store.save("ap-p1", {"text": "I will lock my phone after one minute.", "date": "2027-01-15"},
               section="action-plan", kind="commitment")
    panel = toolkit.takeaway()
    assert isinstance(panel, TakeawayPanel)
    panel.write.click()
    files = list(here.iterdir())
    assert [f.name for f in files] == [f"coco-action-plan-{date.today().isoformat()}.html"]
    assert files[0].stat().st_mode & 0o777 == 0o600
    html = files[0].read_text(encoding="utf-8")
    assert "I will lock my phone after one minute." in html and "2027-01-15" in html
    assert "I now read the number back before I send a fax." in html
    assert "@media print" in html
    assert not re.search(r"https?://|<script|<link|src=", html)  # opens offline, nothing fetched
    assert "certificate of completion is added once every clause is complete: 0 of 10" in html
    assert "Certificate of completion</h2>" not in html
    assert files[0].name in panel.result.value and "coco-takeaway-written" in panel.result.value

    panel.write.click()  # never over an earlier file
    stem = f"coco-action-plan-{date.today().isoformat()}"
    assert {f.name for f in here.iterdir()} == {f"{stem}.html", f"{stem}-2.html"}


def test_the_certificate_lists_the_clauses_and_minutes_and_the_name_is_never_stored(here,
                                                                                    new_kernel):
    _complete()
    panel = toolkit.takeaway()
    panel.name.value = "Jordan Q. Participant"
    panel.write.click()
    html = next(here.iterdir()).read_text(encoding="utf-8")
    curriculum = load()
    assert "Certificate of completion</h2>" in html and "Jordan Q. Participant" in html
    total = sum(c.content.minutes.total for c in curriculum.clauses.values())
    assert f"<th>{total} min</th>" in html
    for letter, clause in curriculum.clauses.items():
        assert f"1.07({letter}) {clause.content.title}" in html
    assert "It ends with your certificate" in panel.result.value
    stored = b"".join(p.read_bytes() for p in new_kernel.iterdir() if p.name.startswith(DB_NAME))
    assert b"Jordan" not in stored


def test_a_takeaway_that_cannot_be_written_is_a_plain_red_message(here, monkeypatch):
    import errno

    import toolkit.store

    def full_disk(path, data, exclusive=False):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(toolkit.store, "write_private", full_disk)
    panel = toolkit.takeaway()
    panel.write.click()
    assert list(here.iterdir()) == []
    assert "coco-unsaved" in panel.result.value and "role='alert'" in panel.result.value
    assert "could not write your action plan" in panel.result.value
    assert "No space left on device" in panel.result.value and "Traceback" not in panel.result.value
