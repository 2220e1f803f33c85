"""The four documents' claims, declared in data, against their hand-written claim lists.

Reference: ``tests/claims/reference/<study>_claims_fae0c44.csv`` are the ``claim_id``,
``verdict`` and ``finding`` columns of ``reports/tables/<NN>_<study>_claims.csv`` as built at
commit fae0c44, when notebooks 01, 02, 04 and 05 still declared their claims in Python with
row numbers. ``claims_for`` (rows + ``data/relations.csv`` + cohorts) must make the same
claims with the same verdicts and findings; so must the generic notebook, built by the make
rule for a study whose dedicated notebook is gone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from blinarepro.claims import check_relations, claims_for, evaluate
from blinarepro.data import load

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = Path(__file__).parent / "reference"
STUDIES = ("xu2025", "wang2025", "lu2024", "realworld2025")
COLUMNS = ["claim_id", "verdict", "finding"]


def _reference(study_id: str) -> pd.DataFrame:
    path = REFERENCE / f"{study_id}_claims_fae0c44.csv"
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[COLUMNS].sort_values("claim_id").reset_index(drop=True)


@pytest.fixture(scope="module")
def data():
    return load(ROOT / "data")


def test_the_relations_of_the_data_are_valid(data):
    assert check_relations(data) == []


@pytest.mark.parametrize("study_id", STUDIES)
def test_declared_claims_equal_the_hand_written_ones(data, study_id):
    table = evaluate(claims_for(data, study_id), data.results)
    pd.testing.assert_frame_equal(_sorted(table), _sorted(_reference(study_id)))


def _make(*args: str) -> str:
    env = {**os.environ, "MAKEFLAGS": ""}
    done = subprocess.run(
        ["make", "--no-print-directory", *args], cwd=ROOT, env=env, capture_output=True,
        text=True, check=True,
    )  # fmt: skip
    return done.stdout


def _without(stem: str) -> str:
    kept = sorted(p for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb") if p.stem != stem)
    return "NOTEBOOKS=" + " ".join(str(p.relative_to(ROOT)) for p in kept)


def test_make_builds_the_generic_report_only_for_studies_without_a_notebook(tmp_path):
    out = f"REPORTS_DIR={tmp_path}"
    assert "document.ipynb" not in _make("-n", "reports", out)
    dry = _make("-n", "reports", out, _without("04_lu2024"))
    assert f"run notebooks/document.ipynb --study lu2024 --out {tmp_path}" in dry
    assert dry.count("notebooks/document.ipynb") == 1


@pytest.mark.slow
def test_deleting_a_dedicated_notebook_leaves_the_document_fully_checked(tmp_path):
    """04_lu2024 left out of the build: the generic report makes the same claims."""
    if shutil.which("make") is None:
        pytest.skip("make not found")
    _make(f"{tmp_path}/lu2024.html", f"REPORTS_DIR={tmp_path}", _without("04_lu2024"))
    table = pd.read_csv(tmp_path / "tables" / "lu2024_claims.csv", dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(_sorted(table), _sorted(_reference("lu2024")))
    assert (tmp_path / "lu2024.html").is_file()
    assert not (tmp_path / "custom").exists(), "a --study report is published, not custom"
