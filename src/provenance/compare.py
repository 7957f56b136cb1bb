"""Compare: what each source says about a call, side by side.

`compare(claims, documents=...)` is the library API. Claims are grouped by the call
they report on (its date and participants; an undated call is only known to be the same
call within one article), and only claims of one call are ever matched with each other:
rapidfuzz `process.cdist` with `token_set_ratio` and a score cutoff gives candidate
pairs, `match.compare_statements` decides. Per call this yields agreements, conflicts
and qualifier differences between sources, omissions between the parties' accounts, or
that the call is single-sourced. The other finders (reporter-stated omissions,
duplicates, quote checks) work on their own blocks: see `reported.py`,
`duplicates.py`, `quotecheck.py`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from rapidfuzz import fuzz, process

from . import thresholds as th
from .duplicates import find_duplicates
from .grouping import (
    CallKey,
    call_terms,
    claim_order,
    generic_words,
    group_by_call,
)
from .match import ALIGN_SCORER, CANDIDATE_SCORER, PairResult, compare_statements
from .parties import NO_PARTY, participant_party, party_of, ref
from .quotecheck import check_quotes
from .records import (
    FINDING_TYPES,
    PRIMARY_RULE,
    Call,
    Claim,
    ClaimRef,
    Document,
    Finding,
    Passage,
    Score,
)
from .reported import reported_omissions
from .terms import Statement, is_stock, statement

CDIST_ROWS = 512  # rows of one rapidfuzz.process.cdist block: bounds memory per call


def compare(claims: Iterable[Claim], *, documents: Iterable[Document] = ()
            ) -> Iterator[Finding]:
    """Every finding about `claims` (and the texts of `documents`, for the finders that
    read text: repeated paragraphs, copies, reporter-stated omissions), sorted."""
    unique = sorted({c.id: c for c in claims}.values(), key=claim_order)
    docs = sorted({d.id: d for d in documents}.values(), key=lambda d: d.id)
    groups = group_by_call(unique)
    findings: list[Finding] = []
    for key in sorted(groups):
        findings.extend(compare_call(key, groups[key]))
    findings.extend(reported_omissions(docs, groups))
    findings.extend(find_duplicates(unique, docs))
    findings.extend(check_quotes(unique, docs))
    yield from sorted(findings, key=finding_order)


def finding_order(f: Finding) -> tuple:
    call = f.call
    return (FINDING_TYPES.index(f.type),
            (call.date.isoformat() if call and call.date else "~", *(call.participants
                                                                     if call else ())),
            tuple((c.article_id, c.start, c.end) for c in f.claims),
            tuple((p.article_id, p.start, p.end) for p in f.passages), f.id)


def statements_of(claims: Sequence[Claim], participants: Sequence[str]) -> list[Statement]:
    generic = generic_words(participants)
    return [statement(c.text, generic=generic) for c in claims]


def candidate_pairs(statements: Sequence[Statement]) -> Iterator[tuple[int, int, float]]:
    """(i, j, score) with i < j for every pair whose token_set_ratio reaches the cutoff:
    rapidfuzz.process.cdist in blocks of CDIST_ROWS rows."""
    import numpy as np  # only here: extraction alone never loads numpy

    processed = [s.processed for s in statements]
    n = len(processed)
    for lo in range(0, n, CDIST_ROWS):
        block = process.cdist(processed[lo:lo + CDIST_ROWS], processed,
                              scorer=fuzz.token_set_ratio, score_cutoff=th.CANDIDATE_SCORE,
                              dtype=np.float32)
        rows, cols = np.nonzero(block)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            i = lo + r
            if i < c:
                yield i, c, round(float(block[r, c]), 2)


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def compare_call(key: CallKey, claims: Sequence[Claim]) -> Iterator[Finding]:
    """Findings of one call: pairs across sources, omissions, or single-sourced."""
    call = key.call
    parties = [party_of(c.source) for c in claims]
    usable = [i for i, c in enumerate(claims)
              if parties[i] != NO_PARTY and not is_stock(c.text)]
    group = [claims[i] for i in usable]
    party = [parties[i] for i in usable]
    stmts = statements_of(group, key.participants)
    terms = call_terms(key.participants)
    union = _Union(len(group))
    covered: set[tuple[int, str]] = set()  # (claim, party whose account states it too)
    best: dict[tuple[int, str], tuple[float, int]] = {}  # closest claim of another party
    for i, j, score in candidate_pairs(stmts):
        a, b = group[i], group[j]
        if party[i] != party[j]:
            for x, y in ((i, j), (j, i)):
                if score > best.get((x, party[y]), (0.0, -1))[0]:
                    best[(x, party[y])] = (score, y)
        result = compare_statements(stmts[i], stmts[j], call_terms=terms)
        if result.verdict is None:
            continue
        if party[i] == party[j]:
            union.join(i, j)  # one content in one account: one omission at most
        else:
            covered.add((i, party[j]))
            covered.add((j, party[i]))
        relation = _relation(a, b)
        if relation == "sources" or (relation == "renderings"
                                     and result.verdict != "agreement"):
            yield _pair_finding(call, a, b, score, result)
    present = sorted(set(party))
    if len(present) == 1:
        yield _single_sourced(call, key, group, present[0])
        return
    yield from _omissions(call, group, party, stmts, union, covered, best, present)


def _relation(a: Claim, b: Claim) -> str | None:
    """How two claims of a call stand: `sources` (different sources: any verdict is a
    finding), `renderings` (one source reported in two articles: only differences are),
    `same` (one source in one article: duplicates' business, but it links the claims),
    None (a primary document and an article's report of it: the quote check's business)."""
    source_a = (party_of(a.source), a.source.issuer, a.source.channel)
    source_b = (party_of(b.source), b.source.issuer, b.source.channel)
    if source_a != source_b:
        return "sources"
    if (a.rule == PRIMARY_RULE) != (b.rule == PRIMARY_RULE):
        return None
    return "same" if a.article_id == b.article_id else "renderings"


def _pair_finding(call: Call, a: Claim, b: Claim, score: float,
                  result: PairResult) -> Finding:
    if result.verdict is None:
        raise ValueError("a pair of statements with no verdict makes no finding")
    ra, rb = ref(a), ref(b)
    scores = (Score("candidate", CANDIDATE_SCORER, score),
              Score("aligned_share", ALIGN_SCORER, result.share))
    who_a, who_b = _who(ra), _who(rb)
    if result.verdict == "agreement":
        reason = (f"{who_a} and {who_b} state the same thing: {result.share:.0%} of the "
                  "shorter statement's content words aligned, names and numbers alike")
    else:
        said = "; ".join(f"{d.kind}: “{d.left}” vs “{d.right}”" for d in result.differences)
        label = "contradicts" if result.verdict == "conflict" else "qualifies differently"
        reason = f"{who_a} {label} {who_b} on the same statement ({said})"
    return Finding(type=result.verdict, reason=reason, call=call, claims=(ra, rb),
                   scores=scores, differences=result.differences)


def _who(r: ClaimRef) -> str:
    channel = r.channel.replace("_", " ") if r.channel != "unknown" else "account"
    by = "" if r.primary else f" as reported in {r.article_id}"
    issuer = "" if r.issuer == r.party else f" ({r.issuer})"
    return f"{r.party} {channel}{issuer}{by}"


def _single_sourced(call: Call, key: CallKey, group: Sequence[Claim],
                    present: str) -> Finding:
    absent = sorted({p for name in key.participants
                     if (p := participant_party(name)) is not None and p != present})
    issuers = sorted({f"{c.source.issuer} ({c.source.channel})" for c in group})
    articles = sorted({c.article_id for c in group})
    missing = ", ".join(absent) if absent else "the other participants'"
    reason = (f"only {present}'s account of this call is in the corpus: {len(group)} "
              f"claim(s) from {', '.join(issuers)} in {', '.join(articles)}; "
              f"nothing from {missing} side")
    return Finding(type="single_sourced", reason=reason, call=call,
                   claims=tuple(ref(c) for c in group), present_in=(present,),
                   absent_from=tuple(absent))


def _omissions(call: Call, group: Sequence[Claim], party: Sequence[str],
               stmts: Sequence[Statement], union: _Union, covered: set[tuple[int, str]],
               best: dict[tuple[int, str], tuple[float, int]],
               present: Sequence[str]) -> Iterator[Finding]:
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(group)):
        clusters[union.find(i)].append(i)
    for members in clusters.values():
        own = party[members[0]]
        for other in present:
            if other == own or any((i, other) in covered for i in members):
                continue
            yield _omission(call, group, members, own, other, best)


def _omission(call: Call, group: Sequence[Claim], members: list[int], own: str,
              other: str, best: dict[tuple[int, str], tuple[float, int]]) -> Finding:
    refs = tuple(ref(group[i]) for i in members)
    nearest = max((best[(i, other)] for i in members if (i, other) in best), default=None)
    scores: tuple[Score, ...] = ()
    passages: tuple[Passage, ...] = ()
    if nearest is not None:
        score, j = nearest
        scores = (Score("closest_candidate", CANDIDATE_SCORER, score),)
        closest = f"closest {other} statement: “{_clip(group[j].text)}” ({score:.0f})"
        near = group[j]  # the evidence that the other side says something else
        passages = (Passage(near.article_id, near.start, near.end, near.text),)
    else:
        closest = f"no {other} statement comes near"
    where = "quoted" if not any(r.primary for r in refs) else "published"
    reason = (f"{own}'s account ({where}) reports “{_clip(refs[0].text)}”; {other}'s "
              f"account as represented in the corpus does not ({closest})")
    return Finding(type="omission", reason=reason, call=call, claims=refs,
                   passages=passages, scores=scores, present_in=(own,), absent_from=(other,))


def _clip(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
