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

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from blinarepro._validate import check_choice, check_count, check_level
from blinarepro.consistency.sums import SUM_KINDS
from blinarepro.findings import FINDINGS
from blinarepro.proportions import PROPORTION_CI_METHODS

#: Verdicts, in the order used by :func:`verdict_summary`.
VERDICTS = ("reproduced", "discrepant", "inconsistent", "not_recomputable")

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
    "km_events",
    "median_grain",
    "joint_km",
    "restated",
    "ratio_ci",
)

#: Named p-value recomputations for :func:`claim_pvalue`: two proportions from ``events`` and
#: ``n`` (``fisher``, ``boschloo``, ``chi2`` and ``chi2-yates`` i.e. Pearson's chi-squared
#: without / with Yates' correction) or two means from ``value`` (mean), ``sd`` and n
#: (``welch``, ``student``), or the Wald test behind a ratio's printed CI from one
#: ``hazard_ratio`` row (``wald-ci``: :func:`blinarepro.consistency.ratios.wald_p_range`).
PVALUE_RECOMPUTES = ("fisher", "boschloo", "chi2", "chi2-yates", "welch", "student", "wald-ci")

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
    "km_events": ("km_rate",),
    "median_grain": ("median", "median_range"),
    "joint_km": ("km_rate",),
    "restated": None,
    "ratio_ci": ("hazard_ratio",),
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
    "km_events": ("events_from",),
    "median_grain": ("n", "step"),
    "joint_km": ("splits", "n", "labels"),
    "restated": ("others",),
    "ratio_ci": (),
    "custom": (),
}


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
        Explanation: one short sentence first, then the detail (more digits, candidates,
        what is missing).
    finding : str
        What kind of problem, from :data:`blinarepro.findings.FINDINGS`; "" for none.
        A reproduced claim has none, except ``"precision"`` (reproduced on a reading).
    """

    reported: str
    recomputed: str
    method: str
    verdict: str
    note: str = ""
    finding: str = ""

    def __post_init__(self) -> None:
        check_choice("verdict", self.verdict, VERDICTS)
        if self.finding != "":
            check_choice("finding", self.finding, FINDINGS)
        if self.verdict == "reproduced" and self.finding not in ("", "precision"):
            raise ValueError(
                f"a reproduced claim has no finding other than 'precision'; got {self.finding!r}"
            )


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
    reading : str
        "" for the document's own reading of the number; otherwise the alternative reading
        this claim tests ("one patient not evaluable", "labels swapped"). A fitting
        alternative reading is a possible explanation, never a correction: summaries count
        each printed number once, by its own reading (:func:`blinarepro.claims.finding_summary`).

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
    reading: str = ""

    def __post_init__(self) -> None:
        for name in ("claim_id", "result_id"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"{name} must be a non-empty string; got {value!r}")
        for name in ("note", "reading"):
            if not isinstance(getattr(self, name), str):
                raise TypeError(f"{name} must be a string; got {getattr(self, name)!r}")
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
    result_id: str,
    *,
    n: int | str | None = None,
    claim_id: str | None = None,
    note: str = "",
    reading: str = "",
) -> Claim:
    """Claim that a printed percentage is k/n (the row's ``events`` if printed or implied).

    ``n`` overrides the row's n: an int, or the ``result_id`` of a row giving it (an ``n``
    row's value, else that row's ``n`` column); the row's events, which belong to its own n,
    are then ignored and every k/n is tried (e.g. to test another reading of an ambiguous
    denominator, with a distinct ``claim_id``). Verdict: *inconsistent* when no k/n gives the
    percentage, *discrepant* when some k would but the row's events do not, else
    *reproduced*. See :func:`blinarepro.consistency.percent.percent_check`.
    """
    params = {"n": _check_n_param(n)} if n is not None else {}
    cid = _claim_id(claim_id, result_id, "percent")
    return Claim(cid, result_id, "percent", params, note, reading)


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
    method does. Otherwise *discrepant*. See
    :func:`blinarepro.consistency.intervals.ci_method_check`.
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
    reading: str = "",
) -> Claim:
    """Claim that a printed Kaplan-Meier rate (and its ``se``, if printed) can arise from n.

    *inconsistent* when no Kaplan-Meier curve on n patients gives the rate, else
    *reproduced* with the simplest curve in the note; a printed SE that no curve matches is
    reported in the note. The curve shown is the one with the fewest events (then the least
    censoring), so that a reader can check it by hand. See
    :func:`blinarepro.consistency.km.km_feasibility` and
    :func:`blinarepro.consistency.joint.km_fewest_events`.
    """
    if not isinstance(use_se, bool):
        raise TypeError(f"use_se must be True or False; got {use_se!r}")
    params: dict[str, Any] = {"use_se": use_se}
    if n is not None:
        params["n"] = _check_n_param(n)
    return Claim(_claim_id(claim_id, result_id, "km"), result_id, "km", params, note, reading)


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
    needed = 1 if recompute == "wald-ci" else 2
    if isinstance(recompute, str) and len(inputs) != needed:
        raise ValueError(
            f"inputs must name {needed} row(s) for recompute={recompute!r}; got {inputs!r}"
        )
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
    numbers (see :func:`blinarepro.consistency.sums.sum_check`). Verdict *reproduced* or
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


def claim_km_events(
    result_id: str, events_from: str, *, claim_id: str | None = None, note: str = ""
) -> Claim:
    """Claim that the rate in row ``result_id`` arises with the events printed in another row.

    ``events_from`` is the row giving the events (its ``events`` column), e.g. the printed
    relapse count. *reproduced* when :func:`~blinarepro.consistency.km_events.km_events_check`
    finds a curve (the note gives the least censoring it needs, and how many events the
    no-censoring reading needs); *inconsistent* with finding ``unreported_event`` when the
    rate needs more events than printed (the note gives the fewest that do);
    *not_recomputable* when the rows lack the numbers.
    """
    if not isinstance(events_from, str) or not events_from:
        raise ValueError(f"events_from must be a result_id; got {events_from!r}")
    params = {"events_from": events_from}
    cid = _claim_id(claim_id, result_id, "km_events")
    return Claim(cid, result_id, "km_events", params, note)


def claim_ratio_ci(result_id: str, *, claim_id: str | None = None, note: str = "") -> Claim:
    """Claim that a printed ratio is the log-scale midpoint of its printed CI (a Wald interval).

    *reproduced* when the ratio can print from sqrt(lower x upper) over the bounds' rounding
    (:func:`blinarepro.consistency.ratios.ratio_ci_check`); otherwise *discrepant*
    (``value_differs``): the interval is not a Wald one (profile likelihood, exact), or a
    number is misprinted; *not_recomputable* when a bound is not a number ("NR").
    """
    return Claim(_claim_id(claim_id, result_id, "ratio_ci"), result_id, "ratio_ci", {}, note)


def claim_restated(
    result_id: str, others: Iterable[str], *, claim_id: str | None = None, note: str = ""
) -> Claim:
    """Claim that rows ``others`` print the same quantity as row ``result_id`` again.

    A document often prints a figure twice (the abstract and its key points, the results and
    the conclusion). Each printed value stands for the values that print as it (93 for 92.5
    to 93.5; "<0.001" for anything below 0.001). *reproduced* when one value prints as all of
    them (93 and 93.0); *inconsistent* with finding ``jointly_impossible`` when none does (93%
    and 91% for one group's 3-year survival); *not_recomputable* when a row prints no number
    ("not reached" beside a number).
    """
    others = [others] if isinstance(others, str) else list(others)
    if not others or not all(isinstance(o, str) and o for o in others):
        raise ValueError(f"others must name one or more result_ids; got {others!r}")
    if result_id in others:
        raise ValueError(f"others must not name {result_id!r} itself")
    cid = _claim_id(claim_id, result_id, "restated")
    return Claim(cid, result_id, "restated", {"others": tuple(others)}, note)


def claim_median_grain(
    result_id: str,
    *,
    n: int | str | None = None,
    step: str = "1",
    claim_id: str | None = None,
    note: str = "",
) -> Claim:
    """Claim that a printed median is a median of n values recorded in whole ``step`` units.

    A median of an odd number of values is one of them, so a multiple of ``step``; of an even
    number, the mean of two, so a multiple of ``step / 2``. A median off that grid (51.1 years
    for 11 whole-year ages) gets the finding ``precision``: the values must have been recorded
    more finely (ages with decimals), which the text does not say; the verdict is
    *not_recomputable* (a median needs the values).
    """
    params: dict[str, Any] = {"step": str(step)}
    if n is not None:
        params["n"] = _check_n_param(n)
    cid = _claim_id(claim_id, result_id, "median_grain")
    return Claim(cid, result_id, "median_grain", params, note)


def claim_joint_km(
    splits: Iterable[Iterable[str]],
    *,
    n: Mapping[str, int | str] | None = None,
    labels: Mapping[str, str] | None = None,
    claim_id: str | None = None,
    note: str = "",
    reading: str = "",
) -> Claim:
    """Claim that the Kaplan-Meier rates of two or more splits of one group hold together.

    Parameters
    ----------
    splits : iterable of iterable of str
        Per split, the ``result_id`` of each part's ``km_rate`` row (one outcome, one time
        point); the claim is attached to the first row.
    n : mapping, optional
        Per ``result_id``, a size overriding the row's n (an int or the ``result_id`` of a row
        giving it), to test a reading such as swapped labels (with ``reading`` set).
    labels : mapping, optional
        Per ``result_id``, how the note names that group ("Consolidation, Ph-, 14-day EFS");
        by default its cohort and outcome. The ``result_id`` is always added.

    Notes
    -----
    *inconsistent* with finding ``jointly_impossible`` when no assignment of events to the
    patients gives every rate at once (:func:`blinarepro.consistency.joint.joint_km_check`);
    the note names every number involved and the smallest conflicting set.
    """
    splits = tuple(tuple(split) for split in splits)
    if len(splits) < 2 or any(len(s) < 2 for s in splits):
        raise ValueError(f"splits must give two or more splits of two or more rows; got {splits}")
    for split in splits:
        for rid in split:
            if not isinstance(rid, str):
                raise TypeError(f"splits must hold result_id strings; got {rid!r}")
    params: dict[str, Any] = {"splits": splits}
    if n is not None:
        params["n"] = tuple((str(k), _check_n_param(v)) for k, v in dict(n).items())
    if labels is not None:
        params["labels"] = tuple((str(k), str(v)) for k, v in dict(labels).items())
    first = splits[0][0]
    cid = claim_id if claim_id is not None else f"{first}:joint_km"
    return Claim(cid, first, "joint_km", params, note, reading)
