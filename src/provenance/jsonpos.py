"""Where a value sits in JSON text: a JSON path (keys and indices) -> offset, line, column.

`json.loads` forgets positions, and a schema error only gives the path of the offending
value. `locate` walks the text once along that path, skipping every sibling value
without parsing it (strings with their escapes, nested objects and arrays by depth), so
it is linear in the length of the text. A key that occurs twice resolves to its last
occurrence, as `json.loads` keeps the last one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

_SPACE = re.compile(r"[ \t\n\r]*")
_STRING_STOP = re.compile(r'["\\]')
_STRUCT = re.compile(r'["{}\[\]]')
_SCALAR_END = re.compile(r"[,}\] \t\n\r]")


def locate(text: str, path: Sequence[str | int], *, key: bool = False,
           start: int = 0) -> int:
    """Offset of the value at `path` in the JSON document `text` starts at `start`.

    With `key=True` and a path ending in an object key, the offset of that key's opening
    quote. When the path does not exist in full (a missing field), the offset of the
    deepest value it does reach. The text is assumed to be valid JSON.
    """
    pos = _skip_space(text, start)
    for depth, step in enumerate(path):
        found = _member(text, pos, step)
        if found is None:
            return pos
        key_at, value_at = found
        if key and depth == len(path) - 1 and key_at is not None:
            return key_at
        pos = value_at
    return pos


def line_col(text: str, offset: int, *, start: int = 0) -> tuple[int, int]:
    """1-based line and column (in characters) of `offset`, counting from `start`."""
    line = text.count("\n", start, offset) + 1
    column = offset - max(text.rfind("\n", start, offset) + 1, start) + 1
    return line, column


def _member(text: str, pos: int, step: str | int) -> tuple[int | None, int] | None:
    """(key offset, value offset) of `step` in the object or array at `pos`."""
    opener = text[pos] if pos < len(text) else ""
    if isinstance(step, str) and opener == "{":
        return _object_member(text, pos, step)
    if isinstance(step, int) and opener == "[":
        return _array_item(text, pos, step)
    return None


def _object_member(text: str, pos: int, wanted: str) -> tuple[int | None, int] | None:
    found: tuple[int | None, int] | None = None
    pos = _skip_space(text, pos + 1)
    if text[pos] == "}":
        return None
    while True:
        key_at = pos
        key_end = _skip_string(text, pos)
        pos = _skip_space(text, _skip_space(text, key_end) + 1)  # past the colon
        if json.loads(text[key_at:key_end]) == wanted:
            found = (key_at, pos)  # keep looking: the last duplicate wins
        pos = _skip_space(text, _skip_value(text, pos))
        if text[pos] != ",":
            return found
        pos = _skip_space(text, pos + 1)


def _array_item(text: str, pos: int, wanted: int) -> tuple[int | None, int] | None:
    pos = _skip_space(text, pos + 1)
    if text[pos] == "]" or wanted < 0:
        return None
    index = 0
    while True:
        if index == wanted:
            return None, pos
        pos = _skip_space(text, _skip_value(text, pos))
        if text[pos] != ",":
            return None
        pos = _skip_space(text, pos + 1)
        index += 1


def _skip_space(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()  # type: ignore[union-attr]


def _skip_string(text: str, pos: int) -> int:
    """`pos` is an opening quote; return the offset after its closing quote."""
    i = pos + 1
    while True:
        stop = _STRING_STOP.search(text, i)
        if stop is None:
            return len(text)
        if stop.group() == "\\":
            i = stop.end() + 1  # the escaped character; \uXXXX digits are not special
            continue
        return stop.end()


def _skip_value(text: str, pos: int) -> int:
    """The offset just after the value that starts at `pos`."""
    ch = text[pos] if pos < len(text) else ""
    if ch == '"':
        return _skip_string(text, pos)
    if ch not in "{[":
        end = _SCALAR_END.search(text, pos)
        return len(text) if end is None else end.start()
    depth = 0
    i = pos
    while True:
        mark = _STRUCT.search(text, i)
        if mark is None:
            return len(text)
        ch = mark.group()
        if ch == '"':
            i = _skip_string(text, mark.start())
            continue
        depth += 1 if ch in "{[" else -1
        i = mark.end()
        if depth == 0:
            return i
