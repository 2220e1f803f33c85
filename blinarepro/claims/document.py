"""One document's rows, as every notebook sets them up, with the counts its claims read.

``document(data, "wang2025")`` replaces the helpers each notebook used to define: the rows
indexed by ``result_id``, the document's cohorts, and the whole numbers a check reads off a
row (a group size, printed events, or the one count a printed percentage implies).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from blinarepro.consistency.km_events import crude_events
from blinarepro.consistency.percent import event_counts

__all__ = ["Document", "document"]


@dataclass(frozen=True, eq=False)
class Document:
    """The rows of one document.

    Attributes
    ----------
    study_id : str
    rows : pandas.DataFrame
        Its ``results.csv`` rows indexed by ``result_id`` (the column kept), as printed.
    cohorts : pandas.DataFrame
        Its ``cohorts.csv`` rows indexed by ``cohort``.
    """

    study_id: str
    rows: pd.DataFrame
    cohorts: pd.DataFrame

    def _row(self, result_id: str) -> pd.Series:
        if result_id not in self.rows.index:
            raise KeyError(f"{result_id!r} is not a row of {self.study_id}")
        return self.rows.loc[result_id]

    def find(self, **columns: str) -> str:
        """The ``result_id`` of the one row whose columns print as given.

        ``doc.find(outcome="crc", statistic="percent")`` names a printed number by what it is,
        so a notebook need not write a row number. Raises ``KeyError`` when no row or more than
        one matches (naming them), or for an unknown column.
        """
        unknown = sorted(set(columns) - set(self.rows.columns))
        if unknown:
            raise KeyError(f"{self.study_id}: no column {unknown} in results.csv")
        mask = pd.Series(True, index=self.rows.index)
        for column, value in columns.items():
            mask &= self.rows[column].astype(str) == str(value)
        found = list(self.rows.index[mask])
        if len(found) != 1:
            where = ", ".join(f"{k}={v!r}" for k, v in columns.items())
            raise KeyError(f"{self.study_id}: {len(found)} rows with {where} ({found}); need one")
        return found[0]

    def count(self, result_id: str, field: str = "value") -> int:
        """A printed whole number of a row (``value`` of a count or n row, or ``events``/``n``)."""
        text = str(self._row(result_id)[field]).strip()
        if not text.isdigit():
            raise ValueError(f"{result_id}, field {field!r}: not a whole number ({text!r})")
        return int(text)

    def events_of(self, result_id: str) -> tuple[int, int]:
        """(k, n) of a percentage row: its printed events, else the one k whose k/n prints as it.

        Raises ``ValueError`` when no events are printed and the percentage fits no k, or
        more than one.
        """
        counts = self.event_counts(result_id)
        if len(counts) != 1:
            row = self._row(result_id)
            raise ValueError(
                f"{result_id}: {row['value']}% of {counts[0][1]} has {len(counts)} candidate counts"
            )
        return counts[0]

    def event_counts(self, result_id: str) -> list[tuple[int, int]]:
        """Every (k, n) a percentage row can stand for: its printed events, else each k whose
        k/n prints as it (34% of 271 is 91, 92 or 93 of 271). ``ValueError`` when none."""
        row = self._row(result_id)
        n = self.count(result_id, "n")
        printed = self.count(result_id, "events") if str(row["events"]).strip() else None
        ks = event_counts(row["value"], n, printed)
        if not ks:
            raise ValueError(f"{result_id}: {row['value']}% of {n} fits no count")
        return [(k, n) for k in ks]

    def event_free_if_uncensored(self, result_id: str) -> tuple[int, int]:
        """(event-free, n) for a Kaplan-Meier rate read with no censoring before its time point.

        The estimate then equals the crude proportion; the smallest event count whose
        (n - e) / n prints as the rate is used (``ValueError`` when none does).
        """
        row = self._row(result_id)
        n = self.count(result_id, "n")
        events = crude_events(row["value"], n)
        if not events:
            raise ValueError(f"{result_id}: {row['value']}% is no (n - e)/{n}; it needs censoring")
        return n - events[0], n


def document(data, study_id: str) -> Document:
    """The rows of ``study_id`` from loaded data (``blinarepro.data.load()``)."""
    rows = data.study(study_id).set_index("result_id", drop=False)
    cohorts = data.cohorts[data.cohorts["study_id"] == study_id].set_index("cohort")
    return Document(study_id, rows, cohorts)
