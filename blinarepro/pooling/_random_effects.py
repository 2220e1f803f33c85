"""The normal random-effects model shared by the inverse-variance poolings.

Given effect sizes ``yi`` with variances ``vi`` on the pooling scale, estimate tau^2 and the
heterogeneity statistics and the pooled mean with its standard error, as metafor's
``rma(yi, vi, test="z" | "knha" | "adhoc")``. Intervals are made by
:meth:`blinarepro.pooling.result.RandomEffectsResult.predict`. Used by
:func:`blinarepro.pooling.pool_inverse_variance` (proportions) and
:func:`blinarepro.pooling.pool_rates` (survival rates).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from blinarepro.pooling.heterogeneity import cochran_q, i_squared, q_profile
from blinarepro.pooling.result import i2_interval

#: How the standard error of the mean is made (metafor's ``test``).
TESTS = ("z", "knha", "adhoc")


@dataclass(frozen=True)
class RandomEffectsFit:
    """A random-effects fit on the pooling scale (inputs of a :class:`RandomEffectsResult`)."""

    k: int
    tau2: float
    tau2_lower: float
    tau2_upper: float
    i2_lower: float
    i2_upper: float
    q: float
    q_p: float
    i2: float
    weights: np.ndarray
    mu: float
    se: float
    test: str
    df: float
    notes: tuple[str, ...]


def fit_random_effects(
    yi: np.ndarray,
    vi: np.ndarray,
    estimator: Callable[[np.ndarray, np.ndarray], float],
    test: str,
    confidence_level: float,
) -> RandomEffectsFit:
    """Fit the normal random-effects model to ``yi``, ``vi`` with the tau^2 ``estimator``.

    ``test="knha"`` scales the variance of the mean by the weighted residual variance
    ``s2w = sum(w (yi - mu)^2) / (k - 1)`` (Knapp and Hartung 2003, metafor ``test="knha"``);
    ``"adhoc"`` by ``max(1, s2w)`` (metafor ``test="adhoc"``, R meta ``adhoc.hakn.ci="se"``);
    both use t with ``k - 1`` df. With one cohort tau^2 is 0, Q, I^2 and the tau^2 interval
    are NaN, and a t test falls back to z (as metafor does); the notes say so.
    """
    k = len(yi)
    notes: list[str] = []
    nan = math.nan
    if k == 1:
        tau2, q, q_p, i2, tau2_lo, tau2_hi = 0.0, nan, nan, nan, nan, nan
        notes.append("k = 1: no heterogeneity can be estimated (tau^2 set to 0).")
        if test != "z":
            notes.append("k = 1: Knapp-Hartung needs k >= 2; normal (z) interval used.")
            test = "z"
    else:
        tau2 = float(estimator(yi, vi))
        q, q_p = cochran_q(yi, vi)
        i2 = i_squared(tau2, vi)
        tau2_lo, tau2_hi = q_profile(yi, vi, confidence_level)
    i2_lo, i2_hi = i2_interval(tau2_lo, tau2_hi, vi)
    w = 1.0 / (vi + tau2)
    mu = float(np.sum(w * yi) / np.sum(w))
    se = float(np.sqrt(1.0 / np.sum(w)))
    df = math.inf
    if test != "z":
        s2w = float(np.sum(w * (yi - mu) ** 2) / (k - 1))
        se *= math.sqrt(max(1.0, s2w) if test == "adhoc" else s2w)
        df = float(k - 1)
    return RandomEffectsFit(
        k=k, tau2=tau2, tau2_lower=float(tau2_lo), tau2_upper=float(tau2_hi),
        i2_lower=i2_lo, i2_upper=i2_hi, q=float(q), q_p=float(q_p), i2=float(i2),
        weights=w, mu=mu, se=se, test="z" if test == "z" else "t", df=df, notes=tuple(notes),
    )  # fmt: skip
