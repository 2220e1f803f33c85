"""Appraisal beside every result: risk of bias, certainty of evidence, benchmarks, audit.

=================  ================================================================
risk_of_bias       the per-study table (``data/risk_of_bias.csv``) for display
grade              GRADE certainty per pool, the summary-of-findings table
benchmarks         pivotal-trial figures beside a stratum (never pooled)
audit              registration record against publication (COMPare style)
summary            plain-language summaries from the claims table (the glossary page: chain.site)
=================  ================================================================
"""

from blinarepro.appraisal.audit import (
    AUDIT_COLUMNS,
    audit_counts,
    audit_display,
    registration_audit,
)
from blinarepro.appraisal.benchmarks import benchmarks_beside, benchmarks_for
from blinarepro.appraisal.grade import (
    CERTAINTY,
    GRADE_COLUMNS,
    NOT_ASSESSABLE,
    GradeRating,
    SummaryOfFindings,
    definitions_from_candidates,
    grade_pool,
    grade_pools,
    optimal_information_size,
    summary_of_findings,
)
from blinarepro.appraisal.risk_of_bias import (
    risk_of_bias_matrix,
    risk_of_bias_table,
    robins_overall,
)
from blinarepro.appraisal.summary import (
    plain_summary,
    plain_summary_synthesis,
)

__all__ = [
    "AUDIT_COLUMNS",
    "CERTAINTY",
    "GRADE_COLUMNS",
    "NOT_ASSESSABLE",
    "GradeRating",
    "SummaryOfFindings",
    "audit_counts",
    "audit_display",
    "benchmarks_beside",
    "benchmarks_for",
    "definitions_from_candidates",
    "grade_pool",
    "grade_pools",
    "optimal_information_size",
    "plain_summary",
    "plain_summary_synthesis",
    "registration_audit",
    "risk_of_bias_matrix",
    "risk_of_bias_table",
    "robins_overall",
    "summary_of_findings",
]
