"""Validate: seed files, their metadata sidecars, and JSON / JSON Lines records.

Each check yields `Problem`s (file, line, column, rule id from `rules.RULES`, severity,
message); the caller decides how to print them and which exit status they make. Files
are checked one at a time, in sorted order, and only read; the duplicate check across
seeds comes last, from fingerprints kept on the way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from . import schema
from .ingest import InputError, read_text
from .pipeline import expand_paths
from .records import Problem
from .seedcheck import check_seed
from .seeddups import Fingerprint, find_duplicates
from .sidecar import META_SUFFIX, meta_path, validate_meta

RECORD_SUFFIXES = (".json", ".jsonl")
SUFFIXES = (".txt", *RECORD_SUFFIXES)


def validate_paths(paths: Iterable[str | Path]) -> Iterator[Problem]:
    """Problems of every seed, sidecar and record file under `paths`."""
    items = _unique(expand_paths(paths, suffixes=SUFFIXES))
    named = {item.resolve() for item in items if isinstance(item, Path)}
    prints: list[Fingerprint] = []
    for item in items:
        if isinstance(item, Problem):
            yield item
        elif item.name.endswith(META_SUFFIX):
            yield from validate_meta(item)
        elif item.name.endswith(RECORD_SUFFIXES):
            yield from validate_records(item)
        else:
            report = check_seed(item)
            yield from report.problems
            if report.fingerprint is not None:
                prints.append(report.fingerprint)
            sidecar = meta_path(item)
            if sidecar.is_file() and sidecar.resolve() not in named:
                yield from validate_meta(sidecar)
    yield from find_duplicates(prints)


def _unique(items: Iterable[Path | Problem]) -> list[Path | Problem]:
    """Each file once, however often it was named (else it would duplicate itself)."""
    seen: set[Path] = set()
    unique: list[Path | Problem] = []
    for item in items:
        if isinstance(item, Path):
            key = item.resolve()
            if key in seen:
                continue
            seen.add(key)
        unique.append(item)
    return unique


def schema_for(record: Any) -> str | None:
    """Which contract a record follows, by its shape."""
    if not isinstance(record, dict):
        return None
    if "kind" in record and "speaker" in record:
        return "claim"
    if "paragraphs" in record and "body_start" in record:
        return "article"
    if "rule" in record and "severity" in record:
        return "problem"
    if "type" in record and "reason" in record:
        return "finding"
    if "@graph" in record:
        return "claimreview"
    return None


def validate_records(path: Path) -> Iterator[Problem]:
    """Every record of a .json or .jsonl file against the schema its shape names; each
    error gives the JSON path and the line and column of the offending value."""
    name = str(path)
    try:
        text = read_text(path)
    except InputError as exc:
        yield exc.problem
        return
    if path.suffix == ".json":
        rows: list[tuple[int, str]] = [(1, text)]
    else:
        rows = [(n, line) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    for line_no, raw in rows:
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Problem(name, "json-invalid", f"not JSON: {exc.msg}",
                          line=line_no + exc.lineno - 1, column=exc.colno)
            continue
        which = schema_for(record)
        if which is None:
            yield Problem(name, "record-unknown",
                          "not a claim, article, problem, finding or ClaimReview "
                          "record (no schema matches its fields)", line=line_no, column=1)
            continue
        found = [schema.problem(name, f"{which}-schema", raw, error, first_line=line_no)
                 for error in schema.errors(which, record)]
        yield from sorted(found, key=lambda p: (p.line or 0, p.column or 0, p.message))
