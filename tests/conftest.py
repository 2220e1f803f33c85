"""Shared fixtures: one build of the whole report chain per test session."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from blinarepro.build import KERNEL_ENV

ROOT = Path(__file__).resolve().parent.parent

# nbval starts its kernels with this process's environment: give them the one the reports
# are built with, so the stored outputs are checked under the build's settings.
os.environ.update(KERNEL_ENV)


def _make(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run ``make`` in the project root, isolated from a calling make's jobserver."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    proc = subprocess.run(
        ["make", "--no-print-directory", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"make {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session", autouse=True)
def _private_schema_cache(tmp_path_factory):
    """Keep the loader's schema memo (see blinarepro.data) inside this test session."""
    os.environ["BLINAREPRO_CACHE"] = str(tmp_path_factory.mktemp("cache"))


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
