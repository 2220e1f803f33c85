"""GRADE: each domain moves the certainty as its rule says, on constructed pools.

Reference values: the optimal information size is checked against the textbook survey sample
size (p = 0.5, +/-5 points, 95%: 385) and direct algebra; every other expectation follows from
the rules in the module docstring, pool by pool. The constructed pools have exactly the columns
of ``synthesis_pooled.csv`` (:data:`blinarepro.synthesis.POOLED_COLUMNS`): one primary pool per
outcome and stratum, most of them a single cohort.
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
from blinarepro.synthesis import POOLED_COLUMNS

COHORTS = pd.DataFrame(
    [
        ("a", "all", "frontline_induction", "negative"),
        ("b", "all", "frontline_induction", "negative"),
        ("c", "all", "relapsed_refractory", "not_reported"),
        ("d", "all", "frontline_induction", "negative"),
        ("e", "all", "frontline_induction", "positive"),
        ("f", "all", "frontline_induction", "positive"),
    ],
    columns=["study_id", "cohort", "setting", "ph_status"],
)


def _rob(**overall: str) -> pd.DataFrame:
    rows = [(s, "JBI case series", "overall", j) for s, j in overall.items()]
    return pd.DataFrame(rows, columns=["study_id", "tool", "domain", "judgement"])


ROB_LOW = _rob(a="low", b="low", c="low", d="low", e="low", f="low")


STRATUM = "frontline_induction|negative|crc"
NAN = math.nan
NOT_ESTIMABLE = "not estimable: every cohort is at the boundary (0% or 100%)"


def _pool(**kw) -> dict:
    """One row of ``synthesis_pooled.csv`` (every column, in its order)."""
    row = {
        "outcome": "remission", "subgroup": STRATUM, "method": "glmm_t", "k": 2, "events": 360,
        "n": 400, "estimate": 0.90, "lower": 0.87, "upper": 0.93, "pi_lower": 0.86,
        "pi_upper": 0.94, "tau2": 0.0, "i2": 0.0, "q": 0.0, "q_p": 1.0, "ci_level": 0.95,
        "test": "t", "df": 1.0, "pi_type": "riley", "pi_df": NAN, "tau2_lower": NAN,
        "tau2_upper": NAN, "i2_lower": NAN, "i2_upper": NAN, "estimable": "estimable",
        "analysis": "primary", "primary": True, "stratum": STRATUM,
        "stratum_label": "frontline induction, Ph-negative, composite CR",
        "settings": "frontline_induction", "cohorts": "a:all=180/200;b:all=180/200", "rates": "",
    }  # fmt: skip
    row.update(kw)
    assert list(row) == list(POOLED_COLUMNS)
    return row


def _single(**kw) -> dict:
    """A stratum of one cohort: nothing pooled, the cohort's own estimate and interval."""
    return _pool(**{
        "k": 1, "events": 30, "n": 35, "estimate": 30 / 35, "lower": 0.70, "upper": 0.94,
        "pi_lower": NAN, "pi_upper": NAN, "tau2": NAN, "i2": NAN, "q": NAN, "q_p": NAN,
        "estimable": "one cohort: nothing is pooled; the cohort's own estimate is shown",
        "cohorts": "a:all=30/35", **kw,
    })  # fmt: skip


def _boundary(**kw) -> dict:
    """Two cohorts, every patient with the event: no interval, no heterogeneity."""
    return _pool(**{
        "stratum": "frontline_induction|positive|crc", "k": 2, "events": 22, "n": 22,
        "estimate": 1.0, "lower": NAN, "upper": NAN, "pi_lower": NAN, "pi_upper": NAN,
        "tau2": NAN, "i2": NAN, "estimable": NOT_ESTIMABLE, "cohorts": "e:all=11/11;f:all=11/11",
        **kw,
    })  # fmt: skip


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
        _pool(n=30, estimate=0.5, lower=0.3, upper=0.7, cohorts="a:all=8/15;b:all=7/15"),
        COHORTS, ROB_LOW,
    )  # fmt: skip
    assert r.moves["imprecision"] == 1 and r.certainty == "very low"
    assert "optimal information size of 97" in r.reasons["imprecision"]


def test_imprecision_very_serious_when_short_and_very_wide():
    r = grade_pool(
        _pool(n=20, estimate=0.5, lower=0.2, upper=0.8, cohorts="a:all=5/10;b:all=5/10"),
        COHORTS, ROB_LOW,
    )  # fmt: skip
    assert r.moves["imprecision"] == 2


def test_imprecision_from_the_interval_alone():
    # n above the OIS (estimate 0.9: OIS 35) but the interval is 25 points wide
    r = grade_pool(_pool(lower=0.70, upper=0.95), COHORTS, ROB_LOW)
    assert r.moves["imprecision"] == 1


def test_inconsistency_from_i2_and_the_prediction_interval():
    assert grade_pool(_pool(i2=55.0), COHORTS, ROB_LOW).moves["inconsistency"] == 1
    wide_pi = grade_pool(_pool(pi_lower=0.5, pi_upper=0.99), COHORTS, ROB_LOW)
    assert wide_pi.moves["inconsistency"] == 1  # I² 0 but a 49-point prediction interval
    both = grade_pool(_pool(i2=80.0, pi_lower=0.3, pi_upper=0.99), COHORTS, ROB_LOW)
    assert both.moves["inconsistency"] == 2
    one = grade_pool(_single(), COHORTS, ROB_LOW)
    assert one.moves["inconsistency"] == 0 and one.concern("inconsistency") == "not assessable"
    assert one.reasons["inconsistency"] == "single cohort, not assessable"
    assert "Inconsistency: single cohort, not assessable." in one.explanation


def test_a_single_cohort_is_rated_on_its_own_interval():
    # 30/35: OIS = 1.96^2 * (30/35)(5/35) / 0.01 = 47.03 -> 48 > 35; CI 24 points wide (> 20)
    r = grade_pool(_single(), COHORTS, ROB_LOW)
    assert r.moves["imprecision"] == 1 and r.certainty == "very low"
    assert r.reasons["imprecision"].startswith("single cohort; 95% CI 70.0-94.0%")
    assert "optimal information size of 48" in r.reasons["imprecision"]
    # the same cohort with a narrow interval and n above the OIS is not moved
    wide_n = _single(events=300, n=350, lower=0.82, upper=0.89, cohorts="a:all=300/350")
    assert grade_pool(wide_n, COHORTS, ROB_LOW).moves["imprecision"] == 0


def test_a_pool_with_every_cohort_at_100_percent_is_rated_with_the_reason():
    r = grade_pool(_boundary(), COHORTS, ROB_LOW)
    assert r.concern("inconsistency") == "not assessable" and r.moves["inconsistency"] == 0
    assert "own proportions are 100% and 100%" in r.reasons["inconsistency"]
    # no interval: precision cannot be shown (-1); 0 non-events also below 5
    assert r.moves["imprecision"] == 1 and r.certainty == "very low"
    assert NOT_ESTIMABLE in r.reasons["imprecision"] and "no non-events" in r.reasons["imprecision"]
    assert "nan" not in r.explanation.lower()


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
        _pool(n=20, estimate=0.5, lower=0.2, upper=0.8, i2=90.0, pi_lower=0.01,
              pi_upper=0.99, cohorts="a:all=5/10;c:all=5/10"),
        COHORTS, _rob(a="critical", c="critical"),
    )  # fmt: skip
    assert sum(r.moves.values()) >= 5 and r.certainty == "very low"


def test_every_primary_pool_is_rated_and_only_those():
    pooled = pd.DataFrame(
        [
            _pool(),
            _pool(method="reml_hk", primary=False),  # method sensitivity of the same pool
            _pool(analysis="across_strata", stratum="all", primary=False),
            _boundary(),  # a second remission stratum
            _pool(outcome="mrd_negative", events=15, n=30, estimate=0.5, lower=0.3, upper=0.7,
                  cohorts="a:all=8/15;d:all=7/15"),
            _single(outcome="crs_grade3plus", stratum="relapsed_refractory|not_reported|crs",
                    events=3, estimate=3 / 35, lower=0.03, upper=0.23, cohorts="c:all=3/35"),
            _pool(outcome="os_12m", events=NAN, cohorts="a:all=/200;b:all=/200",
                  rates="a:all=0.9(se 0.02);b:all=0.9(se 0.02)"),  # survival: no events
        ]
    )  # fmt: skip
    out = grade_pools(pooled, COHORTS, ROB_LOW)
    assert list(out.columns) == list(GRADE_COLUMNS)
    assert list(zip(out.outcome, out.stratum, strict=True)) == [
        ("remission", STRATUM),
        ("remission", "frontline_induction|positive|crc"),
        ("mrd_negative", STRATUM),
        ("crs_grade3plus", "relapsed_refractory|not_reported|crs"),
        ("os_12m", STRATUM),
    ]
    assert list(out.certainty) == ["low", "very low", "very low", "very low", "low"]
    assert set(out.imprecision) <= {"not serious", "serious", "very serious"}
    assert list(out.inconsistency) == ["not serious", "not assessable", "not serious",
                                       "not assessable", "not serious"]  # fmt: skip
    assert (out.publication_bias == "not assessable").all()
    assert out.explanation.str.startswith("Start: low").all()
    assert not out.isna().any().any()
    assert not out.explanation.str.contains("nan").any()


def test_two_primary_rows_for_one_stratum_are_refused():
    pooled = pd.DataFrame([_pool(), _pool(method="reml_hk")])
    with pytest.raises(ValueError, match="more than one primary row"):
        grade_pools(pooled, COHORTS, ROB_LOW)


def test_cohorts_that_may_share_patients_are_named():
    r = grade_pool(_boundary(), COHORTS, ROB_LOW, overlaps={"e:all": "g1", "f:all": "g1"})
    assert "e:all and f:all may report the same patients" in r.reasons["imprecision"]
    alone = grade_pool(_boundary(), COHORTS, ROB_LOW, overlaps={"e:all": "g1", "f:all": "g2"})
    assert "same patients" not in alone.reasons["imprecision"]


def test_missing_columns_and_unrated_studies_are_named():
    with pytest.raises(ValueError, match="lacks columns \\['i2'\\]"):
        grade_pools(pd.DataFrame([_pool()]).drop(columns="i2"), COHORTS, ROB_LOW)
    with pytest.raises(ValueError, match="lacks columns \\['lower', 'upper'\\]"):  # old names
        grade_pools(
            pd.DataFrame([_pool()]).rename(columns={"lower": "ci_lower", "upper": "ci_upper"}),
            COHORTS, ROB_LOW,
        )  # fmt: skip
    with pytest.raises(ValueError, match="no risk-of-bias rating for \\['b'\\]"):
        grade_pool(_pool(), COHORTS, _rob(a="low"))
    with pytest.raises(ValueError, match="not 'study_id:cohort=events/n'"):
        grade_pool(_pool(cohorts="a/all 3 of 4"), COHORTS, ROB_LOW)


def test_summary_of_findings_footnotes_each_downgrade():
    pooled = pd.DataFrame(
        [_pool(), _pool(outcome="mrd_negative", n=30, estimate=0.5, lower=0.3,
                        upper=0.7, cohorts="a:all=8/15;c:all=7/15"),
         _single(outcome="mrd_negative", stratum="frontline_induction|negative|mrd"),
         _boundary()]
    )  # fmt: skip
    grades = grade_pools(pooled, COHORTS, ROB_LOW)
    sof = summary_of_findings(
        grades, pooled, labels={"remission": "Remission", "mrd_negative": "MRD"}
    )
    t = sof.table
    assert list(t["Outcome"]) == ["Remission", "MRD", "MRD", "Remission"]
    assert t["Stratum"].iat[0] == "frontline induction, Ph-negative, composite CR"
    assert t["Estimate (95% CI)"].iat[1] == "50.0% (30.0 to 70.0)"
    assert t["Studies (cohorts), participants"].iat[0] == "2 (2), 400"
    assert t["Studies (cohorts), participants"].iat[2] == "1 (1), 35 (single cohort)"
    # every footnote is a reason: publication bias cannot be assessed with two cohorts
    assert t["Certainty"].iat[0] == "⊕⊕◯◯ Low (a)"
    assert sof.footnotes["a"].startswith("Publication bias (not assessable): with 2 cohorts")
    assert t["Certainty"].iat[1] == "⊕◯◯◯ Very low (b, c, a)"
    assert sof.footnotes["b"].startswith("Indirectness (serious): mixes settings")
    assert sof.footnotes["c"].startswith("Imprecision (serious): 95% CI 30.0-70.0%")
    assert t["Certainty"].iat[2] == "⊕◯◯◯ Very low (d, e, f)"
    assert sof.footnotes["d"] == "Inconsistency (not assessable): single cohort"
    assert sof.footnotes["e"].startswith("Imprecision (serious): single cohort; 95% CI 70.0")
    # not estimable: the estimate with its reason, never NaN
    assert t["Estimate (95% CI)"].iat[3] == f"100.0% (22/22; {NOT_ESTIMABLE})"
    assert not t.astype(str).apply(lambda c: c.str.contains("nan|NaN")).any().any()


def test_imprecision_with_too_few_events_for_the_normal_approximation():
    # CRS-like pool: 4 events in 54, CI 15 points wide and n above the OIS (27), but the OIS
    # rests on a normal approximation that needs at least 5 events and 5 non-events
    rare = _pool(n=54, events=4, estimate=0.07, lower=0.028, upper=0.181,
                 cohorts="a:all=1/19;b:all=3/35")  # fmt: skip
    r = grade_pool(rare, COHORTS, ROB_LOW)
    assert (
        r.moves["imprecision"] == 1 and "only 4 events (fewer than 5)" in r.reasons["imprecision"]
    )
    assert grade_pool(rare | {"events": 5}, COHORTS, ROB_LOW).moves["imprecision"] == 0
    assert grade_pool(rare | {"events": ""}, COHORTS, ROB_LOW).moves["imprecision"] == 0  # survival


def test_definitions_come_from_the_pooled_synthesis_rows():
    from blinarepro.appraisal.grade import definitions_from_candidates

    words = {"cr": "complete remission (CR)", "crc": "composite complete remission"}
    cands = pd.DataFrame(
        [("remission", "a", "all", "cr", True), ("remission", "b", "all", "crc", True),
         ("remission", "c", "all", "cr", False), ("mrd_negative", "a", "all", "mrd", True)],
        columns=["outcome", "study_id", "cohort", "endpoint", "pooled"],
    )  # fmt: skip
    defs = definitions_from_candidates(cands, words)
    assert defs == {
        "remission": {"a:all": "complete remission (CR)", "b:all": "composite complete remission"},
        "mrd_negative": {"a:all": "mrd"},  # no words given: the id
    }
    assert (
        grade_pool(_pool(), COHORTS, ROB_LOW, definitions=defs["remission"]).moves["indirectness"]
        == 1
    )
    twice = pd.concat([cands, cands.iloc[[1]].assign(endpoint="cr")])
    with pytest.raises(ValueError, match="b:all is pooled for remission as both"):
        definitions_from_candidates(twice, words)


def test_grade_pools_reads_definitions_and_overlaps_from_the_candidates():
    cands = pd.DataFrame(
        [("remission", "e", "all", "crc", True, "g1"),
         ("remission", "f", "all", "crc", True, "g1")],
        columns=["outcome", "study_id", "cohort", "endpoint", "pooled", "overlap_group"],
    )  # fmt: skip
    out = grade_pools(pd.DataFrame([_boundary()]), COHORTS, ROB_LOW, candidates=cands,
                      endpoint_words={"crc": "composite CR"})  # fmt: skip
    assert "one outcome definition (composite CR)" in out.explanation.iat[0]
    assert "e:all and f:all may report the same patients" in out.explanation.iat[0]


def test_primary_flags_read_from_csv_text_are_understood(tmp_path):
    pooled = pd.DataFrame([_pool(), _pool(analysis="ph=negative", primary=False)])
    pooled.to_csv(tmp_path / "pooled.csv", index=False)
    back = pd.read_csv(tmp_path / "pooled.csv", dtype={"primary": str})
    assert list(grade_pools(back, COHORTS, ROB_LOW).analysis) == ["primary"]
    with pytest.raises(ValueError, match="column 'primary' must hold True/False; got 'yes'"):
        grade_pools(back.assign(primary="yes"), COHORTS, ROB_LOW)


def test_publication_bias_is_never_silently_called_undetected():
    few = grade_pool(_pool(), COHORTS, ROB_LOW)
    assert (
        few.concern("publication_bias") == "not assessable" and few.moves["publication_bias"] == 0
    )
    assert few.reasons["publication_bias"].startswith("not assessable with 2 cohorts")
    many = grade_pool(_pool(k=12), COHORTS, ROB_LOW)  # enough cohorts, but no test is run
    assert many.concern("publication_bias") == "not assessable"
    assert many.reasons["publication_bias"].startswith("not assessed: 12 cohorts")
