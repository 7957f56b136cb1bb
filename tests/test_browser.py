"""The HTML report in a real browser: Debian's headless Chromium, driven by Selenium.

What a reader sees: every claim highlighted, the 003 call table, a claim's source on
selection, no console errors, no network request, no script run from article text.
Screenshots of each view are saved under the test's output folder
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
from provenance.extract import extract_claims
from provenance.html import write_html
from provenance.ingest import parse_article
from provenance.records import Claim, Document

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
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    assert main(["report", str(SEEDS), str(CASES), "--out", str(out),
                 "--format", "json"]) == 0
    return out / "report.html"


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


def _open(browser, path: Path, route: str = "") -> None:  # type: ignore[no-untyped-def]
    browser.get_log("browser")
    browser.get_log("performance")
    browser.get(path.as_uri() + route)


def _text_without_labels(browser) -> str:  # type: ignore[no-untyped-def]
    """The article text as the page holds it, claim labels left out."""
    return browser.execute_script(
        "const a = document.querySelector('article.text').cloneNode(true);"
        "a.querySelectorAll('a.tag').forEach(t => t.remove()); return a.textContent;")


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
    _open(browser, site, "#article/003_16e1eced651e9347")
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.claim")
    claims = [json.loads(line) for line in
              (site.parent / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    mine = [c for c in claims if c["article_id"] == "003_16e1eced651e9347"]
    assert len(marks) == len(mine)
    assert all(m.is_displayed() for m in marks)
    marked = {m.get_attribute("id") for m in marks}
    assert marked == {f"m-c-{c['start']}-{c['end']}" for c in mine}
    text = (SEEDS / "003_16e1eced651e9347.txt").read_text(encoding="utf-8")
    assert _text_without_labels(browser) == text  # nothing lost, nothing doubled
    assert not browser.find_element(By.ID, "home").is_displayed()
    assert not _errors(browser)
    assert all(url.startswith("file://") for url in _requests(browser))
    browser.save_screenshot(str(shots / "article.png"))


def test_selecting_a_claim_shows_its_source_and_back_returns_to_it(browser, site, shots):
    _open(browser, site, "#article/003_16e1eced651e9347")
    hint = browser.find_element(By.CSS_SELECTOR, "aside .hint")
    assert hint.is_displayed()
    tag = browser.find_element(By.CSS_SELECTOR, "mark.claim a.tag")
    tag.send_keys(Keys.ENTER)  # keyboard, as a reader without a mouse would
    target = tag.get_attribute("href").rsplit("/", 1)[1]
    panel = browser.find_element(By.ID, target)
    assert panel.is_displayed()
    assert not browser.find_elements(By.CSS_SELECTOR, "aside .hint")
    assert "Office of the President of Ukraine" in panel.text
    assert "readout" in panel.text and "Speaker" in panel.text and "Chain" in panel.text
    assert browser.switch_to.active_element.tag_name == "h2"  # focus moved to the panel
    browser.save_screenshot(str(shots / "article-selected.png"))
    panel.find_element(By.LINK_TEXT, "Back to the text").send_keys(Keys.ENTER)
    assert browser.switch_to.active_element.get_attribute("href") == tag.get_attribute("href")
    assert not _errors(browser)


def test_call_table_of_003_shows_the_ukrainian_requests_absent_from_the_canadian_readout(
        browser, site, shots):
    _open(browser, site)
    row = next(r for r in browser.find_elements(By.CSS_SELECTOR, "#calls ~ table tr")
               if "(in 003_16e1eced651e9347)" in r.text)
    row.find_element(By.TAG_NAME, "a").click()
    # the view is drawn on `hashchange`, after the click returns
    WebDriverWait(browser, 10).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, ".call-table tbody tr"))
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
    browser.find_element(By.LINK_TEXT, "Report home").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_element(By.ID, "home").is_displayed())
    assert browser.find_element(By.ID, "home").is_displayed()
    assert not browser.find_element(By.ID, "view").is_displayed()


def test_index_and_phone_width(browser, site, shots):
    _open(browser, site)
    assert browser.find_elements(By.CSS_SELECTOR, "figure.chart svg")
    links = browser.find_elements(By.CSS_SELECTOR, "main table a")
    assert len(links) >= 6
    browser.save_screenshot(str(shots / "index.png"))
    browser.set_window_size(390, 844)
    try:
        for route in ("", "#call/undated-trudeau-zelenskyy-b022a4",
                      "#article/003_16e1eced651e9347"):
            _open(browser, site, route)
            width = browser.execute_script("return document.documentElement.scrollWidth")
            assert width <= 400, route  # no sideways scrolling on a phone
        browser.save_screenshot(str(shots / "article-phone.png"))
    finally:
        browser.set_window_size(1280, 1000)


def test_claims_after_emoji_are_marked_on_their_own_words(browser, tmp_path):
    text = ("Minister Ada Strand 🇳🇴 posted a rocket 🚀 and said 𝕏 matters.\n\n"
            "“Our ports 🚢 will stay open,” Strand said.\n")
    doc = Document(parse_article(text, article_id="emoji"))
    found = list(extract_claims(doc.article))
    assert found
    (page,) = write_html(found, [], [doc], tmp_path)
    _open(browser, page, "#article/emoji")
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.claim")
    shown = [browser.execute_script(
        "const m = arguments[0].cloneNode(true); m.querySelector('a.tag').remove();"
        "return m.textContent;", m) for m in marks]
    assert shown == [c.text for c in found]  # offsets count characters, not UTF-16 units
    assert _text_without_labels(browser) == text


def test_a_link_to_a_claim_shows_it_and_back_returns_to_the_place(browser, site):
    _open(browser, site, "#article/003_16e1eced651e9347/c-5621-5656")
    mark = browser.find_element(By.ID, "m-c-5621-5656")
    assert browser.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight;", mark)
    browser.execute_script("window.scrollTo(0, 400)")
    browser.execute_script("location.hash = '#call/undated-trudeau-zelenskyy-b022a4'")
    browser.back()
    assert browser.execute_script("return window.scrollY") == 400


def test_malicious_article_runs_no_script_and_loads_nothing(browser, site, shots):
    _open(browser, site, "#article/evil_article")
    assert browser.execute_script("return window.__pwned === undefined")
    text = browser.find_element(By.CSS_SELECTOR, "article.text").text
    assert "<script>window.__pwned = 1;" in text and "onerror=" in text
    assert not browser.find_elements(By.CSS_SELECTOR, "article img, article iframe, "
                                                      "article script")
    for tag in browser.find_elements(By.CSS_SELECTOR, "article a"):
        assert tag.get_attribute("href").split("#", 1)[1].startswith("article/")
    assert all(url.startswith("file://") for url in _requests(browser))
    assert not _errors(browser)
    browser.save_screenshot(str(shots / "malicious.png"))


def test_nested_and_crossing_claims_each_get_one_mark(browser, tmp_path):
    text = "He said: “one two three four” and more.\n"
    doc = Document(parse_article(text, article_id="t"))
    outer = Claim.from_json({
        "id": "t:3-38", "article_id": "t", "text": text[3:38], "start": 3, "end": 38,
        "kind": "mixed", "cue": "said", "speaker": {"name": "x", "mention": "x"},
        "source": {"issuer": "x", "channel": "unknown", "side": "unknown"}, "call": None,
        "rule": "r", "confidence": 0.5, "chain": []})
    inner = Claim.from_json({**outer.to_json(), "id": "t:10-28", "text": text[10:28],
                             "start": 10, "end": 28, "kind": "direct"})
    crossing = Claim.from_json({**outer.to_json(), "id": "t:20-40", "text": text[20:40],
                                "start": 20, "end": 40})
    (page,) = write_html([outer, inner, crossing], [], [doc], tmp_path)
    _open(browser, page, "#article/t")
    assert len(browser.find_elements(By.CSS_SELECTOR, "mark.claim")) == 3
    assert len(browser.find_elements(By.CSS_SELECTOR, "mark.claim mark.claim")) == 2
    assert _text_without_labels(browser) == text
    assert not _errors(browser)
