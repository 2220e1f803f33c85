"""Whole percentages of large arms fix no single count (34% of 271 is 91, 92 or 93 of 271): a
p-value and a wording are judged on every count the printing allows. From a dry run of the
TOWER abstract (Kantarjian et al., N Engl J Med 2017;376:836-47: complete remission 34% vs
16% of 271 and 134, P<0.001). Reference: R 4.2 fisher.test on the six tables, e.g.
fisher.test(matrix(c(91, 180, 22, 112), 2))$p.value = 0.0002498252 (the largest) and
fisher.test(matrix(c(93, 178, 21, 113), 2))$p.value = 6.264574e-05 (the smallest)."""

from __future__ import annotations

import pandas as pd

from blinarepro.claims import claim_pvalue, evaluate
from tests.test_claims import _row

ARMS = [
    _row("t-cr1", "percent", "34", n="271", unit="percent", cohort="blin"),
    _row("t-cr2", "percent", "16", n="134", unit="percent", cohort="chemo"),
]


def _p(value: str, qualifier: str = ""):
    rows = pd.DataFrame([*ARMS, _row("t-p", "p_value", value, qualifier=qualifier)])
    return evaluate([claim_pvalue("t-p", "fisher", ["t-cr1", "t-cr2"])], rows).iloc[0]


def test_a_bound_that_holds_on_every_count_is_reproduced():
    row = _p("0.001", "<")
    assert row.verdict == "reproduced"
    assert "allow 6 pairs of counts" in row.note
    assert "holds on every one" in row.note
    # the span is R's smallest and largest p (printed exactly, so compared by its digits)
    assert "from 6.26457e-05 to 0.000249825" in row.note


def test_a_bound_that_holds_on_some_counts_only_is_not_recomputable():
    # P < 0.0002: true for 5 of the 6 tables (R: all but 91 and 22, p = 0.000250)
    row = _p("0.0002", "<")
    assert row.verdict == "not_recomputable" and "holds on some, not all" in row.note


def test_a_value_off_every_count_is_discrepant():
    # below alpha on every count, as the tests: the value differs, not the decision
    row = _p("0.01")
    assert (row.verdict, row.finding) == ("discrepant", "value_differs")
    row = _p("0.08")
    assert (row.verdict, row.finding) == ("discrepant", "decision_differs")


def test_arms_on_whole_percentages_are_judged_on_every_count():
    from blinarepro.claims.declared import _on_every_count

    class Doc:  # the counts blinarepro.claims.document.Document.event_counts gives
        def event_counts(self, rid):
            return {"a": [(91, 271), (92, 271), (93, 271)], "b": [(21, 134), (22, 134)]}[rid]

    a, b = {"result_id": "a", "value": "34"}, {"result_id": "b", "value": "16"}
    c, approx, reading = _on_every_count(Doc(), "CR", a, b, 0.95, 0.05)
    assert (c.arm1, c.arm2) == ("92/271", "21/134")  # the middle counts
    assert approx == ""  # every count significant: one decision, not an approximation
    assert "34% of 271 is 91 to 93; 16% of 134 is 21 to 22" in reading
    assert "one decision at alpha = 0.05" in reading
    # at alpha = 0.0002 the counts fall on both sides: the judgement is approximate
    _, approx, reading = _on_every_count(Doc(), "CR", a, b, 0.95, 0.0002)
    assert reading == "" and approx.endswith("on both sides of alpha")


def test_no_reading_holds_but_not_all_flip_the_decision():
    # 24% of 271 (64, 65 or 66) vs 15% of 134 (20): R fisher.test gives 0.05044655, 0.0382026,
    # 0.02892733; a printed P = 0.30 holds on none, and one reading is not significant, as
    # printed: the value differs, the decision does not on every reading
    rows = pd.DataFrame(
        [_row("t-a", "percent", "24", n="271", unit="percent"),
         _row("t-b", "percent", "15", n="134", unit="percent"),
         _row("t-p", "p_value", "0.30")]
    )  # fmt: skip
    row = evaluate([claim_pvalue("t-p", "fisher", ["t-a", "t-b"])], rows).iloc[0]
    assert (row.verdict, row.finding) == ("discrepant", "value_differs")
