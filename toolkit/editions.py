"""The participant and facilitator editions of the notebooks, made from one source by a command.

The committed notebooks hold everything; cells tagged ``facilitator`` (answer keys, talking
points, timing) are removed for participants by nbconvert's ``TagRemovePreprocessor``, never by
editing JSON by hand, so an answer key cannot slip through a copy that someone forgot to edit.
The facilitator's own notebooks (``notebooks/facilitator/``) are left out of the participant
edition altogether.
"""

from __future__ import annotations

from pathlib import Path

from .facilitator_notes import FACILITATOR_TAG

FACILITATOR_DIR = "facilitator"


def participant_edition(nb):
    """The notebook without its facilitator cells (``nb`` is not changed)."""
    import copy

    from nbconvert.preprocessors import TagRemovePreprocessor

    # enabled=True: nbconvert leaves preprocessors off unless told, and for --to notebook
    # nothing else switches this one on (notes/jupyter-stack.md).
    remover = TagRemovePreprocessor(enabled=True, remove_cell_tags={FACILITATOR_TAG})
    stripped, _ = remover.preprocess(copy.deepcopy(nb), {})
    stripped.metadata.setdefault("coco", {})["edition"] = "participant"
    return stripped


def facilitator_edition(nb):
    import copy

    full = copy.deepcopy(nb)
    full.metadata.setdefault("coco", {})["edition"] = "facilitator"
    return full


def is_facilitator_only(relative: Path) -> bool:
    return relative.parts[:1] == (FACILITATOR_DIR,)


def write_participant_copy(source: Path, target: Path) -> None:
    import nbformat

    nb = nbformat.read(source, as_version=4)
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(participant_edition(nb), target)


def build_editions(out_dir: Path, source_dir: Path | None = None) -> dict[str, list[Path]]:
    """Write ``out_dir/participant/`` and ``out_dir/facilitator/``; return the paths written.

    Refuses to write into an edition folder that already holds notebooks, so an edition given
    to participants is never silently replaced half-way through a workshop."""
    import nbformat

    from .errors import CocoError
    from .locations import notebooks_dir

    source_dir = Path(source_dir or notebooks_dir())
    out_dir = Path(out_dir)
    written: dict[str, list[Path]] = {"participant": [], "facilitator": []}
    for edition in written:
        folder = out_dir / edition
        if folder.exists() and any(folder.rglob("*.ipynb")):
            raise CocoError(f"{folder} already holds notebooks, and Coco never overwrites an "
                            "edition. Choose another folder with -o, or delete that one first.")
    for source in sorted(source_dir.rglob("*.ipynb")):
        relative = source.relative_to(source_dir)
        if ".ipynb_checkpoints" in relative.parts:
            continue
        nb = nbformat.read(source, as_version=4)
        if not is_facilitator_only(relative):
            target = out_dir / "participant" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(participant_edition(nb), target)
            written["participant"].append(target)
        target = out_dir / "facilitator" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(facilitator_edition(nb), target)
        written["facilitator"].append(target)
    return written
