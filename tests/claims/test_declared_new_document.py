"""A document that is not among the five, added by data rows alone (issue #17).

The fixture ``tests/fixtures/synth2026/`` is an invented abstract (its first line says so) with
its rows for ``studies.csv``, ``cohorts.csv``, ``results.csv`` and ``relations.csv``. The
tests add those rows to a copy of ``data/`` exactly as ``data/README.md`` ("Adding a
document") tells a user to, then check the document through ``blinarepro.validate``, the
package calls of the generic notebook, and the generic notebook itself.

Expected verdicts, each from an independent source:

- ``22 men and 17 women`` of 40: 22 + 17 = 39 (arithmetic): *inconsistent*;
- ``61.5%`` of 25: k/25 is a multiple of 4% (60.0%, 64.0%), none prints as 61.5:
  *inconsistent*;
- ``97.0%`` 1-year OS on 15: a Kaplan-Meier estimate below 100% is at most 1 - 1/15 = 93.3%
  on 15 patients: *inconsistent*;
- ``p = 0.04`` for 8/25 vs 9/15, Fisher's exact test: R ``fisher.test(matrix(c(8,17,9,6), 2,
  byrow = TRUE))$p.value`` = 0.107369675, which does not print as 0.04: *discrepant*;
- ``72.5%, 95% CI 56.1-85.4`` for 29/40: R ``binom.test(29, 40)$conf.int`` = 0.5611170928,
  0.8539910080 (Clopper-Pearson): *reproduced*;
- ``18/25 (72.0%)``, ``11/15 (73.3%)``, ``8 (32.0%)`` of 25, ``9 (60.0%)`` of 15, 29 of 40
  (72.5%): k/n rounds to the printed percentage: *reproduced*; 25 + 15 = 40 and
  18 + 11 = 29: *reproduced*; ``84.0%`` on 25 = 21/25 with no censoring: *reproduced*;
- ``p = 0.31`` with no test and no counts: *not_recomputable*.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from blinarepro.claims import check_relations, claims_for, context_rows, evaluate
from blinarepro.data import load
from blinarepro.validate import main as validate_main
from blinarepro.validate import validate_study

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "synth2026"
STUDY = "synth2026"
SOURCE = "900_5e17e71c0de0a001.txt"

EXPECTED = {
    "synth2026-01:sum": ("inconsistent", "jointly_impossible"),
    "synth2026-01:sum_arms": ("reproduced", ""),
    "synth2026-06:sum": ("reproduced", ""),
    "synth2026-06:percent": ("reproduced", ""),
    "synth2026-06:ci": ("reproduced", ""),
    "synth2026-07:percent": ("reproduced", ""),
    "synth2026-08:percent": ("reproduced", ""),
    "synth2026-09:percent": ("inconsistent", "denominator_mismatch"),
    "synth2026-10:percent": ("reproduced", ""),
    "synth2026-11:percent": ("reproduced", ""),
    "synth2026-12:pvalue": ("discrepant", "decision_differs"),
    "synth2026-10:wording": ("discrepant", "wording_overstated"),
    "synth2026-13:km": ("reproduced", ""),
    "synth2026-14:km": ("inconsistent", "impossible_value"),
    "synth2026-15:not_recomputable": ("not_recomputable", ""),
}


def add_document(data_dir: Path, fixture: Path = FIXTURE) -> None:
    """Add a document's rows to a data folder as data/README.md says: append the rows of each
    table (in the table's column order) and put the source in sources/. Nothing else: the
    schema is not edited (study ids are keys of studies.csv, not a vocabulary)."""
    for table in ("studies", "cohorts", "results", "relations"):
        with (data_dir / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        with (fixture / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        extra = set(rows[0]) - set(header)
        assert not extra, f"{table}.csv of the fixture has columns the data lacks: {extra}"
        # in the data's column order; a column the fixture does not fill (one added to the
        # schema later, such as an optional qualifier) is left empty
        with (data_dir / f"{table}.csv").open("a", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, header, restval="", lineterminator="\n")
            writer.writerows(rows)
    (data_dir / "sources").mkdir(exist_ok=True)
    shutil.copy(fixture / SOURCE, data_dir / "sources" / SOURCE)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("data") / "data"
    shutil.copytree(ROOT / "data", folder)
    add_document(folder)
    return folder


@pytest.fixture(scope="module")
def data(data_dir):
    return load(data_dir)


@pytest.fixture(scope="module")
def table(data):
    return evaluate(claims_for(data, STUDY), data.results)


def test_the_fixture_rows_load_and_validate_against_the_source(data_dir, capsys):
    problems, summary = validate_study(data_dir, STUDY)
    assert problems == []
    assert summary.startswith(f"{STUDY}: 15 rows verbatim in {SOURCE}, 5 relations")
    assert validate_main([STUDY, str(FIXTURE / SOURCE), "--data", str(data_dir)]) == 0
    assert capsys.readouterr().out.startswith("OK synth2026")


def test_every_expected_verdict(table):
    got = table.set_index("claim_id")
    for claim_id, (verdict, finding) in EXPECTED.items():
        assert (got.loc[claim_id, "verdict"], got.loc[claim_id, "finding"]) == (
            verdict,
            finding,
        ), claim_id


def test_the_flagged_numbers_are_exactly_the_wrong_ones(table):
    own = table[table["reading"] == ""]
    flagged = own[own["verdict"].isin(["inconsistent", "discrepant"])]
    assert set(flagged["result_id"]) == {
        "synth2026-01",  # 22 + 17 != 40
        "synth2026-09",  # 61.5% of 25
        "synth2026-10",  # "significantly lower" (wording): Fisher p = 0.107
        "synth2026-12",  # p = 0.04, Fisher p = 0.107
        "synth2026-14",  # 97.0% on 15
    }


def test_every_row_is_used_by_a_claim(data):
    assert context_rows(data, STUDY).empty


def test_a_wrong_relation_is_named_with_file_line_and_column(data_dir, tmp_path):
    bad = tmp_path / "data"
    shutil.copytree(data_dir, bad)
    with (bad / "relations.csv").open("a", encoding="utf-8") as out:
        out.write("synth2026-r99,synth2026,events_from,synth2026-09,xu2025-14,,,,,,,,,\n")
    problems = check_relations(load(bad))
    line = len((bad / "relations.csv").read_text(encoding="utf-8").splitlines())
    assert problems == [
        f"relations.csv, line {line} (synth2026-r99), column 'related': 'xu2025-14' belongs "
        "to xu2025, not synth2026",
        f"relations.csv, line {line} (synth2026-r99), column 'result_id': a events_from "
        "relation needs a km_rate row; synth2026-09 is percent",
    ]
    with pytest.raises(ValueError, match="invalid relations"):
        claims_for(load(bad), STUDY)


def test_validate_names_a_reported_text_not_in_the_source(data_dir, tmp_path):
    bad = tmp_path / "data"
    shutil.copytree(data_dir, bad)
    results = (bad / "results.csv").read_text(encoding="utf-8")
    (bad / "results.csv").write_text(
        results.replace("18/25 (72.0%) in arm A", "18/25 (72.0%) in arm a"), encoding="utf-8"
    )
    problems, _ = validate_study(bad, STUDY)
    assert problems == [
        "results.csv (synth2026-07), column 'reported': '18/25 (72.0%) in arm a' is not "
        f"verbatim in {SOURCE}"
    ]


@pytest.mark.slow
def test_the_generic_notebook_reports_it(data_dir, tmp_path):
    """The generic notebook, run as `make reports` runs it, on the data with the new study."""
    from blinarepro.build import run

    # another data folder is a parameter, so the report is a custom one (out/custom/)
    notebook = ROOT / "notebooks" / "document.ipynb"
    html = run(notebook, {"data_dir": str(data_dir)}, tmp_path / "out", study=STUDY)
    assert html == tmp_path / "out" / "custom" / f"{STUDY}.html"
    written = pd.read_csv(
        tmp_path / "out" / "custom" / "tables" / f"{STUDY}_claims.csv",
        dtype=str,
        keep_default_na=False,
    )
    expected = evaluate(claims_for(load(data_dir), STUDY), load(data_dir).results)
    assert written[["claim_id", "verdict", "finding"]].equals(
        expected[["claim_id", "verdict", "finding"]]
    )
    page = html.read_text(encoding="utf-8")
    assert "Not yet appraised" in page and "synth2026-14:km" in page
