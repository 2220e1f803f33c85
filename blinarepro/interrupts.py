"""How a build process ends when it is interrupted: Ctrl-C (SIGINT) or the SIGTERM that make
passes on to its jobs when it is stopped.

The rules, for :mod:`blinarepro.build`:

- The first signal raises :class:`Interrupted` (a ``KeyboardInterrupt``) where the process is;
  later ones are only noted, so that a second Ctrl-C cannot cut the clean-up short.
- Inside :func:`held` the first signal is deferred and raised when the block ends: a report
  moves into place whole, or a folder is removed whole. The deferral is done by the Python
  handler, not by a signal mask, so it holds whichever thread the system delivers to.
- A signal that a library swallowed (raised inside a ``__del__``, say) is still on record:
  :func:`check` raises it at the next safe point, and the process still ends interrupted.
- The process ends by the signal itself (:func:`end`), as an interrupted program should: a
  shell loop that ran it stops too, as it would on Ctrl-C.
- An end, interrupted or not, skips the interpreter's teardown (:func:`end`, which says when
  it does not): it costs a build process 0.12-0.17 s of CPU and has nothing left to do once
  the reports are in place.

Only the command line (``python -m blinarepro.build``) installs the handlers
(:func:`install`); called in-process, :func:`held` and :func:`check` change nothing unless a
signal was received through them.
"""

from __future__ import annotations

import atexit
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Interrupted", "check", "end", "held", "install", "reset", "state", "surely"]

SIGNALS = (signal.SIGINT, signal.SIGTERM)


@dataclass
class State:
    """What this process has been told and has done (read by the one-line message)."""

    received: int | None = None  #: the first SIGINT or SIGTERM
    deferred: bool = False  #: it arrived inside :func:`held` and is raised when that ends
    holding: int = 0  #: depth of :func:`held` blocks
    completed: Path | None = None  #: the last report or notebook written whole
    command: str | None = None  #: what the process was doing ("run", "refresh", "index")
    notebook: Path | None = None  #: the notebook of a "run"
    said: bool = False  #: the command has printed its last line (an interrupt adds none)


state = State()


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM arrived (``signum``)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def reset() -> None:
    """Forget earlier signals and completions (each command starts afresh)."""
    global state
    state = State()


def _handler(signum, frame) -> None:
    if state.received is not None:  # only the first signal interrupts
        return
    state.received = signum
    if state.holding:
        state.deferred = True
        return
    raise Interrupted(signum)


def install() -> None:
    """Handle SIGINT and SIGTERM by these rules; a signal inherited as ignored (a background
    job of a script) stays ignored, as make leaves it."""
    for sig in SIGNALS:
        if signal.getsignal(sig) is not signal.SIG_IGN:
            signal.signal(sig, _handler)


@contextmanager
def held() -> Iterator[None]:
    """Run the block to its end; an interrupt arriving meanwhile is raised when it ends."""
    state.holding += 1
    try:
        yield
    finally:
        state.holding -= 1
    if not state.holding and state.deferred:
        state.deferred = False
        raise Interrupted(state.received)


def surely(cleanup: Callable[[], None]) -> None:
    """Run ``cleanup`` (idempotent) to its end, even if the first interrupt arrives as it
    starts; that interrupt is raised afterwards."""
    try:
        with held():
            cleanup()
    except KeyboardInterrupt:
        cleanup()  # later signals are only noted: nothing cuts this short
        raise


def check() -> None:
    """Raise the interrupt received earlier, if a library swallowed it."""
    if state.received is not None:
        raise Interrupted(state.received)


def end(status: int) -> None:
    """Exit with ``status``; ``-signum`` ends the process by that signal. A signal arriving
    during the exit ends the process by that signal, with no traceback.

    Notes
    -----
    The exit is Python's own without the interpreter's teardown (freeing every module and
    object one by one): it runs the ``atexit`` functions (``logging`` flushes its handlers
    there), flushes stdout and stderr as Python's exit does (closed streams skipped; a failed
    flush gives status 120 and, for stdout, an "Exception ignored" message) and ends with
    ``os._exit``. A build process has written every file whole (written, then moved into
    place) before it gets here, so the teardown has nothing left to do, and it is not free:
    0.12-0.17 s of CPU per build process; a cold ``make reports`` (seven build processes)
    went from 14.9 to 13.7 s of CPU and from 8.1 to 7.5 s wall (2 cores, 2026-12-01, medians
    of five interleaved pairs). Python's own exit, teardown and all, is kept where the
    teardown may matter: another (non-daemon) thread still runs (Python waits for it), a
    profiler or coverage tool is watching (``sys.getprofile()`` or ``sys.gettrace()`` is
    set: ``python -m cProfile`` and ``coverage run`` write their data as ``SystemExit``
    reaches them), or this Python has no ``atexit._run_exitfuncs`` (CPython's, since 3.0).
    ``tests/test_interrupts.py`` checks each case against the same script ending in
    ``sys.exit``.
    """
    for sig in SIGNALS:  # from here a signal ends the process at once, by the signal
        if signal.getsignal(sig) is not signal.SIG_IGN:
            signal.signal(sig, signal.SIG_DFL)
    if status < 0:
        sys.stdout.flush()
        sys.stderr.flush()
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {-status})
        signal.raise_signal(-status)
        status = 128 - status  # not reached unless the signal could not end the process
    _exit_without_teardown(status)


def _exit_without_teardown(status: int) -> None:
    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)
    main = threading.main_thread()
    running = [t for t in threading.enumerate() if t is not main and not t.daemon]
    # a profiler or coverage tool (python -m cProfile, coverage run) writes its data when
    # SystemExit reaches it: it gets Python's own exit
    watched = sys.gettrace() is not None or sys.getprofile() is not None
    if run_exit_functions is None or running or watched:
        sys.exit(status)  # Python's exit, which also waits for the threads
    run_exit_functions()
    for stream in (sys.stdout, sys.stderr):  # as Python's exit flushes them
        if stream is None or getattr(stream, "closed", False):
            continue
        try:
            stream.flush()
        except Exception:  # a broken pipe, say: said as Python's exit says it, status 120
            status = 120
            if stream is sys.stdout:
                import traceback

                try:
                    print(f"Exception ignored in: {stream!r}", file=sys.stderr)
                    traceback.print_exc()
                except Exception:  # stderr is broken too: nothing more can be said
                    pass
    os._exit(status)
