"""Compare: findings on hand-made corpora where every right answer is known, and on the
seeds. Every finding is checked against schema/finding.schema.json."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import SEEDS
from provenance.compare import compare
from provenance.pipeline import load_paths
from provenance.records import Call, Claim, Document, Finding, Link, Source, Speaker
from provenance.schema import errors

CORPORA = Path(__file__).parent / "corpora"


def run(*paths: Path) -> list[Finding]:
    items = list(load_paths(paths))
    claims = [i for i in items if isinstance(i, Claim)]
    docs = [i for i in items if isinstance(i, Document)]
    assert len(claims) + len(docs) == len(items), "no problems reading the corpus"
    findings = list(compare(claims, documents=docs))
    for f in findings:
        assert errors("finding", f.to_json()) == [], f
    return findings


def brief(f: Finding) -> tuple:
    return (f.type, tuple(c.id for c in f.claims), f.verdict,
            tuple((d.kind, d.left, d.right) for d in f.differences), f.present_in,
            f.absent_from)


CALVARIA, NORDMARK = "Office of the President of Calvaria", "Chancellery of Nordmark"


def test_two_readouts_of_an_invented_call():
    assert [brief(f) for f in run(CORPORA / "invented_call")] == [
        ("agreement", ("calvaria_readout:53-159", "nordmark_readout:62-162"), None, (),
         (), ()),
        ("agreement", ("calvaria_readout:161-270", "nordmark_readout:164-270"), None, (),
         (), ()),
        ("conflict", ("calvaria_readout:272-360", "nordmark_readout:272-392"), None,
         (("number", "28", "26"),), (), ()),
        ("conflict", ("calvaria_readout:362-424", "nordmark_readout:394-443"), None,
         (("negation", "discussed the Eastern Pipeline", "not discuss the Eastern Pipeline"),),
         (), ()),
        ("qualifier_difference", ("calvaria_readout:426-527", "nordmark_readout:445-542"),
         None, (("qualifier", "energy and infrastructure", "energy infrastructure"),), (), ()),
        ("qualifier_difference", ("calvaria_readout:529-595", "nordmark_readout:544-609"),
         None, (("qualifier", "will", "may"),), (), ()),
        ("omission", ("calvaria_readout:597-669",), None, (), (CALVARIA,), (NORDMARK,)),
        ("omission", ("nordmark_readout:611-711",), None, (), (NORDMARK,), (CALVARIA,)),
    ]  # the stock "agreed to remain in close and regular contact" is no finding


def test_quotes_checked_against_the_issuers_readout():
    findings = run(CORPORA / "quotes")
    herald = [f"danube_herald:{s}" for s in ("17-103", "154-247", "269-316", "346-397",
                                              "482-531", "535-592", "614-671")]
    readout = [f"elysee_readout:{s}" for s in ("42-129", "131-224", "226-274", "276-374",
                                                "376-435")]
    never = ("negation", "accept a freezing of the front line",
             "never accept a freezing of the front line")
    assert [brief(f) for f in findings] == [
        ("conflict", ("danube_herald:269-316", "elysee_readout:226-274"), None,
         (("number", "€50 million", "€500 million"),), (), ()),
        ("conflict", ("danube_herald:482-531", "elysee_readout:276-374"), None,
         (never, ("qualifier", "could", "will")), (), ()),
        ("single_sourced", (*herald, *readout), None, (), ("FR",), ("DE",)),
        ("primary_overlap", ("danube_herald:154-247", "elysee_readout:131-224"), None, (),
         (), ()),
        ("quote_check", ("danube_herald:154-247", "elysee_readout:131-224"), "verbatim",
         (), (), ()),
        ("quote_check", ("danube_herald:269-316", "elysee_readout:226-274"), "near_verbatim",
         (("number", "€50 million", "€500 million"),), (), ()),
        ("quote_check", ("danube_herald:346-397", "elysee_readout:276-374"), "paraphrase",
         (), (), ()),  # another translation of the same sentence
        ("quote_check", ("danube_herald:482-531", "elysee_readout:276-374"), "paraphrase",
         (never, ("qualifier", "could", "will")), (), ()),  # a mistranslation
        ("quote_check", ("danube_herald:535-592", "elysee_readout:376-435"),
         "near_verbatim", (), (), ()),  # a misspelling
        ("quote_check", ("danube_herald:614-671", "elysee_readout:376-435",
                         "elysee_readout:437-488"), "not_found", (), (), ()),
    ]
    overlap = next(f for f in findings if f.type == "primary_overlap")
    assert [(m.left.text, m.words, m.stock) for m in overlap.matches] == [
        ("The two leaders agreed to open the reconstruction fund to Moldova before the end "
         "of the year", 17, False),
        ("agreed to remain in close and regular contact", 8, True),
    ]
    assert overlap.scores[0].value == round(17 / 133, 3)  # of the article's 133 words


def test_syndicated_copies_retitled_reflowed_and_with_a_sentence_dropped():
    findings = [f for f in run(CORPORA / "syndication") if f.type == "syndicated_copy"]
    pairs = [tuple(sorted({m.left.article_id for m in f.matches}
                          | {m.right.article_id for m in f.matches})) for f in findings]
    assert pairs == [("wire_dropped", "wire_original"), ("wire_dropped", "wire_reflowed"),
                     ("wire_dropped", "wire_retitled"), ("wire_original", "wire_reflowed"),
                     ("wire_original", "wire_retitled"), ("wire_reflowed", "wire_retitled")]
    dropped = findings[0]
    assert dropped.scores[0].value == 1.0  # all of the shorter copy is in the original
    original = (CORPORA / "syndication" / "wire_original.txt").read_text(encoding="utf-8")
    at = original.index("sanctioned over 500 individuals")
    assert all(m.right.article_id == "wire_original" for m in dropped.matches)
    assert not any(m.right.start <= at < m.right.end for m in dropped.matches)


def test_seeds_003_compares_both_readouts():
    findings = run(SEEDS)
    call_003 = [f for f in findings if f.claims
                and f.claims[0].article_id.startswith("003")]
    omitted_by_ca = {f.claims[0].text for f in call_003
                     if f.type == "omission" and f.absent_from == ("CA",)}
    assert any("expanding Canada’s military training mission" in t for t in omitted_by_ca)
    assert any("NATO Membership Action Plan" in t for t in omitted_by_ca)
    ca_only = {f.claims[0].text for f in call_003
               if f.type == "omission" and f.present_in == ("CA",)}
    assert "the two leaders discussed Operation Unifier" in ca_only
    [reported] = [f for f in call_003 if f.type == "reported_omission"]
    assert reported.absent_from == ("CA",)
    assert reported.claims[0].id == "003_16e1eced651e9347:425-554"
    assert "makes no mention of" in reported.passages[0].text


def test_seeds_duplicates_and_single_sourced_calls():
    findings = run(SEEDS)
    [paragraph] = [f for f in findings if f.type == "duplicate_paragraph"]
    assert paragraph.matches[0].left.article_id == "004_65f710d5cfe408e2"
    [quote] = [f for f in findings if f.type == "duplicate_quote"]
    assert [c.id for c in quote.claims] == ["002_213853cc20bc43d3:565-793",
                                            "002_213853cc20bc43d3:1107-1387"]
    assert "“Russiaparticularly” / “Russia—particularly”" in quote.reason
    single = sorted((f.call.date.isoformat() if f.call.date else "", f.present_in,
                     f.absent_from) for f in findings if f.type == "single_sourced")
    assert single == [("", ("UA",), ("CA",)), ("2022-03-23", ("CA",), ("UA",)),
                      ("2024-12-23", ("UA",), ("UK",)), ("2024-12-29", ("UA",), ("CA",))]
    assert not [f for f in findings if f.type in ("agreement", "conflict")]


def _claim(article: str, start: int, text: str, side: str, participants: tuple[str, ...],
           day: int = 1) -> Claim:
    return Claim(article_id=article, text=text, start=start, end=start + len(text),
                 kind="direct", cue="said", speaker=Speaker(side, side),
                 source=Source(issuer=f"Office {side}", channel="readout", side=side),
                 call=Call(dt.date(2030, 1, day), participants), rule="test",
                 confidence=1.0, chain=(Link("article", article),))


def test_only_claims_of_one_call_are_matched():
    text = "The leaders agreed to open a new border crossing at Gorna Reka next spring."
    claims = [
        _claim("a", 0, text, "CA", ("Justin Trudeau", "Volodymyr Zelenskyy")),
        # same day, other participants: another call
        _claim("b", 0, text, "UK", ("Keir Starmer", "Volodymyr Zelenskyy")),
        # same participants, other day: another call
        _claim("c", 0, text, "UA", ("Justin Trudeau", "Volodymyr Zelenskyy"), day=2),
    ]
    findings = list(compare(claims))
    assert sorted(f.type for f in findings) == ["single_sourced"] * 3


def test_undated_calls_in_two_articles_are_two_calls():
    text = "The leaders agreed to open a new border crossing at Gorna Reka next spring."
    a = _claim("a", 0, text, "CA", ("Justin Trudeau", "Volodymyr Zelenskyy"))
    b = _claim("b", 0, text, "UA", ("Justin Trudeau", "Volodymyr Zelenskyy"))
    undated = Call(None, a.call.participants)
    import attrs
    findings = list(compare([attrs.evolve(a, call=undated), attrs.evolve(b, call=undated)]))
    assert [f.type for f in findings] == ["single_sourced", "single_sourced"]
    findings = list(compare([a, b]))
    assert [f.type for f in findings] == ["agreement"]


def test_compare_is_deterministic_and_ids_are_stable():
    first = [f.to_json() for f in run(SEEDS, CORPORA)]
    second = [f.to_json() for f in run(CORPORA, SEEDS)]
    assert first == second
    assert len({f["id"] for f in first}) == len(first)


@pytest.mark.parametrize("corpus", ["invented_call", "quotes", "syndication"])
def test_every_corpus_claim_slices_its_text(corpus):
    items = list(load_paths([CORPORA / corpus]))
    texts = {d.id: d.article.text for d in items if isinstance(d, Document)}
    for c in items:
        if isinstance(c, Claim):
            assert texts[c.article_id][c.start:c.end] == c.text


def test_a_paragraph_printed_many_times_gives_a_finding_per_copy_quickly():
    import time

    from provenance.extract import extract_claims
    from provenance.ingest import parse_article
    from provenance.records import Document

    para = ("Prime Minister Ada Strand said the two countries would deepen their "
            "cooperation on energy.")
    doc = Document(parse_article("\n\n".join([para] * 800) + "\n", article_id="rep"))
    began = time.perf_counter()
    found = list(compare(list(extract_claims(doc.article)), documents=[doc]))
    assert time.perf_counter() - began < 60  # was quadratic: 72 s, 160,000 findings
    repeats = [f for f in found if f.type == "duplicate_paragraph"]
    assert len(repeats) == 799  # each later printing paired with the first
    assert {f.matches[0].left.start for f in repeats} == {0}
