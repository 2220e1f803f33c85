"""The claims table: its columns, and the summaries a report opens with."""

from __future__ import annotations

from typing import Any

import pandas as pd

from blinarepro.claims.kinds import VERDICTS
from blinarepro.findings import FINDINGS, SEVERITY

__all__ = ["TABLE_COLUMNS", "finding_summary", "verdict_summary"]

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
    "finding",
    "reading",
    "note",
    "result_id",
)


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


def finding_summary(table: pd.DataFrame) -> pd.DataFrame:
    """Count printed numbers per finding, most severe first, each printed number once.

    Parameters
    ----------
    table : pandas.DataFrame
        The output of :func:`evaluate` (needs ``result_id``, ``finding`` and ``reading``).

    Returns
    -------
    pandas.DataFrame
        Columns ``severity``, ``finding``, ``numbers`` (printed numbers with that finding) and
        ``claims`` (their claim ids, ``"; "``-joined), one row per finding of
        :data:`~blinarepro.findings.FINDINGS` that occurs, most severe first.

    Notes
    -----
    A printed number (a ``result_id``) is counted once, under the most severe finding of its
    claims on the document's own reading (``reading == ""``); claims testing other readings
    (swapped labels, one patient not evaluable) are possible explanations and not counted.
    """
    missing = [c for c in ("result_id", "finding", "reading", "claim_id") if c not in table]
    if missing:
        raise ValueError(f"table lacks the columns {', '.join(missing)} (the output of evaluate)")
    unknown = sorted(set(table["finding"]) - set(FINDINGS) - {""})
    if unknown:
        raise ValueError(f"table holds unknown findings: {', '.join(map(repr, unknown))}")
    own = table[table["reading"] == ""]
    rank = {f: i for i, f in enumerate(FINDINGS)}
    worst: dict[str, str] = {}
    for rid, finding in zip(own["result_id"], own["finding"], strict=True):
        if finding and (rid not in worst or rank[finding] < rank[worst[rid]]):
            worst[rid] = finding
    records = []
    for finding in FINDINGS:
        rids = sorted(r for r, f in worst.items() if f == finding)
        if not rids:
            continue
        ids = own[own["result_id"].isin(rids) & (own["finding"] == finding)]["claim_id"]
        records.append(
            {
                "severity": SEVERITY[finding],
                "finding": finding,
                "numbers": len(rids),
                "claims": "; ".join(ids),
            }
        )
    return pd.DataFrame.from_records(records, columns=["severity", "finding", "numbers", "claims"])
