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

__all__ = ["VERSIONED", "save_figure", "save_table", "setup", "versions"]

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
            "savefig.dpi": 100,
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


def save_table(frame: pd.DataFrame, path: Path | None) -> None:
    """Write ``frame`` as CSV to ``path`` (no index, UTF-8, ``\\n``); ``None`` writes nothing."""
    if path is not None:
        frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def save_figure(fig, path: Path | None) -> None:
    """Save a figure as PNG without varying metadata; ``None`` writes nothing."""
    if path is not None:
        fig.savefig(path, format="png", metadata={"Software": None}, bbox_inches="tight")


def versions() -> pd.DataFrame:
    """Python, platform and library versions of this run (the closing table of a report)."""
    rows = [("python", platform.python_version()), ("implementation", sys.implementation.name)]
    rows += [(name, metadata.version(name)) for name in VERSIONED]
    return pd.DataFrame(rows, columns=["component", "version"])
