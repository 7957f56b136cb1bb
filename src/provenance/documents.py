"""Documents: a seed with its sidecar `NAME.meta.json`, and the claims of a primary one.

A seed without a sidecar is a news article, as before. A sidecar whose `kind` is
`readout`, `social_post` or `statement` makes the seed a primary document: its whole
text is its issuer's statement, split into sentences, each one a `Claim` (rule
`primary-document`), so that everything downstream sees one kind of record.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import attrs

from . import lexicon, schema
from .ingest import InputError, read_article, read_text
from .names import known_person
from .parties import country_of_issuer
from .records import (
    PRIMARY_RULE,
    UNKNOWN,
    Article,
    Call,
    Claim,
    Document,
    Link,
    Meta,
    Problem,
    Source,
    Speaker,
)
from .sidecar import meta_path


def read_meta(path: str | Path) -> Meta:
    """Read and check one sidecar. Raises `InputError` naming the file (and the line and
    column of a JSON error) when it is not valid."""
    path = Path(path)
    name = str(path)
    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(Problem(name, "json-invalid", f"not JSON: {exc.msg}",
                                 line=exc.lineno, column=exc.colno)) from None
    found = schema.errors("meta", data)
    if found:
        first = found[0]
        raise InputError(Problem(name, "meta-schema",
                                 f"{schema.json_path(first)}: {first.message}"))
    return canonical(Meta.from_json(data))


def canonical(meta: Meta) -> Meta:
    """Fill what a sidecar may leave out: the side from the issuer, participants'
    canonical names (`Zelensky` -> `Volodymyr Zelenskyy`) in a stable order."""
    side = meta.side
    if side == UNKNOWN and meta.issuer:
        side = side_of_issuer(meta.issuer)
    call = meta.call
    if call is not None:
        names = sorted({_canonical_name(p) for p in call.participants})
        call = Call(date=call.date, participants=tuple(names))
    return attrs.evolve(meta, side=side, call=call)


def _canonical_name(name: str) -> str:
    person = known_person(name)
    return person.name if person else name


def side_of_issuer(issuer: str) -> str:
    """The side of an issuer the lexicon knows (`White House` -> `US`); `other` for any
    other issuer: a named issuer speaks for some side."""
    code = country_of_issuer(issuer)
    return lexicon.COUNTRY_BY_CODE[code].side if code else "other"


def read_document(path: str | Path) -> Document:
    """A seed and its sidecar, if it has one. Raises `InputError` for either file."""
    sidecar = meta_path(path)
    meta = read_meta(sidecar) if sidecar.is_file() else Meta()
    return make_document(read_article(path), meta)


def make_document(article: Article, meta: Meta) -> Document:
    """Join an article and its sidecar; the sidecar's `published` stands in for a
    missing date header."""
    if article.published is None and meta.published is not None:
        article = attrs.evolve(article, published=meta.published)
    return Document(article=article, meta=meta)


# Paragraph kinds that a primary document's statements come from. A readout's title is a
# `heading` (a short line without a full stop) and is not a statement; a post has no
# title, so its short unpunctuated lines are statements.
_STATEMENT_PARAGRAPHS = {"readout": (None,), "statement": (None,),
                         "social_post": (None, "heading")}


def primary_claims(document: Document) -> Iterator[Claim]:
    """Each sentence of a primary document as a claim of its issuer, in text order."""
    article, meta = document.article, document.meta
    issuer = meta.issuer or UNKNOWN
    channel = meta.statement_channel
    kinds = _STATEMENT_PARAGRAPHS.get(meta.kind, (None,))
    chain = (Link(channel, issuer), Link("speaker", issuer)) if channel != UNKNOWN else ()
    for sentence in article.sentences:
        if article.paragraphs[sentence.paragraph].boilerplate not in kinds:
            continue
        start, end = _trim(article, sentence.start, sentence.end)
        if end <= start:
            continue
        yield Claim(
            article_id=article.id,
            text=article.text[start:end],
            start=start,
            end=end,
            kind="direct",
            cue=meta.kind,
            speaker=Speaker(name=issuer, mention=issuer),
            source=Source(issuer=issuer, channel=channel, side=meta.side),
            call=meta.call,
            rule=PRIMARY_RULE,
            confidence=1.0,
            chain=chain,
        )


def _trim(article: Article, start: int, end: int) -> tuple[int, int]:
    text = article.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
