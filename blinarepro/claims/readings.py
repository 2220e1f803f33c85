"""Readings a careful reader tries for a percentage no count on its n gives.

:func:`one_not_evaluable_claims` declares, for every printed percentage of a document that no
k/n reproduces, the reading "one patient not evaluable": the same percentage on n - 1. A
reading that fits is a possible explanation, reported beside the document's own reading and
never counted as a correction (``Claim.reading`` is set, see
:func:`blinarepro.claims.finding_summary`).
"""

from __future__ import annotations

import pandas as pd

from blinarepro.claims.kinds import Claim, claim_percent
from blinarepro.consistency.percent import percent_check

__all__ = ["one_not_evaluable_claims"]


def one_not_evaluable_claims(results: pd.DataFrame, study_id: str) -> list[Claim]:
    """For each percentage of ``study_id`` impossible on its printed n, the claim on n - 1.

    Rows with ``statistic == "percent"`` and an n are tried; those some k/n reproduces get no
    reading. Claim ids are ``"<result_id>:percent_one_not_evaluable"``.
    """
    rows = results[(results["study_id"] == study_id) & (results["statistic"] == "percent")]
    claims = []
    for r in rows.itertuples():
        n_text = "" if pd.isna(r.n) else str(r.n).strip()
        if not n_text.isdigit() or int(n_text) < 2:
            continue
        n = int(n_text)
        if percent_check(str(r.value), n).candidates:
            continue
        claims.append(
            claim_percent(
                r.result_id,
                n=n - 1,
                claim_id=f"{r.result_id}:percent_one_not_evaluable",
                reading=f"one patient not evaluable ({n - 1} of {n})",
            )
        )
    return claims
