"""Files on disk: outputs are replaced atomically, seeds are only ever read."""

from __future__ import annotations

import os
import shutil
import stat

import pytest

from conftest import SEEDS
from provenance.cli import main
from provenance.pipeline import write_atomic


def test_an_exception_mid_write_leaves_the_previous_file_intact(tmp_path):
    out = tmp_path / "claims.jsonl"
    out.write_text("previous\n", encoding="utf-8")

    def lines():
        yield "first new line"
        yield "second new line"
        raise RuntimeError("extraction broke half way")

    with pytest.raises(RuntimeError):
        write_atomic(out, lines())
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl"]  # no temp left


def test_an_interrupt_mid_write_leaves_the_previous_file_intact(tmp_path):
    out = tmp_path / "claims.jsonl"
    out.write_text("previous\n", encoding="utf-8")

    def lines():
        yield "new"
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomic(out, lines())
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert len(list(tmp_path.iterdir())) == 1


def test_the_temporary_file_is_in_the_same_folder(tmp_path):
    out = tmp_path / "deep" / "claims.jsonl"
    seen = []

    def lines():
        seen.extend(p.name for p in out.parent.iterdir())
        yield "x"

    assert write_atomic(out, lines()) == 1
    assert len(seen) == 1 and seen[0].startswith(".claims.jsonl.") and seen[0].endswith(
        ".tmp")
    assert out.read_text(encoding="utf-8") == "x\n"


def test_a_replaced_file_keeps_its_permissions_and_a_new_one_gets_the_usual(tmp_path):
    old_umask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.jsonl"
        write_atomic(fresh, ["a"])
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # not mkstemp's 0600
        shared = tmp_path / "shared.jsonl"
        shared.write_text("old\n", encoding="utf-8")
        shared.chmod(0o664)
        write_atomic(shared, ["b"])
        assert stat.S_IMODE(shared.stat().st_mode) == 0o664
    finally:
        os.umask(old_umask)


def _snapshot(folder):
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns, stat.S_IMODE(p.stat().st_mode))
            for p in sorted(folder.iterdir())}


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", "{seeds}"],
        ["validate", "--strict", "--format", "sarif", "{seeds}"],
        ["extract", "{seeds}"],
        ["extract", "{seeds}", "--out", "{out}"],
    ],
)
def test_seeds_are_only_read(tmp_path, capsys, argv):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "000_3dcfd8c94d2399fb.meta.json").write_text('{"kind": "news"}',
                                                         encoding="utf-8")
    (seeds / "crlf.txt").write_bytes(b"He said it.\r\n")  # warned about, never fixed
    os.utime(seeds / "crlf.txt", ns=(1_000_000_000, 1_000_000_000))
    before = _snapshot(seeds)
    main([a.format(seeds=seeds, out=tmp_path / "claims.jsonl") for a in argv])
    capsys.readouterr()
    assert _snapshot(seeds) == before
