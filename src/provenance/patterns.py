"""Regular expressions built from word lists.

A plain alternation of a few hundred phrases (`said|stressed|expressed concern|…`) makes
`re` try every phrase at every position of the text. `trie_regex` factors the phrases
into a trie first (`s(?:aid|tressed)|expressed concern`), so each position costs a few
character comparisons, and it still prefers the longest phrase, as a longest-first
alternation does.

`Prefilter` reads a compiled pattern for the literal strings every match of it holds,
so that a text with none of them is ruled out by a few fast tests, before the regex.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import Any

_END = ""  # marks "a phrase ends here" in a trie node


def trie_regex(phrases: Iterable[str]) -> str:
    """A regex source matching exactly `phrases`, longest first (no groups captured)."""
    root: dict[str, dict] = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _serialize(root)


def _serialize(node: dict[str, dict]) -> str:
    ends = _END in node
    branches = [re.escape(ch) + _serialize(child)
                for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # the longer phrases first: greedy, so the longest match is tried first
        return ("(?:" + body + ")?") if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


# --------------------------------------------------------------------------------------
# Literal prefilters: what a pattern cannot match without.
# --------------------------------------------------------------------------------------

try:  # the parser `re` compiles with (Python 3.11+), else its older name
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse as _sre  # type: ignore[no-redef]

_EXACT_LIMIT = 128  # exact strings followed through a sequence before giving up on them
_FEW = 4  # literals tested one by one with `in`; more are searched for as one trie regex
_SET_LIMIT = 8  # characters of a class [..] taken as alternatives of one character
# Non-ASCII characters that re.IGNORECASE matches with an ASCII letter (İ ı ſ K).
_CASE_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")

# A node's strings: (every string it can match, or None when there are too many or
# they are unknown; a set of which every match holds one, or None for no such set).
_Info = tuple["frozenset[str] | None", "frozenset[str] | None"]
_ANYTHING: _Info = (None, None)
_EMPTY: _Info = (frozenset({""}), None)


class Prefilter:
    """A fast necessary test for a compiled pattern: the literal strings (`told`,
    `interview`, …) of which every match holds at least one, found from the pattern's
    own parse, so that they follow any change to it. `rules_out(text)` is True only
    when the pattern cannot match: `not f.rules_out(text) and f.pattern.search(text)`
    gives what the search alone gives. A pattern without such strings is never ruled
    out."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        parsed = _sre.parse(pattern.pattern, pattern.flags)
        self.ignore_case = bool(parsed.state.flags & re.IGNORECASE)  # (?i) too
        self.literals: tuple[str, ...] | None = _Parse(self.ignore_case).need(parsed)

    @cached_property
    def _trie(self) -> re.Pattern[str] | None:
        """Many literals are searched for at once (compiled on first use)."""
        many = self.literals is not None and len(self.literals) > _FEW
        return re.compile(trie_regex(self.literals)) if many else None  # type: ignore[arg-type]

    def rules_out(self, text: str, start: int = 0, end: int = sys.maxsize) -> bool:
        """True when `pattern.search(text, start, end)` cannot find a match."""
        if self.literals is None:
            return False
        if self.ignore_case:
            text = text[start:end]
            if not text.isascii() and any(c in text for c in _CASE_ODD):
                return False
            text, start, end = text.lower(), 0, sys.maxsize
        if self._trie is not None:
            return self._trie.search(text, start, end) is None
        return all(text.find(w, start, end) == -1 for w in self.literals)


class PatternSet:
    """Patterns tried in turn on one text, with one scan of the text for the literals
    of all of them (see `Prefilter`): `candidates(text)` are the indices, in order, of
    the patterns that may match, the others cannot. For case-sensitive patterns."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        filters = [Prefilter(p) for p in self.patterns]
        if any(f.ignore_case for f in filters):
            raise ValueError("PatternSet takes case-sensitive patterns only")
        self._always = [i for i, f in enumerate(filters) if f.literals is None]
        owners: dict[str, set[int]] = {}
        for i, f in enumerate(filters):
            for w in f.literals or ():
                owners.setdefault(w, set()).add(i)
        self._scan = re.compile(trie_regex(owners)) if owners else None
        # A scan finds the longest literal at each position: a text holding it holds
        # every literal inside it, whose patterns it therefore lets through too.
        self._by_literal: dict[str, frozenset[int]] = {}
        for w in sorted(owners, key=len):  # the literals inside one come before it
            ids = set().union(*(owners.get(w[:k], ()) for k in range(1, len(w) + 1)))
            scan = self._scan
            m = scan.search(w, 1) if scan is not None else None
            while m is not None and scan is not None:
                ids |= self._by_literal[m.group()]
                m = scan.search(w, m.start() + 1)
            self._by_literal[w] = frozenset(ids)

    def candidates(self, text: str) -> list[int]:
        """The patterns that may match `text`, in the order given."""
        scan = self._scan
        m = scan.search(text) if scan is not None else None
        if m is None:  # the common case
            return self._always
        found = set(self._always)
        while m is not None and scan is not None:  # each literal found, and any inside
            found |= self._by_literal[m.group()]
            m = scan.search(text, m.start() + 1)
        return sorted(found)


class _Parse:
    """Walks a parsed pattern for its strings (see `Prefilter`)."""

    def __init__(self, ignore_case: bool) -> None:
        self.ignore_case = ignore_case

    def need(self, items: Iterable) -> tuple[str, ...] | None:
        found = self.sequence(items)[1]
        return tuple(sorted(_minimal(found))) if found else None

    def sequence(self, items: Iterable) -> _Info:
        """A concatenation: runs of nodes with few exact strings are multiplied out;
        the best requirement of the runs and of the nodes is the sequence's."""
        run: frozenset[str] = frozenset({""})
        needs: list[frozenset[str] | None] = []
        whole = True
        for exact, need in self._nodes(items):
            needs.append(need)
            if exact is not None and len(run) * len(exact) <= _EXACT_LIMIT:
                run = frozenset(a + b for a in run for b in exact)
                continue
            whole = False
            needs.append(run)
            run = exact if exact is not None else frozenset({""})
        needs.append(run)
        return (run if whole else None), _best(needs)

    def _nodes(self, items: Iterable) -> Iterator[_Info]:
        """Each node's strings, a run of literal characters taken as one string."""
        chars: list[int] = []
        for op, av in items:
            if op is _sre.LITERAL and not (self.ignore_case and av > 127):  # type: ignore[operator]
                chars.append(av)  # type: ignore[arg-type]
                continue
            if chars:
                yield self._string(chars)
                chars = []
            yield self.node(op, av)
        if chars:
            yield self._string(chars)

    def _string(self, codes: list[int]) -> _Info:
        text = "".join(map(chr, codes))
        strings = frozenset({text.lower() if self.ignore_case else text})
        return strings, strings

    def node(self, op: object, av: Any) -> _Info:  # av: the parser's operand, untyped
        if op is _sre.LITERAL:
            return self.chars([av])
        if op is _sre.IN:
            return self.char_class(av)
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            return _EMPTY  # a position: matches no character
        if op is _sre.BRANCH:
            return self.branch(av[1])
        if op is _sre.SUBPATTERN:
            _, add_flags, del_flags, items = av
            return _ANYTHING if add_flags or del_flags else self.sequence(items)
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            low, high, items = av
            exact, need = self.sequence(items)
            if low == 0:
                return (exact | {""}, None) if high == 1 and exact is not None else _ANYTHING
            return (exact if low == high == 1 else None), need
        if op is getattr(_sre, "ATOMIC_GROUP", None):
            return self.sequence(av)
        return _ANYTHING  # any character, a category, a back reference, …

    def chars(self, codes: list[int]) -> _Info:
        if self.ignore_case and any(c > 127 for c in codes):
            return _ANYTHING  # (only ASCII letters are folded with a known guard)
        chars = frozenset(chr(c).lower() if self.ignore_case else chr(c) for c in codes)
        return chars, chars

    def char_class(self, items: list[tuple[object, object]]) -> _Info:
        codes: list[int] = []
        for op, av in items:
            if op is _sre.LITERAL:
                codes.append(av)  # type: ignore[arg-type]
            elif op is _sre.RANGE and av[1] - av[0] < _SET_LIMIT:  # type: ignore[index]
                codes.extend(range(av[0], av[1] + 1))  # type: ignore[index]
            else:
                return _ANYTHING  # a negation, a category or a wide range
        return self.chars(codes) if len(codes) <= _SET_LIMIT else _ANYTHING

    def branch(self, alternatives: list) -> _Info:
        infos = [self.sequence(items) for items in alternatives]
        needs = [need for _, need in infos]
        need = None if any(n is None for n in needs) else frozenset[str]().union(
            *(n for n in needs if n is not None))
        exacts = [exact for exact, _ in infos]
        if all(e is not None for e in exacts):
            union = frozenset().union(*exacts)  # type: ignore[arg-type]
            if len(union) <= _EXACT_LIMIT:
                return union, _best([union, need])
        return None, _best([need])


def _best(candidates: list[frozenset[str] | None]) -> frozenset[str] | None:
    """The most selective requirement: its shortest string longest, then fewest."""
    usable = [c for c in candidates if c and "" not in c]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """The strings that hold no other one: a text holding `told the` holds `told`, so
    {told, told the} requires what {told} requires."""
    kept: list[str] = []
    for s in sorted(strings, key=len):
        if not any(t in s for t in kept):
            kept.append(s)
    return frozenset(kept)
