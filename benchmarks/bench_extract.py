"""Extraction throughput, whole process included: `provenance extract` over a folder
of N articles like the seeds (the seeds and tests/articles, copied round-robin).

usage: python benchmarks/bench_extract.py [N]      (default 2000)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "articles").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        size = 0
        for i in range(n):
            src = sources[i % len(sources)]
            shutil.copyfile(src, corpus / f"{i:06d}_{src.name}")
            size += src.stat().st_size
        out = Path(tmp) / "claims.jsonl"
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "provenance", "extract", str(corpus),
                        "--out", str(out)], check=True, capture_output=True)
        elapsed = time.perf_counter() - began
        claims = sum(1 for _ in out.open(encoding="utf-8"))
    print(f"{n} articles ({size / 1e6:.1f} MB), {claims} claims in {elapsed:.2f} s: "
          f"{n / elapsed:,.0f} articles/s, {size / 1e6 / elapsed:.2f} MB/s (one process)")


if __name__ == "__main__":
    main()
