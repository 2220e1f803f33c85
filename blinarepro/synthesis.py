"""Which cohorts pool together, the sensitivity analyses, and the tables of the synthesis.

Everything a pool is made of comes from the data: ``data/synthesis.csv`` says, for every
result considered, its endpoint definition, whether it enters the primary pool, how its
count is taken (``count_rule``), which cohorts may share patients (``overlap_group``) and
which sensitivity analysis it feeds; ``data/cohorts.csv`` gives each cohort's setting and Ph
status. A **stratum** is (setting, Ph status, endpoint definition); a **primary pool** holds
the included results of one stratum and never mixes settings. Every other pool is a named
sensitivity analysis:

``across_strata``       every included result of an outcome, whatever its stratum
``later_assessment``    a stratum pool with a result replaced by the same patients' later one
``coherent_reading``    a stratum pool plus a percentage that cannot be k/n, read at the
                        nearest smaller denominator that reproduces it (parameter
                        ``coherent_reading``: ``"nearest_below"`` or ``"none"``)
``km_smallest_risk_set`` a survival pool with the other Kaplan-Meier curve that gives a rate
``overlap: without X``  any of the above holding two cohorts of one overlap group, rerun
                        without each of them

Proportions are pooled with :data:`PRIMARY_METHOD` ``glmm_t`` (binomial-normal GLMM, t with
k - 1 df) and survival rates with ``reml_hk`` (Knapp-Hartung); the other methods are kept as
method sensitivity for the primary and across-strata pools.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from blinarepro.claims import claim_ci, claim_km, claim_percent
from blinarepro.comparisons import fisher_exact, odds_ratio, risk_difference
from blinarepro.consistency.km import KMStep, greenwood_se, km_value
from blinarepro.consistency.percent import percent_check
from blinarepro.consistency.printed import parse_printed
from blinarepro.data import Dataset
from blinarepro.data import vocabularies as data_vocabularies
from blinarepro.pooling import (
    METHODS,
    RATE_METHODS,
    SUMMARY_COLUMNS,
    pool_glmm,
    pool_proportions,
    pool_rates,
    subgroup_test,
)

__all__ = [
    "POOLED_COLUMNS",
    "PRIMARY_METHOD",
    "check_parameters",
    "format_candidates",
    "format_comparisons",
    "format_nodes",
    "format_pools",
    "format_subgroups",
    "primary_methods",
    "READINGS",
    "Pool",
    "candidates",
    "cohort_table",
    "controlled_comparisons",
    "input_claims",
    "fit",
    "leave_one_out_table",
    "node_check",
    "overlap_map",
    "pooled_table",
    "pools",
    "single_death_se",
    "strata_table",
    "subgroup_table",
]

#: Primary method per kind of outcome: a proportion (events/n) or a survival rate (with SE).
PRIMARY_METHOD = {"proportion": "glmm_t", "rate": "reml_hk"}
#: Values of the ``coherent_reading`` parameter.
READINGS = ("nearest_below", "none")
#: Columns of :func:`pooled_table` (``reports/tables/synthesis_pooled.csv``).
POOLED_COLUMNS = (
    *SUMMARY_COLUMNS,
    "analysis",
    "primary",
    "stratum",
    "stratum_label",
    "settings",
    "cohorts",
    "rates",
)


def vocabularies(data: Dataset) -> dict[str, dict[str, str]]:
    """``{field: {value: words}}`` of every field of the package that has a vocabulary, the
    synthesis table's own definitions first (its ``mrd_negative`` is after induction)."""
    return data_vocabularies(data.data_dir, prefer="synthesis")


def single_death_se(printed_rate: str, n: int) -> dict[int, float]:
    """Greenwood SEs of the Kaplan-Meier curves with one death that print as ``printed_rate``.

    With ``n`` patients, two or more deaths give at most ``(n - 2) / n``; when that is below
    the printed rate, the curve has exactly one death, at a risk set ``r`` with ``1 - 1/r``
    printing as the rate, and Greenwood's SE is that of the one factor whatever the
    censoring after it. Returns ``{r: se}`` (proportions).

    Raises
    ------
    ValueError
        If two deaths could also give the rate, or no risk set gives it.
    """
    rate = parse_printed(printed_rate)
    two = float(km_value((KMStep(n, 1), KMStep(n - 1, 1))))
    if rate.admits(100 * two) or 100 * two >= float(rate.lower):
        raise ValueError(f"{printed_rate}% of {n} can come from two deaths: no single SE")
    risk_sets = [r for r in range(1, n + 1) if rate.admits(100 * km_value((KMStep(r, 1),)))]
    if not risk_sets:
        raise ValueError(f"no Kaplan-Meier curve of {n} patients with one death prints {rate}%")
    return {r: greenwood_se((KMStep(r, 1),)) for r in risk_sets}


def _bad(i: int, column: str, message: str) -> ValueError:
    return ValueError(f"data/synthesis.csv line {i + 2}, {column}: {message}")


def candidates(
    data: Dataset,
    outcomes=(),
    include=(),
    exclude=(),
    coherent_reading: str = "nearest_below",
) -> pd.DataFrame:
    """Every row of ``data/synthesis.csv`` with its counts, stratum and final inclusion.

    Parameters
    ----------
    data : Dataset
        From :func:`blinarepro.data.load`.
    outcomes : sequence of str
        Outcomes to keep (empty: all).
    include, exclude : sequence of str
        ``"study_id:cohort"`` ids; an empty ``include`` keeps every included row.
    coherent_reading : {"nearest_below", "none"}
        How a percentage that no k/n gives enters its sensitivity pool.

    Returns
    -------
    pandas.DataFrame
        The synthesis rows plus ``setting``, ``ph_status``, ``stratum``, ``stratum_label``,
        ``label``, ``kind`` (proportion / rate), ``events``, ``n``, ``rate``, ``se``,
        ``alt_se`` and ``pooled`` (the primary inclusion after the parameters); ``reason``
        gains what the parameters did.

    Raises
    ------
    ValueError
        A parameter outside its vocabulary, an unknown cohort id, or a row whose count rule
        does not hold (named by file line and column).
    """
    if coherent_reading not in READINGS:
        raise ValueError(f"coherent_reading must be one of {READINGS}; got {coherent_reading!r}")
    syn = data.synthesis
    if syn is None:
        raise ValueError(f"{data.data_dir}/datapackage.json has no resource 'synthesis'")
    known = set(syn["outcome"])
    unknown = [o for o in outcomes if o not in known]
    if unknown:
        raise ValueError(f"unknown outcome(s) {unknown}; known: {sorted(known)}")
    ids = set(data.cohorts["study_id"] + ":" + data.cohorts["cohort"])
    for name, value in (("include", include), ("exclude", exclude)):
        bad = [c for c in value if c not in ids]
        if bad:
            raise ValueError(f"{name}: unknown cohort id(s) {bad}; ids are 'study_id:cohort'")
    if set(include) & set(exclude):
        raise ValueError(f"include and exclude both list {sorted(set(include) & set(exclude))}")
    results = data.results.set_index("result_id")
    cohorts = data.cohorts.set_index(["study_id", "cohort"])
    words = vocabularies(data)
    rows = []
    for i, row in syn.iterrows():
        res = results.loc[row.result_id]
        meta = cohorts.loc[(row.study_id, row.cohort)]
        cid = f"{row.study_id}:{row.cohort}"
        out = dict(row) | {
            "setting": meta.setting,
            "ph_status": meta.ph_status,
            "label": f"{row.study_id} · {meta.label}",
            "kind": "rate" if res.statistic == "km_rate" else "proportion",
            "events": math.nan,
            "n": math.nan,
            "rate": math.nan,
            "se": math.nan,
            "alt_se": math.nan,
        }
        rule = row.count_rule
        if row.included == "yes" and res.statistic == "percent":
            k = None if math.isnan(res.events_num) else int(res.events_num)
            if percent_check(res.value, int(res.n_num), k).status == "inconsistent":
                raise _bad(i, "included", f"{row.result_id} is inconsistent as printed")
        if rule == "printed":
            if math.isnan(res.events_num) or math.isnan(res.n_num):
                raise _bad(i, "count_rule", f"{row.result_id} prints no events and n")
            out["events"], out["n"] = res.events_num, res.n_num
        elif rule == "all_of_arm":
            if res.events_num != res.n_num:
                raise _bad(i, "count_rule", f"all_of_arm needs every patient of {row.result_id}")
            out["events"] = out["n"] = results.loc[row.n_result, "value_num"]
        elif rule in ("percent_unique", "coherent_reading"):
            n = int(res.n_num)
            check = percent_check(res.value, n)
            if rule == "percent_unique":
                if len(check.candidates) != 1:
                    raise _bad(i, "count_rule", f"{res.value}% of {n}: not one k/n")
                out["events"], out["n"] = check.candidates[0].k, n
            elif check.status != "inconsistent":
                raise _bad(i, "count_rule", f"{res.value}% of {n} is a k/n: use percent_unique")
            elif coherent_reading == "nearest_below" and check.nearest_below:
                near = check.nearest_below[0]
                out["events"], out["n"] = near.k, near.n
                out["label"] += f" (read {near.k}/{near.n})"
        elif rule == "printed_se":
            out["rate"], out["se"], out["n"] = res.value_num / 100, res.se_num / 100, res.n_num
        elif rule == "km_single_death":
            se = single_death_se(res.value, int(res.n_num))
            out["rate"], out["n"] = res.value_num / 100, res.n_num
            out["se"], out["alt_se"] = se[max(se)], se[min(se)]
        notes = []
        chosen = row.included == "yes"
        if cid in exclude:
            chosen, notes = False, ["excluded by the parameter exclude"]
        elif include and cid not in include and chosen:
            chosen, notes = False, ["not among the parameter include"]
        out["pooled"] = chosen
        out["reason"] = "; ".join([row.reason, *notes])
        out["stratum"] = f"{meta.setting}|{meta.ph_status}|{row.endpoint}"
        out["stratum_label"] = ", ".join(
            (
                words["setting"].get(meta.setting, meta.setting),
                "Ph status " + words["ph_status"].get(meta.ph_status, meta.ph_status),
                words["endpoint"].get(row.endpoint, row.endpoint),
            )
        )
        rows.append(out)
    frame = pd.DataFrame(rows)
    never = sorted(
        set(include) - set((frame.study_id + ":" + frame.cohort)[frame.included == "yes"])
    )
    if never:
        raise ValueError(f"include: {never} is never in a primary pool")
    if outcomes:
        frame = frame[frame.outcome.isin(outcomes)]
    return frame.reset_index(drop=True)


@dataclass(frozen=True)
class Pool:
    """Cohorts pooled together under one analysis.

    ``analysis`` is ``"primary"`` or the name of a sensitivity analysis; ``cohorts`` the
    candidate rows (``label``, ``events``/``n`` or ``rate``/``se``, ``setting``, ...).
    """

    outcome: str
    analysis: str
    stratum: str
    stratum_label: str
    kind: str
    cohorts: pd.DataFrame

    @property
    def k(self) -> int:
        return len(self.cohorts)

    @property
    def name(self) -> str:
        return f"{self.outcome} | {self.stratum} | {self.analysis}"


def _overlap_reruns(pool: Pool) -> list[Pool]:
    out = []
    for group, members in pool.cohorts.groupby("overlap_group", sort=True):
        if not group or len(members) < 2:
            continue
        for idx in members.index:
            rest = pool.cohorts.drop(index=idx)
            name = f"overlap: without {pool.cohorts.loc[idx, 'label']} ({pool.analysis})"
            out.append(Pool(pool.outcome, name, pool.stratum, pool.stratum_label, pool.kind, rest))
    return out


def pools(cands: pd.DataFrame) -> list[Pool]:
    """The primary pools (one per stratum) and every sensitivity pool, in report order.

    Only pools of at least one cohort are returned; sensitivity pools need two.
    """
    out: list[Pool] = []
    for outcome, rows in cands.groupby("outcome", sort=False):
        used = rows[rows.pooled]
        kind = rows.kind.iloc[0]
        primary = [
            Pool(outcome, "primary", s, grp.stratum_label.iloc[0], kind, grp)
            for s, grp in used.groupby("stratum", sort=True)
        ]
        sens: list[Pool] = []
        if used.stratum.nunique() > 1:
            label = (
                "all strata together (sensitivity only: mixes "
                + "; ".join(sorted(used.stratum_label.unique()))
                + ")"
            )
            sens.append(Pool(outcome, "across_strata", "all", label, kind, used))
        for p in [*primary, *sens]:
            suffix = "" if p.analysis == "primary" else f" ({p.analysis})"
            later = rows[
                (rows.sensitivity == "later_assessment") & rows.replaces.isin(p.cohorts.result_id)
            ]
            if len(later):
                swapped = p.cohorts[~p.cohorts.result_id.isin(later.replaces)]
                sens.append(Pool(outcome, "later_assessment" + suffix, p.stratum,
                                 p.stratum_label, kind, pd.concat([swapped, later])))  # fmt: skip
            read = rows[(rows.sensitivity == "coherent_reading") & rows.events.notna()]
            if p.analysis == "primary":
                read = read[read.stratum == p.stratum]
            if len(read):
                sens.append(Pool(outcome, "coherent_reading" + suffix, p.stratum,
                                 p.stratum_label, kind, pd.concat([p.cohorts, read])))  # fmt: skip
        for p in [*primary, *[s for s in sens if s.analysis == "across_strata"]]:
            if p.kind == "rate" and p.cohorts.alt_se.notna().any():
                alt = p.cohorts.copy()
                alt["se"] = alt.alt_se.where(alt.alt_se.notna(), alt.se)
                sens.append(Pool(outcome, "km_smallest_risk_set" + (
                    "" if p.analysis == "primary" else f" ({p.analysis})"),
                    p.stratum, p.stratum_label, kind, alt))  # fmt: skip
        sens += [o for p in [*primary, *sens] for o in _overlap_reruns(p)]
        out += primary + [s for s in sens if s.k >= 2 or s.analysis.startswith("km_")]
    return out


def primary_methods(method: str = "glmm_t") -> dict[str, str]:
    """Primary method per kind: ``method`` for proportions, and for rates ``method`` if it is a
    rate method, else ``reml_hk``. Raises ``ValueError`` for a method outside ``METHODS``."""
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}; got {method!r}")
    return {"proportion": method, "rate": method if method in RATE_METHODS else "reml_hk"}


def fit(pool: Pool, method: str, level: float = 0.95, n_nodes: int = 7):
    """Pool ``pool`` with ``method``: a PooledProportion or a PooledRate."""
    c = pool.cohorts
    if pool.kind == "rate":
        return pool_rates(c.rate.astype(float), c.se.astype(float), method, level, list(c.label),
                          pool.outcome, pool.stratum, "log-log", c.n.astype(int))  # fmt: skip
    return pool_proportions(c.events.astype(int), c.n.astype(int), method, level, list(c.label),
                            pool.outcome, pool.stratum, n_nodes=n_nodes)  # fmt: skip


def _methods(pool: Pool, primary: dict[str, str]) -> tuple[str, ...]:
    first = primary[pool.kind]
    if pool.analysis not in ("primary", "across_strata"):
        return (first,)
    every = RATE_METHODS if pool.kind == "rate" else METHODS
    return (first, *[m for m in every if m != first])


def _cohorts_text(pool: Pool) -> str:
    """``study_id:cohort=events/n;...``; a survival rate has no event count: ``=/n``."""
    c = pool.cohorts
    if pool.kind == "rate":
        return ";".join(f"{r.study_id}:{r.cohort}=/{int(r.n)}" for r in c.itertuples())
    return ";".join(f"{r.study_id}:{r.cohort}={int(r.events)}/{int(r.n)}" for r in c.itertuples())


def _rates_text(pool: Pool) -> str:
    """``study_id:cohort=rate(se SE);...`` as pooled (rates only; empty for proportions)."""
    if pool.kind != "rate":
        return ""
    return ";".join(
        f"{r.study_id}:{r.cohort}={r.rate:.12g}(se {r.se:.12g})" for r in pool.cohorts.itertuples()
    )


def pooled_table(
    all_pools, level: float = 0.95, n_nodes: int = 7, method: str = "glmm_t"
) -> pd.DataFrame:
    """Every pool under its methods: :data:`POOLED_COLUMNS`, one row per pool and method.

    ``primary`` is true for the primary method of a primary pool only; ``analysis`` names the
    sensitivity analysis otherwise; ``cohorts`` lists ``study_id:cohort=events/n`` exactly
    as pooled (survival rates have no event count: ``=/n``), and ``rates`` lists a survival
    pool's ``study_id:cohort=rate(se SE)`` as pooled, so that any row can be refitted in R.
    """
    primary = primary_methods(method)
    frames = []
    for p in all_pools:
        same = {"stratum": p.stratum, "stratum_label": p.stratum_label,
                "settings": ";".join(sorted(p.cohorts.setting.unique())),
                "cohorts": _cohorts_text(p), "rates": _rates_text(p)}  # fmt: skip
        for m in _methods(p, primary):
            frame = fit(p, m, level, n_nodes).summary_frame()
            frames.append(frame.assign(
                analysis=p.analysis, primary=p.analysis == "primary" and m == primary[p.kind],
                **same,
            ))  # fmt: skip
    table = pd.concat(frames, ignore_index=True)[list(POOLED_COLUMNS)]
    table["subgroup"] = table["stratum"]
    table["events"] = table["events"].astype("Int64")
    table["n"] = table["n"].astype("Int64")
    return table


def strata_table(pooled: pd.DataFrame) -> pd.DataFrame:
    """One row per primary pool: outcome, stratum in words, k, and why it is estimable or not."""
    prim = pooled[pooled.primary]
    return prim[["outcome", "stratum_label", "k", "cohorts", "estimable"]].reset_index(drop=True)


def leave_one_out_table(
    all_pools, level: float = 0.95, n_nodes: int = 7, method: str = "glmm_t"
) -> pd.DataFrame:
    """Leave-one-out of every primary and across-strata pool of two or more cohorts."""
    primary = primary_methods(method)
    frames = [
        fit(p, primary[p.kind], level, n_nodes)
        .leave_one_out()
        .assign(analysis=p.analysis, stratum_label=p.stratum_label)
        for p in all_pools
        if p.k >= 2 and p.analysis in ("primary", "across_strata")
    ]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def subgroup_table(cands: pd.DataFrame, level: float = 0.95, n_nodes: int = 7, alpha=0.05):
    """Subgroup differences by setting and by Ph status, every proportion method, both tau^2.

    Cohorts of unknown or mixed Ph status stay out of the Ph comparison. Columns: outcome,
    subgrouping, method, tau2_model, groups, q_between, df, df2, p_value, tau2_common,
    significant_at_alpha, note.
    """
    rows = []
    used = cands[cands.pooled & (cands.kind == "proportion")]
    for outcome, base in used.groupby("outcome", sort=False):
        for key, column in (("setting", "setting"), ("Ph status", "ph_status")):
            known = base[~base[column].isin(["not_reported", "mixed"])]
            levels = sorted(known[column].unique())
            if len(levels) < 2:
                note = f"fewer than 2 subgroups ({len(levels)}): no test"
                rows.append({"outcome": outcome, "subgrouping": key, "method": "",
                             "tau2_model": "", "groups": ", ".join(levels) or "none",
                             "note": note})  # fmt: skip
                continue
            for m in METHODS:
                for model in ("separate", "common"):
                    st = subgroup_test(known.events.astype(int), known.n.astype(int),
                                       list(known[column]), m, level, list(known.label), outcome,
                                       n_nodes, model)  # fmt: skip
                    groups = " vs ".join(
                        f"{g} (k={f.k})" for g, f in zip(st.groups, st.fits, strict=True)
                    )
                    extra = {"subgrouping": key, "groups": groups, "note": "; ".join(st.notes)}
                    rows.append(st.summary_frame().iloc[0].to_dict() | extra)
    cols = ["outcome", "subgrouping", "method", "tau2_model", "groups", "q_between", "df", "df2",
            "p_value", "tau2_common", "note"]  # fmt: skip
    table = pd.DataFrame(rows).reindex(columns=cols)
    table["significant_at_alpha"] = table.p_value < alpha
    return table


#: Gauss-Hermite nodes of the reference fit in :func:`node_check`.
REFERENCE_NODES = 120


def node_check(all_pools, n_nodes: int, level: float = 0.95) -> pd.DataFrame:
    """GLMM fits of every proportion pool with 7, ``n_nodes`` and 120 quadrature nodes.

    Columns: pool, k, at_100 (cohorts at 100%), lower at each node count, and the largest
    change of estimate, confidence and prediction limits against 120 nodes, in percentage
    points. Where cohorts sit at 100% the likelihood is flat in the mean and the optimiser
    stops within about 1e-6 of the optimum on the proportion scale (1e-4 points), so the
    limits are stored to 6 decimals and the changes to 0.001 points; the report shows them to
    0.1 points. (Printing them to 1e-4, as this report once did, let optimiser noise reach
    the last printed digit.)
    """
    rows = []
    seen = set()
    for p in all_pools:
        if p.kind != "proportion" or p.k < 2:
            continue
        c = p.cohorts
        key = tuple(zip(c.events.astype(int), c.n.astype(int), strict=True))
        if key in seen:
            continue
        seen.add(key)
        fits = {
            m: pool_glmm(c.events.astype(int), c.n.astype(int), level, n_nodes=m, test="t")
            for m in sorted({7, n_nodes, REFERENCE_NODES})
        }
        ref = fits[REFERENCE_NODES]

        def change(f, ref=ref):
            diffs = [
                abs(getattr(f, a) - getattr(ref, a))
                for a in ("estimate", "lower", "upper", "pi_lower", "pi_upper")
                if math.isfinite(getattr(f, a)) and math.isfinite(getattr(ref, a))
            ]
            return round(100 * max(diffs, default=0.0), 3)

        def lim(f):
            return round(f.lower, 6)

        rows.append({"pool": p.name, "k": p.k, "at_100": int((c.events == c.n).sum()),
                     "lower_7": lim(fits[7]), f"lower_{n_nodes}": lim(fits[n_nodes]),
                     f"lower_{REFERENCE_NODES}": lim(ref), "max_change_pp_7": change(fits[7]),
                     f"max_change_pp_{n_nodes}": change(fits[n_nodes])})  # fmt: skip
    return pd.DataFrame(rows)


def overlap_map(cands: pd.DataFrame, data: Dataset) -> pd.DataFrame:
    """Cohorts that may share patients: group, its description, its cohorts in words with
    their enrolment periods (``cohorts``) and as ``study_id:cohort`` (``cohort_ids``)."""
    words = vocabularies(data).get("overlap_group", {})
    studies = data.studies.set_index("study_id")
    rows = []
    for group, members in cands[cands.overlap_group != ""].groupby("overlap_group", sort=True):
        seen = members.drop_duplicates(["study_id", "cohort"])
        rows.append({
            "overlap_group": group,
            "description": words.get(group, ""),
            "cohorts": "; ".join(
                f"{r.label.split(' (read ')[0]} "
                f"({studies.loc[r.study_id, 'enrolment_start'] or '?'}"
                f" to {studies.loc[r.study_id, 'enrolment_end'] or '?'})"
                for r in seen.itertuples()
            ),
            "cohort_ids": "; ".join(f"{r.study_id}:{r.cohort}" for r in seen.itertuples()),
            "handling": "every pool holding two of these cohorts is rerun without each",
        })  # fmt: skip
    return pd.DataFrame(rows)


def input_claims(cands: pd.DataFrame, data: Dataset) -> list:
    """The consistency checks of every printed number the synthesis pools or considers.

    A percentage is checked as k/n (``claim_percent``), a printed interval against its
    estimate (``claim_ci``), a Kaplan-Meier rate against its cohort size (``claim_km``).
    """
    results = data.results.set_index("result_id")
    claims = []
    for rid in dict.fromkeys(cands.result_id):
        row = results.loc[rid]
        if row.statistic == "percent":
            claims.append(claim_percent(rid))
        if row.lower and row.upper:
            claims.append(claim_ci(rid))
        if row.statistic == "km_rate" and rid in set(cands.result_id[cands.pooled]):
            claims.append(claim_km(rid))
    return claims


def controlled_comparisons(cands: pd.DataFrame, data: Dataset, level=0.95, alpha=0.05):
    """Two-arm comparisons of a pooled cohort with its comparator (``results.csv``).

    For every outcome, a pooled cohort whose results name a comparator cohort of the same
    study that is also a candidate with counts gives one row: both arms' events/n, the
    conditional-ML odds ratio with its exact interval (R ``fisher.test``), the Newcombe
    risk difference and Fisher's exact p.
    """
    pairs = set(zip(data.results.study_id, data.results.cohort, data.results.comparator,
                    strict=True))  # fmt: skip
    counted = cands[cands.events.notna() & (cands.kind == "proportion")]
    rows = []
    for r in counted[counted.pooled].itertuples():
        for other in counted[(counted.outcome == r.outcome) & (counted.study_id == r.study_id)
                             & ~counted.pooled].itertuples():  # fmt: skip
            if (r.study_id, r.cohort, other.cohort) not in pairs:
                continue
            k1, n1, k2, n2 = int(r.events), int(r.n), int(other.events), int(other.n)
            orr = odds_ratio(k1, n1, k2, n2, level, "exact")
            rd = risk_difference(k1, n1, k2, n2, level, "newcombe")
            fx = fisher_exact(k1, n1, k2, n2)
            rows.append({
                "outcome": r.outcome, "study_id": r.study_id, "arm": r.cohort,
                "comparator": other.cohort, "arm_events": k1, "arm_n": n1,
                "comparator_events": k2, "comparator_n": n2, "odds_ratio": orr.estimate,
                "or_lower": orr.lower, "or_upper": orr.upper, "risk_difference": rd.estimate,
                "rd_lower": rd.lower, "rd_upper": rd.upper, "fisher_p": fx.pvalue,
                "significant_at_alpha": fx.pvalue < alpha, "ci_level": level, "note": orr.note,
            })  # fmt: skip
    return pd.DataFrame(rows)


def check_parameters(method: str, glmm_nodes: int, *lists: tuple[str, list]) -> None:
    """Validate the synthesis notebook's own parameters; ``lists`` are (name, value) pairs."""
    primary_methods(method)
    if (
        isinstance(glmm_nodes, bool)
        or not isinstance(glmm_nodes, int)
        or not 1 <= glmm_nodes <= 100
    ):
        raise ValueError(f"glmm_nodes must be a whole number in 1..100; got {glmm_nodes!r}")
    for name, value in lists:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"parameter {name} must be a list of strings; got {value!r}")
        if len(set(value)) != len(value):
            raise ValueError(f"parameter {name} lists an entry twice: {value!r}")


def _pct(x: float) -> str:
    return "—" if not math.isfinite(x) else f"{100 * x:.1f}%"


def _interval(lo: float, hi: float, why: str = "not estimable") -> str:
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return why
    return f"{100 * lo:.1f} to {100 * hi:.1f}"


def format_pools(frame: pd.DataFrame, outcome_words: dict[str, str]) -> pd.DataFrame:
    """Rows of :func:`pooled_table` as a clinician reads them (text, percent, words)."""
    rows = []
    for r in frame.itertuples():
        rows.append({
            "Outcome": outcome_words.get(r.outcome, r.outcome),
            "Stratum": r.stratum_label,
            "Analysis": r.analysis.replace("_", " "),
            "Method": r.method,
            "Cohorts (k)": r.k,
            "Estimate": _pct(r.estimate),
            f"{100 * r.ci_level:g}% CI": _interval(r.lower, r.upper),
            "Prediction interval": _interval(r.pi_lower, r.pi_upper, "not estimable"),
            "tau² (Q-profile CI)": "—" if not math.isfinite(r.tau2) else (
                f"{r.tau2:.3g}" + (f" ({r.tau2_lower:.3g} to {r.tau2_upper:.3g})"
                                   if math.isfinite(r.tau2_lower) else "")),
            "I² (CI)": "—" if not math.isfinite(r.i2) else (
                f"{r.i2:.0f}%" + (f" ({r.i2_lower:.0f} to {r.i2_upper:.0f})"
                                  if math.isfinite(r.i2_lower) else "")),
            "What is estimable": r.estimable,
        })  # fmt: skip
    return pd.DataFrame(rows)


def format_candidates(cands: pd.DataFrame, outcome_words: dict[str, str]) -> pd.DataFrame:
    """The candidate rows as a clinician reads them: outcome, cohort, stratum, counts, reason."""

    def counts(r) -> str:
        if r.events == r.events:
            return f"{int(r.events)}/{int(r.n)}"
        if r.rate == r.rate:
            return f"{100 * r.rate:.1f}% (SE {100 * r.se:.2f})"
        return "—"

    return pd.DataFrame({
        "Outcome": cands.outcome.map(outcome_words),
        "Cohort": cands.label,
        "Stratum": cands.stratum_label,
        "Counts": [counts(r) for r in cands.itertuples()],
        "Pooled": cands.pooled.map({True: "yes", False: "no"}),
        "Reason": cands.reason,
    })  # fmt: skip


def format_nodes(nodes: pd.DataFrame) -> pd.DataFrame:
    """:func:`node_check` for display: limits in percent to 0.1, changes to 0.1 points."""
    out = nodes.copy()
    for c in out.columns:
        if c.startswith("lower"):
            out[c] = [f"{100 * x:.1f}%" if x == x else "not estimable" for x in out[c]]
        elif c.startswith("max_change"):
            out[c] = out[c].map(lambda x: "under 0.05" if x < 0.05 else f"{x:.1f}")
    return out


def worst_change(nodes: pd.DataFrame, n_nodes: int) -> str:
    """The largest change of any limit with ``n_nodes`` against 120 nodes, in words."""
    x = nodes[f"max_change_pp_{n_nodes}"].max() if len(nodes) else 0.0
    return "under 0.05" if x < 0.05 else f"up to {x:.1f}"


def format_subgroups(table: pd.DataFrame, outcome_words: dict[str, str]) -> pd.DataFrame:
    """:func:`subgroup_table` for display: statistic to 0.01, p to two significant digits.

    A GLMM statistic is known to about 1e-6 relative (the optimiser's precision), so more
    digits would print noise.
    """

    def num(x, fmt):
        return "—" if x != x else format(x, fmt)

    return pd.DataFrame({
        "Outcome": table.outcome.map(outcome_words),
        "By": table.subgrouping,
        "Method": table.method.replace("", "—"),
        "tau² model": table.tau2_model.replace("", "—"),
        "Subgroups": table.groups,
        "Statistic": [num(x, ".2f") for x in table.q_between],
        "df": [num(x, ".0f") for x in table.df],
        "df2 (F)": [num(x, ".0f") if x != float("inf") else "—" for x in table.df2],
        "p": [num(x, ".2g") for x in table.p_value],
        "Note": table.note.fillna(""),
    })  # fmt: skip


def format_comparisons(table: pd.DataFrame, outcome_words: dict[str, str]) -> pd.DataFrame:
    """:func:`controlled_comparisons` for display (words, counts, intervals as text)."""

    def ci(est, lo, hi, scale=1.0, fmt=".2f"):
        if est != est:
            return "not identifiable"
        return f"{scale * est:{fmt}} ({scale * lo:{fmt}} to {scale * hi:{fmt}})"

    return pd.DataFrame({
        "Outcome": table.outcome.map(outcome_words),
        "Arm": [f"{r.study_id} {r.arm}: {r.arm_events}/{r.arm_n}" for r in table.itertuples()],
        "Comparator": [f"{r.comparator}: {r.comparator_events}/{r.comparator_n}"
                       for r in table.itertuples()],
        "Odds ratio (CI)": [ci(r.odds_ratio, r.or_lower, r.or_upper) for r in table.itertuples()],
        "Risk difference, points (CI)": [
            ci(r.risk_difference, r.rd_lower, r.rd_upper, 100, ".1f") for r in table.itertuples()
        ],
        "Fisher p": [f"{p:.2g}" for p in table.fisher_p],
    })  # fmt: skip


def cohort_table(cands: pd.DataFrame) -> pd.DataFrame:
    """The candidates as a tidy table (``synthesis_cohorts.csv``): counts as whole numbers."""
    out = cands.drop(columns=["kind"]).copy()
    for column in ("events", "n"):
        out[column] = out[column].astype("Int64")
    return out
