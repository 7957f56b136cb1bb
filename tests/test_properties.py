"""Property tests over generated articles: sentences from a small grammar (speakers,
cue verbs, quotations in both styles, apostrophes, stray marks), paragraphs, an optional
date header, a BOM, CRLF line endings. Whatever the article:

- no exception escapes extraction or validation;
- every claim's offsets are valid and its text is the slice they name in the text
  `open(path, encoding="utf-8").read()` gives;
- every claim and every problem record is valid against its schema;
- output is deterministic.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from provenance.extract import extract_claims
from provenance.ingest import InputError, decode, parse_article
from provenance.pipeline import claim_line
from provenance.rules import RULES
from provenance.schema import errors
from provenance.validate import validate_paths

SPEAKERS = ["Volodymyr Zelenskyy", "Ukrainian President Volodymyr Zelenskyy", "Zelensky",
            "Zelenskiy", "Justin Trudeau", "Canadian Prime Minister Justin Trudeau",
            "Trudeau", "German Chancellor Olaf Scholz", "Scholz", "Emmanuel Macron",
            "Vladimir Putin", "the Kremlin", "the Prime Minister's Office", "the two leaders",
            "a spokesperson", "he", "she", "they", "Mr. Trudeau"]
CUES = ["said", "told reporters", "added", "stressed", "noted", "wrote on X", "announced",
        "warned", "asked", "thanked him"]
CONTENT = ["the talks were useful", "Ukraine’s air defence needs more help",
           "the leaders’ call lasted an hour", "we shouldn't wait", "Canada will stand "
           "with Ukraine", "sanctions must stay", "it's the allies' duty to help",
           "the grain corridor must reopen", "peace talks are 'premature'"]
MARKS = [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»")]
STRAYS = ["“", "”", '"', "‘", "’", "'", "«"]
NARRATIVE = ["The call took place on Wednesday.", "It was their third call this year.",
             "Read also: Ukraine war latest", "Officials gave no further details.",
             "The two countries signed a deal in 2022."]

speaker = st.sampled_from(SPEAKERS)
cue = st.sampled_from(CUES)
content = st.sampled_from(CONTENT)
marks = st.sampled_from(MARKS)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@st.composite
def sentence(draw: st.DrawFn) -> str:
    who, verb, what, (op, cl) = draw(speaker), draw(cue), draw(content), draw(marks)
    form = draw(st.integers(0, 7))
    text = [
        f"{_cap(who)} {verb} that {what}.",
        f"{op}{_cap(what)},{cl} {who} {verb}.",
        f"{_cap(who)} {verb}: {op}{_cap(what)}.{cl}",
        f"According to {who}, {what}.",
        f"{op}{_cap(what)}{cl}, {verb} {who}.",
        f"{_cap(who)} {verb} {op}{what}{cl} and {draw(content)}.",
        f"{_cap(who)} said: “{_cap(what)}, ‘{draw(content)},’ and {draw(content)}.”",
        draw(st.sampled_from(NARRATIVE)),
    ][form]
    if draw(st.integers(0, 5)) == 0:  # a stray, unbalanced mark somewhere
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(STRAYS)) + text[at:]
    return text


@st.composite
def article_bytes(draw: st.DrawFn) -> bytes:
    paragraphs = []
    for _ in range(draw(st.integers(1, 6))):
        parts = draw(st.lists(sentence(), min_size=1, max_size=4))
        joiner = draw(st.sampled_from([" ", " ", "\n"]))  # sometimes soft-wrapped
        paragraphs.append(joiner.join(parts))
    text = "\n\n".join(paragraphs)
    if draw(st.booleans()):
        day = draw(st.dates(dt.date(2019, 1, 1), dt.date(2026, 12, 31)))
        text = f" date {day.isoformat()} {text}"
    if draw(st.booleans()):
        text += "\n"
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if draw(st.booleans()) else data


def _as_python_reads(data: bytes) -> str:
    """What `open(path, encoding="utf-8").read()` returns for these bytes."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8").read()


SETTINGS = settings(max_examples=80, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(article_bytes())
def test_claims_slice_the_text_python_reads_and_are_schema_valid(data: bytes):
    content = _as_python_reads(data)
    text = decode(data, "generated.txt")
    assert text == content
    try:
        article = parse_article(text, article_id="generated", path="generated.txt")
    except InputError as exc:  # e.g. only a heading: a clear, registered problem
        assert exc.problem.rule in RULES
        return
    claims = list(extract_claims(article))
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(content)
        assert content[claim.start:claim.end] == claim.text
        assert errors("claim", claim.to_json()) == []
    again = [claim_line(c) for c in extract_claims(parse_article(
        text, article_id="generated", path="generated.txt"))]
    assert [claim_line(c) for c in claims] == again  # deterministic


@SETTINGS
@given(st.lists(article_bytes(), min_size=1, max_size=3))
def test_validate_never_raises_and_reports_only_registered_valid_problems(articles):
    with tempfile.TemporaryDirectory() as folder:
        for i, data in enumerate(articles):
            Path(folder, f"{i}.txt").write_bytes(data)
        first = list(validate_paths([folder]))
        assert list(validate_paths([folder])) == first  # deterministic
    for problem in first:
        assert problem.rule in RULES
        assert problem.severity == RULES[problem.rule].severity
        assert errors("problem", problem.to_json()) == []
        # an extractor bug would show as one of these
        assert problem.rule not in ("extract-failed", "claim-offsets", "claim-schema")


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    """Sets and dicts iterate in hash order; none of it may reach the output."""
    outputs = set()
    for seed in ("1", "2", "3"):
        run = subprocess.run(
            [sys.executable, "-m", "provenance", "validate", "--format", "sarif",
             str(ROOT / "seeds"), str(ROOT / "tests" / "bad_inputs")],
            capture_output=True, text=True, check=False, cwd=tmp_path,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"})
        assert run.returncode == 1, run.stderr
        extract = subprocess.run(
            [sys.executable, "-m", "provenance", "extract", str(ROOT / "seeds")],
            capture_output=True, text=True, check=True, cwd=tmp_path,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"})
        outputs.add((run.stdout, extract.stdout))
    assert len(outputs) == 1
    sarif, claims = outputs.pop()
    assert json.loads(sarif)["runs"][0]["results"]
    assert len(claims.splitlines()) > 40
