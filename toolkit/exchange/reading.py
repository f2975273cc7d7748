"""Reading exports back, for the facilitator: validated, checked against their digest, as pandas.

Every problem is a ``ExportFileError`` naming the file and saying what is wrong with it, so a
facilitator can set that file aside and ask the participant for a fresh export.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import hmac
import json
import os
import stat
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import orjson
from pydantic import ValidationError

from ..answers import COMMITMENT
from ..errors import CocoError
from .schema import (DIGEST_FIELD, FORMAT_NAME, FORMAT_VERSION, MAX_BYTES, Export, digest,
                     plain_error)

COLUMNS = ["participant", "section", "item_id", "kind", "value", "first_value", "saved_at",
           "exported_at", "file"]


class ExportFileError(CocoError):
    """One export file that cannot be used; the message starts with the file's path."""

    def __init__(self, path, problem: str):
        self.path, self.problem = Path(path), problem
        super().__init__(f"{path}: {problem}")

    def __reduce__(self):  # travels back from a helper process (``workers``) whole
        return type(self), (self.path, self.problem)


class ExchangeWarning(UserWarning):
    """Something a facilitator should know that does not stop the import."""


def read_export(path: str | os.PathLike) -> Export:
    """One export file, validated; raise ``ExportFileError`` if it is malformed or was changed.

    The SHA-256 digest shows that nothing was edited or lost since the export. It does not show
    who made the file: anyone can change one and recompute the digest (see ``schema``)."""
    path = Path(path)
    data = _read_bytes(path)
    content, digested = _as_written(data)
    if content is None:  # edited, re-saved by another program, or broken: read with care
        content, digested = _parse(path, _decode(path, data)), None
    if not isinstance(content, dict):
        raise ExportFileError(path, "is not a Coco export (it holds JSON, but not an object "
                              "with named fields).")
    if content.get("format") != FORMAT_NAME:
        found = content.get("format")
        why = "has no \"format\" field" if found is None else f"says its format is {found!r}"
        raise ExportFileError(path, f"is not a Coco export: it {why}, not {FORMAT_NAME!r}.")
    version = content.get("version")
    if type(version) is not int or version < 1:
        raise ExportFileError(path, f"has no valid format version (found {version!r}).")
    if version > FORMAT_VERSION:
        raise ExportFileError(path, f"was written by a newer Coco (export format version "
                              f"{version}; this Coco reads versions up to {FORMAT_VERSION}). "
                              "Update Coco to read it.")
    stated = content.get(DIGEST_FIELD)
    if not isinstance(stated, str):
        raise ExportFileError(path, f"has no SHA-256 digest (\"{DIGEST_FIELD}\"), so Coco cannot "
                              "tell whether it was changed. Ask the participant to export again.")
    if digested is None or not hmac.compare_digest(digested, stated):
        try:
            digested = digest(content)  # the definition; the fast one may differ on odd input
        except ValueError:
            digested = ""
    if not hmac.compare_digest(digested, stated):
        raise ExportFileError(path, "was changed after it was exported: its content no longer "
                              "matches its SHA-256 digest. Ask the participant to export again.")
    try:
        return Export.model_validate(content)
    except ValidationError as exc:
        raise ExportFileError(path, "is not a valid Coco export: "
                              + _plain_errors(exc, content)) from None


def _as_written(data: bytes) -> tuple[object, str | None]:
    """The file's content and digest, fast, if the file is exactly as ``export`` wrote it.

    ``export`` writes ``json.dumps(content, indent=2, ensure_ascii=False)``; orjson writes the
    same bytes from the same content about twenty times faster, and parses and digests a file
    several times faster than the standard library (bench/collect.py). A file that orjson
    cannot parse, or that it would not write back byte for byte, gives ``(None, None)`` and is
    read by ``_parse``, which says what is wrong. Writing back byte for byte also proves that
    no field name is repeated (a dict cannot hold one twice), which ``_parse`` checks by hand.
    The digest is only a candidate: ``read_export`` computes the defined one when they differ."""
    try:
        content = orjson.loads(data)
        if orjson.dumps(content, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE) != data:
            return None, None
        if not isinstance(content, dict):
            return content, None
        body = {k: v for k, v in content.items() if k != DIGEST_FIELD}
        return content, hashlib.sha256(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)
                                       ).hexdigest()
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):
        return None, None


def _read_bytes(path: Path) -> bytes:
    # One open and one fstat: a folder of 10,000 exports pays this 10,000 times.
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise ExportFileError(path, "does not exist.") from None
    except OSError as exc:  # a folder: IsADirectoryError, or PermissionError on Windows
        if path.is_dir():
            raise ExportFileError(path, "is a folder, not an export file.") from None
        raise ExportFileError(path, f"cannot be read ({exc.strerror or exc}).") from None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise ExportFileError(path, "is a folder, not an export file.")
        if info.st_size > MAX_BYTES:
            raise ExportFileError(path, _too_big(info.st_size))
        # Read what fstat() promised plus one byte, then to the end if the file grew since:
        # asking for MAX_BYTES at once would allocate 5 MB for every 20 KB export.
        data = os.read(descriptor, info.st_size + 1)
        while len(data) <= MAX_BYTES:
            more = os.read(descriptor, MAX_BYTES + 1 - len(data))
            if not more:
                break
            data += more
    except OSError as exc:
        raise ExportFileError(path, f"cannot be read ({exc.strerror or exc}).") from None
    finally:
        os.close(descriptor)
    if len(data) > MAX_BYTES:
        raise ExportFileError(path, _too_big(len(data)))
    if not data.strip():
        raise ExportFileError(path, "is empty.")
    return data


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExportFileError(path, f"is not UTF-8 text (byte {exc.start + 1} cannot be read); "
                              "it is not a Coco export, or it was damaged.") from None


def _too_big(size: int) -> str:
    return (f"is {size / 1024 / 1024:.1f} MB, more than a Coco export can be "
            f"({MAX_BYTES // 1024 // 1024} MB); it is not an export, or it was damaged.")


def _parse(path: Path, text: str):
    def no_repeats(pairs):
        # Called for every JSON object in the file, so kept to one dict and one comparison.
        fields = dict(pairs)
        if len(fields) != len(pairs):
            raise ExportFileError(path, "repeats a field name; it was not written by Coco.")
        return fields

    def no_constants(name):
        raise ExportFileError(path, f"holds {name}, which Coco never writes.")

    try:
        return json.loads(text, object_pairs_hook=no_repeats, parse_constant=no_constants)
    except json.JSONDecodeError as exc:
        body = text.strip()
        if exc.pos >= len(body) or (body.startswith("{") and not body.endswith("}")):
            raise ExportFileError(path, "is cut short: its JSON ends before it is complete "
                                  "(was it copied only in part?).") from None
        raise ExportFileError(path, f"is not valid JSON (line {exc.lineno}, column "
                              f"{exc.colno}: {exc.msg}).") from None
    except RecursionError:
        raise ExportFileError(path, "is nested too deeply to be a Coco export.") from None


def _plain_errors(exc: ValidationError, content: dict) -> str:
    answers = content.get("answers") if isinstance(content.get("answers"), list) else []
    seen, parts = set(), []
    for error in exc.errors(include_url=False):
        loc, message = plain_error(error)
        where = ".".join(str(p) for p in loc) or "the file"
        if loc[:1] == ["answers"] and len(loc) > 1 and isinstance(loc[1], int):
            item = answers[loc[1]] if loc[1] < len(answers) else None
            name = item.get("item_id") if isinstance(item, dict) else None
            where = f"answer {loc[1] + 1}" + (f" ({name})" if isinstance(name, str) else "")
            if len(loc) > 2 and isinstance(loc[2], str):
                where += f", field {loc[2]}"
        if where not in seen:
            seen.add(where)
            parts.append(f"{where}: {message}")
    return "; ".join(parts[:3]) + (f" (and {len(parts) - 3} more)" if len(parts) > 3 else "")


def _expand(paths: Iterable) -> list[Path]:
    """Files as given; a folder (such as the collect folder) stands for its ``*.json`` files
    and those of its subfolders one level down: on Kubernetes each participant writes into a
    folder of their own (deploy/jupyterhub/GUIDE.md). Hidden folders are left out."""
    found = []
    for given in [paths] if isinstance(paths, (str, os.PathLike)) else paths:
        path = Path(given).expanduser()
        if path.is_dir():
            found += sorted(path.glob("*.json"))
            found += sorted(f for f in path.glob("*/*.json") if not f.parent.name.startswith("."))
        else:
            found.append(path)
    return found


@dataclass(frozen=True)
class Skipped:
    """A file left out of the group's results, and why, in words a facilitator can act on.

    Prints as ``"<path>: <reason>"``, the shape of an ``ExportFileError`` message. The reason
    never names a participant: the pseudonym stays inside the files."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


# (path, inode, size, mtime, ctime) -> (participant, exported_at, what was kept), or the
# ExportFileError the file raised. One cache serves one ``keep``.
ReadCache = dict


def collect_exports(paths, cache: ReadCache | None = None, keep=None
                    ) -> tuple[list[tuple[Path, object]], list[Skipped], list[Skipped]]:
    """Read every file: (usable exports, duplicates left out, files that cannot be used).

    A participant found in several files counts once, from the latest export; the others are
    "duplicates left out", with the file that was used. ``cache`` (a dict kept between calls)
    remembers each file's outcome by its inode, size and times, so the dashboard's Refresh
    reads only files that are new or changed. ``keep`` turns each valid ``Export`` into what
    the caller holds on to, in the result and the cache (default: the ``Export`` itself); the
    facilitator keeps a small summary, so 10,000 exports need not all sit in memory at once.
    Thousands of new files are read on every core (``workers``)."""
    from .workers import read_all

    files = _expand(paths)
    keys = [_cache_key(path) for path in files] if cache is not None else [None] * len(files)
    unread = [path for path, key in zip(files, keys) if key is None or key not in cache]
    with gc_paused():
        fresh = dict(zip(unread, read_all(unread, keep, read_outcome)))
        latest: dict[str, tuple[Path, object, object]] = {}
        duplicates, problems = [], []
        for path, key in zip(files, keys):
            if path in fresh:
                found = fresh[path]
                if key is not None:
                    cache[key] = found
            else:
                found = cache[key]
            if isinstance(found, ExportFileError):
                problems.append(Skipped(found.path, found.problem))
                continue
            participant, exported_at, kept = found
            earlier = latest.get(participant)
            if earlier is None:
                latest[participant] = (path, kept, exported_at)
                continue
            keep_it, drop = sorted([earlier, (path, kept, exported_at)],
                                   key=lambda entry: entry[2])[::-1]
            latest[participant] = keep_it
            duplicates.append(Skipped(drop[0], f"comes from the same participant as "
                                               f"{keep_it[0].name}, which is a later export; "
                                               f"only {keep_it[0].name} is counted."))
    if cache is not None:
        for gone in set(cache) - set(keys):  # files deleted or changed since: forget them
            del cache[gone]
    return [(path, kept) for path, kept, _ in latest.values()], duplicates, problems


@contextlib.contextmanager
def gc_paused():
    """Hold off Python's cycle collector while reading makes many small, acyclic objects.

    Each export adds a few hundred objects that live on; every full collection walks all of
    them again, so with the collector on, 10,000 exports took markedly more than ten times as
    long as 1,000 (bench/collect.py). Reference counting still frees what is dropped at once;
    the rare cycle (a caught exception's traceback) waits for the collector, which is switched
    back on (if it was on) when reading ends."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _cache_key(path: Path):
    """(path, inode, size, mtime, ctime): a file changed in place gets a new key; None when
    the file cannot even be looked at (then it is read, and ``read_export`` says why)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return (str(path), info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def read_outcome(path: Path, keep):
    """What reading one file gives: ``(participant, exported_at, keep(export))``, or the
    ``ExportFileError`` it raised (without its frames, as it may be cached for long)."""
    try:
        export = read_export(path)
    except ExportFileError as exc:
        return exc.with_traceback(None)
    return export.participant, export.exported_at, keep(export) if keep else export


def load_exports(paths, *, skip_invalid: bool = False):
    """Exports as a pandas DataFrame, one row per participant and answered item.

    Columns: ``COLUMNS``. A participant found in several files counts once, from the latest
    export, with an ``ExchangeWarning``. Files that cannot be used raise one ``CocoError``
    naming each of them, or only warn with ``skip_invalid=True``."""
    import pandas as pd

    exports, duplicates, problems = collect_exports(paths)
    if problems and not skip_invalid:
        raise CocoError("\n".join(map(str, problems)))
    for note in duplicates + problems:
        warnings.warn(str(note), ExchangeWarning, stacklevel=2)
    rows = [{"participant": export.participant, "section": answer["section"],
             "item_id": answer["item_id"], "kind": answer["kind"],
             "value": {k: v for k, v in answer["value"].items() if v is not None}
             if answer["kind"] == COMMITMENT.name else answer["value"],
             "first_value": answer.get("first_value"),
             "saved_at": answer["saved_at"], "exported_at": export.exported_at,
             "file": path.name}
            for path, export in exports for answer in export.answers]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for column in ("saved_at", "exported_at"):
        frame[column] = pd.to_datetime(frame[column], utc=True)
    return frame.sort_values(["participant", "section", "item_id"], ignore_index=True)
