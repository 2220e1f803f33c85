"""Which confidence-interval method reproduces a printed interval for k/n?"""

from __future__ import annotations

from dataclasses import dataclass

from blinarepro._validate import check_choice, check_events, check_level
from blinarepro.consistency._result import CheckResultMixin
from blinarepro.consistency.printed import (
    PrintedNonNumber,
    PrintedNumber,
    format_at,
    parse_printed,
    read_printed,
)
from blinarepro.proportions import PROPORTION_CI_METHODS, proportion_ci

__all__ = ["CI_SCALES", "CIMethodCheck", "CIMethodResult", "ci_method_check"]

#: Scales a printed interval may be on.
CI_SCALES = ("percent", "proportion")


@dataclass(frozen=True)
class CIMethodResult:
    """One method's interval against the printed one.

    Attributes
    ----------
    method : str
        One of :data:`blinarepro.proportions.PROPORTION_CI_METHODS`.
    lower, upper : float
        The method's limits on the printed scale.
    lower_formatted, upper_formatted : str
        The same at the printed precision.
    lower_matches, upper_matches : bool
        Whether each limit prints as the printed one (round half up, half even or half down).
    """

    method: str
    lower: float
    upper: float
    lower_formatted: str
    upper_formatted: str
    lower_matches: bool
    upper_matches: bool

    @property
    def matches(self) -> bool:
        """Both limits reproduced."""
        return self.lower_matches and self.upper_matches


@dataclass(frozen=True)
class CIMethodCheck(CheckResultMixin):
    """Result of :func:`ci_method_check`.

    Attributes
    ----------
    printed_lower, printed_upper : str
        The printed limits.
    k, n : int
        Events and trials.
    printed_level : float
        Confidence level printed (e.g. 0.95).
    scale : str
        ``"percent"`` or ``"proportion"``.
    status : str
        ``"consistent"`` if at least one method reproduces both limits; ``"inconsistent"``
        if none does (another method may still have been used); ``"not_checkable"`` when a
        limit is printed as a non-number ("NR", not reached), which no method recomputes.
    reason : str
        Which methods match, or the nearest miss.
    matching : tuple of str
        Methods reproducing both limits, in the order of the methods tried.
    results : tuple of CIMethodResult
        Every method tried.
    """

    printed_lower: str
    printed_upper: str
    k: int
    n: int
    printed_level: float
    scale: str
    status: str
    reason: str
    matching: tuple[str, ...]
    results: tuple[CIMethodResult, ...]

    def result(self, method: str) -> CIMethodResult:
        """The :class:`CIMethodResult` of one method."""
        check_choice("method", method, [r.method for r in self.results])
        return next(r for r in self.results if r.method == method)


def ci_method_check(
    printed_lower: str | PrintedNumber | PrintedNonNumber,
    printed_upper: str | PrintedNumber | PrintedNonNumber,
    k: int,
    n: int,
    printed_level: float = 0.95,
    *,
    scale: str = "percent",
    methods: tuple[str, ...] = PROPORTION_CI_METHODS,
) -> CIMethodCheck:
    """Find which interval methods for one proportion reproduce a printed interval.

    Parameters
    ----------
    printed_lower, printed_upper : str, PrintedNumber or PrintedNonNumber
        The limits exactly as printed ("51.9", "95.7"); a limit printed as "NR" (not
        reached) or "NE" (not estimable) gives status ``"not_checkable"``, saying so.
    k, n : int
        Events and trials, 0 <= k <= n, n >= 1.
    printed_level : float, default 0.95
        Two-sided confidence level, in (0, 1).
    scale : {"percent", "proportion"}, default "percent"
        Scale of the printed limits.
    methods : tuple of str
        Methods to try, from :data:`blinarepro.proportions.PROPORTION_CI_METHODS` (all by
        default).

    Returns
    -------
    CIMethodCheck

    Raises
    ------
    ValueError, TypeError
        For unparsable limits, lower > upper, an unknown method or scale, a level outside
        (0, 1) or invalid counts.

    Notes
    -----
    Each limit must round (half up, even or down) to its printed digits; the precision of
    each is that of its own printing. The intervals come from
    :func:`blinarepro.proportions.proportion_ci`, whose limits are clipped to [0, 1]; a paper
    that printed an unclipped Wald limit below 0 will not match. Validated against R 4.2.2
    (``binom.test`` for Clopper-Pearson, ``prop.test`` for Wilson with and without
    continuity correction, ``qbeta`` for Jeffreys, the Agresti-Coull and Wald formulas),
    e.g. 12/15 printed "51.9-95.7" is Clopper-Pearson (``tests/consistency/test_intervals.py``).
    """
    scale = check_choice("scale", scale, CI_SCALES)
    level = check_level("printed_level", printed_level)
    k, n = check_events(k, n)
    methods = tuple(check_choice("methods", m, PROPORTION_CI_METHODS) for m in methods)
    if not methods:
        raise ValueError("methods must name at least one method")
    read = {
        "lower": read_printed(printed_lower, "printed_lower"),
        "upper": read_printed(printed_upper, "printed_upper"),
    }
    codes = {side: b for side, b in read.items() if isinstance(b, PrintedNonNumber)}
    if codes:
        shown = "-".join(
            b.code if isinstance(b, PrintedNonNumber) else b.text for b in read.values()
        )
        which = " and ".join(
            f"the {side} limit is printed as {b.code!r} ({b.meaning})" for side, b in codes.items()
        )
        return CIMethodCheck(
            printed_lower=read["lower"].text,
            printed_upper=read["upper"].text,
            k=k,
            n=n,
            printed_level=level,
            scale=scale,
            status="not_checkable",
            reason=(
                f"{k}/{n} at level {level:g}: {shown} is not recomputable: {which}, which is "
                "a statement, not a number, and no interval method gives it"
            ),
            matching=(),
            results=(),
        )
    pl = parse_printed(printed_lower, "printed_lower")
    pu = parse_printed(printed_upper, "printed_upper")
    for p, name in ((pl, "printed_lower"), (pu, "printed_upper")):
        if p.relation != "=":
            raise ValueError(f"{name} must be a plain number; got {p.text!r}")
    if pl.value > pu.value:
        raise ValueError(f"printed_lower {pl.text!r} exceeds printed_upper {pu.text!r}")
    factor = 100 if scale == "percent" else 1

    results = []
    for method in methods:
        ci = proportion_ci(k, n, confidence_level=level, method=method)
        lower, upper = ci.lower * factor, ci.upper * factor
        results.append(
            CIMethodResult(
                method=method,
                lower=lower,
                upper=upper,
                lower_formatted=format_at(lower, pl.decimals),
                upper_formatted=format_at(upper, pu.decimals),
                lower_matches=pl.admits(lower),
                upper_matches=pu.admits(upper),
            )
        )
    matching = tuple(r.method for r in results if r.matches)
    printed = f"{pl.text}-{pu.text}"
    if matching:
        status = "consistent"
        first = next(r for r in results if r.matches)
        reason = (
            f"{k}/{n} at level {level:g}: {printed} is reproduced by {', '.join(matching)} "
            f"({first.lower_formatted}-{first.upper_formatted})"
        )
    else:
        status = "inconsistent"
        best = min(
            results,
            key=lambda r: max(abs(r.lower - float(pl.value)), abs(r.upper - float(pu.value))),
        )
        reason = (
            f"{k}/{n} at level {level:g}: none of {', '.join(methods)} reproduces {printed}; "
            f"nearest is {best.method} ({best.lower_formatted}-{best.upper_formatted})"
        )
    return CIMethodCheck(
        printed_lower=pl.text,
        printed_upper=pu.text,
        k=k,
        n=n,
        printed_level=level,
        scale=scale,
        status=status,
        reason=reason,
        matching=matching,
        results=tuple(results),
    )
