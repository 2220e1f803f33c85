"""Printed numbers: parsing, precision, exact rounding.

Reference values are exact decimal arithmetic (the half unit of the last printed digit) and
Python's ``decimal`` module (ROUND_HALF_UP / ROUND_HALF_EVEN / ROUND_HALF_DOWN) as a second,
independent rounding route.
"""

from decimal import ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest

from blinarepro.consistency.printed import (
    ROUNDING_RULES,
    format_at,
    parse_printed,
    printed_precision,
    rounding_rules,
    sqrt_rounding_rules,
)


@pytest.mark.parametrize(
    ("text", "half_unit"),
    [
        ("46.2", "0.05"),
        ("94", "0.5"),
        ("85.71", "0.005"),
        ("80.0", "0.05"),  # "80.0" keeps its trailing zero
        ("80.0%", "0.05"),
        ("0.023", "0.0005"),
        ("<0.001", "0.0005"),
        ("p=0.56", "0.005"),
        ("P < .001", "0.0005"),
        ("46·2", "0.05"),  # Lancet middle dot
        ("1.2e-5", "0.0000005"),
        ("1.2 × 10^-5", "0.0000005"),
        ("0", "0.5"),
        ("100", "0.5"),
    ],
)
def test_printed_precision(text, half_unit):
    assert printed_precision(text) == Decimal(half_unit)


def test_parse_fields():
    p = parse_printed("p = 0.56")
    assert (p.label, p.relation, p.value, p.decimals) == ("p", "=", Decimal("0.56"), 2)
    p = parse_printed("P<.001")
    assert (p.relation, p.value) == ("<", Decimal("0.001"))
    p = parse_printed("≤0.05")
    assert p.relation == "<="
    p = parse_printed("81.8%")
    assert p.percent_sign and p.value == Decimal("81.8")
    p = parse_printed("−1.5")  # Unicode minus
    assert p.value == Decimal("-1.5")
    assert parse_printed(p) is p


@pytest.mark.parametrize("text", ["", "abc", "p 0.5", "80.0.1", "1 2", "%", "NR"])
def test_parse_rejects_non_numbers(text):
    with pytest.raises(ValueError, match="printed"):
        parse_printed(text)


def test_parse_rejects_comma():
    # "0,023" is a decimal comma or a thousands separator: refused, not guessed
    with pytest.raises(ValueError, match="comma"):
        parse_printed("0,023")


def test_parse_rejects_float():
    with pytest.raises(TypeError, match="printed precision"):
        parse_printed(80.0)


def test_interval_bounds():
    p = parse_printed("46.2")
    assert (p.lower, p.upper) == (Decimal("46.15"), Decimal("46.25"))


def test_rounding_rules_at_a_tie():
    # 1/8 = 0.125 exactly: half up -> 0.13, half even -> 0.12, half down -> 0.12
    assert rounding_rules(Fraction(1, 8), "0.13") == ("half-up",)
    assert rounding_rules(Fraction(1, 8), "0.12") == ("half-even", "half-down")
    # 0.135 exactly: half even goes up (3 is odd)
    assert rounding_rules(Fraction(135, 1000), "0.14") == ("half-up", "half-even")
    assert rounding_rules(Fraction(135, 1000), "0.13") == ("half-down",)


def test_rounding_rules_off_tie_all_agree():
    assert rounding_rules(Fraction(10, 11), "0.91") == ROUNDING_RULES
    assert rounding_rules(Fraction(10, 11), "0.90") == ()


def test_float_is_taken_at_its_binary_value():
    # 0.155 is stored as 0.15499999999999999...: every rule prints 0.15
    assert rounding_rules(0.155, "0.15") == ROUNDING_RULES


def test_negative_ties_round_away_from_zero_half_up():
    assert rounding_rules(Fraction(-1, 8), "-0.13") == ("half-up",)
    assert rounding_rules(Fraction(-1, 8), "-0.12") == ("half-even", "half-down")


_DECIMAL_RULES = {
    "half-up": ROUND_HALF_UP,
    "half-even": ROUND_HALF_EVEN,
    "half-down": ROUND_HALF_DOWN,
}


@pytest.mark.parametrize("n", [7, 8, 16, 40])
def test_rounding_rules_match_decimal_module(n):
    # Second route: k/n as an exact Decimal (n with only factors 2 and 5 terminate; others are
    # never ties, so 40 digits suffice), quantized by the decimal module.
    for k in range(0, n + 1):
        exact = Decimal(k) / Decimal(n)
        for places in ("0.1", "0.01"):
            for rule, mode in _DECIMAL_RULES.items():
                text = str(exact.quantize(Decimal(places), rounding=mode))
                assert rule in rounding_rules(Fraction(k, n), text), (k, n, text, rule)


def test_sqrt_rounding_rules_agree_with_exact_roots():
    # sqrt(1.5625) = 1.25 exactly: the same tie as rounding 5/4 directly
    assert sqrt_rounding_rules(Fraction(25, 16), "1.3") == rounding_rules(Fraction(5, 4), "1.3")
    assert sqrt_rounding_rules(Fraction(25, 16), "1.2") == rounding_rules(Fraction(5, 4), "1.2")
    assert sqrt_rounding_rules(Fraction(9, 4), "1.5") == ROUNDING_RULES
    assert sqrt_rounding_rules(2, "1.41") == ROUNDING_RULES  # sqrt 2 = 1.41421...
    assert sqrt_rounding_rules(2, "1.42") == ()


def test_sqrt_rounding_rules_zero():
    assert sqrt_rounding_rules(0, "0.0") == ROUNDING_RULES
    assert sqrt_rounding_rules(Fraction(1, 10**6), "0.00") == ROUNDING_RULES  # 0.001
    assert sqrt_rounding_rules(-1, "0.0") == ()


def test_admits_bounds():
    p = parse_printed("<0.001")
    assert p.admits(0.0009) and not p.admits(0.001)
    assert parse_printed("<=0.001").admits(Fraction(1, 1000))
    assert parse_printed(">0.05").admits(0.5)
    assert not parse_printed(">0.05").admits(Fraction(1, 20))


@pytest.mark.parametrize("text", ["46.2", "-0.13", "0.0", "94", "100", "0.023", "1.2e3", "85.71"])
def test_admits_equals_some_rounding_rule(text):
    # Reference: rounding_rules, which rounds exactly under each rule (itself checked against
    # the decimal module above). admits is the closed interval [lower, upper]; it must agree
    # at both ties, one step of 1/1000 of the half unit either side of them, and across.
    p = parse_printed(text)
    value, half = Fraction(p.value), Fraction(p.half_unit)
    xs = [value + half * Fraction(j, 8) for j in range(-12, 13)]
    xs += [value + s * half * (1 + Fraction(e, 1000)) for s in (-1, 1) for e in (-1, 0, 1)]
    xs += [float(x) for x in xs]  # floats at their binary values
    for x in xs:
        assert p.admits(x) == bool(rounding_rules(x, p)), (text, x)
    assert p.admits(value - half) and p.admits(value + half)  # both ties admitted
    assert not p.admits(value - half * Fraction(1001, 1000))


@pytest.mark.parametrize(
    ("x", "decimals", "text"),
    [
        (10 / 11 * 100, 1, "90.9"),
        (Fraction(1, 8), 2, "0.13"),
        (Fraction(-1, 8), 2, "-0.13"),
        (0, 2, "0.00"),
        (-0.001, 2, "0.00"),
        (1234, -2, "1200"),
        (Fraction(2, 3), 0, "1"),
    ],
)
def test_format_at(x, decimals, text):
    assert format_at(x, decimals) == text
