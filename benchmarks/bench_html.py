"""HTML report at corpus scale: bytes per 100 articles and browser time.

usage: python benchmarks/bench_html.py [N]      (default 1000; needs chromium + chromedriver)

Builds a corpus of N articles like the seeds (the seeds and tests/articles, copied
round-robin), runs `provenance report`, and measures: the size of report.html per 100
articles, the time to write the reports, and in headless Chromium the load time of
report.html (navigation start to load event end: parsing the page and its data, drawing
the corpus view) and the time to draw an article view and a call view (from setting the
fragment to the view being on screen), over a sample of 50 of each.
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
        page = out / "report.html"
        size = page.stat().st_size
        print(f"{n} articles: report (all formats) in {elapsed:.1f} s; report.html "
              f"{size / 1e6:.2f} MB = {size / 1e6 / (n / 100):.2f} MB per 100 articles")
        _browser_times(page)


def _browser_times(page: Path) -> None:
    import json
    import re

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    data = json.loads(re.search(r'id="data">(.*?)</script>',
                                page.read_text(encoding="utf-8"), re.S).group(1))
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--window-size=1280,1000"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")),
                              options=options)
    try:
        def load() -> float:
            driver.get(page.as_uri())
            return driver.execute_script(
                "const t = performance.getEntriesByType('navigation')[0];"
                "return t.loadEventEnd - t.startTime;") / 1000

        def draw(route: str) -> float:
            # the time from setting the fragment until the view is drawn and painted
            return driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "const t0 = performance.now(); location.hash = arguments[0];"
                "requestAnimationFrame(() => setTimeout("
                "() => done(performance.now() - t0), 0));", route) / 1000

        load()  # warm up the browser
        loaded = min(load() for _ in range(3))
        articles = [f"#article/{d['id']}" for d in data["docs"][:50]]
        calls = [f"#call/{c['slug']}" for c in data["calls"][:50]]
        per_article = sum(draw(r) for r in articles) / max(1, len(articles))
        per_call = sum(draw(r) for r in calls) / max(1, len(calls))
        print(f"browser time: report.html loads in {loaded:.2f} s; an article view draws "
              f"in {per_article * 1e3:.0f} ms on average ({len(articles)} views); a call "
              f"view in {per_call * 1e3:.0f} ms ({len(calls)} views)")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
