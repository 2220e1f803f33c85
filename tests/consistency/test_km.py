"""km_feasibility: can a printed Kaplan-Meier rate (and SE) arise from n patients?

Sources: exact arithmetic (10/11 = 90.909...%); R 4.2.2 with survival 3.5.3 for the estimate
and Greenwood SE of curves built from the paths (script below); a second route that
enumerates every Kaplan-Meier value reachable with n <= 7 without pruning; and a property
test on simulated curves.
"""

from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blinarepro.consistency.km import KMStep, greenwood_se, km_feasibility, km_value
from blinarepro.consistency.printed import format_at

# R 4.2.2, survival 3.5.3:
#   build <- function(n, rs, ds) {  # censor down to rs[j] at risk, then ds[j] events
#     time <- c(); status <- c(); avail <- n; t <- 0
#     for (j in seq_along(rs)) {
#       cens <- avail - rs[j]
#       if (cens > 0) { time <- c(time, rep(t + .5, cens)); status <- c(status, rep(0, cens)) }
#       time <- c(time, rep(t + 1, ds[j])); status <- c(status, rep(1, ds[j]))
#       avail <- rs[j] - ds[j]; t <- t + 1 }
#     if (avail > 0) { time <- c(time, rep(t + 5, avail)); status <- c(status, rep(0, avail)) }
#     s <- summary(survfit(Surv(time, status) ~ 1), times = t + .5); c(s$surv, s$std.err) }
R_SURVFIT = [
    # (n, risk sets, events, surv, std.err)
    (19, (18, 9), (5, 1), 0.6419753086, 0.1205417162),
    (16, (15,), (4,), 0.7333333333, 0.1141798451),
    (35, (33, 22), (10, 12), 0.3168044077, 0.0824426393),
    (17, (16, 13), (1, 2), 0.7932692308, 0.1068786582),
    (40, (40, 30, 12, 5), (3, 2, 1, 2), 0.4748333333, 0.1810087277),
    (11, (11,), (1,), 0.9090909091, 0.0866784172),
]


@pytest.mark.parametrize(("n", "rs", "ds", "surv", "se"), R_SURVFIT)
def test_greenwood_matches_r_survfit(n, rs, ds, surv, se):
    path = tuple(KMStep(r, d) for r, d in zip(rs, ds, strict=True))
    assert float(km_value(path)) == pytest.approx(surv, abs=1e-10)
    assert greenwood_se(path) == pytest.approx(se, abs=1e-10)


def test_909_of_11():
    # 1 - 1/11 = 10/11 = 90.909...%
    res = km_feasibility("90.9", 11)
    assert res.status == "consistent"
    assert res.path_text == "(1-1/11)"
    assert res.path_rate == pytest.approx(100 * 10 / 11)


def test_nothing_between_one_minus_one_over_n_and_one():
    # n = 11: the largest value below 100% is 10/11 = 90.9%
    res = km_feasibility("95.0", 11)
    assert res.status == "inconsistent"
    assert "1 - 1/11" in res.reason
    assert km_feasibility("99.9", 60).status == "inconsistent"  # 59/60 = 98.33%


def test_no_positive_value_below_one_over_n():
    # every positive Kaplan-Meier value on 60 patients is >= 1/60 = 1.67%
    res = km_feasibility("0.5", 60)
    assert res.status == "inconsistent"
    assert "1/60" in res.reason


@pytest.mark.parametrize(
    ("rate", "n", "status"),
    [
        ("88.54", 3, "inconsistent"),  # n = 3 gives only 0, 1/3, 1/2, 2/3, 1
        ("78.24", 3, "inconsistent"),
        ("66.67", 3, "consistent"),  # 2/3
        ("94.44", 6, "inconsistent"),  # 5/6 = 83.3% is the largest below 1
        ("85.71", 11, "consistent"),  # 6/7: censor 4, then 1 event among 7
        ("31.68", 35, "consistent"),  # (23/33)(10/22) = 31.680...%
        ("83.92", 17, "consistent"),  # (12/13)(10/11) = 83.916...%
    ],
)
def test_published_rates(rate, n, status):
    res = km_feasibility(rate, n)
    assert res.status == status, res.reason
    if status == "consistent":
        assert format_at(km_value(res.path) * 100, 2) == rate


def test_simplest_path_has_fewest_factors():
    # 82.2% with 35: no single factor a/r (r <= 35) prints 82.2, two factors do
    res = km_feasibility("82.2", 35)
    assert len(res.path) == 2
    assert not any(
        format_at(Fraction(100 * a, r), 1) == "82.2" for r in range(1, 36) for a in range(r)
    )


def test_se_matched():
    # wang2025: 64.2% +/- 12.1% with n = 19; (13/18)(8/9) = 64.198%, Greenwood SE 12.054%
    res = km_feasibility("64.2", 19, "12.1")
    assert res.se_status == "matched"
    assert format_at(res.se_path_se, 1) == "12.1"


def test_se_not_matched_is_a_finding():
    # A Greenwood SE of 1.0% at 64.2% would need thousands of patients
    res = km_feasibility("64.2", 19, "1.0")
    assert res.status == "consistent"
    assert res.se_status == "not_matched"
    assert "finding" in res.reason


def test_se_zero():
    # no events: S = 1 with SE 0
    res = km_feasibility("100", 22, "0")
    assert (res.status, res.se_status, res.path) == ("consistent", "matched", ())
    # 0 < S < 1 always has a positive Greenwood SE
    assert km_feasibility("50.0", 10, "0.0").se_status == "not_matched"


def test_hundred_and_zero():
    assert km_feasibility("100.0", 10).path == ()
    res = km_feasibility("0", 5)
    assert res.status == "consistent" and km_value(res.path) == 0


def test_n_one():
    assert km_feasibility("100", 1).consistent
    assert km_feasibility("0", 1).consistent
    assert km_feasibility("50", 1).status == "inconsistent"


def test_proportion_scale():
    assert km_feasibility("0.909", 11, scale="proportion").path_text == "(1-1/11)"


def test_budget_gives_not_checkable():
    res = km_feasibility("31.68", 35, budget=5)
    assert res.status == "not_checkable"


@pytest.mark.parametrize(
    ("args", "kwargs", "exc", "match"),
    [
        (("90.9", 0), {}, ValueError, "n must be >= 1"),
        (("101", 11), {}, ValueError, "printed_rate"),
        (("ninety", 11), {}, ValueError, "printed_rate"),
        (("90.9", 11, "-1"), {}, ValueError, "printed_se"),
        (("90.9", 11), {"scale": "log"}, ValueError, "scale must be one of"),
        ((90.9, 11), {}, TypeError, "printed_rate"),
    ],
)
def test_bad_input(args, kwargs, exc, match):
    with pytest.raises(exc, match=match):
        km_feasibility(*args, **kwargs)


@cache
def _reachable(m: int) -> frozenset:
    """Every Kaplan-Meier value with risk sets <= m, by plain recursion (no pruning)."""
    values = {Fraction(1)}
    for r in range(1, m + 1):
        for d in range(1, r + 1):
            factor = Fraction(r - d, r)
            values |= {factor * x for x in _reachable(r - d)}
    return frozenset(values)


def _printings(v: Fraction) -> set[str]:
    """How 100 v prints to 1 decimal, ties either way (decimal module; 28 digits decide
    every non-tie with denominators this small)."""
    exact = Decimal(100 * v.numerator) / Decimal(v.denominator)
    return {
        str(exact.quantize(Decimal("0.1"), rounding=m)) for m in (ROUND_HALF_UP, ROUND_HALF_DOWN)
    }


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 6, 7])
def test_agrees_with_exhaustive_enumeration(n):
    printable = set().union(*(_printings(v) for v in _reachable(n)))
    for tenth in range(0, 1001):
        text = format_at(Fraction(tenth, 10), 1)
        assert km_feasibility(text, n).consistent == (text in printable), (text, n)


@pytest.mark.parametrize("n", [20, 40, 60])
def test_decided_within_the_default_budget(n):
    # the search budget (a count of nodes, not seconds) decides these group sizes every time
    for rate in ("12.34", "31.68", "57.89", "64.2", "79.33", "88.54", "97.1", "99.0"):
        assert km_feasibility(rate, n).status != "not_checkable", (rate, n)


def _km_path(times_status, cutoff):
    """Kaplan-Meier factors up to ``cutoff`` (events before censoring at tied times)."""
    path = []
    event_times = sorted({t for t, e in times_status if e and t <= cutoff})
    for t in event_times:
        at_risk = sum(1 for u, _ in times_status if u >= t)
        events = sum(1 for u, e in times_status if u == t and e)
        path.append(KMStep(at_risk, events))
    return tuple(path)


def _km_at(times_status, cutoff):
    return km_value(_km_path(times_status, cutoff))


_subjects = st.lists(st.tuples(st.integers(1, 12), st.booleans()), min_size=1, max_size=40)


@settings(max_examples=120, deadline=None, derandomize=True)
@given(subjects=_subjects, cutoff=st.integers(0, 12))
def test_property_simulated_curves_are_feasible(subjects, cutoff):
    value = _km_at(subjects, cutoff)
    res = km_feasibility(format_at(100 * value, 1), len(subjects))
    assert res.status == "consistent", res.reason
    assert format_at(km_value(res.path) * 100, 1) == format_at(100 * value, 1)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(subjects=_subjects, cutoff=st.integers(0, 12))
def test_property_simulated_curves_two_decimals_with_se(subjects, cutoff):
    path = _km_path(subjects, cutoff)
    rate = format_at(100 * km_value(path), 2)
    se = format_at(100 * greenwood_se(path), 1)
    res = km_feasibility(rate, len(subjects), se, se_budget=2_000_000)
    assert res.status == "consistent", res.reason
    # the simulated curve itself gives both, so an exhaustive search must find one
    assert res.se_status == "matched", res.reason


def test_property_can_fail():
    # The simulation reaches rates that need two factors (censoring between events), so a
    # search restricted to single factors a/r would fail the property above.
    subjects = [(1, True)] * 3 + [(2, False)] * 10 + [(3, True)] * 2 + [(9, False)] * 20
    value = _km_at(subjects, 5)  # (32/35)(20/22) = 83.1%
    rate = format_at(100 * value, 1)
    assert not any(
        format_at(Fraction(100 * a, r), 1) == rate for r in range(1, 36) for a in range(r)
    )
    assert km_feasibility(rate, 35).consistent
