"""Tests for subgroup differences: separate tau^2 per subgroup, or one common tau^2.

``tau2_model="separate"``: each subgroup pooled on its own, the estimates compared by
``Q_between`` (R meta ``tau.common=FALSE``). ``tau2_model="common"``: the mixed-effects model
with ``factor(group)`` and one tau^2, tested by ``QM`` (metafor ``rma(mods = ~ factor(g))``
and ``rma.glmm(mods = ...)``; R meta ``tau.common=TRUE``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

from blinarepro._validate import check_choice
from blinarepro.pooling.effect_sizes import logit_effect_sizes, pft_effect_sizes
from blinarepro.pooling.glmm import fit_glmm_moderators
from blinarepro.pooling.inverse_variance import IV_METHODS
from blinarepro.pooling.meta_regression import fit_moderators
from blinarepro.pooling.pool import pool_proportions
from blinarepro.pooling.result import PooledProportion, check_cohorts, check_common

#: How tau^2 is modelled across subgroups.
TAU2_MODELS = ("separate", "common")

__all__ = ["TAU2_MODELS", "SubgroupTest", "subgroup_test"]


@dataclass(frozen=True)
class SubgroupTest:
    """Test for differences between subgroups, under a separate or a common tau^2.

    Attributes
    ----------
    method, outcome : str
        Pooling method used within every subgroup, and the outcome label.
    ci_level : float
        Confidence level of the subgroup fits.
    groups : tuple of str
        Subgroup names, in order of first appearance.
    fits : tuple of PooledProportion
        One pooled result per subgroup.
    q_between, df, p_value : float, int, float
        ``Q_between`` (separate) or ``QM`` (common) on the transformed scale, its degrees of
        freedom (groups - 1) and the p-value.
    tau2_model : str
        ``separate`` or ``common`` (:data:`TAU2_MODELS`).
    df2 : float
        Denominator df when ``QM`` is an F statistic (t-based methods under a common tau^2:
        ``QM`` is then metafor's F value), ``inf`` for a chi-square statistic.
    tau2_common : float
        The common tau^2 (NaN for ``separate``).
    notes : tuple of str
    """

    method: str
    outcome: str
    ci_level: float
    groups: tuple[str, ...]
    fits: tuple[PooledProportion, ...]
    q_between: float
    df: int
    p_value: float
    notes: tuple[str, ...] = ()
    tau2_model: str = "separate"
    df2: float = float("inf")
    tau2_common: float = float("nan")

    def summary_frame(self) -> pd.DataFrame:
        """One row: outcome, method, tau2_model, groups, q_between, df, df2, p_value, ..."""
        return pd.DataFrame(
            [
                {
                    "outcome": self.outcome,
                    "method": self.method,
                    "tau2_model": self.tau2_model,
                    "groups": len(self.groups),
                    "q_between": self.q_between,
                    "df": self.df,
                    "df2": self.df2,
                    "p_value": self.p_value,
                    "tau2_common": self.tau2_common,
                    "ci_level": self.ci_level,
                }
            ]
        )

    def to_frame(self) -> pd.DataFrame:
        """The subgroup fits, one row each (``PooledProportion.summary_frame`` columns)."""
        return pd.concat([f.summary_frame() for f in self.fits], ignore_index=True)


def subgroup_test(
    events,
    n,
    groups,
    method: str = "glmm",
    confidence_level: float = 0.95,
    labels=None,
    outcome: str = "",
    n_nodes: int = 7,
    tau2_model: str = "separate",
) -> SubgroupTest:
    """Test whether pooled proportions differ between subgroups.

    Each subgroup is pooled on its own (its own tau^2); the subgroup estimates ``mu_g`` with
    standard errors ``se_g`` (on the logit, or double-arcsine, scale) are then compared by
    ``Q_between = sum((mu_g - mu_bar)^2 / se_g^2)`` on ``groups - 1`` degrees of freedom.

    Parameters
    ----------
    events, n : sequence of int
        Cohort counts.
    groups : sequence of str
        Subgroup of each cohort; at least two distinct values.
    method : str
        Any of :data:`~blinarepro.pooling.METHODS`; with ``_hk`` the HK standard errors enter.
    confidence_level : float
        Level of the subgroup fits.
    labels : sequence of str, optional
        Cohort labels.
    outcome : str
        Carried into the frames.
    n_nodes : int, default 7
        ``glmm`` only: Gauss-Hermite nodes per cohort (see
        :func:`~blinarepro.pooling.pool_proportions`).
    tau2_model : {"separate", "common"}
        ``separate``: Q_between of separately pooled subgroups; ``common``: ``QM`` of the
        mixed-effects model with one tau^2 (:func:`~blinarepro.pooling.meta_regression.
        fit_moderators`, :func:`~blinarepro.pooling.glmm.fit_glmm_moderators`).

    Returns
    -------
    SubgroupTest

    Notes
    -----
    This is R meta's test for subgroup differences with ``tau.common=FALSE``; it was checked
    against metafor as ``rma(sapply(fits, coef), sei=sapply(fits, function(r) r$se),
    method="EE")$QE`` on separately fitted ``rma()`` / ``rma.glmm()`` models
    (``tests/pooling/test_pool_api.py``). A subgroup whose estimate is on the boundary (all
    0% or all 100% under ``glmm``) has no finite logit; Q_between is then NaN.
    """
    confidence_level = check_common(method, confidence_level)
    tau2_model = check_choice("tau2_model", tau2_model, TAU2_MODELS)
    events, n, labels = check_cohorts(events, n, labels)
    groups = [str(g) for g in groups]
    if len(groups) != len(events):
        raise ValueError(
            f"groups must have one entry per cohort ({len(events)}); got {len(groups)}"
        )
    names = tuple(dict.fromkeys(groups))
    if len(names) < 2:
        raise ValueError(f"subgroup_test needs at least 2 subgroups; got {len(names)}")
    fits = []
    for g in names:
        idx = [i for i, gi in enumerate(groups) if gi == g]
        fits.append(
            pool_proportions(
                [events[i] for i in idx],
                [n[i] for i in idx],
                method,
                confidence_level,
                [labels[i] for i in idx],
                outcome,
                g,
                n_nodes,
            )
        )
    if tau2_model == "common":
        return _common(events, n, groups, names, fits, method, confidence_level, outcome, n_nodes)
    mu = np.array([f.mu for f in fits])
    se = np.array([f.se for f in fits])
    notes = []
    if np.all(np.isfinite(mu)) and np.all(np.isfinite(se)) and np.all(se > 0):
        w = 1.0 / se**2
        q = float(np.sum(w * (mu - np.sum(w * mu) / np.sum(w)) ** 2))
        p = float(stats.chi2.sf(q, len(names) - 1))
    else:
        q = p = float("nan")
        notes.append("A subgroup estimate is on the boundary (no finite SE): Q_between undefined.")
    return SubgroupTest(
        method=method,
        outcome=outcome,
        ci_level=confidence_level,
        groups=names,
        fits=tuple(fits),
        q_between=q,
        df=len(names) - 1,
        p_value=p,
        notes=tuple(notes),
    )


def _common(events, n, groups, names, fits, method, level, outcome, n_nodes) -> SubgroupTest:
    notes = []
    if len(events) <= len(names):
        fit = None
        notes.append("as many subgroups as cohorts: no residual tau^2, no common-tau^2 test")
    elif method in ("glmm", "glmm_t"):
        fit = fit_glmm_moderators(events, n, groups, n_nodes, "z" if method == "glmm" else "t")
    else:
        estimator, test, scale = IV_METHODS[method]
        es = logit_effect_sizes(events, n) if scale == "logit" else pft_effect_sizes(events, n)
        fit = fit_moderators(es.yi, es.vi, groups, estimator, test)
    nan = float("nan")
    if fit is not None and not np.isfinite(fit.qm):
        notes.append(
            "QM undefined: a subgroup is all 0% or all 100% (GLMM: no finite coefficient), or "
            "the model fits exactly (Knapp-Hartung: no residual variance)"
        )
    return SubgroupTest(
        method=method,
        outcome=outcome,
        ci_level=level,
        groups=names,
        fits=tuple(fits),
        q_between=fit.qm if fit else nan,
        df=len(names) - 1,
        p_value=fit.qm_p if fit else nan,
        notes=tuple(notes),
        tau2_model="common",
        df2=fit.qm_df2 if fit else nan,
        tau2_common=fit.tau2 if fit else nan,
    )
