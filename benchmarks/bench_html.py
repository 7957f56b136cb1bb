"""HTML report at corpus scale: bytes per 100 articles and browser time.

usage: python benchmarks/bench_html.py [N]      (default 1000; needs chromium + chromedriver)

Builds a corpus of N articles like the seeds (the seeds and tests/articles, copied
round-robin), runs `provenance report`, and measures: the HTML written per 100 articles,
the time to write it, and in headless Chromium the load time (navigation start to load
event end) of the index page and of a sample of article and call pages.
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
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "articles").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "report"
        corpus.mkdir()
        for i in range(n):
            src = sources[i % len(sources)]
            shutil.copyfile(src, corpus / f"{i:06d}_{src.name}")
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "provenance", "report", str(corpus),
                        "--out", str(out), "--format", "json"], check=True,
                       capture_output=True)
        elapsed = time.perf_counter() - began
        html = out / "html"
        pages = sorted(html.rglob("*.html"))
        size = sum(p.stat().st_size for p in pages)
        print(f"{n} articles: report (all formats) in {elapsed:.1f} s; {len(pages)} HTML "
              f"pages, {size / 1e6:.2f} MB = {size / 1e6 / (n / 100):.2f} MB per 100 "
              f"articles; index.html {(html / 'index.html').stat().st_size / 1e3:.0f} KB")
        _browser_times(html)


def _browser_times(html: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--window-size=1280,1000"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")),
                              options=options)
    try:
        def load(page: Path) -> float:
            driver.get(page.as_uri())
            return driver.execute_script(
                "const t = performance.getEntriesByType('navigation')[0];"
                "return t.loadEventEnd - t.startTime;") / 1000

        load(html / "index.html")  # warm up the browser
        index = min(load(html / "index.html") for _ in range(3))
        articles = sorted((html / "articles").glob("*.html"))[:50]
        calls = sorted((html / "calls").glob("*.html"))[:50]
        per_article = sum(load(p) for p in articles) / max(1, len(articles))
        per_call = sum(load(p) for p in calls) / max(1, len(calls))
        print(f"browser load time: index {index:.2f} s; article page {per_article * 1e3:.0f}"
              f" ms on average ({len(articles)} pages); call page {per_call * 1e3:.0f} ms "
              f"({len(calls)} pages)")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
