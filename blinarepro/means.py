"""Two means from printed summary statistics (mean, SD, n), and mean/SD from a median.

:func:`two_sample_t` (Welch or Student), :func:`hedges_g` (standardized mean difference as
metafor's ``escalc(measure="SMD")``) and :func:`mean_sd_from_median` (estimated mean and SD
when only a median with its range or interquartile range is printed).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import pandas as pd
from scipy import stats
from scipy.special import gammaln

from blinarepro._validate import check_choice, check_count, check_level

__all__ = [
    "SPREADS",
    "HedgesG",
    "MeanSDEstimate",
    "TwoSampleT",
    "hedges_g",
    "mean_sd_from_median",
    "two_sample_t",
]

SPREADS = ("range", "iqr")


def _check_real(name: str, value, *, minimum: float | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a finite number; got {value!r}")
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number; got {value!r}")
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be >= {minimum}; got {value!r}")
    return value


def _check_groups(mean1, sd1, n1, mean2, sd2, n2):
    return (
        _check_real("mean1", mean1),
        _check_real("sd1", sd1, minimum=0.0),
        check_count("n1", n1, minimum=2),
        _check_real("mean2", mean2),
        _check_real("sd2", sd2, minimum=0.0),
        check_count("n2", n2, minimum=2),
    )


@dataclass(frozen=True)
class TwoSampleT:
    """Two-sample t test and mean difference from summary statistics.

    Attributes
    ----------
    mean1, sd1, n1, mean2, sd2, n2 : float, float, int
        The printed summaries, as given.
    equal_var : bool
        False: Welch (Satterthwaite df); True: Student (pooled SD).
    method : str
        ``"welch"`` or ``"student"``.
    confidence_level : float
        Two-sided level of the interval.
    statistic : float
        t.
    df : float
        Degrees of freedom.
    pvalue : float
        Two-sided p-value.
    estimate : float
        mean1 - mean2.
    se : float
        Standard error of the difference.
    lower, upper : float
        estimate -/+ t_{df} quantile * se.
    note : str
        Empty, or why a value is degenerate (both SDs zero).
    """

    mean1: float
    sd1: float
    n1: int
    mean2: float
    sd2: float
    n2: int
    equal_var: bool
    method: str
    confidence_level: float
    statistic: float
    df: float
    pvalue: float
    estimate: float
    se: float
    lower: float
    upper: float
    note: str = ""

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame whose columns are the fields above."""
        return pd.DataFrame([asdict(self)])


def two_sample_t(
    mean1: float,
    sd1: float,
    n1: int,
    mean2: float,
    sd2: float,
    n2: int,
    equal_var: bool = False,
    confidence_level: float = 0.95,
) -> TwoSampleT:
    """Welch (default) or Student two-sample t test from means, SDs and sizes.

    Parameters
    ----------
    mean1, sd1, n1 : float, float, int
        Group 1 mean, SD (>= 0) and size (>= 2).
    mean2, sd2, n2 : float, float, int
        Group 2 likewise.
    equal_var : bool, default False
        Pool the variances (Student) instead of Welch's unequal-variance test.
    confidence_level : float, default 0.95
        Two-sided level of the interval for mean1 - mean2.

    Returns
    -------
    TwoSampleT

    Notes
    -----
    t and p from :func:`scipy.stats.ttest_ind_from_stats`; the interval is built here from
    the same standard error and df. If both SDs are zero the t statistic is +/-inf (or nan
    when the means are equal), the p-value 0 (or nan), Welch's df is nan, and the interval
    has zero width; ``note`` says so. Validated against R 4.2.2 ``t.test`` on samples
    constructed to have exactly the given means and SDs (``scale(x) * sd + mean``).
    """
    if not isinstance(equal_var, bool):
        raise TypeError(f"equal_var must be True or False; got {equal_var!r}")
    confidence_level = check_level("confidence_level", confidence_level)
    mean1, sd1, n1, mean2, sd2, n2 = _check_groups(mean1, sd1, n1, mean2, sd2, n2)
    v1, v2 = sd1**2 / n1, sd2**2 / n2
    diff = mean1 - mean2
    if equal_var:
        df = float(n1 + n2 - 2)
        pooled = ((n1 - 1) * sd1**2 + (n2 - 1) * sd2**2) / df
        se = math.sqrt(pooled * (1 / n1 + 1 / n2))
    else:
        se = math.sqrt(v1 + v2)
        denom = v1**2 / (n1 - 1) + v2**2 / (n2 - 1)
        df = (v1 + v2) ** 2 / denom if denom > 0 else math.nan
    common = dict(
        mean1=mean1,
        sd1=sd1,
        n1=n1,
        mean2=mean2,
        sd2=sd2,
        n2=n2,
        equal_var=equal_var,
        method="student" if equal_var else "welch",
        confidence_level=confidence_level,
        df=df,
        estimate=diff,
        se=se,
    )
    if se == 0.0:
        statistic = math.nan if diff == 0 else math.copysign(math.inf, diff)
        return TwoSampleT(
            statistic=statistic,
            pvalue=math.nan if diff == 0 else 0.0,
            lower=diff,
            upper=diff,
            note="both SDs are zero: t is undefined or infinite",
            **common,
        )
    res = stats.ttest_ind_from_stats(mean1, sd1, n1, mean2, sd2, n2, equal_var=equal_var)
    q = float(stats.t.ppf(0.5 + confidence_level / 2.0, df))
    return TwoSampleT(
        statistic=float(res.statistic),
        pvalue=float(res.pvalue),
        lower=diff - q * se,
        upper=diff + q * se,
        **common,
    )


@dataclass(frozen=True)
class HedgesG:
    """Bias-corrected standardized mean difference (Hedges' g).

    Attributes
    ----------
    mean1, sd1, n1, mean2, sd2, n2 : float, float, int
        The printed summaries, as given.
    confidence_level : float
        Two-sided level of the (normal) interval.
    d : float
        Uncorrected standardized difference (mean1 - mean2) / pooled SD.
    correction : float
        Small-sample factor J (exact gamma-function form), g = J * d.
    estimate : float
        g.
    variance : float
        Large-sample sampling variance 1/n1 + 1/n2 + g^2 / (2 (n1 + n2)).
    lower, upper : float
        g -/+ z * sqrt(variance).
    note : str
        Empty, or why the values are undefined (both SDs zero).
    """

    mean1: float
    sd1: float
    n1: int
    mean2: float
    sd2: float
    n2: int
    confidence_level: float
    d: float
    correction: float
    estimate: float
    variance: float
    lower: float
    upper: float
    note: str = ""

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame whose columns are the fields above."""
        return pd.DataFrame([asdict(self)])


def hedges_g(
    mean1: float,
    sd1: float,
    n1: int,
    mean2: float,
    sd2: float,
    n2: int,
    confidence_level: float = 0.95,
) -> HedgesG:
    """Hedges' g for mean1 - mean2 with a normal-theory confidence interval.

    Parameters
    ----------
    mean1, sd1, n1, mean2, sd2, n2 : float, float, int
        Means, SDs (>= 0) and sizes (>= 2) of the two groups.
    confidence_level : float, default 0.95
        Two-sided level in (0, 1).

    Returns
    -------
    HedgesG

    Notes
    -----
    With m = n1 + n2 - 2, J = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2)) (Hedges 1981), the
    exact form metafor uses; the variance is metafor's default ``vtype="LS"`` for
    ``measure="SMD"``. Validated against R 4.2.2 metafor 3.8-1 ``escalc(measure="SMD")``
    (yi, vi) and ``summary(escalc(...))`` (ci.lb, ci.ub). With both SDs zero, d is
    undefined: every value is nan (inf for d when the means differ) and ``note`` says so.
    """
    confidence_level = check_level("confidence_level", confidence_level)
    mean1, sd1, n1, mean2, sd2, n2 = _check_groups(mean1, sd1, n1, mean2, sd2, n2)
    m = n1 + n2 - 2
    correction = math.exp(gammaln(m / 2) - 0.5 * math.log(m / 2) - gammaln((m - 1) / 2))
    sp = math.sqrt(((n1 - 1) * sd1**2 + (n2 - 1) * sd2**2) / m)
    common = dict(
        mean1=mean1,
        sd1=sd1,
        n1=n1,
        mean2=mean2,
        sd2=sd2,
        n2=n2,
        confidence_level=confidence_level,
        correction=correction,
    )
    diff = mean1 - mean2
    if sp == 0.0:
        d = math.nan if diff == 0 else math.copysign(math.inf, diff)
        return HedgesG(
            d=d,
            estimate=math.nan,
            variance=math.nan,
            lower=math.nan,
            upper=math.nan,
            note="both SDs are zero: the standardized mean difference is undefined",
            **common,
        )
    d = diff / sp
    g = correction * d
    variance = 1 / n1 + 1 / n2 + g**2 / (2 * (n1 + n2))
    z = float(stats.norm.ppf(0.5 + confidence_level / 2.0))
    half = z * math.sqrt(variance)
    return HedgesG(d=d, estimate=g, variance=variance, lower=g - half, upper=g + half, **common)


@dataclass(frozen=True)
class MeanSDEstimate:
    """Mean and SD estimated from a median and its range or interquartile range.

    Attributes
    ----------
    median, lower, upper : float
        The printed median and the printed range (min, max) or quartiles (q1, q3).
    n : int
        Sample size.
    spread : str
        ``"range"`` or ``"iqr"``.
    mean, sd : float
        Estimated mean and SD.
    method : str
        The papers whose estimators were used.
    is_estimate : bool
        Always True: these are not the study's mean and SD.
    """

    median: float
    lower: float
    upper: float
    n: int
    spread: str
    mean: float
    sd: float
    method: str
    is_estimate: bool = True

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame whose columns are the fields above."""
        return pd.DataFrame([asdict(self)])


def mean_sd_from_median(
    median: float,
    lower: float,
    upper: float,
    n: int,
    spread: str = "range",
) -> MeanSDEstimate:
    """Estimate a sample mean and SD from its median and range or interquartile range.

    Parameters
    ----------
    median : float
        Printed median m.
    lower, upper : float
        The minimum a and maximum b (``spread="range"``) or the quartiles q1 and q3
        (``spread="iqr"``); lower <= median <= upper.
    n : int
        Sample size (>= 2).
    spread : {"range", "iqr"}
        Which spread was printed.

    Returns
    -------
    MeanSDEstimate

    Notes
    -----
    Range (mean: Luo et al. 2018, Stat Methods Med Res 27:1785, scenario S1; SD: Wan et al.
    2014, BMC Med Res Methodol 14:135)::

        w = 4 / (4 + n**0.75);  mean = w m + (1 - w) (a + b) / 2
        sd = (b - a) / (2 Phi^-1((n - 0.375) / (n + 0.25)))

    IQR (Wan et al. 2014, scenario S3)::

        mean = (q1 + m + q3) / 3
        sd = (q3 - q1) / (2 Phi^-1((0.75 n - 0.125) / (n + 0.25)))

    These assume an approximately normal sample; survival-type or skewed variables (ages
    in paediatric cohorts, blast counts) break that assumption, so the results are flagged
    ``is_estimate=True``. Validated against the same formulas written out independently in
    R 4.2.2 (``qnorm``); no published worked example was checked.
    """
    spread = check_choice("spread", spread, SPREADS)
    median = _check_real("median", median)
    lower = _check_real("lower", lower)
    upper = _check_real("upper", upper)
    n = check_count("n", n, minimum=2)
    if not lower <= median <= upper:
        raise ValueError(
            f"need lower <= median <= upper; got lower={lower!r}, median={median!r}, "
            f"upper={upper!r}"
        )
    if spread == "range":
        w = 4.0 / (4.0 + n**0.75)
        mean = w * median + (1.0 - w) * (lower + upper) / 2.0
        xi = 2.0 * float(stats.norm.ppf((n - 0.375) / (n + 0.25)))
        sd = (upper - lower) / xi
        method = "mean: Luo et al. 2018; sd: Wan et al. 2014 (range)"
    else:
        mean = (lower + median + upper) / 3.0
        eta = 2.0 * float(stats.norm.ppf((0.75 * n - 0.125) / (n + 0.25)))
        sd = (upper - lower) / eta
        method = "mean and sd: Wan et al. 2014 (IQR)"
    return MeanSDEstimate(
        median=median,
        lower=lower,
        upper=upper,
        n=n,
        spread=spread,
        mean=mean,
        sd=sd,
        method=method,
    )
