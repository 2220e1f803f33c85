"""blinarepro.synthesis: strata, inclusion, sensitivity pools and tables, from data/."""

from __future__ import annotations

import math
import shutil
from fractions import Fraction

import pandas as pd
import pytest

from blinarepro import synthesis as S
from blinarepro.data import DataValidationError, default_data_dir, load


@pytest.fixture(scope="module")
def data():
    return load()


@pytest.fixture(scope="module")
def cands(data):
    return S.candidates(data)


@pytest.fixture(scope="module")
def pools(cands):
    return S.pools(cands)


@pytest.fixture(scope="module")
def pooled(pools):
    return S.pooled_table(pools, 0.95, 7, "glmm_t")


def test_no_primary_pool_mixes_settings_ph_status_or_definitions(pools):
    primary = [p for p in pools if p.analysis == "primary"]
    assert primary
    for p in primary:
        assert p.cohorts.stratum.nunique() == 1, p.name
        assert p.cohorts.setting.nunique() == 1 and p.cohorts.endpoint.nunique() == 1


def test_one_primary_pool_per_stratum_and_primary_flag_only_there(cands, pooled):
    strata = cands[cands.pooled].groupby("outcome").stratum.nunique().sum()
    prim = pooled[pooled.primary]
    assert len(prim) == strata
    assert set(prim.analysis) == {"primary"}
    assert set(prim.method) <= {"glmm_t", "reml_hk"}
    # the pools across strata are sensitivity analyses, never primary
    across = pooled[pooled.analysis == "across_strata"]
    assert len(across) and not across.primary.any()
    assert (across.settings.str.contains(";")).all()


def test_pooled_table_columns_and_cohorts_text(pooled):
    assert tuple(pooled.columns) == S.POOLED_COLUMNS
    row = pooled[pooled.primary & (pooled.outcome == "mrd_negative")
                 & (pooled.stratum == "relapsed_refractory|not_reported|mrd")].iloc[0]  # fmt: skip
    assert row.cohorts == "wang2025:all=12/19"  # printed 63.2% (12/19,), wang2025-12
    assert (row.k, row.events, row.n) == (1, 12, 19)
    assert row.estimate == pytest.approx(12 / 19, abs=1e-12)  # k = 1: the cohort's own logit
    assert row.estimable.startswith("one cohort")


def test_all_of_arm_rule_counts_the_arm_from_its_n_row(cands):
    # xu2025-06 "All 24 patients attained CR"; the blinatumomab arm has n = 11 (xu2025-03)
    row = cands[(cands.result_id == "xu2025-06") & (cands.cohort == "blinatumomab")].iloc[0]
    assert (row.events, row.n, row.endpoint) == (11, 11, "crc")


def test_percent_unique_rule_finds_the_one_count(cands):
    # lu2024-11: "cytokine release syndrome (9%)" of 35: only 3/35 = 8.57% prints as 9
    row = cands[cands.result_id == "lu2024-11"].iloc[0]
    assert (row.events, row.n) == (3, 35)


def test_overlap_reruns_without_each_member(pools):
    both = {"xu2025:blinatumomab", "realworld2025:induction_ph_pos"}
    for p in pools:
        ids = set(p.cohorts.study_id + ":" + p.cohorts.cohort)
        if both <= ids and p.analysis in ("across_strata",):
            reruns = [
                q for q in pools
                if q.analysis.startswith("overlap: without")
                and q.analysis.endswith(f"({p.analysis})") and q.outcome == p.outcome
            ]  # fmt: skip
            # each rerun leaves out one cohort, named in words in its analysis
            left_out = set()
            for q in reruns:
                (gone,) = ids - set(q.cohorts.study_id + ":" + q.cohorts.cohort)
                label = p.cohorts.label[(p.cohorts.study_id + ":" + p.cohorts.cohort) == gone]
                assert q.analysis.startswith(f"overlap: without {label.iloc[0]} ("), q.analysis
                left_out.add(gone)
            assert both <= left_out, p.name


def test_coherent_reading_enters_only_sensitivity(cands, pools):
    # realworld2025-11: 86.5% of 38 is no k/38; the nearest smaller n that gives it is 32/37
    row = cands[cands.result_id == "realworld2025-11"].iloc[0]
    assert (row.events, row.n, row.pooled) == (32, 37, False)
    assert Fraction(32, 37) * 100 == pytest.approx(86.486, abs=1e-3)
    holding = [p for p in pools if "realworld2025-11" in set(p.cohorts.result_id)]
    assert holding and all(p.analysis != "primary" for p in holding)
    assert all("coherent_reading" in p.analysis for p in holding)


def test_coherent_reading_none_drops_those_pools(data):
    pools = S.pools(S.candidates(data, coherent_reading="none"))
    assert not [p for p in pools if "coherent_reading" in p.analysis]
    with pytest.raises(ValueError, match="coherent_reading must be one of"):
        S.candidates(data, coherent_reading="nearest")


def test_later_assessment_replaces_the_first(pools):
    later = [p for p in pools if p.analysis.startswith("later_assessment")]
    assert later
    for p in later:
        ids = set(p.cohorts.result_id)
        assert not ({"lu2024-02", "lu2024-05"} <= ids or {"lu2024-03", "lu2024-06"} <= ids)


def test_include_and_exclude(data):
    c = S.candidates(data, exclude=["lu2024:all"])
    lu = c[c.study_id == "lu2024"]
    assert not lu.pooled.any()
    assert lu.reason.str.endswith("excluded by the parameter exclude").all()
    c = S.candidates(data, include=["wang2025:all"])
    assert set(c[c.pooled].study_id) == {"wang2025"}
    with pytest.raises(ValueError, match="unknown cohort id"):
        S.candidates(data, include=["wang2025:nobody"])
    with pytest.raises(ValueError, match="never in a primary pool"):
        S.candidates(data, include=["xu2025:conventional"])
    with pytest.raises(ValueError, match="include and exclude both list"):
        S.candidates(data, include=["lu2024:all"], exclude=["lu2024:all"])


def test_single_death_se_by_direct_algebra():
    # 97.1% of 35: two deaths give at most 33/35 = 94.3%, one death at r = 34 or 35 gives
    # 97.06% or 97.14%; Greenwood: S * sqrt(1 / (r (r - 1)))
    se = S.single_death_se("97.1", 35)
    assert sorted(se) == [34, 35]
    for r, value in se.items():
        assert value == pytest.approx((r - 1) / r * math.sqrt(1 / (r * (r - 1))), rel=1e-12)
    with pytest.raises(ValueError, match="two deaths"):
        S.single_death_se("90", 35)


def test_subgroup_table_has_both_tau2_models(cands):
    table = S.subgroup_table(cands, 0.95, 7)
    tested = table[table.method != ""]
    assert set(tested.tau2_model) == {"separate", "common"}
    assert set(tested.method) == set(S.METHODS)


def test_overlap_map_names_both_groups(cands, data):
    m = S.overlap_map(cands, data)
    assert set(m.overlap_group) == {"ph_pos_induction", "ph_neg_induction"}
    pos = m.set_index("overlap_group").loc["ph_pos_induction"]
    assert pos.cohort_ids == "xu2025:blinatumomab; realworld2025:induction_ph_pos"
    # in words for the reader: the cohorts' labels, each with its enrolment period
    assert pos.cohorts.startswith("xu2025 · ") and "(2023-04 to 2025-04)" in pos.cohorts
    assert ":" not in pos.cohorts.replace(" to ", "")


def test_node_check_rounds_to_what_the_fit_achieves(pools):
    nodes = S.node_check(pools, 50)
    assert len(nodes) and (nodes.max_change_pp_50 < 0.05).all()
    for col in ("lower_7", "lower_50", "lower_120"):
        finite = nodes[col].dropna()
        assert (finite.round(6) == finite).all()


def test_controlled_comparison_from_the_comparator_column(cands, data):
    comp = S.controlled_comparisons(cands, data)
    mrd = comp.set_index("outcome").loc["mrd_negative"]
    # xu2025-07 81.8% [9/11] against xu2025-08 46.2% [6/13]
    assert (mrd.arm_events, mrd.arm_n, mrd.comparator_events, mrd.comparator_n) == (9, 11, 6, 13)


def _broken_copy(tmp_path, edit):
    target = tmp_path / "data"
    shutil.copytree(default_data_dir(), target)
    frame = pd.read_csv(target / "synthesis.csv", dtype=str, keep_default_na=False)
    edit(frame)
    frame.to_csv(target / "synthesis.csv", index=False)
    return target


def test_a_bad_synthesis_row_stops_the_load_with_file_line_and_column(tmp_path):
    def edit(frame):
        frame.loc[3, "n_result"] = "wang2025-01"  # printed rule does not take an n_result

    with pytest.raises(DataValidationError, match=r"synthesis.csv.*line 5.*n_result"):
        load(_broken_copy(tmp_path, edit))


def test_an_unknown_cohort_is_a_foreign_key_error(tmp_path):
    def edit(frame):
        frame.loc[0, "cohort"] = "nobody"

    with pytest.raises(DataValidationError, match=r"synthesis.csv.*foreign-key"):
        load(_broken_copy(tmp_path, edit))


def test_an_included_inconsistent_percentage_is_refused(tmp_path):
    def edit(frame):
        at = frame.result_id == "realworld2025-11"
        frame.loc[at, ["included", "count_rule", "sensitivity"]] = ["yes", "printed", ""]

    data = load(_broken_copy(tmp_path, edit))
    with pytest.raises(ValueError, match=r"synthesis.csv line \d+, included: realworld2025-11"):
        S.candidates(data)


def test_the_index_shows_primary_pools_only_with_their_stratum_in_words(pooled, tmp_path):
    from blinarepro.chain import site

    (tmp_path / "tables").mkdir()
    pooled.to_csv(tmp_path / "tables" / "synthesis_pooled.csv", index=False)
    html = site._pooled_section(tmp_path)
    assert html.count("<tr>") == 1 + int(pooled.primary.sum())  # header + one row per stratum
    assert "relapsed or refractory disease" in html
    assert "across_strata" not in html and "all strata together" not in html
    assert "not estimable: every cohort is at the boundary" in html
