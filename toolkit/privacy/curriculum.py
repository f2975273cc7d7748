"""The invented people of the curriculum's scenarios, whom participants may name in reflections.

Read with yaml directly, not through toolkit.standards: the privacy guard sits in the bottom
layer and must work even when the curriculum does not validate.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from .scanner import scan


def default_curriculum_dir() -> Path:
    """``$COCO_DATA/curriculum`` if COCO_DATA is set, else ``data/curriculum`` beside the package."""
    configured = os.environ.get("COCO_DATA")
    base = Path(configured).expanduser() if configured else Path(__file__).resolve().parents[2] / "data"
    return base / "curriculum"


def curriculum_names(folder: str | os.PathLike | None = None) -> frozenset[str]:
    """Every name the scanner finds in the `situation` of a scenario in folder/*.yaml.

    Pass the result as scan(text, allowed_names=...). A file that cannot be read is skipped:
    toolkit.standards reports broken files to the facilitator; here one only means fewer names
    are allowed, which errs on the safe side.
    """
    folder = Path(folder) if folder is not None else default_curriculum_dir()
    found = set()
    for path in sorted(folder.glob("*.yaml")):
        try:
            content = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        scenarios = content.get("scenarios") if isinstance(content, dict) else None
        for scenario in scenarios if isinstance(scenarios, list) else ():
            situation = scenario.get("situation") if isinstance(scenario, dict) else None
            if isinstance(situation, str):
                found.update(f.text for f in scan(situation) if f.kind == "name")
    return frozenset(found)
