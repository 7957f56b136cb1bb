"""Grouping: which call a claim reports on, and the words every statement of a call
shares. A call is identified by its date and participants; an undated call is only
known to be the same call within one article, so its key carries the article."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence

from attrs import frozen

from .names import ascii_fold, known_person
from .records import Call, Claim, Finding


@frozen(order=True)
class CallKey:
    """A call's identity: date and participants; `scope` is the article for an undated
    call (two undated calls in two articles are not known to be one call)."""

    date: str
    participants: tuple[str, ...]
    scope: str = ""

    @property
    def call(self) -> Call:
        return Call(date=dt.date.fromisoformat(self.date) if self.date else None,
                    participants=self.participants)


def finding_key(f: Finding) -> CallKey | None:
    """The call a finding is about, keyed as its claims' calls are."""
    if f.call is None:
        return None
    participants = tuple(sorted(f.call.participants))
    if f.call.date is not None:
        return CallKey(f.call.date.isoformat(), participants)
    scope = f.claims[0].article_id if f.claims else ""
    return CallKey("", participants, scope)


def call_key(claim: Claim) -> CallKey | None:
    if claim.call is None:
        return None
    participants = tuple(sorted(claim.call.participants))
    if claim.call.date is None:
        return CallKey("", participants, claim.article_id)
    return CallKey(claim.call.date.isoformat(), participants)


def claim_order(claim: Claim) -> tuple[str, int, int]:
    return (claim.article_id, claim.start, claim.end)


def group_by_call(claims: Iterable[Claim]) -> dict[CallKey, list[Claim]]:
    groups: dict[CallKey, list[Claim]] = defaultdict(list)
    for claim in claims:
        key = call_key(claim)
        if key is not None:
            groups[key].append(claim)
    return dict(groups)


def generic_words(participants: Sequence[str]) -> frozenset[str]:
    """The participants' names, word by word: in a call about them they say nothing."""
    return frozenset(w for name in participants for w in ascii_fold(name).split())


def call_terms(participants: Sequence[str]) -> frozenset[str]:
    """The participants' countries as term keys (`@CA`): in a call between their
    leaders, a statement that leaves its country's name out says no less."""
    return frozenset(f"@{p.country}" for name in participants
                     if (p := known_person(name)) is not None and p.name == name)
