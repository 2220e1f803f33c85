"""Check a study's rows against its source text before the build.

Usage::

    python -m blinarepro.validate <study_id> [<source.txt>] [--data DIR]

Without ``source.txt`` the study's ``source_file`` (``studies.csv``) is looked up in
``data/sources/`` and then in ``../shared/seeds/`` (:func:`source_path`). Checks, each problem
on one line naming file, row and field:

1. the data load (schema, vocabularies, meaning rules of :func:`blinarepro.data.load`: every
   printed field of a row appears in its ``reported`` text);
2. the source: its SHA-256 is the one ``studies.csv`` records;
3. every ``reported`` text of the study (``results.csv``) is a verbatim substring of the
   source (whitespace runs compared as one space), and its ``location`` names the file;
4. every relation of the study is valid (:func:`blinarepro.claims.check_relations`);
5. the claims build and evaluate (:func:`blinarepro.claims.claims_for`): a relation whose
   rows do not fit its check fails here, naming the claim.

Exit status 0 when nothing is wrong (a one-line summary is printed), 1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

from blinarepro.data import DataValidationError, default_data_dir, load

__all__ = ["SOURCE_DIRS", "main", "source_path", "validate_study"]

ROOT = Path(__file__).resolve().parent.parent
#: Where source texts are looked up, in order: in the repository, then beside it.
SOURCE_DIRS = (ROOT / "data" / "sources", ROOT.parent / "shared" / "seeds")


def source_path(source_file: str, dirs=SOURCE_DIRS) -> Path | None:
    """The first of ``dirs`` holding ``source_file``, or None when none does."""
    for folder in dirs:
        path = Path(folder) / source_file
        if path.is_file():
            return path
    return None


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def validate_study(data_dir, study_id: str, source: Path | None = None) -> tuple[list[str], str]:
    """Every problem of ``study_id``'s rows against its source, and a summary line.

    Parameters
    ----------
    data_dir : path
        The data folder (``datapackage.json`` and its tables).
    study_id : str
    source : path, optional
        The source text; default the study's ``source_file`` found by :func:`source_path`
        (beside ``data_dir`` first: ``<data_dir>/sources/``).
    """
    from blinarepro.claims import check_relations, claims_for, evaluate

    try:
        data = load(data_dir)
    except DataValidationError as err:
        return [str(issue) for issue in err.issues], ""
    studies = data.studies.set_index("study_id")
    if study_id not in studies.index:
        return [f"studies.csv: no row for study_id {study_id!r}"], ""
    s = studies.loc[study_id]
    if source is None:
        source = source_path(s["source_file"], (Path(data_dir) / "sources", *SOURCE_DIRS))
        if source is None:
            return [f"{s['source_file']}: not found in data/sources/ or ../shared/seeds/"], ""
    source = Path(source)
    problems = []
    raw = source.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != s["source_sha256"]:
        problems.append(
            f"studies.csv ({study_id}), column 'source_sha256': {source.name} has SHA-256 "
            f"{digest}, not the recorded {s['source_sha256']}"
        )
    text = _flat(raw.decode("utf-8"))
    rows = data.study(study_id)
    for r in rows.itertuples():
        if _flat(r.reported) not in text:
            problems.append(
                f"results.csv ({r.result_id}), column 'reported': {r.reported!r} is not verbatim "
                f"in {source.name}"
            )
        if not r.location.startswith(f"{s['source_file']}:"):
            problems.append(
                f"results.csv ({r.result_id}), column 'location': {r.location!r} does not name "
                f"{s['source_file']}"
            )
    mine = data.relations[data.relations["study_id"] == study_id]
    problems += [p for p in check_relations(data) if f"({study_id}-r" in p]
    if problems:
        return problems, ""
    try:
        table = evaluate(claims_for(data, study_id), data.results)
    except (ValueError, TypeError, KeyError) as err:
        return [f"relations.csv ({study_id}): the claims do not build: {err}"], ""
    counts = table["verdict"].value_counts()
    summary = (
        f"{study_id}: {len(rows)} rows verbatim in {source.name}, {len(mine)} relations, "
        f"{len(table)} claims ("
        + ", ".join(f"{n} {v.replace('_', ' ')}" for v, n in counts.items())
        + ")"
    )
    return [], summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m blinarepro.validate", description=__doc__)
    parser.add_argument("study_id")
    parser.add_argument("source", nargs="?", type=Path, default=None)
    parser.add_argument("--data", type=Path, default=None, help="data folder (default data/)")
    args = parser.parse_args(argv)
    problems, summary = validate_study(args.data or default_data_dir(), args.study_id, args.source)
    if problems:
        print(f"{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print(f"OK {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
