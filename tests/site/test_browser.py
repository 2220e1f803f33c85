"""The built site in a real browser: Debian's headless Chromium driven by Playwright.

Every page opens with no console error and no page error, every link resolves, every image
loads, and nothing is requested from the network. Skipped, with the reason, where
``/usr/bin/chromium`` is absent; ``.ci/run`` installs it, so CI always runs these.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not Path(CHROMIUM).is_file(),
        reason="Debian's chromium is not installed (apt-get install chromium); .ci/run installs it",
    ),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        # the flags keep Chromium from phoning home (refused on closed CI machines)
        args = [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ]
        chrome = pw.chromium.launch(executable_path=CHROMIUM, args=args)  # fmt: skip
        yield chrome
        chrome.close()


def _visit(browser, page_path: Path) -> dict:
    """Open one page; return its console errors, page errors, remote requests, links, images."""
    page = browser.new_page()
    problems = {"console": [], "pageerror": [], "remote": [], "failed": []}
    page.on("console", lambda m: m.type == "error" and problems["console"].append(m.text))
    page.on("pageerror", lambda e: problems["pageerror"].append(str(e)))
    page.on("requestfailed", lambda r: problems["failed"].append(r.url))

    def route(r):
        if r.request.url.startswith(("file:", "data:", "about:")):
            r.continue_()
        else:
            problems["remote"].append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(page_path.as_uri(), wait_until="load")
    problems["links"] = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    problems["images"] = page.eval_on_selector_all(
        "img", "els => els.map(e => [e.src.slice(0, 60), e.complete && e.naturalWidth > 0])"
    )
    page.close()
    return problems


def _pages(site: Path) -> list[Path]:
    return sorted(site.glob("*.html"))


def test_the_site_has_an_index_and_one_page_per_notebook(built_site):
    names = {p.name for p in _pages(built_site)}
    notebooks = Path(__file__).resolve().parents[2] / "notebooks"
    expected = {f"{nb.stem}.html" for nb in notebooks.glob("[0-9][0-9]_*.ipynb")}
    expected |= {"index.html", "glossary.html"}
    assert names == expected


def test_every_page_opens_cleanly_offline_with_its_links_and_images(built_site, browser):
    for page_path in _pages(built_site):
        seen = _visit(browser, page_path)
        where = page_path.name
        assert not seen["console"], f"{where}: console errors {seen['console'][:3]}"
        assert not seen["pageerror"], f"{where}: page errors {seen['pageerror'][:3]}"
        assert not seen["remote"], f"{where}: network requests {seen['remote'][:3]}"
        assert not seen["failed"], f"{where}: failed requests {seen['failed'][:3]}"
        broken = [src for src, ok in seen["images"] if not ok]
        assert not broken, f"{where}: images that did not load {broken}"
        for href in seen["links"]:
            url = urlparse(href)
            if url.scheme == "file":
                target = Path(unquote(url.path))
                assert target.is_file(), f"{where}: link to missing file {target}"
            else:
                # in-page anchors of nbconvert headings are fine, and a document's DOI (a
                # citation the reader may follow, never loaded); anything else is a leak
                assert (
                    url.scheme == ""
                    or href.startswith(page_path.as_uri() + "#")
                    or href.startswith("https://doi.org/10.")
                ), f"{where}: link leaves the site: {href}"


def test_the_index_links_every_report_table_and_figure(built_site, browser):
    seen = _visit(browser, built_site / "index.html")
    linked = {Path(unquote(urlparse(h).path)).resolve() for h in seen["links"]}
    wanted = set(_pages(built_site)) - {built_site / "index.html"}
    wanted |= set((built_site / "tables").glob("*.csv")) | set((built_site / "figures").glob("*"))
    missing = sorted(str(p.relative_to(built_site)) for p in wanted - linked)
    assert not missing, f"index.html does not link {missing}"


# Issue 18: pages a clinician reads on a laptop or a phone.

WIDTHS = (390, 1400)
#: What a program prints and a reader should never see in a table cell.
RAW_VALUE = re.compile(r"(?<![\w.])(NaN|nan|None|True|False|inf|-inf|<NA>|NaT)(?![\w.])")


def _reports(site: Path) -> list[Path]:
    return [p for p in _pages(site) if p.name not in ("index.html", "glossary.html")]


def _open(browser, page_path: Path, width: int):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:"))
               else r.abort())  # fmt: skip
    page.goto(page_path.as_uri(), wait_until="load")
    return page


def test_no_page_scrolls_sideways_at_phone_or_desktop_width(built_site, browser):
    for width in WIDTHS:
        for page_path in _pages(built_site):
            page = _open(browser, page_path, width)
            scroll = page.evaluate("document.documentElement.scrollWidth")
            page.close()
            assert scroll <= width, f"{page_path.name} at {width} px is {scroll} px wide"


def test_every_report_has_its_own_title_and_links_back_to_the_index(built_site, browser):
    titles = {}
    for page_path in _reports(built_site):
        page = _open(browser, page_path, 1400)
        titles[page_path.name] = page.title()
        back = page.eval_on_selector_all(
            "header a[href]", "els => els.map(e => e.getAttribute('href'))"
        )
        contents = page.eval_on_selector_all("header details ol a", "els => els.length")
        page.close()
        assert "index.html" in back, f"{page_path.name}: no link back to the index in its header"
        assert contents >= 3, f"{page_path.name}: no table of contents"
        assert titles[page_path.name] and titles[page_path.name] != "Notebook", page_path.name
    assert len(set(titles.values())) == len(titles), f"pages share a title: {titles}"


def test_no_table_cell_shows_a_raw_program_value(built_site, browser):
    for page_path in _pages(built_site):
        page = _open(browser, page_path, 1400)
        cells = page.eval_on_selector_all("td, th", "els => els.map(e => e.innerText)")
        page.close()
        raw = [c for c in cells if RAW_VALUE.search(c)]
        assert not raw, f"{page_path.name}: cells with program values {raw[:5]}"


def test_verdicts_are_styled_apart_in_one_scheme(built_site, browser):
    """Each verdict has one look on every page, and no two verdicts look alike."""
    looks: dict[str, set] = {}
    for page_path in _pages(built_site):
        page = _open(browser, page_path, 1400)
        badges = page.eval_on_selector_all(
            ".br-badge",
            "els => els.map(e => [e.innerText.replace(/^[0-9]+ /, ''),"
            " getComputedStyle(e).backgroundColor, getComputedStyle(e).color])",
        )
        page.close()
        for text, background, colour in badges:
            if text in ("reproduced", "discrepant", "inconsistent", "not recomputable"):
                looks.setdefault(text, set()).add((background, colour))
    assert set(looks) == {"reproduced", "discrepant", "inconsistent", "not recomputable"}, looks
    assert all(len(v) == 1 for v in looks.values()), f"a verdict with two looks: {looks}"
    distinct = {next(iter(v)) for v in looks.values()}
    assert len(distinct) == 4, f"verdicts that look alike: {looks}"


def test_figures_are_sharp_and_link_to_their_file(built_site, browser):
    seen = 0
    for page_path in _reports(built_site):
        for width in WIDTHS:
            page = _open(browser, page_path, width)
            images = page.eval_on_selector_all(
                ".jp-RenderedImage img",
                "els => els.map(e => [e.naturalWidth, e.getBoundingClientRect().width,"
                " e.closest('a') ? e.closest('a').getAttribute('href') : null])",
            )
            page.close()
            for natural, shown, href in images:
                seen += 1
                where = f"{page_path.name} at {width} px"
                assert natural >= 1.5 * shown, f"{where}: {natural} px shown at {shown} px"
                assert href and (built_site / href).is_file(), f"{where}: image links to {href}"
    assert seen, "no figure found"
