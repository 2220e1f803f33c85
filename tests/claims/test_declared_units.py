"""Units of the declarative claims: the relation rules, context accounting, the index listing.

Each relation rule of ``blinarepro.claims.check_relations`` is broken once on a copy of the
data, and the one-line error must name file, line, relation_id and column.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from blinarepro.chain.site import write_index
from blinarepro.claims import check_relations, claims_for, context_rows
from blinarepro.data import load

ROOT = Path(__file__).resolve().parents[2]
HEADER = (ROOT / "data" / "relations.csv").read_text(encoding="utf-8").splitlines()[0]


@pytest.fixture(scope="module")
def data():
    return load(ROOT / "data")


def _with_relation(tmp_path: Path, line: str):
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    with (folder / "relations.csv").open("a", encoding="utf-8") as out:
        out.write(line + "\n")
    n = len((folder / "relations.csv").read_text(encoding="utf-8").splitlines())
    return load(folder), n


@pytest.mark.parametrize(
    ("line", "column", "message"),
    [
        (
            "lu2024-r90,lu2024,parts_of_whole,lu2024-01,lu2024-99,value,,,,,,,,",
            "related",
            "'lu2024-99' is not a result_id of results.csv",
        ),
        (
            "lu2024-r90,lu2024,denominator,lu2024-02,,,,,,,,,lu2024-02:percent_x,",
            "n",
            "a denominator relation needs either n or one row in related",
        ),
        (
            "lu2024-r90,lu2024,whole_numbers,lu2024-02,lu2024-01,,,,,,,,,",
            "result_id",
            "a whole_numbers relation needs a mean_sd or mean or mean_range or median or "
            "median_range row; lu2024-02 is percent",
        ),
        (
            "lu2024-r90,lu2024,arms,lu2024-02,lu2024-03,,,,CRc vs MRD,difference,higher,,,",
            None,
            None,
        ),
        (
            "lu2024-r90,lu2024,compares,lu2024-02,lu2024-03,,,,,,,,,",
            "result_id",
            "a compares relation needs a p_value row; lu2024-02 is percent",
        ),
        (
            "lu2024-r90,lu2024,not_recomputable,lu2024-13,,,,,,,,,lu2024-13:x,",
            "note",
            "a not_recomputable relation needs note",
        ),
    ],
)
def test_each_relation_rule_names_file_line_id_and_column(tmp_path, line, column, message):
    data, n = _with_relation(tmp_path, line)
    problems = check_relations(data)
    if column is None:  # a well-formed relation (two percentages as arms) is accepted
        assert problems == []
        return
    assert f"relations.csv, line {n} (lu2024-r90), column '{column}': {message}" in problems


def test_the_schema_refuses_an_unknown_relation(tmp_path):
    with pytest.raises(ValueError, match="relations.csv"):
        _with_relation(tmp_path, "lu2024-r90,lu2024,adds_up,lu2024-01,lu2024-04,,,,,,,,,")


def test_claims_from_rows_alone(data):
    """lu2024 declares only sums, two intervals not recomputable and two context rows: every
    percentage (7) and Kaplan-Meier rate (2) is claimed from its statistic."""
    kinds = [c.kind for c in claims_for(data, "lu2024")]
    assert kinds.count("percent") == 7 and kinds.count("km") == 2
    assert kinds.count("sum") == 2 and kinds.count("not_recomputable") == 2


def test_strict_context_names_undeclared_rows(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    kept = [
        line
        for line in (folder / "relations.csv").read_text(encoding="utf-8").splitlines()
        if not line.startswith("lu2024-r06,")
    ]
    (folder / "relations.csv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    data = load(folder)
    assert (
        context_rows(data, "lu2024").set_index("result_id").loc["lu2024-12", "why context only"]
        == "not declared"
    )
    with pytest.raises(ValueError, match=r"neither checked nor declared context: \['lu2024-12'\]"):
        context_rows(data, "lu2024", strict=True)


def test_the_index_lists_a_generic_report(tmp_path):
    (tmp_path / "tables").mkdir()
    (tmp_path / "lu2024.html").write_text("<html></html>", encoding="utf-8")
    (tmp_path / "tables" / "lu2024_claims.csv").write_text(
        "claim_id,verdict\nlu2024-02:percent,reproduced\nlu2024-13:ci,not_recomputable\n",
        encoding="utf-8",
    )
    page = write_index(tmp_path, ROOT / "data").read_text(encoding="utf-8")
    assert '<a href="lu2024.html">lu2024</a>' in page
    assert "Reduced-dose chemotherapy and blinatumomab as induction" in page  # its title
    assert '<a href="tables/lu2024_claims.csv">claims.csv</a>' in page


def test_the_index_lists_the_documents_before_the_synthesis(tmp_path):
    # a document without its own notebook is a document: it comes before the pooled comparison
    for name in ("02_wang2025", "06_synthesis", "lu2024"):
        (tmp_path / f"{name}.html").write_text("<html></html>", encoding="utf-8")
    page = write_index(tmp_path, ROOT / "data").read_text(encoding="utf-8")
    order = [page.index(f'<a href="{n}.html">') for n in ("02_wang2025", "lu2024", "06_synthesis")]
    assert order == sorted(order)


def test_find_names_a_row_by_what_it_is(data):
    from blinarepro.claims import document

    doc = document(data, "lu2024")
    # lu2024-03 and lu2024-06 are both MRD negativity of all 35; the printed value tells them
    # apart ("30 (86%)" after 2 weeks, "31 (89%)" after 2 or 4 weeks: the abstract)
    assert doc.find(outcome="mrd_negative", value="86") == "lu2024-03"
    assert doc.find(outcome="crc") == "lu2024-02"
    with pytest.raises(KeyError, match="2 rows with outcome='mrd_negative'"):
        doc.find(outcome="mrd_negative")
    with pytest.raises(KeyError, match="no column"):
        doc.find(colour="red")


def test_no_notebook_writes_a_row_number_in_code():
    """Issue #17: the notebooks name printed numbers by what they are, never by row id."""
    import json
    import re

    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        code = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
        if path.stem in ("03_registration", "06_synthesis"):  # not this notebooks
            continue
        assert not re.findall(r"[a-z]+20\d\d-\d\d", code), path.name


@pytest.mark.parametrize("study", ["xu2025", "wang2025", "lu2024", "realworld2025"])
def test_context_rows_from_the_claims_already_made_are_the_same(data, study):
    # which rows the claims use does not depend on the level or alpha they were made at
    made = claims_for(data, study, confidence_level=0.9, alpha=0.01)
    assert context_rows(data, study, claims=made).equals(context_rows(data, study))


def test_context_rows_refuses_claims_of_another_study(data):
    with pytest.raises(ValueError, match="claims of another study than 'lu2024'"):
        context_rows(data, "lu2024", claims=claims_for(data, "xu2025"))
