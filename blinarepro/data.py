"""Load and validate ``data/``: the printed numbers of the five source documents.

One entry point, :func:`load`, reads every table named in ``data/datapackage.json``
(a Frictionless Data Package), validates it and returns a frozen :class:`Dataset`.

Validation runs in three layers, each stopping the load with one
:class:`DataValidationError` that names the file, line, column and rule:

1. bytes and header: the file exists, is not empty and is UTF-8 (the line of the first bad
   byte is named); its header names the schema's columns in the schema's order (a missing
   or unknown column is named); it has rows below the header;
2. schema (Frictionless Table Schema, checked by the ``frictionless`` library):
   field count, types, required fields, controlled vocabularies (``enum``),
   patterns, unique and foreign keys; its messages are put in plain words;
3. numbers: every number cell is a plain number of the printed-number grammar
   (:mod:`blinarepro.consistency.printed`: ``0.01`` or ``1e-2``, never ``nan`` or ``inf``)
   or a printed non-number its column allows (``NR``, ``NE``, ``NS``);
4. meaning (checked here): 0 <= events <= n, percentages within 0-100, p-values within
   0-1, interval bounds come together and ``lower <= value <= upper`` holds with either one
   present, every printed number of a row appears in its ``reported`` text as the grammar
   reads it (digits in any journal style, number words, non-numbers, the qualifier),
   comparators name a cohort of the same study, ids match their study, and no HTML in any
   text field.

Every field is kept as the printed string (so ``"80.0"`` keeps its precision); numeric
fields are also given as floats in a column with the suffix ``_num`` (NaN where empty or a
non-number such as ``NR``). Lines in messages are the file's physical lines: a quoted field
that spans lines moves the lines below it.

"""

from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from blinarepro.consistency.printed import (
    NON_NUMBERS,
    PrintedNonNumber,
    PrintedNumber,
    parse_printed,
    printed_numbers,
    same_printing,
)
from blinarepro.datapackage import DATA_DIR_ENV, default_data_dir, vocabularies

__all__ = [
    "DATA_DIR_ENV",
    "DataIssue",
    "DataValidationError",
    "Dataset",
    "default_data_dir",
    "load",
    "vocabularies",
]

_MAX_LISTED = 20
_TABLES = (
    "studies", "cohorts", "results", "endpoints", "risk_of_bias", "benchmarks", "glossary",
    "registration_audit", "plain_language", "synthesis", "relations",
)  # fmt: skip
_HTML = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?\s*>|&(#\d+|[A-Za-z]+);")
# A number cell: plain digits as the grammar reads them ("0.01", "1e-2", "-0.4", ".5").
_PLAIN_NUMBER = re.compile(r"-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?")
_TYPE_WORDS = {
    "number": "a number",
    "integer": "a whole number",
    "date": "a date (YYYY-MM-DD)",
    "year": "a year",
    "boolean": "true or false",
}
# Printed non-numbers allowed in a number column: (column, code) -> statistics (None: any row
# with an interval of type 'ci').
_P_VALUES = ("p_value", "p_value_paired", "p_value_groups")
_CODES_ALLOWED: dict[tuple[str, str], tuple[str, ...] | None] = {
    ("value", "NR"): ("median", "median_ci"),
    ("value", "NE"): ("median", "median_ci", "hazard_ratio", "km_rate"),
    ("value", "NS"): _P_VALUES,
    ("lower", "NR"): None,
    ("lower", "NE"): None,
    ("upper", "NR"): None,
    ("upper", "NE"): None,
}


@dataclass(frozen=True)
class DataIssue:
    """One violation: where it is (file, line, column) and which rule it breaks."""

    file: str
    line: int | None
    column: str | None
    rule: str
    message: str
    row_id: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.row_id:
            where += f" ({self.row_id})"
        if self.column:
            where += f", column '{self.column}'"
        return f"{where}: {self.message} [rule: {self.rule}]"


class DataValidationError(ValueError):
    """Raised when a data file breaks its schema or a meaning rule.

    ``issues`` holds every :class:`DataIssue` found in the failing layer; the message
    lists them (the first twenty).
    """

    def __init__(self, issues: list[DataIssue]):
        self.issues = list(issues)
        listed = "\n  ".join(str(i) for i in self.issues[:_MAX_LISTED])
        more = len(self.issues) - _MAX_LISTED
        tail = f"\n  ... and {more} more" if more > 0 else ""
        if len(self.issues) == 1:
            super().__init__(f"invalid data: {self.issues[0]}")
        else:
            super().__init__(f"invalid data, {len(self.issues)} problems:\n  {listed}{tail}")


@dataclass(frozen=True)
class Dataset:
    """The validated tables, as printed (strings) with ``*_num`` float columns."""

    data_dir: Path
    studies: pd.DataFrame = field(repr=False)
    cohorts: pd.DataFrame = field(repr=False)
    results: pd.DataFrame = field(repr=False)
    endpoints: pd.DataFrame = field(repr=False)
    risk_of_bias: pd.DataFrame = field(repr=False)
    benchmarks: pd.DataFrame = field(repr=False)
    glossary: pd.DataFrame = field(repr=False)
    registration_audit: pd.DataFrame = field(repr=False)
    plain_language: pd.DataFrame = field(repr=False)
    #: which results are pooled together and why (``data/synthesis.csv``)
    synthesis: pd.DataFrame = field(repr=False)
    relations: pd.DataFrame = field(repr=False)

    def study(self, study_id: str) -> pd.DataFrame:
        """The results rows of one study (raises ``KeyError`` for an unknown id)."""
        if study_id not in set(self.studies["study_id"]):
            known = ", ".join(self.studies["study_id"])
            raise KeyError(f"unknown study_id {study_id!r}; known: {known}")
        return self.results[self.results["study_id"] == study_id].reset_index(drop=True)


def load(data_dir: str | os.PathLike | None = None) -> Dataset:
    """Read and validate every table of the data package in ``data_dir``.

    Parameters
    ----------
    data_dir : path, optional
        Folder holding ``datapackage.json`` and its CSV files; default
        :func:`default_data_dir`.

    Returns
    -------
    Dataset

    Raises
    ------
    DataValidationError
        Naming file, line, column and rule of each violation.
    """
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    descriptor = _read_descriptor(data_dir)
    resources = {r["name"]: r for r in descriptor["resources"]}
    missing = [name for name in _TABLES if name not in resources]
    if missing:
        raise DataValidationError(
            [DataIssue("datapackage.json", None, None, "resources", f"missing resources {missing}")]
        )
    for res in resources.values():
        _check_bytes(data_dir, res["path"])
    lines = {name: _record_lines(data_dir / res["path"]) for name, res in resources.items()}
    header_issues = [i for name, res in resources.items() for i in _check_header(res, lines[name])]
    if header_issues:
        raise DataValidationError(header_issues)
    _check_schema(data_dir, descriptor, lines)
    frames = {name: _read_frame(data_dir, res) for name, res in resources.items()}
    number_issues = [
        i for name, res in resources.items() for i in _check_numbers(frames[name], res, lines[name])
    ]
    if number_issues:
        raise DataValidationError(number_issues)
    for name, res in resources.items():
        _add_numeric(frames[name], res)
    issues = _check_text(frames, resources, lines)
    issues += _check_results(
        frames["results"], frames["cohorts"], resources["results"]["path"], lines["results"]
    )
    issues += _check_risk_of_bias(frames["risk_of_bias"], resources["risk_of_bias"]["path"])
    issues += _check_synthesis(
        frames["synthesis"], frames["results"], resources["synthesis"]["path"]
    )
    if issues:
        raise DataValidationError(issues)
    return Dataset(data_dir=data_dir, **{k: frames[k] for k in _TABLES})


# --------------------------------------------------------------------------- layers


def _read_descriptor(data_dir: Path) -> dict:
    path = data_dir / "datapackage.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        issue = DataIssue(str(path), None, None, "file-exists", "file not found")
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        issue = DataIssue(str(path), getattr(err, "lineno", None), None, "json", str(err))
    raise DataValidationError([issue])


def _check_bytes(data_dir: Path, rel: str) -> None:
    path = data_dir / rel
    if not path.is_file():
        raise DataValidationError([DataIssue(rel, None, None, "file-exists", "file not found")])
    raw = path.read_bytes()
    if not raw.strip():
        raise DataValidationError([DataIssue(rel, None, None, "not-empty", "file is empty")])
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        msg = f"not valid UTF-8: byte 0x{raw[err.start]:02x} at offset {err.start}"
        raise DataValidationError([DataIssue(rel, line, None, "utf-8", msg)]) from None


class _Lines:
    """Physical line of each record of a CSV file: ``[0]`` is the header's, ``[i]`` row i's.

    Records are counted as the csv module reads them, so a quoted field holding a line break
    moves every later record down by the lines it spans.
    """

    def __init__(self, starts: list[int], header: list[str] | None, rows: int):
        self.starts = starts
        self.header = header
        self.rows = rows

    def of_record(self, number: int | None) -> int | None:
        """Line of record ``number`` (1 = header, as frictionless counts rows)."""
        if number is None:
            return None
        if 1 <= number <= len(self.starts):
            return self.starts[number - 1]
        return number

    def of_row(self, index: int) -> int:
        """Line of data row ``index`` (0-based, as pandas reads them)."""
        return self.of_record(index + 2) or index + 2


def _record_lines(path: Path) -> _Lines:
    starts: list[int] = []
    header = None
    rows = 0
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        previous = 0
        for record in reader:
            if record:
                starts.append(previous + 1)
                if header is None:
                    header = record
                else:
                    rows += 1
            previous = reader.line_num
    return _Lines(starts, header, rows)


def _check_header(res: dict, lines: _Lines) -> list[DataIssue]:
    """The header names the schema's columns in order, and rows follow it."""
    file = res["path"]
    expected = [f["name"] for f in res["schema"]["fields"]]
    found = lines.header or []
    issues = []
    for name in sorted({n for n in found if found.count(n) > 1}):
        issues.append(
            DataIssue(
                file,
                1,
                name,
                "column-duplicate",
                f"column {name!r} appears {found.count(name)} times in the header",
            )
        )
    for pos, name in enumerate(expected):
        if name not in found:
            before = f"after {expected[pos - 1]!r}" if pos else "first"
            issues.append(
                DataIssue(
                    file,
                    1,
                    name,
                    "column-missing",
                    f"column {name!r} is missing from the header (the schema has it {before})",
                )
            )
    for name in found:
        if name not in expected:
            issues.append(
                DataIssue(
                    file,
                    1,
                    name,
                    "column-unknown",
                    f"column {name!r} is not in the schema of {file}; the "
                    f"columns are: {', '.join(expected)}",
                )
            )
    if not issues and found != expected:
        issues.append(
            DataIssue(
                file,
                1,
                None,
                "column-order",
                f"the columns are not in the schema's order; expected: {', '.join(expected)}",
            )
        )
    if not issues and lines.rows == 0:
        issues.append(
            DataIssue(file, 2, None, "has-rows", "the file has a header but no rows below it")
        )
    return issues


def _check_schema(data_dir: Path, descriptor: dict, lines: dict[str, _Lines]) -> None:
    from frictionless import Package  # imported here: only the loader needs it

    package = Package(descriptor, basepath=str(data_dir))
    report = package.validate()
    issues = []
    for res, task in zip(descriptor["resources"], report.tasks, strict=True):
        # a row with too many or too few fields shifts its cells: report that, not the shift
        shifted = {e.row_number for e in task.errors if e.type in ("extra-cell", "missing-cell")}
        for err in task.errors:
            if getattr(err, "row_number", None) in shifted and err.type not in (
                "extra-cell",
                "missing-cell",
            ):
                continue
            issues.append(_schema_issue(res, lines[res["name"]], err))
    if issues:
        raise DataValidationError(issues)


def _schema_issue(res: dict, lines: _Lines, err) -> DataIssue:
    """Turn one frictionless error into a DataIssue in plain words, with the row's key."""
    file = res["path"]
    specs = {f["name"]: f for f in res["schema"]["fields"]}
    fields = list(specs)
    key = res["schema"].get("primaryKey", [])
    line = lines.of_record(getattr(err, "row_number", None))
    column = getattr(err, "field_name", None) or getattr(err, "label", None)
    cells = getattr(err, "cells", None) or []
    row_id = None
    if key and len(cells) == len(fields):
        values = [cells[fields.index(k)] for k in key]
        row_id = (
            values[0]
            if len(key) == 1
            else ", ".join(f"{k}={v!r}" for k, v in zip(key, values, strict=True))
        )
    message = err.note or err.message
    cell = getattr(err, "cell", None)
    spec = specs.get(column or "", {})
    if err.type == "primary-key":
        column = ", ".join(key)
        message = f"duplicate key: {message.replace('position', 'line')}"
    elif err.type == "foreign-key":
        names = list(getattr(err, "field_names", None) or [])
        values = list(getattr(err, "field_cells", None) or [])
        reference = getattr(err, "reference_name", "") or file
        column = ", ".join(names) or column
        if names and len(values) == len(names):
            shown = ", ".join(f"{n} = {v!r}" for n, v in zip(names, values, strict=True))
            message = f"no row of the {reference} table has {shown}"
        else:
            message = f"no matching row in the referenced table: {message}"
    elif err.type == "type-error" and cell is not None:
        wanted = _TYPE_WORDS.get(spec.get("type", ""), f"of type {spec.get('type')}")
        message = f"{cell!r} is not {wanted}"
    elif err.type == "constraint-error" and cell is not None:
        message = _constraint_words(cell, spec, message)
    elif err.type == "extra-cell":
        message = "the row has more fields than the header (a stray comma or an unquoted one?)"
    elif err.type == "missing-cell":
        message = "the row has fewer fields than the header"
    return DataIssue(file, line, column, err.type, message, row_id=row_id)


def _constraint_words(cell: str, spec: dict, note: str) -> str:
    """A frictionless constraint note ('constraint "enum" is "[...]"') in plain words."""
    found = re.match(r'constraint "(\w+)"', note)
    which = found.group(1) if found else ""
    rules = spec.get("constraints", {})
    if which == "required":
        return "a value is required in this column"
    if which == "enum":
        return f"{cell!r} is not one of the allowed terms: {', '.join(rules['enum'])}"
    if which == "pattern":
        return (
            f"{cell!r} does not have the form {spec.get('description', '')!r} ({rules['pattern']})"
        )
    if which == "minimum":
        return f"{cell!r} is below the smallest allowed value, {rules['minimum']}"
    if which == "maximum":
        return f"{cell!r} is above the largest allowed value, {rules['maximum']}"
    return f"{cell!r}: {note}"


def _read_frame(data_dir: Path, res: dict) -> pd.DataFrame:
    return pd.read_csv(data_dir / res["path"], dtype=str, keep_default_na=False, encoding="utf-8")


def _codes(fld: dict) -> list[str]:
    """Printed non-numbers a number column allows (its ``missingValues`` besides "")."""
    return [c for c in fld.get("missingValues", []) if c]


def _check_numbers(frame: pd.DataFrame, res: dict, lines: _Lines) -> list[DataIssue]:
    """Every number cell is plain digits (``nan``, ``inf``, ``1,5`` are not) or a code."""
    issues = []
    key = res["schema"].get("primaryKey", [None])[0]
    for fld in res["schema"]["fields"]:
        if fld["type"] not in ("number", "integer"):
            continue
        col = fld["name"]
        codes = _codes(fld)
        for i, text in enumerate(frame[col]):
            if not text or text in codes:
                continue
            whole = fld["type"] == "integer"
            if _PLAIN_NUMBER.fullmatch(text) and (not whole or text.lstrip("-").isdigit()):
                continue
            allowed = f", or {'/'.join(codes)}" if codes else ""
            kind = "a whole number" if whole else "a number"
            issues.append(
                DataIssue(
                    res["path"],
                    lines.of_row(i),
                    col,
                    "number",
                    f"{text!r} is not {kind}: write it in digits as printed (e.g. 0.01 "
                    f"or 1e-2){allowed}, or leave the cell empty",
                    row_id=frame[key].iat[i] if key else None,
                )
            )
    return issues


def _add_numeric(frame: pd.DataFrame, res: dict) -> None:
    """The ``*_num`` float columns (NaN where empty or a printed non-number)."""
    for fld in res["schema"]["fields"]:
        if fld["type"] in ("number", "integer"):
            codes = set(_codes(fld)) | {""}
            frame[fld["name"] + "_num"] = [
                float("nan") if t in codes else float(t) for t in frame[fld["name"]]
            ]


def _check_text(
    frames: dict[str, pd.DataFrame], resources: dict, lines: dict[str, _Lines]
) -> list[DataIssue]:
    issues = []
    for name, frame in frames.items():
        res = resources[name]
        key = res["schema"].get("primaryKey", [None])[0]
        for fld in res["schema"]["fields"]:
            if fld["type"] != "string":
                continue
            col = fld["name"]
            for i, text in enumerate(frame[col]):
                if _HTML.search(text):
                    issues.append(
                        DataIssue(res["path"], lines[name].of_row(i), col, "no-html",
                                  f"contains HTML markup: {text!r}",
                                  row_id=frame[key].iat[i] if key else None)
                    )  # fmt: skip
    return issues


def _check_results(
    results: pd.DataFrame, cohorts: pd.DataFrame, file: str, lines: _Lines
) -> list[DataIssue]:
    issues: list[DataIssue] = []
    known = set(zip(cohorts["study_id"], cohorts["cohort"], strict=True))
    for i, row in enumerate(results.itertuples(index=False)):

        def bad(column: str, rule: str, message: str, row=row, i=i) -> None:
            issues.append(
                DataIssue(file, lines.of_row(i), column, rule, message, row_id=row.result_id)
            )

        if not row.result_id.startswith(row.study_id + "-"):
            bad(
                "result_id",
                "id-matches-study",
                f"{row.result_id!r} does not start with {row.study_id!r}-",
            )
        if row.comparator and (row.study_id, row.comparator) not in known:
            bad(
                "comparator",
                "known-cohort",
                f"{row.comparator!r} is not a cohort of {row.study_id}",
            )
        if row.events and row.n and row.events_num > row.n_num:
            bad("events", "events-le-n", f"events ({row.events}) is greater than n ({row.n})")
        if (row.events or row.n) and not row.n_source:
            bad(
                "n_source",
                "n-source-given",
                "events/n given without saying whether printed or implied",
            )
        value = row.value_num  # NaN when empty or a printed non-number
        numeric = not pd.isna(value)
        if not row.value:
            bad(
                "value",
                "value-given",
                "a value is required: the number as printed, or NR, NE or NS where the "
                "document prints 'not reached', 'not estimable' or 'not significant'",
            )
        for col in ("value", "lower", "upper"):
            code = getattr(row, col)
            if code in NON_NUMBERS:
                allowed = _CODES_ALLOWED.get((col, code), ())
                fits = row.interval_type == "ci" if allowed is None else row.statistic in allowed
                if not fits:
                    where = (
                        "a bound of a confidence interval"
                        if allowed is None
                        else f"the value of a {' or '.join(allowed)} row"
                    )
                    bad(
                        col,
                        "non-number-fits",
                        f"{code} ({NON_NUMBERS[code]}) can only be {where}; this row is a "
                        f"{row.statistic} row"
                        + (f" with a {row.interval_type}" if row.interval_type else ""),
                    )
        if row.qualifier and not numeric:
            bad(
                "qualifier",
                "qualifier-on-number",
                f"qualifier {row.qualifier!r} needs a number in value; got {row.value!r}",
            )
        if numeric and row.statistic in ("percent", "km_rate") and not 0 <= value <= 100:
            bad("value", "percent-range", f"a percentage must lie in 0-100; got {row.value}")
        if row.statistic in _P_VALUES:
            if numeric and not 0 <= value <= 1:
                bad("value", "p-range", f"a p-value must lie in 0-1; got {row.value}")
            if row.statistic == "p_value" and not row.comparator:
                bad("comparator", "p-needs-comparator", "a p-value row must name its comparator")
            if row.statistic != "p_value" and row.comparator:
                what = (
                    "one cohort at two time points"
                    if row.statistic == "p_value_paired"
                    else ("three or more groups held by the cohort")
                )
                bad(
                    "comparator",
                    "comparator-empty",
                    f"a {row.statistic} row compares {what}: leave comparator empty "
                    f"(got {row.comparator!r})",
                )
        if row.statistic == "hazard_ratio":
            if numeric and not value > 0:
                bad("value", "ratio-positive", f"a hazard ratio must be above 0; got {row.value}")
            if not row.comparator:
                bad(
                    "comparator",
                    "hr-needs-comparator",
                    "a hazard ratio row must name its comparator (the reference group)",
                )
        if (
            row.statistic == "km_rate"
            and not row.timepoint_months
            and _NO_TIME not in row.note.lower()
        ):
            bad(
                "timepoint_months",
                "rate-needs-time",
                f"a survival rate needs its time point, or a note saying '{_NO_TIME}' where the "
                "document prints none (never a guessed one)",
            )
        if bool(row.lower) != bool(row.upper):
            given, empty = ("lower", "upper") if row.lower else ("upper", "lower")
            bad(
                empty,
                "bounds-together",
                f"an interval needs both bounds: {given} is {getattr(row, given)!r} and {empty} "
                f"is empty (write NR or NE where the document prints 'not reached' or "
                f"'not estimable')",
            )
        if bool(row.lower or row.upper) != bool(row.interval_type):
            bad("interval_type", "interval-typed", "lower/upper and interval_type go together")
        if (row.interval_type == "ci") != bool(row.ci_level):
            bad(
                "ci_level",
                "ci-level-given",
                "a confidence interval needs its level (and only a CI)",
            )
        lower, upper = row.lower_num, row.upper_num
        if numeric and not pd.isna(lower) and not lower <= value:
            bad(
                "value",
                "lower-le-value-le-upper",
                f"value {row.value} is below the lower bound {row.lower}",
            )
        if numeric and not pd.isna(upper) and not value <= upper:
            bad(
                "value",
                "lower-le-value-le-upper",
                f"value {row.value} is above the upper bound {row.upper}",
            )
        if not pd.isna(lower) and not pd.isna(upper) and not lower <= upper:
            bad(
                "lower",
                "lower-le-value-le-upper",
                f"the lower bound {row.lower} is above the upper bound {row.upper}",
            )
        printed = printed_numbers(row.reported)
        for col in ("value", "sd", "se", "lower", "upper"):
            text = getattr(row, col)
            if text and not _is_printed(text, printed, row.reported, row.n):
                bad(col, "reported-parses",
                    f"{text!r} does not appear in reported text {row.reported!r}")  # fmt: skip
        if row.qualifier and numeric:
            stored = parse_printed(row.value, "value")
            if not any(
                isinstance(p, PrintedNumber)
                and p.relation == row.qualifier
                and same_printing(p, stored)
                for p in printed
            ):
                bad(
                    "qualifier",
                    "reported-parses",
                    f"{row.qualifier}{row.value} does not appear in reported text {row.reported!r}",
                )
    return issues


def _is_printed(text: str, printed: tuple, reported: str, n: str) -> bool:
    """Whether a stored cell is one of the numbers the grammar reads in ``reported``.

    A number matches a printed one of the same value and precision ("59.8" matches "59·8",
    "0.01" matches "1e-2", "80" does not match "80.0"); a code ("NR") matches its printed
    form ("NR", "not reached"); ``n`` matches the word "all" ("All 24").
    """
    if text in NON_NUMBERS:
        return any(isinstance(p, PrintedNonNumber) and p.code == text for p in printed)
    stored = parse_printed(text, "cell")
    if any(isinstance(p, PrintedNumber) and same_printing(p, stored) for p in printed):
        return True
    return bool(n) and text == n and re.search(r"\ball\b", reported, re.IGNORECASE) is not None


#: What a survival rate's note says when the document prints no time point for it.
_NO_TIME = "time point not printed"

#: Judgements each appraisal tool allows on its items (every ``overall`` row uses ROBINS-I's).
_ROB_SCALE = ("low", "moderate", "serious", "critical")
_ROB_ITEMS = {
    "ROBINS-I": (*_ROB_SCALE, "no information"),
    "JBI case series": ("yes", "no", "unclear", "not applicable", "no information"),
}


def _check_risk_of_bias(rob: pd.DataFrame, file: str) -> list[DataIssue]:
    """Per-tool vocabularies and the support rule of ``risk_of_bias.csv``."""
    issues: list[DataIssue] = []
    for i, row in enumerate(rob.itertuples(index=False)):
        where = dict(file=file, line=i + 2, row_id=f"{row.study_id}, {row.domain}")

        def bad(column: str, rule: str, message: str, where=where) -> None:
            issues.append(DataIssue(**where, column=column, rule=rule, message=message))

        if row.tool not in _ROB_ITEMS:
            bad("tool", "tool-known",
                f"{row.tool!r} is not an appraisal tool the reports can read (they read "
                f"{' and '.join(_ROB_ITEMS)}); its domains and judgements would need adding in "
                "blinarepro (data.py, appraisal/)")  # fmt: skip
            continue
        is_jbi_item = row.domain.startswith("jbi_")
        if is_jbi_item != (row.tool == "JBI case series") and row.domain != "overall":
            bad("domain", "domain-of-tool", f"{row.domain!r} is not a domain of {row.tool}")
        allowed = _ROB_SCALE if row.domain == "overall" else _ROB_ITEMS[row.tool]
        if row.judgement not in allowed:
            bad("judgement", "judgement-of-tool",
                f"{row.judgement!r} is not a {row.tool} judgement for {row.domain!r}; "
                f"allowed: {', '.join(allowed)}")  # fmt: skip
        if row.domain != "overall" and (row.judgement == "no information") == bool(row.support):
            bad("support", "support-iff-information",
                "support must be empty exactly when the judgement is 'no information'; "
                f"got {row.judgement!r}")  # fmt: skip
    return issues


def _check_synthesis(synthesis: pd.DataFrame, results: pd.DataFrame, file: str) -> list[DataIssue]:
    """A synthesis row names its result's study, and a rule's companion field iff it needs one."""
    study = dict(zip(results["result_id"], results["study_id"], strict=True))
    issues = []
    for i, row in enumerate(synthesis.itertuples(index=False)):
        key = f"{row.outcome}, {row.result_id}, {row.cohort}"
        rules = [
            ("study_id", "result-study", study.get(row.result_id, row.study_id) == row.study_id,
             f"{row.study_id!r} is not the study of {row.result_id} ({study.get(row.result_id)})"),
            ("n_result", "rule-needs-n_result",
             (row.count_rule == "all_of_arm") == bool(row.n_result),
             "set exactly when count_rule is all_of_arm"),
            ("replaces", "rule-needs-replaces",
             (row.sensitivity == "later_assessment") == bool(row.replaces),
             "set exactly when sensitivity is later_assessment"),
            ("included", "sensitivity-not-included",
             not (row.included == "yes" and row.sensitivity),
             "a row in the primary pool cannot also be a sensitivity replacement"),
            ("count_rule", "included-needs-count",
             not (row.included == "yes" and row.count_rule == "none"),
             "an included row needs its count: a count_rule other than none"),
            ("count_rule", "reading-is-sensitivity",
             (row.count_rule == "coherent_reading") <= (row.sensitivity == "coherent_reading"),
             "count_rule coherent_reading needs sensitivity coherent_reading"),
        ]  # fmt: skip
        for column, rule, ok, message in rules:
            if not ok:
                issues.append(DataIssue(file, i + 2, column, rule, message, row_id=key))
    return issues
