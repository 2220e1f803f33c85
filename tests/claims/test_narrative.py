"""What the generic report says in words: cohorts by their labels, outcomes by their words,
a printed number with what it is (a dry run of two real abstracts, 2026-12-05, read
"(mrd_pos_pre, mrd_negative 73)" and "Blinatumomab: overall survival 0.71")."""

from __future__ import annotations

import pandas as pd

from blinarepro.claims import TABLE_COLUMNS
from blinarepro.claims.narrative import failures_markdown


def _table(*rows: dict) -> pd.DataFrame:
    base = dict.fromkeys(TABLE_COLUMNS, "")
    return pd.DataFrame([base | r for r in rows])[list(TABLE_COLUMNS)]


def test_a_failure_names_the_cohort_label_the_outcome_and_the_statistic():
    table = _table(
        # data/cohorts.csv: xu2025 blinatumomab is "Blinatumomab arm"
        {"study_id": "xu2025", "claim_id": "xu2025-07:percent", "cohort": "blinatumomab",
         "outcome": "mrd_negative", "statistic": "percent", "reported": "81.8",
         "verdict": "discrepant", "finding": "value_differs", "note": "a note"},
        {"study_id": "xu2025", "claim_id": "xu2025-90:ci", "cohort": "blinatumomab",
         "outcome": "os", "statistic": "hazard_ratio", "reported": "0.71",
         "verdict": "not_recomputable"},
        {"study_id": "xu2025", "claim_id": "xu2025-91:pvalue", "cohort": "blinatumomab",
         "outcome": "os", "statistic": "p_value", "reported": "<0.001",
         "verdict": "not_recomputable"},
        {"study_id": "xu2025", "claim_id": "xu2025-92:percent", "cohort": "blinatumomab",
         "outcome": "os", "statistic": "percent", "reported": "50", "verdict": "reproduced"},
    )  # fmt: skip
    text = failures_markdown(table)
    assert (
        "- **Blinatumomab arm: measurable residual disease negativity 81.8%** "
        "(claim `xu2025-07:percent`): *discrepant*, value differs. a note"
    ) in text
    assert "**Blinatumomab arm: overall survival, hazard ratio 0.71**" in text
    assert "**Blinatumomab arm: overall survival, P <0.001**" in text
    assert "xu2025-92" not in text  # reproduced, no finding: not a failure
    assert "mrd_negative" not in text and "(blinatumomab," not in text
