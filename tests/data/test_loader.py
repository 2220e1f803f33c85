"""The loader rejects each kind of bad input with a message naming file, line, column, rule.

Each test copies the real ``data/`` folder, breaks one thing, and asserts the message.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from blinarepro.data import DataValidationError, load

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"


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
    assert any(i.file == "results.csv" for i in err.issues)
    # synthesis.csv refers to xu2025-08, which the edit removed: its foreign key fails too
    assert {i.file for i in err.issues} <= {"results.csv", "synthesis.csv"}
    assert "xu2025-07" in str(err)


def test_unknown_study(data_copy: Path):
    path = data_copy / "results.csv"
    _edit(path, "lu2024-01,lu2024,", "lu2024-01,lu2025,")
    err = _error(data_copy)
    # study ids are keys of studies.csv (no vocabulary to edit for a new document)
    assert any(i.column == "study_id" and i.rule == "foreign-key" for i in err.issues)
    assert "no row of the studies table has study_id = 'lu2025'" in str(err)


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


# ----------------------------------------------------------------------------- issue #20
# Faults found by the fault-injection run: each is fed to ``load`` and the message must name
# file, line, row, column and the rule in plain words, on one line.

WANG_CI = ",80.0,percent,,,51.9,95.7,ci,0.95,"


def test_one_bound_above_the_value_is_refused(data_copy: Path):
    path = data_copy / "results.csv"
    _edit(path, WANG_CI, ",80.0,percent,,,96.9,,ci,0.95,")
    err = _error(data_copy)
    by_rule = {i.rule: i for i in err.issues}
    together = by_rule["bounds-together"]
    assert (together.file, together.row_id, together.column) == (
        "results.csv",
        "wang2025-07",
        "upper",
    )
    assert together.line == _line_of(path, "wang2025-07,")
    assert "needs both bounds" in together.message
    order = by_rule["lower-le-value-le-upper"]
    assert order.column == "value" and "below the lower bound 96.9" in order.message


LU_OS = "km_rate,,35,implied,97.1,percent,,,,,,,12,"


def test_a_survival_rate_without_time_point_or_note_is_refused(data_copy: Path):
    path = data_copy / "results.csv"
    _edit(path, LU_OS, LU_OS.replace(",12,", ",,"))
    # any other note does not do: it must say the time point is not printed
    (issue,) = _error(data_copy).issues
    assert (issue.rule, issue.column, issue.row_id) == ("rate-needs-time", "timepoint_months",
                                                        "lu2024-13")  # fmt: skip
    assert "never a guessed one" in issue.message


def test_a_survival_rate_may_say_in_its_note_that_no_time_point_is_printed(data_copy: Path):
    # "Survival and relapse rates were 91% and 15%" (GIMEMA LAL2317, Blood 2025): no time
    # point in the sentence; the data say so instead of typing a guessed one
    path = data_copy / "results.csv"
    _edit(path, LU_OS, LU_OS.replace(",12,", ",,"))
    _edit(path, "no SE or CI printed,", "no SE or CI printed; time point not printed,")
    data = load(data_copy)
    assert data.results.set_index("result_id").loc["lu2024-13", "timepoint_months"] == ""


def test_one_printed_bound_alone_is_refused_by_the_bounds_rule(data_copy: Path):
    # 51.9 is printed in the text, so only the rule that bounds come together fires
    _edit(data_copy / "results.csv", WANG_CI, ",80.0,percent,,,51.9,,ci,0.95,")
    (issue,) = _error(data_copy).issues
    assert (issue.rule, issue.column, issue.row_id) == ("bounds-together", "upper", "wang2025-07")
    assert "\n" not in str(_error(data_copy)), "one problem, one line"


def test_an_upper_bound_below_the_value_is_refused_with_either_bound(data_copy: Path):
    # upper 95.7 -> 75.7 with lower kept: the value 80.0 lies above it
    _edit(data_copy / "results.csv", WANG_CI, ",80.0,percent,,,51.9,75.7,ci,0.95,")
    rules = {(i.rule, i.column) for i in _error(data_copy).issues}
    assert ("lower-le-value-le-upper", "value") in rules


@pytest.mark.parametrize("bad", ["nan", "NaN", "inf", "-inf", "1,5"])
def test_not_a_number_in_a_number_column_is_named(data_copy: Path, bad: str):
    path = data_copy / "results.csv"
    _edit(
        path, "percent,9,11,printed,81.8,", f"percent,9,11,printed,{bad},".replace("1,5", '"1,5"')
    )
    (issue,) = _error(data_copy).issues
    assert (issue.file, issue.column, issue.row_id) == ("results.csv", "value", "xu2025-07")
    assert issue.rule in ("number", "type-error")
    assert issue.line == _line_of(path, "xu2025-07,")
    assert "is not a number" in issue.message


def test_nan_in_an_integer_column_is_named(data_copy: Path):
    _edit(data_copy / "results.csv", "percent,9,11,printed,81.8,", "percent,9,nan,printed,81.8,")
    issues = _error(data_copy).issues
    assert any(i.column == "n" and "not a whole number" in i.message for i in issues), issues


def test_header_only_results_is_refused(data_copy: Path):
    path = data_copy / "results.csv"
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    (issue,) = _error(data_copy).issues
    assert (issue.file, issue.rule) == ("results.csv", "has-rows")
    assert "header but no rows" in issue.message


def _drop_column(path: Path, column: str) -> None:
    import csv
    import io

    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    at = rows[0].index(column)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([r[:at] + r[at + 1 :] for r in rows])
    path.write_text(buf.getvalue(), encoding="utf-8")


@pytest.mark.parametrize("column", ["unit", "lower", "note", "result_id"])
def test_a_removed_column_is_reported_against_itself(data_copy: Path, column: str):
    _drop_column(data_copy / "results.csv", column)
    (issue,) = _error(data_copy).issues
    assert (issue.file, issue.line, issue.column, issue.rule) == (
        "results.csv",
        1,
        column,
        "column-missing",
    )


def test_an_unknown_column_is_named(data_copy: Path):
    path = data_copy / "cohorts.csv"
    text = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([text[0] + ",colour"] + [t + "," for t in text[1:]]) + "\n")
    (issue,) = _error(data_copy).issues
    assert (issue.file, issue.column, issue.rule) == ("cohorts.csv", "colour", "column-unknown")


def test_swapped_columns_are_refused_as_out_of_order(data_copy: Path):
    path = data_copy / "endpoints.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    header[0], header[1] = header[1], header[0]
    path.write_text("\n".join([",".join(header), *lines[1:]]) + "\n", encoding="utf-8")
    (issue,) = _error(data_copy).issues
    assert (issue.file, issue.line, issue.rule) == ("endpoints.csv", 1, "column-order")


def test_lines_are_physical_after_a_quoted_multi_line_field(data_copy: Path):
    path = data_copy / "results.csv"
    # xu2025-03 gets a note over three lines; xu2025-07, below it, then breaks a rule
    _edit(
        path, 'Result, sentence 1",,\nxu2025-04', 'Result, sentence 1","a\nnote\nhere",\nxu2025-04'
    )
    _edit(path, "percent,9,11,printed,81.8,", "percent,19,11,printed,81.8,")
    (issue,) = _error(data_copy).issues
    assert issue.rule == "events-le-n"
    assert issue.line == _line_of(path, "xu2025-07,")  # two lines below its row number + 1


def test_schema_errors_also_give_physical_lines(data_copy: Path):
    path = data_copy / "results.csv"
    _edit(path, 'Result, sentence 1",,\nxu2025-04', 'Result, sentence 1","a\nnote",\nxu2025-04')
    _edit(path, "percent,9,11,printed,81.8,", "percent,9,11,printed,81.8x,")
    (issue,) = _error(data_copy).issues
    assert (issue.rule, issue.column, issue.row_id) == ("type-error", "value", "xu2025-07")
    assert issue.line == _line_of(path, "xu2025-07,")


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("percent,9,11,printed,81.8,", "percent,9,11,printed,81.8x,", "'81.8x' is not a number"),
        ("mrd_negative,,percent,9,11,", "mrd_negative,,percent,9.5,11,", "not a whole number"),
        (",mrd_negative,,percent,9,11,", ",mrd_neg,,percent,9,11,", "not one of the allowed terms"),
        (
            ",xu2025,blinatumomab,conventional,mrd_negative",
            ",,blinatumomab,conventional,mrd_negative",
            "a value is required",
        ),
    ],
)
def test_schema_messages_are_in_plain_words(data_copy: Path, old: str, new: str, words: str):
    _edit(data_copy / "results.csv", old, new)
    err = _error(data_copy)
    assert any(words in i.message for i in err.issues), str(err)
    assert "number/default" not in str(err) and "integer/default" not in str(err)
    assert 'constraint "' not in str(err)


@pytest.mark.parametrize(
    ("value", "reported"),
    [
        ("5.6e-1", "(p=0.56)"),  # scientific notation in the data, plain in the text
        ("5.6e-1", "(p=5.6e-1)"),  # scientific notation in both
        ("0.56", "(p = .56)"),  # no leading zero in the text
        ("0.56", "(p=0·56)"),  # Lancet middle dot
    ],
)
def test_a_number_is_matched_in_any_printed_form(data_copy: Path, value: str, reported: str):
    path = data_copy / "results.csv"
    _edit(path, "p_value,,,,0.56,", f"p_value,,,,{value},")
    _edit(path, ",(p=0.56),", f",{reported},")
    row = load(data_copy).results.set_index("result_id").loc["realworld2025-31"]
    assert row["value_num"] == 0.56


def test_scientific_notation_at_another_precision_is_still_refused(data_copy: Path):
    # "5.60e-1" claims three decimals where the text prints two
    _edit(data_copy / "results.csv", "p_value,,,,0.56,", "p_value,,,,5.60e-1,")
    (issue,) = _error(data_copy).issues
    assert (issue.rule, issue.column) == ("reported-parses", "value")


def test_a_qualifier_must_be_printed(data_copy: Path):
    path = data_copy / "results.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next(ln for ln in lines if "p_value,,,,0.56," in ln)
    _edit(path, line, line[: -len(",")] + ",<")
    (issue,) = _error(data_copy).issues
    assert (issue.rule, issue.column) == ("reported-parses", "qualifier")
    assert "<0.56 does not appear" in issue.message


def test_a_broken_foreign_key_names_its_columns_and_values(data_copy: Path):
    _edit(data_copy / "results.csv", "lu2024-01,lu2024,all,", "lu2024-01,lu2024,everyone,")
    (issue,) = _error(data_copy).issues
    assert (issue.rule, issue.column, issue.row_id) == (
        "foreign-key",
        "study_id, cohort",
        "lu2024-01",
    )
    assert (
        issue.message == "no row of the cohorts table has study_id = 'lu2024', cohort = 'everyone'"
    )


def test_a_row_with_an_extra_field_is_one_problem_not_its_shifted_cells(data_copy: Path):
    _edit(data_copy / "studies.csv", "\nlu2024,", "\nlu2024,EXTRA,")
    (issue,) = _error(data_copy).issues
    assert (issue.file, issue.line, issue.rule) == ("studies.csv", 5, "extra-cell")
    assert "more fields than the header" in issue.message


def test_an_empty_value_is_refused(data_copy: Path):
    # value is not "required" in the schema (NR/NE/NS read as missing there): the loader is
    _edit(data_copy / "results.csv", "percent,9,11,printed,81.8,", "percent,9,11,printed,,")
    issues = _error(data_copy).issues
    assert any((i.rule, i.column) == ("value-given", "value") for i in issues), issues


def test_a_non_number_must_fit_its_row(data_copy: Path):
    # "NR" (not reached) is no percentage
    _edit(data_copy / "results.csv", "percent,9,11,printed,81.8,", "percent,9,11,printed,NR,")
    rules = {i.rule for i in _error(data_copy).issues}
    assert "non-number-fits" in rules


# -------------------------------------------------------------- issue #20 through the command

BUILD = [sys.executable, "-m", "blinarepro.build", "run", "notebooks/02_wang2025.ipynb"]


def _header_only(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("break_it", "expected"),
    [
        (
            lambda p: _edit(p, WANG_CI, ",80.0,percent,,,51.9,,ci,0.95,"),
            "results.csv, line {line} (wang2025-07), column 'upper': an interval needs both bounds",
        ),
        (
            lambda p: _edit(p, "percent,12,15,printed,80.0,", "percent,12,15,printed,nan,"),
            "results.csv, line {line} (wang2025-07), column 'value': 'nan' is not a number",
        ),
        (
            lambda p: _drop_column(p, "unit"),
            "results.csv, line 1, column 'unit': column 'unit' is missing from the header",
        ),
        (_header_only, "results.csv, line 2: the file has a header but no rows below it"),
    ],
    ids=["one-bound", "nan", "removed-column", "header-only"],
)
def test_the_build_stops_on_bad_data_with_one_line(
    data_copy: Path, tmp_path: Path, break_it, expected
):
    path = data_copy / "results.csv"
    line = _line_of(path, "wang2025-07,")
    break_it(path)
    out = tmp_path / "site"
    out.mkdir()
    published = out / "02_wang2025.html"
    published.write_bytes(b"<p>the previous report</p>")
    proc = subprocess.run(
        [*BUILD, "--params", f"data_dir={data_copy}", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output
    assert "Traceback" not in output, output
    wanted = expected.format(line=line)
    hits = [ln for ln in output.splitlines() if wanted in ln]
    assert len(hits) == 1, output
    assert "[rule: " in hits[0] and "DataValidationError: invalid data: " in hits[0]
    assert published.read_bytes() == b"<p>the previous report</p>", "the published file changed"
    assert not (out / "tables").exists() and not (out / "figures").exists()


def test_an_appraisal_tool_the_reports_cannot_read_is_named_not_a_traceback(data_copy: Path):
    # a dry run of the TOWER trial (2026-12-05) added "RoB 2" to the tool vocabulary, as the
    # README allows for vocabularies, and the loader died with KeyError: 'RoB 2'
    _edit(data_copy / "datapackage.json", '"JBI case series"\n', '"JBI case series",\n"RoB 2"\n')
    rob = data_copy / "risk_of_bias.csv"
    _edit(rob, "xu2025,ROBINS-I,confounding,", "xu2025,RoB 2,confounding,")
    err = _error(data_copy)
    (issue,) = [i for i in err.issues if i.rule == "tool-known"]
    assert (issue.file, issue.line, issue.column) == ("risk_of_bias.csv", 2, "tool")
    assert "'RoB 2' is not an appraisal tool the reports can read" in issue.message
