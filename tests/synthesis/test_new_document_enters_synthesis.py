"""A new document enters the pooled comparison by data alone (issue #17).

The invented sixth document of ``tests/fixtures/synth2026`` (relapsed B-ALL, "29 of 40
patients (72.5%) achieved CR") is added to a copy of ``data/`` by its rows, plus one row of
``synthesis.csv`` that says it is a complete-remission result of its cohort. No code and no
notebook changes: the relapsed/refractory CR stratum, which held wang2025 alone (12/15), then
pools two cohorts.

Reference: ``metafor::rma.glmm(measure="PLO", xi=c(12, 29), ni=c(15, 40), test="t")`` is not
repeated here (tests/pooling holds the metafor comparisons); this test checks what is pooled.
The counts are exact arithmetic of the printed numbers: 12 of 15 (wang2025-07) and 29 of 40.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from blinarepro import synthesis as S
from blinarepro.data import load

ROOT = Path(__file__).resolve().parents[2]

# the row an analyst writes for the new document (columns of data/synthesis.csv)
NEW_ROW = {
    "outcome": "remission",
    "study_id": "synth2026",
    "result_id": "synth2026-06",
    "cohort": "all",
    "endpoint": "cr",
    "included": "yes",
    "count_rule": "printed",
    "reason": "CR of all 40 patients, printed as 29 of 40 (72.5%)",
}


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    from tests.claims.test_declared_new_document import add_document

    folder = tmp_path_factory.mktemp("data") / "data"
    shutil.copytree(ROOT / "data", folder)
    add_document(folder)
    with (folder / "synthesis.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    with (folder / "synthesis.csv").open("a", encoding="utf-8", newline="") as out:
        csv.DictWriter(out, header, restval="", lineterminator="\n").writerow(NEW_ROW)
    return load(folder)


def test_the_new_cohort_joins_its_stratum(data):
    cands = S.candidates(data)
    new = cands[cands.study_id == "synth2026"]
    assert len(new) == 1 and bool(new.pooled.iloc[0])
    assert (int(new.events.iloc[0]), int(new.n.iloc[0])) == (29, 40)
    stratum = new.stratum.iloc[0]
    primary = [p for p in S.pools(cands) if p.analysis == "primary" and p.stratum == stratum]
    assert len(primary) == 1
    pooled = primary[0].cohorts
    counts = zip(pooled.study_id, pooled.events.astype(int), pooled.n.astype(int), strict=True)
    assert sorted(counts) == [("synth2026", 29, 40), ("wang2025", 12, 15)]
    assert primary[0].k == 2


def test_without_its_synthesis_row_it_stays_out(tmp_path):
    from tests.claims.test_declared_new_document import add_document

    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    add_document(folder)
    cands = S.candidates(load(folder))
    assert "synth2026" not in set(cands.study_id)


def test_an_included_row_without_a_count_rule_is_refused(tmp_path):
    from blinarepro.data import DataValidationError

    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    path = folder / "synthesis.csv"
    text = path.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if ",yes,printed," in line)
    path.write_text(text.replace(row, row.replace(",yes,printed,", ",yes,none,")), "utf-8")
    with pytest.raises(DataValidationError, match=r"synthesis\.csv.*count_rule.*other than none"):
        load(folder)
