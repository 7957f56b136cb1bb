"""`validate`: one seed's checks, sidecars, duplicates across seeds, records."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import SEEDS
from provenance import seedcheck
from provenance import seeddups as duplicates
from provenance.records import Claim, Problem, Source, Speaker
from provenance.validate import validate_paths

ARTICLE = ("German Chancellor Olaf Scholz spoke with Ukrainian President Volodymyr "
           "Zelenskyy on Monday.\n\n“We will not back down,” Scholz said after the call.\n")


def problems(*paths: Path | str) -> list[Problem]:
    return list(validate_paths(paths))


def rules(found: list[Problem]) -> list[str]:
    return [p.rule for p in found]


# ------------------------------------------------------------------------ one seed


def test_a_good_seed_has_no_problem(write_article):
    assert problems(write_article(ARTICLE)) == []


FIRST_LINE = len(ARTICLE.split("\n")[0])
LAST_LINE = len(ARTICLE.rstrip("\n").split("\n")[-1])


@pytest.mark.parametrize(
    ("data", "line", "column", "counts"),
    [
        (ARTICLE.replace("\n", "\r\n").encode(), 1, FIRST_LINE + 1, "3 CRLF"),
        (ARTICLE.replace("\n", "\r").encode(), 1, FIRST_LINE + 1, "3 CR"),
        (ARTICLE.encode().replace(b"\n", b"\r\n", 1), 1, FIRST_LINE + 1, "1 CRLF, 2 LF"),
        (("Zoë said it went well.\n" + ARTICLE).replace("\n", "\r\n", 1).encode(), 1, 23,
         "1 CRLF, 3 LF"),
    ],
)
def test_line_endings_other_than_lf_are_a_warning_at_the_first(
        tmp_path, data: bytes, line: int, column: int, counts: str):
    path = tmp_path / "crlf.txt"
    path.write_bytes(data)
    [problem] = problems(path)
    assert (problem.rule, problem.severity) == ("line-endings", "warning")
    assert (problem.line, problem.column) == (line, column)  # columns count characters
    assert f"({counts})" in problem.message


def test_a_missing_final_newline_is_a_warning_at_the_end(write_article):
    path = write_article(ARTICLE.rstrip("\n"))
    [problem] = problems(path)
    assert (problem.rule, problem.severity) == ("final-newline", "warning")
    assert (problem.line, problem.column) == (3, LAST_LINE + 1)


@pytest.mark.parametrize(
    ("header", "rule", "column"),
    [
        (" date 2022-13-45 ", "date-header-invalid", 7),
        ("   date 2022-02-30 ", "date-header-invalid", 9),
        (" date 22-3-1 ", "date-header-malformed", 7),
    ],
)
def test_a_bad_date_header_fails_with_line_and_column(write_article, header, rule, column):
    [problem] = problems(write_article(header + ARTICLE))
    assert (problem.rule, problem.severity, problem.line, problem.column) == (
        rule, "error", 1, column)


def test_a_seed_with_no_claim_is_a_warning(write_article):
    path = write_article("The weather in Kyiv was mild on Monday and the trains ran.\n")
    assert [(p.rule, p.severity) for p in problems(path)] == [("no-claims", "warning")]


def _claim(content: str, start: int, end: int, **changes) -> Claim:
    fields = dict(article_id="t", text=content[start:end], start=start, end=end, kind="direct",
                  cue="said", speaker=Speaker("Olaf Scholz", "Scholz"), source=Source(),
                  call=None, rule="test", confidence=0.9)
    fields.update(changes)
    return Claim(**fields)


def test_claims_are_checked_against_their_schema_and_their_offsets(write_article,
                                                                   monkeypatch):
    path = write_article(ARTICLE)
    start = ARTICLE.index("We will")

    def fake_extract(article):
        yield _claim(article.text, start, start + 7, confidence=5.0)
        yield _claim(article.text, start, start + 7, text="something else")

    monkeypatch.setattr(seedcheck, "extract_claims", fake_extract)
    found = problems(path)
    assert rules(found) == ["claim-schema", "claim-offsets"]
    assert "$.confidence: 5.0 is greater than the maximum of 1" in found[0].message
    assert all((p.line, p.column) == (3, 2) for p in found)  # where the claim starts


def test_an_extraction_crash_is_a_problem_and_other_seeds_go_on(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Monday", "Tuesday and Kyiv"),
                                    encoding="utf-8")
    real = seedcheck.extract_claims

    def flaky(article):
        if article.path.endswith("a.txt"):
            raise IndexError("string index out of range")
        return real(article)

    monkeypatch.setattr(seedcheck, "extract_claims", flaky)
    found = problems(tmp_path)
    assert [(Path(p.path).name, p.rule) for p in found] == [("a.txt", "extract-failed")]
    assert "IndexError: string index out of range" in found[0].message


# -------------------------------------------------------------------------- sidecar

META = {"kind": "readout", "issuer": "Prime Minister's Office", "side": "CA",
        "channel": "readout", "published": "2023-05-10", "url": "https://pm.gc.ca/x",
        "language": "en", "call": {"date": "2023-05-10",
                                   "participants": ["Justin Trudeau", "Volodymyr Zelenskyy"]}}


def _with_sidecar(tmp_path: Path, meta_text: str) -> tuple[Path, Path]:
    seed = tmp_path / "pmo.txt"
    seed.write_text(ARTICLE, encoding="utf-8")
    meta = tmp_path / "pmo.meta.json"
    meta.write_text(meta_text, encoding="utf-8")
    return seed, meta


def test_a_valid_sidecar_passes(tmp_path):
    seed, _ = _with_sidecar(tmp_path, json.dumps(META, indent=2))
    assert problems(seed) == []
    assert problems(tmp_path) == []


def test_sidecar_errors_give_json_path_line_and_column(tmp_path):
    bad = dict(META, side="Canada", channel="fax", colour="red",
               call={"date": 20230510}, published=17)
    text = json.dumps(bad, indent=2)
    seed, meta = _with_sidecar(tmp_path, text)
    found = problems(seed)  # naming the seed checks the sidecar beside it

    def at(fragment: str) -> tuple[int, int]:
        offset = text.index(fragment)
        return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)

    got = {(p.message.split(":")[0], p.line, p.column) for p in found}
    assert all(p.path == str(meta) and p.rule == "meta-schema" for p in found)
    assert got == {
        ("$.side", *at('"Canada"')),
        ("$.channel", *at('"fax"')),
        ("$.colour", *at('"colour"')),  # an unknown field: its key
        ("$.published", *at("17")),
        ("$.call", *at('{\n    "date": 20230510')),  # participants missing: the object
        ("$.call.date", *at("20230510")),
    }
    messages = " | ".join(p.message for p in found)
    assert "'participants' is a required property" in messages
    assert "'fax' is not one of" in messages
    assert "Additional properties are not allowed ('colour' was unexpected)" in messages


def test_sidecar_that_is_not_json_gives_line_and_column(tmp_path):
    seed, meta = _with_sidecar(tmp_path, '{\n  "kind": "news",\n  "side": UA\n}\n')
    [problem] = problems(seed)
    assert (problem.path, problem.rule, problem.line, problem.column) == (
        str(meta), "json-invalid", 3, 11)


def test_sidecar_named_with_its_seed_is_checked_once(tmp_path):
    seed, meta = _with_sidecar(tmp_path, '{"side": "XX"}')
    assert rules(problems(seed, meta)) == ["meta-schema"]
    assert rules(problems(tmp_path)) == ["meta-schema"]


def test_a_sidecar_without_its_seed_is_a_warning(tmp_path):
    meta = tmp_path / "lost.meta.json"
    meta.write_text('{"kind": "news"}', encoding="utf-8")
    [problem] = problems(meta)
    assert (problem.rule, problem.severity) == ("meta-orphan", "warning")
    assert "lost.txt" in problem.message


# ----------------------------------------------------------------------- duplicates


def _article(n: int) -> str:
    """A distinct article of a few paragraphs: its own numbers, places and words."""
    return (f"Leader {n} of country {n * 7 % 13} spoke with minister {n * 3} about "
            f"{n % 5} shipments and {n * 11} tonnes of grain on day {n}.\n\n"
            f"“We agreed on {n + 17} points in {n * 13 % 29} sessions,” the {n}th envoy "
            f"said after talks that lasted {n * 2} hours in room {n * 5}.\n\n"
            f"Officials said the next round, number {n + 1}, would follow in {n % 9} "
            f"weeks, after {n * 17} letters and {n * 19 % 23} visits.\n")


def test_an_exact_duplicate_is_an_error_naming_the_other_file(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    # same words: another header, curly vs straight quotes, spacing, case, CRLF
    copy = " date 2023-01-01 " + ARTICLE.replace("“", '"').replace("”", '"').upper()
    (tmp_path / "b.txt").write_bytes(copy.replace("  ", " ").replace("\n", "\r\n").encode())
    found = [p for p in problems(tmp_path) if p.rule.startswith("seed-")]
    assert [(p.path, p.rule, p.severity) for p in found] == [
        (str(tmp_path / "b.txt"), "seed-duplicate", "error")]
    assert found[0].message == f"same words as {tmp_path / 'a.txt'} (similarity 1.00)"


def test_a_near_duplicate_is_a_warning_with_its_similarity(tmp_path):
    words = (_article(1) + _article(2) + _article(3)).split(" ")
    (tmp_path / "a.txt").write_text(" ".join(words), encoding="utf-8")
    words[60] = "Tuesday"  # one word changed: the five shingles over it differ
    shingles = len(re.findall(r"\w+", " ".join(words))) - 4
    similarity = (shingles - 5) / (shingles + 5)  # Jaccard: shared / union
    (tmp_path / "b.txt").write_text(" ".join(words), encoding="utf-8")
    (tmp_path / "c.txt").write_text(_article(4), encoding="utf-8")
    found = [p for p in problems(tmp_path) if p.rule.startswith("seed-")]
    assert [(Path(p.path).name, p.rule, p.severity) for p in found] == [
        ("b.txt", "seed-near-duplicate", "warning")]
    assert (f"near duplicate of {tmp_path / 'a.txt'} (similarity {similarity:.2f}"
            in found[0].message)


def test_copies_name_the_first_and_a_file_named_twice_is_not_its_own_duplicate(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    found = problems(tmp_path, tmp_path / "a.txt")
    assert [(Path(p.path).name, p.rule) for p in found] == [
        ("b.txt", "seed-duplicate"), ("c.txt", "seed-duplicate")]
    assert all(str(tmp_path / "a.txt") in p.message for p in found)


def test_the_seeds_are_not_duplicates_of_each_other():
    assert not [p for p in problems(SEEDS) if p.rule.startswith("seed-")]


def test_only_candidate_pairs_get_an_exact_score(monkeypatch):
    # 300 distinct articles sharing a boilerplate line: 44,850 pairs, few candidates
    boiler = "Read also: the war in Ukraine, day by day, in maps and pictures.\n"
    prints = [duplicates.fingerprint(f"s{n}.txt", _article(n) + boiler) for n in range(300)]
    prints.append(duplicates.fingerprint("copy.txt", _article(7).replace("grain", "corn")
                                         + boiler))
    scored = []
    real = duplicates.resemblance

    def counting(a, b):
        scored.append((a.path, b.path))
        return real(a, b)

    monkeypatch.setattr(duplicates, "resemblance", counting)
    found = list(duplicates.find_duplicates(prints))
    assert [(p.path, p.rule) for p in found] == [("copy.txt", "seed-near-duplicate")]
    assert "s7.txt" in found[0].message
    assert len(scored) < 50


def test_fingerprints_are_linear_in_text_length():
    import time

    text = "".join(_article(n) for n in range(20_000))  # ~4.6 MB
    began = time.perf_counter()
    fp = duplicates.fingerprint("big.txt", text)
    assert time.perf_counter() - began < 30  # ~2-4 s on a slow machine
    assert len(fp.sketch) == duplicates.SKETCH


# -------------------------------------------------------------------------- records


def test_a_json_record_error_gives_the_line_and_column_of_the_value(tmp_path):
    record = {"path": "x.txt", "line": 0, "column": None, "rule": "Bad Rule",
              "severity": "error", "message": "m"}
    text = json.dumps(record, indent=2)
    path = tmp_path / "problem.json"
    path.write_text(text, encoding="utf-8")
    found = problems(path)
    assert [(p.rule, p.message.split(":")[0], p.line, p.column) for p in found] == [
        ("problem-schema", "$.line", 3, 11),
        ("problem-schema", "$.rule", 5, 11),
    ]
