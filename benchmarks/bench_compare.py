"""Comparison throughput on a synthetic corpus: `compare()` over N claims (default
100,000) in calls of two parties, with articles for the text finders.

Each call has two parties whose accounts share most statements (some reworded, some
with a changed number or a negation); each account is the text of an article, so the
text finders (repeated paragraphs, the shingle index for copies) run too, and one call
in twenty has a syndicated copy of an article.

usage: python benchmarks/bench_compare.py [N]
prints: claims, calls, findings by type, seconds, claims/s, peak memory (RSS)
"""

from __future__ import annotations

import datetime as dt
import random
import resource
import sys
import time
from collections import Counter

from provenance.compare import compare
from provenance.ingest import parse_article
from provenance.records import Call, Claim, Document, Link, Meta, Source, Speaker

CLAIMS_PER_CALL = 10


def _vocabulary(rng: random.Random, n: int) -> list[str]:
    letters = "bcdfghklmnprstvz"
    vowels = "aeiou"
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(letters) + rng.choice(vowels)
                          for _ in range(rng.randint(2, 4))))
    return sorted(words)


def _sentence(rng: random.Random, vocab: list[str], names: list[str]) -> str:
    words = [rng.choice(vocab) for _ in range(rng.randint(10, 18))]
    words.insert(rng.randrange(len(words)), rng.choice(names))
    if rng.random() < 0.5:
        words.insert(rng.randrange(len(words)), str(rng.randint(2, 900)))
    return "The leaders " + " ".join(words) + "."


def _variant(rng: random.Random, text: str, vocab: list[str]) -> str:
    words = text[:-1].split()
    roll = rng.random()
    if roll < 0.1:  # a changed number
        return " ".join(str(int(w) + 1) if w.isdigit() else w for w in words) + "."
    if roll < 0.2:  # a negation
        words.insert(3, "not")
    elif roll < 0.6:  # reworded: one word replaced
        words[rng.randrange(2, len(words))] = rng.choice(vocab)
    return " ".join(words) + "."


def corpus(n_claims: int, seed: int = 4) -> tuple[list[Claim], list[Document]]:
    rng = random.Random(seed)
    vocab = _vocabulary(rng, 3000)
    names = [w.capitalize() for w in _vocabulary(rng, 400)]
    claims: list[Claim] = []
    documents: list[Document] = []
    start = dt.date(2020, 1, 1)
    n_calls = n_claims // CLAIMS_PER_CALL
    for c in range(n_calls):
        call = Call(start + dt.timedelta(days=c // 20), (f"Leader {c % 20}", "Leader X"))
        topics = [_sentence(rng, vocab, names) for _ in range(6)]
        texts = ([("CA", t) for t in topics[:5]]
                 + [("UA", _variant(rng, t, vocab)) for t in topics[1:6]])
        for side in ("CA", "UA"):  # each party's account in an article of its own
            article_id = f"call{c:06d}{side}"
            mine = [t for s, t in texts if s == side]
            body = "\n\n".join(mine) + "\n"
            pos = 0
            for text in mine:
                at = body.index(text, pos)
                pos = at + len(text)
                claims.append(Claim(
                    article_id=article_id, text=text, start=at, end=at + len(text),
                    kind="direct", cue="said", speaker=Speaker(side, side),
                    source=Source(issuer=f"Office {side}", channel="readout", side=side),
                    call=call, rule="synthetic", confidence=1.0,
                    chain=(Link("article", article_id),)))
            documents.append(Document(parse_article(body, article_id=article_id), Meta()))
            if c % 20 == 0 and side == "CA":  # a syndicated copy
                copy_id = f"copy{c:06d}"
                documents.append(Document(parse_article(body, article_id=copy_id), Meta()))
    return claims, documents


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    began = time.perf_counter()
    claims, documents = corpus(n)
    built = time.perf_counter() - began
    rss_corpus = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    began = time.perf_counter()
    counts = Counter(f.type for f in compare(claims, documents=documents))
    elapsed = time.perf_counter() - began
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(claims)} claims in {len(claims) // CLAIMS_PER_CALL} calls, "
          f"{len(documents)} articles (built in {built:.1f} s)")
    print("findings: " + ", ".join(f"{t} {k}" for t, k in sorted(counts.items())))
    print(f"compare: {elapsed:.1f} s, {len(claims) / elapsed:,.0f} claims/s; "
          f"peak RSS {rss_peak:,.0f} MB (corpus alone {rss_corpus:,.0f} MB)")


if __name__ == "__main__":
    main()
