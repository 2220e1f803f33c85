"""Between-study variance estimators and heterogeneity statistics for inverse-variance pooling.

Each function takes the effect sizes ``yi`` and sampling variances ``vi`` of an intercept-only
random-effects model and follows metafor 3.8-1 ``rma.uni`` / ``confint.rma.uni``:

``tau2_dl``     DerSimonian-Laird, truncated at 0 (statsmodels' ``combine_effects`` is not).
``tau2_reml``   restricted maximum likelihood, the root of the REML score (or 0).
``tau2_pm``     Paule-Mandel, the root of ``generalized_q(tau2) = k - 1`` (or 0).
``q_profile``   Q-profile confidence interval for tau^2 (Viechtbauer 2007).

metafor stops its iterations at ``threshold=1e-5`` (REML) and ``tol=eps^0.25`` (PM, Q-profile),
so its default output agrees with these exact roots to about 1e-5; the reference values in
``tests/pooling`` were produced with ``control=list(threshold=1e-12, tol=1e-12)``.
"""

from __future__ import annotations

import numpy as np
from scipy import optimize, stats

__all__ = [
    "cochran_q",
    "generalized_q",
    "i_squared",
    "q_profile",
    "tau2_dl",
    "tau2_pm",
    "tau2_reml",
]


def _arrays(yi, vi):
    return np.asarray(yi, dtype=float), np.asarray(vi, dtype=float)


def generalized_q(tau2: float, yi, vi) -> float:
    """``sum((yi - mu)^2 / (vi + tau2))`` with ``mu`` the weighted mean at that ``tau2``."""
    yi, vi = _arrays(yi, vi)
    w = 1.0 / (vi + tau2)
    mu = np.sum(w * yi) / np.sum(w)
    return float(np.sum(w * (yi - mu) ** 2))


def cochran_q(yi, vi) -> tuple[float, float]:
    """Cochran's Q (fixed-effect weights) and its chi-square(k - 1) p-value (metafor ``QE``)."""
    yi, _ = _arrays(yi, vi)
    q = generalized_q(0.0, yi, vi)
    return q, float(stats.chi2.sf(q, len(yi) - 1))


def _trace_p(vi) -> float:
    w = 1.0 / np.asarray(vi, dtype=float)
    return float(np.sum(w) - np.sum(w**2) / np.sum(w))


def i_squared(tau2: float, vi) -> float:
    """I^2 in percent as metafor defines it for a random-effects fit.

    ``100 * tau2 / (vt + tau2)`` with the "typical" sampling variance
    ``vt = (k - 1) / (sum(w) - sum(w^2)/sum(w))``, ``w = 1/vi``; so I^2 follows the tau^2
    estimator (it equals Higgins' ``(Q - df)/Q`` only for DerSimonian-Laird).
    """
    vt = (len(vi) - 1) / _trace_p(vi)
    return float(100.0 * tau2 / (vt + tau2))


def tau2_dl(yi, vi) -> float:
    """DerSimonian-Laird tau^2, ``max(0, (Q - (k - 1)) / (sum(w) - sum(w^2)/sum(w)))``."""
    q, _ = cochran_q(yi, vi)
    return max(0.0, (q - (len(yi) - 1)) / _trace_p(vi))


def _upper_bracket(f, start: float) -> float:
    """Smallest ``start * 2**j`` at which the decreasing function ``f`` is negative."""
    hi = start
    for _ in range(200):
        if f(hi) < 0:
            return hi
        hi *= 2.0
    raise RuntimeError("could not bracket the root for tau^2")


def _solve_q(yi, vi, target: float) -> float:
    """The tau^2 >= 0 at which ``generalized_q`` equals ``target`` (0 if already below it)."""

    def f(t):
        return generalized_q(t, yi, vi) - target

    if f(0.0) <= 0:
        return 0.0
    hi = _upper_bracket(f, max(1.0, float(np.var(yi))))
    return optimize.brentq(f, 0.0, hi, xtol=1e-14, rtol=4 * np.finfo(float).eps, maxiter=500)


def tau2_pm(yi, vi) -> float:
    """Paule-Mandel tau^2: the root of ``generalized_q(tau2) = k - 1``, or 0 if none >= 0."""
    return _solve_q(yi, vi, len(yi) - 1.0)


def _reml_score(tau2: float, yi, vi) -> float:
    """Twice the derivative of the restricted log-likelihood in tau^2 (intercept-only model)."""
    w = 1.0 / (vi + tau2)
    mu = np.sum(w * yi) / np.sum(w)
    return float(np.sum(w**2 * (yi - mu) ** 2) - np.sum(w) + np.sum(w**2) / np.sum(w))


def _reml_loglik(tau2: float, yi, vi) -> float:
    w = 1.0 / (vi + tau2)
    mu = np.sum(w * yi) / np.sum(w)
    return float(
        -0.5 * (np.sum(np.log(vi + tau2)) + np.log(np.sum(w)) + np.sum(w * (yi - mu) ** 2))
    )


def tau2_reml(yi, vi) -> float:
    """REML tau^2: the root of the REML score, or 0 when the score is negative at 0.

    As metafor's ``ll0check``, the root is kept only if its restricted log-likelihood is not
    below the one at tau^2 = 0.
    """
    yi, vi = _arrays(yi, vi)
    if _reml_score(0.0, yi, vi) <= 0:
        return 0.0
    hi = _upper_bracket(lambda t: _reml_score(t, yi, vi), max(1.0, float(np.var(yi))))
    root = optimize.brentq(
        _reml_score, 0.0, hi, args=(yi, vi), xtol=1e-14, rtol=4 * np.finfo(float).eps, maxiter=500
    )
    return root if _reml_loglik(root, yi, vi) >= _reml_loglik(0.0, yi, vi) else 0.0


def q_profile(yi, vi, confidence_level: float = 0.95) -> tuple[float, float]:
    """Q-profile confidence interval for tau^2 (metafor ``confint(res)``, ``type="QP"``).

    The limits solve ``generalized_q(tau2) = chi2_{k-1}(1 - alpha/2)`` (lower) and
    ``chi2_{k-1}(alpha/2)`` (upper); a limit whose equation has no root >= 0 is 0. Unlike
    metafor, the upper limit is not capped at ``tau2.max`` (default 100).
    """
    yi, vi = _arrays(yi, vi)
    alpha = 1.0 - confidence_level
    df = len(yi) - 1
    lower = _solve_q(yi, vi, float(stats.chi2.ppf(1 - alpha / 2, df)))
    upper = _solve_q(yi, vi, float(stats.chi2.ppf(alpha / 2, df)))
    return lower, upper
