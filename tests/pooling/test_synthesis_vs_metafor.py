"""Every pooled row of the synthesis agrees with R's metafor.

The synthesis table (``reports/tables/synthesis_pooled.csv``, made by
:func:`blinarepro.synthesis.pooled_table` from ``data/`` with the notebook's defaults:
level 0.95, ``glmm_nodes=50``, primary method ``glmm_t``) is compared row by row with
``synthesis_reference.py``, the output of
``Rscript tests/pooling/reference/make_synthesis_reference.R`` (R 4.2.2, metafor 3.8-1,
lme4 1.1-31), which refits each pool from the row's ``cohorts`` column alone (``rates`` for a
pool of survival rates).

Tolerances:
- inverse-variance methods (REML, DL, PM with z, knha and adhoc; Freeman-Tukey) and the
  survival rates: 1e-6 absolute on every number (both sides solve for tau^2 to 1e-12; R printed
  12 significant digits), including the t intervals, the Riley prediction intervals and the
  Q-profile intervals of tau^2 and I^2;
- GLMM: both sides maximise the same 50-node adaptive Gauss-Hermite likelihood, R with lme4's
  optimiser tightened (bobyqa, rhoend=1e-12); they agree to about 1e-6 on the logit scale
  (test_pool_glmm.py), which the back-transformation and a t quantile of up to 12.7 (k = 2)
  turn into 2e-5 on a proportion; I^2 (percent) to 1e-3, the LRT Q to 1e-4.
Rows whose every cohort is at 100% are not in the reference (their ML estimate is on the
boundary: this package reports the estimate 1 and no interval; metafor reports a logit of
about 30); a test below checks that case separately.
"""

from __future__ import annotations

import math

import pytest
from synthesis_reference import SYNTHESIS

from blinarepro import synthesis as S
from blinarepro.data import load

IV_TOL = 1e-6
GLMM_TOL = {"estimate": 2e-5, "lower": 2e-5, "upper": 2e-5, "pi_lower": 2e-5,
            "pi_upper": 2e-5, "tau2": 2e-5, "i2": 1e-3, "q": 1e-4, "q_p": 1e-4}  # fmt: skip


@pytest.fixture(scope="module")
def pooled():
    pools = S.pools(S.candidates(load()))
    return S.pooled_table(pools, 0.95, 50, "glmm_t")


def test_every_pool_of_two_or_more_is_in_the_reference(pooled):
    # a change of inclusion, count or method cannot pass silently
    several = pooled[pooled.k >= 2]
    boundary = several.estimate.isin([0.0, 1.0]) & several.lower.isna()
    key = several.rates.where(several.rates != "", several.cohorts)  # a rate pool: its rates
    got = set(zip(key[~boundary], several.method[~boundary], strict=True))
    assert got == set(SYNTHESIS)


@pytest.mark.parametrize(("cohorts", "method"), sorted(SYNTHESIS))
def test_pooled_row_matches_metafor(pooled, cohorts, method):
    key = pooled.rates.where(pooled.rates != "", pooled.cohorts)
    rows = pooled[(key == cohorts) & (pooled.method == method)]
    assert len(rows) >= 1
    for _, row in rows.iterrows():  # the same pool may appear under several analyses
        for column, ref in SYNTHESIS[(cohorts, method)].items():
            got = float(row[column])
            tol = GLMM_TOL[column] if method.startswith("glmm") else IV_TOL
            if math.isnan(ref):
                assert math.isnan(got), f"{column}: {got} where metafor gives NA"
            else:
                assert got == pytest.approx(ref, abs=tol), column


def test_all_at_100_percent_is_not_estimable(pooled):
    row = pooled[pooled.primary & (pooled.cohorts == "xu2025:blinatumomab=11/11;realworld2025:"
                                                     "induction_ph_pos=11/11")].iloc[0]  # fmt: skip
    assert row.estimate == 1.0 and math.isnan(row.lower) and math.isnan(row.pi_lower)
    assert row.estimable == "not estimable: every cohort is at the boundary (0% or 100%)"
