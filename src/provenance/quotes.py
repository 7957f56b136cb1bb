"""Quotation marks paired into quotations, in one linear pass per paragraph.

Marks pair by type: “ with ”, ‘ with ’, „ with “ or ”, « with », a straight " with the
next straight ". A
straight or curly single mark between letters (`Ukraine’s`, `shouldn’t`) is an
apostrophe; after a plural (`leaders’ call`) it closes a quotation only when a single
quotation is open. An opening mark met while one of its type is open means the first
was never closed: it is dropped (recorded as unbalanced) and pairing goes on, so one
stray mark never costs the rest of the article.

A paragraph that ends inside a quotation continues it when the next paragraph opens
with a quotation mark (the newspaper convention for multi-paragraph quotes).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from attrs import evolve, frozen

from .records import Paragraph

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚"
SINGLE_CLOSE = "’"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
QUOTE_CHARS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + '"' + "'"
_OPEN_CONTEXT = " \t\n([{—–-/:;,"
_MARK = re.compile("[" + re.escape(QUOTE_CHARS) + "]")


@frozen
class Quote:
    """A quotation: marks at `open` and `close` (exclusive content `start`..`end`)."""

    open: int  # index of the opening mark
    close: int  # index of the closing mark, or the paragraph end when unclosed
    marks: str  # "double" or "single"
    closed: bool  # False: ran to the paragraph end without a closing mark
    continues: bool = False  # carried on by a quotation opening the next paragraph
    continuation: bool = False  # carries on a quotation from the previous paragraph

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close


@frozen
class Pairing:
    quotes: tuple[Quote, ...]
    unbalanced: tuple[int, ...]  # offsets of marks that found no partner


def pair_quotes(text: str, paragraphs: Sequence[Paragraph]) -> Pairing:
    """Pair the quotation marks of every paragraph."""
    quotes: list[Quote] = []
    unbalanced: list[int] = []
    carried = False
    for i, para in enumerate(paragraphs):
        found, stray, open_at_end = _pair_paragraph(text, para.start, para.end)
        unbalanced.extend(stray)
        if carried and found and found[0].open == para.start:
            found[0] = evolve(found[0], continuation=True)
        if open_at_end is not None:
            nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
            continues = nxt is not None and text[nxt.start] in DOUBLE_OPEN + STRAIGHT_DOUBLE
            if continues:
                found.append(Quote(open_at_end, para.end, "double", closed=True,
                                   continues=True,
                                   continuation=carried and open_at_end == para.start))
            else:
                found.append(Quote(open_at_end, para.end, "double", closed=False))
                unbalanced.append(open_at_end)
            carried = continues
        else:
            carried = False
        quotes.extend(found)
    quotes.sort(key=lambda q: (q.open, q.close))
    return Pairing(tuple(quotes), tuple(sorted(unbalanced)))


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _pair_paragraph(text: str, start: int, end: int) -> tuple[list[Quote], list[int],
                                                               int | None]:
    """Pair marks in text[start:end]. Returns quotes, stray marks, and the offset of a
    double quotation still open at the end."""
    quotes: list[Quote] = []
    stray: list[int] = []
    open_double: int | None = None
    open_single: int | None = None
    for mark in _MARK.finditer(text, start, end):  # jump from mark to mark
        i = mark.start()
        ch = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        opens = before in _OPEN_CONTEXT or before in DOUBLE_OPEN + SINGLE_OPEN + '"'
        closes = not after.isalnum()
        if (ch == "“" and open_double is not None and text[open_double] == "„"
                and closes):  # „German style“: a low opening mark, closed by “
            quotes.append(Quote(open_double, i, "double", closed=True))
            open_double, open_single = None, None
        elif ch in DOUBLE_OPEN or (ch == STRAIGHT_DOUBLE and open_double is None and
                                   (opens or not closes)):
            if open_double is not None:
                stray.append(open_double)
            open_double, open_single = i, None
        elif ch in DOUBLE_CLOSE or ch == STRAIGHT_DOUBLE:
            if open_double is not None and not (ch == STRAIGHT_DOUBLE and opens and
                                                not closes):
                quotes.append(Quote(open_double, i, "double", closed=True))
                if open_single is not None:
                    stray.append(open_single)
                open_double, open_single = None, None
            elif ch == STRAIGHT_DOUBLE and open_double is not None:
                # an opener while one is open: the earlier one was never closed
                stray.append(open_double)
                open_double, open_single = i, None
            else:
                stray.append(i)
        elif ch in SINGLE_OPEN or (ch in SINGLE_CLOSE + STRAIGHT_SINGLE and opens
                                   and after.isalpha() and not _is_letter(before)):
            if open_single is not None:
                stray.append(open_single)
            open_single = i
        else:  # ’ or ' : closing single quote or apostrophe
            if _is_letter(before) and _is_letter(after):
                continue  # Ukraine’s, shouldn’t
            if open_single is not None and closes:
                quotes.append(Quote(open_single, i, "single", closed=True))
                open_single = None
            # else: an apostrophe after a plural (leaders’) or a stray mark
    if open_single is not None:
        stray.append(open_single)
    return quotes, stray, open_double


class QuoteIndex:
    """Quotations sorted by opening mark, with the lookups the finders need answered by
    binary search instead of a scan of every quotation (linear time on long articles)."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.quotes = sorted(quotes, key=lambda q: (q.open, q.close))
        self._opens = [q.open for q in self.quotes]
        self._by_open = {q.open: q for q in self.quotes}
        self._by_close = {q.close: q for q in self.quotes}
        self._closes = sorted(self._by_close)
        self._reach = _running_max([q.close for q in self.quotes])
        doubles = [q for q in self.quotes if q.marks == "double"]
        self._double_opens = [q.open for q in doubles]
        self._double_reach = _running_max([q.close for q in doubles])

    def opening_in(self, start: int, end: int) -> list[Quote]:
        """Quotations whose opening mark is in [start, end), in text order."""
        i = bisect_left(self._opens, start)
        j = bisect_left(self._opens, end, lo=i)
        return self.quotes[i:j]

    def opening_at(self, pos: int) -> Quote | None:
        return self._by_open.get(pos)

    def closing_at(self, pos: int) -> Quote | None:
        return self._by_close.get(pos)

    def any_closing_in(self, start: int, end: int) -> bool:
        i = bisect_left(self._closes, start)
        return i < len(self._closes) and self._closes[i] < end

    def any_open_across(self, pos: int) -> bool:
        """Some quotation opens before `pos` and closes at or after it."""
        i = bisect_left(self._opens, pos)
        return i > 0 and self._reach[i - 1] >= pos

    def inside_double(self, q: Quote) -> bool:
        """`q` lies within a double quotation that opens before it (nested)."""
        i = bisect_left(self._double_opens, q.open)
        return i > 0 and self._double_reach[i - 1] >= q.close


def _running_max(values: list[int]) -> list[int]:
    out: list[int] = []
    best = -1
    for v in values:
        best = max(best, v)
        out.append(best)
    return out
