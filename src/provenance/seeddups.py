"""Exact and near-duplicate seed files (for `validate`), without comparing all pairs.

Each seed becomes a `Fingerprint` in one linear pass over its words (after any header;
case, punctuation, quote styles, spacing and line breaks do not count):

- `digest`: a hash of the whole word sequence; equal digests are exact duplicates;
- `shingles`: the hashes of every run of `SHINGLE` words;
- `sketch`: the `SKETCH` smallest of those hashes (a bottom-k min-hash sketch).

Pairs become candidates only when their sketches share enough hashes (counted through
an index from hash to seeds), the sketches estimate their resemblance, and only pairs
whose estimate comes near the threshold get the exact score: the Jaccard resemblance of
their shingle sets, linear in their lengths. No step is quadratic in text length; the
counting grows with the pairs of seeds that share a sketch hash (boilerplate lines).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from itertools import combinations

from attrs import frozen

from .records import Problem

SHINGLE = 5  # words a shingle
SKETCH = 64  # hashes a sketch
NEAR = 0.8  # Jaccard resemblance from which a seed is a near duplicate
_MARGIN = 0.2  # how far below NEAR a sketch estimate still earns an exact score
_MASK = (1 << 64) - 1
_BASE = 1_000_003
_WORD = re.compile(r"\w+")


@frozen
class Fingerprint:
    path: str
    digest: bytes
    shingles: array  # sorted distinct 64-bit shingle hashes ('Q')
    sketch: tuple[int, ...]  # the smallest SKETCH of them, ascending


def fingerprint(path: str, body: str) -> Fingerprint:
    """The fingerprint of a seed's body text."""
    words = _WORD.findall(unicodedata.normalize("NFC", body).casefold())
    digest = hashlib.blake2b("\x00".join(words).encode("utf-8"), digest_size=16).digest()
    codes = _word_codes(words)
    hashes = sorted(set(_shingle_hashes(codes)))
    return Fingerprint(path, digest, array("Q", hashes), tuple(hashes[:SKETCH]))


def _word_codes(words: list[str]) -> list[int]:
    cache: dict[str, int] = {}
    codes = []
    for word in words:
        code = cache.get(word)
        if code is None:
            digest = hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest()
            code = cache[word] = int.from_bytes(digest, "big")
        codes.append(code)
    return codes


def _shingle_hashes(codes: list[int]) -> Iterator[int]:
    """A rolling polynomial hash of every SHINGLE consecutive codes (all of them when
    the text is shorter)."""
    if len(codes) <= SHINGLE:
        value = 0
        for code in codes:
            value = (value * _BASE + code) & _MASK
        if codes:
            yield value
        return
    top = pow(_BASE, SHINGLE - 1, 1 << 64)
    value = 0
    for i, code in enumerate(codes):
        if i >= SHINGLE:
            value = (value - codes[i - SHINGLE] * top) & _MASK
        value = (value * _BASE + code) & _MASK
        if i >= SHINGLE - 1:
            yield value


def resemblance(a: Fingerprint, b: Fingerprint) -> float:
    """Exact Jaccard resemblance of two seeds' shingle sets."""
    small, large = sorted((a.shingles, b.shingles), key=len)
    if not small:
        return 0.0
    shared = len(set(small).intersection(large))
    return shared / (len(a.shingles) + len(b.shingles) - shared)


def estimate(a: Fingerprint, b: Fingerprint) -> float:
    """Resemblance estimated from the sketches alone (bottom-k of the union)."""
    union = sorted(set(a.sketch) | set(b.sketch))[:SKETCH]
    if not union:
        return 0.0
    both = set(a.sketch) & set(b.sketch)
    return sum(h in both for h in union) / len(union)


def find_duplicates(prints: Sequence[Fingerprint], near: float = NEAR) -> Iterator[Problem]:
    """A problem on the later seed (in the given order) of every duplicate pair, naming
    the earlier one. Exact duplicates are errors, near duplicates warnings."""
    first_with: dict[bytes, int] = {}
    pairs: set[tuple[int, int]] = set()
    for i, fp in enumerate(prints):
        j = first_with.setdefault(fp.digest, i)
        if j != i:
            pairs.add((j, i))
    by_hash: dict[int, list[int]] = defaultdict(list)
    for i, fp in enumerate(prints):
        if first_with[fp.digest] == i:  # a second copy's near duplicates are the first's
            for h in fp.sketch:
                by_hash[h].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for seeds in by_hash.values():
        shared.update(combinations(seeds, 2))
    floor = near - _MARGIN
    for (j, i), count in shared.items():
        # the sketch estimate cannot reach `floor` with fewer shared sketch hashes
        if count >= floor * max(len(prints[j].sketch), len(prints[i].sketch)):
            pairs.add((j, i))
    for j, i in sorted(pairs, key=lambda pair: (pair[1], pair[0])):
        earlier, later = prints[j], prints[i]
        if earlier.digest == later.digest:
            yield Problem(later.path, "seed-duplicate",
                          f"same words as {earlier.path} (similarity 1.00)")
            continue
        if estimate(earlier, later) < floor:
            continue
        score = resemblance(earlier, later)
        if score >= near:
            yield Problem(later.path, "seed-near-duplicate",
                          f"near duplicate of {earlier.path} (similarity {score:.2f}: "
                          f"shared {SHINGLE}-word shingles)", severity="warning")
