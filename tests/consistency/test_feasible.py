"""km_values and km_smallest_n: reachable Kaplan-Meier values and the group size a rate needs.

Sources: exact arithmetic (the bound 1 - 1/m below 1); a plain recursion over every
Kaplan-Meier product with risk sets <= m (no pruning, no merging), as the independent route;
R 4.2.2 with survival 3.5.3 for the estimates of the paths found (script below).
"""

from fractions import Fraction
from functools import cache

import pytest

from blinarepro.consistency.feasible import feasible_values, km_smallest_n, km_values
from blinarepro.consistency.km import km_feasibility, km_value
from blinarepro.consistency.printed import format_at


@cache
def _reachable(m: int) -> frozenset:
    """Every Kaplan-Meier value with risk sets <= m, by plain recursion (no pruning)."""
    values = {Fraction(1)}
    for r in range(1, m + 1):
        for d in range(1, r + 1):
            factor = Fraction(r - d, r)
            values |= {factor * x for x in _reachable(r - d)}
    return frozenset(values)


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 6, 7, 8])
def test_values_agree_with_plain_recursion(n):
    assert km_values(n) == tuple(sorted(_reachable(n)))


@pytest.mark.parametrize(("n", "lo", "hi"), [(8, "1/2", "9/10"), (6, "0", "1/3"), (7, "1", "1")])
def test_window_is_the_slice_of_the_full_set(n, lo, hi):
    lo, hi = Fraction(lo), Fraction(hi)
    assert km_values(n, lo, hi) == tuple(sorted(v for v in _reachable(n) if lo <= v <= hi))


def test_three_patients_by_hand():
    # n = 3: 1, 2/3 (1 of 3), 1/2 (1 censored, 1 of 2), 1/3 (2/3 then 1 of 2), 0
    assert km_values(3) == tuple(Fraction(x) for x in ("0", "1/3", "1/2", "2/3", "1"))


def test_values_agree_with_km_feasibility():
    # second route on a larger n: each listed value is reachable, midpoints between
    # neighbours printed to 4 decimals are not (when they differ from both neighbours)
    values = km_values(17, Fraction(7, 10), Fraction(19, 20))
    assert len(values) > 100
    for v in values[::17]:
        assert km_feasibility(format_at(100 * v, 6), 17).consistent
    for a, b in zip(values[:40], values[1:41], strict=False):
        mid = format_at(50 * (a + b), 4)
        if mid not in (format_at(100 * a, 4), format_at(100 * b, 4)):
            assert not km_feasibility(mid, 17).consistent, mid


def test_budget_and_bad_input():
    with pytest.raises(ValueError, match="search states"):
        km_values(35, Fraction(1, 4), Fraction(2, 5), max_states=1000)
    with pytest.raises(ValueError, match="lower <= upper"):
        km_values(5, 0.9, 0.1)
    with pytest.raises(ValueError, match="n must be >= 1"):
        km_values(0)


# R 4.2.2, survival 3.5.3 (same `build` as tests/consistency/test_km.py):
#   build(18, c(18), c(1))       -> 0.9444444444
#   build(18, c(18,16), c(1,1))  -> 0.8854166667
#   build(20, c(20,17), c(1,3))  -> 0.7823529412
@pytest.mark.parametrize(
    ("rate", "n", "smallest", "path", "surv"),
    [
        ("94.44", 6, 18, "(1-1/18)", 0.9444444444),
        ("88.54", 6, 18, "(1-1/18)×(1-1/16)", 0.8854166667),
        ("88.54", 3, 18, "(1-1/18)×(1-1/16)", 0.8854166667),
        ("78.24", 3, 20, "(1-1/20)×(1-3/17)", 0.7823529412),
    ],
)
def test_smallest_n_realworld2025(rate, n, smallest, path, surv):
    res = km_smallest_n(rate, n)
    assert (res.smallest_n, res.path_text) == (smallest, path)
    assert float(km_value(res.path)) == pytest.approx(surv, abs=1e-10)
    # independent route: no m below gives the rate (plain recursion, printed at 2 decimals)
    for m in range(1, min(smallest, 9)):
        assert not any(format_at(100 * v, 2) == rate for v in _reachable(m))


def test_smallest_n_bound():
    # 94.44% lies strictly between 1 - 1/m and 1 for every m < 18 (17/18 = 94.444%)
    assert all(Fraction(m - 1, m) * 100 < Fraction("94.435") for m in range(1, 18))
    assert km_smallest_n("94.44", 1).smallest_n == 18


def test_already_reachable_and_none():
    res = km_smallest_n("66.67", 3)
    assert res.smallest_n == 3 and "already" in res.reason
    res = km_smallest_n("99.99", 5, n_max=20)
    assert res.smallest_n is None and res.path == ()
    assert res.to_frame().shape == (1, 6)


def test_smallest_n_bad_input():
    with pytest.raises(ValueError, match="n_max must be >= 6"):
        km_smallest_n("94.44", 6, n_max=5)
    with pytest.raises(ValueError, match="scale must be one of"):
        km_smallest_n("94.44", 6, scale="log")


# ----------------------------------------------------------------------------- feasible_values
@pytest.mark.parametrize(
    ("printed", "n", "statistic", "reachable", "below", "above"),
    [
        # exact arithmetic: 9/11 = 81.82%, 10/11 = 90.91%
        ("90.1", 11, "percent", False, 100 * 9 / 11, 100 * 10 / 11),
        ("86.5", 38, "percent", False, 100 * 32 / 38, 100 * 33 / 38),
        ("87.5", 32, "percent", True, 87.5, 87.5),
        # n = 6: nothing between 5/6 and 1; n = 3: between 2/3 and 1
        ("94.44", 6, "km_rate", False, 100 * 5 / 6, 100.0),
        ("78.24", 3, "km_rate", False, 100 * 2 / 3, 100.0),
        ("66.67", 3, "km_rate", True, 100 * 2 / 3, 100.0),  # 66.666...% < 66.67
    ],
)
def test_feasible_values(printed, n, statistic, reachable, below, above):
    res = feasible_values(printed, n, statistic)
    assert res.complete and res.reachable is reachable
    assert res.nearest_below == pytest.approx(below)
    assert res.nearest_above == pytest.approx(above)
    assert all(res.lower <= v <= res.upper for v in res.values)
    # second route: the same verdict as the checks themselves
    if statistic == "km_rate":
        assert km_feasibility(printed, n).consistent is reachable


def test_feasible_values_dense_km():
    res = feasible_values("31.68", 35, "km_rate", max_states=1000)
    assert not res.complete and res.values == () and res.reachable
    # the one value known is (23/33)(10/22) = 31.6804...%, above the printed 31.68
    assert res.nearest_below is None and format_at(res.nearest_above, 2) == "31.68"


def test_feasible_values_bad_input():
    with pytest.raises(ValueError, match="statistic must be one of"):
        feasible_values("50", 10, "mean")
    with pytest.raises(ValueError, match="plain number"):
        feasible_values("<5", 10)
    with pytest.raises(ValueError, match="half_width"):
        feasible_values("50", 10, half_width=0)
