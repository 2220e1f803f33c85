"""The random-effects result shared by proportions and survival rates, and input checks.

:class:`RandomEffectsResult` holds everything a fit on the pooling scale produces (the
per-cohort ``yi``/``vi``, the pooled ``mu`` with its standard error and degrees of freedom,
tau^2 and I^2 with their intervals, Cochran's Q); confidence and prediction intervals at any
level come from :meth:`RandomEffectsResult.predict`, as metafor's ``predict()``.
:class:`PooledProportion` and :class:`~blinarepro.pooling.rates.PooledRate` add only their
inputs and their back-transformation.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import stats

from blinarepro._validate import check_choice, check_events, check_level

__all__ = [
    "METHODS",
    "PI_TYPES",
    "SUMMARY_COLUMNS",
    "T_METHODS",
    "PooledProportion",
    "Prediction",
    "RandomEffectsResult",
]

#: Method vocabulary of :func:`blinarepro.pooling.pool_proportions`: ``glmm`` (z) and
#: ``glmm_t`` (t, k - 1 df, metafor ``rma.glmm(test="t")``); the inverse-variance methods
#: with the z interval, with Knapp-Hartung exactly as metafor ``test="knha"`` (``_hk``) and
#: with the variant floored at the unscaled variance (``_hk_adhoc``, metafor ``test="adhoc"``);
#: ``ft_reml`` (Freeman-Tukey, sensitivity only).
METHODS = (
    "glmm",
    "glmm_t",
    "reml",
    "reml_hk",
    "reml_hk_adhoc",
    "dl",
    "dl_hk",
    "dl_hk_adhoc",
    "pm",
    "pm_hk",
    "pm_hk_adhoc",
    "ft_reml",
)
#: Each method in words, for readers (figure titles, displayed tables).
METHOD_LABELS = {
    "glmm": "binomial-normal GLMM, z interval",
    "glmm_t": "binomial-normal GLMM, t interval",
    "reml": "inverse variance, REML, z interval",
    "reml_hk": "inverse variance, REML, Knapp-Hartung t interval",
    "reml_hk_adhoc": "inverse variance, REML, Knapp-Hartung (ad hoc floor)",
    "dl": "inverse variance, DerSimonian-Laird, z interval",
    "dl_hk": "inverse variance, DerSimonian-Laird, Knapp-Hartung t interval",
    "dl_hk_adhoc": "inverse variance, DerSimonian-Laird, Knapp-Hartung (ad hoc floor)",
    "pm": "inverse variance, Paule-Mandel, z interval",
    "pm_hk": "inverse variance, Paule-Mandel, Knapp-Hartung t interval",
    "pm_hk_adhoc": "inverse variance, Paule-Mandel, Knapp-Hartung (ad hoc floor)",
    "ft_reml": "Freeman-Tukey double arcsine, REML, z interval",
}
#: Methods whose intervals use t quantiles (the small-k primary analyses).
T_METHODS = tuple(m for m in METHODS if m == "glmm_t" or "_hk" in m)
#: Prediction interval types (metafor ``predict(pi.type=...)``): ``default`` is z for a z
#: test and t(k - 1) otherwise; ``riley`` is t(k - 2) (Riley et al., BMJ 2011).
PI_TYPES = ("default", "riley")

#: Columns of :meth:`RandomEffectsResult.summary_frame`, fixed whatever the method or level.
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
    "test",
    "df",
    "pi_type",
    "pi_df",
    "tau2_lower",
    "tau2_upper",
    "i2_lower",
    "i2_upper",
    "estimable",
)


@dataclass(frozen=True)
class Prediction:
    """Confidence and prediction interval of a pooled result at one level.

    ``mu_*`` are on the pooling scale, the others back-transformed. ``pi_df`` is the t
    degrees of freedom of the prediction interval (inf for z, NaN when none is estimable);
    ``pi_note`` says why a prediction interval is missing.
    """

    level: float
    pi_type: str
    mu_lower: float
    mu_upper: float
    mu_pi_lower: float
    mu_pi_upper: float
    estimate: float
    lower: float
    upper: float
    pi_lower: float
    pi_upper: float
    pi_df: float
    pi_note: str


@dataclass(frozen=True, kw_only=True)
class RandomEffectsResult:
    """A random-effects pooled value with its inputs and method (proportions or rates).

    Attributes
    ----------
    method, outcome, subgroup : str
        The method (:data:`METHODS` or :data:`~blinarepro.pooling.RATE_METHODS`) and labels.
    ci_level : float
        Level of :attr:`lower`/:attr:`upper`, of the prediction and of the tau^2 interval.
    labels : tuple of str
    scale : str
        ``logit``, ``arcsine``, ``log-log``: the scale of ``yi``, ``mu`` and ``tau2``.
    yi, vi : tuple of float
        Per-cohort effect sizes and sampling variances (for ``glmm``: the ``escalc`` values,
        used only for I^2, as metafor).
    weights : tuple of float
        Random-effects weights in percent (NaN for the GLMM: metafor defines none).
    mu, se : float
        Pooled value on ``scale`` and its standard error (Knapp-Hartung scaled for ``_hk``).
    test : str
        ``"z"`` or ``"t"``; ``df`` is ``k - 1`` for t, ``inf`` for z.
    pi_type : str
        Prediction interval of :attr:`pi_lower`/:attr:`pi_upper` (:data:`PI_TYPES`).
    tau2, tau2_lower, tau2_upper : float
        Between-cohort variance and its Q-profile interval (NaN for the GLMM).
    i2, i2_lower, i2_upper : float
        I^2 in percent (metafor's definition) and its interval from the tau^2 interval.
    q, q_df, q_p : float, int, float
        Heterogeneity test (Cochran's Q; for the GLMM the likelihood-ratio test, ``QE.LRT``).
    notes : tuple of str
    """

    method: str
    outcome: str
    subgroup: str
    ci_level: float
    labels: tuple[str, ...]
    scale: str
    yi: tuple[float, ...]
    vi: tuple[float, ...]
    weights: tuple[float, ...]
    mu: float
    se: float
    test: str
    df: float
    pi_type: str
    tau2: float
    tau2_lower: float
    tau2_upper: float
    i2: float
    i2_lower: float
    i2_upper: float
    q: float
    q_df: int
    q_p: float
    notes: tuple[str, ...] = field(default_factory=tuple)

    # ----------------------------------------------------------------- to override
    def _back(self, t):
        """Back-transformation of values on ``scale`` (identity here)."""
        return t

    def _totals(self) -> tuple[float, float]:
        return math.nan, math.nan

    def subset(self, keep) -> RandomEffectsResult:
        """The same analysis on the cohorts at positions ``keep``."""
        raise NotImplementedError

    # ----------------------------------------------------------------- shared
    @property
    def k(self) -> int:
        """Number of cohorts."""
        return len(self.yi)

    def predict(self, level: float | None = None, pi_type: str | None = None) -> Prediction:
        """Confidence and prediction interval at ``level`` (default :attr:`ci_level`).

        As metafor's ``predict(res, level=, pi.type=)``: the confidence interval is
        ``mu +/- c * se`` with ``c`` the z quantile (test z) or t with :attr:`df` degrees of
        freedom; the prediction interval is ``mu +/- c' * sqrt(se^2 + tau^2)``, with ``c'``
        as ``c`` (``pi_type="default"``) or the t quantile with ``k - 2`` df
        (``pi_type="riley"``). A Riley interval is not estimable below k = 3 (metafor then
        silently uses 1 df); no prediction interval is estimable with k = 1.
        """
        level = self.ci_level if level is None else check_level("level", level)
        pi_type = check_choice("pi_type", self.pi_type if pi_type is None else pi_type, PI_TYPES)
        tail = 0.5 + level / 2
        crit = (
            float(stats.norm.ppf(tail))
            if math.isinf(self.df)
            else float(stats.t.ppf(tail, self.df))
        )
        nan = math.nan
        lo, hi = self.mu - crit * self.se, self.mu + crit * self.se
        pi_df, note = self.df, ""
        if pi_type == "riley":
            pi_df = self.k - 2
        if self.k < 2:
            pi_df, note = nan, "not estimable: one cohort (no between-cohort variance)"
        elif pi_type == "riley" and self.k < 3:
            pi_df = nan
            note = (
                "not estimable: k = 2 leaves no degree of freedom for a prediction "
                "(Riley: t with k - 2 df)"
            )
        if math.isnan(pi_df):
            pi_lo = pi_hi = nan
        else:
            c2 = (
                float(stats.norm.ppf(tail))
                if math.isinf(pi_df)
                else float(stats.t.ppf(tail, pi_df))
            )
            half = c2 * math.sqrt(self.se**2 + self.tau2)
            pi_lo, pi_hi = self.mu - half, self.mu + half
        if not math.isfinite(self.mu) and not note:
            note = "not estimable: the estimate is on the boundary"
        est = float(self._back(self.mu))
        lower, upper = self._limits(lo, hi)
        pl, pu = self._limits(pi_lo, pi_hi)
        return Prediction(level, pi_type, lo, hi, pi_lo, pi_hi, est, lower, upper, pl, pu,
                          float(pi_df), note)  # fmt: skip

    def _limits(self, a: float, b: float) -> tuple[float, float]:
        if not (math.isfinite(a) and math.isfinite(b)):
            return math.nan, math.nan
        x, y = float(self._back(a)), float(self._back(b))
        return min(x, y), max(x, y)

    @property
    def _pred(self) -> Prediction:
        return self.predict()

    @property
    def estimate(self) -> float:
        return self._pred.estimate

    @property
    def lower(self) -> float:
        return self._pred.lower

    @property
    def upper(self) -> float:
        return self._pred.upper

    @property
    def pi_lower(self) -> float:
        return self._pred.pi_lower

    @property
    def pi_upper(self) -> float:
        return self._pred.pi_upper

    @property
    def mu_lower(self) -> float:
        return self._pred.mu_lower

    @property
    def mu_upper(self) -> float:
        return self._pred.mu_upper

    @property
    def mu_pi_lower(self) -> float:
        return self._pred.mu_pi_lower

    @property
    def mu_pi_upper(self) -> float:
        return self._pred.mu_pi_upper

    def estimability(self) -> str:
        """In words: what of this pool is estimable, and why not the rest."""
        if self.k == 1:
            return "one cohort: nothing is pooled; the cohort's own estimate is shown"
        if not math.isfinite(self.mu):
            return "not estimable: every cohort is at the boundary (0% or 100%)"
        pred = self.predict()
        parts = ["estimate and confidence interval estimable"]
        if pred.pi_note:
            parts.append(f"prediction interval {pred.pi_note}")
        if self.k == 2:
            parts.append(
                "tau² and I² uninformative at k = 2 (one degree of freedom; read their intervals)"
            )
        return "; ".join(parts)

    def summary_frame(self) -> pd.DataFrame:
        """One row with the columns :data:`SUMMARY_COLUMNS` (proportions, not percent)."""
        pred = self.predict()
        events, n = self._totals()
        row = {
            "outcome": self.outcome,
            "subgroup": self.subgroup,
            "method": self.method,
            "k": self.k,
            "events": events,
            "n": n,
            "estimate": pred.estimate,
            "lower": pred.lower,
            "upper": pred.upper,
            "pi_lower": pred.pi_lower,
            "pi_upper": pred.pi_upper,
            "tau2": self.tau2,
            "i2": self.i2,
            "q": self.q,
            "q_p": self.q_p,
            "ci_level": self.ci_level,
            "test": self.test,
            "df": self.df,
            "pi_type": self.pi_type,
            "pi_df": pred.pi_df,
            "tau2_lower": self.tau2_lower,
            "tau2_upper": self.tau2_upper,
            "i2_lower": self.i2_lower,
            "i2_upper": self.i2_upper,
            "estimable": self.estimability(),
        }
        return pd.DataFrame([row], columns=list(SUMMARY_COLUMNS))

    def leave_one_out(self) -> pd.DataFrame:
        """Re-pool with each cohort left out in turn: ``omitted`` then :data:`SUMMARY_COLUMNS`.

        Matches metafor ``leave1out(res)`` (estimate, tau^2) for the inverse-variance methods.
        Needs at least two cohorts.
        """
        if self.k < 2:
            raise ValueError(f"leave_one_out needs at least 2 cohorts; got {self.k}")
        rows = [
            self.subset([j for j in range(self.k) if j != i]).summary_frame().assign(omitted=lab)
            for i, lab in enumerate(self.labels)
        ]
        return pd.concat(rows, ignore_index=True)[["omitted", *SUMMARY_COLUMNS]]


@dataclass(frozen=True, kw_only=True)
class PooledProportion(RandomEffectsResult):
    """A random-effects pooled proportion (see :class:`RandomEffectsResult`).

    Attributes
    ----------
    events, n : tuple of int
        Cohort counts as given.
    corrected : tuple of bool
        Cohorts whose ``yi``/``vi`` received the 0.5 continuity correction.
    q_wald, q_wald_p : float
        GLMM only: metafor's Wald-type heterogeneity test (``QE.Wld``); NaN otherwise.
    n_nodes : int
        GLMM only: Gauss-Hermite nodes per cohort (metafor's ``nAGQ``); 0 otherwise.
    """

    events: tuple[int, ...]
    n: tuple[int, ...]
    corrected: tuple[bool, ...]
    q_wald: float = math.nan
    q_wald_p: float = math.nan
    n_nodes: int = 0

    def _back(self, t):
        if self.scale == "logit":
            with np.errstate(over="ignore"):
                return float(1.0 / (1.0 + np.exp(-float(t))))
        from blinarepro.pooling.effect_sizes import ipft_hm

        return float(ipft_hm(t, self.n))

    @property
    def total_events(self) -> int:
        return int(sum(self.events))

    @property
    def total_n(self) -> int:
        return int(sum(self.n))

    def _totals(self):
        return self.total_events, self.total_n

    def subset(self, keep) -> PooledProportion:
        from blinarepro.pooling.pool import pool_proportions

        keep = list(keep)
        return pool_proportions(
            [self.events[j] for j in keep],
            [self.n[j] for j in keep],
            self.method,
            self.ci_level,
            [self.labels[j] for j in keep],
            self.outcome,
            self.subgroup,
            n_nodes=self.n_nodes or 7,
            pi_type=self.pi_type,
        )

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


def default_pi_type(method: str) -> str:
    """``riley`` for the t-based methods, ``default`` (metafor's) for the z-based ones."""
    return "riley" if method in T_METHODS or method.endswith("_hk") else "default"


def i2_interval(tau2_lower: float, tau2_upper: float, vi) -> tuple[float, float]:
    """I^2 at the limits of the tau^2 interval (metafor ``confint()``, the ``I^2`` row)."""
    from blinarepro.pooling.heterogeneity import i_squared

    if len(vi) < 2 or not (math.isfinite(tau2_lower) and math.isfinite(tau2_upper)):
        return math.nan, math.nan
    return i_squared(tau2_lower, vi), i_squared(tau2_upper, vi)


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
