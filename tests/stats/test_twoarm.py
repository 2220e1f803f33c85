"""twoarm: arm comparisons from printed summaries and the wording rules.

Reference values: R 4.2.2 (``tests/stats/reference/twoarm.R``): ``fisher.test``, the Newcombe
hybrid score interval written out from ``prop.test(correct=FALSE)`` Wilson limits, Boschloo's
test written out by exact enumeration (as ``bosch.R``), ``t.test`` on samples with exactly the
printed means and SDs, and metafor 3.8-1 ``escalc(measure="SMD")``. The inputs are the xu2025
abstract's numbers.
"""

import math

import matplotlib
import pytest

from blinarepro.claims.twoarm import (
    ArmComparison,
    compare_means,
    compare_proportions,
    plot_differences,
    wording_support,
)

matplotlib.use("Agg")

# (k1, n1, k2, n2): fisher.test p, Newcombe (estimate, lower, upper), Boschloo p
R_PROPORTIONS = [
    (
        (9, 11, 6, 13),
        0.10492663884775881,
        (0.35664335664335667, -0.028248161031299457, 0.6206080966670966),
        0.085637290730082485,
    ),
    (
        (0, 11, 5, 13),
        0.041149068322981444,
        (-0.38461538461538464, -0.644771084873343, -0.052864947721509403),
        0.027341846183197672,
    ),
    (
        (0, 11, 7, 13),
        0.0059115179252479076,
        (-0.53846153846153844, -0.76793932190461689, -0.1806694836085932),
        0.0037191691492053265,
    ),
    (
        (4, 11, 9, 13),
        0.21732640424590874,
        (-0.32867132867132864, -0.60733144934647254, 0.061194245334825592),
        0.13190727426308249,
    ),
]

# (m1, s1, n1, m2, s2, n2): t.test (p, lower, upper), escalc SMD (g, ci.lb, ci.ub)
R_MEANS = [
    (
        (3.09, 0.95, 11, 1.64, 0.83, 13),
        (0.00079207927490373097, 0.68370868870639456, 2.2162913112936056),
        (1.5790261559766343, 0.66018883253440075, 2.4978634794188679),
    ),
    (
        (2.8, 2.4, 11, 6.2, 4.4, 13),
        (0.026949898723767726, -6.3685405089987146, -0.43145949100128617),
        (-0.90423487410059211, -1.7469426929409178, -0.061527055260266472),
    ),
    (
        (1.61, 1.63, 11, 4.33, 2.9, 13),
        (0.0093381161103898696, -4.6901633655002026, -0.74983663449979643),
        (-1.0908724414373818, -1.9510798250792767, -0.23066505779548696),
    ),
    (
        (2.14, 2.07, 11, 6.15, 4.85, 13),
        (0.015161866915211262, -7.1416173149710973, -0.87838268502890204),
        (-1.0070815068119126, -1.859072257049077, -0.15509075657474802),
    ),
]


@pytest.mark.parametrize(("counts", "p_fisher", "rd", "p_boschloo"), R_PROPORTIONS)
def test_compare_proportions_matches_r(counts, p_fisher, rd, p_boschloo):
    c = compare_proportions("x", *counts)
    assert c.p_fisher == pytest.approx(p_fisher, rel=1e-9)
    assert (c.estimate, c.lower, c.upper) == pytest.approx(rd, abs=1e-12)
    # Boschloo: scipy's Sobol search (32 points) against R's 1e-4 grid + optimize
    assert c.p_boschloo == pytest.approx(p_boschloo, rel=1e-6)
    assert math.isnan(c.p_welch) and math.isnan(c.smd)
    assert list(c.pvalues) == ["Fisher", "Boschloo"]


@pytest.mark.parametrize(("summaries", "welch", "smd"), R_MEANS)
def test_compare_means_matches_r(summaries, welch, smd):
    c = compare_means("x", *summaries)
    assert (c.p_welch, c.lower, c.upper) == pytest.approx(welch, rel=1e-9)
    assert (c.smd, c.smd_lower, c.smd_upper) == pytest.approx(smd, rel=1e-9)
    assert math.isnan(c.p_fisher)
    assert list(c.pvalues) == ["Welch"]


def test_confidence_level_used():
    wide = compare_proportions("x", 9, 11, 6, 13, confidence_level=0.99)
    narrow = compare_proportions("x", 9, 11, 6, 13, confidence_level=0.90)
    assert wide.lower < narrow.lower and wide.upper > narrow.upper


def test_wording_trend_not_significant():
    # MRD 9/11 vs 6/13: Fisher 0.105, Boschloo 0.086 -> a trend, as worded
    s = wording_support(compare_proportions("mrd", 9, 11, 6, 13), "trend", "trend", "higher")
    assert s.supported == "yes"
    assert s.recomputed_decision == "not significant"
    assert not s.decision_differs


def test_wording_trend_but_significant_is_flagged():
    # relapse 0/11 vs 5/13: both p < 0.05 -> 'trend' understates
    s = wording_support(compare_proportions("rel", 0, 11, 5, 13), "trend", "trend", "lower")
    assert s.supported == "yes"
    assert s.decision_differs
    assert "understates" in s.reason


def test_wording_difference_rules():
    infection = compare_proportions("inf", 4, 11, 9, 13)
    assert wording_support(infection, "lower", "difference", "lower").supported == "no"
    bleeding = compare_proportions("bl", 0, 11, 7, 13)
    assert wording_support(bleeding, "lower", "difference", "lower").supported == "yes"
    # MRD at alpha = 0.09: Boschloo 0.086 significant, Fisher 0.105 not -> partly
    mrd = compare_proportions("mrd", 9, 11, 6, 13)
    s = wording_support(mrd, "higher", "difference", "higher", alpha=0.09)
    assert s.supported == "partly" and s.recomputed_decision == "mixed"
    assert not s.decision_differs


def test_wording_wrong_direction_and_approximate():
    mrd = compare_proportions("mrd", 9, 11, 6, 13)
    assert wording_support(mrd, "lower", "trend", "lower").supported == "no"
    bleeding = compare_proportions("bl", 0, 11, 7, 13)
    s = wording_support(bleeding, "lower", "difference", "lower", approximate="counts assumed")
    assert s.supported == "partly" and "counts assumed" in s.reason


def test_wording_arguments_validated():
    c = compare_proportions("x", 1, 5, 2, 5)
    with pytest.raises(ValueError, match="strength must be one of"):
        wording_support(c, "w", "strong", "lower")
    with pytest.raises(ValueError, match="direction must be one of"):
        wording_support(c, "w", "trend", "up")
    with pytest.raises(TypeError):
        wording_support("not a comparison", "w", "trend", "lower")


def test_plot_differences_two_panels():
    items = [compare_proportions("a", 9, 11, 6, 13), compare_means("b", *R_MEANS[0][0])]
    axes = plot_differences(items)
    assert len(axes) == 2
    assert isinstance(items[0], ArmComparison)
    with pytest.raises(TypeError):
        plot_differences([object()])


def test_to_claim_outcome_verdicts():
    # xu2025 bleeding 0/11 vs 7/13: Fisher p = 0.00591 (R 4.2.2 fisher.test), a difference as worded
    bleeding = compare_proportions("bl", 0, 11, 7, 13)
    out = wording_support(bleeding, "lower", "difference", "lower").to_claim_outcome()
    assert (out.verdict, out.finding) == ("reproduced", "")
    # xu2025 infection 4/11 vs 9/13: Fisher p = 0.217, worded as a difference -> overstated
    infection = compare_proportions("inf", 4, 11, 9, 13)
    out = wording_support(infection, "lower", "difference", "lower").to_claim_outcome()
    assert (out.verdict, out.finding) == ("discrepant", "wording_overstated")
    assert out.reported == "lower" and out.note.startswith("The words claim a difference")
    approx = wording_support(bleeding, "lower", "difference", "lower", approximate="assumed")
    out = approx.to_claim_outcome()
    assert (out.verdict, out.finding) == ("not_recomputable", "")
    # xu2025 relapse 0/11 vs 5/13: Fisher p = 0.0411 (R 4.2.2 fisher.test); a "trend", so the
    # decision the words imply (not significant) differs from the recomputed one
    relapse = compare_proportions("rel", 0, 11, 5, 13)
    out = wording_support(relapse, "trend", "trend", "lower").to_claim_outcome()
    assert (out.verdict, out.finding) == ("discrepant", "decision_differs")
    assert "differs" in out.note
    # the same 0/11 vs 5/13 worded as higher in arm 1: the difference points the other way
    out = wording_support(relapse, "higher", "trend", "higher").to_claim_outcome()
    assert (out.verdict, out.finding) == ("discrepant", "value_differs")
    # xu2025 MRD 9/11 vs 6/13, Fisher p = 0.105 (R 4.2.2 fisher.test): a trend, not significant
    mrd = compare_proportions("mrd", 9, 11, 6, 13)
    out = wording_support(mrd, "trend", "trend", "higher").to_claim_outcome()
    assert (out.verdict, out.finding) == ("reproduced", "")
