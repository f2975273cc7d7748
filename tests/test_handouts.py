"""Handouts: every clause on paper, the participant edition without a single answer key.

Each test walks every clause and every scenario of the real data, so a clause added or an
option moved is covered without a new test.
"""

from __future__ import annotations

import argparse
import errno
import re
from html.parser import HTMLParser

import pytest
from helpers import DATA

from toolkit import handouts
from toolkit.errors import CocoError
from toolkit.standards import Clause, load


class _Text(HTMLParser):
    """What a reader sees: one chunk per run of text between tags, entities decoded.

    The <title> and the <style> are left out; a test that wants them reads the HTML.
    """

    def __init__(self):
        super().__init__()
        self.chunks: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in ("title", "style")

    def handle_endtag(self, tag):
        self.hidden -= tag in ("title", "style")

    def handle_data(self, data):
        if data.strip() and not self.hidden:
            self.chunks.append(data.strip())


def chunks(html: str) -> list[str]:
    parser = _Text()
    parser.feed(html)
    return parser.chunks


@pytest.fixture(scope="module")
def curriculum():
    return load(DATA)


@pytest.fixture(scope="module")
def participant(curriculum):
    return handouts.pages(curriculum)


@pytest.fixture(scope="module")
def facilitator(curriculum):
    return handouts.pages(curriculum, facilitator=True)


def _clause_page(pages, clause, facilitator=False):
    prefix = "facilitator-" if facilitator else ""
    return pages[f"{prefix}clause-{clause.letter}-{clause.content.slug}.html"]


def _shown(curriculum, scenario):
    return list(zip("ABCD", curriculum.options_shown(scenario.id)))


@pytest.mark.parametrize("letter", list("hijklmnopq"))
@pytest.mark.parametrize("edition", ["participant", "facilitator"])
def test_every_clause_has_its_page_with_every_part(curriculum, participant, facilitator,
                                                     letter, edition):
    clause = curriculum.clauses[letter]
    pages = participant if edition == "participant" else facilitator
    for html in (_clause_page(pages, clause, edition == "facilitator"),
                 pages[("facilitator-" if edition == "facilitator" else "") + "all-clauses.html"]):
        text = chunks(html)
        assert clause.standard.text in text  # exactly as the standards give it, one run of text
        assert clause.content.summary in text
        if clause.standard.truncated:
            assert clause.standard.note in text
        for item in clause.content.checklist:
            assert item.text in text
        for prompt in clause.content.reflection_prompts:
            assert prompt.text in text
        for question in clause.content.coaching_questions:
            assert question.text in text
        for scenario in clause.content.scenarios:
            assert scenario.situation in text
            at = text.index(scenario.situation)
            for label, option in _shown(curriculum, scenario):
                # each option follows the one before it, with its shown letter just before it
                at = text.index(option.text, at + 1)
                assert text[at - 1] == label, (scenario.id, label)
    page = _clause_page(pages, clause, edition == "facilitator")
    boxes = re.findall(r"<span class='box'", page)
    assert len(boxes) == len(clause.content.checklist)
    assert page.count("class='line'") >= 2 * len(clause.content.reflection_prompts)


def test_the_options_stand_in_the_order_the_notebooks_show(curriculum, participant):
    # options_shown moves the best option round the positions, so somewhere it is not first:
    # a page that printed the written order would fail here.
    moved = 0
    for clause in curriculum.clauses.values():
        text = chunks(_clause_page(participant, clause))
        for scenario in clause.content.scenarios:
            shown = [o.text for o in curriculum.options_shown(scenario.id)]
            found = sorted(shown, key=lambda t: text.index(t))
            assert found == shown, scenario.id
            moved += shown != [o.text for o in scenario.options]
    assert moved


def test_the_participant_edition_holds_no_answer_key(curriculum, participant):
    everything = "\n".join(participant.values())
    text = "\n".join("\n".join(chunks(html)) for html in participant.values())
    assert "strongest" not in everything.lower()
    assert "answer key" not in everything.lower()
    assert "coach might ask" not in everything.lower()
    assert handouts.FACILITATOR_MARK not in everything
    assert "facilitator-" not in everything
    for clause in curriculum.clauses.values():
        for scenario in clause.content.scenarios:
            assert scenario.follow_up not in text, scenario.id
            for option in scenario.options:
                assert option.feedback not in text, option.id
                assert option.id not in everything, option.id  # ids carry the written order
    assert all(not name.startswith("facilitator") for name in participant)


def test_the_facilitator_edition_has_every_key(curriculum, facilitator):
    for clause in curriculum.clauses.values():
        text = chunks(_clause_page(facilitator, clause, True))
        for scenario in clause.content.scenarios:
            shown = _shown(curriculum, scenario)
            best = next(label for label, o in shown if o.best)
            key = text.index(f"Answer key: {best} is the strongest choice.",
                             text.index(scenario.situation))
            for label, option in shown:
                at = text.index(option.feedback, key)
                assert text[at - 1] == label, option.id
            assert scenario.follow_up in text


def test_every_facilitator_page_says_so_at_the_top(curriculum, facilitator):
    assert all(name.startswith("facilitator-") for name in facilitator)
    for name, html in facilitator.items():
        assert chunks(html)[0] == handouts.FACILITATOR_MARK, name
        assert handouts.FACILITATOR_MARK in re.search(r"<title>(.*?)</title>", html).group(1)
    # in the all-in-one file each clause starts on its own sheet and carries the mark again
    assert facilitator["facilitator-all-clauses.html"].count(
        f"<p class='mark'>{handouts.FACILITATOR_MARK}</p>") == len(curriculum.clauses)


@pytest.mark.parametrize("edition", [False, True])
def test_the_pages_are_self_contained_and_print_a_clause_per_sheet(curriculum, edition):
    pages = handouts.pages(curriculum, facilitator=edition)
    for name, html in pages.items():
        assert not re.search(r"https?://", html), name
        for forbidden in ("<script", "<link", "<img", "<iframe", "src=", "@import", "url("):
            assert forbidden not in html.lower(), (name, forbidden)
        for target in re.findall(r"href='([^']*)'", html):
            assert target in pages, (name, target)  # links only to the other handout files
    assert "break-before: page" in handouts.CSS and "@page" in handouts.CSS
    assert re.search(r"\.clause \+ \.clause \{[^}]*break-before: page", handouts.CSS)
    index = pages[("facilitator-" if edition else "") + "index.html"]
    for clause in curriculum.clauses.values():
        assert f"href='{('facilitator-' if edition else '')}clause-{clause.letter}-" in index


def test_a_truncated_clause_shows_its_note(curriculum):
    clause = curriculum.clauses["h"]
    cut = clause.standard.model_copy(update={
        "text": clause.standard.text.rstrip(".") + " and so", "truncated": True,
        "note": "The source page stops here, mid-sentence."})
    section = handouts._clause_section(curriculum, Clause(cut, clause.content, clause.edition),
                                       False)
    text = chunks(section)
    assert cut.text in text
    assert "The source page stops here, mid-sentence." in text
    assert "&hellip;" in section
    uncut = chunks(handouts._clause_section(curriculum, clause, False))
    assert "The source page stops here, mid-sentence." not in uncut


@pytest.mark.parametrize("edition", [False, True])
def test_files_are_private_and_complete(curriculum, tmp_path, edition):
    written = handouts.write(curriculum, tmp_path / "out", facilitator=edition)
    expected = handouts.pages(curriculum, facilitator=edition)
    assert sorted(p.name for p in written) == sorted(expected)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(expected)
    for path in written:
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.read_text(encoding="utf-8") == expected[path.name]


def test_both_editions_can_share_a_folder(curriculum, tmp_path):
    first = handouts.write(curriculum, tmp_path)
    second = handouts.write(curriculum, tmp_path, facilitator=True)
    assert not {p.name for p in first} & {p.name for p in second}


def test_overwriting_is_refused_and_nothing_is_written(curriculum, tmp_path):
    (tmp_path / "clause-m-electronic-transmission.html").write_text("my notes")
    with pytest.raises(CocoError, match="Nothing was written.*clause-m-electronic-transmission"
                       r"\.html.*never replace"):
        handouts.write(curriculum, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["clause-m-electronic-transmission.html"]
    assert (tmp_path / "clause-m-electronic-transmission.html").read_text() == "my notes"


def test_a_second_run_is_refused_and_leaves_the_first_untouched(curriculum, tmp_path):
    written = handouts.write(curriculum, tmp_path)
    before = {p.name: p.read_bytes() for p in written}
    with pytest.raises(CocoError, match="Nothing was written"):
        handouts.write(curriculum, tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_link_in_the_way_is_refused(curriculum, tmp_path):
    (tmp_path / "index.html").symlink_to(tmp_path / "elsewhere.html")  # dangling
    with pytest.raises(CocoError, match="Nothing was written"):
        handouts.write(curriculum, tmp_path)
    assert not (tmp_path / "elsewhere.html").exists()


def test_a_full_disk_part_way_leaves_nothing_half_written(curriculum, tmp_path, monkeypatch):
    from toolkit import store

    real, calls = store.write_private, []

    def fill_up(path, data, exclusive=False):
        calls.append(path)
        if len(calls) == 4:
            path.write_bytes(data[: len(data) // 2])  # the disk fills in the middle of a file
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, data, exclusive=exclusive)

    monkeypatch.setattr(store, "write_private", fill_up)
    folder = tmp_path / "new"
    with pytest.raises(CocoError, match="Nothing was written.*No space left on device"):
        handouts.write(curriculum, folder)
    assert not folder.exists()  # it made the folder, so it took it away again
    kept = tmp_path / "kept"
    kept.mkdir()
    calls.clear()
    with pytest.raises(CocoError):
        handouts.write(curriculum, kept)
    assert kept.is_dir() and not list(kept.iterdir())


def test_run_writes_into_handouts_here_by_default(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert handouts.run(argparse.Namespace(out=None, facilitator=False)) == 0
    assert (tmp_path / "handouts" / "index.html").stat().st_mode & 0o777 == 0o600
    assert "participant edition" in capsys.readouterr().out
    assert handouts.run(argparse.Namespace(out=None, facilitator=True)) == 0
    assert (tmp_path / "handouts-facilitator" / "facilitator-index.html").is_file()
    assert "answer keys" in capsys.readouterr().out
    with pytest.raises(CocoError, match="Nothing was written"):
        handouts.run(argparse.Namespace(out=None, facilitator=False))
