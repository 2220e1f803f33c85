# ruff: noqa: E501  (each reference value carries the whole R call)
"""Subgroup differences under a common tau^2 (mixed-effects model) against R metafor 3.8-1.

Data: data sets A and C of ``pooling_datasets.py`` side by side, subgroups "a" and "c".
Every reference value below was printed by the R call beside it, with
``ctl <- list(threshold=1e-12, tol=1e-12, maxiter=10000)``; the script is
``tests/pooling/reference/make_subgroup_reference.R``.

Tolerance: 1e-9 absolute (print precision) for the inverse-variance models; for the GLMM,
5e-6 relative on QM and tau^2, the precision of lme4's optimiser (test_pool_glmm.py).
"""

import math

import pytest

from blinarepro.pooling import subgroup_test

EVENTS = [9, 6, 12, 12, 33, 0, 3, 5, 2]
N = [11, 13, 15, 19, 35, 10, 20, 25, 18]
GROUPS = ["a"] * 5 + ["c"] * 4

# R output (Rscript tests/pooling/reference/make_subgroup_reference.R):
REFERENCE = {
    ("REML", "z"): dict(tau2=0.4298504072, qm=20.7207557027, qm_p=0.0000053137),  # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33,0,3,5,2), ni=c(11,13,15,19,35,10,20,25,18)), mods=~factor(c(rep("a",5), rep("c",4))), method="REML", test="z", control=ctl): $tau2, $QM, $QMp
    ("REML", "knha"): dict(tau2=0.4298504072, qm=21.2384867113, qm_p=0.0024592620),  # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33,0,3,5,2), ni=c(11,13,15,19,35,10,20,25,18)), mods=~factor(c(rep("a",5), rep("c",4))), method="REML", test="knha", control=ctl): $tau2, $QM, $QMp
    ("REML", "adhoc"): dict(tau2=0.4298504072, qm=20.7207557027, qm_p=0.0026298099),  # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33,0,3,5,2), ni=c(11,13,15,19,35,10,20,25,18)), mods=~factor(c(rep("a",5), rep("c",4))), method="REML", test="adhoc", control=ctl): $tau2, $QM, $QMp
    ("DL", "z"): dict(tau2=0.4058933806, qm=21.2296615827, qm_p=0.0000040741),  # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33,0,3,5,2), ni=c(11,13,15,19,35,10,20,25,18)), mods=~factor(c(rep("a",5), rep("c",4))), method="DL", test="z", control=ctl): $tau2, $QM, $QMp
    ("DL", "knha"): dict(tau2=0.4058933806, qm=21.1696320887, qm_p=0.0024811055),  # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33,0,3,5,2), ni=c(11,13,15,19,35,10,20,25,18)), mods=~factor(c(rep("a",5), rep("c",4))), method="DL", test="knha", control=ctl): $tau2, $QM, $QMp
    ("DL", "adhoc"): dict(tau2=0.4058933806, qm=21.1696320887, qm_p=0.0024811055),  # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33,0,3,5,2), ni=c(11,13,15,19,35,10,20,25,18)), mods=~factor(c(rep("a",5), rep("c",4))), method="DL", test="adhoc", control=ctl): $tau2, $QM, $QMp
    ("PM", "z"): dict(tau2=0.4083266344, qm=21.1767337178, qm_p=0.0000041882),  # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33,0,3,5,2), ni=c(11,13,15,19,35,10,20,25,18)), mods=~factor(c(rep("a",5), rep("c",4))), method="PM", test="z", control=ctl): $tau2, $QM, $QMp
    ("PM", "knha"): dict(tau2=0.4083266344, qm=21.1767337178, qm_p=0.0024788411),  # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33,0,3,5,2), ni=c(11,13,15,19,35,10,20,25,18)), mods=~factor(c(rep("a",5), rep("c",4))), method="PM", test="knha", control=ctl): $tau2, $QM, $QMp
    ("PM", "adhoc"): dict(tau2=0.4083266344, qm=21.1767337178, qm_p=0.0024788411),  # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33,0,3,5,2), ni=c(11,13,15,19,35,10,20,25,18)), mods=~factor(c(rep("a",5), rep("c",4))), method="PM", test="adhoc", control=ctl): $tau2, $QM, $QMp
    ("GLMM", "z"): dict(tau2=0.4156891484, qm=25.0639141909, qm_p=0.0000005546),  # rma.glmm(measure="PLO", xi=c(9,6,12,12,33,0,3,5,2), ni=c(11,13,15,19,35,10,20,25,18), mods=~factor(c(rep("a",5), rep("c",4))), nAGQ=20, test="z", control=list(glmerCtrl=list(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12))): $tau2, $QM, $QMp
    ("GLMM", "t"): dict(tau2=0.4156891484, qm=25.0639141909, qm_p=0.0015540614),  # rma.glmm(measure="PLO", xi=c(9,6,12,12,33,0,3,5,2), ni=c(11,13,15,19,35,10,20,25,18), mods=~factor(c(rep("a",5), rep("c",4))), nAGQ=20, test="t", control=list(glmerCtrl=list(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12))): $tau2, $QM, $QMp
}  # fmt: skip

METHOD = {
    ("REML", "z"): "reml", ("REML", "knha"): "reml_hk", ("REML", "adhoc"): "reml_hk_adhoc",
    ("DL", "z"): "dl", ("DL", "knha"): "dl_hk", ("DL", "adhoc"): "dl_hk_adhoc",
    ("PM", "z"): "pm", ("PM", "knha"): "pm_hk", ("PM", "adhoc"): "pm_hk_adhoc",
    ("GLMM", "z"): "glmm", ("GLMM", "t"): "glmm_t",
}  # fmt: skip


@pytest.mark.parametrize("key", sorted(REFERENCE))
def test_common_tau2_matches_metafor_mods(key):
    ref = REFERENCE[key]
    method = METHOD[key]
    glmm = method.startswith("glmm")
    res = subgroup_test(EVENTS, N, GROUPS, method, tau2_model="common", n_nodes=20 if glmm else 7)
    tol = {"rel": 5e-6, "abs": 1e-10} if glmm else {"abs": 1e-9}  # abs: R printed 10 decimals
    assert res.tau2_model == "common" and res.df == 1
    assert res.q_between == pytest.approx(ref["qm"], **tol)
    assert res.p_value == pytest.approx(ref["qm_p"], **tol)
    assert res.tau2_common == pytest.approx(ref["tau2"], **tol)
    t_based = key[1] in ("knha", "adhoc", "t")
    assert res.df2 == (7.0 if t_based else math.inf)  # F(1, k - p) for the t-based tests


def test_separate_and_common_differ_and_are_labelled():
    sep = subgroup_test(EVENTS, N, GROUPS, "reml", tau2_model="separate")
    com = subgroup_test(EVENTS, N, GROUPS, "reml", tau2_model="common")
    assert sep.summary_frame()["tau2_model"].item() == "separate"
    assert com.summary_frame()["tau2_model"].item() == "common"
    assert sep.q_between != pytest.approx(com.q_between, rel=1e-3)


def test_common_needs_more_cohorts_than_groups_and_rejects_unknown_models():
    res = subgroup_test([9, 3], [11, 20], ["a", "c"], "reml", tau2_model="common")
    assert math.isnan(res.q_between) and "as many subgroups as cohorts" in res.notes[0]
    with pytest.raises(ValueError, match="tau2_model must be one of 'separate', 'common'"):
        subgroup_test(EVENTS, N, GROUPS, "reml", tau2_model="shared")


def test_glmm_common_with_a_boundary_subgroup_is_undefined():
    res = subgroup_test([5, 5, 3, 4], [5, 5, 10, 9], ["a", "a", "c", "c"], "glmm",
                        tau2_model="common")  # fmt: skip
    assert math.isnan(res.q_between) and "all 0% or all 100%" in res.notes[0]


def test_knha_with_an_exact_fit_is_undefined_as_in_metafor():
    # d <- escalc(measure="PLO", xi=c(11,11,33), ni=c(11,11,35)); g <- c("p","p","n")
    # rma(yi, vi, data=d, mods=~factor(g), method="REML", test="knha")$QM   -> NA
    # rma(yi, vi, data=d, mods=~factor(g), method="REML", test="adhoc")$QM  -> 0.07009416
    args = ([11, 11, 33], [11, 11, 35], ["p", "p", "n"])
    knha = subgroup_test(*args, "reml_hk", tau2_model="common")
    assert math.isnan(knha.q_between) and "fits exactly" in knha.notes[0]
    adhoc = subgroup_test(*args, "reml_hk_adhoc", tau2_model="common")
    assert adhoc.q_between == pytest.approx(0.07009416, abs=5e-9)  # R printed 7 digits
