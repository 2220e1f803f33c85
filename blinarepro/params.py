"""Validation of papermill parameters: a bad value stops the run with a clear message.

Each notebook's ``parameters`` cell assigns plain values; the next cell passes them to
:func:`check`, which returns a frozen :class:`Params` or raises ``ValueError`` naming the
parameter, the value and what is allowed. Unknown parameter *names* are rejected before the
kernel starts, by :mod:`blinarepro.build` (papermill itself only warns). The vocabularies
are the statistics modules' own: :data:`CI_METHODS` is
:data:`blinarepro.proportions.PROPORTION_CI_METHODS`, :data:`POOLING_METHODS` is
:data:`blinarepro.pooling.METHODS`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from blinarepro._validate import check_choice, check_level
from blinarepro.pooling import METHODS as POOLING_METHODS
from blinarepro.proportions import PROPORTION_CI_METHODS as CI_METHODS

__all__ = ["CI_METHODS", "POOLING_METHODS", "Params", "check"]


@dataclass(frozen=True)
class Params:
    """Validated parameters of one notebook run (``extra`` holds notebook-specific ones)."""

    data_dir: Path
    output_dir: Path | None
    ci_level: float
    ci_method: str
    alpha: float
    extra: dict[str, Any] = field(default_factory=dict)

    def output(self, kind: str, filename: str) -> Path | None:
        """Path ``<output_dir>/<kind>/<filename>`` (folder created), or None when not writing."""
        if self.output_dir is None:
            return None
        folder = self.output_dir / check_choice("kind", kind, ("tables", "figures"))
        folder.mkdir(parents=True, exist_ok=True)
        return folder / filename


def check(
    *,
    data_dir: str,
    output_dir: str,
    ci_level: float,
    ci_method: str,
    alpha: float,
    **extra: Any,
) -> Params:
    """Validate the common parameters; notebook-specific ones are validated by the caller.

    Parameters
    ----------
    data_dir : str
        Folder with ``datapackage.json``; must exist.
    output_dir : str
        Folder for ``tables/`` and ``figures/``; ``""`` writes nothing (interactive use and
        nbval), the build passes a real folder.
    ci_level : float
        Confidence level in (0, 1).
    ci_method : str
        One of :data:`CI_METHODS`.
    alpha : float
        Significance level in (0, 1).
    """
    if not isinstance(data_dir, str) or not Path(data_dir).is_dir():
        raise ValueError(f"parameter data_dir: folder {data_dir!r} does not exist")
    if not isinstance(output_dir, str):
        raise ValueError(f"parameter output_dir must be a string path or ''; got {output_dir!r}")
    return Params(
        data_dir=Path(data_dir),
        output_dir=Path(output_dir) if output_dir else None,
        ci_level=check_level("parameter ci_level", ci_level),
        ci_method=check_choice("parameter ci_method", ci_method, CI_METHODS),
        alpha=check_level("parameter alpha", alpha),
        extra=dict(extra),
    )
