"""axe-core finds no serious or critical accessibility problem in Coco's widgets.

A clause notebook (``COCO_BROWSER_CLAUSE``, default "i") is run, and every output area of the
visible panel is audited with axe-core from the npm registry: first as Run All leaves it, then
with feedback, a revealed answer, and privacy findings on screen. Violations of impact
"serious" or "critical" whose nodes lie inside Coco's widgets fail the test; those in
JupyterLab's own chrome around them are printed, not failed.

Two things keep the audit honest in JupyterLab. Cells off screen are not rendered
(``content-visibility: auto``) and axe skips what is scrolled out of the notebook, so each
output is scrolled into view, slice by slice, before it is audited. And JupyterLab's <body>
is 0 px high with ``overflow: hidden``, which axe takes as clipping everything inside the
notebook (it then skips colour contrast without a word): the test gives <html> and <body>
their full height, which changes nothing on screen. Each Coco widget must have had its colour
contrast checked, so an audit that silently examined nothing fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from jupyter_page import (
    PANEL,
    clause_data,
    notebook_for,
    open_notebook,
    option,
    run_all,
)
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

LETTER = os.environ.get("COCO_BROWSER_CLAUSE", "i").strip().lower()
WAIT_MS = 30_000
COCO = (".coco-answer, .coco-checklist, .coco-scenario, .coco-reflections, .coco-coaching, "
        ".coco-progress, .coco-card, .coco-your-work, .coco-action-plan, .coco-takeaway, "
        ".coco-answers-panel")
FAILING = ("serious", "critical")

# Audit one output area: scroll it into view (slice by slice when taller than the notebook's
# viewport), run axe on it, and say for each violating node whether it is inside Coco's widgets.
AUDIT = """async (el, [coco, ms]) => {
  const deadline = Date.now() + ms;
  const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const scroller = el.closest('.jp-WindowedPanel-outer');
  el.scrollIntoView({block: 'start'});
  await frame();
  const found = [], checked = new Set();
  while (true) {
    if (Date.now() > deadline) throw new Error(`axe audit took more than ${ms} ms`);
    const r = await axe.run(el, {elementRef: true, resultTypes: ['violations']});
    for (const kind of ['passes', 'violations', 'incomplete']) {
      for (const rule of r[kind]) checked.add(rule.id);
    }
    for (const v of r.violations) {
      for (const n of v.nodes) {
        found.push({rule: v.id, impact: n.impact || v.impact, help: v.help, url: v.helpUrl,
                    target: n.target.join(' >>> '), html: n.html.slice(0, 300),
                    summary: (n.failureSummary || '').replace(/\\s+/g, ' '),
                    coco: !!(n.element && n.element.closest(coco))});
      }
    }
    const below = el.getBoundingClientRect().bottom - scroller.getBoundingClientRect().bottom;
    if (below <= 1) break;
    const top = scroller.scrollTop;
    scroller.scrollTop += Math.max(100, scroller.clientHeight - 60);
    await frame();
    if (scroller.scrollTop === top) break;
  }
  return {found, checked: [...checked], coco: !!(el.matches(coco) || el.querySelector(coco))};
}"""


@pytest.fixture(scope="session")
def axe_script(tmp_path_factory) -> Path:
    """axe-core 4 from the npm registry, installed once per session into a temporary folder."""
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail("The accessibility test needs npm (Node.js) to install axe-core from the "
                    "npm registry: on Debian, `apt-get install nodejs npm`.")
    prefix = tmp_path_factory.mktemp("axe-core")
    command = [npm, "install", "--no-save", "--no-audit", "--no-fund", "--no-package-lock",
               "--prefix", str(prefix), "axe-core@4"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"`{' '.join(command)}` did not finish in 180 s (no access to the npm "
                    "registry?)")
    script = prefix / "node_modules" / "axe-core" / "axe.min.js"
    if done.returncode != 0 or not script.is_file():
        pytest.fail(f"`{' '.join(command)}` failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return script


def _audit(page, state: str) -> list[dict]:
    """Every output area of the visible panel; fails if a Coco widget was not really examined."""
    outputs = page.locator(f"{PANEL} .jp-OutputArea-output")
    assert outputs.count() > 0
    found = []
    for i in range(outputs.count()):
        result = outputs.nth(i).evaluate(AUDIT, [COCO, 60_000])
        if result["coco"]:
            assert "color-contrast" in result["checked"], (
                f"{state}: axe did not check the colour contrast of output {i}: the audit "
                f"examined nothing visible ({sorted(result['checked'])})")
        found += [dict(v, state=state) for v in result["found"]]
    return found


def _report(violations: list[dict]) -> str:
    seen, lines = set(), []
    for v in violations:
        key = (v["rule"], v["target"])
        if key in seen:
            continue
        seen.add(key)
        lines.append(f"- [{v['impact']}] {v['rule']} ({v['state']}): {v['help']} <{v['url']}>\n"
                     f"  at {v['target']}\n  {v['html']}\n  {v['summary']}")
    return "\n".join(lines)


def _clause_states(page, data):
    """Feedback on a wrong answer, a revealed answer, privacy findings with their button."""
    scenarios = page.locator(f"{PANEL} .coco-scenario")
    for index, spec in enumerate(data["scenarios"][:2]):
        # the first answered wrongly (feedback, "try another"), the second rightly (reveal)
        chosen = next(o for o in spec["options"] if bool(o.get("best")) == bool(index))
        scenario = scenarios.nth(index)
        option(scenario, chosen["text"]).click()
        scenario.locator(".coco-check-answer").click()
        expect(scenario.locator(".coco-feedback")).to_have_count(1, timeout=WAIT_MS)
    expect(page.locator(f"{PANEL} .coco-reveal").first).to_be_attached(timeout=WAIT_MS)
    _flag(page, f"{PANEL} .coco-reflections .coco-guarded-text")


def _plan_states(page, data):
    """Privacy findings in a commitment, and the takeaway written."""
    _flag(page, f"{PANEL} .coco-commitment")
    page.locator(f"{PANEL} .coco-write-takeaway").click()
    expect(page.locator(f"{PANEL} .coco-takeaway-written")).to_have_count(1, timeout=WAIT_MS)


def _flag(page, guarded: str):
    """Text the privacy guard flags (never saved): its findings and confirm button show."""
    area = page.locator(guarded).first
    area.locator("textarea").fill("I called Maria at 555-214-8890 about the visit.")
    expect(area.locator(".coco-findings")).to_have_count(1, timeout=WAIT_MS)
    expect(area.locator(".coco-confirm")).to_be_visible()


NOTEBOOKS = {
    # what to open, what shows once Run All is done, how to show the other states
    "clause": (lambda lab: notebook_for(lab, LETTER), ".coco-progress", _clause_states),
    "action-plan": (lambda lab: "11-action-plan.ipynb", ".coco-takeaway", _plan_states),
}


@pytest.mark.parametrize("which", list(NOTEBOOKS))
def test_coco_widgets_have_no_serious_accessibility_violations(page, lab, axe_script, tmp_path,
                                                               which):
    data = clause_data(LETTER)
    name, ready, other_states = NOTEBOOKS[which]
    notebook = name(lab)
    page.set_viewport_size({"width": 1280, "height": 1100})
    try:
        open_notebook(page, lab, notebook)
        run_all(page, f"{PANEL} {ready}")
        page.add_script_tag(path=str(axe_script))
        page.add_style_tag(content="html, body { height: 100%; }")
        violations = _audit(page, "after Run All")
        other_states(page, data)
        violations += _audit(page, "with feedback and findings")

        failing = [v for v in violations if v["impact"] in FAILING and v["coco"]]
        others = [v for v in violations if v not in failing]
        if others:
            print("axe-core, not failing (minor/moderate, or outside Coco's widgets):\n"
                  + _report(others))
        assert not failing, (f"axe-core: serious or critical violations in Coco's widgets "
                             f"({notebook}):\n{_report(failing)}")
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        print(f"screenshot: {tmp_path / 'failure.png'}")
        raise
