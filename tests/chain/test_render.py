"""The reports' one-pass HTML exporter gives the page nbconvert's own pipeline gives."""

from __future__ import annotations

import base64
import re
import struct
import zlib
from pathlib import Path

import nbconvert
import nbformat
import pytest
from bs4 import BeautifulSoup
from nbconvert import HTMLExporter
from nbconvert.filters.strings import clean_html

from blinarepro.render import FOCUSABLE, NBCONVERT_COPIED, TEMPLATES, render_html

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))

pytestmark = pytest.mark.slow


def _document(html: str) -> str:
    """The page as BeautifulSoup parses and writes it (what nbconvert itself returns)."""
    return str(BeautifulSoup(html, features="html.parser"))


def _nbconvert_pipeline(nb) -> str:
    """The page nbconvert's own pipeline gives: HTMLExporter.from_notebook_node with its
    BeautifulSoup pass (alt text, tabindex), and lab's bleach (clean_html) on the code."""
    body, _ = HTMLExporter(
        template_name="offline",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input_prompt=True,
        filters={"code_sanitizer": clean_html},
    ).from_notebook_node(nb)
    return body


@pytest.mark.parametrize("name", [nb.stem for nb in NOTEBOOKS])
def test_same_document_as_nbconvert_with_its_soup_pass_and_bleach_on_code(built_site, name):
    executed = nbformat.read(built_site / f"{name}.ipynb", as_version=4)
    reference = _nbconvert_pipeline(executed)
    ours = render_html(executed)
    assert 'tabindex="0"' in ours
    assert _document(ours) == reference


@pytest.mark.parametrize("name", [nb.stem for nb in NOTEBOOKS])
def test_the_site_page_is_this_renderers_output(built_site, name):
    executed = nbformat.read(built_site / f"{name}.ipynb", as_version=4)
    assert (built_site / f"{name}.html").read_text(encoding="utf-8") == render_html(executed)


@pytest.mark.parametrize("name", [nb.stem for nb in NOTEBOOKS])
def test_every_input_and_output_area_gets_exactly_one_tabindex(built_site, name):
    html = (built_site / f"{name}.html").read_text(encoding="utf-8")
    areas = re.findall(
        r"<div [^>]*class=\"[^\"]*\b(?:jp-Cell-inputWrapper|jp-OutputArea-output)\b[^>]*>", html
    )
    assert areas
    for tag in areas:
        assert tag.count("tabindex=") == 1, tag


def _png_1x1() -> bytes:
    """A 1x1 grey PNG, chunk by chunk (W3C PNG specification, sections 5 and 11)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)  # 1x1, 8-bit greyscale
    pixels = zlib.compress(b"\x00\x80")  # filter byte 0, one grey pixel
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _tiny_notebook():
    """One code cell with a PNG that has no text/plain, a stream and an HTML table."""
    png = base64.b64encode(_png_1x1()).decode()
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x = 1  # <b>not bold</b> & 'quoted'")
    cell.outputs = [
        nbformat.v4.new_output("display_data", data={"image/png": png}),
        nbformat.v4.new_output("stream", name="stdout", text="printed\n"),
        nbformat.v4.new_output(
            "display_data", data={"text/html": "<table><tr><td>1</td></tr></table>"}
        ),
    ]
    nb.cells = [nbformat.v4.new_markdown_cell("# Title"), cell]
    nb.metadata["language_info"] = {"name": "python", "pygments_lexer": "ipython3"}
    return nb


def test_an_image_without_a_description_gets_nbconvert_placeholder_and_same_document():
    nb = _tiny_notebook()
    reference = _nbconvert_pipeline(nb)
    ours = render_html(nb)
    assert 'alt="No description has been provided for this image"' in ours
    assert "&lt;b&gt;not bold&lt;/b&gt;" in ours, "the highlighted source is escaped"
    assert _document(ours) == reference


def test_a_plain_exporter_on_the_offline_template_keeps_lab_sanitising_the_code():
    body, _ = HTMLExporter(
        template_name="offline", extra_template_basedirs=[str(TEMPLATES)]
    ).from_notebook_node(_tiny_notebook())
    assert "jp-Cell-inputWrapper" in body


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ('<div class="jp-Cell-inputWrapper">', '<div class="jp-Cell-inputWrapper" tabindex="0">'),
        ('<div id="a1" class="jp-RenderedJavaScript jp-OutputArea-output x">',
         '<div id="a1" class="jp-RenderedJavaScript jp-OutputArea-output x" tabindex="0">'),
        ('<div class="jp-OutputArea-output" tabindex="-1">',
         '<div class="jp-OutputArea-output" tabindex="-1">'),  # never a second tabindex
        ('<div class="jp-OutputArea-outputs">', '<div class="jp-OutputArea-outputs">'),
        ('<div class="not-jp-Cell-inputWrapper">', '<div class="not-jp-Cell-inputWrapper">'),
    ],
)  # fmt: skip
def test_focusable_adds_tabindex_to_the_lab_areas_only(tag, expected):
    assert FOCUSABLE.sub(r'<div \1 tabindex="0"', tag) == expected


def test_the_copied_exporter_code_matches_the_installed_nbconvert():
    # render.py copies HTMLExporter.from_notebook_node of this version; on an upgrade, compare
    # the new one with the copy, update it and NBCONVERT_COPIED
    assert nbconvert.__version__.startswith(NBCONVERT_COPIED + "."), nbconvert.__version__
