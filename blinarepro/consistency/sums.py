"""Do printed parts add up to the printed whole?"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from blinarepro._validate import check_choice
from blinarepro.consistency._result import CheckResultMixin
from blinarepro.consistency.printed import PrintedNumber, parse_printed

__all__ = ["SUM_KINDS", "SumCheck", "sum_check"]

#: How the parts are compared with the total.
#: ``"count"``: whole numbers that must add up exactly;
#: ``"rounded"``: rounded numbers (percentages, means) whose true values may differ from the
#: printed ones by half a unit of their last digit.
SUM_KINDS = ("count", "rounded")


@dataclass(frozen=True)
class SumCheck(CheckResultMixin):
    """Result of :func:`sum_check`.

    Attributes
    ----------
    parts : tuple of (str, str)
        (label, printed value) of each part, in the order given.
    total : str
        The printed total.
    kind : str
        ``"count"`` or ``"rounded"``.
    status : str
        ``"consistent"`` if the parts can add up to the total.
    reason : str
        The sum and the comparison.
    parts_sum : str
        Sum of the printed parts.
    lower, upper : str
        Range of the true sum of the parts (equal to ``parts_sum`` for counts).
    difference : str
        Printed total minus the printed sum.
    """

    parts: tuple[tuple[str, str], ...]
    total: str
    kind: str
    status: str
    reason: str
    parts_sum: str
    lower: str
    upper: str
    difference: str


def sum_check(
    parts: Mapping[str, str | PrintedNumber],
    total: str | PrintedNumber,
    *,
    kind: str = "count",
) -> SumCheck:
    """Check that printed parts (subgroup sizes, counts, percentages) add up to a total.

    Parameters
    ----------
    parts : mapping of str to str
        Label -> printed value, e.g. ``{"Ph+": "11", "Ph-": "38"}``. At least one part.
    total : str or PrintedNumber
        The printed total, e.g. "49".
    kind : {"count", "rounded"}, default "count"
        ``"count"``: parts and total are whole numbers and must add up exactly.
        ``"rounded"``: each printed number stands for any value within half a unit of its
        last digit; consistent when the interval of possible sums meets the total's interval
        (e.g. "33.3" + "33.3" + "33.3" against "100").

    Returns
    -------
    SumCheck

    Raises
    ------
    ValueError, TypeError
        For no parts, an unparsable value, a bound ("<5"), an unknown kind, or, with
        ``kind="count"``, a value with decimals or a negative one.

    Notes
    -----
    Decimal arithmetic on the printed values, so no rounding error enters. The check asserts
    only arithmetic: that the parts are disjoint and exhaustive is the caller's claim.
    Validated by hand-worked sums in ``tests/consistency/test_sums.py``.
    """
    kind = check_choice("kind", kind, SUM_KINDS)
    if not isinstance(parts, Mapping):
        raise TypeError(f"parts must be a mapping of label to printed value; got {parts!r}")
    if not parts:
        raise ValueError("parts must hold at least one part")
    parsed = []
    for label, value in parts.items():
        parsed.append((str(label), parse_printed(value, f"parts[{label!r}]")))
    tot = parse_printed(total, "total")
    for name, p in [*((f"parts[{lab!r}]", p) for lab, p in parsed), ("total", tot)]:
        if p.relation != "=":
            raise ValueError(f"{name} must be a plain number, not a bound; got {p.text!r}")
        if kind == "count" and (not p.is_integer or p.value < 0):
            raise ValueError(f"{name} must be a whole number >= 0 for kind='count'; got {p.text!r}")

    s = sum((p.value for _, p in parsed), Decimal(0))
    diff = tot.value - s
    if kind == "count":
        lower = upper = s
        ok = diff == 0
        if ok:
            reason = f"{' + '.join(p.text for _, p in parsed)} = {s} = total {tot.text}"
        else:
            reason = (
                f"{' + '.join(p.text for _, p in parsed)} = {s}, not the printed total "
                f"{tot.text} (difference {diff})"
            )
    else:
        lower = sum((p.lower for _, p in parsed), Decimal(0))
        upper = sum((p.upper for _, p in parsed), Decimal(0))
        ok = lower <= tot.upper and tot.lower <= upper
        verdict = "meets" if ok else "misses"
        reason = (
            f"the parts sum to {s} (true sum within [{lower}, {upper}]), which {verdict} the "
            f"total {tot.text} (within [{tot.lower}, {tot.upper}])"
        )
    return SumCheck(
        parts=tuple((lab, p.text) for lab, p in parsed),
        total=tot.text,
        kind=kind,
        status="consistent" if ok else "inconsistent",
        reason=reason,
        parts_sum=str(s),
        lower=str(lower),
        upper=str(upper),
        difference=str(diff),
    )
