"""The JSON position finder: a JSON path -> the line and column of the value."""

from __future__ import annotations

import json
import time

import pytest

from provenance.jsonpos import line_col, locate

DOC = """{
  "kind": "readout",
  "issuer": "Office \\"of\\" the \\\\ President \\u00e9 {[",
  "side": "Canada",
  "call": {
    "date": null,
    "participants": ["Justin Trudeau", {"x": [1, 2]}, "Volodymyr Zelenskyy"]
  }
}
"""


def where(text: str, path: list, **kw) -> tuple[int, int]:
    return line_col(text, locate(text, path, **kw))


@pytest.mark.parametrize(
    ("path", "expected", "value"),
    [
        ([], (1, 1), "{"),
        (["side"], (4, 11), '"Canada"'),
        (["call", "date"], (6, 13), "null"),
        (["call", "participants", 0], (7, 22), '"Justin Trudeau"'),
        (["call", "participants", 1, "x", 1], (7, 50), "2"),
        (["call", "participants", 2], (7, 55), '"Volodymyr Zelenskyy"'),
    ],
)
def test_values_are_found_past_strings_with_escapes_and_brackets(path, expected, value):
    json.loads(DOC)  # the fixture is valid JSON
    offset = locate(DOC, path)
    assert line_col(DOC, offset) == expected
    assert DOC[offset:].startswith(value)


def test_key_mode_points_at_the_key():
    assert where(DOC, ["side"], key=True) == (4, 3)


def test_a_missing_field_points_at_the_deepest_value_found():
    assert where(DOC, ["call", "url"]) == (5, 11)  # the "call" object
    assert where(DOC, ["call", "participants", 9]) == (7, 21)  # the array


def test_the_last_of_duplicate_keys_wins_as_in_json_loads():
    text = '{"side": "UA", "side": "XX"}'
    assert json.loads(text)["side"] == "XX"
    assert text[locate(text, ["side"]):].startswith('"XX"')


def test_keys_with_escapes_are_compared_decoded():
    text = '{"a\\u0062": 1, "ab\\"": 2, "ab": 3}'
    assert text[locate(text, ['ab"']):].startswith("2")
    assert text[locate(text, ["ab"]):].startswith("3")  # the last "ab", written escaped first


def test_columns_count_characters_not_bytes():
    text = '{"issuer": "Élysée", "side": "FR"}'
    assert where(text, ["side"]) == (1, 30)


def test_a_json_lines_row_starts_its_own_count():
    rows = '{"a": 1}\n{"b": [true, false]}\n'
    second = rows.index("\n") + 1
    offset = locate(rows, ["b", 1], start=second)
    assert rows[offset:].startswith("false")
    assert line_col(rows, offset) == (2, 14)


def test_locating_is_linear_in_the_text():
    # 200,000 siblings before the wanted key, each a string full of escapes and brackets
    body = ", ".join(f'"k{i}": "\\\\\\"{{[{i}]}}\\""' for i in range(200_000))
    text = "{" + body + ', "wanted": [1, {"deep": "here"}]}'
    began = time.perf_counter()
    offset = locate(text, ["wanted", 1, "deep"])
    elapsed = time.perf_counter() - began
    assert text[offset:].startswith('"here"')
    assert elapsed < 5  # generous; one pass over ~6 MB takes well under a second
