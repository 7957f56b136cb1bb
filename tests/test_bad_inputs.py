"""The bad-inputs corpus (`tests/bad_inputs/`, plus the big cases generated here): each
input has one asserted outcome. Broken input gets a clear error (rule id, file named,
exit status) and the other files are still processed; legitimate input (a UTF-8 BOM,
CRLF line endings, odd file names, deep or unbalanced quotes, a huge article) gets
correct claims whose offsets slice the text Python reads."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SEEDS
from provenance.cli import main

CORPUS = Path(__file__).parent / "bad_inputs"
UNICODE_NAME = "Розмова Зеленського з Трюдо – café notes.txt"

# Generous bounds that still catch quadratic behaviour: the 5 MB article takes about
# 40 s (extraction and validation each read it once), a quadratic stage hours.
BIG_BOUND_S = 180
UNBALANCED_BOUND_S = 120


def unbalanced_quotes(folder: Path) -> Path:
    """Thousands of opening marks that never close (2,700 stray marks, 3,600 quotes)."""
    units = ['Zelenskyy said "the talks were useful. ', "Scholz said “aid will come soon. ",
             "Trudeau told reporters ‘we agree. "]
    paragraph = "".join(units[i % 3] for i in range(12)).rstrip() + "\n\n"
    path = folder / "unbalanced_quotes.txt"
    path.write_text(paragraph * 300, encoding="utf-8")
    return path


def five_mb_article(folder: Path) -> Path:
    """One 5 MB article: the seeds' real text, one after another, again and again."""
    body = "\n\n".join(p.read_text(encoding="utf-8").strip()
                       for p in sorted(SEEDS.glob("*.txt")))
    text = " date 2022-03-23 " + "\n\n".join([body] * (5_000_000 // len(body) + 1)) + "\n"
    path = folder / "five_mb.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size >= 5_000_000
    return path


Source = str | Callable[[Path], Path]


def case(source: Source, status: int, expected: list[tuple[str, int | None, int | None]],
         words: str = "", *, slow: bool = False):
    """One row: the input, validate's exit status, the (rule, line, column) of each
    problem it reports, and words the first problem's message must hold."""
    name = source if isinstance(source, str) else source.__name__
    return pytest.param(source, status, expected, words, id=name,
                        marks=[pytest.mark.slow] if slow else [])


def _path(source: Source, tmp_path: Path) -> Path:
    return CORPUS / source if isinstance(source, str) else source(tmp_path)


CRLF_COLUMN = len((CORPUS / "crlf.txt").read_bytes().split(b"\r")[0].decode()) + 1

CASES = [
    case("empty.txt", 1, [("file-empty", None, None)], "the file is empty"),
    case("whitespace_only.txt", 1, [("file-empty", None, None)], "only whitespace"),
    case("binary.txt", 1, [("file-binary", None, None)], "NUL byte at byte offset 8"),
    case("latin1.txt", 1, [("encoding-not-utf8", 1, 6)], "byte 0xe9 at byte offset 5"),
    case("utf16_bom.txt", 1, [("encoding-utf16", None, None)], "save it as UTF-8"),
    case("only_quotes.txt", 1, [("no-body", None, None)], "no words"),
    case("header_no_body.txt", 1, [("no-body", None, None)], "after the date header"),
    case("broken_line.jsonl", 1, [("json-invalid", 2, 61), ("claim-schema", 3, 81)],
         "not JSON: Expecting ',' delimiter"),
    case("utf8_bom.txt", 0, []),
    case("crlf.txt", 0, [("line-endings", 1, CRLF_COLUMN)], "5 CRLF"),
    case("nested_quotes.txt", 0, []),
    case(UNICODE_NAME, 0, []),
    case(unbalanced_quotes, 0, [], slow=True),
    case(five_mb_article, 0, [], slow=True),
]


@pytest.mark.parametrize(("source", "status", "expected", "words"), CASES)
def test_validate_outcome(tmp_path, capsys, source, status, expected, words):
    path = _path(source, tmp_path)
    began = time.perf_counter()
    assert main(["validate", "--format", "json", str(path)]) == status
    elapsed = time.perf_counter() - began
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert [(r["rule"], r["line"], r["column"]) for r in rows] == expected
    assert all(r["path"] == str(path) for r in rows)  # the file is named
    if rows:
        assert words in rows[0]["message"]
    assert "Traceback" not in captured.err
    bound = BIG_BOUND_S if path.name == "five_mb.txt" else UNBALANCED_BOUND_S
    assert elapsed < bound


LEGITIMATE = ["utf8_bom.txt", "crlf.txt", "nested_quotes.txt", UNICODE_NAME,
              pytest.param(unbalanced_quotes, marks=pytest.mark.slow, id="unbalanced")]


@pytest.mark.parametrize("source", LEGITIMATE)
def test_legitimate_input_gives_claims_that_slice_the_text_python_reads(tmp_path, capsys,
                                                                        source):
    path = _path(source, tmp_path)
    out = tmp_path / "claims.jsonl"
    assert main(["extract", str(path), "--out", str(out)]) == 0
    capsys.readouterr()
    claims = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert claims
    with open(path, encoding="utf-8") as fh:
        content = fh.read()
    for claim in claims:
        assert content[claim["start"]:claim["end"]] == claim["text"]
        assert claim["article_id"] == path.stem


def test_bom_and_crlf_change_offsets_only_as_the_text_read_does(tmp_path, capsys):
    plain = "“We will stand with Ukraine,” Trudeau said.\n\nZelenskyy thanked him.\n"
    (tmp_path / "plain.txt").write_text(plain, encoding="utf-8")
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + plain.encode())
    (tmp_path / "crlf.txt").write_bytes(plain.replace("\n", "\r\n").encode())

    def claims(name: str) -> list[tuple[int, int, str, str]]:
        main(["extract", str(tmp_path / name)])
        rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        return [(r["start"], r["end"], r["text"], r["speaker"]["name"]) for r in rows]

    expected = claims("plain.txt")
    assert expected
    assert claims("crlf.txt") == expected  # one character a line break, as read
    assert claims("bom.txt") == [(s + 1, e + 1, t, n) for s, e, t, n in expected]


def test_bad_files_do_not_stop_the_good_ones(tmp_path, capsys):
    assert main(["validate", str(CORPUS)]) == 1
    captured = capsys.readouterr()
    named = {line.split(":")[0] for line in captured.out.splitlines()}
    assert named == {str(CORPUS / name) for name in (
        "empty.txt", "whitespace_only.txt", "binary.txt", "latin1.txt", "utf16_bom.txt",
        "only_quotes.txt", "header_no_body.txt", "broken_line.jsonl", "crlf.txt")}
    assert main(["extract", str(CORPUS)]) == 1
    captured = capsys.readouterr()
    ids = {json.loads(line)["article_id"] for line in captured.out.splitlines()}
    assert ids == {"utf8_bom", "crlf", "nested_quotes", Path(UNICODE_NAME).stem}
    assert "Traceback" not in captured.err


def test_an_odd_file_name_survives_every_format(capsys):
    path = CORPUS / UNICODE_NAME
    assert main(["validate", "--strict", "--format", "github", str(path)]) == 0
    assert main(["validate", "--format", "sarif", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["runs"][0]["results"] == []
