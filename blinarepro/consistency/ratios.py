"""A printed ratio (a hazard ratio, an odds ratio) with its confidence interval, and its p-value.

A Wald interval of a ratio is symmetric on the log scale: ln(ratio) is the midpoint of
ln(lower) and ln(upper), and its standard error is (ln(upper) - ln(lower)) / (2 z), z the
normal quantile of the level. The p-value of the same Wald test is then 2 (1 - Phi(|ln(ratio)|
/ SE)) (Altman and Bland, "How to obtain the P value from a confidence interval", BMJ
2011;343:d2304). Every printed number stands for the values that print as it, so both checks
work on ranges: the geometric mean of the bounds over their rounding intervals, and the p-value
over the corners of the box of (ratio, lower, upper) (|z| grows with |ln ratio| and shrinks as
the interval widens, so its extremes are at corners).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from itertools import product

from blinarepro._validate import check_level
from blinarepro.consistency._result import CheckResultMixin
from blinarepro.consistency.printed import PrintedNumber, parse_printed

__all__ = ["RatioCICheck", "ratio_ci_check", "wald_p_range"]


def _box(text: str | PrintedNumber, name: str) -> tuple[float, float]:
    p = parse_printed(text, name)
    if p.relation != "=" or p.value <= 0:
        raise ValueError(f"{name} must be a plain positive number; got {p.text!r}")
    low = max(p.lower, Decimal(p.half_unit) / 1000)  # "0.0" would stand for 0: keep it > 0
    return float(low), float(p.upper)


@dataclass(frozen=True)
class RatioCICheck(CheckResultMixin):
    """Result of :func:`ratio_ci_check`.

    Attributes
    ----------
    value, lower, upper : str
        The ratio and its bounds as printed.
    centre_low, centre_high : float
        The range of sqrt(lower x upper) over the bounds' rounding intervals: where a Wald
        interval puts the ratio.
    status : str
        ``"consistent"`` when the printed ratio can lie in that range, else ``"inconsistent"``;
        ``"outside"`` when the ratio lies outside its own interval (a misprint).
    reason : str
    """

    value: str
    lower: str
    upper: str
    centre_low: float
    centre_high: float
    status: str
    reason: str


def ratio_ci_check(value: str, lower: str, upper: str) -> RatioCICheck:
    """Whether a printed ratio is the log-scale midpoint of its printed interval.

    Validated by exact arithmetic: 0.71 (0.55 to 0.93), TOWER's hazard ratio for death (N Engl J
    Med 2017;376:836-47), has its centre sqrt(0.545 x 0.925) = 0.7100 to sqrt(0.555 x 0.935)
    = 0.7204, which 0.71 (0.705 to 0.715) meets; ``tests/consistency/test_ratios.py``.
    """
    v_lo, v_hi = _box(value, "value")
    l_lo, l_hi = _box(lower, "lower")
    u_lo, u_hi = _box(upper, "upper")
    if l_lo > v_hi or u_hi < v_lo:  # no rounding puts the ratio inside its own interval
        reason = f"the ratio {value} lies outside its own interval ({lower} to {upper})"
        return RatioCICheck(value, lower, upper, math.nan, math.nan, "outside", reason)
    c_lo, c_hi = math.sqrt(l_lo * u_lo), math.sqrt(l_hi * u_hi)
    fits = c_lo <= v_hi and v_lo <= c_hi
    reason = (
        f"a Wald interval ({lower} to {upper}) puts the ratio at sqrt(lower x upper) = "
        f"{c_lo:.4g} to {c_hi:.4g}; {value} is {'within' if fits else 'outside'} that"
    )
    if not fits:
        reason += " (an interval by another method, such as a profile likelihood, or a typo)"
    return RatioCICheck(
        value, lower, upper, c_lo, c_hi, "consistent" if fits else "inconsistent", reason
    )


def wald_p_range(value: str, lower: str, upper: str, level: float = 0.95) -> tuple[float, float]:
    """The two-sided Wald p-values a printed ratio and interval allow, ``(lowest, highest)``.

    SE = (ln upper - ln lower) / (2 z_{(1 + level) / 2}), z = ln(ratio) / SE, p = 2 (1 -
    Phi(|z|)) (Altman and Bland, BMJ 2011;343:d2304, with the exact normal instead of their
    approximation), over the corners of the box of values that print as the ratio and bounds
    (and p = 1 when the ratio may print from 1 itself).
    Validated against R 4.2: ``2 * pnorm(-abs(log(0.71) / ((log(0.93) - log(0.55)) / (2 *
    qnorm(0.975)))))`` (``tests/consistency/test_ratios.py``).
    """
    from scipy.stats import norm

    level = check_level("level", level)
    z_star = float(norm.ppf((1 + level) / 2))
    box = _box(value, "value")
    ps = [1.0] if box[0] <= 1 <= box[1] else []  # a ratio that may print as 1: no effect
    for v, lo, hi in product(box, _box(lower, "lower"), _box(upper, "upper")):
        if hi <= lo:
            continue
        se = (math.log(hi) - math.log(lo)) / (2 * z_star)
        ps.append(float(2 * norm.sf(abs(math.log(v)) / se)))
    if not ps:
        raise ValueError(f"the interval ({lower}, {upper}) has no width")
    return min(ps), max(ps)
