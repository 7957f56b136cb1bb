"""The `provenance` command: parse arguments, call the library, print, exit.

Exit status: 0 all good, 1 some input was bad or invalid, 2 usage error (an unknown
option, a path that does not exist, an --out file that cannot be written). No traceback
reaches the user: an internal error is one line on standard error and status 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from . import __version__
from .formats import FORMATTERS
from .pipeline import claim_line, extract_paths, load_paths, write_atomic
from .records import Claim, Document, Problem

if TYPE_CHECKING:
    from .records import Finding

# compare, report, html, export and validate are imported by their commands: extraction
# alone should not pay for numpy, Jinja2 and jsonschema at start-up.

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

    co = sub.add_parser("compare", help="compare sources: agreements, omissions, duplicates",
                        description="Compare what sources say about each call. CLAIMS "
                                    "are claims JSONL files, or seed files or folders, "
                                    "which are extracted first (repeated paragraphs, "
                                    "copies and reporter-stated omissions need the seeds' "
                                    "text).")
    co.add_argument("paths", nargs="+", metavar="CLAIMS",
                    help="claims .jsonl files, seed files or folders")
    co.add_argument("--out", metavar="FILE",
                    help="write findings as JSON Lines to FILE (atomically)")
    _format_option(co)

    re_ = sub.add_parser("report", help="run the whole pipeline and write the reports",
                         description="Extract, compare and write summary.md, calls.md, "
                                     "articles.md, duplicates.md, findings.jsonl, "
                                     "claims.jsonl and an HTML report (report.html) "
                                     "into a folder.")
    re_.add_argument("paths", nargs="+", metavar="PATH", help="seed files or folders "
                     "(or claims .jsonl files)")
    re_.add_argument("--out", metavar="DIR", required=True, help="folder to write into")
    exp = sub.add_parser("export", help="export findings for fact-check publishing",
                         description="Extract and compare, then write the findings a "
                                     "fact-checker publishes as schema.org ClaimReview "
                                     "JSON-LD (schema/claimreview.schema.json).")
    exp.add_argument("paths", nargs="+", metavar="PATH", help="seed files or folders "
                     "(or claims .jsonl files)")
    exp.add_argument("--format", choices=("claimreview",), default="claimreview",
                     help="export format (default: claimreview)")
    exp.add_argument("--out", metavar="FILE",
                     help="write to FILE (atomically) instead of standard output")
    exp.add_argument("--base-url", default="report.html", metavar="URL",
                     help="where the HTML report lives, for each review's url "
                          "(default: report.html, in the report folder)")
    re_.add_argument("--no-html", dest="html", action="store_false",
                     help="skip the HTML report (written to DIR/report.html by default)")
    _format_option(re_)
    return parser


def _format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("table", "json"), default=None,
                        help="terminal output: a table (default on a terminal) or JSON "
                             "(default otherwise)")


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "compare":
            return _compare(args)
        if args.command == "report":
            return _report(args)
        if args.command == "export":
            return _export(args)
        return _validate(args)
    except KeyboardInterrupt:
        print("provenance: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # an output that cannot be written (--out on a folder, …)
        where = exc.filename or "the output"
        print(f"provenance: cannot write {where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
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
    from .validate import validate_paths

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


def _chosen_format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    return "table" if sys.stdout.isatty() else "json"


def _load(paths: Sequence[str]) -> tuple[list[Claim], list[Document], list[Problem]]:
    claims: list[Claim] = []
    documents: list[Document] = []
    problems: list[Problem] = []
    for item in load_paths(paths):
        if isinstance(item, Problem):
            problems.append(item)
            print(f"provenance: {item}", file=sys.stderr)
        elif isinstance(item, Document):
            documents.append(item)
        else:
            claims.append(item)
    return claims, documents, problems


def _compare(args: argparse.Namespace) -> int:
    from .compare import compare
    from .report import finding_line, findings_table

    claims, documents, problems = _load(args.paths)
    findings = list(compare(claims, documents=documents))
    if args.out:
        count = write_atomic(args.out, (finding_line(f) for f in findings))
        print(f"provenance: wrote {count} findings to {args.out}", file=sys.stderr)
    elif _chosen_format(args) == "json":
        for f in findings:
            sys.stdout.write(finding_line(f) + "\n")
    else:
        print(findings_table(findings))
    return _status(problems)


def _export(args: argparse.Namespace) -> int:
    from .compare import compare
    from .export import claim_reviews

    claims, documents, problems = _load(args.paths)
    findings = list(compare(claims, documents=documents))
    document = claim_reviews(claims, findings, documents, args.base_url)
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
    if args.out:
        write_atomic(args.out, text.split("\n"))
        print(f"provenance: wrote {len(document['@graph'])} reviews to {args.out}",
              file=sys.stderr)
    else:
        sys.stdout.write(text + "\n")
    return _status(problems)


def _report(args: argparse.Namespace) -> int:
    from .compare import compare
    from .html import write_html
    from .report import write_report

    claims, documents, problems = _load(args.paths)
    findings: list[Finding] = list(compare(claims, documents=documents))
    written = write_report(claims, findings, documents, args.out)
    if args.html:
        written += write_html(claims, findings, documents, args.out)
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.type] = counts.get(f.type, 0) + 1
    if _chosen_format(args) == "json":
        summary = {"claims": len(claims), "documents": len(documents),
                   "findings": dict(sorted(counts.items())),
                   "files": [str(p) for p in written]}
        sys.stdout.write(json.dumps(summary, ensure_ascii=False, sort_keys=True) + "\n")
    else:
        print(f"{len(documents)} documents, {len(claims)} claims, {len(findings)} findings")
        for t, n in sorted(counts.items()):
            print(f"  {t:<22} {n:>5}")
        print("wrote " + ", ".join(str(p) for p in written))
    return _status(problems)
