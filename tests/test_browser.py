"""The HTML report in a real browser: Debian's headless Chromium, driven by Selenium.

What a reader sees: every claim highlighted, the 003 call table, a claim's source on
selection, no console errors, no network request, no script run from article text.
Screenshots of each page kind are saved under the test's output folder
(`pytest --basetemp=out` keeps them in `out/`).

Skipped when chromium or chromedriver is missing, unless PROVENANCE_BROWSER_TESTS is
`required` (as in `.ci/run`), which makes a missing browser a failure.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import SEEDS
from provenance.cli import main

CASES = Path(__file__).parent / "html_cases"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

if not (CHROMIUM and DRIVER):
    if os.environ.get("PROVENANCE_BROWSER_TESTS") == "required":
        raise RuntimeError("browser tests required: install chromium and chromium-driver")
    pytest.skip("chromium and chromedriver are not installed", allow_module_level=True)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    assert main(["report", str(SEEDS), str(CASES), "--out", str(out),
                 "--format", "json"]) == 0
    return out / "html"


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def _open(browser, path: Path) -> None:  # type: ignore[no-untyped-def]
    browser.get_log("browser")
    browser.get_log("performance")
    browser.get(path.as_uri())


def _requests(browser) -> list[str]:  # type: ignore[no-untyped-def]
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _errors(browser) -> list[str]:  # type: ignore[no-untyped-def]
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def test_every_claim_of_an_article_is_highlighted(browser, site, shots):
    page = site / "articles" / "003_16e1eced651e9347.html"
    _open(browser, page)
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.claim")
    details = browser.find_elements(By.CSS_SELECTOR, "aside section.detail")
    claims = [json.loads(line) for line in
              (site.parent / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    mine = [c for c in claims if c["article_id"] == "003_16e1eced651e9347"]
    assert len(marks) == len(details) == len(mine)
    assert all(m.is_displayed() for m in marks)
    assert not _errors(browser)
    assert all(url.startswith("file://") for url in _requests(browser))
    browser.save_screenshot(str(shots / "article.png"))


def test_selecting_a_claim_shows_its_source(browser, site, shots):
    _open(browser, site / "articles" / "003_16e1eced651e9347.html")
    hint = browser.find_element(By.CSS_SELECTOR, "aside .hint")
    assert hint.is_displayed()
    tag = browser.find_element(By.CSS_SELECTOR, "mark.claim a.tag")
    tag.send_keys(Keys.ENTER)  # keyboard, as a reader without a mouse would
    target = tag.get_attribute("href").split("#")[1]
    panel = browser.find_element(By.ID, target)
    assert panel.is_displayed() and not hint.is_displayed()
    assert "Office of the President of Ukraine" in panel.text
    assert "readout" in panel.text and "Speaker" in panel.text
    browser.save_screenshot(str(shots / "article-selected.png"))


def test_call_table_of_003_shows_the_ukrainian_requests_absent_from_the_canadian_readout(
        browser, site, shots):
    page = next(p for p in (site / "calls").glob("*.html")
                if "003_16e1eced651e9347 only" in p.read_text(encoding="utf-8"))
    _open(browser, page)
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, ".call-table th")]
    assert headers[:2] == ["CA account", "UA account"]
    rows = browser.find_elements(By.CSS_SELECTOR, ".call-table tbody tr")
    training = next(r for r in rows if "military training mission" in r.text)
    cells = training.find_elements(By.TAG_NAME, "td")
    assert cells[0].text == "— not reported" and "Only UA" in training.text
    nato = [r for r in rows if "Membership Action Plan" in r.text]
    assert nato and all(r.find_elements(By.TAG_NAME, "td")[0].text == "— not reported"
                        for r in nato)
    assert any("Operation Unifier" in r.text and "Only CA" in r.text for r in rows)
    assert not _errors(browser)
    browser.save_screenshot(str(shots / "call.png"))


def test_index_and_phone_width(browser, site, shots):
    _open(browser, site / "index.html")
    assert browser.find_elements(By.CSS_SELECTOR, "figure.chart svg")
    links = browser.find_elements(By.CSS_SELECTOR, "main table a")
    assert len(links) >= 6
    browser.save_screenshot(str(shots / "index.png"))
    browser.set_window_size(390, 844)
    try:
        _open(browser, site / "articles" / "003_16e1eced651e9347.html")
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= 400  # no sideways scrolling on a phone
        browser.save_screenshot(str(shots / "article-phone.png"))
    finally:
        browser.set_window_size(1280, 1000)


def test_malicious_article_runs_no_script_and_loads_nothing(browser, site, shots):
    _open(browser, site / "articles" / "evil_article.html")
    assert browser.execute_script("return window.__pwned === undefined")
    text = browser.find_element(By.CSS_SELECTOR, "article.text").text
    assert "<script>window.__pwned = 1;" in text and "onerror=" in text
    assert not browser.find_elements(By.CSS_SELECTOR, "article img, article iframe, "
                                                      "article script")
    assert all(url.startswith("file://") for url in _requests(browser))
    browser.save_screenshot(str(shots / "malicious.png"))
