"""Up-front validation of closed-set and numeric arguments (shared by every module)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def check_choice(name: str, value: Any, allowed: Iterable[Any]) -> Any:
    """Return ``value`` if it is one of ``allowed``; otherwise raise ``ValueError``.

    The message names the argument and lists every allowed value, e.g.
    ``method must be one of 'clopper-pearson', 'wilson'; got 'exact'``.
    """
    allowed = tuple(allowed)
    if value not in allowed:
        listed = ", ".join(repr(a) for a in allowed)
        raise ValueError(f"{name} must be one of {listed}; got {value!r}")
    return value


def check_level(name: str, value: Any) -> float:
    """Check a confidence level (or any probability that must lie strictly in (0, 1))."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number in (0, 1); got {value!r}")
    value = float(value)
    if not 0.0 < value < 1.0:
        raise ValueError(f"{name} must lie strictly between 0 and 1; got {value!r}")
    return value


def check_count(name: str, value: Any, *, minimum: int = 0) -> int:
    """Check a whole-number count >= ``minimum`` (bools and non-integral floats rejected)."""
    if isinstance(value, bool):
        raise TypeError(f"{name} must be a whole number; got {value!r}")
    try:
        as_int = int(value)
    except (TypeError, ValueError):
        raise TypeError(f"{name} must be a whole number; got {value!r}") from None
    if as_int != value:
        raise TypeError(f"{name} must be a whole number; got {value!r}")
    if as_int < minimum:
        raise ValueError(f"{name} must be >= {minimum}; got {value!r}")
    return as_int


def check_events(k: Any, n: Any, *, k_name: str = "k", n_name: str = "n") -> tuple[int, int]:
    """Check a count of events ``k`` out of ``n`` trials: 0 <= k <= n, n >= 1."""
    k = check_count(k_name, k)
    n = check_count(n_name, n, minimum=1)
    if k > n:
        raise ValueError(f"{k_name} must be <= {n_name}; got {k_name}={k}, {n_name}={n}")
    return k, n
