"""blinarepro.interrupts: the first signal interrupts, later ones are noted; held blocks run
to their end; the process ends by the signal. Signals are sent to this process for real."""

import os
import signal
import subprocess
import sys

import pytest

from blinarepro import interrupts


@pytest.fixture
def handled():
    """SIGTERM handled by the module (as the command line installs it), state fresh."""
    interrupts.reset()
    previous = signal.signal(signal.SIGTERM, interrupts._handler)
    yield
    signal.signal(signal.SIGTERM, previous)
    interrupts.reset()


def _sigterm():
    os.kill(os.getpid(), signal.SIGTERM)


def test_the_first_signal_interrupts_and_later_ones_are_only_noted(handled):
    with pytest.raises(interrupts.Interrupted) as err:
        _sigterm()
    assert err.value.signum == signal.SIGTERM and str(err.value) == "SIGTERM"
    assert isinstance(err.value, KeyboardInterrupt)
    _sigterm()  # a second one: nothing raised
    assert interrupts.state.received == signal.SIGTERM


def test_a_held_block_runs_to_its_end_and_the_signal_is_raised_after(handled):
    done = []
    with pytest.raises(interrupts.Interrupted):
        with interrupts.held():
            _sigterm()
            done.append("after the signal")
    assert done == ["after the signal"]


def test_nested_holds_raise_once_the_outer_block_ends(handled):
    done = []
    with pytest.raises(interrupts.Interrupted):
        with interrupts.held():
            with interrupts.held():
                _sigterm()
            done.append("outer block went on")
    assert done == ["outer block went on"]


def test_surely_finishes_a_cleanup_the_signal_arrives_in(handled):
    removed = []

    def cleanup():
        if not removed:
            _sigterm()
        removed.append(True)

    with pytest.raises(interrupts.Interrupted):
        interrupts.surely(cleanup)
    assert removed  # ran to its end (then once more, harmlessly: cleanups are idempotent)


# the swallowing is the point of the test: Python reports the dropped exception as unraisable
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_check_raises_a_signal_a_library_swallowed(handled):
    class Swallower:
        def __del__(self):
            _sigterm()  # the Interrupted raised here is printed and dropped by Python

    Swallower()
    assert interrupts.state.received == signal.SIGTERM
    with pytest.raises(interrupts.Interrupted):
        interrupts.check()


def test_without_a_signal_nothing_is_raised(handled):
    with interrupts.held():
        pass
    interrupts.check()
    assert interrupts.state.received is None


@pytest.mark.parametrize(("status", "returncode"), [(-signal.SIGTERM, -15), (-2, -2), (3, 3)])
def test_the_process_ends_by_the_signal(status, returncode):
    code = f"from blinarepro import interrupts; interrupts.install(); interrupts.end({status})"
    assert subprocess.run([sys.executable, "-c", code]).returncode == returncode


def test_a_signal_during_the_exit_ends_the_process_by_it_without_a_traceback():
    # e.g. make's SIGTERM arriving while the interpreter runs its exit hooks
    code = (
        "import atexit, os, signal\n"
        "from blinarepro import interrupts\n"
        "interrupts.install()\n"
        "atexit.register(lambda: os.kill(os.getpid(), signal.SIGTERM))\n"
        "interrupts.end(0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == -signal.SIGTERM
    assert proc.stderr == ""


# interrupts.end exits without the interpreter's teardown. Reference: the same script ending
# in sys.exit(status), i.e. Python's own exit. The object below says when it is torn down.
EXIT_SCRIPT = """
import atexit, os, sys, threading, time
from blinarepro import interrupts


class Teardown:
    def __del__(self, write=os.write):
        write(2, b"torn down;")


kept = Teardown()
atexit.register(lambda: sys.stderr.write("atexit ran;"))
sys.stdout.write("no newline")  # sits in the buffer: only the exit's flush writes it
{setup}
interrupts.install()
{exit}({status})
"""

# A thread that outlives the script: it returns from join() only when Python's exit has
# begun, then writes (os._exit would kill it first: no timing involved).
LAST_THREAD = (
    "threading.Thread(target=lambda: (threading.main_thread().join(), "
    "os.write(2, b'thread done;'))).start()"
)
SLEEPING_DAEMON = "threading.Thread(target=time.sleep, args=(30,), daemon=True).start()"
PROFILED = "sys.setprofile(lambda frame, event, arg: None)"

BROKEN_STDOUT = """
class Broken:
    def write(self, text):
        return len(text)

    def flush(self):
        raise OSError(5, "broken")


sys.stdout = Broken()
"""


def _exits(setup: str = "", status: int = 0) -> tuple[subprocess.CompletedProcess, ...]:
    """The script ended by ``interrupts.end`` and, for reference, by ``sys.exit``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # stdout buffered
    return tuple(
        subprocess.run(
            [sys.executable, "-c", EXIT_SCRIPT.format(setup=setup, exit=how, status=status)],
            capture_output=True,
            text=True,
            env=env,
        )
        for how in ("interrupts.end", "sys.exit")
    )


@pytest.mark.parametrize("status", [0, 3])
def test_the_exit_is_pythons_without_the_teardown(status):
    fast, python = _exits(status=status)
    assert python.stderr == "atexit ran;torn down;"  # the reference does tear down
    assert (fast.returncode, fast.stdout, fast.stderr) == (status, "no newline", "atexit ran;")
    assert (python.returncode, python.stdout) == (status, "no newline")


def test_a_thread_still_running_is_waited_for_and_the_exit_is_pythons():
    fast, python = _exits(LAST_THREAD)
    assert python.stderr == "thread done;atexit ran;torn down;"
    assert (fast.returncode, fast.stdout, fast.stderr) == (0, "no newline", python.stderr)


def test_a_daemon_thread_does_not_hold_the_exit_back():
    fast, python = _exits(SLEEPING_DAEMON)
    assert python.stderr == "atexit ran;torn down;"
    assert (fast.returncode, fast.stdout, fast.stderr) == (0, "no newline", "atexit ran;")


def test_a_profiler_gets_pythons_exit():
    fast, python = _exits(PROFILED)
    assert python.stderr == "atexit ran;torn down;"
    assert (fast.returncode, fast.stdout, fast.stderr) == (0, "no newline", python.stderr)


def test_cprofile_writes_its_data(tmp_path):
    script, data = tmp_path / "script.py", tmp_path / "profile.out"
    script.write_text(EXIT_SCRIPT.format(setup="", exit="interrupts.end", status=0))
    cmd = [sys.executable, "-m", "cProfile", "-o", str(data), str(script)]
    assert subprocess.run(cmd, capture_output=True).returncode == 0
    assert data.stat().st_size > 0


@pytest.mark.parametrize("status", [0, 3])
def test_stdout_that_cannot_be_flushed_is_reported_as_python_reports_it(status):
    fast, python = _exits(BROKEN_STDOUT, status)
    assert fast.returncode == python.returncode == 120  # whatever the status was
    said = "atexit ran;Exception ignored in: <__main__.Broken object"
    assert python.stderr.startswith(said)
    assert python.stderr.endswith("OSError: [Errno 5] broken\ntorn down;")
    assert fast.stderr.startswith(said)
    assert fast.stderr.endswith("OSError: [Errno 5] broken\n")  # and no teardown


def test_a_closed_stdout_is_skipped_as_python_skips_it():
    fast, python = _exits("sys.stdout.close()")
    assert fast.returncode == python.returncode == 0
    assert fast.stderr == "atexit ran;"
