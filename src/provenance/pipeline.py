"""The library API the CLI is a thin layer over: paths in, records and problems out.

Files are read one at a time (generators), so a corpus never sits in memory whole, and
a bad file yields a `Problem` while the batch goes on.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import schema
from .documents import primary_claims, read_document
from .extract import extract_claims
from .ingest import InputError, read_text
from .records import Claim, Document, Problem

SEED_SUFFIX = ".txt"
CLAIMS_SUFFIX = ".jsonl"


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


def document_claims(document: Document) -> Iterator[Claim]:
    """A news article's attributed claims; a primary document's statements."""
    if document.primary:
        return primary_claims(document)
    return extract_claims(document.article)


def extract_file(path: str | Path) -> list[Claim]:
    """All claims of one seed file (with its sidecar, if any). Raises `InputError` when
    either cannot be read."""
    return list(document_claims(read_document(path)))


def extract_paths(paths: Iterable[str | Path]) -> Iterator[Claim | Problem]:
    """Claims of every seed under `paths`, file by file; problems for bad files."""
    for read in _read_seeds(paths):
        if isinstance(read, Problem):
            yield read
        else:
            yield from read[1]


def _read_seeds(paths: Iterable[str | Path]
                ) -> Iterator[tuple[Document, list[Claim]] | Problem]:
    """Each seed under `paths` read and extracted, or the problem that stops it."""
    for item in expand_paths(paths):
        yield item if isinstance(item, Problem) else _read_seed(item)


def _read_seed(path: Path) -> tuple[Document, list[Claim]] | Problem:
    """One seed read and extracted, or the problem that stops it; an extractor bug
    costs this file, not the batch."""
    try:
        document = read_document(path)
        return document, list(document_claims(document))
    except InputError as exc:
        return exc.problem
    except Exception as exc:
        return Problem(str(path), "extract-failed",
                       f"extraction failed: {type(exc).__name__}: {exc} "
                       "(please report this seed)")


def load_paths(paths: Iterable[str | Path]) -> Iterator[Document | Claim | Problem]:
    """What `compare` and `report` work on: each `.jsonl` file named is read as claims;
    other files and folders are seeds, read (a `Document`) and extracted (its claims)."""
    for raw in paths:
        path = Path(raw)
        if path.is_file() and path.name.endswith(CLAIMS_SUFFIX):
            yield from read_claims(path)
            continue
        for read in _read_seeds([path]):
            if isinstance(read, Problem):
                yield read
            else:
                yield read[0]
                yield from read[1]


def read_claims(path: str | Path) -> Iterator[Claim | Problem]:
    """Claims from a JSON Lines file; a bad line yields a `Problem` naming its line."""
    name = str(path)
    try:
        text = read_text(path)
    except InputError as exc:
        yield exc.problem
        return
    for line_no, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Problem(name, "json-invalid", f"not JSON: {exc.msg}", line=line_no,
                          column=exc.colno)
            continue
        found = schema.errors("claim", record)
        if found:
            yield Problem(name, "claim-schema",
                          f"not a claim: {schema.json_path(found[0])}: {found[0].message}",
                          line=line_no, column=1)
            continue
        try:
            yield Claim.from_json(record)
        except (ValueError, TypeError) as exc:
            yield Problem(name, "claim-invalid", f"not a claim: {exc}", line=line_no,
                          column=1)


# One encoder for every row: json.dumps with options builds a new one per call. A
# claim's JSON is a fresh tree of dicts and lists, never circular: no check for it.
_CLAIM_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, check_circular=False)


def claim_line(claim: Claim) -> str:
    """One JSON Lines row: sorted keys, UTF-8 text, no trailing spaces."""
    return _CLAIM_ENCODER.encode(claim.to_json())


def write_atomic(path: str | Path, lines: Iterable[str]) -> int:
    """Write lines to `path` through a temporary file in the same folder and a rename:
    an interrupted run leaves the previous file as it was. The file keeps the previous
    file's permissions (a new one gets the usual ones, not the temporary file's 0600).
    Returns the number of lines written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    count = 0
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for line in lines:
                fh.write(line + "\n")
                count += 1
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
