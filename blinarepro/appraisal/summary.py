"""Plain-language summaries: three sentences a clinician can take away.

Every sentence is built from data: the document's own conclusion (``plain_language.csv``,
verbatim), the verdicts of its claims table, its overall risk of bias
(``risk_of_bias.csv``), the registration audit and the GRADE ratings. No number is typed
here, so none can drift from the tables.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

import pandas as pd

from blinarepro.claims import VERDICTS

__all__ = [
    "plain_summary",
    "plain_summary_synthesis",
]

_MATTERS = {
    "low": "the figures can be taken largely at face value",
    "moderate": "the figures describe this cohort fairly but do not estimate the regimen's effect",
    "serious": "the figures describe this cohort only and cannot carry the conclusion as stated",
    "critical": "the figures are too biased to inform practice",
}


def _outcome_labels(data) -> dict[str, str]:
    """Outcome id -> a short label: the vocabulary's wording up to its first qualifier."""
    package = json.loads((data.data_dir / "datapackage.json").read_text(encoding="utf-8"))
    res = next(r for r in package["resources"] if r["name"] == "results")
    vocab = next(f for f in res["schema"]["fields"] if f["name"] == "outcome")["vocabulary"]
    return {k: re.split(r" \(|, ", v, maxsplit=1)[0] for k, v in vocab.items()}


#: Baseline descriptors: reproduced, but not what a reader takes away.
_BASELINE = ("enrolled", "age", "male", "female", "followup")


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the word is an acronym (OS, MRD)."""
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def _some(items: list[str], shown: int = 3) -> str:
    """Up to ``shown`` distinct items, then 'and others' if there are more."""
    items = list(dict.fromkeys(items))
    if len(items) <= shown:
        return _listing(items)
    return ", ".join(items[:shown]) + " and others"


def _count(n: int, word: str) -> str:
    if n == 1:
        return f"{n} {word}"
    return f"{n} {word[:-1]}ies" if word.endswith("y") else f"{n} {word}s"


def _listing(items: list[str]) -> str:
    items = list(dict.fromkeys(items))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def plain_summary(
    study_id: str, claims: pd.DataFrame, data, *, audit: pd.DataFrame | None = None
) -> str:
    """Three sentences: what the document claims, what holds, what does not and how much it matters.

    Parameters
    ----------
    study_id : str
        A study of ``studies.csv``.
    claims : DataFrame
        The report's claims table (columns of :data:`blinarepro.claims.TABLE_COLUMNS`).
    data : Dataset
    audit : DataFrame, optional
        :func:`blinarepro.appraisal.registration_audit` output; required for the
        registration record (which has no claims), ignored otherwise.

    Returns
    -------
    str
        Three sentences (Markdown), each from data.
    """
    studies = data.studies.set_index("study_id")
    if study_id not in studies.index:
        raise KeyError(f"unknown study_id {study_id!r}; known: {', '.join(studies.index)}")
    s = studies.loc[study_id]
    claim = data.plain_language.set_index("study_id").loc[study_id, "claim"]
    if study_id == "registration":
        if audit is None:
            raise ValueError("the registration record's summary needs the registration audit")
        counts = audit["status"].value_counts()
        n_endpoints = int((audit["role"] != "").sum())
        first = (
            f"The registration record ({s['population']}) registers {n_endpoints} endpoints "
            f"and reports no results: “{claim}”"
        )
        second = (
            f"Against the trial's publication (lu2024), {counts.get('reported', 0)} of them "
            "are reported as registered."
        )
        changed = audit.loc[audit.status == "changed", "endpoint"].tolist()
        is_endpoint = audit["endpoint"] != "Population"
        missing = audit.loc[is_endpoint & (audit.status == "not_reported"), "endpoint"].tolist()
        population = audit.loc[~is_endpoint, "status"]
        added = audit.loc[audit.status == "added", "endpoint"].tolist()
        parts = []
        if changed:
            parts.append(
                f"{_listing(changed)} changed definition or measure, so the published "
                f"{'results are' if len(changed) > 1 else 'result is'} not the registered "
                f"{'ones' if len(changed) > 1 else 'one'}"
            )
        if missing:
            parts.append(f"{_listing(missing)} {'is' if len(missing) == 1 else 'are'} not reported")
        if added:
            were = "was" if len(added) == 1 else "were"
            parts.append(f"{_count(len(added), 'outcome')} not registered {were} added")
        if len(population) and population.iat[0] != "reported":
            parts.append("the registered population restriction is not stated in the publication")
        third = "; ".join(parts) if parts else "nothing differs"
        third = third[0].upper() + third[1:] + "."
        return "\n".join([first, second, third])
    size = f" of {s['size']} patients" if s["size"] else ""
    tail = "" if s["size"] else "; no single total printed"
    first = f"{s['design'].capitalize()}{size} ({s['population']}{tail}) concludes: “{claim}”"
    c = claims[claims["study_id"] == study_id] if "study_id" in claims else claims
    c = _own_reading(c)
    counts = c["verdict"].value_counts().reindex(list(VERDICTS), fill_value=0)
    labels = _outcome_labels(data)
    held_rows = c[(c.verdict == "reproduced") & ~c.outcome.isin(_BASELINE)]
    held = held_rows["outcome"].map(lambda o: labels.get(o, o)).tolist()
    second = (
        f"Of {_count(len(c), 'printed number')} checked, {counts['reproduced']} "
        f"{'agrees' if counts['reproduced'] == 1 else 'agree'} with the document's own figures"
        + (f" ({_some(held)})." if held else ".")
    )
    kind = c.claim_id.str.split(":").str[-1]
    events = data.results.set_index("result_id")["events"]
    no_events = c.result_id.map(lambda r: not str(events.get(r, "")).strip())
    only_possible = kind.isin(_POSSIBLE) | ((kind == "percent") & no_events)
    possible = c[(c.verdict == "reproduced") & only_possible]
    if len(possible):
        second += (
            f" For {len(possible)} of {'it' if counts['reproduced'] == 1 else 'them'} (a "
            "survival rate, a mean, a percentage without its count) the check can only show "
            "that the printed value is possible on the printed group size, not recompute it."
        )
    labelled = c.assign(label=c["outcome"].map(lambda o: labels.get(o, o)))
    parts = []
    for verdict, words in (
        ("inconsistent", ("cannot be true as printed", "cannot be true as printed")),
        ("discrepant", ("differs on recomputation", "differ on recomputation")),
    ):
        n = int(counts[verdict])
        if n:
            which = _listing(labelled.loc[labelled.verdict == verdict, "label"].tolist())
            parts.append(f"{n} {words[n != 1]} ({which})")
    if counts["not_recomputable"]:
        parts.append(f"{counts['not_recomputable']} cannot be recomputed from what is printed")
    rob = data.risk_of_bias
    overall = rob[(rob.study_id == study_id) & (rob.domain == "overall")]
    level, tool = overall["judgement"].iat[0], overall["tool"].iat[0]
    third = (
        "Of the rest, " + _listing(parts) if parts else "No printed number was found false"
    ) + f"; with a {level} risk of bias ({tool}), {_MATTERS[level]}."
    return "\n".join([first, second, third])


#: Claim kinds (the claim id's suffix) whose *reproduced* means "possible", not "recomputed":
#: a Kaplan-Meier rate some curve on n patients gives, a mean some whole numbers give, two
#: printings one value gives, a ratio its interval allows (and a percentage some k/n gives
#: where no count is printed).
_POSSIBLE = ("km", "km_events", "joint_km", "grim", "grimmer", "mean_range", "restated",
             "ratio_ci")  # fmt: skip


def plain_summary_synthesis(grades: pd.DataFrame, labels: Mapping[str, str] | None = None) -> str:
    """Three sentences for the synthesis report, from its GRADE table.

    Parameters
    ----------
    grades : DataFrame
        :func:`blinarepro.appraisal.grade_pools` output (one row per primary pool, that is
        per outcome and stratum; ``k`` cohorts each).
    labels : mapping, optional
        outcome id -> human label.
    """
    if grades.empty:
        raise ValueError("no rated pool: the synthesis summary needs grade_pools output")
    labels = labels or {}
    figures = []
    for outcome, rows in grades.groupby("outcome", sort=False):
        label = _lower_first(labels.get(outcome, outcome))
        lo, hi = 100 * rows["estimate"].min(), 100 * rows["estimate"].max()
        figures.append(
            f"{label} {lo:.0f}%"
            if len(rows) == 1
            else f"{label} {lo:.0f}% to {hi:.0f}% across {len(rows)} strata"
        )
    single = int((grades["k"] == 1).sum())
    strata = f"{len(grades)} strata" if len(grades) > 1 else "one stratum"
    held = (
        "each a single cohort"
        if single == len(grades)
        else f"{single} of them a single cohort"
        if single
        else "each of two or more cohorts"
    )
    first = (
        f"The comparable cohorts (one setting, Ph status and endpoint definition) form {strata}, "
        f"{held}: {_listing(figures)}; these describe a few small non-randomised cohorts, "
        "not treatment effects."
    )
    levels = grades["certainty"].value_counts()
    second = (
        "The certainty of "
        + ("every stratum's estimate" if len(levels) == 1 else "the strata's estimates")
        + " is "
        + _listing([lvl for lvl in ("high", "moderate", "low", "very low") if lvl in levels])
        + " (GRADE): the true rates may be substantially different."
        if set(levels.index) <= {"low", "very low"}
        else "The certainty of the strata's estimates is "
        + _listing([f"{lvl} for {_count(int(levels[lvl]), 'pool')}" for lvl in levels.index])
        + " (GRADE)."
    )
    domains = ("risk_of_bias", "inconsistency", "indirectness", "imprecision")
    words = {
        "risk_of_bias": "risk of bias",
        "inconsistency": "inconsistency",
        "indirectness": "indirectness (mixed settings, Ph status or definitions)",
        "imprecision": "imprecision",
    }
    hits = {d: int(grades[d].isin(("serious", "very serious")).sum()) for d in domains}
    ranked = [d for d in sorted(domains, key=lambda d: -hits[d]) if hits[d]]
    unassessed = int((grades["inconsistency"] == "not assessable").sum())
    third = (
        "The reasons, most frequent first: "
        + _listing([f"{words[d]} ({hits[d]} of {len(grades)})" for d in ranked])
        if ranked
        else "No domain lowered the certainty further"
    )
    if unassessed:
        third += (
            f"; inconsistency could not be assessed in {unassessed} of {len(grades)} "
            "(a single cohort, or no estimable heterogeneity)"
        )
    third += "; the pivotal trials are shown beside the strata as reference points, never pooled."
    return "\n".join([first, second, third])


def _own_reading(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims on the document's own reading: rows testing another reading (swapped
    labels, one patient not evaluable) are explanations, not claims, and are not counted."""
    if "reading" not in claims:
        return claims
    return claims[claims["reading"].fillna("") == ""]
