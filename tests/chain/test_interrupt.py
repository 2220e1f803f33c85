"""An interrupted build (Ctrl-C in a terminal, or make passing SIGTERM on to its jobs) stops
cleanly: exactly one line said, no staging, no kernel left running, the previous report (or
notebook) kept, and the process ends by the signal, as an interrupted program should."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import pytest

from blinarepro import build, interrupts

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


def _children(pid: int) -> list[int]:
    """Running processes whose parent is ``pid``."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            state, ppid = stat.read_text().rsplit(")", 1)[1].split()[:2]
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(ppid) == pid and state != "Z":
            found.append(int(stat.parent.name))
    return found


@pytest.fixture
def sleeper(tmp_path, write_notebook) -> tuple[Path, Path]:
    """A notebook with a parameters cell (so papermill has nothing to warn about) and the
    sleeping cell; and the marker file its kernel writes."""
    marker = tmp_path / "kernel.pid"
    params = nbformat.v4.new_code_cell("output_dir = None\ndata_dir = None")
    params.metadata["tags"] = ["parameters"]
    path = write_notebook(tmp_path / "sleeper.ipynb", params, SLEEPER.format(marker=str(marker)))
    return path, marker


def _start(command: str, path: Path, out: Path, tmp: Path) -> subprocess.Popen:
    """The build as make starts it, with a private temporary folder ``tmp`` (where its
    kernel's socket folder goes) so that the test can see that nothing is left there."""
    extra = ["--out", str(out)] if command == "run" else []
    tmp.mkdir()
    return subprocess.Popen(
        [sys.executable, "-m", "blinarepro.build", command, str(path), *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "TMPDIR": str(tmp)},
        # as from a terminal, even when the tests run in the background with SIGINT ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip


def _stop(proc: subprocess.Popen, sig: int, kernels: list[int], tmp: Path) -> tuple[str, str]:
    """Send ``sig``; once the build has ended, its kernels must have ended (it reaps them
    before it ends: no grace) and its temporary folder must be empty."""
    proc.send_signal(sig)
    proc.wait(timeout=60)
    assert not any(map(_alive, kernels)), "a kernel was left running"
    assert not any(tmp.iterdir()), f"left in the temporary folder: {list(tmp.iterdir())}"
    return proc.communicate(timeout=60)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
@pytest.mark.parametrize("command", ["run", "refresh"])
def test_an_interrupted_build_cleans_up_and_keeps_what_was_there(tmp_path, command, sig, sleeper):
    path, marker = sleeper
    stored = path.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    (out / "sleeper.html").write_text("previous good report")

    tmp = Path(tempfile.mkdtemp(dir="/tmp"))  # short: socket paths must fit
    proc = _start(command, path, out, tmp / "t")
    deadline = time.monotonic() + 60
    while not _read_pid(marker) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    kernel_pid = _read_pid(marker)
    if not kernel_pid:
        proc.kill()
        pytest.fail(f"the kernel never ran the cell: {proc.communicate()}")
    if command == "run":
        assert (out / ".staging" / "sleeper").is_dir(), "the build is under way"

    stdout, stderr = _stop(proc, sig, [kernel_pid], tmp / "t")
    shutil.rmtree(tmp)

    assert proc.returncode == -sig, stderr  # ended by the signal, as a shell expects
    what = {
        "run": "sleeper.ipynb was not built and its previous report is untouched",
        "refresh": "the notebook being refreshed is untouched",
    }[command]
    assert stderr == f"interrupted ({sig.name}): {what}\n"  # that line and nothing else
    assert stdout == ""
    assert path.read_bytes() == stored
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kernel.pid", "out", "sleeper.ipynb"]
    assert sorted(p.name for p in out.iterdir()) == ["sleeper.html"], "no staging, no failed/"
    assert (out / "sleeper.html").read_text() == "previous good report"


def test_a_build_stopped_while_its_kernel_starts_leaves_no_kernel(tmp_path, sleeper):
    # nbclient cleans up only once the kernel has started: the build stops a kernel still
    # starting itself (build.kernel_config), and the kernel ends with its build process
    # whatever happens (blinarepro.kernel, ENDS_WITH_PARENT_ENV)
    path, marker = sleeper
    out = tmp_path / "out"
    tmp = Path(tempfile.mkdtemp(dir="/tmp"))
    proc = _start("run", path, out, tmp / "t")
    kernels: list[int] = []
    deadline = time.monotonic() + 60
    while not kernels and proc.poll() is None and time.monotonic() < deadline:
        kernels = _children(proc.pid)
        time.sleep(0.01)
    assert kernels, f"the build never started a kernel: {proc.communicate()}"
    assert not _read_pid(marker), "the signal is meant to arrive before the cell runs"

    stdout, stderr = _stop(proc, signal.SIGTERM, kernels, tmp / "t")
    shutil.rmtree(tmp)

    assert proc.returncode == -signal.SIGTERM
    expected = "interrupted (SIGTERM): sleeper.ipynb was not built and its previous report is "
    assert stderr == expected + "untouched\n"
    assert not out.exists() or not any(out.iterdir()), "no staging left"


def test_an_interrupt_while_the_report_moves_into_place_waits_until_it_is_all_there(
    tmp_path, monkeypatch, capsys, built_site
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

    monkeypatch.setattr(build.os, "replace", replace_then_signal)
    previous = signal.signal(signal.SIGTERM, interrupts._handler)
    try:
        status = build.main(["run", str(REGISTRATION), "--out", str(out)])
    finally:
        signal.signal(signal.SIGTERM, previous)
        received = interrupts.state.received
        interrupts.reset()  # this process goes on with other tests

    assert received == signal.SIGTERM
    assert sent, "the signal was sent as the first table moved into place"
    assert status == -signal.SIGTERM
    report = os.path.relpath(out / "03_registration.html", ROOT)
    assert capsys.readouterr().err == (
        f"interrupted (SIGTERM): {report} was built whole before stopping\n"
    )
    # everything of this report is there, and is what a build that nobody stopped gives
    ours = sorted(p.relative_to(out) for p in out.rglob("03_registration*"))
    assert ours == sorted(p.relative_to(built_site) for p in built_site.rglob("03_registration*"))
    for rel in ours:
        assert (out / rel).read_bytes() == (built_site / rel).read_bytes(), rel
    assert not (out / ".staging").exists()


@pytest.mark.parametrize(
    ("said", "line"),
    [(False, "interrupted (SIGTERM): 03_registration.ipynb was not built and its previous "
              "report is untouched\n"),
     (True, "")],
)  # fmt: skip
def test_the_interrupt_line_is_said_once_and_only_before_the_commands_last_line(said, line, capsys):
    # a signal arriving after `error: ...` or `built ...` was printed adds no line that
    # would contradict it; before, the line says what the interrupt left
    interrupts.reset()
    interrupts.state.received = signal.SIGTERM
    interrupts.state.command, interrupts.state.notebook = "run", REGISTRATION
    interrupts.state.said = said
    try:
        assert build._report_interrupt() == -signal.SIGTERM
    finally:
        interrupts.reset()
    assert capsys.readouterr().err == line
