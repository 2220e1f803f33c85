"""Evaluation: each claim against its printed row(s) -> verdict, finding and note.

:func:`evaluate` runs one handler per claim kind (:data:`blinarepro.claims.CLAIM_KINDS`) and
returns the claims table (:data:`blinarepro.claims.TABLE_COLUMNS`). Every handler applies the
same rules for the ``finding`` column (:mod:`blinarepro.findings`), whatever the
document: a rate impossible on its n is ``denominator_mismatch`` when a nearby n gives it and
``impossible_value`` otherwise; parts that do not add up, or split rates that cannot hold
together, are ``jointly_impossible``; a p-value or a wording whose significance decision
differs from the recomputed one is ``decision_differs``; a claimed difference the tests do not
show is ``wording_overstated``; any other recomputation that gives another value is
``value_differs``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pandas as pd

from blinarepro._validate import check_events
from blinarepro.claims.kinds import _KIND_STATISTICS, Claim, ClaimOutcome
from blinarepro.claims.table import TABLE_COLUMNS
from blinarepro.comparisons import boschloo_exact, chi2_test, fisher_exact
from blinarepro.consistency.grim import grim, grimmer
from blinarepro.consistency.intervals import ci_method_check
from blinarepro.consistency.joint import SplitGroup, joint_km_check, km_fewest_events
from blinarepro.consistency.km import km_feasibility, km_value
from blinarepro.consistency.km_events import crude_events, km_events_check
from blinarepro.consistency.percent import event_counts, percent_check
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
from blinarepro.consistency.ratios import ratio_ci_check, wald_p_range
from blinarepro.consistency.sums import sum_check
from blinarepro.findings import nearby_denominators
from blinarepro.means import two_sample_t

__all__ = ["evaluate"]

# Kinds that read the ``qualifier`` column (a value printed as a bound, "<5%"); any other
# kind meets such a row as not recomputable, saying so.
_READ_QUALIFIER = ("percent", "pvalue", "not_recomputable", "restated", "custom")

_REQUIRED_COLUMNS = ("result_id", "study_id", "cohort", "outcome", "statistic", "value")

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
    """Join note parts: after a full sentence with a space, else with "; "."""
    out = ""
    for part in (p for p in parts if p):
        out = part if not out else f"{out}{' ' if out.endswith('.') else '; '}{part}"
    return out


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
            verdict = finding = "reproduced"
        elif res.candidates:
            verdict, finding = "discrepant", "value_differs"
            note = _join(f"{k}/{n} does not print as {value}%, another k does.", note)
        else:
            verdict = "inconsistent"
            finding, lead = _percent_impossible(value, n)
            note = _join(lead, note)
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
        finding, lead = _percent_impossible(value, n)
        note = _join(lead, note)
    if verdict == "reproduced":
        finding = ""
    return ClaimOutcome(value, recomputed, method, verdict, note, finding)


def _percent_impossible(value: str, n: int) -> tuple[str, str]:
    """Finding and lead sentence of a percentage no k/n gives."""
    for m in nearby_denominators(n):
        fits = percent_check(value, m).candidates
        if fits:
            return (
                "denominator_mismatch",
                f"No k/{n} prints as {value}%; {fits[0].k}/{m} does (n = {m} is not stated).",
            )
    return "impossible_value", f"No k/{n} prints as {value}%, nor k on a nearby n."


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
    if ok:
        return ClaimOutcome(reported, recomputed, method, "reproduced", note)
    return ClaimOutcome(reported, recomputed, method, "discrepant", note, "value_differs")


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
        near = [
            m for m in nearby_denominators(n) if km_feasibility(value, m, scale=scale).consistent
        ]
        if near:
            lead = f"No curve on {n} patients gives {value}%; one on {near[0]} does."
            finding = "denominator_mismatch"
        else:
            lead = f"No Kaplan-Meier curve on {n} patients, nor on a nearby n, gives {value}%."
            finding = "impossible_value"
        return ClaimOutcome(reported, "", method, "inconsistent", _join(lead, note), finding)
    if se is not None and res.se_status == "matched":
        pse = parse_printed(se)
        recomputed = (
            f"{format_at(km_value(res.se_path) * factor, p.decimals)} "
            f"(SE {format_at(res.se_path_se, pse.decimals)})"
        )
        return ClaimOutcome(reported, recomputed, method + " + Greenwood SE", "reproduced", note)
    fewest = km_fewest_events(value, n) if scale == "percent" else None
    if fewest is None or not fewest.consistent:  # proportion scale, or too large a group:
        # the simplest curve of the feasibility search
        recomputed = format_at(km_value(res.path) * factor, p.decimals)
        return ClaimOutcome(reported, recomputed, method, "reproduced", note)
    recomputed = format_at(km_value(fewest.path) * factor, p.decimals)
    lead = (
        f"{value}% is reachable on {n} patients with {fewest.events} event(s): "
        f"{fewest.path_text} = {format_exact(km_value(fewest.path) * factor)}% "
        f"(fewest events; {fewest.min_censored} censored before the last event)."
    )
    extra = "" if res.se_status == "not_checked" else res.reason
    note = _join(lead, extra, _n_source_note(row, n_note))
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


def _counts(row, n: int | None) -> list[int]:
    """The event counts of a row: its printed ``events``, else every k whose k/n prints as its
    percentage (34% of 271: 91, 92, 93)."""
    events = _text(row, "events")
    if n is None:
        raise _Missing(f"{row['result_id']} lacks n")
    if events is not None:
        return [check_events(_count(events, "events"), n)[0]]
    if _text(row, "statistic") == "percent" and _text(row, "value") is not None:
        printed = stored_printed(_text(row, "value") or "", _text(row, "qualifier") or "")
        ks = event_counts(printed, n)
        if ks:
            return ks
    raise _Missing(f"{row['result_id']} lacks events (and no count prints as its value)")


def _recompute_p(claim: Claim, rows: list, ns: list[int | None], name: str) -> list[float]:
    """The recomputed p-value, one per reading of the counts (several where a percentage
    allows several counts and no events are printed)."""
    if name in ("fisher", "boschloo", "chi2", "chi2-yates"):
        (a, n1), (b, n2) = [(_counts(row, n), n) for row, n in zip(rows, ns, strict=True)]
        assert n1 is not None and n2 is not None
        out = []
        for k1 in a:
            for k2 in b:
                if name == "fisher":
                    out.append(fisher_exact(k1, n1, k2, n2).pvalue)
                elif name == "boschloo":
                    out.append(boschloo_exact(k1, n1, k2, n2).pvalue)
                elif min(k1 + k2, n1 + n2 - k1 - k2) == 0:
                    raise _Missing(
                        "no events or no non-events in either group: chi-squared undefined"
                    )
                else:
                    out.append(chi2_test(k1, n1, k2, n2, correction=name == "chi2-yates").pvalue)
        return out
    # welch / student
    args = []
    for row, n in zip(rows, ns, strict=True):
        mean, sd = _text(row, "value"), _text(row, "sd")
        if mean is None or sd is None or n is None:
            raise _Missing(f"{row['result_id']} lacks mean, SD or n")
        args += [float(parse_printed(mean).value), float(parse_printed(sd).value), n]
    return [two_sample_t(*args, equal_var=name == "student").pvalue]


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
    if recompute == "wald-ci":
        return _eval_wald_p(p, reported, rows, kw.get("alpha", 0.05))
    try:
        if callable(recompute):
            values = [float(recompute(*rows))]
            method = getattr(recompute, "__name__", "custom")
        else:
            values = _recompute_p(claim, rows, ns, recompute)
            method = recompute
    except _Missing as exc:
        return _not_recomputable(reported, str(exc))
    if len(values) > 1:  # a reading per count the printed percentages allow
        checks = [pvalue_check(p, v, kw.get("alpha", 0.05)) for v in values]
        span = f"{format_exact(min(values))} to {format_exact(max(values))}"
        lead = (
            f"The printed percentages allow {len(values)} pairs of counts (no events printed); "
            f"the recomputed p runs from {span}."
        )
        held = [c.consistent for c in checks]
        if all(held):
            return ClaimOutcome(
                reported, f"{min(values):.2g} to {max(values):.2g}", method, "reproduced",
                _join(lead, "The printed p holds on every one.", *n_notes),
            )  # fmt: skip
        if any(held):
            return _not_recomputable(
                reported, _join(lead, "The printed p holds on some, not all.", *n_notes)
            )
        # no reading holds: a decision error only if every reading is on the other side
        value = values[len(values) // 2]
        res = checks[len(values) // 2]
        n_notes = [lead, *n_notes]
        decision_error = all(c.decision_error for c in checks)
    else:
        value = values[0]
        res = pvalue_check(p, value, kw.get("alpha", 0.05))
        decision_error = res.decision_error
    note = _join(res.reason, f"recomputed p = {format_exact(value)}", *n_notes)
    if res.consistent:
        return ClaimOutcome(reported, res.recomputed_formatted, method, "reproduced", note)
    if decision_error:
        finding = "decision_differs"
        lead = f"The recomputed p is on the other side of alpha = {kw.get('alpha', 0.05):g}."
    else:
        finding, lead = "value_differs", "The recomputed p does not print as the printed one."
    return ClaimOutcome(
        reported, res.recomputed_formatted, method, "discrepant", _join(lead, note), finding
    )


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
    method = f"sum of {' + '.join(parts)}"
    if res.consistent:
        return ClaimOutcome(total, res.parts_sum, method, "reproduced", res.reason)
    lead = f"The parts add up to {res.parts_sum}, not {total}."
    return ClaimOutcome(
        total, res.parts_sum, method, "inconsistent", _join(lead, res.reason), "jointly_impossible"
    )


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
    lead = f"No mean of {n} whole numbers prints as {mean}."
    return ClaimOutcome(
        mean, recomputed, method, "inconsistent", _join(lead, note), "impossible_value"
    )


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
    lead = f"No {n} whole numbers have mean {mean} and SD {sd} as printed."
    return ClaimOutcome(
        reported, recomputed, method, "inconsistent", _join(lead, note), "impossible_value"
    )


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
    method = "mean within range bounds"
    if res.consistent:
        return ClaimOutcome(reported, recomputed, method, "reproduced", _join(res.reason, n_note))
    lead = f"No {n} values within {lower}-{upper} have mean {mean}."
    note = _join(lead, res.reason, n_note)
    return ClaimOutcome(reported, recomputed, method, "inconsistent", note, "impossible_value")


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
    if ok:
        return ClaimOutcome(printed, recomputed, kw["method"], "reproduced", note)
    return ClaimOutcome(printed, recomputed, kw["method"], "discrepant", note, "value_differs")


def _eval_not_recomputable(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    value = _text(row, "value") or ""
    # "P < .001" is stored as value 0.001 with qualifier "<": it is shown as printed, a bound
    return _not_recomputable(f"{_text(row, 'qualifier') or ''}{value}", claim.kwargs["reason"])


def _eval_custom(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    out = claim.check(pd.Series(row), ctx.table)  # type: ignore[operator]
    if not isinstance(out, ClaimOutcome):
        raise TypeError(
            f"claim {claim.claim_id!r}: a custom check must return a ClaimOutcome; got {out!r}"
        )
    return out


def _eval_km_events(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    source = claim.kwargs["events_from"]
    value, n_text = _text(row, "value"), _text(row, "n")
    events_text = _text(ctx.row(source, claim), "events")
    missing = [
        name
        for name, text in (("rate", value), ("n", n_text), ("events", events_text))
        if text is None
    ]
    if missing:
        return _not_recomputable(value or "", f"lacks {', '.join(missing)}")
    assert value is not None and n_text is not None and events_text is not None
    n, events = _count(n_text, "n"), _count(events_text, "events")
    res = km_events_check(value, n, events)
    method = f"Kaplan-Meier with {events} events ({source})"
    if res.status == "not_checkable":
        return ClaimOutcome(res.printed_rate, "", method, "not_recomputable", res.reason)
    if res.consistent:
        crude = crude_events(value, n)
        note = res.reason
        if crude:
            note += (
                f"; with no censoring before the time point it needs {crude[0]} events "
                f"({crude[0] - events:+d} against {source})"
            )
        return ClaimOutcome(res.printed_rate, res.path_text, method, "reproduced", note)
    fewest = km_fewest_events(value, n)
    if fewest is not None and not fewest.consistent:  # the search could not go further
        lead = f"No curve on {n} patients gives {value}% with {events} event(s)."
        return ClaimOutcome(
            res.printed_rate, "", method, "inconsistent", _join(lead, res.reason, fewest.reason),
            "value_differs",
        )  # fmt: skip
    if fewest is None:
        lead = f"No curve on {n} patients gives {value}% with any number of events."
        return ClaimOutcome(
            res.printed_rate, "", method, "inconsistent", _join(lead, res.reason),
            "impossible_value",
        )  # fmt: skip
    lead = (
        f"{value}% needs at least {fewest.events} event(s) on {n} patients; "
        f"{source} reports {events}."
    )
    note = _join(lead, res.reason, f"with {fewest.events}: {fewest.reason}")
    return ClaimOutcome(
        res.printed_rate, f"needs {fewest.events} event(s)", method, "inconsistent", note,
        "unreported_event" if fewest.events > events else "value_differs",
    )  # fmt: skip


def _eval_ratio_ci(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    value, lower, upper = (_text(row, c) for c in ("value", "lower", "upper"))
    if value is None or lower is None or upper is None:
        return _not_recomputable(value or "", "no interval printed with this ratio")
    reported = f"{value} ({lower} to {upper})"
    if not all(_is_number(t) for t in (value, lower, upper)):
        return _not_recomputable(reported, "a bound or the ratio is not a number (NR, NE)")
    try:
        res = ratio_ci_check(value, lower, upper)
    except ValueError as exc:
        return _not_recomputable(reported, str(exc))
    method = "log-scale midpoint of the interval (Wald)"
    if res.status == "outside":
        return ClaimOutcome(
            reported, "", method, "inconsistent", res.reason, "jointly_impossible"
        )  # fmt: skip
    recomputed = f"{res.centre_low:.4g} to {res.centre_high:.4g}"
    if res.consistent:
        return ClaimOutcome(reported, recomputed, method, "reproduced", res.reason)
    return ClaimOutcome(
        reported, recomputed, method, "discrepant", res.reason, "value_differs"
    )  # fmt: skip


def _eval_wald_p(p, reported: str, rows: list, alpha: float) -> ClaimOutcome:
    """A printed p against the Wald p-values its ratio's printed CI allows."""
    (ratio,) = rows
    value, lower, upper = (_text(ratio, c) for c in ("value", "lower", "upper"))
    level = _text(ratio, "ci_level")
    rid = ratio["result_id"]
    if None in (value, lower, upper) or not all(_is_number(t) for t in (value, lower, upper)):
        return _not_recomputable(reported, f"{rid} prints no ratio with a numeric interval")
    if level is None:
        return _not_recomputable(reported, f"{rid}: the interval's level is not printed")
    assert value is not None and lower is not None and upper is not None
    try:
        low, high = wald_p_range(value, lower, upper, float(level))
    except ValueError as exc:  # a ratio outside its interval, a bound of 0: see its ratio_ci
        return _not_recomputable(reported, f"{rid}: {exc}")
    method = f"Wald test from the CI of {rid}"
    span = f"{format_exact(low)} to {format_exact(high)}"
    note = (
        f"{value} ({float(level):.0%} CI {lower} to {upper}) gives a Wald p from {span} over "
        "the values that print as them (Altman and Bland, BMJ 2011)"
    )
    ends = [pvalue_check(p, x, alpha) for x in (low, high)]
    if isinstance(p, PrintedNonNumber):  # "NS": holds if every p the interval allows is >= alpha
        fits = all(c.consistent for c in ends)
    else:
        v = float(p.value)
        fits = {
            "=": float(p.lower) <= high and low <= float(p.upper),
            "<": low < v, "<=": low <= v, ">": high > v, ">=": high >= v,
        }[p.relation]  # fmt: skip
    if fits:
        return ClaimOutcome(reported, span, method, "reproduced", note)
    # a decision error only when every p the interval allows is on the other side of alpha
    finding = "decision_differs" if all(c.decision_error for c in ends) else "value_differs"
    lead = "No value the interval allows gives the printed p."
    return ClaimOutcome(reported, span, method, "discrepant", _join(lead, note), finding)


def _is_number(text: str | None) -> bool:
    """Whether a stored cell is a printed number (not "NR", "nr", "not reached", ...)."""
    try:
        return isinstance(stored_printed(text or ""), PrintedNumber)
    except ValueError:
        return False


def _eval_restated(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    rows = [row] + [ctx.row(o, claim) for o in claim.kwargs["others"]]
    printed = [
        (r["result_id"], stored_printed(_text(r, "value") or "", _text(r, "qualifier") or ""))
        for r in rows
    ]
    shown = " and ".join(f"'{p.text}' ({rid})" for rid, p in printed)
    method = "the values that print as each, intersected"
    words = [p for _, p in printed if isinstance(p, PrintedNonNumber)]
    if words:
        if len(words) == len(printed) and len({p.code for p in words}) == 1:
            note = f"{shown} say the same: {words[0].code}."
            return ClaimOutcome(shown, words[0].code, method, "reproduced", note)
        return _not_recomputable(shown, "a printed statement (not a number) beside a number")
    common = _common_values([p for _, p in printed])
    if common is None:
        note = f"{shown} are printed for the same quantity; no value prints as all of them."
        return ClaimOutcome(
            shown, "no common value", method, "inconsistent", note, "jointly_impossible"
        )
    note = f"{shown} are printed for the same quantity; any value {common} prints as all."
    return ClaimOutcome(shown, common, method, "reproduced", note)


def _common_values(printed: list[PrintedNumber]) -> str | None:
    """The values every printed number admits under one rounding rule, in words ("92.5 to
    93.5", "below 0.001"), or ``None`` when there is none.

    A number rounded half up stands for [value - half unit, value + half unit), half down for
    (value - half unit, value + half unit]; one document rounds one way, so "93" and "92" share
    no value (92.5 is 93 half up and 92 half down only). A bound ("<0.001", ">=5") is open or
    closed by its relation. Exact (decimals as printed).
    """
    if all(_intersect(printed, rule) is None for rule in ("half_up", "half_down")):
        return None
    return _intersect(printed, "closed")  # said as the closed span, the way a reader reads it


def _intersect(printed: list[PrintedNumber], rule: str) -> str | None:
    """The intersection under ``rule`` (half_up, half_down, or closed: both ends kept)."""
    low_in, high_in = {"half_up": (True, False), "half_down": (False, True)}.get(rule, (True, True))
    lo: tuple[Decimal, bool] | None = None  # (bound, whether it is included)
    hi: tuple[Decimal, bool] | None = None
    for p in printed:
        b_lo, b_hi = {
            "=": ((p.lower, low_in), (p.upper, high_in)),
            "<": (None, (p.value, False)),
            "<=": (None, (p.value, True)),
            ">": ((p.value, False), None),
            ">=": ((p.value, True), None),
        }[p.relation]
        if b_lo is not None and (lo is None or (b_lo[0], not b_lo[1]) > (lo[0], not lo[1])):
            lo = b_lo
        if b_hi is not None and (hi is None or (b_hi[0], b_hi[1]) < (hi[0], hi[1])):
            hi = b_hi
    if lo is not None and hi is not None:
        if lo[0] > hi[0] or (lo[0] == hi[0] and not (lo[1] and hi[1])):
            return None
    if lo is None or hi is None:  # only bounds on one side ("<0.001" and "<0.01")
        if lo is None:
            assert hi is not None
            return f"{'up to' if hi[1] else 'below'} {hi[0]}"
        return f"{'from' if lo[1] else 'above'} {lo[0]}"
    if lo == hi:
        return f"{lo[0]}"
    return f"{'above ' if not lo[1] else ''}{lo[0]} to {'below ' if not hi[1] else ''}{hi[0]}"


def _eval_median_grain(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    value = _text(row, "value")
    if value is None:
        return _not_recomputable("", "no median printed in this row")
    n, n_note = ctx.n_of(row, claim.kwargs.get("n"), claim)
    if n is None:
        return _not_recomputable(value, "no n printed for this median; give n= in the claim")
    step = Fraction(Decimal(claim.kwargs.get("step", "1")))
    grain = step if n % 2 else step / 2
    p = parse_printed(value, "value")
    below = math.floor(p.fraction / grain) * grain
    candidates = [below, below + grain]
    fits = [c for c in candidates if p.admits(c)]
    parity = "odd" if n % 2 else "even"
    method = f"median of {n} values in steps of {format_exact(step)}"
    if fits:
        note = _join(
            f"{value} is a possible median of {n} values in steps of {format_exact(step)}.",
            n_note,
        )
        return ClaimOutcome(
            value,
            format_at(fits[0], p.decimals),
            method,
            "not_recomputable",
            _join(note, "the values themselves are needed to recompute it"),
        )
    lead = (
        f"A median of {n} values in steps of {format_exact(step)} ({parity} n) is a multiple "
        f"of {format_exact(grain)}, not {value}."
    )
    detail = (
        "Reading that explains it: the values were recorded more finely (ages with decimals, "
        "e.g. exact age at diagnosis), which the text does not say; the median itself needs "
        "the values"
    )
    recomputed = " or ".join(format_exact(c) for c in candidates)
    return ClaimOutcome(
        value, recomputed, method, "not_recomputable", _join(lead, detail, n_note), "precision"
    )


def _split_group(
    rid: str, claim: Claim, ctx: _Context, ns: dict[str, Any], labels: dict[str, str]
) -> SplitGroup:
    row = ctx.row(rid, claim)
    if _text(row, "statistic") != "km_rate":
        raise ValueError(f"claim {claim.claim_id!r}: {rid!r} is not a km_rate row")
    n, _ = ctx.n_of(row, ns.get(rid), claim)
    if n is None:
        raise ValueError(f"claim {claim.claim_id!r}: {rid!r} has no n")
    name = labels.get(rid) or f"{_text(row, 'cohort')} {_text(row, 'outcome')}"
    label = f"{name} ({rid})"
    return SplitGroup(label, n, _text(row, "value") or "")


def _eval_joint_km(claim: Claim, row, ctx: _Context) -> ClaimOutcome:
    ns = dict(claim.kwargs.get("n", ()))
    labels = dict(claim.kwargs.get("labels", ()))
    splits = [
        [_split_group(rid, claim, ctx, ns, labels) for rid in split]
        for split in claim.kwargs["splits"]
    ]
    res = joint_km_check(splits)
    reported = " | ".join(
        ", ".join(f"{g.printed}% (n={g.n})" for g in split) for split in res.splits
    )
    method = "joint Kaplan-Meier event counts across splits"
    if res.consistent:
        recomputed = f"{_span_text(res.common)} event(s)"
        return ClaimOutcome(reported, recomputed, method, "reproduced", res.reason)
    recomputed = "; ".join(" or ".join(map(str, t)) for t in res.totals)
    return ClaimOutcome(
        reported, f"event totals {recomputed}", method, "inconsistent", res.reason,
        "jointly_impossible",
    )  # fmt: skip


def _span_text(values: tuple[int, ...]) -> str:
    if len(values) > 2 and values == tuple(range(values[0], values[-1] + 1)):
        return f"{values[0]}-{values[-1]}"
    return " or ".join(map(str, values))


_HANDLERS = {
    "km_events": _eval_km_events,
    "median_grain": _eval_median_grain,
    "joint_km": _eval_joint_km,
    "restated": _eval_restated,
    "ratio_ci": _eval_ratio_ci,
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
                "finding": outcome.finding,
                "reading": claim.reading,
                "note": _join(outcome.note, claim.note),
                "result_id": claim.result_id,
            }
        )
    return pd.DataFrame.from_records(records, columns=list(TABLE_COLUMNS)).astype(object)
