"""Execute a notebook on the project's Jupyter kernel, and normalise what it gives.

:func:`run_papermill` (a report: parameters injected by papermill) and :func:`run_nbclient`
(a refresh: the notebook as stored) both execute through the libraries' public APIs, on the
stock ipykernel kernel spec ``blinarepro`` (``make env`` registers it in ``.venv`` with
``python -m ipykernel install --sys-prefix --name blinarepro``), started without IPython's
history and killed as soon as the last cell has replied (nbclient's documented
``shutdown_kernel="immediate"``, here done by the build that owns the kernel manager).

The execution runs in a worker thread on a ``KernelManager`` that this module creates and
that the worker shuts down in a ``finally``. nbclient installs SIGINT/SIGTERM handlers of its
own only in the main thread (``NotebookClient.async_setup_kernel``); here the main thread keeps
Python's, so Ctrl-C (or the SIGTERM make passes on) raises ``KeyboardInterrupt`` in the
build, which kills the kernel, waits for the worker to notice (nbclient polls the kernel once
a second) and re-raises. No kernel outlives the build (:func:`_on_kernel` says which races
this guards against).
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from pathlib import Path

__all__ = ["KERNEL", "KERNEL_ENV", "OUTPUT_TOKEN", "normalise", "run_nbclient", "run_papermill"]

#: The kernel spec (ipykernel's own) that builds, refreshes, nbval and JupyterLab use.
KERNEL = "blinarepro"

#: What every kernel inherits: a fixed hash seed, matplotlib's inline backend, and one BLAS
#: thread (``make -j`` already runs one kernel per core, plus one; OpenBLAS's own threads on
#: top only spin on the same cores: a cold build on 2 cores took 19.5 s of CPU with
#: OpenBLAS's default threads, 15.0 s with one, 2026-12-01).
KERNEL_ENV = {
    "PYTHONHASHSEED": "0",
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}

#: IPython's history database off: a build writes nothing into ``~/.ipython``.
KERNEL_ARGS = ["--HistoryManager.enabled=False"]

#: What the staging folder is shown as in an executed notebook, so that a report does not
#: depend on where it was built.
OUTPUT_TOKEN = "<REPORTS_DIR>"

INJECTED_ID = "injected-parameters"


def run_papermill(notebook: Path, executed: Path, params: dict):
    """Execute ``notebook`` with ``params`` (papermill), write it to ``executed``, return it.

    Raises ``papermill.PapermillExecutionError`` when a cell fails (``executed`` then holds
    the notebook up to the failing cell).
    """
    import papermill

    return _on_kernel(
        lambda km: papermill.execute_notebook(
            str(notebook),
            str(executed),
            parameters=params,
            kernel_name=KERNEL,
            cwd=str(notebook.parent),
            progress_bar=False,
            request_save_on_cell_execute=False,
            km=km,
            extra_arguments=KERNEL_ARGS,
        )  # fmt: skip
    )


def run_nbclient(nb, cwd: Path):
    """Execute notebook node ``nb`` in place with its stored parameters (nbclient)."""
    from nbclient import NotebookClient

    return _on_kernel(
        lambda km: NotebookClient(
            nb,
            km=km,
            timeout=600,
            extra_arguments=KERNEL_ARGS,
            resources={"metadata": {"path": str(cwd)}},
        ).execute()  # fmt: skip
    )


def _on_kernel(work):
    """``work(km)`` in a worker thread on a kernel manager owned here; see the module notes.

    Only the worker thread calls the kernel manager (it is not thread-safe: a shutdown from
    the main thread while the worker was still starting the kernel raised asyncio's
    ``InvalidStateError``). The main thread waits on an event in short waits: the operating
    system may hand SIGTERM to any thread, and a wait without a timeout is then never
    interrupted; and ``Thread.join`` cannot be used, because a join interrupted by a signal
    handler's exception marks a running thread as stopped (python/cpython#90882, in 3.11).
    Both were seen under load, 2026-12-05. Interrupted, the main thread kills the kernel's
    process group through the provisioner's public ``kill()`` (again, while the kernel is
    still being launched) until the worker has ended; the worker then shuts the kernel down in
    its ``finally``. Meanwhile logging is off: what nbclient logs about the kernel the build
    killed ("Kernel died before replying") is not news to the user, who is told one line.
    """
    from jupyter_client.manager import KernelManager

    os.environ.update(KERNEL_ENV)
    km = KernelManager(kernel_name=KERNEL, transport_encryption="auto")
    outcome: dict = {}
    done = threading.Event()

    def target():
        try:
            outcome["nb"] = work(km)
        except BaseException as err:  # handed to the main thread
            outcome["error"] = err
        finally:
            try:
                if km.has_kernel:
                    km.shutdown_kernel(now=True)
            except BaseException as err:  # never hides the notebook's own error
                outcome.setdefault("error", err)
            done.set()

    try:
        threading.Thread(target=target, name="notebook", daemon=True).start()
        while not done.wait(WAIT_SECONDS):
            pass
    except BaseException:  # interrupted
        logging.disable(logging.CRITICAL)
        deadline = time.monotonic() + STOP_SECONDS
        while not done.is_set() and time.monotonic() < deadline:
            _kill(km)
            done.wait(WAIT_SECONDS)
        if done.is_set():
            logging.disable(logging.NOTSET)
        raise
    if "error" in outcome:
        raise outcome["error"]
    return outcome["nb"]


#: How long the main thread waits at a time (a signal is seen within this time).
WAIT_SECONDS = 0.1

#: How long an interrupted build waits for its worker to end (nbclient polls once a second).
STOP_SECONDS = 10.0


def _kill(km) -> None:
    """SIGKILL the kernel's process group, if its process is there yet (public provisioner
    API; the provisioner's ``kill`` only sends a signal, so a loop of its own is safe)."""
    provisioner = km.provisioner
    if provisioner is not None and provisioner.has_process:
        try:
            asyncio.run(provisioner.kill())
        except (OSError, AttributeError):  # ended meanwhile (process set to None by wait())
            pass


def normalise(nb, root: Path, staging: Path | None = None) -> None:
    """Remove, in place, what varies between runs of the same inputs.

    papermill's and nbclient's timestamps and durations; the paths papermill records; the
    staging folder (shown as :data:`OUTPUT_TOKEN`) and this checkout's absolute path
    (``root``) in sources, printed text and parameters; the random id of the injected cell.
    """
    swaps = [(str(staging), OUTPUT_TOKEN)] if staging is not None else []
    swaps.append((str(root) + os.sep, ""))

    def clean(text: str) -> str:
        for old, new in swaps:
            text = text.replace(old, new)
        return text

    pm = nb.metadata.get("papermill", {})
    for key in ("start_time", "end_time", "duration", "input_path", "output_path",
                "environment_variables"):  # fmt: skip
        pm.pop(key, None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        for key in ("start_time", "end_time", "duration"):
            cell.metadata.get("papermill", {}).pop(key, None)
        if INJECTED_ID in cell.metadata.get("tags", []):
            cell["id"] = INJECTED_ID
        cell.source = clean(cell.source)
        for out in cell.get("outputs", []):
            if out.get("name") in ("stdout", "stderr"):
                out["text"] = clean(out.get("text", ""))
    params = pm.get("parameters", {})
    for key, value in params.items():
        if isinstance(value, str):
            params[key] = clean(value + os.sep).removesuffix(os.sep)
