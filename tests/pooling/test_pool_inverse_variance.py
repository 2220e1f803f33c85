"""Inverse-variance pooling against R metafor 3.8-1 ``rma()`` (values in metafor_reference.py).

Every reference block in ``metafor_reference`` carries the exact R call; the keys used here
map as ``reml -> PLO_REML_z``, ``reml_hk -> PLO_REML_knha`` (metafor ``test="knha"``),
``reml_hk_adhoc -> PLO_REML_adhoc`` (``test="adhoc"``, the floored Knapp-Hartung), ... and
``ft_reml -> PFT_REML_z``. The prediction interval of the t methods is Riley's (``predict(res,
pi.type="riley")``, k >= 3 only); the z methods keep metafor's default.

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
    "reml_hk": "PLO_REML_knha",
    "reml_hk_adhoc": "PLO_REML_adhoc",
    "dl": "PLO_DL_z",
    "dl_hk": "PLO_DL_knha",
    "dl_hk_adhoc": "PLO_DL_adhoc",
    "pm": "PLO_PM_z",
    "pm_hk": "PLO_PM_knha",
    "pm_hk_adhoc": "PLO_PM_adhoc",
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
        "i2_lb": r.i2_lower,
        "i2_ub": r.i2_upper,
    }
    default = r.predict(pi_type="default")
    got.update(pi_lb=default.mu_pi_lower, pi_ub=default.mu_pi_upper)
    riley = r.predict(pi_type="riley")
    got.update(pi_riley_lb=riley.mu_pi_lower, pi_riley_ub=riley.mu_pi_upper)
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
    r = pool_proportions(events, n, method=method)
    got = _as_reference(r)
    for name, value in ref.items():
        assert got[name] == pytest.approx(value, abs=ABS), name
    # the result's own prediction interval: Riley for the t methods (k >= 3), else metafor's
    pi_key = "pi_riley_lb" if "_hk" in method else "pi_lb"
    if pi_key in ref:
        assert r.mu_pi_lower == pytest.approx(ref[pi_key], abs=ABS)
    elif "_hk" in method:  # k = 2: Riley has no degree of freedom, so no interval
        assert math.isnan(r.pi_lower) and "not estimable" in r.summary_frame()["estimable"].item()


@pytest.mark.parametrize("method", ["reml", "reml_hk", "dl", "dl_hk_adhoc", "pm", "pm_hk"])
def test_proportions_are_expit_of_logit_limits(method):
    events, n = DATASETS["A"]
    ref = getattr(R, f"A_{REFERENCE_KEY[method]}")
    r = pool_proportions(events, n, method=method)
    pi = "pi_riley" if "_hk" in method else "pi"
    # predict(res, transf=transf.ilogit) applies plogis to each limit
    assert r.estimate == pytest.approx(expit(ref["mu"]), abs=ABS)
    assert r.lower == pytest.approx(expit(ref["ci_lb"]), abs=ABS)
    assert r.upper == pytest.approx(expit(ref["ci_ub"]), abs=ABS)
    assert r.pi_lower == pytest.approx(expit(ref[f"{pi}_lb"]), abs=ABS)
    assert r.pi_upper == pytest.approx(expit(ref[f"{pi}_ub"]), abs=ABS)


@pytest.mark.parametrize(
    ("method", "ref"), [("reml_hk_adhoc", R.A_PLO_REML_adhoc_90), ("dl", R.A_PLO_DL_z_90)]
)
def test_confidence_level_reaches_every_interval(method, ref):
    # level=90 in the rma() call, confint() and predict() follow it
    events, n = DATASETS["A"]
    r = pool_proportions(events, n, method=method, confidence_level=0.90)
    got = _as_reference(r)
    for name, value in ref.items():
        assert got[name] == pytest.approx(value, abs=ABS), name
    assert r.summary_frame()["ci_level"].item() == 0.90


def test_hk_is_metafor_knha_and_hk_adhoc_the_floored_variant():
    # Data set H: the weighted residual variance s2w < 1, so the floor max(1, s2w) bites:
    # metafor test="knha" (= reml_hk) gives a narrower interval than test="adhoc"
    # (= reml_hk_adhoc).
    events, n = DATASETS["H"]
    hk = pool_proportions(events, n, method="reml_hk")
    adhoc = pool_proportions(events, n, method="reml_hk_adhoc")
    assert hk.mu_lower == pytest.approx(R.H_PLO_REML_knha["ci_lb"], abs=ABS)
    assert adhoc.mu_lower == pytest.approx(R.H_PLO_REML_adhoc["ci_lb"], abs=ABS)
    assert hk.mu_lower > adhoc.mu_lower + 0.05
    # Data set A: s2w > 1, floor inactive, knha == adhoc.
    assert R.A_PLO_REML_knha["ci_lb"] == R.A_PLO_REML_adhoc["ci_lb"]
    assert (hk.test, hk.df, adhoc.test) == ("t", 4.0, "t")


@pytest.mark.parametrize("level", [0.8, 0.9, 0.99])
def test_predict_at_any_level_is_the_t_and_z_algebra(level):
    # Second route, direct algebra on metafor's printed mu and se (data set A, knha):
    # CI = mu +/- t_{k-1} se, Riley PI = mu +/- t_{k-2} sqrt(se^2 + tau2).
    ref = R.A_PLO_REML_knha
    r = pool_proportions(*DATASETS["A"], method="reml_hk")
    p = r.predict(level)
    t4, t3 = stats.t.ppf(0.5 + level / 2, 4), stats.t.ppf(0.5 + level / 2, 3)
    assert p.mu_lower == pytest.approx(ref["mu"] - t4 * ref["se"], abs=ABS)
    half = t3 * math.sqrt(ref["se"] ** 2 + ref["tau2"])
    assert p.mu_pi_upper == pytest.approx(ref["mu"] + half, abs=ABS)
    assert (p.pi_type, p.pi_df) == ("riley", 3.0)


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


@pytest.mark.parametrize("method", ["reml", "reml_hk", "dl", "pm_hk", "pm_hk_adhoc", "ft_reml"])
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
