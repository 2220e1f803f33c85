"""GRIM and GRIMMER.

Sources: Brown & Heathers (2017), Social Psychological and Personality Science 8:363 (worked
example: a mean of 5.19 with N = 28 is impossible); rsprite2's test suite
(LukasWallrich/rsprite2, tests/testthat/test-core-and-plot-functions.R:
``GRIM_test(5.19, 28)`` FALSE with closest 5.18, ``GRIM_test(5.18, 14, n_items = 2)`` TRUE,
``GRIMMER_test(5.21, 1.6, 28)`` TRUE, ``GRIMMER_test(3.44, 2.47, 18)`` FALSE). Second route:
exhaustive enumeration of every integer data set of small n.
"""

import itertools
import math
import statistics
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blinarepro.consistency.grim import grim, grimmer
from blinarepro.consistency.printed import format_at


def test_grim_brown_heathers_example():
    # 145/28 = 5.1786 -> 5.18, 146/28 = 5.2143 -> 5.21: 5.19 is impossible
    res = grim("5.19", 28)
    assert res.status == "inconsistent"
    assert (res.nearest_below, res.nearest_above) == ("5.18", "5.21")
    assert "145/28" in res.reason and "146/28" in res.reason


def test_grim_rsprite2_items():
    # 145/28 = 5.1786 with 14 subjects x 2 items
    res = grim("5.18", 14, items=2)
    assert res.status == "consistent"
    assert res.sums == (145,)


def test_grim_states_integer_assumption():
    for res in (grim("5.19", 28), grim("5.18", 28)):
        assert "integer" in res.reason


def test_grim_uninformative_large_n():
    # 500 >= 10^2: every 2-decimal mean is reachable
    res = grim("3.48", 500)
    assert res.status == "consistent" and not res.informative
    assert "uninformative" in res.reason


def test_grim_platelet_units():
    # xu2025: 1.61 units with n = 11: 17/11 = 1.545, 18/11 = 1.636 -> impossible for whole units
    assert grim("1.61", 11).status == "inconsistent"
    # 2.4 cycles with n = 28: 67/28 = 2.393 -> 2.4
    assert grim("2.4", 28).status == "consistent"


def test_grim_n_one():
    assert grim("3", 1).consistent
    assert grim("3.0", 1).consistent
    assert not grim("3.5", 1).consistent


def test_grim_negative_mean():
    # -7/3 = -2.333...
    assert grim("-2.33", 3).consistent
    assert not grim("-2.32", 3).consistent


def test_grim_zero_mean():
    assert grim("0.00", 7).sums == (0,)


@pytest.mark.parametrize(
    ("args", "exc", "match"),
    [
        (("5.19", 0), ValueError, "n must be >= 1"),
        (("5.19", 28, 0), ValueError, "items must be >= 1"),
        (("five", 28), ValueError, "printed_mean"),
        (("<5", 28), ValueError, "printed_mean"),
        ((5.19, 28), TypeError, "printed_mean"),
    ],
)
def test_grim_bad_input(args, exc, match):
    with pytest.raises(exc, match=match):
        grim(*args)


def test_grimmer_rsprite2_consistent():
    res = grimmer("5.21", "1.6", 28)
    assert res.status == "consistent"
    sol = res.solutions[0]
    # the solution really gives the printed values (direct algebra)
    var = Fraction(sol.sum_of_squares - Fraction(sol.total**2, 28), 27)
    assert format_at(Fraction(sol.total, 28), 2) == "5.21"
    assert format_at(math.sqrt(var), 1) == "1.6"
    assert sol.sum_of_squares % 2 == sol.total % 2


def test_grimmer_rsprite2_inconsistent():
    res = grimmer("3.44", "2.47", 18)
    assert res.status == "inconsistent"
    assert res.grim.consistent  # the mean passes GRIM; the SD fails
    assert "integer" in res.reason


def test_grimmer_fails_when_grim_fails():
    res = grimmer("5.19", "1.00", 28)
    assert res.status == "inconsistent"
    assert "GRIM" in res.reason


def test_grimmer_zero_sd():
    # five 3s: mean 3.00, SD 0
    assert grimmer("3.00", "0.00", 5).consistent
    # total 16 over 5 integers: the most even split 3,3,3,3,4 has SD sqrt(0.2) = 0.447
    assert not grimmer("3.20", "0.00", 5).consistent
    assert grimmer("3.20", "0.45", 5).consistent


def test_grimmer_needs_two():
    with pytest.raises(ValueError, match="n must be >= 2"):
        grimmer("3.0", "1.0", 1)


def test_grimmer_negative_sd():
    with pytest.raises(ValueError, match="printed_sd"):
        grimmer("3.0", "-1.0", 5)


def _printed_pairs(n, values, mean_dec, sd_dec):
    pairs = set()
    for data in itertools.combinations_with_replacement(values, n):
        mean = Fraction(sum(data), n)
        var = (Fraction(sum(x * x for x in data)) - n * mean * mean) / (n - 1)
        pairs.add((format_at(mean, mean_dec), format_at(math.sqrt(var), sd_dec)))
    return pairs


@pytest.mark.parametrize("n", [2, 3, 4, 5, 6])
def test_grimmer_never_rejects_an_attainable_pair(n):
    # Second route: every data set of n integers in 0..6, mean and SD rounded to 2 decimals
    for mean, sd in sorted(_printed_pairs(n, range(7), 2, 2)):
        assert grimmer(mean, sd, n).consistent, (mean, sd, n)


def test_grimmer_rejects_unattainable_pairs():
    # n = 4, total 6 (mean 1.50): the variance is (Q - 9)/3 with Q the sum of squares, which
    # must be even like the total; SD 0.82 needs Q = 11 (sqrt(2/3) = 0.816), so no data set
    # gives it, while Q = 12 (SD 1.00, e.g. 1, 1, 1, 3) does.
    attained = _printed_pairs(4, range(7), 2, 2)
    assert ("1.50", "0.82") not in attained
    assert not grimmer("1.50", "0.82", 4).consistent
    assert ("1.50", "1.00") in attained
    assert grimmer("1.50", "1.00", 4).consistent


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    data=st.lists(st.integers(-3, 20), min_size=2, max_size=60),
    mean_dec=st.integers(1, 2),
    sd_dec=st.integers(1, 2),
)
def test_property_real_integer_data_pass(data, mean_dec, sd_dec):
    n = len(data)
    mean = Fraction(sum(data), n)
    printed_mean = format_at(mean, mean_dec)
    assert grim(printed_mean, n).consistent
    # also the binary-float route most software takes
    assert grim(f"{statistics.fmean(data):.{mean_dec}f}", n).consistent
    sd = math.sqrt(statistics.variance([Fraction(x) for x in data]))
    assert grimmer(printed_mean, format_at(sd, sd_dec), n).consistent
