"""Claims built from the data: the rates of the splits of one group, and swapped-label readings.

A document that splits one group two ways (regimen, transplant) prints rates for each part;
:func:`cohort_splits` finds those splits in ``data/cohorts.csv`` (the children of a cohort
whose sizes add up to it), and :func:`split_claims` declares, for every outcome with rates on
two or more splits, a :func:`~blinarepro.claims.claim_joint_km` claim, plus the readings a
careful reader tries where a rate is impossible on its own group: the labels of a two-part
split swapped (each rate judged on the other part's size). No row numbers are written
anywhere: everything comes from the ``cohort``, ``parent``, ``statistic`` and ``n`` columns.
"""

from __future__ import annotations

from itertools import combinations

import pandas as pd

from blinarepro.claims.kinds import Claim, claim_joint_km, claim_km
from blinarepro.consistency.km import km_feasibility

__all__ = ["cohort_splits", "split_claims"]


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or str(value) == ""


def _sizes(results: pd.DataFrame, study_id: str) -> dict[str, int]:
    """Each cohort's size: its ``enrolled`` n row, else the n its rate rows print or imply."""
    rows = results[results["study_id"] == study_id]
    sizes: dict[str, int] = {}
    for r in rows[rows["statistic"] == "n"].itertuples():
        sizes[r.cohort] = int(str(r.value))
    for r in rows[rows["statistic"] == "km_rate"].itertuples():
        if r.cohort not in sizes and not _blank(r.n):
            sizes[r.cohort] = int(str(r.n))
    return sizes


def cohort_splits(
    results: pd.DataFrame, cohorts: pd.DataFrame, study_id: str
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The ways each cohort of a document is split: sets of its children adding up to it.

    Parameters
    ----------
    results, cohorts : pandas.DataFrame
        ``data/results.csv`` and ``data/cohorts.csv`` as loaded.
    study_id : str

    Returns
    -------
    dict
        Parent cohort -> its splits (each a tuple of child cohorts, in the order of
        ``cohorts.csv``), for parents with at least one split.

    Raises
    ------
    ValueError
        When a child belongs to two different sets of children that add up to the parent (the
        splits are then ambiguous and must be declared).
    """
    sizes = _sizes(results, study_id)
    mine = cohorts[cohorts["study_id"] == study_id]
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for parent in mine["cohort"]:
        children = [c for c in mine.loc[mine["parent"] == parent, "cohort"] if c in sizes]
        if parent not in sizes or len(children) < 2:
            continue
        found = [
            subset
            for k in range(2, len(children) + 1)
            for subset in combinations(children, k)
            if sum(sizes[c] for c in subset) == sizes[parent]
        ]
        seen: dict[str, tuple[str, ...]] = {}
        for subset in found:
            for c in subset:
                if c in seen:
                    raise ValueError(
                        f"{study_id}: cohort {c!r} is in two splits of {parent!r} "
                        f"({seen[c]} and {subset}); the splits are ambiguous"
                    )
                seen[c] = subset
        if found:
            out[parent] = tuple(found)
    return out


def split_claims(results: pd.DataFrame, cohorts: pd.DataFrame, study_id: str) -> list[Claim]:
    """Joint claims across the splits of each cohort, and the swapped-label readings.

    For each split cohort and each (outcome, time point) with a ``km_rate`` row on every part
    of a split: one :func:`~blinarepro.claims.claim_joint_km` over the splits that have rates
    (when two or more do), and, for each two-part split where a rate no curve on its own n
    gives, the swapped-label reading: every rate of the split judged on the other part's size
    (:func:`~blinarepro.claims.claim_km` with ``reading`` set), and the joint claim under
    that reading. Readings are possible explanations, never corrections.
    """
    rows = results[(results["study_id"] == study_id) & (results["statistic"] == "km_rate")]
    mine = cohorts[cohorts["study_id"] == study_id].set_index("cohort")
    names = mine["label"].to_dict() if "label" in mine else {}

    def name(cohort: str) -> str:
        return str(names.get(cohort) or cohort)

    labels = {r.result_id: f"{name(r.cohort)} {str(r.outcome).upper()}" for r in rows.itertuples()}
    claims: list[Claim] = []
    for parent, splits in cohort_splits(results, cohorts, study_id).items():
        keys = rows[rows["cohort"].isin([c for s in splits for c in s])]
        for (outcome, time), sub in keys.groupby(["outcome", "timepoint_months"], sort=False):
            if not str(time).strip():  # rates without a printed time point: not one curve's
                continue
            by_cohort = {r.cohort: r.result_id for r in sub.itertuples()}
            rated = [
                tuple(by_cohort[c] for c in s) for s in splits if all(c in by_cohort for c in s)
            ]
            if len(rated) >= 2:
                claims.append(
                    claim_joint_km(
                        rated, labels=labels, note=f"{name(parent)}: {outcome} at {time} months"
                    )
                )
            for split in rated:
                if len(split) != 2:
                    continue
                a, b = (sub.set_index("result_id").loc[r] for r in split)
                if any(_blank(x.n) for x in (a, b)):  # no size printed: no swapped reading
                    continue
                if all(km_feasibility(str(x.value), int(str(x.n))).consistent for x in (a, b)):
                    continue
                label = f"labels swapped: {name(a.cohort)} <-> {name(b.cohort)}"
                for rid, other in ((split[0], split[1]), (split[1], split[0])):
                    claims.append(
                        claim_km(rid, n=other, claim_id=f"{rid}:km_swapped", reading=label)
                    )
                if len(rated) >= 2:
                    claims.append(
                        claim_joint_km(
                            rated,
                            n={split[0]: split[1], split[1]: split[0]},
                            labels=labels,
                            claim_id=f"{rated[0][0]}:joint_km_swapped"
                            + ("" if split == rated[0] else f"_{split[0]}"),
                            reading=label,
                            note=f"{name(parent)}: {outcome} at {time} months",
                        )
                    )
    return claims
