"""Registration audit and benchmarks: texts verbatim, statuses closed, strata matched."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from blinarepro.appraisal.audit import AUDIT_COLUMNS, STATUSES, audit_counts, registration_audit
from blinarepro.appraisal.benchmarks import OUTCOME_FAMILIES, benchmarks_for
from blinarepro.data import load

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
REGISTRATION, LU2024 = "002_28cb5aceeb0ed3d5.txt", "003_67000b407d64d34d.txt"
needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"source documents not found at {SEEDS}"
)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def data():
    return load(ROOT / "data")


@needs_seeds
def test_audit_texts_are_verbatim_on_their_side(data):
    reg = _flat((SEEDS / REGISTRATION).read_text(encoding="utf-8"))
    lu = _flat((SEEDS / LU2024).read_text(encoding="utf-8"))
    for r in data.registration_audit.itertuples():
        if r.registered:
            assert _flat(r.registered) in reg, r.item
        if r.published:
            assert r.location.startswith(LU2024 + ":"), r.item
            assert _flat(r.published) in lu, r.item
        if r.kind != "population":  # the population row quotes both sides either way
            assert bool(r.published) == (r.status != "not_reported"), r.item


@needs_seeds
def test_plain_language_claims_are_verbatim(data):
    files = dict(zip(data.studies["study_id"], data.studies["source_file"], strict=True))
    for r in data.plain_language.itertuples():
        text = _flat((SEEDS / files[r.study_id]).read_text(encoding="utf-8"))
        assert r.location.startswith(files[r.study_id] + ":")
        assert _flat(r.claim) in text, r.study_id


def test_every_registered_endpoint_is_audited_once(data):
    audit = registration_audit(data)
    assert list(audit.columns) == list(AUDIT_COLUMNS)
    registered = audit[audit.role != ""]
    assert list(registered.endpoint) == list(data.endpoints["name"])  # in the record's order
    assert set(audit.status) <= set(STATUSES)
    assert not audit.isna().any().any()


def test_the_audit_finds_what_the_issue_names(data):
    audit = registration_audit(data).set_index("endpoint")
    efs = audit.loc["Event-free survival (EFS)"]
    assert efs.status == "changed" and "progression-free" in efs.published
    assert "change in treatment regimen" in efs.registered  # the registered event set
    assert audit.loc["Overall response rate (ORR)", "status"] == "reported"
    assert audit.loc["Time of hematopoietic recovery", "status"] == "not_reported"
    assert audit.loc["Population", "status"] == "not_reported"
    assert "non-elderly" in audit.loc["Population", "registered"]
    assert (audit.status == "added").sum() == 2
    assert audit_counts(registration_audit(data)).to_dict() == {
        "reported": 3, "changed": 2, "not_reported": 2, "added": 2,
    }  # fmt: skip


def test_audit_rejects_an_unaudited_endpoint(data):
    import dataclasses

    short = dataclasses.replace(
        data, registration_audit=data.registration_audit[data.registration_audit.item != "os"]
    )
    with pytest.raises(ValueError, match=r"registered endpoints \['os'\] have no row"):
        registration_audit(short)


def test_benchmarks_cover_the_four_pivotal_trials_and_print_their_value(data):
    b = data.benchmarks
    assert set(b.trial) == {"TOWER", "MT103-211", "E1910", "D-ALBA"}
    for r in b.itertuples():
        assert r.value in re.findall(r"\d+(?:\.\d+)?", r.reported), (r.trial, r.outcome)
        for bound in (r.lower, r.upper):
            if bound:
                assert bound in r.reported


def test_benchmarks_for_a_stratum_match_it_and_state_the_difference(data):
    rr = benchmarks_for(data.benchmarks, "remission", "setting=relapsed_refractory")
    assert set(rr.Trial) == {"TOWER", "MT103-211"}
    assert rr["How it differs"].str.startswith("relapsed/refractory, Ph-negative").all()
    assert (rr["How it differs"].str.contains("narrower than CRc")).sum() == 3  # CR, CR/CRh
    ph_pos = benchmarks_for(data.benchmarks, "remission", "ph=positive")
    assert list(ph_pos.Trial) == ["D-ALBA"]
    os12 = benchmarks_for(data.benchmarks, "os_12m")
    assert set(os12.Trial) == {"TOWER", "E1910", "D-ALBA"}
    assert os12["How it differs"].str.contains("not 12|median").all()
    none = benchmarks_for(data.benchmarks, "crs_grade3plus")
    assert none.empty and list(none.columns)[0] == "Trial"
    assert not rr.isna().any().any()


def test_benchmarks_for_rejects_unknown_strata(data):
    with pytest.raises(ValueError, match="outcome must be one of"):
        benchmarks_for(data.benchmarks, "survival")
    with pytest.raises(ValueError, match="subgroup key must be one of"):
        benchmarks_for(data.benchmarks, "remission", "age=old")
    assert set(OUTCOME_FAMILIES) == {"remission", "mrd_negative", "crs_grade3plus", "os_12m"}


def test_benchmarks_for_a_synthesis_stratum(data):
    # wang2025's stratum: relapsed/refractory, Ph status not reported, CR; matches the Ph-
    # R/R trials (TOWER, MT103-211), each difference stated against CR
    rr = benchmarks_for(data.benchmarks, "remission", "relapsed_refractory|not_reported|cr")
    assert sorted(rr.Trial) == ["MT103-211", "MT103-211", "TOWER", "TOWER"]
    assert rr["How it differs"].str.contains("cohorts' Ph status is not reported").all()
    assert rr["How it differs"].str.contains("broader than CR").sum() == 2  # CR/CRh, CR/CRh/CRi
    assert not rr["How it differs"].str.contains("narrower").any()
    ph_pos = benchmarks_for(data.benchmarks, "remission", "frontline_induction|positive|crc")
    assert list(ph_pos.Trial) == ["D-ALBA"]
    assert ph_pos["How it differs"].iat[0].endswith("CR only: narrower than CRc")
    assert benchmarks_for(data.benchmarks, "remission", "frontline_induction|negative|crc").empty
    with pytest.raises(ValueError, match="is not 'setting\\|ph_status\\|endpoint'"):
        benchmarks_for(data.benchmarks, "remission", "frontline_induction|crc")


def test_benchmarks_beside_the_primary_pool_of_their_stratum(data):
    from blinarepro.appraisal import benchmarks_beside

    nan = float("nan")
    pooled = pd.DataFrame(
        [
            ("remission", "frontline_induction|positive|crc", "Ph+ frontline, CRc", True, 2, 22,
             1.0, nan, nan, "not estimable: every cohort is at the boundary (0% or 100%)"),
            ("remission", "frontline_induction|negative|crc", "Ph- frontline, CRc", True, 1, 35,
             33 / 35, 0.798, 0.986, "one cohort"),
            ("remission", "all", "all strata", False, 4, 90, 0.9, 0.8, 0.95, "estimable"),
        ],
        columns=["outcome", "stratum", "stratum_label", "primary", "k", "n", "estimate",
                 "lower", "upper", "estimable"],
    )  # fmt: skip
    out = benchmarks_beside(pooled, data.benchmarks, {"remission": "Remission"})
    assert list(out.columns[:4]) == ["Outcome", "Stratum", "This synthesis", "Trial"]
    assert list(out.Trial) == ["D-ALBA"]  # no trial for Ph- frontline; across strata never
    assert out["This synthesis"].iat[0] == (
        "100.0% (not estimable: every cohort is at the boundary (0% or 100%)); "
        "2 cohorts, 22 patients"
    )
    assert not out.isna().any().any()
