"""Can a printed percentage arise as k/n for the stated n?"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from blinarepro._validate import check_count, check_events
from blinarepro.consistency._result import CheckResultMixin
from blinarepro.consistency.printed import (
    PrintedNumber,
    describe_rules,
    format_exact,
    parse_printed,
)

__all__ = [
    "PercentCandidate",
    "PercentCheck",
    "event_counts",
    "percent_check",
    "percent_candidates",
]


@dataclass(frozen=True)
class PercentCandidate:
    """One count k out of n and the percentage it gives.

    Attributes
    ----------
    k, n : int
        Events and denominator.
    percent : float
        100 k / n (for display; the check itself is exact).
    rules : tuple of str
        Rounding rules under which 100 k / n prints as the printed percentage
        (empty for a printed bound such as "<1%", which is tested exactly).
    """

    k: int
    n: int
    percent: float
    rules: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.k}/{self.n} = {format_exact(self.percent)}%"


@dataclass(frozen=True)
class PercentCheck(CheckResultMixin):
    """Result of :func:`percent_check`.

    Attributes
    ----------
    printed_percent : str
        The percentage as printed.
    n : int
        Denominator checked.
    k : int or None
        Printed (or implied) numerator, if given.
    status : str
        ``"consistent"`` when some k/n (the given k, if any) prints as the percentage;
        ``"inconsistent"`` otherwise.
    reason : str
        One sentence saying why, naming the rounding rule.
    candidates : tuple of PercentCandidate
        Every k in 0..n whose 100 k / n prints as the percentage.
    recomputed : float or None
        100 k / n for the given k.
    rules : tuple of str
        Rounding rules under which the given k reproduces the percentage (``()`` if k is None
        or does not reproduce it).
    nearest_below, nearest_above : tuple of PercentCandidate
        When no k/n works: the candidates for the nearest denominator below and above n that
        reproduce the percentage (searched in 1..max(2n, 200)); empty when none is found or
        not needed.
    """

    printed_percent: str
    n: int
    k: int | None
    status: str
    reason: str
    candidates: tuple[PercentCandidate, ...]
    recomputed: float | None
    rules: tuple[str, ...]
    nearest_below: tuple[PercentCandidate, ...]
    nearest_above: tuple[PercentCandidate, ...]


def event_counts(printed: str | PrintedNumber, n: int, events: int | None = None) -> list[int]:
    """The counts a printed percentage of n can stand for: its printed ``events`` when given,
    else every k of :func:`percent_candidates` (34% of 271: 91, 92, 93); empty when none."""
    if events is not None:
        return [events]
    return [c.k for c in percent_candidates(printed, n)]


def percent_candidates(printed: str | PrintedNumber, n: int) -> tuple[PercentCandidate, ...]:
    """All k in 0..n for which 100 k / n is compatible with the printed percentage.

    Parameters
    ----------
    printed : str or PrintedNumber
        The printed percentage ("86.5", "86.5%", "<1").
    n : int
        Denominator, n >= 1.

    Returns
    -------
    tuple of PercentCandidate
        In increasing k.
    """
    p = parse_printed(printed, "printed_percent")
    n = check_count("n", n, minimum=1)
    if p.relation == "=":
        # Only k within the printed interval (widened by one on each side) can match.
        lo = math.floor(Fraction(p.lower) * n / 100) - 1
        hi = math.ceil(Fraction(p.upper) * n / 100) + 1
        ks = range(max(lo, 0), min(hi, n) + 1)
    else:
        ks = range(0, n + 1)
    out = []
    for k in ks:
        value = Fraction(100 * k, n)
        if p.relation == "=":
            rules = p.rules(value)
            if rules:
                out.append(PercentCandidate(k, n, float(value), rules))
        elif p.admits(value):
            out.append(PercentCandidate(k, n, float(value), ()))
    return tuple(out)


def percent_check(
    printed_percent: str | PrintedNumber,
    n: int,
    k: int | None = None,
) -> PercentCheck:
    """Check whether a printed percentage can be k/n for the stated denominator.

    Parameters
    ----------
    printed_percent : str or PrintedNumber
        The percentage exactly as printed ("81.8", "94%", "0", "100.0", "59·8 per cent"), or
        a qualified one ("<5%", ">99%"; from the data, ``stored_printed(value, qualifier)``),
        which is read as the interval it stands for: "<5%" of n = 40 admits 0 or 1 of 40.
        Its precision is half a unit of the last printed digit.
    n : int
        Denominator, n >= 1.
    k : int, optional
        Printed or implied numerator, 0 <= k <= n. When given, the check is whether this
        k/n reproduces the percentage.

    Returns
    -------
    PercentCheck

    Raises
    ------
    ValueError, TypeError
        For an unparsable percentage, a percentage outside [0, 100], n < 1 or k > n.

    Notes
    -----
    Agreement is decided exactly on the rational 100 k / n; a percentage is reproduced when
    any of :data:`~blinarepro.consistency.printed.ROUNDING_RULES` (half up, half even, half
    down) gives the printed digits, and the result says which (they differ only at an exact
    tie such as 1/8 = 12.5%, printed "13" half up, "12" half even or half down).
    When nothing works for n, the nearest denominators below and above n that reproduce the
    percentage are searched in 1..max(2n, 200), e.g. 86.5% is not k/38 but is 32/37.

    Validated against exact arithmetic (10/11 = 90.909...%, so "90.1" is impossible with
    n = 11) and, as a property, against every k/n rounded to 0-2 decimals
    (``tests/consistency/test_percent.py``).
    """
    p = parse_printed(printed_percent, "printed_percent")
    if p.label:
        raise ValueError(f"printed_percent must be a percentage, not a labelled value: {p.text!r}")
    if k is None:
        n = check_count("n", n, minimum=1)
    else:
        k, n = check_events(k, n)
    if not 0 <= p.value <= 100:
        raise ValueError(f"printed_percent must lie in [0, 100]; got {p.text!r}")

    candidates = percent_candidates(p, n)
    recomputed = None if k is None else 100 * k / n
    rules: tuple[str, ...] = ()
    nearest_below: tuple[PercentCandidate, ...] = ()
    nearest_above: tuple[PercentCandidate, ...] = ()

    if k is not None:
        match = [c for c in candidates if c.k == k]
        if match:
            rules = match[0].rules
            how = describe_rules(rules) if p.relation == "=" else f"(bound {p.text!r})"
            status = "consistent"
            reason = f"{k}/{n} = {format_exact(recomputed)}% gives {p.text!r} {how}".rstrip()
        else:
            status = "inconsistent"
            if candidates:
                listed = ", ".join(str(c) for c in candidates)
                reason = (
                    f"{k}/{n} = {format_exact(recomputed)}% does not give {p.text!r}; "
                    f"with n = {n} only {listed} would"
                )
            else:
                reason = f"{k}/{n} = {format_exact(recomputed)}% does not give {p.text!r}; " + (
                    f"no k/{n} gives it"
                )
    elif candidates:
        status = "consistent"
        listed = ", ".join(str(c) for c in candidates)
        reason = f"{p.text!r} is reproduced with n = {n} by {listed}"
    else:
        status = "inconsistent"
        reason = f"no k/{n} gives {p.text!r}"

    if not candidates:
        top = max(2 * n, 200)
        for m in range(n - 1, 0, -1):
            found = percent_candidates(p, m)
            if found:
                nearest_below = found
                break
        for m in range(n + 1, top + 1):
            found = percent_candidates(p, m)
            if found:
                nearest_above = found
                break
        near = [c[0] for c in (nearest_below, nearest_above) if c]
        nearest_text = " or ".join(f"n = {c.n} ({c})" for c in near) or "none found"
        closest = min(
            (Fraction(100 * j, n) for j in range(n + 1)),
            key=lambda v: abs(v - p.fraction),
        )
        reason += (
            f" (closest with n = {n}: {format_exact(closest)}%); nearest n that would: "
            f"{nearest_text}"
        )

    return PercentCheck(
        printed_percent=p.text,
        n=n,
        k=k,
        status=status,
        reason=reason,
        candidates=candidates,
        recomputed=recomputed,
        rules=rules,
        nearest_below=nearest_below,
        nearest_above=nearest_above,
    )
