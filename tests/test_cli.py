"""Every CLI path, run in-process: output, exit status and error text."""

from __future__ import annotations

import json
import subprocess
import sys

import provenance.cli as cli
import provenance.pipeline as pipeline
import provenance.validate as validate
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
    assert main(["extract", "--bogus", "x"]) == 2
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


def test_help_and_version_exit_0(capsys):
    assert main(["--version"]) == 0
    assert "provenance 0.1.0" in capsys.readouterr().out
    assert main(["validate", "--help"]) == 0
    assert "--format {text,json,github,sarif}" in capsys.readouterr().out


def test_no_command_or_unknown_format_exits_2(capsys):
    assert main([]) == 2
    assert "required: command" in capsys.readouterr().err
    assert main(["validate", "--format", "xml", str(SEEDS)]) == 2
    assert "invalid choice: 'xml'" in capsys.readouterr().err


def test_validate_missing_path_exits_2_and_still_checks_the_rest(write_article, capsys):
    good = write_article(ARTICLE)
    assert main(["validate", "no/such/seeds", str(good)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "no/such/seeds: error [path-missing] no such file or folder\n"
    assert "invalid: 1 error(s), 0 warning(s)" in captured.err


def _two_bad_files(tmp_path):
    (tmp_path / "bad date.txt").write_text(" date 2022-13-45 " + ARTICLE, encoding="utf-8")
    (tmp_path / "quiet.txt").write_text("Nothing attributed happens in this text.\n",
                                        encoding="utf-8")
    return tmp_path


def test_validate_github_format_prints_workflow_commands(tmp_path, capsys):
    folder = _two_bad_files(tmp_path)
    assert main(["validate", "--format", "github", str(folder)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"::error file={folder}/bad date.txt,line=1,col=7,title=provenance "
        "[date-header-invalid]::date header '2022-13-45' is not a real date (month must be "
        "in 1..12)",
        f"::warning file={folder}/quiet.txt,title=provenance [no-claims]::no attributed "
        "claim found",
    ]


def test_validate_github_format_caps_annotations_at_ten_a_kind(tmp_path, capsys):
    for i in range(12):
        (tmp_path / f"{i:02}.txt").write_bytes(b"")
    assert main(["validate", "--format", "github", str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 11
    assert out[-1].startswith("::notice title=provenance::2 more error(s) not shown")


def test_validate_sarif_format_is_one_sarif_log(tmp_path, capsys):
    folder = _two_bad_files(tmp_path)
    assert main(["validate", "--format", "sarif", str(folder)]) == 1
    log = json.loads(capsys.readouterr().out)
    results = log["runs"][0]["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("date-header-invalid", "error"), ("no-claims", "warning")]
    location = results[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("/bad%20date.txt")
    assert location["region"] == {"startLine": 1, "startColumn": 7}


def test_validate_exit_status_follows_errors_and_strict(tmp_path, capsys):
    folder = _two_bad_files(tmp_path)
    (folder / "bad date.txt").unlink()
    for fmt in ("text", "json", "github", "sarif"):
        assert main(["validate", "--format", fmt, str(folder)]) == 0
        assert main(["validate", "--format", fmt, "--strict", str(folder)]) == 1
    assert "invalid: 0 error(s), 1 warning(s)" in capsys.readouterr().err


def test_extract_out_that_cannot_be_written_exits_2(write_article, tmp_path, capsys):
    path = write_article(ARTICLE)
    assert main(["extract", str(path), "--out", str(tmp_path)]) == 2  # a folder
    captured = capsys.readouterr()
    assert f"provenance: cannot write {tmp_path}: Is a directory" in captured.err
    assert "Traceback" not in captured.err


def test_an_internal_error_is_one_line_not_a_traceback(write_article, monkeypatch, capsys):
    def broken(paths):
        raise RuntimeError("something broke")

    monkeypatch.setattr(validate, "validate_paths", broken)
    assert main(["validate", str(write_article(ARTICLE))]) == 1
    captured = capsys.readouterr()
    assert captured.err == "provenance: internal error: RuntimeError: something broke\n"


def test_interrupt_exits_130(write_article, monkeypatch, capsys):
    def interrupted(paths):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "extract_paths", interrupted)
    assert main(["extract", str(write_article(ARTICLE))]) == 130
    assert capsys.readouterr().err == "provenance: interrupted\n"


def test_extract_reports_an_extraction_crash_and_goes_on(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    real = pipeline.extract_claims

    def flaky(article):
        if article.id == "a":
            raise ValueError("bad offsets")
        return real(article)

    monkeypatch.setattr(pipeline, "extract_claims", flaky)
    assert main(["extract", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert f"{tmp_path / 'a.txt'}: error [extract-failed] extraction failed: ValueError: " \
           "bad offsets" in captured.err
    assert [json.loads(line)["article_id"] for line in captured.out.splitlines()] == ["b"]


def test_a_closed_pipe_ends_quietly(write_article, monkeypatch, capsys):
    def closed(paths):
        raise BrokenPipeError

    monkeypatch.setattr(cli, "extract_paths", closed)
    assert main(["extract", str(write_article(ARTICLE))]) == 0
    assert capsys.readouterr().err == ""


def test_inputs_that_crashed_the_extractor_are_handled(tmp_path, capsys):
    """'said and added that …' and a line holding only U+FEFF once raised."""
    (tmp_path / "a.txt").write_text(
        "Zelensky said and added that Ukraine would never give up its land.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(
        "Zelensky said that the talks were useful.\n\n\ufeff\n".encode())
    assert main(["extract", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all('"Volodymyr Zelenskyy"' in line for line in lines)


def test_report_to_an_unwritable_place_is_a_usage_error(tmp_path, capsys):
    blocker = tmp_path / "afile"
    blocker.write_text("", encoding="utf-8")
    assert main(["report", str(SEEDS), "--out", str(blocker), "--no-html"]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_a_file_name_that_is_not_utf8_still_gives_a_report(tmp_path, capsys):
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"bad\xff.txt")  # a byte the file system keeps as it is
    (folder / name).write_bytes((SEEDS / "000_3dcfd8c94d2399fb.txt").read_bytes())
    assert main(["report", str(folder), "--out", str(tmp_path / "out")]) == 0
    claims = [json.loads(line) for line in
              (tmp_path / "out" / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    assert claims and {c["article_id"] for c in claims} == {"bad\ufffd"}
