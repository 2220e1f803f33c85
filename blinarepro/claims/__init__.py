"""Claims: pairing each printed number with the computation that should reproduce it.

Modules
-------
kinds       :class:`Claim`, :class:`ClaimOutcome` and one factory per claim kind
            (``claim_percent``, ``claim_km``, ``claim_km_events``, ``claim_joint_km``, ...)
twoarm      arm-against-arm comparisons and the claims on their wording
evaluate    :func:`evaluate`: claims -> the claims table (verdict, finding, note)
table       :data:`TABLE_COLUMNS`, :func:`verdict_summary`, :func:`finding_summary`
findings    the closed vocabulary of the ``finding`` column, with its severity order
declared    :func:`claims_for`: a study's claims from its rows and ``data/relations.csv``
narrative   the generic document report's text and figures
document    one document's rows and the counts its claims read (the notebooks' set-up)
readings    readings a careful reader tries (one patient not evaluable)
splits      claims built from the data: rates of splits of one group, swapped-label readings

Verdicts (:data:`VERDICTS`): ``reproduced`` (the printed number is obtained again at its printed
precision), ``discrepant`` (a recomputation from the document's own numbers gives something
else), ``inconsistent`` (the number cannot be true given the other printed numbers),
``not_recomputable`` (the document does not give what a recomputation needs). Tolerance
always comes from the printed precision, never from a fudge factor; rows are read as printed
strings.
"""

from blinarepro.claims.declared import (
    RELATIONS,
    arm_pairs,
    check_relations,
    claims_for,
    context_rows,
)
from blinarepro.claims.document import Document, document
from blinarepro.claims.evaluate import evaluate
from blinarepro.claims.kinds import (
    CLAIM_KINDS,
    PVALUE_RECOMPUTES,
    VERDICTS,
    Claim,
    ClaimOutcome,
    claim_ci,
    claim_grim,
    claim_grimmer,
    claim_joint_km,
    claim_km,
    claim_km_events,
    claim_mean_range,
    claim_median_grain,
    claim_not_recomputable,
    claim_percent,
    claim_pvalue,
    claim_ratio_ci,
    claim_recompute,
    claim_restated,
    claim_sum,
)
from blinarepro.claims.readings import one_not_evaluable_claims
from blinarepro.claims.splits import cohort_splits, split_claims
from blinarepro.claims.table import TABLE_COLUMNS, finding_summary, verdict_summary
from blinarepro.findings import FINDING_DEFINITIONS, FINDINGS, SEVERITY

__all__ = [
    "CLAIM_KINDS",
    "FINDINGS",
    "FINDING_DEFINITIONS",
    "PVALUE_RECOMPUTES",
    "RELATIONS",
    "SEVERITY",
    "TABLE_COLUMNS",
    "VERDICTS",
    "Claim",
    "ClaimOutcome",
    "Document",
    "arm_pairs",
    "check_relations",
    "claim_ci",
    "claim_grim",
    "claim_grimmer",
    "claim_joint_km",
    "claim_km",
    "claim_km_events",
    "claim_mean_range",
    "claim_median_grain",
    "claim_not_recomputable",
    "claim_percent",
    "claim_pvalue",
    "claim_ratio_ci",
    "claim_recompute",
    "claim_restated",
    "claim_sum",
    "claims_for",
    "cohort_splits",
    "context_rows",
    "document",
    "evaluate",
    "finding_summary",
    "one_not_evaluable_claims",
    "split_claims",
    "verdict_summary",
]
