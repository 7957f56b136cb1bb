"""The speed shortcuts give what the plain code they stand for gives, on any text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from provenance import lexicon, names, normalize
from provenance.extract import _ALNUM
from provenance.patterns import PatternSet, Prefilter

# Characters the shortcuts turn on: foldable marks, letters and non-letters that
# lower-case to letters (Kelvin sign, capital sharp s), dotted I, sigma, digits, dots.
_PIECES = st.sampled_from(
    [*"aA zZé.-’'_1@\n\t\u00a0“”—Σİ\u212aẞ", "President", "president.", "Mr.", "ms",
     "PM.", "Prof.", "secretary-general", "King", "spokesperson", "O’Brien", "@Keir_Starmer"])
_TEXT = st.lists(_PIECES, max_size=12).map("".join)

# The plain form of names._CAPITALIZED.
_CAPITALIZED_PLAIN = re.compile(
    r"(?<![\w’'.@-])(?:@\w+|[ae]l-[A-Z][\w’'.-]*|[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*)")


@given(_TEXT)
def test_fold_is_the_per_character_mapping(text):
    assert normalize.fold(text) == text.translate(normalize._FOLD)


@given(_TEXT, st.integers(0, 12), st.integers(0, 12))
def test_capitalized_tokens_as_the_plain_pattern(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    found = [(m.span(), m.group()) for m in names._CAPITALIZED.finditer(text, start, end)]
    plain = [(m.span(), m.group()) for m in _CAPITALIZED_PLAIN.finditer(text, start, end)]
    assert found == plain


@given(_TEXT, st.integers(0, 12), st.integers(0, 12))
def test_title_shortcut_never_skips_a_title(text, a, b):
    lo, pos = sorted((min(a, len(text)), min(b, len(text))))
    raw = names._WORD.findall(text, lo, pos)
    if raw and raw[-1].lower().rstrip(".") in names._TITLE_ENDINGS:
        assert names._may_end_in_title(text, lo, pos)


@given(st.characters())
def test_alnum_pattern_is_str_isalnum(ch):
    assert bool(_ALNUM.search(ch)) == ch.isalnum()


_CALL_TEXT = st.lists(st.sampled_from(
    ["spoke", "speaks", "speaking", "talked", "talks", "talking", "phoned", "called",
     "conversation", "conversations", "discussions", "phone", "telephone", "video", "call",
     "calls", "with", "held", "had", "a", "an", "brief", " ", " ", "-", ".", "x"]),
    max_size=10).map("".join)


@given(_CALL_TEXT)
def test_call_words_rule_out_only_texts_without_a_call(text):
    assert lexicon.mentions_call(text) == bool(lexicon.CALL_PATTERNS.search(text))


# --------------------------------------------------------------------- literal prefilters

_PREFILTERED = [
    *(re.compile(p) for p, _ in lexicon.CHANNEL_PATTERNS),
    lexicon.REPRODUCED, lexicon.ATTRIBUTABLE, lexicon.CALL_PATTERNS,
    re.compile(r"(?i)\bpress (?:release|note)s?\b|x{2,3}y|[ab]c(?=d)|(?<=q)r[s-u]"),
    re.compile(r"a(?:b|c*)d|e?f|[^g]h|\d{2}i|(?:jk)+l"),
]
_PREFILTER_PIECES = st.sampled_from(
    [*"aAbBcdDeEfghHiIjklqrstuxXyY 1.,-’'\n", "ſ", "\u212a", "İ", "ı", "é", "É",
     "press", "Press ", "release", "note", "told ", "reporters", "statement", "on x",
     "posted on ", "Telegram", "following ", "statement ", "was issued by ", "The ",
     "Office", "is attributable to ", "spoke", "phone call", "had a ", "brief "])
_PREFILTER_TEXT = st.lists(_PREFILTER_PIECES, max_size=14).map("".join)


@given(st.sampled_from(_PREFILTERED), _PREFILTER_TEXT, st.integers(0, 60),
       st.integers(0, 60))
def test_prefilter_rules_out_only_texts_the_pattern_cannot_match(pattern, text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    if pattern.search(text, start, end):
        assert not Prefilter(pattern).rules_out(text, start, end)
    if pattern.search(text):
        assert not Prefilter(pattern).rules_out(text)


def test_prefilter_literals():
    assert Prefilter(re.compile(r"\binterviews?\b|\binterviewed\b")).literals == (
        "interview",)
    assert Prefilter(re.compile(r"(?i)told (?:the )?press")).literals == (
        "told press", "told the press")
    assert Prefilter(re.compile(r"a*|b")).literals is None  # matches the empty string
    assert Prefilter(re.compile(r"\w+ said")).literals == (" said",)
    assert not Prefilter(re.compile(r"(?i)kin")).rules_out("\u212ain")  # Kelvin sign


@given(_PREFILTER_TEXT)
def test_pattern_set_lets_through_every_pattern_that_matches(text):
    patterns = [p for p in _PREFILTERED if not Prefilter(p).ignore_case]
    candidates = PatternSet(patterns).candidates(text)
    assert candidates == sorted(candidates)
    for i, pattern in enumerate(patterns):
        if pattern.search(text):
            assert i in candidates
