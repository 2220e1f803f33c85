"""Risk of bias as data: verbatim support, closed vocabularies per tool, the overall rules.

The support quotes are checked against the source documents in ``../shared/seeds/`` like
``reported`` in ``results.csv`` (tests/data/test_provenance.py); those tests skip where the
folder is absent.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from blinarepro.appraisal.risk_of_bias import (
    jbi_overall,
    risk_of_bias_matrix,
    risk_of_bias_table,
    robins_overall,
)
from blinarepro.data import DataValidationError, load

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
ROBINS_DOMAINS = {
    "confounding", "selection", "classification", "deviations", "missing_data",
    "measurement", "reported_result", "overall",
}  # fmt: skip
JBI_DOMAINS = {f"jbi_q{i}" for i in range(1, 11)} | {"overall"}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def data():
    return load(ROOT / "data")


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"source documents not found at {SEEDS}")
def test_every_support_is_verbatim_in_the_studys_own_document(data):
    files = dict(zip(data.studies["study_id"], data.studies["source_file"], strict=True))
    sources = {p.name: _flat(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")}
    quoted = 0
    for row in data.risk_of_bias.itertuples():
        assert row.location.startswith(files[row.study_id] + ":"), (row.study_id, row.domain)
        if row.support:
            quoted += 1
            assert _flat(row.support) in sources[files[row.study_id]], (row.study_id, row.domain)
    assert quoted >= 25  # most judgements rest on a quote; the silent ones say so


def test_each_rated_study_has_every_domain_of_its_tool_once(data):
    rob = data.risk_of_bias
    for study, rows in rob.groupby("study_id"):
        tools = set(rows["tool"])
        assert len(tools) == 1, study
        expected = ROBINS_DOMAINS if tools == {"ROBINS-I"} else JBI_DOMAINS
        assert set(rows["domain"]) == expected and len(rows) == len(expected), study


def test_tools_match_designs_and_registration_is_not_rated(data):
    tools = data.risk_of_bias.drop_duplicates("study_id").set_index("study_id")["tool"]
    assert tools.to_dict() == {
        "xu2025": "ROBINS-I",  # the one non-randomised comparison
        "wang2025": "JBI case series",
        "lu2024": "JBI case series",  # single-arm phase 2
        "realworld2025": "JBI case series",
    }
    assert "registration" not in set(data.risk_of_bias["study_id"])  # no outcomes to appraise
    with pytest.raises(KeyError, match="registration record reports no outcomes"):
        risk_of_bias_table(data, "registration")


def test_overall_of_robins_i_is_its_most_severe_domain(data):
    rob = data.risk_of_bias[data.risk_of_bias.tool == "ROBINS-I"]
    for study, rows in rob.groupby("study_id"):
        domains = rows[rows.domain != "overall"]["judgement"]
        overall = rows.loc[rows.domain == "overall", "judgement"].iat[0]
        assert overall == robins_overall(domains), study


def test_overall_of_jbi_follows_the_stated_rule(data):
    rob = data.risk_of_bias[data.risk_of_bias.tool == "JBI case series"]
    for study, rows in rob.groupby("study_id"):
        answers = dict(zip(rows.domain, rows.judgement, strict=True))
        assert answers.pop("overall") == jbi_overall(answers), study


def test_robins_overall_rule():
    # Sterne et al., BMJ 2016;355:i4919, Table 3
    assert robins_overall(["low", "low"]) == "low"
    assert robins_overall(["low", "moderate"]) == "moderate"
    assert robins_overall(["moderate", "serious", "no information"]) == "serious"
    assert robins_overall(["serious", "critical"]) == "critical"
    assert robins_overall(["low", "no information"]) == "no information"
    with pytest.raises(ValueError, match="ROBINS-I judgements"):
        robins_overall(["yes"])


def test_jbi_overall_rule():
    yes = {f"jbi_q{i}": "yes" for i in range(1, 11)}
    assert jbi_overall(yes) == "low"
    assert jbi_overall(yes | {"jbi_q6": "no"}) == "low"  # a reporting item, not a bias item
    assert jbi_overall(yes | {"jbi_q4": "unclear"}) == "moderate"
    assert jbi_overall(yes | {"jbi_q2": "no information"}) == "moderate"
    assert jbi_overall(yes | {"jbi_q10": "no"}) == "serious"


def test_display_tables_have_human_labels_and_no_missing_values(data):
    for study in ("xu2025", "wang2025", "lu2024", "realworld2025"):
        t = risk_of_bias_table(data, study)
        assert not t.isna().any().any()
        assert not t["Domain"].str.contains("_").any()  # no internal ids
        assert set(t["Judgement"]) <= {
            "Low", "Moderate", "Serious", "Critical", "Yes", "No", "Unclear",
            "Not applicable", "No information",
        }  # fmt: skip
    m = risk_of_bias_matrix(data)
    assert not m.isna().any().any() and len(m.columns) == 5 and m["Domain"].iat[-1] == "Overall"


# --------------------------------------------------------------------- the loader


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "data"
    shutil.copytree(ROOT / "data", dest)
    return dest


def _error(path: Path) -> DataValidationError:
    with pytest.raises(DataValidationError) as info:
        load(path)
    return info.value


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_loader_rejects_a_judgement_of_the_other_tool(data_copy):
    _edit(data_copy / "risk_of_bias.csv", "xu2025,ROBINS-I,confounding,serious",
          "xu2025,ROBINS-I,confounding,yes")  # fmt: skip
    issue = _error(data_copy).issues[0]
    assert (issue.file, issue.line, issue.column, issue.rule) == (
        "risk_of_bias.csv", 2, "judgement", "judgement-of-tool",
    )  # fmt: skip
    assert issue.row_id == "xu2025, confounding"


def test_loader_rejects_a_domain_of_the_other_tool(data_copy):
    _edit(data_copy / "risk_of_bias.csv", "wang2025,JBI case series,jbi_q1,",
          "wang2025,JBI case series,confounding,")  # fmt: skip
    issue = _error(data_copy).issues[0]
    assert (issue.column, issue.rule) == ("domain", "domain-of-tool")


def test_loader_rejects_support_beside_no_information(data_copy):
    _edit(data_copy / "risk_of_bias.csv", 'xu2025,ROBINS-I,deviations,no information,,',
          'xu2025,ROBINS-I,deviations,no information,some quote,')  # fmt: skip
    issue = _error(data_copy).issues[0]
    assert (issue.column, issue.rule) == ("support", "support-iff-information")


def test_loader_rejects_a_judgement_outside_every_vocabulary(data_copy):
    _edit(data_copy / "risk_of_bias.csv", "xu2025,ROBINS-I,confounding,serious",
          "xu2025,ROBINS-I,confounding,high")  # fmt: skip
    issue = _error(data_copy).issues[0]
    assert (issue.file, issue.column, issue.rule) == (
        "risk_of_bias.csv",
        "judgement",
        "constraint-error",
    )
