"""Calls: which leaders' conversation each claim reports on.

A call is identified by its participants and its date. Calls are found where the text
says leaders talked (`spoke with`, `phone call`, `had a call with`, an embedded post
`I spoke with … @handle`), dated from the same sentence (`on December 23`, `early
Wednesday` resolved against the publication date) or from the post that reports it.
Two calls of the same day with different participants stay two calls.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import define, field

from . import lexicon
from .names import People, known_person
from .records import Article, Call
from .speakers import Resolver, country_in

if TYPE_CHECKING:
    from .extract import Draft

_MONTH_NAMES = "|".join(sorted(lexicon.MONTHS, key=len, reverse=True))
_DATE_MDY = re.compile(rf"\b({_MONTH_NAMES})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}))?\b")
_DATE_DMY = re.compile(rf"\b(\d{{1,2}}) ({_MONTH_NAMES})\.?(?: (\d{{4}}))?\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(lexicon.WEEKDAYS) + r")\b")
_LEADER_ROLES = ("president", "prime minister", "chancellor", "king", "premier",
                 "president-elect", "pm", "leader")


@define
class _CallMention:
    pos: int
    participants: frozenset[str]
    date: dt.date | None
    countries: frozenset[str] = field(factory=frozenset)


def resolve_date(text: str, published: dt.date | None) -> dt.date | None:
    """A date stated in `text`, completed or resolved against the publication date."""
    low = text.lower()
    m = _DATE_MDY.search(low)
    if m:
        month, day, year = lexicon.MONTHS[m.group(1)], int(m.group(2)), m.group(3)
        return _complete(year, month, day, published)
    m = _DATE_DMY.search(low)
    if m:
        day, month, year = int(m.group(1)), lexicon.MONTHS[m.group(2)], m.group(3)
        return _complete(year, month, day, published)
    if published is None:
        return None
    if re.search(r"\btoday\b|\bthis (?:morning|afternoon|evening)\b", low):
        return published
    if re.search(r"\byesterday\b|\blast night\b", low):
        return published - dt.timedelta(days=1)
    m = _WEEKDAY.search(low)
    if m:
        target = lexicon.WEEKDAYS.index(m.group(1))
        back = (published.weekday() - target) % 7
        return published - dt.timedelta(days=back)
    return None


def _complete(year: str | None, month: int, day: int,
              published: dt.date | None) -> dt.date | None:
    try:
        if year:
            return dt.date(int(year), month, day)
        if published is None:
            return None
        date = dt.date(published.year, month, day)
        if date > published + dt.timedelta(days=1):
            date = dt.date(published.year - 1, month, day)
        return date
    except ValueError:
        return None


def attach_calls(drafts: Sequence[Draft], article: Article, people: People,
                 resolver: Resolver) -> None:
    """Find the article's calls and set `draft.call` on the claims that report one."""
    mentions = _call_mentions(drafts, article, people, resolver)
    calls = _merge(mentions)
    if not calls:
        return
    for d in drafts:
        d.call = _call_for(d, calls, mentions, article, people)


def _is_leader(name: str, people: People) -> bool:
    info = people.person(name)
    roles = set(info.roles) if info else set()
    known = known_person(name)
    if known:
        roles |= set(known.roles)
    return any(r in _LEADER_ROLES for r in roles)


def _call_mentions(drafts: Sequence[Draft], article: Article, people: People,
                   resolver: Resolver) -> list[_CallMention]:
    found: list[_CallMention] = []
    text = article.text
    for sent in resolver.sentences:
        chunk = text[sent.start:sent.end]
        if not lexicon.CALL_PATTERNS.search(chunk):
            continue
        names = {m.name for m in people.in_span(sent.start, sent.end)
                 if _is_leader(m.name, people)}
        for d in drafts:  # "I had a call with …": the speaker takes part
            overlaps = d.start <= sent.start < d.end or sent.start <= d.start < sent.end
            first_person = re.search(r"\b(?:I|we)\b",
                                     text[max(d.start, sent.start):min(d.end, sent.end)])
            if overlaps and first_person and d.agent is not None and d.agent.kind == "person":
                names.add(d.agent.name)
        if len(names) < 2:
            continue
        date = None
        for d in drafts:
            if d.post_date and d.start <= sent.start < d.end:
                date = resolve_date(d.post_date, article.published)
        if date is None:
            date = resolve_date(chunk, article.published)
        countries = frozenset(c for c in (people.country_of(n) for n in names) if c)
        found.append(_CallMention(sent.start, frozenset(names), date, countries))
    return found


def _merge(mentions: list[_CallMention]) -> dict[frozenset[str], Call]:
    calls: dict[frozenset[str], Call] = {}
    for m in mentions:
        key = m.participants
        existing = calls.get(key)
        date = existing.date if existing and existing.date else m.date
        calls[key] = Call(date=date, participants=tuple(sorted(key)))
    return calls


def _call_for(d: Draft, calls: dict[frozenset[str], Call], mentions: list[_CallMention],
              article: Article, people: People) -> Call | None:
    agent = d.agent
    if agent is None:
        return None
    candidates: list[frozenset[str]]
    if agent.kind == "group":
        candidates = list(calls)
    elif agent.kind == "person":
        candidates = [k for k in calls if agent.name in k]
    elif agent.kind in ("document", "body") and agent.country and agent.name == (
            lexicon.COUNTRY_BY_CODE[agent.country].head_office):
        candidates = [k for k in calls
                      if any(people.country_of(n) == agent.country for n in k)]
    else:
        candidates = []
    if not candidates:
        return None
    if len(candidates) == 1:
        return calls[candidates[0]]
    if d.post_date:
        date = resolve_date(d.post_date, article.published)
        for k in candidates:
            if calls[k].date == date:
                return calls[k]
    para = article.paragraphs[d.paragraph]
    local = article.text[para.start:para.end]
    local_countries = {country_in(w) for w in re.findall(r"[\w’'.]+", local)} - {None}
    named = {m.name for m in people.in_span(para.start, para.end)}
    common = frozenset.intersection(*candidates)
    for k in candidates:
        others = set(k) - common
        if others & named or {people.country_of(n) for n in others} & local_countries:
            return calls[k]
    before = [m for m in mentions if m.pos <= d.start and m.participants in candidates]
    if before:
        return calls[before[-1].participants]
    return calls[candidates[0]]
