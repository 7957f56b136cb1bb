"""HTML report: one self-contained file a person opens from disk, `report.html`.

`write_html(claims, findings, documents, out)` writes `out/report.html` atomically:

    the corpus      counts, charts (inline SVG), the calls, the articles: plain HTML
    #call/<slug>    a call: each side's account side by side, row by row
    #article/<id>   an article: its text with every claim marked in place, and the
                    selected claim's speaker, source, chain, call and findings

The corpus view is written as HTML; the call and article views are drawn by a small
script (`templates/report.js`) from the report's data, a JSON block in the page. One
file carries a whole corpus in about a third of the bytes separate pages took (each page
repeated the stylesheet and every claim's panel), and it is one file to send.

Safety: article text is untrusted. The data block is inert (`application/json`, with
`<`, `>` and `&` escaped so it cannot close its element); the script builds the views
with DOM calls only (text nodes, never HTML strings); the Content-Security-Policy pins
the one script and the one stylesheet by hash and forbids everything else, and requires
Trusted Types, so no HTML string can be turned into markup. The same input gives the
same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from attrs import frozen
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .grouping import CallKey, call_key, claim_order, finding_key, group_by_call
from .names import ascii_fold
from .parties import NO_PARTY, party_of
from .pipeline import write_atomic
from .records import CHANNELS, FINDING_TYPES, SIDES, Claim, ClaimRef, Document, Finding

REPORT_FILE = "report.html"
# Row status of a call table, with its label and a symbol (colour is never the only cue).
STATUS = {
    "agreement": ("both", "Both report it", "="),
    "conflict": ("conflict", "Conflicting", "≠"),
    "qualifier_difference": ("qualifier", "Qualifier differs", "≈"),
    "omission": ("only", "Only {party}", "◐"),
}
# How a quote check's verdict reads.
VERDICTS = {"verbatim": "verbatim", "near_verbatim": "near verbatim",
            "paraphrase": "paraphrase", "not_found": "not found"}
_PAIR_TYPES = ("agreement", "conflict", "qualifier_difference")
_ROW_TYPES = (*_PAIR_TYPES, "omission")
# Findings about whole articles (copies, text taken from a readout): listed once per
# article, not under each of its claims.
_ARTICLE_TYPES = ("syndicated_copy", "primary_overlap")
_MAX_LISTED = 8  # findings listed per claim; the rest are in findings.jsonl
_MAX_PLACES = 3  # further places of one statement, or copies of an article, linked
# Findings whose other claims are worth a link from each claim (a single-sourced call's
# claims are all the account's: listing them under each would repeat the account).
_LINKED_TYPES = (*_PAIR_TYPES, "duplicate_quote", "quote_check", "reported_omission")
# The fields of a claim in the report's data, in order (report.js reads them so).
CLAIM_FIELDS = ("doc", "start", "end", "side", "kind", "speaker", "mention", "cue",
                "source", "chain", "call", "rule", "confidence", "findings")

_ENV = Environment(loader=PackageLoader("provenance", "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def write_html(claims: Sequence[Claim], findings: Sequence[Finding],
               documents: Sequence[Document], out: str | Path) -> list[Path]:
    """Write the report into folder `out`; return its path in a list."""
    path = Path(out) / REPORT_FILE
    text = Site(claims, findings, documents).render()
    write_atomic(path, text.rstrip("\n").split("\n"))
    return [path]


# ------------------------------------------------------------------------------- model


@frozen
class CallPage:
    key: CallKey
    slug: str
    title: str
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    parties: tuple[str, ...]


@frozen
class Statement:
    """One statement in a call-table cell: the same words from the same source in
    several articles (copies, wire stories) are one statement with several places."""

    ref: ClaimRef  # the first place, shown with its text
    also: tuple[ClaimRef, ...]  # the other places, listed up to _MAX_PLACES
    more: int  # places beyond those listed


def statement_key(text: str, issuer: str, channel: str) -> tuple[str, str, str]:
    """One statement however often it is printed: its words and who published it."""
    return " ".join(text.split()), issuer, channel


def statements(refs: Sequence[ClaimRef]) -> tuple[Statement, ...]:
    """Refs grouped by what they say and who said it, in order of first appearance."""
    groups: dict[tuple[str, str, str, bool], list[ClaimRef]] = {}
    for r in refs:
        groups.setdefault((*statement_key(r.text, r.issuer, r.channel), r.primary),
                          []).append(r)
    return tuple(Statement(g[0], tuple(g[1:1 + _MAX_PLACES]),
                           max(0, len(g) - 1 - _MAX_PLACES)) for g in groups.values())


@frozen
class Row:
    """One row of a call table: what each party's account says, and how they relate."""

    status: str  # css class: both | conflict | qualifier | only
    label: str
    symbol: str
    cells: tuple[tuple[Statement, ...] | None, ...]  # per party; None: not reported
    differences: tuple[str, ...]
    findings: tuple[Finding, ...]  # one, or the omissions of one statement by each side
    reason: str  # the findings' reasons, clipped (the quotes are in the other cells)


class Site:
    """Everything the report shows, indexed once."""

    def __init__(self, claims: Sequence[Claim], findings: Sequence[Finding],
                 documents: Sequence[Document]) -> None:
        self.claims = sorted(claims, key=claim_order)
        self.findings = list(findings)
        self.documents = sorted(documents, key=lambda d: d.id)
        self.by_article: dict[str, list[Claim]] = defaultdict(list)
        for c in self.claims:
            self.by_article[c.article_id].append(c)
        self.findings_of: dict[str, list[Finding]] = defaultdict(list)
        for f in self.findings:
            for r in f.claims:
                self.findings_of[r.id].append(f)
        self.whole_article: dict[str, list[Finding]] = defaultdict(list)
        for f in self.findings:
            if f.type in _ARTICLE_TYPES:
                for i in _articles_of(f):
                    self.whole_article[i].append(f)
        self.calls = self._calls()
        self.call_of: dict[CallKey, CallPage] = {c.key: c for c in self.calls}
        # articles known only by their claims (a report of claims.jsonl alone)
        given = {d.id for d in self.documents}
        self.claims_only = sorted(set(self.by_article) - given)

    def _calls(self) -> list[CallPage]:
        groups = group_by_call(self.claims)
        by_call: dict[CallKey | None, list[Finding]] = defaultdict(list)
        for f in self.findings:
            by_call[finding_key(f)].append(f)
        pages = []
        taken: set[str] = set()
        for key, members in sorted(groups.items()):
            parties = tuple(sorted({party_of(c.source) for c in members} - {NO_PARTY}))
            title = f"{key.date or 'undated'}: {' – '.join(key.participants)}"
            slug = call_slug(key)
            while slug in taken:  # two calls of one day and the same surnames
                slug += "-"
            taken.add(slug)
            pages.append(CallPage(key, slug, title, tuple(members),
                                  tuple(by_call.get(key, ())), parties))
        return pages

    # -- the page --------------------------------------------------------------------
    def render(self) -> str:
        sides = Counter(c.source.side for c in self.claims)
        channels = Counter(c.source.channel for c in self.claims)
        types = Counter(f.type for f in self.findings)
        charts = [
            bar_chart("Claims by side", [(s, sides[s]) for s in SIDES if sides[s]]),
            bar_chart("Claims by channel", [(ch, channels[ch]) for ch in CHANNELS
                                            if channels[ch]]),
            bar_chart("Findings by type", [(t.replace("_", " "), types[t])
                                           for t in FINDING_TYPES if types[t]]),
        ]
        calls = [{"page": c, "status": self._call_status(c)} for c in self.calls]
        articles: list[dict[str, Any]] = sorted(
            [{"id": d.id, "kind": d.meta.kind, "published": d.article.published}
             for d in self.documents]
            + [{"id": i, "kind": "claims only", "published": None}
               for i in self.claims_only], key=lambda a: str(a["id"]))
        for a in articles:
            mine = self.by_article[str(a["id"])]
            a.update(href=article_route(str(a["id"])), claims=len(mine),
                     findings=sum(len(self.findings_of[c.id]) for c in mine))
        return _ENV.get_template("report.html.j2").render(
            css=Markup(CSS), script=Markup(SCRIPT), csp=CSP, data=Markup(self.data_json()),
            plural=plural,
            counts={"documents": len(articles), "claims": len(self.claims),
                    "findings": len(self.findings), "calls": len(self.calls)},
            charts=charts, calls=calls, articles=articles)

    def data_json(self) -> str:
        """The data block: JSON that cannot end its `<script type=application/json>`
        element (`<`, `>` and `&` are written as \\u escapes)."""
        text = json.dumps(self.data(), ensure_ascii=False, separators=(",", ":"))
        return (text.replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026").replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029"))

    def data(self) -> dict[str, Any]:
        """What the script draws the call and article views from. Strings that repeat
        (names, issuers, chains, rules) are written once, in `strings`, and referred to
        by index; claims and call-table cells refer to claims by index. Offsets count
        characters (code points), as everywhere else; the script converts them.

            claims[i]  [CLAIM_FIELDS…]: document index, offsets, side, kind, speaker*,
                       mention*, cue*, source*, chain*, call index (-1: none), rule*,
                       confidence, findings [type*, verdict, reason*, row route or
                       null, other claims, the passage (labelled) or null]  (* an index into
                       `strings`)
            docs[i]    {id, meta, notes, text, boilerplate [[start, end]], claims,
                       copies [[type, count, documents, more]], partial?}
            calls[i]   {slug, title, date, participants, parties, accounts, single,
                       rows [[row ids, status, symbol, label, cells, differences, why]],
                       reported [[row id, passage, left out by, claims]], claims,
                       unranked}; a cell is null (not reported), [] or
                       [[claim, [other places], more places]]
        """
        strings: dict[str, int] = {}

        def s(text: str) -> int:
            return strings.setdefault(text, len(strings))

        number = {c.id: i for i, c in enumerate(self.claims)}
        doc_number = {d: i for i, d in enumerate(
            [d.id for d in self.documents] + self.claims_only)}
        call_number = {c.key: i for i, c in enumerate(self.calls)}
        claims = []
        for c in self.claims:
            key = call_key(c)
            claims.append([
                doc_number[c.article_id], c.start, c.end, c.source.side, c.kind,
                s(c.speaker.name), s(c.speaker.mention or ""), s(c.cue or ""),
                s(f"{c.source.issuer} ({c.source.channel})"), s(_chain(c)),
                call_number.get(key, -1) if key else -1, s(c.rule), c.confidence,
                self._claim_findings(c, number, s)])
        docs = [self._doc(d, number, doc_number) for d in self.documents]
        docs += [self._claims_only(i, number) for i in self.claims_only]
        calls = [self._call(call, number, s) for call in self.calls]
        return {"fields": CLAIM_FIELDS, "strings": list(strings), "claims": claims,
                "docs": docs, "calls": calls}

    def _doc(self, doc: Document, number: dict[str, int],
             doc_number: dict[str, int]) -> dict[str, Any]:
        copies = []
        for kind in _ARTICLE_TYPES:
            found = [f for f in self.whole_article.get(doc.id, ()) if f.type == kind]
            if found:
                others = sorted({i for f in found for i in _articles_of(f)
                                 if i in doc_number} - {doc.id})
                copies.append([kind.replace("_", " "), len(found),
                               [doc_number[i] for i in others[:_MAX_PLACES]],
                               max(0, len(others) - _MAX_PLACES)])
        meta = [doc.meta.kind]
        if doc.article.published:
            meta.append(f"published {doc.article.published}")
        if doc.meta.issuer:
            meta.append(f"issued by {doc.meta.issuer}")
        return {"id": doc.id, "meta": ", ".join(meta), "notes": list(doc.article.notes),
                "text": doc.article.text,
                "boilerplate": [[p.start, p.end] for p in doc.article.paragraphs
                                if p.boilerplate is not None],
                "claims": [number[c.id] for c in self.by_article[doc.id]],
                "copies": copies}

    def _claims_only(self, article_id: str, number: dict[str, int]) -> dict[str, Any]:
        """An article known only by its claims (a report of claims.jsonl without the
        seeds): its claims at their places, the rest of the text blank."""
        mine = self.by_article[article_id]
        chars = [" "] * max((c.end for c in mine), default=0)
        for c in mine:
            chars[c.start:c.end] = c.text
        return {"id": article_id, "partial": True,
                "meta": "text not given (only its claims were read)", "notes": [],
                "text": "".join(chars), "boilerplate": [],
                "claims": [number[c.id] for c in mine], "copies": []}

    def _call(self, call: CallPage, number: dict[str, int],
              s: Any) -> dict[str, Any]:
        accounts = []
        for party in call.parties:
            mine = [c for c in call.claims if party_of(c.source) == party]
            sources = sorted({f"{c.source.issuer} ({c.source.channel})" for c in mine})
            # copies of one statement (wire stories) count once: as the table shows them
            distinct = {statement_key(c.text, c.source.issuer, c.source.channel): c
                        for c in mine}.values()
            copies = (f" ({plural(len(mine), 'claim')} with copies)"
                      if len(distinct) < len(mine) else "")
            accounts.append(f"{party}: {'; '.join(sources)} — "
                            f"{plural(len(distinct), 'statement')}, "
                            f"{sum(len(c.text.split()) for c in distinct)} words{copies}")
        single = next((f.reason for f in call.findings if f.type == "single_sourced"),
                      None)
        rows = []
        for row in self._rows(call):
            cells = [None if cell is None else
                     [[number[st.ref.id], [number[o.id] for o in st.also if o.id in number],
                       st.more] for st in cell if st.ref.id in number]
                     for cell in row.cells]
            rows.append([" ".join(row_anchor(f) for f in row.findings), row.status,
                         row.symbol, row.label, cells, list(row.differences), row.reason])
        reported = [[row_anchor(f), f.passages[0].text if f.passages else "",
                     ", ".join(f.absent_from) or "?",
                     [number[r.id] for r in f.claims if r.id in number]]
                    for f in call.findings if f.type == "reported_omission"]
        date = call.key.date or "not stated"
        if call.key.scope:
            date += f" (undated: compared within {call.key.scope} only)"
        elif (dating := _dating(call.claims)):
            date += f" ({dating})"
        return {"slug": call.slug, "title": call.title, "date": date,
                "participants": ", ".join(call.key.participants),
                "parties": list(call.parties), "accounts": accounts, "single": single,
                "rows": rows, "reported": reported,
                "claims": [number[c.id] for c in call.claims],
                "unranked": [number[c.id] for c in call.claims
                             if party_of(c.source) == NO_PARTY]}

    # -- pieces ----------------------------------------------------------------------
    def _rows(self, call: CallPage) -> list[Row]:
        """The call table. Omissions of the same statements from several accounts (one
        finding per account that leaves them out) share one row."""
        merged: dict[tuple[object, ...], list[Finding]] = {}
        for f in call.findings:
            if f.type in _ROW_TYPES:
                key = ((f.type, frozenset(r.id for r in f.claims)) if f.type == "omission"
                       else (f.id,))
                merged.setdefault(key, []).append(f)
        rows = []
        for group in merged.values():
            f = group[0]
            absent = {p for g in group for p in g.absent_from}
            cells: list[tuple[Statement, ...] | None] = []
            for party in call.parties:
                mine = [r for r in f.claims if r.party == party]
                cells.append(statements(mine) if mine
                             else (None if party in absent else ()))
            status, label, symbol = STATUS[f.type]
            present = sorted({r.party for r in f.claims})
            label = label.format(party=", ".join(present))
            diffs = tuple(f"{d.kind.replace('_', ' ')}: {d.left or '—'} vs {d.right or '—'}"
                          for d in f.differences)
            rows.append(Row(status, label, symbol, tuple(cells), diffs, tuple(group),
                            "; ".join(_why(g) for g in group)))
        rows.sort(key=lambda r: min((c.article_id, c.start) for c in r.findings[0].claims))
        return rows

    def _call_status(self, call: CallPage) -> str:
        if any(f.type == "single_sourced" for f in call.findings):
            return "single-sourced"
        counts = Counter(f.type for f in call.findings if f.type in _ROW_TYPES)
        if not counts:
            return "nothing compared"
        return ", ".join(plural(n, t.replace("_", " ")) for t, n in sorted(counts.items()))

    def _claim_findings(self, claim: Claim, number: dict[str, int],
                        s: Any) -> list[list[Any]]:
        """The findings a claim takes part in: [type, verdict, reason, route of its row
        in the call table or null, [other claims], the passage, labelled ("closest UA
        statement: …"), or null]."""
        out = []
        for f in self.findings_of.get(claim.id, ()):
            if f.type in (*_ARTICLE_TYPES, "single_sourced"):
                continue
            others = ([number[r.id] for r in f.claims if r.id != claim.id
                       and r.id in number][:3] if f.type in _LINKED_TYPES else [])
            key = finding_key(f)
            call = self.call_of.get(key) if key is not None else None
            row = (call_route(call.slug, row_anchor(f))
                   if call and f.type in _ROW_TYPES else None)
            reason = _summary(f) if f.type == "omission" else clip(f.reason)
            passage = clip(f.passages[0].text) if f.passages else None
            if passage and f.type == "omission" and f.absent_from:
                # whose words: the other side's nearest statement, not this article's
                passage = f"closest {f.absent_from[0]} statement: “{passage}”"
            elif passage:
                passage = f"passage: “{passage}”"
            out.append([s(f.type.replace("_", " ")), VERDICTS.get(f.verdict or "", ""),
                        s(reason), row, others, passage])
        return out[:_MAX_LISTED]


# ------------------------------------------------------------------------------ charts


def bar_chart(title: str, bars: Sequence[tuple[str, int]]) -> Markup:
    """A horizontal bar chart as inline SVG, with the numbers written out."""
    width, row, label_w = 420, 22, 130
    top = max((n for _, n in bars), default=1) or 1
    height = row * len(bars) + 8
    parts = [Markup('<figure class="chart"><figcaption>{}</figcaption>'
                    '<svg role="img" aria-label="{}" viewBox="0 0 {} {}" width="{}" '
                    'height="{}">').format(title, title, width, height, width, height)]
    for i, (name, n) in enumerate(bars):
        y = 4 + i * row
        w = max(1, round((width - label_w - 50) * n / top))
        parts.append(Markup(
            '<text x="{}" y="{}" text-anchor="end">{}</text>'
            '<rect x="{}" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>'
            '<text x="{}" y="{}">{}</text>').format(
                label_w - 6, y + 15, name, label_w, y + 3, w, row - 8, name, n,
                label_w + w + 6, y + 15, n))
    parts.append(Markup("</svg></figure>"))
    return Markup("").join(parts)


# ----------------------------------------------------------------------------- helpers


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def article_route(article_id: str, claim: ClaimRef | Claim | None = None) -> str:
    """The fragment that opens an article (and selects one of its claims)."""
    route = "#article/" + quote(article_id, safe="!*'()")  # as encodeURIComponent
    return f"{route}/{anchor(claim)}" if claim is not None else route


_DATED_BY = {"stated": "stated", "post": "the post's date",  # records.DATED_BY's order
             "context": "from an earlier sentence about calls",
             "publication": "the article's own date (the text gives none)"}


def _dating(claims: tuple[Claim, ...]) -> str:
    """How the articles reporting a call dated it, where some did not state the date:
    `stated in 2 articles; the article's own date (the text gives none) in 1`."""
    by_article = {c.article_id: c.call.dated_by for c in claims
                  if c.call is not None and c.call.dated_by}
    counts = Counter(by_article.values())
    if not counts or set(counts) <= {"stated", "post"}:
        return ""
    return "; ".join(f"{_DATED_BY[how]} in {plural(counts[how], 'article')}"
                     for how in _DATED_BY if how in counts)  # surest first


def call_slug(key: CallKey) -> str:
    """A call's name in the report's addresses, made from what identifies the call, so
    that a link stays good as the corpus grows: `2025-03-03-carney-zelenskyy`; an
    undated call, known only within one article, carries a short hash of it."""
    names = "-".join(re.sub(r"[^a-z0-9]+", "", ascii_fold(p).split()[-1]) or "x"
                     for p in key.participants if p.split())
    slug = f"{key.date or 'undated'}-{names or 'unknown'}"
    if key.scope:
        slug += "-" + hashlib.sha1(key.scope.encode("utf-8")).hexdigest()[:6]
    return slug


def call_route(slug: str, row: str | None = None) -> str:
    """The fragment that opens a call (and marks one row of its table)."""
    return f"#call/{slug}/{row}" if row else f"#call/{slug}"


def _articles_of(f: Finding) -> list[str]:
    """The articles a whole-article finding (a copy, an overlap) names, sorted."""
    return sorted({m.left.article_id for m in f.matches}
                  | {m.right.article_id for m in f.matches}
                  | {p.article_id for p in f.passages})


def _chain(claim: Claim) -> str:
    links = [f"{link.role}: {link.name}" for link in claim.chain[1:]]
    return " → ".join(links) or "the article itself"


def clip(text: str, limit: int = 160) -> str:
    """A long reason cut at a word, for lists (the full text is in findings.jsonl)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def row_anchor(finding: Finding) -> str:
    """The id of a finding's row in its call table."""
    return "f-" + finding.id.replace(":", "-")


def _summary(f: Finding) -> str:
    """An omission in a few words, for a claim's panel (the reason is in the call
    table)."""
    present = sorted({r.party for r in f.claims})
    return (f"in {', '.join(present)}'s account, not in "
            f"{', '.join(f.absent_from) or 'the other'}'s")


def _why(f: Finding) -> str:
    """A call-table row's reason. An omission's statement is already in the row: the
    reason says what the other side comes nearest with."""
    if f.type == "omission" and f.absent_from:
        other = f.absent_from[0]
        if not f.passages:
            return f"Not in {other}'s account as the corpus has it: no {other} statement " \
                   "comes near"
        score = next((s.value for s in f.scores if s.name == "closest_candidate"), None)
        points = f" ({score:.0f})" if score is not None else ""
        return (f"Not in {other}'s account as the corpus has it; closest: "
                f"“{clip(f.passages[0].text, 90)}”{points}")
    return clip(f.reason)


def anchor(ref: ClaimRef | Claim) -> str:
    return f"c-{ref.start}-{ref.end}"


def _asset(name: str) -> str:
    return (Path(__file__).parent / "templates" / name).read_text(encoding="utf-8")


def _digest(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


CSS = _asset("report.css")
SCRIPT = _asset("report.js")
CSP = ("default-src 'none'; style-src 'sha256-" + _digest(CSS) + "'; script-src 'sha256-"
       + _digest(SCRIPT) + "'; img-src 'none'; base-uri 'none'; form-action 'none'; "
       "require-trusted-types-for 'script'; trusted-types 'none'")
