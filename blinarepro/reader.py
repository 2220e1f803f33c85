"""How the reports show a table to a reader: one formatter for every displayed DataFrame.

:func:`reader_html` turns a DataFrame into the HTML table a clinician reads: no row index,
human column labels, vocabulary ids replaced by their words (``data/datapackage.json``), a
cohort by its label (``cohorts.csv``) where the table names its study, ``yes``/``no`` for
booleans, percentages at one decimal, "not estimable" or an en dash for a missing value (never
``NaN``, ``<NA>`` or ``inf``), verdicts and findings as badges with text and colour
(:data:`VERDICT_BADGES`, :data:`FINDING_SEVERITY`), text cells left-aligned and numbers
right-aligned, and the table inside a box that scrolls sideways on its own. The CSV tables in
``reports/tables/`` keep the raw numbers: this is for display only.

:func:`blinarepro.report.setup` registers :func:`reader_html` as IPython's HTML formatter of
DataFrames (``DisplayFormatter.formatters['text/html'].for_type``, IPython's public API), so
every table a notebook displays goes through it and the notebooks stay as they are.
:data:`BADGE_CSS` is the one colour scheme: the reports' template and the index use it.
"""

from __future__ import annotations

import html
import math
import re
from functools import lru_cache

from blinarepro.findings import FINDING_DEFINITIONS, SEVERITY

__all__ = [
    "BADGE_CSS",
    "FINDING_SEVERITY",
    "VERDICT_BADGES",
    "badge",
    "cohort_label",
    "finding_badge",
    "label",
    "reader_frame",
    "reader_html",
    "verdict_badge",
]

#: Verdict -> (words, severity class). One scheme everywhere (reports and index): an
#: inconsistency (a printed number that cannot be true) is the most severe, a discrepancy
#: (our recomputation differs) next; "not recomputable" is information, not an error.
VERDICT_BADGES: dict[str, tuple[str, str]] = {
    "inconsistent": ("inconsistent", "major"),
    "discrepant": ("discrepant", "moderate"),
    "not_recomputable": ("not recomputable", "info"),
    "reproduced": ("reproduced", "ok"),
}

#: Finding severity classes (blinarepro.findings.SEVERITY) -> badge class.
FINDING_SEVERITY = {"major": "major", "moderate": "moderate", "minor": "minor"}

#: The badge colours (text and colour: a badge never relies on colour alone).
BADGE_CSS = """
.br-badge { display: inline-block; padding: 0.05em 0.5em; border-radius: 0.7em;
            font-size: 0.85em; font-weight: 600; white-space: nowrap; border: 1px solid; }
.br-major { background: #fde8e8; color: #8a1010; border-color: #e4a0a0; }
.br-moderate { background: #fff1dc; color: #7a4100; border-color: #e8c08a; }
.br-minor { background: #f4f1d8; color: #5a5200; border-color: #d8cf8e; }
.br-info { background: #e8eef7; color: #2b4a72; border-color: #a9bcd8; }
.br-ok { background: #e6f4ea; color: #1e5a2e; border-color: #9fcfab; }
.br-none { background: #f3f3f3; color: #555; border-color: #ccc; }
"""

#: Column names shown in other words (a column name not listed: underscores become spaces).
_COLUMN_WORDS = {
    "claim_id": "claim", "result_id": "printed number", "study_id": "document",
    "ci_level": "CI level", "ci_method": "CI method", "ci_lower": "CI lower",
    "ci_upper": "CI upper", "pi_lower": "PI lower", "pi_upper": "PI upper", "i2": "I²",
    "tau2": "τ²", "confidence_level": "CI level", "overlap_group": "overlap group",
    "at_100": "at 100%",
}  # fmt: skip

#: Float columns holding proportions (0-1) shown as percentages.
_PROPORTION = re.compile(r"^(estimate|lower|upper|pi_lower|pi_upper|proportion|rate)(_\d+)?$")
#: Columns whose missing value means the quantity could not be estimated.
_ESTIMABLE = re.compile(r"^(estimate|lower|upper|pi_|tau|i2|se|ci_|q)")
#: A vocabulary-style id (snake_case with at least one underscore), maybe ``key=value``.
_ID = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")
_KEY_VALUE = re.compile(r"^([a-z][a-z0-9_]*)=([a-z0-9_]+)$")


@lru_cache(maxsize=1)
def _vocabularies() -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """``({field: {value: words}}, {value: words})`` from the ``datapackage.json`` of the
    data the reports read (:func:`blinarepro.datapackage.default_data_dir`; the pooling
    methods' words, :data:`blinarepro.pooling.METHOD_LABELS`, are looked up by :func:`label`
    itself, for column ``method``)."""
    from blinarepro.datapackage import default_data_dir, vocabularies

    path = default_data_dir()
    by_field = vocabularies(path) if (path / "datapackage.json").is_file() else {}
    merged: dict[str, str] = {}
    # outcomes and endpoints first: an id like crs_grade3plus reads best as its outcome
    for name in ("endpoint", "outcome", "setting", "ph_status", "status", "sensitivity"):
        for value, words in by_field.get(name, {}).items():
            merged.setdefault(value, words)
    return by_field, merged


@lru_cache(maxsize=1)
def _cohort_labels() -> dict[tuple[str, str], str]:
    """``{(study_id, cohort): label}`` from ``cohorts.csv`` of the data the reports read."""
    import csv

    from blinarepro.datapackage import default_data_dir

    path = default_data_dir() / "cohorts.csv"
    if not path.is_file():
        return {}
    with path.open(newline="", encoding="utf-8") as f:
        return {(r["study_id"], r["cohort"]): r["label"] for r in csv.DictReader(f) if r["label"]}


def cohort_label(study_id: str, cohort: str) -> str:
    """A cohort's ``label`` of ``cohorts.csv`` ("MRD-positive before blinatumomab"), else its
    id in words."""
    return _cohort_labels().get((study_id, cohort)) or label(cohort)


def _short(words: str) -> str:
    """Vocabulary words without the part after a ';' (the definitions' details)."""
    return words.split(";")[0].strip()


def label(value: str, column: str | None = None) -> str:
    """Words for an internal id: its vocabulary entry (by ``column`` first), else spaces.

    ``setting=frontline_induction`` reads "setting: first-line therapy in newly diagnosed
    patients"; an id with no vocabulary entry has its underscores replaced by spaces.
    """
    by_field, merged = _vocabularies()
    match = _KEY_VALUE.match(value)
    if match:
        key, val = match.groups()
        return f"{key.replace('_', ' ')}: {label(val, key)}"
    if column == "method":  # imported here: the index shows no method, and needs no scipy
        from blinarepro.pooling.result import METHOD_LABELS

        if value in METHOD_LABELS:
            return _short(METHOD_LABELS[value])
    if column in by_field and value in by_field[column]:
        return _short(by_field[column][value])
    if _ID.match(value):
        return _short(merged.get(value, value.replace("_", " ")))
    return value


def badge(text: str, css: str, title: str | None = None) -> str:
    """A badge ``<span>`` (text escaped)."""
    tip = f' title="{html.escape(title)}"' if title else ""
    return f'<span class="br-badge br-{css}"{tip}>{html.escape(text)}</span>'


def verdict_badge(verdict: str) -> str:
    """The badge of a verdict (:data:`VERDICT_BADGES`); an unknown one is shown as is."""
    words, css = VERDICT_BADGES.get(verdict, (verdict.replace("_", " "), "none"))
    return badge(words, css)


def finding_badge(finding: str, count: int | None = None) -> str:
    """The badge of a finding, in words (after ``count`` if given: "3 × impossible value"),
    coloured by its severity, its definition as the tooltip; "" for no finding."""
    if not finding:
        return ""
    css = FINDING_SEVERITY.get(SEVERITY.get(finding, ""), "none")
    words = finding.replace("_", " ")
    if count is not None:
        words = f"{count} \u00d7 {words}"
    return badge(words, css, FINDING_DEFINITIONS.get(finding))


def _is_missing(x) -> bool:
    import pandas as pd

    try:
        return x is None or bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def _number(x: float, column: str, percent: bool) -> str:
    if math.isinf(x):
        return "not estimable (unbounded)"
    if percent:
        return f"{100 * x:.1f}%"
    if float(x).is_integer() and abs(x) < 1e15:
        return f"{int(x):,}".replace(",", "\u2009") if abs(x) >= 10000 else str(int(x))
    if column.lower() in ("p", "p_value", "pvalue") or column.lower().startswith("p "):
        return "<0.001" if x < 0.001 else f"{x:.3f}"
    return f"{x:.4g}" if abs(x) >= 0.001 else f"{x:.2g}"


def reader_frame(frame):
    """``(cells, numeric, headers, long)``: a copy of ``frame`` as display strings (HTML);
    per column, whether it is numeric (right-aligned); the column labels; and whether it holds
    long text (given room to wrap). The index is dropped unless it carries names."""
    import pandas as pd

    df = frame
    if not isinstance(df.index, pd.RangeIndex) or df.index.name is not None:
        named = any(n is not None for n in df.index.names)
        df = df.reset_index() if named else df.reset_index(drop=True)
    cells = pd.DataFrame(index=range(len(df)))
    numeric, long = {}, {}
    for i, col in enumerate(df.columns):
        name = str(col)
        series = df.iloc[:, i]
        is_bool = pd.api.types.is_bool_dtype(series)
        is_num = pd.api.types.is_numeric_dtype(series) and not is_bool
        finite = pd.to_numeric(series, errors="coerce") if is_num else None
        percent = bool(is_num and _PROPORTION.match(name) and finite.dropna().between(0, 1).all())
        missing = "not estimable" if _ESTIMABLE.match(name) else "\u2013"
        out = []
        studies = df["study_id"] if name == "cohort" and "study_id" in df.columns else None
        for j, x in enumerate(series):
            if studies is not None and isinstance(x, str) and isinstance(studies.iat[j], str):
                out.append(html.escape(cohort_label(studies.iat[j], x)))
            elif isinstance(x, bool) or type(x).__name__ == "bool_":
                out.append("yes" if x else "no")
            elif _is_missing(x) or (isinstance(x, str) and x in ("nan", "NaN", "<NA>")):
                out.append(f'<span class="br-missing">{missing}</span>')
            elif name == "verdict" and isinstance(x, str):
                out.append(verdict_badge(x))
            elif name == "finding" and isinstance(x, str):
                out.append(finding_badge(x))
            elif name == "severity" and isinstance(x, str):
                out.append(badge(x, FINDING_SEVERITY.get(x, "none")))
            elif isinstance(x, (int, float)) or type(x).__module__ == "numpy":
                try:
                    out.append(html.escape(_number(float(x), name, percent)))
                except (TypeError, ValueError):
                    out.append(html.escape(str(x)))
            else:
                out.append(html.escape(label(str(x), name)))
        cells[i] = out
        numeric[i] = is_num
        # a column of long text gets room to wrap at a readable width
        longest = max((len(str(x)) for x in series), default=0)
        long[i] = not is_num and longest > 60
    headers = [html.escape(_COLUMN_WORDS.get(str(c), label(str(c)))) for c in df.columns]
    return cells, numeric, headers, long


def reader_html(frame) -> str:
    """The reader's HTML table of ``frame`` (see the module docstring), in a scrolling box."""
    cells, numeric, headers, long = reader_frame(frame)
    css = ["br-num" if numeric[i] else ("br-text br-long" if long[i] else "br-text")
           for i in range(len(headers))]  # fmt: skip
    head = "".join(f'<th class="{css[i]}">{h}</th>' for i, h in enumerate(headers))
    rows = []
    for r in range(len(cells)):
        tds = "".join(f'<td class="{css[i]}">{cells.iat[r, i]}</td>' for i in range(len(headers)))
        rows.append(f"<tr>{tds}</tr>")
    return (
        '<div class="br-scroll" role="region" aria-label="table, scrolls sideways" tabindex="0">'
        f'<table class="br-table"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
