"""Calls: which leaders' conversation each claim reports on.

A call is identified by its participants and its date. Calls are found where the text
says leaders talked (`spoke with`, `phone call`, `had a call with`, an embedded post
`I spoke with … @handle`), dated from the same sentence (`on December 23`, `early
Wednesday` resolved against the publication date or a dateline) or from the post that
reports it; a call no such sentence dates takes the date of an earlier sentence about
calls, else the article's own date, and `Call.dated_by` says which. Two calls of the
same day with different participants stay two calls, and so do calls one sentence
names together (`… with Putin on Wednesday, and with Zelenskyy on Thursday`, `two days
after a call with …`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import attrs
from attrs import define, field

from . import lexicon
from .ingest import line_spans
from .names import People, known_person
from .records import Article, Call
from .speakers import Resolver, country_in

if TYPE_CHECKING:
    from .extract import Draft

_MONTH_NAMES = "|".join(sorted(lexicon.MONTHS, key=len, reverse=True))
_DATE_MDY = re.compile(rf"\b({_MONTH_NAMES})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}))?\b")
_DATE_DMY = re.compile(rf"\b(\d{{1,2}}) ({_MONTH_NAMES})\.?(?: (\d{{4}}))?\b")
_DATELINE_DATE = re.compile(
    rf"[^.:—–\n]{{0,60}}?\b(?:(?:{_MONTH_NAMES})\.? \d{{1,2}}|\d{{1,2}} (?:{_MONTH_NAMES}))"
    # a hyphen ends a dateline only after a year or an agency ("SYDNEY, Aug 21, 2025 -",
    # "(Reuters) -"), not after a day ("on May 5 - a day after the vote")
    r"(?:,? \d{4})?\s*(?:\([^)\n]{0,30}\))?\s*"
    r"(?:[:—–]|(?<=\d{4} )--?|(?<=\d{4})--?|(?<=\) )--?|(?<=\))--?)\s", re.IGNORECASE)
_FULL_DATE = re.compile(rf"\b(?:(?:{_MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
                        rf"|\d{{1,2}} (?:{_MONTH_NAMES})\.?,? \d{{4}})\b")
# A note of when the text itself was issued: "Published 12 March 2025", "This statement
# was issued … on …" (not "the report, published on …, found").
_ISSUED = re.compile(r"^(?:published|updated|posted|issued|released|dated)\b|\b(?:this|the"
                     r" following) (?:statement|article|story|report|release|readout|text)\b"
                     r"[^.]{0,80}"
                     r"\b(?:issued|published|posted|released|dated)\b")
# A line about something, not a byline or dateline: a verb, or a sentence's period.
_CLAUSE_LINE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|ended|began|"
                          r"signed|said|says)\b|\.$")
_WEEKDAY = re.compile(r"\b(" + "|".join(lexicon.WEEKDAYS) + r")\b")
_FIRST_PERSON = re.compile(r"\b(?:I|we)\b")
_COUNTERPART = re.compile(
    r"\b(?:(?P<first>[a-z]+) )?(?P<nation>[a-z]+) (?:counterpart|(?P<title>president|prime minister"
    r"|chancellor|premier|foreign minister))\b")
_MINISTER_ROLES = ("foreign minister", "foreign affairs minister", "secretary of state",
                   "foreign secretary", "external affairs minister", "defence minister",
                   "defense minister", "high representative", "secretary-general",
                   "secretary general")
_LEADER_ROLES = ("president", "prime minister", "chancellor", "king", "premier",
                 "president-elect", "pm", "leader", "emir", "crown prince", "queen",
                 "taoiseach")


@define
class _CallMention:
    pos: int
    participants: frozenset[str]
    date: dt.date | None
    countries: frozenset[str] = field(factory=frozenset)
    posted: bool = False  # dated by the post that reports the call (the surest date)
    paragraph: int = -1
    end: int = -1  # where the sentence that names the call ends

    @property
    def dated_by(self) -> str | None:
        if self.date is None:
            return None
        return "post" if self.posted else "stated"


_DATE_ALONE = re.compile(
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )?"
    r"(?:[a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [a-z]+\.? \d{4})")


# A web page's numeric date line: "16.09.2025 14:22" (day first, as Ukrainian and
# European sites write it), "2025-09-16". Slashes are left alone: 09/10 is either.
_NUMERIC_DATE_LINE = re.compile(
    r"(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
    r"(?:,? (?:\d{1,2}:\d{2}(?::\d{2})?)(?: ?[ap]\.?m\.?)?)?")
_FOOTER_PARAGRAPHS = 3  # "This report by The Canadian Press was first published …"


def _numeric_date(line: str) -> dt.date | None:
    m = _NUMERIC_DATE_LINE.fullmatch(line)
    if m is None:
        return None
    if m.group("y"):
        year, month, day = m.group("y"), int(m.group("m")), int(m.group("d"))
    else:
        year, month, day = m.group("iy"), int(m.group("im")), int(m.group("id"))
    return _complete(year, month, day, None) if int(year) >= 1990 else None


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


_LAST_YEAR_DAYS = 183  # a date without a year, after the article's: last year's within


def _complete(year: str | None, month: int, day: int,
              published: dt.date | None) -> dt.date | None:
    try:
        if year:
            return dt.date(int(year), month, day)
        if published is None:
            return None
        date = dt.date(published.year, month, day)
        if date > published + dt.timedelta(days=1):
            # "December 30" in January is last year's; "April 28" in March is ahead
            # (an election, a deadline), not a date already past
            date = dt.date(published.year - 1, month, day)
            if (published - date).days > _LAST_YEAR_DAYS:
                return None
        return date
    except ValueError:
        return None


@define
class Calls:
    """An article's calls, and what `settle_calls` needs to place the claims that
    `attach_calls` could not place before sources were known."""

    by_key: dict[frozenset[str], Call]
    local: _Local | None


def attach_calls(drafts: Sequence[Draft], article: Article, people: People,
                 resolver: Resolver) -> Calls:
    """Find the article's calls and set `draft.call` on the claims that report one."""
    published = article.published or dateline_date(article)
    mentions, dated = _call_mentions(drafts, article, people, resolver, published)
    calls = _merge(mentions)
    if not calls:
        return Calls({}, None)
    _date_undated(calls, mentions, dated, published, article)
    local = _Local(article, people, mentions, published)
    for d in drafts:
        d.call = _call_for(d, calls, local)
    return Calls(calls, local)


_OTHER_OCCASIONS = ("interview", "statement", "briefing")


def settle_calls(drafts: Sequence[Draft], calls: Calls, article: Article,
                 resolver: Resolver) -> None:
    """Once sources are known (the call does not change a claim's channel here):
    - an interview, a briefing or a statement of its own (not the call's readout) is
      another occasion than the call: a claim made there reports on the call only where
      its sentence speaks of a call (`It was a very good call`);
    - a leader's spokesperson or aide, in a paragraph about a call, reports on the
      call their country's leader took part in (`Peskov said the call had been …`)."""
    for d in drafts:
        if d.call is not None and d.channel in _OTHER_OCCASIONS and not _speaks_of_call(
                d, d.call, article, resolver):
            d.call = None
        if d.call is None and calls.local is not None and d.agent is not None:
            d.call = _relayed_call(d, calls.by_key, calls.local)


def _speaks_of_call(d: Draft, call: Call, article: Article, resolver: Resolver) -> bool:
    """The claim's sentence speaks of the call: a word about calls (`It was a good
    call`), the other participant (`he had told Trump that …`, `I asked Keir`), or both
    of them (`the two men had also discussed …`)."""
    sent = resolver.sentences[d.sentence]
    start, end = min(sent.start, d.start), max(sent.end, d.end)
    low = article.text[start:end].lower()
    if lexicon.CALL_TOPIC.search(low) or lexicon.BOTH_LEADERS.search(low):
        return True
    others = set(call.participants) - {d.speaker}
    return any(m.name in others for m in resolver.people.in_span(start, end))


def _calls_of(country: str | None, calls: dict[frozenset[str], Call],
              people: People) -> list[frozenset[str]]:
    """The calls a person of `country` took part in."""
    return [k for k in calls if country is not None
            and any(people.country_of(n) == country for n in k)]


def _relayed_call(d: Draft, calls: dict[frozenset[str], Call], local: _Local) -> Call | None:
    """The call a spokesperson or aide speaks of: in a paragraph about calls, the one
    call their own country's leader took part in."""
    people, agent = local.people, d.agent
    if agent is None or not people.relays(agent) or not local.speaks_of_calls(d.paragraph):
        return None
    candidates = _calls_of(people.country_of(agent.name), calls, people)
    if len(candidates) != 1:
        return None
    return calls[candidates[0]]


def _roles(name: str, people: People) -> set[str]:
    """A person's roles, from the article's titles and the alias table."""
    info = people.person(name)
    roles = set(info.roles) if info else set()
    known = known_person(name)
    if known:
        roles |= set(known.roles)
    return roles


def _is_leader(name: str, people: People) -> bool:
    return bool(_roles(name, people) & set(_LEADER_ROLES))


def _is_minister(name: str, people: People) -> bool:
    """A foreign minister or secretary of state: their calls are calls too."""
    return bool(_roles(name, people) & set(_MINISTER_ROLES))


_TOP_PARAGRAPHS = 6
_MENU_WORDS = 15  # a web page's menu, title or date line is shorter


def _top_lines(article: Article) -> Iterator[tuple[int, int]]:
    """The lines of the first paragraphs (a web page's menus, title and date line may
    make one paragraph), and past them a page's short lines up to its first prose."""
    text = article.text
    for k, para in enumerate(article.paragraphs):
        for start, end in line_spans(text, para.start, para.end):
            if k >= _TOP_PARAGRAPHS and len(text[start:end].split()) > _MENU_WORDS:
                return
            yield start, end


def dateline_date(article: Article) -> dt.date | None:
    """The date of a wire dateline near the top (`LONDON, 14 January 2025 — …`), the
    reference for `on Monday` when the file has no date header."""
    for para in article.paragraphs[:4]:
        m = _DATELINE_DATE.match(article.text, para.start, min(para.end, para.start + 120))
        if m and re.search(r"\d{4}", m.group()):
            return resolve_date(m.group(), None)
    for start, end in _top_lines(article):
        line = article.text[start:end].strip().lower()
        if end - start <= 40 and _DATE_ALONE.fullmatch(line):
            return resolve_date(line, None)  # a line that is only a date: "June 5, 2025"
        if end - start <= 40 and (numeric := _numeric_date(line)) is not None:
            return numeric  # "16.09.2025 14:22"
        full = _FULL_DATE.search(line)
        if full is None or int(full.group()[-4:]) < 1990:
            continue
        rest = (line[:full.start()] + line[full.end():]).split()
        if _ISSUED.search(line, 0, full.start()) or (
                len(rest) <= 8 and not _CLAUSE_LINE.search(line)):
            # a short line around a full date ("Kyiv, May 8, 2025 (Ukrinform)", "By
            # Staff · The Canadian Press · Wednesday, Sept. 17, 2025") or a note of
            # when the text was issued ("… was issued on Wednesday, 5 November 2025")
            return resolve_date(full.group(), None)
    for para in article.paragraphs[-_FOOTER_PARAGRAPHS:]:
        # a footer's note of when the text was issued: "This report by The Canadian
        # Press was first published Dec. 1, 2022."
        line = article.text[para.start:para.end].lower()
        full = _FULL_DATE.search(line)
        if full is not None and _ISSUED.search(line, 0, full.start()):
            return resolve_date(full.group(), None)
    return None


def _call_mentions(drafts: Sequence[Draft], article: Article, people: People,
                   resolver: Resolver, published: dt.date | None,
                   ) -> tuple[list[_CallMention], list[tuple[int, dt.date]]]:
    """The sentences that say leaders talked, with who took part and when; and
    (position, date) of each sentence that reports a call and dates it, whoever it
    names (`Sybiha spoke by phone with his Turkish and Polish counterparts on April
    24`), for the calls no sentence of their own dates. A date more than a month before
    the article's (`Macron last spoke with Putin on March 3, 2022`) dates no other call."""
    found: list[_CallMention] = []
    dated: list[tuple[int, dt.date]] = []
    text = article.text
    ordered = sorted(drafts, key=lambda d: d.start)
    nxt = 0
    active: list[Draft] = []  # claims that overlap the current sentence (a sweep)
    for sent in resolver.sentences:
        while nxt < len(ordered) and ordered[nxt].start < sent.end:
            active.append(ordered[nxt])
            nxt += 1
        active = [d for d in active if d.end > sent.start]
        chunk = text[sent.start:sent.end]
        low = chunk.lower()
        if not lexicon.mentions_call(low):
            continue
        stated = _stated_date(low, published)
        if stated is not None and lexicon.CALL_EVENT.search(low) and (
                published is None or (published - stated).days <= 31):
            dated.append((sent.start, stated))
        named = {m.name for m in people.in_span(sent.start, sent.end)
                 if not _SOMEONE_ELSES.match(text, m.end)}  # not "Carney's predecessor"
        if not named and len(active) < 2:
            continue  # a call needs two people: each claim below adds one at most
        if _NO_CALL.search(low) or chunk.rstrip().endswith("?"):
            continue  # "have not held a single phone call since …", "Is a call possible?"
        names = {n for n in named if _is_leader(n, people)}
        if len(names) < 2:  # "Lavrov and Rubio held a telephone conversation"
            names = {n for n in named if _is_leader(n, people) or _is_minister(n, people)}
        if len(names) == 1:  # "Macron spoke with his Chinese counterpart"
            names |= _counterparts(chunk, sent.start, names, people)
        for d in active:  # "I had a call with …": the speaker takes part
            overlaps = d.start <= sent.start < d.end or sent.start <= d.start < sent.end
            first_person = _FIRST_PERSON.search(
                text, max(d.start, sent.start), min(d.end, sent.end))
            if overlaps and (first_person or d.rule == "embedded-post") and (
                    d.agent is not None and d.agent.kind == "person"):
                names.add(d.agent.name)  # a post drops its subject: "Had a call with …"
        if len(names) < 2 and len(named) == 2 and lexicon.BY_PHONE.search(low):
            names = set(named)  # "Yermak held a telephone conversation with Vance" (not
            # "Trump spoke with Fox News host Sean Hannity")
        if len(names) < 2:
            continue
        date, posted = None, False
        for d in active:
            if d.post_date and d.start <= sent.start < d.end:
                date = resolve_date(d.post_date, published)
                posted = date is not None  # an unreadable post date dates nothing
        if date is None:
            date = stated
        groups = _separate_calls(low, names, people, sent.start, sent.end, date,
                                 published, posted)
        if len(names) >= 3:
            groups = _another_call(low, names, people, sent.start, date) or groups
        for group, when in groups:
            countries = frozenset(c for c in (people.country_of(n) for n in group) if c)
            found.append(_CallMention(sent.start, group, when, countries, posted,
                                      sent.paragraph, sent.end))
    return found, dated


def _stated_date(low: str, published: dt.date | None) -> dt.date | None:
    """The date a sentence states, past a wire dateline's ("Kiev, December 30 : …" is
    no call date)."""
    dateline = _DATELINE_DATE.match(low)
    return resolve_date(low[dateline.end():] if dateline else low, published)


_ANOTHER_CALL = re.compile(
    r"\b(?:(?:(?P<n>an?|one|two|three|four|five|six|\d) )?(?P<unit>hours?|days?|weeks?) )?"
    r"(?P<rel>after|before|following) (?:(?:a|an|his|her|their|its|the) (?:[a-z-]+ )?"
    r"(?:call|conversation|talks?) with\b|(?P<own>[^,.;]{3,80}?\b(?:held|had) (?:a|an|their)"
    r" (?:[a-z-]+ ){0,2}(?:call|conversation)))")
# A person named as someone else's relation is not the one in the call: "Trump and
# Carney's predecessor, Justin Trudeau, last spoke on March 5".
_SOMEONE_ELSES = re.compile(r"[’']s (?:\w+ )?(?:predecessor|successor|spokes\w+|aide|adviser"
                            r"|advisor|envoy|wife|husband|son|daughter|chief of staff)\b")
# A call denied: "have not held a single phone call", "never spoke by phone".
_NO_CALL = re.compile(r"\b(?:not|never|yet to)\b(?: \S+){0,3} (?:held|had|spoken|spoke"
                      r"|talked|phoned|called)\b")
_TIME_CLAUSE = re.compile(r"\b(?:after|before|following|since)\b")


def _before_or_after(low: str, names: set[str], people: People, start: int,
                     date: dt.date | None) -> list[tuple[frozenset[str], dt.date | None]]:
    """`Trudeau and Sheinbaum agreed in a phone call Wednesday, two days after Trump
    threatened both countries`: who is named only in a clause of time after the call's
    own words took no part in it."""
    m = _TIME_CLAUSE.search(low)
    if m is None:
        return []
    before = {p.name for p in people.in_span(start, start + m.start()) if p.name in names}
    if len(before) < 2 or not lexicon.mentions_call(low[:m.start()]):
        return []
    return [(frozenset(before), date)]


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _another_call(low: str, names: set[str], people: People, start: int,
                  date: dt.date | None) -> list[tuple[frozenset[str], dt.date | None]]:
    """`MBS spoke with Zelensky on Wednesday, two days after a call with Putin`, `…,
    hours after Trump and Putin held a call of their own`: two calls, the one the
    sentence dates, and another: of the first-named leader with those named after `a
    call with`, or of those who `held a call` among themselves (dated by the offset
    where one is given; `hours after` is the same day)."""
    m = _ANOTHER_CALL.search(low)
    if m is None:
        return _before_or_after(low, names, people, start, date)
    order = [p.name for p in people.in_span(start, start + len(low)) if p.name in names]
    after = start + (m.start("own") if m.group("own") else m.end())
    later = {p.name for p in people.in_span(after, start + len(low))}
    main = [n for n in dict.fromkeys(order) if n not in later]
    other = {n for n in later if n in names}
    if len(main) < 2 or not other or (m.group("own") and len(other) < 2):
        return []
    when = None
    unit = m.group("unit") or ""
    if date is not None and (m.group("n") or unit.startswith("hour")):
        n = _NUMBER_WORDS.get(m.group("n") or "a") or int(m.group("n"))
        days = 0 if unit.startswith("hour") else n * (7 if unit.startswith("week") else 1)
        when = date - dt.timedelta(days=days) if m.group("rel") != "before" else (
            date + dt.timedelta(days=days))
    own = frozenset(other) if m.group("own") else frozenset({main[0], *other})
    return [(own, when), (frozenset(main), date)]  # the sentence's own call last: it
    # wins ties for the claims that follow (`last_before`)


# A call sentence that speaks of no call of the day: "have not held a phone call since
# the spring", "Back in 2019, …" (a year other than the article's: checked apart).
# A sentence about a call of another day: "have not spoken", "never", "since January",
# "two weeks ago" (not "since taking office").
_NOT_OF_THE_DAY = re.compile(
    r"\b(?:not|never|ago|since (?:\d|last|then|early|late|the|(?:jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b))")
_ATTRIBUTION_WORDS = 8
_LAST_YEAR = re.compile(r"\blast (?:year|month)\b|\byears? ago\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _date_undated(calls: dict[frozenset[str], Call], mentions: list[_CallMention],
                  dated: list[tuple[int, dt.date]], published: dt.date | None,
                  article: Article) -> None:
    """Date the calls that no sentence naming their participants dates: by the last
    dated sentence about a call before the first mention ("context": `… spoke with
    Macron on Monday. He also spoke with Starmer.`); else by the article's own date
    ("publication"), unless the sentence denies a call or names another year. A call an
    article reports is most often of its day."""
    first: dict[frozenset[str], _CallMention] = {}
    for m in mentions:
        first.setdefault(m.participants, m)
    starts = [at for at, _ in dated]
    for key, call in calls.items():
        if call.date is not None:
            continue
        m = first[key]
        k = bisect_right(starts, m.pos) - 1
        if k >= 0:
            calls[key] = attrs.evolve(call, date=dated[k][1], dated_by="context")
            continue
        low = article.text[m.pos:m.end].lower()
        if published is not None and not _NOT_OF_THE_DAY.search(low) and all(
                int(y) == published.year for y in _YEAR.findall(low)):
            calls[key] = attrs.evolve(call, date=published, dated_by="publication")


def _counterparts(chunk: str, pos: int, names: set[str], people: People) -> set[str]:
    """Leaders named by nationality and title only: `his Chinese counterpart`, `the
    Indian prime minister`. A counterpart holds the named leader's title."""
    found: set[str] = set()
    (known,) = tuple(names)
    for m in _COUNTERPART.finditer(chunk.lower()):
        country = lexicon.COUNTRY_BY_WORD.get(f"{m.group('first')} {m.group('nation')}") or (
            lexicon.COUNTRY_BY_WORD.get(m.group("nation")))  # "south korean", "chinese"
        if country is None or country.code == people.country_of(known):
            continue
        titles = [m.group("title")] if m.group("title") else [
            r for r in _roles(known, people) if r in _LEADER_ROLES or r in _MINISTER_ROLES]
        for title in titles:
            name = people.by_title(title, country.code, pos)
            if name and name not in names and not name.startswith(title.title()):
                found.add(name)
                break
    return found


def _separate_calls(low: str, names: set[str], people: People, start: int, end: int,
                    date: dt.date | None, published: dt.date | None, posted: bool,
                    ) -> list[tuple[frozenset[str], dt.date | None]]:
    """`X held back-to-back calls with A and B`, `X spoke with A on Monday and with B on
    Tuesday`: two calls, X with A and X with B, each dated by the words from its
    counterpart on where the sentence gives each its own date. Otherwise the leaders
    named together took part in one call."""
    if len(names) < 3 or not lexicon.SEVERAL_CALLS.search(low):
        return [(frozenset(names), date)]
    mentions = [m for m in people.in_span(start, end) if m.name in names]
    host = mentions[0].name
    others = [m for m in mentions if m.name != host]
    firsts = list({m.name: m for m in reversed(others)}.values())[::-1]  # first mention
    groups = []
    for i, m in enumerate(firsts):
        until = firsts[i + 1].start if i + 1 < len(firsts) else end
        own = None if posted else resolve_date(low[m.end - start:until - start], published)
        groups.append((frozenset({host, m.name}), own or date))
    return groups


def _merge(mentions: list[_CallMention]) -> dict[frozenset[str], Call]:
    calls: dict[frozenset[str], Call] = {}
    posted: set[frozenset[str]] = set()
    for m in mentions:
        key = m.participants
        existing = calls.get(key)
        date: dt.date | None
        if existing and existing.date:
            date, dated_by = existing.date, existing.dated_by
        else:
            date, dated_by = m.date, m.dated_by
        if m.posted and m.date is not None and key not in posted:
            date, dated_by = m.date, "post"  # a post's date beats one read from the text
            posted.add(key)
        calls[key] = Call(date=date, participants=tuple(sorted(key)), dated_by=dated_by)
    return calls


class _Local:
    """What each paragraph names (people, countries), computed once per paragraph, and
    the call mentions by position."""

    def __init__(self, article: Article, people: People, mentions: list[_CallMention],
                 published: dt.date | None) -> None:
        self.article = article
        self.published = published
        self._sentence_starts = [s.start for s in article.sentences]
        self.people = people
        self._by_call: dict[frozenset[str], list[tuple[int, int, _CallMention]]] = {}
        for order, m in enumerate(mentions):  # in text order
            self._by_call.setdefault(m.participants, []).append((m.pos, order, m))
        self._paragraphs: dict[int, tuple[set[str | None], set[str]]] = {}
        self._speaks: dict[int, bool] = {}
        self._own_dates: dict[tuple[int, int], dt.date | bool | None] = {}

    def paragraph(self, index: int) -> tuple[set[str | None], set[str]]:
        if index not in self._paragraphs:
            para = self.article.paragraphs[index]
            local = self.article.text[para.start:para.end]
            countries = {country_in(w) for w in re.findall(r"[\w’'.]+", local)} - {None}
            named = {m.name for m in self.people.in_span(para.start, para.end)}
            self._paragraphs[index] = (countries, named)
        return self._paragraphs[index]

    def another_day(self, d: Draft, call: Call) -> bool:
        """The claim's sentence, outside the claim's words, dates it to another day than
        the call's: a month and day (`announced on Feb. 24 that …`), or `last year`."""
        if call.date is None:
            return False
        key = (d.start, d.end)
        if key not in self._own_dates:  # once a claim, whatever the calls tried
            self._own_dates[key] = self._own_date(d)
        own = self._own_dates[key]
        return own is True or (own is not None and own != call.date)

    def _own_date(self, d: Draft) -> dt.date | bool | None:
        """The day the words around a claim give it: a date, True for `last year`,
        None for none."""
        i = bisect_right(self._sentence_starts, d.start) - 1
        sent = self.article.sentences[max(i, 0)]
        text = self.article.text  # the sentence around the claim, not the claim's words
        after = text[min(d.end, sent.end):sent.end]
        if len(after.split()) > _ATTRIBUTION_WORDS:
            after = ""  # more than a trailing "…, he said on Feb. 24": another clause
        lead = text[sent.start:max(sent.start, d.start)]
        lead = lead[lead.rfind(",") + 1:]  # the cue's own clause, not "Following the
        # attack on June 1, Carney told …" nor "…, who hosted X last month, thanked …"
        low = (lead + " … " + after).lower()
        if not (any(c.isdigit() for c in low) or "last" in low or "ago" in low):
            return None  # no date, no "last year": the common case, no pattern run
        if lexicon.CALL_EVENT.search(low):
            return None  # "during the call", "in the call": the claim says it is of it
        if _LAST_YEAR.search(low):
            return True
        if not (_DATE_MDY.search(low) or _DATE_DMY.search(low)):
            return None
        return _stated_date(low, self.published)

    def speaks_of_calls(self, index: int) -> bool:
        """Paragraph `index` has a word about calls (`call`, `spoke`, `conversation`);
        computed once per paragraph."""
        if index not in self._speaks:
            para = self.article.paragraphs[index]
            self._speaks[index] = lexicon.CALL_TOPIC.search(
                self.article.text[para.start:para.end].lower()) is not None
        return self._speaks[index]

    def about_a_call(self, pos: int) -> bool:
        """The sentence at `pos` speaks of a call or conversation."""
        i = bisect_right(self._sentence_starts, pos) - 1
        if i < 0:
            return False
        s = self.article.sentences[i]
        return lexicon.mentions_call(self.article.text[s.start:s.end].lower())

    def last_before(self, pos: int, candidates: list[frozenset[str]]) -> _CallMention | None:
        """The last call mention at or before `pos` among `candidates`: a binary search
        in each candidate's own mentions, so other calls' mentions are never walked."""
        best: tuple[int, int, _CallMention] | None = None
        for key in candidates:
            own = self._by_call.get(key, [])
            i = bisect_right(own, pos, key=lambda t: t[0]) - 1
            if i >= 0 and (best is None or own[i][:2] > best[:2]):
                best = own[i]  # the latest mention; of one sentence's, the last found
        return best[2] if best is not None else None


def _call_for(d: Draft, calls: dict[frozenset[str], Call], local: _Local) -> Call | None:
    people = local.people
    agent = d.agent
    if agent is None:
        return None
    candidates: list[frozenset[str]]
    if agent.kind == "group":
        candidates = list(calls)
    elif agent.kind == "person" or any(agent.name in k for k in calls):
        candidates = [k for k in calls if agent.name in k]  # a leader, or their post
    elif agent.kind in ("document", "body") and agent.country and (
            agent.role != "organization"):
        # a country's office or ministry (not a group or company of that country)
        # reports the calls its people took part in
        candidates = _calls_of(agent.country, calls, people)
    else:
        candidates = []
    if not candidates and len(calls) == 1 and local.about_a_call(d.start):
        candidates = list(calls)  # "Peskov said the conversation had been useful"
    if not candidates:
        return None
    candidates = [k for k in candidates if not local.another_day(d, calls[k])]
    if not candidates:
        return None  # "Trudeau announced on Feb. 24 last year that …"
    if len(candidates) == 1:
        return calls[candidates[0]]
    if d.post_date:
        date = resolve_date(d.post_date, local.published)
        for k in candidates:
            if calls[k].date == date:
                return calls[k]
    local_countries, named = local.paragraph(d.paragraph)
    common = frozenset.intersection(*candidates)
    near = [k for k in candidates if (set(k) - common) & named
            or {people.country_of(n) for n in set(k) - common} & local_countries]
    if len(near) == 1:
        return calls[near[0]]
    candidates = near or candidates  # several named here: the one last spoken of
    before = local.last_before(d.start, candidates)
    if before is not None:
        return calls[before.participants]
    return calls[candidates[0]]
