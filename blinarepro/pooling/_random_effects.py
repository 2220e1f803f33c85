"""The normal random-effects model shared by the inverse-variance poolings.

Given effect sizes ``yi`` with variances ``vi`` on the pooling scale, estimate tau^2,
heterogeneity, the pooled mean with its confidence and prediction intervals (z, or the
Hartung-Knapp t with the ad hoc floor), as metafor's ``rma(yi, vi, test="z" | "adhoc")`` and
``predict()``. Used by :func:`blinarepro.pooling.pool_inverse_variance` (proportions) and
:func:`blinarepro.pooling.pool_rates` (survival rates), which back-transform the result.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import stats

from blinarepro.pooling.heterogeneity import cochran_q, i_squared, q_profile


@dataclass(frozen=True)
class RandomEffectsFit:
    """A random-effects fit on the pooling scale.

    Attributes
    ----------
    k : int
        Number of cohorts.
    tau2, tau2_lower, tau2_upper : float
        Between-cohort variance and its Q-profile interval (0, NaN, NaN when k = 1).
    q, q_p, i2 : float
        Cochran's Q, its p-value and I^2 (NaN when k = 1).
    weights : numpy.ndarray
        Random-effects weights ``1 / (vi + tau2)``.
    mu, se : float
        Pooled mean and its standard error (Hartung-Knapp scaled if ``hk``).
    mu_lower, mu_upper, pi_lower, pi_upper : float
        Confidence and prediction limits of the mean (prediction NaN when k = 1).
    hk : bool
        Whether the Hartung-Knapp t interval was used (never with k = 1).
    notes : tuple of str
        The k = 1 notes, if any.
    """

    k: int
    tau2: float
    tau2_lower: float
    tau2_upper: float
    q: float
    q_p: float
    i2: float
    weights: np.ndarray
    mu: float
    se: float
    mu_lower: float
    mu_upper: float
    pi_lower: float
    pi_upper: float
    hk: bool
    notes: tuple[str, ...]


def fit_random_effects(
    yi: np.ndarray,
    vi: np.ndarray,
    estimator: Callable[[np.ndarray, np.ndarray], float],
    hk: bool,
    confidence_level: float,
) -> RandomEffectsFit:
    """Fit the normal random-effects model to ``yi``, ``vi`` with the tau^2 ``estimator``.

    With one cohort tau^2 is 0, Q, I^2, the tau^2 interval and the prediction interval are
    NaN, and ``hk`` falls back to the z interval (as metafor does); the notes say so.
    """
    k = len(yi)
    notes: list[str] = []
    nan = math.nan
    if k == 1:
        tau2, q, q_p, i2, tau2_lo, tau2_hi = 0.0, nan, nan, nan, nan, nan
        notes.append("k = 1: no heterogeneity can be estimated (tau^2 set to 0).")
        if hk:
            notes.append("k = 1: Hartung-Knapp needs k >= 2; normal (z) interval used.")
            hk = False
    else:
        tau2 = float(estimator(yi, vi))
        q, q_p = cochran_q(yi, vi)
        i2 = i_squared(tau2, vi)
        tau2_lo, tau2_hi = q_profile(yi, vi, confidence_level)
    w = 1.0 / (vi + tau2)
    mu = float(np.sum(w * yi) / np.sum(w))
    se = float(np.sqrt(1.0 / np.sum(w)))
    alpha = 1.0 - confidence_level
    if hk:
        se *= math.sqrt(max(1.0, float(np.sum(w * (yi - mu) ** 2) / (k - 1))))
        crit = float(stats.t.ppf(1 - alpha / 2, k - 1))
    else:
        crit = float(stats.norm.ppf(1 - alpha / 2))
    if k > 1:
        half = crit * math.sqrt(se**2 + tau2)
        pi_lo, pi_hi = mu - half, mu + half
    else:
        pi_lo = pi_hi = nan
    return RandomEffectsFit(
        k=k,
        tau2=tau2,
        tau2_lower=float(tau2_lo),
        tau2_upper=float(tau2_hi),
        q=float(q),
        q_p=float(q_p),
        i2=float(i2),
        weights=w,
        mu=mu,
        se=se,
        mu_lower=mu - crit * se,
        mu_upper=mu + crit * se,
        pi_lower=pi_lo,
        pi_upper=pi_hi,
        hk=hk,
        notes=tuple(notes),
    )
