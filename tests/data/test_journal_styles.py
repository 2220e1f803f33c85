"""A sixth document written in journal styles loads by its rows and its checks run (issue #21).

The fixture ``tests/data/journal_styles/`` holds the rows of a *synthetic* study
(``style2026``, no real source) whose ``reported`` texts are printed the way AMA, Lancet, NEJM
and Blood abstracts print numbers: number words beyond twenty, the middle dot, "per cent",
en dashes, the Unicode minus, "<5%", ">99%", "P = NS", "P < .001", scientific notation with a
superscript exponent, a median whose CI is "22.0–NR", a hazard ratio with its CI, a
before/after p within one cohort and a p across three arms. The test appends those rows to a
copy of ``data/``: rows alone, no schema edit (study ids are keys of ``studies.csv``) and no
code changes.

Reference values of the recomputed numbers (R 4.2):
``binom.test(88, 113)$conf.int`` = 0.6909685281-0.8514176235 (Clopper-Pearson; printed
"69·1–85·1"); ``fisher.test(matrix(c(88, 25, 49, 67), 2))$p.value`` = 4.79974857e-08
(printed "4·8 × 10⁻⁸"); ``fisher.test(matrix(c(10, 103, 4, 36), 2))$p.value`` =
0.7600072931 (printed "P = NS").
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from blinarepro.claims import (
    claim_ci,
    claim_km,
    claim_not_recomputable,
    claim_percent,
    claim_pvalue,
    claim_sum,
    evaluate,
)
from blinarepro.data import load

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).resolve().parent / "journal_styles"
STUDY = "style2026"


def build_styled_data(dest: Path) -> Path:
    """A copy of ``data/`` with the fixture's rows appended: rows alone, the schema untouched."""
    shutil.copytree(ROOT / "data", dest)
    for name in ("studies", "cohorts", "results"):
        with open(FIXTURE / f"{name}.csv", newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        with open(dest / f"{name}.csv", newline="", encoding="utf-8") as fh:
            header = next(csv.reader(fh))
        assert rows[0] == header, f"fixture {name}.csv has another header than data/{name}.csv"
        with open(dest / f"{name}.csv", "a", newline="", encoding="utf-8") as fh:
            csv.writer(fh, lineterminator="\n").writerows(rows[1:])
    return dest


@pytest.fixture(scope="module")
def styled(tmp_path_factory) -> Path:
    return build_styled_data(tmp_path_factory.mktemp("styled") / "data")


def test_the_styled_document_loads_by_its_rows(styled: Path):
    data = load(styled)
    rows = data.study(STUDY).set_index("result_id")
    assert len(rows) == 21
    # what the grammar made of the printed forms, as stored and as floats
    assert rows.loc["style2026-06", "value_num"] == pytest.approx(4.8e-8)
    assert rows.loc["style2026-12", ["lower", "upper"]].tolist() == ["22.0", "NR"]
    assert rows.loc["style2026-13", "value"] == "NR"
    assert rows.loc["style2026-07", ["qualifier", "value"]].tolist() == ["<", "5"]
    assert rows.loc["style2026-18", "value_num"] == -0.4


def test_every_applicable_check_runs_on_it(styled: Path):
    results = load(styled).results
    claims = [
        claim_percent("style2026-03"),  # "Eighty-eight (78%) of 113"
        claim_percent("style2026-04"),  # "77·9%"
        claim_ci("style2026-04", "clopper-pearson"),  # "95% CI 69·1–85·1"
        claim_percent("style2026-05"),  # "42·2 per cent"
        claim_pvalue("style2026-06", "fisher", ["style2026-03", "style2026-05"]),
        claim_percent("style2026-07"),  # "<5%" of 40
        claim_percent("style2026-08"),  # ">99%" of 113
        claim_percent("style2026-09"),
        claim_percent("style2026-10"),
        claim_pvalue("style2026-11", "fisher", ["style2026-09", "style2026-10"]),  # "P = NS"
        claim_not_recomputable("style2026-12", "a median's CI needs patient-level data"),
        claim_not_recomputable("style2026-14", "a hazard ratio needs patient-level data"),
        claim_not_recomputable("style2026-15", "a paired test needs patient-level data"),
        # "Two hundred sixty-nine" = 113 + "One hundred sixteen" + "Forty"
        claim_sum("style2026-01", ["style2026-19", "style2026-02", "style2026-20"]),
        claim_km("style2026-21"),  # "59·8%" of 40
    ]
    table = evaluate(claims, results).set_index("claim_id")
    verdicts = table["verdict"].to_dict()
    assert verdicts == {
        "style2026-03:percent": "reproduced",
        "style2026-04:percent": "reproduced",
        "style2026-04:ci": "reproduced",
        "style2026-05:percent": "reproduced",
        "style2026-06:pvalue": "reproduced",
        "style2026-07:percent": "reproduced",
        "style2026-08:percent": "reproduced",
        "style2026-09:percent": "reproduced",
        "style2026-10:percent": "reproduced",
        "style2026-11:pvalue": "reproduced",
        "style2026-12:not_recomputable": "not_recomputable",
        "style2026-14:not_recomputable": "not_recomputable",
        "style2026-15:not_recomputable": "not_recomputable",
        "style2026-01:sum": "reproduced",
        "style2026-21:km": "reproduced",
    }
    # the qualified percentages are read as the intervals they stand for
    assert table.loc["style2026-07:percent", "method"] == "0/40 or 1/40"
    assert table.loc["style2026-08:percent", "method"] == "112/113 or 113/113"
    assert table.loc["style2026-07:percent", "reported"] == "<5"
    # 4.79974857e-08 (R fisher.test) prints as 4.8e-8 at the printed precision
    assert table.loc["style2026-06:pvalue", "recomputed"] == "0.000000048"
    assert table.loc["style2026-11:pvalue", "reported"] == "NS"
    assert "not significant" in table.loc["style2026-11:pvalue", "note"]
    assert table.loc["style2026-04:ci", "recomputed"] == "[69.1, 85.1]"
    # 59.8% of 40 is a Kaplan-Meier step: (1 - 15/40)(1 - 1/23) = 0.597826... (exact)
    assert table.loc["style2026-21:km", "recomputed"] == "59.8"


def test_a_ci_with_a_limit_not_reached_is_not_recomputable_and_says_why(styled: Path):
    results = load(styled).results.copy()
    at = results["result_id"] == "style2026-04"
    results.loc[at, "upper"] = "NE"
    (row,) = evaluate([claim_ci("style2026-04")], results).to_dict("records")
    assert row["verdict"] == "not_recomputable"
    assert "'NE' (not estimable)" in row["note"] and "not a number" in row["note"]


def test_a_wrong_percentage_in_journal_style_is_still_caught(styled: Path):
    # "77·9%" of 113 is reproduced; "79·9%" is no k/113 (79.65 or 80.53): inconsistent
    results = load(styled).results.copy()
    results.loc[results["result_id"] == "style2026-04", ["value", "events"]] = ["79.9", ""]
    (row,) = evaluate([claim_percent("style2026-04")], results).to_dict("records")
    assert row["verdict"] == "inconsistent"


def test_a_check_that_needs_a_value_meets_a_bound_as_not_recomputable(styled: Path):
    # "2-year OS >59.8%" cannot be tested by the Kaplan-Meier check as a printed value
    results = load(styled).results.copy()
    results.loc[results["result_id"] == "style2026-21", "qualifier"] = ">"
    (row,) = evaluate([claim_km("style2026-21")], results).to_dict("records")
    assert row["verdict"] == "not_recomputable"
    assert row["reported"] == ">59.8" and "printed as a bound" in row["note"]
