"""Regular expressions built from word lists.

A plain alternation of a few hundred phrases (`said|stressed|expressed concern|…`) makes
`re` try every phrase at every position of the text. `trie_regex` factors the phrases
into a trie first (`s(?:aid|tressed)|expressed concern`), so each position costs a few
character comparisons, and it still prefers the longest phrase, as a longest-first
alternation does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
