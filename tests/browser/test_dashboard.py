"""A facilitator opens the group's results over 30 exports in a real JupyterLab and sees charts.

The dashboard notebook comes from the facilitator edition (participants' working copies never
hold it); the facilitator types the exports folder into the page and presses Refresh.
"""

from __future__ import annotations

import importlib.util
import json

import pytest
from jupyter_page import (PANEL, REPO, off_machine, open_notebook, record_requests, run_all,
                          text_of)

from toolkit.editions import facilitator_edition
from toolkit.standards import load

pytestmark = pytest.mark.browser
NOTEBOOK = "facilitator/dashboard.ipynb"
EXPORTS = 30


def _bench_collect():
    """bench/collect.py writes valid exports quickly: the same generator serves this test."""
    spec = importlib.util.spec_from_file_location("bench_collect", REPO / "bench" / "collect.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def exports(tmp_path):
    folder = tmp_path / "collect"
    folder.mkdir()
    _bench_collect().write_exports(folder, EXPORTS, load(), seed=7)
    assert len(list(folder.glob("*.json"))) == EXPORTS
    return folder


def test_the_dashboard_shows_the_groups_charts_without_naming_anyone(page, lab, exports,
                                                                     tmp_path):
    import nbformat

    source = nbformat.read(REPO / "notebooks" / NOTEBOOK, as_version=4)
    target = lab.root / NOTEBOOK
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(facilitator_edition(source), target)
    pseudonyms = [json.loads(p.read_text(encoding="utf-8"))["participant"]
                  for p in exports.glob("*.json")]
    requested = record_requests(page)
    try:
        open_notebook(page, lab, NOTEBOOK)
        run_all(page, f"{PANEL} .coco-dashboard")
        box = page.locator(f"{PANEL} .coco-dashboard input[type=text]").first
        box.fill(str(exports))
        box.press("Tab")  # the text's own change reaches the kernel before the click
        page.wait_for_timeout(500)
        page.locator(f"{PANEL} .coco-dashboard button", has_text="Refresh").first.click()
        charts = page.locator(f"{PANEL} .coco-dashboard .coco-chart img")
        charts.first.wait_for(timeout=90_000)
        assert charts.count() >= 2
        alts = [charts.nth(i).get_attribute("alt") or "" for i in range(charts.count())]
        assert all(len(alt) > 20 for alt in alts), alts
        loaded = page.evaluate("(imgs) => imgs.every(i => i.complete && i.naturalWidth > 0)",
                               charts.element_handles())
        assert loaded
        shown = text_of(page.locator(f"{PANEL} .coco-dashboard").first)
        assert str(EXPORTS) in shown
        assert not [p for p in pseudonyms if p in shown]
        assert not [p for p in pseudonyms if any(p in alt for alt in alts)]
        page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
        assert off_machine(requested) == set(), off_machine(requested)
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        print(f"screenshot: {tmp_path / 'failure.png'}")
        raise
