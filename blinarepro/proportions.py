"""One proportion: confidence intervals and the exact binomial test.

A printed "k of n (x%)" is re-derived here: :func:`proportion_ci` gives an interval for k/n by
one of :data:`PROPORTION_CI_METHODS`, :func:`binomial_test` tests k/n against a fixed p0.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import pandas as pd
from scipy import stats
from statsmodels.stats.proportion import proportion_confint

from blinarepro._validate import check_choice, check_events, check_level

__all__ = [
    "ALTERNATIVES",
    "PROPORTION_CI_METHODS",
    "BinomialTestResult",
    "ProportionCI",
    "binomial_test",
    "proportion_ci",
    "wilson_cc_interval",
]

PROPORTION_CI_METHODS = (
    "clopper-pearson",
    "wilson",
    "wilson-cc",
    "jeffreys",
    "agresti-coull",
    "wald",
)
ALTERNATIVES = ("two-sided", "less", "greater")

# Our method names -> statsmodels.stats.proportion.proportion_confint names.
_STATSMODELS_NAME = {
    "clopper-pearson": "beta",
    "wilson": "wilson",
    "jeffreys": "jeffreys",
    "agresti-coull": "agresti_coull",
    "wald": "normal",
}


@dataclass(frozen=True)
class ProportionCI:
    """Confidence interval for one proportion k/n.

    Attributes
    ----------
    k, n : int
        Events and trials, as given.
    method : str
        One of :data:`PROPORTION_CI_METHODS`.
    confidence_level : float
        Two-sided confidence level, e.g. 0.95.
    estimate : float
        k / n.
    lower, upper : float
        Interval limits, within [0, 1].
    """

    k: int
    n: int
    method: str
    confidence_level: float
    estimate: float
    lower: float
    upper: float

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame whose columns are the fields above."""
        return pd.DataFrame([asdict(self)])


@dataclass(frozen=True)
class BinomialTestResult:
    """Exact binomial test of k/n against p0 (see :func:`binomial_test`).

    Attributes
    ----------
    k, n : int
        Events and trials.
    p0 : float
        Proportion under the null hypothesis.
    alternative : str
        ``"two-sided"``, ``"less"`` or ``"greater"`` (the true proportion vs ``p0``).
    statistic : float
        k / n.
    pvalue : float
        Exact p-value (two-sided: sum of the probabilities no larger than that of k, as in
        R's ``binom.test``).
    """

    k: int
    n: int
    p0: float
    alternative: str
    statistic: float
    pvalue: float

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame whose columns are the fields above."""
        return pd.DataFrame([asdict(self)])


def wilson_cc_interval(k: int, n: int, z: float) -> tuple[float, float]:
    """Wilson score interval with continuity correction (Newcombe 1998, method 4).

    ``k`` and ``n`` are assumed already checked; ``z`` is the normal quantile. Lower is 0 when
    k = 0 and upper is 1 when k = n, as in Newcombe's definition.
    """
    p = k / n
    zz = z * z
    denom = 2.0 * (n + zz)
    if k == 0:
        lower = 0.0
    else:
        root = math.sqrt(zz - 2.0 - 1.0 / n + 4.0 * p * (n * (1.0 - p) + 1.0))
        lower = (2.0 * n * p + zz - 1.0 - z * root) / denom
    if k == n:
        upper = 1.0
    else:
        root = math.sqrt(zz + 2.0 - 1.0 / n + 4.0 * p * (n * (1.0 - p) - 1.0))
        upper = (2.0 * n * p + zz + 1.0 + z * root) / denom
    return max(0.0, lower), min(1.0, upper)


def proportion_ci(
    k: int,
    n: int,
    confidence_level: float = 0.95,
    method: str = "clopper-pearson",
) -> ProportionCI:
    """Two-sided confidence interval for a binomial proportion k/n.

    Parameters
    ----------
    k : int
        Number of events, 0 <= k <= n.
    n : int
        Number of trials, n >= 1.
    confidence_level : float, default 0.95
        Two-sided confidence level in (0, 1).
    method : str, default "clopper-pearson"
        One of :data:`PROPORTION_CI_METHODS`:

        - ``"clopper-pearson"``: exact, from beta quantiles (Clopper & Pearson 1934);
        - ``"wilson"``: score interval (Wilson 1927; Newcombe 1998 method 3);
        - ``"wilson-cc"``: score interval with continuity correction (Newcombe 1998 method 4);
        - ``"jeffreys"``: equal-tailed Beta(k + 1/2, n - k + 1/2) interval, with lower = 0 at
          k = 0 and upper = 1 at k = n (Brown, Cai & DasGupta 2001, section 4.1.2);
        - ``"agresti-coull"``: add z^2/2 events and z^2/2 non-events, then Wald
          (Agresti & Coull 1998);
        - ``"wald"``: p +/- z sqrt(p(1-p)/n); degenerate ([p, p]) at k = 0 and k = n.

    Returns
    -------
    ProportionCI

    Raises
    ------
    ValueError, TypeError
        For an unknown method, a level outside (0, 1), non-integer counts or k > n.

    Notes
    -----
    All methods but ``"wilson-cc"`` are computed by statsmodels' ``proportion_confint``; the
    results are clipped to [0, 1], and the lower limit is set to exactly 0 at k = 0 and the
    upper to exactly 1 at k = n (statsmodels can return 1e-19 for Wilson, and omits the
    Jeffreys boundary modification). Validated (``tests/stats/test_proportions.py``)
    against R 4.2.2: ``binom.test`` (Clopper-Pearson), ``prop.test(correct=FALSE)`` (Wilson),
    ``prop.test(correct=TRUE)`` (Wilson-cc, which R computes by the same formula written as
    the Wilson interval at p -/+ 1/(2n)), and the formulas of the other methods written out
    in R with ``qbeta``/``qnorm``.

    The Wald interval is known to cover badly for small n or p near 0 or 1 (Brown, Cai &
    DasGupta 2001); it is offered only to re-derive papers that used it.
    """
    method = check_choice("method", method, PROPORTION_CI_METHODS)
    confidence_level = check_level("confidence_level", confidence_level)
    k, n = check_events(k, n)
    alpha = 1.0 - confidence_level

    if method == "wilson-cc":
        z = stats.norm.ppf(1.0 - alpha / 2.0)
        lower, upper = wilson_cc_interval(k, n, z)
    else:
        lo, up = proportion_confint(k, n, alpha=alpha, method=_STATSMODELS_NAME[method])
        lower, upper = float(lo), float(up)
    # Every method's lower limit is 0 at k = 0 and upper limit 1 at k = n (Jeffreys by the
    # Brown-Cai-DasGupta modification, the others exactly); set them so, not to 1e-19.
    lower = 0.0 if k == 0 else min(max(lower, 0.0), 1.0)
    upper = 1.0 if k == n else min(max(upper, 0.0), 1.0)
    return ProportionCI(
        k=k,
        n=n,
        method=method,
        confidence_level=confidence_level,
        estimate=k / n,
        lower=lower,
        upper=upper,
    )


def binomial_test(k: int, n: int, p0: float, alternative: str = "two-sided") -> BinomialTestResult:
    """Exact binomial test of H0: proportion = p0.

    Parameters
    ----------
    k, n : int
        Events and trials, 0 <= k <= n, n >= 1.
    p0 : float
        Null proportion, strictly between 0 and 1.
    alternative : {"two-sided", "less", "greater"}
        Alternative hypothesis for the true proportion relative to ``p0``.

    Returns
    -------
    BinomialTestResult

    Notes
    -----
    Wraps :func:`scipy.stats.binomtest`. Validated against R 4.2.2 ``binom.test``, whose
    two-sided p-value uses the same rule (sum of the probabilities of the outcomes no more
    likely than k, with a relative tolerance of 1e-7).
    """
    alternative = check_choice("alternative", alternative, ALTERNATIVES)
    k, n = check_events(k, n)
    p0 = check_level("p0", p0)
    res = stats.binomtest(k, n, p0, alternative=alternative)
    return BinomialTestResult(
        k=k,
        n=n,
        p0=p0,
        alternative=alternative,
        statistic=k / n,
        pvalue=float(res.pvalue),
    )
