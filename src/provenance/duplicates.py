"""Duplicates: what was printed twice, and what was copied.

- A paragraph repeated in one article: its paragraphs against each other
  (`rapidfuzz.process.cdist`, `fuzz.ratio`, blocked by article).
- A quote printed twice in one article with small differences (a post quoted, then
  embedded): its claims against each other (`fuzz.partial_ratio`, blocked by article).
- Near-identical articles (syndicated copies) and how much of an article is taken from a
  primary document: word shingles (runs of `SHINGLE_WORDS` words) in an inverted index
  give candidate pairs, so no pair of articles is compared unless they share text; then
  the shared runs of words are found, with offsets in both. Stock phrases every readout
  uses (`matchlex.STOCK_PHRASES`) are discounted from what an article took.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from . import thresholds as th
from .normalize import fold, fold_lower, match_key
from .parties import ref
from .records import Claim, Document, Finding, Match, Passage, Score
from .terms import stock_spans

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_RUN_STARTS_TRIED = 8  # positions of a shingle in the other text tried to extend a run


def find_duplicates(claims: Sequence[Claim], documents: Sequence[Document]
                    ) -> Iterator[Finding]:
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_article[claim.article_id].append(claim)
    repeated: dict[str, list[tuple[Passage, Passage]]] = {}
    for doc in documents:
        pairs = list(repeated_paragraphs(doc))
        repeated[doc.id] = [(m.left, m.right) for m, _ in pairs]
        for match, score in pairs:
            yield _paragraph_finding(doc, match, score, by_article.get(doc.id, []))
    for article_id in sorted(by_article):
        yield from repeated_quotes(by_article[article_id], repeated.get(article_id, []))
    yield from copies(documents, by_article)


# ------------------------------------------------------------------ within an article


def repeated_paragraphs(doc: Document) -> Iterator[tuple[Match, float]]:
    """Pairs of body paragraphs of one article that say the same, with their score.
    A paragraph printed several times pairs each later printing with the first (not
    every printing with every other), and identical paragraphs are compared once, so
    an article of hundreds of copies of one paragraph costs a line per copy."""
    import numpy as np  # only here: extraction alone never loads numpy

    article = doc.article
    paras = [p for p in article.paragraphs
             if p.boilerplate is None and p.end - p.start >= th.DUPLICATE_MIN_CHARS]
    if len(paras) < 2:
        return
    printings: dict[str, list[int]] = {}  # match key -> its paragraphs, in order
    for k, p in enumerate(paras):
        printings.setdefault(match_key(article.text[p.start:p.end]), []).append(k)
    keys = list(printings)
    scores = process.cdist(keys, keys, scorer=fuzz.ratio,
                           score_cutoff=th.DUPLICATE_PARAGRAPH_SCORE, dtype=np.float32)
    pairs = [(group[0], k, 100.0) for group in printings.values() for k in group[1:]]
    rows, cols = np.nonzero(scores)
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        if i < j:  # two different texts close enough: their first printings
            a, b = printings[keys[i]][0], printings[keys[j]][0]
            pairs.append((min(a, b), max(a, b), float(scores[i, j])))
    for a, b, score in sorted(pairs):
        left, right = (Passage(article.id, p.start, p.end, article.text[p.start:p.end])
                       for p in (paras[a], paras[b]))
        words = len(_WORD.findall(left.text))
        yield Match(left, right, words), round(score, 2)


def _paragraph_finding(doc: Document, match: Match, score: float,
                       claims: Sequence[Claim]) -> Finding:
    inside = [c for c in claims
              if any(p.start <= c.start and c.end <= p.end for p in (match.left, match.right))]
    same = fold(match.left.text) == fold(match.right.text)
    how = ("identical but for quote and dash style" if same else
           f"with small differences: {_word_changes(match.left.text, match.right.text)}")
    if match.left.text == match.right.text:
        how = "identical"
    reason = (f"the paragraph at {match.left.start}-{match.left.end} of {doc.id} is printed "
              f"again at {match.right.start}-{match.right.end}, {how} (ratio {score:.1f})")
    return Finding(type="duplicate_paragraph", reason=reason,
                   claims=tuple(ref(c) for c in inside), matches=(match,),
                   scores=(Score("similarity", "rapidfuzz.fuzz.ratio", score),))


def repeated_quotes(claims: Sequence[Claim], repeated: Sequence[tuple[Passage, Passage]]
                    ) -> Iterator[Finding]:
    """Quotes (direct or mixed claims) of one article printed twice, not counting those of
    a repeated paragraph, which that finding already lists. A reporter's paraphrase of a
    quote (an indirect claim) is not a second printing."""
    import numpy as np  # only here: extraction alone never loads numpy

    items = [c for c in claims
             if c.kind != "indirect" and len(c.text) >= th.DUPLICATE_MIN_CHARS]
    if len(items) < 2:
        return
    keys = [match_key(c.text) for c in items]
    scores = process.cdist(keys, keys, scorer=fuzz.partial_ratio,
                           score_cutoff=th.DUPLICATE_QUOTE_SCORE, dtype=np.float32)
    rows, cols = np.nonzero(scores)
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        a, b = items[i], items[j]
        if i >= j or (a.start < b.end and b.start < a.end):
            continue
        shorter, longer = sorted((len(keys[i]), len(keys[j])))
        if shorter < th.DUPLICATE_QUOTE_LENGTH * longer or _in_repeat(a, b, repeated):
            continue
        score = round(float(scores[i, j]), 2)
        changes = _word_changes(a.text, b.text)
        how = f"differences: {changes}" if changes else "no word differs"
        reason = (f"the same words are printed twice in {a.article_id}: {a.id} and {b.id} "
                  f"(partial_ratio {score:.1f}; {how})")
        yield Finding(type="duplicate_quote", reason=reason, claims=(ref(a), ref(b)),
                      scores=(Score("similarity", "rapidfuzz.fuzz.partial_ratio", score),))


def _in_repeat(a: Claim, b: Claim, repeated: Sequence[tuple[Passage, Passage]]) -> bool:
    def inside(c: Claim, p: Passage) -> bool:
        return p.start <= c.start and c.end <= p.end

    return any((inside(a, x) and inside(b, y)) or (inside(a, y) and inside(b, x))
               for x, y in repeated)


def _word_changes(a: str, b: str, limit: int = 3) -> str:
    """The first few words that differ inside the stretch both texts share."""
    wa, wb = a.split(), b.split()
    ops = list(Indel.opcodes([fold(w).lower() for w in wa], [fold(w).lower() for w in wb]))
    equal = [k for k, op in enumerate(ops) if op.tag == "equal"]
    if not equal:
        return ""
    changes: list[str] = []
    k = equal[0] + 1
    while k < equal[-1]:
        op = ops[k]
        left = " ".join(wa[op.src_start:op.src_end])
        right = " ".join(wb[op.dest_start:op.dest_end])
        if ops[k + 1].tag not in ("equal", op.tag):  # a delete and an insert: a change
            nxt = ops[k + 1]
            left = left or " ".join(wa[nxt.src_start:nxt.src_end])
            right = right or " ".join(wb[nxt.dest_start:nxt.dest_end])
            k += 1
        if op.tag != "equal":
            changes.append(f"“{left}” / “{right}”")
        k += 1
    shown = changes[:limit]
    more = f" and {len(changes) - limit} more" if len(changes) > limit else ""
    return "; ".join(shown) + more


# ------------------------------------------------------------------ across articles


class _Word(NamedTuple):
    key: str
    start: int
    end: int
    para: int  # paragraph index: a shared run does not cross a paragraph break


def words_of(doc: Document) -> list[_Word]:
    """The body words of a document (boilerplate left out), folded and lower case."""
    article = doc.article
    keep = (None, "heading") if doc.meta.kind == "social_post" else (None,)
    folded = fold_lower(article.text)
    out: list[_Word] = []
    for n, p in enumerate(article.paragraphs):
        if p.boilerplate in keep:
            out.extend(_Word(m.group(), m.start(), m.end(), n)
                       for m in _WORD.finditer(folded, p.start, p.end))
    return out


def candidate_documents(words: Sequence[list[_Word]]) -> list[tuple[int, int, int]]:
    """(i, j, shared shingles) for document pairs that share enough shingles, from an
    inverted index: shingle hash -> documents. Shingles in too many documents are
    stock text and are not counted."""
    index: dict[int, list[int]] = defaultdict(list)
    k = th.SHINGLE_WORDS
    for d, ws in enumerate(words):
        keys = [w.key for w in ws]
        for h in {hash(tuple(keys[i:i + k])) for i in range(len(keys) - k + 1)}:
            index[h].append(d)
    shared: Counter[tuple[int, int]] = Counter()
    for docs in index.values():
        if 2 <= len(docs) <= th.SHINGLE_MAX_DOCUMENTS:
            for x in range(len(docs)):
                for y in range(x + 1, len(docs)):
                    shared[(docs[x], docs[y])] += 1
    return sorted((i, j, n) for (i, j), n in shared.items() if n >= th.SHINGLE_MIN_SHARED)


def shared_runs(a: Sequence[_Word], b: Sequence[_Word]) -> list[tuple[int, int, int]]:
    """(start in a, start in b, length) of the runs of at least SHINGLE_WORDS words that
    `a` shares with `b`, left to right in `a` (runs may come from anywhere in `b`, and
    stay within a paragraph on both sides)."""
    k = th.SHINGLE_WORDS
    bk = [w.key for w in b]
    ak = [w.key for w in a]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j in range(len(bk) - k + 1):
        if b[j].para == b[j + k - 1].para:
            index[tuple(bk[j:j + k])].append(j)
    runs = []
    i = 0
    while i <= len(ak) - k:
        starts = index.get(tuple(ak[i:i + k])) if a[i].para == a[i + k - 1].para else None
        if not starts:
            i += 1
            continue
        best_j, best_len = -1, 0
        for j in starts[:_RUN_STARTS_TRIED]:
            n = k
            while (i + n < len(ak) and j + n < len(bk) and ak[i + n] == bk[j + n]
                   and a[i + n].para == a[i].para and b[j + n].para == b[j].para):
                n += 1
            if n > best_len:
                best_j, best_len = j, n
        runs.append((i, best_j, best_len))
        i += best_len
    return runs


def copies(documents: Sequence[Document], claims: dict[str, list[Claim]]
           ) -> Iterator[Finding]:
    """Syndicated copies (two news articles) and primary overlaps (a news article and a
    primary document) among the candidate pairs of the shingle index."""
    words = [words_of(d) for d in documents]
    for i, j, _ in candidate_documents(words):
        a, b = documents[i], documents[j]
        if a.primary and b.primary:
            continue
        if a.primary or b.primary:
            news, primary = (j, i) if a.primary else (i, j)
            finding = _primary_overlap(documents[news], documents[primary], words[news],
                                       words[primary], claims)
        else:
            finding = _syndicated(a, b, words[i], words[j], claims)
        if finding is not None:
            yield finding


def _passages(doc: Document, ws: Sequence[_Word], start: int, length: int) -> Passage:
    s, e = ws[start].start, ws[start + length - 1].end
    return Passage(doc.id, s, e, doc.article.text[s:e])


def _claims_in(claims: Iterable[Claim], passages: Iterable[Passage]) -> list[Claim]:
    """Claims that overlap the passages by at least half their length."""
    spans = [(p.start, p.end) for p in passages]
    return [c for c in claims
            if any(2 * (min(e, c.end) - max(s, c.start)) >= c.end - c.start for s, e in spans)]


def _syndicated(a: Document, b: Document, wa: list[_Word], wb: list[_Word],
                claims: dict[str, list[Claim]]) -> Finding | None:
    if len(wb) < len(wa):  # a is the shorter: how much of it is in b
        a, b, wa, wb = b, a, wb, wa
    runs = shared_runs(wa, wb)
    covered = sum(n for _, _, n in runs)
    share = covered / len(wa) if wa else 0.0
    if share < th.SYNDICATED_SHARE:
        return None
    matches = tuple(Match(_passages(a, wa, i, n), _passages(b, wb, j, n), n)
                    for i, j, n in runs)
    ratio = fuzz.ratio(" ".join(w.key for w in wa), " ".join(w.key for w in wb))
    inside = (_claims_in(claims.get(a.id, []), [m.left for m in matches])
              + _claims_in(claims.get(b.id, []), [m.right for m in matches]))
    reason = (f"{a.id} and {b.id} are the same article: {share:.0%} of {a.id}'s "
              f"{len(wa)} words are in {len(runs)} passage(s) of {b.id} "
              f"(word ratio {ratio:.1f})")
    return Finding(type="syndicated_copy", reason=reason,
                   claims=tuple(ref(c) for c in inside), matches=matches,
                   scores=(Score("shared_share", f"{th.SHINGLE_WORDS}-word shingle runs",
                                 round(share, 3)),
                           Score("similarity", "rapidfuzz.fuzz.ratio (words)",
                                 round(ratio, 2))))


def _primary_overlap(news: Document, primary: Document, wn: list[_Word], wp: list[_Word],
                     claims: dict[str, list[Claim]]) -> Finding | None:
    stock = stock_spans(news.article.text)
    matches = []
    taken = 0
    for i, j, n in shared_runs(wn, wp):
        stock_words = sum(1 for w in wn[i:i + n]
                          if any(s <= w.start and w.end <= e for s, e in stock))
        own = n - stock_words
        if own < th.PRIMARY_MIN_WORDS and not stock_words:
            continue  # too short to show copying
        is_stock = own < th.PRIMARY_MIN_WORDS
        if not is_stock:
            taken += n - stock_words
        matches.append(Match(_passages(news, wn, i, n), _passages(primary, wp, j, n), n,
                             stock=is_stock))
    if taken == 0:
        return None
    share = taken / len(wn)
    kept = [m for m in matches if not m.stock]
    longest = max(m.words for m in kept)
    discounted = len(matches) - len(kept)
    stock_note = f"; {discounted} stock phrase(s) not counted" if discounted else ""
    issuer = primary.meta.issuer or "unknown issuer"
    reason = (f"{share:.0%} of {news.id}'s words are taken from {primary.id} ({issuer}, "
              f"{primary.meta.kind}): {len(kept)} passage(s), the longest {longest} words"
              f"{stock_note}")
    inside = (_claims_in(claims.get(news.id, []), [m.left for m in kept])
              + _claims_in(claims.get(primary.id, []), [m.right for m in kept]))
    return Finding(type="primary_overlap", reason=reason,
                   claims=tuple(ref(c) for c in inside), matches=tuple(matches),
                   scores=(Score("taken_share",
                                 f"{th.SHINGLE_WORDS}-word shingle runs, stock phrases "
                                 "discounted", round(share, 3)),))
