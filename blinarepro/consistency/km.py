"""Can a printed Kaplan-Meier survival rate (and its SE) arise from a group of n patients?"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from blinarepro._validate import check_choice, check_count
from blinarepro.consistency._result import CheckResultMixin
from blinarepro.consistency.printed import (
    PrintedNumber,
    format_exact,
    parse_printed,
    sqrt_rounding_rules,
)

__all__ = [
    "KM_SCALES",
    "SE_STATUSES",
    "KMFeasibility",
    "KMStep",
    "greenwood_se",
    "km_feasibility",
    "km_value",
]

#: Scales a printed rate may be on.
KM_SCALES = ("percent", "proportion")

#: Outcomes of the optional check of a printed SE against Greenwood's formula.
SE_STATUSES = ("not_checked", "matched", "not_matched", "budget_exhausted")

_DEFAULT_BUDGET = 200_000
_DEFAULT_SE_BUDGET = 80_000


@dataclass(frozen=True)
class KMStep:
    """One Kaplan-Meier factor (1 - events / at_risk).

    Attributes
    ----------
    at_risk : int
        Patients at risk just before the event time.
    events : int
        Events at that time, 1 <= events <= at_risk.
    """

    at_risk: int
    events: int

    def __str__(self) -> str:
        return f"(1-{self.events}/{self.at_risk})"


def km_value(path: tuple[KMStep, ...]) -> Fraction:
    """Exact Kaplan-Meier estimate of a sequence of factors (1 for the empty sequence)."""
    value = Fraction(1)
    for step in path:
        value *= Fraction(step.at_risk - step.events, step.at_risk)
    return value


def _greenwood_sum(path: tuple[KMStep, ...]) -> Fraction:
    total = Fraction(0)
    for step in path:
        survivors = step.at_risk - step.events
        if survivors == 0:
            return Fraction(-1)  # marker: estimate reached 0
        total += Fraction(step.events, step.at_risk * survivors)
    return total


def greenwood_se(path: tuple[KMStep, ...]) -> float:
    """Greenwood standard error of the Kaplan-Meier estimate of ``path`` (proportion scale).

    SE = S * sqrt(sum d / (r (r - d))). Taken as 0 when S = 0 (where Greenwood's formula is
    undefined) and when there are no events.
    """
    total = _greenwood_sum(path)
    if total < 0:
        return 0.0
    return float(km_value(path)) * math.sqrt(total)


def _path_text(path: tuple[KMStep, ...]) -> str:
    if not path:
        return "1 (no events)"
    return "×".join(str(step) for step in path)


@dataclass(frozen=True)
class KMFeasibility(CheckResultMixin):
    """Result of :func:`km_feasibility`.

    Attributes
    ----------
    printed_rate : str
        The survival rate as printed.
    n : int
        Group size.
    printed_se : str or None
        The printed standard error, if any (same scale as the rate).
    scale : str
        ``"percent"`` or ``"proportion"``.
    status : str
        ``"consistent"``: some Kaplan-Meier curve on n patients gives the printed rate;
        ``"inconsistent"``: none can; ``"not_checkable"``: the search budget ran out first.
    reason : str
        Why, with the simplest product found.
    path : tuple of KMStep
        The simplest product found (fewest factors; then the largest risk sets first).
    path_text : str
        The same, written out: "(1-1/11)".
    path_rate : float or None
        The rate that product gives, on the printed scale.
    se_status : str
        One of :data:`SE_STATUSES`: whether some curve gives both the printed rate and,
        by Greenwood's formula, the printed SE. "not_matched" is a finding (the SE may come
        from another formula, or be something else), not an error.
    se_path : tuple of KMStep
        The simplest product matching rate and SE (empty unless ``se_status == "matched"``).
    se_path_se : float or None
        Greenwood SE of ``se_path`` on the printed scale.
    nodes : int
        Search nodes visited (rate search plus SE search), for the record.
    """

    printed_rate: str
    n: int
    printed_se: str | None
    scale: str
    status: str
    reason: str
    path: tuple[KMStep, ...]
    path_text: str
    path_rate: float | None
    se_status: str
    se_path: tuple[KMStep, ...]
    se_path_se: float | None
    nodes: int


def _bounds(p: PrintedNumber, factor: int) -> tuple[Fraction, Fraction]:
    """Closed interval (proportion scale) that holds every value the printed text admits."""
    value = p.fraction / factor
    half = Fraction(p.half_unit) / factor
    if p.relation == "=":
        lo, hi = value - half, value + half
    elif p.relation in ("<", "<="):
        lo, hi = Fraction(0), value
    else:
        lo, hi = value, Fraction(1)
    return max(lo, Fraction(0)), min(hi, Fraction(1))


def _ceil_div(a: int, b: int) -> int:
    return -((-a) // b)


def _search(
    n: int,
    lo: Fraction,
    hi: Fraction,
    accept,
    budget: int,
    v_band: tuple[float, float] | None = None,
):
    """Breadth-first search over Kaplan-Meier products; see :func:`km_feasibility` Notes.

    ``accept(path, value)`` decides a hit exactly. With ``v_band`` = (V_lo, V_hi), the range
    of Greenwood sums V = sum d / (r (r - d)) that a hit needs (from the printed SE and rate
    intervals), states carry V and a branch is pruned when its final V must fall outside:
    writing each factor as the interval [1/r, 1/a] (a = r - d survivors), the intervals of a
    path are disjoint, V is their total length and -log S their total log-length, so a
    further drop by the factor q adds at least (1/q - 1)/m (intervals packed at 1/m) and at
    most 1 - q (packed at 1). Pruning uses floats with a relative slack of 1e-9, so it never
    drops a branch that could hit; hits are decided exactly by ``accept``.
    Returns (path or None, exhausted: bool, nodes).
    """
    root: tuple[KMStep, ...] = ()
    if lo <= 1 <= hi and accept(root, Fraction(1)):
        return root, True, 0
    track_v = v_band is not None
    if track_v:
        v_lo = v_band[0] * (1 - 1e-9)
        v_hi = v_band[1] * (1 + 1e-9)
        lo_f, hi_f = float(lo), float(hi)
    lon, lod = lo.numerator, lo.denominator
    hin, hid = hi.numerator, hi.denominator
    # state: (max next risk set m, P numerator, P denominator, V numerator, V denominator,
    # path as a linked list (step, parent) built into a tuple only for a hit)
    layer = [(n, 1, 1, 0, 1, None)]
    seen: dict = {}
    nodes = 0
    while layer:
        new_layer = []
        for m, num, den, vn, vd, link in layer:
            for r in range(m, 0, -1):
                nodes += 1
                if nodes > budget:
                    return None, False, nodes
                # Hits: P * a / r in [lo, hi], a = r - d survivors, 0 <= a <= r - 1.
                a_min = max(0, _ceil_div(r * lon * den, lod * num))
                a_max = min(r - 1, (r * hin * den) // (hid * num))
                for a in range(a_min, a_max + 1):
                    step_path = _unlink(link) + (KMStep(r, r - a),)
                    if accept(step_path, Fraction(num * a, den * r)):
                        return step_path, True, nodes
                # Every positive value reachable from here with risk set <= r is >= P / r.
                if num * hid > hin * den * r:
                    break
                # Children that can still move: a >= 2, and P (a - 1) / r >= lo.
                a_lo = max(2, 1 + _ceil_div(r * lon * den, lod * num))
                for a in range(a_lo, r):
                    cn, cd = num * a, den * r
                    g = math.gcd(cn, cd)
                    cn //= g
                    cd //= g
                    # Next risk set at most a - 1: consecutive factors without censoring in
                    # between merge into one factor with the same value and Greenwood sum.
                    mm = a - 1
                    if track_v:
                        ra = r * a
                        cvn, cvd = vn * ra + (r - a) * vd, vd * ra
                        g = math.gcd(cvn, cvd)
                        cvn //= g
                        cvd //= g
                        fv, fp = cvn / cvd, cn / cd
                        if fv + (fp / hi_f - 1) / mm > v_hi:
                            continue
                        if fv + 1 - lo_f / fp < v_lo:
                            continue
                        key = (cn, cd, cvn, cvd)
                    else:
                        cvn, cvd = vn, vd
                        key = (cn, cd)
                    if seen.get(key, -1) >= mm:
                        continue
                    seen[key] = mm
                    nodes += 1
                    new_layer.append((mm, cn, cd, cvn, cvd, (KMStep(r, r - a), link)))
        layer = new_layer
    return None, True, nodes


def _unlink(link) -> tuple[KMStep, ...]:
    steps = []
    while link is not None:
        step, link = link
        steps.append(step)
    return tuple(reversed(steps))


def km_feasibility(
    printed_rate: str | PrintedNumber,
    n: int,
    printed_se: str | PrintedNumber | None = None,
    *,
    scale: str = "percent",
    budget: int = _DEFAULT_BUDGET,
    se_budget: int = _DEFAULT_SE_BUDGET,
) -> KMFeasibility:
    """Check whether a printed Kaplan-Meier rate can arise from a group of n patients.

    Parameters
    ----------
    printed_rate : str or PrintedNumber
        The survival (or event-free) rate exactly as printed, e.g. "90.9" or "85.71%".
    n : int
        Patients in the group, n >= 1.
    printed_se : str or PrintedNumber, optional
        Printed standard error of the rate, same scale. When given, the search also looks
        for a curve whose Greenwood SE prints as it.
    scale : {"percent", "proportion"}, default "percent"
        Scale of the printed numbers.
    budget : int, default 200000
        Maximum search nodes (states expanded plus states kept) for the rate; when spent,
        the answer is ``"not_checkable"``.
    se_budget : int, default 80000
        The same for the search of a curve matching rate and SE; when spent, ``se_status``
        is ``"budget_exhausted"``.

    Returns
    -------
    KMFeasibility

    Raises
    ------
    ValueError, TypeError
        For an unparsable rate or SE, a rate outside the scale, a negative SE, n < 1, an
        unknown scale or a budget < 1.

    Notes
    -----
    A Kaplan-Meier estimate is S = prod_j (1 - d_j / r_j) over event times, with risk sets
    r_1 <= n and r_{j+1} <= r_j - d_j (censoring can only shrink them), 1 <= d_j <= r_j. So
    nothing strictly between 1 - 1/n and 1 can occur, and (telescoping) no positive value
    below 1/n. The search is breadth-first over such products, so the first hit has the
    fewest factors; factors separated by no censoring are merged (they equal one factor with
    the same Greenwood sum), a state (S, m) is dropped when one with the same S and at least
    as many patients available was seen, and branches are pruned when every value they can
    still reach lies outside the printed interval. Agreement is exact (rational arithmetic,
    any rounding rule). The search is exhaustive, so "inconsistent" is a proof
    under the Kaplan-Meier model, given n.

    The Greenwood SE is S sqrt(sum d / (r (r - d))) (R ``survfit``'s default
    ``std.err`` of S); taken as 0 when S = 0. A printed SE that no curve reproduces is
    reported in ``se_status`` but does not change ``status``: the SE may come from another
    formula (Peto, log scale) or be a different quantity. The SE search tracks the Greenwood
    sum exactly and prunes by the band of sums the printed SE allows (see ``_search``); it
    is much larger than the rate search (curves with 8-10 event times on 40-60 patients can
    need 10^5-10^6 nodes), hence its own budget: "not_matched" is only said after an
    exhaustive search, "budget_exhausted" otherwise.

    Validated against exact arithmetic (10/11 = 90.909...%), R 4.2.2 ``survival::survfit``
    (estimate and Greenwood std.err of curves built from the paths found), and by the
    property that every rate (and Greenwood SE) produced by a simulated Kaplan-Meier curve
    with n <= 40 is found (``tests/consistency/test_km.py``). With rates printed to 1 or 2
    decimals and n <= 60 the rate search takes < 0.2 s; the SE search stops at its budget
    (about 0.5 s at the default).
    """
    scale = check_choice("scale", scale, KM_SCALES)
    n = check_count("n", n, minimum=1)
    budget = check_count("budget", budget, minimum=1)
    se_budget = check_count("se_budget", se_budget, minimum=1)
    p = parse_printed(printed_rate, "printed_rate")
    factor = 100 if scale == "percent" else 1
    if not 0 <= p.value <= factor:
        raise ValueError(
            f"printed_rate must lie in [0, {factor}] on the {scale} scale; got {p.text!r}"
        )
    se = None
    if printed_se is not None:
        se = parse_printed(printed_se, "printed_se")
        if se.relation != "=" or se.value < 0:
            raise ValueError(f"printed_se must be a plain number >= 0; got {se.text!r}")

    lo, hi = _bounds(p, factor)

    def rate_ok(path, value):
        return p.admits(value * factor)

    path, exhausted, nodes = _search(n, lo, hi, rate_ok, budget)
    unit = "%" if scale == "percent" else ""
    se_status = "not_checked"
    se_path: tuple[KMStep, ...] = ()
    se_path_se = None

    if path is not None:
        status = "consistent"
        rate = float(km_value(path) * factor)
        reason = (
            f"{p.text}{unit} is reachable with n = {n}: {_path_text(path)} = "
            f"{format_exact(rate)}{unit}"
        )
        if se is not None:
            se_lo = max(Fraction(se.lower), Fraction(0)) / factor
            se_hi = Fraction(se.upper) / factor
            v_band = (
                float(se_lo * se_lo / (hi * hi)),
                float(se_hi * se_hi / (lo * lo)) if lo > 0 else math.inf,
            )

            def both_ok(path, value):
                if not p.admits(value * factor):
                    return False
                total = _greenwood_sum(path)
                if total < 0:  # S = 0: SE taken as 0
                    return bool(sqrt_rounding_rules(0, se))
                return bool(sqrt_rounding_rules(value * value * total * factor * factor, se))

            se_path_found, se_exhausted, se_nodes = _search(
                n, lo, hi, both_ok, se_budget, v_band=v_band
            )
            nodes += se_nodes
            if se_path_found is not None:
                se_status = "matched"
                se_path = se_path_found
                se_path_se = greenwood_se(se_path) * factor
                reason += (
                    f"; the printed SE {se.text} is the Greenwood SE of "
                    f"{_path_text(se_path)} ({format_exact(se_path_se)})"
                )
            elif se_exhausted:
                se_status = "not_matched"
                reason += (
                    f"; no Kaplan-Meier curve on {n} patients gives both {p.text} and a "
                    f"Greenwood SE of {se.text} (a finding: the SE may use another formula)"
                )
            else:
                se_status = "budget_exhausted"
                reason += f"; the SE search stopped after {se_nodes} nodes without a match"
        return KMFeasibility(
            printed_rate=p.text,
            n=n,
            printed_se=None if se is None else se.text,
            scale=scale,
            status=status,
            reason=reason,
            path=path,
            path_text=_path_text(path),
            path_rate=rate,
            se_status=se_status,
            se_path=se_path,
            se_path_se=se_path_se,
            nodes=nodes,
        )

    if exhausted:
        status = "inconsistent"
        top = Fraction(n - 1, n) * factor
        if n >= 1 and lo > Fraction(n - 1, n) and hi < 1:
            why = (
                f"nothing strictly between {format_exact(top)}{unit} (1 - 1/{n}) and "
                f"{factor}{unit} can occur"
            )
        elif hi < Fraction(1, n) and lo > 0:
            why = (
                f"no positive value below {format_exact(Fraction(factor, n))}{unit} (1/{n}) "
                "can occur"
            )
        else:
            why = "no product of (1 - d/r) factors with risk sets <= n lands within it"
        reason = (
            f"no Kaplan-Meier curve on n = {n} patients gives {p.text}{unit}: {why} "
            f"(exhaustive search, {nodes} nodes)"
        )
    else:
        status = "not_checkable"
        reason = f"search budget of {budget} nodes spent before a curve giving {p.text} was found"
    return KMFeasibility(
        printed_rate=p.text,
        n=n,
        printed_se=None if se is None else se.text,
        scale=scale,
        status=status,
        reason=reason,
        path=(),
        path_text="",
        path_rate=None,
        se_status=se_status,
        se_path=(),
        se_path_se=None,
        nodes=nodes,
    )
