"""The HTML report without a browser: its data, escaping, safety headers, determinism."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path
from urllib.parse import unquote

from markupsafe import escape

from conftest import SEEDS
from provenance.cli import main
from provenance.compare import compare
from provenance.html import CSP, CSS, SCRIPT, article_route, write_html
from provenance.pipeline import load_paths
from provenance.records import Claim, Document

CASES = Path(__file__).parent / "html_cases"
ARTICLES = Path(__file__).parent / "articles"


def _load(*paths: Path) -> tuple[list[Claim], list[Document]]:
    claims, docs = [], []
    for item in load_paths([str(p) for p in paths]):
        if isinstance(item, Claim):
            claims.append(item)
        elif isinstance(item, Document):
            docs.append(item)
    return claims, docs


def _report(tmp_path: Path, *paths: Path) -> Path:
    claims, docs = _load(*paths)
    write_html(claims, list(compare(claims, documents=docs)), docs, tmp_path)
    return tmp_path / "report.html"


def report_data(page: Path) -> dict:
    """The data block of a report.html."""
    text = page.read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="data">(.*?)</script>', text, re.S)
    assert block
    return json.loads(block.group(1))


def resolves(route: str, data: dict) -> bool:
    """Whether a route into the report (`#call/<slug>[/<row>]`,
    `#article/<id>[/<claim>]`) names a call, row, article or claim the report has."""
    kind, _, rest = route.lstrip("#").partition("/")
    name, _, part = rest.partition("/")
    if kind == "call":
        call = next((c for c in data["calls"] if c["slug"] == name), None)
        rows = ({a for r in call["rows"] for a in r[0].split()}
                | {r[0] for r in call["reported"]} if call else set())
        return call is not None and (not part or part in rows)
    doc = next((d for d in data["docs"] if d["id"] == unquote(name)), None)
    start, end = data["fields"].index("start"), data["fields"].index("end")
    anchors = {f"c-{data['claims'][j][start]}-{data['claims'][j][end]}"
               for j in doc["claims"]} if doc else set()
    return kind == "article" and doc is not None and (not part or part in anchors)


def test_every_claim_is_in_its_articles_data_with_its_text(tmp_path):
    claims, docs = _load(SEEDS)
    data = report_data(_report(tmp_path, SEEDS))
    f = {name: i for i, name in enumerate(data["fields"])}
    by_id = {d["id"]: d for d in data["docs"]}
    assert set(by_id) == {d.id for d in docs}
    for doc in docs:
        entry = by_id[doc.id]
        assert entry["text"] == doc.article.text
        mine = [c for c in claims if c.article_id == doc.id]
        listed = [data["claims"][j] for j in entry["claims"]]
        assert sorted((c[f["start"]], c[f["end"]]) for c in listed) == sorted(
            (c.start, c.end) for c in mine)
        assert all(entry["text"][c[f["start"]]:c[f["end"]]] for c in listed)


def test_malicious_article_stays_data_under_a_strict_policy(tmp_path):
    page = _report(tmp_path, CASES)
    text = page.read_text(encoding="utf-8")
    # only the report's own two script elements; the article's markup is inert data
    assert text.count("<script") == 2 and "<img" not in text and "<iframe" not in text
    block = re.search(r'id="data">(.*?)</script>', text, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    evil = next(d for d in report_data(page)["docs"] if d["id"] == "evil_article")
    assert "<script>" in evil["text"]  # kept as the text it is, shown as text
    assert "script-src 'none'" not in CSP and "default-src 'none'" in CSP

    def pinned(asset: str) -> str:
        return base64.b64encode(hashlib.sha256(asset.encode()).digest()).decode()

    assert f"style-src 'sha256-{pinned(CSS)}'" in CSP
    assert f"script-src 'sha256-{pinned(SCRIPT)}'" in CSP
    assert "require-trusted-types-for 'script'" in CSP
    assert f'content="{escape(CSP)}"' in text
    assert f"<style>{CSS}</style>" in text and f"<script>{SCRIPT}</script>" in text
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", text)
    assert "innerHTML" not in SCRIPT and "eval(" not in SCRIPT  # DOM calls only


def test_call_of_003_shows_ukrainian_requests_absent_from_the_canadian_readout(tmp_path):
    data = report_data(_report(tmp_path, SEEDS))
    f = {name: i for i, name in enumerate(data["fields"])}
    call = next(c for c in data["calls"] if "within 003_16e1eced651e9347" in c["date"])
    assert call["parties"] == ["CA", "UA"]
    doc = next(d for d in data["docs"] if d["id"] == "003_16e1eced651e9347")

    def said(row: list) -> str:
        return " ".join(doc["text"][data["claims"][s[0]][f["start"]]:
                                    data["claims"][s[0]][f["end"]]]
                        for cell in row[4] if cell for s in cell)

    training = next(r for r in call["rows"] if "expanding Canada’s military training"
                    in said(r))
    assert training[4][0] is None and training[3] == "Only UA"  # CA: not reported
    unifier = next(r for r in call["rows"] if "Operation Unifier" in said(r))
    assert unifier[3] == "Only CA"


def test_report_writes_html_beside_markdown_deterministically(tmp_path, capsys):
    for out in ("a", "b"):
        assert main(["report", str(SEEDS), "--out", str(tmp_path / out)]) == 0
    a, b = (tmp_path / out / "report.html" for out in ("a", "b"))
    assert a.read_bytes() == b.read_bytes()
    assert main(["report", str(SEEDS), "--out", str(tmp_path / "c"), "--no-html"]) == 0
    assert not (tmp_path / "c" / "report.html").exists()


def test_every_link_of_the_report_resolves(tmp_path):
    page = _report(tmp_path, SEEDS, CASES)
    data = report_data(page)
    routes = re.findall(r'href="(#(?:call|article)/[^"]*)"', page.read_text(encoding="utf-8"))
    assert routes and all(resolves(r, data) for r in routes)
    for claim in data["claims"]:  # the routes the script draws for claims' findings
        for finding in claim[data["fields"].index("findings")]:
            assert finding[3] is None or resolves(finding[3], data), finding


def test_article_routes_never_collide_and_read_back():
    names = ["a b", "a-b", "a/b", "Розмова", "Переговори", "003_16e1eced651e9347"]
    routes = [article_route(n) for n in names]
    assert len(set(routes)) == len(names)
    assert [unquote(r.split("/", 1)[1]) for r in routes] == names
    assert article_route("003_16e1eced651e9347") == "#article/003_16e1eced651e9347"


def test_a_report_of_claims_alone_shows_each_claim_at_its_place(tmp_path):
    claims, _ = _load(SEEDS)
    write_html(claims, list(compare(claims)), [], tmp_path)  # no documents given
    page = tmp_path / "report.html"
    data = report_data(page)
    f = {name: i for i, name in enumerate(data["fields"])}
    assert {d["id"] for d in data["docs"]} == {c.article_id for c in claims}
    for d in data["docs"]:
        assert d["partial"] and "text not given" in d["meta"]
        for j in d["claims"]:
            c = data["claims"][j]
            original = next(x for x in claims if x.article_id == d["id"]
                            and (x.start, x.end) == (c[f["start"]], c[f["end"]]))
            assert d["text"][c[f["start"]]:c[f["end"]]] == original.text
    routes = re.findall(r'href="(#(?:call|article)/[^"]*)"', page.read_text(encoding="utf-8"))
    assert all(resolves(r, data) for r in routes)


def test_a_statement_left_out_by_several_accounts_is_one_row(tmp_path):
    data = report_data(_report(tmp_path, ARTICLES / "111_merz_macron_starmer_joint_call.txt"))
    call = max(data["calls"], key=lambda c: len(c["parties"]))
    assert len(call["parties"]) >= 3
    only = [r for r in call["rows"] if r[1] == "only"]
    firsts = [tuple(s[0] for cell in r[4] if cell for s in cell) for r in only]
    assert len(firsts) == len(set(firsts))  # no statement in two rows
    assert any(len(r[0].split()) >= 2 and sum(c is None for c in r[4]) >= 2 for r in only)


def test_call_addresses_stay_the_same_as_the_corpus_grows(tmp_path):
    small = report_data(_report(tmp_path / "a", SEEDS))
    large = report_data(_report(tmp_path / "b", SEEDS, ARTICLES, CASES))
    slugs = {c["title"] + c["date"]: c["slug"] for c in large["calls"]}
    assert all(slugs[c["title"] + c["date"]] == c["slug"] for c in small["calls"])
    assert len({c["slug"] for c in large["calls"]}) == len(large["calls"])
    assert "2022-03-23-trudeau-zelenskyy" in {c["slug"] for c in small["calls"]}


def test_a_call_says_how_its_articles_dated_it(tmp_path):
    stated = (" date 2025-03-14 Prime Minister Jonas Gahr Støre spoke by phone with Prime "
              "Minister Kristrún Frostadóttir on Friday. Støre said that Norway would renew "
              "the fisheries accord.\n")
    undated = (" date 2025-03-14 Prime Minister Jonas Gahr Støre and Prime Minister "
               "Kristrún Frostadóttir held a phone call. Frostadóttir said that Iceland "
               "wanted a longer accord.\n")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_stated.txt").write_text(stated, encoding="utf-8")
    (folder / "b_undated.txt").write_text(undated, encoding="utf-8")
    data = report_data(_report(tmp_path, folder))
    (call,) = data["calls"]
    assert call["date"] == ("2025-03-14 (stated in 1 article; the article's own date "
                            "(the text gives none) in 1 article)")


def test_an_omission_row_says_what_the_other_side_comes_nearest_with(tmp_path):
    data = report_data(_report(tmp_path, SEEDS))
    reasons = [row[6] for call in data["calls"] for row in call["rows"]
               if row[1] == "only"]
    assert reasons and all(r.startswith("Not in ") for r in reasons)
    assert any("closest: “" in r for r in reasons)  # with the statement itself
    assert any(r.endswith("statement comes near") for r in reasons)
    # the quoted statement is the other side's claim, whole or cut at a word
    f = {name: i for i, name in enumerate(data["fields"])}
    texts = {data["docs"][c[f["doc"]]]["text"][c[f["start"]]:c[f["end"]]]
             for c in data["claims"]}
    for r in reasons:
        if "closest: “" in r:
            quoted = r.split("closest: “", 1)[1].rsplit("”", 1)[0].removesuffix(" …")
            assert any(" ".join(t.split()).startswith(quoted) for t in texts), quoted
