"""Bad input never reaches a published report (issue 20): each fault fed to the real command
(``make`` or ``python -m blinarepro.build``), which answers in one line, with a non-zero
status and no traceback, and leaves every published file byte for byte as it was."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat
import pytest

from blinarepro.chain.render import inert_html

ROOT = Path(__file__).resolve().parents[2]
WANG = "notebooks/02_wang2025.ipynb"
REGISTRATION = "notebooks/03_registration.ipynb"

pytestmark = pytest.mark.slow


def _make(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    return subprocess.run(["make", "--no-print-directory", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True)  # fmt: skip


# ----------------------------------------------------------------------------- item 1


def test_make_report_rejects_an_output_dir_and_publishes_nothing(site, snapshot, one_line):
    before = snapshot(site)
    proc = _make("report", "NB=02_wang2025", f"PARAMS=output_dir={site} ci_level=0.9",
                 f"REPORTS_DIR={site}")  # fmt: skip
    assert proc.returncode != 0
    ours = "\n".join(line for line in proc.stderr.splitlines() if not line.startswith("make"))
    line = one_line(ours, "error: parameter output_dir is set by the build")
    assert "custom/" in line
    assert snapshot(site) == before


def test_a_custom_report_goes_to_custom_and_leaves_the_published_site_alone(site, snapshot):
    before = snapshot(site)
    proc = _make("report", "NB=02_wang2025", "PARAMS=ci_level=0.9", f"REPORTS_DIR={site}")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    after = snapshot(site)
    assert {k: v for k, v in after.items() if not k.startswith("custom/")} == before
    custom = nbformat.read(site / "custom" / "02_wang2025.ipynb", as_version=4)
    assert custom.metadata.papermill.parameters["ci_level"] == 0.9
    assert (site / "custom" / "tables" / "02_wang2025_claims.csv").is_file()
    assert not [k for k in after if k.startswith("custom/.")], "no staging or lock left"


# ----------------------------------------------------------------------------- item 2


def test_markup_from_data_reaches_the_report_as_text(tmp_path, build_cmd):
    """A study's note (shown through Markdown in 03_registration) with a javascript: link."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    studies = data / "studies.csv"
    text = studies.read_text(encoding="utf-8")
    note = "the record prints no registry number"
    assert note in text
    evil = "see [link](javascript:alert(8)) and [doi](https://doi.org/10.1/x)"
    studies.write_text(text.replace(note, f"{evil}; {note}", 1), encoding="utf-8")
    proc = build_cmd("run", REGISTRATION, "--out", str(tmp_path / "out"), "--params",
                     f"data_dir={data}")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    html = (tmp_path / "out" / "custom" / "03_registration.html").read_text(encoding="utf-8")
    assert "see " in html and "link" in html  # the text is there ...
    assert "javascript:" not in html  # ... and the link is not
    assert 'href="https://doi.org/10.1/x"' in html  # an ordinary link stays a link


def test_a_tag_in_data_is_refused_by_the_loader_or_shown_as_text(tmp_path, build_cmd):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    studies = data / "studies.csv"
    text = studies.read_text(encoding="utf-8")
    note = "the record prints no registry number"
    studies.write_text(text.replace(note, f"<img/src=x onerror=alert(9)> {note}", 1), "utf-8")
    proc = build_cmd("run", REGISTRATION, "--out", str(tmp_path / "out"), "--params",
                     f"data_dir={data}")  # fmt: skip
    assert "Traceback" not in proc.stderr
    if proc.returncode != 0:  # the data loader refuses markup: one line naming file and field
        assert re.search(r"studies\.csv.*note", proc.stderr), proc.stderr
        assert not (tmp_path / "out" / "custom" / "03_registration.html").exists()
        return
    html = (tmp_path / "out" / "custom" / "03_registration.html").read_text(encoding="utf-8")
    assert "&lt;img/src=x onerror=alert(9)&gt;" in html
    assert not re.search(r"<img[^>]*onerror", html)


@pytest.mark.parametrize(
    ("markdown_html", "expected"),
    [
        ('<p><a href="javascript:alert(8)">link</a></p>', "<p><a>link</a></p>"),
        ("<p><img/src=x onerror=alert(9)></p>", "<p>&lt;img/src=x onerror=alert(9)&gt;</p>"),
        ('<p><a href="https://doi.org/x" onclick="f()">doi</a></p>',
         '<p><a href="https://doi.org/x">doi</a></p>'),
        ('<h2 id="Verdicts">Verdicts<a class="anchor-link" href="#Verdicts">¶</a></h2>',
         '<h2 id="Verdicts">Verdicts<a class="anchor-link" href="#Verdicts">¶</a></h2>'),
        ("<table><thead><tr><th>a</th></tr></thead><tbody><tr><td><em>1</em></td></tr></tbody>"
         "</table>", "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td><em>1</em></td>"
         "</tr></tbody></table>"),
    ],
)  # fmt: skip
def test_inert_html_keeps_what_markdown_writes_and_escapes_the_rest(markdown_html, expected):
    assert inert_html(markdown_html) == expected


# ----------------------------------------------------------------------------- item 4


def test_two_builds_in_one_folder_take_turns(site, start_build, snapshot, built_site):
    for path in site.glob("03_registration*"):
        path.unlink()
    first = start_build("run", REGISTRATION, "--out", str(site))
    second = start_build("run", REGISTRATION, "--out", str(site))
    results = [p.communicate(timeout=300) for p in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], results
    errs = [err for _, err in results]
    assert "Traceback" not in "".join(errs)
    waiting = [e for e in errs if e]
    assert len(waiting) <= 1, errs
    for err in waiting:  # the one that had to wait said so, in one line
        assert re.fullmatch(r"waiting: another build is writing 03_registration in \S+\n", err)
    assert snapshot(site) == snapshot(built_site), "the site is what one build gives"


# ----------------------------------------------------------------------------- item 5


def test_a_read_only_reports_folder_gives_one_line(build_cmd, snapshot, one_line, built_site):
    # as root, permissions do not stop writing: the build then runs as user nobody
    parent = Path(tempfile.mkdtemp(prefix="blinarepro-ro-"))
    try:
        site = parent / "site"
        shutil.copytree(built_site, site)
        for folder in [parent, *(p for p in site.rglob("*") if p.is_dir()), site]:
            folder.chmod(0o555)
        before = snapshot(site)
        prefix = []
        if os.geteuid() == 0:
            setpriv = shutil.which("setpriv")
            if setpriv is None:
                pytest.skip("running as root without setpriv: cannot make a folder read-only")
            prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
        proc = subprocess.run(
            [*prefix, sys.executable, "-m", "blinarepro.build", "run", REGISTRATION,
             "--out", str(site)],
            cwd=ROOT, capture_output=True, text=True, env={**os.environ, "HOME": str(parent)},
        )  # fmt: skip
        assert proc.returncode == 1
        line = one_line(proc.stderr, "error: cannot write in ")
        assert line.endswith(": Permission denied; nothing was changed")
        assert snapshot(site) == before
    finally:
        for folder in [parent, *parent.rglob("*")]:
            if folder.is_dir():
                folder.chmod(0o755)
        shutil.rmtree(parent)


# ----------------------------------------------------------------------------- item 6


def test_a_repeated_parameter_is_an_error(site, build_cmd, snapshot, one_line):
    before = snapshot(site)
    proc = build_cmd("run", WANG, "--out", str(site), "--params", "ci_level=0.9 ci_level=0.8")
    assert proc.returncode == 1
    one_line(proc.stderr, "error: parameter ci_level is given twice")
    assert snapshot(site) == before


def test_scientific_notation_is_a_number(tmp_path, build_cmd):
    proc = build_cmd("run", REGISTRATION, "--out", str(tmp_path), "--params", "alpha=1e-2")
    assert proc.returncode == 0, proc.stderr
    nb = nbformat.read(tmp_path / "custom" / "03_registration.ipynb", as_version=4)
    assert nb.metadata.papermill.parameters["alpha"] == 0.01
