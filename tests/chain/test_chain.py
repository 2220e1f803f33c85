"""The report chain: complete, incremental, byte-reproducible, atomic, offline."""

from __future__ import annotations

import base64
import filecmp
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from blinarepro import build
from blinarepro.claims import TABLE_COLUMNS, VERDICTS

ROOT = Path(__file__).resolve().parents[2]

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
REGISTRATION = ROOT / "notebooks" / "03_registration.ipynb"

pytestmark = pytest.mark.slow


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_every_notebook_gives_a_report_a_notebook_and_a_claims_table(built_site):
    for nb in NOTEBOOKS:
        assert (built_site / f"{nb.stem}.html").is_file(), nb.name
        assert (built_site / f"{nb.stem}.ipynb").is_file(), nb.name
        claims = pd.read_csv(built_site / "tables" / f"{nb.stem}_claims.csv", dtype=str)
        assert tuple(claims.columns) == TABLE_COLUMNS, nb.name
        assert set(claims["verdict"]) <= set(VERDICTS), nb.name
    assert (built_site / "index.html").is_file()
    leftovers = {".staging", "failed"} & {p.name for p in built_site.iterdir()}
    assert not leftovers, f"build left {leftovers} behind"


def test_index_counts_match_the_claims_tables(built_site):
    page = (built_site / "index.html").read_text(encoding="utf-8")
    for nb in NOTEBOOKS:
        claims = pd.read_csv(built_site / "tables" / f"{nb.stem}_claims.csv", dtype=str)
        row = re.search(rf"<tr><td><a href=\"{nb.stem}.html\">.*?</tr>", page)
        assert row, f"index has no row for {nb.stem}"
        total = [int(x) for x in re.findall(r'<td class="num">(\d+)</td>', row.group())]
        # verdict badges ("4 inconsistent"); a verdict that does not occur has no badge
        badges = {w: int(n) for n, w in re.findall(
            r'class="br-badge[^"]*">(\d+) (discrepant|inconsistent|not recomputable|reproduced)<',
            row.group())}  # fmt: skip
        assert total == [len(claims)], nb.stem
        expected = {
            v.replace("_", " "): int((claims["verdict"] == v).sum())
            for v in ("discrepant", "inconsistent", "not_recomputable", "reproduced")
        }
        assert badges == {v: n for v, n in expected.items() if n}, nb.stem


def test_two_builds_are_byte_identical(built_site, tmp_path, make):
    again = tmp_path / "again"
    make("reports", f"REPORTS_DIR={again}")
    assert _files(built_site) == _files(again)
    match, mismatch, errors = filecmp.cmpfiles(built_site, again, _files(built_site), shallow=False)
    assert not mismatch and not errors, f"files differ between two builds: {mismatch + errors}"


def test_nothing_changed_means_nothing_to_do(built_site, make):
    # `make -q` exits 0 only when every target is up to date
    assert make("-q", "reports", f"REPORTS_DIR={built_site}", check=False).returncode == 0


def test_changing_one_notebook_rebuilds_only_that_report_and_the_index(built_site, make):
    changed = NOTEBOOKS[0]
    plan = make("-n", "-W", str(changed.relative_to(ROOT)), "reports",
                f"REPORTS_DIR={built_site}").stdout  # fmt: skip
    runs = re.findall(r"blinarepro\.build run (\S+)", plan)
    assert runs == [str(changed.relative_to(ROOT))]
    assert "blinarepro.build index" in plan


def test_reports_load_nothing_from_the_network(built_site):
    # what a page loads: any src=, and href= of <link> (a stylesheet, an icon); an <a href> to
    # a DOI is a citation the reader may follow, not a load
    remote = re.compile(r"""(?:\bsrc|<link\b[^>]*\bhref)\s*=\s*["']?(?:https?:)?//""", re.I)
    for page in built_site.glob("*.html"):
        found = remote.findall(page.read_text(encoding="utf-8"))
        assert not found, f"{page.name} loads from the network: {found[:3]}"


def test_every_page_forbids_scripts_and_has_none(built_site):
    for page in built_site.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        policies = [m for m in re.findall(r"<meta\b[^>]*>", head) if "Content-Security-Policy" in m]
        assert len(policies) == 1, f"{page.name}: {policies}"
        assert "default-src 'none'" in policies[0] and "script-src" not in policies[0], page.name
        assert "<script" not in html.lower(), page.name


def test_each_figure_in_a_report_is_its_file_in_figures_with_a_description(built_site):
    """report.show_figure draws once: the image in the HTML is the PNG in figures/."""
    files = {p.read_bytes(): p.name for p in (built_site / "figures").glob("*.png")}
    shown = set()
    for page in sorted(built_site.glob("[0-9][0-9]_*.html")):
        html = page.read_text(encoding="utf-8")
        for tag in re.findall(r"<img\b[^>]*>", html):
            data = re.search(r'src="data:image/png;base64,([^"]+)"', tag)
            alt = re.search(r'alt="([^"]*)"', tag)
            assert data, f"{page.name}: an image not embedded as PNG: {tag[:80]}"
            png = base64.b64decode(data.group(1))
            assert png in files, f"{page.name}: an image that is not a file in figures/"
            assert alt and alt.group(1).strip(), f"{page.name}: {files[png]} has no alt text"
            assert "No description" not in alt.group(1), f"{page.name}: {files[png]}"
            shown.add(files[png])
    assert shown == set(files.values()), f"figures no report shows: {set(files.values()) - shown}"


# ----------------------------------------------------------------------------- failures


def _previous_good_report(out: Path) -> bytes:
    """Put a stand-in 'previous good report' for the registration notebook into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    old = b"<html>previous good report</html>"
    (out / "03_registration.html").write_bytes(old)
    (out / "tables").mkdir()
    (out / "tables" / "03_registration_claims.csv").write_bytes(b"previous,table\n")
    return old


def test_a_bad_parameter_value_fails_in_one_line_and_keeps_the_previous_report(
    tmp_path, build_cmd, one_line
):
    custom = tmp_path / "custom"  # a run with parameters is a custom report
    old = _previous_good_report(custom)
    proc = build_cmd("run", str(REGISTRATION), "--out", str(tmp_path), "--params", "ci_level=1.5")
    assert proc.returncode == 1
    line = one_line(proc.stderr, "error: 03_registration.ipynb failed in cell ")
    assert "ci_level" in line and "1.5" in line and "custom/failed/03_registration.ipynb" in line
    assert (custom / "03_registration.html").read_bytes() == old
    assert (custom / "tables" / "03_registration_claims.csv").read_bytes() == b"previous,table\n"
    assert (custom / "failed" / "03_registration.ipynb").is_file()
    assert not (custom / ".staging").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["custom"]


def test_bad_data_fails_naming_file_row_and_field_and_keeps_the_previous_report(
    tmp_path, build_cmd, one_line
):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    results = (data / "results.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    results[1] = results[1].replace(",xu2025,", ",no-such-study,", 1)
    (data / "results.csv").write_text("".join(results), encoding="utf-8")
    old = _previous_good_report(tmp_path / "out" / "custom")
    proc = build_cmd("run", str(REGISTRATION), "--out", str(tmp_path / "out"), "--params",
                     f"data_dir={data}")  # fmt: skip
    assert proc.returncode == 1
    line = one_line(proc.stderr, "error: 03_registration.ipynb failed in cell ")
    assert "results.csv" in line and "study_id" in line and "line 2" in line
    assert (tmp_path / "out" / "custom" / "03_registration.html").read_bytes() == old


def test_an_unknown_parameter_is_rejected_before_the_kernel_starts(tmp_path):
    with pytest.raises(build.BuildError, match=r"unknown parameter\(s\) ci_levle.*ci_level"):
        build.run(REGISTRATION, {"ci_levle": 0.9}, tmp_path)
    assert not any(tmp_path.iterdir())


def test_an_unknown_notebook_is_named_with_the_ones_there_are(tmp_path, build_cmd, one_line):
    proc = build_cmd("run", "notebooks/nope.ipynb", "--out", str(tmp_path))
    assert proc.returncode == 1
    line = one_line(proc.stderr, "error: no notebook notebooks/nope.ipynb; the report ")
    assert re.search(r"notebooks are: 01_xu2025, 02_wang2025, .*06_synthesis$", line)
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize("text", ["ci_level", "=0.9", "1x=2"])
def test_malformed_parameter_text_is_rejected(text):
    with pytest.raises(build.BuildError, match="bad parameter"):
        build.parse_params(text)


def test_parameters_are_read_as_yaml_values_and_scientific_notation_as_numbers():
    assert build.parse_params("ci_level=0.9 ci_method=wilson exclude=[a,b] alpha=1e-2") == {
        "ci_level": 0.9, "ci_method": "wilson", "exclude": ["a", "b"], "alpha": 0.01}  # fmt: skip
    assert build.parse_params("a=2E3 b=-.5e+1 c=1") == {"a": 2000.0, "b": -5.0, "c": 1}
    assert build.parse_params("name=1e-2x")["name"] == "1e-2x"  # not a number: text
