"""Random-effects pooling of single-arm proportions (GLMM and inverse variance).

Modules
-------
pool               ``pool_proportions``, ``leave_one_out``, ``method_sensitivity``
glmm               binomial-normal model by ML with adaptive Gauss-Hermite (metafor ``rma.glmm``)
inverse_variance   logit / double-arcsine pooling, REML, DL, PM, Hartung-Knapp (metafor ``rma``)
heterogeneity      tau^2 estimators, Q, I^2, Q-profile interval
effect_sizes       ``escalc``-style per-cohort logits and double arcsines, back-transformations
subgroups          test for subgroup differences
rates              survival rates with their SEs pooled on log(-log) or logit (metafor ``rma``)
result             ``RandomEffectsResult`` (one result type: ``predict``, ``summary_frame``,
                   ``leave_one_out``), ``PooledProportion``, ``METHODS``, ``SUMMARY_COLUMNS``
"""

from blinarepro.pooling.glmm import pool_glmm
from blinarepro.pooling.inverse_variance import pool_inverse_variance
from blinarepro.pooling.pool import leave_one_out, method_sensitivity, pool_proportions
from blinarepro.pooling.rates import RATE_METHODS, PooledRate, leave_one_out_rates, pool_rates
from blinarepro.pooling.result import (
    METHODS,
    PI_TYPES,
    SUMMARY_COLUMNS,
    T_METHODS,
    PooledProportion,
    Prediction,
    RandomEffectsResult,
)
from blinarepro.pooling.subgroups import SubgroupTest, subgroup_test

__all__ = [
    "METHODS",
    "PI_TYPES",
    "RATE_METHODS",
    "SUMMARY_COLUMNS",
    "T_METHODS",
    "PooledProportion",
    "PooledRate",
    "Prediction",
    "RandomEffectsResult",
    "SubgroupTest",
    "leave_one_out",
    "leave_one_out_rates",
    "method_sensitivity",
    "pool_glmm",
    "pool_inverse_variance",
    "pool_proportions",
    "pool_rates",
    "subgroup_test",
]
