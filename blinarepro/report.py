"""Helpers every report notebook uses: figure style, tables and figures on disk, versions.

Kept deterministic: fixed matplotlib style and SVG hash salt, PNG metadata without
timestamps, CSV with fixed column order and ``\\n`` line endings.
"""

from __future__ import annotations

import platform
import sys
from importlib import metadata
from pathlib import Path

import pandas as pd

__all__ = ["DPI", "VERSIONED", "save_table", "setup", "show_figure", "versions"]

#: Resolution of the saved figures: shown at half their pixel width, sharp on a
#: high-resolution screen (two device pixels per CSS pixel).
DPI = 200

#: Libraries whose versions each report prints at its end.
VERSIONED = (
    "blinarepro", "numpy", "pandas", "scipy", "statsmodels", "matplotlib", "seaborn",
    "frictionless", "papermill", "nbconvert", "nbclient", "ipykernel",
)  # fmt: skip


def setup() -> None:
    """Fix plotting and display settings so that every run draws the same bytes."""
    import matplotlib as mpl

    mpl.rcParams.update(
        {
            "figure.dpi": 100,
            "savefig.dpi": DPI,
            "figure.figsize": (7.5, 4.0),
            "font.family": "DejaVu Sans",
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "svg.hashsalt": "blinarepro",
            "path.simplify": False,
        }
    )
    pd.set_option("display.max_rows", 200)
    pd.set_option("display.max_columns", 30)
    pd.set_option("display.max_colwidth", None)  # notes are read in full
    pd.set_option("display.width", 200)
    _register_reader_tables()


def _register_reader_tables() -> None:
    """Show every displayed DataFrame through :func:`blinarepro.reader.reader_html`."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with the kernel
        return
    shell = get_ipython()
    if shell is not None:
        from blinarepro.reader import reader_html

        shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, reader_html)


def save_table(frame: pd.DataFrame, path: Path | None) -> None:
    """Write ``frame`` as CSV to ``path`` (no index, UTF-8, ``\\n``); ``None`` writes nothing."""
    if path is not None:
        frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def show_figure(fig, path: Path | None = None, *, alt: str) -> None:
    """Draw ``fig`` once as PNG, write it to ``path``, display the same bytes, close ``fig``.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    path : Path or None
        Where to write the PNG (``None`` writes nothing: a run without an output folder).
    alt : str
        One-line description of the figure: the output's ``text/plain`` (what nbval compares
        and a console shows) and the ``alt`` text of the image in the HTML report.

    Notes
    -----
    Letting the inline backend show the figure as well as saving it would draw it twice (each
    draw of a tight bounding box lays the figure out again: 0.35 s of the 1.0 s the 23-panel
    feasibility figure of ``realworld2025`` took, timed in its cell on 2026-12-01); this
    draws once, and what the report shows is byte for byte the file in ``figures/``. The PNG
    has no ``Software`` or time metadata, so the same figure gives the same bytes.
    """
    if not alt or "\n" in alt:
        raise ValueError(f"alt must be one non-empty line; got {alt!r}")
    import base64
    import io

    import matplotlib.pyplot as plt
    from IPython.display import display

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None}, bbox_inches="tight")
    plt.close(fig)
    png = buffer.getvalue()
    if path is not None:
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(png)
        tmp.replace(path)
    # shown at half its pixel width (DPI 200 -> 100 CSS px per inch); the page links the
    # image to its full-size file in figures/ when there is one
    meta = {"width": _png_width(png) // 2}
    if path is not None:
        meta["href"] = f"figures/{path.name}"
    display(
        {"image/png": base64.b64encode(png).decode("ascii"), "text/plain": alt},
        raw=True, metadata={"image/png": meta},
    )  # fmt: skip


def _png_width(png: bytes) -> int:
    """Pixel width of a PNG (its IHDR chunk, bytes 16-20, big-endian; PNG specification 11.2.2)."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return int.from_bytes(png[16:20], "big")


def versions() -> pd.DataFrame:
    """Python, platform and library versions of this run (the closing table of a report)."""
    rows = [("python", platform.python_version()), ("implementation", sys.implementation.name)]
    rows += [(name, metadata.version(name)) for name in VERSIONED]
    return pd.DataFrame(rows, columns=["component", "version"])
