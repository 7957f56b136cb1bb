"""Report and the compare / report commands, run in-process: output, files, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from provenance.cli import main
from provenance.report import cell
from provenance.schema import errors

CORPORA = Path(__file__).parent / "corpora"
REPORTS = ROOT / "reports"
REPORT_FILES = ("summary.md", "calls.md", "articles.md", "duplicates.md", "findings.jsonl",
                "claims.jsonl")


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_committed_seed_reports_are_fresh(tmp_path, capsys):
    """Fails when reports/ is stale: run `provenance report seeds --out reports/`."""
    assert main(["report", str(SEEDS), "--out", str(tmp_path), "--format", "json"]) == 0
    fresh, committed = _tree(tmp_path), _tree(REPORTS)
    assert set(fresh) == set(committed)
    for name, data in fresh.items():
        assert data == committed[name], name


def test_report_is_byte_identical_across_runs_and_leaves_no_temp_files(tmp_path, capsys):
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        assert main(["report", str(SEEDS), str(CORPORA), "--out", str(out)]) == 0
    a, b = _tree(first), _tree(second)
    assert sorted(p.name for p in first.iterdir()) == sorted((*REPORT_FILES, "report.html"))
    assert a == b
    assert not [n for n in a if n.endswith(".tmp")]
    summary = json.loads(capsys.readouterr().out.splitlines()[0])
    assert summary["findings"]["syndicated_copy"] == 10  # seed 000 and its four copies


def test_written_findings_validate(capsys):
    assert main(["validate", str(REPORTS / "findings.jsonl"), str(REPORTS / "claims.jsonl")]
                ) == 0


def test_report_calls_table_shows_both_sides_of_003(capsys):
    calls = (REPORTS / "calls.md").read_text(encoding="utf-8")
    assert "| CA " in calls and "| UA " in calls
    assert "— not reported" in calls and "Operation Unifier" in calls
    assert "Omissions the article itself states:" in calls


def test_report_table_format_on_request(tmp_path, capsys):
    assert main(["report", str(CORPORA / "quotes"), "--out", str(tmp_path),
                 "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "quote_check" in out and "wrote " in out


def test_compare_writes_valid_findings_json_lines(tmp_path, capsys):
    out = tmp_path / "findings.jsonl"
    assert main(["compare", str(CORPORA / "invented_call"), "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["type"] for r in rows][:2] == ["agreement", "agreement"]
    assert all(errors("finding", r) == [] for r in rows)
    assert "wrote 8 findings" in capsys.readouterr().err


def test_compare_prints_json_when_not_a_terminal_and_a_table_on_request(capsys):
    assert main(["compare", str(CORPORA / "invented_call")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 8 and json.loads(lines[0])["type"] == "agreement"
    assert main(["compare", str(CORPORA / "invented_call"), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["type", "call", "claims", "reason"]


def test_compare_defaults_to_a_table_on_a_terminal(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main(["compare", str(CORPORA / "invented_call")]) == 0
    assert capsys.readouterr().out.startswith("type")


def test_compare_reads_claims_json_lines(tmp_path, capsys):
    claims = tmp_path / "claims.jsonl"
    assert main(["extract", str(CORPORA / "invented_call"), "--out", str(claims)]) == 0
    assert main(["compare", str(claims), "--format", "json"]) == 0
    types = [json.loads(line)["type"] for line in capsys.readouterr().out.splitlines()]
    assert types.count("conflict") == 2 and types.count("omission") == 2


def test_bad_claims_line_names_file_and_line_and_the_rest_is_compared(tmp_path, capsys):
    good = tmp_path / "good.jsonl"
    assert main(["extract", str(CORPORA / "invented_call"), "--out", str(good)]) == 0
    lines = good.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.jsonl"
    broken = json.loads(lines[0])
    broken["kind"] = "rumour"
    bad.write_text("\n".join([lines[1], "{not json", json.dumps(broken)]) + "\n",
                   encoding="utf-8")
    capsys.readouterr()
    assert main(["compare", str(bad), str(good), "--format", "json"]) == 1
    captured = capsys.readouterr()
    assert f"{bad}:2:2: error [json-invalid] not JSON" in captured.err
    assert f"{bad}:3:1: error [claim-schema] not a claim: $.kind:" in captured.err
    assert "Traceback" not in captured.err
    assert len(captured.out.splitlines()) == 8


def test_bad_end_before_start_is_a_one_line_error(tmp_path, capsys):
    good = tmp_path / "good.jsonl"
    main(["extract", str(CORPORA / "invented_call"), "--out", str(good)])
    row = json.loads(good.read_text(encoding="utf-8").splitlines()[0])
    row["end"] = 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert main(["compare", str(bad), "--format", "json"]) == 1
    assert f"{bad}:1:1: error [claim-invalid]" in capsys.readouterr().err


def test_compare_missing_path_is_a_usage_error(capsys):
    assert main(["compare", "no/such/claims.jsonl"]) == 2
    assert "path-missing" in capsys.readouterr().err


def test_report_needs_out(capsys):
    assert main(["report", str(SEEDS)]) == 2
    assert "--out" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a | b", "a \\| b"), ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
     ("line\nbreak", "line break"), ("[link](http://x)", "\\[link\\](http://x)")],
)
def test_cells_escape_untrusted_text(text, expected):
    assert cell(text) == expected
