"""Registered endpoints against what each document reports: the comparability matrix.

The registration record (``data/endpoints.csv``) defines six endpoints. Each maps to a
family of outcome terms of ``data/results.csv`` that measure the same thing, possibly under
another definition or at another time. :func:`endpoint_matrix` lists, for every endpoint and
document, what the document reports (outcome, cohorts, time point) so a reader can see which
cohorts can be pooled on a common definition.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["ENDPOINT_FAMILIES", "endpoint_matrix"]

#: For each registered endpoint, the outcome terms of results.csv that report it, with why.
ENDPOINT_FAMILIES: dict[str, dict[str, str]] = {
    "orr": {
        "crc": "composite CR (CR/CRh/CRi): the registered ORR definition",
        "cr": "CR only: a stricter subset of the registered ORR",
    },
    "mrd_negative": {
        "mrd_negative": "MRD negativity (threshold as the document states it)",
        "mrd_response": "MRD response among all treated",
        "cmr": "complete molecular response (BCR::ABL1), Ph+ only: a different assay",
    },
    "treatment_related_sae": {
        "crs": "cytokine release syndrome",
        "icans": "neurotoxicity (ICANS)",
        "pneumonia": "pneumonia",
        "sepsis": "sepsis",
        "infection": "infection",
        "bleeding": "bleeding",
    },  # fmt: skip
    "hematopoietic_recovery": {"neutropenia_duration": "days of neutropenia"},
    "efs": {
        "efs": "event-free survival",
        "pfs": "progression-free survival (other events)",
        "dfs": "disease-free survival (from CR)",
        "rfs": "relapse-free survival (from CR)",
    },  # fmt: skip
    "os": {"os": "overall survival"},
}


def endpoint_matrix(endpoints: pd.DataFrame, results: pd.DataFrame) -> pd.DataFrame:
    """One row per (registered endpoint, document, reported outcome).

    Parameters
    ----------
    endpoints, results : DataFrame
        ``Dataset.endpoints`` and ``Dataset.results`` from :func:`blinarepro.data.load`.

    Returns
    -------
    DataFrame
        Columns ``endpoint, role, study_id, outcome, relation, cohorts, grades,
        timepoints_months, statistics``; a document that reports nothing for an endpoint
        gets one row with ``outcome = ""`` so gaps are visible.
    """
    rows = []
    studies = [s for s in results["study_id"].drop_duplicates() if s != "registration"]
    for ep in endpoints.itertuples():
        family = ENDPOINT_FAMILIES[ep.endpoint_id]
        for study in studies:
            sub = results[(results.study_id == study) & results.outcome.isin(family)]
            if sub.empty:
                rows.append((ep.endpoint_id, ep.role, study, "", "not reported", "", "", "", ""))
                continue
            for outcome, grp in sub.groupby("outcome", sort=True):
                rows.append(
                    (
                        ep.endpoint_id,
                        ep.role,
                        study,
                        outcome,
                        family[outcome],
                        ", ".join(dict.fromkeys(grp.cohort)),
                        ", ".join(g for g in dict.fromkeys(grp.grade) if g),
                        ", ".join(t for t in dict.fromkeys(grp.timepoint_months) if t),
                        ", ".join(dict.fromkeys(grp.statistic)),
                    )  # fmt: skip
                )
    cols = ["endpoint", "role", "study_id", "outcome", "relation", "cohorts", "grades",
            "timepoints_months", "statistics"]  # fmt: skip
    return pd.DataFrame(rows, columns=cols)
