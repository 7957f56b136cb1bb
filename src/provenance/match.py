"""Match: decide what two similar statements are to each other.

A similarity score cannot see a contradiction (`discussed Taiwan` vs `did not discuss
Taiwan` scores about 84), so the decision is made on a word-level alignment of the two
statements (`rapidfuzz.distance.Indel.opcodes` over their token keys):

1. `share`: of the shorter statement's content words, the part aligned with the other's
   in order. Below `DIFFER_SHARE` the two say different things.
2. Inside the aligned stretch (the longer statement may go on about other things):
   numbers that differ on both sides, or a negation on one side only whose words the
   other states, make a **conflict**; a number on one side only, a changed modal or
   quantifier (`will` vs `may`), or a coordination (`energy and infrastructure` vs
   `energy infrastructure`) make a **qualifier difference**.
3. Otherwise, with `share >= AGREE_SHARE`, at least `AGREE_MIN_WORDS` content words and
   every name, place and programme of the shorter statement in the longer, an
   **agreement**.
"""

from __future__ import annotations

from collections import Counter

from attrs import frozen
from rapidfuzz.distance import Indel

from . import thresholds as th
from .matchlex import NEGATION_SCOPE, TENSE_ONLY
from .records import Difference
from .terms import CONTENT, COORDINATOR, NEGATOR, NUMBER, QUALIFIER, Statement, Token, is_modal

AGREEMENT, CONFLICT, QUALIFIER_DIFFERENCE = "agreement", "conflict", "qualifier_difference"
ALIGN_SCORER = "rapidfuzz.distance.Indel.opcodes (word level)"
CANDIDATE_SCORER = "rapidfuzz.fuzz.token_set_ratio"


@frozen
class PairResult:
    """What statement `a` is to statement `b`: a verdict (or None), the aligned share
    and the differences found inside the aligned stretch."""

    verdict: str | None
    share: float
    differences: tuple[Difference, ...] = ()
    missing_terms: tuple[str, ...] = ()  # names of the shorter not in the longer


@frozen
class _Aligned:
    a_lo: int
    a_hi: int
    b_lo: int
    b_hi: int
    share: float
    coordinations: tuple[Difference, ...]


def compare_statements(a: Statement, b: Statement, *,
                       call_terms: frozenset[str] = frozenset()) -> PairResult:
    """Align `a` and `b` and decide: agreement, conflict, qualifier_difference or None.
    `call_terms` are keys every statement of the call may leave out (the participants'
    countries: `@CA` in a call of Canada's leader)."""
    aligned = _align(a, b)
    if aligned is None or aligned.share < th.DIFFER_SHARE:
        return PairResult(None, aligned.share if aligned else 0.0)
    a_toks = a.tokens[aligned.a_lo:aligned.a_hi]
    b_toks = b.tokens[aligned.b_lo:aligned.b_hi]
    shorter, longer = (a, b) if len(a.content) <= len(b.content) else (b, a)
    missing = tuple(sorted(shorter.salient - set(longer.keys) - call_terms))
    if missing:
        return PairResult(None, aligned.share, missing_terms=missing)
    conflicts = _number_conflicts(a_toks, b_toks) + _negation_conflicts(a, b, aligned)
    qualifiers = (() if conflicts else _number_details(a_toks, b_toks)) + (
        _qualifier_changes(a_toks, b_toks) + aligned.coordinations)
    if conflicts:
        return PairResult(CONFLICT, aligned.share, conflicts + qualifiers)
    if qualifiers:
        return PairResult(QUALIFIER_DIFFERENCE, aligned.share, qualifiers)
    if aligned.share >= th.AGREE_SHARE and len(shorter.content) >= th.AGREE_MIN_WORDS:
        return PairResult(AGREEMENT, aligned.share)
    return PairResult(None, aligned.share)


def aligned_share(a: Statement, b: Statement) -> float:
    """Only the share (for ranking candidates that need no decision)."""
    aligned = _align(a, b)
    return aligned.share if aligned else 0.0


def _align(a: Statement, b: Statement) -> _Aligned | None:
    ops = [op for op in Indel.opcodes(a.keys, b.keys)]
    equal = [op for op in ops if op.tag == "equal"]
    if not equal:
        return None
    a_lo, a_hi = equal[0].src_start, equal[-1].src_end
    b_lo, b_hi = equal[0].dest_start, equal[-1].dest_end
    # a replacement at either edge belongs to the stretch: "28 warriors" / "26 warriors"
    if a_lo and b_lo:
        a_lo, b_lo = max(0, a_lo - th.EDGE_TOKENS), max(0, b_lo - th.EDGE_TOKENS)
    if a_hi < len(a.tokens) and b_hi < len(b.tokens):
        a_hi = min(len(a.tokens), a_hi + th.EDGE_TOKENS)
        b_hi = min(len(b.tokens), b_hi + th.EDGE_TOKENS)
    a_in: set[int] = set()
    b_in: set[int] = set()
    for op in equal:
        a_in.update(range(op.src_start, op.src_end))
        b_in.update(range(op.dest_start, op.dest_end))
    a_content = [i for i, t in enumerate(a.tokens) if t.kind == CONTENT]
    b_content = [i for i, t in enumerate(b.tokens) if t.kind == CONTENT]
    if len(a_content) <= len(b_content):
        total, hits = len(a_content), sum(i in a_in for i in a_content)
    else:
        total, hits = len(b_content), sum(i in b_in for i in b_content)
    share = hits / total if total else 0.0
    return _Aligned(a_lo, a_hi, b_lo, b_hi, round(share, 3), _coordinations(a, b, ops))


def _number_conflicts(a_toks: tuple[Token, ...], b_toks: tuple[Token, ...]
                      ) -> tuple[Difference, ...]:
    only_a, only_b = _only(a_toks, b_toks, NUMBER)
    if only_a and only_b:
        return (Difference("number", _words(only_a), _words(only_b)),)
    return ()


def _number_details(a_toks: tuple[Token, ...], b_toks: tuple[Token, ...]
                    ) -> tuple[Difference, ...]:
    only_a, only_b = _only(a_toks, b_toks, NUMBER)
    if only_a or only_b:
        return (Difference("number", _words(only_a), _words(only_b)),)
    return ()


def _only(a_toks: tuple[Token, ...], b_toks: tuple[Token, ...],
          kind: str) -> tuple[list[Token], list[Token]]:
    a_keys = Counter(t.key for t in a_toks if t.kind == kind)
    b_keys = Counter(t.key for t in b_toks if t.kind == kind)
    extra_a, extra_b = a_keys - b_keys, b_keys - a_keys
    return ([t for t in a_toks if t.kind == kind and t.key in extra_a],
            [t for t in b_toks if t.kind == kind and t.key in extra_b])


def _words(tokens: list[Token]) -> str:
    return ", ".join(t.text for t in tokens)


def _negation_conflicts(a: Statement, b: Statement, al: _Aligned) -> tuple[Difference, ...]:
    """A negation in one statement whose words the other states without one."""
    found = []
    for neg, other, lo, hi, olo, ohi, left in (
        (a, b, al.a_lo, al.a_hi, al.b_lo, al.b_hi, True),
        (b, a, al.b_lo, al.b_hi, al.a_lo, al.a_hi, False),
    ):
        other_free = _unnegated(other, olo, ohi)
        own_free = _unnegated(neg, 0, len(neg.tokens))
        for i in range(lo, hi):
            if neg.tokens[i].kind != NEGATOR:
                continue
            scope = _scope(neg, i)
            evidence = [t for t in scope if t.key in other_free and t.key not in own_free]
            if not evidence:
                continue
            negated = neg.text[neg.tokens[i].start:scope[-1].end]
            stated = _span_text(other, olo, ohi, {t.key for t in evidence})
            pair = (negated, stated) if left else (stated, negated)
            found.append(Difference("negation", *pair))
            break
    return tuple(found)


def _scope(s: Statement, i: int) -> list[Token]:
    """The content words a negator at token i denies: the next few, within its clause."""
    out: list[Token] = []
    prev_end = s.tokens[i].end
    for t in s.tokens[i + 1:]:
        if any(c in ",;:.!?" for c in s.text[prev_end:t.start]):
            break
        prev_end = t.end
        if t.kind == NEGATOR:
            break
        if t.kind == CONTENT:
            out.append(t)
            if len(out) >= NEGATION_SCOPE:
                break
    return out


def _unnegated(s: Statement, lo: int, hi: int) -> set[str]:
    negated: set[int] = set()
    for i in range(len(s.tokens)):
        if s.tokens[i].kind == NEGATOR:
            negated.update(id(t) for t in _scope(s, i))
    return {t.key for t in s.tokens[lo:hi] if t.kind == CONTENT and id(t) not in negated}


def _span_text(s: Statement, lo: int, hi: int, keys: set[str]) -> str:
    hits = [t for t in s.tokens[lo:hi] if t.key in keys]
    return s.text[hits[0].start:hits[-1].end] if hits else ""


def _qualifier_changes(a_toks: tuple[Token, ...], b_toks: tuple[Token, ...]
                       ) -> tuple[Difference, ...]:
    a_cls = Counter(t.qualifier for t in a_toks if t.kind == QUALIFIER)
    b_cls = Counter(t.qualifier for t in b_toks if t.kind == QUALIFIER)
    # "will continue" vs "continues": a lone future modal against no modal is tense
    a_modal = any(is_modal(c) for c in a_cls)
    b_modal = any(is_modal(c) for c in b_cls)
    if a_cls.get(TENSE_ONLY) and not b_modal:
        del a_cls[TENSE_ONLY]
    if b_cls.get(TENSE_ONLY) and not a_modal:
        del b_cls[TENSE_ONLY]
    if a_cls == b_cls:
        return ()
    differing = set((a_cls - b_cls) + (b_cls - a_cls))
    left = [t for t in a_toks if t.kind == QUALIFIER and t.qualifier in differing]
    right = [t for t in b_toks if t.kind == QUALIFIER and t.qualifier in differing]
    return (Difference("qualifier", _words(left), _words(right)),)


def _coordinations(a: Statement, b: Statement, ops: list) -> tuple[Difference, ...]:
    """`X and Y` against `X Y` (or `X or Y`): an inserted, dropped or swapped coordinator
    between words both statements share."""
    found = []
    for k in range(1, len(ops) - 1):
        before, op, after = ops[k - 1], ops[k], ops[k + 1]
        if before.tag != "equal":
            continue
        if op.tag in ("insert", "delete") and after.tag == "equal":
            toks = (a.tokens[op.src_start:op.src_end] if op.tag == "delete"
                    else b.tokens[op.dest_start:op.dest_end])
        elif (op.tag == "delete" and after.tag == "insert" and k + 2 < len(ops)
              and ops[k + 2].tag == "equal"):
            toks = a.tokens[op.src_start:op.src_end] + b.tokens[after.dest_start:after.dest_end]
        else:
            continue
        if not toks or any(t.kind != COORDINATOR for t in toks):
            continue
        a_span = a.text[a.tokens[before.src_end - 1].start:
                        a.tokens[min(len(a.tokens), _after_src(ops, k)) - 1].end]
        b_span = b.text[b.tokens[before.dest_end - 1].start:
                        b.tokens[min(len(b.tokens), _after_dest(ops, k)) - 1].end]
        found.append(Difference("qualifier", a_span, b_span))
    return tuple(found)


def _after_src(ops: list, k: int) -> int:
    """The first source index of the equal block after op k, plus one."""
    for op in ops[k + 1:]:
        if op.tag == "equal":
            return op.src_start + 1
    return ops[-1].src_end


def _after_dest(ops: list, k: int) -> int:
    for op in ops[k + 1:]:
        if op.tag == "equal":
            return op.dest_start + 1
    return ops[-1].dest_end
