"""The landing page ``reports/index.html``: verdict counts per document and links.

Static HTML with inline CSS: nothing is loaded from the network, and the same tables give the
same bytes. The index is a view of the reports: it shows what they computed (their tables,
and the plain-language summary each shows in its cell tagged ``plain-summary``) and reads
the few data files it needs with the standard library (``studies.csv``, ``glossary.csv``,
the vocabularies of ``datapackage.json``, and for the tables' own data package
``output_columns.csv`` and ``outputs.schema.json``).
It recomputes nothing and does not load or validate ``data/`` again: every report's notebook
validated the same files (in make's graph each report depends on every data file, and the
index on every report), and :func:`write_index` refuses to run on reports older than a data
file.
"""

from __future__ import annotations

import csv
import html
import json
import math
import os
from collections import Counter
from pathlib import Path

from blinarepro.chain.publish import write_atomic
from blinarepro.reader import BADGE_CSS, VERDICT_BADGES, badge, finding_badge, label

ROOT = Path(__file__).resolve().parents[2]

__all__ = ["PLAIN_SUMMARY_TAG", "VERDICT_ORDER", "StaleReportsError", "write_index"]

#: The tag of a report's cell whose first Markdown output is its plain-language summary.
PLAIN_SUMMARY_TAG = "plain-summary"


class StaleReportsError(Exception):
    """A report is older than a data file: the index would show results of other data."""


#: Verdict columns of the index, in the order a reader should see them (failures first).
VERDICT_ORDER = ("discrepant", "inconsistent", "not_recomputable", "reproduced")

_CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 1100px; margin: 2em auto;
       color: #222; line-height: 1.45; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.2em; margin-top: 2em; }
table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.92em; }
th, td { border-bottom: 1px solid #ddd; padding: 0.35em 0.7em; text-align: left;
         vertical-align: top; }
th { background: #f3f3f3; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: #666; font-size: 0.9em; } .doc { margin: 1em 0 1.4em; }
.doc h3 { font-size: 1.02em; margin: 0 0 0.2em; } .doc p { margin: 0.3em 0; max-width: 80ch; }
.badges .br-badge { margin: 0 0.3em 0.25em 0; }
.scroll { max-width: 100%; overflow-x: auto; } .scroll table { margin: 0; width: 100%; }
td.text { max-width: 40ch; min-width: 16ch; }
summary { cursor: pointer; }
@media (max-width: 600px) { body { margin: 1em auto; padding: 0 0.6em; }
  th, td { padding: 0.3em 0.4em; } }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _link(path: Path, out: Path, label: str | None = None) -> str:
    rel = os.path.relpath(path, out).replace(os.sep, "/")
    return f'<a href="{_e(rel)}">{_e(label or path.name)}</a>'


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _reports(out: Path, titles: dict[str, str]) -> list[tuple[Path, str, str]]:
    """``(page, name, study_id)`` of every report: the documents' dedicated ones
    ("02_wang2025.html"), the generic one of each other study ("<study_id>.html", from
    notebooks/document.ipynb), then the reports about no one document (the synthesis)."""
    generic = sorted(p for p in out.glob("*.html") if p.stem in titles)
    dedicated = sorted(out.glob("[0-9][0-9]_*.html"))
    documents = [p for p in dedicated if p.stem.split("_", 1)[1] in titles]
    found = []
    for report in documents + generic + [p for p in dedicated if p not in documents]:
        name = report.stem
        study_id = name.split("_", 1)[1] if report not in generic else name
        found.append((report, name, study_id))
    return found


def _verdict_badges(claims: list[dict[str, str]]) -> str:
    counts = Counter(row["verdict"] for row in claims)
    return " ".join(
        badge(f"{counts[v]} {VERDICT_BADGES[v][0]}", VERDICT_BADGES[v][1])
        for v in VERDICT_ORDER if counts[v]
    )  # fmt: skip


def _finding_badges(findings_path: Path) -> str:
    """One badge per finding with the number of printed numbers showing it, from the report's
    ``<name>_findings.csv`` (:func:`blinarepro.claims.finding_summary`: each printed number
    once, under its most severe finding)."""
    if not findings_path.is_file():
        return ""
    return " ".join(
        finding_badge(r["finding"], count=int(r["numbers"])) for r in _read_csv(findings_path)
    )


def _plain_summary(notebook: Path) -> str:
    """The plain-language summary the report shows, as HTML: the first Markdown output of its
    cell tagged :data:`PLAIN_SUMMARY_TAG` in the executed notebook (empty when none)."""
    from blinarepro.chain.render import inert_html

    if not notebook.is_file():
        return ""
    cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
    for cell in cells:
        if PLAIN_SUMMARY_TAG not in cell.get("metadata", {}).get("tags", []):
            continue
        for output in cell.get("outputs", []):
            text = output.get("data", {}).get("text/markdown")
            if text:
                return inert_html(_markdown(text if isinstance(text, str) else "".join(text)))
    return ""


def _markdown(text: str) -> str:
    """Markdown as HTML by mistune, the parser nbconvert renders the reports' Markdown with
    (its ``markdown2html_mistune`` adds math and heading anchors, which these texts do not
    use: the same HTML for every summary and the glossary, ``tests/site/test_index.py``)."""
    import mistune

    return mistune.create_markdown(escape=False)(text)


def _findings_section(out: Path, studies: dict[str, dict[str, str]]) -> str:
    """What was found, document by document: verdict and finding badges, the summary."""
    from blinarepro.chain.render import short_citation

    parts = ["<h2>What we found, document by document</h2>"]
    for report, name, study_id in _reports(out, studies):
        claims_path = out / "tables" / f"{name}_claims.csv"
        claims = _read_csv(claims_path) if claims_path.is_file() else []
        study = studies.get(study_id)
        if study is not None:
            text, _ = short_citation(study)
            what = f"{study.get('design', '')}; {study.get('population', '')}"
        else:
            text, what = "Synthesis", "the cohorts of the documents above, pooled by stratum"
        parts.append(f"<div class='doc'><h3>{_link(report, out, text)}</h3>"
                     f"<p class='muted'>{_e(what)}</p>")  # fmt: skip
        audits = sorted((out / "tables").glob(f"{name}_audit.csv"))
        if claims:
            parts.append(f"<p class='badges'>{len(claims)} claims checked: "
                         f"{_verdict_badges(claims)}</p>")  # fmt: skip
            findings = _finding_badges(out / "tables" / f"{name}_findings.csv")
            if findings:
                parts.append(f"<p class='badges'>Problems (printed numbers): {findings}</p>")
        elif audits:
            statuses = Counter(row["status"] for row in _read_csv(audits[0]))
            words = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in sorted(statuses.items()))
            parts.append(
                "<p class='badges'>A trial registration: it prints no results, so it has no "
                "claims to check; its registered endpoints are audited against the publication "
                f"instead ({_e(words)}).</p>"
            )
        summary = _plain_summary(out / f"{name}.ipynb")
        if summary:
            parts.append(f"<details><summary>In plain words</summary>{summary}</details>")
        parts.append("</div>")
    return "".join(parts)


def _study_rows(out: Path, titles: dict[str, str]) -> list[str]:
    rows = []
    for report, name, study_id in _reports(out, titles):
        claims_path = out / "tables" / f"{name}_claims.csv"
        claims = _read_csv(claims_path) if claims_path.is_file() else []
        audits = sorted((out / "tables").glob(f"{name}_audit.csv"))
        verdicts = _verdict_badges(claims) if claims else (
            "<span class='muted'>no claims: an audit of the registration</span>" if audits
            else "<span class='muted'>no claims</span>")  # fmt: skip
        title = titles.get(study_id, "Pooled comparison across documents")
        cells = [
            f"<td>{_link(report, out, name)}</td>",
            f'<td class="text">{_e(title)}</td>',
            f'<td class="num">{len(claims)}</td>',
            f"<td class='badges'>{verdicts}</td>",
        ]
        extras = [_link(claims_path, out, "claims.csv")] if claims_path.is_file() else []
        # a report's own files start with its name ("06_synthesis_") or its topic ("synthesis_")
        for kind, pattern in (("tables", "*.csv"), ("figures", "*.png")):
            found = sorted((out / kind).glob(pattern))
            extras += [_link(p, out) for p in found if p != claims_path
                       and p.name.startswith((f"{name}_", f"{study_id}_"))]  # fmt: skip
        cells.append(f"<td><details><summary>{len(extras)} files</summary>"
                     f"{'<br>'.join(extras)}</details></td>")  # fmt: skip
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return rows


_CERTAINTY = {"high": "ok", "moderate": "info", "low": "moderate", "very low": "major"}


def _pooled_section(out: Path) -> str:
    path = out / "tables" / "synthesis_pooled.csv"
    if not path.is_file():
        return ""
    pooled = _read_csv(path)
    if not pooled:
        return ""
    grades_path = out / "tables" / "synthesis_grade.csv"
    certainty = {}
    if grades_path.is_file():
        certainty = {(r["outcome"], r["stratum"]): r["certainty"] for r in _read_csv(grades_path)
                     if r.get("analysis") == "primary"}  # fmt: skip
    # primary pools only (one per stratum, never mixing settings); the sensitivity analyses,
    # pools across strata among them, stay in the table and in the synthesis report
    keep = [row for row in pooled if row.get("primary") == "True"]
    head = ["outcome", "stratum", "cohorts", "events / n", "estimate", "95% CI",
            "prediction interval", "I²", "certainty (GRADE)", "what is estimable"]  # fmt: skip
    body = []

    def number(text: str) -> float:
        return float(text) if text not in ("", "nan", "NaN") else math.nan

    def pct(text: str) -> str:
        x = number(text)
        return "" if math.isnan(x) else f"{100 * x:.1f}%"

    def interval(lower: str, upper: str) -> str:
        lo, hi = pct(lower), pct(upper)
        return f"{lo} to {hi}" if lo and hi else "not estimable"

    for r in keep:
        i2 = number(r["i2"])
        grade = certainty.get((r["outcome"], r["stratum"]), "")
        cells = (
            (label(r["outcome"], "outcome"), "text"), (r["stratum_label"], "text"),
            (r["k"], "num"), (f"{r['events']} / {r['n']}", "num"), (pct(r["estimate"]), "num"),
            (interval(r["lower"], r["upper"]), "num"),
            (interval(r["pi_lower"], r["pi_upper"]), "num"),
            ("not estimable" if math.isnan(i2) else f"{i2:.0f}%", "num"),
        )  # fmt: skip
        tds = "".join(f'<td class="{c}">{_e(v)}</td>' for v, c in cells)
        tds += f"<td>{badge(grade, _CERTAINTY[grade]) if grade else 'not rated'}</td>"
        tds += f'<td class="text">{_e(r["estimable"])}</td>'
        body.append("<tr>" + tds + "</tr>")
    return (
        "<h2>Pooled results: primary pools, one per stratum</h2>"
        "<p class='muted'>A stratum is one setting, one Ph status and one endpoint definition; "
        "pools across strata are sensitivity analyses only. Every analysis and method: "
        f"{_link(path, out)}; certainty: {_link(grades_path, out)}.</p>"
        "<div class='scroll'><table><tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>"
        + "".join(body) + "</table></div>"
    )  # fmt: skip


def _reuse_section(out: Path) -> str:
    """Links for a statistician: the tables' data package and the R refit script."""
    links = [(out / "tables" / "datapackage.json", "every output table described column by "
              "column (Frictionless data package)"),
             (out / "refit_primary_pools.R", "refits the primary pools with R metafor: "
              "<code>Rscript reports/refit_primary_pools.R</code>")]  # fmt: skip
    items = [f"<li>{_link(p, out)}: {what}</li>" for p, what in links if p.is_file()]
    return f"<h2>For reuse</h2><ul>{''.join(items)}</ul>" if items else ""


def glossary_markdown(data_dir: Path) -> str:
    """The glossary (``glossary.csv``) as Markdown: one paragraph per term (bold term,
    definition, source), sorted by term without regard to case (ties keep the file's order)."""
    rows = sorted(_read_csv(data_dir / "glossary.csv"), key=lambda r: r["term"].lower())
    return "\n\n".join(f"**{r['term']}**: {r['definition']} *Source: {r['source']}.*" for r in rows)


def write_glossary(out: Path, data_dir: Path) -> Path:
    """Write ``out/glossary.html`` from :func:`glossary_markdown`."""
    from blinarepro.chain.render import inert_html

    page = _page("blinatumomab-evidence: glossary", [
        '<p><a href="index.html">&larr; All reports</a></p>',
        "<h1>Glossary</h1>",
        inert_html(_markdown(glossary_markdown(data_dir))),
    ])  # fmt: skip
    target = out / "glossary.html"
    write_atomic(target, page)
    return target


def check_fresh(out: Path, data_dir: Path, studies: dict) -> None:
    """Raise :class:`StaleReportsError` when a report in ``out`` is older than a data file
    (``studies``: the study ids, which name the generic reports)."""
    files = [*data_dir.glob("*.csv"), data_dir / "datapackage.json"]
    newest = max((p for p in files if p.is_file()), key=lambda p: p.stat().st_mtime_ns,
                 default=None)  # fmt: skip
    if newest is None:
        return
    stale = [page.name for page, _, _ in _reports(out, studies)
             if page.stat().st_mtime_ns < newest.stat().st_mtime_ns]  # fmt: skip
    if stale:
        raise StaleReportsError(
            f"{', '.join(stale)} {'is' if len(stale) == 1 else 'are'} older than "
            f"{data_dir.name}/{newest.name}: the index shows the reports, which must be built "
            "from the current data first (make reports; delete a report make no longer "
            "builds)"
        )


def _page(title: str, body: list[str]) -> str:
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f"<style>{_CSS}{BADGE_CSS}</style></head><body>",
        *body,
        "</body></html>",
        "",
    ])  # fmt: skip


def write_index(out: Path, data_dir: Path | None = None) -> Path:
    """Write ``out/index.html`` (and ``out/glossary.html``) from the reports, claims tables
    and pooled tables in ``out``; :class:`StaleReportsError` if a report is older than a file
    of ``data_dir`` (:func:`check_fresh`)."""
    data_dir = Path(data_dir or ROOT / "data")
    rows = _read_csv(data_dir / "studies.csv")
    studies = {row["study_id"]: row for row in rows}
    titles = {row["study_id"]: row["title"] for row in rows}
    check_fresh(out, data_dir, studies)
    if (data_dir / "glossary.csv").is_file():
        write_glossary(out, data_dir)
    if (out / "tables").is_dir():
        from blinarepro.chain.tables import write_datapackage, write_r_script

        write_datapackage(out, data_dir)
        if (out / "tables" / "synthesis_pooled.csv").is_file():
            write_r_script(out)
    head = ["report", "document", "claims", "verdicts", "tables and figures"]
    page = _page("blinatumomab-evidence: what the reports found", [
        "<h1>blinatumomab-evidence</h1>",
        "<p>Published results on blinatumomab in B-ALL, re-derived from their own printed "
        "numbers. Verdicts: "
        f"{badge('inconsistent', 'major')} the printed number cannot be true given the other "
        f"printed numbers; {badge('discrepant', 'moderate')} our recomputation disagrees; "
        f"{badge('not recomputable', 'info')} the document does not give what a recomputation "
        f"needs (not an error); {badge('reproduced', 'ok')} agrees at printed precision. "
        "Terms: <a href='glossary.html'>glossary</a>.</p>",
        _findings_section(out, studies),
        _pooled_section(out),
        "<h2>Reports and their files</h2>",
        "<div class='scroll'><table><tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>",
        *_study_rows(out, titles),
        "</table></div>",
        _reuse_section(out),
        "<p class='muted'>Generated by <code>make reports</code>. Sources: see data/README.md "
        "in the repository.</p>",
    ])  # fmt: skip
    target = out / "index.html"
    write_atomic(target, page)
    return target
