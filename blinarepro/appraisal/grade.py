"""Certainty of evidence per pooled result (GRADE), with the reason for every move in words.

:func:`grade_pool` rates one pool and returns a frozen :class:`GradeRating` that carries its
inputs; :func:`grade_pools` rates every primary pool of a pooled-result frame (the columns of
``synthesis_pooled.csv``: one primary pool per outcome and stratum, most of them a single
cohort) and returns the ``synthesis_grade.csv`` frame, keyed by ``outcome`` and ``stratum``;
:func:`summary_of_findings` turns that frame into the Cochrane summary-of-findings table.

A domain that cannot be judged is said to be **not assessable**, with the reason, and does not
move the rating: inconsistency in a single cohort or in a pool whose heterogeneity is not
estimable, and publication bias with fewer than about ten cohorts.

The rules, each a function of the pool and the data (never of a hand-typed verdict):

start
    every study here is non-randomised (ROBINS-I) or single-arm (JBI case series), so the
    body of evidence starts at **low** (GRADE Handbook 5.1; Guyatt et al., J Clin Epidemiol
    2011;64:407-15). Nothing is upgraded: a large effect or dose-response cannot be judged
    from single-arm proportions.
risk of bias
    the share of participants from studies whose overall risk of bias
    (``data/risk_of_bias.csv``) is serious or critical: -1 if it is at least half; -2 if
    studies at critical risk alone hold at least half.
inconsistency
    -1 if I² >= ``i2_serious`` (50%) or the prediction interval is wider than
    ``pi_width_serious`` (30 percentage points); -2 if I² >= ``i2_very_serious`` (75%) *and*
    the prediction interval is wider than ``pi_width_very_serious`` (50 points). A single
    cohort, or a pool whose I² is not estimable (every cohort at 0% or 100%): not assessable,
    no move; the cohorts' own proportions are stated.
indirectness
    -1 if the pooled cohorts mix treatment settings or Ph status (population), or the pool
    mixes outcome definitions (for example CR with CRc); -2 if both population and
    definitions are mixed.
imprecision
    the optimal information size (OIS) for one proportion is the n that gives a 95% interval
    of +/- ``precision`` (10 points) around the pooled estimate, ``z² p (1-p) / d²``
    (normal approximation; GRADE guidelines 6, J Clin Epidemiol 2011;64:1283-93). -1 if the
    pool holds fewer participants than the OIS, or its interval is wider than ``2 d``, or it
    has fewer than ``min_events`` (5) events or non-events (the normal approximation behind
    the OIS is not trusted below the usual five); -2 if short of the OIS and the interval is
    wider than ``4 d``. A pool with no interval (not estimable, for example every cohort at
    100%) is -1: its precision cannot be shown. Cohorts that may report the same patients
    (``overlap_group`` of ``data/synthesis.csv``) are named: the participant count may count
    them twice.
publication bias
    a funnel plot or a small-study test needs about ten cohorts (``min_k_publication_bias``):
    with fewer it is not assessable and the pool is not moved, and the explanation says so.
    With ten or more it is still reported as not assessed: this package runs no small-study
    test.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from blinarepro._validate import check_level

__all__ = [
    "CERTAINTY",
    "NOT_ASSESSABLE",
    "definitions_from_candidates",
    "DOMAINS",
    "GRADE_COLUMNS",
    "GradeRating",
    "SummaryOfFindings",
    "grade_pool",
    "grade_pools",
    "optimal_information_size",
    "parse_cohorts",
    "summary_of_findings",
]

#: Certainty levels, highest first (GRADE).
CERTAINTY = ("high", "moderate", "low", "very low")
#: GRADE's words for a domain's concern, by the number of levels it moves down.
CONCERN = {0: "not serious", 1: "serious", 2: "very serious"}
#: The five domains, in the order of ``synthesis_grade.csv``.
DOMAINS = ("risk_of_bias", "inconsistency", "indirectness", "imprecision", "publication_bias")
#: Columns of :func:`grade_pools` (``synthesis_grade.csv``).
GRADE_COLUMNS = (
    "outcome", "stratum", "analysis", "k", "n", "estimate", "certainty", *DOMAINS, "explanation",
)  # fmt: skip
#: Columns a pooled-result frame must have (those of ``synthesis_pooled.csv`` GRADE reads).
POOLED_COLUMNS = (
    "outcome", "stratum", "analysis", "primary", "k", "n", "estimate", "lower", "upper",
    "pi_lower", "pi_upper", "i2", "estimable", "cohorts",
)  # fmt: skip
#: The concern word of a domain that cannot be judged (it does not move the rating).
NOT_ASSESSABLE = "not assessable"
#: Where every body of evidence starts, by appraisal tool (all are non-randomised here).
START = {"ROBINS-I": "low", "JBI case series": "low"}
_DESIGN = {"ROBINS-I": "a non-randomised comparison", "JBI case series": "single-arm studies"}
_COHORT = re.compile(r"^([a-z][a-z0-9_]*):([a-z0-9_]+)=(\d*)/(\d+)$")


@dataclass(frozen=True)
class GradeRating:
    """The GRADE certainty of one pool, with its inputs and each domain's move and reason.

    Attributes
    ----------
    outcome, stratum, analysis : str
        The pool, as in the pooled-result frame (``stratum`` is ``setting|ph|endpoint``).
    k, n : int
        Cohorts and participants.
    estimate, lower, upper : float
        Pooled proportion and its interval (proportions, not percent; the interval is NaN
        when the pool is not estimable).
    start : str
        Certainty before any move (``"low"`` for non-randomised and single-arm evidence).
    moves : dict
        Domain -> levels moved down (0, 1 or 2), for each of :data:`DOMAINS`.
    reasons : dict
        Domain -> the reason in words.
    certainty : str
        One of :data:`CERTAINTY`.
    not_assessed : tuple of str
        Domains that could not be judged (:data:`NOT_ASSESSABLE`; they move nothing).
    """

    outcome: str
    stratum: str
    analysis: str
    k: int
    n: int
    estimate: float
    lower: float
    upper: float
    start: str
    moves: Mapping[str, int]
    reasons: Mapping[str, str]
    certainty: str
    not_assessed: tuple[str, ...] = ()

    def concern(self, domain: str) -> str:
        """GRADE's word for the concern in ``domain`` (publication bias: undetected/suspected;
        a domain that could not be judged: ``"not assessable"``)."""
        if domain in self.not_assessed:
            return NOT_ASSESSABLE
        if domain == "publication_bias":
            return "strongly suspected" if self.moves[domain] else "undetected"
        return CONCERN[self.moves[domain]]

    @property
    def explanation(self) -> str:
        """Start, then every domain with its move and reason, in one paragraph."""
        parts = [f"Start: {self.start} ({self.reasons['start']})."]
        for d in DOMAINS:
            if d in self.not_assessed:  # the reason says "not assessable" itself
                parts.append(f"{_LABEL[d]}: {self.reasons[d]}.")
                continue
            move = f", -{self.moves[d]}" if self.moves[d] else ""
            parts.append(f"{_LABEL[d]}: {self.concern(d)}{move}: {self.reasons[d]}.")
        parts.append(f"Certainty: {self.certainty}.")
        return " ".join(parts)

    def to_row(self) -> dict:
        """One row of ``synthesis_grade.csv``."""
        row = {
            "outcome": self.outcome,
            "stratum": self.stratum,
            "analysis": self.analysis,
            "k": self.k,
            "n": self.n,
            "estimate": self.estimate,
            "certainty": self.certainty,
        }
        row.update({d: self.concern(d) for d in DOMAINS})
        row["explanation"] = self.explanation
        return row


_LABEL = {
    "risk_of_bias": "Risk of bias",
    "inconsistency": "Inconsistency",
    "indirectness": "Indirectness",
    "imprecision": "Imprecision",
    "publication_bias": "Publication bias",
}


def parse_cohorts(text: str) -> list[tuple[str, str, int | None, int]]:
    """Read the ``cohorts`` column: ``study_id:cohort=events/n;...`` (events may be empty).

    Returns a list of ``(study_id, cohort, events or None, n)``; a malformed entry raises
    ``ValueError`` naming it.
    """
    out = []
    for part in str(text).split(";"):
        part = part.strip()
        if not part:
            continue
        m = _COHORT.match(part)
        if not m:
            raise ValueError(
                f"cohorts entry {part!r} is not 'study_id:cohort=events/n' (events may be empty)"
            )
        study, cohort, events, n = m.groups()
        out.append((study, cohort, int(events) if events else None, int(n)))
    if not out:
        raise ValueError(f"cohorts {text!r} lists no cohort")
    return out


def optimal_information_size(p: float, precision: float = 0.10, ci_level: float = 0.95) -> int:
    """Participants needed for a ``ci_level`` interval of +/- ``precision`` around ``p``.

    ``ceil(z² p (1 - p) / d²)`` with the normal quantile z (Wald approximation); at least 1.

    Notes
    -----
    Checked against the textbook value: p = 0.5, d = 0.05, 95% gives 385 (1.959964² x 0.25 /
    0.0025 = 384.1, rounded up), the familiar survey sample size.
    """
    from scipy.stats import norm

    if not 0 <= p <= 1:
        raise ValueError(f"p must lie in [0, 1]; got {p!r}")
    if not 0 < precision < 1:
        raise ValueError(f"precision must lie in (0, 1); got {precision!r}")
    z = norm.ppf(1 - (1 - check_level("ci_level", ci_level)) / 2)
    return max(1, math.ceil(z * z * p * (1 - p) / precision**2))


def grade_pool(
    row: Mapping,
    cohorts: pd.DataFrame,
    risk_of_bias: pd.DataFrame,
    *,
    definitions: Mapping[str, str] | None = None,
    overlaps: Mapping[str, str] | None = None,
    precision: float = 0.10,
    ci_level: float = 0.95,
    i2_serious: float = 50.0,
    i2_very_serious: float = 75.0,
    pi_width_serious: float = 0.30,
    pi_width_very_serious: float = 0.50,
    min_k_publication_bias: int = 10,
    min_events: int = 5,
) -> GradeRating:
    """Rate one pool (one row of the pooled-result frame).

    Parameters
    ----------
    row : mapping
        Needs :data:`POOLED_COLUMNS` (``estimate``, ``lower``/``upper``, ``pi_*`` as
        proportions, NaN where not estimable; ``i2`` in percent; ``estimable`` in words;
        ``cohorts`` as ``study_id:cohort=events/n;...``, ``=/n`` for a survival rate).
    cohorts : DataFrame
        ``Dataset.cohorts`` (setting and Ph status of each cohort).
    risk_of_bias : DataFrame
        ``Dataset.risk_of_bias`` (tool and overall judgement of each study).
    definitions : mapping, optional
        ``"study_id:cohort"`` -> how that cohort's outcome is defined (for example ``"CR"`` or
        ``"CRc"``); more than one distinct definition counts as indirectness.
    overlaps : mapping, optional
        ``"study_id:cohort"`` -> overlap group (cohorts of one group may report the same
        patients); two members of one group in the pool are named under imprecision.
    precision, ci_level : float
        Target half-width and level of the optimal information size.
    i2_serious, i2_very_serious, pi_width_serious, pi_width_very_serious : float
        Inconsistency thresholds (I² in percent; widths as proportions).
    min_k_publication_bias : int
        Fewest cohorts for which publication bias is assessable.
    min_events : int
        Fewest events and non-events for the OIS to be trusted (count pools only; the
        ``events`` column, where present and not empty).

    Returns
    -------
    GradeRating
    """
    for col in POOLED_COLUMNS:
        if col not in row:
            raise ValueError(f"pooled row lacks column {col!r}; needs {list(POOLED_COLUMNS)}")
    members = parse_cohorts(row["cohorts"])
    studies = list(dict.fromkeys(s for s, *_ in members))
    overall = _overall_by_study(risk_of_bias)
    unknown = [s for s in studies if s not in overall]
    if unknown:
        raise ValueError(f"no risk-of-bias rating for {unknown}: add them to risk_of_bias.csv")
    k, n = int(row["k"]), int(row["n"])
    est, lo, hi = float(row["estimate"]), float(row["lower"]), float(row["upper"])
    has_ci = math.isfinite(lo) and math.isfinite(hi)
    why_not = str(row["estimable"]) if not pd.isna(row["estimable"]) else "not estimable"
    moves, reasons, not_assessed = {}, {}, []

    tools = sorted({overall[s][0] for s in studies})
    start = min((START[t] for t in tools), key=CERTAINTY.index)
    reasons["start"] = "evidence from " + " and ".join(sorted({_DESIGN[t] for t in tools}))

    # risk of bias: share of participants from studies at serious or critical risk
    total = sum(m[3] for m in members)
    serious = sum(m[3] for m in members if overall[m[0]][1] in ("serious", "critical"))
    critical = sum(m[3] for m in members if overall[m[0]][1] == "critical")
    moves["risk_of_bias"] = 2 if critical * 2 >= total else 1 if serious * 2 >= total else 0
    reasons["risk_of_bias"] = (
        f"{serious} of {total} participants ({100 * serious / total:.0f}%) are in studies at "
        "serious or critical risk of bias ("
        + "; ".join(f"{s} {overall[s][1]}, {overall[s][0]}" for s in studies)
        + ")"
    )

    # inconsistency: I² and the width of the prediction interval
    i2 = float(row["i2"]) if not pd.isna(row["i2"]) else math.nan
    if k < 2:
        moves["inconsistency"] = 0
        not_assessed.append("inconsistency")
        reasons["inconsistency"] = "single cohort, not assessable"
    elif not math.isfinite(i2):
        moves["inconsistency"] = 0
        not_assessed.append("inconsistency")
        own = [f"{100 * e / m:.0f}%" for *_, e, m in members if e is not None]
        reasons["inconsistency"] = f"heterogeneity {why_not}, not assessable" + (
            f"; the cohorts' own proportions are {_and(own)}" if own else ""
        )
    else:
        pi_w = float(row["pi_upper"]) - float(row["pi_lower"])
        pi_known = math.isfinite(pi_w)
        wide = pi_known and pi_w > pi_width_serious
        very_wide = pi_known and pi_w > pi_width_very_serious
        moves["inconsistency"] = (
            2 if i2 >= i2_very_serious and very_wide else 1 if i2 >= i2_serious or wide else 0
        )
        pi_text = (
            f"prediction interval {100 * float(row['pi_lower']):.1f}-"
            f"{100 * float(row['pi_upper']):.1f}% ({100 * pi_w:.0f} points wide)"
            if pi_known
            else "no prediction interval"
        )
        reasons["inconsistency"] = f"I² = {i2:.0f}%, {pi_text}"

    # indirectness: mixed populations and mixed outcome definitions
    keyed = cohorts.set_index(["study_id", "cohort"])
    missing = [(s, c) for s, c, *_ in members if (s, c) not in keyed.index]
    if missing:
        raise ValueError(f"cohorts {missing} are not in cohorts.csv")
    settings = sorted({keyed.loc[(s, c), "setting"] for s, c, *_ in members})
    phs = sorted({keyed.loc[(s, c), "ph_status"] for s, c, *_ in members})
    population_mixed = len(settings) > 1 or len(phs) > 1
    defs = sorted(
        {definitions[f"{s}:{c}"] for s, c, *_ in members if f"{s}:{c}" in (definitions or {})}
    )
    definitions_mixed = len(defs) > 1
    moves["indirectness"] = int(population_mixed) + int(definitions_mixed)
    words = [
        ("settings " + _and([_HUMAN.get(s, s) for s in settings]))
        if len(settings) > 1
        else f"one setting ({_HUMAN.get(settings[0], settings[0])})",
        ("Ph status " + _and([_HUMAN.get(p, p) for p in phs]))
        if len(phs) > 1
        else f"Ph status {_HUMAN.get(phs[0], phs[0])}",
    ]
    if defs:
        words.append(
            "outcome definitions " + _and(defs)
            if definitions_mixed
            else f"one outcome definition ({defs[0]})"
        )
    reasons["indirectness"] = ("mixes " if moves["indirectness"] else "") + ", ".join(words)

    # imprecision: interval width and the optimal information size
    ois = optimal_information_size(min(max(est, 0.0), 1.0), precision, ci_level)
    width = hi - lo if has_ci else math.nan
    short = n < ois
    wide_ci = has_ci and width > 2 * precision
    events = row.get("events")
    known = events is not None and not pd.isna(events) and str(events) != ""
    few = known and min(int(events), n - int(events)) < min_events
    if not has_ci:
        moves["imprecision"] = 1
    else:
        moves["imprecision"] = (
            2 if short and width > 4 * precision else 1 if short or wide_ci or few else 0
        )
    single = "single cohort; " if k == 1 else ""
    interval = (
        f"{100 * ci_level:g}% CI {100 * lo:.1f}-{100 * hi:.1f}% ({100 * width:.0f} points wide; "
        f"target ±{100 * precision:g}); {n} participants against an optimal information size "
        f"of {ois}"
        if has_ci
        else f"no confidence interval ({why_not}), so the precision of {n} participants "
        "cannot be shown"
    )
    groups: dict[str, list[str]] = {}
    for s, c, *_ in members:
        group = (overlaps or {}).get(f"{s}:{c}", "")
        if group and not pd.isna(group):
            groups.setdefault(group, []).append(f"{s}:{c}")
    shared = [ids for ids in groups.values() if len(ids) > 1]
    reasons["imprecision"] = (
        single
        + interval
        + (f"; {_few_words(int(events), n)} (fewer than {min_events})" if few else "")
        + "".join(
            f"; {_and(ids)} may report the same patients, so {n} may count some twice"
            for ids in shared
        )
    )

    # publication bias: not assessable with few cohorts
    moves["publication_bias"] = 0
    not_assessed.append("publication_bias")
    reasons["publication_bias"] = (
        f"not assessable with {k} cohort{'s' if k != 1 else ''} (a funnel plot needs about "
        f"{min_k_publication_bias}); small retrospective series may be published selectively"
        if k < min_k_publication_bias
        else f"not assessed: {k} cohorts would allow a small-study test, which this package "
        "does not run"
    )

    level = min(CERTAINTY.index(start) + sum(moves.values()), len(CERTAINTY) - 1)
    return GradeRating(
        outcome=str(row["outcome"]),
        stratum=str(row["stratum"]),
        analysis=str(row["analysis"]),
        k=k,
        n=n,
        estimate=est,
        lower=lo,
        upper=hi,
        start=start,
        moves=dict(moves),
        reasons=dict(reasons),
        certainty=CERTAINTY[level],
        not_assessed=tuple(not_assessed),
    )


def _few_words(events: int, n: int) -> str:
    """'only 3 events', 'only 1 non-event', 'no non-events': the rarer of the two."""
    count, word = (events, "event") if events < n - events else (n - events, "non-event")
    return f"no {word}s" if count == 0 else f"only {count} {word}{'s' if count != 1 else ''}"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


_HUMAN = {
    "frontline_induction": "frontline induction",
    "relapsed_refractory": "relapsed/refractory",
    "consolidation": "consolidation",
    "mixed": "mixed",
    "positive": "positive",
    "negative": "negative",
    "not_reported": "not reported",
}


def grade_pools(
    pooled: pd.DataFrame,
    cohorts: pd.DataFrame,
    risk_of_bias: pd.DataFrame,
    *,
    candidates: pd.DataFrame | None = None,
    endpoint_words: Mapping[str, str] | None = None,
    **options,
) -> pd.DataFrame:
    """Rate every primary pool of ``pooled``; the ``synthesis_grade.csv`` frame.

    Parameters
    ----------
    pooled : DataFrame
        The pooled-result frame (``synthesis_pooled.csv``): :data:`POOLED_COLUMNS` at least;
        only rows with ``primary`` true are rated (one per outcome and stratum), in their
        order.
    cohorts, risk_of_bias : DataFrame
        ``Dataset.cohorts`` and ``Dataset.risk_of_bias``.
    candidates : DataFrame, optional
        :func:`blinarepro.synthesis.candidates`: each pooled cohort's endpoint definition
        (column ``endpoint``, rows with ``pooled`` true) and overlap group
        (``overlap_group``), see :func:`definitions_from_candidates`.
    endpoint_words : mapping, optional
        endpoint id -> words (the ``endpoint`` vocabulary of ``data/synthesis.csv``).
    **options
        Thresholds passed to :func:`grade_pool`.

    Returns
    -------
    DataFrame
        Columns :data:`GRADE_COLUMNS`, one row per primary pool; ``outcome`` and ``stratum``
        are the key shared with ``synthesis_pooled.csv``. A pool that is not estimable keeps
        the pooled frame's estimate and is rated with the reason.
    """
    missing = [c for c in POOLED_COLUMNS if c not in pooled.columns]
    if missing:
        raise ValueError(f"pooled frame lacks columns {missing}; needs {list(POOLED_COLUMNS)}")
    primary = pooled[_flags(pooled["primary"])]
    twice = primary[primary.duplicated(["outcome", "stratum"], keep=False)]
    if len(twice):
        pairs = sorted(set(zip(twice.outcome, twice.stratum, strict=True)))
        raise ValueError(f"more than one primary row for (outcome, stratum) {pairs}")
    definitions, overlaps = {}, {}
    if candidates is not None:
        definitions = definitions_from_candidates(candidates, endpoint_words)
        overlaps = {
            f"{r.study_id}:{r.cohort}": r.overlap_group
            for r in candidates.itertuples(index=False)
            if isinstance(r.overlap_group, str) and r.overlap_group
        }
    rows = [
        grade_pool(
            row,
            cohorts,
            risk_of_bias,
            definitions=definitions.get(row["outcome"]),
            overlaps=overlaps,
            **options,
        ).to_row()
        for row in primary.to_dict("records")
    ]
    return pd.DataFrame(rows, columns=list(GRADE_COLUMNS))


def _flags(column: pd.Series) -> pd.Series:
    """The ``primary`` column as booleans, whether it holds bools or (read from CSV) text."""
    truth = {True: True, False: False, "True": True, "False": False, "true": True, "false": False}
    bad = sorted({repr(v) for v in column if v not in truth})
    if bad:
        raise ValueError(f"column 'primary' must hold True/False; got {', '.join(bad)}")
    return column.map(truth).astype(bool)


def _overall_by_study(risk_of_bias: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """study_id -> (tool, overall judgement)."""
    over = risk_of_bias[risk_of_bias["domain"] == "overall"]
    return {r.study_id: (r.tool, r.judgement) for r in over.itertuples()}


def definitions_from_candidates(
    candidates: pd.DataFrame, endpoint_words: Mapping[str, str] | None = None
) -> dict:
    """Each pooled cohort's outcome definition, from the synthesis row it was pooled from.

    Parameters
    ----------
    candidates : DataFrame
        :func:`blinarepro.synthesis.candidates` (``outcome``, ``study_id``, ``cohort``,
        ``endpoint``, ``pooled``); only rows with ``pooled`` true count.
    endpoint_words : mapping, optional
        endpoint id -> words (default: the id).

    Returns
    -------
    dict
        outcome -> (``"study_id:cohort"`` -> definition), the ``definitions`` of
        :func:`grade_pool`. A cohort pooled under two definitions of one outcome raises
        ``ValueError`` naming it.
    """
    words = endpoint_words or {}
    out: dict[str, dict[str, str]] = {}
    for r in candidates[candidates["pooled"].astype(bool)].itertuples(index=False):
        key, text = f"{r.study_id}:{r.cohort}", words.get(r.endpoint, r.endpoint)
        seen = out.setdefault(r.outcome, {}).setdefault(key, text)
        if seen != text:
            raise ValueError(f"{key} is pooled for {r.outcome} as both {seen!r} and {text!r}")
    return out


_SYMBOLS = {"high": "⊕⊕⊕⊕", "moderate": "⊕⊕⊕◯", "low": "⊕⊕◯◯", "very low": "⊕◯◯◯"}


@dataclass(frozen=True)
class SummaryOfFindings:
    """A Cochrane-style summary-of-findings table and its footnotes.

    ``table`` has the columns ``Outcome``, ``Stratum``, ``Studies (cohorts), participants``,
    ``Estimate (95% CI)``, ``Certainty``; the footnote letters in ``Certainty`` point to
    ``footnotes`` (letter -> reason), one per reason for a downgrade or a domain that could
    not be assessed.
    """

    table: pd.DataFrame
    footnotes: Mapping[str, str]

    def footnote_text(self) -> str:
        """The footnotes as Markdown lines."""
        return "\n".join(f"- *{k}* {v}" for k, v in self.footnotes.items())


def summary_of_findings(
    grades: pd.DataFrame,
    pooled: pd.DataFrame,
    *,
    labels: Mapping[str, str] | None = None,
    ci_level: float = 0.95,
) -> SummaryOfFindings:
    """The summary-of-findings table of the rated pools (Cochrane Handbook, chapter 14).

    Parameters
    ----------
    grades : DataFrame
        :func:`grade_pools` output.
    pooled : DataFrame
        The pooled-result frame the grades came from (for the intervals, the stratum in
        words and the cohorts), keyed by ``outcome`` and ``stratum``.
    labels : mapping, optional
        outcome id -> human label (default: the id).

    Notes
    -----
    A pool without an interval shows its estimate with the reason it is not estimable
    (the ``estimable`` column), never "NaN"; a single cohort is said to be one.
    """
    keyed = pooled[_flags(pooled["primary"])].set_index(["outcome", "stratum"])
    rows, notes = [], {}
    for g in grades.itertuples(index=False):
        p = keyed.loc[(g.outcome, g.stratum)]
        members = parse_cohorts(p["cohorts"])
        n_studies = len({m[0] for m in members})
        letters = []
        for d in DOMAINS:
            concern = getattr(g, d)
            if concern in ("not serious", "undetected"):
                continue
            reason = _domain_reason(g.explanation, d)
            text = f"{_LABEL[d]} ({concern}): {reason}"
            letter = next((k for k, v in notes.items() if v == text), None)
            if letter is None:
                letter = _letter(len(notes))
                notes[letter] = text
            letters.append(letter)
        label = (labels or {}).get(g.outcome, g.outcome)
        lo, hi = float(p["lower"]), float(p["upper"])
        events = [e for *_, e, _ in members]
        counts = f"{sum(events)}/{g.n}; " if g.k > 1 and all(e is not None for e in events) else ""
        estimate = (
            f"{100 * g.estimate:.1f}% ({100 * lo:.1f} to {100 * hi:.1f})"
            if math.isfinite(lo) and math.isfinite(hi)
            else f"{100 * g.estimate:.1f}% ({counts}{p['estimable']})"
        )
        rows.append(
            {
                "Outcome": label if g.analysis in ("primary", "all") else f"{label} ({g.analysis})",
                "Stratum": str(p.get("stratum_label", g.stratum)),
                "Studies (cohorts), participants": f"{n_studies} ({g.k}), {g.n}"
                + (" (single cohort)" if g.k == 1 else ""),
                f"Estimate ({100 * ci_level:g}% CI)": estimate,
                "Certainty": f"{_SYMBOLS[g.certainty]} {g.certainty.capitalize()}"
                + (f" ({', '.join(letters)})" if letters else ""),
            }
        )
    return SummaryOfFindings(table=pd.DataFrame(rows), footnotes=notes)


def _letter(i: int) -> str:
    """Footnote letters: a..z, then aa, ab, ..."""
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    return alphabet[i] if i < 26 else _letter(i // 26 - 1) + alphabet[i % 26]


def _domain_reason(explanation: str, domain: str) -> str:
    """The reason of one domain, cut out of an explanation built by :class:`GradeRating`."""
    starts = {d: explanation.find(f" {_LABEL[d]}: ") for d in DOMAINS}
    if starts[domain] < 0:
        raise ValueError(f"no {_LABEL[domain]!r} in explanation {explanation!r}")
    after = [i for i in (*starts.values(), explanation.find(" Certainty: ")) if i > starts[domain]]
    sentence = explanation[starts[domain] + 1 : min(after) if after else None].strip()
    sentence = sentence.removeprefix(f"{_LABEL[domain]}: ").rstrip(".")
    if sentence.endswith(", not assessable"):  # the concern column says it already
        return sentence.removesuffix(", not assessable")
    return _CONCERN_PREFIX.sub("", sentence)


_CONCERN_PREFIX = re.compile(
    r"^(not serious|serious|very serious|undetected|strongly suspected)(, -\d)?: "
    r"|^not assessable:? "
)
