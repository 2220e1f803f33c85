"""nbval as `make test` runs it is strict: a stored number that no longer matches fails."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "03_registration.ipynb"

pytestmark = pytest.mark.slow


def _nbval(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(path), "--nbval",
         "--nbval-kernel-name", "blinarepro",
         "--nbval-sanitize-with", str(ROOT / "tests" / "nbval_sanitize.cfg")],
        cwd=path.parent, capture_output=True, text=True,
    )  # fmt: skip


def test_a_changed_stored_number_fails_nbval(tmp_path):
    (tmp_path / "data").symlink_to(ROOT / "data")
    (tmp_path / "notebooks").mkdir()
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # change one digit in the first HTML table the notebook stores
    for cell in nb.cells:
        html = "".join(o.get("data", {}).get("text/html", "") for o in cell.get("outputs", []))
        if re.search(r"<td>\d", html):
            out = next(o for o in cell.outputs if "text/html" in o.get("data", {}))
            out.data["text/html"] = re.sub(
                r"<td>(\d)", lambda m: f"<td>{(int(m[1]) + 1) % 10}", out.data["text/html"], count=1
            )
            break
    else:
        pytest.fail("no stored HTML table with a number to change")
    changed = tmp_path / "notebooks" / NOTEBOOK.name
    nbformat.write(nb, changed)
    proc = _nbval(changed)
    assert proc.returncode == 1, proc.stdout[-2000:]
    assert "1 failed" in proc.stdout
