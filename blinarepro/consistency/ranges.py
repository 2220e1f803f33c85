"""Is a printed mean (and SD) possible given the printed range and n?"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from blinarepro._validate import check_count
from blinarepro.consistency._result import CheckResultMixin
from blinarepro.consistency.printed import PrintedNumber, format_exact, parse_printed

__all__ = ["MeanRangeCheck", "mean_range_check"]


@dataclass(frozen=True)
class MeanRangeCheck(CheckResultMixin):
    """Result of :func:`mean_range_check`.

    Attributes
    ----------
    printed_mean, printed_min, printed_max : str
        As printed.
    n : int
        Sample size.
    printed_sd : str or None
        Printed SD, if any.
    status : str
        ``"consistent"`` when the mean (and SD) fit the bounds below.
    reason : str
        Which bound fails, or the bounds that hold.
    mean_bounds : tuple of float
        (lowest, highest) mean possible with the minimum and maximum each observed once.
    sd_bounds : tuple of float or None
        (lowest, highest) sample SD possible with that range and n (None without an SD).
    """

    printed_mean: str
    printed_min: str
    printed_max: str
    n: int
    printed_sd: str | None
    status: str
    reason: str
    mean_bounds: tuple[float, float]
    sd_bounds: tuple[float, float] | None


def mean_range_check(
    printed_mean: str | PrintedNumber,
    printed_min: str | PrintedNumber,
    printed_max: str | PrintedNumber,
    n: int,
    printed_sd: str | PrintedNumber | None = None,
) -> MeanRangeCheck:
    """Check a printed mean (and SD) against the printed minimum, maximum and n.

    Parameters
    ----------
    printed_mean, printed_min, printed_max : str or PrintedNumber
        As printed, e.g. "2.4", "1", "8".
    n : int
        Sample size, n >= 1.
    printed_sd : str or PrintedNumber, optional
        Printed sample SD (n - 1 denominator).

    Returns
    -------
    MeanRangeCheck

    Raises
    ------
    ValueError, TypeError
        For unparsable numbers, min > max, a negative SD, n < 1 or an SD with n = 1.

    Notes
    -----
    With the minimum a and maximum b each observed at least once among n values, the mean lies
    in [((n-1) a + b)/n, (a + (n-1) b)/n]; the sample SD is at least (b-a)/sqrt(2(n-1)) (all
    other values at the midpoint) and at most the SD of floor(n/2) values at a and ceil(n/2)
    at b, (b-a) sqrt(floor(n/2) ceil(n/2) / (n(n-1))). Every printed number may be off by half
    a unit of its last digit, and the bounds are taken at their widest. No integer-data
    assumption. Validated by direct algebra on small data sets
    (``tests/consistency/test_ranges.py``).
    """
    pm = parse_printed(printed_mean, "printed_mean")
    pa = parse_printed(printed_min, "printed_min")
    pb = parse_printed(printed_max, "printed_max")
    n = check_count("n", n, minimum=1)
    for p, name in ((pm, "printed_mean"), (pa, "printed_min"), (pb, "printed_max")):
        if p.relation != "=":
            raise ValueError(f"{name} must be a plain number; got {p.text!r}")
    if pa.value > pb.value:
        raise ValueError(f"printed_min {pa.text!r} exceeds printed_max {pb.text!r}")
    ps = None
    if printed_sd is not None:
        ps = parse_printed(printed_sd, "printed_sd")
        if ps.relation != "=" or ps.value < 0:
            raise ValueError(f"printed_sd must be a plain number >= 0; got {ps.text!r}")
        if n < 2:
            raise ValueError("n must be >= 2 for a sample SD; got n=1")

    a_lo, a_hi = Fraction(pa.lower), Fraction(pa.upper)
    b_lo, b_hi = Fraction(pb.lower), Fraction(pb.upper)
    mean_lo = ((n - 1) * a_lo + b_lo) / n
    mean_hi = (a_hi + (n - 1) * b_hi) / n
    problems = []
    if Fraction(pm.upper) < mean_lo or Fraction(pm.lower) > mean_hi:
        problems.append(
            f"mean {pm.text} lies outside [{format_exact(mean_lo)}, {format_exact(mean_hi)}], "
            f"the means possible with minimum {pa.text} and maximum {pb.text} among {n} values"
        )
    sd_bounds = None
    if ps is not None:
        width_lo = max(b_lo - a_hi, Fraction(0))
        width_hi = b_hi - a_lo
        sd_lo = float(width_lo) / math.sqrt(2 * (n - 1))
        half, rest = n // 2, n - n // 2
        sd_hi = float(width_hi) * math.sqrt(half * rest / (n * (n - 1)))
        sd_bounds = (sd_lo, sd_hi)
        s_lo, s_hi = float(ps.lower), float(ps.upper)
        if s_hi < sd_lo or s_lo > sd_hi:
            problems.append(
                f"SD {ps.text} lies outside [{format_exact(sd_lo)}, {format_exact(sd_hi)}], "
                f"the sample SDs possible with range {pa.text}-{pb.text} and n = {n}"
            )
    if problems:
        status = "inconsistent"
        reason = "; ".join(problems)
    else:
        status = "consistent"
        reason = (
            f"mean {pm.text} within [{format_exact(mean_lo)}, {format_exact(mean_hi)}]"
            + (
                ""
                if sd_bounds is None
                else f", SD {ps.text} within [{format_exact(sd_bounds[0])}, "
                f"{format_exact(sd_bounds[1])}]"
            )
            + f" given range {pa.text}-{pb.text} and n = {n}"
        )
    return MeanRangeCheck(
        printed_mean=pm.text,
        printed_min=pa.text,
        printed_max=pb.text,
        n=n,
        printed_sd=None if ps is None else ps.text,
        status=status,
        reason=reason,
        mean_bounds=(float(mean_lo), float(mean_hi)),
        sd_bounds=sd_bounds,
    )
