"""One entry point for every pooling method, leave-one-out and method sensitivity."""

from __future__ import annotations

import pandas as pd

from blinarepro.pooling.glmm import pool_glmm
from blinarepro.pooling.inverse_variance import pool_inverse_variance
from blinarepro.pooling.result import (
    METHODS,
    SUMMARY_COLUMNS,
    PooledProportion,
    check_cohorts,
    check_common,
)

__all__ = ["leave_one_out", "method_sensitivity", "pool_proportions"]


def pool_proportions(
    events,
    n,
    method: str = "glmm",
    confidence_level: float = 0.95,
    labels=None,
    outcome: str = "",
    subgroup: str = "",
    n_nodes: int = 7,
) -> PooledProportion:
    """Pool single-arm proportions with a random-effects model.

    Parameters
    ----------
    events, n : sequence of int
        Events and cohort sizes, one entry per cohort (``0 <= events <= n``, ``n >= 1``).
    method : {"glmm", "reml", "reml_hk", "dl", "dl_hk", "pm", "pm_hk", "ft_reml"}
        ``glmm``: binomial-normal model on the logit scale by ML (primary; no continuity
        correction). ``reml``/``dl``/``pm``: inverse-variance pooling of logits with that tau^2
        estimator; ``_hk`` adds the Hartung-Knapp interval with the ad hoc floor.
        ``ft_reml``: Freeman-Tukey double arcsine, REML (sensitivity analysis only).
    confidence_level : float
        Level of every interval (confidence, prediction, tau^2).
    labels : sequence of str, optional
        Cohort labels.
    outcome, subgroup : str
        Labels carried into :meth:`PooledProportion.summary_frame`.
    n_nodes : int, default 7
        ``glmm`` only: adaptive Gauss-Hermite nodes per cohort, passed to
        :func:`~blinarepro.pooling.glmm.pool_glmm` (7 is metafor's ``nAGQ`` default); ignored
        by the inverse-variance methods.

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
    if method == "glmm":
        return pool_glmm(events, n, confidence_level, labels, outcome, subgroup, n_nodes)
    return pool_inverse_variance(events, n, method, confidence_level, labels, outcome, subgroup)


def leave_one_out(
    events,
    n,
    method: str = "glmm",
    confidence_level: float = 0.95,
    labels=None,
    outcome: str = "",
    subgroup: str = "",
    n_nodes: int = 7,
) -> pd.DataFrame:
    """Re-pool with each cohort left out in turn (``n_nodes``: see :func:`pool_proportions`).

    Returns
    -------
    pandas.DataFrame
        One row per omitted cohort: ``omitted`` followed by :data:`SUMMARY_COLUMNS`.

    Notes
    -----
    Matches metafor ``leave1out(rma(...))`` (estimate and tau^2 per omission) for the
    inverse-variance methods. Needs at least two cohorts.
    """
    confidence_level = check_common(method, confidence_level)
    events, n, labels = check_cohorts(events, n, labels)
    if len(events) < 2:
        raise ValueError(f"leave_one_out needs at least 2 cohorts; got {len(events)}")
    rows = []
    for i, label in enumerate(labels):
        keep = [j for j in range(len(events)) if j != i]
        fit = pool_proportions(
            [events[j] for j in keep],
            [n[j] for j in keep],
            method,
            confidence_level,
            [labels[j] for j in keep],
            outcome,
            subgroup,
            n_nodes,
        )
        rows.append(fit.summary_frame().assign(omitted=label))
    frame = pd.concat(rows, ignore_index=True)
    return frame[["omitted", *SUMMARY_COLUMNS]]


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
    """Pool the same cohorts with every method, one row per method (:data:`SUMMARY_COLUMNS`).

    ``methods`` defaults to all of :data:`METHODS`, in that order (``glmm`` first);
    ``n_nodes`` is passed to the ``glmm`` fit (see :func:`pool_proportions`).
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
