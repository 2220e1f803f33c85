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


def test_repeated_pooling_reuses_the_fit_and_a_cached_fit_equals_a_fresh_one(monkeypatch):
    # A second pooling of the same cohorts (other labels and level, as a sensitivity table
    # asks) does not fit again; what matters is that the fit it reuses is the one the
    # optimiser gives for these inputs when asked afresh, bit for bit.
    from blinarepro.pooling import glmm

    fits = []
    optimiser = glmm._fit

    def recorded(*args):
        fits.append((args, optimiser(*args)))
        return fits[-1][1]

    monkeypatch.setattr(glmm, "_fit", recorded)
    glmm._fit_cached.cache_clear()
    events, n = DATASETS["A"]
    first = pool_glmm(events, n)
    again = pool_glmm(list(events), list(n), confidence_level=0.9, labels=list("abcde"[: len(n)]))
    assert len(fits) == 1, "the second pooling reused the first fit"
    args, cached = fits[0]
    fresh = optimiser(*args)  # the same inputs, the cache bypassed
    assert fresh == cached
    assert (again.mu, again.tau2, again.se) == (fresh[0], fresh[1] ** 2, math.sqrt(fresh[2]))
    assert again.se == first.se
    assert again.ci_level == 0.9 and again.lower != first.lower  # the level still applies
    # other nodes, counts or cohort sizes are other fits
    pool_glmm(events, n, n_nodes=9)
    pool_glmm([*events[:-1], events[-1] + 1], n)
    pool_glmm(events, [*n[:-1], n[-1] + 1])
    assert len(fits) == 4


def test_the_cache_key_holds_the_modules_settings(monkeypatch):
    # a fit depends on TAU_MAX and the Hessian step too: changing them is a new fit, not a
    # stale one (data set B has 100% cohorts, where the bound on tau matters)
    from blinarepro.pooling import glmm

    events, n = DATASETS["B"]
    before = pool_glmm(events, n)
    monkeypatch.setattr(glmm, "TAU_MAX", 0.5)
    bounded = pool_glmm(events, n)
    assert bounded.tau2 <= 0.25 + 1e-12 < before.tau2
