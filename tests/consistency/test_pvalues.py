"""pvalue_check: printed vs recomputed p, statcheck decision errors.

Reference cases worked by hand from the rounding interval of the printed p ("0.023" admits
[0.0225, 0.0235]) and statcheck's definitions (Nuijten et al. 2016, Behav Res Methods
48:1205: a decision error is an inconsistency that changes significance at alpha).
"""

import math

import pytest

from blinarepro.consistency.pvalues import pvalue_check


def test_rounds_to_printed():
    res = pvalue_check("0.023", 0.0226)
    assert res.status == "consistent"
    assert res.recomputed_formatted == "0.023"
    assert res.reported_significant and res.recomputed_significant
    assert not res.decision_error


def test_interval_edges():
    # (the float 0.0225 is 0.02249999..., just below the interval)
    assert pvalue_check("0.023", 0.02251).consistent
    assert pvalue_check("0.023", 0.02349).consistent
    assert not pvalue_check("0.023", 0.0225).consistent
    assert not pvalue_check("0.023", 0.0236).consistent


def test_inconsistent_without_decision_error():
    res = pvalue_check("0.06", 0.07)
    assert res.status == "inconsistent"
    assert not res.decision_error


def test_decision_error():
    res = pvalue_check("0.03", 0.06)
    assert res.status == "inconsistent" and res.decision_error
    assert "decision error" in res.reason
    res = pvalue_check("p=0.56", 0.027)
    assert res.decision_error and res.reported_significant is False


def test_bounds():
    assert pvalue_check("<0.001", 0.0004).consistent
    res = pvalue_check("<0.001", 0.002)
    assert res.status == "inconsistent"
    assert not res.decision_error  # both significant at 0.05
    res = pvalue_check("p < 0.05", 0.2)
    assert res.decision_error
    assert pvalue_check(">0.05", 0.3).reported_significant is False


def test_bound_that_leaves_significance_open():
    # "<0.1" says nothing about alpha = 0.05
    res = pvalue_check("<0.1", 0.5)
    assert res.reported_significant is None
    assert not res.decision_error


def test_printed_p_equal_alpha():
    # statcheck default: "p = .05" counts as significant
    assert pvalue_check("0.05", 0.049).reported_significant is True
    assert pvalue_check("0.05", 0.049, equal_is_significant=False).reported_significant is False


def test_zero_printed():
    # "0.000" admits [0, 0.0005]
    assert pvalue_check("0.000", 0.0003).consistent
    assert not pvalue_check("0.000", 0.0006).consistent


def test_one():
    assert pvalue_check("1.00", 1.0).consistent


@pytest.mark.parametrize(
    ("args", "exc", "match"),
    [
        (("1.5", 0.5), ValueError, "printed_p"),
        (("5%", 0.05), ValueError, "printed_p"),
        (("p", 0.5), ValueError, "printed_p"),
        (("0.05", 1.2), ValueError, "recomputed_p"),
        (("0.05", math.nan), ValueError, "recomputed_p"),
        (("0.05", "0.05"), TypeError, "recomputed_p"),
        (("0.05", 0.05, 0.0), ValueError, "alpha"),
    ],
)
def test_bad_input(args, exc, match):
    with pytest.raises(exc, match=match):
        pvalue_check(*args)


# ----------------------------------------------------------------------------- issue #21


def test_ns_is_read_as_not_significant():
    # R: fisher.test(matrix(c(10, 103, 4, 36), 2))$p.value = 0.7600072931
    res = pvalue_check("P = NS", 0.7600072931)
    assert res.status == "consistent" and res.relation == "NS"
    assert res.reported_significant is False and not res.decision_error


def test_ns_with_a_significant_recomputed_p_is_a_decision_error():
    res = pvalue_check("NS", 0.03)
    assert res.status == "inconsistent" and res.decision_error
    assert "not significant" in res.reason


def test_ns_and_p_equal_to_alpha():
    # p = alpha counts as significant by default (statcheck pEqualAlphaSig = TRUE)
    assert pvalue_check("NS", 0.05).status == "inconsistent"
    assert pvalue_check("NS", 0.05, equal_is_significant=False).status == "consistent"


@pytest.mark.parametrize(
    ("printed", "recomputed", "status"),
    [
        ("P = .002", 0.0021, "consistent"),  # AMA, no leading zero: admits [0.0015, 0.0025]
        ("P = .002", 0.0026, "inconsistent"),
        ("p<.001", 4.79974857e-08, "consistent"),  # R fisher.test, see test_journal_styles
        ("p=4·8 × 10⁻⁸", 4.79974857e-08, "consistent"),
        ("p=4·7 × 10⁻⁸", 4.79974857e-08, "inconsistent"),
        ("p=1.000", 1.0, "consistent"),
    ],
)
def test_journal_forms_of_p(printed, recomputed, status):
    assert pvalue_check(printed, recomputed).status == status


def test_a_p_printed_as_not_reached_is_refused():
    with pytest.raises(ValueError, match="not reached"):
        pvalue_check("NR", 0.5)
