"""Speakers: a noun phrase in the text (`the president’s office`, `he`, `a press release
issued by Canada`, `Foreign Ministry spokesperson Maria Zakharova`) -> who speaks.

The answer is a `Mention`: a person, a body (office, ministry, government), a group
(both leaders at once) or a document (readout, post, statement) with its issuer.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator, Sequence
from functools import cached_property

from . import lexicon
from .names import Mention, People, ascii_fold, title_in
from .normalize import fold
from .patterns import PatternSet
from .quotes import Quote
from .records import Sentence

# The channel patterns, with one scan of a phrase for the literals they need.
_CHANNELS = PatternSet(re.compile(p) for p, _ in lexicon.CHANNEL_PATTERNS)
_CHANNEL_NAMES = [c for _, c in lexicon.CHANNEL_PATTERNS]
# Who issued a document, in order of preference: "released by X", "from X", "of X".
_ISSUED_BY = (
    re.compile(r"\b(?:issued|released|provided|published|put out|shared|posted) by (.+)$"),
    re.compile(r"\bfrom (.+)$"),
    re.compile(r"\bof (?!(?:the|this|that|their|a|an) (?:phone |telephone |video )?"
               r"(?:call|conversation|talks|meeting|discussion)\b)(.+)$"),
)
# A title opening a sentence: "The Prime Minister updated Mr Albanese …".
_OPENING_TITLE = re.compile(r"\s*(?:The|the) ((?:[A-Za-z-]+ ){1,4})")
_FRONTED = re.compile(
    r"\s*(?:(?:Asked|Pressed|Questioned|Responding|Referring|Speaking|Commenting|Following"
    r"|Despite|Unlike|Like|In|On|At|During|With|Without|For)\b"
    r"|(?:After|Before|While|When) [a-z]+ing\b)")
_PRONOUN_TOKEN = re.compile(r"\b(he|she|He|She)\b")


def channel_in(text: str) -> str | None:
    """The channel a phrase names (`in a post on X` -> social_post), if any."""
    return next(_channels(text), None)


def channels_in(text: str) -> set[str]:
    """Every channel a text names (`… said at a news conference, in an interview …`)."""
    return set(_channels(text))


def _channels(text: str) -> Iterator[str]:
    folded = ascii_fold(text)
    for i in _CHANNELS.candidates(folded):  # most phrases: none
        if _CHANNELS.patterns[i].search(folded):
            yield _CHANNEL_NAMES[i]


def country_in(text: str) -> str | None:
    """The first country named or implied in a phrase (`Canada`, `Ukrainian`, `Kremlin`)."""
    folded = ascii_fold(text).replace("'s", "")
    words = folded.split()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i:i + n])
            if key in lexicon.COUNTRY_BY_WORD:
                return lexicon.COUNTRY_BY_WORD[key].code
    return None


def head_office(country: str) -> str:
    return lexicon.COUNTRY_BY_CODE[country].head_office


def indefinite(np: str) -> bool:
    """`a statement`, `In a statement`: a new document, not one named before."""
    return _INDEFINITE.match(np) is not None


_INDEFINITE = re.compile(r"\s*(?:in )?an? ", re.IGNORECASE)


def leader_office(name: str, country: str, people: People) -> str:
    """The office that issues a leader's readouts: the country's head office, but a
    president's own where the head of government issues them (Poland, Germany, India)."""
    office = head_office(country)
    if "President" not in office and country not in lexicon.BLOCS and people.holds(
            name, "president"):  # (a bloc's president speaks through its body)
        office = f"Office of the President of {lexicon.COUNTRY_BY_CODE[country].name}"
    return office


def government(country: str) -> str:
    c = lexicon.COUNTRY_BY_CODE[country]
    return c.name if country in lexicon.BLOCS else f"Government of {c.name}"


class Resolver:
    """Resolves noun phrases of one article to speakers."""

    def __init__(self, text: str, people: People, sentences: Sequence[Sentence],
                 quotes: Sequence[Quote]) -> None:
        self.text = text
        self.people = people
        self.sentences = sentences
        self._sentence_starts = [s.start for s in sentences]
        self.quote_spans = sorted((q.open, q.close + 1) for q in quotes if q.marks == "double")
        self._quote_starts = [s for s, _ in self.quote_spans]
        # single quotations too (they may nest in double ones: a list of spans each)
        self._single_spans = sorted((q.open, q.close + 1) for q in quotes
                                    if q.marks == "single")
        self.documents: list[Mention] = []  # documents and bodies met, in text order
        self._remembered: set[Mention] = set()
        self._subjects: dict[int, str | None] = {}
        self._acronyms: dict[str, Mention] = {}  # "MSZ" -> the body named with it

    # -- public ---------------------------------------------------------------------
    def resolve(self, start: int, end: int, *, loose: bool = False) -> Mention | None:
        """Who the noun phrase `text[start:end]` is; None when it is no speaker.
        `loose`: any named thing will do (after `according to`)."""
        while start < end and self.text[start] in " ,;:\n":
            start += 1
        while end > start and self.text[end - 1] in " ,;:.\n":
            end -= 1
        if start >= end:
            return None
        np = self.text[start:end]
        short = self._acronyms.get(np.removeprefix("the ").removeprefix("The ")) if (
            self._acronyms) else None
        if short is not None:  # "the MSZ", after "the Polish Foreign Ministry (MSZ)"
            return Mention(start, end, np, "body", short.name, short.country)
        found = self._resolve(start, end, np, loose=loose)
        acronym = _ACRONYM_END.search(np) if found is not None else None
        if acronym is not None and found is not None and found.kind == "body" and (
                found.name != "unknown") and acronym.group(1) not in _GENERIC_ACRONYMS:
            self._acronyms.setdefault(acronym.group(1), found)
        return found

    def _resolve(self, start: int, end: int, np: str, *, loose: bool) -> Mention | None:
        folded = ascii_fold(np)
        surface = np
        if folded in lexicon.PRONOUNS:
            name = self.subject_before(start, lexicon.PRONOUNS[folded])
            return Mention(start, end, surface, "person", name or "unknown",
                           self.people.country_of(name) if name else None)
        if folded in lexicon.DOCUMENT_PRONOUNS:
            return self._last_document(start, surface)
        if folded in lexicon.GROUP_PRONOUNS or lexicon.GROUP_PATTERNS.match(folded):
            return Mention(start, end, surface, "group", "unknown")
        persons = self.people.in_span(start, end)
        distinct = list(dict.fromkeys(m.name for m in persons))
        if len(distinct) >= 2 and re.search(r"\band\b|&", folded):
            return Mention(start, end, surface, "group", "unknown")
        channel = channel_in(np)
        if channel and not (persons and _possessive_person(np)):
            return self._document(start, end, surface, channel)
        if persons and not self.text[persons[-1].end:end].strip(" ’'s") and not (
                self.low_of(start, persons[-1].start).rstrip().endswith(" of")):
            last = persons[-1]  # "Kremlin spokesman Dmitry Peskov": the person is the head
            return Mention(start, end, surface, "person", last.name, last.country,
                           last.gender, role=last.role)
        if not persons:  # "the spokesperson" named before is that person, no office
            title, country = title_in(np)
            name = (self.people.by_title(title, None, start, self.subject_before(start))
                    if title and country is None else None)
            if name:
                return Mention(start, end, surface, "person", name,
                               self.people.country_of(name))
        office = self._office(start, end, folded, persons)
        if office is not None:
            return office
        if persons:
            last = persons[-1]
            return Mention(start, end, surface, "person", last.name, last.country,
                           last.gender, role=last.role)
        title, country = title_in(np)
        if title:
            name = self.people.by_title(title, country, start, self.subject_before(start))
            if name:
                return Mention(start, end, surface, "person", name,
                               country or self.people.country_of(name))
            return None
        return self._body(start, end, surface, folded, loose=loose)

    def subject_before(self, pos: int, gender: str = "") -> str | None:
        """The person a pronoun at `pos` most likely refers to: the subject (first person
        named outside quotations) of this sentence so far, else of earlier sentences."""
        idx = self._sentence_index(pos)
        for k in range(idx, max(-1, idx - 8), -1):
            sent = self.sentences[k]
            limit = min(sent.end, pos)
            if k == idx and self._after_fronted_clause(sent.start, pos):
                continue  # "Asked about Nijjar, he said": he is not Nijjar
            name = self._first_person(sent.start, limit, gender)
            if name:
                return name
        return None

    def _after_fronted_clause(self, start: int, pos: int) -> bool:
        """`pos` follows a sentence-opening participle or prepositional clause and its
        comma (`Asked about X, he`, `In a call with X, she`): the people named in the
        clause are not the subject."""
        before = self.text[start:pos].rstrip()
        # the clause's own comma: the sentence's first ("…, and afterwards, he said"
        # leaves the subject where it was)
        return (before.endswith(",") and before.find(",") == len(before) - 1
                and _FRONTED.match(self.text, start) is not None)

    def remember(self, mention: Mention) -> None:
        """Note a document or office met in the text, for `the readout`, `it` later.
        Kept in text order, whatever order the finders meet them in."""
        if mention.kind in ("document", "body") and mention not in self._remembered:
            self._remembered.add(mention)
            insort(self.documents, mention, key=lambda m: m.start)

    def inside_quote(self, pos: int) -> bool:
        k = bisect_right(self._quote_starts, pos) - 1
        return k >= 0 and pos < self.quote_spans[k][1]  # double quotations never nest

    def _inside_any_quote(self, pos: int) -> bool:
        """Inside a double or a single quotation (`‘I asked Keir directly’`)."""
        if self.inside_quote(pos):
            return True
        k = bisect_right(self._single_spans, (pos, len(self.text) + 1)) - 1
        return k >= 0 and pos < self._single_spans[k][1]

    # -- helpers --------------------------------------------------------------------
    def low_of(self, start: int, end: int) -> str:
        return " " + ascii_fold(self.text[start:end])

    def _sentence_index(self, pos: int) -> int:
        """The last sentence starting at or before `pos` (the first if none does)."""
        return max(0, bisect_right(self._sentence_starts, pos) - 1)

    def _first_person(self, start: int, end: int, gender: str) -> str | None:
        candidates: list[tuple[int, str]] = []
        opening = _OPENING_TITLE.match(self.text, start, end)
        if opening:  # "The Prime Minister …": the title's holder is the subject
            words = opening.group(1).split()
            title, country = next((t for n in range(len(words), 0, -1)
                                   if (t := title_in(" ".join(words[:n])))[0]), ("", None))
            if title:
                if start not in self._subjects:  # who the text spoke of just before
                    self._subjects[start] = None  # guards against cycles
                    self._subjects[start] = self.subject_before(
                        self._before_sentence(start))
                holder = self.people.by_title(title, country, start, self._subjects[start])
                info = self.people.person(holder) if holder else None
                if holder and not (gender and info and info.gender
                                   and info.gender != gender):
                    return holder
        for m in self.people.in_span(start, end):
            if self._inside_any_quote(m.start):
                continue
            info = self.people.person(m.name)
            if gender and info and info.gender and info.gender != gender:
                continue
            candidates.append((m.start, m.name))
            break
        for match in _PRONOUN_TOKEN.finditer(self.text, start, end):
            if self.inside_quote(match.start()):
                continue
            if gender and lexicon.PRONOUNS[match.group(1).lower()] != gender:
                continue
            if candidates and candidates[0][0] < match.start():
                break
            if match.start() not in self._subjects:
                self._subjects[match.start()] = None  # guards against cycles
                self._subjects[match.start()] = self.subject_before(
                    self._before_sentence(match.start()), gender)
            name = self._subjects[match.start()]
            if name:
                candidates.append((match.start(), name))
            break
        if not candidates:
            return None
        return min(candidates)[1]

    def _before_sentence(self, pos: int) -> int:
        idx = self._sentence_index(pos)
        return self.sentences[idx].start - 1 if idx > 0 else -1

    def _named_before(self, pos: int, surface: str, head: str) -> Mention | None:
        """`the ministry`: the last office or body named before whose name has that
        head word (`Ministry of Foreign Affairs of Japan`)."""
        for m in self._documents_before(pos):
            if m.kind == "body" and head in ascii_fold(m.name).split():
                return Mention(pos, pos + len(surface), surface, "body", m.name, m.country,
                               channel=m.channel)
        return None

    def _organization_before(self, pos: int, surface: str) -> Mention | None:
        """`the group`, `the union`: the organization last named before (not a
        government's office or ministry): in the last three sentences, a name whose
        words say it is one (`Canadian Federation of Independent Business`), else one
        that spoke earlier."""
        heads = lexicon.ORGANIZATION_KINDS.get(surface.split()[-1].lower(),
                                                 frozenset({surface.split()[-1].lower()}))
        first = self.sentences[max(0, self._sentence_index(pos) - 2)].start
        named = [m for m in _NAMED_ORGANIZATION.finditer(self.text, first, pos)
                 if set(ascii_fold(m.group()).split()) & heads]
        if named:  # the name says it is one: "the party" is the Labour Party
            name = named[-1].group().removeprefix("The ")
            return Mention(pos, pos + len(surface), surface, "body", name,
                           country_in(name), role="organization")
        for m in self._documents_before(pos):
            if m.kind == "body" and m.role == "organization" and (
                    set(ascii_fold(m.name).split()) & heads):
                return Mention(pos, pos + len(surface), surface, "body", m.name, m.country,
                               role="organization")
        return None

    def _documents_before(self, pos: int) -> Iterator[Mention]:
        """Documents and offices named before `pos`, nearest first (the last 200)."""
        k = bisect_left(self.documents, pos, key=lambda m: m.start)
        for i in range(k - 1, max(-1, k - 201), -1):
            yield self.documents[i]

    def _last_document(self, pos: int, surface: str) -> Mention | None:
        for m in self._documents_before(pos):
            return Mention(m.start, m.end, surface, m.kind, m.name, m.country,
                           channel=m.channel)
        return None

    def _document(self, start: int, end: int, surface: str, channel: str) -> Mention:
        np = self.text[start:end]
        issuer_np = None
        folded = fold(np)
        match = next((m for m in (p.search(folded) for p in _ISSUED_BY) if m), None)
        if match:
            issuer_np = (start + match.start(1), start + match.end(1))
        issuer: Mention | None = None
        if issuer_np:
            issuer = self.resolve(*issuer_np, loose=True)
        if issuer is None:
            head = np if not match else np[: match.start()]
            country = country_in(head)
            persons = self.people.in_span(start, end)
            if persons:
                issuer = persons[-1]
            elif country:
                issuer = Mention(start, end, surface, "body", head_office(country), country)
        if issuer is None and not match:
            named = _strip_document_nouns(np)
            if named and named[0].isupper() and named != np.strip(" ,."):
                # "Western intelligence assessment": a body issues the document; "the MEA
                # statement": the body it names, as it was named before
                at = start + np.find(named)
                known = self.resolve(at, at + len(named)) if at >= start else None
                issuer = known if known is not None and known.kind == "body" and (
                    known.name != "unknown") else Mention(start, end, surface, "body",
                                                          named, country_in(named))
        if issuer is None and indefinite(np):
            # "In a statement, he said": a document of its own, not one named before
            return Mention(start, end, surface, "document", "unknown", None, channel=channel)
        if issuer is None:
            # "the readout", "the post": the last one of that channel in the article
            similar = lexicon.READOUT_LIKE if channel in lexicon.READOUT_LIKE else {channel}
            for m in self._documents_before(start):
                if m.channel in similar and m.name != "unknown":
                    return Mention(start, end, surface, "document", m.name, m.country,
                                   channel=channel)
            if channel in lexicon.READOUT_LIKE:
                # "the ministry said …. The statement added": the last office that spoke
                for m in self._documents_before(start):
                    if m.kind == "body" and m.name != "unknown":
                        return Mention(start, end, surface, "document", m.name, m.country,
                                       channel=channel)
            return Mention(start, end, surface, "document", "unknown", None,
                           channel=channel)
        name, country = issuer.name, issuer.country
        if issuer.kind == "body" and country and issuer.name == government(country):
            name = head_office(country) if channel == "readout" else issuer.name
        mention = Mention(start, end, surface, "document", name, country, channel=channel)
        return mention

    def _organization(self, start: int, end: int, surface: str,
                      country: str | None) -> Mention | None:
        """A named organization as a subject (`Fingrid said`, `The Christian Social
        Union said`). A single capitalized word counts only where it is a proper noun:
        described (`grid operator Fingrid`) or capitalized in mid-sentence elsewhere
        (so a sentence's first word, `Critics said`, does not)."""
        name = _org_name(surface)
        if name is None:
            return None
        if " " not in name and len(surface.split()) == 1 and (
                name not in self._mid_sentence_words):
            return None
        return Mention(start, end, surface, "body", name, country, role="organization")

    @cached_property
    def _mid_sentence_words(self) -> frozenset[str]:
        """Capitalized words the article writes in mid-sentence: proper nouns."""
        return frozenset(_MID_SENTENCE.findall(self.text))

    def _office(self, start: int, end: int, folded: str,
                persons: list[Mention]) -> Mention | None:
        words = set(folded.replace("'s", "").split())
        surface = self.text[start:end]
        seat = min(((folded.find(s), s) for s in lexicon.SEATS if s in folded),
                   default=(0, None))[1]  # the seat named first, whatever the hash order
        if seat:
            code = lexicon.COUNTRY_BY_WORD[seat].code
            return Mention(start, end, surface, "body", head_office(code), code,
                           channel="readout")
        shared = next((s for s in lexicon.SHARED_SEATS if s in folded), None)
        if shared is not None and f"{shared} of " not in folded:  # (no "State House of …")
            home = country_in(surface) or self.people.home_country  # "Kenya's State House"
            if home is not None:
                return Mention(start, end, surface, "body", head_office(home), home,
                               channel="readout")
        if not (words & lexicon.OFFICE_WORDS or "press service" in folded
                or "pmo" in words):
            return None
        if "ministry" in words or ("minister" in words and "prime" not in words):
            return None
        country: str | None = None
        if persons:
            country = self.people.country_of(persons[-1].name)
        owner = next((w for w in ("his", "her") if w in words), None)
        if country is None and owner is not None:  # "his office": the leader's
            name = self.subject_before(start, lexicon.PRONOUNS["him" if owner == "his"
                                                                 else "her"])
            country = self.people.country_of(name) if name else None
        if country is None:
            title = "prime minister" if ("prime" in words or "pmo" in words) else (
                "president" if {"president", "presidential", "presidency"} & words else
                next((w for w in _OFFICE_HOLDERS if w in words), ""))  # "the emir's office"
            explicit = country_in(surface)
            if title:
                name = self.people.by_title(title, explicit, start)
                if "presidency" in words and not {"president", "presidential"} & words and (
                        explicit is None) and len(self.people.holders("president")) != 1:
                    name = None  # "the presidency" with two presidents met: whose?
                country = explicit or (self.people.country_of(name) if name else None)
            else:
                country = explicit
        if country is None and _unqualified(surface):
            # "the press service said": the office whose release the text named before
            # (not "a State Department spokesperson", "a spokesperson for the opposition")
            named = next((m for m in self._documents_before(start)
                          if m.channel == "readout" and m.name != "unknown"), None)
            if named is not None:
                return Mention(start, end, surface, "body", named.name, named.country,
                               channel="readout")
        if country is None:
            return Mention(start, end, surface, "body", "unknown", None, channel="readout")
        return Mention(start, end, surface, "body", head_office(country), country,
                       channel="readout")

    def _body(self, start: int, end: int, surface: str, folded: str, *,
              loose: bool) -> Mention | None:
        folded = _DESCRIBED.split(folded, maxsplit=1)[0]  # "sources familiar with …"
        words = [w.replace("'s", "") for w in folded.split()]
        while words and (words[0] in ("the", "a", "an") or words[0] in _NUMBERS):
            words = words[1:]
        for place in ("in", "at"):  # "the Russian embassy in Copenhagen": head before
            if place in words[1:]:
                words = words[:words.index(place, 1)]
        if not words:
            return None
        country = country_in(" ".join(words))
        if " ".join(words) in lexicon.COUNTRY_BY_WORD:
            return Mention(start, end, surface, "body", government(country), country)  # type: ignore[arg-type]
        ministry = _ministry(words, country or self.people.home_country)
        if ministry is not None:
            return Mention(start, end, surface, "body", *ministry)
        head = words[-1]
        if len(words) == 1 and head in lexicon.ORGANIZATION_NOUNS and folded.startswith(
                "the "):
            return self._organization_before(start, surface)  # "the group said"
        if head not in lexicon.BODY_HEADS and ("ministry" in words or "department" in words):
            head = "ministry"  # "the Ministry of Defence" of a country not yet known
        if head not in lexicon.BODY_HEADS and not loose:
            return self._organization(start, end, surface, country)
        # a body ("officials", "the embassy"), or anything named after "according to"
        kept = _strip_document_nouns(surface)
        if not kept:
            return None
        if head in ("officials", "authorities", "government") and country:
            return Mention(start, end, surface, "body", government(country), country)
        if head in _MISSIONS and country:
            embassy = _mission_name(head, country, folded)
            if embassy:  # "the Russian embassy in Copenhagen"
                return Mention(start, end, surface, "body", embassy, country)
        if not any(w[:1].isupper() for w in kept.split()) and head not in _ANONYMOUS:
            # "the ministry": the one named before, if any
            named = self._named_before(start, surface, head)
            if named is not None or not loose:
                return named
        return Mention(start, end, surface, "body", kept, country)


# A noun phrase that is a named organization (after `the` is stripped): an optional
# owner (`Finland's`) or nationality (`Finnish`), up to three lower-case words
# describing it (`grid operator`), then its name: capitalized
# words, with `of`, `for`, `and`, `&` (or `de`, `der`, `für` …) between them.
_ORGANIZATION = re.compile(
    r"(?:(?P<owner>[A-Z][\w-]*[’']s) |[A-Z][\w-]* (?=[a-z]))?"
    r"(?:[a-z][a-z-]* ){0,3}"
    r"(?P<name>[A-Z][\w&.-]*(?: (?:(?:of|for|and|&|de|du|der|für) )?[A-Z][\w&.-]*)*)")
_NAME_ONLY = re.compile(
    r"(?P<name>[A-Z][\w&.-]*(?: (?:(?:of|for|and|&|de|du|der|für) )?[A-Z][\w&.-]*)*)")
_TITLE_WORDS = lexicon.TITLE_WORDS | {
    "leader", "official", "diplomat", "lawmaker", "analyst", "critic", "voter"}


_NAMED_ORGANIZATION = re.compile(
    r"[A-Z][\w&.-]*(?: (?:(?:of|for|and|&|de|du|der|für) )?[A-Z][\w&.-]*)+")
_ACRONYM = re.compile(rf"\s*\({lexicon.ACRONYM}\)")  # "(BDI)" after a name
_ACRONYM_END = re.compile(rf"\(({lexicon.ACRONYM})\)$")  # "… Ministry (MSZ)"
# Acronyms every country's body has ("China's Ministry of Foreign Affairs (MFA)"): the
# next "MFA" may be another country's.
_GENERIC_ACRONYMS = frozenset({"MFA", "MOFA", "MOD", "MOI", "PMO", "FM", "PM", "NSC"})
_MID_SENTENCE = re.compile(r"[a-z,;] ([A-Z][\w&.-]*)")
# Words before a plural that make it a group of people, not an organization's name.
_QUANTIFIERS = frozenset("""many some most few several all both other others western
    eastern european african asian arab senior top""".split())


# Words that make a name beginning with a country's word a body's, not a place's
# ("Turkish Communications Directorate", "Canadian Federation of Independent Business").
_NAMED_BODY_NOUNS = lexicon.ORGANIZATION_NOUNS | {
    "directorate", "secretariat", "agency", "bureau", "commission", "council", "authority"}




# Capitalized words of an office's kind that a short reference keeps: "the Office" (the
# one named before), "the Press Service" ("the Cabinet Office" is a department's name).
_OFFICE_NOUNS = frozenset({"office", "presidency", "chancellery", "service", "press"})


def _unqualified(surface: str) -> bool:
    """An office named by its kind alone (`the press service`, `a spokesperson`): no
    name of its own (`State Department`) and no `for …`/`of …` saying whose it is."""
    words = surface.split()
    return not any(w[:1].isupper() and w.lower() not in _OFFICE_NOUNS for w in words[1:]) and (
        not {"for", "of"} & {w.lower() for w in words})


_OFFICE_HOLDERS = ("chancellor", "emir", "king", "queen", "premier", "taoiseach")


# Every leading run of words of a country's key ("new", "new delhi"): a name that is
# one of them, or begins with a key, is a place's.
_COUNTRY_KEY_HEADS = frozenset(" ".join(key.split()[:n]) for key in lexicon.COUNTRY_BY_WORD
                               for n in range(1, len(key.split()) + 1))


def _place_like(folded: str) -> bool:
    """`folded` is a country's key, the start of one (`united`), or begins with one
    (`canada post`)."""
    if folded in _COUNTRY_KEY_HEADS:
        return True
    words = folded.split()
    return any(" ".join(words[:n]) in lexicon.COUNTRY_BY_WORD for n in range(1, len(words)))


def _org_name(surface: str) -> str | None:
    """The name of the organization a noun phrase is, if it is one (`Finland's National
    Bureau of Investigation`, `grid operator Fingrid`, `the Christian Social Union`)."""
    np = _strip_document_nouns(_ACRONYM.sub("", surface))
    m = _NAME_ONLY.fullmatch(np) or _ORGANIZATION.fullmatch(np)  # the whole phrase first
    if m is None:
        return None
    name = m.group("name")
    folded = ascii_fold(name)
    before = ascii_fold(surface[:m.start("name")]).split() + folded.split()[:1]
    last = folded.split()[-1]
    if last.endswith("s") and (
            set(before) & _QUANTIFIERS or last[:-1] in lexicon.COUNTRY_BY_WORD
            or last[:-1] in lexicon.NOT_NAMES or last[:-1] in _TITLE_WORDS):
        return None  # "Many Republicans", "Ukrainians", "Western Leaders": people
    if not set(folded.split()) & _NAMED_BODY_NOUNS and _place_like(folded):
        return None  # "United", "New Delhi", "Canada Post": places and their names (not
        # "Canadian Federation of Independent Business")
    if all(w in lexicon.NOT_NAMES for w in folded.split()):
        return None
    return name


_MISSIONS = {"embassy": "Embassy", "consulate": "Consulate", "mission": "Mission"}
_WITH_THE = frozenset({"Netherlands", "Philippines", "European Union", "Holy See",
                       "Vatican", "Czech Republic", "Gambia"})


def _mission_name(head: str, country: str, folded: str) -> str | None:
    """`the Russian embassy in Copenhagen`, `Israel's embassy in Berlin`: one name for
    one embassy however it is written, `Embassy of Russia in Denmark`."""
    host = folded.rsplit(f"{head} in ", 1)[-1] if f"{head} in " in folded else ""
    host_country = lexicon.COUNTRY_BY_WORD.get(host.strip(" .,"))
    if host_country is None or host_country.code == country:
        return None
    sender, host = lexicon.COUNTRY_BY_CODE[country].name, host_country.name
    sender, host = (f"the {n}" if n.startswith("United ") or n in _WITH_THE else n
                    for n in (sender, host))
    at = "to" if head == "mission" else "in"  # "Mission of Ukraine to the European Union"
    return f"{_MISSIONS[head]} of {sender} {at} {host}"


def _ministry(words: list[str], country: str | None) -> tuple[str, str] | None:
    """A ministry's canonical name: `Japan's Foreign Ministry`, `the Russian foreign
    ministry`, `the US State Department` -> `Ministry of Foreign Affairs of Japan`, …"""
    joined = " ".join(words)
    for pattern, portfolio in lexicon.MINISTRIES:
        if pattern.search(joined):
            portfolio, _, only = portfolio.partition(":")
            country = only or country
            if country is None:
                return None
            special = lexicon.DEPARTMENTS.get((country, portfolio))
            name = special or (
                f"Ministry of {portfolio} of {lexicon.COUNTRY_BY_CODE[country].name}")
            return name, country
    return None


def _possessive_person(np: str) -> bool:
    """`Zelenskyy’s Twitter account`: the person speaks, the noun names the channel."""
    return bool(re.search(r"[’']s\b", np)) and not re.search(
        r"\b(?:issued|released|provided|published) by\b", np)


def _strip_document_nouns(np: str) -> str:
    """The speaker a source phrase names: `estimates by Brazil's ministry` -> `Brazil's
    ministry`, `two diplomatic sources familiar with the call` -> `diplomatic sources`,
    `the Western intelligence assessment` -> `Western intelligence`."""
    np = _DESCRIBED.split(np.strip(" ,."), maxsplit=1)[0]
    words = np.split()
    if len(words) > 2 and ascii_fold(words[0]) in lexicon.DOCUMENT_NOUNS and (
            words[1] in ("by", "from", "of")):
        words = words[2:]
    while words and (words[0].lower() in ("the", "a", "an") or words[0].isdigit()
                     or words[0].lower() in _NUMBERS):
        words = words[1:]
    while words and ascii_fold(words[-1]) in lexicon.DOCUMENT_NOUNS:
        words = words[:-1]
    return " ".join(words)


# What describes a speaker after its noun: "sources familiar with the talks".
_DESCRIBED = re.compile(r",? (?:familiar with|close to|briefed on|speaking on|who |with "
                        r"knowledge of|involved in)")
_NUMBERS = frozenset("two three four five six several".split())
# Heads of speakers the article does not name: "diplomatic sources said".
_ANONYMOUS = frozenset("source sources official officials diplomat diplomats".split())
