"""ci_method_check: which proportion-CI method reproduces a printed interval?

Reference limits (percent) from R 4.2.2 (Patched 2022-11-10 r83330), script:

    ci <- function(k, n, level) {
      a <- 1 - level; z <- qnorm(1 - a/2)
      cp <- binom.test(k, n, conf.level = level)$conf.int
      w  <- prop.test(k, n, conf.level = level, correct = FALSE)$conf.int
      wc <- prop.test(k, n, conf.level = level, correct = TRUE)$conf.int
      j  <- c(if (k == 0) 0 else qbeta(a/2, k + .5, n - k + .5),
              if (k == n) 1 else qbeta(1 - a/2, k + .5, n - k + .5))
      nt <- n + z^2; pt <- (k + z^2/2)/nt
      ac <- pmin(pmax(pt + c(-1, 1) * z * sqrt(pt * (1 - pt)/nt), 0), 1)
      p <- k/n; wa <- pmin(pmax(p + c(-1, 1) * z * sqrt(p * (1 - p)/n), 0), 1)
      rbind(cp, w, wc, j, ac, wa) * 100 }
"""

import pytest

from blinarepro.consistency.intervals import ci_method_check
from blinarepro.consistency.printed import format_at

R_LIMITS = [
    (12, 15, 0.95, "clopper-pearson", 51.910887, 95.668799),
    (12, 15, 0.95, "wilson", 54.814551, 92.952451),
    (12, 15, 0.95, "wilson-cc", 51.373185, 94.685456),
    (12, 15, 0.95, "jeffreys", 55.636454, 94.022903),
    (12, 15, 0.95, "agresti-coull", 54.048965, 93.718037),
    (12, 15, 0.95, "wald", 59.757579, 100.000000),
    (9, 11, 0.95, "clopper-pearson", 48.224415, 97.716880),
    (9, 11, 0.95, "wilson", 52.301944, 94.863231),
    (9, 11, 0.95, "wilson-cc", 47.754959, 96.786138),
    (9, 11, 0.95, "jeffreys", 53.275621, 96.017306),
    (9, 11, 0.95, "agresti-coull", 51.151906, 96.013269),
    (9, 11, 0.95, "wald", 59.025506, 100.000000),
    (33, 35, 0.95, "clopper-pearson", 80.842859, 99.300324),
    (33, 35, 0.95, "wilson", 81.392943, 98.418684),
    (33, 35, 0.95, "wilson-cc", 79.477225, 99.004034),
    (33, 35, 0.95, "jeffreys", 82.908315, 98.793635),
    (33, 35, 0.95, "agresti-coull", 80.431890, 99.379737),
    (33, 35, 0.95, "wald", 86.595862, 100.000000),
    (6, 13, 0.95, "clopper-pearson", 19.223244, 74.865452),
    (6, 13, 0.95, "wilson", 23.206068, 70.856204),
    (6, 13, 0.95, "wilson-cc", 20.401752, 73.879666),
    (6, 13, 0.95, "jeffreys", 22.112341, 71.710794),
    (6, 13, 0.95, "agresti-coull", 23.193603, 70.868669),
    (6, 13, 0.95, "wald", 19.054569, 73.253123),
    (3, 40, 0.90, "clopper-pearson", 2.075360, 18.258685),
    (3, 40, 0.90, "wilson", 3.037025, 17.348018),
    (3, 40, 0.90, "wilson-cc", 2.328168, 18.940484),
    (3, 40, 0.90, "jeffreys", 2.758892, 16.611259),
    (3, 40, 0.90, "agresti-coull", 2.577306, 17.807737),
    (3, 40, 0.90, "wald", 0.649871, 14.350129),
    (0, 11, 0.95, "clopper-pearson", 0.000000, 28.491415),
    (0, 11, 0.95, "wilson", 0.000000, 25.883297),
    (0, 11, 0.95, "wilson-cc", 0.000000, 32.144792),
    (0, 11, 0.95, "jeffreys", 0.000000, 19.999457),
    (0, 11, 0.95, "agresti-coull", 0.000000, 30.018579),
    (11, 11, 0.95, "clopper-pearson", 71.508585, 100.000000),
    (11, 11, 0.95, "wilson", 74.116703, 100.000000),
    (11, 11, 0.95, "wilson-cc", 67.855208, 100.000000),
    (11, 11, 0.95, "jeffreys", 80.000543, 100.000000),
    (11, 11, 0.95, "agresti-coull", 69.981421, 100.000000),
]


@pytest.mark.parametrize(("k", "n", "level", "method", "lower", "upper"), R_LIMITS)
@pytest.mark.parametrize("decimals", [1, 2])
def test_r_interval_printed_is_attributed_to_its_method(
    k, n, level, method, lower, upper, decimals
):
    res = ci_method_check(
        format_at(lower, decimals), format_at(upper, decimals), k, n, printed_level=level
    )
    assert method in res.matching, res.reason
    assert res.status == "consistent"


def test_wang2025_interval_is_clopper_pearson():
    # 12/15 printed "51.9-95.7": only Clopper-Pearson (51.91-95.67) gives it
    res = ci_method_check("51.9", "95.7", 12, 15)
    assert res.matching == ("clopper-pearson",)
    assert "clopper-pearson" in res.reason
    assert res.result("wilson").lower_formatted == "54.8"


def test_no_method_matches():
    res = ci_method_check("40.0", "99.0", 12, 15)
    assert res.status == "inconsistent"
    assert res.matching == ()
    assert "nearest" in res.reason


def test_precision_of_each_limit_is_its_own():
    # "52" admits [51.5, 52.5]; "95.67" admits [95.665, 95.675]: CP 51.91-95.6688
    assert "clopper-pearson" in ci_method_check("52", "95.67", 12, 15).matching


def test_proportion_scale():
    assert ci_method_check("0.519", "0.957", 12, 15, scale="proportion").matching == (
        "clopper-pearson",
    )


def test_zero_events_wald_is_degenerate():
    # Wald at k = 0 is [0, 0]
    assert ci_method_check("0.0", "0.0", 0, 11).matching == ("wald",)


def test_subset_of_methods():
    res = ci_method_check("51.9", "95.7", 12, 15, methods=("wilson",))
    assert res.status == "inconsistent"
    assert [r.method for r in res.results] == ["wilson"]


@pytest.mark.parametrize(
    ("args", "kwargs", "exc", "match"),
    [
        (("95.7", "51.9", 12, 15), {}, ValueError, "exceeds"),
        (("51.9", "95.7", 16, 15), {}, ValueError, "k must be <= n"),
        (("51.9", "95.7", 12, 0), {}, ValueError, "n must be >= 1"),
        (("51.9", "95.7", 12, 15), {"printed_level": 95}, ValueError, "printed_level"),
        (("51.9", "95.7", 12, 15), {"methods": ("exact",)}, ValueError, "methods must be"),
        (("51.9", "95.7", 12, 15), {"scale": "odds"}, ValueError, "scale must be"),
        (("low", "95.7", 12, 15), {}, ValueError, "printed_lower"),
        (("<51.9", "95.7", 12, 15), {}, ValueError, "printed_lower"),
    ],
)
def test_bad_input(args, kwargs, exc, match):
    with pytest.raises(exc, match=match):
        ci_method_check(*args, **kwargs)


# ----------------------------------------------------------------------------- issue #21


@pytest.mark.parametrize(
    ("lower", "upper", "said"),
    [
        ("22.0", "NR", "the upper limit is printed as 'NR' (not reached)"),
        ("NE", "85.1", "the lower limit is printed as 'NE' (not estimable)"),
        ("22.0", "not reached", "the upper limit is printed as 'NR' (not reached)"),
    ],
)
def test_a_limit_that_is_not_a_number_is_not_checkable_and_says_why(lower, upper, said):
    res = ci_method_check(lower, upper, 88, 113)
    assert res.status == "not_checkable"
    assert said in res.reason and "not a number" in res.reason
    assert res.results == () and res.matching == ()


def test_lancet_limits_are_read_like_plain_ones():
    # 88/113, R: binom.test(88, 113)$conf.int = 0.6909685281 0.8514176235
    res = ci_method_check("69·1", "85·1", 88, 113)
    assert "clopper-pearson" in res.matching
