"""The restatement check: a quantity a document prints twice must have one value that prints as
both (a dry run of a real abstract, GIMEMA LAL2317, Blood 2025: its key points give 3-year
survival 93% and 65% where its abstract gives 91% and 59%). Reference values: exact
arithmetic on the printed precision (a whole percent stands for +/- 0.5)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from blinarepro.claims import check_relations, claim_restated, claims_for, evaluate
from blinarepro.data import load
from tests.test_claims import _row

ROOT = Path(__file__).resolve().parents[2]


def _check(*printed: tuple[str, str]):
    rows = [_row(f"g-{i:02d}", "percent", v, qualifier=q) for i, (v, q) in enumerate(printed)]
    others = [f"g-{i:02d}" for i in range(1, len(printed))]
    return evaluate([claim_restated("g-00", others)], pd.DataFrame(rows)).iloc[0]


@pytest.mark.parametrize(
    ("printed", "verdict", "recomputed"),
    [
        ((("93", ""), ("93", "")), "reproduced", "92.5 to 93.5"),
        ((("93", ""), ("93.0", "")), "reproduced", "92.95 to 93.05"),
        ((("93", ""), ("92.6", "")), "reproduced", "92.55 to 92.65"),
        # the ends meet only across rules: 92.5 prints as 93 half up and as 92 half down, and
        # one document rounds one way
        ((("93", ""), ("92", "")), "inconsistent", "no common value"),
        ((("93", ""), ("91", "")), "inconsistent", "no common value"),
        # a bound and a number: "<0.001" (the abstract) and "0.0004" (the results)
        ((("0.001", "<"), ("0.0004", "")), "reproduced", "0.00035 to 0.00045"),
        ((("0.001", "<"), ("0.001", "")), "reproduced", "0.0005 to below 0.001"),
        ((("0.001", "<"), ("0.002", "")), "inconsistent", "no common value"),
        ((("0.001", "<"), ("0.01", "<")), "reproduced", "below 0.001"),
        ((("5", ">="), ("5", "<")), "inconsistent", "no common value"),
    ],
)
def test_one_value_must_print_as_every_restatement(printed, verdict, recomputed):
    row = _check(*printed)
    assert (row.verdict, row.recomputed) == (verdict, recomputed)
    assert row.finding == ("jointly_impossible" if verdict == "inconsistent" else "")


def test_a_statement_restated_is_compared_as_a_statement():
    assert _check(("NR", ""), ("not reached", "")).verdict == "reproduced"
    assert _check(("NR", ""), ("36.5", "")).verdict == "not_recomputable"


def test_the_factory_refuses_no_other_row_and_the_row_itself():
    with pytest.raises(ValueError, match="one or more result_ids"):
        claim_restated("g-00", [])
    with pytest.raises(ValueError, match="itself"):
        claim_restated("g-00", ["g-00"])


def _with_relation(tmp_path: Path, line: str):
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    with (folder / "relations.csv").open("a", encoding="utf-8") as out:
        out.write(line + "\n")
    return load(folder)


def test_a_restates_relation_builds_its_claim(tmp_path):
    # lu2024-03 and lu2024-06: MRD negativity 86% (30/35) and 89% (31/35) at two
    # assessments; declared here as one quantity only to exercise the relation
    data = _with_relation(
        tmp_path, "lu2024-r90,lu2024,restates,lu2024-03,lu2024-06,,,,,,,,,test only"
    )
    assert check_relations(data) == []
    (claim,) = [c for c in claims_for(data, "lu2024") if c.kind == "restated"]
    row = evaluate([claim], data.results).iloc[0]
    assert (row.verdict, row.finding) == ("inconsistent", "jointly_impossible")
    assert "'86' (lu2024-03) and '89' (lu2024-06)" in row.note


def test_the_rows_a_restatement_names_are_checked_not_context():
    from blinarepro.claims import context_rows

    data = load(ROOT / "data")
    claims = [*claims_for(data, "lu2024"), claim_restated("lu2024-12", ["lu2024-07"])]
    left = set(context_rows(data, "lu2024", claims=claims)["result_id"])
    assert "lu2024-07" not in left and "lu2024-12" not in left


@pytest.mark.parametrize(
    ("related", "message"),
    [
        ("lu2024-05", "a restates relation names rows of one statistic: lu2024-03 is percent, "
                      "lu2024-05 is count"),
        ("lu2024-03", "lu2024-03 cannot restate itself"),
    ],
)  # fmt: skip
def test_a_restates_relation_names_rows_of_one_statistic_other_than_itself(
    tmp_path, related, message
):
    data = _with_relation(tmp_path, f"lu2024-r90,lu2024,restates,lu2024-03,{related},,,,,,,,,x")
    assert any(p.endswith(f"column 'related': {message}") for p in check_relations(data))
