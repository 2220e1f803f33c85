"""Every number in data/ is traceable to its source document, as printed.

These tests read the source documents in ``../shared/seeds/`` (beside the repository);
they skip, saying so, where that folder is absent.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from blinarepro.data import load

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"source documents not found at {SEEDS}")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def data():
    return load(ROOT / "data")


def test_source_files_match_their_recorded_hash(data):
    for row in data.studies.itertuples():
        digest = hashlib.sha256((SEEDS / row.source_file).read_bytes()).hexdigest()
        assert digest == row.source_sha256, f"{row.source_file} changed since transcription"


def test_every_reported_text_is_verbatim_in_its_source(data):
    sources = {p.name: _flat(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")}
    for table in (data.results, data.endpoints):
        for row in table.itertuples():
            source_file = row.location.split(":", 1)[0]
            text = row.reported if hasattr(row, "reported") else row.definition
            assert _flat(text) in sources[source_file], f"{row.location}: {text!r} not in source"


def test_location_names_the_studys_own_document(data):
    files = dict(zip(data.studies["study_id"], data.studies["source_file"], strict=True))
    for row in data.results.itertuples():
        assert row.location.startswith(files[row.study_id] + ":"), row.result_id


def test_every_percentage_in_the_abstracts_is_recorded(data):
    """A percentage printed in a results document appears in some row's reported text.

    Guards exhaustiveness: a printed percentage with no row is a transcription gap.
    Exclusions are listed with the reason (they are thresholds or CI levels, not results).
    """
    not_results = {"5%": "blast threshold '< 5%' (wang2025)", "95%": "CI level (wang2025)"}
    for row in data.studies.itertuples():
        text = (SEEDS / row.source_file).read_text(encoding="utf-8")
        reported = " ".join(data.results.loc[data.results.study_id == row.study_id, "reported"])
        for pct in set(re.findall(r"\d+(?:\.\d+)?%", text)):
            if pct in not_results:
                continue
            assert pct in reported, f"{row.study_id}: printed {pct} has no row in results.csv"


def test_registration_endpoints_are_all_recorded(data):
    text = _flat((SEEDS / "002_28cb5aceeb0ed3d5.txt").read_text(encoding="utf-8"))
    # the record's outcomes: one block (ORR), then a block of items separated by '|'
    # (MRD | SAE | haematopoietic recovery | EFS | OS): 1 + (pipes + 1) endpoints
    for name in data.endpoints["name"]:
        assert name in text
    assert len(data.endpoints) == 1 + (text.count("|") + 1)
