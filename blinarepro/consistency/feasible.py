"""Which Kaplan-Meier values can n patients give, and how many patients does a printed rate need?

Two companions of :func:`blinarepro.consistency.km.km_feasibility`, for explaining an
inconsistent rate rather than only detecting it:

``km_values``
    every Kaplan-Meier estimate reachable on n patients within a window, exactly (for
    drawing the feasible values next to a printed rate);
``km_smallest_n``
    the smallest group size at or above a given n on which a printed rate becomes
    reachable, with the simplest product that gives it there;
``feasible_values``
    the values a group of n can give near a printed percentage (k/n) or Kaplan-Meier rate,
    with the nearest ones below and above it (for tables and feasibility plots).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import pandas as pd

from blinarepro._validate import check_choice, check_count
from blinarepro.consistency.km import KM_SCALES, KMStep, km_feasibility, km_value
from blinarepro.consistency.percent import percent_candidates
from blinarepro.consistency.printed import format_exact, parse_printed

__all__ = [
    "FEASIBLE_STATISTICS",
    "FeasibleValues",
    "KMSmallestN",
    "feasible_values",
    "km_smallest_n",
    "km_values",
]

#: Statistics :func:`feasible_values` knows (the ``statistic`` column of ``results.csv``).
FEASIBLE_STATISTICS = ("percent", "km_rate")


def km_values(
    n: int,
    lower: Fraction | float | int = 0,
    upper: Fraction | float | int = 1,
    *,
    max_states: int = 200_000,
) -> tuple[Fraction, ...]:
    """Every Kaplan-Meier estimate reachable on n patients that lies in [lower, upper].

    Parameters
    ----------
    n : int
        Group size, n >= 1.
    lower, upper : Fraction or float, default 0 and 1
        Window on the proportion scale, 0 <= lower <= upper <= 1 (floats are converted
        exactly with :class:`fractions.Fraction`).
    max_states : int, default 200000
        Budget of search states; ``ValueError`` when spent (the set is then too large to
        list: with 20 or more patients the reachable values are dense at any printed
        precision of one decimal or coarser).

    Returns
    -------
    tuple of Fraction
        Distinct values, increasing.

    Raises
    ------
    ValueError, TypeError
        For n < 1, a window outside [0, 1] or reversed, or a spent budget.

    Notes
    -----
    A Kaplan-Meier estimate at a time point is a product of factors (r - d) / r over event
    times, with d >= 1 events among r at risk and each later risk set at most the survivors
    r - d of the previous one (censoring in between removes patients). The search walks these
    products depth-first from (S = 1, n available), keeping for each value S the largest
    number of patients still available (a state with fewer available patients reaches a
    subset of the values) and dropping a branch once S < lower (factors never exceed 1).

    Validated against a plain recursion without pruning or merging for n <= 8 and against
    :func:`~blinarepro.consistency.km.km_feasibility` (every listed value is judged reachable,
    and values strictly between two neighbours are not) in
    ``tests/consistency/test_feasible.py``.
    """
    n = check_count("n", n, minimum=1)
    max_states = check_count("max_states", max_states, minimum=1)
    lo, hi = Fraction(lower), Fraction(upper)
    if not (0 <= lo <= hi <= 1):
        raise ValueError(f"need 0 <= lower <= upper <= 1; got lower={lower!r}, upper={upper!r}")
    best: dict[Fraction, int] = {Fraction(1): n}
    stack = [(Fraction(1), n)]
    states = 0
    while stack:
        s, m = stack.pop()
        if best.get(s, -1) > m:
            continue  # a state with more patients available was pushed since
        for r in range(1, m + 1):
            for d in range(1, r + 1):
                s2 = s * Fraction(r - d, r)
                if s2 < lo:
                    break  # larger d only lowers s2
                m2 = r - d
                if best.get(s2, -1) >= m2:
                    continue
                states += 1
                if states > max_states:
                    raise ValueError(
                        f"more than {max_states} search states for n = {n} in "
                        f"[{format_exact(lo)}, {format_exact(hi)}]; narrow the window"
                    )
                best[s2] = m2
                stack.append((s2, m2))
    return tuple(sorted(v for v in best if lo <= v <= hi))


@dataclass(frozen=True)
class KMSmallestN:
    """Result of :func:`km_smallest_n`.

    Attributes
    ----------
    printed_rate : str
        The rate as printed.
    n : int
        The group size searched from (the document's n).
    n_max : int
        The largest group size tried.
    smallest_n : int or None
        Smallest m in n..n_max on which some Kaplan-Meier curve gives the printed rate
        (``n`` itself when the rate is already reachable); None when none up to ``n_max``.
    path : tuple of KMStep
        The simplest product reaching the rate on ``smallest_n`` patients.
    path_text : str
        The same, written out ("(1-1/18)×(1-1/16)").
    path_rate : float or None
        The rate that product gives, on the printed scale.
    reason : str
        One sentence.
    """

    printed_rate: str
    n: int
    n_max: int
    smallest_n: int | None
    path: tuple[KMStep, ...]
    path_text: str
    path_rate: float | None
    reason: str

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame (the path as its text)."""
        return pd.DataFrame(
            [
                {
                    "printed_rate": self.printed_rate,
                    "n": self.n,
                    "smallest_n": self.smallest_n,
                    "path_text": self.path_text,
                    "path_rate": self.path_rate,
                    "reason": self.reason,
                }
            ]
        )


def km_smallest_n(
    printed_rate: str,
    n: int = 1,
    *,
    n_max: int = 500,
    scale: str = "percent",
) -> KMSmallestN:
    """Smallest group size, from n up, on which a printed Kaplan-Meier rate is reachable.

    Parameters
    ----------
    printed_rate : str
        The rate as printed ("94.44"); its precision is half a unit of the last digit.
    n : int, default 1
        Start of the search (the document's group size).
    n_max : int, default 500
        Last group size tried.
    scale : {"percent", "proportion"}, default "percent"

    Returns
    -------
    KMSmallestN

    Raises
    ------
    ValueError, TypeError
        For a bad rate, n < 1, n_max < n, an unknown scale, or a size on which
        :func:`~blinarepro.consistency.km.km_feasibility` spends its budget undecided.

    Notes
    -----
    Reachability is monotone in the group size (an extra patient censored before the first
    event leaves every estimate unchanged), so the first m that works is the smallest, and
    the sizes below it are proven impossible by the exhaustive search of
    :func:`~blinarepro.consistency.km.km_feasibility`. Example: 94.44% needs 18 patients
    (17/18); no curve on m < 18 gives a value strictly between 1 - 1/m and 1.
    Validated in ``tests/consistency/test_feasible.py`` against the bound 1 - 1/m and a plain
    enumeration of reachable values for m <= 8.
    """
    parse_printed(printed_rate, "printed_rate")
    scale = check_choice("scale", scale, KM_SCALES)
    n = check_count("n", n, minimum=1)
    n_max = check_count("n_max", n_max, minimum=n)
    factor = 100 if scale == "percent" else 1
    unit = "%" if scale == "percent" else ""
    for m in range(n, n_max + 1):
        res = km_feasibility(printed_rate, m, scale=scale)
        if res.status == "not_checkable":
            raise ValueError(f"km_feasibility could not decide {printed_rate!r} with n = {m}")
        if res.consistent:
            rate = float(km_value(res.path) * factor)
            if m == n:
                reason = f"{printed_rate}{unit} is already reachable with n = {n}"
            else:
                reason = (
                    f"{printed_rate}{unit} needs at least {m} patients (not {n}): "
                    f"{res.path_text} = {format_exact(rate)}{unit}"
                )
            return KMSmallestN(printed_rate, n, n_max, m, res.path, res.path_text, rate, reason)
    return KMSmallestN(
        printed_rate,
        n,
        n_max,
        None,
        (),
        "",
        None,
        f"{printed_rate}{unit} is not reachable with any n in {n}..{n_max}",
    )


@dataclass(frozen=True)
class FeasibleValues:
    """Result of :func:`feasible_values` (all values on the percent scale).

    Attributes
    ----------
    printed : str
        The printed percentage or rate.
    n : int
        Group size.
    statistic : str
        ``"percent"`` (values k/n) or ``"km_rate"`` (Kaplan-Meier estimates on n patients).
    lower, upper : float
        The window searched.
    values : tuple of float
        Every value the group can give within the window, increasing (empty when not
        ``complete``).
    complete : bool
        False when the Kaplan-Meier values are too many to list (dense at the printed
        precision); ``values`` is then empty and the nearest values come from the simplest
        curve :func:`~blinarepro.consistency.km.km_feasibility` finds.
    reachable : bool
        Whether some value prints as ``printed``.
    nearest_below, nearest_above : float or None
        The closest values at or below / at or above the printed value, searched beyond the
        window when needed (None only when not ``complete``: then the one value known, that
        of the simplest curve giving the printed rate, is given on its side).
    """

    printed: str
    n: int
    statistic: str
    lower: float
    upper: float
    values: tuple[float, ...]
    complete: bool
    reachable: bool
    nearest_below: float | None
    nearest_above: float | None


def feasible_values(
    printed: str,
    n: int,
    statistic: str = "percent",
    *,
    half_width: float = 5.0,
    max_states: int = 200_000,
) -> FeasibleValues:
    """The values a group of n can give near a printed percentage or Kaplan-Meier rate.

    Parameters
    ----------
    printed : str
        As printed, on the percent scale ("90.1", "94.44").
    n : int
        Group size, n >= 1.
    statistic : {"percent", "km_rate"}, default "percent"
        ``"percent"``: the values 100 k / n; ``"km_rate"``: every Kaplan-Meier estimate on n
        patients (:func:`km_values`).
    half_width : float, default 5.0
        The window is printed +/- half_width percentage points, clipped to [0, 100].
    max_states : int, default 200000
        Budget of :func:`km_values`; beyond it the result is marked not ``complete``.

    Returns
    -------
    FeasibleValues

    Notes
    -----
    Whether a value "prints as" the printed text uses every rounding rule of
    :mod:`~blinarepro.consistency.printed`, as :func:`~blinarepro.consistency.percent.percent_check`
    and :func:`~blinarepro.consistency.km.km_feasibility` do. Checked in
    ``tests/consistency/test_feasible.py`` against those two functions.
    """
    statistic = check_choice("statistic", statistic, FEASIBLE_STATISTICS)
    n = check_count("n", n, minimum=1)
    p = parse_printed(printed, "printed")
    if p.relation != "=" or not 0 <= p.value <= 100:
        raise ValueError(f"printed must be a plain number in [0, 100]; got {p.text!r}")
    if not (isinstance(half_width, int | float) and half_width > 0):
        raise ValueError(f"half_width must be a positive number; got {half_width!r}")
    x = p.fraction
    lo = max(Fraction(0), x - Fraction(half_width))
    hi = min(Fraction(100), x + Fraction(half_width))
    complete = True
    below: Fraction | None
    above: Fraction | None
    if statistic == "percent":
        exact = [Fraction(100 * k, n) for k in range(n + 1)]
        reachable = bool(percent_candidates(p, n))
        below = max(v for v in exact if v <= x)
        above = min(v for v in exact if v >= x)
        exact = [v for v in exact if lo <= v <= hi]
    else:
        try:
            # values above the window cost nothing extra: the search visits them anyway
            upper_part = [100 * v for v in km_values(n, lo / 100, 1, max_states=max_states)]
            floor = lo
            while not any(v <= x for v in upper_part):  # widen down to the nearest below
                floor = floor / 2 if floor > Fraction(1, 1000) else Fraction(0)
                upper_part = [100 * v for v in km_values(n, floor / 100, 1, max_states=max_states)]
        except ValueError:
            complete = False
            res = km_feasibility(p.text, n)
            upper_part = [] if res.path_rate is None else [100 * km_value(res.path)]
        reachable = any(p.admits(v) for v in upper_part)
        below = max((v for v in upper_part if v <= x), default=None)
        above = min((v for v in upper_part if v >= x), default=None)
        exact = [v for v in upper_part if lo <= v <= hi]
    return FeasibleValues(
        printed=p.text,
        n=n,
        statistic=statistic,
        lower=float(lo),
        upper=float(hi),
        values=tuple(float(v) for v in exact) if complete else (),
        complete=complete,
        reachable=reachable,
        nearest_below=None if below is None else float(below),
        nearest_above=None if above is None else float(above),
    )
