"""Inverse-variance pooling against R metafor 3.8-1 ``rma()`` (values in metafor_reference.py).

Every reference block in ``metafor_reference`` carries the exact R call; the keys used here
map as ``reml -> PLO_REML_z``, ``reml_hk -> PLO_REML_adhoc`` (metafor ``test="adhoc"``, the
floored Hartung-Knapp), ... and ``ft_reml -> PFT_REML_z``.

Tolerance: the references are printed with ``sprintf("%.10f")``, so 1e-9 absolute is the
print precision; it is used for every quantity (logit/arcsine scale, proportions, tau^2,
Q, p, I^2 in percent, weights in percent). Achieved: <= 5e-11 everywhere.
"""

import math

import metafor_reference as R
import numpy as np
import pytest
from pooling_datasets import DATASETS
from scipy import stats
from scipy.special import expit
from statsmodels.stats.meta_analysis import combine_effects

from blinarepro.pooling import pool_proportions
from blinarepro.pooling.effect_sizes import logit_effect_sizes
from blinarepro.pooling.heterogeneity import generalized_q, q_profile

ABS = 1e-9  # print precision of the pasted R values

REFERENCE_KEY = {
    "reml": "PLO_REML_z",
    "reml_hk": "PLO_REML_adhoc",
    "dl": "PLO_DL_z",
    "dl_hk": "PLO_DL_adhoc",
    "pm": "PLO_PM_z",
    "pm_hk": "PLO_PM_adhoc",
    "ft_reml": "PFT_REML_z",
}


def _as_reference(r):
    """The fields of a result under the names used in metafor_reference."""
    got = {
        "tau2": r.tau2,
        "mu": r.mu,
        "se": r.se,
        "ci_lb": r.mu_lower,
        "ci_ub": r.mu_upper,
        "pi_lb": r.mu_pi_lower,
        "pi_ub": r.mu_pi_upper,
        "q": r.q,
        "q_p": r.q_p,
        "i2": r.i2,
        "tau2_lb": r.tau2_lower,
        "tau2_ub": r.tau2_upper,
    }
    got.update({f"w{i + 1}": w for i, w in enumerate(r.weights)})
    if r.method == "ft_reml":
        got.update(
            bt_pred=r.estimate,
            bt_ci_lb=r.lower,
            bt_ci_ub=r.upper,
            bt_pi_lb=r.pi_lower,
            bt_pi_ub=r.pi_upper,
        )
    return got


@pytest.mark.parametrize("method", list(REFERENCE_KEY))
@pytest.mark.parametrize("dataset", list(DATASETS))
def test_matches_metafor(dataset, method):
    events, n = DATASETS[dataset]
    ref = getattr(R, f"{dataset}_{REFERENCE_KEY[method]}")
    got = _as_reference(pool_proportions(events, n, method=method))
    for name, value in ref.items():
        assert got[name] == pytest.approx(value, abs=ABS), name


@pytest.mark.parametrize("method", ["reml", "reml_hk", "dl", "dl_hk", "pm", "pm_hk"])
def test_proportions_are_expit_of_logit_limits(method):
    events, n = DATASETS["A"]
    ref = getattr(R, f"A_{REFERENCE_KEY[method]}")
    r = pool_proportions(events, n, method=method)
    # predict(res, transf=transf.ilogit) applies plogis to each limit
    assert r.estimate == pytest.approx(expit(ref["mu"]), abs=ABS)
    assert r.lower == pytest.approx(expit(ref["ci_lb"]), abs=ABS)
    assert r.upper == pytest.approx(expit(ref["ci_ub"]), abs=ABS)
    assert r.pi_lower == pytest.approx(expit(ref["pi_lb"]), abs=ABS)
    assert r.pi_upper == pytest.approx(expit(ref["pi_ub"]), abs=ABS)


@pytest.mark.parametrize(
    ("method", "ref"), [("reml_hk", R.A_PLO_REML_adhoc_90), ("dl", R.A_PLO_DL_z_90)]
)
def test_confidence_level_reaches_every_interval(method, ref):
    # level=90 in the rma() call, confint() and predict() follow it
    events, n = DATASETS["A"]
    r = pool_proportions(events, n, method=method, confidence_level=0.90)
    got = _as_reference(r)
    for name, value in ref.items():
        assert got[name] == pytest.approx(value, abs=ABS), name
    assert r.summary_frame()["ci_level"].item() == 0.90


def test_hk_floor_is_metafor_adhoc_not_knha():
    # Data set H: the weighted residual variance s2w < 1, so the floor max(1, s2w) bites:
    # metafor test="knha" gives a narrower interval than test="adhoc" (= reml_hk).
    events, n = DATASETS["H"]
    r = pool_proportions(events, n, method="reml_hk")
    assert r.mu_lower == pytest.approx(R.H_PLO_REML_adhoc["ci_lb"], abs=ABS)
    assert R.H_PLO_REML_knha["ci_lb"] > R.H_PLO_REML_adhoc["ci_lb"] + 0.05
    # Data set A: s2w > 1, floor inactive, knha == adhoc.
    assert R.A_PLO_REML_knha["ci_lb"] == R.A_PLO_REML_adhoc["ci_lb"]
    assert r.test == "t"


def test_continuity_correction_only_for_zero_cells():
    # escalc(measure="PLO", xi=c(24,11,35,12,33), ni=c(24,11,35,15,35)): add=1/2, to="only0"
    events, n = DATASETS["B"]
    r = pool_proportions(events, n, method="reml")
    assert r.corrected == (True, True, True, False, False)
    assert r.yi[0] == pytest.approx(math.log(24.5 / 0.5))
    assert r.vi[0] == pytest.approx(1 / 24.5 + 1 / 0.5)
    assert r.yi[3] == pytest.approx(math.log(12 / 3))
    assert any("Cohort 1, Cohort 2, Cohort 3" in note for note in r.notes)
    assert pool_proportions(*DATASETS["A"], method="reml").corrected == (False,) * 5


def test_dl_is_truncated_at_zero():
    # Data set H: Q = 0.618 < df = 4, so the untruncated DL moment estimate is negative.
    events, n = DATASETS["H"]
    es = logit_effect_sizes(events, n)
    w = 1 / np.asarray(es.vi)
    raw = (R.H_PLO_DL_z["q"] - 4) / (w.sum() - (w**2).sum() / w.sum())
    assert raw < 0
    assert pool_proportions(events, n, method="dl").tau2 == 0.0


@pytest.mark.parametrize(("method", "method_re"), [("dl", "chi2"), ("pm", "iterated")])
def test_second_route_statsmodels(method, method_re):
    # statsmodels' combine_effects (DL: "chi2", Paule-Mandel: "iterated") on the same yi/vi;
    # data set A has tau^2 > 0, where statsmodels' missing truncation does not matter.
    events, n = DATASETS["A"]
    es = logit_effect_sizes(events, n)
    sm = combine_effects(np.asarray(es.yi), np.asarray(es.vi), method_re=method_re)
    r = pool_proportions(events, n, method=method)
    assert r.tau2 == pytest.approx(sm.tau2, rel=1e-6)
    assert r.mu == pytest.approx(sm.mean_effect_re, rel=1e-6)


@pytest.mark.parametrize("dataset", ["A", "B", "K2"])
def test_q_profile_limits_solve_their_equations(dataset):
    # Direct algebra: the Q-profile limits are where the generalised Q crosses the quantiles.
    events, n = DATASETS[dataset]
    es = logit_effect_sizes(events, n)
    lo, hi = q_profile(es.yi, es.vi, 0.95)
    df = len(events) - 1
    assert generalized_q(hi, es.yi, es.vi) == pytest.approx(stats.chi2.ppf(0.025, df), rel=1e-9)
    if lo > 0:
        assert generalized_q(lo, es.yi, es.vi) == pytest.approx(stats.chi2.ppf(0.975, df), rel=1e-9)


def test_q_profile_upper_limit_not_capped_at_100():
    # k = 2: the upper limit is far above metafor's default tau2.max = 100 (the reference was
    # run with tau2.max=1e6; metafor's default would report 100).
    ref = R.K2_PLO_REML_z
    r = pool_proportions(*DATASETS["K2"], method="reml")
    assert ref["tau2_ub"] > 100
    assert r.tau2_upper == pytest.approx(ref["tau2_ub"], rel=1e-9)


@pytest.mark.parametrize("method", ["reml", "reml_hk", "dl", "pm_hk", "ft_reml"])
def test_single_cohort(method):
    # rma(measure="PLO", xi=9, ni=11, method="REML"): tau^2 = 0; metafor switches HK to z.
    r = pool_proportions([9], [11], method=method)
    assert r.k == 1
    assert r.tau2 == 0.0
    assert all(math.isnan(v) for v in (r.q, r.q_p, r.i2, r.pi_lower, r.pi_upper, r.tau2_upper))
    assert r.test == "z"
    assert any("k = 1" in note for note in r.notes)
    if method != "ft_reml":
        assert r.mu_lower == pytest.approx(R.K1_PLO["ci_lb"], abs=ABS)
        assert r.mu_upper == pytest.approx(R.K1_PLO["ci_ub"], abs=ABS)
    assert 0 < r.lower < r.estimate < r.upper < 1


def test_ft_reml_is_flagged():
    r = pool_proportions(*DATASETS["A"], method="ft_reml")
    assert r.scale == "arcsine"
    assert any("Schwarzer" in note for note in r.notes)
