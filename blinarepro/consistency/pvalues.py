"""Does a recomputed p-value agree with the printed one (statcheck-style)?"""

from __future__ import annotations

import math
from dataclasses import dataclass

from blinarepro._validate import check_level
from blinarepro.consistency._result import CheckResultMixin
from blinarepro.consistency.printed import (
    PrintedNonNumber,
    PrintedNumber,
    format_at,
    read_printed,
)

__all__ = ["PValueCheck", "pvalue_check"]


@dataclass(frozen=True)
class PValueCheck(CheckResultMixin):
    """Result of :func:`pvalue_check`.

    Attributes
    ----------
    printed_p : str
        The p-value as printed ("0.023", "<0.001", "p=0.56", "P = NS").
    recomputed_p : float
        The p-value recomputed from the document's numbers.
    alpha : float
        Significance level for the decision.
    relation : str
        Relation printed: "=" or a bound ("<", "<=", ">", ">="); "NS" for a p printed as
        not significant.
    status : str
        ``"consistent"`` if the recomputed p prints as the printed one (or satisfies the
        printed bound); ``"inconsistent"`` otherwise.
    reason : str
        Why.
    recomputed_formatted : str
        The recomputed p at the printed precision.
    reported_significant : bool or None
        Whether the printed p declares significance at ``alpha`` (None when a bound leaves
        it open, e.g. "<0.1" at 0.05).
    recomputed_significant : bool
        Whether the recomputed p is significant at ``alpha``.
    decision_error : bool
        statcheck's "gross inconsistency": inconsistent *and* the significance decision at
        ``alpha`` differs.
    """

    printed_p: str
    recomputed_p: float
    alpha: float
    relation: str
    status: str
    reason: str
    recomputed_formatted: str
    reported_significant: bool | None
    recomputed_significant: bool
    decision_error: bool


def _reported_significant(p: PrintedNumber, alpha: float, equal_is_significant: bool):
    bound = float(p.value)
    if p.relation == "=":
        return bound < alpha or (equal_is_significant and bound == alpha)
    if p.relation in ("<", "<="):
        if bound < alpha or (bound == alpha and (p.relation == "<" or equal_is_significant)):
            return True
        return None
    # ">" or ">="
    if bound > alpha or (bound == alpha and (p.relation == ">" or not equal_is_significant)):
        return False
    return None


def pvalue_check(
    printed_p: str | PrintedNumber | PrintedNonNumber,
    recomputed_p: float,
    alpha: float = 0.05,
    *,
    equal_is_significant: bool = True,
) -> PValueCheck:
    """Compare a printed p-value with one recomputed from the document's numbers.

    Parameters
    ----------
    printed_p : str, PrintedNumber or PrintedNonNumber
        The p-value exactly as printed: "0.023", "P = .023", "<0.001", "p<0.05", "P = NS".
    recomputed_p : float
        The recomputed p-value, in [0, 1].
    alpha : float, default 0.05
        Significance level, in (0, 1).
    equal_is_significant : bool, default True
        Whether a printed "p = 0.05" counts as declaring significance at alpha = 0.05
        (statcheck's default ``pEqualAlphaSig = TRUE``).

    Returns
    -------
    PValueCheck

    Raises
    ------
    ValueError, TypeError
        For an unparsable printed p, a printed or recomputed p outside [0, 1], or alpha
        outside (0, 1).

    Notes
    -----
    For a printed value ("0.023") the recomputed p must round to it at the printed precision
    (half up, even or down), so "0.023" admits [0.0225, 0.0235]; "0.000" admits p < 0.0005.
    For a bound ("<0.001") the recomputed p must satisfy it exactly. "NS" (not significant)
    is read as the interval it stands for, p >= alpha (p > alpha when a p equal to alpha
    counts as significant); it is formatted at three decimals. The decision error
    follows statcheck (Nuijten et al. 2016, Behavior Research Methods 48:1205): flagged only
    when the values disagree and the significance conclusion at alpha changes. Validated by
    hand-worked cases in ``tests/consistency/test_pvalues.py``.
    """
    p = read_printed(printed_p, "printed_p")
    if isinstance(p, PrintedNonNumber):
        if p.code != "NS":
            raise ValueError(f"printed_p {p.text!r} is {p.meaning}, which a p-value cannot be")
    elif p.percent_sign or not 0 <= p.value <= 1:
        raise ValueError(f"printed_p must be a probability in [0, 1]; got {p.text!r}")
    if isinstance(recomputed_p, bool | str):
        raise TypeError(f"recomputed_p must be a number; got {recomputed_p!r}")
    try:
        recomputed = float(recomputed_p)
    except (TypeError, ValueError):
        raise TypeError(f"recomputed_p must be a number; got {recomputed_p!r}") from None
    if not (math.isfinite(recomputed) and 0.0 <= recomputed <= 1.0):
        raise ValueError(f"recomputed_p must lie in [0, 1]; got {recomputed_p!r}")
    alpha = check_level("alpha", alpha)
    recomputed_sig = recomputed < alpha or (equal_is_significant and recomputed == alpha)
    if isinstance(p, PrintedNonNumber):
        ok = not recomputed_sig
        reason = (
            f"recomputed p = {recomputed:.4g} "
            + ("is not significant" if ok else "is significant")
            + f" at alpha = {alpha:g}, printed {p.text!r} ({p.meaning})"
        )
        return PValueCheck(
            printed_p=p.text,
            recomputed_p=recomputed,
            alpha=alpha,
            relation="NS",
            status="consistent" if ok else "inconsistent",
            reason=reason + ("" if ok else "; decision error"),
            recomputed_formatted=format_at(recomputed, 3),
            reported_significant=False,
            recomputed_significant=recomputed_sig,
            decision_error=not ok,
        )

    formatted = format_at(recomputed, p.decimals)
    ok = p.admits(recomputed)
    reported_sig = _reported_significant(p, alpha, equal_is_significant)
    decision_error = (not ok) and reported_sig is not None and reported_sig != recomputed_sig
    shown = f"p {p.relation} {p.value}"
    if ok:
        status = "consistent"
        if p.relation == "=":
            reason = f"recomputed p = {recomputed:.4g} rounds to the printed {shown}"
        else:
            reason = f"recomputed p = {recomputed:.4g} satisfies the printed {shown}"
    else:
        status = "inconsistent"
        if p.relation == "=":
            reason = f"recomputed p = {recomputed:.4g} ({formatted}) does not round to {shown}"
        else:
            reason = f"recomputed p = {recomputed:.4g} does not satisfy the printed {shown}"
        if decision_error:
            was = "significant" if reported_sig else "not significant"
            now = "significant" if recomputed_sig else "not significant"
            reason += f"; decision error at alpha = {alpha:g}: printed {was}, recomputed {now}"
    return PValueCheck(
        printed_p=p.text,
        recomputed_p=recomputed,
        alpha=alpha,
        relation=p.relation,
        status=status,
        reason=reason,
        recomputed_formatted=formatted,
        reported_significant=reported_sig,
        recomputed_significant=recomputed_sig,
        decision_error=decision_error,
    )
