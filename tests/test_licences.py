"""No GPL-family package in a participant's install: every runtime dependency's licence, read
from its installed metadata, is listed and checked.

"Runtime" is everything ``pip install coco-toolkit`` brings, extras left out: the requirements
of coco-toolkit, and theirs, followed through the installed packages' metadata."""

from __future__ import annotations

import re
from importlib import metadata

import pytest
from packaging.requirements import Requirement

GPL_FAMILY = re.compile(r"\b(?:A|L)?GPL|GNU (?:Affero |Lesser |Library )?General Public",
                        re.IGNORECASE)


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def runtime_closure(root: str = "coco-toolkit") -> dict[str, metadata.Distribution]:
    found: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = _name(todo.pop())
        if name in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python, not installed here
        found[name] = dist
        for spec in dist.requires or []:
            requirement = Requirement(spec)
            if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
                continue  # an extra's requirement, or another platform's
            todo.append(requirement.name)
    return found


def licence_of(dist: metadata.Distribution) -> str:
    """What the package says of its licence: the SPDX expression, the License field (its first
    line: some put the whole text there) and the licence classifiers."""
    meta = dist.metadata
    parts = [meta.get("License-Expression") or "",
             (meta.get("License") or "").strip().splitlines()[0] if meta.get("License") else ""]
    parts += [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
              if c.startswith("License ::")]
    return "; ".join(p for p in dict.fromkeys(parts) if p) or "unknown"


def test_the_closure_is_read_from_installed_metadata():
    closure = runtime_closure()
    assert {"coco-toolkit", "pydantic", "ipywidgets", "pandas", "orjson"} <= set(closure)
    assert "pytest" not in closure  # the test extra is no runtime dependency


def test_no_runtime_dependency_is_gpl_family():
    listed = {name: licence_of(dist) for name, dist in sorted(runtime_closure().items())}
    print("\n".join(f"{name}: {text}" for name, text in listed.items()))
    gpl = {name: text for name, text in listed.items() if GPL_FAMILY.search(text)}
    assert not gpl, f"GPL-family licences in a participant's install: {gpl}"


@pytest.mark.parametrize("text, gpl", [
    ("GPL-3.0-or-later", True), ("GPLv3", True), ("GNU Lesser General Public License v3 (LGPLv3)", True),
    ("LGPL-2.1", True), ("AGPL-3.0", True), ("MIT", False), ("BSD-3-Clause", False),
    ("Apache-2.0 OR MIT", False), ("Python Software Foundation License", False)])
def test_the_check_knows_the_gpl_family_by_its_names(text, gpl):
    assert bool(GPL_FAMILY.search(text)) is gpl
