"""HTML of an executed notebook: nbconvert's JupyterLab look, offline, in one pass.

:func:`render_html` renders with nbconvert's ``HTMLExporter`` and the ``offline`` template in
``templates/`` (the lab template without anything loaded from the network, code folded under
a toggle, images with alt text). It differs from ``HTMLExporter.from_notebook_node`` in two
steps, both for speed (together 1.5 s of the 3.2 s of CPU that rendering took in a cold
``make reports``), and gives the same page:

- nbconvert parses the finished page again with BeautifulSoup to add ``alt`` to images that
  have none and ``tabindex="0"`` to every input and output area (so that a keyboard can
  scroll a wide table). Here the template writes the alt text (the output's ``text/plain``,
  which :func:`blinarepro.report.show_figure` sets to a description of the figure) and one
  substitution adds ``tabindex="0"`` to the ``<div>`` tags the lab template opens with those
  classes.
- the lab template passes the pygments-highlighted source of every code cell through bleach.
  Pygments escapes the source it highlights, so there is nothing to remove: the ``offline``
  template calls the filter ``code_sanitizer`` instead, which is the identity here.

``tests/chain/test_render.py`` checks, on every report of a real build, that the page parses
to the same document as nbconvert's own pipeline (its BeautifulSoup pass, and bleach on the
code, i.e. ``code_sanitizer = clean_html``).
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["TEMPLATES", "exporter", "render_html"]

TEMPLATES = Path(__file__).resolve().parent / "templates"

#: Opening ``<div>`` tags of the lab template's input and output areas, as it writes them:
#: ``<div class="jp-Cell-inputWrapper">``, ``<div class="jp-RenderedText jp-OutputArea-output"
#: data-mime-type=...>``, ``<div id="..." class="jp-RenderedJavaScript jp-OutputArea-output">``.
_FOCUSABLE = re.compile(
    r'<div ((?:id="[^"]*" )?class="(?:[^"]*\s)?(?:jp-Cell-inputWrapper|jp-OutputArea-output)'
    r'(?:\s[^"]*)?")'
)


def _identity(text: str) -> str:
    return text


def exporter(code_sanitizer=_identity):
    """The HTML exporter of the reports (``code_sanitizer`` is replaceable for the tests).

    Returns an instance of a subclass of nbconvert's ``HTMLExporter`` whose
    ``from_notebook_node`` is the parent's without its BeautifulSoup pass (see the module
    docstring); everything else (template, filters, preprocessors) is nbconvert's.
    """
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    class OnePassHTMLExporter(HTMLExporter):
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
            return _FOCUSABLE.sub(r'<div \1 tabindex="0"', html), resources

    return OnePassHTMLExporter(
        template_name="offline",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input_prompt=True,
        filters={"code_sanitizer": code_sanitizer},
    )


def render_html(nb) -> str:
    """HTML of an executed notebook (nothing loaded from the network)."""
    body, _ = exporter().from_notebook_node(nb)
    return body
