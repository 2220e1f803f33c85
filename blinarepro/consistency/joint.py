"""Can the Kaplan-Meier rates of two splits of one group all be true at once?

A document may split one group of N patients two ways (by regimen, and by transplant) and
print a rate at the same time point for every part. Each part's rate may be reachable on its
own and still the rates of the two splits may not come from one set of patients: the events
one split needs must sit somewhere in the other. :func:`joint_km_check` decides this at the
level of event counts, exactly:

1. for each group g of n_g patients with a printed rate, the event counts before the time
   point that some Kaplan-Meier curve on n_g patients gives the rate with
   (:func:`km_event_counts`); a group without a rate allows 0..n_g;
2. a split allows the totals E that are sums of one allowed count per group;
3. the rates can hold together only if some total E is allowed by every split.

Step 3 is necessary: the events are the same patients whichever way the group is split. It is
also sufficient *for the counts*: any row totals and column totals with the same sum are the
margins of some table of patients (events and non-events separately), so a common E always
has an assignment of events to patients. Whether the event and censoring *times* of that
assignment can give every curve exactly is not checked; a "consistent" result therefore says
the counts fit, an "inconsistent" one is a proof.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import combinations

from blinarepro._validate import check_count
from blinarepro.consistency._result import CheckResultMixin
from blinarepro.consistency.km_events import KMEventsCheck, km_events_check
from blinarepro.consistency.printed import format_exact, parse_printed

__all__ = [
    "JointKMCheck",
    "SplitGroup",
    "joint_km_check",
    "km_event_counts",
    "km_fewest_events",
]


def _max_events(printed_rate: str, n: int) -> int:
    """Most events before the time point a rate printed as this allows on n patients.

    Each event carries at least 1/n of the Kaplan-Meier mass (Efron's redistribution to the
    right: a censored patient's share only grows the later shares), so 1 - S >= d / n.
    """
    p = parse_printed(printed_rate, "printed_rate")
    if p.relation != "=" or not 0 <= p.value <= 100:
        raise ValueError(f"printed_rate must be a plain percentage; got {p.text!r}")
    return min(n, math.floor(n * (1 - Fraction(p.lower) / 100)))


def km_event_counts(printed_rate: str, n: int) -> tuple[int, ...] | None:
    """Every event count before the time point with which n patients can give the printed rate.

    Parameters
    ----------
    printed_rate : str
        A Kaplan-Meier rate in percent, as printed ("79.33").
    n : int
        Patients in the group.

    Returns
    -------
    tuple of int or None
        Increasing; empty when no curve on n patients gives the rate; ``None`` when a count
        could not be decided within the search budget (a large group).

    Notes
    -----
    Counts above n (1 - S) are impossible (see :func:`_max_events`); each count up to that
    bound is decided by the exhaustive search of
    :func:`~blinarepro.consistency.km_events.km_events_check`. Checked in
    ``tests/consistency/test_joint.py`` against that function over every count up to n.
    """
    n = check_count("n", n, minimum=1)
    top = _max_events(printed_rate, n)
    counts = []
    for e in range(top + 1):
        res = km_events_check(printed_rate, n, e)
        if res.status == "not_checkable":
            return None
        if res.consistent:
            counts.append(e)
    return tuple(counts)


def km_fewest_events(printed_rate: str, n: int) -> KMEventsCheck | None:
    """The curve on n patients giving the printed rate with the fewest events (None if none).

    Among the curves with that fewest number of events, the one needing the least censoring
    before its last event, then the fewest factors: a witness a reader can check by hand. On a
    group too large for the exact search, the first count it could not decide comes back, its
    status ``"not_checkable"``.
    """
    n = check_count("n", n, minimum=1)
    for e in range(_max_events(printed_rate, n) + 1):
        res = km_events_check(printed_rate, n, e)
        if res.status != "inconsistent":
            return res
    return None


@dataclass(frozen=True)
class SplitGroup:
    """One part of a split: a label, its size and its printed rate ("" when none printed)."""

    label: str
    n: int
    printed: str = ""

    def __post_init__(self) -> None:
        check_count("n", self.n, minimum=1)
        if not isinstance(self.label, str) or not self.label:
            raise ValueError(f"label must be a non-empty string; got {self.label!r}")

    def __str__(self) -> str:
        rate = f" {self.printed}%" if self.printed else " (no rate)"
        return f"{self.label}{rate} (n={self.n})"


@dataclass(frozen=True)
class JointKMCheck(CheckResultMixin):
    """Result of :func:`joint_km_check`.

    Attributes
    ----------
    splits : tuple of tuple of SplitGroup
        The splits as given.
    total : int
        Patients in the whole group (every split's sizes add up to it).
    counts : tuple of (label, tuple of int)
        The event counts each group allows (0..n for a group without a usable rate).
    set_aside : tuple of str
        Groups whose rate no curve on their n gives: judged on their own, and treated here as
        without a rate (their count may be anything from 0 to n).
    totals : tuple of tuple of int
        The event totals each split allows.
    common : tuple of int
        Totals every split allows (empty when inconsistent).
    status : str
        ``"consistent"`` (the counts fit) or ``"inconsistent"`` (no assignment exists).
    conflict : tuple of str
        When inconsistent, the smallest set of printed rates that cannot hold together (the
        other rates set aside); empty otherwise.
    reason : str
        One sentence, then the arithmetic in words.
    """

    splits: tuple[tuple[SplitGroup, ...], ...]
    total: int
    counts: tuple[tuple[str, tuple[int, ...]], ...]
    set_aside: tuple[str, ...]
    totals: tuple[tuple[int, ...], ...]
    common: tuple[int, ...]
    status: str
    conflict: tuple[str, ...]
    reason: str


def _sums(options: Iterable[tuple[int, ...]]) -> tuple[int, ...]:
    acc = {0}
    for opts in options:
        acc = {a + b for a in acc for b in opts}
    return tuple(sorted(acc))


def _span(counts: tuple[int, ...]) -> str:
    if len(counts) == 1:
        return f"exactly {counts[0]}"
    if counts == tuple(range(counts[0], counts[-1] + 1)):
        return f"{counts[0]} to {counts[-1]}"
    return ", ".join(map(str, counts))


def _common(splits, allowed) -> tuple[tuple[tuple[int, ...], ...], tuple[int, ...]]:
    totals = tuple(_sums(allowed[g.label] for g in split) for split in splits)
    common = set(totals[0])
    for t in totals[1:]:
        common &= set(t)
    return totals, tuple(sorted(common))


def _witness(g: SplitGroup, own) -> str:
    """The fewest-events curve of a usable rate, for a reader to check by hand."""
    if not own.get(g.label) or not own[g.label][0]:
        return ""
    res = km_fewest_events(g.printed, g.n)
    return "" if res is None or not res.consistent else f" (fewest: {res.path_text})"


def _forced(splits, allowed, common, label) -> tuple[int, ...]:
    """The event counts group ``label`` can hold in an assignment that fits every split."""
    split = next(s for s in splits if any(g.label == label for g in s))
    others = _sums(allowed[g.label] for g in split if g.label != label)
    n = next(g.n for g in split if g.label == label)
    return tuple(sorted({e - o for e in common for o in others if 0 <= e - o <= n}))


def joint_km_check(splits: Sequence[Sequence[SplitGroup]]) -> JointKMCheck:
    """Decide whether the printed rates of several splits of one group can all be true at once.

    Parameters
    ----------
    splits : sequence of sequence of SplitGroup
        Two or more splits of the same patients (each split's sizes must add up to the same
        total; labels must be unique), rates at one time point of one outcome.

    Returns
    -------
    JointKMCheck

    Raises
    ------
    ValueError
        For fewer than two splits, sizes that do not add up to one total, or repeated labels.

    Notes
    -----
    Exact at the level of event counts (see the module docstring): *inconsistent* is a proof,
    *consistent* says that some assignment of event counts to the patients fits every split.
    The smallest conflicting set is found by trying the subsets of the usable rates in
    increasing size (the others treated as unprinted). Validated in
    ``tests/consistency/test_joint.py`` on constructed splits checked by hand and by a brute
    force over assignments of events to the cells of the two-way table.
    """
    splits = tuple(tuple(split) for split in splits)
    if len(splits) < 2:
        raise ValueError(f"need at least two splits of one group; got {len(splits)}")
    groups = [g for split in splits for g in split]
    for g in groups:
        if not isinstance(g, SplitGroup):
            raise TypeError(f"splits must hold SplitGroup objects; got {g!r}")
    labels = [g.label for g in groups]
    if len(set(labels)) != len(labels):
        raise ValueError(f"group labels must be unique; got {labels}")
    sizes = [sum(g.n for g in split) for split in splits]
    if len(set(sizes)) != 1:
        raise ValueError(f"every split must add up to one total; got sizes {sizes}")
    total = sizes[0]

    # a rate whose counts the exact search cannot decide (a large group) is read as unprinted
    own = {g.label: km_event_counts(g.printed, g.n) if g.printed else None for g in groups}
    set_aside = tuple(lab for lab, c in own.items() if c is not None and not c)
    usable = [g for g in groups if own[g.label]]

    def allowed_with(rated: set[str]) -> dict[str, tuple[int, ...]]:
        return {
            g.label: own[g.label] if g.label in rated else tuple(range(g.n + 1)) for g in groups
        }

    allowed = allowed_with({g.label for g in usable})
    totals, common = _common(splits, allowed)
    counts = tuple((g.label, allowed[g.label]) for g in groups)
    head = f"the {len(splits)} splits of these {total} patients"
    aside = (
        f" ({', '.join(set_aside)}: no curve on its n gives its rate, so it is set aside here)"
        if set_aside
        else ""
    )
    undecided = [g.label for g in groups if g.printed and own[g.label] is None]
    if undecided:
        aside += (
            f" ({', '.join(undecided)}: too large a group for the exact search of its event "
            "counts, so read as unprinted)"
        )
    if common:
        reason = (
            f"The rates fit together on event counts. Over {head}, {_span(common)} event(s) "
            f"before the time point satisfy every split{aside}."
        )
        for label in set_aside:
            forced = _forced(splits, allowed, common, label)
            g = next(x for x in groups if x.label == label)
            best = format_exact(Fraction(100 * (g.n - min(forced)), g.n))
            reason += (
                f" With the other rates, {label} must hold {_span(forced)} of those events, "
                f"which on {g.n} patients gives at most {best}% (1 - events/n), not "
                f"{g.printed}%."
            )
        return JointKMCheck(
            splits, total, counts, set_aside, totals, common, "consistent", (), reason
        )
    conflict: tuple[str, ...] = ()
    for size in range(2, len(usable) + 1):
        for subset in combinations(usable, size):
            if not _common(splits, allowed_with({g.label for g in subset}))[1]:
                conflict = tuple(g.label for g in subset)
                break
        if conflict:
            break
    by_label = {g.label: g for g in groups}
    words = []
    for split, t in zip(splits, totals, strict=True):
        parts = "; ".join(
            f"{by_label[g.label]} allows {_span(allowed[g.label])} event(s)" + _witness(g, own)
            for g in split
        )
        words.append(f"{parts}: in all {_span(t)}")
    lo = [t[0] for t in totals]
    hi = [t[-1] for t in totals]
    lead = (
        f"The rates cannot all hold: one split needs at least {max(lo)} event(s), "
        f"another has room for at most {min(hi)}."
        if max(lo) > min(hi)
        else "The rates cannot all hold: no event total is allowed by every split."
    )
    reason = (
        f"{lead} Over {head}: {' | '.join(words)}; no total is in every split{aside}. "
        f"Smallest conflicting set: {', '.join(str(by_label[c]) for c in conflict)}."
    )
    return JointKMCheck(
        splits, total, counts, set_aside, totals, (), "inconsistent", conflict, reason
    )
