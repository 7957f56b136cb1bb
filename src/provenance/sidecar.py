"""Seed metadata sidecars: `NAME.meta.json` beside `NAME.txt`, checked against
`schema/meta.schema.json`. Every problem names the JSON path of the offending value
and its line and column in the file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from . import schema
from .ingest import InputError, read_text
from .records import Problem

META_SUFFIX = ".meta.json"
SEED_SUFFIX = ".txt"


def meta_path(seed: str | Path) -> Path:
    """`seeds/x.txt` -> `seeds/x.meta.json`."""
    seed = Path(seed)
    return seed.with_name(seed.name.removesuffix(SEED_SUFFIX) + META_SUFFIX)


def seed_path(meta: str | Path) -> Path:
    """`seeds/x.meta.json` -> `seeds/x.txt`."""
    meta = Path(meta)
    return meta.with_name(meta.name.removesuffix(META_SUFFIX) + SEED_SUFFIX)


def validate_meta(path: Path) -> Iterator[Problem]:
    """A sidecar must be UTF-8 JSON, valid against its schema, and sit beside a seed."""
    name = str(path)
    try:
        text = read_text(path)
    except InputError as exc:
        yield exc.problem
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Problem(name, "json-invalid", f"not JSON: {exc.msg}", line=exc.lineno,
                      column=exc.colno)
        return
    found = [schema.problem(name, "meta-schema", text, e) for e in schema.errors("meta", data)]
    yield from sorted(found, key=lambda p: (p.line or 0, p.column or 0, p.message))
    if not seed_path(path).is_file():
        yield Problem(name, "meta-orphan", f"no seed {seed_path(path).name} beside this "
                      "sidecar", severity="warning")
