"""What the generic document report displays: its heading, verdict summary, failures and figure.

The generic notebook (``notebooks/document.ipynb``) works for any study of ``data/`` by its
``study_id`` alone; these functions turn the claims table of :func:`claims_for` into the
report's text and figure, with human labels and formatted numbers, so the notebook holds no
logic. Nothing here computes a verdict: every sentence is read from the claims table and the
data.
"""

from __future__ import annotations

import textwrap

import pandas as pd

from blinarepro.claims.kinds import VERDICTS
from blinarepro.claims.table import finding_summary, verdict_summary

__all__ = [
    "comparisons_figure",
    "comparisons_frame",
    "document_heading",
    "failures_markdown",
    "plain_words",
    "rate_feasibility",
    "risk_of_bias_section",
    "summary_markdown",
]

_COLORS = {"reproduced": "#2b7bba", "inconsistent": "#d62728", "discrepant": "#ff7f0e"}


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or str(value) == ""


def _where(source_file: str, data_dir) -> str:
    """Where the source text is read from, relative to the repository (same on any checkout)."""
    import os
    from pathlib import Path

    from blinarepro.validate import ROOT, SOURCE_DIRS, source_path

    path = source_path(source_file, (Path(data_dir) / "sources", *SOURCE_DIRS))
    if path is None:
        return f"{source_file}, not found"
    where = os.path.relpath(path, ROOT).replace(os.sep, "/")
    return path.name if where.startswith("../") else where  # a data folder outside the checkout


def document_heading(data, study_id: str) -> str:
    """The report's first lines: the document as ``studies.csv`` cites it (Markdown)."""
    studies = data.studies.set_index("study_id")
    if study_id not in studies.index:
        raise KeyError(f"unknown study_id {study_id!r}; known: {', '.join(studies.index)}")
    s = studies.loc[study_id]
    cite = ", ".join(
        str(s[c]) for c in ("authors", "journal", "year", "volume_pages") if not _blank(s[c])
    )
    title = s["title"] if not _blank(s["title"]) else "(no title printed)"
    lines = [
        f"# {study_id}: {title}",
        "",
        f"**Document** (`{study_id}`, `{_where(s['source_file'], data.data_dir)}`): "
        + (cite + ". " if cite else "")
        + f"{str(s['design']).capitalize()}; {s['population']}.",
        "",
        "This report is built from the data alone (`notebooks/document.ipynb`): each printed "
        "number is checked by the claims its `statistic` implies (percent against n, an "
        "interval against its method, a Kaplan-Meier rate against its group) and by the "
        "relations declared in `data/relations.csv` (parts of a whole, two arms, the events "
        "behind a rate, ...).",
    ]
    return "\n".join(lines)


def plain_words(data, study_id: str, table: pd.DataFrame) -> str:
    """The plain-language summary where the study is appraised
    (:func:`blinarepro.appraisal.plain_summary`), else a note saying it is not yet appraised."""
    from blinarepro.appraisal import plain_summary

    concluded = (data.plain_language["study_id"] == study_id).any()
    rob = data.risk_of_bias
    judged = ((rob["study_id"] == study_id) & (rob["domain"] == "overall")).any()
    if concluded and judged:
        return plain_summary(study_id, table, data)
    missing = [
        what
        for what, there in (
            ("no conclusion in `plain_language.csv`", concluded),
            ("no overall risk-of-bias judgement in `risk_of_bias.csv`", judged),
        )
        if not there
    ]
    return (
        f"*Not yet appraised*: this document has {' and '.join(missing)}; the plain-language "
        "summary needs both."
    )


def summary_markdown(table: pd.DataFrame, alpha: float) -> str:
    """The verdict summary: the verdict counts and the findings by severity (each printed
    number once). The plain-language summary is :func:`plain_words`."""
    counts = dict(zip(*verdict_summary(table)[["verdict", "count"]].T.values, strict=True))
    own = table[table["reading"] == ""]
    parts = []
    parts.append(
        f"**{len(table)} claims checked: "
        + ", ".join(f"{counts.get(v, 0)} {v.replace('_', ' ')}" for v in VERDICTS)
        + f"** (tests at alpha = {alpha:g})"
        + (
            f"; {len(table) - len(own)} of them test another reading (possible explanations, "
            "not counted in the findings)."
            if len(own) < len(table)
            else "."
        )
    )
    findings = finding_summary(table)
    parts.append(
        "Findings by severity, each printed number counted once: "
        + "; ".join(
            f"{r.severity}: {r.finding.replace('_', ' ')} ({r.numbers})"
            for r in findings.itertuples()
        )
        + "."
        if len(findings)
        else "No finding: no claim shows a problem of any kind."
    )
    return "\n\n".join(parts)


#: How a printed number of each statistic is named in a sentence (none: the value alone).
_STATISTIC_WORDS = {
    "hazard_ratio": "hazard ratio",
    "p_value": "P",
    "p_value_paired": "P (before vs after)",
    "p_value_groups": "P (across groups)",
    "median": "median",
    "median_range": "median",
    "median_ci": "median",
    "mean": "mean",
    "mean_sd": "mean ± SD",
    "mean_range": "mean",
}


def failures_markdown(table: pd.DataFrame) -> str:
    """The claims on the document's own reading that are not reproduced or carry a finding."""
    own = table[table["reading"] == ""]
    bad = own[(own["verdict"] != "reproduced") | (own["finding"] != "")]
    if table.empty:
        return "No claim: the data hold no printed number of this document to check."
    if bad.empty:
        return "Every claim is reproduced on the document's own reading."
    from blinarepro.reader import cohort_label, label

    def printed(r) -> str:
        """ "MRD negativity 73%", "overall survival, hazard ratio 0.71", "..., P <0.001"."""
        what, value = label(r.outcome, "outcome"), r.reported
        if r.claim_id.endswith(":wording"):
            return f"{what}, the words “{value}”"
        if r.statistic in ("percent", "km_rate") and value[-1:].isdigit():
            return f"{what} {value}%"
        kind = _STATISTIC_WORDS.get(r.statistic)
        return f"{what}, {kind} {value}" if kind else f"{what} {value}"

    return "Not reproduced, or with a finding, on the document's own reading:\n\n" + "\n".join(
        f"- **{cohort_label(r.study_id, r.cohort)}: {printed(r)}** (claim `{r.claim_id}`): "
        f"*{r.verdict.replace('_', ' ')}*"
        + (f", {r.finding.replace('_', ' ')}" if r.finding else "")
        + (f". {r.note}" if r.note else ".")
        for r in bad.itertuples()
    )


def rate_feasibility(data, study_id: str, table: pd.DataFrame, *, max_states: int = 2_000):
    """A figure: each printed percentage and survival rate against the values its group allows.

    One line per ``percent`` and ``km`` claim on the document's own reading, zoomed to
    +/- 5 points around the printed value: grey ticks are the values the group's size allows
    (k/n, or every Kaplan-Meier estimate), the dot the printed value, coloured by verdict.
    Returns ``None`` when the document prints no such rate. The Kaplan-Meier search budget
    (``max_states``) only limits which ticks are drawn (dense values are marked), never a
    verdict.
    """
    import matplotlib.pyplot as plt

    from blinarepro.consistency.feasible import feasible_values
    from blinarepro.consistency.printed import parse_printed
    from blinarepro.reader import label

    rows = data.study(study_id).set_index("result_id")
    cohorts = data.cohorts[data.cohorts["study_id"] == study_id].set_index("cohort")["label"]
    mine = table[
        (table["reading"] == "")
        & table["claim_id"].str.endswith((":percent", ":km"))
        & table["verdict"].isin(list(_COLORS))
    ]
    if mine.empty:
        return None
    height = 0.42 * len(mine) + 0.6
    fig, axes = plt.subplots(len(mine), 1, figsize=(10, height), squeeze=False)
    # fixed margins (inches): labels of up to 60 characters on the left, the verdict on the
    # right; tight_layout gave up (a warning in the report) on long outcome words
    fig.subplots_adjust(left=0.5, right=0.86, bottom=0.5 / height, top=1 - 0.1 / height,
                        hspace=1.0)  # fmt: skip
    for ax, r in zip(axes[:, 0], mine.itertuples(), strict=True):
        row = rows.loc[r.result_id]
        kind = "percent" if row["statistic"] == "percent" else "km_rate"
        fv = feasible_values(row["value"], int(row["n"]), kind, max_states=max_states)
        near = [v for v in (fv.nearest_below, fv.nearest_above) if v is not None]
        x = float(parse_printed(row["value"]).value)
        ax.vlines(fv.values + tuple(near), -0.6, 0.6, color="0.55", linewidth=1.2)
        ax.plot([x], [0], "o", color=_COLORS[r.verdict], markersize=6, zorder=3)
        lo, hi = min([fv.lower, *near]), max([fv.upper, *near])
        ax.set_xlim(lo - 0.03 * (hi - lo), hi + 0.03 * (hi - lo))
        ax.set_ylim(-1, 1)
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="x", labelsize=7, pad=1)
        words = f"{cohorts.get(r.cohort, r.cohort)} · {label(r.outcome, 'outcome')}"
        words = textwrap.shorten(words, width=60, placeholder="…")
        ax.text(-0.02, 0.5, f"{words} {row['value']}% (n = {row['n']})",
                transform=ax.transAxes, ha="right", va="center", fontsize=7.5)  # fmt: skip
        ax.text(1.01, 0.5, r.verdict.replace("_", " ") + ("" if fv.complete else " (dense)"),
                transform=ax.transAxes, ha="left", va="center", fontsize=7.5,
                color=_COLORS[r.verdict])  # fmt: skip
    axes[-1, 0].set_xlabel("percent (each line zoomed around its printed value)")
    return fig


def comparisons_frame(pairs) -> pd.DataFrame:
    """One row per declared comparison of two arms (:func:`~blinarepro.claims.arm_pairs`):
    the arms as printed, the recomputed tests, and the wording's judgement (display strings)."""
    from blinarepro.claims.twoarm import format_pvalue

    columns = ["comparison", "wording", "arm 1", "arm 2", "p Fisher", "p Boschloo", "p Welch",
               "difference (CI)", "implied decision", "recomputed decision", "supported",
               "reason"]  # fmt: skip
    records = []
    for p in pairs:
        c, s = p.comparison, p.support
        records.append(
            dict(zip(columns, [
                c.label, s.wording, c.arm1, c.arm2, format_pvalue(c.p_fisher),
                format_pvalue(c.p_boschloo), format_pvalue(c.p_welch), c.difference_text(),
                s.implied_decision, s.recomputed_decision, s.supported, s.reason,
            ], strict=True))
        )  # fmt: skip
    return pd.DataFrame(records, columns=columns)


def comparisons_figure(pairs, level: str):
    """The differences between arms with their intervals, or ``None`` without comparisons."""
    if not pairs:
        return None
    import matplotlib.pyplot as plt

    from blinarepro.claims.twoarm import plot_differences

    fig, axes = plt.subplots(1, 2, figsize=(11.0, 4.6))
    plot_differences([p.comparison for p in pairs], axes=axes)
    axes[0].set_title("Proportions: risk difference (Newcombe)")
    axes[1].set_title("Means: standardized mean difference")
    fig.suptitle(f"Arm 1 minus arm 2, {level} intervals")
    fig.tight_layout()
    return fig


def risk_of_bias_section(data, study_id: str) -> tuple[str, pd.DataFrame | None]:
    """The appraisal's tool (Markdown) and its table, or a note that there is none yet."""
    from blinarepro.appraisal import risk_of_bias_table

    if not (data.risk_of_bias["study_id"] == study_id).any():
        return "Not yet appraised: `data/risk_of_bias.csv` has no rows for this document.", None
    table = risk_of_bias_table(data, study_id)
    return f"Tool: {table.attrs['tool']}.", table
