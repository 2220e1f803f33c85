"""Two independent proportions, k1/n1 (group 1) against k2/n2 (group 2).

Effect sizes with intervals (:func:`risk_difference`, :func:`risk_ratio`, :func:`odds_ratio`)
and exact tests (:func:`fisher_exact`, :func:`boschloo_exact`). Every effect is group 1
relative to group 2: p1 - p2, p1 / p2, odds1 / odds2. The 2x2 table is::

                 events     non-events
    group 1      k1         n1 - k1
    group 2      k2         n2 - k2
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd
from scipy import stats
from scipy.stats.contingency import odds_ratio as _scipy_odds_ratio

from blinarepro._validate import check_choice, check_count, check_events, check_level

__all__ = [
    "ALTERNATIVES",
    "ODDS_RATIO_METHODS",
    "RISK_DIFFERENCE_METHODS",
    "RISK_RATIO_METHODS",
    "ExactTestResult",
    "TwoProportionEffect",
    "ChiSquareResult",
    "boschloo_exact",
    "chi2_test",
    "fisher_exact",
    "odds_ratio",
    "risk_difference",
    "risk_ratio",
]

RISK_DIFFERENCE_METHODS = ("newcombe", "wald")
RISK_RATIO_METHODS = ("katz-log",)
ODDS_RATIO_METHODS = ("exact", "woolf")
ALTERNATIVES = ("two-sided", "less", "greater")


@dataclass(frozen=True)
class TwoProportionEffect:
    """An effect size comparing k1/n1 with k2/n2, with its confidence interval.

    Attributes
    ----------
    k1, n1, k2, n2 : int
        Events and trials in group 1 and group 2, as given.
    measure : str
        ``"risk difference"``, ``"risk ratio"`` or ``"odds ratio"``.
    method : str
        Interval method (one of the function's allowed methods).
    confidence_level : float
        Two-sided confidence level.
    estimate : float
        Point estimate (may be 0, inf or nan for ratios with zero cells; see ``note``).
    lower, upper : float
        Interval limits (nan where the method is undefined; see ``note``).
    correction : float
        What was added to every cell before computing (0.0 when nothing was added).
    note : str
        Empty, or why the estimate or interval is degenerate.
    """

    k1: int
    n1: int
    k2: int
    n2: int
    measure: str
    method: str
    confidence_level: float
    estimate: float
    lower: float
    upper: float
    correction: float = 0.0
    note: str = ""

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame whose columns are the fields above."""
        return pd.DataFrame([asdict(self)])


@dataclass(frozen=True)
class ExactTestResult:
    """An exact test of p1 = p2 (see :func:`fisher_exact` and :func:`boschloo_exact`).

    Attributes
    ----------
    k1, n1, k2, n2 : int
        Events and trials in the two groups.
    test : str
        ``"fisher"`` or ``"boschloo"``.
    alternative : str
        ``"two-sided"``, ``"less"`` (p1 < p2) or ``"greater"`` (p1 > p2).
    statistic : float
        Fisher: the conditional maximum-likelihood odds ratio. Boschloo: the Fisher p-value
        used as the test statistic (scipy's convention).
    pvalue : float
        The test's p-value (1 when the table has no events, or no non-events, at all).
    estimate, lower, upper : float
        Fisher: conditional MLE odds ratio and the exact (Cornfield) interval matching
        ``alternative``, as in R's ``fisher.test``. Boschloo: nan (no interval is attached).
    confidence_level : float
        Level of that interval.
    n_points : int or None
        Boschloo only: sampling points of the nuisance-parameter search.
    note : str
        Empty, or why a value is nan.
    """

    k1: int
    n1: int
    k2: int
    n2: int
    test: str
    alternative: str
    statistic: float
    pvalue: float
    estimate: float
    lower: float
    upper: float
    confidence_level: float
    n_points: int | None = None
    note: str = ""

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame whose columns are the fields above."""
        return pd.DataFrame([asdict(self)])


def _check_two(k1, n1, k2, n2) -> tuple[int, int, int, int]:
    k1, n1 = check_events(k1, n1, k_name="k1", n_name="n1")
    k2, n2 = check_events(k2, n2, k_name="k2", n_name="n2")
    return k1, n1, k2, n2


def _check_correction(correction) -> float | None:
    if correction is None:
        return None
    if isinstance(correction, bool) or not isinstance(correction, (int, float)):
        raise TypeError(f"correction must be None or a positive number; got {correction!r}")
    if not (math.isfinite(correction) and correction > 0):
        raise ValueError(f"correction must be None or a positive number; got {correction!r}")
    return float(correction)


def _exp(x: float) -> float:
    """math.exp that returns inf instead of raising OverflowError (tiny corrections)."""
    return math.inf if x > 709.0 else math.exp(x)


def _z(confidence_level: float) -> float:
    return float(stats.norm.ppf(0.5 + confidence_level / 2.0))


def _wilson(k: int, n: int, z: float) -> tuple[float, float]:
    """Wilson score interval (Newcombe 1998 single-proportion method 3)."""
    p = k / n
    zz = z * z
    centre = (p + zz / (2 * n)) / (1 + zz / n)
    half = z * math.sqrt(p * (1 - p) / n + zz / (4 * n * n)) / (1 + zz / n)
    lower = 0.0 if k == 0 else max(0.0, centre - half)
    upper = 1.0 if k == n else min(1.0, centre + half)
    return lower, upper


def risk_difference(
    k1: int,
    n1: int,
    k2: int,
    n2: int,
    confidence_level: float = 0.95,
    method: str = "newcombe",
) -> TwoProportionEffect:
    """Risk difference p1 - p2 with a confidence interval.

    Parameters
    ----------
    k1, n1, k2, n2 : int
        Events and trials in group 1 and group 2.
    confidence_level : float, default 0.95
        Two-sided level in (0, 1).
    method : {"newcombe", "wald"}
        ``"newcombe"``: hybrid score interval built from the two Wilson intervals (Newcombe
        1998, method 10). ``"wald"``: d +/- z sqrt(p1 q1/n1 + p2 q2/n2), clipped to [-1, 1].

    Returns
    -------
    TwoProportionEffect

    Notes
    -----
    With Wilson limits (l1, u1) and (l2, u2), the Newcombe limits are
    d - sqrt((p1 - l1)^2 + (u2 - p2)^2) and d + sqrt((u1 - p1)^2 + (p2 - l2)^2).
    Validated against Newcombe (1998), Stat Med 17:873-890, Table II (all six examples,
    method 10, to the printed 4 decimals), against the same formula written out in R 4.2.2
    from ``prop.test(correct=FALSE)`` Wilson intervals, and (Wald) against R's
    two-sample ``prop.test(correct=FALSE)$conf.int``. The Wald interval covers poorly for
    small samples or extreme proportions and can have zero width (0/10 vs 0/20).
    """
    method = check_choice("method", method, RISK_DIFFERENCE_METHODS)
    confidence_level = check_level("confidence_level", confidence_level)
    k1, n1, k2, n2 = _check_two(k1, n1, k2, n2)
    p1, p2 = k1 / n1, k2 / n2
    d = p1 - p2
    z = _z(confidence_level)
    if method == "newcombe":
        l1, u1 = _wilson(k1, n1, z)
        l2, u2 = _wilson(k2, n2, z)
        lower = d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
        upper = d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    else:
        half = z * math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
        lower, upper = d - half, d + half
    return TwoProportionEffect(
        k1=k1,
        n1=n1,
        k2=k2,
        n2=n2,
        measure="risk difference",
        method=method,
        confidence_level=confidence_level,
        estimate=d,
        lower=max(-1.0, lower),
        upper=min(1.0, upper),
    )


def _cells(k1, n1, k2, n2, correction):
    """The four cells, corrected only if asked and a cell is zero (metafor's to="only0")."""
    cells = np.array([k1, n1 - k1, k2, n2 - k2], dtype=float)
    added = 0.0
    if correction is not None and np.any(cells == 0):
        cells = cells + correction
        added = correction
    return cells, added


def _not_identifiable_note(k1, n1, k2, n2) -> str:
    """Note for a table with no events, or no non-events, in either group ("" otherwise)."""
    if k1 + k2 == 0 or k1 + k2 == n1 + n2:
        return "no events or no non-events in either group: odds ratio not identifiable"
    return ""


def _undefined_ratio(numerator, denominator, note, **fields) -> TwoProportionEffect:
    """A ratio with a zero cell and no correction: raw estimate (0, inf or nan), nan limits."""
    with np.errstate(divide="ignore", invalid="ignore"):
        estimate = float(np.divide(numerator, denominator))
    return TwoProportionEffect(
        estimate=estimate, lower=math.nan, upper=math.nan, note=note, **fields
    )


def _log_scale_ratio(log_ratio, se, confidence_level, **fields) -> TwoProportionEffect:
    """A ratio with the normal interval exp(log ratio +/- z se)."""
    z = _z(confidence_level)
    return TwoProportionEffect(
        estimate=_exp(log_ratio),
        lower=_exp(log_ratio - z * se),
        upper=_exp(log_ratio + z * se),
        confidence_level=confidence_level,
        **fields,
    )


def risk_ratio(
    k1: int,
    n1: int,
    k2: int,
    n2: int,
    confidence_level: float = 0.95,
    method: str = "katz-log",
    correction: float | None = None,
) -> TwoProportionEffect:
    """Risk ratio p1 / p2 with the Katz log interval.

    Parameters
    ----------
    k1, n1, k2, n2 : int
        Events and trials in group 1 and group 2.
    confidence_level : float, default 0.95
        Two-sided level in (0, 1).
    method : {"katz-log"}
        exp(log RR +/- z sqrt(1/k1 - 1/n1 + 1/k2 - 1/n2)) (Katz et al. 1978).
    correction : float or None, default None
        If given (usually 0.5), it is added to all four cells when any cell is zero, as
        metafor's ``escalc(measure="RR", add=1/2, to="only0")``; the amount added is recorded
        in the result. With ``None`` nothing is ever added: a zero event count gives an
        estimate of 0, inf or nan and nan limits, explained in ``note``.

    Returns
    -------
    TwoProportionEffect

    Notes
    -----
    Validated against R 4.2.2 metafor 3.8-1 ``escalc(measure="RR")`` (log RR and its
    variance, with and without ``add=1/2``) and, at printed precision, against the Katz log
    interval for 7/34 vs 1/34 in Fagerland, Lydersen & Laake (2015).
    """
    method = check_choice("method", method, RISK_RATIO_METHODS)
    confidence_level = check_level("confidence_level", confidence_level)
    k1, n1, k2, n2 = _check_two(k1, n1, k2, n2)
    correction = _check_correction(correction)
    (a, b, c, d), added = _cells(k1, n1, k2, n2, correction)
    common = dict(k1=k1, n1=n1, k2=k2, n2=n2, measure="risk ratio", method=method, correction=added)
    m1, m2 = a + b, c + d
    if a == 0 or c == 0:
        note = (
            "zero events in a group: the Katz log interval is undefined; "
            "pass correction=0.5 to add 0.5 to every cell"
        )
        return _undefined_ratio(a / m1, c / m2, note, confidence_level=confidence_level, **common)
    log_rr = math.log((a / m1) / (c / m2))
    se = math.sqrt(1 / a - 1 / m1 + 1 / c - 1 / m2)
    return _log_scale_ratio(log_rr, se, confidence_level, **common)


def odds_ratio(
    k1: int,
    n1: int,
    k2: int,
    n2: int,
    confidence_level: float = 0.95,
    method: str = "exact",
    correction: float | None = None,
) -> TwoProportionEffect:
    """Odds ratio (odds in group 1 over odds in group 2) with a confidence interval.

    Parameters
    ----------
    k1, n1, k2, n2 : int
        Events and trials in group 1 and group 2.
    confidence_level : float, default 0.95
        Two-sided level in (0, 1).
    method : {"exact", "woolf"}
        ``"exact"``: conditional maximum-likelihood estimate with the exact conditional
        (Cornfield) interval, as R's ``fisher.test``. ``"woolf"``: sample odds ratio with
        the logit interval exp(log OR +/- z sqrt(1/a + 1/b + 1/c + 1/d)).
    correction : float or None, default None
        Woolf only. If given (usually 0.5), it is added to all four cells when any cell is
        zero (metafor's ``add=1/2, to="only0"``) and recorded in the result; with ``None`` a
        zero cell gives an estimate of 0, inf or nan and nan limits, explained in ``note``.
        Passing it with ``method="exact"`` is an error: the exact method needs none.

    Returns
    -------
    TwoProportionEffect

    Notes
    -----
    The exact method calls ``scipy.stats.contingency.odds_ratio(kind="conditional")``.
    It handles zero cells without correction (an estimate of 0 or inf with a one-sided open
    interval). When a whole column is zero (no events, or no non-events, in either group)
    the odds ratio is not identifiable: scipy and this function return nan with the interval
    [0, inf], whereas R's ``fisher.test`` prints an estimate of 0.

    Exact: validated to 1e-6 against the conditional (noncentral hypergeometric) likelihood
    written out in R 4.2.2 and solved with ``uniroot(tol=1e-13)``. R's own ``fisher.test``
    agrees only to about 1e-2 in the large limits (e.g. 396.19 vs 396.99 for 7/34 vs 1/34),
    because it solves with uniroot's default tolerance. Woolf: validated against metafor
    3.8-1 ``escalc(measure="OR")`` with and without ``add=1/2``. Both at printed precision
    against Fagerland, Lydersen & Laake (2015) for 7/34 vs 1/34.
    """
    method = check_choice("method", method, ODDS_RATIO_METHODS)
    confidence_level = check_level("confidence_level", confidence_level)
    k1, n1, k2, n2 = _check_two(k1, n1, k2, n2)
    correction = _check_correction(correction)
    common = dict(k1=k1, n1=n1, k2=k2, n2=n2, measure="odds ratio", method=method)
    if method == "exact":
        if correction is not None:
            raise ValueError(
                "correction applies to method='woolf' only; the exact method needs none"
            )
        res = _scipy_odds_ratio([[k1, n1 - k1], [k2, n2 - k2]], kind="conditional")
        ci = res.confidence_interval(confidence_level=confidence_level)
        return TwoProportionEffect(
            estimate=float(res.statistic),
            lower=float(ci.low),
            upper=float(ci.high),
            confidence_level=confidence_level,
            note=_not_identifiable_note(k1, n1, k2, n2),
            **common,
        )
    (a, b, c, d), added = _cells(k1, n1, k2, n2, correction)
    if min(a, b, c, d) == 0:
        note = (
            "zero cell: the Woolf logit interval is undefined; "
            "pass correction=0.5 to add 0.5 to every cell"
        )
        return _undefined_ratio(
            a * d, b * c, note, confidence_level=confidence_level, correction=added, **common
        )
    log_or = math.log(a * d / (b * c))
    se = math.sqrt(1 / a + 1 / b + 1 / c + 1 / d)
    return _log_scale_ratio(log_or, se, confidence_level, correction=added, **common)


def fisher_exact(
    k1: int,
    n1: int,
    k2: int,
    n2: int,
    alternative: str = "two-sided",
    confidence_level: float = 0.95,
) -> ExactTestResult:
    """Fisher's exact test of p1 = p2, with the conditional odds ratio and its exact interval.

    Parameters
    ----------
    k1, n1, k2, n2 : int
        Events and trials in group 1 and group 2.
    alternative : {"two-sided", "less", "greater"}
        ``"less"``: p1 < p2 (odds ratio < 1); ``"greater"``: p1 > p2.
    confidence_level : float, default 0.95
        Level of the interval, which is one-sided for a one-sided alternative.

    Returns
    -------
    ExactTestResult

    Notes
    -----
    p-value from :func:`scipy.stats.fisher_exact` (two-sided: sum of the probabilities of
    the tables no more likely than the observed one); estimate and interval from
    ``scipy.stats.contingency.odds_ratio(kind="conditional")``. p-values validated against
    R 4.2.2 ``fisher.test(matrix(c(k1, k2, n1 - k1, n2 - k2), 2), alternative=...)``;
    estimate and (one- and two-sided) intervals as in :func:`odds_ratio`.
    """
    alternative = check_choice("alternative", alternative, ALTERNATIVES)
    confidence_level = check_level("confidence_level", confidence_level)
    k1, n1, k2, n2 = _check_two(k1, n1, k2, n2)
    table = [[k1, n1 - k1], [k2, n2 - k2]]
    pvalue = float(stats.fisher_exact(table, alternative=alternative).pvalue)
    res = _scipy_odds_ratio(table, kind="conditional")
    ci = res.confidence_interval(confidence_level=confidence_level, alternative=alternative)
    return ExactTestResult(
        k1=k1,
        n1=n1,
        k2=k2,
        n2=n2,
        test="fisher",
        alternative=alternative,
        statistic=float(res.statistic),
        pvalue=pvalue,
        estimate=float(res.statistic),
        lower=float(ci.low),
        upper=float(ci.high),
        confidence_level=confidence_level,
        note=_not_identifiable_note(k1, n1, k2, n2),
    )


def boschloo_exact(
    k1: int,
    n1: int,
    k2: int,
    n2: int,
    alternative: str = "two-sided",
    n_points: int = 32,
) -> ExactTestResult:
    """Boschloo's exact unconditional test of p1 = p2.

    Parameters
    ----------
    k1, n1, k2, n2 : int
        Events and trials in group 1 and group 2.
    alternative : {"two-sided", "less", "greater"}
        ``"less"``: p1 < p2; ``"greater"``: p1 > p2. The two-sided p-value is twice the
        smaller one-sided p-value, clipped to 1 (scipy's convention; other software may
        order the tables by the two-sided Fisher p-value instead and give a different value).
    n_points : int, default 32
        Sobol sampling points for the search over the nuisance common proportion (scipy's
        ``n``; rounded up to a power of 2). 32 suffices for the table sizes of the trials
        re-derived here (tests agree with a 1e-4 grid to 1e-6); raise it if the p-value is
        close to a threshold. The cost is one pass over (n1 + 1)(n2 + 1) tables per point,
        so tables with hundreds per arm take seconds, not milliseconds.

    Returns
    -------
    ExactTestResult
        ``statistic`` is the one-sided Fisher p-value (Boschloo's statistic);
        ``estimate``, ``lower`` and ``upper`` are nan (no interval goes with this test).

    Notes
    -----
    Wraps :func:`scipy.stats.boschloo_exact`, whose table has the groups as columns. R has
    no Boschloo test in base or metafor; validated by writing the definition out in R
    (sup over a grid of the common proportion of the probability that the one-sided Fisher
    p-value is <= the observed one) and checking that Boschloo's p-value never exceeds
    Fisher's one-sided p-value (Boschloo 1970).
    """
    alternative = check_choice("alternative", alternative, ALTERNATIVES)
    n_points = check_count("n_points", n_points, minimum=1)
    k1, n1, k2, n2 = _check_two(k1, n1, k2, n2)
    res = stats.boschloo_exact([[k1, k2], [n1 - k1, n2 - k2]], alternative=alternative, n=n_points)
    return ExactTestResult(
        k1=k1,
        n1=n1,
        k2=k2,
        n2=n2,
        test="boschloo",
        alternative=alternative,
        statistic=float(res.statistic),
        pvalue=float(res.pvalue),
        estimate=math.nan,
        lower=math.nan,
        upper=math.nan,
        confidence_level=math.nan,
        n_points=n_points,
    )


@dataclass(frozen=True)
class ChiSquareResult:
    """Result of :func:`chi2_test`.

    Attributes
    ----------
    k1, n1, k2, n2 : int
        The inputs.
    correction : bool
        Whether Yates' continuity correction was applied.
    statistic : float
        Pearson's X-squared.
    dof : int
        Degrees of freedom (1).
    pvalue : float
        Two-sided p-value from the chi-squared distribution.
    """

    k1: int
    n1: int
    k2: int
    n2: int
    correction: bool
    statistic: float
    dof: int
    pvalue: float


def chi2_test(k1: int, n1: int, k2: int, n2: int, correction: bool = False) -> ChiSquareResult:
    """Pearson's chi-squared test of p1 = p2 on the 2x2 table, with or without Yates' correction.

    Raises
    ------
    ValueError
        For invalid counts, or a table with no events or no non-events at all (the test is
        then undefined).

    Notes
    -----
    :func:`scipy.stats.chi2_contingency` on ``[[k1, n1 - k1], [k2, n2 - k2]]``. Validated
    against R 4.2.2 ``chisq.test(matrix(c(k1, k2, n1 - k1, n2 - k2), 2), correct=...)`` in
    ``tests/stats/test_comparisons.py``. With small expected counts (the documents here) the
    approximation is poor; Fisher's and Boschloo's exact tests are the ones to read.
    """
    if not isinstance(correction, bool):
        raise TypeError(f"correction must be True or False; got {correction!r}")
    k1, n1, k2, n2 = _check_two(k1, n1, k2, n2)
    if min(k1 + k2, n1 + n2 - k1 - k2) == 0:
        raise ValueError("no events or no non-events in either group: chi-squared is undefined")
    res = stats.chi2_contingency([[k1, n1 - k1], [k2, n2 - k2]], correction=correction)
    return ChiSquareResult(
        k1, n1, k2, n2, correction, float(res.statistic), int(res.dof), float(res.pvalue)
    )
