"""The HTML report without a browser: structure, escaping, safety headers, determinism."""

from __future__ import annotations

import re
from pathlib import Path

from markupsafe import Markup, escape

from conftest import SEEDS
from provenance.cli import main
from provenance.compare import compare
from provenance.highlight import highlight
from provenance.html import CSP, write_html
from provenance.ingest import parse_article
from provenance.pipeline import load_paths
from provenance.records import Claim, Document

CASES = Path(__file__).parent / "html_cases"


def _load(*paths: Path) -> tuple[list[Claim], list[Document]]:
    claims, docs = [], []
    for item in load_paths([str(p) for p in paths]):
        if isinstance(item, Claim):
            claims.append(item)
        elif isinstance(item, Document):
            docs.append(item)
    return claims, docs


def _site(tmp_path: Path, *paths: Path) -> Path:
    claims, docs = _load(*paths)
    write_html(claims, list(compare(claims, documents=docs)), docs, tmp_path)
    return tmp_path


def test_every_claim_is_marked_once_and_the_text_is_intact(tmp_path):
    claims, docs = _load(SEEDS)
    site = _site(tmp_path, SEEDS)
    for doc in docs:
        page = (site / "articles" / f"{doc.id}.html").read_text(encoding="utf-8")
        mine = [c for c in claims if c.article_id == doc.id]
        assert page.count('<mark class="claim') == len(mine)
        for c in mine:
            assert f'id="c-{c.start}-{c.end}"' in page  # its details panel


def test_highlight_nests_overlapping_claims_and_keeps_every_character():
    text = "He said: “one two three four” and more.\n"
    article = parse_article(text, article_id="t")
    outer = Claim.from_json({
        "id": "t:3-38", "article_id": "t", "text": text[3:38], "start": 3, "end": 38,
        "kind": "mixed", "cue": "said", "speaker": {"name": "x", "mention": "x"},
        "source": {"issuer": "x", "channel": "unknown", "side": "unknown"}, "call": None,
        "rule": "r", "confidence": 0.5, "chain": []})
    inner = Claim.from_json({**outer.to_json(), "id": "t:10-28", "text": text[10:28],
                             "start": 10, "end": 28, "kind": "direct"})
    crossing = Claim.from_json({**outer.to_json(), "id": "t:20-40", "text": text[20:40],
                                "start": 20, "end": 40})
    html = str(highlight(article, [outer, inner, crossing], lambda c: Markup("<mark>")))
    assert html.count("<mark>") == 3 and html.count("</mark>") == 3
    assert re.sub(r"</?mark>", "", html) == text  # nothing lost, nothing doubled


def test_malicious_article_renders_as_text_under_a_strict_policy(tmp_path):
    site = _site(tmp_path, CASES)
    page = (site / "articles" / "evil_article.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<iframe" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "javascript:" not in page.split("</style>")[0]
    assert 'href="javascript:' not in page
    assert "script-src 'none'" in CSP and "default-src 'none'" in CSP
    for path in site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert f'content="{escape(CSP)}"' in text
        assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", text), path


def test_call_page_of_003_shows_ukrainian_requests_absent_from_the_canadian_readout(
        tmp_path):
    site = _site(tmp_path, SEEDS)
    pages = [p.read_text(encoding="utf-8") for p in (site / "calls").glob("*.html")]
    page = next(p for p in pages if "in 003_16e1eced651e9347" in p or
                "within 003_16e1eced651e9347" in p)
    rows = re.findall(r'<tr class="only".*?</tr>', page, re.S)
    training = next(r for r in rows if "expanding Canada’s military training" in r)
    assert "— not reported" in training and "Only UA" in training
    unifier = next(r for r in rows if "Operation Unifier" in r)
    assert "Only CA" in unifier


def test_report_writes_html_beside_markdown_deterministically(tmp_path, capsys):
    for out in ("a", "b"):
        assert main(["report", str(SEEDS), "--out", str(tmp_path / out)]) == 0
    a = sorted((tmp_path / "a" / "html").rglob("*.html"))
    assert a and [p.read_bytes() for p in a] == [
        (tmp_path / "b" / "html" / p.relative_to(tmp_path / "a" / "html")).read_bytes()
        for p in a]
    assert main(["report", str(SEEDS), "--out", str(tmp_path / "c"), "--no-html"]) == 0
    assert not (tmp_path / "c" / "html").exists()


def test_page_names_never_collide():
    from provenance.html import slug

    names = ["a b", "a-b", "Розмова", "Переговори", "003_16e1eced651e9347"]
    assert len({slug(n) for n in names}) == len(names)
    assert slug("003_16e1eced651e9347") == "003_16e1eced651e9347"
