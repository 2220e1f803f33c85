"""Tests for blinarepro.proportions.

Reference values: R 4.2.2 (Debian r-base-core 4.2.2.20221110), base ``stats``; the R call
that produced each number stands beside it. Methods R does not have by name (Jeffreys,
Agresti-Coull, Wald) are written out in R with ``qbeta``/``qnorm``.
"""

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from blinarepro.proportions import (
    PROPORTION_CI_METHODS,
    ProportionCI,
    binomial_test,
    proportion_ci,
)

EXACT = 1e-6  # relative tolerance for closed-form and exact methods

# R helpers used below (pasted once):
#   ac <- function(k, n, lev=0.95) { z <- qnorm(1-(1-lev)/2); nt <- n+z^2;
#     pt <- (k+z^2/2)/nt; pmin(1, pmax(0, pt + c(-1,1)*z*sqrt(pt*(1-pt)/nt))) }
#   wald <- function(k, n, lev=0.95) { z <- qnorm(1-(1-lev)/2); ph <- k/n;
#     pmin(1, pmax(0, ph + c(-1,1)*z*sqrt(ph*(1-ph)/n))) }
R_INTERVALS = [
    # (k, n, level, method, (lower, upper)), source
    (7, 20, 0.95, "clopper-pearson", (0.15390920478454115, 0.59218853453282816)),
    # ^ binom.test(7, 20)$conf.int
    (81, 263, 0.90, "clopper-pearson", (0.26105574600911191, 0.35817849557578418)),
    # ^ binom.test(81, 263, conf.level=0.90)$conf.int
    (7, 20, 0.95, "wilson", (0.18119182410108206, 0.56714572331476365)),
    # ^ prop.test(7, 20, correct=FALSE)$conf.int
    (81, 263, 0.90, "wilson", (0.26331361718848145, 0.35656634960848815)),
    # ^ prop.test(81, 263, correct=FALSE, conf.level=0.90)$conf.int
    (7, 20, 0.95, "wilson-cc", (0.1630866797163093, 0.59051043384857327)),
    # ^ prop.test(7, 20, correct=TRUE)$conf.int
    (81, 263, 0.95, "wilson-cc", (0.25350868229518525, 0.36817620104300364)),
    # ^ prop.test(81, 263, correct=TRUE)$conf.int
    #   (also Newcombe 1998, Stat Med 17:857, Table I, method 4: 0.2535 to 0.3682)
    (5, 10, 0.95, "wilson-cc", (0.20142296959860717, 0.79857703040139294)),
    # ^ prop.test(5, 10, p=0.3, correct=TRUE)$conf.int; p=0.3 because R drops the
    #   correction when x == n*p (default p=0.5), which Newcombe's method 4 does not
    (7, 20, 0.95, "jeffreys", (0.17227621363191206, 0.56776609384149612)),
    # ^ qbeta(c(0.025, 0.975), 7.5, 13.5)
    (7, 20, 0.95, "agresti-coull", (0.17992636143822804, 0.56841118597761775)),
    # ^ ac(7, 20)
    (7, 20, 0.95, "wald", (0.14096269690460592, 0.55903730309539401)),
    # ^ wald(7, 20)
    (3, 4, 0.95, "wald", (0.32565534972143573, 1.0)),
    # ^ wald(3, 4)  (upper clipped at 1)
]


@pytest.mark.parametrize(("k", "n", "level", "method", "expected"), R_INTERVALS)
def test_interval_matches_r(k, n, level, method, expected):
    ci = proportion_ci(k, n, confidence_level=level, method=method)
    assert_allclose([ci.lower, ci.upper], expected, rtol=EXACT)
    assert ci.estimate == k / n


# k = 0: every method's lower limit is exactly 0.
K_ZERO = [
    ("clopper-pearson", 0.30849710781876083),  # binom.test(0, 10)$conf.int
    ("wilson", 0.27753279986288915),  # prop.test(0, 10, correct=FALSE)$conf.int
    ("wilson-cc", 0.34453721830692247),  # prop.test(0, 10, correct=TRUE)$conf.int
    ("jeffreys", 0.21719626750921051),  # c(0, qbeta(0.975, 0.5, 10.5))
    ("agresti-coull", 0.32088730575054569),  # ac(0, 10)
    ("wald", 0.0),  # wald(0, 10): the degenerate [0, 0]
]


@pytest.mark.parametrize(("method", "upper"), K_ZERO)
def test_k_zero(method, upper):
    ci = proportion_ci(0, 10, method=method)
    assert ci.lower == 0.0
    assert_allclose(ci.upper, upper, rtol=EXACT)


# k = n: by symmetry the mirror of k = 0; upper is exactly 1 (except Wald: [1, 1]).
K_ALL = [
    ("clopper-pearson", 0.69150289218123917),  # binom.test(10, 10)$conf.int
    ("wilson", 0.72246720013711085),  # prop.test(10, 10, correct=FALSE)$conf.int
    ("wilson-cc", 0.65546278169307748),  # prop.test(10, 10, correct=TRUE)$conf.int
    ("jeffreys", 0.78280373249078938),  # c(qbeta(0.025, 10.5, 0.5), 1)
    ("agresti-coull", 1 - 0.32088730575054569),  # 1 - ac(0, 10)[2], by symmetry
    ("wald", 1.0),  # wald(10, 10)
]


@pytest.mark.parametrize(("method", "lower"), K_ALL)
def test_k_equals_n(method, lower):
    ci = proportion_ci(10, 10, method=method)
    assert ci.upper == 1.0
    assert_allclose(ci.lower, lower, rtol=EXACT)


def test_n_one_clopper_pearson():
    # binom.test(0, 1)$conf.int -> 0, 0.975 ; binom.test(1, 1)$conf.int -> 0.025, 1
    assert_allclose(
        [proportion_ci(0, 1).lower, proportion_ci(0, 1).upper], [0.0, 0.975], rtol=EXACT
    )
    assert_allclose(
        [proportion_ci(1, 1).lower, proportion_ci(1, 1).upper], [0.025, 1.0], rtol=EXACT
    )


def test_n_one_score_methods():
    # prop.test(1, 1, correct=FALSE)$conf.int -> 0.2065493143772375, 1
    ci = proportion_ci(1, 1, method="wilson")
    assert_allclose([ci.lower, ci.upper], [0.2065493143772375, 1.0], rtol=EXACT)
    # prop.test(0, 1, correct=TRUE)$conf.int -> 0, 0.94537924447114807
    ci = proportion_ci(0, 1, method="wilson-cc")
    assert_allclose([ci.lower, ci.upper], [0.0, 0.94537924447114807], rtol=EXACT)
    # ac(1, 1) -> 0.16749948547941307, 1
    ci = proportion_ci(1, 1, method="agresti-coull")
    assert_allclose([ci.lower, ci.upper], [0.16749948547941307, 1.0], rtol=EXACT)


def test_clopper_pearson_is_the_beta_inversion():
    # Second route: the Clopper-Pearson limits are where the binomial tails equal alpha/2.
    from scipy import stats

    ci = proportion_ci(7, 20)
    assert_allclose(stats.binom.sf(6, 20, ci.lower), 0.025, rtol=1e-9)
    assert_allclose(stats.binom.cdf(7, 20, ci.upper), 0.025, rtol=1e-9)


def test_result_is_frozen_and_carries_inputs():
    ci = proportion_ci(7, 20, confidence_level=0.9, method="wilson")
    assert isinstance(ci, ProportionCI)
    assert (ci.k, ci.n, ci.method, ci.confidence_level) == (7, 20, "wilson", 0.9)
    with pytest.raises(AttributeError):
        ci.lower = 0.0  # type: ignore[misc]
    frame = ci.to_frame()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == [
        "k",
        "n",
        "method",
        "confidence_level",
        "estimate",
        "lower",
        "upper",
    ]
    assert len(frame) == 1


@settings(derandomize=True)  # reproducible: no hidden state between runs
@given(
    n=st.integers(min_value=1, max_value=500),
    data=st.data(),
    method=st.sampled_from(PROPORTION_CI_METHODS),
    level=st.floats(min_value=0.5, max_value=0.999),
)
def test_interval_contains_estimate_and_lies_in_unit_interval(n, data, method, level):
    k = data.draw(st.integers(min_value=0, max_value=n))
    ci = proportion_ci(k, n, confidence_level=level, method=method)
    assert 0.0 <= ci.lower <= ci.estimate <= ci.upper <= 1.0


@settings(derandomize=True)  # reproducible: no hidden state between runs
@given(n=st.integers(min_value=1, max_value=200), data=st.data())
def test_wider_level_gives_wider_interval(n, data):
    k = data.draw(st.integers(min_value=0, max_value=n))
    narrow = proportion_ci(k, n, confidence_level=0.8)
    wide = proportion_ci(k, n, confidence_level=0.99)
    assert wide.lower <= narrow.lower and narrow.upper <= wide.upper


# --- binomial test -------------------------------------------------------------------------

BINOM_P = [
    (7, 20, 0.5, "two-sided", 0.26317596435546875),  # binom.test(7, 20, p=0.5)$p.value
    (7, 20, 0.2, "two-sided", 0.098221728613468728),  # binom.test(7, 20, p=0.2)$p.value
    (7, 20, 0.5, "less", 0.13158798217773438),
    # ^ binom.test(7, 20, p=0.5, alternative='less')$p.value
    (7, 20, 0.5, "greater", 0.94234085083007812),
    # ^ binom.test(7, 20, p=0.5, alternative='greater')$p.value
]


@pytest.mark.parametrize(("k", "n", "p0", "alternative", "pvalue"), BINOM_P)
def test_binomial_test_matches_r(k, n, p0, alternative, pvalue):
    res = binomial_test(k, n, p0, alternative=alternative)
    assert_allclose(res.pvalue, pvalue, rtol=EXACT)
    assert (res.k, res.n, res.p0, res.alternative) == (k, n, p0, alternative)
    assert res.statistic == k / n


def test_binomial_test_k_zero():
    # binom.test(0, 10, p=0.1)$p.value -> 0.61257951100000052
    # (second route, in R: 1 - dbinom(1, 10, 0.1) -> 0.61257951100000008)
    assert_allclose(binomial_test(0, 10, 0.1).pvalue, 0.61257951100000052, rtol=EXACT)


def test_binomial_test_k_equals_n():
    # binom.test(10, 10, p=0.9)$p.value -> 0.61257951100000019
    assert_allclose(binomial_test(10, 10, 0.9).pvalue, 0.61257951100000019, rtol=EXACT)


def test_binomial_test_n_one():
    # One trial, one event, p0 = 0.5: both outcomes equally likely, so the two-sided p is 1
    # (binom.test(1, 1)$p.value -> 1).
    assert binomial_test(1, 1, 0.5).pvalue == pytest.approx(1.0)
    assert binomial_test(1, 1, 0.5).to_frame().shape == (1, 6)


# --- bad arguments --------------------------------------------------------------------------


def test_unknown_method_lists_allowed():
    with pytest.raises(ValueError, match="method must be one of 'clopper-pearson'.*'wald'"):
        proportion_ci(3, 10, method="exact")


@pytest.mark.parametrize("level", [0.0, 1.0, 95, -0.1, math.nan])
def test_level_outside_unit_interval(level):
    with pytest.raises(ValueError, match="confidence_level"):
        proportion_ci(3, 10, confidence_level=level)


def test_k_greater_than_n():
    with pytest.raises(ValueError, match="k must be <= n"):
        proportion_ci(11, 10)
    with pytest.raises(ValueError, match="k must be <= n"):
        binomial_test(11, 10, 0.5)


@pytest.mark.parametrize(("k", "n"), [(-1, 10), (1, 0)])
def test_negative_or_empty_counts(k, n):
    with pytest.raises(ValueError, match=">="):
        proportion_ci(k, n)


def test_non_integer_count():
    with pytest.raises(TypeError, match="whole number"):
        proportion_ci(2.5, 10)


def test_binomial_test_bad_arguments():
    with pytest.raises(ValueError, match="alternative must be one of"):
        binomial_test(3, 10, 0.5, alternative="two.sided")
    with pytest.raises(ValueError, match="p0"):
        binomial_test(3, 10, 1.5)
