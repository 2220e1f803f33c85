"""Shared fixtures: one build of the whole report chain per test session."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from blinarepro.chain.execute import KERNEL, KERNEL_ENV

ROOT = Path(__file__).resolve().parent.parent

_IPYTHONDIR = None


def pytest_configure(config):
    """The environment of every kernel the session starts (nbval's, JupyterLab's, builds').

    nbval starts its kernels with this process's environment: they get the one the reports
    are built with (:data:`blinarepro.chain.execute.KERNEL_ENV`), so the stored outputs are checked
    under the build's settings; and a private IPython folder, so that the session writes no
    history into the user's ``~/.ipython``.
    """
    global _IPYTHONDIR
    _IPYTHONDIR = tempfile.mkdtemp(prefix="blinarepro-ipython-")
    os.environ.update(KERNEL_ENV)
    os.environ["IPYTHONDIR"] = _IPYTHONDIR


def pytest_unconfigure(config):
    if _IPYTHONDIR is not None:
        shutil.rmtree(_IPYTHONDIR, ignore_errors=True)


def _make(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run ``make`` in the project root, isolated from a calling make's jobserver."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    proc = subprocess.run(
        ["make", "--no-print-directory", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"make {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def make():
    """``make(*args, check=True)``: run make in the project root (see :func:`_make`)."""
    return _make


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The whole chain (`make reports`) built once into a temporary folder."""
    out = tmp_path_factory.mktemp("site")
    _make("reports", f"REPORTS_DIR={out}")
    return out


def _write_notebook(path: Path, *cells) -> Path:
    """Write a notebook for the project's kernel with ``cells`` (code sources, or cells
    made with ``nbformat.v4``) to ``path``; return the path."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) if isinstance(c, str) else c for c in cells]
    nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "x", "language": "python"}
    nbformat.write(nb, path)
    return path


@pytest.fixture(scope="session")
def write_notebook():
    """``write_notebook(path, *cells)``: a notebook for the project's kernel (see
    :func:`_write_notebook`)."""
    return _write_notebook
