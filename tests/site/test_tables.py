"""Issue 18: the output tables of a built site are tidy and described, and an R user can refit
the primary pools with metafor in one command."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess

import pytest

pytestmark = [pytest.mark.slow]

#: A number followed by a bracketed interval in one cell ("+1.58 [+0.66, +2.50]", "80 (52-93)").
NUMBER_WITH_INTERVAL = re.compile(
    r"^\s*[-+]?\d[\d.]*\s*%?\s*(pts\s*)?[\[(]\s*[-+]?\d[\d.]*\s*[-,–]"
)
#: A bound written as text instead of a number ("<0.001", "≥ 5").
BOUND = re.compile(r"^\s*[<>≤≥]=?\s*[-+]?\d")


def _tables(site):
    package = json.loads((site / "tables" / "datapackage.json").read_text("utf-8"))
    return package, {r["path"]: r for r in package["resources"]}


def test_the_datapackage_describes_every_output_table_and_column(built_site):
    _, resources = _tables(built_site)
    on_disk = sorted(p.name for p in (built_site / "tables").glob("*.csv"))
    assert sorted(resources) == on_disk
    for name, res in resources.items():
        with (built_site / "tables" / name).open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        fields = res["schema"]["fields"]
        assert [f["name"] for f in fields] == header, name
        undescribed = [f["name"] for f in fields if not f.get("description")]
        assert not undescribed, f"{name}: columns without a description {undescribed}"


def test_the_output_datapackage_validates(built_site):
    from frictionless import validate

    report = validate(built_site / "tables" / "datapackage.json")
    errors = [(t.name, e.message) for t in report.tasks for e in t.errors][:5]
    assert report.valid, errors


def test_every_output_table_is_tidy(built_site):
    """One value per cell, numbers as numbers: numeric columns parse, and no other column
    holds a number with its interval or a bound written as text, unless the column is text as
    printed in the source (``printed``: a claim's reported value "2.4 (1-8)", say)."""
    _, resources = _tables(built_site)
    for name, res in resources.items():
        with (built_site / "tables" / name).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        for field in res["schema"]["fields"]:
            cells = [r[field["name"]] for r in rows if r[field["name"]] != ""]
            where = f"{name}, column {field['name']!r}"
            if field["type"] in ("number", "integer"):
                for cell in cells:
                    float(cell)  # raises on a cell that is not a number
            elif not field.get("printed") and field["name"] not in ("reported", "recomputed"):
                mixed = [c for c in cells if NUMBER_WITH_INTERVAL.match(c) or BOUND.match(c)]
                assert not mixed, f"{where}: cells mixing numbers and text {mixed[:3]}"


def test_the_tidy_rule_catches_what_it_should():
    # the cells of issue 18, before the tables were made tidy
    assert NUMBER_WITH_INTERVAL.match("+1.58 [+0.66, +2.50]")
    assert NUMBER_WITH_INTERVAL.match("+35.7 pts [-2.8, +62.1]")
    assert BOUND.match("<0.001")
    assert not NUMBER_WITH_INTERVAL.match("0.000792") and not BOUND.match("0.000792")


@pytest.mark.skipif(shutil.which("Rscript") is None, reason="R is not installed")
def test_the_generated_r_script_refits_the_primary_pools(built_site):
    probe = subprocess.run(["Rscript", "-e", "library(metafor)"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("R package metafor is not installed (apt-get install r-cran-metafor)")
    run = subprocess.run(
        ["Rscript", str(built_site / "refit_primary_pools.R"),
         str(built_site / "tables" / "synthesis_pooled.csv")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    found = re.search(r"largest difference .* over (\d+) estimable pools: (\S+)", run.stdout)
    assert found, run.stdout
    assert int(found.group(1)) >= 9  # every primary pool but the one at the boundary
    assert float(found.group(2)) < 1e-4, run.stdout
