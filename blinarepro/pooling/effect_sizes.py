"""Per-cohort effect sizes for pooling single-arm proportions, and their back-transformations.

The two transformed scales used by :mod:`blinarepro.pooling`:

``logit``    metafor ``escalc(measure="PLO")``; 0.5 is added to the events and the non-events of
             a cohort with 0 events or 0 non-events only (``add=1/2, to="only0"``).
``arcsine``  metafor ``escalc(measure="PFT")``, the Freeman-Tukey double arcsine, which needs no
             correction; back-transformed with the harmonic mean of n (``transf.ipft.hm``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import expit

__all__ = ["EffectSizes", "expit", "ipft_hm", "logit_effect_sizes", "pft", "pft_effect_sizes"]

CONTINUITY_CORRECTION = 0.5


@dataclass(frozen=True)
class EffectSizes:
    """Transformed per-cohort proportions ``yi`` with sampling variances ``vi``.

    Attributes
    ----------
    scale : str
        ``"logit"`` or ``"arcsine"``.
    yi, vi : tuple of float
        Effect sizes and their sampling variances, in the order of the inputs.
    corrected : tuple of bool
        Whether 0.5 was added to the events and the non-events of that cohort.
    """

    scale: str
    yi: tuple[float, ...]
    vi: tuple[float, ...]
    corrected: tuple[bool, ...]


def logit_effect_sizes(events, n) -> EffectSizes:
    """Logit proportions and variances as metafor ``escalc(measure="PLO", xi, ni)``.

    ``yi = log(x / (n - x))`` and ``vi = 1/x + 1/(n - x)``, with 0.5 added to ``x`` and to
    ``n - x`` in cohorts where either is 0 (metafor's defaults ``add=1/2, to="only0"``).

    Notes
    -----
    Checked against metafor 3.8-1 ``escalc`` through every ``rma()`` reference value in
    ``tests/pooling`` (the yi/vi enter all of them).
    """
    x = np.asarray(events, dtype=float)
    m = np.asarray(n, dtype=float) - x
    corrected = (x == 0) | (m == 0)
    x = np.where(corrected, x + CONTINUITY_CORRECTION, x)
    m = np.where(corrected, m + CONTINUITY_CORRECTION, m)
    yi = np.log(x / m)
    vi = 1.0 / x + 1.0 / m
    return EffectSizes("logit", tuple(yi.tolist()), tuple(vi.tolist()), tuple(corrected.tolist()))


def pft_effect_sizes(events, n) -> EffectSizes:
    """Freeman-Tukey double arcsine as metafor ``escalc(measure="PFT", xi, ni)``.

    ``yi = (asin(sqrt(x/(n+1))) + asin(sqrt((x+1)/(n+1)))) / 2`` and ``vi = 1/(4n + 2)``;
    metafor adds nothing for this measure (``add`` defaults to 0 for ``"PFT"``).
    """
    x = np.asarray(events, dtype=float)
    nn = np.asarray(n, dtype=float)
    yi = 0.5 * (np.arcsin(np.sqrt(x / (nn + 1))) + np.arcsin(np.sqrt((x + 1) / (nn + 1))))
    vi = 1.0 / (4 * nn + 2)
    corrected = (False,) * len(yi)
    return EffectSizes("arcsine", tuple(yi.tolist()), tuple(vi.tolist()), corrected)


def pft(p, n):
    """Double arcsine of a proportion ``p`` at sample size ``n`` (metafor ``transf.pft``)."""
    x = np.asarray(p, dtype=float) * n
    return 0.5 * (np.arcsin(np.sqrt(x / (n + 1))) + np.arcsin(np.sqrt((x + 1) / (n + 1))))


def ipft_hm(t, n):
    """Back-transform double-arcsine values with the harmonic mean of ``n``.

    Parameters
    ----------
    t : float or array_like
        Values on the double-arcsine scale (a pooled estimate, CI or PI bound).
    n : array_like of int
        The cohort sizes whose harmonic mean is used (Miller 1978 inversion).

    Returns
    -------
    numpy.ndarray or float
        Proportions; values below ``pft(0, nhm)`` map to 0 and above ``pft(1, nhm)`` to 1.

    Notes
    -----
    Reproduces metafor 3.8-1 ``transf.ipft.hm`` line by line. Schwarzer et al. (2019, Res Synth
    Methods 10:476) show that this back-transformation can give misleading pooled proportions
    when the cohort sizes differ a lot; it is offered only as the sensitivity method
    ``ft_reml``.
    """
    nn = np.asarray(n, dtype=float)
    nhm = 1.0 / np.mean(1.0 / nn)
    t = np.asarray(t, dtype=float)
    s = np.sin(2 * t)
    with np.errstate(invalid="ignore", divide="ignore"):
        z = 0.5 * (1 - np.sign(np.cos(2 * t)) * np.sqrt(1 - (s + (s - 1 / s) / nhm) ** 2))
    z = np.where(t > pft(1.0, nhm), 1.0, z)
    z = np.where(t < pft(0.0, nhm), 0.0, z)
    return z[()] if z.ndim == 0 else z
