"""The private folder Voilà serves from: an edition of the notebooks and Coco's templates.

Voilà finds templates only under a Jupyter data folder (``<path>/voila/templates/<name>``) and
serves a template's files only from its ``static/`` folder, so each start copies our templates,
with the vendored files in their ``static/vendor/``, into a folder of its own and names it in
``JUPYTER_PATH``. The folder is private (0700): the facilitator edition in it holds the answer
keys. It is deleted when the server stops.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

SLIDES = "coco-reveal"  # reveal.js slides with speaker notes, for the facilitator
PAGES = "coco-lab"  # one page per notebook without code, for participants
EDITIONS = ("facilitator", "participant")


@dataclass(frozen=True)
class Site:
    folder: Path
    notebooks: Path  # Voilà's root: the served edition
    jupyter_path: Path  # holds voila/templates/<our templates>

    def template(self, name: str) -> Path:
        return self.jupyter_path / "voila" / "templates" / name


def new_site(edition: str, source: Path | None = None, parent: Path | None = None) -> Site:
    """A fresh private folder holding ``edition`` of the notebooks in ``source`` and our templates."""
    folder = Path(tempfile.mkdtemp(prefix=f"coco-{edition}-", dir=parent))  # mode 0700
    site = Site(folder, folder / "notebooks", folder / "jupyter")
    write_edition(edition, site.notebooks, source)
    for name in (SLIDES, PAGES):
        install_template(name, site.template(name))
    return site


def remove_site(site: Site) -> None:
    shutil.rmtree(site.folder, ignore_errors=True)


def write_edition(edition: str, target: Path, source: Path | None = None) -> list[Path]:
    """Write ``edition`` ("facilitator" or "participant") of every notebook into ``target``.

    The participant edition leaves out the facilitator's notebooks and cells
    (``toolkit.editions``). In Voilà a notebook runs by itself as it opens, so the line asking
    participants to choose Run All Cells is left out of both.
    """
    import nbformat

    from ..editions import facilitator_edition, is_facilitator_only, participant_edition
    from ..locations import notebooks_dir

    if edition not in EDITIONS:
        raise ValueError(f"unknown edition {edition!r}: choose one of {EDITIONS}")
    source = Path(source or notebooks_dir())
    make = facilitator_edition if edition == "facilitator" else participant_edition
    written = []
    for path in sorted(source.rglob("*.ipynb")):
        relative = path.relative_to(source)
        if ".ipynb_checkpoints" in relative.parts:
            continue
        if edition == "participant" and is_facilitator_only(relative):
            continue
        nb = without_run_all_line(make(nbformat.read(path, as_version=4)))
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, destination)
        written.append(destination)
    return written


def without_run_all_line(nb):
    from ..notebooks import START_LINE

    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.startswith(START_LINE):
            cell.source = cell.source[len(START_LINE):].lstrip("\n")
    return nb


def install_template(name: str, target: Path) -> None:
    """Copy template ``name``, the files all our templates share (``templates/shared/``) and
    the vendored files (into its ``static/vendor/``) to ``target``."""
    package = files("toolkit.present")
    _copy(package / "templates" / name, target)
    _copy(package / "templates" / "shared", target)
    _copy(package / "vendor", target / "static" / "vendor")


def _copy(source, target: Path) -> None:
    """Copy a package folder (an ``importlib.resources`` Traversable, so a zipped install works)."""
    target.mkdir(parents=True, exist_ok=True)
    for entry in source.iterdir():
        if entry.is_dir():
            if entry.name != "__pycache__":
                _copy(entry, target / entry.name)
        else:
            (target / entry.name).write_bytes(entry.read_bytes())
