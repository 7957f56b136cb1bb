"""How `provenance validate` prints its problems: text, json, github or sarif.

Each formatter turns the problems, in the order found, into the lines for standard
output; none of them decides the exit status. Output is deterministic: same problems,
same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from . import __version__
from .records import Problem
from .rules import ERROR, RULES, WARNING

GITHUB_LIMIT = 10  # annotations of one kind GitHub shows per step
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def text_lines(problems: Sequence[Problem]) -> list[str]:
    """`path:line:col: severity [rule] message`, one a line."""
    return [str(p) for p in problems]


def json_lines(problems: Sequence[Problem]) -> list[str]:
    """One `schema/problem.schema.json` record a line."""
    return [json.dumps(p.to_json(), ensure_ascii=False, sort_keys=True) for p in problems]


def github_lines(problems: Sequence[Problem], limit: int = GITHUB_LIMIT) -> list[str]:
    """GitHub Actions workflow commands: at most `limit` annotations per severity (GitHub
    drops the rest), errors first, then one notice counting what was left out."""
    lines: list[str] = []
    left_out: list[str] = []
    for severity in (ERROR, WARNING):
        of_kind = [p for p in problems if p.severity == severity]
        lines.extend(_annotation(p) for p in of_kind[:limit])
        if len(of_kind) > limit:
            left_out.append(f"{len(of_kind) - limit} more {severity}(s)")
    if left_out:
        lines.append("::notice title=provenance::" + _escape_data(
            f"{' and '.join(left_out)} not shown as annotations (GitHub shows {limit} of a "
            "kind per step); run `provenance validate` for the full list"))
    return lines


def _annotation(problem: Problem) -> str:
    props = [f"file={_escape_property(problem.path)}"]
    if problem.line is not None:
        props.append(f"line={problem.line}")
        if problem.column is not None:
            props.append(f"col={problem.column}")
    props.append(f"title={_escape_property(f'provenance [{problem.rule}]')}")
    return f"::{problem.severity} {','.join(props)}::{_escape_data(problem.message)}"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def sarif_lines(problems: Sequence[Problem]) -> list[str]:
    """One SARIF 2.1.0 log (pretty-printed JSON) for code-scanning uploads."""
    return json.dumps(sarif_log(problems), ensure_ascii=False, indent=2).splitlines()


def sarif_log(problems: Sequence[Problem]) -> dict[str, Any]:
    """A SARIF 2.1.0 log: every registered rule in `tool.driver.rules`, one result a
    problem. Columns count Unicode code points, as Python strings do."""
    rule_ids = sorted(RULES)
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    rules = [
        {
            "id": rule_id,
            "name": "".join(part.capitalize() for part in rule_id.split("-")),
            "shortDescription": {"text": RULES[rule_id].summary},
            "defaultConfiguration": {"level": RULES[rule_id].severity},
        }
        for rule_id in rule_ids
    ]
    results = [
        {
            "ruleId": p.rule,
            "ruleIndex": index[p.rule],
            "level": p.severity,
            "message": {"text": p.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(p.path)},
                "region": _region(p),
            }}],
        }
        for p in problems
    ]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "provenance", "version": __version__,
                                "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def _region(problem: Problem) -> dict[str, int]:
    # code scanning needs a start line; a problem with the whole file points at line 1
    region = {"startLine": problem.line or 1}
    if problem.line is not None and problem.column is not None:
        region["startColumn"] = problem.column
    return region


def artifact_uri(path: str) -> str:
    """A relative path as a relative URI reference (`my seeds/a b.txt` ->
    `my%20seeds/a%20b.txt`); an absolute one as a `file://` URI."""
    as_path = Path(path)
    if as_path.is_absolute():
        return as_path.as_uri()
    return quote(as_path.as_posix(), safe="/")


FORMATTERS: dict[str, Callable[[Sequence[Problem]], list[str]]] = {
    "text": text_lines,
    "json": json_lines,
    "github": github_lines,
    "sarif": sarif_lines,
}
