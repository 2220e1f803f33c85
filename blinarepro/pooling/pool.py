"""One entry point for every pooling method, leave-one-out and method sensitivity."""

from __future__ import annotations

import pandas as pd

from blinarepro.pooling.glmm import pool_glmm
from blinarepro.pooling.inverse_variance import pool_inverse_variance
from blinarepro.pooling.result import METHODS, PooledProportion, check_common

__all__ = ["leave_one_out", "method_sensitivity", "pool_proportions"]


def pool_proportions(
    events,
    n,
    method: str = "glmm_t",
    confidence_level: float = 0.95,
    labels=None,
    outcome: str = "",
    subgroup: str = "",
    n_nodes: int = 7,
    pi_type: str | None = None,
) -> PooledProportion:
    """Pool single-arm proportions with a random-effects model.

    Parameters
    ----------
    events, n : sequence of int
        Events and cohort sizes, one entry per cohort (``0 <= events <= n``, ``n >= 1``).
    method : str
        One of :data:`~blinarepro.pooling.METHODS`. ``glmm``/``glmm_t``: binomial-normal
        model on the logit scale by ML, no continuity correction, z or t (k - 1 df)
        interval. ``reml``/``dl``/``pm``: inverse-variance pooling of logits with that tau^2
        estimator and the z interval; ``_hk`` Knapp-Hartung (metafor ``test="knha"``),
        ``_hk_adhoc`` its floored variant (``test="adhoc"``). ``ft_reml``: Freeman-Tukey
        double arcsine, REML (sensitivity analysis only).
    confidence_level : float
        Level of every interval (confidence, prediction, tau^2); metafor's ``level``.
    labels : sequence of str, optional
        Cohort labels (metafor's ``slab``).
    outcome, subgroup : str
        Labels carried into :meth:`PooledProportion.summary_frame`.
    n_nodes : int, default 7
        GLMM only: adaptive Gauss-Hermite nodes per cohort (metafor's ``nAGQ``).
    pi_type : {"default", "riley"}, optional
        Prediction interval of the result (metafor's ``pi.type``); default ``riley`` for
        the t methods, ``default`` for the z ones. ``result.predict(level, pi_type)`` gives
        any other.

    Returns
    -------
    PooledProportion

    Raises
    ------
    ValueError
        Unknown ``method`` (the message lists the allowed ones), a level outside (0, 1), or
        inconsistent counts.

    Notes
    -----
    Dispatches to :func:`~blinarepro.pooling.glmm.pool_glmm` (validated against metafor
    ``rma.glmm`` / lme4 ``glmer``) or
    :func:`~blinarepro.pooling.inverse_variance.pool_inverse_variance` (validated against
    metafor ``rma``); see those for the agreement reached and the weak points.
    """
    confidence_level = check_common(method, confidence_level)
    if method in ("glmm", "glmm_t"):
        test = "z" if method == "glmm" else "t"
        return pool_glmm(
            events, n, confidence_level, labels, outcome, subgroup, n_nodes, test, pi_type
        )
    return pool_inverse_variance(
        events, n, method, confidence_level, labels, outcome, subgroup, pi_type
    )


def leave_one_out(events, n, method: str = "glmm_t", *args, **kwargs) -> pd.DataFrame:
    """``pool_proportions(events, n, method, ...).leave_one_out()`` (metafor ``leave1out``).

    Returns
    -------
    pandas.DataFrame
        One row per omitted cohort: ``omitted`` followed by
        :data:`~blinarepro.pooling.SUMMARY_COLUMNS`. Needs at least two cohorts.
    """
    return pool_proportions(events, n, method, *args, **kwargs).leave_one_out()


def method_sensitivity(
    events,
    n,
    confidence_level: float = 0.95,
    labels=None,
    outcome: str = "",
    subgroup: str = "",
    methods=METHODS,
    n_nodes: int = 7,
) -> pd.DataFrame:
    """Pool the same cohorts with every method, one row per method (``SUMMARY_COLUMNS``).

    ``methods`` defaults to all of :data:`~blinarepro.pooling.METHODS`, in that order;
    ``n_nodes`` is passed to the GLMM fits (see :func:`pool_proportions`).
    """
    for m in methods:
        check_common(m, confidence_level)
    frames = [
        pool_proportions(
            events, n, m, confidence_level, labels, outcome, subgroup, n_nodes
        ).summary_frame()
        for m in methods
    ]
    return pd.concat(frames, ignore_index=True)
