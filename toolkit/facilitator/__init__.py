"""The facilitator's view of the group: tables, charts, the dashboard and the collect command.

It sits on top of the other modules: it reads exports through ``toolkit.exchange`` (which
knows the file format and nothing of what the answers add up to) and the curriculum through
``toolkit.standards``. No participant's pseudonym reaches a table, a chart or a file written
here, and any figure based on fewer than 3 participants is hidden (``results.FEWER``).

- ``results``: the tables, pure pandas functions of the exports (``group_results``, ``summary``);
- ``writing``: shared free text, scanned again before it is shown;
- ``charts``: the tables as SVG charts with a text alternative;
- ``dashboard``: the notebook widget with its Refresh button;
- ``collect``: ``python -m toolkit collect``.

Names are loaded on first use: the command line imports ``collect`` to build its parser and
must not pay for pandas or matplotlib then.
"""

from __future__ import annotations

__all__ = ["FEWER", "MIN_GROUP", "GroupResults", "dashboard", "group_results", "summary"]

_WHERE = {"FEWER": "results", "MIN_GROUP": "results", "GroupResults": "results",
          "group_results": "results", "summary": "results", "dashboard": "dashboard"}


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
