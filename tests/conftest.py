from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).parent / "gold"
ARTICLES = Path(__file__).parent / "articles"


def claims(text: str) -> list[dict]:
    """The claim records extracted from an article written for a test."""
    from provenance.extract import extract_claims
    from provenance.ingest import parse_article

    return [c.to_json() for c in extract_claims(parse_article(text, article_id="t"))]


def one(text: str, fragment: str) -> dict:
    """The one claim whose text holds `fragment` (fails when there are none or more)."""
    found = [c for c in claims(text) if fragment in c["text"]]
    assert len(found) == 1, [c["text"] for c in claims(text)]
    return found[0]


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.fixture
def write_article(tmp_path: Path):
    """Write an article file for a test and return its path."""

    def write(text: str, name: str = "t.txt") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
