"""Inverse-variance random-effects pooling of logit (or double-arcsine) proportions."""

from __future__ import annotations

import numpy as np

from blinarepro.pooling._random_effects import fit_random_effects
from blinarepro.pooling.effect_sizes import expit, ipft_hm, logit_effect_sizes, pft_effect_sizes
from blinarepro.pooling.heterogeneity import (
    tau2_dl,
    tau2_pm,
    tau2_reml,
)
from blinarepro.pooling.result import PooledProportion, check_cohorts, check_common

__all__ = ["IV_METHODS", "pool_inverse_variance"]

#: method -> (tau^2 estimator, Hartung-Knapp?, scale)
IV_METHODS = {
    "reml": ("REML", False, "logit"),
    "reml_hk": ("REML", True, "logit"),
    "dl": ("DL", False, "logit"),
    "dl_hk": ("DL", True, "logit"),
    "pm": ("PM", False, "logit"),
    "pm_hk": ("PM", True, "logit"),
    "ft_reml": ("REML", False, "arcsine"),
}
_TAU2 = {"REML": tau2_reml, "DL": tau2_dl, "PM": tau2_pm}


def pool_inverse_variance(
    events,
    n,
    method: str = "reml",
    confidence_level: float = 0.95,
    labels=None,
    outcome: str = "",
    subgroup: str = "",
) -> PooledProportion:
    """Random-effects inverse-variance pooling of single-arm proportions.

    Parameters
    ----------
    events, n : sequence of int
        Events and cohort sizes, one entry per cohort (0 <= events <= n).
    method : {"reml", "reml_hk", "dl", "dl_hk", "pm", "pm_hk", "ft_reml"}
        tau^2 estimator (REML, DerSimonian-Laird truncated at 0, Paule-Mandel), ``_hk`` for the
        Hartung-Knapp-Sidik-Jonkman interval with the ad hoc floor (scale factor
        ``max(1, s2w)``, ``s2w`` the weighted residual variance);
        ``ft_reml`` pools Freeman-Tukey double arcsines by REML (sensitivity analysis only).
    confidence_level : float
        Level of the confidence, prediction and tau^2 intervals.
    labels : sequence of str, optional
        Cohort labels (default ``"Cohort 1"``, ...).
    outcome, subgroup : str
        Labels carried into :meth:`PooledProportion.summary_frame`.

    Returns
    -------
    PooledProportion

    Notes
    -----
    Logit methods reproduce metafor 3.8-1
    ``rma(yi, vi, data=escalc(measure="PLO", xi, ni), method=..., test="z" | "adhoc")`` with
    ``predict()`` for the prediction interval (normal quantile with ``sqrt(se^2 + tau2)``;
    ``t(k - 1)`` for HK) and ``confint()`` for the Q-profile tau^2 interval. Every value
    agrees with the pasted R output to its print precision, 5e-11, on data with 0% and 100%
    cohorts, k = 2 and tau^2 = 0 (``tests/pooling/test_pool_inverse_variance.py``).
    ``test="adhoc"`` is the floored HK of R meta's ``adhoc.hakn.ci="se"``; metafor's plain
    ``test="knha"`` has no floor and is narrower whenever the weighted residual variance is
    below 1.

    The logit with 0.5 added to 0%/100% cohorts is biased toward 50% for those cohorts; the
    binomial-normal ``glmm`` avoids any correction and is the primary method. ``ft_reml``
    reproduces ``rma(..., measure="PFT")`` with ``predict(transf=transf.ipft.hm)``; Schwarzer
    et al. (2019, Res Synth Methods 10:476) warn that this back-transformation can be
    seriously misleading, so it is reported only beside the other methods.

    With one cohort, tau^2 is 0, Q, I^2 and the prediction interval are undefined (NaN), and
    the HK variants fall back to the z interval, as metafor does.
    """
    confidence_level = check_common(method, confidence_level)
    if method not in IV_METHODS:
        raise ValueError(f"method {method!r} is not an inverse-variance method; use pool_glmm")
    events, n, labels = check_cohorts(events, n, labels)
    estimator, hk, scale = IV_METHODS[method]
    es = logit_effect_sizes(events, n) if scale == "logit" else pft_effect_sizes(events, n)
    yi, vi = np.asarray(es.yi), np.asarray(es.vi)
    k = len(yi)
    notes: list[str] = []
    if method == "ft_reml":
        notes.append(
            "Freeman-Tukey double arcsine back-transformed with the harmonic mean of n: "
            "sensitivity analysis only (Schwarzer et al. 2019)."
        )
    if any(es.corrected):
        which = ", ".join(lab for lab, c in zip(labels, es.corrected, strict=True) if c)
        notes.append(f"0.5 added to events and non-events of: {which}.")

    fit = fit_random_effects(yi, vi, _TAU2[estimator], hk, confidence_level)
    notes.extend(fit.notes)

    def back(t):
        return float(expit(t)) if scale == "logit" else float(ipft_hm(t, n))

    return PooledProportion(
        method=method,
        outcome=outcome,
        subgroup=subgroup,
        ci_level=confidence_level,
        labels=labels,
        events=events,
        n=n,
        scale=scale,
        yi=es.yi,
        vi=es.vi,
        corrected=es.corrected,
        weights=tuple((100 * fit.weights / np.sum(fit.weights)).tolist()),
        mu=fit.mu,
        se=fit.se,
        mu_lower=fit.mu_lower,
        mu_upper=fit.mu_upper,
        mu_pi_lower=fit.pi_lower,
        mu_pi_upper=fit.pi_upper,
        estimate=back(fit.mu),
        lower=back(fit.mu_lower),
        upper=back(fit.mu_upper),
        pi_lower=back(fit.pi_lower) if k > 1 else float("nan"),
        pi_upper=back(fit.pi_upper) if k > 1 else float("nan"),
        test="t" if fit.hk else "z",
        tau2=fit.tau2,
        tau2_lower=fit.tau2_lower,
        tau2_upper=fit.tau2_upper,
        i2=fit.i2,
        q=fit.q,
        q_df=k - 1,
        q_p=fit.q_p,
        notes=tuple(notes),
    )
