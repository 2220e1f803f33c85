"""The ``finding`` column: each class on a constructed case that must be found, and a close
case that must not; one rule across documents; the summary counts each printed number once.

Reference arithmetic beside each case (exact fractions; R 4.2.2 for the p-values).
"""

import pandas as pd
import pytest

from blinarepro.claims import (
    FINDINGS,
    SEVERITY,
    claim_ci,
    claim_joint_km,
    claim_km,
    claim_km_events,
    claim_median_grain,
    claim_percent,
    claim_pvalue,
    claim_sum,
    cohort_splits,
    evaluate,
    finding_summary,
    split_claims,
)
from blinarepro.findings import nearby_denominators
from tests.test_claims import _row


def _table(rows, claims):
    return evaluate(claims, pd.DataFrame(rows))


def _one(rows, claim):
    return _table(rows, [claim]).iloc[0]


def test_vocabulary_is_closed_and_ordered_by_severity():
    assert FINDINGS[0] == "jointly_impossible" and FINDINGS[-1] == "precision"
    assert set(SEVERITY) == set(FINDINGS)
    assert nearby_denominators(11) == (10, 12)
    assert nearby_denominators(38) == (37, 39, 36, 40, 35, 41, 34, 42)


@pytest.mark.parametrize(
    ("value", "n", "finding"),
    [
        ("90.1", "11", "impossible_value"),  # 9/11 = 81.8, 10/11 = 90.9; 10/12 = 83.3; 9/10 = 90.0
        ("86.5", "38", "denominator_mismatch"),  # 33/38 = 86.84, 32/38 = 84.2; 32/37 = 86.486
        ("81.8", "11", ""),  # 9/11 = 81.818
    ],
)
def test_percent_findings(value, n, finding):
    row = _one([_row("d-1", "percent", value, n=n, unit="percent")], claim_percent("d-1"))
    assert row.finding == finding
    assert (row.verdict == "reproduced") == (finding == "")
    if finding:
        assert row.note.split(". ")[0].startswith("No k/")  # one short sentence first


@pytest.mark.parametrize(
    ("value", "n", "finding"),
    [
        ("94.44", "6", "impossible_value"),  # 17/18 needs 18 patients; 5/6 = 83.3 on 6
        ("90.9", "10", "denominator_mismatch"),  # (1-1/11) needs 11; on 10 at most 90.0
        ("90.9", "11", ""),  # (1-1/11) = 90.909
    ],
)
def test_km_findings(value, n, finding):
    row = _one([_row("d-1", "km_rate", value, n=n, unit="percent")], claim_km("d-1"))
    assert row.finding == finding


def test_km_witness_is_the_fewest_events_curve():
    # 64.2% on 19 (wang2025): 3 events (1-1/12)(1-1/8)(1-1/5) = 0.6417; 2 events cannot give it
    row = _one([_row("d-1", "km_rate", "64.2", n="19", unit="percent")], claim_km("d-1"))
    assert row.note.startswith("64.2% is reachable on 19 patients with 3 event(s)")


def test_unreported_event():
    rows = [
        _row("xu-dfs", "km_rate", "90.9", n="11", unit="percent"),
        _row("xu-rel", "count", "0", events="0", n="11"),
        _row("xu-dfs2", "km_rate", "46.2", n="13", unit="percent"),
        _row("xu-rel2", "percent", "38.5", events="5", n="13"),
    ]
    table = _table(
        rows, [claim_km_events("xu-dfs", "xu-rel"), claim_km_events("xu-dfs2", "xu-rel2")]
    )
    # 90.9% on 11 needs one event ((1-1/11)); "no relapses" gives 100%
    assert list(table["finding"]) == ["unreported_event", ""]
    assert list(table["verdict"]) == ["inconsistent", "reproduced"]


def test_jointly_impossible_sum():
    rows = [_row("s-all", "n", "24"), _row("s-a", "n", "11"), _row("s-b", "n", "14")]
    bad = _one(rows, claim_sum("s-all", ["s-a", "s-b"]))
    assert (bad.verdict, bad.finding) == ("inconsistent", "jointly_impossible")
    rows[2] = _row("s-b", "n", "13")
    assert _one(rows, claim_sum("s-all", ["s-a", "s-b"])).finding == ""


def _split_rows(rate_28d_efs="78.24", rate_hsct="85.71"):
    # realworld2025 consolidation Ph- EFS, abstract paragraph 4 (sentences 7-10)
    return [
        _row("rw-n", "n", "26", cohort="neg"),
        _row("rw-n14", "n", "23", cohort="neg_14d"),
        _row("rw-n28", "n", "3", cohort="neg_28d"),
        _row("rw-e14", "km_rate", "100", n="23", cohort="neg_14d", outcome="efs",
             timepoint_months="24", unit="percent"),
        _row("rw-e28", "km_rate", rate_28d_efs, n="3", cohort="neg_28d", outcome="efs",
             timepoint_months="24", unit="percent"),
        _row("rw-eh", "km_rate", rate_hsct, n="9", cohort="neg_hsct", outcome="efs",
             timepoint_months="24", unit="percent"),
        _row("rw-enh", "km_rate", "79.33", n="17", cohort="neg_no_hsct", outcome="efs",
             timepoint_months="24", unit="percent"),
    ]  # fmt: skip


def test_jointly_impossible_km_across_splits():
    claim = claim_joint_km([["rw-e14", "rw-e28"], ["rw-eh", "rw-enh"]])
    row = _one(_split_rows(), claim)
    assert (row.verdict, row.finding) == ("inconsistent", "jointly_impossible")
    for rid in ("rw-e14", "rw-e28", "rw-eh", "rw-enh"):  # every number involved is named
        assert rid in row.note
    assert "Smallest conflicting set" in row.note
    # 100% with transplant (0 events) instead of 85.71%: 3 events fit in the 3 patients
    fits = _one(_split_rows(rate_hsct="100"), claim)
    assert (fits.verdict, fits.finding) == ("reproduced", "")


def test_split_claims_from_data_and_swapped_reading():
    cohorts = pd.DataFrame(
        {
            "study_id": ["rw"] * 5,
            "cohort": ["neg", "neg_14d", "neg_28d", "neg_hsct", "neg_no_hsct"],
            "parent": ["", "neg", "neg", "neg", "neg"],
        }
    )
    results = pd.DataFrame(_split_rows())
    assert cohort_splits(results, cohorts, "rw") == {
        "neg": (("neg_14d", "neg_28d"), ("neg_hsct", "neg_no_hsct"))
    }
    table = evaluate(split_claims(results, cohorts, "rw"), results)
    own = table[table["reading"] == ""]
    assert list(own["finding"]) == ["jointly_impossible"]
    swapped = table[table["reading"] != ""]
    assert set(swapped["verdict"]) == {"reproduced"}  # the swapped labels fit: a possible
    assert set(swapped["finding"]) == {""}  # explanation, reported, never a correction
    assert "labels swapped" in swapped["reading"].iloc[0]


def test_precision_median_of_odd_n():
    rows = [_row("xu-age", "median", "51.1", cohort="blin"), _row("xu-n", "n", "11")]
    row = _one(rows, claim_median_grain("xu-age", n="xu-n"))
    # a median of 11 whole-year ages is one of them: 51 or 52, never 51.1
    assert (row.verdict, row.finding) == ("not_recomputable", "precision")
    assert row.recomputed == "51 or 52" and "decimals" in row.note
    rows = [_row("xu-age", "median", "42.5"), _row("xu-n", "n", "12")]
    assert _one(rows, claim_median_grain("xu-age", n="xu-n")).finding == ""  # (42 + 43) / 2


def test_precision_median_printed_with_its_range():
    # "median age, 41.3 years [range, 18-65]" of 149 patients (an odd n): whole years give a
    # whole median; a median_range row is checked as a median
    rows = [_row("g-age", "median_range", "41.3"), _row("g-n", "n", "149")]
    row = _one(rows, claim_median_grain("g-age", n="g-n"))
    assert (row.verdict, row.finding) == ("not_recomputable", "precision")
    rows = [_row("g-age", "median_range", "41"), _row("g-n", "n", "149")]
    assert _one(rows, claim_median_grain("g-age", n="g-n")).finding == ""


def test_decision_differs_and_value_differs_for_pvalues():
    rows = [
        _row("p-a", "percent", "81.8", events="9", n="11"),
        _row("p-b", "percent", "46.2", events="6", n="13"),
        _row("p-1", "p_value", "0.04"),  # R fisher.test: 0.1049 -> other side of 0.05
        _row("p-2", "p_value", "0.12"),  # same side, does not print as 0.10
        _row("p-3", "p_value", "0.10"),  # 0.1049 prints as 0.10
    ]
    table = _table(rows, [claim_pvalue(r, "fisher", ["p-a", "p-b"]) for r in ("p-1", "p-2", "p-3")])
    assert list(table["finding"]) == ["decision_differs", "value_differs", ""]


def test_value_differs_for_an_interval():
    # wang2025: 12/15 with 51.9-95.7 is Clopper-Pearson; Wald gives 59.8-100.0
    row = _row("w-cr", "percent", "80.0", events="12", n="15", unit="percent",
               lower="51.9", upper="95.7", ci_level="0.95")  # fmt: skip
    assert _one([row], claim_ci("w-cr", "clopper-pearson")).finding == ""
    out = _one([row], claim_ci("w-cr", "wald"))
    assert (out.verdict, out.finding) == ("discrepant", "value_differs")


def test_summary_counts_each_printed_number_once():
    rows = [_row("d-1", "percent", "90.1", n="11", unit="percent")]
    claims = [
        claim_percent("d-1"),
        claim_percent("d-1", n=71, claim_id="d-1:71", reading="71 patients"),  # 64/71
        claim_percent("d-1", n=12, claim_id="d-1:12"),  # 10/12 = 83.3: no
    ]
    table = _table(rows, claims)
    summary = finding_summary(table)
    assert list(summary["finding"]) == ["impossible_value"]
    assert list(summary["numbers"]) == [1]
    assert summary["severity"].iloc[0] == "major"


def test_output_schema_matches_the_vocabulary_and_validates_a_table(tmp_path):
    # data/outputs.schema.json is the schema of reports/tables/*_claims.csv
    import json
    from pathlib import Path

    from frictionless import Resource, Schema

    from blinarepro.claims import TABLE_COLUMNS, VERDICTS

    spec = json.loads((Path(__file__).parents[1] / "data" / "outputs.schema.json").read_text())
    fields = {f["name"]: f for f in spec["schema"]["fields"]}
    assert tuple(fields) == TABLE_COLUMNS
    assert fields["finding"]["constraints"]["enum"] == list(FINDINGS)
    assert fields["verdict"]["constraints"]["enum"] == list(VERDICTS)
    rows = [_row("d-1", "percent", "90.1", n="11", unit="percent"), _row("d-2", "n", "3")]
    table = _table(rows, [claim_percent("d-1"), claim_sum("d-2", ["d-2"])])
    path = tmp_path / "claims.csv"
    table.to_csv(path, index=False)
    schema = Schema.from_descriptor(spec["schema"])
    report = Resource(path="claims.csv", basepath=str(tmp_path), schema=schema).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type"])
    table.loc[0, "finding"] = "misprint"  # outside the vocabulary: must be caught
    table.to_csv(path, index=False)
    bad = Resource(path="claims.csv", basepath=str(tmp_path), schema=schema).validate()
    assert not bad.valid


def test_one_not_evaluable_reading():
    from blinarepro.claims import one_not_evaluable_claims

    rows = [
        _row("rw-crc", "percent", "86.5", n="38", unit="percent"),  # 32/37 = 86.486: fits
        _row("rw-cmr", "percent", "90.1", n="11", unit="percent"),  # 9/10 = 90.0: does not
        _row("rw-ok", "percent", "81.8", n="11", unit="percent"),  # 9/11: no reading needed
    ]
    results = pd.DataFrame(rows)
    claims = one_not_evaluable_claims(results, "rw")
    assert [c.result_id for c in claims] == ["rw-crc", "rw-cmr"]
    table = evaluate(claims, results)
    assert list(table["verdict"]) == ["reproduced", "inconsistent"]
    assert list(table["reading"]) == [
        "one patient not evaluable (37 of 38)",
        "one patient not evaluable (10 of 11)",
    ]
    assert finding_summary(table).empty  # readings are not counted as findings
