"""Normalization for matching only. Offsets always point into the original text.

`fold` maps one character to one character, so a folded string has the same length as
the original and an index into one is an index into the other. `match_key` goes further
(Unicode NFC, case, collapsed spaces) for comparing texts, never for offsets.
"""

from __future__ import annotations

import re
import unicodedata

# Quotes, dashes and spaces that mean the same thing for matching.
_FOLD = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"',
        "\u00bb": '"', "\u2033": '"',
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
        "\ufeff": " ", "\t": " ",
    }
)


# The same, as (character, replacement) pairs. No replacement is itself replaced.
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())


def fold(text: str) -> str:
    """Same length as `text`: curly quotes straight, dashes to '-', odd spaces to ' '."""
    if text.isascii():  # the common case, and str.translate costs per character
        return text.replace("\t", " ") if "\t" in text else text
    # one fast `in` per foldable character, and a replace for the few present: several
    # times faster than a regex substitution that calls back for every mark
    for char, plain in _FOLD_PAIRS:
        if char in text:
            text = text.replace(char, plain)
    return text


def fold_lower(text: str) -> str:
    """`fold`, then lower case, still one character for one: offsets carry over."""
    folded = fold(text)
    low = folded.lower()
    if len(low) == len(folded):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


_SPACES = re.compile(r"\s+")


def match_key(text: str) -> str:
    """A comparison key: NFC, folded, lower case, single spaces, trimmed."""
    return _SPACES.sub(" ", fold(unicodedata.normalize("NFC", text)).lower()).strip()


def squash(text: str) -> tuple[str, list[int]]:
    """`match_key` that keeps the way back: folded, lower case, spaces collapsed, and for
    each character of the result the offset of the character in `text` it came from."""
    out: list[str] = []
    where: list[int] = []
    space = True  # drop leading spaces
    for i, ch in enumerate(fold_lower(text)):
        if ch.isspace():
            if not space:
                out.append(" ")
                where.append(i)
            space = True
            continue
        out.append(ch)
        where.append(i)
        space = False
    if out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where
