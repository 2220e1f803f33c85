"""Numbers as printed: the printed-number grammar, precision and "does x round to it?".

This module is the one place that reads numbers the way journals print them; the loader
(:mod:`blinarepro.data`) and every check use it. It reads:

- decimals with a point or the Lancet middle dot ("59·8"), with or without a leading zero
  (".002"), the Unicode minus ("−0.4"), scientific notation ("1e-2", "1.2 × 10⁻⁵");
- a relation before the number ("P < .001", "p=1.000", "<5%", "≥0.05"), a label ("P", "HR");
- a percent sign or the words "per cent" / "percent";
- thousands grouped by a thin, narrow or non-breaking space ("12 500"); a comma is refused in
  a single number (decimal comma or thousands?) but read as a thousands separator in text
  when it is followed by exactly three digits ("1,024 patients");
- number words, compounds included ("One hundred sixteen", "forty-nine", "Eighty-eight");
- printed non-numbers from a closed set, :data:`NON_NUMBERS`: "NR" / "not reached",
  "NE" / "not estimable", "NS" / "not significant";
- intervals ("22.0–62.8", "−1.2 to −0.4", "22.0–NR") with :func:`parse_interval`.

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
from functools import cached_property
from numbers import Rational, Real

import pandas as pd

__all__ = [
    "NON_NUMBERS",
    "RELATIONS",
    "ROUNDING_RULES",
    "PrintedInterval",
    "PrintedNonNumber",
    "PrintedNumber",
    "as_fraction",
    "format_at",
    "number_words",
    "parse_interval",
    "parse_printed",
    "printed_numbers",
    "printed_precision",
    "read_printed",
    "rounding_rules",
    "same_printing",
    "sqrt_rounding_rules",
    "stored_printed",
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
    (?P<num>[-+]?(?:\d{1,3}(?:\ \d{3})+(?:\.\d+)?|\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)
    \s*(?:[x×·]\s*10\s*\^?\s*(?P<exp>[-+]?\d+))?       # optional "× 10^-5"
    \s*(?P<pct>%|per\s?cent)?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)

#: Printed non-numbers the grammar knows: code -> meaning. A median or an interval bound may
#: be "not reached" (the curve never fell to it), an estimate "not estimable", a p-value "not
#: significant". Each is a statement, not a missing value, and never a number.
NON_NUMBERS = {"NR": "not reached", "NE": "not estimable", "NS": "not significant"}

_NON_NUMBER_TEXT = {
    "nr": "NR",
    "not reached": "NR",
    "not yet reached": "NR",
    "ne": "NE",
    "not estimable": "NE",
    "not evaluable": "NE",
    "ns": "NS",
    "n.s.": "NS",
    "not significant": "NS",
}
_NON_NUMBER_PATTERN = re.compile(
    r"^\s*(?:(?P<label>[A-Za-z][A-Za-z _\-]*?)\s*(?P<rel>=)\s*)?"
    r"(?P<code>not\s+yet\s+reached|not\s+reached|not\s+estimable|not\s+evaluable|"
    r"not\s+significant|n\.s\.|NR|NE|NS)\s*$",
    re.IGNORECASE,
)
# Characters journals print that mean an ASCII one here.
_SPACES = {"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ", "\u2007": " "}
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_SUPERSCRIPT_RUN = re.compile(r"[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


def _normalise(text: str) -> str:
    """ASCII forms of what journals print: spaces, the middle dot, minus, superscripts."""
    for odd, plain in _SPACES.items():
        text = text.replace(odd, plain)
    # middle dot (Lancet) and dot operator as decimal point, between digits or before one
    text = re.sub(r"(?<=\d)[·⋅](?=\d)|(?<![\d·⋅])[·⋅](?=\d)", ".", text)
    text = text.replace("−", "-")  # Unicode minus sign
    # "10⁻⁵" -> "10^-5"
    return _SUPERSCRIPT_RUN.sub(lambda m: "^" + m.group(0).translate(_SUPERSCRIPTS), text)


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

        For ``"="``: some rule of :data:`ROUNDING_RULES` rounds ``x`` to the printed value at
        its printed precision, i.e. ``lower <= x <= upper`` exactly (each tie is admitted by
        half-up or by half-down, whatever the sign, so the rules together admit the closed
        interval; the same answer as ``bool(rounding_rules(x, self))``, checked over a grid
        of ties and near-ties of both signs in ``tests/consistency/test_printed.py``). For a
        bound ("<0.001"): ``x`` satisfies the bound exactly.
        """
        if self.relation == "=":
            low, high = self._bounds
            return low <= as_fraction(x) <= high
        return _satisfies(as_fraction(x), self.relation, self.fraction)

    @cached_property
    def _bounds(self) -> tuple[Fraction, Fraction]:
        """``lower`` and ``upper`` as exact fractions (computed once per printed number)."""
        value, half = Fraction(self.value), Fraction(self.half_unit)
        return value - half, value + half

    def format(self, x: Real) -> str:
        """Format ``x`` at this number's printed precision (round half up)."""
        return format_at(x, self.decimals)

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame of the fields above (``value`` as its string)."""
        row = asdict(self)
        row["value"] = str(self.value)
        return pd.DataFrame([row])


@dataclass(frozen=True)
class PrintedNonNumber:
    """A printed statement in place of a number: "NR" (not reached), "NE", "NS".

    Attributes
    ----------
    text : str
        The string as given ("not reached", "NR", "P = NS").
    code : str
        Its key in :data:`NON_NUMBERS`.
    label : str
        A leading label such as ``"P"`` in "P = NS" (empty when none).
    """

    text: str
    code: str
    label: str = ""

    @property
    def meaning(self) -> str:
        """The code in words ("not reached")."""
        return NON_NUMBERS[self.code]

    def __str__(self) -> str:
        return f"{self.code} ({self.meaning})"


@dataclass(frozen=True)
class PrintedInterval:
    """An interval as printed: two bounds, each a number or a non-number ("22.0–NR").

    Attributes
    ----------
    text : str
        The string as given.
    lower, upper : PrintedNumber or PrintedNonNumber
        The bounds.
    """

    text: str
    lower: PrintedNumber | PrintedNonNumber
    upper: PrintedNumber | PrintedNonNumber

    @property
    def numeric(self) -> bool:
        """Whether both bounds are numbers."""
        return isinstance(self.lower, PrintedNumber) and isinstance(self.upper, PrintedNumber)


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
    "≤"/"≥", thin and non-breaking spaces, thousands grouped by such a space ("12 500"),
    "per cent", and scientific notation ("1.2e-5", "1.2 × 10^-5", "1.2 × 10⁻⁵"), whose
    precision is that of the mantissa (half of 0.1e-5 for "1.2e-5"). A printed non-number
    ("NR", "not reached", "P = NS") is refused with a message naming it; read it with
    :func:`read_printed`.
    """
    if isinstance(text, PrintedNumber):
        return text
    if isinstance(text, PrintedNonNumber):
        raise ValueError(
            f"{name} is printed as {text.code!r} ({text.meaning}), which is not a number: "
            f"{text.text!r}"
        )
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
    cleaned = _normalise(text).replace("–", "-")
    match = _PATTERN.match(cleaned)
    if match is None:
        code = _NON_NUMBER_PATTERN.match(cleaned)
        if code is not None:
            what = _NON_NUMBER_TEXT[" ".join(code.group("code").lower().split())]
            raise ValueError(
                f"{name} is printed as {what!r} ({NON_NUMBERS[what]}), which is not a number: "
                f"{text!r}"
            )
        raise ValueError(f"{name} is not a printed number: {text!r}")
    label = (match.group("label") or "").strip()
    rel_text = match.group("rel")
    if label and rel_text is None:
        raise ValueError(f"{name} has a label but no relation (expected e.g. 'p=0.5'): {text!r}")
    relation = _RELATION_TEXT[rel_text] if rel_text else "="
    try:
        value = Decimal(match.group("num").replace(" ", ""))
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


def read_printed(
    text: str | PrintedNumber | PrintedNonNumber, name: str = "printed"
) -> PrintedNumber | PrintedNonNumber:
    """Read a printed value that may be a number or a non-number of :data:`NON_NUMBERS`.

    "36.5" and "P < .001" give a :class:`PrintedNumber` (as :func:`parse_printed`); "NR",
    "not reached", "not estimable", "P = NS" give a :class:`PrintedNonNumber`.

    Raises
    ------
    TypeError, ValueError
        As :func:`parse_printed`, for anything that is neither.
    """
    if isinstance(text, PrintedNumber | PrintedNonNumber):
        return text
    if isinstance(text, str):
        code = _NON_NUMBER_PATTERN.match(_normalise(text))
        if code is not None:
            key = _NON_NUMBER_TEXT[" ".join(code.group("code").lower().split())]
            return PrintedNonNumber(text, key, (code.group("label") or "").strip())
    return parse_printed(text, name)


def stored_printed(
    value: str, qualifier: str = "", name: str = "value"
) -> PrintedNumber | PrintedNonNumber:
    """The printed value of a data cell and its qualifier column ("5" with "<" is "<5").

    Parameters
    ----------
    value : str
        The cell: a plain number ("5", "0.001") or a code of :data:`NON_NUMBERS` ("NR").
    qualifier : str
        The relation printed before it, one of ``"<"``, ``"<="``, ``">"``, ``">="``, or ``""``.
    name : str
        Column name for error messages.
    """
    qualifier = (qualifier or "").strip()
    if qualifier and qualifier not in RELATIONS[1:]:
        raise ValueError(
            f"qualifier of {name} must be one of {', '.join(RELATIONS[1:])} or empty; "
            f"got {qualifier!r}"
        )
    read = read_printed(value, name)
    if isinstance(read, PrintedNonNumber):
        if qualifier:
            raise ValueError(f"{name} {value!r} is {read.meaning}: it takes no qualifier")
        return read
    if read.relation != "=" or read.label or read.percent_sign:
        raise ValueError(
            f"{name} must be stored as a plain number ({value!r}); put a relation in the "
            "qualifier column"
        )
    if qualifier:
        return PrintedNumber(
            text=f"{qualifier}{value}",
            value=read.value,
            decimals=read.decimals,
            relation=qualifier,
            percent_sign=False,
            label="",
        )
    return read


def parse_interval(text: str, name: str = "interval") -> PrintedInterval:
    """Read a printed interval: "22.0–62.8", "22.0-62.8", "−1.2 to −0.4", "22.0–NR", "(1, 5)".

    The separator is an en or em dash, a hyphen after a number, "to", or a comma; each bound
    is read by :func:`read_printed` (a number or "NR"/"NE"). Surrounding brackets and a
    leading "95% CI" are dropped.

    Raises
    ------
    ValueError
        When the text is not two bounds with a separator, or a numeric lower bound exceeds a
        numeric upper one.
    """
    if not isinstance(text, str):
        raise TypeError(f"{name} must be the interval as printed (a string); got {text!r}")
    body = _normalise(text).strip()
    body = re.sub(r"^[(\[]\s*|\s*[)\]]$", "", body)
    body = re.sub(
        r"^\d+(?:\.\d+)?\s*%\s*(?:CI|confidence interval)\s*[:,]?\s*", "", body, flags=re.IGNORECASE
    )
    parts = re.split(r"\s*[–—]\s*|\s+to\s+|\s*,\s+|(?<=[\d%])\s*-\s*(?=[-\d.NnRr])", body)
    if len(parts) != 2 or not all(parts):
        raise ValueError(
            f"{name} is not a printed interval (two bounds separated by '–', '-', 'to' or ', '): "
            f"{text!r}"
        )
    lower = read_printed(parts[0], f"lower bound of {name}")
    upper = read_printed(parts[1], f"upper bound of {name}")
    for bound in (lower, upper):
        if isinstance(bound, PrintedNumber) and bound.relation != "=":
            raise ValueError(f"{name} has a bound with a relation ({bound.text!r}): {text!r}")
    if isinstance(lower, PrintedNumber) and isinstance(upper, PrintedNumber):
        if lower.value > upper.value:
            raise ValueError(f"{name}: lower bound exceeds upper bound in {text!r}")
    return PrintedInterval(text, lower, upper)


# ----------------------------------------------------------------------------- number words

_UNITS = {
    "zero": 0,
    "no": 0,
    "none": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}
_WORD = re.compile(r"[A-Za-z]+")


def number_words(text: str) -> tuple[int, ...]:
    """Whole numbers written in words in ``text``, compounds read whole.

    "One hundred sixteen" -> (116,), "forty-nine" -> (49,), "Eighty-eight (78%) of 113" ->
    (88,), "no relapse" -> (0,), "one hundred and two" -> (102,), "two thousand" -> (2000,).
    Case is ignored; parts may be joined by spaces, hyphens and "and" after a scale word.
    A scale word alone ("hundreds") is not a number.
    """
    found: list[int] = []
    total = current = 0
    in_number = after_scale = False
    last_kind = ""

    def close() -> None:
        nonlocal total, current, in_number, after_scale, last_kind
        if in_number:
            found.append(total + current)
        total = current = 0
        in_number = after_scale = False
        last_kind = ""

    pos = 0
    for match in _WORD.finditer(text):
        gap = text[pos : match.start()]
        pos = match.end()
        word = match.group(0).lower()
        if in_number and gap.strip(" -\u00a0") != "":
            close()
        if in_number and word == "and" and after_scale:
            continue
        if word in _UNITS and not (in_number and last_kind in ("unit", "teen")):
            if word in ("no", "none") and in_number:
                close()
            value = _UNITS[word]
            kind = "teen" if value >= 10 else "unit"
            if in_number and last_kind == "tens" and value >= 10:
                close()
            current += value
            in_number, last_kind = True, kind
            if word in ("no", "none", "zero"):
                close()
        elif word in _TENS and not (in_number and last_kind in ("unit", "teen", "tens")):
            current += _TENS[word]
            in_number, last_kind = True, "tens"
        elif word in _SCALES and in_number and current:
            scale = _SCALES[word]
            if scale == 100:
                current *= 100
            else:
                total, current = (total + current) * scale, 0
            after_scale, last_kind = True, "scale"
        else:
            close()
            if word in _UNITS:  # "one two": a new number starts
                current = _UNITS[word]
                in_number, last_kind = True, "teen" if current >= 10 else "unit"
            elif word in _TENS:
                current = _TENS[word]
                in_number, last_kind = True, "tens"
    close()
    return tuple(found)


# ----------------------------------------------------------------------------- numbers in text

_IN_TEXT = re.compile(
    r"""(?P<rel>(?:<=|>=|≤|≥|⩽|⩾|<|>|=)\s*)?
    (?:(?<![\d.)\]])(?P<sign>-))?
    (?<![\d.])
    (?P<num>\d{1,3}(?:(?:,|\ )\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)
    (?P<sci>[eE][-+]?\d+|\s*[x×]\s*10\s*\^\s*[-+]?\d+)?""",
    re.VERBOSE,
)
_CODES_IN_TEXT = re.compile(
    r"\b(not\s+yet\s+reached|not\s+reached|not\s+estimable|not\s+evaluable|"
    r"not\s+significant|NR|NE|NS)\b|(?<!\w)n\.s\.",
)


def _number_token(text: str, sign: str, num: str, sci: str, relation: str) -> list[PrintedNumber]:
    mantissa = (sign or "") + num
    readings = [mantissa]
    if "," in num or " " in num:  # grouped thousands: also the plain digits read apart
        readings = [mantissa.replace(",", "").replace(" ", "")]
        readings += re.split(r"[, ]", num)
    out = []
    for reading in readings:
        value = Decimal(reading)
        if sci and reading is readings[0]:
            exp = int(re.sub(r"^[eE]|^\s*[x×]\s*10\s*\^\s*", "", sci))
            value = value.scaleb(exp)
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)
        first = reading is readings[0]
        out.append(PrintedNumber(text, value, -exponent, relation if first else "=", False, ""))
    return out


def printed_numbers(text: str) -> tuple[PrintedNumber | PrintedNonNumber, ...]:
    """Every number and printed non-number in a phrase, as the grammar reads it.

    Digits in all the forms of :func:`parse_printed` (middle dot, Unicode minus, no leading
    zero, scientific notation, grouped thousands, which also give their groups apart),
    with the relation printed right before them ("P < .001" gives a "<" bound); a hyphen or
    dash between two numbers is a separator, not a minus ("22.0–62.8", "1-5"); number words
    (:func:`number_words`); and the non-numbers of :data:`NON_NUMBERS`.

    Examples
    --------
    >>> [str(p.value) for p in printed_numbers("Eighty-eight (78%) of 113")]
    ['78', '113', '88']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string; got {text!r}")
    plain = _normalise(text)
    found: list[PrintedNumber | PrintedNonNumber] = []
    for match in _IN_TEXT.finditer(plain):
        rel_text = (match.group("rel") or "").strip()
        relation = _RELATION_TEXT[rel_text] if rel_text else "="
        found += _number_token(
            match.group(0).strip(),
            match.group("sign"),
            match.group("num"),
            match.group("sci") or "",
            relation,
        )
    found += [PrintedNumber(str(v), Decimal(v), 0, "=", False, "") for v in number_words(plain)]
    for match in _CODES_IN_TEXT.finditer(plain):
        key = _NON_NUMBER_TEXT[" ".join(match.group(0).lower().split())]
        found.append(PrintedNonNumber(match.group(0), key))
    return tuple(found)


def same_printing(a: PrintedNumber, b: PrintedNumber) -> bool:
    """Whether two printings are one number at one precision ("0.01" and "1e-2": yes;
    "80" and "80.0": no)."""
    return a.value == b.value and a.decimals == b.decimals


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
