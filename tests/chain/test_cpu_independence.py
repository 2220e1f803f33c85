"""The stored notebook outputs do not depend on which SIMD code paths the CPU offers.

CI and users' machines differ: an AVX-512 server and an older laptop take different code
paths in numpy's ufuncs (exp, log, sums) and OpenBLAS's kernels, which differ in the last
bits. A stored number printed past the precision that such differences leave intact would
pass nbval on one machine and fail on another (it happened: a quadrature diagnostic printed
to 7 digits in 06_synthesis). This test re-runs nbval on every notebook with numpy's
dispatched features switched off (``NPY_DISABLE_CPU_FEATURES``, numpy >= 1.22) and OpenBLAS
pinned to its oldest x86-64 kernels (``OPENBLAS_CORETYPE``), so the run takes code paths
that ``make test`` on a modern CPU does not.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(platform.machine() != "x86_64", reason="x86-64 feature names only"),
]


def _dispatched_features() -> list[str]:
    from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__

    return [f for f in __cpu_dispatch__ if __cpu_features__.get(f)]


def test_stored_outputs_pass_nbval_on_baseline_cpu_code_paths():
    features = _dispatched_features()
    env = dict(os.environ, OPENBLAS_CORETYPE="Prescott")
    env["NPY_DISABLE_CPU_FEATURES"] = " ".join(features)
    # the child really runs without them (numpy would warn and keep them otherwise)
    probe = subprocess.run(
        [sys.executable, "-c", "from numpy._core._multiarray_umath import "
         "__cpu_dispatch__ as d, __cpu_features__ as f; print([k for k in d if f.get(k)])"],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert probe.stdout.strip() == "[]", probe.stdout + probe.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "notebooks", "--nbval",
         "--nbval-kernel-name", "blinarepro",
         "--nbval-sanitize-with", str(ROOT / "tests" / "nbval_sanitize.cfg")],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 0, f"features off: {features}\n{proc.stdout[-4000:]}"
    assert " passed" in proc.stdout and "failed" not in proc.stdout
