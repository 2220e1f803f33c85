"""Synthetic documents for the scale case of ``make bench``: N copies of a test fixture, each a
new study added by data rows alone, written into a copy of ``data/``.

The template is the invented abstract of ``tests/fixtures/synth2026/`` (its first line says it
is invented; its rows are those the tests check, issue #17). Document ``i`` (1-based) is that
abstract with

- every id renamed: study ``synth2026`` -> ``bench001`` ..., so result ids ``bench001-01``...,
  relation and claim ids alike;
- its source named ``900_<first 16 hex digits of the text's SHA-256>.txt``, its
  ``source_sha256`` that of the new text (so ``blinarepro.validate`` accepts it);
- its title numbered ("... (bench document 1)");
- two printed numbers drawn from a seeded generator (same seed, same documents): the 1-year
  overall survival of arm A (``84.0%`` in the fixture, a Kaplan-Meier rate on 25 patients;
  here 70.0 to 92.0, so its verdict differs between documents as the Kaplan-Meier
  feasibility check decides) and the p-value with no test (``p = 0.31``, not recomputable;
  here 0.11 to 0.89), changed in the text and in its row (``value`` and ``reported``) alike.

The documents differ in their numbers, not in their shape: each has the fixture's 15 rows,
5 relations and 3 cohorts, so the cost of a report does not drift with N.

Nothing is committed: the bench writes the documents into a temporary copy of ``data/``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import random
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "synth2026"
TEMPLATE_ID = "synth2026"
TEMPLATE_SOURCE = "900_5e17e71c0de0a001.txt"
TABLES = ("studies", "cohorts", "results", "relations")
MAX_DOCUMENTS = 999
# the numbers varied: (result_id suffix, the fixture's printed number, its reported text)
_OS_ROW, _OS_TEXT = "-13", "84.0% in arm A"
_P_ROW, _P_TEXT = "-15", "(p = 0.31)"


@dataclass(frozen=True)
class Document:
    """One generated document: its study id, source file name and text, and its rows."""

    study_id: str
    source_file: str
    text: str
    rows: dict[str, list[dict[str, str]]]
    index: int
    seed: int


def study_id(index: int) -> str:
    """``bench001`` for document 1."""
    return f"bench{index:03d}"


def _template() -> tuple[str, dict[str, list[dict[str, str]]]]:
    text = (FIXTURE / TEMPLATE_SOURCE).read_text(encoding="utf-8")
    rows = {}
    for table in TABLES:
        with (FIXTURE / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            rows[table] = list(csv.DictReader(handle))
    return text, rows


def document(index: int, seed: int = 0) -> Document:
    """Document ``index`` (1 to 999) of the generator seeded with ``seed``.

    Parameters
    ----------
    index : int
        1-based number of the document; it names the study (``bench001``).
    seed : int
        The generator's seed; ``(index, seed)`` fixes the varied numbers, so the same call
        gives the same document byte for byte.

    Returns
    -------
    Document
        Rows for ``studies``, ``cohorts``, ``results`` and ``relations`` and the source text.
        Validated in ``tests/test_synthetic.py``: the rows load with ``blinarepro.data.load``
        and pass ``blinarepro.validate.validate_study`` against the text.
    """
    if not 1 <= index <= MAX_DOCUMENTS:
        raise ValueError(f"document index must be 1 to {MAX_DOCUMENTS}; got {index}")
    rng = random.Random(f"{seed}:{index}")
    os_rate = f"{rng.randint(700, 920) / 10:.1f}"
    p_value = f"{rng.randint(11, 89) / 100:.2f}"
    sid = study_id(index)
    text, rows = _template()
    title = rows["studies"][0]["title"]
    new_title = f"{title} (bench document {index})"
    os_text, p_text = _OS_TEXT.replace("84.0", os_rate), _P_TEXT.replace("0.31", p_value)
    for old, new in ((title, new_title), (_OS_TEXT, os_text), (_P_TEXT, p_text)):
        if text.count(old) != 1:
            raise ValueError(f"{TEMPLATE_SOURCE}: {old!r} is not printed exactly once")
        text = text.replace(old, new)
    text = text.replace(TEMPLATE_ID, sid)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    source = f"900_{digest[:16]}.txt"
    out: dict[str, list[dict[str, str]]] = {}
    for table, template_rows in rows.items():
        out[table] = []
        for row in template_rows:
            row = {k: v.replace(TEMPLATE_ID, sid).replace(TEMPLATE_SOURCE, source)
                   for k, v in row.items()}  # fmt: skip
            if table == "results" and row["result_id"].endswith(_OS_ROW):
                row.update(value=os_rate, reported=os_text)
            if table == "results" and row["result_id"].endswith(_P_ROW):
                row.update(value=p_value, reported=p_text)
            if table == "studies":
                row.update(
                    title=new_title,
                    source_sha256=digest,
                    note=f"generated for make bench (blinarepro.chain.synthetic, seed {seed}) "
                    f"from the invented abstract of tests/fixtures/{TEMPLATE_ID}",
                )
            out[table].append(row)
    return Document(sid, source, text, out, index, seed)


def _lines(data_dir: Path, table: str, rows: list[dict[str, str]]) -> str:
    """``rows`` as CSV lines in the column order of ``data_dir/<table>.csv``."""
    with (data_dir / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    extra = set(rows[0]) - set(header)
    if extra:
        raise ValueError(f"{table}.csv has no columns {sorted(extra)} (the fixture has)")
    buffer = io.StringIO()
    csv.DictWriter(buffer, header, restval="", lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def write_documents(data_dir: str | Path, n: int, seed: int = 0) -> list[Document]:
    """Append documents 1..``n`` to the data folder ``data_dir`` (a copy of ``data/``).

    Each table gets the documents' rows at its end and ``sources/`` their texts, as
    ``data/README.md`` ("Adding a document") says; the schema is not edited.
    """
    data_dir = Path(data_dir)
    if not 1 <= n <= MAX_DOCUMENTS:
        raise ValueError(f"n must be 1 to {MAX_DOCUMENTS}; got {n}")
    documents = [document(i, seed) for i in range(1, n + 1)]
    for table in TABLES:
        lines = "".join(_lines(data_dir, table, d.rows[table]) for d in documents)
        path = data_dir / f"{table}.csv"
        text = path.read_text(encoding="utf-8")
        if not text.endswith("\n"):
            text += "\n"
        path.write_text(text + lines, encoding="utf-8", newline="")
    (data_dir / "sources").mkdir(exist_ok=True)
    for d in documents:
        (data_dir / "sources" / d.source_file).write_text(d.text, encoding="utf-8", newline="")
    return documents


def change_document(data_dir: str | Path, index: int, seed: int, new_seed: int) -> list[str]:
    """Replace document ``index`` (written with ``seed``) by its variant of ``new_seed``.

    Its rows are rewritten in place and its source text replaced; a table whose lines do not
    change is not written (its modification time, which ``make`` reads, stays).

    Returns
    -------
    list of str
        The files that changed, relative to ``data_dir``.
    """
    data_dir = Path(data_dir)
    old, new = document(index, seed), document(index, new_seed)
    changed = []
    for table in TABLES:
        before, after = (
            _lines(data_dir, table, old.rows[table]),
            _lines(data_dir, table, new.rows[table]),
        )
        if before == after:
            continue
        path = data_dir / f"{table}.csv"
        text = path.read_text(encoding="utf-8")
        if text.count(before) != 1:
            raise ValueError(f"{path}: the rows of {old.study_id} (seed {seed}) are not found once")
        path.write_text(text.replace(before, after), encoding="utf-8", newline="")
        changed.append(f"{table}.csv")
    if old.source_file != new.source_file:
        (data_dir / "sources" / old.source_file).unlink()
        (data_dir / "sources" / new.source_file).write_text(new.text, encoding="utf-8", newline="")
        changed += [f"sources/{old.source_file} (removed)", f"sources/{new.source_file}"]
    return changed
