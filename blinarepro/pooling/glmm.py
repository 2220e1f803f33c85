"""Binomial-normal random-effects model (GLMM) for single-arm proportions, fitted by ML.

Model: ``events_i ~ Binomial(n_i, expit(mu + tau * u_i))`` with ``u_i ~ N(0, 1)``. The marginal
likelihood of each cohort is integrated by adaptive Gauss-Hermite quadrature centred at the
conditional mode of ``u_i`` and scaled by the curvature there (as lme4's ``glmer(nAGQ > 1)``),
and maximised over ``(mu, tau)`` with ``tau >= 0``. No continuity correction is needed: 0% and
100% cohorts enter through their binomial likelihood.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from numpy.polynomial.hermite_e import hermegauss
from scipy import optimize, stats
from scipy.special import expit, gammaln, log_expit, xlogy

from blinarepro._validate import check_choice, check_count
from blinarepro.pooling.effect_sizes import logit_effect_sizes
from blinarepro.pooling.heterogeneity import cochran_q, i_squared
from blinarepro.pooling.result import (
    PI_TYPES,
    PooledProportion,
    check_cohorts,
    check_common,
    default_pi_type,
)

__all__ = ["fit_glmm_moderators", "glmm_loglik", "pool_glmm"]

_HESS_STEP = 1e-4
#: Upper bound for tau in the optimisation (logit SD; tau^2 = 100). Beyond it the ML
#: estimate only reflects separation between 0% and 100% cohorts.
TAU_MAX = 10.0


def _log_binom(x, n, eta):
    """Binomial log-probability of ``x`` out of ``n`` at logit ``eta`` (with the constant)."""
    const = gammaln(n + 1) - gammaln(x + 1) - gammaln(n - x + 1)
    return const + x * log_expit(eta) + (n - x) * log_expit(-eta)


def _modes(mu, tau, x, n):
    """Conditional modes of u and the curvature there (safeguarded Newton, vectorised).

    The mode solves ``g(u) = tau * (x - n * expit(mu + tau * u)) - u = 0``, a strictly
    decreasing function whose root lies in ``[tau * (x - n), tau * x]``. Newton steps are
    replaced by bisection when they leave the bracket or do not halve the previous step
    (``rtsafe`` of Numerical Recipes), which stops the oscillation seen at large tau.
    All arguments broadcast together (parameter points x cohorts).
    """
    lo, hi = tau * (x - n), tau * x
    u = np.zeros(np.broadcast_shapes(np.shape(mu), np.shape(tau), np.shape(x)))
    dx_old = hi - lo
    for _ in range(200):
        p = expit(mu + tau * u)
        g = tau * (x - n * p) - u
        slope = 1.0 + tau**2 * n * p * (1 - p)  # -g'(u)
        lo = np.where(g > 0, u, lo)
        hi = np.where(g < 0, u, hi)
        step = g / slope
        done = np.abs(step) <= 1e-13 * (1.0 + np.abs(u))
        if np.all(done):
            u = u + step
            break
        newton = u + step
        bisect = ~done & ((newton < lo) | (newton > hi) | (np.abs(2 * g) > dx_old * slope))
        new = np.where(bisect, 0.5 * (lo + hi), newton)
        dx_old = np.abs(new - u)
        u = new
    p = expit(mu + tau * u)
    return u, 1.0 + tau**2 * n * p * (1 - p)


@lru_cache(maxsize=16)
def _rule(n_nodes: int):
    """Gauss-Hermite nodes and weights for the standard normal density."""
    nodes, weights = hermegauss(n_nodes)
    return nodes, weights / np.sqrt(2 * np.pi)


def _loglik_points(mu, tau, x, n, n_nodes: int):
    """Log-likelihood at several parameter points at once: ``tau`` of shape (P,), ``mu`` of
    shape (P,) (one mean) or (P, k) (a mean per cohort, for a model with moderators)."""
    mu = np.asarray(mu, dtype=float)
    mu = mu[:, None] if mu.ndim == 1 else mu
    tau = np.abs(np.asarray(tau, dtype=float))[:, None]
    nodes, weights = _rule(n_nodes)
    u_hat, curv = _modes(mu, tau, x[None, :], n[None, :])  # (P, k)
    sd = 1.0 / np.sqrt(curv)
    u = u_hat[..., None] + sd[..., None] * nodes  # (P, k, nodes)
    log_f = _log_binom(x[:, None], n[:, None], mu[..., None] + tau[..., None] * u)
    log_f += 0.5 * (nodes**2 - u**2)
    top = log_f.max(axis=-1)
    log_int = top + np.log(np.sum(weights * np.exp(log_f - top[..., None]), axis=-1))
    return np.sum(np.log(sd) + log_int, axis=1)


def glmm_loglik(mu: float, tau: float, events, n, n_nodes: int = 7) -> float:
    """Marginal log-likelihood of the binomial-normal model by adaptive Gauss-Hermite.

    Parameters
    ----------
    mu : float
        Mean logit.
    tau : float
        Between-cohort SD of the logits (the likelihood is even in ``tau``).
    events, n : array_like
        Cohort counts.
    n_nodes : int
        Quadrature nodes per cohort; 1 is the Laplace approximation.

    Returns
    -------
    float
        The log-likelihood including the binomial coefficients.

    Notes
    -----
    ``-2 * (glmm_loglik - saturated log-likelihood)`` equals lme4 1.1-31's objective
    (``glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=n_nodes,
    devFunOnly=TRUE)`` evaluated at ``c(tau, mu)``) to 1e-10 relative; a direct
    ``scipy.integrate.quad`` of the integral agrees to 1e-13 with 80 nodes
    (``tests/pooling/test_pool_glmm.py``).
    """
    x = np.asarray(events, dtype=float)
    n = np.asarray(n, dtype=float)
    return float(_loglik_points([mu], [tau], x, n, n_nodes)[0])


def _loglik_at(x, n, p) -> float:
    """Binomial log-likelihood at proportions ``p`` (0 log 0 = 0, so p may be 0 or 1)."""
    const = gammaln(n + 1) - gammaln(x + 1) - gammaln(n - x + 1)
    return float(np.sum(const + xlogy(x, p) + xlogy(n - x, 1 - p)))


# Offsets (in steps) of the points for a central-difference gradient and Hessian in 2-D.
_GRAD = np.array([[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]], dtype=float)
_HESS = np.vstack([_GRAD, [[1, 1], [1, -1], [-1, 1], [-1, -1]]])


def _fit(x, n, n_nodes: int, start: tuple[float, float], tau_max: float, hess_step=_HESS_STEP):
    """Maximise the marginal likelihood over (mu, 0 <= tau <= tau_max).

    Returns mu, tau, var(mu) (NaN if the information is not positive definite) and whether
    tau stopped at tau_max. ``hess_step`` is the step of the numerical Hessian.
    """

    def nll_at(points):
        return -_loglik_points(points[:, 0], points[:, 1], x, n, n_nodes)

    def nll(theta):
        return float(nll_at(np.asarray(theta, dtype=float)[None, :])[0])

    def nll_grad(theta, h=1e-6):
        f = nll_at(np.asarray(theta) + h * _GRAD)
        return f[0], np.array([f[1] - f[2], f[3] - f[4]]) / (2 * h)

    def hessian(theta, h=hess_step):
        f = nll_at(np.asarray(theta) + h * _HESS)
        return (
            np.array(
                [
                    [f[1] - 2 * f[0] + f[2], (f[5] - f[6] - f[7] + f[8]) / 4],
                    [(f[5] - f[6] - f[7] + f[8]) / 4, f[3] - 2 * f[0] + f[4]],
                ]
            )
            / h**2
        )

    best = None
    for tau0 in (start[1], 0.5 * start[1] + 0.1, 1.0):
        res = optimize.minimize(
            nll_grad,
            x0=[start[0], min(max(tau0, 1e-3), tau_max)],
            jac=True,
            method="L-BFGS-B",
            bounds=[(None, None), (0.0, tau_max)],
            options={"ftol": 1e-15, "gtol": 1e-9, "maxiter": 1000},
        )
        if best is None or res.fun < best.fun - 1e-12:
            best = res
    mu, tau = float(best.x[0]), float(best.x[1])
    at_max = tau >= tau_max * (1 - 1e-9)
    # Polish an interior optimum with Newton steps on the numerical Hessian.
    for _ in range(3):
        if tau <= 1e-6 or at_max:
            break
        grad = nll_grad([mu, tau])[1]
        trial = np.array([mu, tau]) - np.linalg.lstsq(hessian([mu, tau]), grad, rcond=None)[0]
        if not np.all(np.isfinite(trial)) or not 0 < trial[1] < tau_max:
            break
        if nll(trial) > nll([mu, tau]):
            break
        mu, tau = float(trial[0]), float(trial[1])
    if tau <= 1e-6:
        tau = 0.0
    h = hessian([mu, tau])
    if tau == 0.0 or at_max:
        # tau on a bound: the variance of mu given tau (at tau = 0 the cross term is 0)
        var_mu = 1.0 / h[0, 0] if h[0, 0] > 0 else np.nan
    elif h[0, 0] > 0 and np.linalg.det(h) > 0:
        var_mu = float(np.linalg.inv(h)[0, 0])
    else:
        var_mu = np.nan
    return mu, tau, var_mu, at_max


def pool_glmm(
    events,
    n,
    confidence_level: float = 0.95,
    labels=None,
    outcome: str = "",
    subgroup: str = "",
    n_nodes: int = 7,
    test: str = "z",
    pi_type: str | None = None,
) -> PooledProportion:
    """Binomial-normal random-effects pooling of proportions on the logit scale (ML).

    Parameters
    ----------
    events, n : sequence of int
        Events and cohort sizes, one entry per cohort; 0% and 100% cohorts need no correction.
    confidence_level : float
        Level of the Wald confidence interval and of the prediction interval.
    labels : sequence of str, optional
        Cohort labels.
    outcome, subgroup : str
        Labels carried into :meth:`PooledProportion.summary_frame`.
    n_nodes : int
        Adaptive Gauss-Hermite nodes per cohort. The default 7 is metafor's ``nAGQ`` default, so
        the numbers coincide with ``rma.glmm(measure="PLO")`` and R meta's
        ``metaprop(method="GLMM")``; raise it (e.g. 25) for a more exact integral when many
        cohorts are at 0% or 100%.
    test : {"z", "t"}
        ``"z"``: Wald interval with normal quantiles (method ``glmm``); ``"t"``: t with
        ``k - 1`` df, as metafor ``rma.glmm(..., test="t")`` (method ``glmm_t``, the small-k
        primary analysis).
    pi_type : {"default", "riley"}, optional
        Prediction interval of the result (default ``riley`` for ``test="t"``, metafor's
        ``default`` for ``"z"``).

    Returns
    -------
    PooledProportion
        ``method="glmm"`` or ``"glmm_t"``; ``q``/``q_p`` is the likelihood-ratio heterogeneity test
        (metafor ``QE.LRT``) and ``q_wald``/``q_wald_p`` the Wald-type one (``QE.Wld``);
        ``weights`` are NaN and the tau^2 CI is not computed (NaN).

    Notes
    -----
    Validated against metafor 3.8-1 ``rma.glmm(measure="PLO", xi, ni)``, which calls lme4
    1.1-31 ``glmer(cbind(xi, mi) ~ 1 + (1 | study), family=binomial, nAGQ=7)``, and against
    ``glmer`` with ``nAGQ`` 20 and 25 (``tests/pooling/test_pool_glmm.py``): the objective
    agrees with lme4's to 1e-10; the optimum with a tightly converged ``glmer`` to 1.4e-7
    (mu, tau^2) and 1.1e-6 relative (SE); with metafor's defaults to 3.5e-5, the precision at
    which lme4's default Nelder-Mead stage stops.

    The standard error of ``mu`` comes from the observed information (central-difference
    Hessian of the log-likelihood in ``(mu, tau)``), as lme4's ``vcov()``; the interval is
    Wald ``mu +/- z * se`` and the prediction interval ``mu +/- z * sqrt(se^2 + tau^2)``
    (metafor ``predict()``), back-transformed with expit. At ``tau = 0`` the variance is that
    of the binomial fixed-effect model. I^2 uses metafor's definition with the typical
    within-cohort variance of the continuity-corrected logits.

    Seven nodes are inaccurate when several cohorts are at 100% (or 0%): on data set B of the
    tests (three 100% cohorts) mu moves by 5e-3 and the lower CI limit by 0.2 percentage
    points between 7 and 25 nodes, in lme4 as here.

    ``q_wald`` is metafor's ``QE.Wld``: the Wald test that all cohort logits are equal in
    the saturated binomial GLM. In the ML limit 0% and 100% cohorts have infinite logits
    with infinite variance and drop out; metafor's ``glm()`` stops at large finite values,
    with the same result to about 1e-4.

    tau is bounded by ``TAU_MAX`` = 10 (tau^2 = 100): with 0% and 100% cohorts together the
    likelihood can keep increasing with tau (metafor then reports tau^2 in the thousands); the
    fit stops at the bound with a note. If every cohort is 0% (or every cohort 100%), the ML
    estimate is on the boundary: the estimate is reported as 0 (or 1) and the intervals and
    tau^2 as NaN. With one cohort, tau^2 is fixed at 0 (metafor refuses ``k = 1``).
    """
    confidence_level = check_common("glmm", confidence_level)
    test = check_choice("test", test, ("z", "t"))
    method = "glmm" if test == "z" else "glmm_t"
    pi_type = check_choice("pi_type", pi_type or default_pi_type(method), PI_TYPES)
    n_nodes = check_count("n_nodes", n_nodes, minimum=1)
    events, n, labels = check_cohorts(events, n, labels)
    x = np.asarray(events, dtype=float)
    nn = np.asarray(n, dtype=float)
    k = len(x)
    es = logit_effect_sizes(events, n)
    vi = np.asarray(es.vi)
    notes: list[str] = []
    nan = float("nan")

    # Heterogeneity tests of the binomial fixed-effect model against the saturated one.
    p_pool = x.sum() / nn.sum()
    if k > 1:
        q_lrt = max(0.0, 2 * (_loglik_at(x, nn, x / nn) - _loglik_at(x, nn, p_pool)))
        q_lrt_p = float(stats.chi2.sf(q_lrt, k - 1))
        inner = (x > 0) & (x < nn)
        if inner.sum() >= 2:
            q_wald = cochran_q(
                np.log(x[inner] / (nn - x)[inner]), 1 / x[inner] + 1 / (nn - x)[inner]
            )[0]
        else:
            q_wald = 0.0
        q_wald_p = float(stats.chi2.sf(q_wald, k - 1))
        if not inner.all():
            notes.append("Wald-type Q (q_wald) omits 0%/100% cohorts (their ML logit is infinite).")
    else:
        q_lrt = q_lrt_p = q_wald = q_wald_p = nan
        notes.append("k = 1: no heterogeneity can be estimated (tau^2 fixed at 0).")

    if p_pool in (0.0, 1.0):
        side = "0%" if p_pool == 0.0 else "100%"
        notes.append(
            f"Every cohort is {side}: the ML estimate is on the boundary; no Wald interval."
        )
        mu, se, tau2 = (-np.inf if p_pool == 0.0 else np.inf), nan, nan
        i2 = nan
    else:
        if k == 1:
            mu, tau = float(np.log(x[0] / (nn[0] - x[0]))), 0.0
            var_mu = 1.0 / (nn[0] * p_pool * (1 - p_pool))
        else:
            w = 1 / vi
            start_mu = float(np.sum(w * np.asarray(es.yi)) / np.sum(w))
            start_tau = float(np.sqrt(max(np.var(es.yi) - np.mean(vi), 0.01)))
            mu, tau, var_mu, at_max = _fit(x, nn, n_nodes, (start_mu, start_tau), TAU_MAX)
            if at_max:
                notes.append(
                    f"tau reached its bound {TAU_MAX:g} (tau^2 = {TAU_MAX**2:g}): extreme "
                    "heterogeneity, typically 0% and 100% cohorts together; the ML estimate "
                    "may not exist and is not meaningful; the SE is conditional on tau."
                )
            if not np.isfinite(var_mu):
                notes.append("Observed information not positive definite: no SE or interval.")
        tau2 = tau**2
        se = float(np.sqrt(var_mu))
        i2 = i_squared(tau2, vi) if k > 1 else nan
    if test == "t" and k == 1:
        notes.append("k = 1: a t interval needs k >= 2; normal (z) interval used.")
    t_based = test == "t" and k > 1

    return PooledProportion(
        method=method,
        outcome=outcome,
        subgroup=subgroup,
        ci_level=confidence_level,
        labels=labels,
        events=events,
        n=n,
        scale="logit",
        yi=es.yi,
        vi=es.vi,
        corrected=es.corrected,
        weights=(nan,) * k,
        mu=float(mu),
        se=float(se),
        test="t" if t_based else "z",
        df=float(k - 1) if t_based else float("inf"),
        pi_type=pi_type,
        tau2=float(tau2),
        tau2_lower=nan,
        tau2_upper=nan,
        i2=float(i2),
        i2_lower=nan,
        i2_upper=nan,
        q=float(q_lrt),
        q_df=k - 1,
        q_p=float(q_lrt_p),
        q_wald=float(q_wald),
        q_wald_p=float(q_wald_p),
        n_nodes=n_nodes,
        notes=tuple(notes),
    )


def fit_glmm_moderators(events, n, groups, n_nodes: int = 7, test: str = "z"):
    """Binomial-normal model with ``factor(groups)`` and one tau^2: the moderator test.

    As metafor's ``rma.glmm(measure="PLO", xi, ni, mods = ~ factor(g), nAGQ=n_nodes,
    test=...)``: logit ``p_i = X_i beta + tau u_i`` (intercept and a dummy per subgroup after
    the first), fitted by ML with the adaptive Gauss-Hermite likelihood of :func:`pool_glmm`.
    ``QM`` is the Wald test of the dummies with the inverse observed information (chi-square,
    ``groups - 1`` df), or ``QM / m`` against F(m, k - p) for ``test="t"``.

    Returns
    -------
    blinarepro.pooling.meta_regression.ModeratorFit

    Notes
    -----
    Agrees with metafor 3.8-1 / lme4 1.1-31 to the precision of lme4's optimiser
    (``tests/pooling/test_subgroups_common_tau2.py``). A subgroup whose cohorts are all 0% or
    all 100% has no finite coefficient; ``QM`` is then NaN.
    """
    from blinarepro.pooling.meta_regression import ModeratorFit, _design

    events, n, _ = check_cohorts(events, n)
    test = check_choice("test", test, ("z", "t"))
    x_design = _design([str(g) for g in groups])
    k, p = x_design.shape
    x = np.asarray(events, dtype=float)
    nn = np.asarray(n, dtype=float)
    nan = float("nan")
    m = p - 1
    for j in range(p):
        members = x_design[:, j] == 1 if j else np.all(x_design[:, 1:] == 0, axis=1)
        share = x[members].sum() / nn[members].sum()
        if share in (0.0, 1.0):
            return ModeratorFit(nan, (nan,) * p, nan, m, nan if test == "t" else float("inf"), nan)
    es = logit_effect_sizes(events, n)

    def nll_at(points):  # points (P, p + 1): beta then tau
        return -_loglik_points(points[:, :p] @ x_design.T, points[:, p], x, nn, n_nodes)

    def nll_grad(theta, h=1e-6):
        steps = np.vstack([np.zeros(p + 1), h * np.eye(p + 1), -h * np.eye(p + 1)])
        f = nll_at(np.asarray(theta) + steps)
        return f[0], (f[1 : p + 2] - f[p + 2 :]) / (2 * h)

    w = 1 / np.asarray(es.vi)
    beta0 = np.linalg.solve(x_design.T @ (w[:, None] * x_design), x_design.T @ (w * es.yi))
    best = None
    for tau0 in (0.1, 0.5, 1.0):
        res = optimize.minimize(
            nll_grad, x0=[*beta0, tau0], jac=True, method="L-BFGS-B",
            bounds=[(None, None)] * p + [(0.0, TAU_MAX)],
            options={"ftol": 1e-15, "gtol": 1e-9, "maxiter": 2000},
        )  # fmt: skip
        if best is None or res.fun < best.fun - 1e-12:
            best = res
    theta = np.asarray(best.x, dtype=float)
    if theta[p] <= 1e-6:
        theta[p] = 0.0
    h = _HESS_STEP
    dim = p + 1 if theta[p] > 0 else p  # tau on its bound: information of beta given tau
    hess = np.empty((dim, dim))
    f0 = nll_at(theta[None, :])[0]
    for a in range(dim):
        for b in range(a, dim):
            ea, eb = np.eye(p + 1)[a] * h, np.eye(p + 1)[b] * h
            pts = np.array([theta + ea + eb, theta + ea - eb, theta - ea + eb, theta - ea - eb])
            if a == b:
                pts = np.array([theta + ea, theta - ea])
                fa = nll_at(pts)
                hess[a, a] = (fa[0] - 2 * f0 + fa[1]) / h**2
            else:
                fb = nll_at(pts)
                hess[a, b] = hess[b, a] = (fb[0] - fb[1] - fb[2] + fb[3]) / (4 * h * h)
    vb = np.linalg.inv(hess)[:p, :p]
    b = theta[1:p]
    qm = float(b @ np.linalg.solve(vb[1:, 1:], b))
    if test == "z":
        return ModeratorFit(float(theta[p] ** 2), tuple(theta[:p].tolist()), qm, m, float("inf"),
                            float(stats.chi2.sf(qm, m)))  # fmt: skip
    df2 = float(k - p)
    return ModeratorFit(float(theta[p] ** 2), tuple(theta[:p].tolist()), qm / m, m, df2,
                        float(stats.f.sf(qm / m, m, df2)))  # fmt: skip
