"""``python -m toolkit COMMAND``: the facilitator's and developer's command line.

Every command prints plain messages and returns a non-zero exit code on failure; a
``CocoError`` never prints a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import CocoError


def _check_data(args) -> int:
    from .standards import check, default_data_dir
    from .summary import summary_table

    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    problems = check(data_dir)
    if problems:
        print(f"check-data: {len(problems)} problem(s) in {data_dir.name}/\n", file=sys.stderr)
        for problem in problems:
            print(f"{problem}\n", file=sys.stderr)
        return 1
    print(summary_table(data_dir))
    print("\ncheck-data: all files are valid.")
    return 0


def _lab(args) -> int:
    from .launch import run_lab

    return run_lab()


def _build_notebooks(args) -> int:
    from .notebooks import build

    for path in build(Path(args.out) if args.out else None, execute=not args.no_execute):
        print(f"wrote {path.name}")
    return 0


def _export_schema(args) -> int:
    import json

    from .models import json_schemas
    from .standards import default_data_dir

    folder = Path(args.out) if args.out else default_data_dir() / "schema"
    folder.mkdir(parents=True, exist_ok=True)
    for filename, schema in json_schemas().items():
        (folder / filename).write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
        print(f"wrote {filename}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m toolkit", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check-data", help="validate every file under data/")
    check.add_argument("data_dir", nargs="?", help="the data folder (default: Coco's data/)")
    check.set_defaults(run=_check_data)
    lab = commands.add_parser("lab", help="open the curriculum in JupyterLab")
    lab.set_defaults(run=_lab)
    build = commands.add_parser("build-notebooks", help="write and run notebooks from data/")
    build.add_argument("--out", help="folder to write to (default: notebooks/)")
    build.add_argument("--no-execute", action="store_true", help="write without running")
    build.set_defaults(run=_build_notebooks)
    schema = commands.add_parser("export-schema", help="write data/schema/*.schema.json")
    schema.add_argument("--out", help="folder to write to (default: data/schema/)")
    schema.set_defaults(run=_export_schema)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except CocoError as exc:
        print(f"{args.command}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
