"""The report chain's command line (the Makefile's recipes).

::

    python -m blinarepro.build run notebooks/02_wang2025.ipynb [--params "ci_level=0.9"] [--out DIR]
    python -m blinarepro.build run notebooks/document.ipynb --study STUDY_ID [--out DIR]
    python -m blinarepro.build index [--out DIR]
    python -m blinarepro.build refresh notebooks/*.ipynb

``run`` checks the parameters, executes the notebook with papermill into a staging folder,
normalises it (:mod:`blinarepro.chain.execute`), renders the offline HTML
(:mod:`blinarepro.chain.render`) and only then moves everything into ``DIR`` (default
``reports/``) under a lock (:mod:`blinarepro.chain.publish`). A run with parameters is a
custom report: it goes to ``DIR/custom/``, never over the published site. ``--study`` runs the
generic document notebook for one study of ``data/studies.csv``: a published report named after
the study (``DIR/<study_id>.html``), its ``study_id`` set by the build. ``index`` writes
``DIR/index.html`` (:mod:`blinarepro.chain.site`); ``refresh`` re-executes notebooks in place
so that their stored outputs match the code and data.

Every failure ends in one line on stderr and status 1: ``error: ...`` naming the notebook and
cell, or the file, or the parameter; the previous report stays as it was, and a failed
notebook's executed copy is kept in ``DIR/failed/``. Ctrl-C or SIGTERM ends in one line,
``interrupted (SIGINT): ...``, status 130 (143): the kernel is killed, the staging folder
removed, and nothing published changes unless it was all in place.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = ROOT / "notebooks"

#: Parameters the build sets: where a report's tables and figures go is not the user's choice.
BUILD_PARAMS = ("output_dir", "study_id")

_NUMBER = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")

#: What an interrupt leaves, said in the ``interrupted`` line (updated as the command goes).
_left = "nothing was changed"


def data_dir() -> Path:
    """The data folder the reports read: :func:`blinarepro.datapackage.default_data_dir`
    (``$BLINAREPRO_DATA`` if set, else ``data/``), resolved. The Makefile sets the variable
    from ``DATA_DIR`` (``make reports DATA_DIR=<copy>``)."""
    from blinarepro.datapackage import default_data_dir

    return default_data_dir().resolve()


class BuildError(Exception):
    """A report could not be built; the message says which, why, and what was kept."""


def _shown(path: Path) -> str:
    """``path`` relative to the project when inside it (messages stay short)."""
    path = Path(path).resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


# ----------------------------------------------------------------------------- parameters


def parse_params(text: str) -> dict:
    """``"a=1 b=wilson c=[x, y]"`` -> values read as YAML (``1e-2`` is a number too)."""
    import yaml

    params: dict = {}
    for item in text.split():
        name, sep, value = item.partition("=")
        if not sep or not name.isidentifier():
            raise BuildError(f"bad parameter {item!r}: expected name=value")
        if name in params:
            raise BuildError(f"parameter {name} is given twice in {text!r}")
        try:
            parsed = yaml.safe_load(value)
        except yaml.YAMLError:
            raise BuildError(f"parameter {name}: cannot read the value {value!r}") from None
        if isinstance(parsed, str) and _NUMBER.fullmatch(value):  # YAML 1.1 reads 1e-2 as text
            parsed = float(value)
        params[name] = parsed
    return params


def papermill_parameters(notebook: Path) -> dict:
    """The names (and defaults) of ``notebook``'s ``parameters`` cell, as papermill reads them."""
    import papermill

    return papermill.inspect_notebook(str(notebook))


def check_params(notebook: Path, params: dict) -> None:
    """Reject names the notebook's ``parameters`` cell does not define, or the build's own."""
    own = sorted(set(params) & set(BUILD_PARAMS))
    if own:
        raise BuildError(
            f"parameter {', '.join(own)} is set by the build, not by PARAMS: a report with "
            "parameters goes to custom/ beside the published site"
        )
    known = papermill_parameters(notebook)
    unknown = sorted(set(params) - set(known))
    if unknown:
        raise BuildError(
            f"{notebook.name}: unknown parameter(s) {', '.join(unknown)}; "
            f"this notebook takes: {', '.join(k for k in known if k not in BUILD_PARAMS)}"
        )


# ----------------------------------------------------------------------------- commands


def run(
    notebook: Path, params: dict | None = None, out: Path | None = None, study: str | None = None
) -> Path:
    """Build the report of ``notebook`` into ``out`` (``out/custom`` with ``params``).

    ``study`` runs a notebook with a ``study_id`` parameter (the generic document notebook)
    for that study; the report, its tables and figures are named after the study.
    """
    global _left
    import nbformat

    from blinarepro.chain import execute, publish
    from blinarepro.chain.render import Page, read_study, render_html

    notebook = Path(notebook).resolve()
    if not notebook.is_file():
        known = ", ".join(p.stem for p in sorted(NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb")))
        raise BuildError(f"no notebook {_shown(notebook)}; the report notebooks are: {known}")
    params = dict(params or {})
    out = Path(out or ROOT / "reports").resolve()
    if params:
        check_params(notebook, params)
        out = out / "custom"
    name = notebook.stem
    if study is not None:
        if "study_id" not in papermill_parameters(notebook):
            raise BuildError(f"{notebook.name} takes no study_id; --study is for document.ipynb")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", study):
            raise BuildError(f"--study {study!r}: a study_id is lower-case letters, digits and _")
        params["study_id"] = study
        name = study
    staging = out / ".staging" / name
    with publish.locked(out, name, _shown(out)):
        _left = f"{name} was not built; its previous report is untouched"
        try:
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir(parents=True)
            params["output_dir"] = str(staging)
            params.setdefault("data_dir", os.path.relpath(data_dir(), notebook.parent))
            executed = staging / f"{name}.ipynb"
            nb = _execute(notebook, executed, params, out)
            execute.normalise(nb, ROOT, staging)
            nbformat.write(nb, executed)
            page = Page(
                study=read_study(study or name.split("_", 1)[-1], ROOT / "data"),
                tables=tuple(f"tables/{p.name}" for p in sorted(staging.glob("tables/*.csv"))),
                figures=tuple(f"figures/{p.name}" for p in sorted(staging.glob("figures/*.png"))),
                index="../index.html" if out.name == "custom" else "index.html",
            )
            (staging / f"{name}.html").write_text(render_html(nb, page), encoding="utf-8")
            with publish.signals_held():
                target = publish.publish(staging, out, name)
                _left = f"{_shown(target)} was built whole"
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            try:
                staging.parent.rmdir()
            except OSError:  # another report is building beside this one (make -j)
                pass
    return target


def _execute(notebook: Path, executed: Path, params: dict, out: Path):
    """papermill's run, with its failures said in one line."""
    from papermill.exceptions import PapermillExecutionError

    from blinarepro.chain.execute import run_papermill

    try:
        return run_papermill(notebook, executed, params)
    except PapermillExecutionError as err:
        failed = out / "failed" / executed.name
        failed.parent.mkdir(exist_ok=True)
        shutil.move(executed, failed)
        evalue = " ".join(str(err.evalue).split())
        raise BuildError(
            f"{notebook.name} failed in cell {err.cell_index} (In [{err.exec_count}]): "
            f"{err.ename}: {evalue}; previous report kept, executed copy in {_shown(failed)}"
        ) from None
    except (KeyboardInterrupt, OSError):
        raise
    except Exception as err:  # the kernel did not start or died, ...
        message = " ".join(str(err).split())
        raise BuildError(
            f"{notebook.name} could not be built: {type(err).__name__}: {message}; "
            "previous report kept"
        ) from None


def index(out: Path | None = None) -> Path:
    """Write ``out/index.html`` from the reports and tables in ``out``."""
    global _left
    from blinarepro.chain import publish
    from blinarepro.chain.site import StaleReportsError, write_index

    out = Path(out or ROOT / "reports").resolve()
    with publish.locked(out, "index", _shown(out)):
        _left = "the index was not written; the previous one is untouched"
        with publish.signals_held():
            try:
                target = write_index(out, data_dir())
            except StaleReportsError as err:
                raise BuildError(f"{err}; {_left}") from None
            _left = f"{_shown(target)} was written whole"
    return target


def refresh(notebooks: list[Path]) -> None:
    """Re-execute ``notebooks`` in place with their stored parameters (nbval's reference)."""
    global _left
    import nbformat

    from blinarepro.chain import execute, publish

    for path in map(Path.resolve, map(Path, notebooks)):
        _left = f"{_shown(path)} is untouched"
        nb = execute.run_nbclient(nbformat.read(path, as_version=4), path.parent)
        execute.normalise(nb, ROOT)
        with publish.signals_held():
            text = nbformat.writes(nb)
            publish.write_atomic(path, text if text.endswith("\n") else text + "\n")
            _left = f"{_shown(path)} was refreshed whole"
        print(f"refreshed {_shown(path)}")


# ----------------------------------------------------------------------------- CLI


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM arrived (``signum``)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _interrupt(signum, frame):
    for sig in (signal.SIGINT, signal.SIGTERM):  # the clean-up runs to its end
        signal.signal(sig, signal.SIG_IGN)
    raise Interrupted(signum)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m blinarepro.build",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p_run = sub.add_parser("run", help="execute one notebook and render its report")
    p_run.add_argument("notebook", type=Path)
    p_run.add_argument("--params", default="", help='e.g. "ci_level=0.9 alpha=0.01"')
    p_run.add_argument("--out", type=Path, default=None)
    p_run.add_argument("--study", default=None, help="study_id for notebooks/document.ipynb")
    p_index = sub.add_parser("index", help="write the landing page")
    p_index.add_argument("--out", type=Path, default=None)
    p_refresh = sub.add_parser("refresh", help="re-execute notebooks in place")
    p_refresh.add_argument("notebooks", type=Path, nargs="+")
    args = parser.parse_args(argv)
    try:
        if args.command == "run":
            built = run(args.notebook, parse_params(args.params), args.out, args.study)
            print(f"built {_shown(built)}")
        elif args.command == "index":
            print(f"built {_shown(index(args.out))}")
        else:
            refresh(args.notebooks)
    except BuildError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except OSError as err:  # a read-only or full folder, say
        where = f"{_shown(Path(err.filename))}: " if err.filename else ""
        print(f"error: {where}{err.strerror or err}; {_left}", file=sys.stderr)
        return 1
    return 0


def _command_line() -> int:
    """``main()`` with SIGINT and SIGTERM said in one line (also while still importing)."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(sig) is not signal.SIG_IGN:  # a background job's stays ignored
            signal.signal(sig, _interrupt)
    try:
        return main()
    except KeyboardInterrupt as err:
        signum = getattr(err, "signum", signal.SIGINT)
        print(f"interrupted ({signal.Signals(signum).name}): {_left}", file=sys.stderr)
        return 128 + signum


if __name__ == "__main__":
    sys.exit(_command_line())
