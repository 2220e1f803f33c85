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


def vocabularies(data_dir: str | os.PathLike | None = None) -> dict[str, dict[str, str]]:
    """``{field: {term: definition}}`` of every field of the package with a ``vocabulary``
    (``datapackage.json`` in ``data_dir``, default :func:`default_data_dir`); fields of the
    same name in several tables are merged."""
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    descriptor = json.loads((data_dir / "datapackage.json").read_text(encoding="utf-8"))
    out: dict[str, dict[str, str]] = {}
    for res in descriptor.get("resources", []):
        for fld in res.get("schema", {}).get("fields", []):
            if "vocabulary" in fld:
                out.setdefault(fld["name"], {}).update(fld["vocabulary"])
    return out


def default_data_dir() -> Path:
    """``$BLINAREPRO_DATA`` if set, else the ``data/`` folder beside the package."""
    env = os.environ.get(DATA_DIR_ENV)
    return Path(env) if env else Path(__file__).resolve().parent.parent / "data"
