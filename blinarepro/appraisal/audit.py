"""The registration record against the publication of the same trial, in the manner of COMPare.

The registration (``registration``, seed 002) and ``lu2024`` (seed 003) describe one trial
(NCT05557110, by title and intervention; the record prints no number). Each registered
endpoint (``data/endpoints.csv``), each outcome the paper adds, and the registered population
are audited in ``data/registration_audit.csv`` with a status from a closed vocabulary and the
texts on both sides, verbatim; :func:`registration_audit` joins the two tables into
``03_registration_audit.csv``. The other three documents are not this trial and are not
mapped onto its endpoints.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["AUDIT_COLUMNS", "STATUSES", "audit_counts", "audit_display", "registration_audit"]

#: Columns of :func:`registration_audit` (``03_registration_audit.csv``).
AUDIT_COLUMNS = ("endpoint", "role", "registered", "published", "reported_in", "status", "note")
#: Audit statuses, in display order.
STATUSES = ("reported", "changed", "not_reported", "added")


def registration_audit(data) -> pd.DataFrame:
    """One row per audited item: registered endpoints first (primary first), then additions.

    Parameters
    ----------
    data : Dataset
        From :func:`blinarepro.data.load` (``endpoints``, ``registration_audit``,
        ``results``).

    Returns
    -------
    DataFrame
        Columns :data:`AUDIT_COLUMNS`. ``registered`` is the registered definition with its
        time frame (``"definition (time frame: ...)"``) for endpoints and the registration's
        text for the population; ``reported_in`` names the ``lu2024`` rows of
        ``results.csv``.
    """
    audit = data.registration_audit
    endpoints = data.endpoints.set_index("endpoint_id")
    unaudited = sorted(set(endpoints.index) - set(audit["endpoint_id"]))
    if unaudited:
        raise ValueError(f"registered endpoints {unaudited} have no row in registration_audit.csv")
    known = set(data.results["result_id"])
    rows = []
    for r in audit.itertuples(index=False):
        ids = [i for i in r.result_ids.split(";") if i]
        if any(i not in known for i in ids):
            raise ValueError(f"registration_audit.csv, item {r.item!r}: unknown result ids {ids}")
        if r.kind == "registered_endpoint":
            ep = endpoints.loc[r.endpoint_id]
            endpoint, role = ep["name"], ep["role"]
            registered = f"{ep['definition']} (time frame: {ep['assessment_time']})"
        elif r.kind == "population":
            endpoint, role, registered = "Population", "", r.registered
        else:
            outcome = data.results.set_index("result_id").loc[ids[0], "outcome"]
            endpoint, role, registered = _OUTCOME_LABEL.get(outcome, outcome), "", ""
        rows.append(
            {
                "endpoint": endpoint,
                "role": role,
                "registered": registered,
                "published": r.published,
                "reported_in": ("lu2024: " + ", ".join(ids))
                if ids and r.status != "not_reported"
                else "",
                "status": r.status,
                "note": r.note,
            }
        )
    return pd.DataFrame(rows, columns=list(AUDIT_COLUMNS))


_OUTCOME_LABEL = {"time_to_cr": "Time to complete remission", "icans": "Neurotoxicity (ICANS)"}


def audit_counts(audit: pd.DataFrame) -> pd.Series:
    """Number of audited items per status (every status listed, zeros included)."""
    return audit["status"].value_counts().reindex(list(STATUSES), fill_value=0)


def audit_display(audit: pd.DataFrame) -> pd.DataFrame:
    """The audit with human column names and statuses, for the report."""
    shown = audit.rename(
        columns={
            "endpoint": "Endpoint",
            "role": "Role",
            "registered": "Registered (definition, time frame)",
            "published": "Published (as printed)",
            "reported_in": "Reported in",
            "status": "Status",
            "note": "Note",
        }
    )
    shown["Status"] = shown["Status"].str.replace("_", " ").str.capitalize()
    shown["Role"] = shown["Role"].str.capitalize()
    return shown
