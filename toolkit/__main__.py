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
    from .review import review
    from .standards import load

    print(summary_table(data_dir))
    found = review(load(data_dir))
    print("\n" + "\n".join(found.lines))
    if found.problems:
        print(f"\ncheck-data: the files are valid, but the review found {len(found.problems)} "
              "problem(s):\n", file=sys.stderr)
        for problem in found.problems:
            print(f"{problem}\n", file=sys.stderr)
        return 1
    print("\ncheck-data: all files are valid.")
    return 0


def _lab(args) -> int:
    from .launch import run_lab

    return run_lab()


def _singleuser(args) -> int:
    from .launch import run_singleuser

    return run_singleuser(args.extra)


def _build_notebooks(args) -> int:
    from .notebooks import build

    for path in build(Path(args.out) if args.out else None, execute=not args.no_execute):
        print(f"wrote {path.name}")
    return 0


def _build_editions(args) -> int:
    from .editions import build_editions

    out = Path(args.out) if args.out else Path("editions")
    written = build_editions(out)
    for edition, paths in written.items():
        print(f"{edition} edition: {len(paths)} notebook(s) in {out / edition}")
    print("Give participants the participant edition only: the facilitator edition holds the "
          "answer keys.")
    return 0


def _present(args) -> int:
    from .present import present

    return present(args)


def _app(args) -> int:
    from .present import app

    return app(args)


def _handouts(args) -> int:
    from .handouts import run

    return run(args)


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


def _export(args) -> int:
    from .exchange import FindingsBlocked, export

    try:
        written = export(args.output, include_reflections=args.include_reflections,
                         confirm_findings=args.confirm)
    except FindingsBlocked as exc:
        print(f"export: {exc}\n\n{exc.cli_hint()}", file=sys.stderr)
        return 1
    print(written.message("--include-reflections"))
    return 0


def _import(args) -> int:
    from .exchange import collect_exports
    from .facilitator import summary

    exports, notes, problems = collect_exports(args.files)
    for line in problems + notes:
        print(f"import: {line}", file=sys.stderr)
    if exports:
        print(summary(exports))
    elif not problems:
        print("import: no export files found.", file=sys.stderr)
    return 1 if problems or not exports else 0


def _collect(args) -> int:
    from .facilitator.collect import run

    return run(args)


def _erase(args) -> int:
    from .exchange import erase_answers, erase_report

    if not args.yes:
        if not sys.stdin.isatty():
            print("erase: nothing was deleted. Run it in a terminal and type \"erase\" when "
                  "asked, or add --yes to confirm.", file=sys.stderr)
            return 1
        try:
            reply = input("This deletes every answer you saved in Coco, for good. "
                          "Type \"erase\" to go on: ")
        except (EOFError, KeyboardInterrupt):
            reply = ""
        if reply.strip() != "erase":
            print("\nerase: nothing was deleted.", file=sys.stderr)
            return 1
    print(erase_report(erase_answers()))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m toolkit", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check-data", help="validate every file under data/")
    check.add_argument("data_dir", nargs="?", help="the data folder (default: Coco's data/)")
    check.set_defaults(run=_check_data)
    lab = commands.add_parser("lab", help="open the curriculum in JupyterLab")
    lab.set_defaults(run=_lab)
    hub = commands.add_parser("singleuser", help="on a JupyterHub: fill this user's workspace, "
                              "then start their server (deploy/jupyterhub/)")
    hub.set_defaults(run=_singleuser)
    build = commands.add_parser("build-notebooks", help="write and run notebooks from data/")
    build.add_argument("--out", help="folder to write to (default: notebooks/)")
    build.add_argument("--no-execute", action="store_true", help="write without running")
    build.set_defaults(run=_build_notebooks)
    editions = commands.add_parser("build-editions",
                                   help="write the participant and facilitator editions")
    editions.add_argument("-o", "--out", help="folder to write them into (default: editions/); "
                          "its participant/ and facilitator/ folders must not hold notebooks")
    editions.set_defaults(run=_build_editions)
    slides = commands.add_parser("present", help="show a notebook as live slides with working "
                                 "widgets (facilitator edition: notes on key S)")
    slides.add_argument("notebook", nargs="?", help="a clause letter (h to q) or a notebook's "
                        "file name (default: the welcome)")
    slides.add_argument("--port", type=int, help="port on 127.0.0.1 (default: a free one)")
    slides.add_argument("--preheat", action="store_true",
                        help="run the notebook before its page is opened, so it shows sooner")
    slides.set_defaults(run=_present)
    pages = commands.add_parser("app", help="serve the curriculum to participants as pages "
                                "without code")
    pages.add_argument("--port", type=int, help="port on 127.0.0.1 (default: a free one)")
    pages.add_argument("--preheat", action="store_true",
                       help="run the welcome before its page is opened, so it shows sooner")
    pages.set_defaults(run=_app)
    handouts = commands.add_parser("handouts",
                                   help="write printable handouts, one page per clause")
    handouts.add_argument("-o", "--out", help="folder to write them into (default: handouts/, or "
                          "handouts-facilitator/ with --facilitator); files there are never "
                          "replaced")
    handouts.add_argument("--facilitator", action="store_true",
                          help="write the facilitator edition, with the answer keys")
    handouts.set_defaults(run=_handouts)
    schema = commands.add_parser("export-schema", help="write data/schema/*.schema.json")
    schema.add_argument("--out", help="folder to write to (default: data/schema/)")
    schema.set_defaults(run=_export_schema)
    export = commands.add_parser("export", help="write your answers to a private JSON file")
    export.add_argument("-o", "--output", metavar="FILE",
                        help="the file to write (default: the collect folder in COCO_COLLECT_DIR, "
                             "else a new file in this folder); never overwritten")
    export.add_argument("--include-reflections", action="store_true",
                        help="include your free text (reflections, commitments), checked first")
    export.add_argument("--confirm", action="append", default=[], metavar="FINDING",
                        help="export although the privacy check found FINDING (as it names it, "
                             "e.g. h-r1:phone@12-24); repeat for each")
    export.set_defaults(run=_export)
    imports = commands.add_parser("import", help="check exports and summarise them")
    imports.add_argument("files", nargs="+", metavar="FILE",
                         help="export files, or folders of them (such as the collect folder)")
    imports.set_defaults(run=_import)
    from .facilitator.collect import HELP as COLLECT_HELP, add_arguments as collect_arguments

    collect = collect_arguments(commands.add_parser("collect", help=COLLECT_HELP))
    collect.set_defaults(run=_collect)
    erase = commands.add_parser("erase", help="delete every answer you saved, for good")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(run=_erase)
    # Only singleuser takes options of its own (the hub's, passed on to the server).
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "singleuser":
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.extra = extra
    try:
        return args.run(args)
    except CocoError as exc:
        print(f"{args.command}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
