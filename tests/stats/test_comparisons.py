"""Tests for blinarepro.comparisons (two independent proportions k1/n1 vs k2/n2).

Reference values and their sources:

* Newcombe RG (1998). Interval estimation for the difference between independent
  proportions: comparison of eleven methods. Stat Med 17:873-890, Table II, method 10
  (hybrid score), printed to 4 decimals.
* Fagerland MW, Lydersen S, Laake P (2015), worked example 7/34 vs 1/34 as quoted in
  statsmodels' ``stats/tests/test_proportion.py::test_confint_2indep``, printed to 2-3
  significant digits.
* R 4.2.2 (base ``stats``) and metafor 3.8-1, with the R call beside each number. R helpers,
  pasted once::

    newcombe <- function(k1, n1, k2, n2, lev=0.95) {   # method 10 from R's Wilson intervals
      w1 <- suppressWarnings(prop.test(k1, n1, correct=FALSE, conf.level=lev)$conf.int)
      w2 <- suppressWarnings(prop.test(k2, n2, correct=FALSE, conf.level=lev)$conf.int)
      p1 <- k1/n1; p2 <- k2/n2; d <- p1 - p2
      c(d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2), d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2)) }
    rr <- function(..., add=0) { e <- escalc(measure="RR", ..., add=add, to="only0")
      c(exp(e$yi), exp(e$yi + c(-1,1)*qnorm(0.975)*sqrt(e$vi))) }
    or <- function(..., add=0) { e <- escalc(measure="OR", ..., add=add, to="only0")
      c(exp(e$yi), exp(e$yi + c(-1,1)*qnorm(0.975)*sqrt(e$vi))) }
    ft <- function(k1, n1, k2, n2, ...) {
      f <- fisher.test(matrix(c(k1, k2, n1-k1, n2-k2), 2), ...)
      c(f$estimate, f$conf.int, f$p.value) }

  ``cond_or`` (conditional MLE and exact interval solved tightly) and ``boschloo`` (the test
  written out by enumeration) are longer; they are reproduced in the docstrings of the
  tests that use them.
"""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from blinarepro.comparisons import (
    ExactTestResult,
    TwoProportionEffect,
    boschloo_exact,
    fisher_exact,
    odds_ratio,
    risk_difference,
    risk_ratio,
)

EXACT = 1e-6  # relative tolerance, closed-form and exact methods
PRINTED4 = 5e-5  # absolute, half a unit in the 4th decimal (Newcombe 1998)

# --- risk difference ---------------------------------------------------------------------

# Newcombe (1998) Table II, method 10. Row (c), 6/7 vs 2/7, is checked against R only (below).
NEWCOMBE_TABLE_II = [
    ((56, 70, 48, 80), (0.0524, 0.3339)),  # (a)
    ((9, 10, 3, 10), (0.1705, 0.8090)),  # (b)
    ((5, 56, 0, 29), (-0.0381, 0.1926)),  # (d)
    ((0, 10, 0, 20), (-0.1611, 0.2775)),  # (e)
    ((10, 10, 0, 20), (0.6791, 1.0000)),  # (f)
]


@pytest.mark.parametrize(("counts", "expected"), NEWCOMBE_TABLE_II)
def test_newcombe_table_ii(counts, expected):
    rd = risk_difference(*counts)
    assert_allclose([rd.lower, rd.upper], expected, atol=PRINTED4)


NEWCOMBE_R = [
    ((56, 70, 48, 80), 0.95, (0.052431472402364926, 0.33387265403690586)),
    # ^ newcombe(56, 70, 48, 80)
    ((56, 70, 48, 80), 0.90, (0.076564191544072138, 0.31364458358294378)),
    # ^ newcombe(56, 70, 48, 80, lev=0.90)
    ((9, 10, 3, 10), 0.95, (0.17052272393450307, 0.80901797353548799)),
    # ^ newcombe(9, 10, 3, 10)
    ((6, 7, 2, 7), 0.95, (0.058227927482312314, 0.80624963752422774)),
    # ^ newcombe(6, 7, 2, 7)
    ((5, 56, 0, 29), 0.95, (-0.038137147903536853, 0.19256001385511157)),
    # ^ newcombe(5, 56, 0, 29)
]


@pytest.mark.parametrize(("counts", "level", "expected"), NEWCOMBE_R)
def test_newcombe_matches_r(counts, level, expected):
    rd = risk_difference(*counts, confidence_level=level)
    assert_allclose([rd.lower, rd.upper], expected, rtol=EXACT)
    assert rd.estimate == counts[0] / counts[1] - counts[2] / counts[3]


def test_newcombe_zero_events_both_groups():
    # newcombe(0, 10, 0, 20) -> -0.1611251580528193, 0.27753279986288915
    rd = risk_difference(0, 10, 0, 20)
    assert rd.estimate == 0.0
    assert_allclose([rd.lower, rd.upper], [-0.1611251580528193, 0.27753279986288915], rtol=EXACT)


def test_newcombe_all_versus_none():
    # newcombe(10, 10, 0, 20) -> 0.67908603714191484, 1
    rd = risk_difference(10, 10, 0, 20)
    assert rd.estimate == 1.0 and rd.upper == 1.0
    assert_allclose(rd.lower, 0.67908603714191484, rtol=EXACT)


def test_newcombe_n_one():
    # newcombe(1, 1, 0, 1) -> -0.12210872068194178, 1
    rd = risk_difference(1, 1, 0, 1)
    assert_allclose([rd.lower, rd.upper], [-0.12210872068194178, 1.0], rtol=EXACT)


def test_newcombe_fagerland_example():
    # Fagerland et al. 2015, 7/34 vs 1/34: Newcombe hybrid score 0.019 to 0.34 (printed)
    rd = risk_difference(7, 34, 1, 34)
    assert_allclose([rd.lower, rd.upper], [0.019, 0.34], atol=0.005)


WALD_R = [
    ((56, 70, 48, 80), (0.05750489914903717, 0.34249510085096296)),
    # ^ prop.test(c(56, 48), c(70, 80), correct=FALSE)$conf.int
    ((9, 10, 3, 10), (0.2605242797771487, 0.93947572022285142)),
    # ^ prop.test(c(9, 3), c(10, 10), correct=FALSE)$conf.int
    ((10, 10, 0, 20), (1.0, 1.0)),
    # ^ prop.test(c(10, 0), c(10, 20), correct=FALSE)$conf.int  (zero-width: Wald's failure)
]


@pytest.mark.parametrize(("counts", "expected"), WALD_R)
def test_wald_difference_matches_r(counts, expected):
    rd = risk_difference(*counts, method="wald")
    assert_allclose([rd.lower, rd.upper], expected, rtol=EXACT)


@settings(derandomize=True)  # reproducible: no hidden state between runs
@given(
    n1=st.integers(1, 300),
    n2=st.integers(1, 300),
    data=st.data(),
    method=st.sampled_from(["newcombe", "wald"]),
    level=st.floats(0.5, 0.999),
)
def test_risk_difference_interval_within_bounds(n1, n2, data, method, level):
    k1 = data.draw(st.integers(0, n1))
    k2 = data.draw(st.integers(0, n2))
    rd = risk_difference(k1, n1, k2, n2, confidence_level=level, method=method)
    assert -1.0 <= rd.lower <= rd.estimate <= rd.upper <= 1.0


# --- risk ratio ---------------------------------------------------------------------------

RR_R = [
    ((56, 70, 48, 80), (1.3333333333333335, 1.076626422763193, 1.6512485112663871)),
    # ^ rr(ai=56, n1i=70, ci=48, n2i=80)
    ((7, 34, 1, 34), (7.0000000000000009, 0.90960551184207739, 53.86950646414644)),
    # ^ rr(ai=7, n1i=34, ci=1, n2i=34)
    ((10, 10, 5, 20), (4.0, 1.8723673148229047, 8.5453318231595699)),
    # ^ rr(ai=10, n1i=10, ci=5, n2i=20): a zero non-event cell does not break Katz
]


@pytest.mark.parametrize(("counts", "expected"), RR_R)
def test_risk_ratio_matches_metafor(counts, expected):
    rr = risk_ratio(*counts)
    assert_allclose([rr.estimate, rr.lower, rr.upper], expected, rtol=EXACT)
    assert rr.correction == 0.0 and rr.note == ""


def test_risk_ratio_fagerland_example():
    # Fagerland et al. 2015, 7/34 vs 1/34: Katz log 0.91 to 54 (printed)
    rr = risk_ratio(7, 34, 1, 34)
    assert_allclose([rr.lower, rr.upper], [0.91, 54], rtol=0.01)


def test_risk_ratio_zero_events_without_correction():
    rr = risk_ratio(5, 56, 0, 29)
    assert rr.estimate == math.inf
    assert math.isnan(rr.lower) and math.isnan(rr.upper)
    assert "correction=0.5" in rr.note and rr.correction == 0.0
    both = risk_ratio(0, 10, 0, 20)
    assert math.isnan(both.estimate) and math.isnan(both.lower)
    assert risk_ratio(0, 10, 3, 20).estimate == 0.0


def test_risk_ratio_zero_events_with_correction():
    # rr(ai=5, n1i=56, ci=0, n2i=29, add=1/2)
    #   -> 5.7894736842105239, 0.33118979975813162, 101.20482443796402
    rr = risk_ratio(5, 56, 0, 29, correction=0.5)
    expected = [5.7894736842105239, 0.33118979975813162, 101.20482443796402]
    assert_allclose([rr.estimate, rr.lower, rr.upper], expected, rtol=EXACT)
    assert rr.correction == 0.5


def test_risk_ratio_correction_only_when_a_cell_is_zero():
    # rr(ai=10, n1i=10, ci=5, n2i=20, add=1/2) -> 3.6446280991735538, 1.757281677441471, ...
    # (metafor's to="only0": the zero non-event cell in group 1 triggers the correction)
    rr = risk_ratio(10, 10, 5, 20, correction=0.5)
    assert_allclose(
        [rr.estimate, rr.lower, rr.upper],
        [3.6446280991735538, 1.757281677441471, 7.5590123949994066],
        rtol=EXACT,
    )
    assert risk_ratio(56, 70, 48, 80, correction=0.5).correction == 0.0


# --- odds ratio ---------------------------------------------------------------------------

# cond_or: fisher.test's conditional estimate and interval, written out and solved tightly
# (R's fisher.test solves with uniroot's default tol ~1.2e-4 on the (0, 1) scale of the odds
# ratio or its reciprocal, which leaves up to ~1% error in large limits).
#
#   cond_or <- function(k1, n1, k2, n2, lev = 0.95, alternative = "two.sided") {
#     m <- k1 + k2; n <- (n1 - k1) + (n2 - k2); k <- n1; x <- k1
#     lo <- max(0, k - n); hi <- min(k, m); support <- lo:hi
#     logdc <- dhyper(support, m, n, k, log = TRUE)
#     dn <- function(lt) { d <- logdc + lt * support; d <- exp(d - max(d)); d / sum(d) }
#     mn <- function(lt) sum(support * dn(lt))
#     pn_le <- function(lt) sum(dn(lt)[support <= x])
#     pn_ge <- function(lt) sum(dn(lt)[support >= x])
#     root <- function(f) exp(uniroot(f, c(-60, 60), tol = 1e-13)$root)
#     est <- if (x == lo) 0 else if (x == hi) Inf else root(function(lt) mn(lt) - x)
#     a <- if (alternative == "two.sided") (1 - lev) / 2 else 1 - lev
#     lower <- if (x == lo || alternative == "less") 0 else root(function(lt) pn_ge(lt) - a)
#     upper <- if (x == hi || alternative == "greater") Inf else root(function(lt) pn_le(lt) - a)
#     c(est, lower, upper) }
EXACT_OR = [
    ((56, 70, 48, 80), 0.95, (2.6491872957237059, 1.2091154789241263, 6.0398730131335538)),
    # ^ cond_or(56, 70, 48, 80)
    ((56, 70, 48, 80), 0.90, (2.6491872957237059, 1.3533073953805861, 5.3259586099023313)),
    # ^ cond_or(56, 70, 48, 80, lev=0.90)
    ((7, 34, 1, 34), 0.95, (8.3293437175512466, 0.97327363288239921, 396.99400217017831)),
    # ^ cond_or(7, 34, 1, 34)
    ((9, 10, 3, 10), 0.95, (17.269033937971727, 1.3871135379434452, 1047.8399817038178)),
    # ^ cond_or(9, 10, 3, 10)
]


@pytest.mark.parametrize(("counts", "level", "expected"), EXACT_OR)
def test_exact_odds_ratio_matches_r_conditional_likelihood(counts, level, expected):
    orr = odds_ratio(*counts, confidence_level=level)
    assert_allclose([orr.estimate, orr.lower, orr.upper], expected, rtol=EXACT)


FISHER_TEST_CI = [
    ((56, 70, 48, 80), (2.6491902706413875, 1.2091181500587498, 6.0405614538380341)),
    # ^ ft(56, 70, 48, 80)[1:3]
    ((7, 34, 1, 34), (8.3284500031996771, 0.97324771958340239, 396.18778987288465)),
    # ^ ft(7, 34, 1, 34)[1:3]
    ((9, 10, 3, 10), (17.275868053942219, 1.387127022458496, 1039.2909676022171)),
    # ^ ft(9, 10, 3, 10)[1:3]
]


@pytest.mark.parametrize(("counts", "expected"), FISHER_TEST_CI)
def test_exact_odds_ratio_agrees_with_fisher_test_to_its_precision(counts, expected):
    # Looser (1e-2) on purpose: fisher.test's own root-finding tolerance (see cond_or above).
    orr = odds_ratio(*counts)
    assert_allclose([orr.estimate, orr.lower, orr.upper], expected, rtol=1e-2)


def test_exact_odds_ratio_fagerland_example():
    # Fagerland et al. 2015, 7/34 vs 1/34: Cornfield exact conditional 0.97 to 397 (printed)
    orr = odds_ratio(7, 34, 1, 34)
    assert_allclose([orr.lower, orr.upper], [0.97, 397], rtol=0.005)


def test_exact_odds_ratio_zero_cell():
    # cond_or(5, 56, 0, 29) -> Inf, 0.48327150104200478, Inf
    # (ft(5, 56, 0, 29) -> Inf, 0.48327071014934747, Inf: same to fisher.test's tolerance)
    orr = odds_ratio(5, 56, 0, 29)
    assert orr.estimate == math.inf and orr.upper == math.inf
    assert_allclose(orr.lower, 0.48327150104200478, rtol=EXACT)
    assert orr.correction == 0.0 and orr.note == ""


def test_exact_odds_ratio_all_versus_none():
    # cond_or(10, 10, 0, 20) -> Inf, 23.358071647209773, Inf
    orr = odds_ratio(10, 10, 0, 20)
    assert orr.estimate == math.inf
    assert_allclose(orr.lower, 23.358071647209773, rtol=EXACT)


def test_exact_odds_ratio_n_one():
    # cond_or(1, 1, 0, 1) -> Inf, 0.025641025641025668, Inf  (= 1/39: exact arithmetic)
    orr = odds_ratio(1, 1, 0, 1)
    assert orr.estimate == math.inf
    assert_allclose(orr.lower, 1 / 39, rtol=EXACT)


def test_exact_odds_ratio_no_events_anywhere():
    # ft(0, 10, 0, 20) -> 0, 0, Inf, 1: R prints an estimate of 0; the odds ratio is not
    # identifiable, and we return nan with the same [0, inf] interval and a note.
    orr = odds_ratio(0, 10, 0, 20)
    assert math.isnan(orr.estimate)
    assert (orr.lower, orr.upper) == (0.0, math.inf)
    assert "not identifiable" in orr.note


def test_exact_odds_ratio_rejects_correction():
    with pytest.raises(ValueError, match="woolf"):
        odds_ratio(5, 56, 0, 29, correction=0.5)


WOOLF_R = [
    ((56, 70, 48, 80), (2.6666666666666679, 1.2762178705364347, 5.5720196960743795)),
    # ^ or(ai=56, n1i=70, ci=48, n2i=80)
    ((7, 34, 1, 34), (8.5555555555555518, 0.99049028165399, 73.900301921152746)),
    # ^ or(ai=7, n1i=34, ci=1, n2i=34)  (Fagerland et al. 2015 print 0.99 to 74)
]


@pytest.mark.parametrize(("counts", "expected"), WOOLF_R)
def test_woolf_matches_metafor(counts, expected):
    orr = odds_ratio(*counts, method="woolf")
    assert_allclose([orr.estimate, orr.lower, orr.upper], expected, rtol=EXACT)


def test_woolf_zero_cell_without_correction():
    orr = odds_ratio(5, 56, 0, 29, method="woolf")
    assert orr.estimate == math.inf
    assert math.isnan(orr.lower) and math.isnan(orr.upper)
    assert orr.correction == 0.0 and "correction=0.5" in orr.note
    assert math.isnan(odds_ratio(0, 10, 0, 20, method="woolf").estimate)
    assert odds_ratio(0, 10, 3, 20, method="woolf").estimate == 0.0


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((5, 56, 0, 29), (6.3009708737864099, 0.33637998400308927, 118.02793222066407)),
        # ^ or(ai=5, n1i=56, ci=0, n2i=29, add=1/2)
        ((10, 10, 0, 20), (861.00000000000057, 15.930296472292325, 46535.292126507833)),
        # ^ or(ai=10, n1i=10, ci=0, n2i=20, add=1/2)
    ],
)
def test_woolf_zero_cell_with_correction(counts, expected):
    orr = odds_ratio(*counts, method="woolf", correction=0.5)
    assert_allclose([orr.estimate, orr.lower, orr.upper], expected, rtol=EXACT)
    assert orr.correction == 0.5 and orr.note == ""


# --- Fisher's exact test --------------------------------------------------------------------

FISHER_P = [
    ((56, 70, 48, 80), "two-sided", 0.012521129749209155),  # ft(56, 70, 48, 80)[4]
    ((7, 34, 1, 34), "two-sided", 0.054400130495065667),  # ft(7, 34, 1, 34)[4]
    ((9, 10, 3, 10), "two-sided", 0.019766611097880419),  # ft(9, 10, 3, 10)[4]
    ((9, 10, 3, 10), "greater", 0.0098833055489402129),
    # ^ ft(9, 10, 3, 10, alternative='greater')[4]
    ((9, 10, 3, 10), "less", 0.99964277208859253),
    # ^ ft(9, 10, 3, 10, alternative='less')[4]
    ((5, 56, 0, 29), "two-sided", 0.16062144320947117),  # ft(5, 56, 0, 29)[4]
    ((10, 10, 0, 20), "two-sided", 3.3283391604231181e-08),  # ft(10, 10, 0, 20)[4]
    ((1, 1, 0, 1), "two-sided", 1.0),  # ft(1, 1, 0, 1)[4]
]


@pytest.mark.parametrize(("counts", "alternative", "pvalue"), FISHER_P)
def test_fisher_pvalue_matches_r(counts, alternative, pvalue):
    res = fisher_exact(*counts, alternative=alternative)
    assert isinstance(res, ExactTestResult)
    assert_allclose(res.pvalue, pvalue, rtol=EXACT)
    assert (res.test, res.alternative) == ("fisher", alternative)


def test_fisher_one_sided_intervals():
    # cond_or(9, 10, 3, 10, alternative='greater') -> 17.269033937971727, 1.8366211181131884, Inf
    res = fisher_exact(9, 10, 3, 10, alternative="greater")
    assert_allclose([res.estimate, res.lower], [17.269033937971727, 1.8366211181131884], rtol=EXACT)
    assert res.upper == math.inf
    # cond_or(2, 12, 7, 12, alternative='less') -> 0.15638439273440807, 0, 0.95740721231866999
    # ft(2, 12, 7, 12, alternative='less')[4] -> 0.044689729438686307
    res = fisher_exact(2, 12, 7, 12, alternative="less")
    assert res.lower == 0.0
    assert_allclose(
        [res.estimate, res.upper, res.pvalue],
        [0.15638439273440807, 0.95740721231866999, 0.044689729438686307],
        rtol=EXACT,
    )


def test_fisher_no_events_anywhere():
    # ft(0, 10, 0, 20)[4] -> 1
    res = fisher_exact(0, 10, 0, 20)
    assert res.pvalue == 1.0 and math.isnan(res.estimate)
    assert "not identifiable" in res.note


# --- Boschloo's exact test ------------------------------------------------------------------

# boschloo: the definition written out in R (enumerate all tables; sup over a 1e-4 grid of the
# common proportion, refined by optimize) -- independent of scipy's Sobol/shgo search:
#
#   boschloo_one <- function(k1, n1, k2, n2, alternative) {
#     y1 <- rep(0:n1, times = n2 + 1); y2 <- rep(0:n2, each = n1 + 1)
#     fisher_p <- function(a, b) if (alternative == "greater")
#       phyper(b, n2, n1, a + b) else phyper(a, n1, n2, a + b)
#     stat <- mapply(fisher_p, y1, y2); obs <- fisher_p(k1, k2)
#     rej <- stat <= obs * (1 + 1e-13)
#     pr <- function(pi) sum(dbinom(y1[rej], n1, pi) * dbinom(y2[rej], n2, pi))
#     grid <- seq(0, 1, by = 1e-4); vals <- sapply(grid, pr); i <- which.max(vals)
#     best <- optimize(pr, c(max(0, grid[i] - 1e-4), min(1, grid[i] + 1e-4)),
#                      maximum = TRUE, tol = 1e-12)$objective
#     c(obs, max(best, vals[i])) }
#   boschloo <- function(k1, n1, k2, n2, alternative = "two.sided") {
#     if (alternative != "two.sided") return(boschloo_one(k1, n1, k2, n2, alternative))
#     l <- boschloo_one(k1, n1, k2, n2, "less"); g <- boschloo_one(k1, n1, k2, n2, "greater")
#     r <- if (l[2] < g[2]) l else g
#     c(r[1], min(1, 2 * r[2])) }
BOSCHLOO_R = [
    ((9, 10, 3, 10), "two-sided", (0.0098833055489402199, 0.0079555511474609427)),
    # ^ boschloo(9, 10, 3, 10)
    ((9, 10, 3, 10), "greater", (0.0098833055489402199, 0.0039777755737304714)),
    # ^ boschloo(9, 10, 3, 10, 'greater')
    ((2, 12, 7, 12), "less", (0.044689729438686307, 0.02096928460452243)),
    # ^ boschloo(2, 12, 7, 12, 'less')
    ((7, 34, 1, 34), "two-sided", (0.027200065247532837, 0.038463922122743327)),
    # ^ boschloo(7, 34, 1, 34)
    ((5, 6, 0, 4), "greater", (0.023809523809523815, 0.006865365885464051)),
    # ^ boschloo(5, 6, 0, 4, 'greater')  (zero cell)
    ((10, 10, 0, 20), "two-sided", (3.3283391604231108e-08, 1.0185732521184708e-08)),
    # ^ boschloo(10, 10, 0, 20)  (two zero cells)
]


@pytest.mark.parametrize(("counts", "alternative", "expected"), BOSCHLOO_R)
def test_boschloo_matches_r_enumeration(counts, alternative, expected):
    res = boschloo_exact(*counts, alternative=alternative)
    assert_allclose([res.statistic, res.pvalue], expected, rtol=EXACT)
    assert res.test == "boschloo" and res.n_points == 32
    # Boschloo (1970): never larger than the one-sided Fisher p-value it is built on
    one_sided = res.statistic if alternative != "two-sided" else min(1.0, 2 * res.statistic)
    assert res.pvalue <= one_sided * (1 + 1e-9)


def test_boschloo_no_events_anywhere():
    # Every table has the same Fisher p-value (1), so the p-value is 1 (exact arithmetic).
    res = boschloo_exact(0, 10, 0, 20)
    assert res.pvalue == pytest.approx(1.0)
    assert math.isnan(res.estimate) and math.isnan(res.lower)


# --- results and bad arguments --------------------------------------------------------------


def test_effect_result_carries_inputs_and_frames():
    rd = risk_difference(56, 70, 48, 80, confidence_level=0.9)
    assert isinstance(rd, TwoProportionEffect)
    assert (rd.k1, rd.n1, rd.k2, rd.n2) == (56, 70, 48, 80)
    assert (rd.measure, rd.method, rd.confidence_level) == ("risk difference", "newcombe", 0.9)
    with pytest.raises(AttributeError):
        rd.estimate = 0.0  # type: ignore[misc]
    frame = rd.to_frame()
    assert frame.shape == (1, 12)
    assert {"estimate", "lower", "upper", "confidence_level", "note"} <= set(frame.columns)
    assert fisher_exact(9, 10, 3, 10).to_frame().shape == (1, 14)


@pytest.mark.parametrize(
    ("func", "kwargs", "match"),
    [
        (risk_difference, {"method": "score"}, "method must be one of 'newcombe', 'wald'"),
        (risk_ratio, {"method": "log"}, "method must be one of 'katz-log'"),
        (odds_ratio, {"method": "cornfield"}, "method must be one of 'exact', 'woolf'"),
        (fisher_exact, {"alternative": "two.sided"}, "alternative must be one of"),
        (boschloo_exact, {"alternative": "both"}, "alternative must be one of"),
        (risk_difference, {"confidence_level": 95}, "confidence_level"),
        (odds_ratio, {"confidence_level": 0.0}, "confidence_level"),
        (risk_ratio, {"correction": -0.5}, "correction"),
        (boschloo_exact, {"n_points": 0}, "n_points"),
    ],
)
def test_bad_arguments(func, kwargs, match):
    with pytest.raises(ValueError, match=match):
        func(5, 10, 3, 10, **kwargs)


def test_events_exceed_trials():
    with pytest.raises(ValueError, match="k1 must be <= n1"):
        risk_difference(11, 10, 3, 10)
    with pytest.raises(ValueError, match="k2 must be <= n2"):
        fisher_exact(1, 10, 30, 10)


# Pearson's chi-squared, R 4.2.2:
#   chisq.test(matrix(c(9, 6, 2, 7), 2), correct=FALSE) -> X-squared 3.2335664335664336,
#       p 0.0721434170344684
#   chisq.test(matrix(c(9, 6, 2, 7), 2), correct=TRUE)  -> 1.890909090909091, 0.169099420852584
#   chisq.test(matrix(c(0, 5, 11, 8), 2), correct=TRUE) -> 3.2665439823334554, 0.0707064331711248
@pytest.mark.parametrize(
    ("k1", "n1", "k2", "n2", "correction", "statistic", "pvalue"),
    [
        (9, 11, 6, 13, False, 3.2335664335664336, 0.0721434170344684),
        (9, 11, 6, 13, True, 1.890909090909091, 0.169099420852584),
        (0, 11, 5, 13, True, 3.2665439823334554, 0.0707064331711248),
    ],
)
def test_chi2_test_against_r(k1, n1, k2, n2, correction, statistic, pvalue):
    from blinarepro.comparisons import chi2_test

    res = chi2_test(k1, n1, k2, n2, correction=correction)
    assert res.statistic == pytest.approx(statistic, rel=1e-12)
    assert res.pvalue == pytest.approx(pvalue, rel=1e-12)
    assert res.dof == 1


def test_chi2_test_undefined_without_events():
    from blinarepro.comparisons import chi2_test

    with pytest.raises(ValueError, match="undefined"):
        chi2_test(0, 5, 0, 7)
