"""Risk of bias per study, as stored in ``data/risk_of_bias.csv``, ready to display.

The judgements are data (with a verbatim quote as support); this module only labels them
for a clinician and applies ROBINS-I's own rule for the overall judgement.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

__all__ = ["jbi_overall", "risk_of_bias_matrix", "risk_of_bias_table", "robins_overall"]

#: ROBINS-I judgements from least to most severe (Sterne et al., BMJ 2016;355:i4919, Table 3).
ROBINS_SCALE = ("low", "moderate", "serious", "critical")


def robins_overall(judgements: Iterable[str]) -> str:
    """The ROBINS-I overall judgement from the domain judgements.

    The overall risk of bias is that of the most severe domain; when no domain is serious or
    critical but some give no information, the overall is ``"no information"`` (Sterne et
    al., BMJ 2016;355:i4919, Table 3: 'no information' where there is no clear indication of
    serious or critical risk and information is missing in one or more key domains). We
    apply the rule to every domain, treating each as key.
    """
    judgements = list(judgements)
    bad = [j for j in judgements if j not in (*ROBINS_SCALE, "no information")]
    if bad or not judgements:
        raise ValueError(
            f"ROBINS-I judgements must be {ROBINS_SCALE} or 'no information'; "
            f"got {bad or judgements}"
        )
    known = [j for j in judgements if j != "no information"]
    worst = max(known, key=ROBINS_SCALE.index) if known else "no information"
    if worst in ("serious", "critical"):
        return worst
    return "no information" if len(known) < len(judgements) else worst


#: JBI items that bear on bias (selection, measurement, analysis); items 6-9 are reporting.
JBI_BIAS_ITEMS = ("jbi_q1", "jbi_q2", "jbi_q3", "jbi_q4", "jbi_q5", "jbi_q10")


def jbi_overall(answers: dict[str, str]) -> str:
    """Our overall risk of bias for a JBI case series (the checklist itself has no score).

    On the items that bear on bias (:data:`JBI_BIAS_ITEMS`): ``"serious"`` if any is answered
    no; ``"moderate"`` if none is no but any is unclear or not reported; ``"low"`` if all are
    yes or not applicable. A single-arm series is never rated better than that, because it
    has no comparator: GRADE already starts it low.
    """
    missing = [q for q in JBI_BIAS_ITEMS if q not in answers]
    if missing:
        raise ValueError(f"JBI answers lack items {missing}")
    bias = [answers[q] for q in JBI_BIAS_ITEMS]
    if "no" in bias:
        return "serious"
    if any(a in ("unclear", "no information") for a in bias):
        return "moderate"
    return "low"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _labels(data) -> dict[str, str]:
    """Domain id -> the tool's own wording (from the vocabulary in datapackage.json)."""
    import json

    package = json.loads((data.data_dir / "datapackage.json").read_text(encoding="utf-8"))
    res = next(r for r in package["resources"] if r["name"] == "risk_of_bias")
    field = next(f for f in res["schema"]["fields"] if f["name"] == "domain")
    return {
        k: _cap(v.split(": ", 1)[-1]) if k != "overall" else "Overall"
        for k, v in field["vocabulary"].items()
    }


def risk_of_bias_table(data, study_id: str) -> pd.DataFrame:
    """One study's appraisal, for its report: domain, judgement, support, reasoning.

    Parameters
    ----------
    data : Dataset
        From :func:`blinarepro.data.load`.
    study_id : str
        A study with rows in ``risk_of_bias.csv`` (the registration record has none: it
        reports no outcomes; asking for it raises ``KeyError`` saying so).

    Returns
    -------
    DataFrame
        Columns ``Domain``, ``Judgement``, ``Support (quoted)``, ``Where``, ``Reasoning``;
        the tool is named in the frame's ``attrs["tool"]``.
    """
    rob = data.risk_of_bias
    rows = rob[rob["study_id"] == study_id]
    if rows.empty:
        rated = ", ".join(dict.fromkeys(rob["study_id"]))
        raise KeyError(
            f"no risk-of-bias rows for {study_id!r} (rated: {rated}); the registration record "
            "reports no outcomes and is audited against lu2024 instead"
        )
    labels = _labels(data)
    table = pd.DataFrame(
        {
            "Domain": [labels[d] for d in rows["domain"]],
            "Judgement": [j.capitalize() for j in rows["judgement"]],
            "Support (quoted)": [
                f"“{s}”" if s else "(the document is silent)" for s in rows["support"]
            ],
            "Where": [loc.split(": ", 1)[1] for loc in rows["location"]],
            "Reasoning": list(rows["note"]),
        }
    ).reset_index(drop=True)
    table.attrs["tool"] = rows["tool"].iat[0]
    return table


def risk_of_bias_matrix(data) -> pd.DataFrame:
    """Every study side by side: one row per domain, one column per study, judgements.

    For the synthesis report. Domains a study's tool does not have are shown as ``—``.
    """
    rob = data.risk_of_bias
    labels = _labels(data)
    studies = list(dict.fromkeys(rob["study_id"]))
    domains = list(dict.fromkeys(rob["domain"]))
    domains = [d for d in domains if d != "overall"] + ["overall"]
    wide = rob.pivot(index="domain", columns="study_id", values="judgement").reindex(
        index=domains, columns=studies
    )
    tools = rob.drop_duplicates("study_id").set_index("study_id")["tool"]
    wide = wide.fillna("—").map(lambda j: j if j == "—" else j.capitalize())
    wide.index = [labels[d] for d in domains]
    wide.columns = [f"{s} ({tools[s]})" for s in studies]
    wide.index.name = "Domain"
    return wide.reset_index()
