"""The result object shared by every pooling method, and the checks on its inputs."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from blinarepro._validate import check_choice, check_events, check_level

__all__ = ["METHODS", "SUMMARY_COLUMNS", "PooledProportion"]

#: Method vocabulary of :func:`blinarepro.pooling.pool_proportions`.
METHODS = ("glmm", "reml", "reml_hk", "dl", "dl_hk", "pm", "pm_hk", "ft_reml")

#: Columns of :meth:`PooledProportion.summary_frame`, fixed whatever the method or level.
SUMMARY_COLUMNS = (
    "outcome",
    "subgroup",
    "method",
    "k",
    "events",
    "n",
    "estimate",
    "lower",
    "upper",
    "pi_lower",
    "pi_upper",
    "tau2",
    "i2",
    "q",
    "q_p",
    "ci_level",
)


@dataclass(frozen=True)
class PooledProportion:
    """A random-effects pooled proportion, with its inputs and the method that produced it.

    Attributes
    ----------
    method : str
        One of :data:`METHODS`.
    outcome, subgroup : str
        Labels carried into :meth:`summary_frame`.
    ci_level : float
        Confidence level of ``lower``/``upper``, ``pi_lower``/``pi_upper`` and the tau^2 CI.
    labels : tuple of str
        Cohort labels.
    events, n : tuple of int
        Cohort counts as given.
    scale : str
        ``"logit"`` or ``"arcsine"``: the scale of ``yi``, ``mu`` and ``tau2``.
    yi, vi : tuple of float
        Per-cohort effect sizes and sampling variances (for ``glmm``: the ``escalc`` values,
        used only for I^2 as metafor does).
    corrected : tuple of bool
        Cohorts that received the 0.5 continuity correction (never for ``glmm``/``ft_reml``
        fitting; for ``glmm`` it concerns the ``yi``/``vi`` only).
    weights : tuple of float
        Random-effects weights in percent (NaN for ``glmm``: metafor defines none).
    mu, se : float
        Pooled estimate and its standard error on ``scale``.
    mu_lower, mu_upper, mu_pi_lower, mu_pi_upper : float
        Confidence and prediction limits on ``scale``.
    estimate, lower, upper, pi_lower, pi_upper : float
        The same, back-transformed to proportions.
    test : str
        ``"z"`` (normal quantiles) or ``"t"`` (Hartung-Knapp, t with ``k - 1`` df).
    tau2, tau2_lower, tau2_upper : float
        Between-cohort variance on ``scale`` and its Q-profile CI (NaN where not defined).
    i2 : float
        I^2 in percent (metafor's definition, from ``tau2``).
    q, q_df, q_p : float
        Heterogeneity test: Cochran's Q for inverse-variance methods; for ``glmm`` the
        likelihood-ratio test of the binomial fixed-effect model against the saturated one
        (metafor ``QE.LRT``).
    q_wald, q_wald_p : float
        ``glmm`` only: metafor's Wald-type test (``QE.Wld``); NaN otherwise.
    n_nodes : int
        ``glmm`` only: Gauss-Hermite nodes per cohort (metafor's ``nAGQ``); 0 otherwise.
    notes : tuple of str
        Anything the reader of the numbers must know (k = 1, boundary estimates, ...).
    """

    method: str
    outcome: str
    subgroup: str
    ci_level: float
    labels: tuple[str, ...]
    events: tuple[int, ...]
    n: tuple[int, ...]
    scale: str
    yi: tuple[float, ...]
    vi: tuple[float, ...]
    corrected: tuple[bool, ...]
    weights: tuple[float, ...]
    mu: float
    se: float
    mu_lower: float
    mu_upper: float
    mu_pi_lower: float
    mu_pi_upper: float
    estimate: float
    lower: float
    upper: float
    pi_lower: float
    pi_upper: float
    test: str
    tau2: float
    tau2_lower: float
    tau2_upper: float
    i2: float
    q: float
    q_df: int
    q_p: float
    q_wald: float = float("nan")
    q_wald_p: float = float("nan")
    n_nodes: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def k(self) -> int:
        """Number of cohorts."""
        return len(self.events)

    @property
    def total_events(self) -> int:
        return int(sum(self.events))

    @property
    def total_n(self) -> int:
        return int(sum(self.n))

    def summary_frame(self) -> pd.DataFrame:
        """One row with the columns :data:`SUMMARY_COLUMNS` (proportions, not percent)."""
        return summary_row(self, self.total_events, self.total_n)

    def to_frame(self) -> pd.DataFrame:
        """One row per cohort: label, events, n, proportion, yi, vi, weight (%), corrected."""
        events = np.asarray(self.events)
        n = np.asarray(self.n)
        return pd.DataFrame(
            {
                "label": list(self.labels),
                "events": events,
                "n": n,
                "proportion": events / n,
                "yi": list(self.yi),
                "vi": list(self.vi),
                "weight_percent": list(self.weights),
                "corrected": list(self.corrected),
            }
        )


def check_cohorts(
    events, n, labels=None
) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]:
    """Validate per-cohort counts and labels; return them as tuples.

    Raises
    ------
    ValueError
        Empty input, lengths that differ, or a cohort with ``events > n`` / ``n < 1``.
    TypeError
        A count that is not a whole number.
    """
    events = list(np.atleast_1d(np.asarray(events, dtype=object)))
    n = list(np.atleast_1d(np.asarray(n, dtype=object)))
    if len(events) == 0:
        raise ValueError("events must hold at least one cohort; got none")
    if len(events) != len(n):
        raise ValueError(f"events and n must have the same length; got {len(events)} and {len(n)}")
    pairs = [
        check_events(e, m, k_name=f"events[{i}]", n_name=f"n[{i}]")
        for i, (e, m) in enumerate(zip(events, n, strict=True))
    ]
    if labels is None:
        labels = [f"Cohort {i + 1}" for i in range(len(pairs))]
    labels = [str(label) for label in labels]
    if len(labels) != len(pairs):
        raise ValueError(f"labels must have one entry per cohort ({len(pairs)}); got {len(labels)}")
    return (
        tuple(e for e, _ in pairs),
        tuple(m for _, m in pairs),
        tuple(labels),
    )


def check_common(method: str, confidence_level: float) -> float:
    """Validate ``method`` against :data:`METHODS` and the confidence level; return the level."""
    check_choice("method", method, METHODS)
    return check_level("confidence_level", confidence_level)


def summary_row(result, events, n) -> pd.DataFrame:
    """One row with :data:`SUMMARY_COLUMNS` from a pooled result and its totals.

    ``result`` is a :class:`PooledProportion` or a :class:`~blinarepro.pooling.PooledRate`;
    ``events`` and ``n`` are the totals to report (NaN where there is none).
    """
    row = {
        "outcome": result.outcome,
        "subgroup": result.subgroup,
        "method": result.method,
        "k": result.k,
        "events": events,
        "n": n,
        "estimate": result.estimate,
        "lower": result.lower,
        "upper": result.upper,
        "pi_lower": result.pi_lower,
        "pi_upper": result.pi_upper,
        "tau2": result.tau2,
        "i2": result.i2,
        "q": result.q,
        "q_p": result.q_p,
        "ci_level": result.ci_level,
    }
    return pd.DataFrame([row], columns=list(SUMMARY_COLUMNS))
