"""Tests for blinarepro.survival (a printed Kaplan-Meier rate and its SE).

Reference values: R 4.2.2 with survival 3.5-3; the R call stands beside each number.
Helper, pasted once (R's own interval code, fed the SE of S rather than of log S)::

    ci <- function(S, se, type, lev=0.95) unlist(survival:::survfit_confint(
      S, se, logse=FALSE, conf.type=type, conf.int=lev))
"""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from blinarepro.survival import KM_TRANSFORMS, effective_sample_size, km_rate_ci

EXACT = 1e-6  # relative

SURVFIT_CONFINT = [
    (0.63, 0.05, "log-log", 0.95, (0.52362657824439329, 0.71895204121047074)),
    # ^ ci(0.63, 0.05, 'log-log')
    (0.97, 0.03, "log-log", 0.95, (0.80023339989674624, 0.99584551432423585)),
    # ^ ci(0.97, 0.03, 'log-log')
    (0.1, 0.08, "log-log", 0.95, (0.010573627245509349, 0.31179543430904894)),
    # ^ ci(0.1, 0.08, 'log-log')
    (0.63, 0.05, "log-log", 0.90, (0.54178380888218736, 0.70587810158897968)),
    # ^ ci(0.63, 0.05, 'log-log', lev=0.90)
    (0.63, 0.05, "plain", 0.95, (0.5320018007729973, 0.72799819922700271)),
    # ^ ci(0.63, 0.05, 'plain')
    (0.97, 0.03, "plain", 0.95, (0.91120108046379833, 1.0)),
    # ^ ci(0.97, 0.03, 'plain')  (upper clipped)
    (0.1, 0.08, "plain", 0.95, (0.0, 0.25679711876320432)),
    # ^ ci(0.1, 0.08, 'plain')  (lower clipped)
    (0.63, 0.05, "log", 0.95, (0.53924344110471112, 0.7360312054735394)),
    # ^ ci(0.63, 0.05, 'log')
    (0.97, 0.03, "log", 0.95, (0.91294773049481048, 1.0)),
    # ^ ci(0.97, 0.03, 'log')  (upper clipped)
    (0.1, 0.08, "log", 0.95, (0.020846769545105098, 0.47969062920581113)),
    # ^ ci(0.1, 0.08, 'log')
]


@pytest.mark.parametrize(("rate", "se", "transform", "level", "expected"), SURVFIT_CONFINT)
def test_matches_survfit_confint(rate, se, transform, level, expected):
    res = km_rate_ci(rate, se, confidence_level=level, transform=transform)
    assert_allclose([res.lower, res.upper], expected, rtol=EXACT)
    assert (res.rate, res.se, res.transform, res.confidence_level) == (rate, se, transform, level)
    assert res.note == ""


# End to end: summary(survfit(Surv(time, status) ~ 1, data=aml, conf.type=TYPE),
#                     times=c(12, 24))[c('surv','std.err','lower','upper')]
AML_SURV = (0.73913043478260865, 0.54658385093167705)
AML_SE = (0.091560537151700067, 0.10725064174012229)
AML_CI = {
    "log-log": (
        (0.50920943875421876, 0.87337578169767649),
        (0.31925041397118686, 0.72644917382063356),
    ),
    "plain": (
        (0.55967507956013496, 0.91858579000508234),
        (0.33637645580222919, 0.75679124606112491),
    ),
    "log": ((0.57979921796803113, 0.94224652723151947), (0.37207808724921121, 0.80293335280236955)),
}


@pytest.mark.parametrize("transform", KM_TRANSFORMS)
@pytest.mark.parametrize("i", [0, 1])
def test_printed_rate_and_se_reproduce_survfit_interval(transform, i):
    res = km_rate_ci(AML_SURV[i], AML_SE[i], transform=transform)
    assert_allclose([res.lower, res.upper], AML_CI[transform][i], rtol=EXACT)


def test_rate_one():
    # ci(1, 0, 'log-log') -> NA, NA ; ci(1, 0, 'plain') -> 1, 1 ; ci(1, 0, 'log') -> 1, 1
    res = km_rate_ci(1.0, 0.0)
    assert math.isnan(res.lower) and math.isnan(res.upper)
    assert "undefined" in res.note
    for transform in ("plain", "log"):
        res = km_rate_ci(1.0, 0.0, transform=transform)
        assert (res.lower, res.upper, res.note) == (1.0, 1.0, "")


def test_rate_zero():
    # ci(0, 0, 'log-log') -> NA, NA ; ci(0, 0, 'log') -> NA, NA ; ci(0, 0, 'plain') -> 0, 0
    for transform in ("log-log", "log"):
        res = km_rate_ci(0.0, 0.0, transform=transform)
        assert math.isnan(res.lower) and math.isnan(res.upper)
        assert "rate is 0" in res.note
    res = km_rate_ci(0.0, 0.0, transform="plain")
    assert (res.lower, res.upper) == (0.0, 0.0)


def test_zero_se_gives_point_interval():
    for transform in KM_TRANSFORMS:
        res = km_rate_ci(0.4, 0.0, transform=transform)
        assert res.lower == pytest.approx(0.4) and res.upper == pytest.approx(0.4)


def test_log_log_is_symmetric_on_its_scale():
    # Second route (algebra): log(-log S) is the midpoint of the transformed limits, and the
    # half-width is z * se / (S |log S|).
    S, se = 0.63, 0.05
    res = km_rate_ci(S, se)
    lo, hi = math.log(-math.log(res.upper)), math.log(-math.log(res.lower))
    assert (lo + hi) / 2 == pytest.approx(math.log(-math.log(S)), rel=1e-12)
    assert (hi - lo) / 2 == pytest.approx(1.959963984540054 * se / (S * abs(math.log(S))))


@settings(derandomize=True)  # reproducible: no hidden state between runs
@given(
    rate=st.floats(0.0, 1.0),
    se=st.floats(0.0, 0.5),
    transform=st.sampled_from(KM_TRANSFORMS),
    level=st.floats(0.5, 0.999),
)
def test_interval_contains_rate_and_lies_in_unit_interval(rate, se, transform, level):
    res = km_rate_ci(rate, se, confidence_level=level, transform=transform)
    if res.note:
        assert math.isnan(res.lower) and math.isnan(res.upper)
    else:
        # 1e-12 slack: at se = 0, S ** exp(0) can differ from S in the last bit
        assert 0.0 <= res.lower <= rate * (1 + 1e-12)
        assert rate * (1 - 1e-12) <= res.upper <= 1.0


def test_result_frame():
    frame = km_rate_ci(0.63, 0.05).to_frame()
    assert frame.shape == (1, 7)
    assert list(frame.columns[:4]) == ["rate", "se", "transform", "confidence_level"]


# --- effective sample size ------------------------------------------------------------------


def test_effective_n_equals_n_without_censoring():
    # s <- summary(survfit(Surv(1:10, rep(1, 10)) ~ 1), times=c(3.5, 7.5)); c(s$surv, s$std.err)
    #   -> 0.69999999999999996, 0.30000000000000004, 0.14491376746189435, 0.14491376746189441
    # s$surv*(1-s$surv)/s$std.err^2 -> 10.000000000000005, 9.9999999999999964
    # Without censoring the Greenwood SE is the binomial SE, so n_eff is the 10 at risk.
    assert_allclose(effective_sample_size(0.7, 0.14491376746189435), 10.0, rtol=1e-12)
    assert_allclose(effective_sample_size(0.3, 0.14491376746189441), 10.0, rtol=1e-12)


def test_effective_n_with_censoring_is_smaller():
    # aml at 24 weeks (survfit above): 23 patients, censoring before 24 -> n_eff < 23
    n_eff = effective_sample_size(AML_SURV[1], AML_SE[1])
    assert_allclose(n_eff, AML_SURV[1] * (1 - AML_SURV[1]) / AML_SE[1] ** 2, rtol=1e-15)
    assert 0 < n_eff < 23


def test_effective_n_edge_cases():
    assert effective_sample_size(0.5, 0.0) == math.inf
    assert math.isnan(effective_sample_size(1.0, 0.0))
    assert math.isnan(effective_sample_size(0.0, 0.0))
    assert effective_sample_size(1.0, 0.05) == 0.0


# --- bad arguments --------------------------------------------------------------------------


def test_bad_arguments():
    with pytest.raises(ValueError, match="transform must be one of 'log-log', 'plain', 'log'"):
        km_rate_ci(0.5, 0.1, transform="logit")
    with pytest.raises(ValueError, match="not a percentage"):
        km_rate_ci(63, 5)
    with pytest.raises(ValueError, match="se must be >= 0"):
        km_rate_ci(0.5, -0.1)
    with pytest.raises(ValueError, match="confidence_level"):
        km_rate_ci(0.5, 0.1, confidence_level=95)
    with pytest.raises(ValueError, match="finite"):
        effective_sample_size(math.nan, 0.1)
    with pytest.raises(TypeError, match="rate"):
        effective_sample_size("0.5", 0.1)
