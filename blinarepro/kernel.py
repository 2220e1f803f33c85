"""The project's Jupyter kernel: ipykernel, without its debugger in batch runs.

Command line::

    python -m blinarepro.kernel install    # register the kernel 'blinarepro' in this env
    python -m blinarepro.kernel -f FILE     # what Jupyter runs (the kernel spec's argv)

ipykernel, when it starts, imports debugpy and pydevd (about 130 modules) and sets up its
debugger. A report build or an nbval run never debugs, so when the environment variable
``BLINAREPRO_KERNEL_DEBUGGER`` is ``0`` (it is in :data:`blinarepro.build.KERNEL_ENV`, which
the build, ``make refresh`` and the tests give their kernels) the kernel starts the way
ipykernel starts when debugpy is not installed: ``sys.modules["debugpy"] = None`` makes the
import fail and ipykernel falls back to running without a debugger (its kernel_info then
lists no "debugger" feature). JupyterLab, started without that variable, keeps the debugger.
Measured on 2026-12-01 on 2 cores, cold ``make reports`` in four interleaved pairs: 13.0-16.1 s
of CPU with the debugger, 12.4-14.7 s without, and 6% less wall time; the saving is all at
kernel start. debugpy is a dependency of ipykernel, so this fallback is ipykernel's code path
for a broken or absent debugpy rather than a documented setting: if a release stops
tolerating it, ``tests/chain/test_kernel.py`` fails at kernel start.

When ``BLINAREPRO_KERNEL_ENDS_WITH_PARENT`` is ``1`` (also in ``KERNEL_ENV``) the kernel asks
Linux to kill it when the process that started it ends (``prctl(PR_SET_PDEATHSIG)``): a build
stopped while its kernel is still starting, or killed outright, leaves no kernel behind.
ipykernel would notice on its own, but only about a second later and with a warning on the
build's output. Elsewhere than Linux the variable does nothing. JupyterLab does not set it.
"""

from __future__ import annotations

import os
import sys

__all__ = ["DEBUGGER_ENV", "ENDS_WITH_PARENT_ENV", "NAME", "install", "main"]

#: Name of the kernel spec (``kernel_name`` for papermill and nbval).
NAME = "blinarepro"
#: Environment variable; ``"0"`` starts the kernel without its debugger.
DEBUGGER_ENV = "BLINAREPRO_KERNEL_DEBUGGER"
#: Environment variable; ``"1"`` ends the kernel with the process that started it (Linux).
ENDS_WITH_PARENT_ENV = "BLINAREPRO_KERNEL_ENDS_WITH_PARENT"


def install() -> str:
    """Register the kernel spec ``blinarepro`` in this interpreter's environment.

    Returns
    -------
    str
        The folder of the installed spec (``<sys.prefix>/share/jupyter/kernels/blinarepro``),
        replaced if it was there.

    Notes
    -----
    The spec is ipykernel's (``ipykernel.kernelspec.write_kernel_spec``: logos, language,
    ``"debugger": true`` for JupyterLab) with one change: its ``argv`` starts this module
    instead of ``ipykernel_launcher``.
    """
    import tempfile

    from ipykernel.kernelspec import write_kernel_spec
    from jupyter_client.kernelspec import KernelSpecManager

    argv = [sys.executable, "-Xfrozen_modules=off", "-m", "blinarepro.kernel"]
    argv += ["-f", "{connection_file}"]
    with tempfile.TemporaryDirectory() as tmp:
        spec = write_kernel_spec(
            os.path.join(tmp, NAME),
            overrides={"argv": argv, "display_name": "Python (blinarepro)"},
        )
        return KernelSpecManager().install_kernel_spec(spec, NAME, prefix=sys.prefix)


def main(argv: list[str] | None = None) -> None:
    """``install`` registers the spec; any other arguments start the kernel (ipykernel's)."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["install"]:
        if args[1:]:
            raise SystemExit(
                f"usage: python -m blinarepro.kernel install (no options; got {args[1:]})"
            )
        print(install())
        return
    # As ipykernel_launcher does: the working folder leaves sys.path while ipykernel loads
    # (a notebook folder's random.py must not shadow the standard library's); IPython puts
    # it back. Nothing but os and sys (loaded with the interpreter) is imported before this.
    if sys.path and sys.path[0] in ("", os.getcwd()):
        del sys.path[0]
    if os.environ.get(ENDS_WITH_PARENT_ENV) == "1":
        _end_with_parent()
    if os.environ.get(DEBUGGER_ENV) == "0":
        sys.modules["debugpy"] = None  # ipykernel: "debugpy not available", no debugger
    from ipykernel import kernelapp

    kernelapp.launch_new_instance(argv=args)


def _end_with_parent() -> None:
    """Have Linux send SIGKILL to this process when its parent ends (nothing elsewhere)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    # the process that launched this kernel (jupyter_client says which): if it has ended
    # already, this kernel has been handed to another parent and must not wait for that one
    parent = int(os.environ.get("JPY_PARENT_PID") or os.getppid())
    pr_set_pdeathsig = 1  # <linux/prctl.h>
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent:  # the parent ended before the request was in place
        os._exit(1)


if __name__ == "__main__":
    main()
