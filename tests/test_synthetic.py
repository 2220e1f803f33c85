"""The generator of synthetic documents for the scale case of ``make bench``
(:mod:`blinarepro.chain.synthetic`, issue #17 "Scale"): its documents load, validate against
their own source text, differ from one another, are the same for the same seed, and one of
them can be changed in place without touching the others."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from blinarepro import build
from blinarepro.chain import synthetic
from blinarepro.data import default_data_dir, load
from blinarepro.validate import validate_study

ROOT = Path(__file__).resolve().parents[1]
N = 3


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scale") / "data"
    shutil.copytree(ROOT / "data", folder)
    documents = synthetic.write_documents(folder, N, seed=0)
    return folder, documents


def test_same_seed_same_document_other_seed_other_numbers():
    assert synthetic.document(2, seed=0) == synthetic.document(2, seed=0)
    drawn = {
        tuple(r["value"] for r in synthetic.document(i, seed).rows["results"])
        for i in (1, 2) for seed in (0, 1)
    }  # fmt: skip
    assert len(drawn) == 4  # four (document, seed) pairs, four sets of printed numbers


def test_ids_source_name_and_digest_are_renamed():
    doc = synthetic.document(7, seed=0)
    assert doc.study_id == "bench007"
    assert [r["result_id"] for r in doc.rows["results"]][:2] == ["bench007-01", "bench007-02"]
    # only the generated study's note names its template
    assert "synth2026" not in repr({**doc.rows, "studies": None}) + doc.text
    assert "synth2026" not in repr({k: v for k, v in doc.rows["studies"][0].items() if k != "note"})
    (study,) = doc.rows["studies"]
    assert study["source_sha256"] == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    assert doc.source_file == f"900_{study['source_sha256'][:16]}.txt"
    assert all(r["location"].startswith(f"{doc.source_file}:") for r in doc.rows["results"])


def test_generated_documents_load_and_validate_against_their_text(generated):
    folder, documents = generated
    data = load(folder)
    assert [d.study_id for d in documents] == ["bench001", "bench002", "bench003"]
    assert set(data.studies["study_id"]) >= {d.study_id for d in documents}
    for d in documents:
        problems, summary = validate_study(folder, d.study_id)
        assert problems == [], d.study_id
        assert summary.startswith(f"{d.study_id}: 15 rows verbatim in {d.source_file}")


def test_changing_one_document_rewrites_only_its_rows(generated, tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(generated[0], folder)
    before = {t: (folder / f"{t}.csv").read_text(encoding="utf-8") for t in synthetic.TABLES}
    changed = synthetic.change_document(folder, 2, seed=0, new_seed=5)
    old, new = synthetic.document(2, 0), synthetic.document(2, 5)
    assert changed[:2] == ["studies.csv", "results.csv"]  # cohorts and relations: same lines
    for table in synthetic.TABLES:
        after = (folder / f"{table}.csv").read_text(encoding="utf-8")
        others = [line for line in before[table].splitlines() if "bench002" not in line]
        assert [line for line in after.splitlines() if "bench002" not in line] == others
    assert not (folder / "sources" / old.source_file).exists()
    assert validate_study(folder, "bench002")[0] == []
    assert old.rows["results"][14]["value"] != new.rows["results"][14]["value"]
    results = load(folder).results.set_index("result_id")
    assert results.loc["bench002-15", "value"] == new.rows["results"][14]["value"]


def test_bad_index_is_refused():
    with pytest.raises(ValueError, match="1 to 999; got 0"):
        synthetic.document(0)


def test_the_build_reads_the_data_folder_the_loader_reads(monkeypatch, tmp_path):
    monkeypatch.delenv("BLINAREPRO_DATA", raising=False)
    assert build.data_dir() == default_data_dir().resolve() == (ROOT / "data").resolve()
    monkeypatch.setenv("BLINAREPRO_DATA", str(tmp_path))
    assert build.data_dir() == default_data_dir().resolve() == tmp_path.resolve()


def test_make_reports_builds_a_generic_report_per_generated_study(generated, tmp_path):
    # `make -n` only: which reports `make reports DATA_DIR=<copy>` would build (the bench's
    # reading of make's plan), the six dedicated notebooks and one report per new study
    from blinarepro.chain import bench

    make = ["make", "--no-print-directory", f"REPORTS_DIR={tmp_path}"]
    dedicated = {p.stem for p in bench.NOTEBOOKS}
    assert set(bench._would_build(make)) == dedicated
    planned = bench._would_build([*make, f"DATA_DIR={generated[0]}"])
    assert sorted(planned) == sorted(dedicated | {"bench001", "bench002", "bench003"})
