"""What kind of problem a claim shows: the closed vocabulary of the ``finding`` column.

A verdict (:data:`blinarepro.claims.VERDICTS`) says *whether* a printed number holds; a finding
says *what kind* of problem it is, so that the same situation gets the same word in every
document. A reproduced claim has no finding (the empty string). The vocabulary, in order of
severity (most severe first), with the rule each evaluation applies:

``jointly_impossible``
    each number is possible on its own but they cannot all be true at once (parts that do
    not add up to their whole; Kaplan-Meier rates of two splits of one group that no
    assignment of events to patients gives together).
``impossible_value``
    no value on the printed n (or the printed inputs) can print as this number, nor can one on
    a nearby denominator (:func:`nearby_denominators`).
``unreported_event``
    possible only with an event the text does not mention (a 12-month DFS of 90.9% with
    "no relapses" needs a death in remission).
``denominator_mismatch``
    impossible on the printed n, possible on a nearby denominator the text does not state
    (one patient not evaluable, say).
``decision_differs``
    the significance decision the document prints or implies differs from the recomputed one
    at the same alpha (a printed p on the other side of alpha; a "trend" that is significant).
``wording_overstated``
    the words claim a difference ("significantly lower", "markedly reduced") that the
    recomputed tests do not show at alpha.
``value_differs``
    a recomputation from the document's own numbers gives another value (an interval, a
    p-value on the same side of alpha, a derived number).
``precision``
    explained by a rounding, truncation or recording reading (a median with a decimal for an
    odd n of whole-year ages: the ages were recorded with decimals).

The severity order is what report summaries use (:func:`blinarepro.claims.finding_summary`).
"""

from __future__ import annotations

from blinarepro._validate import check_count

__all__ = ["FINDINGS", "FINDING_DEFINITIONS", "SEVERITY", "nearby_denominators"]

#: One-line definitions, most severe first (the order is the severity order).
FINDING_DEFINITIONS: dict[str, str] = {
    "jointly_impossible": "numbers each possible alone that cannot all be true at once",
    "impossible_value": "no value on the printed or a nearby n can print as this number",
    "unreported_event": "possible only with an event the text does not mention",
    "denominator_mismatch": "possible only on a nearby denominator the text does not state",
    "decision_differs": "the printed or implied significance decision differs at alpha",
    "wording_overstated": "the words claim a difference the recomputed tests do not show",
    "value_differs": "a recomputation from the document's numbers gives another value",
    "precision": "explained by a rounding, truncation or recording reading",
}

#: The findings, most severe first; "" (no finding) is allowed besides these.
FINDINGS: tuple[str, ...] = tuple(FINDING_DEFINITIONS)

#: Severity class of each finding, for summaries.
SEVERITY: dict[str, str] = {
    "jointly_impossible": "major",
    "impossible_value": "major",
    "unreported_event": "major",
    "denominator_mismatch": "moderate",
    "decision_differs": "moderate",
    "wording_overstated": "moderate",
    "value_differs": "moderate",
    "precision": "minor",
}


def nearby_denominators(n: int) -> tuple[int, ...]:
    """The denominators a ``denominator_mismatch`` may use for a printed n, nearest first.

    Nearby means within max(1, round(n / 10)) of n, n excluded: one patient either way for
    small groups (one patient not evaluable, one added), about a tenth of the group for large
    ones. Ties are listed smaller first (a patient missing is the commoner reading).
    """
    n = check_count("n", n, minimum=1)
    width = max(1, round(n / 10))
    out = []
    for d in range(1, width + 1):
        out += [m for m in (n - d, n + d) if m >= 1]
    return tuple(out)
