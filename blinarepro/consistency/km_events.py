"""Can a printed Kaplan-Meier rate arise from n patients with a *given* number of events?

:func:`km_feasibility` asks whether any curve on n patients gives a printed rate. A document
often also prints the events behind it ("no relapses", "5 relapses"); :func:`km_events_check`
asks whether the rate can arise with exactly that many events before the time point, and
how many patients must then have been censored (left follow-up) before the last event.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from blinarepro._validate import check_choice, check_count
from blinarepro.consistency._result import CheckResultMixin
from blinarepro.consistency.km import KM_SCALES, KMStep, km_value
from blinarepro.consistency.printed import PrintedNumber, format_exact, parse_printed

__all__ = ["KM_EVENTS_BUDGET", "KMEventsCheck", "crude_events", "km_events_check"]


@dataclass(frozen=True)
class KMEventsCheck(CheckResultMixin):
    """Result of :func:`km_events_check`.

    Attributes
    ----------
    printed_rate : str
        The rate as printed.
    n : int
        Patients in the group.
    events : int
        Events assumed before the time point.
    scale : str
        ``"percent"`` or ``"proportion"``.
    status : str
        ``"consistent"`` if some Kaplan-Meier curve on n patients with exactly ``events``
        events gives the printed rate, ``"inconsistent"`` if none does (the search is
        exhaustive), ``"not_checkable"`` if the search spent its budget first (large groups).
    reason : str
        Why, with the curve needing the least censoring.
    path : tuple of KMStep
        That curve's factors (empty when inconsistent, or when events = 0 and it fits).
    path_text : str
        The same, written out: "(1-1/11)".
    min_censored : int or None
        Fewest patients censored before the last event among the matching curves (None when
        inconsistent). 0 means the rate equals the crude proportion (n - events) / n.
    n_curves : int
        Number of distinct matching curves (risk sets and event counts) found.
    """

    printed_rate: str
    n: int
    events: int
    scale: str
    status: str
    reason: str
    path: tuple[KMStep, ...]
    path_text: str
    min_censored: int | None
    n_curves: int


#: Default search budget of :func:`km_events_check` (nodes): five times what the five
#: documents here need (realworld2025's 31.68% of 35 with 4 events: about 52,000 nodes,
#: 0.5 s); on a large arm (31% of 271) a spent budget costs about 4 s.
KM_EVENTS_BUDGET = 250_000


class _BudgetSpent(Exception):
    """The exhaustive search of :func:`km_events_check` reached its budget."""


def _text(path: tuple[KMStep, ...]) -> str:
    return "×".join(str(s) for s in path) if path else "1 (no events)"


def km_events_check(
    printed_rate: str | PrintedNumber,
    n: int,
    events: int,
    *,
    scale: str = "percent",
    budget: int = KM_EVENTS_BUDGET,
) -> KMEventsCheck:
    """Check whether a printed Kaplan-Meier rate can arise from n patients and ``events`` events.

    Parameters
    ----------
    printed_rate : str or PrintedNumber
        The survival (or event-free) rate exactly as printed, e.g. "46.2".
    n : int
        Patients in the group (n >= 1).
    events : int
        Events before the time point (0 <= events <= n).
    scale : {"percent", "proportion"}, default "percent"
        Scale of the printed rate.
    budget : int, default :data:`KM_EVENTS_BUDGET`
        Most curves (search nodes) to visit; when spent, the answer is ``"not_checkable"``
        (without one, the search for a 31% rate on a trial arm of 271 patients ran for over
        ten minutes in a dry run of the TOWER abstract, 2026-12-05).

    Returns
    -------
    KMEventsCheck

    Notes
    -----
    Every Kaplan-Meier curve is S = prod_j (1 - d_j / r_j) with r_1 <= n and
    r_{j+1} <= r_j - d_j. Consecutive factors with no censoring between them merge into one
    factor of the same value, so it suffices to enumerate r_{j+1} <= r_j - d_j - 1 (at least
    one patient censored between event times). All curves with sum d_j = ``events`` are
    enumerated exhaustively (branches whose largest reachable value, P (m - e) / m with e
    events left and at most m at risk, falls below the printed interval are cut), and the
    value is compared exactly at the printed precision. Patients censored before the last
    event time number n - events - (r_K - d_K). Meant for the small groups of the documents
    here (n <= 60, events <= 15); larger searches stop at ``budget``.

    Validated against a second, independent route that builds every data set of n <= 6
    patients (each an event or a censoring at one of a few times), computes the textbook
    Kaplan-Meier estimate from the sorted times, and collects the reachable (rate, events,
    censored-before-last-event) triples; and against R 4.2.2 ``survival::survfit`` for the
    curves reported for ``xu2025`` (``tests/consistency/test_km_events.py``).
    """
    scale = check_choice("scale", scale, KM_SCALES)
    n = check_count("n", n, minimum=1)
    events = check_count("events", events)
    if events > n:
        raise ValueError(f"events must be <= n; got events={events}, n={n}")
    p = parse_printed(printed_rate, "printed_rate")
    factor = 100 if scale == "percent" else 1
    if p.relation != "=" or not 0 <= p.value <= factor:
        raise ValueError(f"printed_rate must be a plain rate on the {scale} scale; got {p.text!r}")
    budget = check_count("budget", budget, minimum=1)
    lo = Fraction(p.lower) / factor

    found: list[tuple[int, tuple[KMStep, ...]]] = []  # (censored before last event, path)
    visited = [0]

    def walk(m: int, left: int, value: Fraction, path: tuple[KMStep, ...]) -> None:
        # m: most patients that can be at risk at the next event time
        visited[0] += 1
        if visited[0] > budget:
            raise _BudgetSpent
        if left == 0:
            if p.admits(value * factor):
                last_free = path[-1].at_risk - path[-1].events if path else n - events
                found.append((n - events - last_free, path))
            return
        for r in range(m, left - 1, -1):
            if value * Fraction(r - left, r) < lo:
                break  # the largest value still reachable only falls as r shrinks
            for d in range(1, left + 1):
                nxt = value * Fraction(r - d, r)
                if nxt < lo:
                    break  # more events at this time only lower it further
                walk(r - d - 1, left - d, nxt, (*path, KMStep(r, d)))

    spent = False
    try:
        walk(n, events, Fraction(1), ())
    except _BudgetSpent:  # say what is known: a curve found so far, or the uncensored one
        spent = True
        if events and p.admits(Fraction(n - events, n) * factor):  # no censoring: the least
            found[:] = [(0, (KMStep(n, events),))]
        if not found:
            reason = (
                f"not checked with exactly {events} event(s): the exact search over the curves "
                f"on {n} patients stopped at its budget of {budget:,} curves"
            )
            return KMEventsCheck(
                p.text, n, events, scale, "not_checkable", reason, (), "", None, 0
            )  # fmt: skip
    if not found:
        reason = (
            f"no Kaplan-Meier curve on {n} patients with exactly {events} event(s) gives "
            f"{p.text}{'%' if scale == 'percent' else ''}"
        )
        if events == 0:
            reason += " (with no events the estimate is 100%)"
        return KMEventsCheck(p.text, n, events, scale, "inconsistent", reason, (), "", None, 0)
    found.sort(key=lambda item: (item[0], len(item[1]), [(-s.at_risk, s.events) for s in item[1]]))
    censored, path = found[0]
    unit = "%" if scale == "percent" else ""
    rate = format_exact(km_value(path) * factor)
    least = "with at least" if not spent else "with"
    reason = (
        f"{p.text}{unit} arises with {events} event(s) in {n}: {_text(path)} = {rate}{unit}, "
        f"{least} {censored} patient(s) censored before the last event"
        + (" (the search stopped at its budget: fewer may do)" if spent and censored else "")
    )
    return KMEventsCheck(
        p.text, n, events, scale, "consistent", reason, path, _text(path), censored, len(found)
    )


def crude_events(printed_rate: str | PrintedNumber, n: int, *, scale: str = "percent") -> tuple:
    """Event counts e for which the crude proportion (n - e) / n prints as the rate.

    With no censoring before the time point a Kaplan-Meier estimate equals the crude
    proportion, so these are the event counts the rate implies under that reading (empty when
    the rate needs censoring). Checked against :func:`km_events_check` (``min_censored == 0``).
    """
    scale = check_choice("scale", scale, KM_SCALES)
    n = check_count("n", n, minimum=1)
    p = parse_printed(printed_rate, "printed_rate")
    factor = 100 if scale == "percent" else 1
    return tuple(e for e in range(n + 1) if p.admits(Fraction(n - e, n) * factor))
