"""Terms: a statement's words sorted into the classes comparison needs.

`statement(text)` tokenizes once and keeps, for every word, its offsets into the text,
a comparison key and its class: a number (`$500 million` -> `#$500000000`), a negator
(`not`, `n't`, `never`), a qualifier (`will`, `may`, `all`, `fully`), a coordinator
(`and`, `or`), a function word, a call word (`leaders`, `president`) or content. Keys
are folded, lower case and lightly stemmed (`discussed`, `discusses` -> `discuss`);
country words share a key (`Canada`, `Canadian`, `Ottawa` -> `@CA`). The word lists are
in `matchlex.py`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from attrs import frozen

from . import lexicon, matchlex
from .normalize import fold, fold_lower

NUMBER, NEGATOR, QUALIFIER, COORDINATOR, STOP, GENERIC, CONTENT = (
    "number", "negator", "qualifier", "coordinator", "stop", "generic", "content")

_TOKEN = re.compile(
    r"[" + re.escape(matchlex.CURRENCY_SIGNS) + r"]?\d+(?:[.,]\d+)*(?![^\W_])"
    r"|[^\W_]+(?:'[^\W_]+)*|%"
)
_SENTENCE_OPENERS = ".!?:;\"'([“‘«—–-"
_TITLE_WORDS = lexicon.TITLE_WORDS
_GENERIC = matchlex.CALL_WORDS | _TITLE_WORDS
_NT_BASES = {"ca": "can", "wo": "will", "sha": "shall"}
_MODAL_CLASSES = frozenset({"future", "ability", "possibility", "obligation", "advice"})


class Token(NamedTuple):
    text: str  # as written
    start: int  # offsets into the statement's text
    end: int
    key: str  # comparison key
    kind: str  # number | negator | qualifier | coordinator | stop | generic | content
    salient: bool  # a name, place, programme, acronym, country or number
    qualifier: str = ""  # the qualifier class (`future`, `possibility`, ...)


@frozen
class Statement:
    """A text ready to compare: its tokens, and the keys the scorers see."""

    text: str
    tokens: tuple[Token, ...]

    @property
    def keys(self) -> list[str]:
        return [t.key for t in self.tokens]

    @property
    def content(self) -> list[str]:
        """Keys of the words that carry the content (numbers are checked apart)."""
        return [t.key for t in self.tokens if t.kind == CONTENT]

    @property
    def salient(self) -> frozenset[str]:
        return frozenset(t.key for t in self.tokens if t.salient and t.kind != NUMBER)

    @property
    def processed(self) -> str:
        """The string the rapidfuzz candidate scorer compares: content and numbers."""
        return " ".join(t.key for t in self.tokens if t.kind in (CONTENT, NUMBER))


def statement(text: str, *, generic: frozenset[str] = frozenset()) -> Statement:
    """Tokenize `text`. Words in `generic` (folded, lower case: the call participants'
    names) count as call words, not content."""
    return Statement(text=text, tokens=tuple(_tokens(text, generic)))


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light stemmer for matching keys: possessive, -ing/-ed/-es/-s, then a final -e."""
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    if w in lexicon.COUNTRY_BY_WORD:
        return "@" + lexicon.COUNTRY_BY_WORD[w].code
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                continue
            w = w[: -len(suffix)]
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def _tokens(text: str, generic: frozenset[str]) -> list[Token]:
    folded = fold(text)
    low_text = fold_lower(text)
    raw: list[tuple[str, int, int]] = []  # (folded lower-case word, start, end)
    for m in _TOKEN.finditer(low_text):
        low, start, end = m.group(), m.start(), m.end()
        if low.endswith("n't") and len(low) > 3:
            raw.append((low[:-3], start, end - 3))
            raw.append(("n't", end - 3, end))
        else:
            raw.append((low, start, end))
    out: list[Token] = []
    i = 0
    while i < len(raw):
        number = _read_number(raw, i, low_text)
        if number is not None:
            key, j = number
            word_start, word_end = raw[i][1], raw[j - 1][2]
            out.append(Token(text[word_start:word_end], word_start, word_end, key, NUMBER,
                             True))
            i = j
            continue
        low, start, end = raw[i]
        word = text[start:end]
        key, kind, qualifier = _classify(low, low in generic)
        salient = kind == CONTENT and (
            key.startswith("@")
            or (not word.isalpha() and _HAS_DIGIT.search(word) is not None)
            or (len(word) >= 2 and word.isupper())
            or (word[0].isupper() and not _sentence_initial(folded, start))
        )
        out.append(Token(word, start, end, key, kind, salient, qualifier))
        i += 1
    return out


_HAS_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1 << 16)
def _classify(low: str, participant: bool) -> tuple[str, str, str]:
    """(key, kind, qualifier class) of a folded lower-case word."""
    if low == "n't" or low in matchlex.NEGATORS:
        return "not", NEGATOR, ""
    low = _NT_BASES.get(low, low)
    if low in matchlex.QUALIFIERS:
        return low, QUALIFIER, matchlex.QUALIFIERS[low]
    if low in matchlex.COORDINATORS:
        return low, COORDINATOR, ""
    if low in matchlex.STOPWORDS:
        return low, STOP, ""
    bare = low[:-2] if low.endswith("'s") else low
    if participant or bare in _GENERIC:
        return bare, GENERIC, ""
    return stem(low), CONTENT, ""


def _sentence_initial(folded: str, start: int) -> bool:
    k = start - 1
    while k >= 0 and folded[k].isspace():
        k -= 1
    return k < 0 or folded[k] in _SENTENCE_OPENERS


def _read_number(raw: list[tuple[str, int, int]], i: int,
                 low_text: str) -> tuple[str, int] | None:
    """A number starting at raw[i] (digits or number words, a scale, a percent sign):
    its key and the index after it; None when raw[i] is not a number."""
    word = raw[i][0]
    currency = ""
    if word[0] in matchlex.CURRENCY_SIGNS:
        currency, word = word[0], word[1:]
    j = i + 1
    if word[:1].isdigit():
        value = _digits(word)
    elif word in matchlex.NUMBER_WORDS:
        value = float(matchlex.NUMBER_WORDS[word])
        while j < len(raw) and raw[j][0] in matchlex.NUMBER_WORDS:
            value += matchlex.NUMBER_WORDS[raw[j][0]]  # twenty-eight
            j += 1
        if j < len(raw) and raw[j][0] in matchlex.CALL_WORDS:
            return None  # "the two leaders" counts no one
    else:
        return None
    while j < len(raw):
        nxt = raw[j][0]
        if nxt in matchlex.SCALES and low_text[raw[j - 1][2]:raw[j][1]].strip() == "":
            value *= matchlex.SCALES[nxt]
            j += 1
        else:
            break
    percent = ""
    if j < len(raw) and raw[j][0] in ("%", "percent"):
        percent, j = "%", j + 1
    elif j + 1 < len(raw) and raw[j][0] == "per" and raw[j + 1][0] == "cent":
        percent, j = "%", j + 2
    shown = str(int(value)) if value == int(value) else f"{value:g}"
    return f"#{currency}{shown}{percent}", j


def _digits(word: str) -> float:
    parts = word.split(",")
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:3]):
        word = "".join(parts)  # 1,000 -> 1000
    else:
        word = word.replace(",", ".")
    try:
        return float(word)
    except ValueError:
        return float(re.sub(r"[^\d]", "", word) or 0)


def is_modal(qualifier_class: str) -> bool:
    return qualifier_class in _MODAL_CLASSES


_STOCK = re.compile(
    "|".join(r"\b" + r"\s+".join(map(re.escape, p.split())) + r"\b"
             for p in sorted(matchlex.STOCK_PHRASES, key=len, reverse=True)),
    re.IGNORECASE,
)


def stock_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` says a stock phrase (`agreed to remain in close contact`)."""
    return [m.span() for m in _STOCK.finditer(fold(text))]


def is_stock(text: str) -> bool:
    """A statement that says nothing but stock phrases (and call words)."""
    spans = stock_spans(text)
    if not spans:
        return False
    rest = []
    pos = 0
    for start, end in spans:
        rest.append(text[pos:start])
        pos = end
    rest.append(text[pos:])
    remaining = statement(" ".join(rest))
    return len(remaining.content) < 2
