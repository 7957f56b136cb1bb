"""The records that flow between the stages: small, typed, immutable.

Every stage takes and returns these; nothing downstream passes raw dicts around.
`to_json()` gives the on-disk shape (checked against `schema/` in the tests);
`from_json()` builds a record back from data that has already passed the schema.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from attrs import field, frozen

KINDS = ("direct", "indirect", "mixed")
CHANNELS = ("readout", "social_post", "statement", "briefing", "interview", "unknown")
SIDES = ("CA", "UA", "RU", "US", "UK", "EU", "other", "unknown")
SEVERITIES = ("error", "warning")
UNKNOWN = "unknown"


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


@frozen
class Call:
    """A leaders' conversation: identified by its date and its participants."""

    date: dt.date | None
    participants: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat() if self.date else None,
            "participants": list(self.participants),
        }


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
            )
            if call
            else None,
            rule=data["rule"],
            confidence=data["confidence"],
            chain=tuple(Link(**link) for link in data.get("chain", ())),
        )


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
