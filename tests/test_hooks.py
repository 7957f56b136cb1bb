"""`.pre-commit-hooks.yaml`: another repository can run `provenance validate` as a hook."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, SEEDS
from provenance.cli import main


def _hook() -> dict[str, str]:
    """The manifest's one hook, read as the flat `key: value` lines it is made of."""
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    hook = {}
    for line in text.splitlines():
        match = re.match(r"^(?:- |  )([a-z_]+): (.+)$", line)
        if match:
            value = match.group(2)
            hook[match.group(1)] = value[1:-1] if value.startswith("'") else value
    return hook


def test_the_hook_runs_the_installed_command_in_one_process():
    hook = _hook()
    assert hook["id"] == "provenance-validate"
    assert hook["language"] == "python"
    assert hook["entry"] == "provenance validate"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '[project.scripts]\nprovenance = "provenance.cli:main"' in pyproject
    assert hook["require_serial"] == "true"


@pytest.mark.parametrize(
    ("name", "matched"),
    [
        ("seeds/000_3dcfd8c94d2399fb.txt", True),
        ("seeds/000_3dcfd8c94d2399fb.meta.json", True),
        ("data/seeds/2024/call.txt", True),
        ("requirements.txt", False),
        ("seeds/claims.jsonl", False),
        ("seeds/notes.json", False),
        ("myseeds/a.txt", False),
    ],
)
def test_the_hook_matches_seed_texts_and_sidecars(name: str, matched: bool):
    assert bool(re.search(_hook()["files"], name)) is matched  # pre-commit uses re.search


def test_the_hook_command_accepts_the_file_names_pre_commit_passes(capsys):
    files = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    assert main(_hook()["entry"].split()[1:] + files) == 0
    assert "valid: 0 error(s)" in capsys.readouterr().err
