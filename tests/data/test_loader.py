"""The loader rejects each kind of bad input with a message naming file, line, column, rule.

Each test copies the real ``data/`` folder, breaks one thing, and asserts the message.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from blinarepro.data import DataValidationError, load

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "data"
    shutil.copytree(DATA, dest)
    return dest


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"fixture text {old!r} not found in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def _error(data_dir: Path) -> DataValidationError:
    with pytest.raises(DataValidationError) as info:
        load(data_dir)
    return info.value


def test_real_data_loads():
    data = load(DATA)
    assert set(data.studies["study_id"]) == {
        "xu2025", "wang2025", "registration", "lu2024", "realworld2025",
    }  # fmt: skip
    assert data.results["result_id"].is_unique
    # printed precision survives: the string is kept as printed next to its float
    row = data.results.set_index("result_id").loc["wang2025-07"]
    assert (row["value"], row["value_num"]) == ("80.0", 80.0)


def test_missing_column(data_copy: Path):
    path = data_copy / "results.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    drop = header.index("events")
    import csv
    import io

    rows = list(csv.reader(io.StringIO("\n".join(lines))))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([r[:drop] + r[drop + 1 :] for r in rows])
    path.write_text(buf.getvalue(), encoding="utf-8")
    err = _error(data_copy)
    assert any(i.column == "events" and i.file == "results.csv" for i in err.issues), str(err)
    assert "'events'" in str(err)


def test_events_greater_than_n(data_copy: Path):
    path = data_copy / "results.csv"
    # xu2025-07: 81.8% [9/11] -> claim 12 events of 11
    _edit(path, "mrd_negative,,percent,9,11,", "mrd_negative,,percent,12,11,")
    err = _error(data_copy)
    (issue,) = err.issues
    assert issue.rule == "events-le-n"
    assert issue.column == "events"
    assert issue.line == _line_of(path, "xu2025-07,")
    assert issue.row_id == "xu2025-07"
    assert "results.csv, line" in str(err) and "greater than n (11)" in str(err)


def test_text_in_number_field(data_copy: Path):
    path = data_copy / "results.csv"
    _edit(path, "mrd_negative,,percent,9,11,", "mrd_negative,,percent,nine,11,")
    err = _error(data_copy)
    (issue,) = err.issues
    assert issue.rule == "type-error"
    assert issue.column == "events"
    assert issue.line == _line_of(path, "xu2025-07,")


def test_duplicate_key(data_copy: Path):
    path = data_copy / "results.csv"
    _edit(path, "xu2025-08,", "xu2025-07,")
    err = _error(data_copy)
    assert any(i.rule in ("primary-key", "unique-error") for i in err.issues), str(err)
    assert all(i.file == "results.csv" for i in err.issues)
    assert "xu2025-07" in str(err)


def test_unknown_study(data_copy: Path):
    path = data_copy / "results.csv"
    _edit(path, "lu2024-01,lu2024,", "lu2024-01,lu2025,")
    err = _error(data_copy)
    assert any(i.column == "study_id" and i.rule == "constraint-error" for i in err.issues)
    assert "lu2025" in str(err)


def test_unknown_cohort_breaks_foreign_key(data_copy: Path):
    _edit(data_copy / "results.csv", "lu2024-01,lu2024,all,", "lu2024-01,lu2024,everyone,")
    err = _error(data_copy)
    assert any(i.rule == "foreign-key" for i in err.issues), str(err)


def test_unknown_comparator(data_copy: Path):
    _edit(data_copy / "results.csv", ",conventional,mrd_negative,", ",control,mrd_negative,")
    (issue,) = _error(data_copy).issues
    assert (issue.rule, issue.column) == ("known-cohort", "comparator")


def test_empty_file(data_copy: Path):
    (data_copy / "cohorts.csv").write_text("", encoding="utf-8")
    (issue,) = _error(data_copy).issues
    assert (issue.file, issue.rule) == ("cohorts.csv", "not-empty")
    assert "cohorts.csv: file is empty" in str(issue)


def test_missing_file(data_copy: Path):
    (data_copy / "endpoints.csv").unlink()
    (issue,) = _error(data_copy).issues
    assert (issue.file, issue.rule) == ("endpoints.csv", "file-exists")


def test_wrong_encoding(data_copy: Path):
    path = data_copy / "results.csv"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.encode("cp1252", errors="replace"))  # '±' and '–' become cp1252 bytes
    (issue,) = _error(data_copy).issues
    assert issue.rule == "utf-8"
    first_non_ascii = next(n for n, ln in enumerate(text.splitlines(), 1) if not ln.isascii())
    assert issue.line == first_non_ascii


def test_html_in_label(data_copy: Path):
    path = data_copy / "cohorts.csv"
    _edit(path, "Blinatumomab arm", "<b>Blinatumomab</b> arm")
    (issue,) = _error(data_copy).issues
    assert (issue.file, issue.column, issue.rule) == ("cohorts.csv", "label", "no-html")
    assert issue.line == _line_of(path, "<b>")


def test_less_than_sign_is_not_html():
    # '< 5% blast' (wang2025) is printed text, not markup: the real data must load
    data = load(DATA)
    assert data.results["reported"].str.contains("< 5%").any()


def test_malformed_row_extra_field(data_copy: Path):
    path = data_copy / "studies.csv"
    _edit(path, "\nlu2024,", "\nlu2024,EXTRA,")
    err = _error(data_copy)
    assert any(i.file == "studies.csv" and i.line == 5 for i in err.issues), str(err)


def test_percentage_over_100(data_copy: Path):
    _edit(data_copy / "results.csv", ",46.2% [6/13]", ",146.2% [6/13]")
    _edit(data_copy / "results.csv", "percent,6,13,printed,46.2,", "percent,6,13,printed,146.2,")
    (issue,) = _error(data_copy).issues
    assert (issue.rule, issue.column, issue.row_id) == ("percent-range", "value", "xu2025-08")


def test_value_outside_interval(data_copy: Path):
    _edit(data_copy / "results.csv", ",51.9,95.7,ci,", ",81.9,95.7,ci,")
    err = _error(data_copy)
    rules = {i.rule for i in err.issues}
    # 80.0 outside [81.9, 95.7], and 81.9 is not what the text prints
    assert rules == {"lower-le-value-le-upper", "reported-parses"}


def test_reported_must_contain_value(data_copy: Path):
    _edit(data_copy / "results.csv", "percent,9,11,printed,81.8,", "percent,9,11,printed,81.82,")
    (issue,) = _error(data_copy).issues
    assert (issue.rule, issue.column, issue.row_id) == ("reported-parses", "value", "xu2025-07")
    assert "'81.82'" in issue.message


def test_rounded_value_is_rejected(data_copy: Path):
    # '80.0' stored as '80' would lose the printed precision
    _edit(data_copy / "results.csv", "printed,80.0,percent", "printed,80,percent")
    (issue,) = _error(data_copy).issues
    assert issue.rule == "reported-parses"


def test_unknown_vocabulary_term(data_copy: Path):
    _edit(data_copy / "results.csv", ",mrd_negative,,percent,9,11,", ",mrd_neg,,percent,9,11,")
    err = _error(data_copy)
    assert any(i.column == "outcome" and i.rule == "constraint-error" for i in err.issues)


def test_many_problems_are_all_listed(data_copy: Path):
    path = data_copy / "results.csv"
    _edit(path, "percent,9,11,printed,81.8,", "percent,19,11,printed,81.8,")
    _edit(path, "percent,6,13,printed,46.2,", "percent,16,13,printed,46.2,")
    err = _error(data_copy)
    assert [i.row_id for i in err.issues] == ["xu2025-07", "xu2025-08"]
    assert re.search(r"2 problems", str(err))
