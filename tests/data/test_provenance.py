"""Every number in data/ is traceable to its source document, as printed.

The source texts are in the repository (``data/sources/``, licences in its README), so these
tests run on a fresh clone. The one text whose licence is unknown (the conference abstract of
``realworld2025``) is not there: it is read from ``../shared/seeds/`` beside the repository
where that folder exists, and its checks skip, saying so, where it does not.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from blinarepro.data import load
from blinarepro.validate import SOURCE_DIRS, source_path

ROOT = Path(__file__).resolve().parents[2]
IN_REPOSITORY = ROOT / "data" / "sources"
# the documents whose text the repository holds (data/sources/README.md says why not the fifth)
SHIPPED = ("xu2025", "wang2025", "registration", "lu2024")
STUDIES = ("xu2025", "wang2025", "registration", "lu2024", "realworld2025")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def data():
    return load(ROOT / "data")


def _source(data, study_id: str) -> Path:
    file = data.studies.set_index("study_id").loc[study_id, "source_file"]
    path = source_path(file)
    if path is None:
        pytest.skip(f"{study_id}: {file} is in none of {', '.join(map(str, SOURCE_DIRS))}")
    return path


def test_the_licensed_sources_are_in_the_repository(data):
    files = data.studies.set_index("study_id")["source_file"]
    for study_id in SHIPPED:
        assert (IN_REPOSITORY / files[study_id]).is_file(), study_id
    # the conference abstract prints no licence: it must not be committed
    assert not (IN_REPOSITORY / files["realworld2025"]).exists()
    readme = (IN_REPOSITORY / "README.md").read_text(encoding="utf-8")
    for file in files:
        assert f"`{file}`" in readme, f"{file} has no licence line in data/sources/README.md"


@pytest.mark.parametrize("study_id", STUDIES)
def test_source_files_match_their_recorded_hash(data, study_id):
    path = _source(data, study_id)
    recorded = data.studies.set_index("study_id").loc[study_id, "source_sha256"]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == recorded, f"{path} changed"


@pytest.mark.parametrize("study_id", STUDIES)
def test_every_reported_text_is_verbatim_in_its_source(data, study_id):
    text = _flat(_source(data, study_id).read_text(encoding="utf-8"))
    rows = data.results[data.results.study_id == study_id]
    for row in rows.itertuples():
        assert _flat(row.reported) in text, f"{row.location}: {row.reported!r} not in source"
    if study_id == "registration":
        for row in data.endpoints.itertuples():
            assert _flat(row.definition) in text, f"{row.location}: {row.definition!r}"


def test_location_names_the_studys_own_document(data):
    files = dict(zip(data.studies["study_id"], data.studies["source_file"], strict=True))
    for row in data.results.itertuples():
        assert row.location.startswith(files[row.study_id] + ":"), row.result_id


@pytest.mark.parametrize("study_id", ["xu2025", "wang2025", "lu2024", "realworld2025"])
def test_every_percentage_in_the_abstracts_is_recorded(data, study_id):
    """A percentage printed in a results document appears in some row's reported text.

    Guards exhaustiveness: a printed percentage with no row is a transcription gap.
    Exclusions are listed with the reason (they are thresholds or CI levels, not results).
    """
    not_results = {"5%": "blast threshold '< 5%' (wang2025)", "95%": "CI level (wang2025)"}
    text = _source(data, study_id).read_text(encoding="utf-8")
    reported = " ".join(data.results.loc[data.results.study_id == study_id, "reported"])
    for pct in set(re.findall(r"\d+(?:\.\d+)?%", text)):
        if pct in not_results:
            continue
        assert pct in reported, f"{study_id}: printed {pct} has no row in results.csv"


def test_registration_endpoints_are_all_recorded(data):
    text = _flat(_source(data, "registration").read_text(encoding="utf-8"))
    # the record's outcomes: one block (ORR), then a block of items separated by '|'
    # (MRD | SAE | haematopoietic recovery | EFS | OS): 1 + (pipes + 1) endpoints
    for name in data.endpoints["name"]:
        assert name in text
    assert len(data.endpoints) == 1 + (text.count("|") + 1)


def test_sources_resolve_in_the_repository_first(data):
    """A text in data/sources/ is read from there, not from ../shared/seeds/."""
    file = data.studies.set_index("study_id").loc["xu2025", "source_file"]
    assert source_path(file) == IN_REPOSITORY / file


def test_sources_resolve_to_none_where_absent(tmp_path):
    assert source_path("000_a3eb4b7dca49bf67.txt", (tmp_path,)) is None
