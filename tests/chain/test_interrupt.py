"""An interrupted build (Ctrl-C in a terminal, or make passing SIGTERM on to its jobs) stops
cleanly: one line said, no traceback, no staging, no kernel left running, the previous report
(or notebook) kept, and the process ends by the signal, as an interrupted program should."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from blinarepro import build

ROOT = Path(__file__).resolve().parents[2]
REGISTRATION = ROOT / "notebooks" / "03_registration.ipynb"

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


def _sleeper(tmp_path: Path) -> tuple[Path, Path]:
    marker = tmp_path / "kernel.pid"
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(SLEEPER.format(marker=str(marker)))]
    nb.metadata["kernelspec"] = {"name": build.KERNEL, "display_name": "x", "language": "python"}
    path = tmp_path / "sleeper.ipynb"
    nbformat.write(nb, path)
    return path, marker


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
@pytest.mark.parametrize("command", ["run", "refresh"])
def test_an_interrupted_build_cleans_up_and_keeps_what_was_there(tmp_path, command, sig):
    path, marker = _sleeper(tmp_path)
    stored = path.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    (out / "sleeper.html").write_text("previous good report")
    extra = ["--out", str(out)] if command == "run" else []

    proc = subprocess.Popen(
        [sys.executable, "-m", "blinarepro.build", command, str(path), *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not _read_pid(marker) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    kernel_pid = _read_pid(marker)
    assert kernel_pid, f"the kernel never ran the cell: {proc.communicate()}"
    if command == "run":
        assert (out / ".staging" / "sleeper").is_dir(), "the build is under way"

    proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=60)

    # checked at once: the build reaps its kernel before it ends (an orphaned kernel would
    # notice its parent gone and stop by itself about a second later)
    assert not _alive(kernel_pid), "the kernel was left running"
    assert proc.returncode == -sig, stderr  # ended by the signal, as a shell expects
    what = {
        "run": "sleeper.ipynb was not built and its previous report is untouched",
        "refresh": "the notebook being refreshed is untouched",
    }[command]
    assert f"interrupted ({sig.name}): {what}" in stderr
    assert "Traceback" not in stderr
    assert "built" not in stdout and "refreshed" not in stdout
    assert path.read_bytes() == stored
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kernel.pid", "out", "sleeper.ipynb"]
    assert sorted(p.name for p in out.iterdir()) == ["sleeper.html"], "no staging, no failed/"
    assert (out / "sleeper.html").read_text() == "previous good report"


def test_an_interrupt_while_the_report_moves_into_place_waits_until_it_is_all_there(
    tmp_path, monkeypatch
):
    # SIGTERM arrives as the first table is moved into place: the move completes (tables,
    # figures, notebook and HTML all of this run), then the build stops and says so.
    out = tmp_path / "out"
    replace = os.replace
    sent = []

    def replace_then_signal(src, dst):
        replace(src, dst)
        if not sent and Path(dst).parent == out / "tables":
            sent.append(dst)
            os.kill(os.getpid(), signal.SIGTERM)

    previous = signal.signal(signal.SIGTERM, build._interrupt)
    try:
        monkeypatch.setattr(build.os, "replace", replace_then_signal)
        with pytest.raises(build.Interrupted) as err:
            build.run(REGISTRATION, out=out)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert sent, "the signal was sent as the first table moved into place"
    assert err.value.built == out / "03_registration.html"
    assert str(err.value) == "SIGTERM"
    assert (out / "03_registration.html").is_file() and (out / "03_registration.ipynb").is_file()
    assert {p.name for p in (out / "tables").iterdir()} >= {"03_registration_claims.csv"}
    assert not (out / ".staging").exists()
