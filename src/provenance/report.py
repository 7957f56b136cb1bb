"""Report: claims and findings as Markdown tables (tabulate) and JSON Lines.

`write_report(claims, findings, documents, out)` writes, each file atomically:

    summary.md      articles, claims by side / channel / kind, calls, findings by type
    calls.md        per call: what each party reports, side by side; omissions marked
    articles.md     per article: its attributed claims and the checks of its quotes
    duplicates.md   repeated paragraphs, quotes printed twice, copies, text taken from
                    primary documents
    findings.jsonl  every finding (schema/finding.schema.json)
    claims.jsonl    every claim (schema/claim.schema.json)

The same input gives the same bytes: everything is sorted, nothing has a time or an
absolute path. Article text is untrusted: every cell is escaped for Markdown.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from tabulate import tabulate

from .grouping import CallKey, call_key, claim_order, finding_key, group_by_call
from .parties import NO_PARTY, party_of
from .pipeline import claim_line, write_atomic
from .records import CHANNELS, FINDING_TYPES, KINDS, SIDES, Claim, ClaimRef, Document, Finding

_PAIR_TYPES = ("agreement", "conflict", "qualifier_difference")
_DUPLICATE_TYPES = ("duplicate_paragraph", "duplicate_quote", "syndicated_copy",
                    "primary_overlap")
_MD = "github"


def finding_line(finding: Finding) -> str:
    return json.dumps(finding.to_json(), ensure_ascii=False, sort_keys=True)


def write_report(claims: Sequence[Claim], findings: Sequence[Finding],
                 documents: Sequence[Document], out: str | Path) -> list[Path]:
    """Write the report files into folder `out`; return their paths."""
    out = Path(out)
    claims = sorted(claims, key=claim_order)
    documents = sorted(documents, key=lambda d: d.id)
    files = {
        "summary.md": render_summary(claims, findings, documents),
        "calls.md": render_calls(claims, findings),
        "articles.md": render_articles(claims, findings, documents),
        "duplicates.md": render_duplicates(findings),
    }
    written = []
    for name, text in files.items():
        write_atomic(out / name, text.rstrip("\n").split("\n"))
        written.append(out / name)
    write_atomic(out / "findings.jsonl", (finding_line(f) for f in findings))
    write_atomic(out / "claims.jsonl", (claim_line(c) for c in claims))
    written += [out / "findings.jsonl", out / "claims.jsonl"]
    return written


# ------------------------------------------------------------------------- helpers


def cell(text: object) -> str:
    """Untrusted text as one Markdown table cell: one line, nothing that makes markup."""
    s = " ".join(str(text).split())
    for a, b in (("\\", "\\\\"), ("|", "\\|"), ("<", "&lt;"), (">", "&gt;"),
                 ("[", "\\["), ("]", "\\]"), ("`", "\\`"), ("*", "\\*")):
        s = s.replace(a, b)
    return s


def table(rows: Iterable[Sequence[object]], headers: Sequence[str]) -> str:
    rows = [[cell(v) for v in row] for row in rows]
    if not rows:
        return "_none_"
    return tabulate(rows, headers=[cell(h) for h in headers], tablefmt=_MD,
                    disable_numparse=True)


def call_title(key: CallKey | None) -> str:
    if key is None:
        return "no call"
    date = key.date or "undated"
    scope = f" (in {key.scope})" if key.scope else ""
    return f"{date}: {' – '.join(key.participants)}{scope}"


def _quote(r: ClaimRef) -> str:
    return f"“{r.text}” ({r.id})"


def _score_text(f: Finding) -> str:
    return ", ".join(f"{s.name} {s.value:g}" for s in f.scores)


def _groups(claims: Sequence[Claim]) -> dict[CallKey, list[Claim]]:
    return group_by_call(claims)


# ------------------------------------------------------------------------- summary


def render_summary(claims: Sequence[Claim], findings: Sequence[Finding],
                   documents: Sequence[Document]) -> str:
    per_article = Counter(c.article_id for c in claims)
    out = ["# Corpus summary", ""]
    out += [f"{len(documents)} document(s), {len(claims)} claim(s), "
            f"{len(findings)} finding(s).", "", "## Documents", ""]
    out.append(table(
        [(d.id, d.meta.kind, d.meta.issuer or "", str(d.article.published or ""),
          per_article.get(d.id, 0), "; ".join(d.article.notes)) for d in documents],
        ["document", "kind", "issuer", "published", "claims", "notes"]))
    for title, field, order in (("side", lambda c: c.source.side, SIDES),
                                ("channel", lambda c: c.source.channel, CHANNELS),
                                ("kind", lambda c: c.kind, KINDS)):
        counts = Counter(field(c) for c in claims)
        out += ["", f"## Claims by {title}", ""]
        out.append(table([(v, counts[v]) for v in order if counts[v]], [title, "claims"]))
    out += ["", "## Calls", ""]
    by_type_call: dict[CallKey | None, Counter[str]] = defaultdict(Counter)
    for f in findings:
        by_type_call[finding_key(f)][f.type] += 1
    rows = []
    for key, members in sorted(_groups(claims).items()):
        parties = sorted({party_of(c.source) for c in members} - {NO_PARTY})
        counts = by_type_call.get(key, Counter())
        if counts["single_sourced"]:
            status = f"single-sourced ({', '.join(parties)} only)"
        elif len(parties) >= 2:
            status = ", ".join(f"{counts[t]} {t.replace('_', ' ')}" for t in
                               (*_PAIR_TYPES, "omission", "reported_omission") if counts[t])
            status = f"compared: {status or 'nothing in common'}"
        else:
            status = "no party known"
        rows.append((call_title(key), ", ".join(sorted({c.article_id for c in members})),
                     ", ".join(parties), len(members), status))
    out.append(table(rows, ["call", "articles", "parties", "claims", "status"]))
    counts = Counter(f.type for f in findings)
    out += ["", "## Findings by type", ""]
    out.append(table([(t, counts[t]) for t in FINDING_TYPES], ["type", "findings"]))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------- calls


def render_calls(claims: Sequence[Claim], findings: Sequence[Finding]) -> str:
    by_call: dict[CallKey | None, list[Finding]] = defaultdict(list)
    for f in findings:
        by_call[finding_key(f)].append(f)
    out = ["# Calls: what each side reports", "",
           "Per call, each row is one finding: two statements side by side (agreement, "
           "conflict, qualifier difference), or one side's statement that the other "
           "side's account leaves out (omission, marked —). An account is what the "
           "corpus holds of it: a primary document, or what articles quote of it."]
    for key, members in sorted(_groups(claims).items()):
        out += ["", f"## {call_title(key)}", ""]
        fs = by_call.get(key, [])
        parties = sorted({party_of(c.source) for c in members} - {NO_PARTY})
        sources = sorted({(party_of(c.source), c.source.issuer, c.source.channel)
                          for c in members if party_of(c.source) != NO_PARTY})
        out.append("Sources: " + ("; ".join(f"{p}: {cell(i)} ({ch})" for p, i, ch in sources)
                                  or "none named") + ".")
        out.append("")
        single = [f for f in fs if f.type == "single_sourced"]
        if single:
            out.append(f"Single-sourced: {cell(single[0].reason)}.")
            out.append("")
            out.append(table([(c.id, c.kind, c.source.issuer, c.source.channel, c.text)
                              for c in members],
                             ["claim", "kind", "issuer", "channel", "text"]))
            continue
        rows = []
        for f in fs:
            if f.type in _PAIR_TYPES or f.type == "omission":
                cols: dict[str, list[str]] = {p: [] for p in parties}
                for r in f.claims:
                    cols.setdefault(r.party, []).append(_quote(r))
                for p in f.absent_from:
                    cols[p] = ["— not reported"]
                what = f.type.replace("_", " ")
                if f.differences:
                    what += ": " + "; ".join(f"{d.left} vs {d.right}" for d in f.differences)
                first = min((r.article_id, r.start) for r in f.claims)
                rows.append((first, [" / ".join(cols.get(p, [])) for p in parties]
                             + [what, _score_text(f)]))
        rows.sort(key=lambda r: r[0])
        out.append(table([r for _, r in rows], [*parties, "finding", "scores"]))
        reported = [f for f in fs if f.type == "reported_omission"]
        if reported:
            out += ["", "Omissions the article itself states:", ""]
            out.append(table([(f.passages[0].text, ", ".join(f.absent_from) or "?",
                               ", ".join(r.id for r in f.claims) or "none",
                               _score_text(f)) for f in reported],
                             ["reporter's sentence", "left out by", "stated by", "scores"]))
        unranked = [c for c in members if party_of(c.source) == NO_PARTY]
        if unranked:
            out += ["", "Claims of no known party (not compared):", ""]
            out.append(table([(c.id, c.text) for c in unranked], ["claim", "text"]))
    loose = [c for c in claims if c.call is None]
    if loose:
        out += ["", "## Claims not tied to a call", "",
                f"{len(loose)} claim(s) (see articles.md) report on no call and are not "
                "compared across sources."]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------- articles


def render_articles(claims: Sequence[Claim], findings: Sequence[Finding],
                    documents: Sequence[Document]) -> str:
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_article[c.article_id].append(c)
    checks: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        if f.type == "quote_check":
            checks[f.claims[0].article_id].append(f)
    ids = sorted(set(by_article) | {d.id for d in documents})
    kinds = {d.id: d.meta.kind for d in documents}
    out = ["# Articles: attributed claims"]
    for article_id in ids:
        kind = kinds.get(article_id, "claims file")
        out += ["", f"## {article_id} ({kind})", ""]
        out.append(table(
            [(f"{c.start}-{c.end}", c.kind, c.speaker.name,
              f"{c.source.issuer} · {c.source.channel} · {c.source.side}",
              call_title(call_key(c)) if c.call else "", c.text)
             for c in by_article.get(article_id, [])],
            ["offsets", "kind", "speaker", "source (issuer · channel · side)", "call",
             "text"]))
        if checks.get(article_id):
            out += ["", "Quote checks against primary documents:", ""]
            out.append(table(
                [(f.claims[0].id, f.verdict, f.passages[0].key, _score_text(f),
                  "; ".join(f"{d.kind}: {d.left} vs {d.right}" for d in f.differences))
                 for f in checks[article_id]],
                ["quote", "verdict", "best passage", "scores", "differences"]))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------- duplicates


def render_duplicates(findings: Sequence[Finding]) -> str:
    out = ["# Duplicates and copies"]
    titles = {
        "duplicate_paragraph": "Paragraphs printed twice in one article",
        "duplicate_quote": "Quotes printed twice in one article",
        "syndicated_copy": "Near-identical articles (syndicated copies)",
        "primary_overlap": "Text taken from primary documents",
    }
    for t in _DUPLICATE_TYPES:
        fs = [f for f in findings if f.type == t]
        out += ["", f"## {titles[t]}", ""]
        if t in ("duplicate_paragraph", "duplicate_quote"):
            rows = [(f.matches[0].left.key if f.matches else f.claims[0].id,
                     f.matches[0].right.key if f.matches else f.claims[1].id,
                     _score_text(f), f.reason) for f in fs]
            out.append(table(rows, ["first", "again", "scores", "reason"]))
        else:
            shared: list[tuple[str, str, int, str, str]] = []
            for f in fs:
                for m in f.matches:
                    shared.append((m.left.key, m.right.key, m.words,
                                   "yes" if m.stock else "", m.left.text))
            out.append(table([(f.reason, _score_text(f)) for f in fs], ["finding", "scores"]))
            if shared:
                out += ["", "Shared passages:", ""]
                out.append(table(shared, ["in", "from", "words", "stock", "text"]))
    return "\n".join(out) + "\n"


def findings_table(findings: Sequence[Finding]) -> str:
    """Findings for a terminal: one row each."""
    rows = [(f.type, call_title(finding_key(f)) if f.call else "",
             ", ".join(r.id for r in f.claims[:2]) + (" …" if len(f.claims) > 2 else ""),
             f.reason) for f in findings]
    if not rows:
        return "no findings"
    return tabulate(rows, headers=["type", "call", "claims", "reason"], tablefmt="simple",
                    disable_numparse=True, maxcolwidths=[None, 30, 40, 80])
