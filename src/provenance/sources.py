"""Sources: the issuer, channel and side of every claim, and its final speaker.

A claim takes, in this order (GUIDELINES.md, "Which source"):
  1. the source named in its own sentence (`the readout said`, `in a post on X`,
     `according to a readout provided by the president’s office`);
  2. else one named for another claim of the same paragraph, before or after;
  3. else the source of the speaker's previous claim (channel carry-over);
  4. else, where the article names exactly one source for that call (or, for a claim
     about no call, for that speaker), that source;
  5. else `unknown`: the speaker is the issuer, the side is the speaker's country (a
     person of no known country is taken to be of the country the article writes from).
The rule that decided is kept in `draft.source_rule`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
from attrs import frozen

from . import lexicon
from .ingest import line_spans
from .names import Mention, People, ascii_fold
from .parties import country_of_issuer
from .patterns import Prefilter
from .records import Article, Call
from .speakers import (
    Resolver,
    channel_in,
    country_in,
    government,
    head_office,
    indefinite,
    leader_office,
)

if TYPE_CHECKING:
    from .extract import Draft


_CARRY_PARAGRAPHS = 2  # a channel carries over this many paragraphs (more: same call)
_SEATS = {ascii_fold(seat): seat for seat in sorted(lexicon.SEATS)}  # sorted: no hash order
_READOUT_RUN = 2  # paragraphs a readout's account of a call runs on unnamed
_NEAREST = 64  # claims of the paragraph tried for a source, nearest first
_HEAD_PARAGRAPHS = 6  # paragraphs searched for what the whole document is
# What the whole document is, behind literal tests that rule out most paragraphs fast.
_READOUT_HEADING = Prefilter(lexicon.READOUT_HEADING)
_REPRODUCED = Prefilter(lexicon.REPRODUCED)
_ATTRIBUTABLE = Prefilter(lexicon.ATTRIBUTABLE)
_CITED = Prefilter(lexicon.CITED)
_CITED_BY = Prefilter(lexicon.CITED_BY)


@frozen
class _Found:
    issuer: str
    channel: str
    country: str | None
    rule: str
    paragraph: int = 0
    span: tuple[int, int] = (0, 0)  # where the text names it, when it does


class _Context:
    """Per-article lookups, each computed once: the sentence a claim starts in, whether
    a sentence mentions the call, the channel a paragraph names, and the explicit
    sources by paragraph and by call, so no claim scans all the others."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._sentence_starts = [s.start for s in article.sentences]
        self._mentions: dict[int, bool] = {}
        self._channels: dict[int, str | None] = {}
        self.by_paragraph: dict[int, list[tuple[int, _Found]]] = {}
        self.pools: dict[object, dict[tuple[str, str], _Found]] = {}

    def index(self, ordered: Sequence[Draft], explicit: dict[int, _Found | None]) -> None:
        for d in ordered:
            f = explicit[id(d)]
            if f is None:
                continue
            self.by_paragraph.setdefault(d.paragraph, []).append((d.start, f))
            if f.channel != "unknown":
                self.pools.setdefault(_key(d), {})[(f.issuer, f.channel)] = f

    def mentions_call(self, d: Draft) -> bool:
        """The claim's sentence says it is about the call (`In his call with Trudeau, …`)."""
        i = bisect_right(self._sentence_starts, d.start) - 1
        if i < 0:
            return False
        if i not in self._mentions:
            s = self.article.sentences[i]
            self._mentions[i] = lexicon.mentions_call(
                self.article.text[s.start:s.end].lower())
        return self._mentions[i]

    def one_readout(self, call: Call) -> bool:
        """The article names exactly one readout of the call (two sides' readouts
        leave an unsourced sentence unknown)."""
        return sum(1 for _, channel in self.pools.get(call, {}) if channel == "readout") == 1

    def attribution(self, d: Draft) -> str:
        """The claim's sentence without the claim: where it was said, and by whom."""
        i = bisect_right(self._sentence_starts, d.start) - 1
        if i < 0:
            return ""
        s = self.article.sentences[i]
        text = self.article.text
        return text[s.start:max(s.start, d.start)] + " " + text[min(d.end, s.end):s.end]

    def paragraph_channel(self, index: int) -> str | None:
        if index not in self._channels:
            para = self.article.paragraphs[index]
            self._channels[index] = channel_in(self.article.text[para.start:para.end])
        return self._channels[index]


def _channel_in_paragraph(d: Draft, ctx: _Context, people: People) -> _Found | None:
    """`Zelensky gave his account on X.` names the channel of the paragraph's claims."""
    channel = ctx.paragraph_channel(d.paragraph)
    if channel is None or channel == "readout" or d.agent is None:
        return None
    issuer = _person_issuer(d.agent, channel, people)
    return _Found(issuer, channel, people.country_of(d.agent.name), "paragraph")


def _explicit(d: Draft, people: People, ctx: _Context) -> _Found | None:
    agent = d.agent
    if agent is not None and agent.kind == "document":
        return _Found(agent.name, _channel_of(agent, d), agent.country, "named")
    if d.via is not None and d.via.kind == "person":
        # through a spokesperson: their office publishes it, on the channel they used,
        # and a statement about the call is the government's readout of it; through
        # anyone else (a leader reporting a joint claim), only the channel named
        relays = people.relays(d.via)
        channel = d.channel_hint or ("statement" if relays else "unknown")
        if channel == "statement" and d.call is not None and relays:
            channel = "readout"
        issuer = _person_issuer(d.via, channel, people, ctx.attribution(d))
        return _Found(issuer, channel, people.country_of(d.via.name) or d.via.country,
                      "named")
    if d.via is not None and not (d.via.kind == "document" and d.via.name == "unknown"
                                  and indefinite(d.via.surface)):
        # "…, the AU Commission said in a statement" (not "In a statement, he said": no
        # one is named for it but the speaker)
        via = d.via if d.via.channel or not d.channel_hint else attrs.evolve(
            d.via, channel=d.channel_hint)
        channel = _channel_of(via, d)
        return _Found(_issuer_for(via, channel), channel, via.country, "named")
    if agent is not None and agent.kind == "body" and agent.channel:
        return _Found(agent.name, _channel_of(agent, d), agent.country, "office")
    if agent is not None and agent.kind == "body" and d.channel_hint:
        # "the embassy dismissed it … in a post on Telegram"
        channel = _channel_of(attrs.evolve(agent, channel=d.channel_hint), d)
        return _Found(_issuer_for(agent, channel), channel, agent.country, "named")
    if d.channel_hint and agent is not None and agent.kind == "person":
        context = ctx.attribution(d)
        issuer = _person_issuer(agent, d.channel_hint, people, context)
        country = (people.country_of(agent.name) or _seat_country(context)
                   if agent.name != "unknown" else None)
        channel = d.channel_hint
        if (channel == "statement" and d.call is not None and issuer != agent.name
                and "statement" in context.lower()):
            channel = "readout"  # a government's statement about the call is its readout
            if country is not None and issuer == government(country):
                issuer = leader_office(agent.name, country, people)  # the leader's office
        return _Found(issuer, channel, country, "named")
    return None


def _issuer_for(m: Mention, channel: str) -> str:
    """A call readout is issued by the leader's office, not 'the government'."""
    if channel == "readout" and m.country and m.name == government(m.country):
        return head_office(m.country)
    return m.name


def _channel_of(m: Mention, d: Draft) -> str:
    channel = m.channel or "unknown"
    if channel in ("unknown", "statement") and m.kind in ("body", "document") and (
            m.country and d.call is not None and m.name != "unknown"):
        return "readout"  # "according to Japan's foreign ministry", about the call
    if channel in lexicon.READOUT_LIKE and m.country and m.name in (
            head_office(m.country), government(m.country)):
        return "readout" if d.call is not None or channel == "readout" else "statement"
    if channel == "readout" and m.kind == "body" and d.call is None:
        return "statement"
    return channel


_FOREIGN_MINISTRY = re.compile(r"\bforeign (?:affairs )?minist")


def _person_issuer(agent: Mention, channel: str, people: People, context: str = "") -> str:
    """Who publishes what a person says on `channel`: the person (posts, interviews),
    the head office of a seat named with them (`Kremlin spokesman Dmitry Peskov`,
    `speaking at the White House`), a foreign ministry for its spokespeople, else the
    government."""
    if channel in ("social_post", "interview", "unknown") or agent.name == "unknown":
        return agent.name
    info = people.person(agent.name)
    roles = " ".join(info.roles) if info else ""
    seat = _seat_country(f"{agent.surface} {roles} {context}")
    country = people.country_of(agent.name) or seat
    if country is None:
        return agent.name
    if seat == country:
        return head_office(country)
    if "spokes" in roles or _FOREIGN_MINISTRY.search(roles):  # not a "foreign policy aide"
        return f"Ministry of Foreign Affairs of {lexicon.COUNTRY_BY_CODE[country].name}"
    return government(country)


def _whole_document(article: Article, resolver: Resolver) -> _Found | None:
    """The article is one office's document, the source of every claim not otherwise
    sourced: it reproduces one (`The following statement was issued by the Office of
    the Prime Minister …`), or it is a government's readout page (`READOUT`, `The
    following is attributable to Spokesperson …`)."""
    heading = False
    text = article.text
    for para in article.paragraphs[:_HEAD_PARAGRAPHS]:
        if not _READOUT_HEADING.rules_out(text, para.start, para.end) and (
                lexicon.READOUT_HEADING.fullmatch(text, para.start, para.end)):
            heading = True
            continue
        m = _found(_REPRODUCED, text, para.start, para.end) or _found(
            _ATTRIBUTABLE, text, para.start, para.end)
        if m is None:
            continue
        issuer = resolver.resolve(m.start("issuer"), m.end("issuer"), loose=True)
        if issuer is not None and issuer.kind in ("body", "document", "person") and (
                issuer.name != "unknown") and issuer.name[:1].isupper():  # a name
            channel = "readout" if heading or m.re is lexicon.ATTRIBUTABLE else "statement"
            return _Found(issuer.name, channel, issuer.country, "document")
    if heading:
        return _Found("unknown", "readout", None, "document")
    return _readout_page(article, resolver)


def cited_document(article: Article, resolver: Resolver) -> Mention | None:
    """The story's cited source (`cited_source`) as a document the text names, for
    `the press service said` later."""
    found = _cited_source(article, resolver)
    if found is None:
        return None
    start, end = found.span
    return Mention(start, end, article.text[start:end], "document", found.issuer,
                   found.country, channel=found.channel)


# A source no one can be quoted as: anonymous people, not an office or a channel.
_UNNAMED_SOURCE = re.compile(r"\b(?:sources?|officials?|people|persons?|diplomats?|aides?"
                             r"|insiders?|someone|media|reports?)\b", re.IGNORECASE)


def _cited_source(article: Article, resolver: Resolver) -> _Found | None:
    """The source a news agency says its whole story comes from (`Ukrinform reports,
    citing the President's Office`; `… with reference to the Head of State's Telegram
    channel`): an office's release, or a person's own posts."""
    text = article.text
    for para in article.paragraphs[:_HEAD_PARAGRAPHS]:  # the lede says where it is from
        m = _found(_CITED, text, para.start, para.end) or _found(
            _CITED_BY, text, para.start, para.end)
        if m is None:
            continue
        start, end = m.span("issuer")
        span = (start, end)
        np = text[start:end]
        if _UNNAMED_SOURCE.search(np):
            continue  # "citing a Kremlin source", "citing two White House officials"
        channel = channel_in(np)
        owner_end = max(np.rfind("’s "), np.rfind("'s "))
        owner_start = np.find(" of ")
        if owner_end > 0:  # "the Head of State's Telegram channel"
            owner = resolver.resolve(start, start + owner_end, loose=True)
        elif owner_start > 0 and channel is not None:  # "the press service of the President"
            owner = resolver.resolve(start + owner_start + 4, end, loose=True)
        else:
            owner = resolver.resolve(start, end, loose=True)
        if owner is None or owner.name == "unknown" or not owner.name[:1].isupper():
            continue
        country = owner.country or resolver.people.country_of(owner.name)
        if channel == "social_post" and owner.kind == "person":
            return _Found(owner.name, channel, country, "cited", span=span)
        if owner.kind == "person" and country is not None:
            return _Found(head_office(country), "readout", country, "cited", span=span)
        if owner.kind == "body":
            return _Found(owner.name, owner.channel or "statement", country, "cited",
                          span=span)
        return None
    return None


def _found(test: Prefilter, text: str, start: int, end: int) -> re.Match[str] | None:
    """`test.pattern.search(text, start, end)`, but for texts its literals rule out."""
    return None if test.rules_out(text, start, end) else test.pattern.search(text, start, end)


_MENU_WORDS = 15  # a line of a web page's menus, title or date line is shorter
_FIRST_WORDS = re.compile(r"\s*(?:\S+\s+){1,6}")  # where a sentence names its subject


def _readout_page(article: Article, resolver: Resolver) -> _Found | None:
    """A leader's office's own page about a call: its first sentence of prose opens
    `Prime Minister Mark Carney today spoke with …` (news writes the day; a readout
    writes `today`), after the page's short lines (menus, title, date, place); or the
    page says what it is above its prose (`Press release`; a title that is the call
    alone, `Telephone conversation with …`), and its first sentence names its leader."""
    m = None
    text = article.text
    signed = _from_line_country(article, resolver.people)
    if signed is not None:  # "From: Prime Minister's Office, 10 Downing Street"
        return _Found(head_office(signed), "readout", signed, "document")
    titled = _labelled_release(article)
    for body in (p for p in article.paragraphs if p.boilerplate is None):
        long = _has_prose(text[body.start:body.end]) or (
            titled and text[body.start:body.end].rstrip().endswith("."))  # a sentence
        m = lexicon.READOUT_OPENING.match(text, body.start, body.end)
        if m is None and titled and long:
            # under a call's title, the first prose's subject is the page's leader (a
            # cookie notice or a sentence naming no one comes before it)
            m = _FIRST_WORDS.match(text, body.start, body.end)
            if m is not None and not resolver.people.in_span(body.start, m.end()):
                m = None
                continue
        if m is not None or long:
            break  # the opening, or prose that is not it
    if m is None:
        return None
    leader = next(iter(resolver.people.in_span(body.start, m.end())), None)
    country = resolver.people.country_of(leader.name) if leader is not None else None
    if leader is None or country is None:
        return None
    # (a president's own page where the head of government issues readouts: his office)
    return _Found(leader_office(leader.name, country, resolver.people), "readout", country,
                  "document")


def _labelled_release(article: Article) -> bool:
    """The page says it is a government's release of a call, above its prose: a short
    line `Press release`, `From: Prime Minister's Office`, `Telephone conversation with
    …`; or a long title that its first sentence repeats word for word, with no agency
    or outlet credited for it (`Volodymyr Zelenskyy had a phone conversation with …`)."""
    text = article.text
    titles: list[list[str]] = []  # the long heading lines met so far
    first_prose = True
    for k, para in enumerate(article.paragraphs):
        if k >= _PAGE_HEAD:
            return False  # a page's head is over by now, whatever its lines
        chunk = text[para.start:para.end]
        if para.boilerplate is None and first_prose:
            first_prose = False
            words = ascii_fold(chunk).split()
            if titles and not _CREDITED.search(chunk) and any(
                    _repeats(t, words) for t in titles):
                return True  # the page's title is its first sentence: a leader's own page
        if para.boilerplate is None and _has_prose(chunk):
            return False  # prose: the page's head is over
        for start, end in line_spans(text, para.start, para.end):
            if len(text[start:end].split()) <= _MENU_WORDS and (
                    lexicon.READOUT_TITLE.fullmatch(text, start, end)
                    or lexicon.RELEASE_MARKER.fullmatch(text, start, end)):
                return True
            if para.boilerplate == "heading" and first_prose:
                line = ascii_fold(text[start:end]).split()
                if len(line) >= _TITLE_AS_LEDE:
                    titles.append(line)
    return False


def _from_line_country(article: Article, people: People) -> str | None:
    """The country of a government page's `From:` line, in the page's head: its seat
    (`From: Prime Minister's Office, 10 Downing Street`), its country or its leader;
    the page is that country's head office's."""
    text = article.text
    if "rom:" not in text and "ROM:" not in text:
        return None  # (most articles: no such line, no scan)
    for para in article.paragraphs[:_PAGE_HEAD]:
        for start, end in line_spans(text, para.start, para.end):
            line = text[start:end]
            if line.lstrip().lower().startswith("from:") and lexicon.RELEASE_MARKER.fullmatch(
                    text, start, end):
                countries = [people.country_of(m.name) for m in people.in_span(start, end)]
                return (_seat_country(line) or country_in(line)
                        or next((c for c in countries if c), None))
    return None


def _has_prose(chunk: str) -> bool:
    """A line longer than a menu's: a page's head (menus, title, date, `From:` …) is
    short lines, even where no blank line parts them."""
    return any(len(line.split()) > _MENU_WORDS for line in chunk.split("\n"))


_PAGE_HEAD = 40  # paragraphs: menus, titles, bylines and date lines come before these
# A lede that credits an agency or a source is news, not the office's own page.
_CREDITED = re.compile(r"\b(?:reports?|reported|said|says|according to|told|citing)\b")
_TITLE_AS_LEDE = 8  # words: a title this long, repeated by the first sentence


def _repeats(title: list[str], sentence: list[str]) -> bool:
    """Every word of a long title appears in the sentence, in order ("Volodymyr
    Zelenskyy had a phone conversation with Prime Minister of Canada Mark Carney")."""
    if len(title) < _TITLE_AS_LEDE:
        return False
    words = iter(sentence)
    return all(w in words for w in title)


def _seat_country(text: str) -> str | None:
    """The country whose seat of government a phrase names (`at the Kremlin`)."""
    folded = ascii_fold(text)
    found = [(folded.find(key), key, seat) for key, seat in _SEATS.items() if key in folded]
    if not found:
        return None
    return lexicon.COUNTRY_BY_WORD[min(found)[2]].code  # the seat named first


def _key(d: Draft) -> object:
    if d.call is not None:
        return d.call
    return d.agent.name if d.agent is not None else None


def assign_sources(drafts: Sequence[Draft], resolver: Resolver, people: People,
                   article: Article, cited_doc: Mention | None = None) -> None:
    """Fill in speaker, issuer, channel and side of every draft (in place).
    `cited_doc`: the source an agency cites for the story (`cited_document`), found
    before extraction."""
    ordered = sorted(drafts, key=lambda d: d.start)
    ctx = _Context(article)
    whole = _whole_document(article, resolver)
    cited = None if cited_doc is None else _Found(
        cited_doc.name, cited_doc.channel or "statement", cited_doc.country, "cited")
    explicit = {id(d): _explicit(d, people, ctx) for d in ordered}
    ctx.index(ordered, explicit)
    last_by_speaker: dict[str, _Found] = {}
    last_readout: dict[Call, _Found] = {}  # the readout that last spoke of each call
    announced = _announcements(article, ordered, resolver, people)
    k = 0
    for d in ordered:
        while k < len(announced) and announced[k][0] < d.start:
            _, person, channel, paragraph = announced[k]
            last_by_speaker[person.name] = _Found(_person_issuer(person, channel, people),
                                                  channel, None, "", paragraph)
            k += 1
        found = explicit[id(d)]
        if (found is not None and found.channel == "unknown" and d.via is not None
                and d.via.kind == "person" and d.via.name in last_by_speaker):
            # "According to him, the parties also discussed …": the reporter's channel
            reporter = last_by_speaker[d.via.name]
            if d.paragraph - reporter.paragraph <= _CARRY_PARAGRAPHS:
                found = _Found(reporter.issuer, reporter.channel, reporter.country,
                               "carry-over")
        if found is None:
            found = _from_paragraph(d, ctx)
        if found is None and d.agent is not None and d.agent.kind == "person":
            found = _channel_in_paragraph(d, ctx, people)
        if found is None and d.agent is not None and d.agent.kind == "person":
            carried = last_by_speaker.get(d.agent.name)
            if carried is not None and (d.paragraph - carried.paragraph <= _CARRY_PARAGRAPHS
                                        or ctx.mentions_call(d)):
                found = _Found(carried.issuer, carried.channel, carried.country, "carry-over")
        if found is None and d.call is not None and d.call in last_readout and (
                d.agent is None or d.agent.kind == "group"
                or d.agent.name in d.call.participants) and ctx.one_readout(d.call):
            # "According to the readout, X told Y … . He also … . The leaders agreed …":
            # the call's narrative goes on in its only readout, named just before
            run = last_readout[d.call]
            if d.paragraph - run.paragraph <= _READOUT_RUN:
                found = _Found(run.issuer, "readout", run.country, "carry-over")
        if found is None:
            found = _single_source(d, ctx)
        if found is None and cited is not None and _cited_fits(d, cited):
            channel = cited.channel
            if channel != "social_post":
                channel = "readout" if d.call is not None else "statement"
            found = _Found(cited.issuer, channel, cited.country, "cited")
        if found is None and whole is not None and (
                whole.issuer != "unknown" or d.call is not None):
            # every word of it is the document's (a readout page with no issuer named:
            # only what it says of a call)
            channel = ("readout" if d.call is not None or whole.channel == "readout"
                       else "statement")
            found = _Found(whole.issuer, channel, whole.country, "document")
        _finish(d, found, people)
        if d.speaker != "unknown" and d.channel != "unknown":
            # the speaker's latest channel, whether named for the person or their post
            last_by_speaker[d.speaker] = _Found(d.issuer, d.channel, None, "", d.paragraph)
            if d.via is not None and d.via.kind == "person" and d.via.name != d.speaker:
                # "Pinho told the briefing that von der Leyen had …": Pinho's too
                last_by_speaker[d.via.name] = _Found(d.issuer, d.channel, None, "",
                                                     d.paragraph)
        if d.call is not None and d.channel == "readout" and found is not None:
            last_readout[d.call] = _Found(d.issuer, "readout", found.country, "",
                                          d.paragraph)


def _announcements(article: Article, drafts: Sequence[Draft], resolver: Resolver,
                   people: People) -> list[tuple[int, Mention, str, int]]:
    """Sentences with no claim that say where a person spoke (`Trump gave his own take
    on Truth Social.`, `Lula spoke at length in an interview with TV Bandeirantes.`),
    and `Source: X on Telegram` lines: (position, person, channel, paragraph), in text
    order. The person's next claims
    without a source of their own take that channel."""
    starts = sorted(d.start for d in drafts)
    paragraph_starts = [p.start for p in article.paragraphs]
    out = []
    for k, para in enumerate(article.paragraphs):  # "Source: Zelenskyy on Telegram"
        person = (people.source_line(para.start, para.end)
                  if para.boilerplate == "heading" else None)
        channel = channel_in(article.text[para.start:para.end]) if person else None
        if person is not None and channel is not None and channel != "readout":
            out.append((para.start, person, channel, k))
    for s in article.sentences:
        i = bisect_right(starts, s.start - 1)
        if i < len(starts) and starts[i] < s.end:
            continue  # a claim's own sentence: its source is named for it
        person = next((m for m in people.in_span(s.start, s.end)
                       if not resolver.inside_quote(m.start)), None)
        if person is None or not _subject_of(article.text, s.start, person):
            continue  # (checked first: it is the cheaper test)
        sentence = article.text[s.start:s.end]
        if _NOT_AN_ACCOUNT.search(sentence.lower()):
            continue  # "did not give an interview", "was mocked … on Truth Social"
        channel = channel_in(sentence)
        if channel is not None and channel != "readout":
            out.append((s.start, person, channel,
                        bisect_right(paragraph_starts, s.start) - 1))
    return sorted(out, key=lambda a: a[0])


# What makes a sentence naming a person and a channel no account of theirs: negation,
# the passive ("was mocked by Trump on Truth Social"), habit ("has often criticised").
_NOT_AN_ACCOUNT = re.compile(r"\b(?:not|never|n't|no longer|was \w+ by|were \w+ by"
                             r"|has often|have often|often|usually|regularly|last year)\b")


def _cited_fits(d: Draft, cited: _Found) -> bool:
    """A claim can come through the story's cited source: a person's posts carry only
    that person's words; an office's release those of its country's people and what
    it says of a call."""
    agent = d.agent
    if agent is None or agent.kind == "group" or agent.name == "unknown":
        return cited.channel != "social_post" and d.call is not None
    if cited.channel == "social_post":
        return agent.name == cited.issuer
    # an office's release of a call carries both participants' words
    return agent.kind == "person" and (agent.country == cited.country or (
        d.call is not None and agent.name in d.call.participants))


def _subject_of(text: str, start: int, person: Mention) -> bool:
    """The person is the sentence's subject: named among its first words (a title
    before the name allowed), and not as an owner (`Zelenskyy's interview with CNN`)."""
    return (len(text[start:person.start].split()) <= 4
            and not text.startswith(("’s", "'s"), person.end))


def _compatible(d: Draft, f: _Found, people: People | None = None) -> bool:
    agent = d.agent
    if agent is None or agent.kind == "group" or agent.name == "unknown":
        return True
    if agent.kind == "person":
        return f.issuer == agent.name or (f.country is not None and f.country == agent.country)
    return f.issuer == agent.name


def _from_paragraph(d: Draft, ctx: _Context) -> _Found | None:
    """The nearest compatible source named for another claim of the paragraph."""
    found = ctx.by_paragraph.get(d.paragraph, [])
    i = bisect_right(found, d.start, key=lambda t: t[0])
    left, right = i - 1, i
    for _ in range(_NEAREST):  # outward from the claim, nearest first
        if left < 0 and right >= len(found):
            break
        use_left = right >= len(found) or (
            left >= 0 and d.start - found[left][0] <= found[right][0] - d.start)
        f = found[left][1] if use_left else found[right][1]
        if use_left:
            left -= 1
        else:
            right += 1
        if _compatible(d, f):
            return _Found(f.issuer, f.channel, f.country, "paragraph")
    return None


def _single_source(d: Draft, ctx: _Context) -> _Found | None:
    key = _key(d)
    if key is None:
        return None
    if d.agent is not None and d.agent.kind == "group" and d.call is None:
        return None
    pool = ctx.pools.get(key, {})
    if len(pool) == 1:
        f = next(iter(pool.values()))
        if _compatible(d, f):
            return _Found(f.issuer, f.channel, f.country, "single-source")
    return None


def _finish(d: Draft, found: _Found | None, people: People) -> None:
    agent = d.agent
    if agent is None or (agent.name == "unknown" and agent.kind != "group"):
        d.speaker, d.mention = "unknown", agent.surface if agent else ""
    elif agent.kind == "group":
        # "the two leaders agreed …": whoever reports it; a spokesperson by name
        reporter = d.via.name if d.via is not None and d.via.kind == "person" else None
        d.speaker = reporter or (found.issuer if found is not None else "unknown")
        d.mention = agent.surface
    elif agent.kind in ("document", "body"):
        d.speaker, d.mention = agent.name, agent.surface
    else:
        d.speaker, d.mention = agent.name, agent.surface
    if found is None:
        d.channel = "unknown"
        if agent is not None and agent.kind in ("person", "body") and agent.name != "unknown":
            d.issuer = agent.name
        else:
            d.issuer = "unknown"
        country = _country(agent, people)
        d.source_rule = ""
    else:
        d.issuer, d.channel = found.issuer, found.channel
        if d.channel == "unknown" and agent is not None and agent.kind == "person":
            d.issuer = agent.name
        # the issuer's country ("Prime Minister's Office (Canada)"), else the speaker's
        country = (found.country or country_of_issuer(found.issuer)
                   or _country(agent, people))
        d.source_rule = found.rule
    d.side = _side(country, d.speaker)
    if d.channel != "unknown":
        d.chain.append((d.channel, d.issuer))
    if d.speaker != "unknown" and (not d.chain or d.chain[-1][1] != d.speaker):
        d.chain.append(("speaker", d.speaker))


def _country(agent: Mention | None, people: People) -> str | None:
    if agent is None or agent.name == "unknown":
        return None
    if agent.country:
        return agent.country
    if agent.kind == "person":  # else the country the article writes from
        return people.country_of(agent.name) or people.home_country
    return None


def _side(country: str | None, speaker: str) -> str:
    if country and country in lexicon.COUNTRY_BY_CODE:
        return lexicon.COUNTRY_BY_CODE[country].side
    return "unknown" if speaker == "unknown" else "other"
