"""Pivotal-trial figures beside a stratum of the synthesis: reference points, never pooled.

``data/benchmarks.csv`` holds the headline figures of TOWER, MT103-211, E1910 and D-ALBA as
read (sentence and page). :func:`benchmarks_for` picks those matching a stratum of the
synthesis (outcome, and setting or Ph status) and states how each trial's population and
definition differ from the cohorts'.
"""

from __future__ import annotations

import pandas as pd

from blinarepro._validate import check_choice

__all__ = ["OUTCOME_FAMILIES", "benchmarks_for"]

#: Synthesis outcome -> benchmark outcome terms that measure the same thing (or a close one).
OUTCOME_FAMILIES = {
    "remission": ("cr", "cr_crh", "crc"),
    "mrd_negative": ("mrd_negative", "molecular_response"),
    "crs_grade3plus": (),
    "os_12m": ("os",),
}
_SETTING = {
    "frontline_induction": "frontline induction",
    "consolidation": "consolidation",
    "relapsed_refractory": "relapsed/refractory",
}
COLUMNS = (
    "Trial",
    "Population",
    "Outcome as defined",
    "n",
    "Figure",
    "How it differs",
    "As printed",
    "Read at",
)


def benchmarks_for(benchmarks: pd.DataFrame, outcome: str, subgroup: str = "all") -> pd.DataFrame:
    """The benchmark figures for one synthesis stratum, display-ready.

    Parameters
    ----------
    benchmarks : DataFrame
        ``Dataset.benchmarks``.
    outcome : str
        A synthesis outcome, one of :data:`OUTCOME_FAMILIES`.
    subgroup : str
        ``"all"``, ``"setting=<setting>"`` or ``"ph=<positive|negative>"`` (the subgroup
        labels of ``synthesis_pooled.csv``).

    Returns
    -------
    DataFrame
        Columns ``Trial, Population, Outcome as defined, n, Figure, How it differs, As
        printed, Read at``; empty (with those columns) when no trial reports the stratum.
        ``How it differs`` always states the trial's population and, for the outcome, any
        difference of definition or time point from the synthesis outcome.
    """
    check_choice("outcome", outcome, OUTCOME_FAMILIES)
    b = benchmarks[benchmarks["outcome"].isin(OUTCOME_FAMILIES[outcome])]
    if subgroup != "all":
        key, _, level = subgroup.partition("=")
        column = check_choice("subgroup key", key, ("setting", "ph"))
        b = b[b["setting" if column == "setting" else "ph_status"] == level]
    rows = []
    for r in b.itertuples(index=False):
        figure = f"{r.value} {r.unit}" if r.unit == "months" else f"{r.value}%"
        if r.lower and r.upper:
            figure += f" (95% CI {r.lower}-{r.upper})"
        rows.append(
            {
                "Trial": r.trial,
                "Population": r.population,
                "Outcome as defined": r.definition,
                "n": r.n or "not printed",
                "Figure": figure,
                "How it differs": _difference(r, outcome),
                "As printed": r.reported,
                "Read at": f"{r.url} ({r.location}; {r.source_kind})",
            }
        )
    return pd.DataFrame(rows, columns=list(COLUMNS))


def _difference(r, outcome: str) -> str:
    parts = [
        f"{_SETTING[r.setting]}, Ph-{r.ph_status}",
        "randomised trial arm" if r.trial in ("TOWER", "E1910") else "single-arm trial",
    ]
    if outcome == "os_12m":
        if r.timepoint_months:
            parts.append(f"survival at {r.timepoint_months} months, not 12")
        elif r.statistic == "median":
            parts.append("a median survival, not a 12-month rate")
        else:
            parts.append("survival at a median follow-up, not at a fixed 12 months")
    if outcome == "remission" and r.outcome != "crc":
        parts.append(f"{'CR only' if r.outcome == 'cr' else 'CR/CRh'}: narrower than CRc")
    if outcome == "mrd_negative" and r.outcome == "molecular_response":
        parts.append("molecular (BCR::ABL1) response: another assay than flow MRD")
    return "; ".join(parts)
