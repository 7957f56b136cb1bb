"""The library API the CLI is a thin layer over: paths in, records and problems out.

Files are read one at a time (generators), so a corpus never sits in memory whole, and
a bad file yields a `Problem` while the batch goes on.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from .extract import extract_claims
from .ingest import InputError, read_article
from .records import Claim, Problem

SEED_SUFFIX = ".txt"


def expand_paths(paths: Iterable[str | Path], *,
                 suffixes: tuple[str, ...] = (SEED_SUFFIX,)) -> Iterator[Path | Problem]:
    """Files named, and the matching files inside folders named (sorted, recursive).
    A missing path or a folder with no matching file yields a `Problem`."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.name.endswith(suffixes)
                           and not p.name.endswith(".gold.jsonl"))
            if not found:
                yield Problem(str(path), "folder-empty",
                              f"no {' or '.join(suffixes)} files in this folder")
            yield from found
        elif path.exists():
            yield path
        else:
            yield Problem(str(path), "path-missing", "no such file or folder")


def extract_file(path: str | Path) -> list[Claim]:
    """All claims of one seed file. Raises `InputError` when it cannot be read."""
    return list(extract_claims(read_article(path)))


def extract_paths(paths: Iterable[str | Path]) -> Iterator[Claim | Problem]:
    """Claims of every seed under `paths`, file by file; problems for bad files."""
    for item in expand_paths(paths):
        if isinstance(item, Problem):
            yield item
            continue
        try:
            yield from extract_file(item)
        except InputError as exc:
            yield exc.problem


def claim_line(claim: Claim) -> str:
    """One JSON Lines row: sorted keys, UTF-8 text, no trailing spaces."""
    return json.dumps(claim.to_json(), ensure_ascii=False, sort_keys=True)


def write_atomic(path: str | Path, lines: Iterable[str]) -> int:
    """Write lines to `path` through a temporary file and a rename: an interrupted run
    leaves the previous file as it was. Returns the number of lines written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for line in lines:
                fh.write(line + "\n")
                count += 1
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
