"""Where the data package is, and the vocabularies its descriptor declares.

The standard library only (no pandas, no validation): the build and the index need these two
facts without the cost of :mod:`blinarepro.data`, which reads and validates the tables.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

__all__ = ["DATA_DIR_ENV", "default_data_dir", "vocabularies"]

#: The environment variable naming another data folder (``make reports DATA_DIR=<copy>``).
DATA_DIR_ENV = "BLINAREPRO_DATA"


def vocabularies(
    data_dir: str | os.PathLike | None = None, prefer: str | None = None
) -> dict[str, dict[str, str]]:
    """``{field: {term: definition}}`` of every field of the package with a ``vocabulary``
    (``datapackage.json`` in ``data_dir``, default :func:`default_data_dir`).

    Fields of the same name in several tables are merged, the first table's definition of a
    term winning (``results`` comes before ``synthesis``: a printed MRD rate is "measurable
    residual disease negativity", whenever it was measured); ``prefer`` names a table whose
    definitions win instead (the synthesis reads its outcome ``mrd_negative`` as its own
    "MRD negativity after induction").
    """
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    descriptor = json.loads((data_dir / "datapackage.json").read_text(encoding="utf-8"))
    resources = descriptor.get("resources", [])
    if prefer is not None:
        names = [res.get("name") for res in resources]
        if prefer not in names:
            raise ValueError(f"prefer={prefer!r}: no such table; the tables are {names}")
        resources = sorted(resources, key=lambda res: res.get("name") != prefer)
    out: dict[str, dict[str, str]] = {}
    for res in resources:
        for fld in res.get("schema", {}).get("fields", []):
            terms = out.setdefault(fld["name"], {}) if "vocabulary" in fld else None
            for term, words in fld.get("vocabulary", {}).items():
                terms.setdefault(term, words)
    return out


def default_data_dir() -> Path:
    """``$BLINAREPRO_DATA`` if set, else the ``data/`` folder beside the package."""
    env = os.environ.get(DATA_DIR_ENV)
    return Path(env) if env else Path(__file__).resolve().parent.parent / "data"
