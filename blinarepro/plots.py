"""Figures: forest plots of a pooled proportion or a pooled survival rate.

The layout is R meta's ``forest()``: one row per cohort with its label, events/total (or rate
and SE), a square over its interval, the estimate with its interval in text and its weight;
then the pooled diamond over the confidence interval with the prediction interval as a line
through it, and the heterogeneity statistics in a line under it. The x axis is fitted to the
data (in 10-point steps within 0-100%). Figures are drawn at :data:`DPI` dots per inch.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Polygon
from scipy import stats

from blinarepro.pooling.rates import PooledRate
from blinarepro.pooling.result import METHOD_LABELS, PooledProportion

__all__ = ["DPI", "forest_plot", "forest_plot_rates"]

#: Resolution of the figures (sharp on a high-resolution screen).
DPI = 200
_COHORT_COLOUR = "0.2"
_POOLED_COLOUR = "#1f4e79"
_FONT = 8


def _new_axes(k: int, ax):
    if ax is None:
        _, ax = plt.subplots(figsize=(8.0, 1.5 + 0.32 * (k + 3)), dpi=DPI)
    return ax


def forest_plot(result: PooledProportion, ax=None):
    """Forest plot of a pooled proportion.

    Rows: cohort label and events/total on the left; the observed proportion with its exact
    Clopper-Pearson interval at ``result.ci_level`` (marker area proportional to the weight);
    on the right "estimate [CI]" and the weight in percent ("—" for the GLMM, for which
    metafor defines no weights). Under them the pooled diamond over the confidence interval,
    the prediction interval as a line (only where estimable: Riley's needs k >= 3), and the
    heterogeneity statistics.

    Parameters
    ----------
    result : PooledProportion
        Output of :func:`blinarepro.pooling.pool_proportions`.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; a new figure at :data:`DPI` is created if omitted.

    Returns
    -------
    matplotlib.axes.Axes

    Notes
    -----
    The cohort intervals come from ``scipy.stats.binomtest(k, n).proportion_ci(
    method="exact")`` (checked against R ``binom.test`` by scipy); they are not the
    intervals the pooling model uses internally. Colours and layout are fixed, so the figure
    is deterministic.
    """
    if not isinstance(result, PooledProportion):
        raise TypeError(f"result must be a PooledProportion; got {type(result).__name__}")
    rows = []
    for lab, e, m, w in zip(result.labels, result.events, result.n, result.weights, strict=True):
        ci = stats.binomtest(e, m).proportion_ci(confidence_level=result.ci_level, method="exact")
        rows.append((lab, f"{e}/{m}", e / m, ci.low, ci.high, w))
    total = f"{result.total_events}/{result.total_n}"
    return _draw(_new_axes(result.k, ax), result, rows, total, "Events/total", "Proportion (%)")


def forest_plot_rates(result: PooledRate, ax=None):
    """Forest plot of a pooled survival rate (the layout of :func:`forest_plot`).

    Each cohort's interval is the normal interval on the pooling scale, back-transformed (for
    ``log-log`` the interval R ``survfit`` prints); the left column gives rate and SE.

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
    frame = result.to_frame()
    rows = [
        (r.label, f"{100 * r.rate:.1f}% (SE {100 * r.se:.1f})", r.rate, r.lower, r.upper,
         r.weight_percent)
        for r in frame.itertuples()
    ]  # fmt: skip
    return _draw(
        _new_axes(result.k, ax), result, rows, "", "Rate (SE)", f"Rate (%), {result.transform}"
    )


def _axis_limits(values) -> tuple[float, float]:
    finite = [100 * v for v in values if math.isfinite(v)]
    lo = max(0.0, math.floor(min(finite) / 10) * 10) if finite else 0.0
    hi = min(100.0, math.ceil(max(finite) / 10) * 10) if finite else 100.0
    return (lo, hi) if hi > lo else (0.0, 100.0)


def _heterogeneity(result) -> str:
    if result.k < 2:
        return "One cohort: no heterogeneity"
    parts = []
    if math.isfinite(result.i2):
        i2 = f"I² = {result.i2:.0f}%"
        if math.isfinite(result.i2_lower):
            i2 += f" [{result.i2_lower:.0f}; {result.i2_upper:.0f}]"
        parts.append(i2)
    if math.isfinite(result.tau2):
        tau2 = f"τ² = {result.tau2:.3g}"
        if math.isfinite(result.tau2_lower):
            tau2 += f" [{result.tau2_lower:.3g}; {result.tau2_upper:.3g}]"
        parts.append(tau2)
    if math.isfinite(result.q):
        name = "LRT" if result.method.startswith("glmm") else "Q"
        parts.append(f"{name} = {result.q:.2f} (df = {result.q_df}), p = {result.q_p:.2g}")
    text = "Heterogeneity: " + ", ".join(parts)
    if result.k == 2:
        text += " (k = 2: uninformative)"
    return text


def _draw(ax, result, rows, total: str, count_header: str, xlabel: str):
    k = result.k
    ys = np.arange(k, 0, -1, dtype=float) + 1.0  # cohorts at k+1 ... 2, pooled at 0.5
    y0 = 0.5
    weights = np.array([w for *_, w in rows], dtype=float)
    sizes = np.where(np.isfinite(weights), 20 + 180 * np.nan_to_num(weights) / 100.0, 40.0)
    level = f"{100 * result.ci_level:g}%"
    for y, (_, _, est, lo, hi, w), s in zip(ys, rows, sizes, strict=True):
        ax.plot([100 * lo, 100 * hi], [y, y], color=_COHORT_COLOUR, lw=1.0)
        ax.scatter([100 * est], [y], s=s, marker="s", color=_COHORT_COLOUR, zorder=3,
                   clip_on=False)  # fmt: skip
        _right(ax, y, f"{100 * est:.1f} [{100 * lo:.1f}; {100 * hi:.1f}]", 1.02)
        _right(ax, y, f"{w:.1f}%" if math.isfinite(w) else "—", 1.30)
    if all(math.isfinite(v) for v in (result.pi_lower, result.pi_upper)):
        ax.plot([100 * result.pi_lower, 100 * result.pi_upper], [y0, y0], color=_POOLED_COLOUR,
                lw=1.0)  # fmt: skip
    if all(math.isfinite(v) for v in (result.lower, result.upper)):
        ax.add_patch(Polygon(
            [(100 * result.lower, y0), (100 * result.estimate, y0 + 0.3),
             (100 * result.upper, y0), (100 * result.estimate, y0 - 0.3)],
            closed=True, facecolor=_POOLED_COLOUR, edgecolor=_POOLED_COLOUR, zorder=4,
        ))  # fmt: skip
        pooled = f"{100 * result.estimate:.1f} [{100 * result.lower:.1f}; {100 * result.upper:.1f}]"
    else:
        ax.scatter([100 * result.estimate], [y0], marker="D", color=_POOLED_COLOUR, zorder=4)
        pooled = f"{100 * result.estimate:.1f} [not estimable]"
    _right(ax, y0, pooled, 1.02)
    _right(ax, y0, "100%" if np.isfinite(weights).all() else "—", 1.30)
    pi = result.predict()
    pi_text = (
        f"Prediction interval: {100 * result.pi_lower:.1f} to {100 * result.pi_upper:.1f}"
        if math.isfinite(result.pi_lower)
        else f"Prediction interval {pi.pi_note}"
    )
    ax.text(0.0, -0.9, pi_text, transform=ax.get_yaxis_transform(), fontsize=_FONT, va="center")
    ax.text(0.0, -1.5, _heterogeneity(result), transform=ax.get_yaxis_transform(),
            fontsize=_FONT, va="center")  # fmt: skip
    header = k + 1.6
    _right(ax, header, f"Estimate [{level} CI]", 1.02, bold=True)
    _right(ax, header, "Weight", 1.30, bold=True)
    ax.text(-0.02, header, f"Cohort    {count_header}", transform=ax.get_yaxis_transform(),
            fontsize=_FONT, va="center", ha="right", fontweight="bold")  # fmt: skip
    ax.set_yticks([*ys, y0])
    ax.set_yticklabels(
        [f"{lab}    {count}" for lab, count, *_ in rows]
        + ["Random-effects model" + (f"    {total}" if total else "")],
        fontsize=_FONT,
    )
    ax.set_ylim(-1.9, k + 2.0)
    ax.set_xlim(*_axis_limits(
        [*[v for _, _, _, lo, hi, _ in rows for v in (lo, hi)], result.lower, result.upper,
         result.pi_lower, result.pi_upper]
    ))  # fmt: skip
    ax.set_xlabel(f"{xlabel}; {level} CI, diamond: pooled, line: prediction interval",
                  fontsize=_FONT)  # fmt: skip
    ax.tick_params(axis="x", labelsize=_FONT)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)
    # the pooled row says "Random-effects model" (R meta's words); the title says which one
    title = result.outcome + (f" — {result.subgroup}" if result.subgroup else "")
    method = METHOD_LABELS.get(result.method, result.method)
    ax.set_title(f"{title}: {method}" if title else method, fontsize=_FONT + 1)
    ax.grid(axis="x", color="0.9", lw=0.5)
    ax.set_axisbelow(True)
    return ax


def _right(ax, y: float, text: str, x: float, bold: bool = False) -> None:
    ax.text(x, y, text, transform=ax.get_yaxis_transform(), va="center", fontsize=_FONT,
            fontweight="bold" if bold else "normal")  # fmt: skip
