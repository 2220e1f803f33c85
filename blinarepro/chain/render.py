"""HTML of an executed notebook: nbconvert's ``HTMLExporter`` with the ``offline`` template.

The template (``templates/offline``) extends nbconvert's ``lab`` template: nothing loaded
from the network, no script, a Content-Security-Policy that allows none, code folded under a
toggle, images with their description as alt text, and Markdown outputs passed through
:func:`inert_html`, so that text from ``data/`` shown with ``Markdown(...)`` (a study's
``note``, say) reaches the page as text: a ``[link](javascript:...)`` loses its link and an
``<img ... onerror=...>`` is shown, escaped, as the characters it is.
"""

from __future__ import annotations

import csv
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["TEMPLATES", "Page", "inert_html", "page_header", "render_html", "short_citation"]

TEMPLATES = Path(__file__).resolve().parent / "templates"

#: What Markdown renders to in the reports (mistune's HTML); anything else is escaped.
_MARKDOWN_TAGS = frozenset(
    "a abbr b blockquote br code del div em h1 h2 h3 h4 h5 h6 hr i li ol p pre span strong "
    "sub sup table tbody td th thead tr ul".split()
)


def inert_html(html: str) -> str:
    """``html`` with every tag but :data:`_MARKDOWN_TAGS` escaped, every attribute but
    ``class``, ``id``, ``href`` and ``title`` removed and links only to ``http``, ``https``,
    ``mailto`` or within the site (bleach's ``clean``, the library nbconvert itself uses)."""
    import bleach

    return bleach.clean(
        html, tags=_MARKDOWN_TAGS, protocols={"http", "https", "mailto"},
        attributes={"*": ["class", "id"], "a": ["href", "title"]},
    )  # fmt: skip


@dataclass(frozen=True)
class Page:
    """What a report's header shows besides its headings.

    Attributes
    ----------
    study : dict or None
        The document's row of ``data/studies.csv`` (None for the synthesis).
    tables, figures : tuple of str
        The report's own files, relative to the page (``tables/02_wang2025_rates.csv``).
    index : str
        Link back to the index (``index.html``; ``../index.html`` from ``custom/``).
    """

    study: dict | None = None
    tables: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    index: str = "index.html"
    extra: dict = field(default_factory=dict)


def short_citation(study: dict) -> tuple[str, str]:
    """``(text, doi_url)`` of a studies.csv row: "Wang et al., Front. Oncol. 2025" and the
    DOI link ("" without a DOI); "not printed" parts are left out, never invented."""
    authors = [a.strip() for a in study.get("authors", "").split(",") if a.strip()]
    first = authors[0].split()[-1] if authors else ""
    if first == "al.":  # "Jing Lu et al."
        first = authors[0].split()[-3]
    who = f"{first} et al." if len(authors) > 1 or "et al." in study.get("authors", "") else first
    journal = re.sub(r"\s*\(.*\)$", "", study.get("journal", "")).strip()
    parts = [x for x in (who, journal, study.get("year", "")) if x]
    if not parts:  # a registration record, an abstract without byline: say what it is
        parts = [study.get("document_type", "") or "document", "authors not printed"]
    text = ", ".join(parts)
    doi = study.get("doi", "").strip()
    return text, (f"https://doi.org/{doi}" if doi else "")


class _Headings(HTMLParser):
    """The ``id`` and text of every ``<h2>`` of a page (nbconvert's heading anchors)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []
        self._id: str | None = None
        self._text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag == "h2":
            self._id, self._text = dict(attrs).get("id"), []
        elif tag == "a" and self._id is not None and ("class", "anchor-link") in attrs:
            self._skip += 1

    def handle_endtag(self, tag):
        if tag == "a" and self._skip:
            self._skip -= 1
        elif tag == "h2" and self._id is not None:
            self.found.append((self._id, "".join(self._text).strip()))
            self._id = None

    def handle_data(self, data):
        if self._id is not None and not self._skip:
            self._text.append(data)


def page_header(title: str, body: str, page: Page) -> str:
    """The header of a report: back to the index, title, citation with DOI, contents (the
    page's ``<h2>`` headings in ``body``), links to its tables and figures."""
    e = html.escape
    glossary = page.index.replace("index.html", "glossary.html")
    parts = [
        f'<header class="br-header"><nav><a href="{e(page.index)}">&larr; All reports</a>'
        f'<a href="{e(glossary)}">Glossary</a></nav>'
    ]
    if page.study is not None:
        text, doi = short_citation(page.study)
        link = " &middot; no DOI printed"
        if doi:
            link = f' &middot; <a href="{e(doi)}">doi:{e(doi[16:])}</a>'
        full = e(page.study.get("title", ""))
        parts.append(f'<p class="br-cite"><b>Source:</b> {e(text)}{link}. <i>{full}</i></p>')
    parser = _Headings()
    parser.feed(body)
    if parser.found:
        items = "".join(f'<li><a href="#{e(i)}">{e(t)}</a></li>' for i, t in parser.found if i)
        parts.append(f"<details open><summary>Contents</summary><ol>{items}</ol></details>")
    for kind, files in (("Tables (CSV)", page.tables), ("Figures", page.figures)):
        if files:
            links = " &middot; ".join(
                f'<a href="{e(f)}">{e(f.rsplit("/", 1)[-1])}</a>' for f in files
            )
            parts.append(
                f"<details><summary>{kind}: {len(files)}</summary><p>{links}</p></details>"
            )
    parts.append("</header>")
    return "".join(parts)


def _title(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return re.sub(r"[*_`]", "", line[2:]).strip()
    return ""


_PLACEHOLDER = "<!-- blinarepro page header -->"


def render_html(nb, page: Page | None = None) -> str:
    """The HTML page of executed notebook ``nb``, titled by its first heading, with the header
    of :func:`page_header` when ``page`` is given."""
    from nbconvert import HTMLExporter

    from blinarepro.reader import BADGE_CSS

    exporter = HTMLExporter(
        template_name="offline", extra_template_basedirs=[str(TEMPLATES)],
        exclude_input_prompt=True, exclude_output_prompt=True,
        filters={"inert_html": inert_html},
    )  # fmt: skip
    title = _title(nb)
    resources = {"metadata": {"name": title or "blinatumomab-evidence report"},
                 "br_badge_css": BADGE_CSS, "br_header": _PLACEHOLDER if page else ""}  # fmt: skip
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    if page is not None:
        # a generic report's heading comes from an output, not a source cell
        if not title:
            found = re.search(r"<h1[^>]*>(.*?)<", body)
            if found:
                named = f"<title>{found.group(1)}</title>"
                body = re.sub(r"<title>.*?</title>", named, body, count=1)
        body = body.replace(_PLACEHOLDER, page_header(title, body, page), 1)
    return body


def read_study(study_id: str, data_dir: Path) -> dict | None:
    """The row of ``study_id`` in ``data_dir/studies.csv`` (None if absent)."""
    with (data_dir / "studies.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["study_id"] == study_id:
                return row
    return None
