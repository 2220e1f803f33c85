"""JupyterLab smoke test: the server starts on loopback with the project's kernel and serves
every notebook (what `make lab` gives a reader)."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    port, token = _free_port(), secrets.token_hex(16)
    home = tmp_path_factory.mktemp("lab-home")
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(home / "runtime"), HOME=str(home))
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={ROOT / 'notebooks'}",
         "--ServerApp.port_retries=0", *(["--allow-root"] if os.geteuid() == 0 else [])],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"

    def get(path: str, method: str = "GET", body: dict | None = None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(
            base + path, data=data, method=method, headers={"Authorization": f"token {token}"}
        )
        with urllib.request.urlopen(req, timeout=30) as resp:
            raw = resp.read()
            kind = resp.headers.get("Content-Type", "")
            return resp.status, json.loads(raw) if "json" in kind and raw else raw

    deadline = time.monotonic() + 90
    while True:
        try:
            get("/api/status")
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"JupyterLab did not start:\n{proc.stderr.read()[-3000:]}")
            time.sleep(0.5)
    yield get
    proc.terminate()
    proc.wait(timeout=30)


def test_lab_serves_its_page(lab):
    status, body = lab("/lab")
    assert status == 200 and b"JupyterLab" in body


def test_the_project_kernel_is_registered_and_runs_this_interpreter(lab):
    _, specs = lab("/api/kernelspecs")
    spec = specs["kernelspecs"]["blinarepro"]["spec"]
    assert Path(spec["argv"][0]).resolve() == Path(sys.executable).resolve()
    status, kernel = lab("/api/kernels", "POST", {"name": "blinarepro"})
    assert status == 201 and kernel["name"] == "blinarepro"
    lab(f"/api/kernels/{kernel['id']}", "DELETE")


def test_every_notebook_is_served_with_the_project_kernel(lab):
    _, listing = lab("/api/contents/")
    served = {item["name"] for item in listing["content"] if item["type"] == "notebook"}
    assert {nb.name for nb in NOTEBOOKS} <= served
    for nb in NOTEBOOKS:
        status, model = lab(f"/api/contents/{nb.name}?content=1")
        assert status == 200 and model["type"] == "notebook"
        assert model["content"]["metadata"]["kernelspec"]["name"] == "blinarepro", nb.name
        assert model["content"]["cells"], nb.name
