"""Transcripts: a briefing's or an interview's answers.

A transcript labels who speaks at the start of each turn (`MS. LEAVITT: …`, `CHIEF
CABINET SECRETARY HAYASHI: …`, `Q: …` / `A: …`). Each answer is its speaker's direct
claim, from after the label to the end of the turn, over paragraphs, up to the next
label; questions are no claims. Plain functions over the article's paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from attrs import frozen

from .lexicon import COUNTRY_BY_WORD, TITLE_WORDS
from .records import Article

# A turn's label: "Q", "A", or a name with its title, in capitals ("MS. LEAVITT",
# "CHIEF CABINET SECRETARY HAYASHI") or capitalized ("Official Spokesperson, Shri
# Randhir Jaiswal"), an optional outlet "(Kyodo News)", a colon.
_LABEL = re.compile(
    r"(?P<label>Q|A|[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,6})"
    r"(?: \([^)\n]{1,60}\))?:[ \t]+(?=\S)")
_QUESTIONS = frozenset({"Q", "QUESTION", "REPORTER", "JOURNALIST", "INTERVIEWER",
                        "MODERATOR", "PARTICIPANT", "AUDIENCE"})
# Labels that are no speaker: a live blog's or a page's ("UPDATE:", "READ MORE:").
_NOT_SPEAKERS = frozenset({"UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH",
                           "READ", "ALSO", "SOURCE", "NOTE", "EDITOR'S", "EDITOR’S",
                           "CORRECTION", "PHOTO", "VIDEO", "QUOTE", "LIVE", "ANALYSIS",
                           "OPINION", "CONTEXT", "BACKGROUND", "WARNING", "DISCLAIMER",
                           "FROM", "RELATED", "TAGS", "TOPICS", "CATEGORIES", "PUBLISHED",
                           "POSTED", "DATE", "LOCATION", "CREDIT", "IMAGE", "CAPTION",
                           "CONTACT", "EMAIL", "TEL", "PHONE", "SEE", "MORE", "SHARE"})
_QUOTE_MARKS = "\"'“‘«"
_MIN_TURNS = 2  # labelled answers (and questions) that make a text a transcript
_NOTE_WORDS = 6  # a shorter line after an answer ("Related Links") is not part of it


@frozen
class Answer:
    """One answer: the label as written, and the answer's span in the text."""

    label: str
    label_start: int
    start: int
    end: int
    paragraphs: tuple[int, ...]


def answers(article: Article, body: Collection[int]) -> list[Answer]:
    """The answers of a transcript among the body paragraphs `body` (indices into
    `article.paragraphs`); none when the text is not a transcript."""
    text = article.text
    turns: dict[int, re.Match[str]] = {}
    for i in sorted(body):
        para = article.paragraphs[i]
        m = _LABEL.match(text, para.start, para.end)
        if m is not None and not _not_a_speaker(m.group("label")) and (
                m.group("label").isupper() or (_titled(m.group("label"))
                                               and text[m.end()] not in _QUOTE_MARKS)):
            turns[i] = m  # (not a headline's "Minister Lena Okafor: ‘Trade first’")
    if len(turns) < _MIN_TURNS or all(_is_question(m) for m in turns.values()):
        return []
    found = []
    for i, m in turns.items():
        if _is_question(m):
            continue
        own = [i]
        k = i + 1
        while k in body and k not in turns and _continues(article, k):
            own.append(k)
            k += 1
        end = article.paragraphs[own[-1]].end
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        found.append(Answer(m.group("label"), m.start("label"), m.end(), end, tuple(own)))
    return found


def _not_a_speaker(label: str) -> bool:
    """`UPDATE:`, `READ MORE:`, or a dateline's place (`NEW DELHI:`)."""
    words = label.split()
    return (words[0].rstrip(".").upper() in _NOT_SPEAKERS
            or label.lower() in COUNTRY_BY_WORD)


def _titled(label: str) -> bool:
    """A label not in capitals names a speaker by title (`Official Spokesperson, Shri
    Randhir Jaiswal`) or a turn (`Question`, `Answer`); not a headline's `Mauro Vieira:
    ‘With Argentina, …’` nor a list's `Canada: …`."""
    words = label.replace(",", " ").lower().split()
    return words[0].upper() in _QUESTIONS or words[0] == "answer" or any(
        w in TITLE_WORDS for w in words)


def _is_question(m: re.Match[str]) -> bool:
    return m.group("label").split()[0].rstrip(".").upper() in _QUESTIONS


def _continues(article: Article, k: int) -> bool:
    """Paragraph `k` goes on with the answer before it: prose, not a note in brackets
    or a short line of the page."""
    para = article.paragraphs[k]
    chunk = article.text[para.start:para.end].strip()
    return bool(chunk) and chunk[0] not in "([" and len(chunk.split()) >= _NOTE_WORDS
