"""A printed Kaplan-Meier rate at a fixed time, with its printed standard error.

:func:`km_rate_ci` rebuilds the confidence interval R's ``survival`` package would print for
a survival probability S and its (Greenwood) standard error; :func:`effective_sample_size`
turns S and its SE into the size of a binomial sample with the same variance. Rates are
proportions in [0, 1]: callers convert printed percentages.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import pandas as pd
from scipy import stats

from blinarepro._validate import check_choice, check_level

__all__ = ["KM_TRANSFORMS", "KMRateCI", "effective_sample_size", "km_rate_ci"]

KM_TRANSFORMS = ("log-log", "plain", "log")


def _check_rate_se(rate, se) -> tuple[float, float]:
    for name, value in (("rate", rate), ("se", se)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{name} must be a finite number; got {value!r}")
        if not math.isfinite(value):
            raise ValueError(f"{name} must be a finite number; got {value!r}")
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"rate must be a proportion in [0, 1] (not a percentage); got {rate!r}")
    if se < 0.0:
        raise ValueError(f"se must be >= 0; got {se!r}")
    return float(rate), float(se)


def _exp(x: float) -> float:
    """math.exp that returns inf instead of raising OverflowError."""
    return math.inf if x > 709.0 else math.exp(x)


@dataclass(frozen=True)
class KMRateCI:
    """Confidence interval for a Kaplan-Meier survival probability at one time.

    Attributes
    ----------
    rate : float
        The survival probability S, in [0, 1].
    se : float
        Its standard error on the probability scale (as printed, e.g. Greenwood).
    transform : str
        One of :data:`KM_TRANSFORMS` (R ``survfit``'s ``conf.type``).
    confidence_level : float
        Two-sided level.
    lower, upper : float
        Interval limits in [0, 1]; nan where the transform is undefined (see ``note``).
    note : str
        Empty, or why the interval is undefined.
    """

    rate: float
    se: float
    transform: str
    confidence_level: float
    lower: float
    upper: float
    note: str = ""

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame whose columns are the fields above."""
        return pd.DataFrame([asdict(self)])


def km_rate_ci(
    rate: float,
    se: float,
    confidence_level: float = 0.95,
    transform: str = "log-log",
) -> KMRateCI:
    """Confidence interval for a Kaplan-Meier rate S from S and its standard error.

    Parameters
    ----------
    rate : float
        Survival probability S in [0, 1] (a printed 63% is 0.63).
    se : float
        Standard error of S (>= 0), on the same scale.
    confidence_level : float, default 0.95
        Two-sided level in (0, 1).
    transform : {"log-log", "plain", "log"}
        Scale on which the normal interval is built, as R ``survfit(conf.type=...)``:

        - ``"log-log"``: S^exp(+/- z se / (S |log S|)), i.e. the interval for log(-log S)
          with se(log(-log S)) = se / (S |log S|); undefined at S = 0 and S = 1;
        - ``"plain"``: S +/- z se, clipped to [0, 1];
        - ``"log"``: S exp(+/- z se / S), upper clipped to 1 (R's default); undefined at
          S = 0.

    Returns
    -------
    KMRateCI

    Notes
    -----
    Follows ``survival:::survfit_confint`` (survival 3.5-3) line by line, with the SE of S
    converted to the SE of log S as se / S. Validated against that function called with
    ``logse=FALSE`` and, end to end, against ``summary(survfit(..., conf.type=...),
    times=...)`` on the ``aml`` data shipped with survival (R 4.2.2): feeding the printed
    ``surv`` and ``std.err`` reproduces ``lower`` and ``upper``. At an undefined point the
    limits are nan (R gives NA) and ``note`` says why; at se = 0 the interval is [S, S].
    """
    transform = check_choice("transform", transform, KM_TRANSFORMS)
    confidence_level = check_level("confidence_level", confidence_level)
    rate, se = _check_rate_se(rate, se)
    z = float(stats.norm.ppf(0.5 + confidence_level / 2.0))
    note = ""
    if transform == "plain":
        lower = max(rate - z * se, 0.0)
        upper = min(rate + z * se, 1.0)
    elif transform == "log":
        if rate == 0.0:
            lower = upper = math.nan
            note = "rate is 0: the log interval is undefined"
        else:
            log_s, half = math.log(rate), z * se / rate
            lower = _exp(log_s - half)
            upper = min(_exp(log_s + half), 1.0)
    else:
        if rate in (0.0, 1.0):
            lower = upper = math.nan
            note = f"rate is {rate:g}: the log(-log) interval is undefined"
        else:
            # S ** exp(-/+ h) written as exp(-exp(log(-log S) +/- h)) so extremes cannot overflow
            loglog, half = math.log(-math.log(rate)), z * se / (rate * abs(math.log(rate)))
            lower = _exp(-_exp(loglog + half))
            upper = _exp(-_exp(loglog - half))
    return KMRateCI(
        rate=rate,
        se=se,
        transform=transform,
        confidence_level=confidence_level,
        lower=lower,
        upper=upper,
        note=note,
    )


def effective_sample_size(rate: float, se: float) -> float:
    """Size of a binomial sample whose proportion S has the same standard error as the KM rate.

    Parameters
    ----------
    rate : float
        Kaplan-Meier survival probability S in [0, 1].
    se : float
        Its standard error (> 0 for a finite result).

    Returns
    -------
    float
        n_eff = S (1 - S) / se^2. It is inf when se = 0 and 0 < S < 1, and nan when S is 0 or 1
        with se = 0 (0/0). It is 0 when S is 0 or 1 with se > 0.

    Notes
    -----
    The idea of Dorey & Korn (1987, Stat Med 6:679): the Kaplan-Meier estimate with Greenwood
    variance V behaves like a binomial proportion from n_eff = S(1-S)/V subjects, so binomial
    intervals and tests can be applied to (S n_eff) / n_eff. Without censoring the Greenwood
    SE equals the binomial SE and n_eff is the number at risk at the start; censoring before
    the time point makes n_eff smaller. It is a summary for plausibility checks and pooling,
    not a count of patients; it inherits every rounding of the printed S and SE (a SE
    printed to one decimal of a percent can move n_eff by tens). Checked against this
    identity on uncensored data (``tests/stats/test_survival.py``).
    """
    rate, se = _check_rate_se(rate, se)
    numerator = rate * (1.0 - rate)
    if se == 0.0:
        return math.nan if numerator == 0.0 else math.inf
    return numerator / se**2
