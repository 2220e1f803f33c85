"""Consistency checks on printed numbers: can they all be true together?

Each check takes numbers *as printed* (strings, so "80.0" keeps its precision of +/- 0.05) and
returns a frozen result with ``status`` in :data:`STATUSES`, a ``reason`` and the details.

Modules by topic
----------------
printed     parsing printed numbers, their precision, exact "does x round to it?"
percent     ``percent_check``: is a printed percentage some k/n?
grim        ``grim`` and ``grimmer``: means and SDs of integer data
km          ``km_feasibility``: can a Kaplan-Meier rate (and SE) arise from n patients?
km_events   ``km_events_check``: can it arise with a given number of events?
joint       ``joint_km_check``: can the rates of two splits of one group all hold at once?
feasible    the values n patients can give, and the smallest n a rate needs
intervals   ``ci_method_check``: which proportion-CI method gives a printed interval?
pvalues     ``pvalue_check``: printed vs recomputed p, statcheck decision errors
sums        ``sum_check``: parts against the whole
ranges      ``mean_range_check``: mean and SD against the printed range
"""

from blinarepro.consistency._result import STATUSES
from blinarepro.consistency.grim import GrimmerResult, GrimmerSolution, GrimResult, grim, grimmer
from blinarepro.consistency.intervals import CIMethodCheck, CIMethodResult, ci_method_check
from blinarepro.consistency.km import (
    KMFeasibility,
    KMStep,
    greenwood_se,
    km_feasibility,
    km_value,
)
from blinarepro.consistency.percent import (
    PercentCandidate,
    PercentCheck,
    percent_candidates,
    percent_check,
)
from blinarepro.consistency.printed import (
    ROUNDING_RULES,
    PrintedNumber,
    format_at,
    parse_printed,
    printed_precision,
    rounding_rules,
)
from blinarepro.consistency.pvalues import PValueCheck, pvalue_check
from blinarepro.consistency.ranges import MeanRangeCheck, mean_range_check
from blinarepro.consistency.sums import SumCheck, sum_check

__all__ = [
    "ROUNDING_RULES",
    "STATUSES",
    "CIMethodCheck",
    "CIMethodResult",
    "GrimResult",
    "GrimmerResult",
    "GrimmerSolution",
    "KMFeasibility",
    "KMStep",
    "MeanRangeCheck",
    "PValueCheck",
    "PercentCandidate",
    "PercentCheck",
    "PrintedNumber",
    "SumCheck",
    "ci_method_check",
    "format_at",
    "greenwood_se",
    "grim",
    "grimmer",
    "km_feasibility",
    "km_value",
    "mean_range_check",
    "parse_printed",
    "percent_candidates",
    "percent_check",
    "printed_precision",
    "pvalue_check",
    "rounding_rules",
    "sum_check",
]
