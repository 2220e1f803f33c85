"""A hazard ratio, its CI and its p-value (blinarepro.consistency.ratios), on TOWER's printed
numbers: hazard ratio for death 0.71 (95% CI 0.55 to 0.93; P = 0.01) (Kantarjian et al.,
N Engl J Med 2017;376:836-47; read through the search tool in a dry run, 2026-12-05).

References: R 4.2.2, f <- function(v, l, u) 2 * pnorm(-abs(log(v) / ((log(u) - log(l)) /
(2 * qnorm(0.975))))); f(0.71, 0.55, 0.93) = 0.01059082; over the 8 corners of the rounding
box (v in 0.705, 0.715; l in 0.545, 0.555; u in 0.925, 0.935): min 0.007309537091,
max 0.01483762125. The centre: sqrt(0.545 * 0.925) = 0.7100176, sqrt(0.555 * 0.935) =
0.7203645 (exact arithmetic).
"""

from __future__ import annotations

import pandas as pd
import pytest

from blinarepro.claims import claim_pvalue, claim_ratio_ci, evaluate
from blinarepro.consistency.ratios import ratio_ci_check, wald_p_range
from tests.test_claims import _row


def test_the_wald_p_range_of_tower_s_hazard_ratio_matches_r():
    low, high = wald_p_range("0.71", "0.55", "0.93", 0.95)
    assert low == pytest.approx(0.007309537091, rel=1e-9)
    assert high == pytest.approx(0.01483762125, rel=1e-9)


def test_a_ratio_that_may_print_from_1_allows_p_1():
    assert wald_p_range("1.00", "0.80", "1.25")[1] == 1.0


def test_the_ratio_is_the_log_midpoint_of_its_interval():
    res = ratio_ci_check("0.71", "0.55", "0.93")
    assert res.consistent
    assert res.centre_low == pytest.approx(0.7100176, abs=1e-7)
    assert res.centre_high == pytest.approx(0.7203645, abs=1e-7)
    # 0.80 is not sqrt(0.55 x 0.93) = 0.715 at any rounding: not a Wald interval, or a typo
    assert not ratio_ci_check("0.80", "0.55", "0.93").consistent


ROWS = [
    _row("t-hr", "hazard_ratio", "0.71", lower="0.55", upper="0.93", interval_type="ci",
         ci_level="0.95", comparator="chemo"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("printed", "qualifier", "verdict", "finding"),
    [
        ("0.01", "", "reproduced", ""),  # TOWER's P = 0.01
        ("0.02", "", "discrepant", "value_differs"),  # 0.015 to 0.025 misses 0.0073-0.0148
        ("0.05", "<", "reproduced", ""),
        ("0.001", "<", "discrepant", "value_differs"),
        ("0.20", "", "discrepant", "decision_differs"),  # printed not significant; Wald is
    ],
)
def test_a_p_value_against_its_ratio_s_interval(printed, qualifier, verdict, finding):
    rows = pd.DataFrame([*ROWS, _row("t-p", "p_value", printed, qualifier=qualifier)])
    row = evaluate([claim_pvalue("t-p", "wald-ci", ["t-hr"])], rows).iloc[0]
    assert (row.verdict, row.finding) == (verdict, finding)
    assert "Altman and Bland" in row.note


def test_a_ratio_claim_on_the_table():
    row = evaluate([claim_ratio_ci("t-hr")], pd.DataFrame(ROWS)).iloc[0]
    assert (row.reported, row.verdict) == ("0.71 (0.55 to 0.93)", "reproduced")
    nr = pd.DataFrame([_row("t-hr", "hazard_ratio", "0.71", lower="0.55", upper="NR",
                            interval_type="ci", ci_level="0.95")])  # fmt: skip
    assert evaluate([claim_ratio_ci("t-hr")], nr).iloc[0].verdict == "not_recomputable"


def test_a_bound_at_alpha_is_a_claim_of_significance():
    # HR 0.85 (0.70 to 1.03): R gives Wald p from 0.07772666 to 0.123087 over the rounding box;
    # "P<0.05" claims significance, so the decision differs (pvalue_check's reading of bounds)
    rows = pd.DataFrame(
        [_row("t-hr", "hazard_ratio", "0.85", lower="0.70", upper="1.03", interval_type="ci",
              ci_level="0.95", comparator="chemo"),
         _row("t-p", "p_value", "0.05", qualifier="<")]
    )  # fmt: skip
    row = evaluate([claim_pvalue("t-p", "wald-ci", ["t-hr"])], rows).iloc[0]
    assert (row.verdict, row.finding) == ("discrepant", "decision_differs")


@pytest.mark.parametrize(
    ("value", "lower", "upper", "verdict"),
    [
        ("0.71", "0.75", "0.93", "inconsistent"),  # a ratio outside its own interval
        ("0.71", "0.0", "0.93", "not_recomputable"),  # a bound of 0: no log scale
        ("0.71", "0.55", "nr", "not_recomputable"),  # "nr" is "not reached", any case
    ],
)
def test_a_misprinted_ratio_is_a_verdict_not_a_crash(value, lower, upper, verdict):
    rows = pd.DataFrame([_row("t-hr", "hazard_ratio", value, lower=lower, upper=upper,
                              interval_type="ci", ci_level="0.95")])  # fmt: skip
    assert evaluate([claim_ratio_ci("t-hr")], rows).iloc[0].verdict == verdict
