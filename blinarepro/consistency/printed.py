"""Numbers as printed: parsing, precision and "does x round to what was printed?".

A printed number carries its own tolerance: "46.2" means a true value in [46.15, 46.25] (half a
unit of the last printed digit), "94" means [93.5, 94.5], "85.71" means [85.705, 85.715]. Every
check in :mod:`blinarepro.consistency` takes the number as the printed *string* so that this
precision is never lost ("80.0" and "80" are different claims), and decides agreement with
exact rational arithmetic (:class:`fractions.Fraction`), never with a fudge factor.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation, localcontext
from fractions import Fraction
from numbers import Rational, Real

import pandas as pd

__all__ = [
    "RELATIONS",
    "ROUNDING_RULES",
    "PrintedNumber",
    "as_fraction",
    "format_at",
    "parse_printed",
    "printed_precision",
    "rounding_rules",
    "sqrt_rounding_rules",
]

#: Rounding conventions accepted when a printed number is compared with a computed one. They
#: differ only at an exact tie (a true value exactly half a unit from two printable values):
#: ``"half-up"`` rounds ties away from zero (SAS, SPSS, Excel, hand calculation);
#: ``"half-even"`` rounds ties to the even digit (IEEE 754, Python's ``round``);
#: ``"half-down"`` rounds ties toward zero, which is what printing a binary float does to many
#: decimal ties (0.155 is stored as 0.15499999... and R's ``sprintf("%.2f")`` prints "0.15").
#: Accepting all three means the printed value admits exactly the closed interval
#: [printed - half unit, printed + half unit].
ROUNDING_RULES = ("half-up", "half-even", "half-down")

#: Relations a printed number may carry ("p<0.001" has relation "<").
RELATIONS = ("=", "<", "<=", ">", ">=")

_RELATION_TEXT = {
    "=": "=",
    "==": "=",
    "<": "<",
    ">": ">",
    "<=": "<=",
    "=<": "<=",
    "≤": "<=",
    "⩽": "<=",
    ">=": ">=",
    "=>": ">=",
    "≥": ">=",
    "⩾": ">=",
}

_PATTERN = re.compile(
    r"""^\s*
    (?:(?P<label>[A-Za-z][A-Za-z _\-]*?)\s*)?       # optional label: p, P, p-value
    (?P<rel><=|>=|=<|=>|==|≤|≥|⩽|⩾|<|>|=)?\s*         # optional relation
    (?P<num>[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)
    \s*(?:[x×]\s*10\s*\^?\s*(?P<exp>[-+]?\d+))?        # optional "× 10^-5"
    \s*(?P<pct>%)?\s*$""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class PrintedNumber:
    """A number as it was printed, with the precision implied by its last digit.

    Attributes
    ----------
    text : str
        The string as given.
    value : decimal.Decimal
        The number, exactly as printed (``Decimal("80.0")``).
    decimals : int
        Number of printed decimals (negative for "1.2e3"-style numbers: -2 there).
    relation : str
        One of :data:`RELATIONS`; ``"<"`` for "<0.001".
    percent_sign : bool
        Whether a trailing "%" was printed (the value is not divided by 100).
    label : str
        A leading label such as ``"p"`` in "p=0.56" (empty when none).
    """

    text: str
    value: Decimal
    decimals: int
    relation: str
    percent_sign: bool
    label: str

    @property
    def half_unit(self) -> Decimal:
        """Half a unit of the last printed digit: 0.05 for "46.2", 0.5 for "94"."""
        return Decimal(5).scaleb(-self.decimals - 1)

    @property
    def lower(self) -> Decimal:
        """Smallest true value that could print as this number (value - half unit)."""
        return self.value - self.half_unit

    @property
    def upper(self) -> Decimal:
        """Largest true value that could print as this number (value + half unit)."""
        return self.value + self.half_unit

    @property
    def fraction(self) -> Fraction:
        """The printed value as an exact fraction."""
        return Fraction(self.value)

    @property
    def is_integer(self) -> bool:
        """True when printed without decimals (e.g. "94", "11")."""
        return self.decimals <= 0 and self.value == self.value.to_integral_value()

    def rules(self, x: Real) -> tuple[str, ...]:
        """Rounding rules (of :data:`ROUNDING_RULES`) under which ``x`` prints as this number.

        Only meaningful for relation ``"="``; see :meth:`admits` for bounds.
        """
        return rounding_rules(x, self)

    def admits(self, x: Real) -> bool:
        """Whether a true value ``x`` is compatible with the printed text.

        For ``"="``: ``x`` rounds (half-up or half-even) to the printed value at its printed
        precision. For a bound ("<0.001"): ``x`` satisfies the bound exactly.
        """
        if self.relation == "=":
            return bool(rounding_rules(x, self))
        return _satisfies(as_fraction(x), self.relation, self.fraction)

    def format(self, x: Real) -> str:
        """Format ``x`` at this number's printed precision (round half up)."""
        return format_at(x, self.decimals)

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame of the fields above (``value`` as its string)."""
        row = asdict(self)
        row["value"] = str(self.value)
        return pd.DataFrame([row])


def _satisfies(x: Fraction, relation: str, bound: Fraction) -> bool:
    if relation == "<":
        return x < bound
    if relation == "<=":
        return x <= bound
    if relation == ">":
        return x > bound
    if relation == ">=":
        return x >= bound
    return x == bound


def parse_printed(text: str | PrintedNumber, name: str = "printed") -> PrintedNumber:
    """Parse a printed number such as "80.0", "80.0%", "0.023", "<0.001", "p=0.56", "P < .001".

    Parameters
    ----------
    text : str or PrintedNumber
        The number as printed. A :class:`PrintedNumber` is returned unchanged.
    name : str
        Argument name used in error messages.

    Returns
    -------
    PrintedNumber

    Raises
    ------
    TypeError
        If ``text`` is not a string (a float has already lost the printed precision).
    ValueError
        If the string is not a single printed number. Commas are refused because "0,023"
        could be a decimal comma or a thousands separator; remove them first.

    Notes
    -----
    Also accepted: the Lancet middle dot as decimal point ("46·2"), the Unicode minus sign,
    "≤"/"≥", and scientific notation ("1.2e-5", "1.2 × 10^-5"), whose precision is that of the
    mantissa (half of 0.1e-5 for "1.2e-5").
    """
    if isinstance(text, PrintedNumber):
        return text
    if not isinstance(text, str):
        raise TypeError(
            f"{name} must be the number as printed, a string such as '80.0'; got {text!r} "
            f"({type(text).__name__}), which has lost its printed precision"
        )
    if "," in text:
        raise ValueError(
            f"{name} contains a comma ({text!r}): decimal comma or thousands separator is "
            "ambiguous; pass the number without it"
        )
    cleaned = text.replace("·", ".").replace("−", "-").replace("–", "-").replace("\u2009", " ")
    match = _PATTERN.match(cleaned)
    if match is None:
        raise ValueError(f"{name} is not a printed number: {text!r}")
    label = (match.group("label") or "").strip()
    rel_text = match.group("rel")
    if label and rel_text is None:
        raise ValueError(f"{name} has a label but no relation (expected e.g. 'p=0.5'): {text!r}")
    relation = _RELATION_TEXT[rel_text] if rel_text else "="
    try:
        value = Decimal(match.group("num"))
    except InvalidOperation:  # pragma: no cover - the regex admits only valid numbers
        raise ValueError(f"{name} is not a printed number: {text!r}") from None
    if match.group("exp") is not None:
        value = value.scaleb(int(match.group("exp")))
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    return PrintedNumber(
        text=text,
        value=value,
        decimals=-exponent,
        relation=relation,
        percent_sign=match.group("pct") is not None,
        label=label,
    )


def printed_precision(text: str | PrintedNumber) -> Decimal:
    """Half a unit of the last printed digit: "46.2" -> 0.05, "94" -> 0.5, "85.71" -> 0.005.

    Examples
    --------
    >>> printed_precision("80.0")
    Decimal('0.05')
    >>> printed_precision("p<0.001")
    Decimal('0.0005')
    """
    return parse_printed(text, "text").half_unit


def as_fraction(x: Real | Decimal | Fraction) -> Fraction:
    """Exact fraction of ``x`` (a float is taken at its exact binary value)."""
    if isinstance(x, Fraction):
        return x
    if isinstance(x, bool):
        raise TypeError(f"expected a number; got {x!r}")
    if isinstance(x, int | Rational):
        return Fraction(x)
    if isinstance(x, Decimal):
        return Fraction(x)
    value = float(x)
    if not math.isfinite(value):
        raise ValueError(f"expected a finite number; got {x!r}")
    return Fraction(value)


def _round_half_up(scaled: Fraction) -> int:
    """Round to an integer, ties away from zero."""
    if scaled >= 0:
        return math.floor(scaled + Fraction(1, 2))
    return -math.floor(-scaled + Fraction(1, 2))


def _round_half_down(scaled: Fraction) -> int:
    """Round to an integer, ties toward zero."""
    if scaled >= 0:
        return math.ceil(scaled - Fraction(1, 2))
    return -math.ceil(-scaled - Fraction(1, 2))


def _round_half_even(scaled: Fraction) -> int:
    floor = math.floor(scaled)
    rest = scaled - floor
    if rest > Fraction(1, 2):
        return floor + 1
    if rest < Fraction(1, 2):
        return floor
    return floor + (floor % 2)


def _scaled_target(printed: PrintedNumber) -> tuple[Fraction, int]:
    scale = Fraction(10) ** printed.decimals
    target = printed.fraction * scale
    assert target.denominator == 1
    return scale, int(target)


def rounding_rules(x: Real, printed: str | PrintedNumber) -> tuple[str, ...]:
    """Which of :data:`ROUNDING_RULES` round ``x`` to the printed value at its precision.

    Parameters
    ----------
    x : real
        The true (recomputed) value, compared exactly (a float at its binary value).
    printed : str or PrintedNumber
        The printed number; its relation is ignored.

    Returns
    -------
    tuple of str
        ``()`` when no rule gives the printed value; all of :data:`ROUNDING_RULES` when ``x``
        is not an exact tie; a subset of them at an exact tie.
    """
    printed = parse_printed(printed)
    scale, target = _scaled_target(printed)
    scaled = as_fraction(x) * scale
    rules = []
    if _round_half_up(scaled) == target:
        rules.append("half-up")
    if _round_half_even(scaled) == target:
        rules.append("half-even")
    if _round_half_down(scaled) == target:
        rules.append("half-down")
    return tuple(rules)


def sqrt_rounding_rules(square: Real, printed: str | PrintedNumber) -> tuple[str, ...]:
    """Rounding rules under which ``sqrt(square)`` prints as ``printed`` (exact, no sqrt taken).

    Used for standard deviations and standard errors, which are square roots of rationals:
    ``s`` rounds half-up to ``p`` iff ``(p - h)^2 <= s^2 < (p + h)^2`` (h = half unit),
    half-down iff ``(p - h)^2 < s^2 <= (p + h)^2``, and half-even iff both ends are closed
    (last digit even) or open (odd).
    """
    printed = parse_printed(printed)
    sq = as_fraction(square)
    if sq < 0:
        return ()
    p = printed.fraction
    h = Fraction(printed.half_unit)
    lo, hi = p - h, p + h
    if hi <= 0:
        return ()
    lo_sq = lo * lo if lo > 0 else None  # None: the lower end is no constraint (s >= 0 > lo)
    hi_sq = hi * hi
    rules = []
    # half-up (away from zero): [lo, hi)
    if (lo_sq is None or sq >= lo_sq) and sq < hi_sq:
        rules.append("half-up")
    _, target = _scaled_target(printed)
    even = target % 2 == 0
    if even:
        ok = (lo_sq is None or sq >= lo_sq) and sq <= hi_sq
    else:
        ok = (lo_sq is None or sq > lo_sq) and sq < hi_sq
    if ok:
        rules.append("half-even")
    if (lo_sq is None or sq > lo_sq) and sq <= hi_sq:
        rules.append("half-down")
    return tuple(rules)


def format_at(x: Real, decimals: int) -> str:
    """Format ``x`` with ``decimals`` decimals, rounding half up (exactly, not via binary).

    >>> format_at(10 / 11 * 100, 1)
    '90.9'
    >>> format_at(0, 2)
    '0.00'
    """
    frac = as_fraction(x)
    scale = Fraction(10) ** decimals
    scaled = _round_half_up(frac * scale)
    with localcontext() as ctx:
        ctx.prec = max(28, len(str(abs(scaled))) + abs(decimals) + 2)
        out = Decimal(scaled).scaleb(-decimals)
        text = format(out, "f")
    if text.startswith("-") and scaled == 0:
        text = text[1:]
    return text


def format_exact(x: Real, digits: int = 6) -> str:
    """Format ``x`` with ``digits`` significant digits for notes ("90.9091")."""
    value = float(as_fraction(x))
    return f"{value:.{digits}g}"


def describe_rules(rules: tuple[str, ...]) -> str:
    """Human text for a tuple of rounding rules ("" when every rule agrees)."""
    if set(rules) == set(ROUNDING_RULES):
        return ""
    if rules:
        return f"(an exact tie: only by {'/'.join(rules)} rounding)"
    return "(by no rounding rule)"
