"""The invented people of the curriculum's scenarios, whom a participant may name when writing.

A reflection about a scenario names its people ("I would have told Ama the same"); flagging
those would teach participants to ignore the guard. Only names the guard itself finds in a
scenario's situation are allowed, and only whole: "Ama" passes, "Ama Smith" does not.

Built from the curriculum the loader already validated and cached, once per curriculum, so a
kernel reads no YAML a second time; the privacy guard stays below the loader and knows none of it.
"""

from __future__ import annotations

import threading

_cache: dict[int, tuple[object, frozenset[str]]] = {}
_lock = threading.Lock()


def invented_names(curriculum=None) -> frozenset[str]:
    """Every name the privacy guard finds in a scenario's situation, for ``allowed_names``."""
    from .privacy import NAME, scan

    if curriculum is None:
        from .standards import load

        curriculum = load()
    with _lock:
        kept = _cache.get(id(curriculum))
        if kept is not None and kept[0] is curriculum:
            return kept[1]
    names = frozenset(f.text for name in ("welcome", *curriculum.clauses, "action-plan")
                      for s in curriculum.parts(name).scenarios
                      for f in scan(s.situation) if f.kind == NAME)
    with _lock:
        _cache[id(curriculum)] = (curriculum, names)
    return names


def allowed_names_or_none() -> frozenset[str]:
    """The names to allow when checking free text; none when the curriculum cannot be loaded.

    Exporting must work even with a broken data folder; allowing no names then errs on the
    side of flagging too much, never too little."""
    from .errors import CocoError

    try:
        return invented_names()
    except CocoError:
        return frozenset()
