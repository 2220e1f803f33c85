"""Random-effects pooling of single-arm proportions and survival rates.

One entry point per kind of input, as an R user knows them::

    from blinarepro.pooling import pool_proportions, pool_rates
    res = pool_proportions(events, n, method="glmm_t", labels=..., n_nodes=20)
    res.summary_frame()            # one tidy row (estimate, CI, PI, tau^2, I^2, Q, ...)
    res.predict(level=0.9, pi_type="default")   # any level, either prediction interval
    res.leave_one_out()            # metafor leave1out()
    res.to_frame()                 # per-cohort yi, vi and weights (NaN for the GLMM)
    subgroup_test(events, n, groups, "reml_hk", tau2_model="common")   # QM

Our arguments against metafor 3.8 and meta (>= 6; names as in their manuals):

- ``method="glmm"`` / ``"glmm_t"``: ``rma.glmm(measure="PLO", test="z" | "t")``;
  meta ``metaprop(method="GLMM")``.
- ``"reml"``, ``"dl"``, ``"pm"``: ``rma(yi, vi, method="REML" | "DL" | "PM", test="z")`` on
  ``escalc(measure="PLO")``; meta ``method.tau=``.
- ``"*_hk"``: ``test="knha"`` (meta ``method.random.ci="HK"``); ``"*_hk_adhoc"``:
  ``test="adhoc"`` (meta ``adhoc.hakn.ci="se"``).
- ``"ft_reml"``: ``escalc(measure="PFT")``, back-transformed by ``transf.ipft.hm``.
- ``n_nodes``: ``nAGQ``. ``confidence_level``/``level``: ``level`` (0.95 here, 95 in metafor).
- ``pi_type="riley"``: ``predict(res, pi.type="riley")``, t with k - 2 df (meta
  ``method.predict="HTS"``); ``pi_type="default"``: ``predict(res)``, z or t with k - 1 df.
- ``subgroup_test(tau2_model="separate" | "common")``: separate fits compared by Q
  (meta ``tau.common=FALSE``) or ``rma(mods = ~ factor(g))`` / ``rma.glmm(mods = ...)`` QM
  (``tau.common=TRUE``).

The t-based methods (``glmm_t``, ``*_hk``, ``*_hk_adhoc``) are the small-k primary analyses;
their results carry Riley's prediction interval, which is not estimable below k = 3 (metafor
then silently uses 1 df; here it is NaN with the reason in ``estimable``).

Modules
-------
pool               ``pool_proportions``, ``leave_one_out``, ``method_sensitivity``
glmm               binomial-normal model by ML with adaptive Gauss-Hermite (metafor ``rma.glmm``)
inverse_variance   logit / double-arcsine pooling, REML, DL, PM, Knapp-Hartung (metafor ``rma``)
heterogeneity      tau^2 estimators, Q, I^2, Q-profile interval
effect_sizes       ``escalc``-style per-cohort logits and double arcsines, back-transformations
subgroups          subgroup differences under a separate or a common tau^2
meta_regression    the mixed-effects model with a categorical moderator (``QM``)
rates              survival rates with their SEs pooled on log(-log) or logit (metafor ``rma``)
result             ``RandomEffectsResult`` (one result type: ``predict``, ``summary_frame``,
                   ``leave_one_out``), ``PooledProportion``, ``METHODS``, ``SUMMARY_COLUMNS``
"""

from blinarepro.pooling.glmm import pool_glmm
from blinarepro.pooling.inverse_variance import pool_inverse_variance
from blinarepro.pooling.pool import leave_one_out, method_sensitivity, pool_proportions
from blinarepro.pooling.rates import RATE_METHODS, PooledRate, leave_one_out_rates, pool_rates
from blinarepro.pooling.result import (
    METHOD_LABELS,
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
    "METHOD_LABELS",
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
