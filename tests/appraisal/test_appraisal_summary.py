"""Plain-language summaries come from the data (no number typed), and the glossary is complete."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from blinarepro.appraisal import (
    plain_summary,
    plain_summary_synthesis,
    registration_audit,
)
from blinarepro.chain.site import glossary_markdown
from blinarepro.claims import TABLE_COLUMNS
from blinarepro.data import load

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def data():
    return load(ROOT / "data")


def _claims(study: str, verdicts: list[str], outcomes: list[str]) -> pd.DataFrame:
    n = len(verdicts)
    return pd.DataFrame(
        {
            "study_id": [study] * n, "claim_id": [f"c{i}" for i in range(n)],
            "outcome": outcomes, "cohort": ["all"] * n, "statistic": ["percent"] * n,
            "reported": ["1"] * n, "recomputed": ["1"] * n, "method": [""] * n,
            "verdict": verdicts, "finding": [""] * n, "reading": [""] * n, "note": [""] * n,
            "result_id": [f"{study}-{i:02d}" for i in range(n)],
        }
    )[list(TABLE_COLUMNS)]  # fmt: skip


def test_three_sentences_built_from_the_verdicts(data):
    claims = _claims(
        "realworld2025",
        ["reproduced"] * 5 + ["inconsistent"] * 2 + ["discrepant", "not_recomputable"],
        ["crc"] * 5 + ["cmr", "mrd_negative", "efs", "os"],
    )
    text = plain_summary("realworld2025", claims, data)
    lines = text.split("\n")
    assert len(lines) == 3
    assert "“Our study suggests that a 14-day blinatumomab regimen" in lines[0]
    assert lines[1].startswith("Of 9 printed numbers checked, 5 agree with the document's")
    assert "only show that the printed value is possible" not in lines[1]  # all recomputed
    assert "2 cannot be true as printed (complete molecular response" in lines[2]
    assert "1 differs on recomputation (event-free survival)" in lines[2]
    assert "1 cannot be recomputed" in lines[2]
    assert "serious risk of bias (JBI case series)" in lines[2]
    # every number in the summary is a count of the claims table or printed in the data
    printed = set(
        re.findall(r"\d+", data.studies.set_index("study_id").loc["realworld2025", "population"])
    )
    assert set(re.findall(r"\d+", text)) <= {"9", "5", "2", "1", "14", "28", "4"} | printed


def test_a_value_only_shown_possible_is_not_called_recomputed(data):
    # a Kaplan-Meier rate (claim kind km) is "reproduced" when some curve on n patients gives
    # it: possible, not recomputed, and the summary says which share that is
    claims = _claims("lu2024", ["reproduced"] * 3, ["crc", "os", "pfs"])
    claims["claim_id"] = ["lu2024-02:percent", "lu2024-13:km", "lu2024-14:km"]
    claims["result_id"] = ["lu2024-02", "lu2024-13", "lu2024-14"]  # lu2024-02 prints 33 (94%)
    text = plain_summary("lu2024", claims, data)
    assert "3 agree with the document's own figures" in text
    assert "For 2 of them (a survival rate, a mean, a percentage without its count)" in text
    # a percentage whose count is not printed (lu2024-08: 5/35 implied) is only possible too
    claims["claim_id"] = ["lu2024-08:percent", "lu2024-13:km", "lu2024-14:km"]
    claims["result_id"] = ["lu2024-08", "lu2024-13", "lu2024-14"]
    assert "For 3 of them" in plain_summary("lu2024", claims, data)


def test_a_document_with_nothing_false_says_so(data):
    text = plain_summary("lu2024", _claims("lu2024", ["reproduced"] * 3, ["crc"] * 3), data)
    assert "No printed number was found false; with a moderate risk of bias" in text


def test_the_registration_summary_comes_from_the_audit(data):
    text = plain_summary("registration", _claims("registration", [], []), data,
                         audit=registration_audit(data))  # fmt: skip
    assert "registers 6 endpoints and reports no results" in text
    assert "3 of them are reported as registered" in text
    assert "Event-free survival (EFS)" in text and "population restriction" in text
    with pytest.raises(ValueError, match="needs the registration audit"):
        plain_summary("registration", _claims("registration", [], []), data)


def test_unknown_study_is_named(data):
    with pytest.raises(KeyError, match="unknown study_id 'nope'"):
        plain_summary("nope", _claims("nope", [], []), data)


def test_glossary_explains_each_term_of_art_once(data):
    g = data.glossary
    assert (
        g["term"].is_unique and not g.isna().any().any() and (g["definition"].str.len() > 40).all()
    )
    for term in ("GRIM", "GRIMMER", "Boschloo's test", "Clopper-Pearson interval",
                 "Wilson interval", "Witness curve", "Kaplan-Meier feasibility", "Hartung-Knapp",
                 "Prediction interval", "GLMM", "ROBINS-I", "GRADE", "MRD", "CRc",
                 "Optimal information size", "JBI checklist for case series"):  # fmt: skip
        assert term in set(g["term"]), term


def test_glossary_page_has_one_paragraph_per_term_sorted(data):
    text = glossary_markdown(data.data_dir)
    assert text.count("\n\n") == len(data.glossary) - 1
    assert "**GRIM**: Granularity-related inconsistency of means" in text
    terms = [p.split("**")[1] for p in text.split("\n\n")]
    assert sorted(terms) == sorted(data.glossary["term"])  # every term, once
    assert [t.lower() for t in terms] == sorted(t.lower() for t in terms)


def test_synthesis_summary_from_the_grade_table():
    # grade_pools output in its shape: one row per (outcome, stratum), most strata one cohort
    grades = pd.DataFrame(
        {
            "outcome": ["remission", "remission", "os_12m"],
            "stratum": ["frontline_induction|negative|crc", "relapsed_refractory|not_reported|cr",
                        "relapsed_refractory|not_reported|os_12m"],
            "k": [2, 1, 1], "estimate": [0.936, 0.80, 0.876],
            "certainty": ["very low", "very low", "very low"],
            "risk_of_bias": ["serious", "not serious", "not serious"],
            "inconsistency": ["very serious", "not assessable", "not assessable"],
            "indirectness": ["serious", "serious", "not serious"],
            "imprecision": ["not serious", "not serious", "serious"],
        }
    )  # fmt: skip
    text = plain_summary_synthesis(grades, {"remission": "Remission", "os_12m": "OS"})
    lines = text.split("\n")
    assert lines[0].startswith(
        "The comparable cohorts (one setting, Ph status and endpoint definition) form 3 strata, "
        "2 of them a single cohort: remission 80% to 94% across 2 strata and OS 88%;"
    )
    assert lines[1].startswith("The certainty of every stratum's estimate is very low (GRADE)")
    # "not assessable" is not a downgrade: inconsistency counts once, not three times
    assert lines[2].startswith("The reasons, most frequent first: indirectness")
    assert "(2 of 3)" in lines[2] and "risk of bias (1 of 3)" in lines[2]
    assert "inconsistency (1 of 3)" in lines[2]
    assert "inconsistency could not be assessed in 2 of 3" in lines[2]
    with pytest.raises(ValueError, match="no rated pool"):
        plain_summary_synthesis(grades.iloc[:0])
