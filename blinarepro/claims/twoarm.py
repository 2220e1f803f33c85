"""Arm-against-arm comparisons from printed summaries, and whether they bear out the wording.

A two-arm document prints, per outcome, either k/n in each arm or mean ± SD in each arm, and
words the comparison ("a trend toward improvement", "significantly lower"). This module runs
the tests a reader would run on those numbers (:func:`compare_proportions`: Fisher's and
Boschloo's exact tests with the Newcombe risk difference; :func:`compare_means`: Welch's t
test with the mean difference and Hedges' g), judges the wording against them at a
significance level (:func:`wording_support`), and draws every difference with its interval
(:func:`plot_differences`). Every effect is arm 1 minus arm 2.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from blinarepro._validate import check_choice, check_level
from blinarepro.claims.kinds import Claim, ClaimOutcome
from blinarepro.comparisons import boschloo_exact, fisher_exact, risk_difference
from blinarepro.means import hedges_g, two_sample_t

__all__ = [
    "COMPARISON_KINDS",
    "DIRECTIONS",
    "SUPPORT",
    "WORDING_STRENGTHS",
    "ArmComparison",
    "WordingSupport",
    "compare_means",
    "comparisons_table",
    "claim_wording",
    "compare_proportions",
    "format_pvalue",
    "plot_differences",
    "wording_support",
]

#: What is compared.
COMPARISON_KINDS = ("proportions", "means")
#: How strongly the wording claims a difference: ``"trend"`` claims a direction that did not
#: reach significance; ``"difference"`` ("significantly lower", "markedly reduced", or a plain
#: "lower"/"greater" offered as a finding) claims a difference at the significance level.
WORDING_STRENGTHS = ("trend", "difference")
#: The direction the wording gives to arm 1 relative to arm 2.
DIRECTIONS = ("higher", "lower")
#: Verdicts of :func:`wording_support`.
SUPPORT = ("yes", "partly", "no")


@dataclass(frozen=True)
class ArmComparison:
    """One outcome compared between two arms (arm 1 minus arm 2).

    Attributes
    ----------
    label : str
        Name of the comparison.
    kind : str
        ``"proportions"`` or ``"means"``.
    arm1, arm2 : str
        The inputs as used ("9/11", "3.09 ± 0.95 (n=11)").
    measure : str
        ``"risk difference"`` or ``"mean difference"``.
    estimate, lower, upper : float
        The difference and its interval: Newcombe hybrid score for a risk difference (on the
        proportion scale), Welch t interval for a mean difference.
    smd, smd_lower, smd_upper : float
        Hedges' g with its normal interval (means only; nan for proportions).
    confidence_level : float
        Level of both intervals.
    p_fisher, p_boschloo : float
        Two-sided exact p-values (proportions only; nan for means).
    p_welch : float
        Two-sided Welch p-value (means only; nan for proportions).
    """

    label: str
    kind: str
    arm1: str
    arm2: str
    measure: str
    estimate: float
    lower: float
    upper: float
    smd: float
    smd_lower: float
    smd_upper: float
    confidence_level: float
    p_fisher: float
    p_boschloo: float
    p_welch: float

    @property
    def pvalues(self) -> dict[str, float]:
        """The applicable tests and their p-values, e.g. ``{"Fisher": 0.105, ...}``."""
        if self.kind == "proportions":
            return {"Fisher": self.p_fisher, "Boschloo": self.p_boschloo}
        return {"Welch": self.p_welch}

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame whose columns are the fields above."""
        return pd.DataFrame([asdict(self)])

    def difference_text(self) -> str:
        """The difference and its interval, e.g. "+35.7 pts [-2.6, +63.4]" or "+1.45 [...]"."""
        if self.kind == "proportions":
            return (
                f"{100 * self.estimate:+.1f} pts [{100 * self.lower:+.1f}, {100 * self.upper:+.1f}]"
            )
        return f"{self.estimate:+.2f} [{self.lower:+.2f}, {self.upper:+.2f}]"

    def smd_text(self) -> str:
        """Hedges' g and its interval ("" for proportions)."""
        if self.kind == "proportions":
            return ""
        return f"{self.smd:+.2f} [{self.smd_lower:+.2f}, {self.smd_upper:+.2f}]"


def compare_proportions(
    label: str, k1: int, n1: int, k2: int, n2: int, confidence_level: float = 0.95
) -> ArmComparison:
    """Compare k1/n1 with k2/n2: Newcombe risk difference, Fisher and Boschloo p-values.

    Notes
    -----
    Calls :func:`blinarepro.comparisons.risk_difference` (``method="newcombe"``),
    :func:`~blinarepro.comparisons.fisher_exact` and
    :func:`~blinarepro.comparisons.boschloo_exact` (two-sided), each validated there; checked
    here against R 4.2.2 ``fisher.test`` for the xu2025 tables.
    """
    confidence_level = check_level("confidence_level", confidence_level)
    rd = risk_difference(k1, n1, k2, n2, confidence_level=confidence_level, method="newcombe")
    return ArmComparison(
        label=label,
        kind="proportions",
        arm1=f"{k1}/{n1}",
        arm2=f"{k2}/{n2}",
        measure="risk difference",
        estimate=rd.estimate,
        lower=rd.lower,
        upper=rd.upper,
        smd=math.nan,
        smd_lower=math.nan,
        smd_upper=math.nan,
        confidence_level=confidence_level,
        p_fisher=fisher_exact(k1, n1, k2, n2).pvalue,
        p_boschloo=boschloo_exact(k1, n1, k2, n2).pvalue,
        p_welch=math.nan,
    )


def compare_means(
    label: str,
    mean1: float,
    sd1: float,
    n1: int,
    mean2: float,
    sd2: float,
    n2: int,
    confidence_level: float = 0.95,
) -> ArmComparison:
    """Compare two means from mean, SD and n: Welch's t test and Hedges' g.

    Notes
    -----
    Calls :func:`blinarepro.means.two_sample_t` (Welch) and :func:`blinarepro.means.hedges_g`,
    each validated there; checked here against R 4.2.2 ``t.test`` on samples constructed to
    have the xu2025 means and SDs.
    """
    confidence_level = check_level("confidence_level", confidence_level)
    t = two_sample_t(mean1, sd1, n1, mean2, sd2, n2, confidence_level=confidence_level)
    g = hedges_g(mean1, sd1, n1, mean2, sd2, n2, confidence_level=confidence_level)
    return ArmComparison(
        label=label,
        kind="means",
        arm1=f"{mean1:g} ± {sd1:g} (n={n1})",
        arm2=f"{mean2:g} ± {sd2:g} (n={n2})",
        measure="mean difference",
        estimate=t.estimate,
        lower=t.lower,
        upper=t.upper,
        smd=g.estimate,
        smd_lower=g.lower,
        smd_upper=g.upper,
        confidence_level=confidence_level,
        p_fisher=math.nan,
        p_boschloo=math.nan,
        p_welch=t.pvalue,
    )


@dataclass(frozen=True)
class WordingSupport:
    """Does a recomputed comparison bear out the document's words? See :func:`wording_support`.

    Attributes
    ----------
    wording : str
        The words, verbatim.
    strength, direction : str
        As given (:data:`WORDING_STRENGTHS`, :data:`DIRECTIONS`).
    alpha : float
        Significance level.
    implied_decision : str
        ``"significant"`` (a claimed difference) or ``"not significant"`` (a trend).
    recomputed_decision : str
        ``"significant"`` / ``"not significant"`` when every test agrees at alpha,
        ``"mixed"`` when they do not.
    decision_differs : bool
        The recomputed decision contradicts the implied one (``"mixed"`` is not counted).
    supported : str
        One of :data:`SUPPORT`.
    reason : str
        Why, with the p-values.
    tests : str
        The applicable tests and their p-values, as text.
    approximate : str
        What the comparison assumed beyond the printed numbers ("" when nothing).
    """

    wording: str
    strength: str
    direction: str
    alpha: float
    implied_decision: str
    recomputed_decision: str
    decision_differs: bool
    supported: str
    reason: str
    tests: str = ""
    approximate: str = ""

    def to_claim_outcome(self) -> ClaimOutcome:
        """The judgement as a claims-engine outcome, for :func:`claim_wording`.

        One rule for every document: a comparison that rests on assumed inputs
        (``approximate``) is *not_recomputable*, its result in the note; a difference stated
        the other way round is *discrepant* (``value_differs``); a claimed difference the
        tests do not all show is *discrepant* (``wording_overstated``); a "trend" the tests
        find significant is *discrepant* (``decision_differs``: the decision the words imply
        differs from the recomputed one); otherwise *reproduced*.
        """
        detail = f"supported: {self.supported}; {self.reason}"
        if self.decision_differs:
            detail += (
                f"; decision implied by the wording ({self.implied_decision}) differs from the "
                f"recomputed one ({self.recomputed_decision}) at alpha = {self.alpha:g}"
            )
        wrong_way = self.reason.startswith("the observed difference is not")
        if self.approximate:
            verdict, finding = "not_recomputable", ""
            lead = "The comparison rests on inputs the document does not print."
        elif wrong_way:
            verdict, finding = "discrepant", "value_differs"
            lead = f"The observed difference is not {self.direction}, as the words say."
        elif self.strength == "difference" and self.supported != "yes":
            verdict, finding = "discrepant", "wording_overstated"
            lead = f"The words claim a difference the tests do not show at alpha = {self.alpha:g}."
        elif self.decision_differs:
            verdict, finding = "discrepant", "decision_differs"
            lead = (
                "The words imply no significant difference; the tests find one at "
                f"alpha = {self.alpha:g}."
            )
        else:
            verdict, finding = "reproduced", ""
            lead = "The tests bear out the words."
        return ClaimOutcome(
            reported=self.wording,
            recomputed=f"{self.recomputed_decision} ({self.tests})",
            method=f"wording ({self.strength}, {self.direction}) vs tests",
            verdict=verdict,
            note=f"{lead} {detail}",
            finding=finding,
        )


def comparisons_table(
    comparisons: dict[str, ArmComparison], supports: dict[str, WordingSupport]
) -> pd.DataFrame:
    """The comparisons and their wording checks as a tidy table (one value per cell).

    The estimate, its bounds, Hedges' g and the p-values are numbers in their own columns
    (proportions on the 0-1 scale; empty where a quantity does not apply), for
    ``reports/tables/``; the report's display uses :meth:`ArmComparison.difference_text`.
    ``supports`` has the same keys as ``comparisons``.
    """
    if set(supports) != set(comparisons):
        raise ValueError("supports and comparisons name different comparisons")
    rows = []
    for key, c in comparisons.items():
        s = supports[key]
        rows.append({
            "comparison": key, "kind": c.kind, "arm1": c.arm1, "arm2": c.arm2,
            "measure": c.measure, "estimate": c.estimate, "lower": c.lower, "upper": c.upper,
            "smd": c.smd, "smd_lower": c.smd_lower, "smd_upper": c.smd_upper,
            "ci_level": c.confidence_level, "p_fisher": c.p_fisher,
            "p_boschloo": c.p_boschloo, "p_welch": c.p_welch, "wording": s.wording,
            "implied_decision": s.implied_decision, "recomputed_decision": s.recomputed_decision,
            "decision_differs": s.decision_differs, "supported": s.supported,
            "reason": s.reason, "alpha": s.alpha,
        })  # fmt: skip
    return pd.DataFrame(rows)


def _fmt_p(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def format_pvalue(p: float) -> str:
    """A p-value for a table: "" when not applicable (nan), "<0.001", else three decimals."""
    if math.isnan(p):
        return ""
    return "<0.001" if p < 0.001 else f"{p:.3f}"


def wording_support(
    comparison: ArmComparison,
    wording: str,
    strength: str,
    direction: str,
    alpha: float = 0.05,
    *,
    approximate: str = "",
) -> WordingSupport:
    """Judge the document's wording of a comparison against the recomputed tests.

    Parameters
    ----------
    comparison : ArmComparison
        From :func:`compare_proportions` or :func:`compare_means`.
    wording : str
        The words, verbatim.
    strength : {"trend", "difference"}
        ``"trend"``: the words claim a direction only (the usual word for a difference that
        did not reach significance). ``"difference"``: they present a difference as a finding.
    direction : {"higher", "lower"}
        What the words say of arm 1 relative to arm 2.
    alpha : float, default 0.05
        Significance level.
    approximate : str, default ""
        If the comparison rests on inputs the document does not print (counts inferred from a
        Kaplan-Meier rate, say), what was assumed; the verdict is then at most ``"partly"``.

    Returns
    -------
    WordingSupport

    Notes
    -----
    Rules: the observed difference must point the stated way, else ``"no"``. A trend is
    then ``"yes"`` (a significant result is noted as understated and counted in
    ``decision_differs``). A claimed difference is ``"yes"`` when every applicable test is
    significant at alpha, ``"partly"`` when only some are, ``"no"`` when none is.
    """
    strength = check_choice("strength", strength, WORDING_STRENGTHS)
    direction = check_choice("direction", direction, DIRECTIONS)
    alpha = check_level("alpha", alpha)
    if not isinstance(comparison, ArmComparison):
        raise TypeError(f"comparison must be an ArmComparison; got {type(comparison).__name__}")
    if not isinstance(approximate, str):
        raise TypeError(f"approximate must be a string; got {approximate!r}")
    pvalues = comparison.pvalues
    significant = {name: p < alpha for name, p in pvalues.items()}
    if all(significant.values()):
        recomputed = "significant"
    elif not any(significant.values()):
        recomputed = "not significant"
    else:
        recomputed = "mixed"
    implied = "not significant" if strength == "trend" else "significant"
    differs = recomputed != "mixed" and recomputed != implied
    tests = ", ".join(f"{name} {_fmt_p(p)}" for name, p in pvalues.items())
    observed = "higher" if comparison.estimate > 0 else "lower" if comparison.estimate < 0 else ""
    if observed != direction:
        supported = "no"
        reason = f"the observed difference is not {direction} ({comparison.estimate:+.3g})"
    elif strength == "trend":
        supported = "yes"
        reason = f"direction as stated; {tests}"
        if recomputed == "significant":
            reason += f": significant at alpha = {alpha:g}, so 'trend' understates it"
        elif recomputed == "mixed":
            reason += f": significant at alpha = {alpha:g} by one test only"
        else:
            reason += f": not significant at alpha = {alpha:g}, as 'trend' implies"
    elif recomputed == "significant":
        supported = "yes"
        reason = f"{tests}: significant at alpha = {alpha:g}"
    elif recomputed == "mixed":
        supported = "partly"
        sig = [name for name, s in significant.items() if s]
        reason = f"{tests}: significant at alpha = {alpha:g} by {', '.join(sig)} only"
    else:
        supported = "no"
        reason = f"{tests}: not significant at alpha = {alpha:g}; the interval includes 0"
    if approximate:
        if supported == "yes":
            supported = "partly"
        reason += f" (approximate: {approximate})"
    return WordingSupport(
        wording=wording,
        strength=strength,
        direction=direction,
        alpha=alpha,
        implied_decision=implied,
        recomputed_decision=recomputed,
        decision_differs=differs,
        supported=supported,
        reason=reason,
        tests=tests,
        approximate=approximate,
    )


def plot_differences(comparisons, axes=None):
    """Two panels: risk differences (percentage points) and Hedges' g, each with its interval.

    Parameters
    ----------
    comparisons : sequence of ArmComparison
        Drawn top to bottom in the order given, proportions on the left panel, means on the
        right.
    axes : pair of matplotlib Axes, optional
        Created (side by side) if omitted.

    Returns
    -------
    numpy.ndarray of matplotlib.axes.Axes
    """
    import matplotlib.pyplot as plt

    comparisons = list(comparisons)
    for c in comparisons:
        if not isinstance(c, ArmComparison):
            raise TypeError(f"comparisons must be ArmComparison objects; got {c!r}")
    props = [c for c in comparisons if c.kind == "proportions"]
    means = [c for c in comparisons if c.kind == "means"]
    if axes is None:
        rows = max(len(props), len(means), 1)
        _, axes = plt.subplots(1, 2, figsize=(10.0, 1.4 + 0.45 * rows))
    axes = np.asarray(axes).ravel()
    panels = (
        (axes[0], props, 100.0, "estimate", "lower", "upper", "risk difference (points)"),
        (axes[1], means, 1.0, "smd", "smd_lower", "smd_upper", "Hedges' g"),
    )
    for ax, items, scale, est, lo, hi, xlabel in panels:
        ys = np.arange(len(items), 0, -1, dtype=float)
        for y, c in zip(ys, items, strict=True):
            ax.plot([scale * getattr(c, lo), scale * getattr(c, hi)], [y, y], color="0.2", lw=1.2)
            ax.scatter([scale * getattr(c, est)], [y], marker="s", color="#1f4e79", zorder=3)
        ax.axvline(0.0, color="0.5", lw=0.8, ls="--")
        ax.set_yticks(ys, [f"{c.label}\n{c.arm1} vs {c.arm2}" for c in items])
        ax.set_ylim(0.4, len(items) + 0.6)
        level = items[0].confidence_level if items else math.nan
        ax.set_xlabel(f"{xlabel}, arm 1 − arm 2, {100 * level:g}% CI")
    return axes


def claim_wording(
    result_id: str, support: WordingSupport, *, claim_id: str | None = None, note: str = ""
) -> Claim:
    """A claim that the document's wording of a comparison (row ``result_id``) holds.

    ``support`` is the :func:`wording_support` judgement; its verdict and finding follow
    :meth:`WordingSupport.to_claim_outcome`. The claim id defaults to
    ``"<result_id>:wording"``.
    """
    if not isinstance(support, WordingSupport):
        raise TypeError(f"support must be a WordingSupport; got {type(support).__name__}")

    def check(row, table, s=support):
        return s.to_claim_outcome()

    return Claim(claim_id or f"{result_id}:wording", result_id, check, note=note)
