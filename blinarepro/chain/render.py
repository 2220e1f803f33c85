"""HTML of an executed notebook: nbconvert's ``HTMLExporter`` with the ``offline`` template.

The template (``templates/offline``) extends nbconvert's ``lab`` template: nothing loaded
from the network, no script, a Content-Security-Policy that allows none, code folded under a
toggle, images with their description as alt text, and Markdown outputs passed through
:func:`inert_html`, so that text from ``data/`` shown with ``Markdown(...)`` (a study's
``note``, say) reaches the page as text: a ``[link](javascript:...)`` loses its link and an
``<img ... onerror=...>`` is shown, escaped, as the characters it is.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["TEMPLATES", "inert_html", "render_html"]

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


def render_html(nb) -> str:
    """The HTML page of executed notebook ``nb``."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="offline", extra_template_basedirs=[str(TEMPLATES)],
        exclude_input_prompt=True, filters={"inert_html": inert_html},
    )  # fmt: skip
    body, _ = exporter.from_notebook_node(nb)
    return body
