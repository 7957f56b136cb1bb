"""Highlight: an article's text as HTML with every claim marked in place.

Claims are marked with nested `<mark>` elements (a quotation inside a mixed claim sits
inside it); a claim that overlaps another without nesting is clipped to the one it
starts in, so that every claim still has exactly one mark. Boilerplate paragraphs are
wrapped in a greyed span. All text goes through `markupsafe.escape`: article text is
untrusted and renders as text, whatever it contains.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from attrs import frozen
from markupsafe import Markup, escape

from .records import Article, Claim


@frozen
class _Span:
    start: int
    end: int
    order: int  # tie-break: the longer span opens first
    claim: Claim | None = None  # None: a boilerplate paragraph


def highlight(article: Article, claims: Sequence[Claim],
              opening: Callable[[Claim], Markup]) -> Markup:
    """The article text with claims marked. `opening(claim)` gives the opening tag and
    label of a claim's mark; the mark is closed here."""
    spans = [_Span(c.start, c.end, i, c) for i, c in enumerate(claims) if c.end > c.start]
    spans += [_Span(p.start, p.end, len(claims) + i)
              for i, p in enumerate(article.paragraphs) if p.boilerplate is not None]
    spans.sort(key=lambda s: (s.start, -s.end, s.order))
    text = article.text
    out: list[str] = []
    stack: list[tuple[int, Markup]] = []  # (end, closing tag) of the open spans
    pos = 0
    for span in spans:
        while stack and stack[-1][0] <= span.start:
            pos = _close(out, text, pos, *stack.pop())
        end = min(span.end, stack[-1][0]) if stack else span.end  # clip a partial overlap
        out.append(escape(text[pos:span.start]))
        pos = span.start
        if span.claim is None:
            out.append(Markup('<span class="boilerplate" title="not article body">'))
            stack.append((end, Markup("</span>")))
        else:
            out.append(opening(span.claim))
            stack.append((end, Markup("</mark>")))
    while stack:
        pos = _close(out, text, pos, *stack.pop())
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def _close(out: list[str], text: str, pos: int, end: int, tag: Markup) -> int:
    if end > pos:
        out.append(escape(text[pos:end]))
        pos = end
    out.append(tag)
    return pos
