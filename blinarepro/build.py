"""The report chain: papermill -> normalised notebook -> offline HTML, written atomically.

Command line (used by the Makefile)::

    python -m blinarepro.build run notebooks/02_wang2025.ipynb [--params "ci_level=0.9"] [--out DIR]
    python -m blinarepro.build index [--out DIR]
    python -m blinarepro.build refresh notebooks/*.ipynb

``run`` executes one notebook with papermill (in this process: one interpreter start for
execution and rendering), strips what varies between runs (timestamps, durations, absolute
paths, the random id of the injected cell), renders HTML with an offline template, and moves
the results into place only when everything succeeded. A failing notebook leaves the previous
report untouched, keeps its executed copy in ``<out>/failed/`` and exits non-zero naming the
notebook and the cell.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import yaml

from blinarepro import interrupts, kernel

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = ROOT / "notebooks"
KERNEL = kernel.NAME
INJECTED_ID = "injected-parameters"

#: What the kernel inherits: a fixed hash seed, a non-interactive matplotlib backend, no
#: debugger, an end together with the process that started it (:mod:`blinarepro.kernel`)
#: and single-threaded BLAS. ``make -j`` already runs one
#: kernel per core (plus one); OpenBLAS's own threads on top only oversubscribe the cores and
#: spin while they wait, and the reports' linear algebra is a few small matrices (OpenBLAS runs
#: those on one thread anyway: the stored outputs also pass nbval with two threads, see
#: ``tests/chain/test_nbval_strict.py``). Measured on 2 cores on 2026-12-01, cold ``make
#: reports``: 19.5 s of CPU and 11.0 s wall with OpenBLAS's default threads, 15.0 s and 8.5 s
#: with one.
KERNEL_ENV = {
    "PYTHONHASHSEED": "0",
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    kernel.DEBUGGER_ENV: "0",
    kernel.ENDS_WITH_PARENT_ENV: "1",
}


#: Longest Unix socket path used (the kernel's sockets are ``<ip>-1`` ... ``<ip>-5``): Linux
#: holds 108 bytes in ``sun_path`` and macOS 104, each with the terminating NUL.
SOCKET_PATH_MAX = 100


@contextmanager
def kernel_config():
    """Settings of the kernels that build and refresh reports.

    - The kernel talks over Unix sockets in a private folder: nothing listens on a TCP port
      while a report builds (ipykernel warns about unencrypted TCP on every start). The
      socket paths are absolute and unique: with IPC, jupyter_client names the sockets
      ``<ip>-1`` ... ``<ip>-5`` relative to each process's working folder, so two builds
      sharing a folder under ``make -j`` would collide. The folder is made in the temporary
      folder, or in ``/tmp`` when that path would be too long for a socket
      (:data:`SOCKET_PATH_MAX`); failing both, the kernel uses TCP on loopback.
    - IPython's history database is off: a build does not write every cell it runs into
      the user's ``~/.ipython`` (and does not wait on SQLite for it).

    Yields
    ------
    traitlets.config.Config
        For ``KernelManager`` (transport, socket prefix) and ``NotebookClient`` (kernel
        arguments); the socket folder is removed on exit.
    """
    from traitlets.config import Config

    sockets = None
    for base in (None, "/tmp"):
        try:
            folder = tempfile.mkdtemp(prefix="blinarepro-kernel-", dir=base)
        except OSError:
            continue
        if len(os.fsencode(os.path.join(folder, "k-5"))) <= SOCKET_PATH_MAX:
            sockets = folder
            break
        os.rmdir(folder)
    manager = {}
    if sockets is not None:  # the connection file too: nothing is left in Jupyter's runtime
        # folder if the build is stopped while its kernel starts
        manager = {
            "transport": "ipc",
            "ip": os.path.join(sockets, "k"),
            "connection_file": os.path.join(sockets, "kernel.json"),
        }
    try:
        yield Config(
            {
                "KernelManager": manager,
                "NotebookClient": {"extra_arguments": ["--HistoryManager.enabled=False"]},
            }
        )
    except BaseException:
        # stopped or failed before nbclient could shut its kernel down (it only does once
        # the kernel has started): no kernel may outlive the folder with its connection file
        if sockets is not None:
            interrupts.surely(lambda: _stop_kernels_using(sockets))
        raise
    finally:
        if sockets is not None:
            interrupts.surely(lambda: shutil.rmtree(sockets, ignore_errors=True))


def _stop_kernels_using(folder: str) -> None:
    """SIGKILL and reap this process's children whose command line names ``folder`` (the
    kernel's ``-f <folder>/kernel.json``). Linux's /proc; nothing where there is none."""
    me, needle = os.getpid(), os.fsencode(folder)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            if ppid != me or needle not in (stat.parent / "cmdline").read_bytes():
                continue
            pid = int(stat.parent.name)
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (OSError, ValueError, IndexError):  # gone meanwhile, or not ours to reap
            continue


class BuildError(RuntimeError):
    """A notebook could not be built; the message names it and the failing cell."""


# ----------------------------------------------------------------------------- parameters


# A number in scientific notation without a decimal point ("1e-2"), which YAML 1.1 leaves a
# string; the same form the printed-number grammar reads (blinarepro.consistency.printed).
_SCIENTIFIC = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)[eE][-+]?\d+")


def parse_params(text: str) -> dict:
    """Parse ``"a=1 b=wilson c=[x, y]"`` into values (each value read as YAML)."""
    params = {}
    for item in text.split():
        name, sep, value = item.partition("=")
        if not sep or not name.isidentifier():
            raise BuildError(f"bad parameter {item!r}: expected name=value")
        parsed = yaml.safe_load(value)
        if isinstance(parsed, str) and _SCIENTIFIC.fullmatch(parsed):
            parsed = float(parsed)  # YAML 1.1 reads "1e-2" (no dot) as a string
        params[name] = parsed
    return params


def check_param_names(notebook: Path, params: dict) -> None:
    """Reject parameter names the notebook's ``parameters`` cell does not define."""
    import papermill

    known = papermill.inspect_notebook(str(notebook))
    unknown = sorted(set(params) - set(known))
    if unknown:
        raise BuildError(
            f"{notebook.name}: unknown parameter(s) {', '.join(unknown)}; "
            f"this notebook takes: {', '.join(known)}"
        )


# ----------------------------------------------------------------------------- normalise


#: What the temporary output folder is shown as in an executed notebook, so that a report
#: does not depend on where it was built (``reports/``, a test's temporary folder, ...).
OUTPUT_TOKEN = "<REPORTS_DIR>"


def normalise(nb, root: Path = ROOT, staging: Path | None = None) -> None:
    """Remove what varies between runs of the same inputs, in place.

    - papermill's and nbclient's timestamps and durations (notebook and cell metadata);
    - the absolute input/output paths papermill records, and absolute paths of this
      checkout in injected parameters and outputs (replaced by paths relative to the root);
    - the temporary output folder ``staging`` (replaced by :data:`OUTPUT_TOKEN`);
    - the random id papermill gives the injected-parameters cell.
    """
    replacements = [(str(staging), OUTPUT_TOKEN)] if staging is not None else []
    replacements.append((str(root) + os.sep, ""))
    pm = nb.metadata.get("papermill", {})
    for key in ("start_time", "end_time", "duration", "input_path", "output_path",
                "environment_variables"):  # fmt: skip
        pm.pop(key, None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell_pm = cell.metadata.get("papermill")
        if cell_pm is not None:
            for key in ("start_time", "end_time", "duration"):
                cell_pm.pop(key, None)
        if INJECTED_ID in cell.metadata.get("tags", []):
            cell["id"] = INJECTED_ID
        cell.source = _replace_all(cell.source, replacements)
        for out in cell.get("outputs", []):
            if out.get("name") in ("stdout", "stderr"):
                out["text"] = _replace_all(out.get("text", ""), replacements)
    params = pm.get("parameters", {})
    for key, value in params.items():
        if isinstance(value, str):
            params[key] = _replace_all(value + os.sep, replacements).removesuffix(os.sep)


def _replace_all(text: str, replacements: list[tuple[str, str]]) -> str:
    for old, new in replacements:
        text = text.replace(old, new)
    return text


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


# ----------------------------------------------------------------------------- run


def run(notebook: Path, params: dict | None = None, out: Path | None = None) -> Path:
    """Execute ``notebook`` into ``out`` (default ``reports/``); return the HTML path."""
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    notebook = Path(notebook).resolve()
    if not notebook.is_file():
        known = ", ".join(p.stem for p in sorted(NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb")))
        raise BuildError(f"no notebook {notebook}; the report notebooks are: {known}")
    out = Path(out or ROOT / "reports").resolve()
    params = dict(params or {})
    if params:  # nothing to check for a plain `make reports` (papermill parses the notebook)
        check_param_names(notebook, params)
    name = notebook.stem
    staging = out / ".staging" / name
    executed = staging / f"{name}.ipynb"
    target = out / f"{name}.html"
    try:
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        params.setdefault("output_dir", str(staging))
        # relative to the kernel's working folder (the notebook's), as in the parameters cell
        params.setdefault("data_dir", os.path.relpath(ROOT / "data", notebook.parent))
        os.environ.update(KERNEL_ENV)
        try:
            with kernel_config() as config:
                nb = papermill.execute_notebook(
                    str(notebook), str(executed), parameters=params, kernel_name=KERNEL,
                    cwd=str(notebook.parent), progress_bar=False,
                    request_save_on_cell_execute=False,
                    # every output has arrived when the last cell replies: kill the kernel
                    # rather than wait ~0.3 s for a polite shutdown (nbclient's option)
                    shutdown_kernel="immediate", config=config,
                )  # fmt: skip
            interrupts.check()  # a signal papermill's libraries swallowed stops here
            # papermill returns the notebook it has just written: no need to read it back
            normalise(nb, staging=staging)
            nbformat.write(nb, executed)
            from blinarepro.render import render_html

            _write_atomic(staging / f"{name}.html", render_html(nb))
        except PapermillExecutionError as err:
            failed = out / "failed" / f"{name}.ipynb"
            failed.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(executed, failed)
            raise BuildError(
                f"{notebook.name} failed in cell {err.cell_index} (In [{err.exec_count}]): "
                f"{err.ename}: {err.evalue}\n  the previous report is untouched; the executed "
                f"notebook is kept at {os.path.relpath(failed, ROOT)}"
            ) from None
        except Exception as err:  # the kernel did not start or died, rendering failed, ...
            raise BuildError(
                f"{notebook.name} could not be built: {type(err).__name__}: {err}\n  the "
                "previous report is untouched"
            ) from err
        # Move into place: tables and figures, then the notebook, the HTML (make's target)
        # last. An interrupt waits until all of it is in place, so a report never sits beside
        # tables or figures of another run.
        with interrupts.held():
            for kind in ("tables", "figures"):
                for item in sorted((staging / kind).glob("*")) if (staging / kind).is_dir() else []:
                    (out / kind).mkdir(parents=True, exist_ok=True)
                    os.replace(item, out / kind / item.name)
            os.replace(executed, out / f"{name}.ipynb")
            os.replace(staging / f"{name}.html", target)
            (out / "failed" / f"{name}.ipynb").unlink(missing_ok=True)
            interrupts.state.completed = target
    finally:  # whatever happened, no staging is left behind
        interrupts.surely(lambda: _remove_staging(staging))
    return target


def _remove_staging(staging: Path) -> None:
    """Remove one notebook's staging folder, and the shared parent once it is empty."""
    shutil.rmtree(staging, ignore_errors=True)
    try:
        staging.parent.rmdir()
    except OSError:  # another notebook is still building (make -j)
        pass


def refresh(notebooks: list[Path]) -> None:
    """Re-execute notebooks in place with their default parameters (stored outputs)."""
    import nbformat
    from nbclient import NotebookClient

    os.environ.update(KERNEL_ENV)
    for path in notebooks:
        path = Path(path).resolve()
        interrupts.state.completed = None
        nb = nbformat.read(path, as_version=4)
        with kernel_config() as config:
            client = NotebookClient(
                nb, kernel_name=KERNEL, timeout=600, config=config, shutdown_kernel="immediate",
                resources={"metadata": {"path": str(path.parent)}},
            )  # fmt: skip
            # NotebookClient.execute() as papermill runs it (nbclient 0.10): its synchronous
            # setup_kernel leaves SIGINT and SIGTERM to this process (execute() installs
            # handlers of its own, and an interrupt ended in a traceback)
            with client.setup_kernel():
                info = client.wait_for_reply(client.kc.kernel_info())
                nb.metadata["language_info"] = info["content"]["language_info"]
                for index, cell in enumerate(nb.cells):
                    client.execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
                client.set_widgets_metadata()
        interrupts.check()
        normalise(nb)
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            with interrupts.held():  # written whole and said so, or not at all
                nbformat.write(nb, tmp)
                os.replace(tmp, path)
                interrupts.state.completed = path
                print(f"refreshed {os.path.relpath(path, ROOT)}")
        finally:
            tmp.unlink(missing_ok=True)


# ----------------------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    interrupts.reset()  # each command starts afresh (kept from here on: see interrupts.check)
    parser = argparse.ArgumentParser(prog="python -m blinarepro.build", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_run = sub.add_parser("run", help="execute one notebook and render its report")
    p_run.add_argument("notebook", type=Path)
    p_run.add_argument("--params", default="", help='e.g. "ci_level=0.9 alpha=0.01"')
    p_run.add_argument("--out", type=Path, default=None)
    p_index = sub.add_parser("index", help="write the landing page")
    p_index.add_argument("--out", type=Path, default=None)
    p_refresh = sub.add_parser("refresh", help="re-execute notebooks in place")
    p_refresh.add_argument("notebooks", type=Path, nargs="+")
    args = parser.parse_args(argv)
    interrupts.state.command = args.command
    interrupts.state.notebook = getattr(args, "notebook", None)
    try:
        if args.command == "run":
            target = run(args.notebook, parse_params(args.params), args.out)
            _say(f"built {os.path.relpath(target, ROOT)}")
        elif args.command == "index":
            from blinarepro.site import write_index

            with interrupts.held():  # a few milliseconds: written whole and said so
                target = write_index(Path(args.out or ROOT / "reports").resolve())
                interrupts.state.completed = target
                _say(f"built {os.path.relpath(target, ROOT)}")
        else:
            refresh(args.notebooks)
    except BuildError as err:
        if interrupts.state.received is None:
            _say(f"error: {err}", file=sys.stderr)
            return 1
    except KeyboardInterrupt as err:
        if interrupts.state.received is None:  # raised by something else than our handler
            interrupts.state.received = getattr(err, "signum", signal.SIGINT)
    if interrupts.state.received is not None:  # also one a library swallowed
        return _report_interrupt()
    return 0


def _say(line: str, file=None) -> None:
    """Print the command's last line (after it, an interrupt adds none)."""
    print(line, file=file)
    interrupts.state.said = True


def _report_interrupt() -> int:
    """Say in one line what an interrupt left (unless the command has said its last line
    already); return minus the signal's number."""
    signum = interrupts.state.received or signal.SIGINT
    if interrupts.state.said:
        return -signum
    command, notebook = interrupts.state.command, interrupts.state.notebook
    done = interrupts.state.completed
    if done is not None:
        verb = "refreshed" if command == "refresh" else "built"
        what = f"{os.path.relpath(done, ROOT)} was {verb} whole before stopping"
    else:
        what = {
            "run": f"{notebook.name if notebook else 'the notebook'} was not built and its "
            "previous report is untouched",
            "index": "the index was not written and the previous one is untouched",
            "refresh": "the notebook being refreshed is untouched",
            None: "nothing was started",
        }[command]
    print(f"interrupted ({signal.Signals(signum).name}): {what}", file=sys.stderr)
    return -signum


if __name__ == "__main__":
    interrupts.install()
    try:
        _status = main()
    except KeyboardInterrupt:  # before main() was under way, or after it had decided
        _status = _report_interrupt()
    interrupts.end(_status)
