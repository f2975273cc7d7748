"""Reading one YAML file under ``data/`` safely, and saying plainly what is wrong with it.

Facilitators edit these files by hand, so every way a file can be unreadable (missing, empty,
not UTF-8, not YAML, too large, a repeated key) becomes a ``Problem`` naming the file, the
clause and the field, with a way to mend it. Nothing here ever writes to a data file.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .problems import Problem

MAX_BYTES = 512 * 1024  # our largest clause file is ~12 kB; this is room to grow, not a limit to hit


class _UniqueKeyLoader(yaml.SafeLoader):
    """Refuses repeated keys and aliases, which PyYAML would otherwise accept silently."""

    def construct_mapping(self, node, deep=False):
        seen = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise _FileProblem(f"line {key_node.start_mark.line + 1}: the key '{key}' appears "
                                   f"twice in one block (first on line {seen[key] + 1})",
                                   "keep one of the two lines and delete the other", str(key))
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise _FileProblem(f"line {event.start_mark.line + 1}: uses a YAML alias (*name)",
                               "write the text out in full instead of using & and *", "(whole file)")
        return super().compose_node(parent, index)


class _FileProblem(Exception):
    def __init__(self, what, mend, field="(whole file)"):
        super().__init__(what)
        self.what, self.mend, self.field = what, mend, field


def display_name(path: Path, data_dir: Path) -> str:
    """A path as a facilitator recognises it, relative to the folder above ``data/``."""
    try:
        return path.resolve().relative_to(data_dir.resolve().parent).as_posix()
    except ValueError:
        return path.name


def read_yaml(path: Path, data_dir: Path, clause: str) -> tuple[object | None, list[Problem]]:
    """The parsed content of ``path``, or ``None`` and the problems that stopped it."""
    name = display_name(path, data_dir)

    def problem(what, mend, field="(whole file)"):
        return None, [Problem(name, clause, field, what, mend)]

    if path.is_dir():
        return problem("this is a folder, not a file",
                       f"remove the folder and restore {name} from the Coco download or git")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return problem("the file is missing", f"restore {name} from the Coco download or git")
    except OSError as exc:
        return problem(f"the file cannot be read ({exc.strerror})", "check the file's permissions")
    if size > MAX_BYTES:
        return problem(f"the file is {size / 1024 / 1024:.1f} MB, far larger than any curriculum "
                       f"file (the limit is {MAX_BYTES // 1024} kB)",
                       "check that the right file was saved here; restore it from git if not")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return problem(f"the file cannot be read ({exc.strerror})", "check the file's permissions")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return problem(f"line {line} holds bytes that are not UTF-8 text",
                       "save the file as UTF-8 in your editor (\"Save with encoding\" > UTF-8)")
    if not text.strip():
        return problem("the file is empty", f"restore {name} from the Coco download or git")
    if "\x00" in text:
        return problem("the file holds NUL characters, so it is not a text file",
                       f"restore {name} from the Coco download or git")
    try:
        content = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except _FileProblem as exc:
        return problem(exc.what, exc.mend, exc.field)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        return problem(f"{where}this is not valid YAML ({exc.problem or exc.context})",
                       "check the indentation and that text with a colon (:) is inside quotes "
                       "or after '>-' on its own line")
    except yaml.YAMLError as exc:
        return problem(f"this is not valid YAML ({exc})", "check the file's layout against "
                       "data/README.md")
    except RecursionError:
        return problem("the file is nested too deeply to be curriculum content",
                       f"restore {name} from the Coco download or git")
    if not isinstance(content, dict):
        return problem("the file should hold named fields (key: value lines) at the top, "
                       f"but holds {type(content).__name__}",
                       "compare its layout with data/README.md")
    return content, []
