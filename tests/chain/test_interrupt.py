"""An interrupted build (Ctrl-C in a terminal, or make passing SIGTERM on to its jobs) stops
cleanly: no traceback, no staging left, no kernel left running, the previous report kept."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from blinarepro import build

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow

#: A cell that says it is running (with its kernel's process id) and then waits far longer
#: than the test, so the signal always arrives while the kernel is executing it.
SLEEPER = """\
import os, time
from pathlib import Path
Path({marker!r}).write_text(str(os.getpid()))
time.sleep(120)"""


def _read_pid(marker: Path) -> int | None:
    """The kernel's process id once the cell has written it whole, else None."""
    text = marker.read_text() if marker.exists() else ""
    return int(text) if text.isdigit() else None


def _alive(pid: int) -> bool:
    """Whether process ``pid`` is running (a zombie awaiting its parent counts as ended)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return False
    return fields[0] != "Z"


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_build_cleans_up_and_keeps_the_previous_report(tmp_path, sig, code):
    marker = tmp_path / "kernel.pid"
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(SLEEPER.format(marker=str(marker)))]
    nb.metadata["kernelspec"] = {"name": build.KERNEL, "display_name": "x", "language": "python"}
    path = tmp_path / "sleeper.ipynb"
    nbformat.write(nb, path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "sleeper.html").write_text("previous good report")

    proc = subprocess.Popen(
        [sys.executable, "-m", "blinarepro.build", "run", str(path), "--out", str(out)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not _read_pid(marker) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    kernel_pid = _read_pid(marker)
    assert kernel_pid, f"the kernel never ran the cell: {proc.communicate()}"
    assert (out / ".staging" / "sleeper").is_dir(), "the build is under way"

    proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=60)

    assert proc.returncode == code, stderr
    assert (
        f"interrupted ({sig.name}): sleeper.ipynb was not built and its previous report is "
        "untouched" in stderr
    )
    assert "Traceback" not in stderr
    assert "built" not in stdout
    assert (out / "sleeper.html").read_text() == "previous good report"
    assert not (out / ".staging").exists()
    assert not (out / "failed").exists(), "an interruption is not a failed notebook"
    deadline = time.monotonic() + 10
    while _alive(kernel_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(kernel_pid), "the kernel was left running"
