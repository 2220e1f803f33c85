"""HTML of an executed notebook: nbconvert's JupyterLab look, offline, in one pass.

:func:`render_html` renders with nbconvert's ``HTMLExporter`` and the ``offline`` template in
``templates/`` (the lab template without anything loaded from the network, code folded under
a toggle, images with alt text). It differs from ``HTMLExporter.from_notebook_node`` in two
steps, both for speed (together 1.5 s of the 3.2 s of CPU that rendering took in a cold
``make reports`` on 2026-12-01):

- nbconvert parses the finished page again with BeautifulSoup to add ``alt`` to images that
  have none and ``tabindex="0"`` to every input and output area (so that a keyboard can
  scroll a wide table). Here the template writes the alt text of PNG images (the output's
  ``text/plain``, which :func:`blinarepro.report.show_figure` sets to a description of the
  figure, else nbconvert's placeholder) and one substitution adds ``tabindex="0"`` to the
  ``<div>`` tags the lab template opens with those classes (:data:`FOCUSABLE`).
- the lab template passes the pygments-highlighted source of every code cell through bleach.
  Pygments escapes every token of the source it highlights, so there is nothing to remove:
  the ``offline`` template calls the filter ``code_sanitizer`` instead, the identity here.

For these reports the page parses to the same document as nbconvert's own pipeline gives:
``tests/chain/test_render.py`` checks it on every report of a real build. What the one-pass
exporter does not do, and these reports do not contain: alt text for JPEG images or for
``<img>`` tags inside raw HTML outputs, and ``tabindex`` on ``<div>`` tags of raw HTML outputs
that happen to carry the lab classes (see :data:`FOCUSABLE`).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

__all__ = ["FOCUSABLE", "NBCONVERT_COPIED", "TEMPLATES", "exporter", "render_html"]

TEMPLATES = Path(__file__).resolve().parent / "templates"

#: The nbconvert version whose ``HTMLExporter.from_notebook_node`` the exporter copies up to
#: its BeautifulSoup pass (a test fails on another version, so that the copy is re-checked).
NBCONVERT_COPIED = "7.17"

#: Opening ``<div>`` tags of the lab template's input and output areas, as it writes them:
#: ``<div class="jp-Cell-inputWrapper">``, ``<div class="jp-RenderedText jp-OutputArea-output"
#: data-mime-type=...>``, ``<div id="..." class="jp-RenderedJavaScript jp-OutputArea-output">``,
#: unless the tag already has a ``tabindex``. Limits: it matches ``class`` only as the first
#: attribute (or after ``id``), as the template writes it, and it does not know whether a
#: matching tag lies inside a raw HTML output rather than the template's own markup.
FOCUSABLE = re.compile(
    r'<div ((?:id="[^"]*" )?class="(?:[^"]*\s)?(?:jp-Cell-inputWrapper|jp-OutputArea-output)'
    r'(?:\s[^"]*)?")(?![^>]*\btabindex=)'
)


def _identity(text: str) -> str:
    return text


@functools.cache
def _exporter_class():
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    class OnePassHTMLExporter(HTMLExporter):
        """``HTMLExporter`` without its BeautifulSoup pass (see :mod:`blinarepro.render`)."""

        def from_notebook_node(self, nb, resources=None, **kw):
            # nbconvert 7.17 HTMLExporter.from_notebook_node up to its BeautifulSoup pass
            langinfo = nb.metadata.get("language_info", {})
            lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
            highlight_code = self.filters.get(
                "highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)
            )
            resources = self._init_resources(resources)
            filter_data_type = WidgetsDataTypeFilter(
                notebook_metadata=self._nb_metadata, parent=self, resources=resources
            )
            self.register_filter("highlight_code", highlight_code)
            self.register_filter("filter_data_type", filter_data_type)
            html, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
            return FOCUSABLE.sub(r'<div \1 tabindex="0"', html), resources

    return OnePassHTMLExporter


def exporter(code_sanitizer=_identity):
    """The HTML exporter of the reports.

    Parameters
    ----------
    code_sanitizer : callable, default identity
        Applied to the highlighted HTML of each code cell; the tests pass nbconvert's
        ``clean_html`` to reproduce the lab template.

    Returns
    -------
    nbconvert.HTMLExporter
        An instance of a subclass whose ``from_notebook_node`` is the parent's without its
        BeautifulSoup pass; template, filters and preprocessors are nbconvert's.
    """
    return _exporter_class()(
        template_name="offline",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input_prompt=True,
        filters={"code_sanitizer": code_sanitizer},
    )


def render_html(nb) -> str:
    """HTML of an executed notebook (nothing loaded from the network)."""
    body, _ = exporter().from_notebook_node(nb)
    return body
