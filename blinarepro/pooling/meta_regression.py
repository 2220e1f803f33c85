"""Mixed-effects model with a categorical moderator: the common-tau^2 subgroup test.

``yi = X beta + u_i + e_i`` with one tau^2 shared by every subgroup, ``X`` an intercept and
dummies for the subgroups after the first, as metafor's ``rma(yi, vi, mods = ~ factor(g),
method=..., test=...)``. The omnibus test of the dummies (``QM``) is the test for subgroup
differences with a common tau^2 (R meta's ``tau.common=TRUE``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import optimize, stats

__all__ = ["ModeratorFit", "fit_moderators"]


@dataclass(frozen=True)
class ModeratorFit:
    """``QM`` with its degrees of freedom and p-value, the common tau^2 and the coefficients.

    ``qm_df2`` is the denominator df of the F test for the Knapp-Hartung tests (``knha``,
    ``adhoc``; metafor then reports ``QM`` as an F statistic), ``inf`` for the chi-square one.
    """

    tau2: float
    beta: tuple[float, ...]
    qm: float
    qm_df: int
    qm_df2: float
    qm_p: float


def _design(groups) -> np.ndarray:
    names = list(dict.fromkeys(groups))
    x = np.zeros((len(groups), len(names)))
    x[:, 0] = 1.0
    for i, g in enumerate(groups):
        j = names.index(g)
        if j:
            x[i, j] = 1.0
    return x


def _p_matrix(x, vi, tau2):
    w = np.diag(1.0 / (vi + tau2))
    xtwx_inv = np.linalg.inv(x.T @ w @ x)
    return w - w @ x @ xtwx_inv @ x.T @ w, xtwx_inv, w


def _root(f, start: float) -> float:
    """The tau^2 >= 0 where the decreasing ``f`` crosses 0 (0 if ``f(0) <= 0``)."""
    if f(0.0) <= 0:
        return 0.0
    hi = max(start, 1.0)
    for _ in range(200):
        if f(hi) < 0:
            break
        hi *= 2.0
    return optimize.brentq(f, 0.0, hi, xtol=1e-14, rtol=4 * np.finfo(float).eps, maxiter=500)


def fit_moderators(yi, vi, groups, estimator: str = "REML", test: str = "z") -> ModeratorFit:
    """Fit the mixed-effects model with ``factor(groups)`` and test the moderator.

    Parameters
    ----------
    yi, vi : array_like
        Effect sizes and sampling variances.
    groups : sequence of str
        Subgroup of each cohort (at least two distinct values, more cohorts than subgroups).
    estimator : {"REML", "DL", "PM"}
        tau^2 estimator for the residual heterogeneity.
    test : {"z", "knha", "adhoc"}
        ``z``: ``QM`` is chi-square with ``groups - 1`` df; ``knha``: the variance of the
        coefficients scaled by ``s2 = y'Py / (k - p)``, ``QM / m`` an F(m, k - p) statistic;
        ``adhoc``: the same with ``max(1, s2)``.

    Notes
    -----
    Reproduces metafor 3.8-1 ``rma(yi, vi, mods = ~ factor(g), method=..., test=...)$QM``,
    ``$QMp`` and ``$tau2`` (``tests/pooling/test_subgroups_common_tau2.py``). REML is the
    root of the restricted score ``y'PPy = tr(P)``, DL the moment estimator
    ``(y'P0y - (k - p)) / tr(P0)``, PM the root of ``y'Py = k - p``; each is 0 when its
    equation has no positive root.
    """
    yi, vi = np.asarray(yi, dtype=float), np.asarray(vi, dtype=float)
    x = _design([str(g) for g in groups])
    k, p = x.shape
    if p < 2 or k <= p:
        raise ValueError(f"need at least 2 subgroups and more cohorts than subgroups; got {p}, {k}")
    start = float(np.var(yi))
    if estimator == "REML":

        def score(t):
            pm = _p_matrix(x, vi, t)[0]
            return float(yi @ pm @ pm @ yi - np.trace(pm))

        tau2 = _root(score, start)
    elif estimator == "DL":
        p0 = _p_matrix(x, vi, 0.0)[0]
        tau2 = max(0.0, (float(yi @ p0 @ yi) - (k - p)) / float(np.trace(p0)))
    elif estimator == "PM":
        tau2 = _root(lambda t: float(yi @ _p_matrix(x, vi, t)[0] @ yi) - (k - p), start)
    else:
        raise ValueError(f"estimator must be one of 'REML', 'DL', 'PM'; got {estimator!r}")
    pm, vb, w = _p_matrix(x, vi, tau2)
    beta = vb @ x.T @ w @ yi
    m = p - 1
    df2 = math.inf
    if test != "z":
        s2 = float(yi @ pm @ yi) / (k - p)
        df2 = float(k - p)
        if test == "knha" and s2 < 1e-12:
            # the model fits exactly: the Knapp-Hartung variance is 0 and QM undefined (NA in
            # metafor); the ad hoc variant floors the scale at 1
            return ModeratorFit(float(tau2), tuple(beta.tolist()), math.nan, p - 1, df2, math.nan)
        vb = vb * (max(1.0, s2) if test == "adhoc" else s2)
    b = beta[1:]
    qm = float(b @ np.linalg.solve(vb[1:, 1:], b))
    if test == "z":
        p_value = float(stats.chi2.sf(qm, m))
    else:
        qm /= m
        p_value = float(stats.f.sf(qm, m, df2))
    return ModeratorFit(float(tau2), tuple(beta.tolist()), qm, m, df2, p_value)
