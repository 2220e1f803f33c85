"""GRIM and GRIMMER: can a printed mean (and SD) come from n integer values?"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from blinarepro._validate import check_count
from blinarepro.consistency._result import CheckResultMixin
from blinarepro.consistency.printed import (
    PrintedNumber,
    format_at,
    format_exact,
    parse_printed,
    sqrt_rounding_rules,
)

__all__ = ["GrimResult", "GrimmerResult", "GrimmerSolution", "grim", "grimmer"]

_INTEGER_ASSUMPTION = (
    "assumes every value is an integer{items} (true for counts such as transfusion units or "
    "cycles, not for measurements such as log reductions)"
)


def _assumption(items: int) -> str:
    extra = "" if items == 1 else f" or the mean of {items} integer items"
    return _INTEGER_ASSUMPTION.format(items=extra)


@dataclass(frozen=True)
class GrimResult(CheckResultMixin):
    """Result of :func:`grim`.

    Attributes
    ----------
    printed_mean : str
        The mean as printed.
    n, items : int
        Sample size and number of integer items averaged per subject.
    status : str
        ``"consistent"`` if some integer total over n*items gives the printed mean.
    reason : str
        Why, including the integer-data assumption.
    sums : tuple of int
        Every integer total S (of the n*items item scores) with S / (n*items) printing as the
        mean.
    informative : bool
        False when n*items >= 10**decimals: every mean at that precision is then reachable and
        GRIM cannot detect anything (Brown & Heathers 2017).
    nearest_below, nearest_above : str or None
        When inconsistent, the nearest reachable means at the printed precision.
    """

    printed_mean: str
    n: int
    items: int
    status: str
    reason: str
    sums: tuple[int, ...]
    informative: bool
    nearest_below: str | None
    nearest_above: str | None


@dataclass(frozen=True)
class GrimmerSolution:
    """One integer total and sum of squares reproducing a printed mean and SD.

    Attributes
    ----------
    total : int
        Sum of the n subject scores, each scaled by ``items`` to an integer.
    sum_of_squares : int
        Sum of their squares.
    mean, sd : float
        The mean and sample SD (n - 1 denominator) they give, on the printed scale.
    """

    total: int
    sum_of_squares: int
    mean: float
    sd: float


@dataclass(frozen=True)
class GrimmerResult(CheckResultMixin):
    """Result of :func:`grimmer`.

    Attributes
    ----------
    printed_mean, printed_sd : str
        As printed.
    n, items : int
        Sample size and integer items per subject.
    status : str
        ``"consistent"`` if some integer data set of size n passes the necessary conditions
        below; ``"inconsistent"`` if the mean fails GRIM or no sum of squares fits the SD.
    reason : str
        Why, including the integer-data assumption.
    grim : GrimResult
        The GRIM check of the mean, done first.
    solutions : tuple of GrimmerSolution
        For each GRIM total, the first sum of squares that fits (empty when inconsistent).
    """

    printed_mean: str
    printed_sd: str
    n: int
    items: int
    status: str
    reason: str
    grim: GrimResult
    solutions: tuple[GrimmerSolution, ...]


def _check_mean(printed: str | PrintedNumber, name: str) -> PrintedNumber:
    p = parse_printed(printed, name)
    if p.relation != "=" or p.percent_sign or p.label:
        raise ValueError(f"{name} must be a plain printed number such as '5.19'; got {p.text!r}")
    return p


def grim(printed_mean: str | PrintedNumber, n: int, items: int = 1) -> GrimResult:
    """GRIM test: can the printed mean be the mean of n integers (or of n means of items)?

    Parameters
    ----------
    printed_mean : str or PrintedNumber
        The mean exactly as printed, e.g. "5.19".
    n : int
        Number of subjects, n >= 1.
    items : int, default 1
        Number of integer items averaged per subject (Likert scales); the granularity of the
        mean is then 1 / (n * items).

    Returns
    -------
    GrimResult

    Raises
    ------
    ValueError, TypeError
        For an unparsable mean, n < 1 or items < 1.

    Notes
    -----
    Granularity-related inconsistency of means (Brown & Heathers 2017, Social Psychological
    and Personality Science 8:363): the mean of n integers is S/n for an integer S, so a mean
    printed at D decimals is possible only if some S/n rounds to it. Ties are accepted under
    any of the rounding rules (half up, even or down). No power once n*items >= 10**D
    (``informative`` is then False, status "consistent").

    The test **assumes integer data**; it is meaningless for continuous measurements
    (BCR::ABL1 log reductions, ages in fractional years). The ``reason`` says so.

    Validated against the worked example of Brown & Heathers (5.19 with N = 28 impossible:
    145/28 = 5.1786, 146/28 = 5.2143), rsprite2's test suite (``GRIM_test(5.18, 14,
    n_items = 2)`` TRUE; nearest to 5.19 with N = 28 is 5.18), and the property that every
    mean computed from random integer data passes (``tests/consistency/test_grim.py``).
    """
    p = _check_mean(printed_mean, "printed_mean")
    n = check_count("n", n, minimum=1)
    items = check_count("items", items, minimum=1)
    denom = n * items
    informative = denom < 10 ** max(p.decimals, 0)
    lo = math.floor(Fraction(p.lower) * denom) - 1
    hi = math.ceil(Fraction(p.upper) * denom) + 1
    sums = tuple(s for s in range(lo, hi + 1) if p.rules(Fraction(s, denom)))
    assumption = _assumption(items)
    nearest_below = nearest_above = None
    if sums:
        status = "consistent"
        shown = ", ".join(f"{s}/{denom}" for s in sums[:5]) + (" ..." if len(sums) > 5 else "")
        if informative:
            reason = f"{p.text} = {shown} rounded; GRIM {assumption}"
        else:
            reason = (
                f"uninformative: with n*items = {denom} >= 10^{p.decimals} every mean printed to "
                f"{p.decimals} decimal(s) is reachable; GRIM {assumption}"
            )
    else:
        status = "inconsistent"
        s_below = math.floor(p.fraction * denom)
        s_above = math.ceil(p.fraction * denom)
        nearest_below = format_at(Fraction(s_below, denom), p.decimals)
        nearest_above = format_at(Fraction(s_above, denom), p.decimals)
        reason = (
            f"no integer total over n*items = {denom} gives {p.text}: "
            f"{s_below}/{denom} = {format_exact(Fraction(s_below, denom))}, "
            f"{s_above}/{denom} = {format_exact(Fraction(s_above, denom))}; "
            f"GRIM {assumption}"
        )
    return GrimResult(
        printed_mean=p.text,
        n=n,
        items=items,
        status=status,
        reason=reason,
        sums=sums,
        informative=informative,
        nearest_below=nearest_below,
        nearest_above=nearest_above,
    )


def _min_sum_of_squares(total: int, n: int) -> int:
    """Smallest sum of squares of n integers adding to ``total`` (as equal as possible)."""
    q, r = divmod(total, n)
    return (n - r) * q * q + r * (q + 1) * (q + 1)


def grimmer(
    printed_mean: str | PrintedNumber,
    printed_sd: str | PrintedNumber,
    n: int,
    items: int = 1,
) -> GrimmerResult:
    """GRIMMER test: can a printed mean and SD both come from n integer values?

    Parameters
    ----------
    printed_mean, printed_sd : str or PrintedNumber
        Mean and sample standard deviation (n - 1 denominator) exactly as printed.
    n : int
        Number of subjects, n >= 2 (an SD needs two values).
    items : int, default 1
        Integer items averaged per subject.

    Returns
    -------
    GrimmerResult

    Raises
    ------
    ValueError, TypeError
        For unparsable numbers, a negative SD, n < 2 or items < 1.

    Notes
    -----
    Granularity-related inconsistency of means mapped to error repeats (Anaya 2016, PeerJ
    Preprints 2400; analytic form by Allard 2018). With the subject scores y_i = items * x_i
    integers, total S = sum y_i and Q = sum y_i^2 are integers, and

    - S passes GRIM for the printed mean;
    - the sample variance (Q - S^2/n) / ((n - 1) items^2) has a square root that rounds to
      the printed SD (decided exactly, on squares, under any of the rounding rules);
    - Q has the parity of S (y^2 and y have the same parity);
    - Q is at least the sum of squares of the most even split of S into n integers.

    These are necessary conditions. For very small n (2 or 3) a Q meeting them may still be
    unreachable (with n = 2 and S = 0 only Q = 2a^2 occur), so "consistent" there is
    not a proof. **Assumes integer data**; the ``reason`` says so.

    Validated against rsprite2's test suite (``GRIMMER_test(5.21, 1.6, 28)`` TRUE,
    ``GRIMMER_test(3.44, 2.47, 18)`` FALSE), against exhaustive enumeration of all integer
    data sets of small n (it never rejects a mean/SD pair that some data set produces), and
    by the property that real integer data always pass (``tests/consistency/test_grim.py``).
    """
    pm = _check_mean(printed_mean, "printed_mean")
    ps = _check_mean(printed_sd, "printed_sd")
    if ps.value < 0:
        raise ValueError(f"printed_sd must be >= 0; got {ps.text!r}")
    n = check_count("n", n, minimum=2)
    items = check_count("items", items, minimum=1)
    g = grim(pm, n, items)
    assumption = _assumption(items)
    if not g.consistent:
        return GrimmerResult(
            printed_mean=pm.text,
            printed_sd=ps.text,
            n=n,
            items=items,
            status="inconsistent",
            reason=f"the mean fails GRIM ({g.reason})",
            grim=g,
            solutions=(),
        )
    # Sums S are of the n*items item scores; the subject scores y_i = items * x_i are integers
    # with the same total.
    k2 = Fraction(items * items * (n - 1))
    sd_lo = max(Fraction(ps.lower), Fraction(0))
    sd_hi = Fraction(ps.upper)
    solutions = []
    for total in g.sums:
        base = Fraction(total * total, n)
        q_lo = max(math.floor(k2 * sd_lo * sd_lo + base), _min_sum_of_squares(total, n))
        q_hi = math.ceil(k2 * sd_hi * sd_hi + base)
        q = q_lo + ((q_lo - total) % 2)  # first Q with the parity of S
        tries = 0
        while q <= q_hi and tries < 8:
            var = (q - base) / k2
            if sqrt_rounding_rules(var, ps):
                solutions.append(
                    GrimmerSolution(
                        total=total,
                        sum_of_squares=q,
                        mean=total / (n * items),
                        sd=math.sqrt(var),
                    )
                )
                break
            q += 2
            tries += 1
    if solutions:
        status = "consistent"
        sol = solutions[0]
        reason = (
            f"mean {pm.text} and SD {ps.text} are reproduced by total {sol.total}, sum of "
            f"squares {sol.sum_of_squares} (SD {format_exact(sol.sd)}); GRIMMER {assumption}"
        )
    else:
        status = "inconsistent"
        reason = (
            f"no integer sum of squares with the parity of the total gives SD {ps.text} "
            f"with mean {pm.text} and n = {n}; GRIMMER {assumption}"
        )
    return GrimmerResult(
        printed_mean=pm.text,
        printed_sd=ps.text,
        n=n,
        items=items,
        status=status,
        reason=reason,
        grim=g,
        solutions=tuple(solutions),
    )
