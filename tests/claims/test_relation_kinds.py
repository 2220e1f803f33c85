"""Every statistic a relation of relations.csv accepts is one the claim kinds it builds accept
(a dry run of a new document, 2026-12-05: a whole_numbers relation on a median_range row
passed the relation check, then failed to build its median_grain claim)."""

from __future__ import annotations

import pytest

from blinarepro.claims.declared import _RELATION_STATISTICS
from blinarepro.claims.kinds import _KIND_STATISTICS

#: The claim kinds each relation builds (blinarepro/claims/declared.py, declared_claims).
BUILDS = {
    "denominator": ("percent",),
    "whole_numbers": ("grim", "grimmer", "median_grain"),
    "events_from": ("km_events",),
    "compares": ("pvalue",),
}


@pytest.mark.parametrize("relation", sorted(BUILDS))
def test_the_claims_a_relation_builds_accept_its_rows(relation):
    kinds = BUILDS[relation]
    accepted = set().union(*(_KIND_STATISTICS[k] or () for k in kinds))
    assert set(_RELATION_STATISTICS[relation]) <= accepted
