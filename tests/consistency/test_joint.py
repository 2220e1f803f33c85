"""Joint feasibility of the Kaplan-Meier rates of two splits of one group.

References: the event counts each rate allows come from the exhaustive search of
``km_events_check`` (itself validated by brute force over data sets in test_km_events.py);
the joint decision is checked against a second route that builds every two-way table of
patients and events for small groups, and against the realworld2025 arithmetic done by hand:
14-day 100% on 23 => 0 events; 85.71% = 6/7 on 9 => 1 event ((1-1/7)); 79.33% on 17 =>
3 events ((1-1/16)(1-2/13) = 0.79327); so the transplant split needs 4 events while the
regimen split has room for at most 3 (the 3 patients of the 28-day arm).
"""

from itertools import product

import pytest

from blinarepro.consistency.joint import (
    SplitGroup,
    joint_km_check,
    km_event_counts,
    km_fewest_events,
)
from blinarepro.consistency.km_events import km_events_check


@pytest.mark.parametrize("rate", ["100", "80.0", "66.67", "60", "50", "46.2", "37.5", "0"])
@pytest.mark.parametrize("n", [1, 2, 3, 5, 6, 8])
def test_event_counts_equal_the_exhaustive_search_over_every_count(rate, n):
    everything = tuple(e for e in range(n + 1) if km_events_check(rate, n, e).consistent)
    assert km_event_counts(rate, n) == everything


def test_fewest_events_is_the_smallest_count_and_checkable_by_hand():
    # 88.54% = (1-1/18)(1-1/16) = 255/288 = 0.885417 on 22 patients: 2 events, 1 is too few
    res = km_fewest_events("88.54", 22)
    assert res.events == 2 and res.path_text == "(1-1/18)×(1-1/16)"
    assert not km_events_check("88.54", 22, 1).consistent
    assert km_fewest_events("88.54", 6) is None  # 1 - 1/6 = 83.3% is the best below 100%


def _brute(splits):
    """Two splits: try every table of patients (cells) and events in each cell."""
    (a, b) = splits
    allowed = {g.label: set(km_event_counts(g.printed, g.n)) if g.printed else None for g in a + b}
    for cells in product(*(range(g.n + 1) for g in a[:-1] for _ in b[:-1])):
        # cells of the first len(a)-1 rows and len(b)-1 columns; the rest by the margins
        grid = [[0] * len(b) for _ in a]
        it = iter(cells)
        for i in range(len(a) - 1):
            for j in range(len(b) - 1):
                grid[i][j] = next(it)
        for i in range(len(a) - 1):
            grid[i][-1] = a[i].n - sum(grid[i][:-1])
        for j in range(len(b)):
            grid[-1][j] = b[j].n - sum(grid[i][j] for i in range(len(a) - 1))
        if any(x < 0 for row in grid for x in row):
            continue
        for ev in product(*(range(x + 1) for row in grid for x in row)):
            e = [ev[i * len(b) : (i + 1) * len(b)] for i in range(len(a))]
            rows_ok = all(
                allowed[g.label] is None or sum(e[i]) in allowed[g.label] for i, g in enumerate(a)
            )
            cols_ok = all(
                allowed[g.label] is None or sum(r[j] for r in e) in allowed[g.label]
                for j, g in enumerate(b)
            )
            if rows_ok and cols_ok:
                return True
    return False


CONFLICT = (
    (SplitGroup("A1", 5, "100"), SplitGroup("A2", 2, "50")),  # 0 + 1 events
    (SplitGroup("B1", 4, "50"), SplitGroup("B2", 3, "66.67")),  # (1 or 2) + 1 events
)
FITS = (
    (SplitGroup("A1", 5, "100"), SplitGroup("A2", 2, "0")),  # 0 + (1 or 2) events
    (SplitGroup("B1", 4, "50"), SplitGroup("B2", 3, "100")),  # (1 or 2) + 0 events
)


def test_constructed_conflict_is_found_with_its_smallest_set():
    res = joint_km_check(CONFLICT)
    assert res.status == "inconsistent" and res.common == ()
    # 50% on 4: (1-1/2) after two censored (1 event) or 2/4 (2 events)
    assert res.totals == ((1,), (2, 3))
    # every proper subset fits (by hand: drop A1 -> A allows 1..6; drop A2 -> A allows 0..2;
    # drop B1 -> B allows 1..5; drop B2 -> B allows 1..5), so all four conflict together
    assert res.conflict == ("A1", "A2", "B1", "B2")
    assert res.reason.startswith("The rates cannot all hold")
    assert _brute(CONFLICT) is False


def test_constructed_fit_is_not_flagged():
    res = joint_km_check(FITS)
    assert res.status == "consistent" and res.common == (1, 2)
    assert res.conflict == ()
    assert _brute(FITS) is True


def test_smallest_conflicting_set_realworld_efs():
    # realworld2025 consolidation Ph- EFS at 2 years (abstract, paragraph 4, sentences 8, 10)
    res = joint_km_check(
        (
            (SplitGroup("14-day", 23, "100"), SplitGroup("28-day", 3, "78.24")),
            (SplitGroup("HSCT", 9, "85.71"), SplitGroup("no HSCT", 17, "79.33")),
        )
    )
    assert res.status == "inconsistent"
    assert res.set_aside == ("28-day",)  # no curve on 3 patients gives 78.24%
    assert res.totals == ((0, 1, 2, 3), (4,))
    assert res.conflict == ("14-day", "HSCT", "no HSCT")
    # the swapped-label reading: the 28-day rate on the 14-day arm's 23 patients
    swapped = joint_km_check(
        (
            (SplitGroup("14-day", 3, "100"), SplitGroup("28-day", 23, "78.24")),
            (SplitGroup("HSCT", 9, "85.71"), SplitGroup("no HSCT", 17, "79.33")),
        )
    )
    assert swapped.status == "consistent" and 4 in swapped.common


def test_set_aside_rate_gets_the_events_the_others_force():
    # realworld2025 consolidation Ph- OS: 83.92% on 17 needs 2 deaths ((1-1/13)(1-1/11)), all
    # in the 28-day arm, where 2 deaths among 3 give at most 1/3
    res = joint_km_check(
        (
            (SplitGroup("14-day", 23, "100"), SplitGroup("28-day", 3, "88.54")),
            (SplitGroup("HSCT", 9, "100"), SplitGroup("no HSCT", 17, "83.92")),
        )
    )
    assert res.status == "consistent" and res.common == (2,)
    assert "must hold exactly 2" in res.reason and "33.3333%" in res.reason


def test_random_small_splits_agree_with_brute_force():
    rates = ["100", "50", "66.67", "33.33", "75", "0", ""]
    cases = 0
    for n1, n2, m1 in ((3, 2, 2), (2, 3, 4), (4, 1, 3)):
        total = n1 + n2
        m2 = total - m1
        for r in product(rates, repeat=4):
            groups = (
                (SplitGroup("a", n1, r[0]), SplitGroup("b", n2, r[1])),
                (SplitGroup("c", m1, r[2]), SplitGroup("d", m2, r[3])),
            )
            if any(g.printed and not km_event_counts(g.printed, g.n) for s in groups for g in s):
                continue  # a rate impossible alone is set aside by the check, not by the brute
            cases += 1
            assert joint_km_check(groups).consistent == _brute(groups), groups
    assert cases > 100


def test_errors():
    with pytest.raises(ValueError, match="at least two splits"):
        joint_km_check((CONFLICT[0],))
    with pytest.raises(ValueError, match="one total"):
        joint_km_check((CONFLICT[0], (SplitGroup("B1", 4, "50"),)))
    with pytest.raises(ValueError, match="unique"):
        joint_km_check((CONFLICT[0], (SplitGroup("A1", 4, "50"), SplitGroup("X", 3))))
