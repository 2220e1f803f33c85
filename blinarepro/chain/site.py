"""The landing page ``reports/index.html``: verdict counts per document and links.

Static HTML with inline CSS: nothing is loaded from the network, and the same tables give the
same bytes. Reads only CSV files with the standard library (the data were validated by the
loader in every notebook that ran before), so writing the index takes a fraction of a second.
"""

from __future__ import annotations

import csv
import html
import math
import os
from collections import Counter
from pathlib import Path

from blinarepro.chain.publish import write_atomic

ROOT = Path(__file__).resolve().parents[2]

__all__ = ["VERDICT_ORDER", "write_index"]

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
td.bad { color: #a40000; font-weight: bold; } .muted { color: #666; font-size: 0.9em; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _link(path: Path, out: Path, label: str | None = None) -> str:
    rel = os.path.relpath(path, out).replace(os.sep, "/")
    return f'<a href="{_e(rel)}">{_e(label or path.name)}</a>'


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _study_rows(out: Path, titles: dict[str, str]) -> list[str]:
    rows = []
    # dedicated reports ("02_wang2025.html"), then the generic one of each other study
    # ("<study_id>.html", from notebooks/document.ipynb)
    generic = sorted(p for p in out.glob("*.html") if p.stem in titles)
    for report in sorted(out.glob("[0-9][0-9]_*.html")) + generic:
        name = report.stem
        study_id = name.split("_", 1)[1] if report not in generic else name
        claims_path = out / "tables" / f"{name}_claims.csv"
        counts = {v: 0 for v in VERDICT_ORDER}
        total = 0
        if claims_path.is_file():
            claims = _read_csv(claims_path)
            total = len(claims)
            counts.update(Counter(row["verdict"] for row in claims))
        cells = [
            f"<td>{_link(report, out, name)}</td>",
            f"<td>{_e(titles.get(study_id, 'Pooled comparison across documents'))}</td>",
            f'<td class="num">{total}</td>',
        ]
        for verdict in VERDICT_ORDER:
            css = "num bad" if counts[verdict] and verdict != "reproduced" else "num"
            cells.append(f'<td class="{css}">{counts[verdict]}</td>')
        extras = [_link(claims_path, out, "claims.csv")] if claims_path.is_file() else []
        # a report's own files start with its name ("06_synthesis_") or its topic ("synthesis_")
        for kind, pattern in (("tables", "*.csv"), ("figures", "*.png")):
            found = sorted((out / kind).glob(pattern))
            extras += [_link(p, out) for p in found if p != claims_path
                       and p.name.startswith((f"{name}_", f"{study_id}_"))]  # fmt: skip
        cells.append(f"<td>{'<br>'.join(extras)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return rows


def _pooled_section(out: Path) -> str:
    path = out / "tables" / "synthesis_pooled.csv"
    if not path.is_file():
        return ""
    pooled = _read_csv(path)
    if not pooled:
        return ""
    # primary pools only (one per stratum, never mixing settings); the sensitivity analyses,
    # pools across strata among them, stay in the table and in the synthesis report
    keep = [row for row in pooled if row.get("primary") == "True"]
    head = ["outcome", "stratum", "method", "k", "events", "n", "estimate", "CI", "PI", "I²",
            "what is estimable"]  # fmt: skip
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
        cells = (
            r["outcome"], r["stratum_label"], r["method"], r["k"], r["events"], r["n"],
            pct(r["estimate"]), interval(r["lower"], r["upper"]),
            interval(r["pi_lower"], r["pi_upper"]),
            "" if math.isnan(i2) else f"{i2:.0f}%", r["estimable"],
        )  # fmt: skip
        body.append("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in cells) + "</tr>")
    return (
        "<h2>Pooled results: primary pools, one per stratum</h2>"
        "<p class='muted'>A stratum is one setting, one Ph status and one endpoint definition; "
        "pools across strata are sensitivity analyses only. Every analysis and method: "
        f"{_link(path, out)}</p>"
        "<table><tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>"
        + "".join(body) + "</table>"
    )  # fmt: skip


def write_index(out: Path, data_dir: Path | None = None) -> Path:
    """Write ``out/index.html`` from the reports, claims tables and pooled table in ``out``."""
    studies = _read_csv(Path(data_dir or ROOT / "data") / "studies.csv")
    titles = {row["study_id"]: row["title"] for row in studies}
    head = ["report", "document", "claims"] + [v.replace("_", " ") for v in VERDICT_ORDER]
    head.append("tables and figures")
    page = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>blinatumomab-evidence: reports</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>blinatumomab-evidence</h1>",
        "<p>Published results on blinatumomab in B-ALL, re-derived from their own printed "
        "numbers. Each report opens with its verdicts: <b>discrepant</b> (our recomputation "
        "disagrees), <b>inconsistent</b> (the printed number cannot be true given the other "
        "printed numbers), <b>not recomputable</b> (needs data the document does not give), "
        "<b>reproduced</b> (agrees at printed precision).</p>",
        "<h2>Reports</h2>",
        "<table><tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>",
        *_study_rows(out, titles),
        "</table>",
        _pooled_section(out),
        "<p class='muted'>Generated by <code>make reports</code>. Sources: see data/README.md "
        "in the repository.</p>",
        "</body></html>",
        "",
    ]
    target = out / "index.html"
    write_atomic(target, "\n".join(page))
    return target
