"""Quote checks: an article's quotes of a source against that source's own document.

Where a primary document of the issuer a claim is credited to is in the corpus, each
direct quote (or the quoted words of a mixed claim) is classed, blocked by issuer:

- `verbatim`: the quote is in the document, letter for letter once quote and dash
  style, case and spacing are set aside (and a closing comma or full stop).
- `near_verbatim`: rapidfuzz `partial_ratio_alignment` of the quote against the
  document's text reaches `NEAR_VERBATIM_SCORE` (punctuation, spelling, small edits).
- `paraphrase`: below that, but a statement of the document (or two adjacent ones) says
  the same in other words (aligned share of content words >= `PARAPHRASE_SHARE`), as a
  different translation does.
- `not_found`: none of these; the best passage is still given.

Every report of the issuer's words (indirect ones too) is also checked for numbers,
negations and qualifiers that differ from the best-matching statement: such a change is
a `conflict` or a `qualifier_difference` between the article and the document.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import attrs
from attrs import frozen
from rapidfuzz import fuzz

from . import thresholds as th
from .grouping import CallKey, call_key, generic_words
from .match import ALIGN_SCORER, PairResult, compare_statements
from .normalize import squash
from .parties import ref
from .records import PRIMARY_RULE, Claim, Document, Finding, Passage, Score
from .terms import Statement, statement

_QUOTED = re.compile(r"[“\"«„]([^“”\"«»„]{2,})[”\"»]")
_EDGE = " \t\n,.;:!?\"'“”‘’«»"
PARTIAL_SCORER = "rapidfuzz.fuzz.partial_ratio_alignment"


@frozen
class _Source:
    """One primary document, ready to search: squashed text, its statements."""

    doc: Document
    squashed: str
    where: tuple[int, ...]
    claims: tuple[Claim, ...]
    statements: tuple[Statement, ...]


@frozen
class _Best:
    source: _Source
    start: int
    end: int
    score: float  # partial_ratio, 0-100
    verdict: str
    share: float = 0.0
    result: PairResult | None = None


def check_quotes(claims: Sequence[Claim], documents: Sequence[Document]
                 ) -> Iterator[Finding]:
    primary_claims: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.rule == PRIMARY_RULE:
            primary_claims[claim.article_id].append(claim)
    by_issuer: dict[str, list[_Source]] = defaultdict(list)
    for doc in documents:
        if doc.primary and doc.meta.issuer:
            by_issuer[doc.meta.issuer].append(_source(doc, tuple(primary_claims[doc.id])))
    if not by_issuer:
        return
    for claim in claims:
        sources = by_issuer.get(claim.source.issuer)
        if claim.rule == PRIMARY_RULE or not sources:
            continue
        yield from check_claim(claim, sources)


def _source(doc: Document, claims: tuple[Claim, ...]) -> _Source:
    squashed, where = squash(doc.article.text)
    generic = generic_words(doc.meta.call.participants) if doc.meta.call else frozenset()
    return _Source(doc, squashed, tuple(where), claims,
                   tuple(statement(c.text, generic=generic) for c in claims))


def quoted_words(claim: Claim) -> tuple[int, int] | None:
    """Offsets (into the claim's text) of the words it quotes: all of a direct claim,
    the longest quoted stretch of a mixed one; None for an indirect claim."""
    if claim.kind == "direct":
        return _trim(claim.text, 0, len(claim.text))
    if claim.kind == "mixed":
        spans = [m.span(1) for m in _QUOTED.finditer(claim.text)]
        if spans:
            s, e = max(spans, key=lambda x: (x[1] - x[0], -x[0]))
            return _trim(claim.text, s, e)
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if end > start else None


def check_claim(claim: Claim, sources: Sequence[_Source]) -> Iterator[Finding]:
    """A quote_check for a quoting claim; a conflict or qualifier difference for any
    report of the issuer's words that changes a number, a negation or a qualifier."""
    key = call_key(claim)
    ordered = sorted(sources, key=lambda s: (_same_call(s, key), s.doc.id))
    quoted = quoted_words(claim)
    generic = generic_words(claim.call.participants) if claim.call else frozenset()
    if quoted is not None:
        text = claim.text[quoted[0]:quoted[1]]
        best = _best_passage(text, ordered, generic)
        yield _quote_finding(claim, text, best)
        result = best.result
        source, start, end = best.source, best.start, best.end
    else:
        found = _best_statement(statement(claim.text, generic=generic), ordered)
        if found is None:
            return
        source, index, result = found
        start, end = source.claims[index].start, source.claims[index].end
    if result is not None and result.verdict in ("conflict", "qualifier_difference"):
        yield _difference_finding(claim, source, start, end, result)


def _same_call(source: _Source, key: CallKey | None) -> int:
    meta_call = source.doc.meta.call
    if key is None or meta_call is None:
        return 1
    return 0 if tuple(sorted(meta_call.participants)) == key.participants else 1


def _best_passage(text: str, sources: Sequence[_Source], generic: frozenset[str]) -> _Best:
    needle, _ = squash(text)
    best: _Best | None = None
    for source in sources:
        at = source.squashed.find(needle)
        if at >= 0:
            start, end = _span(source, at, at + len(needle))
            best = _Best(source, start, end, 100.0, "verbatim")
            break
        aligned = fuzz.partial_ratio_alignment(needle, source.squashed)
        if aligned is not None and (best is None or aligned.score > best.score):
            start, end = _span(source, aligned.dest_start, aligned.dest_end)
            verdict = "near_verbatim" if aligned.score >= th.NEAR_VERBATIM_SCORE else ""
            best = _Best(source, start, end, round(aligned.score, 2), verdict)
    assert best is not None
    quote = statement(text, generic=generic)
    result = compare_statements(quote, statement(_context(best), generic=generic))
    if best.verdict:
        return _evolve(best, share=result.share, result=result)
    found = _best_statement(quote, sources)
    if found is not None:
        source, index, found_result = found
        if found_result.share >= th.PARAPHRASE_SHARE:
            c = source.claims[index]
            return _Best(source, c.start, c.end, best.score, "paraphrase",
                         found_result.share, found_result)
    return _evolve(best, verdict="not_found", share=result.share, result=None)


def _evolve(best: _Best, **changes: Any) -> _Best:
    return attrs.evolve(best, **changes)


def _span(source: _Source, start: int, end: int) -> tuple[int, int]:
    """Squashed offsets -> offsets in the document's text, widened to whole words."""
    text = source.doc.article.text
    s, e = source.where[start], source.where[end - 1] + 1
    while s > 0 and text[s - 1].isalnum():
        s -= 1
    while e < len(text) and text[e].isalnum():
        e += 1
    return s, e


def _context(best: _Best) -> str:
    """The document's statements the best passage lies in: what the quote is checked
    against for changed numbers, negations and qualifiers."""
    inside = [c for c in best.source.claims if c.start < best.end and best.start < c.end]
    text = best.source.doc.article.text
    if not inside:
        return text[best.start:best.end]
    return text[inside[0].start:inside[-1].end]


def _best_statement(quote: Statement, sources: Sequence[_Source]
                    ) -> tuple[_Source, int, PairResult] | None:
    """The document statement that says most of what `quote` says (aligned share)."""
    best: tuple[float, _Source, int, PairResult] | None = None
    for source in sources:
        for index, stmt in enumerate(source.statements):
            result = compare_statements(quote, stmt)
            if best is None or result.share > best[0]:
                best = (result.share, source, index, result)
    return None if best is None or best[0] == 0 else best[1:]


def _quote_finding(claim: Claim, text: str, best: _Best) -> Finding:
    doc = best.source.doc
    passage = Passage(doc.id, best.start, best.end, doc.article.text[best.start:best.end])
    inside = [c for c in best.source.claims if c.start < best.end and best.start < c.end]
    scores = (Score("partial_ratio", PARTIAL_SCORER, best.score),
              Score("aligned_share", ALIGN_SCORER, best.share))
    differences = best.result.differences if best.result else ()
    changed = ("; but " + "; ".join(f"{d.kind} “{d.left}” vs “{d.right}”"
                                    for d in differences)) if differences else ""
    what = {
        "verbatim": "is word for word in",
        "near_verbatim": "follows, with small edits,",
        "paraphrase": "says in other words what is in",
        "not_found": "is not found in",
    }[best.verdict]
    reason = (f"the quote credited to {claim.source.issuer} in {claim.article_id} {what} "
              f"{doc.id} (partial_ratio {best.score:.1f}, aligned share {best.share:.2f})"
              f"{changed}")
    return Finding(type="quote_check", reason=reason, call=claim.call,
                   claims=(ref(claim), *(ref(c) for c in inside)), passages=(passage,),
                   scores=scores, verdict=best.verdict, differences=differences)


def _difference_finding(claim: Claim, source: _Source, start: int, end: int,
                        result: PairResult) -> Finding:
    if result.verdict is None:
        raise ValueError("a quote with no verdict makes no difference finding")
    inside = [c for c in source.claims if c.start < end and start < c.end]
    said = "; ".join(f"{d.kind}: “{d.left}” vs “{d.right}”" for d in result.differences)
    label = "changes" if result.verdict == "conflict" else "qualifies differently"
    reason = (f"{claim.article_id}'s report of {claim.source.issuer} {label} what "
              f"{source.doc.id} says ({said})")
    return Finding(type=result.verdict, reason=reason, call=claim.call,
                   claims=(ref(claim), *(ref(c) for c in inside)),
                   scores=(Score("aligned_share", ALIGN_SCORER, result.share),),
                   differences=result.differences)
