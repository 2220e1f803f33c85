"""Pivotal-trial figures beside a stratum of the synthesis: reference points, never pooled.

``data/benchmarks.csv`` holds the headline figures of TOWER, MT103-211, E1910 and D-ALBA as
read (sentence and page). :func:`benchmarks_for` picks those matching a stratum of the
synthesis (outcome, setting and Ph status; a stratum whose Ph status is not reported matches
either) and states how each trial's population and definition differ from the cohorts';
:func:`benchmarks_beside` puts them beside the primary pool of each stratum.
"""

from __future__ import annotations

import pandas as pd

from blinarepro._validate import check_choice

__all__ = ["OUTCOME_FAMILIES", "benchmarks_beside", "benchmarks_for"]

#: Synthesis outcome -> benchmark outcome terms that measure the same thing (or a close one).
OUTCOME_FAMILIES = {
    "remission": ("cr", "cr_crh", "crc"),
    "mrd_negative": ("mrd_negative", "molecular_response"),
    "crs_grade3plus": (),
    "os_12m": ("os",),
}
#: Stratum endpoint (``data/synthesis.csv``) -> its short name, for stating differences.
_ENDPOINT = {"cr": "CR", "crc": "CRc", "mrd": "MRD negativity", "os_12m": "12-month survival"}
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


def benchmarks_for(benchmarks: pd.DataFrame, outcome: str, stratum: str = "all") -> pd.DataFrame:
    """The benchmark figures for one synthesis stratum, display-ready.

    Parameters
    ----------
    benchmarks : DataFrame
        ``Dataset.benchmarks``.
    outcome : str
        A synthesis outcome, one of :data:`OUTCOME_FAMILIES`.
    stratum : str
        ``"all"``; a stratum of ``synthesis_pooled.csv`` (``"setting|ph_status|endpoint"``:
        same setting, same Ph status or any if the stratum's is ``not_reported``; the
        endpoint sets the definition the differences are stated against); or a subgroup
        ``"setting=<setting>"`` / ``"ph=<positive|negative>"``.

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
    endpoint, ph = None, None
    if "|" in stratum:
        parts = stratum.split("|")
        if len(parts) != 3:
            raise ValueError(f"stratum {stratum!r} is not 'setting|ph_status|endpoint'")
        setting, ph, endpoint = parts
        b = b[b["setting"] == setting]
        if ph != "not_reported":
            b = b[b["ph_status"] == ph]
    elif stratum != "all":
        key, _, level = stratum.partition("=")
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
                "How it differs": _difference(r, outcome, endpoint, ph),
                "As printed": r.reported,
                "Read at": f"{r.url} ({r.location}; {r.source_kind})",
            }
        )
    return pd.DataFrame(rows, columns=list(COLUMNS))


def _difference(r, outcome: str, endpoint: str | None = None, ph: str | None = None) -> str:
    parts = [
        f"{_SETTING[r.setting]}, Ph-{r.ph_status}",
        "randomised trial arm" if r.trial in ("TOWER", "E1910") else "single-arm trial",
    ]
    if ph == "not_reported":
        parts.append(f"the cohorts' Ph status is not reported, the trial's is {r.ph_status}")
    if outcome == "os_12m":
        if r.timepoint_months:
            parts.append(f"survival at {r.timepoint_months} months, not 12")
        elif r.statistic == "median":
            parts.append("a median survival, not a 12-month rate")
        else:
            parts.append("survival at a median follow-up, not at a fixed 12 months")
    if outcome == "remission" and endpoint == "cr" and r.outcome != "cr":
        parts.append(f"{'CR/CRh' if r.outcome == 'cr_crh' else 'CR/CRh/CRi'}: broader than CR")
    elif outcome == "remission" and endpoint != "cr" and r.outcome != "crc":
        parts.append(f"{'CR only' if r.outcome == 'cr' else 'CR/CRh'}: narrower than CRc")
    if outcome == "mrd_negative" and r.outcome == "molecular_response":
        parts.append("molecular (BCR::ABL1) response: another assay than flow MRD")
    return "; ".join(parts)


def benchmarks_beside(
    pooled: pd.DataFrame, benchmarks: pd.DataFrame, outcome_words: dict[str, str] | None = None
) -> pd.DataFrame:
    """The benchmark figures beside the primary pool of each stratum they match.

    Parameters
    ----------
    pooled : DataFrame
        ``synthesis_pooled.csv`` (or :func:`blinarepro.synthesis.pooled_table`); only rows
        with ``primary`` true are used.
    benchmarks : DataFrame
        ``Dataset.benchmarks``.
    outcome_words : mapping, optional
        outcome id -> words.

    Returns
    -------
    DataFrame
        ``Outcome``, ``Stratum``, ``This synthesis`` (the stratum's estimate with its
        interval, or why there is none, and its cohorts and participants), then the columns
        of :func:`benchmarks_for`; one row per matching trial figure, strata without a
        matching trial left out. The figures are reference points: nothing here is pooled.
    """
    words = outcome_words or {}
    frames = []
    primary = pooled[pooled["primary"].astype(str).str.lower() == "true"]
    for p in primary.itertuples(index=False):
        b = benchmarks_for(benchmarks, p.outcome, p.stratum)
        if b.empty:
            continue
        if pd.notna(p.lower) and pd.notna(p.upper):
            figure = f"{100 * p.estimate:.1f}% ({100 * p.lower:.1f} to {100 * p.upper:.1f})"
        else:
            figure = f"{100 * p.estimate:.1f}% ({p.estimable})"
        cohorts = "1 cohort" if p.k == 1 else f"{p.k} cohorts"
        b.insert(0, "This synthesis", f"{figure}; {cohorts}, {p.n} patients")
        b.insert(0, "Stratum", p.stratum_label)
        b.insert(0, "Outcome", words.get(p.outcome, p.outcome))
        frames.append(b)
    columns = ["Outcome", "Stratum", "This synthesis", *COLUMNS]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)
