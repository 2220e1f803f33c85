"""pool_proportions, leave_one_out, method_sensitivity, subgroup_test: API and R references."""

import dataclasses
import math

import metafor_reference as R
import pytest
from pooling_datasets import DATASETS

from blinarepro.pooling import (
    METHODS,
    SUMMARY_COLUMNS,
    leave_one_out,
    method_sensitivity,
    pool_proportions,
    subgroup_test,
)

ABS = 1e-9  # print precision of the pasted R values


def test_method_vocabulary():
    assert METHODS == (
        "glmm", "glmm_t", "reml", "reml_hk", "reml_hk_adhoc", "dl", "dl_hk", "dl_hk_adhoc",
        "pm", "pm_hk", "pm_hk_adhoc", "ft_reml",
    )  # fmt: skip


@pytest.mark.parametrize("method", ["REML", "hk", "knha", "", None])
def test_unknown_method_lists_allowed_values(method):
    allowed = "method must be one of 'glmm', 'glmm_t', 'reml', .*'ft_reml'"
    with pytest.raises(ValueError, match=allowed):
        pool_proportions([1, 2], [3, 4], method=method)


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"confidence_level": 95}, ValueError, "confidence_level must lie strictly between"),
        ({"confidence_level": "0.95"}, TypeError, "confidence_level must be a number"),
        ({"events": [5, 2], "n": [4, 4]}, ValueError, r"events\[0\] must be <= n\[0\]"),
        ({"events": [1, 2], "n": [4]}, ValueError, "same length"),
        ({"events": [], "n": []}, ValueError, "at least one cohort"),
        ({"events": [1.5, 2], "n": [4, 4]}, TypeError, "whole number"),
        ({"events": [1, 2], "n": [0, 4]}, ValueError, r"n\[0\] must be >= 1"),
        ({"labels": ["a"]}, ValueError, "labels must have one entry per cohort"),
    ],
)
def test_bad_arguments_raise_clear_errors(kwargs, error, match):
    args = {"events": [1, 2], "n": [4, 4], **kwargs}
    with pytest.raises(error, match=match):
        pool_proportions(**args)


def test_summary_frame_has_the_fixed_columns():
    r = pool_proportions(*DATASETS["A"], method="reml", outcome="CR", subgroup="adults")
    frame = r.summary_frame()
    assert tuple(frame.columns) == SUMMARY_COLUMNS
    row = frame.iloc[0]
    assert (row["outcome"], row["subgroup"], row["method"]) == ("CR", "adults", "reml")
    assert (row["k"], row["events"], row["n"]) == (5, 72, 93)
    assert row["ci_level"] == 0.95
    assert row["tau2"] == pytest.approx(R.A_PLO_REML_z["tau2"], abs=ABS)


def test_result_is_frozen_and_carries_inputs():
    r = pool_proportions(*DATASETS["A"], method="dl", labels=list("abcde"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.tau2 = 0.0
    assert r.events == (9, 6, 12, 12, 33) and r.n == (11, 13, 15, 19, 35)
    assert (r.k, r.total_events, r.total_n) == (5, 72, 93)
    per_cohort = r.to_frame()
    assert list(per_cohort["label"]) == list("abcde")
    assert per_cohort["weight_percent"].sum() == pytest.approx(100)


def test_k2_works_for_every_method():
    frame = method_sensitivity(*DATASETS["K2"])
    assert list(frame["method"]) == list(METHODS)
    assert frame[["estimate", "lower", "upper"]].notna().all().all()
    # a prediction interval at k = 2 only from metafor's default (z) one; Riley's needs k >= 3
    z_based = frame["test"] == "z"
    assert frame.loc[z_based, ["pi_lower", "pi_upper"]].notna().all().all()
    assert frame.loc[~z_based, ["pi_lower", "pi_upper"]].isna().all().all()
    assert frame.loc[~z_based, "estimable"].str.contains("not estimable: k = 2").all()


def test_method_sensitivity_one_row_per_method():
    frame = method_sensitivity(*DATASETS["A"], outcome="CR")
    assert tuple(frame.columns) == SUMMARY_COLUMNS
    assert list(frame["method"]) == list(METHODS)
    assert frame.set_index("method").loc["pm", "tau2"] == pytest.approx(
        R.A_PLO_PM_z["tau2"], abs=ABS
    )


@pytest.mark.parametrize("method", METHODS)
def test_homogeneous_data_give_tau2_zero_for_every_method(method):
    # Data set H: Q = 0.618 on 4 df. metafor: REML/DL/PM tau^2 = 0, rma.glmm tau^2 = 0
    # (singular fit); on the double-arcsine scale REML stops at 1e-10 (here: exactly 0).
    r = pool_proportions(*DATASETS["H"], method=method)
    assert r.tau2 == pytest.approx(0.0, abs=1e-9)
    assert r.i2 == pytest.approx(0.0, abs=1e-6)


def test_leave_one_out_matches_metafor_leave1out():
    # l1o <- leave1out(rma(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35),
    #                      method="REML", control=ctl))
    frame = leave_one_out(*DATASETS["A"], method="reml", labels=list("abcde"))
    assert list(frame["omitted"]) == list("abcde")
    assert tuple(frame.columns) == ("omitted", *SUMMARY_COLUMNS)
    assert (frame["k"] == 4).all()
    ref = R.A_REML_leave1out
    for i in range(5):
        assert frame.loc[i, "estimate"] == pytest.approx(
            1 / (1 + math.exp(-ref[f"mu{i + 1}"])), abs=ABS
        )
        assert frame.loc[i, "tau2"] == pytest.approx(ref[f"tau2_{i + 1}"], abs=ABS)


def test_leave_one_out_needs_two_cohorts():
    with pytest.raises(ValueError, match="at least 2 cohorts"):
        leave_one_out([3], [10], method="reml")


AC_EVENTS = DATASETS["A"][0] + DATASETS["C"][0]
AC_N = DATASETS["A"][1] + DATASETS["C"][1]
AC_GROUPS = ["A"] * 5 + ["C"] * 4


@pytest.mark.parametrize(
    ("method", "ref", "rel"),
    [
        ("reml", R.SUBGROUP_A_vs_C_REML, 1e-9),
        ("reml_hk_adhoc", R.SUBGROUP_A_vs_C_REML_adhoc, 1e-9),
        # the GLMM subgroup estimates carry metafor's optimiser precision (test_pool_glmm.py)
        ("glmm", R.SUBGROUP_A_vs_C_GLMM, 1e-4),
    ],
)
def test_subgroup_test_matches_metafor(method, ref, rel):
    # sg <- rma(sapply(fits, coef), sei=sapply(fits, function(r) r$se), method="EE"): see the
    # reference block for the fits.
    res = subgroup_test(AC_EVENTS, AC_N, AC_GROUPS, method=method, outcome="CR")
    assert res.groups == ("A", "C")
    assert res.df == 1
    assert res.q_between == pytest.approx(ref["q_between"], rel=rel)
    assert res.p_value == pytest.approx(ref["q_between_p"], rel=10 * rel, abs=ABS)
    assert list(res.to_frame()["subgroup"]) == ["A", "C"]
    assert res.summary_frame()["q_between"].item() == res.q_between


def test_subgroup_test_needs_two_groups_and_matching_lengths():
    with pytest.raises(ValueError, match="at least 2 subgroups"):
        subgroup_test([1, 2], [3, 4], ["x", "x"], method="reml")
    with pytest.raises(ValueError, match="groups must have one entry per cohort"):
        subgroup_test([1, 2], [3, 4], ["x"], method="reml")
    with pytest.raises(ValueError, match="method must be one of"):
        subgroup_test([1, 2], [3, 4], ["x", "y"], method="fixed")


def test_subgroup_with_single_cohort_groups():
    res = subgroup_test([9, 6], [11, 13], ["a", "b"], method="reml")
    # two single-cohort subgroups: Q_between is Cochran's Q of the two logits
    assert res.q_between == pytest.approx(R.K2_PLO_REML_z["q"], rel=1e-9)


def test_subgroup_on_the_boundary_gives_nan_with_a_note():
    # GLMM of a subgroup whose cohorts are all 100%: no finite logit, so no Q_between.
    res = subgroup_test([9, 6, 12, 5, 7], [11, 13, 15, 5, 7], list("aaabb"), method="glmm")
    assert math.isnan(res.q_between) and math.isnan(res.p_value)
    assert res.fits[1].estimate == 1.0
    assert any("boundary" in note for note in res.notes)


# --- n_nodes passes through every entry point to the GLMM fit ----------------------------
# Data set B (three 100% cohorts) is where 7 and 25 nodes differ (see pool_glmm's Notes);
# the second route is pool_glmm itself, validated against lme4 glmer(nAGQ=25).


def test_n_nodes_reaches_the_glmm_fit_from_every_entry_point():
    from blinarepro.pooling import pool_glmm

    events, n = DATASETS["B"]
    direct = pool_glmm(events, n, n_nodes=25)
    assert direct.mu != pytest.approx(pool_glmm(events, n).mu, abs=1e-4)
    assert pool_proportions(events, n, n_nodes=25).mu == direct.mu
    assert method_sensitivity(events, n, methods=("glmm",), n_nodes=25).loc[0, "estimate"] == (
        direct.estimate
    )
    loo = leave_one_out(events, n, n_nodes=25)
    assert loo.loc[0, "estimate"] == pool_glmm(events[1:], n[1:], n_nodes=25).estimate
    st = subgroup_test(events, n, ["a", "a", "b", "b", "b"], n_nodes=25)
    assert st.fits[1].mu == pool_glmm(events[2:], n[2:], n_nodes=25).mu
    # ignored by the inverse-variance methods
    iv25 = pool_proportions(events, n, "reml", n_nodes=25).summary_frame()
    assert iv25.equals(pool_proportions(events, n, "reml").summary_frame())


def test_every_method_has_words_for_readers():
    from blinarepro.pooling import METHOD_LABELS, METHODS, RATE_METHODS

    assert set(METHOD_LABELS) == set(METHODS) | set(RATE_METHODS)
    assert all(words and "_" not in words for words in METHOD_LABELS.values())
