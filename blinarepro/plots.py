"""Figures: forest plot of a pooled proportion."""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Polygon
from scipy import stats

from blinarepro.pooling.rates import PooledRate
from blinarepro.pooling.result import PooledProportion

__all__ = ["forest_plot", "forest_plot_rates"]

_COHORT_COLOUR = "0.2"
_POOLED_COLOUR = "#1f4e79"


def forest_plot(result: PooledProportion, ax=None):
    """Forest plot of a pooled proportion.

    One row per cohort (observed proportion with its exact Clopper-Pearson interval at
    ``result.ci_level``, marker area proportional to the weight, weight in percent as text),
    then the pooled estimate as a diamond spanning its confidence interval and the prediction
    interval as a line through it. The x axis is in percent, 0-100.

    Parameters
    ----------
    result : PooledProportion
        Output of :func:`blinarepro.pooling.pool_proportions`.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; a new figure is created if omitted.

    Returns
    -------
    matplotlib.axes.Axes

    Notes
    -----
    The cohort intervals come from ``scipy.stats.binomtest(k, n).proportion_ci(
    method="exact")`` (checked against R ``binom.test`` by scipy); they are not the
    intervals the pooling model uses internally. GLMM results carry no per-cohort weights
    (metafor defines none), so the weight column shows "n/a" and markers have equal size.
    Colours and layout are fixed, so the figure is deterministic.
    """
    if not isinstance(result, PooledProportion):
        raise TypeError(f"result must be a PooledProportion; got {type(result).__name__}")
    if ax is None:
        _, ax = plt.subplots(figsize=(7.0, 1.2 + 0.35 * (result.k + 2)))
    k = result.k
    ys = np.arange(k, 0, -1, dtype=float) + 1.0  # cohorts at k+1 ... 2, pooled at 0.5
    weights = np.asarray(result.weights, dtype=float)
    finite = np.isfinite(weights)
    sizes = np.where(finite, 20 + 180 * np.nan_to_num(weights) / 100.0, 40.0)

    for y, e, m, w, s in zip(ys, result.events, result.n, weights, sizes, strict=True):
        ci = stats.binomtest(e, m).proportion_ci(confidence_level=result.ci_level, method="exact")
        ax.plot([100 * ci.low, 100 * ci.high], [y, y], color=_COHORT_COLOUR, lw=1.0)
        ax.scatter(
            [100 * e / m], [y], s=s, marker="s", color=_COHORT_COLOUR, zorder=3, clip_on=False
        )
        text = f"{w:.1f}%" if math.isfinite(w) else "n/a"
        ax.text(1.02, y, text, transform=ax.get_yaxis_transform(), va="center", fontsize=8)

    y0 = 0.5
    _prediction_line(ax, result, y0)
    if all(math.isfinite(v) for v in (result.lower, result.upper)):
        _pooled_diamond(ax, result, y0)
    else:
        ax.scatter([100 * result.estimate], [y0], marker="D", color=_POOLED_COLOUR, zorder=4)

    level = f"{100 * result.ci_level:g}%"
    ax.set_yticks([*ys, y0])
    ax.set_yticklabels(
        [
            f"{lab}  {e}/{m}"
            for lab, e, m in zip(result.labels, result.events, result.n, strict=True)
        ]
        + [f"Pooled ({result.method})  {result.total_events}/{result.total_n}"]
    )
    ax.set_ylim(-0.3, k + 1.7)
    ax.set_xlim(0, 100)
    ax.set_xlabel(f"Proportion (%), {level} CI; cohorts exact, pooled diamond, PI line")
    _finish(ax, result, k)
    return ax


def forest_plot_rates(result: PooledRate, ax=None):
    """Forest plot of a pooled survival rate (the layout of :func:`forest_plot`).

    One row per cohort (printed rate with its interval on the pooling scale, back-transformed:
    for ``log-log`` the interval R ``survfit`` prints; marker area proportional to the weight,
    weight in percent as text), then the pooled rate as a diamond over its confidence
    interval and the prediction interval as a line. The x axis is in percent, 0-100.

    Parameters
    ----------
    result : PooledRate
        Output of :func:`blinarepro.pooling.pool_rates`.
    ax : matplotlib.axes.Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
    """
    if not isinstance(result, PooledRate):
        raise TypeError(f"result must be a PooledRate; got {type(result).__name__}")
    if ax is None:
        _, ax = plt.subplots(figsize=(7.0, 1.2 + 0.35 * (result.k + 2)))
    frame = result.to_frame()
    k = result.k
    ys = np.arange(k, 0, -1, dtype=float) + 1.0
    for y, row in zip(ys, frame.itertuples(), strict=True):
        ax.plot([100 * row.lower, 100 * row.upper], [y, y], color=_COHORT_COLOUR, lw=1.0)
        size = 20 + 180 * row.weight_percent / 100.0
        ax.scatter([100 * row.rate], [y], s=size, marker="s", color=_COHORT_COLOUR, zorder=3)
        ax.text(
            1.02,
            y,
            f"{row.weight_percent:.1f}%",
            transform=ax.get_yaxis_transform(),
            va="center",
            fontsize=8,
        )
    y0 = 0.5
    _prediction_line(ax, result, y0)
    _pooled_diamond(ax, result, y0)
    ax.set_yticks([*ys, y0])
    ax.set_yticklabels(
        [
            f"{lab}  {100 * r:.1f}% (SE {100 * e:.1f})"
            for lab, r, e in zip(result.labels, result.rates, result.ses, strict=True)
        ]
        + [f"Pooled ({result.method}, {result.transform})"]
    )
    ax.set_ylim(-0.3, k + 1.7)
    ax.set_xlim(0, 100)
    ax.set_xlabel(
        f"Rate (%), {100 * result.ci_level:g}% CI on the {result.transform} scale; "
        "pooled diamond, PI line"
    )
    _finish(ax, result, k)
    return ax


def _prediction_line(ax, result, y0: float) -> None:
    """The pooled prediction interval as a line at height ``y0``, if both limits are finite."""
    if all(math.isfinite(v) for v in (result.pi_lower, result.pi_upper)):
        ax.plot(
            [100 * result.pi_lower, 100 * result.pi_upper], [y0, y0], color=_POOLED_COLOUR, lw=1.0
        )


def _pooled_diamond(ax, result, y0: float) -> None:
    """The pooled estimate as a diamond over its confidence interval, at height ``y0``."""
    diamond = Polygon(
        [
            (100 * result.lower, y0),
            (100 * result.estimate, y0 + 0.3),
            (100 * result.upper, y0),
            (100 * result.estimate, y0 - 0.3),
        ],
        closed=True,
        facecolor=_POOLED_COLOUR,
        edgecolor=_POOLED_COLOUR,
        zorder=4,
    )
    ax.add_patch(diamond)


def _finish(ax, result, k: int) -> None:
    """Weight column header, title (outcome — subgroup) and grid of a forest plot."""
    ax.text(1.02, k + 1.5, "Weight", transform=ax.get_yaxis_transform(), va="center", fontsize=8)
    title = result.outcome + (f" — {result.subgroup}" if result.subgroup else "")
    if title:
        ax.set_title(title)
    ax.grid(axis="x", color="0.9", lw=0.5)
    ax.set_axisbelow(True)
