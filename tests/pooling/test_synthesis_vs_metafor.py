"""The pooled numbers the synthesis report publishes agree with R's metafor.

Reads ``tables/synthesis_pooled.csv`` and ``tables/synthesis_cohorts.csv`` from the site the
chain builds (notebooks/06_synthesis.ipynb with its default parameters) and compares every
overall pool, all eight methods, with ``synthesis_reference.py``: the output of
``Rscript tests/pooling/reference/make_synthesis_reference.R`` (R 4.2.2, metafor 3.8-1).

Tolerances:
- inverse-variance methods (REML, DL, PM, with and without the Hartung-Knapp ad hoc floor;
  Freeman-Tukey): 1e-6 absolute on every number (the issue's agreement; both sides solve
  for tau^2 to 1e-12, R printed 12 significant digits);
- GLMM: 5e-5 absolute on the proportion scale for estimate, CI and PI and on tau^2; 1e-3
  on I^2 (percent) and 1e-4 on the likelihood-ratio Q. Both sides maximise the same
  50-node adaptive Gauss-Hermite likelihood (the notebook's glmm_nodes=50, R's nAGQ=50)
  with different optimisers, which stop within about 1e-5 on the logit scale; that, not
  the formula, limits agreement (see tests/pooling/test_pool_glmm.py for the same model
  against lme4 with tightened tolerances).
"""

from __future__ import annotations

import csv
import math
from collections import Counter

import pytest
from synthesis_reference import COHORTS, SYNTHESIS

pytestmark = pytest.mark.slow

IV_TOL = 1e-6
GLMM_TOL = {"estimate": 5e-5, "lower": 5e-5, "upper": 5e-5, "pi_lower": 5e-5,
            "pi_upper": 5e-5, "tau2": 5e-5, "i2": 1e-3, "q": 1e-4, "q_p": 1e-4}  # fmt: skip


def _rows(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_pooled_cohorts_are_the_ones_the_reference_pools(built_site):
    cohorts = _rows(built_site / "tables" / "synthesis_cohorts.csv")
    for outcome, (events, n) in COHORTS.items():
        included = Counter(
            (int(r["events"]), int(r["n"]))
            for r in cohorts
            if r["outcome"] == outcome and r["included"] == "True"
        )
        assert included == Counter(zip(events, n, strict=True)), outcome


@pytest.mark.parametrize(("outcome", "method"), sorted(SYNTHESIS))
def test_published_pool_matches_metafor(built_site, outcome, method):
    pooled = _rows(built_site / "tables" / "synthesis_pooled.csv")
    (row,) = [
        r for r in pooled
        if r["outcome"] == outcome and r["subgroup"] == "all" and r["method"] == method
    ]  # fmt: skip
    assert float(row["ci_level"]) == 0.95
    expected = SYNTHESIS[(outcome, method)]
    for column, ref in expected.items():
        got = float(row[column]) if row[column] not in ("", "nan") else math.nan
        tol = GLMM_TOL[column] if method == "glmm" else IV_TOL
        if math.isnan(ref):
            assert math.isnan(got), f"{outcome} {method} {column}: {got} where metafor gives NA"
        else:
            assert got == pytest.approx(ref, abs=tol), f"{outcome} {method} {column}"
