"""Helpers of the chain tests: the real command, and what a published folder holds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _build(*args: str, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    """``python -m blinarepro.build *args`` as make runs it; stdout and stderr as text."""
    return subprocess.run(
        [sys.executable, "-m", "blinarepro.build", *args], cwd=ROOT, capture_output=True,
        text=True, env=env, **kw,
    )  # fmt: skip


def _start(*args: str, **kw) -> subprocess.Popen:
    """The build started as from a terminal (SIGINT not ignored, even when the tests run as a
    background job)."""
    return subprocess.Popen(
        [sys.executable, "-m", "blinarepro.build", *args], cwd=ROOT, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL), **kw,
    )  # fmt: skip


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _one_line(stderr: str, start: str) -> str:
    """The one line ``stderr`` must be: it starts with ``start``; no traceback."""
    assert "Traceback" not in stderr, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(start), stderr
    return lines[0]


@pytest.fixture(scope="session")
def build_cmd():
    return _build


@pytest.fixture(scope="session")
def start_build():
    return _start


@pytest.fixture(scope="session")
def snapshot():
    return _snapshot


@pytest.fixture(scope="session")
def one_line():
    return _one_line


@pytest.fixture
def site(built_site, tmp_path) -> Path:
    """A private copy of the built site, to publish over (or not)."""
    import shutil

    copy = tmp_path / "site"
    shutil.copytree(built_site, copy)
    os.utime(copy)
    return copy
