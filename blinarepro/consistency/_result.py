"""What every consistency check returns: a status from a closed set and the reason for it."""

from __future__ import annotations

from dataclasses import asdict

import pandas as pd

__all__ = ["STATUSES", "CheckResultMixin"]

#: Outcome of a consistency check.
#: ``"consistent"``: the printed numbers can all be true together;
#: ``"inconsistent"``: they cannot (or the recomputation does not give the printed number);
#: ``"not_checkable"``: the check cannot decide (a bound it cannot test, a search budget spent).
STATUSES = ("consistent", "inconsistent", "not_checkable")


class CheckResultMixin:
    """Shared helpers of the frozen result dataclasses (each has ``status`` and ``reason``)."""

    status: str
    reason: str

    @property
    def consistent(self) -> bool:
        """``status == "consistent"``."""
        return self.status == "consistent"

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame of the result's fields (nested results as their own dicts)."""
        return pd.DataFrame([{k: v for k, v in asdict(self).items()}])  # type: ignore[call-overload]
