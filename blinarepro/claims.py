"""Claims: pairing each printed number with the computation that should reproduce it.

A :class:`Claim` names one row of ``data/results.csv`` (by ``result_id``) and a check. Notebooks
declare claims compactly with the factories (``claim_percent("xu2025-07")``,
``claim_km("wang2025-13")``, ...) and :func:`evaluate` turns a list of them into the verdict
table, one row per claim in the order given, with the columns :data:`TABLE_COLUMNS` and a
verdict from :data:`VERDICTS`:

``reproduced``
    the printed number is obtained again, at its printed precision;
``discrepant``
    a recomputation from the document's own numbers gives something else;
``inconsistent``
    the printed number cannot be true given the other printed numbers (90.1% of 11 patients;
    a Kaplan-Meier rate no curve on n patients can give; parts that do not add up);
``not_recomputable``
    the document does not give what a recomputation needs (the note says what is missing).

Tolerance always comes from the printed precision (half a unit of the last printed digit),
never from a fudge factor. Rows are read as printed strings; the ``*_num`` columns of the
loader are not used, so no precision is lost.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import pandas as pd

from blinarepro._validate import check_choice, check_count, check_events, check_level
from blinarepro.consistency.grim import grim, grimmer
from blinarepro.consistency.intervals import ci_method_check
from blinarepro.consistency.km import km_feasibility, km_value
from blinarepro.consistency.percent import percent_check
from blinarepro.consistency.printed import (
    PrintedNonNumber,
    PrintedNumber,
    format_at,
    format_exact,
    parse_printed,
    printed_numbers,
    stored_printed,
)
from blinarepro.consistency.pvalues import pvalue_check
from blinarepro.consistency.ranges import mean_range_check
from blinarepro.consistency.sums import SUM_KINDS, sum_check
from blinarepro.proportions import PROPORTION_CI_METHODS

__all__ = [
    "CLAIM_KINDS",
    "PVALUE_RECOMPUTES",
    "TABLE_COLUMNS",
    "VERDICTS",
    "Claim",
    "ClaimOutcome",
    "claim_ci",
    "claim_grim",
    "claim_grimmer",
    "claim_km",
    "claim_mean_range",
    "claim_not_recomputable",
    "claim_percent",
    "claim_pvalue",
    "claim_recompute",
    "claim_sum",
    "evaluate",
    "verdict_summary",
]

#: Verdicts, in the order used by :func:`verdict_summary`.
VERDICTS = ("reproduced", "discrepant", "inconsistent", "not_recomputable")

#: Columns of the table returned by :func:`evaluate`, in order.
TABLE_COLUMNS = (
    "study_id",
    "claim_id",
    "outcome",
    "cohort",
    "statistic",
    "reported",
    "recomputed",
    "method",
    "verdict",
    "note",
)

#: Named checks a :class:`Claim` may use (a callable may be given instead, see :class:`Claim`).
CLAIM_KINDS = (
    "percent",
    "ci",
    "km",
    "pvalue",
    "sum",
    "grim",
    "grimmer",
    "mean_range",
    "recompute",
    "not_recomputable",
)

#: Named p-value recomputations for :func:`claim_pvalue`: two proportions from ``events`` and
#: ``n`` (``fisher``, ``boschloo``, ``chi2`` and ``chi2-yates`` i.e. Pearson's chi-squared
#: without / with Yates' correction) or two means from ``value`` (mean), ``sd`` and n
#: (``welch``, ``student``).
PVALUE_RECOMPUTES = ("fisher", "boschloo", "chi2", "chi2-yates", "welch", "student")

# Statistics (column ``statistic``) each kind applies to; None: any.
_KIND_STATISTICS: dict[str, tuple[str, ...] | None] = {
    "percent": ("percent",),
    "ci": ("percent", "count"),
    "km": ("km_rate",),
    "pvalue": ("p_value", "p_value_paired", "p_value_groups"),
    "sum": None,
    "grim": ("mean_sd", "mean", "mean_range"),
    "grimmer": ("mean_sd",),
    "mean_range": ("mean_range",),
    "recompute": None,
    "not_recomputable": None,
    "custom": None,
}

# Parameters each kind accepts (required ones are checked by the factories and handlers).
_KIND_PARAMS: dict[str, tuple[str, ...]] = {
    "percent": ("n",),
    "ci": ("method", "n"),
    "km": ("n", "use_se"),
    "pvalue": ("recompute", "inputs", "n", "alpha"),
    "sum": ("parts", "kind", "field"),
    "grim": ("n", "items"),
    "grimmer": ("n", "items"),
    "mean_range": ("n",),
    "recompute": ("func", "method", "field"),
    "not_recomputable": ("reason",),
    "custom": (),
}

# Kinds that read the ``qualifier`` column (a value printed as a bound, "<5%"); any other
# kind meets such a row as not recomputable, saying so.
_READ_QUALIFIER = ("percent", "pvalue", "not_recomputable", "custom")

_REQUIRED_COLUMNS = ("result_id", "study_id", "cohort", "outcome", "statistic", "value")


@dataclass(frozen=True)
class ClaimOutcome:
    """What a check makes of one claim (a custom check callable returns one of these).

    Attributes
    ----------
    reported : str
        The printed number(s) checked, as printed.
    recomputed : str
        The recomputed number(s), at the printed precision ("" when none).
    method : str
        How it was recomputed.
    verdict : str
        One of :data:`VERDICTS`.
    note : str
        Explanation; more digits, candidates, what is missing.
    """

    reported: str
    recomputed: str
    method: str
    verdict: str
    note: str = ""

    def __post_init__(self) -> None:
        check_choice("verdict", self.verdict, VERDICTS)


@dataclass(frozen=True)
class Claim:
    """One printed number (a row of ``results.csv``) and the check that should reproduce it.

    Parameters
    ----------
    claim_id : str
        Unique within an evaluation.
    result_id : str
        The ``result_id`` of the row holding the printed number.
    check : str or callable
        A kind from :data:`CLAIM_KINDS`, or a callable ``f(row, table) -> ClaimOutcome``
        (``row``: that row as a Series of printed strings, ``table``: the whole results table).
    params : mapping or tuple of (name, value) pairs
        Arguments of the kind (see the ``claim_*`` factories, which fill them in).
    note : str
        A note appended to the verdict's note (e.g. why this n was chosen).

    Raises
    ------
    ValueError
        For an empty id, an unknown kind or a parameter the kind does not take.
    """

    claim_id: str
    result_id: str
    check: str | Callable[[pd.Series, pd.DataFrame], ClaimOutcome]
    params: tuple[tuple[str, Any], ...] = ()
    note: str = ""

    def __post_init__(self) -> None:
        for name in ("claim_id", "result_id"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"{name} must be a non-empty string; got {value!r}")
        if not isinstance(self.note, str):
            raise TypeError(f"note must be a string; got {self.note!r}")
        if not callable(self.check):
            check_choice("check", self.check, CLAIM_KINDS)
        params = self.params
        if isinstance(params, Mapping):
            params = tuple(params.items())
        params = tuple((str(k), v) for k, v in params)
        allowed = _KIND_PARAMS[self.kind]
        for key, _ in params:
            if key not in allowed:
                listed = ", ".join(repr(a) for a in allowed) or "none"
                raise ValueError(
                    f"params of a {self.kind!r} claim must be among {listed}; got {key!r} "
                    f"(claim {self.claim_id!r})"
                )
        object.__setattr__(self, "params", params)

    @property
    def kind(self) -> str:
        """The check kind, ``"custom"`` for a callable."""
        return "custom" if callable(self.check) else str(self.check)

    @property
    def kwargs(self) -> dict[str, Any]:
        """The parameters as a dict."""
        return dict(self.params)


# ----------------------------------------------------------------------------- factories


def _claim_id(claim_id: str | None, result_id: str, kind: str) -> str:
    return claim_id if claim_id is not None else f"{result_id}:{kind}"


def _check_n_param(n: Any) -> Any:
    if n is None or isinstance(n, str):
        return n
    return check_count("n", n, minimum=1)


def claim_percent(
    result_id: str, *, n: int | str | None = None, claim_id: str | None = None, note: str = ""
) -> Claim:
    """Claim that a printed percentage is k/n (the row's ``events`` if printed or implied).

    ``n`` overrides the row's n: an int, or the ``result_id`` of a row giving it (an ``n``
    row's value, else that row's ``n`` column); the row's events, which belong to its own n,
    are then ignored and every k/n is tried (e.g. to test another reading of an ambiguous
    denominator, with a distinct ``claim_id``). Verdict: *inconsistent* when no k/n gives the
    percentage, *discrepant* when some k would but the row's events do not, else
    *reproduced*. See :func:`blinarepro.consistency.percent_check`.
    """
    params = {"n": _check_n_param(n)} if n is not None else {}
    return Claim(_claim_id(claim_id, result_id, "percent"), result_id, "percent", params, note)


def claim_ci(
    result_id: str,
    method: str | None = None,
    *,
    n: int | str | None = None,
    claim_id: str | None = None,
    note: str = "",
) -> Claim:
    """Claim that the printed interval (``lower``, ``upper``) is a CI for ``events``/``n``.

    With ``method`` (one of :data:`blinarepro.proportions.PROPORTION_CI_METHODS`, e.g. the one
    the document names) it is *reproduced* only if that method gives it; without, if any
    method does. Otherwise *discrepant*. See :func:`blinarepro.consistency.ci_method_check`.
    """
    params: dict[str, Any] = {}
    if method is not None:
        params["method"] = check_choice("method", method, PROPORTION_CI_METHODS)
    if n is not None:
        params["n"] = _check_n_param(n)
    return Claim(_claim_id(claim_id, result_id, "ci"), result_id, "ci", params, note)


def claim_km(
    result_id: str,
    *,
    n: int | str | None = None,
    use_se: bool = True,
    claim_id: str | None = None,
    note: str = "",
) -> Claim:
    """Claim that a printed Kaplan-Meier rate (and its ``se``, if printed) can arise from n.

    *inconsistent* when no Kaplan-Meier curve on n patients gives the rate, else
    *reproduced* with the simplest curve in the note; a printed SE that no curve matches is
    reported in the note. See :func:`blinarepro.consistency.km_feasibility`.
    """
    if not isinstance(use_se, bool):
        raise TypeError(f"use_se must be True or False; got {use_se!r}")
    params: dict[str, Any] = {"use_se": use_se}
    if n is not None:
        params["n"] = _check_n_param(n)
    return Claim(_claim_id(claim_id, result_id, "km"), result_id, "km", params, note)


def claim_pvalue(
    result_id: str,
    recompute: str | Callable[..., float],
    inputs: Iterable[str] = (),
    *,
    n: Iterable[int | str | None] | None = None,
    alpha: float = 0.05,
    claim_id: str | None = None,
    note: str = "",
) -> Claim:
    """Claim that a printed p-value is reproduced by a test on other printed numbers.

    Parameters
    ----------
    result_id : str
        The ``p_value`` row.
    recompute : str or callable
        One of :data:`PVALUE_RECOMPUTES` (``inputs`` are then the two groups' rows), or a
        callable ``f(*rows) -> float`` receiving the ``inputs`` rows as Series of strings.
    inputs : iterable of str
        ``result_id`` of the rows the test uses (group 1, group 2).
    n : iterable, optional
        Per input, an n overriding the row's (int, a ``result_id``, or None to keep it).
    alpha : float, default 0.05
        For the decision-error flag.

    Notes
    -----
    *reproduced* when the recomputed p rounds to the printed one (or satisfies the printed
    bound), else *discrepant*; a statcheck decision error is stated in the note. A test that
    needs patient-level data (log-rank) is :func:`claim_not_recomputable`.
    """
    if not callable(recompute):
        check_choice("recompute", recompute, PVALUE_RECOMPUTES)
    inputs = tuple(inputs)
    for rid in inputs:
        if not isinstance(rid, str):
            raise TypeError(f"inputs must be result_id strings; got {rid!r}")
    if isinstance(recompute, str) and len(inputs) != 2:
        raise ValueError(f"inputs must name 2 rows for recompute={recompute!r}; got {inputs!r}")
    params: dict[str, Any] = {
        "recompute": recompute,
        "inputs": inputs,
        "alpha": check_level("alpha", alpha),
    }
    if n is not None:
        n = tuple(_check_n_param(x) for x in n)
        if len(n) != len(inputs):
            raise ValueError(f"n must give one entry per input ({len(inputs)}); got {n!r}")
        params["n"] = n
    return Claim(_claim_id(claim_id, result_id, "pvalue"), result_id, "pvalue", params, note)


def claim_sum(
    result_id: str,
    parts: Iterable[str | tuple[str, str]],
    *,
    kind: str = "count",
    field: str = "value",
    claim_id: str | None = None,
    note: str = "",
) -> Claim:
    """Claim that the rows ``parts`` add up to the row ``result_id`` (column ``field``).

    ``kind="count"`` for whole numbers that must add up exactly, ``"rounded"`` for rounded
    numbers (see :func:`blinarepro.consistency.sum_check`). Verdict *reproduced* or
    *inconsistent*. That the parts are disjoint and exhaustive is the claim's assertion.
    A part may be a ``(result_id, column)`` pair to take that part from another column of
    its row, e.g. the ``events`` of a percentage row ("Twelve (80.0%) of the 15") added to
    the ``value`` of a count row.
    """
    parts = tuple(tuple(p) if isinstance(p, list) else p for p in parts)
    if not parts:
        raise ValueError("parts must name at least one result_id")
    for rid in parts:
        pair = isinstance(rid, tuple) and len(rid) == 2 and all(isinstance(x, str) for x in rid)
        if not isinstance(rid, str) and not pair:
            raise TypeError(
                f"parts must be result_id strings or (result_id, column) pairs; got {rid!r}"
            )
    params = {"parts": parts, "kind": check_choice("kind", kind, SUM_KINDS), "field": field}
    return Claim(_claim_id(claim_id, result_id, "sum"), result_id, "sum", params, note)


def claim_grim(
    result_id: str,
    *,
    n: int | str | None = None,
    items: int = 1,
    claim_id: str | None = None,
    note: str = "",
) -> Claim:
    """Claim that a printed mean is a mean of n integers (GRIM). Only for integer data."""
    return _granularity_claim("grim", result_id, n, items, claim_id, note)


def claim_grimmer(
    result_id: str,
    *,
    n: int | str | None = None,
    items: int = 1,
    claim_id: str | None = None,
    note: str = "",
) -> Claim:
    """Claim that a printed mean and SD come from n integers (GRIMMER). Only for integer data."""
    return _granularity_claim("grimmer", result_id, n, items, claim_id, note)


def _granularity_claim(check, result_id, n, items, claim_id, note) -> Claim:
    """The claim of :func:`claim_grim` or :func:`claim_grimmer` (``check`` names which)."""
    params: dict[str, Any] = {"items": check_count("items", items, minimum=1)}
    if n is not None:
        params["n"] = _check_n_param(n)
    return Claim(_claim_id(claim_id, result_id, check), result_id, check, params, note)


def claim_mean_range(
    result_id: str, *, n: int | str | None = None, claim_id: str | None = None, note: str = ""
) -> Claim:
    """Claim that a printed mean lies where the printed range and n allow."""
    params = {"n": _check_n_param(n)} if n is not None else {}
    return Claim(
        _claim_id(claim_id, result_id, "mean_range"), result_id, "mean_range", params, note
    )


def claim_recompute(
    result_id: str,
    func: Callable[[pd.Series, pd.DataFrame], float],
    *,
    method: str,
    field: str = "value",
    claim_id: str | None = None,
    note: str = "",
) -> Claim:
    """Claim that ``func(row, table)`` reproduces the printed ``field`` of the row.

    *reproduced* when the returned number rounds to the printed one, else *discrepant*.
    ``method`` names the computation for the table.
    """
    if not callable(func):
        raise TypeError(f"func must be callable; got {func!r}")
    if not isinstance(method, str) or not method:
        raise ValueError(f"method must name the computation; got {method!r}")
    params = {"func": func, "method": method, "field": field}
    return Claim(_claim_id(claim_id, result_id, "recompute"), result_id, "recompute", params, note)


def claim_not_recomputable(
    result_id: str, reason: str, *, claim_id: str | None = None, note: str = ""
) -> Claim:
    """A printed number that cannot be recomputed from the document; ``reason`` says why."""
    if not isinstance(reason, str) or not reason.strip():
        raise ValueError(f"reason must say what is missing; got {reason!r}")
    return Claim(
        _claim_id(claim_id, result_id, "not_recomputable"),
        result_id,
        "not_recomputable",
        {"reason": reason},
        note,
    )


# ----------------------------------------------------------------------------- evaluation


def _text(row: Mapping[str, Any], column: str) -> str | None:
    """The printed string of a field, or None when blank or missing."""
    if column not in row:
        return None
    value = row[column]
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    text = str(value).strip()
    return text or None


def _count(text: str, what: str) -> int:
    p = parse_printed(text, what)
    if p.relation != "=" or p.value != p.value.to_integral_value() or p.value < 0:
        raise ValueError(f"{what} must be a whole number; got {text!r}")
    return int(p.value)


class _Context:
    def __init__(self, rows: dict[str, dict[str, Any]], table: pd.DataFrame):
        self.rows = rows
        self.table = table

    def row(self, result_id: str, claim: Claim) -> dict[str, Any]:
        try:
            return self.rows[result_id]
        except KeyError:
            raise ValueError(
                f"claim {claim.claim_id!r} refers to result_id {result_id!r}, which is not in "
                "the results table"
            ) from None

    def n_of(self, row: dict[str, Any], override: Any, claim: Claim) -> tuple[int | None, str]:
        """The n to use and where it came from ("" when from the row itself)."""
        if isinstance(override, int):
            return override, f"n = {override} given by the claim"
        if isinstance(override, str):
            other = self.row(override, claim)
            if _text(other, "statistic") == "n":
                text = _text(other, "value")
            else:
                text = _text(other, "n")
            if text is None:
                raise ValueError(f"claim {claim.claim_id!r}: row {override!r} gives no n")
            return _count(text, f"n of {override}"), f"n = {text} from {override}"
        text = _text(row, "n")
        if text is None:
            return None, ""
        return _count(text, f"n of {row['result_id']}"), ""


def _not_recomputable(reported: str, why: str) -> ClaimOutcome:
    return ClaimOutcome(reported, "", "", "not_recomputable", why)


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def _n_source_note(row: Mapping[str, Any], n_note: str) -> str:
    if n_note:
        return n_note
    source = _text(row, "n_source")
    if source in ("implied", "ambiguous"):
        return f"n {source} (n_source)"
    return ""


def _eval_percent(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    value = _text(row, "value")
    if value is None:
        return _not_recomputable("", "no percentage printed in this row")
    n, n_note = ctx.n_of(row, claim.kwargs.get("n"), claim)
    if n is None:
        return _not_recomputable(value, "no n printed or implied for this row")
    events_text = _text(row, "events") if "n" not in claim.kwargs else None
    k = None if events_text is None else _count(events_text, "events")
    p = stored_printed(value, _text(row, "qualifier") or "")  # "<5%": value 5, qualifier "<"
    res = percent_check(p, n, k)
    value = p.text
    note = _join(res.reason, _n_source_note(row, n_note))
    if k is not None:
        recomputed = format_at(Fraction(100 * k, n), p.decimals)
        method = f"{k}/{n}"
        if res.consistent:
            verdict = "reproduced"
        elif res.candidates:
            verdict = "discrepant"
        else:
            verdict = "inconsistent"
    elif res.candidates:
        first = res.candidates[0]
        recomputed = format_at(Fraction(100 * first.k, n), p.decimals)
        method = " or ".join(f"{c.k}/{n}" for c in res.candidates)
        verdict = "reproduced"
    else:
        closest = min(range(n + 1), key=lambda j: abs(Fraction(100 * j, n) - p.fraction))
        recomputed = format_at(Fraction(100 * closest, n), p.decimals)
        method = f"k/{n} (closest {closest}/{n})"
        verdict = "inconsistent"
    return ClaimOutcome(value, recomputed, method, verdict, note)


def _eval_ci(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    lower, upper = _text(row, "lower"), _text(row, "upper")
    if lower is None or upper is None:
        return _not_recomputable("", "no interval printed in this row")
    reported = f"[{lower}, {upper}]"
    n, n_note = ctx.n_of(row, claim.kwargs.get("n"), claim)
    events = _text(row, "events")
    if n is None or events is None:
        return _not_recomputable(reported, "events and n are both needed for the interval")
    k = _count(events, "events")
    level_text = _text(row, "ci_level")
    if level_text is None:
        return _not_recomputable(reported, "confidence level not printed")
    level = float(parse_printed(level_text, "ci_level").value)
    if level > 1:
        level /= 100
    unit = _text(row, "unit")
    scale = "percent" if unit in ("percent", "%") else "proportion"
    res = ci_method_check(lower, upper, k, n, level, scale=scale)
    if res.status == "not_checkable":  # a bound printed as NR (not reached) or NE
        return _not_recomputable(reported, res.reason)
    wanted = claim.kwargs.get("method")
    pl, pu = parse_printed(lower), parse_printed(upper)
    if wanted is not None:
        shown = res.result(wanted)
        ok = shown.matches
        method = wanted
        extra = (
            f"methods that reproduce it: {', '.join(res.matching)}"
            if res.matching
            else f"no method reproduces it ({res.reason})"
        )
    else:
        ok = bool(res.matching)
        if ok:
            shown = res.result(res.matching[0])
            method = ", ".join(res.matching)
        else:
            shown = min(
                res.results,
                key=lambda r: max(abs(r.lower - float(pl.value)), abs(r.upper - float(pu.value))),
            )
            method = f"{shown.method} (nearest)"
        extra = ""
    recomputed = f"[{shown.lower_formatted}, {shown.upper_formatted}]"
    if wanted is not None:
        verb = "reproduces" if ok else "does not reproduce"
        first = f"{wanted} gives {recomputed}, which {verb} {reported} for {k}/{n}"
    else:
        first = res.reason
    note = _join(
        first,
        extra,
        f"{shown.method}: {format_exact(shown.lower)}-{format_exact(shown.upper)}",
        _n_source_note(row, n_note),
    )
    return ClaimOutcome(reported, recomputed, method, "reproduced" if ok else "discrepant", note)


def _eval_km(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    value = _text(row, "value")
    if value is None:
        return _not_recomputable("", "no rate printed in this row")
    se = _text(row, "se") if claim.kwargs.get("use_se", True) else None
    reported = value if se is None else f"{value} (SE {se})"
    n, n_note = ctx.n_of(row, claim.kwargs.get("n"), claim)
    if n is None:
        return _not_recomputable(reported, "no n printed or implied for this rate")
    unit = _text(row, "unit")
    scale = "percent" if unit in ("percent", "%", None) else "proportion"
    res = km_feasibility(value, n, se, scale=scale)
    p = parse_printed(value)
    factor = 100 if scale == "percent" else 1
    method = "Kaplan-Meier feasibility (exact search)"
    note = _join(res.reason, _n_source_note(row, n_note))
    if res.status == "not_checkable":
        return ClaimOutcome(reported, "", method, "not_recomputable", note)
    if res.status == "inconsistent":
        return ClaimOutcome(reported, "", method, "inconsistent", note)
    recomputed = format_at(km_value(res.path) * factor, p.decimals)
    if se is not None and res.se_status == "matched":
        pse = parse_printed(se)
        recomputed = (
            f"{format_at(km_value(res.se_path) * factor, p.decimals)} "
            f"(SE {format_at(res.se_path_se, pse.decimals)})"
        )
        method += " + Greenwood SE"
    return ClaimOutcome(reported, recomputed, method, "reproduced", note)


def _pvalue_printed(row) -> PrintedNumber | PrintedNonNumber:
    value = _text(row, "value")
    assert value is not None
    p = stored_printed(value, _text(row, "qualifier") or "")
    if isinstance(p, PrintedNonNumber):  # "P = NS"
        return p
    reported = _text(row, "reported") or ""
    # A bound ("P < 0.001") may be printed in ``reported`` while ``value`` holds the number.
    if p.relation == "=":
        for bound in printed_numbers(reported):  # the printed-number grammar
            if isinstance(bound, PrintedNumber) and bound.relation != "=":
                if bound.value == p.value:
                    return bound
    return p


def _recompute_p(claim: Claim, rows: list, ns: list[int | None], name: str) -> float:
    if name in ("fisher", "boschloo", "chi2", "chi2-yates"):
        ks = []
        for row, n in zip(rows, ns, strict=True):
            events = _text(row, "events")
            if events is None or n is None:
                raise _Missing(f"{row['result_id']} lacks events or n")
            ks.append(check_events(_count(events, "events"), n))
        (k1, n1), (k2, n2) = ks
        if name == "fisher":
            from blinarepro.comparisons import fisher_exact

            return fisher_exact(k1, n1, k2, n2).pvalue
        if name == "boschloo":
            from blinarepro.comparisons import boschloo_exact

            return boschloo_exact(k1, n1, k2, n2).pvalue
        from scipy.stats import chi2_contingency

        table = [[k1, n1 - k1], [k2, n2 - k2]]
        if min(k1 + k2, n1 + n2 - k1 - k2) == 0:
            raise _Missing("no events or no non-events in either group: chi-squared undefined")
        return float(chi2_contingency(table, correction=name == "chi2-yates").pvalue)
    # welch / student
    from blinarepro.means import two_sample_t

    args = []
    for row, n in zip(rows, ns, strict=True):
        mean, sd = _text(row, "value"), _text(row, "sd")
        if mean is None or sd is None or n is None:
            raise _Missing(f"{row['result_id']} lacks mean, SD or n")
        args += [float(parse_printed(mean).value), float(parse_printed(sd).value), n]
    return two_sample_t(*args, equal_var=name == "student").pvalue


class _Missing(Exception):
    """A recomputation lacks an input the document does not print."""


def _eval_pvalue(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    if _text(row, "value") is None:
        return _not_recomputable("", "no p-value printed in this row")
    p = _pvalue_printed(row)
    if isinstance(p, PrintedNonNumber):
        reported = p.code
    else:
        reported = p.text if p.relation == "=" else f"{p.relation}{p.value}"
    kw = claim.kwargs
    recompute = kw["recompute"]
    rows = [ctx.row(rid, claim) for rid in kw.get("inputs", ())]
    overrides = kw.get("n") or (None,) * len(rows)
    ns, n_notes = [], []
    for r, o in zip(rows, overrides, strict=True):
        n, why = ctx.n_of(r, o, claim)
        ns.append(n)
        if why:
            n_notes.append(why)
    try:
        if callable(recompute):
            value = float(recompute(*rows))
            method = getattr(recompute, "__name__", "custom")
        else:
            value = _recompute_p(claim, rows, ns, recompute)
            method = recompute
    except _Missing as exc:
        return _not_recomputable(reported, str(exc))
    res = pvalue_check(p, value, kw.get("alpha", 0.05))
    note = _join(res.reason, f"recomputed p = {format_exact(value)}", *n_notes)
    verdict = "reproduced" if res.consistent else "discrepant"
    return ClaimOutcome(reported, res.recomputed_formatted, method, verdict, note)


def _eval_sum(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    kw = claim.kwargs
    field = kw.get("field", "value")
    total = _text(row, field)
    if total is None:
        return _not_recomputable("", f"no {field} printed for the total")
    parts = {}
    for part in kw["parts"]:
        rid, part_field = (part, field) if isinstance(part, str) else part
        label = rid if part_field == field else f"{rid}.{part_field}"
        text = _text(ctx.row(rid, claim), part_field)
        if text is None:
            return _not_recomputable(total, f"no {part_field} printed for part {rid}")
        parts[label] = text
    res = sum_check(parts, total, kind=kw.get("kind", "count"))
    verdict = "reproduced" if res.consistent else "inconsistent"
    method = " + ".join(parts)
    return ClaimOutcome(total, res.parts_sum, f"sum of {method}", verdict, res.reason)


def _mean_inputs(claim: Claim, row, ctx: _Context):
    mean = _text(row, "value")
    n, n_note = ctx.n_of(row, claim.kwargs.get("n"), claim)
    return mean, n, n_note


def _eval_grim(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    mean, n, n_note = _mean_inputs(claim, row, ctx)
    if mean is None:
        return _not_recomputable("", "no mean printed in this row")
    if n is None:
        return _not_recomputable(mean, "no n printed for this mean; give n= in the claim")
    res = grim(mean, n, claim.kwargs.get("items", 1))
    p = parse_printed(mean)
    method = "GRIM (assumes integer data)"
    note = _join(res.reason, n_note)
    if res.consistent:
        recomputed = format_at(Fraction(res.sums[0], n * res.items), p.decimals)
        return ClaimOutcome(mean, recomputed, method, "reproduced", note)
    recomputed = f"{res.nearest_below} or {res.nearest_above}"
    return ClaimOutcome(mean, recomputed, method, "inconsistent", note)


def _eval_grimmer(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    mean, n, n_note = _mean_inputs(claim, row, ctx)
    sd = _text(row, "sd")
    if mean is None or sd is None:
        return _not_recomputable(mean or "", "mean and SD are both needed")
    reported = f"{mean} ± {sd}"
    if n is None:
        return _not_recomputable(reported, "no n printed for this mean; give n= in the claim")
    if n < 2:
        return _not_recomputable(reported, "an SD needs n >= 2")
    res = grimmer(mean, sd, n, claim.kwargs.get("items", 1))
    method = "GRIMMER (assumes integer data)"
    note = _join(res.reason, n_note)
    if res.consistent:
        sol = res.solutions[0]
        pm, ps = parse_printed(mean), parse_printed(sd)
        recomputed = f"{format_at(sol.mean, pm.decimals)} ± {format_at(sol.sd, ps.decimals)}"
        return ClaimOutcome(reported, recomputed, method, "reproduced", note)
    recomputed = ""
    if not res.grim.consistent:
        recomputed = f"{res.grim.nearest_below} or {res.grim.nearest_above}"
    return ClaimOutcome(reported, recomputed, method, "inconsistent", note)


def _eval_mean_range(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    mean, n, n_note = _mean_inputs(claim, row, ctx)
    lower, upper = _text(row, "lower"), _text(row, "upper")
    if mean is None or lower is None or upper is None:
        return _not_recomputable(mean or "", "mean, minimum and maximum are all needed")
    reported = f"{mean} ({lower}-{upper})"
    if n is None:
        return _not_recomputable(reported, "no n printed for this mean; give n= in the claim")
    res = mean_range_check(mean, lower, upper, n, _text(row, "sd"))
    lo, hi = res.mean_bounds
    recomputed = f"mean in [{format_exact(lo)}, {format_exact(hi)}]"
    verdict = "reproduced" if res.consistent else "inconsistent"
    return ClaimOutcome(
        reported, recomputed, "mean within range bounds", verdict, _join(res.reason, n_note)
    )


def _eval_recompute(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    kw = claim.kwargs
    field = kw.get("field", "value")
    printed = _text(row, field)
    if printed is None:
        return _not_recomputable("", f"no {field} printed in this row")
    p = parse_printed(printed, field)
    value = kw["func"](pd.Series(row), ctx.table)
    frac = Fraction(value) if isinstance(value, Fraction) else None
    x = frac if frac is not None else float(value)
    ok = p.admits(x)
    recomputed = format_at(x, p.decimals)
    note = f"recomputed {format_exact(x)}"
    return ClaimOutcome(
        printed, recomputed, kw["method"], "reproduced" if ok else "discrepant", note
    )


def _eval_not_recomputable(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    value = _text(row, "value") or ""
    return _not_recomputable(value, claim.kwargs["reason"])


def _eval_custom(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    out = claim.check(pd.Series(row), ctx.table)  # type: ignore[operator]
    if not isinstance(out, ClaimOutcome):
        raise TypeError(
            f"claim {claim.claim_id!r}: a custom check must return a ClaimOutcome; got {out!r}"
        )
    return out


_HANDLERS = {
    "percent": _eval_percent,
    "ci": _eval_ci,
    "km": _eval_km,
    "pvalue": _eval_pvalue,
    "sum": _eval_sum,
    "grim": _eval_grim,
    "grimmer": _eval_grimmer,
    "mean_range": _eval_mean_range,
    "recompute": _eval_recompute,
    "not_recomputable": _eval_not_recomputable,
    "custom": _eval_custom,
}


def _rows_by_id(results: pd.DataFrame) -> dict[str, dict[str, Any]]:
    if not isinstance(results, pd.DataFrame):
        raise TypeError(f"results_df must be a pandas DataFrame; got {type(results).__name__}")
    if "result_id" not in results.columns and results.index.name == "result_id":
        results = results.reset_index()
    missing = [c for c in _REQUIRED_COLUMNS if c not in results.columns]
    if missing:
        raise ValueError(f"results_df lacks the columns {', '.join(missing)}")
    ids = results["result_id"].astype(str)
    duplicated = sorted(set(ids[ids.duplicated()]))
    if duplicated:
        raise ValueError(f"results_df has duplicate result_id values: {', '.join(duplicated)}")
    return {rid: rec for rid, rec in zip(ids, results.to_dict("records"), strict=True)}


def evaluate(claims: Iterable[Claim], results_df: pd.DataFrame) -> pd.DataFrame:
    """Evaluate claims against the results table and return the verdict table.

    Parameters
    ----------
    claims : iterable of Claim
        In the order the table should list them; ``claim_id`` values must be unique.
    results_df : pandas.DataFrame
        ``data/results.csv`` as loaded (``blinarepro.data.load().results``), or any frame
        with at least the columns result_id, study_id, cohort, outcome, statistic and value
        holding printed strings (events, n, n_source, sd, se, lower, upper, ci_level, unit,
        reported are used when present).

    Returns
    -------
    pandas.DataFrame
        One row per claim, in the order given, with exactly the columns
        :data:`TABLE_COLUMNS` (all strings); ``verdict`` is one of :data:`VERDICTS`.

    Raises
    ------
    ValueError, TypeError
        For a non-Claim, duplicate claim ids, an unknown or duplicated result_id, a claim
        whose kind does not apply to the row's statistic, or an unparsable printed number
        (the message names the claim).

    Notes
    -----
    Deterministic: no randomness, no dependence on dict or set order. Each row's printed
    strings are used, never the ``*_num`` floats, so precision is that of the printing.
    """
    claims = list(claims)
    seen: set[str] = set()
    for claim in claims:
        if not isinstance(claim, Claim):
            raise TypeError(f"claims must be Claim objects; got {claim!r}")
        if claim.claim_id in seen:
            raise ValueError(f"duplicate claim_id {claim.claim_id!r}; give claim_id= to tell apart")
        seen.add(claim.claim_id)
    rows = _rows_by_id(results_df)
    ctx = _Context(rows, results_df)
    records = []
    for claim in claims:
        row = ctx.row(claim.result_id, claim)
        statistic = _text(row, "statistic") or ""
        allowed = _KIND_STATISTICS[claim.kind]
        if allowed is not None and statistic not in allowed:
            raise ValueError(
                f"claim {claim.claim_id!r}: a {claim.kind!r} claim needs a row whose statistic "
                f"is one of {', '.join(allowed)}; {claim.result_id!r} is {statistic!r}"
            )
        qualifier = _text(row, "qualifier")
        try:
            if qualifier and claim.kind not in _READ_QUALIFIER:  # "<5%": a bound, not a value
                bound = f"{qualifier}{_text(row, 'value') or ''}"
                outcome = _not_recomputable(
                    bound, f"printed as a bound ({bound}); a {claim.kind!r} check needs a value"
                )
            else:
                outcome = _HANDLERS[claim.kind](claim, row, ctx)
        except (ValueError, TypeError) as exc:
            if f"claim {claim.claim_id!r}" in str(exc):
                raise
            raise type(exc)(f"claim {claim.claim_id!r} ({claim.result_id}): {exc}") from exc
        records.append(
            {
                "study_id": _text(row, "study_id") or "",
                "claim_id": claim.claim_id,
                "outcome": _text(row, "outcome") or "",
                "cohort": _text(row, "cohort") or "",
                "statistic": statistic,
                "reported": outcome.reported,
                "recomputed": outcome.recomputed,
                "method": outcome.method,
                "verdict": outcome.verdict,
                "note": _join(outcome.note, claim.note),
            }
        )
    return pd.DataFrame.from_records(records, columns=list(TABLE_COLUMNS)).astype(object)


def verdict_summary(table: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Count claims per verdict, in the order of :data:`VERDICTS`, zero-filled.

    Parameters
    ----------
    table : pandas.DataFrame
        The output of :func:`evaluate` (needs a ``verdict`` column).
    by : str, optional
        A column to break the counts down by (e.g. ``"study_id"``).

    Returns
    -------
    pandas.DataFrame
        Without ``by``: columns ``verdict`` and ``count``, one row per verdict plus none
        other. With ``by``: one row per value of ``by`` (sorted), columns ``by``, then one per
        verdict, then ``total``.

    Raises
    ------
    ValueError
        If the table lacks the columns, or holds a verdict outside :data:`VERDICTS`.
    """
    if "verdict" not in table.columns:
        raise ValueError("table must have a 'verdict' column (the output of evaluate)")
    unknown = sorted(set(table["verdict"]) - set(VERDICTS))
    if unknown:
        raise ValueError(f"table holds unknown verdicts: {', '.join(map(repr, unknown))}")
    if by is None:
        counts = table["verdict"].value_counts()
        return pd.DataFrame(
            {"verdict": list(VERDICTS), "count": [int(counts.get(v, 0)) for v in VERDICTS]}
        )
    if by not in table.columns:
        raise ValueError(f"by={by!r} is not a column of the table")
    groups = sorted(table[by].astype(str).unique())
    records = []
    for g in groups:
        sub = table.loc[table[by].astype(str) == g, "verdict"].value_counts()
        rec: dict[str, Any] = {by: g}
        rec.update({v: int(sub.get(v, 0)) for v in VERDICTS})
        rec["total"] = int(sum(rec[v] for v in VERDICTS))
        records.append(rec)
    return pd.DataFrame.from_records(records, columns=[by, *VERDICTS, "total"])
