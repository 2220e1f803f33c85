"""sum_check: parts against the whole. Reference sums are hand arithmetic on the printed values."""

import pytest

from blinarepro.consistency.sums import sum_check


def test_counts_add_up():
    # realworld2025: 11 Ph+ + 38 Ph- = 49 in the induction cohort
    res = sum_check({"Ph+": "11", "Ph-": "38"}, "49")
    assert res.status == "consistent"
    assert res.parts_sum == "49" and res.difference == "0"
    assert res.parts == (("Ph+", "11"), ("Ph-", "38"))


def test_counts_do_not_add_up():
    res = sum_check({"grade 1-2": "10", "grade 3": "1"}, "12")
    assert res.status == "inconsistent"
    assert res.difference == "1"


def test_single_part():
    assert sum_check({"all": "7"}, "7").consistent


def test_zero():
    assert sum_check({"a": "0", "b": "0"}, "0").consistent


def test_rounded_percentages():
    # 33.3 x 3 = 99.9, true sum in [99.75, 100.05]; "100" admits [99.5, 100.5]
    assert sum_check({"a": "33.3", "b": "33.3", "c": "33.3"}, "100", kind="rounded").consistent
    # "100.0" admits [99.95, 100.05]: still met
    assert sum_check({"a": "33.3", "b": "33.3", "c": "33.3"}, "100.0", kind="rounded").consistent
    # 33.0 x 3: true sum in [98.85, 99.15], misses [99.95, 100.05]
    res = sum_check({"a": "33.0", "b": "33.0", "c": "33.0"}, "100.0", kind="rounded")
    assert res.status == "inconsistent"
    assert (res.lower, res.upper) == ("98.85", "99.15")


@pytest.mark.parametrize(
    ("parts", "total", "kwargs", "exc", "match"),
    [
        ({}, "1", {}, ValueError, "at least one part"),
        ({"a": "1.5"}, "1.5", {}, ValueError, "whole number"),
        ({"a": "-1"}, "-1", {}, ValueError, "whole number"),
        ({"a": "<5"}, "5", {}, ValueError, "bound"),
        ({"a": "x"}, "5", {}, ValueError, "parts\\['a'\\]"),
        ({"a": "5"}, "five", {}, ValueError, "total"),
        ({"a": "5"}, "5", {"kind": "exact"}, ValueError, "kind must be one of"),
        (["5"], "5", {}, TypeError, "mapping"),
    ],
)
def test_bad_input(parts, total, kwargs, exc, match):
    with pytest.raises(exc, match=match):
        sum_check(parts, total, **kwargs)
