"""Tests for blinarepro.means.

Reference values: R 4.2.2 ``t.test`` and metafor 3.8-1 ``escalc``; the R call stands beside
each number. R helpers, pasted once::

    # a sample with exactly the given mean and SD (t.test needs raw data)
    fake <- function(mean, sd, n) { set.seed(1); as.numeric(scale(rnorm(n))) * sd + mean }
    tt <- function(m1, s1, n1, m2, s2, n2, ...) {
      r <- t.test(fake(m1, s1, n1), fake(m2, s2, n2), ...)
      c(r$statistic, r$parameter, r$p.value, r$conf.int) }
    smd <- function(...) { e <- summary(escalc(measure="SMD", ...))
      c(e$yi, e$vi, e$ci.lb, e$ci.ub) }
    # mean/SD from median: the published formulas written out
    luo <- function(m, a, b, n) { w <- 4/(4 + n^0.75); w*m + (1-w)*(a+b)/2 }
    wan_r <- function(a, b, n) (b - a)/(2*qnorm((n - 0.375)/(n + 0.25)))
    wan_i <- function(q1, q3, n) (q3 - q1)/(2*qnorm((0.75*n - 0.125)/(n + 0.25)))
"""

import math

import pytest
from numpy.testing import assert_allclose

from blinarepro.means import hedges_g, mean_sd_from_median, two_sample_t

EXACT = 1e-6  # relative; ``fake`` reproduces mean and SD to ~1e-15
GROUPS = (12.3, 4.1, 25, 10.2, 6.3, 31)

# --- t test ---------------------------------------------------------------------------------

T_R = [
    (GROUPS, {}, (1.5027925055696205, 51.893894138871204, 0.13895404304265432)),
    # ^ tt(12.3, 4.1, 25, 10.2, 6.3, 31)[1:3]  (Welch)
    (GROUPS, {"equal_var": True}, (1.4378374225766644, 54, 0.15625034114448841)),
    # ^ tt(12.3, 4.1, 25, 10.2, 6.3, 31, var.equal=TRUE)[1:3]
]
T_CI_R = [
    (GROUPS, {}, (-0.70422172225596846, 4.9042217222559703)),
    # ^ tt(12.3, 4.1, 25, 10.2, 6.3, 31)[4:5]
    (GROUPS, {"equal_var": True}, (-0.82817980606596231, 5.0281798060659648)),
    # ^ tt(12.3, 4.1, 25, 10.2, 6.3, 31, var.equal=TRUE)[4:5]
    (GROUPS, {"confidence_level": 0.90}, (-0.24029491001916423, 4.4402949100191673)),
    # ^ tt(12.3, 4.1, 25, 10.2, 6.3, 31, conf.level=0.90)[4:5]
]


@pytest.mark.parametrize(("groups", "kwargs", "expected"), T_R)
def test_t_statistic_df_pvalue_match_r(groups, kwargs, expected):
    res = two_sample_t(*groups, **kwargs)
    assert_allclose([res.statistic, res.df, res.pvalue], expected, rtol=EXACT)


@pytest.mark.parametrize(("groups", "kwargs", "expected"), T_CI_R)
def test_t_interval_matches_r(groups, kwargs, expected):
    res = two_sample_t(*groups, **kwargs)
    assert_allclose([res.lower, res.upper], expected, rtol=EXACT)
    assert res.estimate == pytest.approx(12.3 - 10.2)


def test_t_smallest_groups():
    # tt(5, 1, 2, 3, 2, 2) -> 1.2649110640673515, 1.4705882352941182, 0.37008667606459184,
    #                         -7.7842688178743842, 11.784268817874386
    res = two_sample_t(5, 1, 2, 3, 2, 2)
    assert_allclose(
        [res.statistic, res.df, res.pvalue, res.lower, res.upper],
        [
            1.2649110640673515,
            1.4705882352941182,
            0.37008667606459184,
            -7.7842688178743842,
            11.784268817874386,
        ],
        rtol=EXACT,
    )


def test_t_one_sd_zero():
    # tt(12.3, 4.1, 25, 10.2, 0, 31) -> 2.5609756097560994, 24, 0.017148342522813075,
    #                                  0.40760317946502062, 3.7923968205349823
    res = two_sample_t(12.3, 4.1, 25, 10.2, 0, 31)
    assert_allclose(
        [res.statistic, res.df, res.pvalue, res.lower, res.upper],
        [2.5609756097560994, 24, 0.017148342522813075, 0.40760317946502062, 3.7923968205349823],
        rtol=EXACT,
    )
    # tt(12.3, 4.1, 25, 10.2, 0, 31, var.equal=TRUE)[1:3]
    #   -> 2.8581402424389792, 54, 0.0060417724474001282
    res = two_sample_t(12.3, 4.1, 25, 10.2, 0, 31, equal_var=True)
    assert_allclose(
        [res.statistic, res.df, res.pvalue],
        [2.8581402424389792, 54, 0.0060417724474001282],
        rtol=EXACT,
    )


def test_t_both_sd_zero():
    # R's t.test stops ("data are essentially constant"); we return a documented degenerate
    # result instead of raising.
    res = two_sample_t(12.3, 0, 25, 10.2, 0, 31)
    assert res.statistic == math.inf and res.pvalue == 0.0
    assert math.isnan(res.df)  # Welch's df is 0/0
    assert res.lower == res.upper == pytest.approx(2.1)
    assert "zero" in res.note
    same = two_sample_t(5, 0, 10, 5, 0, 10, equal_var=True)
    assert math.isnan(same.statistic) and math.isnan(same.pvalue) and same.df == 18


def test_t_result_carries_inputs():
    res = two_sample_t(*GROUPS)
    assert (res.mean1, res.sd1, res.n1, res.mean2, res.sd2, res.n2) == GROUPS
    assert res.method == "welch" and res.equal_var is False
    assert res.to_frame().shape == (1, 17)


# --- Hedges' g ------------------------------------------------------------------------------

G_R = [
    (
        GROUPS,
        0.95,
        (0.38110580374086173, 0.073554864816530535, -0.15045603109533606, 0.91266763857705957),
    ),
    # ^ smd(m1i=12.3, sd1i=4.1, n1i=25, m2i=10.2, sd2i=6.3, n2i=31)
    (
        (1.1, 0.9, 120, 1.4, 1.2, 115),
        0.95,
        (-0.28278197290015472, 0.017199125175751277, -0.53982230264358644, -0.025741643156722949),
    ),
    # ^ smd(m1i=1.1, sd1i=0.9, n1i=120, m2i=1.4, sd2i=1.2, n2i=115)
]


@pytest.mark.parametrize(("groups", "level", "expected"), G_R)
def test_hedges_g_matches_metafor(groups, level, expected):
    g = hedges_g(*groups, confidence_level=level)
    assert_allclose([g.estimate, g.variance, g.lower, g.upper], expected, rtol=EXACT)


def test_hedges_g_level():
    # summary(escalc(measure='SMD', m1i=12.3, sd1i=4.1, n1i=25, m2i=10.2, sd2i=6.3, n2i=31),
    #         level=90)[c('ci.lb','ci.ub')] -> -0.064994950597479784, 0.82720655807920318
    g = hedges_g(*GROUPS, confidence_level=0.90)
    assert_allclose([g.lower, g.upper], [-0.064994950597479784, 0.82720655807920318], rtol=EXACT)


def test_hedges_correction_factor():
    # metafor:::.cmicalc(54) -> 0.98603565094857792 ; the approximation 1 - 3/(4m - 1) is
    # 0.98604651..., so the exact gamma form is what is being used
    assert_allclose(hedges_g(*GROUPS).correction, 0.98603565094857792, rtol=1e-12)
    # metafor:::.cmicalc(2) -> 0.56418958354775628 (= 1/sqrt(pi), exact arithmetic)
    g = hedges_g(5, 1, 2, 3, 2, 2)
    assert_allclose(g.correction, 1 / math.sqrt(math.pi), rtol=1e-12)


def test_hedges_g_smallest_groups():
    # smd(m1i=5, sd1i=1, n1i=2, m2i=3, sd2i=2, n2i=2)
    #   -> 0.7136496464611084, 1.0636619772367581, -1.3077394018650907, 2.7350386947873075
    g = hedges_g(5, 1, 2, 3, 2, 2)
    assert_allclose(
        [g.estimate, g.variance, g.lower, g.upper],
        [0.7136496464611084, 1.0636619772367581, -1.3077394018650907, 2.7350386947873075],
        rtol=EXACT,
    )


def test_hedges_g_one_sd_zero():
    # smd(m1i=12.3, sd1i=4.1, n1i=25, m2i=10.2, sd2i=0, n2i=31)
    #   -> 0.7575639757287862, 0.077382200027932654, 0.21234793152060349, 1.3027800199369688
    g = hedges_g(12.3, 4.1, 25, 10.2, 0, 31)
    assert_allclose(
        [g.estimate, g.variance, g.lower, g.upper],
        [0.7575639757287862, 0.077382200027932654, 0.21234793152060349, 1.3027800199369688],
        rtol=EXACT,
    )


def test_hedges_g_both_sd_zero():
    # Undefined (metafor returns NA with a warning); we return nan and a note.
    g = hedges_g(12.3, 0, 25, 10.2, 0, 31)
    assert g.d == math.inf
    assert math.isnan(g.estimate) and math.isnan(g.lower) and math.isnan(g.variance)
    assert "zero" in g.note
    assert g.to_frame().shape == (1, 14)


# --- mean and SD from the median ------------------------------------------------------------

MEDIAN_R = [
    ((34, 18, 71, 45, "range"), (42.535030979204343, 12.031340765622716)),
    # ^ c(luo(34, 18, 71, 45), wan_r(18, 71, 45))
    ((34, 18, 71, 1000, "range"), (44.269012398379957, 8.2112237960477987)),
    # ^ c(luo(34, 18, 71, 1000), wan_r(18, 71, 1000))
    ((34, 25, 52, 45, "iqr"), (37.0, 20.676557478542485)),
    # ^ c((25 + 34 + 52)/3, wan_i(25, 52, 45))
]


@pytest.mark.parametrize(("args", "expected"), MEDIAN_R)
def test_mean_sd_from_median_matches_formulas(args, expected):
    est = mean_sd_from_median(*args)
    assert_allclose([est.mean, est.sd], expected, rtol=EXACT)
    assert est.is_estimate is True
    assert ("Luo" in est.method) == (args[-1] == "range")
    assert "Wan" in est.method


def test_mean_sd_from_median_n_two():
    # c(luo(7.5, 1, 19, 2), wan_r(1, 19, 2)) -> 8.2399921471429423, 15.268320428487209
    est = mean_sd_from_median(7.5, 1, 19, 2, spread="range")
    assert_allclose([est.mean, est.sd], [8.2399921471429423, 15.268320428487209], rtol=EXACT)
    # c((2 + 3 + 9)/3, wan_i(2, 9, 2)) -> 4.666666666666667, 12.401841767135965
    est = mean_sd_from_median(3, 2, 9, 2, spread="iqr")
    assert_allclose([est.mean, est.sd], [4.666666666666667, 12.401841767135965], rtol=EXACT)


def test_mean_sd_from_median_zero_spread():
    # c(luo(20, 20, 20, 10), wan_r(20, 20, 10)) -> 20, 0
    est = mean_sd_from_median(20, 20, 20, 10)
    assert (est.mean, est.sd) == (20.0, 0.0)


def test_mean_sd_from_median_symmetric_gives_median():
    # Second route (algebra): for a symmetric range or IQR the estimated mean is the median.
    assert mean_sd_from_median(50, 30, 70, 17).mean == pytest.approx(50)
    assert mean_sd_from_median(50, 40, 60, 17, spread="iqr").mean == pytest.approx(50)


# --- bad arguments --------------------------------------------------------------------------


def test_bad_arguments():
    with pytest.raises(ValueError, match="spread must be one of 'range', 'iqr'"):
        mean_sd_from_median(34, 18, 71, 45, spread="sd")
    with pytest.raises(ValueError, match="lower <= median <= upper"):
        mean_sd_from_median(80, 18, 71, 45)
    with pytest.raises(ValueError, match="n must be >= 2"):
        mean_sd_from_median(34, 18, 71, 1)
    with pytest.raises(ValueError, match="sd1 must be >= 0"):
        two_sample_t(1, -1, 10, 2, 1, 10)
    with pytest.raises(ValueError, match="n2 must be >= 2"):
        hedges_g(1, 1, 10, 2, 1, 1)
    with pytest.raises(ValueError, match="confidence_level"):
        hedges_g(*GROUPS, confidence_level=1.0)
    with pytest.raises(ValueError, match="finite"):
        two_sample_t(math.nan, 1, 10, 2, 1, 10)
    with pytest.raises(TypeError, match="equal_var"):
        two_sample_t(*GROUPS, equal_var="yes")
