"""The index is a view of the reports: it shows what they computed, recomputes nothing, and
refuses reports older than the data (blinarepro.chain.site)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from blinarepro.chain.site import (
    PLAIN_SUMMARY_TAG,
    StaleReportsError,
    _markdown,
    glossary_markdown,
    write_index,
)

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _tagged(nb) -> list:
    return [c for c in nb.cells if PLAIN_SUMMARY_TAG in c.metadata.get("tags", [])]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_shows_its_plain_summary_first_in_one_tagged_cell(path):
    nb = nbformat.read(path, as_version=4)
    (cell,) = _tagged(nb)
    markdown = [o for o in cell.outputs if "text/markdown" in o.get("data", {})]
    assert markdown, f"{path.name}: the tagged cell shows no Markdown (stored outputs)"
    assert cell.outputs.index(markdown[0]) == 0  # the summary is what the cell shows first


def test_the_index_shows_each_reports_own_summary_and_findings(built_site):
    from blinarepro.chain.render import inert_html

    page = (built_site / "index.html").read_text(encoding="utf-8")
    executed = sorted(built_site.glob("[0-9][0-9]_*.ipynb"))
    assert len(executed) == len(list((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")))
    for path in executed:
        (cell,) = _tagged(nbformat.read(path, as_version=4))
        html = inert_html(_markdown(cell.outputs[0]["data"]["text/markdown"]))
        assert f"<summary>In plain words</summary>{html}</details>" in page, path.name
    # the finding badges are the reports' findings tables (blinarepro.claims.finding_summary)
    for findings in sorted((built_site / "tables").glob("*_findings.csv")):
        rows = findings.read_text(encoding="utf-8").splitlines()[1:]
        for row in rows:
            finding, numbers = row.split(",")[1:3]
            assert f"{numbers} \u00d7 {finding.replace('_', ' ')}</span>" in page, findings.name


def test_the_index_markdown_is_the_reports_markdown(built_site):
    # reference: nbconvert's markdown2html_mistune, which renders the reports' Markdown
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    texts = [glossary_markdown(ROOT / "data")]
    for executed in sorted(built_site.glob("*.ipynb")):
        for cell in nbformat.read(executed, as_version=4).cells:
            for out in cell.get("outputs", []):
                if "text/markdown" in out.get("data", {}):
                    texts.append(out["data"]["text/markdown"])
    assert len(texts) > 30
    for text in texts:
        assert _markdown(text) == markdown2html_mistune(text)


def test_writing_the_index_loads_no_statistics_and_no_validator(built_site):
    # the index reads the reports' tables; it must not load or validate data/ again
    code = (
        "import sys; from pathlib import Path; from blinarepro.chain.site import write_index; "
        f"write_index(Path({str(built_site)!r}), Path({str(ROOT / 'data')!r})); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'scipy', 'frictionless', 'pandas', 'nbconvert', 'statsmodels'}))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


def _site_with_one_report(tmp_path: Path) -> tuple[Path, Path]:
    out, data = tmp_path / "site", tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (out / "tables").mkdir(parents=True)
    (out / "01_xu2025.html").write_text("<html></html>", encoding="utf-8")
    return out, data


def test_a_report_older_than_the_data_is_refused(tmp_path):
    out, data = _site_with_one_report(tmp_path)
    old = (data / "glossary.csv").stat().st_mtime_ns - 10**9
    os.utime(out / "01_xu2025.html", ns=(old, old))  # built before the glossary changed
    with pytest.raises(StaleReportsError, match=r"01_xu2025\.html is older than data/"):
        write_index(out, data)
    assert not (out / "index.html").exists()


def test_a_stale_report_stops_the_command_in_one_line_and_keeps_the_index(tmp_path):
    out, data = _site_with_one_report(tmp_path)
    write_index(out, data)  # fresh: written
    before = (out / "index.html").read_bytes()
    (data / "results.csv").touch()  # the data changed after the report was built
    env = {**os.environ, "BLINAREPRO_DATA": str(data)}
    proc = subprocess.run(
        [sys.executable, "-m", "blinarepro.build", "index", "--out", str(out)],
        capture_output=True, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert "01_xu2025.html is older than data/results.csv" in lines[0]
    assert "make reports" in lines[0] and "the previous one is untouched" in lines[0]
    assert (out / "index.html").read_bytes() == before


def test_a_report_without_a_tagged_summary_gets_none(tmp_path):
    out, data = _site_with_one_report(tmp_path)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("1")]
    (out / "01_xu2025.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    page = write_index(out, data).read_text(encoding="utf-8")
    assert "In plain words" not in page


def test_a_generic_report_gets_the_summary_its_notebook_shows(tmp_path):
    # a document added as data rows only: its report comes from notebooks/document.ipynb,
    # named after the study, and shows "Not yet appraised" until it is appraised
    out, data = _site_with_one_report(tmp_path)
    (out / "01_xu2025.html").unlink()
    (out / "lu2024.html").write_text("<html></html>", encoding="utf-8")
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("display(Markdown(plain_words(data, study_id, table)))")
    cell.metadata["tags"] = [PLAIN_SUMMARY_TAG]
    cell.outputs = [nbformat.v4.new_output("display_data", data={
        "text/markdown": ["*Not yet appraised*: this document has no conclusion ", "yet."],
        "text/plain": "<IPython.core.display.Markdown object>"})]  # fmt: skip
    nb.cells = [nbformat.v4.new_code_cell("1"), cell]
    nbformat.write(nb, out / "lu2024.ipynb")
    page = write_index(out, data).read_text(encoding="utf-8")
    assert (
        "<summary>In plain words</summary><p><em>Not yet appraised</em>: this document has no "
        "conclusion yet.</p>" in page
    )
