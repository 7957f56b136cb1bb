"""The `provenance` command: parse arguments, call the library, print, exit.

Exit status: 0 all good, 1 some input was bad or invalid, 2 usage error (an unknown
option, a path that does not exist, an --out file that cannot be written). No traceback
reaches the user: an internal error is one line on standard error and status 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence

from . import __version__
from .formats import FORMATTERS
from .pipeline import claim_line, extract_paths, write_atomic
from .records import Claim, Problem
from .validate import validate_paths

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="provenance",
                     description="Who said what, per which source, in news about "
                                 "leaders' calls.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    ex = sub.add_parser("extract", help="extract attributed claims as JSON Lines",
                        description="Extract attributed claims from seed files (or "
                                    "folders of .txt files) as JSON Lines.")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="seed files or folders")
    ex.add_argument("--out", metavar="FILE",
                    help="write to FILE (atomically) instead of standard output")

    va = sub.add_parser("validate", help="check seed files and JSON/JSONL records",
                        description="Validate seed files (.txt) and JSON / JSON Lines "
                                    "records against the schemas in schema/.")
    va.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    va.add_argument("--format", choices=tuple(FORMATTERS), default="text",
                    help="how to print problems: text, json (one problem record a "
                         "line), github (workflow annotations), sarif (SARIF 2.1.0 for "
                         "code scanning); default: text")
    va.add_argument("--strict", action="store_true", help="warnings fail too")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        if args.command == "extract":
            return _extract(args)
        return _validate(args)
    except KeyboardInterrupt:
        print("provenance: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line for the user, never a traceback
        print(f"provenance: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INVALID


def _status(problems: list[Problem]) -> int:
    if any(p.rule == "path-missing" for p in problems):
        return EXIT_USAGE
    return EXIT_INVALID if problems else EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    problems: list[Problem] = []

    def lines() -> Iterator[str]:
        for item in extract_paths(args.paths):
            if isinstance(item, Problem):
                problems.append(item)
                print(f"provenance: {item}", file=sys.stderr)
            elif isinstance(item, Claim):
                yield claim_line(item)

    if args.out:
        try:
            count = write_atomic(args.out, lines())
        except OSError as exc:
            print(f"provenance: cannot write {args.out}: {exc.strerror or exc}",
                  file=sys.stderr)
            return EXIT_USAGE
        print(f"provenance: wrote {count} claims to {args.out}", file=sys.stderr)
    else:
        for line in lines():
            sys.stdout.write(line + "\n")
    return _status(problems)


def _validate(args: argparse.Namespace) -> int:
    problems = list(validate_paths(args.paths))
    failing = [p for p in problems if p.severity == "error" or args.strict]
    for line in FORMATTERS[args.format](problems):
        sys.stdout.write(line + "\n")
    errors = sum(p.severity == "error" for p in problems)
    verdict = "invalid" if failing else "valid"
    print(f"{verdict}: {errors} error(s), {len(problems) - errors} warning(s)",
          file=sys.stderr)
    if any(p.rule == "path-missing" for p in problems):
        return EXIT_USAGE
    return EXIT_INVALID if failing else EXIT_OK
