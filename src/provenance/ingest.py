"""Ingest: a seed file's bytes -> an `Article` with paragraphs, sentences and boilerplate.

The text is decoded exactly as `open(path, encoding="utf-8").read()` would (universal
newlines, a BOM kept as a character), so every offset in every record slices that text.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from pathlib import Path

from . import lexicon
from .normalize import fold
from .patterns import PatternSet
from .records import Article, Paragraph, Problem, Sentence


class InputError(Exception):
    """The file cannot be read as an article; `problem` says where and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


# A date header shares the first line with the article: " date 2022-03-23 Canadian …".
# A header alone on its line (no body after it) is still a header.
_HEADER = re.compile(r"\ufeff?[ \t]*date[ \t]+(\S+)(?:[ \t]+|(?=\n)|\Z)")
_UTF8_BOM = b"\xef\xbb\xbf"
_LETTER = re.compile(r"[^\W_]")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def read_article(path: str | Path, *, article_id: str | None = None) -> Article:
    """Read one seed file. Raises `InputError` when it is not a readable article."""
    path = Path(path)
    text = read_text(path)
    return parse_article(text, article_id=article_id or article_id_of(path),
                         path=str(path))


def article_id_of(path: Path) -> str:
    """The article id: the file name without `.txt`. A name that is not UTF-8 (bytes
    the file system kept as they were) gets U+FFFD in their place, so that every id can
    be written out."""
    return os.fsencode(path.stem).decode("utf-8", "replace")


def read_text(path: str | Path) -> str:
    """A file's text as `open(path, encoding="utf-8").read()` gives it, read only.
    Raises `InputError` naming the file when it cannot be read or decoded."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        problem = Problem(str(path), "file-unreadable", exc.strerror or str(exc))
        raise InputError(problem) from None
    return decode(data, str(path))


def decode(data: bytes, path: str) -> str:
    """UTF-8 bytes -> text with universal newlines; `InputError` names the bad byte."""
    if not data.removeprefix(_UTF8_BOM).strip():
        message = "the file holds only whitespace" if data else "the file is empty"
        raise InputError(Problem(path, "file-empty", message))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            Problem(path, "encoding-utf16", "the file is UTF-16 (has a UTF-16 BOM); "
                    "save it as UTF-8")
        )
    nul = data.find(b"\x00")
    if nul != -1:
        raise InputError(Problem(path, "file-binary",
                                 f"the file is binary (NUL byte at byte offset {nul})"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # the bytes before the first bad one are valid: count lines and characters there
        before = _universal_newlines(data[:exc.start].decode("utf-8"))
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        raise InputError(
            Problem(path, "encoding-not-utf8",
                    f"not UTF-8: byte 0x{data[exc.start]:02x} at byte offset {exc.start} "
                    "(re-save the file as UTF-8)", line=line, column=column)
        ) from None
    return _universal_newlines(text)


def _universal_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_header(text: str) -> tuple[dt.date | None, int, Problem | None]:
    """Return (publication date, where the body starts, a problem with the header)."""
    match = _HEADER.match(text)
    if not match:
        return None, 0, None
    token = match.group(1)
    column = match.start(1) + 1 - text.startswith("\ufeff")  # editors do not show a BOM
    iso = _ISO_DATE.fullmatch(token)
    if not iso:
        if re.fullmatch(r"[\d/.-]+", token):
            return None, match.end(), Problem(
                "", "date-header-malformed",
                f"date header {token!r} is not YYYY-MM-DD", line=1, column=column)
        return None, 0, None  # an article that happens to start with the word "date"
    try:
        published = dt.date(*(int(g) for g in iso.groups()))
    except ValueError as exc:
        return None, match.end(), Problem(
            "", "date-header-invalid", f"date header {token!r} is not a real date ({exc})",
            line=1, column=column)
    return published, match.end(), None


def parse_article(text: str, *, article_id: str, path: str = "") -> Article:
    """Build an `Article` from decoded text."""
    published, body_start, _ = parse_header(text)
    paragraphs = tuple(_classify(text, s, e) for s, e in split_paragraphs(text, body_start))
    sentences = tuple(
        Sentence(s, e, i)
        for i, p in enumerate(paragraphs)
        for s, e in split_sentences(text, p.start, p.end)
    )
    if not paragraphs:
        where = "after the date header" if body_start else "in the file"
        raise InputError(Problem(path, "no-body", f"no article text {where}"))
    if not _LETTER.search(text, body_start):
        raise InputError(Problem(path, "no-body", "no words: the text holds no letter or "
                                 "digit, only punctuation or symbols"))
    if not any(p.boilerplate is None for p in paragraphs):
        raise InputError(Problem(path, "no-body", "no article text: only headings, "
                                 "captions or other boilerplate"))
    return Article(
        id=article_id,
        path=path,
        text=text,
        published=published,
        body_start=body_start,
        paragraphs=paragraphs,
        sentences=sentences,
        notes=syndication_notes(text, paragraphs),
    )


# ---------------------------------------------------------------------------- paragraphs

_TERMINAL = ".!?:\"'”’)…"
_BULLETS = "•*·–-"


def split_paragraphs(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of paragraphs: blocks between blank lines, and within a block
    the lines that end a sentence or are bullets. Soft-wrapped lines are joined."""
    pos = start
    para_start: int | None = None
    prev_line = ""
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        line = text[pos:end]
        stripped = line.strip()
        if not stripped:
            if para_start is not None:
                yield para_start, _rstrip_end(text, para_start, pos)
                para_start = None
        else:
            first = pos + len(line) - len(line.lstrip())
            if para_start is not None and _breaks(prev_line, stripped):
                yield para_start, _rstrip_end(text, para_start, pos)
                para_start = None
            if para_start is None:
                para_start = first
            prev_line = stripped
        if nl == -1:
            break
        pos = nl + 1
    if para_start is not None:
        yield para_start, _rstrip_end(text, para_start, n)


def line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines of `text[start:end]` (a paragraph), as offsets, without their newlines:
    a web page's menus, title and date line may make one paragraph."""
    while start < end:
        stop = text.find("\n", start, end)
        stop = end if stop == -1 else stop
        yield start, stop
        start = stop + 1


def _breaks(prev: str, line: str) -> bool:
    return (
        prev[-1] in _TERMINAL
        or prev[0] in _BULLETS
        or line[0] in _BULLETS
        or len(prev) < 40
    )


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _classify(text: str, start: int, end: int) -> Paragraph:
    return Paragraph(start, end, boilerplate_kind(text[start:end]))


# The prefixes as one alternation, tried in their order: the first that matches names
# the kind (group `k3` is the fourth prefix's).
_PREFIXES = re.compile("|".join(f"(?P<k{i}>{p})"
                                for i, (p, _) in enumerate(lexicon.BOILERPLATE_PREFIXES)),
                       re.IGNORECASE)
_PREFIX_KINDS = {f"k{i}": k for i, (_, k) in enumerate(lexicon.BOILERPLATE_PREFIXES)}
# Searched in lower-cased text (re.IGNORECASE makes these searches ~40 times slower),
# after one scan for the literal phrases they need.
_PHRASES = PatternSet(re.compile(p) for p, _ in lexicon.BOILERPLATE_PHRASES)
_PHRASE_KINDS = [k for _, k in lexicon.BOILERPLATE_PHRASES]
_EMBED_SIGNATURE = re.compile(r"[—–-]\s*[^—–\n]{1,120}\(@\w{1,30}\)")


_HEADING_WORDS = 20  # a title or standfirst line without a final stop is no longer


def boilerplate_kind(paragraph: str) -> str | None:
    """Name the kind of boilerplate a paragraph is, or None for article body."""
    folded = fold(paragraph).strip()
    if not folded:
        return "heading"  # a line of invisible characters (a lone U+FEFF): no body text
    prefix = _PREFIXES.match(folded)
    if prefix is not None:
        return _PREFIX_KINDS[prefix.lastgroup]  # type: ignore[index]
    low = folded.lower()
    for i in _PHRASES.candidates(low):  # most paragraphs: none
        if _PHRASES.patterns[i].search(low):
            return _PHRASE_KINDS[i]
    if lexicon.CAPTION_CREDIT.search(folded):
        return "caption"
    if _EMBED_SIGNATURE.search(paragraph):
        return None
    lines = [line.strip() for line in folded.split("\n") if line.strip()]
    if all(not _ends_prose(line) and len(line.split()) <= _HEADING_WORDS for line in lines):
        return "heading"  # a title, or a title and its standfirst, each on its line
    return None


# A page's furniture line: fields between bars or dots ("QMI Agency | Published …").
_FURNITURE = re.compile(r" [|·•] ")


_REPORTED = re.compile(r"\b(?:said|told|wrote|added|stressed|noted)\b")


def _ends_prose(line: str) -> bool:
    """The line ends like a sentence: a stop, or a quotation closed after one (not a
    headline's `… says support 'will not waver'`), and is no page furniture (`QMI Agency
    | Published December 10, 2021 at 2:12 p.m.`)."""
    if _FURNITURE.search(line):
        return False
    if line[-1] in "\"'":  # (prose: "… would “never stand alone”", told or said)
        return len(line) > 1 and (line[-2] in ".!?,…" or bool(_REPORTED.search(line)))
    return line[-1] in ".!?…:)"


def syndication_notes(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[str, ...]:
    """Provenance facts stated by syndication notices and disclaimers."""
    notes: list[str] = []
    for p in paragraphs:
        if p.boilerplate not in ("syndication", "disclaimer"):
            continue
        chunk = fold(text[p.start:p.end])
        for pattern, template in lexicon.SYNDICATION_FACTS:
            for match in re.finditer(pattern, chunk, re.IGNORECASE):
                note = template.format(*match.groups()).strip()
                if note not in notes:
                    notes.append(note)
    return tuple(notes)


# ----------------------------------------------------------------------------- sentences

_CLOSERS = "\"'”’)]»"
_STOP = re.compile("[.!?…]")
_OPENERS = "\"'“‘([«"


MAX_SENTENCE = 1200  # characters; longer runs are cut at a clause mark (no full stops)


def split_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of sentences in `text[start:end]`, in one linear pass. A
    sentence longer than `MAX_SENTENCE` is cut at its last `;` or `,` (else space)
    before the limit, so that no later stage works on unbounded sentences."""
    for s, e in _sentences(text, start, end):
        while e - s > MAX_SENTENCE:
            cut = _cut_point(text, s, s + MAX_SENTENCE)
            yield s, _rstrip_end(text, s, cut)
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            yield s, e


def _cut_point(text: str, start: int, limit: int) -> int:
    """Just after the last clause mark (else space) in the second half of the window."""
    floor = start + (limit - start) // 2
    for mark in (";", ",", " "):
        k = text.rfind(mark, floor, limit)
        if k != -1:
            return k + 1
    return limit


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    sent_start = start
    i = start
    while i < end:
        stop = _STOP.search(text, i, end)  # jump to the next full stop
        if stop is None:
            break
        i = stop.start()
        if _ends_sentence(text, i, end, sent_start):
            j = i + 1
            while j < end and (text[j] in _CLOSERS or text[j] in ".!?…"):
                j += 1
            yield sent_start, j
            k = j
            while k < end and text[k].isspace():
                k += 1
            sent_start = i = k
            continue
        i += 1
    if sent_start < end:
        yield sent_start, _rstrip_end(text, sent_start, end)


def _ends_sentence(text: str, i: int, end: int, sent_start: int) -> bool:
    j = i + 1
    while j < end and (text[j] in _CLOSERS or text[j] in ".!?…"):
        j += 1
    if j >= end:
        return False  # the paragraph end closes the sentence anyway
    if not text[j].isspace():
        return False
    k = j
    while k < end and text[k].isspace():
        k += 1
    if k >= end:
        return False
    nxt = text[k]
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or nxt in "•"):
        return False
    if text[i] == ".":
        w = i
        while w > sent_start and (text[w - 1].isalpha() or text[w - 1] == "."):
            w -= 1
        word = text[w:i].lower()
        if word in lexicon.ABBREVIATIONS or (len(word) == 1 and text[w].isupper()):
            return False
    return True
