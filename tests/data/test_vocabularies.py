"""Every closed vocabulary of the data package defines each of its terms (issue #17: the
vocabularies grow where real documents need them, each term defined)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DESCRIPTOR = Path(__file__).resolve().parents[2] / "data" / "datapackage.json"
FIELDS = [
    (res["name"], field)
    for res in json.loads(DESCRIPTOR.read_text(encoding="utf-8"))["resources"]
    for field in res["schema"]["fields"]
    if "vocabulary" in field
]


@pytest.mark.parametrize("resource, field", FIELDS, ids=[f"{r}.{f['name']}" for r, f in FIELDS])
def test_each_term_is_defined_and_each_definition_is_a_term(resource, field):
    terms = set(field["constraints"]["enum"]) - {""}
    defined = set(field["vocabulary"])
    assert terms - defined == set(), f"{resource}.{field['name']}: terms without a definition"
    assert defined - terms == set(), f"{resource}.{field['name']}: definitions of no term"
    assert all(text.strip() for text in field["vocabulary"].values())


def test_the_outcome_vocabulary_has_the_field_s_response_and_safety_terms():
    results = next(f for r, f in FIELDS if r == "results" and f["name"] == "outcome")
    for term in ("cr", "cri", "crh", "cr_cri", "cr_crh", "crc", "pfs", "rfs", "efs",
                 "neurological_events", "icans", "crs", "death"):  # fmt: skip
        assert term in results["vocabulary"], term


def test_the_loader_reads_the_same_vocabularies():
    from blinarepro.data import vocabularies

    words = vocabularies(DESCRIPTOR.parent)
    results = next(f for r, f in FIELDS if r == "results" and f["name"] == "outcome")
    assert words["outcome"]["crh"] == results["vocabulary"]["crh"]
    assert set(words) == {f["name"] for _, f in FIELDS}


def test_a_term_defined_in_two_tables_reads_as_the_first_unless_one_is_preferred():
    from blinarepro.datapackage import vocabularies

    # data/datapackage.json: results.outcome (before synthesis.outcome) and synthesis.outcome
    # define mrd_negative differently
    results = next(f for r, f in FIELDS if r == "results" and f["name"] == "outcome")
    synthesis = next(f for r, f in FIELDS if r == "synthesis" and f["name"] == "outcome")
    first = vocabularies(DESCRIPTOR.parent)["outcome"]["mrd_negative"]
    preferred = vocabularies(DESCRIPTOR.parent, prefer="synthesis")["outcome"]["mrd_negative"]
    assert first == results["vocabulary"]["mrd_negative"]
    assert preferred == synthesis["vocabulary"]["mrd_negative"] != first
    with pytest.raises(ValueError, match="prefer='synthesis_table': no such table"):
        vocabularies(DESCRIPTOR.parent, prefer="synthesis_table")


def test_a_study_id_with_an_underscore_can_name_its_rows():
    # studies.study_id allows "_" ([a-z][a-z0-9_]*); every id built on it must allow it too
    # (a dry run of a new abstract, 2026-12-05, found result ids that did not)
    import re

    descriptor = json.loads(DESCRIPTOR.read_text(encoding="utf-8"))
    ids = {"result_id": "gimema_lal2317-01", "relation_id": "gimema_lal2317-r01",
           "related": "gimema_lal2317-02 gimema_lal2317-03:events",
           "claim_id": "gimema_lal2317-01:percent"}  # fmt: skip
    checked = 0
    for res in descriptor["resources"]:
        for field in res["schema"]["fields"]:
            pattern = field.get("constraints", {}).get("pattern")
            if pattern and field["name"] in ids and "-" in pattern:
                assert re.fullmatch(pattern, ids[field["name"]]), (res["name"], field["name"])
                checked += 1
    assert checked >= 4
