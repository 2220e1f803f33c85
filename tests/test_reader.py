"""blinarepro.reader: how a displayed table reads (issue 18). Expected strings are written out
by hand from the rules in the module docstring."""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd

from blinarepro.reader import VERDICT_BADGES, finding_badge, label, reader_frame, reader_html


def _cells(frame):
    cells, numeric, headers, _ = reader_frame(frame)
    text = cells.map(lambda c: re.sub(r"<[^>]+>", "", c))
    return text, numeric, headers


def test_no_raw_program_value_reaches_a_cell():
    frame = pd.DataFrame({
        "estimate": [0.9359, math.nan, 1.0],
        "flag": [True, False, True],
        "count": pd.array([3, None, 5], dtype="Int64"),
        "df": [math.inf, 2.0, 1.0],
        "note": ["a", None, "c"],
    })  # fmt: skip
    text, numeric, headers = _cells(frame)
    assert list(text[0]) == ["93.6%", "not estimable", "100.0%"]
    assert list(text[1]) == ["yes", "no", "yes"]
    assert list(text[2]) == ["3", "\u2013", "5"]
    assert list(text[3]) == ["not estimable (unbounded)", "2", "1"]
    assert list(text[4]) == ["a", "\u2013", "c"]
    assert numeric == {0: True, 1: False, 2: True, 3: True, 4: False}
    html = reader_html(frame)
    for raw in ("NaN", "nan", "True", "False", "<NA>", "inf"):
        assert not re.search(rf">{re.escape(raw)}<", html), raw


def test_the_index_is_dropped_and_a_named_one_kept_as_a_column():
    plain = pd.DataFrame({"a": [1, 2]}, index=[5, 7])
    assert _cells(plain)[2] == ["a"]
    named = pd.DataFrame({"a": [1, 2]}, index=pd.Index(["x", "y"], name="arm"))
    text, _, headers = _cells(named)
    assert headers == ["arm", "a"] and list(text[0]) == ["x", "y"]


def test_ids_read_as_words_from_the_vocabularies():
    # data/datapackage.json: setting frontline_induction (studies' words, the first table's),
    # endpoint crs_grade3plus
    first_line = "first-line induction in newly diagnosed patients"
    assert label("frontline_induction", "setting") == first_line
    assert label("setting=frontline_induction") == f"setting: {first_line}"
    assert label("crs_grade3plus") == "grade >= 3 CRS"
    assert label("some_unknown_id") == "some unknown id"
    assert label("wang2025-07:percent") == "wang2025-07:percent"  # a claim id stays


def test_verdicts_and_findings_are_badges_with_words_and_one_class_each():
    findings = ["impossible_value", "", "precision", ""]
    frame = pd.DataFrame({"verdict": list(VERDICT_BADGES), "finding": findings})
    html = reader_html(frame)
    for verdict, (words, css) in VERDICT_BADGES.items():
        assert f'class="br-badge br-{css}">{words}<' in html, verdict
    assert len({css for _, css in VERDICT_BADGES.values()}) == len(VERDICT_BADGES)
    assert VERDICT_BADGES["not_recomputable"][1] not in ("major", "moderate")  # not an error
    assert ">impossible value<" in html and "br-major" in finding_badge("impossible_value")
    assert "br-minor" in finding_badge("precision") and finding_badge("") == ""


def test_text_left_numbers_right_in_a_scrolling_box():
    html = reader_html(pd.DataFrame({"outcome": ["cr"], "n": [np.int64(15)]}))
    assert html.startswith('<div class="br-scroll"')
    assert '<td class="br-text">' in html and '<td class="br-num">15</td>' in html


def test_a_printed_mrd_rate_reads_as_measured_not_as_the_synthesis_outcome():
    # results.outcome mrd_negative is any MRD negativity; only the synthesis's outcome of the
    # same name is "after induction" (a document may print MRD rates after consolidation)
    assert label("mrd_negative", "outcome") == "measurable residual disease negativity"


def test_labels_come_from_the_data_the_reports_read(tmp_path, monkeypatch):
    import json
    import shutil
    from pathlib import Path

    from blinarepro import reader
    from blinarepro.datapackage import DATA_DIR_ENV

    data = tmp_path / "data"
    shutil.copytree(Path(__file__).resolve().parents[1] / "data", data)
    descriptor = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    results = next(r for r in descriptor["resources"] if r["name"] == "results")
    outcome = next(f for f in results["schema"]["fields"] if f["name"] == "outcome")
    outcome["vocabulary"]["permanent_discontinuation"] = "permanent treatment discontinuation"
    (data / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    monkeypatch.setenv(DATA_DIR_ENV, str(data))
    reader._vocabularies.cache_clear()
    try:
        assert label("permanent_discontinuation", "outcome") == (
            "permanent treatment discontinuation"
        )
    finally:
        monkeypatch.delenv(DATA_DIR_ENV)
        reader._vocabularies.cache_clear()
