"""The printed-number grammar against numbers as journals print them (issue #21).

One table: each printed form, where it comes from, and what it must parse to (or the message
it must be refused with). Sources:

- real abstracts and tables, read through the search tool (pages corpus):
  ``BLOOD25`` Blood 2025;145(21):2447, GIMEMA LAL2317 abstract
  (ashpublications.net/blood/article/145/21/2447); ``BLOODADV18`` Blood Adv 2018;2(13):1522,
  TOWER exposure-adjusted AE abstract (ashpublications.com/bloodadvances/article/2/13/1522);
  ``JAMA21`` JAMA 2021 Table 2 (pmc.ncbi.nlm.nih.gov/articles/PMC7926287/table/joi210009t2);
  ``TAH23`` Ther Adv Hematol 2023 Table 2 (pmc.ncbi.nlm.nih.gov/articles/PMC10563488);
  ``DRUGSAF18`` Drug Saf 2019;42(5):587 Table 3 (pmc.ncbi.nlm.nih.gov/articles/PMC6475509);
  the five seed documents (``SEED``); the examples of issue #21 (``ISSUE21``);
- style-guide conventions: ``AMA`` (AMA Manual of Style: P without a leading zero, "P < .001",
  "95% CI, 0.41-0.94", "HR, 0.62"), ``NEJM`` ("P<0.001" with the zero, "0.41 to 0.94"),
  ``LANCET`` (middle-dot decimal "59·8", en-dash ranges, thin-space thousands "12 500",
  lower-case "p=0·002"), ``VANCOUVER`` (ICMJE: exact P values, "P = .04"), ``BLOOD`` (ASH:
  "P < .001", "(range, 0.5-62.8)").

Kinds: ``num`` -> :func:`read_printed` gives (value, decimals, relation, percent sign);
``code`` -> a printed non-number; ``interval`` -> :func:`parse_interval` bounds; ``words`` ->
:func:`number_words`; ``text`` -> every number :func:`printed_numbers` finds in a phrase (a
relation other than "=" written before the value, codes as themselves); ``reject`` ->
:func:`parse_printed` raises ``ValueError`` matching the pattern.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from blinarepro.consistency.printed import (
    PrintedNonNumber,
    PrintedNumber,
    number_words,
    parse_interval,
    parse_printed,
    printed_numbers,
    read_printed,
    same_printing,
)

FORMS = [
    # --- p-values
    ("P = .002", "AMA", "num", ("0.002", 3, "=", False)),
    ("p<.001", "ISSUE21", "num", ("0.001", 3, "<", False)),
    ("P < 0.0001", "NEJM", "num", ("0.0001", 4, "<", False)),
    ("p=1.000", "ISSUE21", "num", ("1.000", 3, "=", False)),
    ("P < .001", "BLOODADV18", "num", ("0.001", 3, "<", False)),
    ("P = .008", "BLOODADV18", "num", ("0.008", 3, "=", False)),
    ("P = .038", "BLOODADV18", "num", ("0.038", 3, "=", False)),
    ("P<0.001", "NEJM", "num", ("0.001", 3, "<", False)),
    ("P = 0.023", "SEED", "num", ("0.023", 3, "=", False)),
    ("p=0.56", "SEED", "num", ("0.56", 2, "=", False)),
    ("p=0·002", "LANCET", "num", ("0.002", 3, "=", False)),
    ("p<0·0001", "LANCET", "num", ("0.0001", 4, "<", False)),
    ("P = .04", "VANCOUVER", "num", ("0.04", 2, "=", False)),
    ("P ≤ .05", "AMA", "num", ("0.05", 2, "<=", False)),
    ("P ≥ 0.05", "NEJM", "num", ("0.05", 2, ">=", False)),
    ("P\u2009=\u2009.002", "LANCET", "num", ("0.002", 3, "=", False)),  # thin spaces
    ("P\u00a0<\u00a0.001", "BLOOD", "num", ("0.001", 3, "<", False)),  # no-break spaces
    ("p = 1e-2", "ISSUE21", "num", ("0.01", 2, "=", False)),
    ("1.2e-5", "NEJM", "num", ("0.000012", 6, "=", False)),
    ("p=4·8 × 10⁻⁸", "LANCET", "num", ("0.000000048", 9, "=", False)),
    ("P = 2.1 × 10^-6", "NEJM", "num", ("0.0000021", 7, "=", False)),
    ("P = NS", "ISSUE21", "code", "NS"),
    ("NS", "AMA", "code", "NS"),
    ("n.s.", "LANCET", "code", "NS"),
    ("not significant", "VANCOUVER", "code", "NS"),
    # --- decimals and percentages
    ("59·8", "LANCET", "num", ("59.8", 1, "=", False)),
    ("59·8%", "LANCET", "num", ("59.8", 1, "=", True)),
    ("59·8 per cent", "ISSUE21", "num", ("59.8", 1, "=", True)),
    ("42.2 percent", "AMA", "num", ("42.2", 1, "=", True)),
    ("−0.4", "ISSUE21", "num", ("-0.4", 1, "=", False)),
    ("−2.0", "JAMA21", "num", ("-2.0", 1, "=", False)),
    ("80.0%", "SEED", "num", ("80.0", 1, "=", True)),
    ("36.0", "TAH23", "num", ("36.0", 1, "=", False)),
    ("<5%", "ISSUE21", "num", ("5", 0, "<", True)),
    (">99%", "ISSUE21", "num", ("99", 0, ">", True)),
    ("⩽5%", "TAH23", "num", ("5", 0, "<=", True)),
    ("≥ 3", "BLOODADV18", "num", ("3", 0, ">=", False)),
    ("12\u2009500", "LANCET", "num", ("12500", 0, "=", False)),
    ("12\u202f500", "LANCET", "num", ("12500", 0, "=", False)),
    (".5", "AMA", "num", ("0.5", 1, "=", False)),
    ("HR = 0.62", "AMA", "num", ("0.62", 2, "=", False)),
    # --- printed non-numbers
    ("NR", "ISSUE21", "code", "NR"),
    ("not reached", "BLOOD25", "code", "NR"),
    ("not yet reached", "BLOOD", "code", "NR"),
    ("NE", "TAH23", "code", "NE"),
    ("not estimable", "ISSUE21", "code", "NE"),
    # --- intervals
    ("22.0–62.8", "ISSUE21", "interval", ("22.0", "62.8")),
    ("22.0–NR", "ISSUE21", "interval", ("22.0", "NR")),
    ("(95% CI 22.0–NR)", "ISSUE21", "interval", ("22.0", "NR")),
    ("4.4–NE", "TAH23", "interval", ("4.4", "NE")),
    ("6–NE", "DRUGSAF18", "interval", ("6", "NE")),
    ("52–84", "DRUGSAF18", "interval", ("52", "84")),
    ("0.5–16", "DRUGSAF18", "interval", ("0.5", "16")),
    ("−31.2 to 28.0", "JAMA21", "interval", ("-31.2", "28.0")),
    ("45.4 to 85.5", "JAMA21", "interval", ("45.4", "85.5")),
    ("0.41-0.94", "AMA", "interval", ("0.41", "0.94")),
    ("95% CI, 0.41 to 0.94", "NEJM", "interval", ("0.41", "0.94")),
    ("69·1–85·1", "LANCET", "interval", ("69.1", "85.1")),
    ("[51.9, 95.7]", "VANCOUVER", "interval", ("51.9", "95.7")),
    ("51.9-95.7", "SEED", "interval", ("51.9", "95.7")),
    ("18-65", "BLOOD25", "interval", ("18", "65")),
    ("−1.2 to −0.4", "NEJM", "interval", ("-1.2", "-0.4")),
    # --- number words
    ("One hundred sixteen", "ISSUE21", "words", (116,)),
    ("forty-nine", "ISSUE21", "words", (49,)),
    ("Eighty-eight (78%) of 113", "ISSUE21", "words", (88,)),
    ("One hundred forty-nine patients were enrolled", "BLOOD25", "words", (149,)),
    ("one hundred and two", "LANCET", "words", (102,)),
    ("Twelve (80.0%) of the 15", "SEED", "words", (12,)),
    ("Two thousand and twelve", "LANCET", "words", (2012,)),
    ("no relapses occurred", "SEED", "words", (0,)),
    ("twenty one", "AMA", "words", (21,)),
    ("one of two arms", "AMA", "words", (1, 2)),
    ("hundreds of patients", "AMA", "words", ()),
    # --- numbers in a phrase
    (
        "MRD negativity increased from 72% to 93% (P < .001)",
        "BLOOD25",
        "text",
        ["72", "93", "<0.001"],
    ),
    ("23 of 30 MRD-positive patients (73%)", "BLOOD25", "text", ["23", "30", "73"]),
    ("38.1 months (range, 0.5-62.8)", "BLOOD25", "text", ["38.1", "0.5", "62.8"]),
    (
        "(10.73 vs 45.27 events per patient-year; P < .001)",
        "BLOODADV18",
        "text",
        ["10.73", "45.27", "<0.001"],
    ),
    ("−2.0 (−31.2 to 28.0)", "JAMA21", "text", ["-2.0", "-31.2", "28.0"]),
    ("17/20 (85)", "JAMA21", "text", ["17", "20", "85"]),
    ("6.7 (4.4–NE)", "TAH23", "text", ["6.7", "4.4", "NE"]),
    ("median OS 36.5 months (95% CI 22.0–NR)", "ISSUE21", "text", ["36.5", "95", "22.0", "NR"]),
    ("Eighty-eight (78%) of 113", "ISSUE21", "text", ["78", "113", "88"]),
    ("platelet count >100,000 per µL", "TAH23", "text", [">100000", "100", "0"]),
    ("median OS was not reached", "BLOOD25", "text", ["NR"]),
    ("p=4·8 × 10⁻⁸", "LANCET", "text", ["0.000000048"]),
    ("(P = NS)", "ISSUE21", "text", ["NS"]),
    # --- refused, with a message that says why
    ("0,023", "LANCET", "reject", "comma"),  # decimal comma or thousands separator?
    ("1,5", "VANCOUVER", "reject", "comma"),
    ("nan", "ISSUE21", "reject", "not a printed number"),
    ("inf", "ISSUE21", "reject", "not a printed number"),
    ("NR", "ISSUE21", "reject", "'NR' \\(not reached\\), which is not a number"),
    ("P = NS", "ISSUE21", "reject", "'NS' \\(not significant\\), which is not a number"),
    ("not estimable", "ISSUE21", "reject", "not estimable"),
    ("P 0.5", "AMA", "reject", "label but no relation"),
    ("80.0.1", "AMA", "reject", "not a printed number"),
    ("1 2", "AMA", "reject", "not a printed number"),
    ("22.0–62.8", "ISSUE21", "reject", "not a printed number"),  # an interval, not a number
    ("twelve", "SEED", "reject", "not a printed number"),  # words are read in phrases only
]


def _shown(p) -> str:
    if isinstance(p, PrintedNonNumber):
        return p.code
    rel = "" if p.relation == "=" else p.relation
    return f"{rel}{p.value:f}"


def test_the_table_is_large_enough_and_covers_every_source():
    assert len(FORMS) >= 60
    sources = {source for _, source, _, _ in FORMS}
    assert {"AMA", "NEJM", "LANCET", "VANCOUVER", "BLOOD", "ISSUE21", "BLOOD25"} <= sources
    assert sum(kind == "reject" for _, _, kind, _ in FORMS) >= 10


@pytest.mark.parametrize(("text", "source", "kind", "expected"), FORMS)
def test_printed_form(text, source, kind, expected):
    if kind == "num":
        p = read_printed(text)
        assert isinstance(p, PrintedNumber)
        assert (f"{p.value:f}", p.decimals, p.relation, p.percent_sign) == (
            expected[0],
            expected[1],
            expected[2],
            expected[3],
        )
        # the value is exactly the decimal written, at the printed precision
        assert same_printing(p, parse_printed(expected[0]))
    elif kind == "code":
        p = read_printed(text)
        assert isinstance(p, PrintedNonNumber) and p.code == expected
    elif kind == "interval":
        iv = parse_interval(text)
        assert (_shown(iv.lower), _shown(iv.upper)) == expected
    elif kind == "words":
        assert number_words(text) == expected
    elif kind == "text":
        assert [_shown(p) for p in printed_numbers(text)] == expected
    elif kind == "reject":
        with pytest.raises(ValueError, match=expected):
            parse_printed(text)
    else:  # pragma: no cover - a typo in the table
        raise AssertionError(f"unknown kind {kind!r}")


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("22.0", "not a printed interval"),
        ("22.0–30.0–40.0", "not a printed interval"),
        ("62.8–22.0", "lower bound exceeds upper bound"),
        ("<1–5", "bound with a relation"),
        ("abc–5", "not a printed number"),
    ],
)
def test_bad_intervals_are_refused_with_a_reason(text, match):
    with pytest.raises(ValueError, match=match):
        parse_interval(text)


def test_precision_of_a_form_is_that_of_its_printing():
    # "59·8" admits [59.75, 59.85]; ".002" admits [0.0015, 0.0025] (exact decimal arithmetic)
    assert (read_printed("59·8").lower, read_printed("59·8").upper) == (
        parse_printed("59.75").value,
        parse_printed("59.85").value,
    )
    p = read_printed("P = .002")
    assert p.admits(Fraction(15, 10000)) and p.admits(Fraction(25, 10000))
    assert not p.admits(Fraction(26, 10000))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("alpha=1e-2", {"alpha": 0.01}),
        ("alpha=1E-2 ci_level=9.5e-1", {"alpha": 0.01, "ci_level": 0.95}),
        ("alpha=0.05", {"alpha": 0.05}),
        ("ci_method=wilson", {"ci_method": "wilson"}),
        ("outcome=1e", {"outcome": "1e"}),  # not a number: stays text
    ],
)
def test_scientific_notation_in_build_parameters(text, expected):
    # issue #20 item 6: "1e-2" (YAML 1.1 reads it as a string) is a number for a parameter too
    from blinarepro.build import parse_params

    assert parse_params(text) == expected
