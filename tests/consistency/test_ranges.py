"""mean_range_check: mean and SD against the printed range.

Reference bounds by direct algebra: with minimum a and maximum b among n values the mean lies
in [((n-1)a + b)/n, (a + (n-1)b)/n]; the sample SD lies in
[(b-a)/sqrt(2(n-1)), (b-a) sqrt(floor(n/2) ceil(n/2) / (n(n-1)))]. Second route: the bounds
are attained by explicit data sets, computed with ``statistics``.
"""

import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blinarepro.consistency.printed import format_at
from blinarepro.consistency.ranges import mean_range_check


def test_realworld_cycles():
    # 2.4 cycles (range 1-8) among 28: mean bounds widen by the printed half unit of "1", "8"
    res = mean_range_check("2.4", "1", "8", 28)
    assert res.status == "consistent"
    assert res.mean_bounds == pytest.approx((0.75, 8.25))  # ((27*0.5 + 7.5)/28, (1.5 + 27*8.5)/28)


def test_mean_outside_bounds():
    # n = 2, range 1.0-8.0: the mean is (1 + 8)/2 = 4.5 give or take 0.05
    assert mean_range_check("4.5", "1.0", "8.0", 2).consistent
    res = mean_range_check("7.9", "1.0", "8.0", 2)
    assert res.status == "inconsistent"
    assert "outside" in res.reason


def test_sd_bounds_attained():
    # n = 4, range 0-10: minimum SD from (0, 5, 5, 10), maximum from (0, 0, 10, 10)
    lo = statistics.stdev([0, 5, 5, 10])
    hi = statistics.stdev([0, 0, 10, 10])
    res = mean_range_check("5.0", "0.0", "10.0", 4, format_at(lo, 2))
    assert res.status == "consistent"
    # widest readings of the printed range: 9.9 to 10.1
    assert res.sd_bounds[0] == pytest.approx(lo * 9.9 / 10)
    assert res.sd_bounds[1] == pytest.approx(hi * 10.1 / 10)
    assert mean_range_check("5.0", "0.0", "10.0", 4, format_at(hi, 2)).consistent
    assert not mean_range_check("5.0", "0.0", "10.0", 4, "7.00").consistent  # hi = 5.77
    assert not mean_range_check("5.0", "0.0", "10.0", 4, "3.00").consistent  # lo = 4.08


def test_n_one():
    assert mean_range_check("3", "3", "3", 1).consistent
    assert not mean_range_check("3", "1", "5", 1).consistent


@pytest.mark.parametrize(
    ("args", "exc", "match"),
    [
        (("3", "5", "1", 4), ValueError, "exceeds"),
        (("3", "1", "5", 0), ValueError, "n must be >= 1"),
        (("3", "1", "5", 1, "1.0"), ValueError, "n must be >= 2"),
        (("3", "1", "5", 4, "-1"), ValueError, "printed_sd"),
        (("x", "1", "5", 4), ValueError, "printed_mean"),
    ],
)
def test_bad_input(args, exc, match):
    with pytest.raises(exc, match=match):
        mean_range_check(*args)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(data=st.lists(st.integers(0, 30), min_size=2, max_size=40))
def test_property_real_data_pass(data):
    res = mean_range_check(
        format_at(statistics.fmean(data), 2),
        str(min(data)),
        str(max(data)),
        len(data),
        format_at(statistics.stdev(data), 2),
    )
    assert res.status == "consistent", res.reason
