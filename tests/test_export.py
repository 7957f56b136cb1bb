"""ClaimReview export: schema-valid JSON-LD, a controlled vocabulary, stable ids, urls
into the HTML report."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SEEDS
from provenance.cli import main
from provenance.schema import validator
from test_html import report_data, resolves

CORPORA = Path(__file__).parent / "corpora"


def _export(capsys, *paths: Path) -> dict:
    assert main(["export", *map(str, paths)]) == 0
    return json.loads(capsys.readouterr().out)


def test_export_is_valid_claimreview_json_ld(capsys):
    doc = _export(capsys, SEEDS, CORPORA)
    assert not list(validator("claimreview").iter_errors(doc))
    ratings = {r["reviewRating"]["alternateName"] for r in doc["@graph"]}
    assert "Only in one side's readout" in ratings
    assert ratings & {"Verbatim", "Altered quote", "Not found in the source"}
    ids = [r["@id"] for r in doc["@graph"]]
    assert len(ids) == len(set(ids))


def test_review_urls_point_at_what_the_report_shows(tmp_path, capsys):
    assert main(["report", str(SEEDS), "--out", str(tmp_path), "--format", "json"]) == 0
    capsys.readouterr()
    doc = _export(capsys, SEEDS)
    data = report_data(tmp_path / "report.html")
    for review in doc["@graph"]:
        urls = [review["url"]] + [a["url"] for a in review["itemReviewed"]["appearance"]]
        for url in urls:
            page, _, route = url.partition("#")
            assert page == "report.html" and resolves("#" + route, data), url


def test_quote_checks_map_to_the_controlled_vocabulary(capsys):
    doc = _export(capsys, CORPORA / "quotes")
    by_text = {r["claimReviewed"]: r["reviewRating"]["alternateName"] for r in doc["@graph"]}
    assert by_text and set(by_text.values()) <= {
        "Verbatim", "Altered quote", "Not found in the source",
        "Contradicted by the other readout", "Only in one side's readout",
        "Reported by both sides"}


def test_export_is_deterministic_and_written_atomically(tmp_path, capsys):
    out = tmp_path / "reviews.json"
    assert main(["export", str(SEEDS), "--out", str(out)]) == 0
    first = out.read_bytes()
    assert main(["export", str(SEEDS), "--out", str(out), "--base-url",
                 "https://example.org/report/"]) == 0
    second = json.loads(out.read_bytes())
    assert second["@graph"][0]["url"].startswith("https://example.org/report/")
    assert main(["export", str(SEEDS), "--out", str(out)]) == 0
    assert out.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == ["reviews.json"]
