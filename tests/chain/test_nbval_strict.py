"""nbval as `make test` runs it is strict: a stored number that no longer matches fails, and
the stored numbers do not depend on which SIMD code paths the CPU offers."""

from __future__ import annotations

import os
import platform
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "03_registration.ipynb"

pytestmark = pytest.mark.slow


def _nbval(paths: Path | list[Path], env: dict | None = None) -> subprocess.CompletedProcess:
    """nbval with `make test`'s options on ``paths`` (notebooks or folders of them)."""
    paths = [paths] if isinstance(paths, Path) else paths
    cwd = paths[0] if paths[0].is_dir() else paths[0].parent
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *map(str, paths),
         "--nbval", "--nbval-kernel-name", "blinarepro",
         "--nbval-sanitize-with", str(ROOT / "tests" / "nbval_sanitize.cfg")],
        cwd=cwd, env=env, capture_output=True, text=True,
    )  # fmt: skip


def test_a_changed_stored_number_fails_nbval(tmp_path):
    (tmp_path / "data").symlink_to(ROOT / "data")
    (tmp_path / "notebooks").mkdir()
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # change one digit in the first HTML table the notebook stores
    for cell in nb.cells:
        html = "".join(o.get("data", {}).get("text/html", "") for o in cell.get("outputs", []))
        if re.search(r"<td[^>]*>\d", html):
            out = next(o for o in cell.outputs if "text/html" in o.get("data", {}))
            html = out.data["text/html"]
            bump = lambda m: f"{m[1]}{(int(m[2]) + 1) % 10}"  # noqa: E731
            out.data["text/html"] = re.sub(r"(<td[^>]*>)(\d)", bump, html, count=1)
            break
    else:
        pytest.fail("no stored HTML table with a number to change")
    changed = tmp_path / "notebooks" / NOTEBOOK.name
    nbformat.write(nb, changed)
    proc = _nbval(changed)
    assert proc.returncode == 1, proc.stdout[-2000:]
    assert "1 failed" in proc.stdout


# numpy's dispatched SIMD features that are switched on, as a child process sees them.
_ENABLED_FEATURES = (
    "from numpy._core._multiarray_umath import __cpu_dispatch__ as d, __cpu_features__ as f; "
    "print(' '.join(k for k in d if f.get(k)))"
)


def _enabled_features(env: dict) -> str:
    probe = subprocess.run(
        [sys.executable, "-c", _ENABLED_FEATURES], env=env, capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    return probe.stdout.strip()


@pytest.mark.skipif(platform.machine() != "x86_64", reason="x86-64 feature names only")
def test_stored_outputs_pass_nbval_on_baseline_cpu_code_paths_and_two_blas_threads():
    """CI and users' machines differ: an AVX-512 server and an older laptop take different
    code paths in numpy's ufuncs (exp, log, sums) and OpenBLAS's kernels, which differ in the
    last bits. A number stored past the precision such differences leave intact passes nbval
    on one machine and fails on another (it happened: a quadrature diagnostic printed to 7
    digits in 06_synthesis). So nbval runs again with numpy's dispatched features switched off
    (``NPY_DISABLE_CPU_FEATURES``) and OpenBLAS on its oldest x86-64 kernels
    (``OPENBLAS_CORETYPE``): code paths that `make test` on a modern CPU does not take. And
    with two BLAS threads where the build and the stored outputs use one
    (:data:`blinarepro.chain.execute.KERNEL_ENV`): the numbers must not depend on the thread count.
    """
    features = _enabled_features(dict(os.environ))
    env = dict(os.environ, OPENBLAS_CORETYPE="Prescott", NPY_DISABLE_CPU_FEATURES=features)
    env.update(OPENBLAS_NUM_THREADS="2", OMP_NUM_THREADS="2", MKL_NUM_THREADS="2")
    # the child really runs without them (numpy would warn and keep them otherwise)
    assert _enabled_features(env) == "", f"could not switch off: {features}"
    # two nbval processes at once, the notebooks dealt largest first (half the wall time)
    notebooks = sorted(ROOT.glob("notebooks/[0-9][0-9]_*.ipynb"), key=lambda p: -p.stat().st_size)
    with ThreadPoolExecutor(2) as pool:
        procs = list(
            pool.map(lambda part: _nbval(part, env=env), [notebooks[::2], notebooks[1::2]])
        )
    for proc in procs:
        assert proc.returncode == 0, f"features off: {features}\n{proc.stdout[-4000:]}"
        assert " passed" in proc.stdout and "failed" not in proc.stdout
    assert sum(int(re.search(r"(\d+) passed", p.stdout)[1]) for p in procs) >= len(notebooks)
