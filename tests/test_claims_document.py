"""The notebooks' set-up call: one document's rows and the counts its claims read.

Checked against the rows of data/ (xu2025, abstract: 11 and 13 patients; 81.8% [9/11];
infection 36.4% of 11 = 4/11, the only k; 12-month DFS 46.2% of 13 = 6/13 with no censoring).
"""

import pandas as pd
import pytest

from blinarepro.claims import cohort_splits, document
from blinarepro.data import load


@pytest.fixture(scope="module")
def xu():
    return document(load(), "xu2025")


def test_rows_and_counts(xu):
    assert xu.rows.index.name == "result_id" and "result_id" in xu.rows.columns
    assert set(xu.rows["study_id"]) == {"xu2025"}
    assert xu.count("xu2025-03") == 11 and xu.count("xu2025-07", "events") == 9
    assert list(xu.cohorts.index) == ["all", "blinatumomab", "conventional"]


def test_events_of_printed_and_implied(xu):
    assert xu.events_of("xu2025-07") == (9, 11)  # printed [9/11]
    assert xu.events_of("xu2025-22") == (4, 11)  # 36.4% of 11: only 4/11 = 36.36%


def test_event_free_if_uncensored(xu):
    assert xu.event_free_if_uncensored("xu2025-17") == (6, 13)  # 6/13 = 46.15%
    assert xu.event_free_if_uncensored("xu2025-16") == (10, 11)  # 10/11 = 90.91%


def test_errors(xu):
    with pytest.raises(KeyError, match="not a row of xu2025"):
        xu.count("wang2025-01")
    with pytest.raises(ValueError, match="not a whole number"):
        xu.count("xu2025-02")  # the median age 51.1


def test_ambiguous_splits_are_an_error():
    results = pd.DataFrame(
        {
            "result_id": ["a-1", "a-2", "a-3", "a-4"],
            "study_id": ["a"] * 4,
            "cohort": ["all", "x", "y", "z"],
            "statistic": ["n"] * 4,
            "value": ["4", "2", "2", "2"],
            "n": [""] * 4,
        }
    )
    cohorts = pd.DataFrame(
        {
            "study_id": ["a"] * 4,
            "cohort": ["all", "x", "y", "z"],
            "parent": ["", "all", "all", "all"],
        }
    )
    with pytest.raises(ValueError, match="ambiguous"):
        cohort_splits(results, cohorts, "a")
