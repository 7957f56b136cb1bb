"""The score distributions the thresholds in `provenance/thresholds.py` were set from:
true and false pairs on the seeds and on the hand-made corpora in tests/corpora/.

usage: python benchmarks/score_distributions.py
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz

from provenance import thresholds as th
from provenance.compare import statements_of
from provenance.duplicates import shared_runs, words_of
from provenance.match import aligned_share
from provenance.normalize import match_key, squash
from provenance.parties import party_of
from provenance.pipeline import load_paths
from provenance.records import Claim, Document

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "tests" / "corpora"

# Statements that say the same thing (agreement, or the same statement with a changed
# number, negation or qualifier), by (document, sentence index among its claims); the
# eighth sentences are the stock "agreed to remain in close and regular contact".
SAME = {("calvaria_readout", k): ("nordmark_readout", k) for k in (*range(6), 7)}


def load(*paths: Path) -> tuple[list[Claim], list[Document]]:
    items = list(load_paths(paths))
    return ([i for i in items if isinstance(i, Claim)],
            [i for i in items if isinstance(i, Document)])


def line(label: str, values: list[float]) -> None:
    shown = " ".join(f"{v:g}" for v in sorted(values))
    print(f"  {label:<34} n={len(values):<3} {shown}")


def statement_pairs() -> None:
    print("Cross-party statement pairs of one call (seeds + invented call):")
    claims, _ = load(ROOT / "seeds", CORPORA / "invented_call")
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        if c.call is not None:
            by_doc.setdefault(c.article_id, []).append(c)
    index = {c.id: (c.article_id, k) for doc in by_doc.values() for k, c in enumerate(doc)}
    calls: dict[tuple, list[Claim]] = {}
    for c in claims:
        if c.call is not None:
            key = (c.call.date, tuple(sorted(c.call.participants)),
                   c.article_id if c.call.date is None else "")
            calls.setdefault(key, []).append(c)
    scores = {True: ([], []), False: ([], [])}
    for members in calls.values():
        stmts = statements_of(members, members[0].call.participants)
        for (i, a), (j, b) in combinations(enumerate(members), 2):
            if party_of(a.source) == party_of(b.source) or "unknown" in (
                    party_of(a.source), party_of(b.source)):
                continue
            same = SAME.get(index[a.id]) == index[b.id] or SAME.get(index[b.id]) == index[a.id]
            candidate = fuzz.token_set_ratio(stmts[i].processed, stmts[j].processed)
            scores[same][0].append(round(candidate))
            scores[same][1].append(aligned_share(stmts[i], stmts[j]))
    line("same statement: token_set_ratio", scores[True][0])
    line("different: token_set_ratio", scores[False][0])
    line("same statement: aligned share", scores[True][1])
    line("different: aligned share", scores[False][1])
    print(f"  -> CANDIDATE_SCORE {th.CANDIDATE_SCORE}, AGREE_SHARE / DIFFER_SHARE "
          f"{th.AGREE_SHARE} / {th.DIFFER_SHARE}")


def quotes() -> None:
    print("Quotes against their readout (tests/corpora/quotes), partial_ratio:")
    claims, docs = load(CORPORA / "quotes")
    readout = next(d for d in docs if d.primary)
    text, _ = squash(readout.article.text)
    labels = {"154-247": "verbatim", "269-316": "near (number)", "346-397": "paraphrase",
              "482-531": "mistranslation", "535-592": "near (spelling)",
              "614-671": "not found"}
    for c in claims:
        span = c.id.split(":")[1]
        if c.article_id == "danube_herald" and span in labels:
            quote, _ = squash(c.text.strip(" ,.“”\""))
            score = fuzz.partial_ratio_alignment(quote, text).score
            print(f"  {labels[span]:<16} {score:6.1f}")
    print(f"  -> NEAR_VERBATIM_SCORE {th.NEAR_VERBATIM_SCORE}, PARAPHRASE_SHARE "
          f"{th.PARAPHRASE_SHARE}")


def duplicates() -> None:
    print("Paragraphs of one article (seeds), fuzz.ratio, best non-duplicate per article:")
    claims, docs = load(ROOT / "seeds")
    dup, other = [], []
    for d in docs:
        paras = [match_key(d.article.text[p.start:p.end]) for p in d.article.paragraphs
                 if p.boilerplate is None and p.end - p.start >= th.DUPLICATE_MIN_CHARS]
        best = 0.0
        for a, b in combinations(paras, 2):
            score = fuzz.ratio(a, b)
            if score >= th.DUPLICATE_PARAGRAPH_SCORE:
                dup.append(round(score, 1))
            else:
                best = max(best, score)
        other.append(round(best, 1))
    line("repeated paragraph", dup)
    line("closest other pair", other)
    print("Quotes of one article (seeds, direct/mixed), fuzz.partial_ratio:")
    same, diff = [], []
    for article in sorted({c.article_id for c in claims}):
        quotes = [c for c in claims if c.article_id == article and c.kind != "indirect"
                  and len(c.text) >= th.DUPLICATE_MIN_CHARS]
        for a, b in combinations(quotes, 2):
            score = round(fuzz.partial_ratio(match_key(a.text), match_key(b.text)), 1)
            (same if score >= th.DUPLICATE_QUOTE_SCORE else diff).append(score)
    line("printed twice", same)
    line("different quotes (top 5)", sorted(diff)[-5:])
    print("Articles, share of the shorter's words in shared 5-word runs:")
    _, docs = load(ROOT / "seeds", CORPORA / "syndication")
    copies, others = [], []
    words = {d.id: words_of(d) for d in docs}
    for a, b in combinations(docs, 2):
        wa, wb = sorted((words[a.id], words[b.id]), key=len)
        share = round(sum(n for _, _, n in shared_runs(wa, wb)) / len(wa), 3)
        is_copy = {a.id[:3], b.id[:3]} <= {"000", "wir"}
        (copies if is_copy else others).append(share)
    line("copies of seed 000", copies)
    line("other article pairs", others)
    print(f"  -> DUPLICATE_PARAGRAPH_SCORE {th.DUPLICATE_PARAGRAPH_SCORE}, "
          f"DUPLICATE_QUOTE_SCORE {th.DUPLICATE_QUOTE_SCORE}, SYNDICATED_SHARE "
          f"{th.SYNDICATED_SHARE}")


if __name__ == "__main__":
    statement_pairs()
    quotes()
    duplicates()
