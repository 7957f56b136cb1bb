"""The speed shortcuts give what the plain code they stand for gives, on any text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from provenance import lexicon, names, normalize
from provenance.extract import _ALNUM

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
