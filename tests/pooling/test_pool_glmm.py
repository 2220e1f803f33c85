"""Binomial-normal GLMM against lme4 1.1-31 ``glmer`` and metafor 3.8-1 ``rma.glmm``.

Three layers, from the tightest to the loosest (values in metafor_reference.py, each with its
R call):

1. The objective: our adaptive Gauss-Hermite log-likelihood at a fixed (mu, tau) equals
   lme4's ``devFunOnly`` deviance (-2 log-lik relative to the saturated model) to 1e-9
   relative (achieved <= 1e-10), for 7 and 20 nodes.
2. The optimum: against ``glmer`` run with a tight optimiser (bobyqa, rhoend=1e-12) mu and
   tau^2 agree to 5e-7 (achieved <= 1.4e-7); the SE to 5e-6 relative (achieved 1.1e-6; both
   sides differentiate numerically with step 1e-4).
3. The defaults: metafor ``rma.glmm`` and ``glmer`` with default controls stop their
   Nelder-Mead stage short of the optimum by up to ~3.5e-5 in tau^2 and ~1.2e-5 in mu (their
   -2 log-lik is within 1e-8 of ours, i.e. the surface is flat there). That is the same size
   as lme4's own change between nAGQ=7 and nAGQ=20 on data set A (2.4e-5 in mu), so the
   tolerance is 5e-5 absolute on the logit scale (mu, CI, PI, tau^2), 2e-5 relative on the SE
   and 1e-3 on I^2 in percent.
"""

import math

import metafor_reference as R
import numpy as np
import pytest
from pooling_datasets import DATASETS
from scipy import integrate, stats
from scipy.special import expit

from blinarepro.pooling import pool_glmm, pool_proportions
from blinarepro.pooling.glmm import glmm_loglik

LOGIT_DEFAULT = 5e-5  # metafor/lme4 default optimiser precision (module docstring, item 3)
SE_REL_DEFAULT = 2e-5
LOGIT_TIGHT = 5e-7  # lme4 with rhoend=1e-12 (item 2)
SE_REL_TIGHT = 5e-6


def _minus2ll_vs_saturated(mu, tau, events, n, n_nodes):
    x, m = np.asarray(events, float), np.asarray(n, float)
    p = x / m
    with np.errstate(divide="ignore", invalid="ignore"):
        sat = np.sum(stats.binom.logpmf(x, m, p))
    return -2 * (glmm_loglik(mu, tau, events, n, n_nodes) - sat)


@pytest.mark.parametrize("n_nodes", [7, 20])
@pytest.mark.parametrize("dataset", list(DATASETS))
def test_loglik_matches_lme4_devfun(dataset, n_nodes):
    ref = getattr(R, f"{dataset}_GLMM_lme4_devfun_nAGQ{n_nodes}")
    got = _minus2ll_vs_saturated(ref["mu"], ref["tau"], *DATASETS[dataset], n_nodes)
    assert got == pytest.approx(ref["deviance"], rel=1e-9)


def test_loglik_second_route_adaptive_quadrature():
    # scipy.integrate.quad of the exact integral, cohort by cohort: with enough nodes the
    # Gauss-Hermite value converges to it.
    events, n = DATASETS["B"]
    mu, tau = 3.5, 1.4
    exact = 0.0
    for x, m in zip(events, n, strict=True):
        val, _ = integrate.quad(
            lambda u, x=x, m=m: stats.binom.pmf(x, m, expit(mu + tau * u)) * stats.norm.pdf(u),
            -12,
            12,
            epsabs=0,
            epsrel=1e-13,
            limit=200,
        )
        exact += math.log(val)
    # 100% cohorts make the integrand one-sided: 20 nodes are off by 1e-6, 80 agree to 1e-13.
    assert glmm_loglik(mu, tau, events, n, n_nodes=80) == pytest.approx(exact, rel=1e-12)
    assert glmm_loglik(mu, 0.0, events, n) == pytest.approx(
        np.sum(stats.binom.logpmf(events, n, expit(mu))), rel=1e-12
    )


@pytest.mark.parametrize("n_nodes", [7, 20])
@pytest.mark.parametrize("dataset", list(DATASETS))
def test_matches_tightly_converged_lme4(dataset, n_nodes):
    ref = getattr(R, f"{dataset}_GLMM_lme4_tight_nAGQ{n_nodes}")
    r = pool_glmm(*DATASETS[dataset], n_nodes=n_nodes)
    assert r.mu == pytest.approx(ref["mu"], abs=LOGIT_TIGHT)
    assert r.tau2 == pytest.approx(ref["tau2"], abs=LOGIT_TIGHT)
    assert r.se == pytest.approx(ref["se"], rel=SE_REL_TIGHT)
    # at least as good an optimum as lme4's
    assert _minus2ll_vs_saturated(r.mu, math.sqrt(r.tau2), *DATASETS[dataset], n_nodes) <= (
        ref["minus2ll"] + 1e-9
    )


@pytest.mark.parametrize("dataset", list(DATASETS))
def test_matches_metafor_rma_glmm_default(dataset):
    ref = getattr(R, f"{dataset}_GLMM_metafor")
    r = pool_proportions(*DATASETS[dataset], method="glmm")
    assert r.n_nodes == 7  # metafor's nAGQ default
    for got, name in [
        (r.mu, "mu"),
        (r.tau2, "tau2"),
        (r.mu_lower, "ci_lb"),
        (r.mu_upper, "ci_ub"),
        (r.mu_pi_lower, "pi_lb"),
        (r.mu_pi_upper, "pi_ub"),
    ]:
        assert got == pytest.approx(ref[name], abs=LOGIT_DEFAULT), name
    assert r.se == pytest.approx(ref["se"], rel=SE_REL_DEFAULT)
    assert r.i2 == pytest.approx(ref["i2"], abs=1e-3)
    assert r.estimate == pytest.approx(expit(ref["mu"]), abs=LOGIT_DEFAULT)
    # QE.LRT: a binomial GLM against the saturated one, no optimiser involved.
    assert r.q == pytest.approx(ref["q_lrt"], abs=1e-9)
    assert r.q_p == pytest.approx(ref["q_lrt_p"], abs=1e-9)
    # QE.Wld: metafor's saturated glm() stops its IRLS at epsilon=1e-8, leaving the study
    # logits up to ~1e-5 from the ML (data set K2: 2.8e-5 on Q); hence 1e-4.
    assert r.q_wald == pytest.approx(ref["q_wald"], abs=1e-4)
    assert r.q_wald_p == pytest.approx(ref["q_wald_p"], abs=1e-4)


@pytest.mark.parametrize(("dataset", "n_nodes"), [("A", 20), ("B", 20), ("B", 25), ("K2", 20)])
def test_matches_lme4_default_with_more_nodes(dataset, n_nodes):
    ref = getattr(R, f"{dataset}_GLMM_lme4_nAGQ{n_nodes}")
    r = pool_glmm(*DATASETS[dataset], n_nodes=n_nodes)
    assert r.mu == pytest.approx(ref["mu"], abs=LOGIT_DEFAULT)
    assert r.tau2 == pytest.approx(ref["tau2"], abs=LOGIT_DEFAULT)
    assert r.se == pytest.approx(ref["se"], rel=SE_REL_DEFAULT)


def test_seven_nodes_are_not_enough_with_many_100_percent_cohorts():
    # Data set B (three 100% cohorts): lme4 itself moves by 5e-3 in mu between nAGQ=7 and 25.
    # The default follows metafor (7); n_nodes=25 gives the converged integral.
    assert R.B_GLMM_lme4_nAGQ7["mu"] - R.B_GLMM_lme4_nAGQ25["mu"] > 5e-3
    r7 = pool_glmm(*DATASETS["B"])
    r25 = pool_glmm(*DATASETS["B"], n_nodes=25)
    assert r7.mu - r25.mu == pytest.approx(
        R.B_GLMM_lme4_tight_nAGQ7["mu"] - R.B_GLMM_lme4_nAGQ25["mu"], abs=1e-4
    )


@pytest.mark.parametrize("dataset", ["C", "H"])
def test_tau2_zero_boundary_gives_binomial_fixed_effect(dataset):
    # lme4 reports a singular fit (tau = 0); the SE is then that of glm(cbind(x, n-x) ~ 1),
    # 1/sqrt(N p (1-p)) with p the pooled proportion (direct algebra).
    events, n = DATASETS[dataset]
    r = pool_glmm(events, n)
    p = sum(events) / sum(n)
    assert r.tau2 == 0.0
    assert r.i2 == 0.0
    assert r.estimate == pytest.approx(p, rel=1e-9)
    assert r.se == pytest.approx(1 / math.sqrt(sum(n) * p * (1 - p)), rel=1e-6)
    assert (r.mu_pi_lower, r.mu_pi_upper) == pytest.approx((r.mu_lower, r.mu_upper))


def test_zero_and_full_cohorts_need_no_correction():
    # The GLMM is fitted on the counts; the 0.5 correction only enters the yi/vi used for I^2.
    r = pool_glmm(*DATASETS["B"])
    assert r.corrected == (True, True, True, False, False)
    assert all(math.isnan(w) for w in r.weights)
    assert 0.9 < r.estimate < 1
    assert any("q_wald" in note for note in r.notes)


@pytest.mark.parametrize("events", [[0, 0, 0], [5, 8, 3]])
def test_all_cohorts_on_the_boundary(events):
    n = [5, 8, 3]
    r = pool_glmm(events, n)
    assert r.estimate == (0.0 if sum(events) == 0 else 1.0)
    assert math.isnan(r.lower) and math.isnan(r.upper) and math.isnan(r.tau2)
    assert r.q == 0.0
    assert any("boundary" in note for note in r.notes)


def test_single_cohort():
    # tau^2 fixed at 0: the binomial Wald interval of the cohort, as rma(measure="PLO",
    # xi=9, ni=11) (no correction needed for 9/11).
    r = pool_glmm([9], [11])
    assert r.tau2 == 0.0
    assert r.mu == pytest.approx(R.K1_PLO["mu"], abs=1e-9)
    assert r.mu_lower == pytest.approx(R.K1_PLO["ci_lb"], abs=1e-9)
    assert r.mu_upper == pytest.approx(R.K1_PLO["ci_ub"], abs=1e-9)
    assert math.isnan(r.q) and math.isnan(r.pi_lower)
    assert any("k = 1" in note for note in r.notes)


def test_bad_n_nodes():
    with pytest.raises(ValueError, match="n_nodes must be >= 1"):
        pool_glmm([1, 2], [3, 4], n_nodes=0)
    with pytest.raises(TypeError, match="n_nodes must be a whole number"):
        pool_glmm([1, 2], [3, 4], n_nodes=7.5)


@pytest.mark.parametrize("dataset", ["A", "B", "C", "K2"])
def test_glmm_t_matches_metafor_test_t_with_nodes_raised(dataset):
    # R: rma.glmm(measure="PLO", xi, ni, test="t", nAGQ=20, control=list(glmerCtrl=
    # list(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12)))
    # (metafor_reference.py, <dataset>_GLMM_t_nAGQ20). Tolerance: lme4's tightly converged
    # optimum agrees with ours to about 1e-7 (test_matches_tightly_converged_lme4); the SE,
    # which lme4 takes from its own finite differences, to 5e-7 relative (data set B), which
    # a t quantile of up to 4.3 (k = 3) times an SE of up to 1.2 turns into 3e-6 on a limit.
    ref = getattr(R, f"{dataset}_GLMM_t_nAGQ20")
    r = pool_glmm(*DATASETS[dataset], n_nodes=20, test="t")
    assert (r.method, r.test, r.df) == ("glmm_t", "t", len(DATASETS[dataset][0]) - 1.0)
    default = r.predict(pi_type="default")
    got = {
        "tau2": r.tau2, "mu": r.mu, "se": r.se, "ci_lb": r.mu_lower, "ci_ub": r.mu_upper,
        "pi_lb": default.mu_pi_lower, "pi_ub": default.mu_pi_upper,
        "pi_riley_lb": r.mu_pi_lower, "pi_riley_ub": r.mu_pi_upper,
    }  # fmt: skip
    for name, value in ref.items():
        limit = name not in ("tau2", "mu", "se")
        assert got[name] == pytest.approx(value, rel=2e-6, abs=5e-6 if limit else 2e-7), name
    if "pi_riley_lb" not in ref:  # k = 2: Riley not estimable (metafor would use 1 df)
        assert math.isnan(r.mu_pi_lower) and r.predict().pi_note.startswith("not estimable")


def test_a_fit_is_a_pure_function_of_its_inputs():
    # No cache: two fits of the same cohorts are computed afresh and agree bit for bit.
    events, n = DATASETS["B"]
    first, again = pool_glmm(events, n), pool_glmm(list(events), list(n))
    assert (first.mu, first.se, first.tau2) == (again.mu, again.se, again.tau2)
