"""Reported omissions: the reporter's own statement that a readout leaves something out
(`the readout ... makes no mention of X`). GUIDELINES: such a sentence is narrative, not
a claim, but a comparison must use it. The finding keeps the reporter's sentence as a
passage, and links X to the claims of the article's calls that state it.

Whose account is said to omit X: the source of a claim earlier in the same sentence
(`The readout released by the PMO also mentions ..., but makes no mention of X`), else a
country named before the phrase, else, in a call with two parties, the party that does
not state X.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from . import matchlex
from . import thresholds as th
from .grouping import CallKey, generic_words
from .match import ALIGN_SCORER, aligned_share
from .normalize import fold
from .parties import NO_PARTY, country_party, party_of, ref
from .records import Claim, Document, Finding, Passage, Score
from .speakers import country_in
from .terms import statement

_CUES = [re.compile(p) for p in matchlex.OMISSION_CUES]
_LINKS_KEPT = 3
_TRAILING = " \t\n.,;:!?\"'”’)"


def reported_omissions(documents: Sequence[Document],
                       groups: dict[CallKey, list[Claim]]) -> Iterator[Finding]:
    by_article: dict[str, list[tuple[CallKey, Claim]]] = {}
    for key in sorted(groups):
        for claim in groups[key]:
            by_article.setdefault(claim.article_id, []).append((key, claim))
    for doc in documents:
        if doc.primary:
            continue
        yield from _in_article(doc, by_article.get(doc.id, []), groups)


def _in_article(doc: Document, claims: list[tuple[CallKey, Claim]],
                groups: dict[CallKey, list[Claim]]) -> Iterator[Finding]:
    article = doc.article
    for sentence in article.sentences:
        if article.paragraphs[sentence.paragraph].boilerplate is not None:
            continue
        text = article.text[sentence.start:sentence.end]
        low = fold(text).lower()
        cue = next((m for p in _CUES if (m := p.search(low))), None)
        if cue is None:
            continue
        obj_start = sentence.start + cue.end()
        obj_end = sentence.end
        while obj_end > obj_start and article.text[obj_end - 1] in _TRAILING:
            obj_end -= 1
        while obj_start < obj_end and article.text[obj_start].isspace():
            obj_start += 1
        if obj_end <= obj_start:
            continue
        outside = [(k, c) for k, c in claims
                   if c.end <= sentence.start or c.start >= sentence.end]
        links = _links(article.text[obj_start:obj_end], outside)
        before = [c for _, c in claims
                  if sentence.start <= c.start and c.end <= sentence.start + cue.start()]
        key = links[0][1] if links else _only_call(claims)
        absent = _omitting_party(before, text[:cue.start()], links, groups, key)
        present = sorted({party_of(c.source) for _, _, c in links} - {NO_PARTY})
        passage = Passage(article.id, sentence.start, sentence.end, text)
        said = article.text[obj_start:obj_end]
        if links:
            share, _, first = links[0]
            linked = f"; it is stated by {first.id} (aligned share {share:.2f})"
        else:
            linked = "; no claim of the article states it"
        whose = f"{absent}'s account" if absent else "a source"
        reason = f"the reporter says {whose} leaves out “{_clip(said)}”{linked}"
        yield Finding(
            type="reported_omission", reason=reason, call=key.call if key else None,
            claims=tuple(ref(c) for _, _, c in links), passages=(passage,),
            scores=tuple(Score("aligned_share", ALIGN_SCORER, s) for s, _, _ in links),
            present_in=tuple(present), absent_from=(absent,) if absent else ())


def _links(said: str, claims: list[tuple[CallKey, Claim]]
           ) -> list[tuple[float, CallKey, Claim]]:
    """Claims that state what the reporter says was left out, best first."""
    found = []
    for key, claim in claims:
        if party_of(claim.source) == NO_PARTY:
            continue
        generic = generic_words(key.participants)
        share = aligned_share(statement(said, generic=generic),
                              statement(claim.text, generic=generic))
        if share >= th.REPORTED_LINK_SHARE:
            found.append((share, key, claim))
    found.sort(key=lambda x: (-x[0], x[2].start))
    return found[:_LINKS_KEPT]


def _only_call(claims: list[tuple[CallKey, Claim]]) -> CallKey | None:
    keys = {k for k, _ in claims}
    return next(iter(keys)) if len(keys) == 1 else None


def _omitting_party(before: list[Claim], lead: str,
                    links: list[tuple[float, CallKey, Claim]],
                    groups: dict[CallKey, list[Claim]], key: CallKey | None) -> str | None:
    stated_by = {party_of(c.source) for _, _, c in links}
    for claim in before:
        p = party_of(claim.source)
        if p != NO_PARTY and p not in stated_by:
            return p
    country = country_in(lead)
    if country is not None:
        p = country_party(country)
        if p not in stated_by:
            return p
    if key is not None and stated_by:
        parties = {party_of(c.source) for c in groups.get(key, [])} - {NO_PARTY}
        others = sorted(parties - stated_by)
        if len(parties) == 2 and len(others) == 1:
            return others[0]
    return None


def _clip(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
