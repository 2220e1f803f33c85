"""Inverse-variance random-effects pooling of logit (or double-arcsine) proportions."""

from __future__ import annotations

import numpy as np

from blinarepro._validate import check_choice
from blinarepro.pooling._random_effects import fit_random_effects
from blinarepro.pooling.effect_sizes import logit_effect_sizes, pft_effect_sizes
from blinarepro.pooling.heterogeneity import (
    tau2_dl,
    tau2_pm,
    tau2_reml,
)
from blinarepro.pooling.result import (
    PI_TYPES,
    PooledProportion,
    check_cohorts,
    check_common,
    default_pi_type,
)

__all__ = ["IV_METHODS", "pool_inverse_variance"]

#: method -> (tau^2 estimator, metafor ``test``, scale)
IV_METHODS = {
    "reml": ("REML", "z", "logit"),
    "reml_hk": ("REML", "knha", "logit"),
    "reml_hk_adhoc": ("REML", "adhoc", "logit"),
    "dl": ("DL", "z", "logit"),
    "dl_hk": ("DL", "knha", "logit"),
    "dl_hk_adhoc": ("DL", "adhoc", "logit"),
    "pm": ("PM", "z", "logit"),
    "pm_hk": ("PM", "knha", "logit"),
    "pm_hk_adhoc": ("PM", "adhoc", "logit"),
    "ft_reml": ("REML", "z", "arcsine"),
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
    pi_type: str | None = None,
) -> PooledProportion:
    """Random-effects inverse-variance pooling of single-arm proportions.

    Parameters
    ----------
    events, n : sequence of int
        Events and cohort sizes, one entry per cohort (0 <= events <= n).
    method : {"reml", "reml_hk", "reml_hk_adhoc", "dl", "dl_hk", "dl_hk_adhoc", "pm", \
"pm_hk", "pm_hk_adhoc", "ft_reml"}
        tau^2 estimator (REML, DerSimonian-Laird truncated at 0, Paule-Mandel); ``_hk`` for the
        Knapp-Hartung interval exactly as metafor ``test="knha"`` (variance scaled by ``s2w``,
        the weighted residual variance, t with k - 1 df); ``_hk_adhoc`` floors the scale at 1
        (``max(1, s2w)``, metafor ``test="adhoc"``); ``ft_reml`` pools Freeman-Tukey double
        arcsines by REML (sensitivity analysis only).
    confidence_level : float
        Level of the confidence, prediction and tau^2 intervals.
    labels : sequence of str, optional
        Cohort labels (default ``"Cohort 1"``, ...).
    outcome, subgroup : str
        Labels carried into :meth:`PooledProportion.summary_frame`.
    pi_type : {"default", "riley"}, optional
        Prediction interval of the result (default: ``riley`` for the t methods, metafor's
        ``default`` for the z ones); any other is available from ``predict()``.

    Returns
    -------
    PooledProportion

    Notes
    -----
    Logit methods reproduce metafor 3.8-1
    ``rma(yi, vi, data=escalc(measure="PLO", xi, ni), method=..., test="z" | "adhoc")`` with
    ``predict(pi.type=...)`` for the prediction interval and ``confint()`` for the Q-profile
    tau^2 and I^2 intervals. Every value
    agrees with the pasted R output to its print precision, 5e-11, on data with 0% and 100%
    cohorts, k = 2 and tau^2 = 0 (``tests/pooling/test_pool_inverse_variance.py``).
    ``test="adhoc"`` is the floored HK of R meta's ``adhoc.hakn.ci="se"``; plain
    ``test="knha"`` has no floor and is narrower whenever the weighted residual variance is
    below 1 (with tau^2 = 0 and homogeneous cohorts it can be narrower than the z interval).

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
    estimator, test, scale = IV_METHODS[method]
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

    fit = fit_random_effects(yi, vi, _TAU2[estimator], test, confidence_level)
    notes.extend(fit.notes)
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
        test=fit.test,
        df=fit.df,
        pi_type=check_choice("pi_type", pi_type or default_pi_type(method), PI_TYPES),
        tau2=fit.tau2,
        tau2_lower=fit.tau2_lower,
        tau2_upper=fit.tau2_upper,
        i2=fit.i2,
        i2_lower=fit.i2_lower,
        i2_upper=fit.i2_upper,
        q=fit.q,
        q_df=k - 1,
        q_p=fit.q_p,
        notes=tuple(notes),
    )
