"""Put built files into the site whole: a lock per report, a staging folder, atomic moves.

- :func:`locked` holds ``<out>/.<name>.lock`` (``fcntl.flock``) for the whole build of one
  report, so two builds in one folder (``make reports & make reports``) take turns: the
  second says in one line that it waits, then builds. ``make -j`` builds different reports
  side by side, each under its own lock.
- :func:`publish` moves tables, figures, the executed notebook and the HTML (make's target,
  last) from the staging folder into ``out`` with ``os.replace``; inside
  :func:`signals_held` SIGINT and SIGTERM wait until all of it is in place, so a report
  never sits beside tables or figures of another run.
"""

from __future__ import annotations

import fcntl
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["locked", "publish", "signals_held", "write_atomic"]

_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@contextmanager
def locked(out: Path, name: str, shown: str) -> Iterator[None]:
    """Hold the lock of report ``name`` in folder ``out`` (``shown`` names it in messages)."""
    path = out / f".{name}.lock"
    while True:
        try:
            out.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as err:
            raise OSError(err.errno, f"cannot write in {shown}: {err.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting: another build is writing {name} in {shown}", file=sys.stderr)
            fcntl.flock(fd, fcntl.LOCK_EX)
        try:  # the holder before us removed the file: lock the one now at that path
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                break
        except FileNotFoundError:
            pass
        os.close(fd)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)  # while still held: a waiter then retries on a new file
        os.close(fd)


@contextmanager
def signals_held() -> Iterator[None]:
    """Run the block to its end; a SIGINT or SIGTERM arriving meanwhile is noted and handed
    to the previous handler afterwards (main thread only, as Python runs signal handlers;
    a Python handler rather than a signal mask, so it holds whichever thread the system
    delivers the signal to)."""
    received: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, _: received.append(signum))
                for sig in _SIGNALS}  # fmt: skip
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if received:
        handler = previous[received[0]]
        if callable(handler):
            handler(received[0], None)
        elif handler == signal.SIG_DFL:
            signal.raise_signal(received[0])


def publish(staging: Path, out: Path, name: str) -> Path:
    """Move ``staging``'s tables, figures, ``<name>.ipynb`` and ``<name>.html`` into ``out``
    (call it inside :func:`signals_held`)."""
    for kind in ("tables", "figures"):
        for item in sorted((staging / kind).glob("*")):
            (out / kind).mkdir(exist_ok=True)
            os.replace(item, out / kind / item.name)
    os.replace(staging / f"{name}.ipynb", out / f"{name}.ipynb")
    os.replace(staging / f"{name}.html", out / f"{name}.html")
    (out / "failed" / f"{name}.ipynb").unlink(missing_ok=True)
    return out / f"{name}.html"


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then move it into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
