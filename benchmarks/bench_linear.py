"""Extraction time per MB on adversarial text, from 100 KB up: it must stay flat.

usage: python benchmarks/bench_linear.py [MAX_KB]      (default 2000)

Three shapes: unbalanced quotation marks in short sentences, one endless sentence with
no full stop, and a real article (the seeds) repeated as one long article.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from provenance.extract import extract_claims
from provenance.ingest import parse_article

ROOT = Path(__file__).resolve().parents[1]

SHAPES = {
    "unbalanced quotes": 'Zelenskyy said "the talks were useful, Trudeau told reporters that '
                         "Canada would help. ",
    "no sentence ends": "he said that the leaders discussed the “war and the aid and the "
                        "sanctions, according to the readout ",
    "seeds repeated": "\n\n".join(p.read_text(encoding="utf-8")
                                  for p in sorted((ROOT / "seeds").glob("*.txt"))) + "\n\n",
}


def seconds_for(unit: str, size: int) -> float:
    text = unit * (size // len(unit) + 1)
    began = time.perf_counter()
    list(extract_claims(parse_article(text, article_id="bench")))
    return time.perf_counter() - began


def main() -> None:
    max_kb = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    sizes = [kb for kb in (100, 300, 1000, 3000, 10000) if kb <= max_kb]
    print("shape".ljust(20) + "".join(f"{kb:>10} KB" for kb in sizes) + "   (s per MB)")
    for name, unit in SHAPES.items():
        row = [seconds_for(unit, kb * 1000) / (kb / 1000) for kb in sizes]
        print(name.ljust(20) + "".join(f"{v:>13.2f}" for v in row))


if __name__ == "__main__":
    main()
