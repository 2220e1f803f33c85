"""The kernels that build reports: private Unix sockets, no history, no debugger, clear
failures; the same kernel in JupyterLab keeps its debugger."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import nbformat
import pytest

from blinarepro import build

pytestmark = pytest.mark.slow

PROBE = """\
import sys
from ipykernel import get_connection_info
info = get_connection_info(unpack=True)
print(info["transport"], info["ip"])
print("history", get_ipython().history_manager.enabled)
print("debugger", sys.modules.get("debugpy") is not None)"""


@pytest.fixture
def probe(tmp_path, monkeypatch, write_notebook):
    """Build a one-cell notebook that prints its kernel's transport and history setting;
    return what it printed. IPython's folder is private to the test."""
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    path = write_notebook(tmp_path / "probe.ipynb", PROBE)

    def run():
        build.run(path, out=tmp_path / "out")
        executed = nbformat.read(tmp_path / "out" / "probe.ipynb", as_version=4)
        return "".join(o.get("text", "") for o in executed.cells[-1].outputs).split()

    return run


def test_the_kernel_uses_private_unix_sockets_and_writes_no_history(probe, tmp_path):
    transport, ip, _, enabled, _, debugger = probe()
    assert debugger == "False", "a build's kernel starts without ipykernel's debugger"
    assert transport == "ipc"
    assert os.path.basename(ip) == "k" and os.path.basename(os.path.dirname(ip)).startswith(
        "blinarepro-kernel-"
    )
    assert not os.path.exists(os.path.dirname(ip)), "the socket folder is removed afterwards"
    assert enabled == "False"
    assert not list((tmp_path / "ipython").rglob("history.sqlite"))


def test_a_temporary_folder_too_deep_for_a_socket_falls_back_to_tmp(probe, tmp_path, monkeypatch):
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    deep.mkdir(parents=True)
    monkeypatch.setattr(tempfile, "tempdir", str(deep))
    transport, ip, *_ = probe()
    assert transport == "ipc"
    assert ip.startswith("/tmp/blinarepro-kernel-")


def test_without_any_short_enough_folder_the_kernel_uses_loopback_tcp(probe, monkeypatch):
    monkeypatch.setattr(build, "SOCKET_PATH_MAX", 5)
    transport, ip, *_ = probe()
    assert (transport, ip) == ("tcp", "127.0.0.1")


def test_a_kernel_that_cannot_start_fails_clearly_and_leaves_no_staging(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "03_registration.html").write_text("previous good report")
    monkeypatch.setattr(build, "KERNEL", "no-such-kernel")
    with pytest.raises(build.BuildError, match=r"03_registration.ipynb could not be built: "
                       r"NoSuchKernel.*\n  the previous report is untouched"):  # fmt: skip
        build.run(build.NOTEBOOK_DIR / "03_registration.ipynb", out=out)
    assert (out / "03_registration.html").read_text() == "previous good report"
    assert not (out / ".staging").exists()


def _start(env_debugger: str | None, cwd: Path | None = None) -> tuple[list, str]:
    """Start the project kernel; return kernel_info's supported_features and what a cell
    prints about debugpy."""
    from jupyter_client.manager import start_new_kernel

    env = {k: v for k, v in os.environ.items() if k != "BLINAREPRO_KERNEL_DEBUGGER"}
    if env_debugger is not None:
        env["BLINAREPRO_KERNEL_DEBUGGER"] = env_debugger
    km, kc = start_new_kernel(kernel_name=build.KERNEL, env=env, cwd=str(cwd or os.getcwd()))
    try:
        features = kc.kernel_info(reply=True, timeout=30)["content"].get("supported_features", [])
        seen = []
        kc.execute_interactive(
            "import sys; print(sys.modules.get('debugpy') is not None)",
            output_hook=lambda msg: seen.append(msg["content"].get("text", "")),
            timeout=30,
        )
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return features, "".join(seen).strip()


def test_without_the_batch_setting_the_kernel_keeps_its_debugger():
    """What JupyterLab starts: the same kernel spec, with ipykernel's debugger, which
    JupyterLab finds in kernel_info's supported_features."""
    features, loaded = _start(None)
    assert "debugger" in features and loaded == "True"


def test_with_the_batch_setting_the_kernel_has_no_debugger():
    features, loaded = _start("0")
    assert "debugger" not in features and loaded == "False"


def test_a_file_in_the_working_folder_does_not_shadow_the_standard_library(tmp_path):
    """ipykernel_launcher takes the working folder off sys.path while ipykernel loads;
    the project's launcher must too (JupyterLab starts kernels in the notebook's folder)."""
    (tmp_path / "random.py").write_text("raise SystemExit('the local random.py was imported')\n")
    (tmp_path / "tempfile.py").write_text(
        "raise SystemExit('the local tempfile.py was imported')\n"
    )
    features, loaded = _start("0", cwd=tmp_path)
    assert loaded == "False"
