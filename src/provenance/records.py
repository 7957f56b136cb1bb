"""The records that flow between the stages: small, typed, immutable.

Every stage takes and returns these; nothing downstream passes raw dicts around.
`to_json()` gives the on-disk shape (checked against `schema/` in the tests);
`from_json()` builds a record back from data that has already passed the schema.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import attrs
from attrs import field, frozen

KINDS = ("direct", "indirect", "mixed")
PRIMARY_RULE = "primary-document"  # the rule of claims that are a primary document's own
CHANNELS = ("readout", "social_post", "statement", "briefing", "interview", "unknown")
SIDES = ("CA", "UA", "RU", "US", "UK", "EU", "other", "unknown")
SEVERITIES = ("error", "warning")
UNKNOWN = "unknown"
DOCUMENT_KINDS = ("news", "readout", "social_post", "statement")
# What a comparison can find; also the order findings are listed in.
FINDING_TYPES = (
    "agreement", "conflict", "qualifier_difference", "omission", "reported_omission",
    "single_sourced", "duplicate_paragraph", "duplicate_quote", "syndicated_copy",
    "primary_overlap", "quote_check",
)
QUOTE_VERDICTS = ("verbatim", "near_verbatim", "paraphrase", "not_found")
DIFFERENCE_KINDS = ("number", "negation", "qualifier")


def _non_negative(instance: object, attribute: attrs.Attribute, value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _end_after_start(instance: Any, attribute: attrs.Attribute, value: int) -> None:
    if value < instance.start:
        raise ValueError(f"end ({value}) must be >= start ({instance.start})")


@frozen
class Span:
    """A half-open character range `[start, end)` into an article's text."""

    start: int = field(validator=_non_negative)
    end: int = field(validator=_end_after_start)

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


@frozen
class Paragraph:
    """A block of the article; `boilerplate` names what it is when it is not body text."""

    start: int
    end: int
    boilerplate: str | None = None  # caption, credit, read-also, disclaimer, tags, ...


@frozen
class Sentence:
    start: int
    end: int
    paragraph: int  # index into Article.paragraphs


@frozen
class Article:
    """One seed file, decoded, with its structure marked by offsets into `text`."""

    id: str
    path: str
    text: str
    published: dt.date | None
    body_start: int
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    notes: tuple[str, ...] = ()  # provenance facts: "auto-published from an agency feed"

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.id,
            "path": self.path,
            "published": self.published.isoformat() if self.published else None,
            "body_start": self.body_start,
            "length": len(self.text),
            "paragraphs": [
                {"start": p.start, "end": p.end, "boilerplate": p.boilerplate}
                for p in self.paragraphs
            ],
            "sentences": len(self.sentences),
            "notes": list(self.notes),
        }


@frozen
class Speaker:
    """Who a claim is credited to: canonical `name` and the `mention` as written."""

    name: str
    mention: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "mention": self.mention}


@frozen
class Source:
    """The channel a claim came through: who published it, how, and for which side."""

    issuer: str = UNKNOWN
    channel: str = field(default=UNKNOWN, validator=attrs.validators.in_(CHANNELS))
    side: str = field(default=UNKNOWN, validator=attrs.validators.in_(SIDES))

    def to_json(self) -> dict[str, Any]:
        return {"issuer": self.issuer, "channel": self.channel, "side": self.side}


# How a call's date was found: "stated" (in a sentence about the call, `on Tuesday`
# resolved against the publication date), "post" (the post reporting the call),
# "context" (an earlier sentence about calls), "publication" (the article's own date:
# the text gives none). Surest first.
DATED_BY = ("stated", "post", "context", "publication")


@frozen
class Call:
    """A leaders' conversation: identified by its date and its participants."""

    date: dt.date | None
    participants: tuple[str, ...]
    # How the date was found, one of DATED_BY; None where the record does not say.
    dated_by: str | None = field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(DATED_BY)))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "date": self.date.isoformat() if self.date else None,
            "participants": list(self.participants),
        }
        if self.dated_by is not None:
            out["dated_by"] = self.dated_by
        return out


@frozen
class Link:
    """One step in the chain a claim travelled: the article, a readout, a speaker."""

    role: str  # "article", a channel name, or "speaker"
    name: str

    def to_json(self) -> dict[str, Any]:
        return {"role": self.role, "name": self.name}


@frozen
class Claim:
    """One attributed statement, with the evidence that produced it."""

    article_id: str
    text: str
    start: int = field(validator=_non_negative)
    end: int = field(validator=_end_after_start)
    kind: str = field(validator=attrs.validators.in_(KINDS))
    cue: str
    speaker: Speaker
    source: Source
    call: Call | None
    rule: str
    confidence: float
    chain: tuple[Link, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.article_id}:{self.start}-{self.end}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue,
            "speaker": self.speaker.to_json(),
            "source": self.source.to_json(),
            "call": self.call.to_json() if self.call else None,
            "rule": self.rule,
            "confidence": self.confidence,
            "chain": [link.to_json() for link in self.chain],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Claim:
        """Build a claim from a dict that has already passed `claim.schema.json`."""
        call = data.get("call")
        return cls(
            article_id=data["article_id"],
            text=data["text"],
            start=data["start"],
            end=data["end"],
            kind=data["kind"],
            cue=data["cue"],
            speaker=Speaker(**data["speaker"]),
            source=Source(**data["source"]),
            call=Call(
                date=dt.date.fromisoformat(call["date"]) if call["date"] else None,
                participants=tuple(call["participants"]),
                dated_by=call.get("dated_by"),
            )
            if call
            else None,
            rule=data["rule"],
            confidence=data["confidence"],
            chain=tuple(Link(**link) for link in data.get("chain", ())),
        )


@frozen
class Meta:
    """A seed's sidecar `NAME.meta.json` (`schema/meta.schema.json`): what the document is.

    A seed without a sidecar is a news article. Any other `kind` is a primary document:
    its whole text is its issuer's statement on `channel` (by default the kind itself)."""

    kind: str = field(default="news", validator=attrs.validators.in_(DOCUMENT_KINDS))
    issuer: str | None = None
    side: str = field(default=UNKNOWN, validator=attrs.validators.in_(SIDES))
    channel: str | None = field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(CHANNELS)))
    published: dt.date | None = None
    url: str | None = None
    language: str | None = None
    translated_from: str | None = None
    call: Call | None = None

    @property
    def primary(self) -> bool:
        return self.kind != "news"

    @property
    def statement_channel(self) -> str:
        """The channel a primary document's statements are claims on."""
        return self.channel or (self.kind if self.kind in CHANNELS else UNKNOWN)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Meta:
        """Build from a dict that has already passed `meta.schema.json`."""
        call = data.get("call")
        published = data.get("published")
        return cls(
            kind=data.get("kind", "news"),
            issuer=data.get("issuer"),
            side=data.get("side", UNKNOWN),
            channel=data.get("channel"),
            published=dt.date.fromisoformat(published) if published else None,
            url=data.get("url"),
            language=data.get("language"),
            translated_from=data.get("translated_from"),
            call=Call(
                date=dt.date.fromisoformat(call["date"]) if call.get("date") else None,
                participants=tuple(call["participants"]),
            )
            if call
            else None,
        )


@frozen
class Document:
    """A seed read whole: its text and structure, and what its sidecar says it is."""

    article: Article
    meta: Meta = Meta()

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def primary(self) -> bool:
        return self.meta.primary


# ---------------------------------------------------------------------------- findings


@frozen
class ClaimRef:
    """A claim a finding rests on, as the finding shows it: where, what, whose."""

    id: str
    article_id: str
    start: int
    end: int
    text: str
    party: str  # whose account: a side (`CA`), a country code or an issuer; or `unknown`
    issuer: str
    channel: str
    primary: bool = False  # a statement of a primary document, not an article's report

    @classmethod
    def of(cls, claim: Claim, party: str) -> ClaimRef:
        return cls(id=claim.id, article_id=claim.article_id, start=claim.start,
                   end=claim.end, text=claim.text, party=party,
                   issuer=claim.source.issuer, channel=claim.source.channel,
                   primary=claim.rule == PRIMARY_RULE)

    def to_json(self) -> dict[str, Any]:
        return attrs.asdict(self)


@frozen
class Passage:
    """A stretch of a document's text that is not (only) a claim: a reporter's sentence,
    a repeated paragraph, the best-matching part of a readout."""

    article_id: str
    start: int = field(validator=_non_negative)
    end: int = field(validator=_end_after_start)
    text: str

    @property
    def key(self) -> str:
        return f"{self.article_id}:{self.start}-{self.end}"

    def to_json(self) -> dict[str, Any]:
        return attrs.asdict(self)


@frozen
class Match:
    """The same words in two places: `left` and `right`, `words` long. `stock` when the
    shared words are a phrase every readout uses, which does not count as copying."""

    left: Passage
    right: Passage
    words: int
    stock: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"left": self.left.to_json(), "right": self.right.to_json(),
                "words": self.words, "stock": self.stock}


@frozen
class Score:
    """A measured value and the scorer that gave it (`rapidfuzz.fuzz.ratio`, ...)."""

    name: str
    scorer: str
    value: float

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "scorer": self.scorer, "value": self.value}


@frozen
class Difference:
    """A difference that keeps two similar statements from agreeing: `left` is what
    the first claim says, `right` the second (`28` vs `26`; `not` vs ``)."""

    kind: str = field(validator=attrs.validators.in_(DIFFERENCE_KINDS))
    left: str
    right: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "left": self.left, "right": self.right}


def _call_identity(call: Call | None) -> Call | None:
    """A finding is about a call, its date and participants: how one account dated it
    (`dated_by`) belongs to that account's claims."""
    return attrs.evolve(call, dated_by=None) if call is not None and call.dated_by else call


@frozen
class Finding:
    """One result of comparing sources, with the evidence a person needs to check it."""

    type: str = field(validator=attrs.validators.in_(FINDING_TYPES))
    reason: str
    call: Call | None = field(default=None, converter=_call_identity)
    claims: tuple[ClaimRef, ...] = ()
    passages: tuple[Passage, ...] = ()
    matches: tuple[Match, ...] = ()
    scores: tuple[Score, ...] = ()
    verdict: str | None = field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(QUOTE_VERDICTS)))
    differences: tuple[Difference, ...] = ()
    present_in: tuple[str, ...] = ()
    absent_from: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        """Stable across runs: the type and the evidence's addresses, hashed."""
        parts = [self.type, *(c.id for c in self.claims), *(p.key for p in self.passages),
                 *(f"{m.left.key}={m.right.key}" for m in self.matches),
                 "absent:" + ",".join(self.absent_from)]
        digest = hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:12]
        return f"{self.type}:{digest}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "reason": self.reason,
            "call": self.call.to_json() if self.call else None,
            "claims": [c.to_json() for c in self.claims],
            "passages": [p.to_json() for p in self.passages],
            "matches": [m.to_json() for m in self.matches],
            "scores": [s.to_json() for s in self.scores],
            "verdict": self.verdict,
            "differences": [d.to_json() for d in self.differences],
            "present_in": list(self.present_in),
            "absent_from": list(self.absent_from),
        }


@frozen
class Problem:
    """A validation or input message: where, which rule, how bad, and what to do."""

    path: str
    rule: str
    message: str
    severity: str = field(default="error", validator=attrs.validators.in_(SEVERITIES))
    line: int | None = None
    column: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
        }

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.severity} [{self.rule}] {self.message}"
