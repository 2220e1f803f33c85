"""Claims declared in data: from each row's ``statistic`` and the rows of ``data/relations.csv``.

A document's claims need no Python. Two sources give them all:

the row alone
    a ``percent`` row with an n is checked against its denominator (:func:`claim_percent`);
    a ``percent`` or ``count`` row with a printed ``ci`` interval against the interval
    methods (:func:`claim_ci`); a ``km_rate`` row with an n for Kaplan-Meier feasibility
    (:func:`claim_km`, with the smallest group that could give an impossible rate in its note);
    a ``mean_range`` row with an n against its range bounds
    (:func:`claim_mean_range`); a ``p_value`` row that no ``compares`` relation names is
    *not recomputable* (the reason says what it would need);
``data/relations.csv``
    which numbers belong together (:data:`RELATIONS`, one relation a row, each defined there):
    parts of a whole, another denominator, a summary of whole numbers on a group, the events
    behind a survival rate, two arms of one comparison with the document's wording, the two
    groups a p-value compares, and what cannot be recomputed;
the cohorts
    splits of one group (``cohorts.csv``, ``parent``) give the joint claims and the
    swapped-label readings (:func:`~blinarepro.claims.split_claims`); a percentage no count
    gives is read with one patient not evaluable
    (:func:`~blinarepro.claims.one_not_evaluable_claims`).

:func:`claims_for` returns them, in a fixed order (each row in document order with its own
claims, then the relations in table order, then the readings and the splits).
:func:`check_relations` validates the relations of a dataset (each error names the file, line,
``relation_id`` and column).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

import pandas as pd

from blinarepro.claims.kinds import (
    PVALUE_RECOMPUTES,
    Claim,
    claim_ci,
    claim_grim,
    claim_grimmer,
    claim_km,
    claim_km_events,
    claim_mean_range,
    claim_median_grain,
    claim_not_recomputable,
    claim_percent,
    claim_pvalue,
    claim_ratio_ci,
    claim_restated,
    claim_sum,
)
from blinarepro.claims.readings import one_not_evaluable_claims
from blinarepro.claims.splits import split_claims
from blinarepro.claims.twoarm import (
    ArmComparison,
    WordingSupport,
    claim_wording,
    compare_means,
    compare_proportions,
    wording_support,
)
from blinarepro.consistency.feasible import km_smallest_n

__all__ = [
    "RELATIONS",
    "RELATIONS_FILE",
    "ArmPair",
    "arm_pairs",
    "check_relations",
    "claims_for",
    "context_rows",
]

RELATIONS_FILE = "relations.csv"

#: The relation vocabulary (column ``relation``), with what each declares and what it checks.
RELATIONS = {
    "parts_of_whole": "the rows in `related` are disjoint parts of the row `result_id`; their "
    "`field` adds up to its `field` (a part may name another column: `id:events`) (sum check)",
    "denominator": "another denominator for the percentage `result_id`: the n in `n`, or the "
    "row in `related` giving it; a second reading, so `claim_id` is required (percent vs n)",
    "whole_numbers": "the mean or median `result_id` summarises whole numbers on the group "
    "whose size the row in `related` gives (or the row's own n): GRIM for a mean, GRIMMER for "
    "a mean and SD, the range bounds for a mean and range, the median's grain",
    "events_from": "the survival rate `result_id` arises with the events printed in the row "
    "in `related` (Kaplan-Meier feasibility with those events)",
    "arms": "`result_id` and `related` are the two arms of one comparison (arm 1 first); "
    "`label` names it, `strength` (trend, difference) and `direction` (higher, lower) say what "
    "the document's wording claims of arm 1 (the wording: `wording`, else the row's); judged "
    "against the tests recomputed on the printed numbers",
    "compares": "the p-value `result_id` compares the two rows in `related` with the test in "
    "`method` (fisher, boschloo, chi2, chi2-yates, welch, student), or is the Wald test of the "
    "one hazard ratio row in `related` (method wald-ci, from its CI): recomputed, and the "
    "decision at alpha compared",
    "restates": "the rows in `related` print the same quantity as `result_id` again (the "
    "abstract and its key points, the results and the conclusion; same statistic): one value "
    "must print as all of them (restatement check)",
    "not_recomputable": "a number of `result_id` that nothing printed recomputes; `note` says "
    "what is missing, `claim_id` names the claim",
    "context": "the row is context only (no claim checks it); `note` says why",
}

_STRENGTHS = ("trend", "difference")
_DIRECTIONS = ("higher", "lower")
_KM_ASSUMPTION = (
    "event-free counts read off {} assuming no censoring before {}; the log-rank test the "
    "authors would use needs patient-level data"
)
# statistics each relation's result_id may have (None: any)
_RELATION_STATISTICS = {
    "parts_of_whole": None,
    "denominator": ("percent",),
    "whole_numbers": ("mean_sd", "mean", "mean_range", "median", "median_range"),
    "events_from": ("km_rate",),
    "arms": ("percent", "count", "mean_sd", "km_rate"),
    "compares": ("p_value",),
    "restates": None,
    "not_recomputable": None,
    "context": None,
}


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or str(value) == ""


def _related(text) -> list[str]:
    return [] if _blank(text) else str(text).split()


def check_relations(data) -> list[str]:
    """Every problem of ``data.relations``, one line each (file, line, relation_id, column, rule).

    Rules: a known ``relation``; ``result_id`` and every id of ``related`` (without its
    ``:column``) a row of the same study; the row's statistic one the relation applies to;
    the columns each relation needs (``related`` for all but ``denominator``,
    ``not_recomputable`` and ``context``, which need ``n``/``related``, ``note``, ``note``;
    ``label``, ``strength``, ``direction`` for ``arms``; ``method`` for ``compares``;
    ``claim_id`` for ``denominator`` and ``not_recomputable``).
    """
    rel = data.relations
    rows = data.results.set_index("result_id")
    problems = []
    for line, r in enumerate(rel.itertuples(index=False), start=2):

        def bad(column: str, message: str, r=r, line=line) -> None:
            problems.append(
                f"{RELATIONS_FILE}, line {line} ({r.relation_id}), column '{column}': {message}"
            )

        if r.relation not in RELATIONS:
            bad("relation", f"{r.relation!r} is not one of {', '.join(RELATIONS)}")
            continue
        ids = [("result_id", r.result_id)] + [
            ("related", x.split(":")[0]) for x in _related(r.related)
        ]
        for column, rid in ids:
            if rid not in rows.index:
                bad(column, f"{rid!r} is not a result_id of results.csv")
            elif rows.loc[rid, "study_id"] != r.study_id:
                bad(column, f"{rid!r} belongs to {rows.loc[rid, 'study_id']}, not {r.study_id}")
        if r.result_id in rows.index:
            allowed = _RELATION_STATISTICS[r.relation]
            statistic = rows.loc[r.result_id, "statistic"]
            if allowed is not None and statistic not in allowed:
                bad("result_id", f"a {r.relation} relation needs a {' or '.join(allowed)} row; "
                    f"{r.result_id} is {statistic}")  # fmt: skip
        needs = {
            "parts_of_whole": ("related",),
            "denominator": ("claim_id",),
            "whole_numbers": (),
            "events_from": ("related",),
            "arms": ("related", "label", "strength", "direction"),
            "compares": ("related", "method"),
            "restates": ("related",),
            "not_recomputable": ("note", "claim_id"),
            "context": ("note",),
        }[r.relation]
        for column in needs:
            if _blank(getattr(r, column)):
                bad(column, f"a {r.relation} relation needs {column}")
        if r.relation == "denominator" and _blank(r.n) == (len(_related(r.related)) == 0):
            bad("n", "a denominator relation needs either n or one row in related")
        if r.relation in ("arms", "events_from") and len(_related(r.related)) != 1:
            bad("related", f"a {r.relation} relation names exactly one related row")
        if r.relation == "compares":
            related = _related(r.related)
            if r.method == "wald-ci":
                if len(related) != 1:
                    bad("related", "a wald-ci comparison names the one ratio row with its CI")
                elif related[0] in rows.index and (
                    rows.loc[related[0], "statistic"] != "hazard_ratio"
                    or rows.loc[related[0], "interval_type"] != "ci"
                ):
                    bad("related", f"{related[0]} is not a hazard_ratio row with a CI")
            elif len(related) != 2:
                bad("related", "a compares relation names the two groups' rows")
            if not _blank(r.method) and r.method not in PVALUE_RECOMPUTES:
                bad("method", f"{r.method!r} is not one of {', '.join(PVALUE_RECOMPUTES)}")
        if r.relation == "restates" and r.result_id in rows.index:
            for rid in _related(r.related):
                other = rows.loc[rid, "statistic"] if rid in rows.index else statistic
                if other != statistic:
                    bad("related", f"a restates relation names rows of one statistic: "
                        f"{r.result_id} is {statistic}, {rid} is {other}")  # fmt: skip
                if rid == r.result_id:
                    bad("related", f"{rid} cannot restate itself")
        if r.relation == "arms":
            if not _blank(r.strength) and r.strength not in _STRENGTHS:
                bad("strength", f"{r.strength!r} is not one of {', '.join(_STRENGTHS)}")
            if not _blank(r.direction) and r.direction not in _DIRECTIONS:
                bad("direction", f"{r.direction!r} is not one of {', '.join(_DIRECTIONS)}")
    return problems


def _relations(data, study_id: str) -> pd.DataFrame:
    problems = check_relations(data)
    if problems:
        raise ValueError("invalid relations:\n  " + "\n  ".join(problems))
    return data.relations[data.relations["study_id"] == study_id]


@dataclass(frozen=True)
class ArmPair:
    """One declared comparison of two arms: the recomputed tests and the wording's judgement.

    Attributes
    ----------
    relation_id, arm1, arm2 : str
        The relation and the two rows (``result_id``).
    comparison : ArmComparison
    support : WordingSupport
    note : str
        The relation's note.
    """

    relation_id: str
    arm1: str
    arm2: str
    comparison: ArmComparison
    support: WordingSupport
    note: str = ""


def _count(row: pd.Series, field: str) -> int:
    text = str(row[field]).strip()
    if not text.isdigit():
        raise ValueError(f"{row['result_id']}, field {field!r}: not a whole number ({text!r})")
    return int(text)


def arm_pairs(
    data, study_id: str, *, confidence_level: float = 0.95, alpha: float = 0.05
) -> list[ArmPair]:
    """The ``arms`` relations of a study, each compared and its wording judged.

    Proportions (``percent``, ``count`` rows: printed events, else the one count the
    percentage implies) with :func:`compare_proportions`; means (``mean_sd``) with
    :func:`compare_means`; Kaplan-Meier rates with the event-free counts they imply when
    nobody is censored before the time point (an approximation, stated in the judgement).
    """
    from blinarepro.claims.document import document

    doc = document(data, study_id)
    rows = doc.rows
    pairs = []
    for r in _relations(data, study_id).itertuples(index=False):
        if r.relation != "arms":
            continue
        a, b = rows.loc[r.result_id], rows.loc[r.related.split()[0]]
        approx, reading = "", ""
        if a["statistic"] == "mean_sd":
            c = compare_means(
                r.label,
                float(a["value"]), float(a["sd"]), _count(a, "n"),
                float(b["value"]), float(b["sd"]), _count(b, "n"),
                confidence_level=confidence_level,
            )  # fmt: skip
        elif a["statistic"] == "km_rate":
            t = str(a["timepoint_months"]).strip()
            at = ("the rates", "the time point")
            if t:
                at = (f"the {t}-month rates", f"{t} months")
            get, approx = doc.event_free_if_uncensored, _KM_ASSUMPTION.format(*at)
            c = compare_proportions(
                r.label, *get(a["result_id"]), *get(b["result_id"]),
                confidence_level=confidence_level,
            )  # fmt: skip
        else:
            c, approx, reading = _on_every_count(doc, r.label, a, b, confidence_level, alpha)
        wording = r.wording if not _blank(r.wording) else a["wording"]
        s = wording_support(c, wording, r.strength, r.direction, alpha, approximate=approx)
        if reading:
            s = replace(s, reason=f"{s.reason}; {reading}")
        pairs.append(ArmPair(r.relation_id, a["result_id"], b["result_id"], c, s, r.note))
    return pairs


def _on_every_count(doc, label, a, b, confidence_level, alpha):
    """``(comparison, approximate, reading)`` of two percentage rows on every count their
    printing allows (34% of 271 is 91, 92 or 93 of 271; whole percentages of large arms
    rarely fix one count). The comparison shown is the one on the counts nearest the printed
    percentages (34% of 271: 92.14, so 92); when the
    counts' tests do not all reach one decision at alpha, the judgement is approximate."""
    counts_a, counts_b = doc.event_counts(a["result_id"]), doc.event_counts(b["result_id"])
    middle = (_nearest(counts_a, a["value"]), _nearest(counts_b, b["value"]))
    c = compare_proportions(label, *middle[0], *middle[1], confidence_level=confidence_level)
    if len(counts_a) == len(counts_b) == 1:
        return c, "", ""
    pairs = [(x, y) for x in counts_a for y in counts_b]
    corners = ""
    if len(pairs) > _MAX_PAIRS:  # Boschloo's test costs seconds on large arms: the extremes
        pairs = [(x, y) for x in (counts_a[0], counts_a[-1]) for y in (counts_b[0], counts_b[-1])]
        corners = " (the smallest and largest counts of each arm)"
    every = [
        compare_proportions(label, *x, *y, confidence_level=confidence_level).pvalues
        for x, y in pairs
    ]
    spans = []
    for name in every[0]:
        ps = [p[name] for p in every]
        spans.append(f"{name} p {_p(min(ps))} to {_p(max(ps))}")
    allowed = "; ".join(
        f"{row['value']}% of {counts[0][1]} is {counts[0][0]}"
        + (f" to {counts[-1][0]}" if len(counts) > 1 else "")
        for row, counts in ((a, counts_a), (b, counts_b))
    )
    decisions = {tuple(p < alpha for p in ps.values()) for ps in every}
    reading = (
        f"the printed percentages allow several counts ({allowed}); shown on the nearest ones, "
        f"{_k_of(middle[0])} and {_k_of(middle[1])}; on every count{corners}: "
        f"{', '.join(spans)}"
    )
    if len(decisions) == 1:
        return c, "", reading + f", one decision at alpha = {alpha:g}"
    return c, reading + ", on both sides of alpha", ""


#: Most pairs of counts :func:`_on_every_count` tests before it keeps to the extremes.
_MAX_PAIRS = 9


def _nearest(counts: list[tuple[int, int]], value: str) -> tuple[int, int]:
    """The (k, n) whose k is nearest value% of n (the smaller on a tie)."""
    share = Fraction(Decimal(str(value)))
    return min(counts, key=lambda kn: (abs(kn[0] - share * kn[1] / 100), kn[0]))


def _k_of(count: tuple[int, int]) -> str:
    return f"{count[0]}/{count[1]}"


def _p(p: float) -> str:
    return f"{p:.2g}" if p < 0.001 else f"{p:.3f}"


def _pvalue_reason(test: str) -> str:
    test = "" if _blank(test) else str(test)
    if test in ("", "not stated"):
        return (
            "test not stated (log-rank presumed for survival); no relation declares the "
            "counts of the groups compared, and a log-rank p needs each patient's time and status"
        )
    return f"{test}: no relation declares the counts of the groups compared" + (
        ", and a log-rank p needs each patient's time and status" if "log-rank" in test else ""
    )


def claims_for(
    data, study_id: str, *, confidence_level: float = 0.95, alpha: float = 0.05
) -> list[Claim]:
    """Every claim of one study, from its rows, ``relations.csv`` and its cohorts.

    Parameters
    ----------
    data : Dataset
        From :func:`blinarepro.data.load` (with its ``relations`` table).
    study_id : str
    confidence_level, alpha : float
        For the arm comparisons behind the wording claims.

    Returns
    -------
    list of Claim
        For :func:`blinarepro.claims.evaluate`; claim ids ``<result_id>:<kind>`` unless a
        relation names its own.

    Raises
    ------
    ValueError
        When a relation is invalid (see :func:`check_relations`).
    """
    rows = data.study(study_id)
    rel = _relations(data, study_id)
    compared = {r.result_id for r in rel.itertuples() if r.relation == "compares"}
    claims: list[Claim] = []
    for r in rows.itertuples(index=False):
        has_n = str(r.n).strip().isdigit()
        if r.statistic == "percent" and has_n:
            claims.append(claim_percent(r.result_id))
        if r.statistic in ("percent", "count") and r.interval_type == "ci":
            claims.append(claim_ci(r.result_id, note="the interval method is not named"))
        if r.statistic == "km_rate" and has_n:
            smallest = km_smallest_n(r.value, int(r.n))
            note = "" if smallest.smallest_n == smallest.n else smallest.reason
            claims.append(claim_km(r.result_id, note=note))
        if r.statistic == "mean_range" and has_n:
            claims.append(claim_mean_range(r.result_id))
        if r.statistic == "hazard_ratio" and r.interval_type == "ci":
            claims.append(claim_ratio_ci(r.result_id))
        if r.statistic == "p_value" and r.result_id not in compared:
            claims.append(claim_not_recomputable(r.result_id, _pvalue_reason(r.test)))
    stat = rows.set_index("result_id")["statistic"]
    pairs = {p.relation_id: p for p in arm_pairs(data, study_id, confidence_level=confidence_level,
                                                   alpha=alpha)}  # fmt: skip
    for r in rel.itertuples(index=False):
        cid = None if _blank(r.claim_id) else r.claim_id
        note = "" if _blank(r.note) else r.note
        related = _related(r.related)
        if r.relation == "parts_of_whole":
            parts = [tuple(p.split(":", 1)) if ":" in p else p for p in related]
            field = "value" if _blank(r.field) else r.field
            claims.append(claim_sum(r.result_id, parts, field=field, claim_id=cid, note=note))
        elif r.relation == "denominator":
            n = int(r.n) if not _blank(r.n) else related[0]
            claims.append(claim_percent(r.result_id, n=n, claim_id=cid, note=note))
        elif r.relation == "whole_numbers":
            n = related[0] if related else None
            s = stat[r.result_id]
            if s == "mean_sd":
                claims.append(claim_grimmer(r.result_id, n=n, note=note))
            elif s in ("mean", "mean_range"):
                claims.append(claim_grim(r.result_id, n=n, note=note))
                if s == "mean_range" and n is not None:
                    claims.append(claim_mean_range(r.result_id, n=n))
            else:
                claims.append(claim_median_grain(r.result_id, n=n, note=note))
        elif r.relation == "events_from":
            claims.append(claim_km_events(r.result_id, related[0], claim_id=cid, note=note))
        elif r.relation == "restates":
            claims.append(claim_restated(r.result_id, related, claim_id=cid, note=note))
        elif r.relation == "arms":
            p = pairs[r.relation_id]
            claims.append(claim_wording(r.result_id, p.support, claim_id=cid, note=note))
        elif r.relation == "compares":
            claims.append(
                claim_pvalue(r.result_id, r.method, related, alpha=alpha, claim_id=cid, note=note)
            )
        elif r.relation == "not_recomputable":
            claims.append(claim_not_recomputable(r.result_id, note, claim_id=cid))
    claims += one_not_evaluable_claims(data.results, study_id)
    claims += split_claims(data.results, data.cohorts, study_id)
    return claims


def context_rows(
    data, study_id: str, *, claims: list[Claim] | None = None, strict: bool = False
) -> pd.DataFrame:
    """The rows of a study no claim checks: ``result_id``, ``reported``, and why.

    The reason is the ``note`` of the row's ``context`` relation, "not declared" where none
    says. With ``strict=True`` a row neither checked nor declared context, or both, raises
    ``ValueError`` naming them (a dedicated report accounts for every printed number).
    ``claims``: the study's claims if already made (:func:`claims_for`; which rows they use
    does not depend on its level or alpha), else they are made here.
    """
    if claims is None:
        claims = claims_for(data, study_id)
    elif not {c.result_id for c in claims} <= set(data.study(study_id)["result_id"]):
        raise ValueError(f"claims holds claims of another study than {study_id!r}")
    used: set[str] = set()
    for c in claims:
        kw = c.kwargs
        used |= {c.result_id}
        used |= {p if isinstance(p, str) else p[0] for p in kw.get("parts", ())}
        used |= set(kw.get("inputs", ()))
        used |= {kw["n"]} if isinstance(kw.get("n"), str) else set()
        used |= {kw["events_from"]} if "events_from" in kw else set()
        used |= {x for split in kw.get("splits", ()) for x in split}
        used |= set(kw.get("others", ()))  # the rows a restatement checks against
    rel = _relations(data, study_id)
    used |= {x for r in rel.itertuples() if r.relation == "arms" for x in _related(r.related)}
    why = {r.result_id: r.note for r in rel.itertuples() if r.relation == "context"}
    rows = data.study(study_id)
    rest = rows[~rows["result_id"].isin(used)]
    undeclared = sorted(set(rest["result_id"]) - set(why))
    both = sorted(used & set(why))
    if strict and (undeclared or both):
        raise ValueError(
            f"{study_id}: rows neither checked nor declared context: {undeclared}; declared "
            f"context but checked: {both} (relations.csv)"
        )
    return pd.DataFrame(
        {
            "result_id": rest["result_id"].tolist(),
            "reported": rest["reported"].tolist(),
            "why context only": [why.get(r, "not declared") for r in rest["result_id"]],
        }
    )
