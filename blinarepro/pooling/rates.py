"""Random-effects pooling of survival rates at a fixed time, each printed with its SE.

A Kaplan-Meier rate ``S`` at a fixed time with its (Greenwood) standard error is pooled by
inverse variance on a scale where it is roughly normal: ``log(-log S)`` (the complementary
log-log, R ``survfit``'s default interval scale) or ``logit S``, with the delta-method
variance. The pooled value and its limits are transformed back to a rate. This is what
metafor's ``rma(yi, vi)`` does with ``yi``/``vi`` computed by hand from the rates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

from blinarepro._validate import check_choice, check_count, check_level
from blinarepro.pooling._random_effects import fit_random_effects
from blinarepro.pooling.heterogeneity import (
    tau2_dl,
    tau2_pm,
    tau2_reml,
)
from blinarepro.pooling.result import (
    METHODS,
    PI_TYPES,
    RandomEffectsResult,
    default_pi_type,
)

__all__ = [
    "RATE_METHODS",
    "RATE_TRANSFORMS",
    "PooledRate",
    "leave_one_out_rates",
    "pool_rates",
    "rate_effect_sizes",
]

#: Inverse-variance methods for rates (the logit-scale methods of ``pool_proportions``).
RATE_METHODS = tuple(m for m in METHODS if m not in ("glmm", "glmm_t", "ft_reml"))
#: Scales on which rates are pooled.
RATE_TRANSFORMS = ("log-log", "logit")

_ESTIMATORS = {"reml": tau2_reml, "dl": tau2_dl, "pm": tau2_pm}


@dataclass(frozen=True, kw_only=True)
class PooledRate(RandomEffectsResult):
    """A random-effects pooled survival rate (see :class:`RandomEffectsResult`).

    ``scale`` is the transform (:data:`RATE_TRANSFORMS`); the back-transformed limits satisfy
    ``lower <= estimate <= upper`` whatever the direction of the transform.

    Attributes
    ----------
    rates, ses : tuple of float
        The cohort rates and standard errors as given (proportions).
    n : tuple of int or None
        Cohort sizes, if given (only reported, never used in the computation).
    """

    rates: tuple[float, ...]
    ses: tuple[float, ...]
    n: tuple[int, ...] | None = None

    @property
    def transform(self) -> str:
        return self.scale

    def _back(self, t):
        return _back(t, self.scale)

    def _totals(self):
        return math.nan, (sum(self.n) if self.n is not None else math.nan)

    def subset(self, keep) -> PooledRate:
        keep = list(keep)
        return pool_rates(
            [self.rates[j] for j in keep],
            [self.ses[j] for j in keep],
            self.method,
            self.ci_level,
            [self.labels[j] for j in keep],
            self.outcome,
            self.subgroup,
            self.scale,
            None if self.n is None else [self.n[j] for j in keep],
            pi_type=self.pi_type,
        )

    def to_frame(self) -> pd.DataFrame:
        """One row per cohort: label, n, rate, se, the cohort's own interval, yi, vi, weight.

        The cohort interval is the normal interval on the transformed scale, back-transformed
        (for ``log-log`` it equals R ``survfit(conf.type="log-log")``, see
        :func:`blinarepro.survival.km_rate_ci`).
        """
        z = float(stats.norm.ppf(0.5 + self.ci_level / 2))
        yi, sd = np.asarray(self.yi), np.sqrt(np.asarray(self.vi))
        a, b = _back(yi - z * sd, self.scale), _back(yi + z * sd, self.scale)
        return pd.DataFrame(
            {
                "label": list(self.labels),
                "n": list(self.n) if self.n is not None else [math.nan] * self.k,
                "rate": list(self.rates),
                "se": list(self.ses),
                "lower": np.minimum(a, b),
                "upper": np.maximum(a, b),
                "yi": list(self.yi),
                "vi": list(self.vi),
                "weight_percent": list(self.weights),
            }
        )


def _back(t, transform: str):
    """Inverse of the transform (vectorised): exp(-exp(t)) or expit(t)."""
    t = np.asarray(t, dtype=float)
    out = np.exp(-np.exp(t)) if transform == "log-log" else 1.0 / (1.0 + np.exp(-t))
    return out if out.ndim else float(out)


def rate_effect_sizes(rates, ses, transform: str = "log-log") -> tuple[np.ndarray, np.ndarray]:
    """Transformed rates and their delta-method variances.

    Parameters
    ----------
    rates, ses : sequence of float
        Rates S strictly between 0 and 1 (proportions, not percent) and their SEs (> 0).
    transform : {"log-log", "logit"}
        ``log(-log S)`` with variance ``(se / (S log S))^2``, or ``logit S`` with variance
        ``(se / (S (1 - S)))^2``.

    Returns
    -------
    yi, vi : numpy.ndarray

    Raises
    ------
    ValueError
        Empty input, lengths that differ, a rate at 0 or 1 (undefined on both scales), a
        percentage passed as a rate, or an SE that is not positive.
    """
    transform = check_choice("transform", transform, RATE_TRANSFORMS)
    s = np.atleast_1d(np.asarray(rates, dtype=float))
    se = np.atleast_1d(np.asarray(ses, dtype=float))
    if s.size == 0:
        raise ValueError("rates must hold at least one cohort; got none")
    if s.shape != se.shape:
        raise ValueError(f"rates and ses must have the same length; got {s.size} and {se.size}")
    for i, (r, e) in enumerate(zip(s, se, strict=True)):
        if not (math.isfinite(r) and 0.0 < r < 1.0):
            raise ValueError(
                f"rates[{i}] must lie strictly between 0 and 1 (a proportion; 0 and 1 have no "
                f"{transform} value); got {r!r}"
            )
        if not (math.isfinite(e) and e > 0.0):
            raise ValueError(f"ses[{i}] must be a positive number; got {e!r}")
    if transform == "log-log":
        return np.log(-np.log(s)), (se / (s * np.log(s))) ** 2
    return np.log(s / (1 - s)), (se / (s * (1 - s))) ** 2


def pool_rates(
    rates,
    ses,
    method: str = "reml",
    confidence_level: float = 0.95,
    labels=None,
    outcome: str = "",
    subgroup: str = "",
    transform: str = "log-log",
    n=None,
    pi_type: str | None = None,
) -> PooledRate:
    """Random-effects inverse-variance pooling of survival rates at one time point.

    Parameters
    ----------
    rates, ses : sequence of float
        Kaplan-Meier rates S (proportions, strictly between 0 and 1) and their standard errors.
    method : str
        One of :data:`RATE_METHODS`: tau^2 estimator (REML, DerSimonian-Laird, Paule-Mandel);
        ``_hk`` the Knapp-Hartung interval (metafor ``test="knha"``), ``_hk_adhoc`` the
        variant floored at the unscaled variance (``test="adhoc"``), both t with k - 1 df.
    confidence_level : float
        Level of the confidence, prediction and tau^2 intervals.
    labels : sequence of str, optional
        Cohort labels.
    outcome, subgroup : str
        Labels carried into :meth:`PooledRate.summary_frame`.
    transform : {"log-log", "logit"}
        Scale of pooling (see :func:`rate_effect_sizes`).
    n : sequence of int, optional
        Cohort sizes, reported only.
    pi_type : {"default", "riley"}, optional
        Prediction interval of the result (``riley`` for the t methods by default).

    Returns
    -------
    PooledRate

    Notes
    -----
    Reproduces metafor 3.8-1 ``rma(yi, vi, method=..., test="z" | "knha" | "adhoc")`` with
    ``yi``/``vi`` computed in R from the rates, ``predict(pi.type=...)`` for the prediction
    interval and ``confint()`` for the Q-profile tau^2 interval, to 1e-9 (print precision) on
    two, four and five cohorts
    and both transforms (``tests/pooling/test_pool_rates.py``). The tau^2 estimators are
    those of :mod:`blinarepro.pooling.heterogeneity`, shared with the proportion pooling.

    Weak points: the delta-method variance treats the printed SE as exact, and a rate near 1
    with few events has a skewed sampling distribution on any scale; with k = 2 tau^2 is
    barely estimable (its Q-profile interval is very wide) and the Hartung-Knapp interval
    uses a t with 1 df. With one cohort, tau^2 = 0 and Q, I^2 and the prediction interval are
    NaN; the HK variants then use the normal interval, as metafor does.
    """
    method = check_choice("method", method, RATE_METHODS)
    confidence_level = check_level("confidence_level", confidence_level)
    yi, vi = rate_effect_sizes(rates, ses, transform)
    k = len(yi)
    if labels is None:
        labels = [f"Cohort {i + 1}" for i in range(k)]
    labels = tuple(str(x) for x in labels)
    if len(labels) != k:
        raise ValueError(f"labels must have one entry per cohort ({k}); got {len(labels)}")
    if n is not None:
        n = tuple(check_count(f"n[{i}]", m, minimum=1) for i, m in enumerate(n))
        if len(n) != k:
            raise ValueError(f"n must have one entry per cohort ({k}); got {len(n)}")
    base = method.removesuffix("_adhoc").removesuffix("_hk")
    test = "adhoc" if method.endswith("_adhoc") else "knha" if method.endswith("_hk") else "z"
    fit = fit_random_effects(yi, vi, _ESTIMATORS[base], test, confidence_level)
    notes = list(fit.notes)
    if k == 2:
        notes.append("k = 2: tau^2 is barely estimable; read the pooled value with care.")
    return PooledRate(
        method=method,
        scale=transform,
        outcome=outcome,
        subgroup=subgroup,
        ci_level=confidence_level,
        labels=labels,
        rates=tuple(float(r) for r in np.atleast_1d(np.asarray(rates, dtype=float))),
        ses=tuple(float(e) for e in np.atleast_1d(np.asarray(ses, dtype=float))),
        n=n,
        yi=tuple(yi.tolist()),
        vi=tuple(vi.tolist()),
        weights=tuple((100 * fit.weights / np.sum(fit.weights)).tolist()),
        mu=fit.mu,
        se=fit.se,
        test=fit.test,
        df=fit.df,
        pi_type=check_choice("pi_type", pi_type or default_pi_type(method), PI_TYPES),
        tau2=fit.tau2,
        tau2_lower=fit.tau2_lower,
        tau2_upper=fit.tau2_upper,
        i2=fit.i2,
        i2_lower=fit.i2_lower,
        i2_upper=fit.i2_upper,
        q=fit.q,
        q_df=k - 1,
        q_p=fit.q_p,
        notes=tuple(notes),
    )


def leave_one_out_rates(rates, ses, *args, **kwargs) -> pd.DataFrame:
    """``pool_rates(rates, ses, ...).leave_one_out()``: each cohort left out in turn."""
    return pool_rates(rates, ses, *args, **kwargs).leave_one_out()
