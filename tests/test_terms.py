"""Terms: tokens, keys and classes that matching decides on (input, expected) tables."""

from __future__ import annotations

import pytest

from provenance.terms import is_stock, statement, stem, stock_spans


def kinds(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.key, t.kind) for t in statement(text).tokens]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("28 warriors", [("28", "#28", "number"), ("warriors", "warrior", "content")]),
        ("$500 million", [("$500 million", "#$500000000", "number")]),
        ("€50 million", [("€50 million", "#€50000000", "number")]),
        ("twenty-eight", [("twenty-eight", "#28", "number")]),
        ("1,000 people", [("1,000", "#1000", "number"), ("people", "peopl", "content")]),
        ("5 per cent", [("5 per cent", "#5%", "number")]),
        ("the two leaders", [("the", "the", "stop"), ("two", "two", "generic"),
                             ("leaders", "leaders", "generic")]),
        ("didn't", [("did", "did", "stop"), ("n't", "not", "negator")]),
        ("will may", [("will", "will", "qualifier"), ("may", "may", "qualifier")]),
        ("energy and infrastructure", [("energy", "energy", "content"),
                                       ("and", "and", "coordinator"),
                                       ("infrastructure", "infrastructur", "content")]),
    ],
)
def test_tokens_have_keys_and_classes(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("word", "key"),
    [("discussed", "discuss"), ("discusses", "discuss"), ("discussing", "discuss"),
     ("increase", "increas"), ("increasing", "increas"), ("Canada’s", "@CA"),
     ("Canadian", "@CA"), ("Kyiv", "@UA"), ("sanctions", "sanction"), ("process", "process")],
)
def test_stems(word, key):
    assert stem(word.replace("’", "'")) == key


def test_salient_terms_are_names_acronyms_countries_not_sentence_starts():
    s = statement("Both leaders discussed the NATO Membership Action Plan and Operation "
                  "Unifier in Crimea with G7 partners.")
    assert s.salient == {"@NATO", "membership", "action", "plan", "operation", "unifier",
                         "crimea", "g7"}


def test_participant_names_are_call_words():
    s = statement("Trudeau thanked Zelenskyy", generic=frozenset({"trudeau", "zelenskyy"}))
    assert s.content == ["thank"]


def test_stock_phrases_are_found_and_a_stock_statement_is_known():
    text = "The leaders agreed to remain in close and regular contact."
    assert [text[s:e] for s, e in stock_spans(text)] == ["remain in close and regular contact"]
    assert is_stock(text)
    assert not is_stock("The leaders agreed to remain in close contact on the Danube ports.")
