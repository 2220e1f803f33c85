"""The reports' one-pass HTML exporter gives the page nbconvert's own pipeline gives."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup
from nbconvert import HTMLExporter
from nbconvert.filters.strings import clean_html

from blinarepro.render import TEMPLATES, render_html

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))

pytestmark = pytest.mark.slow


def _document(html: str) -> str:
    """The page as BeautifulSoup parses and writes it (what nbconvert itself returns)."""
    return str(BeautifulSoup(html, features="html.parser"))


@pytest.mark.parametrize("name", [nb.stem for nb in NOTEBOOKS])
def test_same_document_as_nbconvert_with_its_soup_pass_and_bleach_on_code(built_site, name):
    executed = nbformat.read(built_site / f"{name}.ipynb", as_version=4)
    # nbconvert's pipeline: HTMLExporter.from_notebook_node with its BeautifulSoup pass
    # (alt text, tabindex), and lab's bleach (clean_html) on the highlighted code
    reference, _ = HTMLExporter(
        template_name="offline",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input_prompt=True,
        filters={"code_sanitizer": clean_html},
    ).from_notebook_node(executed)
    ours = render_html(executed)
    assert 'tabindex="0"' in ours
    assert _document(ours) == reference


@pytest.mark.parametrize("name", [nb.stem for nb in NOTEBOOKS])
def test_the_site_page_is_this_renderers_output(built_site, name):
    executed = nbformat.read(built_site / f"{name}.ipynb", as_version=4)
    assert (built_site / f"{name}.html").read_text(encoding="utf-8") == render_html(executed)
