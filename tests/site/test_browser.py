"""The built site in a real browser: Debian's headless Chromium driven by Playwright.

Every page opens with no console error and no page error, every link resolves, every image
loads, and nothing is requested from the network. Skipped, with the reason, where
``/usr/bin/chromium`` is absent; ``.ci/run`` installs it, so CI always runs these.
"""

from __future__ import annotations

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
    expected = {f"{nb.stem}.html" for nb in notebooks.glob("[0-9][0-9]_*.ipynb")} | {"index.html"}
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
                # in-page anchors of nbconvert headings are fine; anything else is a leak
                assert url.scheme == "" or href.startswith(page_path.as_uri() + "#"), (
                    f"{where}: link leaves the site: {href}"
                )


def test_the_index_links_every_report_table_and_figure(built_site, browser):
    seen = _visit(browser, built_site / "index.html")
    linked = {Path(unquote(urlparse(h).path)).resolve() for h in seen["links"]}
    wanted = set(_pages(built_site)) - {built_site / "index.html"}
    wanted |= set((built_site / "tables").glob("*.csv")) | set((built_site / "figures").glob("*"))
    missing = sorted(str(p.relative_to(built_site)) for p in wanted - linked)
    assert not missing, f"index.html does not link {missing}"
