"""Documents: sidecars, primary documents as claims, their validation."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from provenance.cli import main
from provenance.documents import read_document, read_meta
from provenance.ingest import InputError
from provenance.pipeline import extract_file
from provenance.schema import errors

CORPORA = Path(__file__).parent / "corpora"


def test_a_primary_document_is_its_issuers_claims_sentence_by_sentence():
    claims = extract_file(CORPORA / "invented_call" / "calvaria_readout.txt")
    assert len(claims) == 8  # the title is not a statement
    first = claims[0]
    assert first.text == ("President Aldo Ferrante spoke today with Prime Minister Mira "
                          "Holst about the crisis on the Varossa border.")
    assert first.rule == "primary-document" and first.kind == "direct"
    assert first.speaker.name == first.source.issuer == "Office of the President of Calvaria"
    assert (first.source.channel, first.source.side) == ("readout", "other")
    assert first.call.date == dt.date(2031, 5, 14)
    assert first.call.participants == ("Aldo Ferrante", "Mira Holst")
    for claim in claims:
        assert errors("claim", claim.to_json()) == []


def test_a_seed_without_a_sidecar_is_news():
    doc = read_document(CORPORA / "syndication" / "wire_original.txt")
    assert not doc.primary and doc.meta.kind == "news"


def test_sidecar_fills_side_from_a_known_issuer_and_canonical_participants(tmp_path):
    seed = tmp_path / "post.txt"
    seed.write_text("We discussed air defence and the grain corridor today.\n",
                    encoding="utf-8")
    (tmp_path / "post.meta.json").write_text(json.dumps({
        "kind": "social_post", "issuer": "Volodymyr Zelenskyy",
        "call": {"date": "2024-01-02", "participants": ["Zelensky", "Justin Trudeau"]}}),
        encoding="utf-8")
    doc = read_document(seed)
    assert doc.meta.side == "UA"
    assert doc.meta.call.participants == ("Justin Trudeau", "Volodymyr Zelenskyy")
    [claim] = extract_file(seed)
    assert claim.source.channel == "social_post"


@pytest.mark.parametrize(
    ("content", "rule"),
    [("{not json", "json-invalid"), ('{"kind": "tweet"}', "meta-schema"),
     ('{"published": "2024-13-01"}', "meta-schema")],
)
def test_bad_sidecar_is_an_input_error_naming_the_file(tmp_path, content, rule):
    path = tmp_path / "x.meta.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_meta(path)
    assert info.value.problem.rule == rule
    assert info.value.problem.path == str(path)


def test_validate_checks_sidecars_and_primary_documents(tmp_path, capsys):
    # (the syndication corpus holds exact copies on purpose: validate flags them)
    assert main(["validate", str(CORPORA / "invented_call"), str(CORPORA / "quotes")]) == 0
    (tmp_path / "a.txt").write_text("The minister said the talks went well.\n",
                                    encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"kind": "memo"}', encoding="utf-8")
    (tmp_path / "orphan.meta.json").write_text('{"kind": "news"}', encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "a.meta.json:1:10: error [meta-schema] $.kind: 'memo' is not one of" in out
    assert "orphan.meta.json: warning [meta-orphan]" in out
