"""Validate: seed files and JSON / JSON Lines records against the contracts.

Each check yields `Problem`s (file, line, column, rule id, severity, message); the
caller decides how to print them and which exit status they make.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from . import schema
from .documents import META_SUFFIX, make_document, meta_path, read_meta
from .ingest import InputError, decode, parse_article, parse_header
from .pipeline import document_claims, expand_paths
from .records import Meta, Problem

RECORD_SUFFIXES = (".json", ".jsonl")
SUFFIXES = (".txt", *RECORD_SUFFIXES)


def validate_paths(paths: Iterable[str | Path]) -> Iterator[Problem]:
    """Problems of every seed and record file under `paths`."""
    for item in expand_paths(paths, suffixes=SUFFIXES):
        if isinstance(item, Problem):
            yield item
        elif item.name.endswith(META_SUFFIX):
            yield from validate_meta(item)
        elif item.name.endswith(RECORD_SUFFIXES):
            yield from validate_records(item)
        else:
            yield from validate_seed(item)


def validate_seed(path: Path) -> Iterator[Problem]:
    """A seed must decode, carry a well-formed header if any, and yield valid claims."""
    name = str(path)
    try:
        text = decode(path.read_bytes(), name)
    except InputError as exc:
        yield exc.problem
        return
    except OSError as exc:
        yield Problem(name, "file-unreadable", exc.strerror or str(exc))
        return
    _, _, header_problem = parse_header(text)
    if header_problem is not None:
        yield Problem(name, header_problem.rule, header_problem.message,
                      line=header_problem.line, column=header_problem.column)
    try:
        article = parse_article(text, article_id=path.stem, path=name)
    except InputError as exc:
        yield Problem(name, exc.problem.rule, exc.problem.message)
        return
    sidecar = meta_path(path)
    meta = Meta()
    if sidecar.is_file():
        try:
            meta = read_meta(sidecar)
        except InputError:
            return  # the sidecar's own problem is reported by validate_meta
    count = 0
    for claim in document_claims(make_document(article, meta)):
        count += 1
        record = claim.to_json()
        for error in schema.errors("claim", record):
            yield Problem(name, "claim-schema",
                          f"claim {claim.id}: {schema.json_path(error)}: {error.message}")
        if text[claim.start:claim.end] != claim.text:
            yield Problem(name, "claim-offsets",
                          f"claim {claim.id}: text does not equal content[start:end]")
    if count == 0:
        yield Problem(name, "no-claims", "no attributed claim found", severity="warning")


def validate_meta(path: Path) -> Iterator[Problem]:
    """A sidecar must be JSON, valid against `meta.schema.json`, and sit beside a seed."""
    try:
        read_meta(path)
    except InputError as exc:
        yield exc.problem
        return
    seed = path.with_name(path.name[: -len(META_SUFFIX)] + ".txt")
    if not seed.is_file():
        yield Problem(str(path), "meta-orphan", f"no seed {seed.name} beside this sidecar",
                      severity="warning")


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
    return None


def validate_records(path: Path) -> Iterator[Problem]:
    """Every record of a .json or .jsonl file against the schema its shape names."""
    name = str(path)
    try:
        text = decode(path.read_bytes(), name)
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
            line = line_no + exc.lineno - 1
            yield Problem(name, "json-invalid", f"not JSON: {exc.msg}", line=line,
                          column=exc.colno)
            continue
        which = schema_for(record)
        if which is None:
            yield Problem(name, "record-unknown",
                          "not a claim, article, problem or finding record (no schema matches "
                          "its fields)", line=line_no, column=1)
            continue
        for error in schema.errors(which, record):
            yield Problem(name, f"{which}-schema",
                          f"{schema.json_path(error)}: {error.message}", line=line_no,
                          column=1)
