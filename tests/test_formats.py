"""Output formats of `validate`: text, json, GitHub workflow commands, SARIF 2.1.0."""

from __future__ import annotations

import json

from provenance import __version__
from provenance.formats import (
    artifact_uri,
    github_lines,
    json_lines,
    sarif_lines,
    sarif_log,
    text_lines,
)
from provenance.records import Problem
from provenance.rules import RULES
from provenance.schema import errors

PROBLEMS = [
    Problem("seeds/a.txt", "date-header-invalid", "date header '2022-13-45' is not a real "
            "date (month must be in 1..12)", line=1, column=7),
    Problem("seeds/b.txt", "no-claims", "no attributed claim found", severity="warning"),
    Problem("seeds/c.meta.json", "meta-schema", "$.side: 'Canada' is not one of ['CA']",
            line=3, column=11),
]


def test_text_is_one_line_a_problem_with_where_rule_and_message():
    assert text_lines(PROBLEMS) == [
        "seeds/a.txt:1:7: error [date-header-invalid] date header '2022-13-45' is not a real "
        "date (month must be in 1..12)",
        "seeds/b.txt: warning [no-claims] no attributed claim found",
        "seeds/c.meta.json:3:11: error [meta-schema] $.side: 'Canada' is not one of ['CA']",
    ]


def test_json_is_one_schema_valid_problem_record_a_line():
    rows = [json.loads(line) for line in json_lines(PROBLEMS)]
    assert [r["rule"] for r in rows] == ["date-header-invalid", "no-claims", "meta-schema"]
    assert (rows[0]["line"], rows[0]["column"]) == (1, 7)
    assert all(errors("problem", r) == [] for r in rows)


def test_github_annotations_carry_file_line_col_and_escape_what_github_parses():
    lines = github_lines([
        *PROBLEMS,
        Problem("my seeds/a,b:c.txt", "json-invalid", "50% broken\nnext line", line=2,
                column=3),
    ])
    assert lines == [
        "::error file=seeds/a.txt,line=1,col=7,title=provenance [date-header-invalid]::"
        "date header '2022-13-45' is not a real date (month must be in 1..12)",
        "::error file=seeds/c.meta.json,line=3,col=11,title=provenance [meta-schema]::"
        "$.side: 'Canada' is not one of ['CA']",
        "::error file=my seeds/a%2Cb%3Ac.txt,line=2,col=3,title=provenance [json-invalid]::"
        "50%25 broken%0Anext line",
        "::warning file=seeds/b.txt,title=provenance [no-claims]::no attributed claim found",
    ]


def test_github_shows_ten_of_a_kind_and_counts_the_rest():
    many = ([Problem(f"s/{i:02}.txt", "file-empty", "the file is empty") for i in range(13)]
            + [Problem(f"s/{i:02}.txt", "no-claims", "none", severity="warning")
               for i in range(11)])
    lines = github_lines(many)
    assert sum(line.startswith("::error ") for line in lines) == 10
    assert sum(line.startswith("::warning ") for line in lines) == 10
    assert lines[9].startswith("::error file=s/09.txt")  # the first ten, in order
    assert lines[-1] == ("::notice title=provenance::3 more error(s) and 1 more warning(s) "
                         "not shown as annotations (GitHub shows 10 of a kind per step); "
                         "run `provenance validate` for the full list")
    assert len(lines) == 21


def test_github_with_ten_or_fewer_has_no_closing_count():
    lines = github_lines([Problem("a.txt", "file-empty", "e")] * 10)
    assert len(lines) == 10 and not any(line.startswith("::notice") for line in lines)


def test_sarif_log_has_rules_with_descriptions_and_located_results():
    log = json.loads("\n".join(sarif_lines(PROBLEMS)))
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")
    [run] = log["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("provenance", __version__)
    assert [r["id"] for r in driver["rules"]] == sorted(RULES)
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] == RULES[rule["id"]].summary
        assert rule["defaultConfiguration"]["level"] == RULES[rule["id"]].severity
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["date-header-invalid", "no-claims",
                                              "meta-schema"]
    for result in results:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["message"]["text"]
        assert result["level"] in ("error", "warning")
    first = results[0]["locations"][0]["physicalLocation"]
    assert first == {"artifactLocation": {"uri": "seeds/a.txt"},
                     "region": {"startLine": 1, "startColumn": 7}}
    # a whole-file problem still has the start line code scanning requires
    assert results[1]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}


def test_sarif_with_no_problem_is_a_valid_empty_run():
    log = sarif_log([])
    assert log["runs"][0]["results"] == []
    assert len(log["runs"][0]["tool"]["driver"]["rules"]) == len(RULES)


def test_artifact_uris_are_percent_encoded():
    assert artifact_uri("tests/bad inputs/Розмова café.txt") == (
        "tests/bad%20inputs/%D0%A0%D0%BE%D0%B7%D0%BC%D0%BE%D0%B2%D0%B0%20caf%C3%A9.txt")
    assert artifact_uri("/tmp/a b.txt") == "file:///tmp/a%20b.txt"


def test_formats_are_deterministic():
    for render in (text_lines, json_lines, github_lines, sarif_lines):
        assert render(PROBLEMS) == render(list(PROBLEMS))
