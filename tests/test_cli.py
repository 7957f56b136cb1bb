"""Every CLI path, run in-process: output, exit status and error text."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SEEDS
from provenance.cli import main
from provenance.schema import errors

ARTICLE = "“We will not back down,” said German Chancellor Olaf Scholz.\n"


def test_extract_writes_json_lines_to_stdout(write_article, capsys):
    path = write_article(ARTICLE)
    assert main(["extract", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["speaker"]["name"] for r in rows] == ["Olaf Scholz"]
    assert all(errors("claim", r) == [] for r in rows)


def test_extract_out_writes_the_file_atomically(write_article, tmp_path, capsys):
    path = write_article(ARTICLE)
    out = tmp_path / "out" / "claims.jsonl"
    assert main(["extract", str(path), "--out", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert "wrote 1 claims" in capsys.readouterr().err
    assert [p.name for p in out.parent.iterdir()] == ["claims.jsonl"]  # no temp left


def test_bad_file_is_reported_and_the_others_still_processed(write_article, capsys):
    good = write_article(ARTICLE, "good.txt")
    bad = good.parent / "bad.txt"
    bad.write_bytes(b"The caf\xe9 said so.\n")
    assert main(["extract", str(bad), str(good)]) == 1
    captured = capsys.readouterr()
    assert f"{bad}:1:8: error [encoding-not-utf8]" in captured.err
    assert "Traceback" not in captured.err
    assert len(captured.out.splitlines()) == 1


def test_missing_path_is_a_usage_error(write_article, capsys):
    good = write_article(ARTICLE)
    assert main(["extract", "no/such/file.txt", str(good)]) == 2
    captured = capsys.readouterr()
    assert "no/such/file.txt: error [path-missing]" in captured.err
    assert len(captured.out.splitlines()) == 1


def test_folder_without_seeds_is_an_error(tmp_path, capsys):
    assert main(["extract", str(tmp_path)]) == 1
    assert "folder-empty" in capsys.readouterr().err


def test_unknown_option_exits_2(capsys):
    try:
        main(["extract", "--bogus", "x"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_extract_is_deterministic(capsys):
    main(["extract", str(SEEDS)])
    first = capsys.readouterr().out
    main(["extract", str(SEEDS)])
    assert capsys.readouterr().out == first


def test_validate_seeds_is_clean(capsys):
    assert main(["validate", str(SEEDS)]) == 0
    assert "valid: 0 error(s)" in capsys.readouterr().err


def test_validate_reports_bad_records_with_line_and_json_path(tmp_path, capsys):
    good = json.loads(json.dumps({
        "id": "a:0-3", "article_id": "a", "text": "abc", "start": 0, "end": 3,
        "kind": "direct", "cue": "said", "speaker": {"name": "X Y", "mention": "X"},
        "source": {"issuer": "X Y", "channel": "unknown", "side": "other"}, "call": None,
        "rule": "quote-cue-after", "confidence": 0.9, "chain": []}))
    bad = dict(good, source={"issuer": "X", "channel": "fax", "side": "other"})
    path = tmp_path / "claims.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n{broken\n",
                    encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    column = json.dumps(bad).index('"fax"') + 1  # the offending value, not the record
    assert (f"{path}:2:{column}: error [claim-schema] $.source.channel: 'fax' is not one of"
            in out)
    assert f"{path}:3:2: error [json-invalid]" in out


def test_validate_json_format_emits_problem_records(tmp_path, capsys):
    path = tmp_path / "bad.txt"
    path.write_text(" date 2022-13-45 He said the call went well, officials said.\n",
                    encoding="utf-8")
    assert main(["validate", "--format", "json", str(path)]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0]["rule"] == "date-header-invalid"
    assert (rows[0]["line"], rows[0]["column"]) == (1, 7)
    assert all(errors("problem", r) == [] for r in rows)


def test_validate_strict_fails_on_warnings(write_article):
    path = write_article("Nothing attributed happens in this short text at all.\n")
    assert main(["validate", str(path)]) == 0
    assert main(["validate", "--strict", str(path)]) == 1


def test_python_dash_m_works_the_same(write_article):
    path = write_article(ARTICLE)
    done = subprocess.run([sys.executable, "-m", "provenance", "extract", str(path)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert json.loads(done.stdout)["speaker"]["name"] == "Olaf Scholz"
