"""HTML report: pages a person opens from disk, written beside the Markdown report.

`write_html(claims, findings, documents, out)` writes, each file atomically:

    index.html               the corpus: counts, charts (inline SVG), calls, articles
    calls/<call>.html        per call: each side's account side by side, row by row
    articles/<article>.html  per article: its text with every claim marked in place

Every page is self-contained (CSS inline, no script, no network request of any kind)
and carries a Content-Security-Policy that forbids everything else. Templates are
Jinja2 with autoescaping: article text is untrusted and renders as text. The same
input gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from attrs import frozen
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .grouping import CallKey, call_key, claim_order, finding_key, group_by_call
from .highlight import highlight
from .parties import NO_PARTY, party_of
from .pipeline import write_atomic
from .records import CHANNELS, FINDING_TYPES, SIDES, Claim, ClaimRef, Document, Finding

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
# Findings about whole articles (copies, text taken from a readout): listed once per
# article page, not under each of its claims.
_ARTICLE_TYPES = ("syndicated_copy", "primary_overlap")
_MAX_LISTED = 8  # findings listed per claim or per article; the rest are counted
# Findings whose other claims are worth a link from each claim (a single-sourced call's
# claims are all the account's: listing them under each would repeat the account).
_LINKED_TYPES = (*_PAIR_TYPES, "duplicate_quote", "quote_check", "reported_omission")

_ENV = Environment(loader=PackageLoader("provenance", "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def write_html(claims: Sequence[Claim], findings: Sequence[Finding],
               documents: Sequence[Document], out: str | Path) -> list[Path]:
    """Write the HTML pages into folder `out`; return their paths."""
    out = Path(out)
    site = Site(claims, findings, documents)
    pages: list[tuple[Path, str]] = [(out / "index.html", site.render_index())]
    for call in site.calls:
        pages.append((out / "calls" / f"{call.slug}.html", site.render_call(call)))
    for doc in site.documents:
        pages.append((out / "articles" / f"{slug(doc.id)}.html", site.render_article(doc)))
    written = []
    for path, text in pages:
        write_atomic(path, text.rstrip("\n").split("\n"))
        written.append(path)
    return written


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
class Row:
    """One row of a call table: what each party's account says, and how they relate."""

    status: str  # css class: both | conflict | qualifier | only
    label: str
    symbol: str
    cells: tuple[tuple[ClaimRef, ...] | None, ...]  # per party; None: not reported
    differences: tuple[str, ...]
    finding: Finding
    reason: str  # the finding's reason, clipped (the quotes are in the other cells)


class Site:
    """Everything the pages need, indexed once."""

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

    def _calls(self) -> list[CallPage]:
        groups = group_by_call(self.claims)
        by_call: dict[CallKey | None, list[Finding]] = defaultdict(list)
        for f in self.findings:
            by_call[finding_key(f)].append(f)
        pages = []
        for i, (key, members) in enumerate(sorted(groups.items()), 1):
            parties = tuple(sorted({party_of(c.source) for c in members} - {NO_PARTY}))
            title = f"{key.date or 'undated'}: {' – '.join(key.participants)}"
            pages.append(CallPage(key, f"call-{i:03d}", title, tuple(members),
                                  tuple(by_call.get(key, ())), parties))
        return pages

    # -- pages -----------------------------------------------------------------------
    def render_index(self) -> str:
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
        articles = [{"doc": d, "slug": slug(d.id), "claims": len(self.by_article[d.id]),
                     "findings": sum(len(self.findings_of[c.id])
                                     for c in self.by_article[d.id])}
                    for d in self.documents]
        return self._render("index.html.j2", root="", title="Provenance report",
                            counts={"documents": len(self.documents),
                                    "claims": len(self.claims),
                                    "findings": len(self.findings),
                                    "calls": len(self.calls)},
                            charts=charts, calls=calls, articles=articles)

    def render_call(self, call: CallPage) -> str:
        rows = self._rows(call)
        reported = [f for f in call.findings if f.type == "reported_omission"]
        single = next((f for f in call.findings if f.type == "single_sourced"), None)
        accounts = []
        for party in call.parties:
            mine = [c for c in call.claims if party_of(c.source) == party]
            accounts.append({"party": party,
                             "sources": sorted({f"{c.source.issuer} ({c.source.channel})"
                                                for c in mine}),
                             "claims": len(mine),
                             "words": sum(len(c.text.split()) for c in mine)})
        unranked = [c for c in call.claims if party_of(c.source) == NO_PARTY]
        return self._render("call.html.j2", root="../", title=call.title, call=call,
                            rows=rows, reported=reported, single=single,
                            accounts=accounts, unranked=unranked,
                            link=self.claim_link, verdicts=VERDICTS)

    def render_article(self, doc: Document) -> str:
        claims = self.by_article[doc.id]
        marked = highlight(doc.article, claims, self._opening)
        details = [{"claim": c, "anchor": anchor(c), "findings": self._claim_findings(c),
                    "call": self.call_of.get(call_key(c)) if call_key(c) else None}
                   for c in claims]
        kinds = Counter(c.kind for c in claims)
        copies = self._article_findings(doc.id)
        return self._render("article.html.j2", root="../", title=doc.id, doc=doc,
                            marked=marked, details=details, kinds=kinds,
                            sides=sorted({c.source.side for c in claims}),
                            copies=copies[:_MAX_LISTED],
                            more_copies=max(0, len(copies) - _MAX_LISTED))

    # -- pieces ----------------------------------------------------------------------
    def _rows(self, call: CallPage) -> list[Row]:
        rows = []
        for f in call.findings:
            if f.type not in _PAIR_TYPES and f.type != "omission":
                continue
            cells: list[tuple[ClaimRef, ...] | None] = []
            for party in call.parties:
                mine = tuple(r for r in f.claims if r.party == party)
                cells.append(mine if mine else (None if party in f.absent_from else ()))
            status, label, symbol = STATUS[f.type]
            present = sorted({r.party for r in f.claims})
            label = label.format(party=", ".join(present))
            diffs = tuple(f"{d.kind.replace('_', ' ')}: {d.left or '—'} vs {d.right or '—'}"
                          for d in f.differences)
            rows.append(Row(status, label, symbol, tuple(cells), diffs, f, clip(f.reason)))
        rows.sort(key=lambda r: min((c.article_id, c.start) for c in r.finding.claims))
        return rows

    def _call_status(self, call: CallPage) -> str:
        if any(f.type == "single_sourced" for f in call.findings):
            return "single-sourced"
        counts = Counter(f.type for f in call.findings if f.type in (*_PAIR_TYPES,
                                                                      "omission"))
        if not counts:
            return "nothing compared"
        return ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in sorted(counts.items()))

    def _claim_findings(self, claim: Claim) -> list[dict[str, object]]:
        out = []
        for f in self.findings_of.get(claim.id, ()):
            if f.type in _ARTICLE_TYPES:
                continue
            others = ([r for r in f.claims if r.id != claim.id][:3]
                      if f.type in _LINKED_TYPES else [])
            out.append({"finding": f, "type": f.type.replace("_", " "),
                        "reason": clip(f.reason),
                        "verdict": VERDICTS.get(f.verdict or "", ""),
                        "others": [(r, self.claim_link(r, "../")) for r in others],
                        "passages": f.passages[:1]})
        return out[:_MAX_LISTED]

    def _article_findings(self, article_id: str) -> list[dict[str, object]]:
        """Copies of this article and text it shares with a primary document."""
        out = []
        for f in self.whole_article.get(article_id, ()):
            out.append({"type": f.type.replace("_", " "), "reason": clip(f.reason),
                        "others": [(i, f"{slug(i)}.html") for i in _articles_of(f)
                                   if i != article_id]})
        return out

    def claim_link(self, ref: ClaimRef | Claim, root: str = "../") -> str:
        return f"{root}articles/{slug(ref.article_id)}.html#{anchor(ref)}"

    def _opening(self, claim: Claim) -> Markup:
        side, kind = claim.source.side, claim.kind
        label = f"{side} · {kind}"
        return Markup(
            '<mark class="claim side-{side} kind-{kind}" id="m-{a}">'
            '<a class="tag" href="#{a}" aria-label="claim by {who}, {label}">{label}</a>'
        ).format(side=_css(side), kind=_css(kind), a=anchor(claim),
                 who=claim.speaker.name, label=label)

    def _render(self, template: str, **context: object) -> str:
        return _ENV.get_template(template).render(css=Markup(CSS), csp=CSP, **context)


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


def _articles_of(f: Finding) -> list[str]:
    """The articles a whole-article finding (a copy, an overlap) names, sorted."""
    return sorted({m.left.article_id for m in f.matches}
                  | {m.right.article_id for m in f.matches}
                  | {p.article_id for p in f.passages})


def clip(text: str, limit: int = 160) -> str:
    """A long reason cut at a word, for lists (the full text is in findings.jsonl)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def slug(text: str) -> str:
    """A file name for an id: the id itself when it is safe, else a safe form with a
    short hash of the id, so that `a b` and `a-b` (or two Cyrillic names) never share
    a page."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")
    if safe == text:
        return safe
    return f"{safe or 'page'}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}"


def anchor(ref: ClaimRef | Claim) -> str:
    return f"c-{ref.start}-{ref.end}"


def _css(value: str) -> str:
    return re.sub(r"[^a-z0-9_-]", "", value.lower())


def _load_css() -> str:
    return (Path(__file__).parent / "templates" / "report.css").read_text(encoding="utf-8")


def _csp(style: str) -> str:
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode()
    return ("default-src 'none'; style-src 'sha256-" + digest + "'; img-src 'none'; "
            "script-src 'none'; base-uri 'none'; form-action 'none'")


CSS = _load_css()
CSP = _csp(CSS)

