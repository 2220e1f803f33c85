"""Load and validate ``data/``: the printed numbers of the five source documents.

One entry point, :func:`load`, reads every table named in ``data/datapackage.json``
(a Frictionless Data Package), validates it and returns a frozen :class:`Dataset`.

Validation runs in three layers, each stopping the load with one
:class:`DataValidationError` that names the file, line, column and rule:

1. bytes: the file exists, is not empty and is UTF-8 (the line of the first bad byte
   is named);
2. schema (Frictionless Table Schema, checked by the ``frictionless`` library):
   header, field count, types, required fields, controlled vocabularies (``enum``),
   patterns, unique and foreign keys;
3. meaning (checked here): 0 <= events <= n, percentages within 0-100, p-values within
   0-1, lower <= value <= upper, every printed number of a row appears in its
   ``reported`` text, comparators name a cohort of the same study, ids match their
   study, and no HTML in any text field.

Every field is kept as the printed string (so ``"80.0"`` keeps its precision); numeric
fields are also given as floats in a column with the suffix ``_num``.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

__all__ = [
    "DATA_DIR_ENV",
    "DataIssue",
    "DataValidationError",
    "Dataset",
    "default_data_dir",
    "load",
]

#: Environment variable that overrides the default data directory.
DATA_DIR_ENV = "BLINAREPRO_DATA"

_MAX_LISTED = 20
_HTML = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?\s*>|&(#\d+|[A-Za-z]+);")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_NUMBER_WORDS = {
    "no": "0", "none": "0", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
    "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
    "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
}  # fmt: skip


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
        noun = "problem" if len(self.issues) == 1 else "problems"
        super().__init__(f"invalid data, {len(self.issues)} {noun}:\n  {listed}{tail}")


@dataclass(frozen=True)
class Dataset:
    """The validated tables, as printed (strings) with ``*_num`` float columns."""

    data_dir: Path
    studies: pd.DataFrame = field(repr=False)
    cohorts: pd.DataFrame = field(repr=False)
    results: pd.DataFrame = field(repr=False)
    endpoints: pd.DataFrame = field(repr=False)

    def study(self, study_id: str) -> pd.DataFrame:
        """The results rows of one study (raises ``KeyError`` for an unknown id)."""
        if study_id not in set(self.studies["study_id"]):
            known = ", ".join(self.studies["study_id"])
            raise KeyError(f"unknown study_id {study_id!r}; known: {known}")
        return self.results[self.results["study_id"] == study_id].reset_index(drop=True)


def default_data_dir() -> Path:
    """``$BLINAREPRO_DATA`` if set, else the ``data/`` folder beside the package."""
    env = os.environ.get(DATA_DIR_ENV)
    return Path(env) if env else Path(__file__).resolve().parent.parent / "data"


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
    missing = [
        name for name in ("studies", "cohorts", "results", "endpoints") if name not in resources
    ]
    if missing:
        raise DataValidationError(
            [DataIssue("datapackage.json", None, None, "resources", f"missing resources {missing}")]
        )
    for res in resources.values():
        _check_bytes(data_dir, res["path"])
    _check_schema(data_dir, descriptor)
    frames = {name: _read_frame(data_dir, res) for name, res in resources.items()}
    issues = _check_text(frames, resources)
    issues += _check_results(frames["results"], frames["cohorts"], resources["results"]["path"])
    if issues:
        raise DataValidationError(issues)
    return Dataset(
        data_dir=data_dir, **{k: frames[k] for k in ("studies", "cohorts", "results", "endpoints")}
    )


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


def _check_schema(data_dir: Path, descriptor: dict) -> None:
    from frictionless import Package  # imported here: only the loader needs it

    package = Package(descriptor, basepath=str(data_dir))
    report = package.validate()
    issues = []
    for res, task in zip(descriptor["resources"], report.tasks, strict=True):
        fields = [f["name"] for f in res["schema"]["fields"]]
        key = res["schema"].get("primaryKey", [])
        for err in task.errors:
            issues.append(_schema_issue(res["path"], fields, key, err))
    if issues:
        raise DataValidationError(issues)


def _schema_issue(file: str, fields: list[str], key: list[str], err) -> DataIssue:
    """Turn one frictionless error into a DataIssue with the row's key and the cell."""
    line = getattr(err, "row_number", None)
    column = getattr(err, "field_name", None) or getattr(err, "label", None)
    cells = getattr(err, "cells", None) or []
    row_id = None
    if key and len(cells) == len(fields):
        row_id = ", ".join(f"{k}={cells[fields.index(k)]!r}" for k in key)
    message = err.note or err.message
    if err.type == "primary-key":
        column = ", ".join(key)
        message = f"duplicate key: {message.replace('position', 'line')}"
    elif err.type == "foreign-key":
        message = f"no matching row in the referenced table: {message}"
    cell = getattr(err, "cell", None)
    if cell is not None and err.type in ("type-error", "constraint-error"):
        message = f"{cell!r}: {message}"
    return DataIssue(file, line, column, err.type, message, row_id=row_id)


def _read_frame(data_dir: Path, res: dict) -> pd.DataFrame:
    frame = pd.read_csv(data_dir / res["path"], dtype=str, keep_default_na=False, encoding="utf-8")
    for fld in res["schema"]["fields"]:
        if fld["type"] in ("number", "integer"):
            frame[fld["name"] + "_num"] = pd.to_numeric(frame[fld["name"]].replace("", None))
    return frame


def _check_text(frames: dict[str, pd.DataFrame], resources: dict) -> list[DataIssue]:
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
                        DataIssue(res["path"], i + 2, col, "no-html",
                                  f"contains HTML markup: {text!r}",
                                  row_id=frame[key].iat[i] if key else None)
                    )  # fmt: skip
    return issues


def _check_results(results: pd.DataFrame, cohorts: pd.DataFrame, file: str) -> list[DataIssue]:
    issues: list[DataIssue] = []
    known = set(zip(cohorts["study_id"], cohorts["cohort"], strict=True))
    for i, row in enumerate(results.itertuples(index=False)):

        def bad(column: str, rule: str, message: str, row=row, i=i) -> None:
            issues.append(DataIssue(file, i + 2, column, rule, message, row_id=row.result_id))

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
        if row.statistic in ("percent", "km_rate") and not 0 <= row.value_num <= 100:
            bad("value", "percent-range", f"a percentage must lie in 0-100; got {row.value}")
        if row.statistic == "p_value":
            if not 0 <= row.value_num <= 1:
                bad("value", "p-range", f"a p-value must lie in 0-1; got {row.value}")
            if not row.comparator:
                bad("comparator", "p-needs-comparator", "a p-value row must name its comparator")
        if row.statistic == "km_rate" and not row.timepoint_months:
            bad("timepoint_months", "rate-needs-time", "a survival rate needs its time point")
        if bool(row.lower or row.upper) != bool(row.interval_type):
            bad("interval_type", "interval-typed", "lower/upper and interval_type go together")
        if (row.interval_type == "ci") != bool(row.ci_level):
            bad(
                "ci_level",
                "ci-level-given",
                "a confidence interval needs its level (and only a CI)",
            )
        if row.lower and row.upper and not row.lower_num <= row.value_num <= row.upper_num:
            bad("value", "lower-le-value-le-upper",
                f"value {row.value} is not within [{row.lower}, {row.upper}]")  # fmt: skip
        printed = _printed_numbers(row.reported, row.n)
        for col in ("value", "sd", "se", "lower", "upper"):
            text = getattr(row, col)
            if text and text not in printed:
                bad(col, "reported-parses",
                    f"{text!r} does not appear in reported text {row.reported!r}")  # fmt: skip
    return issues


def _printed_numbers(reported: str, n: str) -> set[str]:
    """Numbers in a printed phrase, as written: digits, number words, and 'all' = n."""
    found = set(_NUMBER.findall(reported))
    for word in re.findall(r"[A-Za-z]+", reported.lower()):
        if word in _NUMBER_WORDS:
            found.add(_NUMBER_WORDS[word])
        elif word == "all" and n:
            found.add(n)
    return found
