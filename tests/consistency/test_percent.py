"""percent_check: is a printed percentage some k/n?

Reference values by exact arithmetic, written beside each case; a second route enumerates
k/n with Python's ``decimal`` module; a property test rounds random k/n.
"""

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blinarepro.consistency.percent import percent_candidates, percent_check
from blinarepro.consistency.printed import format_at


def test_901_cannot_come_from_11():
    # 10/11 = 90.909...%, 9/11 = 81.8%: nothing prints as 90.1
    res = percent_check("90.1", 11)
    assert res.status == "inconsistent"
    assert res.candidates == ()
    assert res.nearest_below == ()  # no k/m with m <= 10 prints 90.1 (9/10 = 90.0)
    # 64/71 = 90.1408...% is the smallest denominator above 11 that works
    assert [(c.k, c.n) for c in res.nearest_above] == [(64, 71)]
    assert "90.9091" in res.reason


def test_865_is_32_of_37_not_k_of_38():
    # 32/37 = 86.486...% -> 86.5; 32/38 = 84.21%, 33/38 = 86.84%
    assert [c.k for c in percent_check("86.5", 37).candidates] == [32]
    res = percent_check("86.5", 38)
    assert res.status == "inconsistent"
    assert [(c.k, c.n) for c in res.nearest_below] == [(32, 37)]
    assert [(c.k, c.n) for c in res.nearest_above] == [(45, 52)]  # 45/52 = 86.538...%


def test_94_percent_of_35():
    # 33/35 = 94.2857...% -> 94
    res = percent_check("94", 35, 33)
    assert res.status == "consistent"
    assert res.rules == ("half-up", "half-even", "half-down")
    assert res.recomputed == pytest.approx(94.2857142857)


def test_given_k_that_does_not_reproduce():
    # 8/11 = 72.7%; only 9/11 = 81.818...% prints as 81.8
    res = percent_check("81.8", 11, 8)
    assert res.status == "inconsistent"
    assert [c.k for c in res.candidates] == [9]
    assert res.rules == ()


def test_tie_says_which_rule():
    # 1/8 = 12.5% exactly
    assert percent_check("13", 8, 1).rules == ("half-up",)
    assert percent_check("12", 8, 1).rules == ("half-even", "half-down")
    assert "exact tie" in percent_check("13", 8, 1).reason


def test_zero_percent():
    assert percent_check("0", 11, 0).consistent
    assert [c.k for c in percent_check("0.0", 11).candidates] == [0]


def test_hundred_percent():
    assert percent_check("100", 11, 11).consistent
    # 49/50 = 98.0%: only 50/50 prints as 100.0
    assert [c.k for c in percent_check("100.0", 50).candidates] == [50]


def test_hundred_point_zero_needs_9995():
    # 1998/1999 = 99.94997...% prints 99.9; 1999/2000 = 99.95% exactly is a tie
    assert [c.k for c in percent_check("100.0", 1999).candidates] == [1999]
    cands = percent_check("100.0", 2000).candidates
    assert [c.k for c in cands] == [1999, 2000]
    assert cands[0].rules == ("half-up", "half-even")


def test_n_equal_one():
    assert percent_check("100", 1, 1).consistent
    assert percent_check("0", 1, 0).consistent
    assert not percent_check("50", 1).consistent


def test_bound():
    # "<1%" of 200: 0/200 and 1/200 = 0.5% qualify, 2/200 = 1.0% does not
    assert [c.k for c in percent_check("<1", 200).candidates] == [0, 1]


@pytest.mark.parametrize(
    ("args", "exc", "match"),
    [
        (("80.0", 0), ValueError, "n must be >= 1"),
        (("80.0", 10, 11), ValueError, "k must be <= n"),
        (("80.0", 10, -1), ValueError, "k must be >= 0"),
        (("eighty", 10), ValueError, "printed_percent"),
        (("101", 10), ValueError, "printed_percent"),
        ((80.0, 10), TypeError, "printed_percent"),
        (("80", 10.5), TypeError, "n must be a whole number"),
    ],
)
def test_bad_input(args, exc, match):
    with pytest.raises(exc, match=match):
        percent_check(*args)


@pytest.mark.parametrize("n", [3, 11, 13, 37, 38, 60])
def test_candidates_match_decimal_enumeration(n):
    # Second route: every printable 1-decimal percentage, and which k the decimal module
    # rounds to it (half up or half even).
    expected: dict[str, set[int]] = {}
    for k in range(n + 1):
        exact = Decimal(100 * k) / Decimal(n)
        for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN):
            expected.setdefault(str(exact.quantize(Decimal("0.1"), rounding=mode)), set()).add(k)
    for tenth in range(0, 1001):
        text = format_at(Fraction(tenth, 10), 1)
        got = {c.k for c in percent_candidates(text, n)}
        assert expected.get(text, set()) <= got, text
        # anything more comes from half-down rounding, i.e. an exact tie
        extra = got - expected.get(text, set())
        assert all(Fraction(1000 * k, n) % 1 == Fraction(1, 2) for k in extra), text


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    n=st.integers(1, 500),
    frac=st.fractions(0, 1),
    decimals=st.integers(0, 2),
)
def test_property_every_rounded_k_over_n_is_accepted(n, frac, decimals):
    k = round(frac * n)
    value = Fraction(100 * k, n)
    res = percent_check(format_at(value, decimals), n, k)
    assert res.status == "consistent", res.reason
    # and as a binary float printed by Python (ties may go either way)
    res = percent_check(f"{100 * k / n:.{decimals}f}", n, k)
    assert res.status == "consistent", res.reason


# ----------------------------------------------------------------------------- issue #21


def test_less_than_five_percent_of_40_is_zero_or_one():
    # exact: 100 k / 40 < 5  <=>  k < 2
    assert [c.k for c in percent_candidates("<5%", 40)] == [0, 1]
    assert percent_check("<5%", 40, 1).status == "consistent"
    assert percent_check("<5%", 40, 2).status == "inconsistent"


def test_more_than_99_percent_of_113():
    # 112/113 = 99.115...% > 99, 111/113 = 98.23% is not
    assert [c.k for c in percent_candidates(">99%", 113)] == [112, 113]


def test_a_qualified_value_from_the_data_is_the_same_bound():
    from blinarepro.consistency.printed import stored_printed

    assert percent_candidates(stored_printed("5", "<"), 40) == percent_candidates("<5", 40)
    with pytest.raises(ValueError, match="qualifier"):
        stored_printed("5", "~")
    with pytest.raises(ValueError, match="plain number"):
        stored_printed("<5", "")


@pytest.mark.parametrize(("printed", "k", "n"), [("42·2 per cent", 49, 116), ("78%", 88, 113)])
def test_journal_forms_of_percentages(printed, k, n):
    # 49/116 = 42.241...%, 88/113 = 77.876...% (exact arithmetic)
    assert percent_check(printed, n, k).status == "consistent"


def test_a_percentage_printed_as_not_reached_is_refused():
    with pytest.raises(ValueError, match="not a number"):
        percent_check("NR", 40)
