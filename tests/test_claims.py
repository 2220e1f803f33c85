"""The claims engine: verdict table, factories, errors.

The results rows are built by hand (strings, as ``results.csv`` stores them), copying rows of
the studies in ``data/`` where a real case exists. Reference verdicts follow from exact
arithmetic stated beside each case.
"""

import pandas as pd
import pytest

from blinarepro.claims import (
    CLAIM_KINDS,
    TABLE_COLUMNS,
    VERDICTS,
    Claim,
    ClaimOutcome,
    claim_ci,
    claim_grim,
    claim_grimmer,
    claim_km,
    claim_mean_range,
    claim_not_recomputable,
    claim_percent,
    claim_pvalue,
    claim_recompute,
    claim_sum,
    evaluate,
    verdict_summary,
)

COLUMNS = [
    "result_id",
    "study_id",
    "cohort",
    "comparator",
    "outcome",
    "grade",
    "statistic",
    "events",
    "n",
    "n_source",
    "value",
    "unit",
    "sd",
    "se",
    "lower",
    "upper",
    "interval_type",
    "ci_level",
    "timepoint_months",
    "test",
    "reported",
    "location",
    "note",
]


def _row(result_id, statistic, value, **fields):
    row = dict.fromkeys(COLUMNS, "")
    row.update(
        result_id=result_id,
        study_id=result_id.split("-")[0],
        cohort=fields.pop("cohort", "all"),
        outcome=fields.pop("outcome", "x"),
        statistic=statistic,
        value=value,
    )
    row.update(fields)
    return row


@pytest.fixture
def results():
    rows = [
        _row("xu-n1", "n", "11", unit="patients", cohort="blin"),
        _row("xu-n2", "n", "13", unit="patients", cohort="conv"),
        _row("xu-mrd1", "percent", "81.8", events="9", n="11", n_source="printed", unit="percent"),
        _row("xu-mrd2", "percent", "46.2", events="6", n="13", n_source="printed", unit="percent"),
        _row("xu-bleed", "percent", "53.8", n="13", n_source="implied", unit="percent"),
        _row("xu-bad", "percent", "81.8", events="8", n="11", n_source="printed", unit="percent"),
        _row("xu-plt", "mean_sd", "1.61", sd="1.63", unit="units", cohort="blin"),
        _row("xu-rbc", "mean_sd", "6.15", sd="4.85", unit="units", cohort="conv"),
        _row("xu-neut1", "mean_sd", "2.8", sd="2.4", unit="days", cohort="blin"),
        _row("xu-neut2", "mean_sd", "6.2", sd="4.4", unit="days", cohort="conv"),
        _row("xu-dfs", "km_rate", "90.9", n="11", n_source="implied", unit="percent"),
        _row("xu-p", "p_value", "0.023", reported="(P = 0.023)"),
        _row("xu-p2", "p_value", "0.001", reported="(P < 0.001)"),
        _row(
            "wang-cr",
            "percent",
            "80.0",
            events="12",
            n="15",
            n_source="printed",
            unit="percent",
            lower="51.9",
            upper="95.7",
            interval_type="ci",
            ci_level="0.95",
        ),
        _row("wang-os", "km_rate", "64.2", n="19", se="12.1", unit="percent"),
        _row("wang-crs", "count", "11", events="11", n="19", unit="patients"),
        _row("wang-crs12", "count", "10", events="10", n="19", unit="patients"),
        _row("wang-crs3", "count", "1", events="1", n="19", unit="patients"),
        _row("rw-all", "n", "49", unit="patients"),
        _row("rw-pos", "n", "11", unit="patients"),
        _row("rw-neg", "n", "38", unit="patients"),
        _row("rw-cmr", "percent", "90.1", n="11", n_source="implied", unit="percent"),
        _row("rw-efs", "km_rate", "88.54", n="3", n_source="implied", unit="percent"),
        _row("rw-cyc", "mean_range", "2.4", lower="1", upper="8", unit="cycles"),
        _row("rw-p", "p_value", "0.56", reported="(p=0.56)"),
        _row("rw-nos", "percent", "62.5", unit="percent"),
    ]
    return pd.DataFrame(rows, columns=COLUMNS, dtype=str)


def _one(results, claim):
    table = evaluate([claim], results)
    assert list(table.columns) == list(TABLE_COLUMNS)
    return table.iloc[0]


def test_table_columns_exact_and_order_stable(results):
    claims = [claim_percent("xu-mrd2"), claim_percent("xu-mrd1"), claim_km("xu-dfs")]
    table = evaluate(claims, results)
    assert list(table.columns) == [
        "study_id",
        "claim_id",
        "outcome",
        "cohort",
        "statistic",
        "reported",
        "recomputed",
        "method",
        "verdict",
        "finding",
        "reading",
        "note",
        "result_id",
    ]
    assert list(table["claim_id"]) == ["xu-mrd2:percent", "xu-mrd1:percent", "xu-dfs:km"]
    pd.testing.assert_frame_equal(table, evaluate(claims, results))  # deterministic


def test_percent_reproduced(results):
    # 9/11 = 81.818...% -> 81.8
    row = _one(results, claim_percent("xu-mrd1"))
    assert (row.reported, row.recomputed, row.method, row.verdict) == (
        "81.8",
        "81.8",
        "9/11",
        "reproduced",
    )


def test_percent_without_events(results):
    # 7/13 = 53.846...% -> 53.8
    row = _one(results, claim_percent("xu-bleed"))
    assert (row.recomputed, row.method, row.verdict) == ("53.8", "7/13", "reproduced")
    assert "implied" in row.note


def test_percent_impossible_is_inconsistent(results):
    # 10/11 = 90.909...%: no k/11 prints as 90.1
    row = _one(results, claim_percent("rw-cmr"))
    assert row.verdict == "inconsistent"
    assert row.recomputed == "90.9"
    assert "64/71" in row.note


def test_percent_printed_events_disagree_is_discrepant(results):
    # 8/11 = 72.7%, but 9/11 would give 81.8
    row = _one(results, claim_percent("xu-bad"))
    assert (row.recomputed, row.verdict) == ("72.7", "discrepant")


def test_percent_n_from_other_row(results):
    row = _one(results, claim_percent("rw-nos", n="rw-neg"))  # n = 38: 62.5% impossible
    assert row.verdict == "inconsistent"
    assert "from rw-neg" in row.note
    row = _one(results, claim_percent("rw-nos", n=16))  # 10/16 = 62.5% exactly
    assert row.verdict == "reproduced"


def test_percent_without_n_is_not_recomputable(results):
    row = _one(results, claim_percent("rw-nos"))
    assert row.verdict == "not_recomputable"
    assert "n" in row.note


def test_ci_any_method(results):
    row = _one(results, claim_ci("wang-cr"))
    assert (row.reported, row.recomputed, row.method, row.verdict) == (
        "[51.9, 95.7]",
        "[51.9, 95.7]",
        "clopper-pearson",
        "reproduced",
    )


def test_ci_named_method_discrepant(results):
    # Wilson for 12/15 is 54.8-93.0 (R prop.test(12, 15, correct = FALSE))
    row = _one(results, claim_ci("wang-cr", "wilson"))
    assert (row.recomputed, row.verdict) == ("[54.8, 93.0]", "discrepant")
    assert "clopper-pearson" in row.note


def test_km_reproduced_and_se(results):
    row = _one(results, claim_km("xu-dfs"))
    assert (row.recomputed, row.verdict) == ("90.9", "reproduced")
    assert "(1-1/11)" in row.note
    row = _one(results, claim_km("wang-os"))
    assert row.reported == "64.2 (SE 12.1)"
    assert row.recomputed == "64.2 (SE 12.1)"
    assert "Greenwood" in row.method


def test_km_infeasible_is_inconsistent(results):
    # n = 3: the largest Kaplan-Meier value below 100% is 2/3
    row = _one(results, claim_km("rw-efs"))
    assert row.verdict == "inconsistent"


def test_grim_transfusion_units(results):
    # 17/11 = 1.545, 18/11 = 1.636: 1.61 is no mean of 11 whole units
    row = _one(results, claim_grim("xu-plt", n="xu-n1"))
    assert (row.recomputed, row.verdict) == ("1.55 or 1.64", "inconsistent")
    assert "integer" in row.note and "from xu-n1" in row.note


def test_grimmer(results):
    row = _one(results, claim_grimmer("xu-rbc", n=13))
    assert row.verdict == "reproduced"
    assert row.reported == "6.15 ± 4.85"
    assert "integer" in row.note


def test_grim_without_n(results):
    assert _one(results, claim_grim("xu-plt")).verdict == "not_recomputable"


def test_mean_range(results):
    assert _one(results, claim_mean_range("rw-cyc", n=28)).verdict == "reproduced"


def test_sum(results):
    assert _one(results, claim_sum("rw-all", ["rw-pos", "rw-neg"])).verdict == "reproduced"
    assert _one(results, claim_sum("wang-crs", ["wang-crs12", "wang-crs3"])).verdict == (
        "reproduced"
    )
    row = _one(results, claim_sum("rw-all", ["rw-pos"]))
    assert (row.recomputed, row.verdict) == ("11", "inconsistent")


def test_pvalue_fisher(results):
    # Fisher 9/11 vs 6/13: p = 0.1049266 (R 4.2.2: fisher.test(matrix(c(9, 6, 2, 7), 2))$p.value)
    row = _one(results, claim_pvalue("xu-p", "fisher", ["xu-mrd1", "xu-mrd2"]))
    assert (row.recomputed, row.method, row.verdict) == ("0.105", "fisher", "discrepant")
    assert "decision error" in row.note


def test_pvalue_bound_from_reported(results):
    # "P < 0.001" printed; value column holds 0.001
    row = _one(results, claim_pvalue("xu-p2", lambda a, b: 0.0004, ["xu-mrd1", "xu-mrd2"]))
    assert (row.reported, row.verdict) == ("<0.001", "reproduced")


def test_pvalue_welch_with_n_from_rows(results):
    # Welch t from 2.8 +/- 2.4 (n 11) vs 6.2 +/- 4.4 (n 13): p = 0.0269499 (R 4.2.2: the
    # Welch formula with pt(); t.test needs raw data)
    row = _one(
        results,
        claim_pvalue("rw-p", "welch", ["xu-neut1", "xu-neut2"], n=["xu-n1", "xu-n2"]),
    )
    assert (row.recomputed, row.verdict) == ("0.03", "discrepant")


def test_pvalue_missing_input_is_not_recomputable(results):
    row = _one(results, claim_pvalue("rw-p", "welch", ["xu-neut1", "xu-neut2"]))
    assert row.verdict == "not_recomputable"


def test_not_recomputable(results):
    row = _one(results, claim_not_recomputable("rw-p", "log-rank test needs patient-level data"))
    assert (row.reported, row.verdict) == ("0.56", "not_recomputable")
    assert row.note == "log-rank test needs patient-level data"


def test_not_recomputable_bound_is_shown_as_printed():
    # "(P < .001)" is stored as value 0.001, qualifier "<" (data/README.md); the claim shows
    # the bound, never the bare number
    rows = pd.DataFrame([_row("g-p", "p_value_paired", "0.001", qualifier="<")])
    row = _one(rows, claim_not_recomputable("g-p", "a paired test needs the discordant pairs"))
    assert (row.reported, row.verdict) == ("<0.001", "not_recomputable")


def test_recompute_callable(results):
    row = _one(
        results,
        claim_recompute("xu-mrd1", lambda row, table: 900 / 11, method="9/11 by hand"),
    )
    assert (row.recomputed, row.method, row.verdict) == ("81.8", "9/11 by hand", "reproduced")
    row = _one(results, claim_recompute("xu-mrd1", lambda row, table: 81.7, method="wrong"))
    assert row.verdict == "discrepant"


def test_custom_check(results):
    def check(row, table):
        return ClaimOutcome(row["value"], "x", "custom", "reproduced", "ok")

    row = _one(results, Claim("c1", "xu-mrd1", check, note="extra"))
    assert (row.claim_id, row.verdict, row.note) == ("c1", "reproduced", "ok; extra")


def test_custom_check_must_return_outcome(results):
    with pytest.raises(TypeError, match="ClaimOutcome"):
        evaluate([Claim("c1", "xu-mrd1", lambda row, table: "reproduced")], results)


def test_loader_index_form(results):
    table = evaluate([claim_percent("xu-mrd1")], results.set_index("result_id"))
    assert table.iloc[0].verdict == "reproduced"


def test_verdict_summary_fixed_order_zero_filled(results):
    claims = [claim_percent("xu-mrd1"), claim_percent("rw-cmr"), claim_km("rw-efs")]
    summary = verdict_summary(evaluate(claims, results))
    assert list(summary["verdict"]) == list(VERDICTS)
    assert list(summary["count"]) == [1, 0, 2, 0]


def test_verdict_summary_by_study(results):
    claims = [claim_percent("xu-mrd1"), claim_percent("rw-cmr"), claim_km("rw-efs")]
    summary = verdict_summary(evaluate(claims, results), by="study_id")
    assert list(summary.columns) == ["study_id", *VERDICTS, "total"]
    assert summary.set_index("study_id").loc["rw", "inconsistent"] == 2
    assert summary["total"].sum() == 3


def test_empty_claims(results):
    table = evaluate([], results)
    assert list(table.columns) == list(TABLE_COLUMNS) and len(table) == 0
    assert list(verdict_summary(table)["count"]) == [0, 0, 0, 0]


# ---------------------------------------------------------------------------- errors


def test_unknown_claim_kind():
    with pytest.raises(ValueError, match="check must be one of"):
        Claim("c", "xu-mrd1", "percentage")
    assert "percent" in CLAIM_KINDS


def test_unknown_param():
    with pytest.raises(ValueError, match="params of a 'percent' claim"):
        Claim("c", "xu-mrd1", "percent", {"method": "wilson"})


def test_empty_ids():
    with pytest.raises(ValueError, match="claim_id"):
        Claim("", "xu-mrd1", "percent")
    with pytest.raises(ValueError, match="result_id"):
        Claim("c", " ", "percent")


def test_unknown_result_id(results):
    with pytest.raises(ValueError, match="'nope'"):
        evaluate([claim_percent("nope")], results)


def test_duplicate_claim_id(results):
    with pytest.raises(ValueError, match="duplicate claim_id"):
        evaluate([claim_percent("xu-mrd1"), claim_percent("xu-mrd1")], results)


def test_statistic_mismatch(results):
    with pytest.raises(ValueError, match="statistic"):
        evaluate([claim_km("xu-mrd1")], results)


def test_duplicate_result_id(results):
    doubled = pd.concat([results, results.iloc[:1]])
    with pytest.raises(ValueError, match="duplicate result_id"):
        evaluate([claim_percent("xu-mrd1")], doubled)


def test_missing_columns(results):
    with pytest.raises(ValueError, match="statistic"):
        evaluate([claim_percent("xu-mrd1")], results.drop(columns=["statistic"]))


def test_unparsable_value_names_the_claim(results):
    broken = results.copy()
    broken.loc[broken["result_id"] == "xu-mrd1", "value"] = "NR"
    with pytest.raises(ValueError, match="xu-mrd1:percent"):
        evaluate([claim_percent("xu-mrd1")], broken)


def test_k_greater_than_n_in_data(results):
    broken = results.copy()
    broken.loc[broken["result_id"] == "xu-mrd1", "events"] = "12"
    with pytest.raises(ValueError, match="k must be <= n"):
        evaluate([claim_percent("xu-mrd1")], broken)


@pytest.mark.parametrize(
    ("factory", "exc", "match"),
    [
        (lambda: claim_ci("wang-cr", "exact"), ValueError, "method must be one of"),
        (lambda: claim_pvalue("xu-p", "t-test", ["a", "b"]), ValueError, "recompute must be"),
        (lambda: claim_pvalue("xu-p", "fisher", ["a"]), ValueError, "inputs"),
        (lambda: claim_pvalue("xu-p", "fisher", ["a", "b"], n=[1]), ValueError, "n must give"),
        (lambda: claim_sum("rw-all", []), ValueError, "parts"),
        (lambda: claim_sum("rw-all", ["a"], kind="exact"), ValueError, "kind must be"),
        (lambda: claim_percent("xu-mrd1", n=0), ValueError, "n must be >= 1"),
        (lambda: claim_grim("xu-plt", items=0), ValueError, "items"),
        (lambda: claim_not_recomputable("rw-p", ""), ValueError, "reason"),
        (lambda: claim_recompute("xu-mrd1", 3.0, method="x"), TypeError, "func"),
        (lambda: claim_km("xu-dfs", use_se="yes"), TypeError, "use_se"),
        (lambda: ClaimOutcome("1", "1", "m", "ok"), ValueError, "verdict must be one of"),
    ],
)
def test_factory_bad_input(factory, exc, match):
    with pytest.raises(exc, match=match):
        factory()


def test_evaluate_rejects_non_claims(results):
    with pytest.raises(TypeError, match="Claim"):
        evaluate(["xu-mrd1"], results)
