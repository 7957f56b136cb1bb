"""The checks on one seed file: its bytes, its layout, its header, its body, and the
claims extraction finds in it. The seed is only read, never written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from attrs import frozen

from . import schema
from .documents import make_document, read_meta
from .extract import extract_claims
from .ingest import InputError, article_id_of, decode, parse_article, parse_header
from .jsonpos import line_col
from .pipeline import document_claims
from .records import Article, Claim, Problem
from .seeddups import Fingerprint, fingerprint
from .sidecar import meta_path


@frozen
class SeedReport:
    problems: tuple[Problem, ...]
    fingerprint: Fingerprint | None  # None when the seed could not be read as an article


def check_seed(path: Path) -> SeedReport:
    """Every problem of one seed, and its fingerprint for the duplicate check."""
    name = str(path)
    try:
        data = path.read_bytes()
        text = decode(data, name)
    except InputError as exc:
        return SeedReport((exc.problem,), None)
    except OSError as exc:
        return SeedReport((Problem(name, "file-unreadable", exc.strerror or str(exc)),), None)
    problems = layout_problems(name, data, text)
    _, body_start, header = parse_header(text)
    if header is not None:
        problems.append(Problem(name, header.rule, header.message, line=header.line,
                                column=header.column))
    try:
        article = parse_article(text, article_id=article_id_of(path), path=name)
    except InputError as exc:
        problems.append(exc.problem)
        return SeedReport(tuple(problems), None)
    problems.extend(claim_problems(article))
    return SeedReport(tuple(problems), fingerprint(name, text[body_start:]))


def layout_problems(name: str, data: bytes, text: str) -> list[Problem]:
    """Warnings that do not change what is read: line endings other than LF (offsets
    are into the text Python reads, with universal newlines) and no final newline."""
    problems = []
    first_cr = data.find(b"\r")
    if first_cr != -1:
        crlf = data.count(b"\r\n")
        lone_cr = data.count(b"\r") - crlf
        lone_lf = data.count(b"\n") - crlf
        kinds = [f"{n} {kind}" for n, kind in ((crlf, "CRLF"), (lone_cr, "CR"),
                                               (lone_lf, "LF")) if n]
        line_start = data.rfind(b"\n", 0, first_cr) + 1
        problems.append(Problem(
            name, "line-endings",
            f"line endings are not LF ({', '.join(kinds)}); offsets still count one "
            "character a line break, as Python reads the file",
            severity="warning", line=data.count(b"\n", 0, first_cr) + 1,
            column=len(data[line_start:first_cr].decode("utf-8")) + 1))
    if not data.endswith((b"\n", b"\r")):
        last_start = text.rfind("\n") + 1
        problems.append(Problem(name, "final-newline", "the file does not end with a newline",
                                severity="warning", line=text.count("\n") + 1,
                                column=len(text) - last_start + 1))
    return problems


def _claims(article: Article) -> Iterator[Claim]:
    """The claims `provenance extract` gives for the seed: a primary document's (its
    sidecar says so) are its statements. An invalid sidecar is reported on its own."""
    sidecar = meta_path(article.path)
    if sidecar.is_file():
        try:
            meta = read_meta(sidecar)
        except InputError:
            meta = None
        if meta is not None:
            yield from document_claims(make_document(article, meta))
            return
    yield from extract_claims(article)


def claim_problems(article: Article) -> list[Problem]:
    """Run extraction: every claim must be schema-valid and slice its own text; a seed
    with no claim is a warning; an extraction error is reported, not raised."""
    name = article.path
    problems = []
    count = 0
    try:
        for claim in _claims(article):
            count += 1
            line, column = line_col(article.text, claim.start)
            for error in schema.errors("claim", claim.to_json()):
                problems.append(Problem(name, "claim-schema",
                                        f"claim {claim.id}: {schema.json_path(error)}: "
                                        f"{error.message}", line=line, column=column))
            if article.text[claim.start:claim.end] != claim.text:
                problems.append(Problem(name, "claim-offsets",
                                        f"claim {claim.id}: text does not equal "
                                        "content[start:end]", line=line, column=column))
    except Exception as exc:  # an extractor bug must not hide the other seeds' results
        problems.append(Problem(name, "extract-failed",
                                f"extraction failed after {count} claim(s): "
                                f"{type(exc).__name__}: {exc} (please report this seed)"))
        return problems
    if count == 0:
        problems.append(Problem(name, "no-claims", "no attributed claim found",
                                severity="warning"))
    return problems
