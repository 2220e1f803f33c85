"""GRADE: each domain moves the certainty as its rule says, on constructed pools.

Reference values: the optimal information size is checked against the textbook survey sample
size (p = 0.5, +/-5 points, 95%: 385) and direct algebra; every other expectation follows from
the rules in the module docstring, pool by pool.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from blinarepro.appraisal.grade import (
    GRADE_COLUMNS,
    grade_pool,
    grade_pools,
    optimal_information_size,
    summary_of_findings,
)

COHORTS = pd.DataFrame(
    [
        ("a", "all", "frontline_induction", "negative"),
        ("b", "all", "frontline_induction", "negative"),
        ("c", "all", "relapsed_refractory", "not_reported"),
        ("d", "all", "frontline_induction", "negative"),
    ],
    columns=["study_id", "cohort", "setting", "ph_status"],
)


def _rob(**overall: str) -> pd.DataFrame:
    rows = [(s, "JBI case series", "overall", j) for s, j in overall.items()]
    return pd.DataFrame(rows, columns=["study_id", "tool", "domain", "judgement"])


ROB_LOW = _rob(a="low", b="low", c="low", d="low")


def _pool(**kw) -> dict:
    row = {
        "outcome": "remission", "analysis": "primary", "primary": True, "k": 2, "n": 400,
        "estimate": 0.90, "ci_lower": 0.87, "ci_upper": 0.93, "pi_lower": 0.86,
        "pi_upper": 0.94, "i2": 0.0, "cohorts": "a:all=180/200;b:all=180/200",
    }  # fmt: skip
    row.update(kw)
    return row


def test_optimal_information_size_against_the_textbook_and_algebra():
    assert optimal_information_size(0.5, 0.05) == 385  # classic survey sample size
    z = 1.959963984540054  # scipy.stats.norm.ppf(0.975)
    assert optimal_information_size(0.78, 0.10) == math.ceil(z * z * 0.78 * 0.22 / 0.01)  # 66
    assert optimal_information_size(1.0) == 1
    with pytest.raises(ValueError, match="precision"):
        optimal_information_size(0.5, 0)


def test_a_large_precise_consistent_direct_pool_stays_low():
    r = grade_pool(_pool(), COHORTS, ROB_LOW)
    assert r.start == "low" and r.moves == dict.fromkeys(r.moves, 0)
    assert r.certainty == "low"  # non-randomised evidence starts low and is not upgraded


def test_imprecision_drops_a_small_wide_pool():
    # estimate 0.5: OIS = 1.96^2 * 0.25 / 0.01 = 97 > n = 30; CI 40 points wide (> 20)
    r = grade_pool(
        _pool(n=30, estimate=0.5, ci_lower=0.3, ci_upper=0.7, cohorts="a:all=8/15;b:all=7/15"),
        COHORTS, ROB_LOW,
    )  # fmt: skip
    assert r.moves["imprecision"] == 1 and r.certainty == "very low"
    assert "optimal information size of 97" in r.reasons["imprecision"]


def test_imprecision_very_serious_when_short_and_very_wide():
    r = grade_pool(
        _pool(n=20, estimate=0.5, ci_lower=0.2, ci_upper=0.8, cohorts="a:all=5/10;b:all=5/10"),
        COHORTS, ROB_LOW,
    )  # fmt: skip
    assert r.moves["imprecision"] == 2


def test_imprecision_from_the_interval_alone():
    # n above the OIS (estimate 0.9: OIS 35) but the interval is 25 points wide
    r = grade_pool(_pool(ci_lower=0.70, ci_upper=0.95), COHORTS, ROB_LOW)
    assert r.moves["imprecision"] == 1


def test_inconsistency_from_i2_and_the_prediction_interval():
    assert grade_pool(_pool(i2=55.0), COHORTS, ROB_LOW).moves["inconsistency"] == 1
    wide_pi = grade_pool(_pool(pi_lower=0.5, pi_upper=0.99), COHORTS, ROB_LOW)
    assert wide_pi.moves["inconsistency"] == 1  # I² 0 but a 49-point prediction interval
    both = grade_pool(_pool(i2=80.0, pi_lower=0.3, pi_upper=0.99), COHORTS, ROB_LOW)
    assert both.moves["inconsistency"] == 2
    one = grade_pool(_pool(k=1, cohorts="a:all=180/200", pi_lower=math.nan), COHORTS, ROB_LOW)
    assert one.moves["inconsistency"] == 0 and "not assessable" in one.reasons["inconsistency"]


def test_indirectness_from_mixed_settings_and_definitions():
    mixed = _pool(cohorts="a:all=180/200;c:all=180/200")
    r = grade_pool(mixed, COHORTS, ROB_LOW)
    assert r.moves["indirectness"] == 1 and "relapsed/refractory" in r.reasons["indirectness"]
    defs = {"a:all": "CR", "b:all": "CRc", "c:all": "CRc"}
    assert grade_pool(_pool(), COHORTS, ROB_LOW, definitions=defs).moves["indirectness"] == 1
    assert grade_pool(mixed, COHORTS, ROB_LOW, definitions=defs).moves["indirectness"] == 2


def test_risk_of_bias_by_share_of_participants():
    pool = _pool(cohorts="a:all=90/100;b:all=270/300")  # a: 100 of 400, b: 300 of 400
    assert grade_pool(pool, COHORTS, _rob(a="serious", b="low")).moves["risk_of_bias"] == 0
    assert grade_pool(pool, COHORTS, _rob(a="low", b="serious")).moves["risk_of_bias"] == 1
    assert grade_pool(pool, COHORTS, _rob(a="low", b="critical")).moves["risk_of_bias"] == 2
    half = _pool(cohorts="a:all=180/200;b:all=180/200")
    assert grade_pool(half, COHORTS, _rob(a="serious", b="low")).moves["risk_of_bias"] == 1


def test_certainty_never_falls_below_very_low():
    r = grade_pool(
        _pool(n=20, estimate=0.5, ci_lower=0.2, ci_upper=0.8, i2=90.0, pi_lower=0.01,
              pi_upper=0.99, cohorts="a:all=5/10;c:all=5/10"),
        COHORTS, _rob(a="critical", c="critical"),
    )  # fmt: skip
    assert sum(r.moves.values()) >= 5 and r.certainty == "very low"


def test_every_primary_pool_is_rated_and_only_those():
    pooled = pd.DataFrame(
        [
            _pool(),
            _pool(analysis="setting=frontline_induction", primary=False),
            _pool(outcome="mrd_negative", n=30, estimate=0.5, ci_lower=0.3, ci_upper=0.7,
                  cohorts="a:all=8/15;d:all=7/15"),
            _pool(outcome="os_12m", cohorts="a:all=/200;b:all=/200"),  # survival: no events
        ]
    )  # fmt: skip
    out = grade_pools(pooled, COHORTS, ROB_LOW)
    assert list(out.columns) == list(GRADE_COLUMNS)
    assert list(out.outcome) == ["remission", "mrd_negative", "os_12m"]
    assert list(out.certainty) == ["low", "very low", "low"]
    assert set(out.imprecision) <= {"not serious", "serious", "very serious"}
    assert out.explanation.str.startswith("Start: low").all()
    assert not out.isna().any().any()


def test_missing_columns_and_unrated_studies_are_named():
    with pytest.raises(ValueError, match="lacks columns \\['i2'\\]"):
        grade_pools(pd.DataFrame([_pool()]).drop(columns="i2"), COHORTS, ROB_LOW)
    with pytest.raises(ValueError, match="no risk-of-bias rating for \\['b'\\]"):
        grade_pool(_pool(), COHORTS, _rob(a="low"))
    with pytest.raises(ValueError, match="not 'study_id:cohort=events/n'"):
        grade_pool(_pool(cohorts="a/all 3 of 4"), COHORTS, ROB_LOW)


def test_summary_of_findings_footnotes_each_downgrade():
    pooled = pd.DataFrame(
        [_pool(), _pool(outcome="mrd_negative", n=30, estimate=0.5, ci_lower=0.3,
                        ci_upper=0.7, cohorts="a:all=8/15;c:all=7/15")]
    )  # fmt: skip
    grades = grade_pools(pooled, COHORTS, ROB_LOW)
    sof = summary_of_findings(
        grades, pooled, labels={"remission": "Remission", "mrd_negative": "MRD"}
    )
    t = sof.table
    assert list(t["Outcome"]) == ["Remission", "MRD"]
    assert t["Estimate (95% CI)"].iat[1] == "50.0% (30.0 to 70.0)"
    assert t["Studies (cohorts), participants"].iat[0] == "2 (2), 400"
    assert t["Certainty"].iat[0] == "⊕⊕◯◯ Low"
    assert t["Certainty"].iat[1] == "⊕◯◯◯ Very low (a, b)"
    assert sof.footnotes["a"].startswith("Indirectness (serious): mixes settings")
    assert sof.footnotes["b"].startswith("Imprecision (serious): 95% CI 30.0-70.0%")


def test_imprecision_with_too_few_events_for_the_normal_approximation():
    # CRS-like pool: 4 events in 54, CI 15 points wide and n above the OIS (27), but the OIS
    # rests on a normal approximation that needs at least 5 events and 5 non-events
    rare = _pool(n=54, events=4, estimate=0.07, ci_lower=0.028, ci_upper=0.181,
                 cohorts="a:all=1/19;b:all=3/35")  # fmt: skip
    r = grade_pool(rare, COHORTS, ROB_LOW)
    assert (
        r.moves["imprecision"] == 1 and "only 4 events (fewer than 5)" in r.reasons["imprecision"]
    )
    assert grade_pool(rare | {"events": 5}, COHORTS, ROB_LOW).moves["imprecision"] == 0
    assert grade_pool(rare | {"events": ""}, COHORTS, ROB_LOW).moves["imprecision"] == 0  # survival


def test_definitions_come_from_the_pooled_result_rows():
    from blinarepro.appraisal.grade import definitions_from_results

    results = pd.DataFrame(
        {"result_id": ["x-1", "y-1", "y-2"], "outcome": ["cr", "crc", "mrd_negative"]}
    )
    chosen = pd.DataFrame(
        [("remission", "a", "all", "x-1"), ("remission", "b", "all", "y-1")],
        columns=["outcome", "study_id", "cohort", "result_id"],
    )
    defs = definitions_from_results(chosen, results)
    assert defs == {"remission": {"a:all": "CR", "b:all": "CRc (CR/CRh/CRi)"}}
    assert (
        grade_pool(_pool(), COHORTS, ROB_LOW, definitions=defs["remission"]).moves["indirectness"]
        == 1
    )
    wrong = chosen.assign(result_id=["x-1", "y-2"])
    with pytest.raises(ValueError, match="y-2 reports 'mrd_negative'"):
        definitions_from_results(wrong, results)


def test_primary_flags_read_from_csv_text_are_understood(tmp_path):
    pooled = pd.DataFrame([_pool(), _pool(analysis="ph=negative", primary=False)])
    pooled.to_csv(tmp_path / "pooled.csv", index=False)
    back = pd.read_csv(tmp_path / "pooled.csv", dtype={"primary": str})
    assert list(grade_pools(back, COHORTS, ROB_LOW).analysis) == ["primary"]
    with pytest.raises(ValueError, match="column 'primary' must hold True/False; got 'yes'"):
        grade_pools(back.assign(primary="yes"), COHORTS, ROB_LOW)
