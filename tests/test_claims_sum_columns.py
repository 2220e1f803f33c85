"""``claim_sum`` with parts taken from another column of their row ((result_id, column) pairs).

Case from wang2025 (shared/seeds/001_*.txt, abstract): "Twelve (80.0%, ...) of the 15
patients with overt marrow disease achieved CR" (the 12 is the ``events`` of a percentage row)
plus "Four patients with < 5% blast ... all sustained CR" (a count row, ``value`` 4) against
"Of the 16 patients with CR" (an ``n`` row, ``value`` 16): 12 + 4 = 16 by hand.
"""

import pandas as pd
import pytest

from blinarepro.claims import claim_sum, evaluate

COLUMNS = ["result_id", "study_id", "cohort", "outcome", "statistic", "events", "n", "value"]


@pytest.fixture
def results():
    rows = [
        ("w-cr15", "overt", "cr", "percent", "12", "15", "80.0"),
        ("w-cr4", "low", "cr", "count", "4", "4", "4"),
        ("w-cr16", "cr", "enrolled", "n", "", "", "16"),
        ("w-mrd8", "overt", "mrd", "count", "8", "12", "8"),
        ("w-mrd12", "all", "mrd", "percent", "12", "19", "63.2"),
    ]
    return pd.DataFrame([(r[0], "w", *r[1:]) for r in rows], columns=COLUMNS, dtype=object)


def test_pair_part_adds_events_to_values(results):
    row = evaluate([claim_sum("w-cr16", [("w-cr15", "events"), "w-cr4"])], results).iloc[0]
    assert (row.reported, row.recomputed, row.verdict) == ("16", "16", "reproduced")
    assert row.method == "sum of w-cr15.events + w-cr4"
    assert row.note == "12 + 4 = 16 = total 16"


def test_pair_part_mismatch_is_inconsistent(results):
    # 80.0 (the printed percentage, column value) + 4 = 84.0, not 16
    row = evaluate([claim_sum("w-cr16", [("w-cr15", "value"), "w-cr4"], kind="rounded")], results)
    assert row.iloc[0].verdict == "inconsistent"


def test_pair_in_same_column_as_total_is_plain_part(results):
    # (rid, field) with field equal to the total's column behaves like the bare rid
    a = evaluate([claim_sum("w-mrd12", [("w-mrd8", "events"), "w-cr4"], field="events")], results)
    b = evaluate([claim_sum("w-mrd12", ["w-mrd8", "w-cr4"], field="events")], results)
    assert a.iloc[0].tolist() == b.iloc[0].tolist()
    assert (a.iloc[0].recomputed, a.iloc[0].verdict) == ("12", "reproduced")


def test_pair_part_missing_column_is_not_recomputable(results):
    row = evaluate([claim_sum("w-cr16", [("w-cr16", "events"), "w-cr4"])], results).iloc[0]
    assert row.verdict == "not_recomputable"
    assert "no events printed for part w-cr16" in row.note


@pytest.mark.parametrize("bad", [("w-cr15",), ("w-cr15", "events", "x"), ("w-cr15", 1), 3])
def test_bad_part_rejected(bad):
    with pytest.raises(TypeError, match="result_id strings or"):
        claim_sum("w-cr16", [bad])
