"""pool_rates: survival rates with their SEs pooled on log(-log) / logit, against metafor.

Reference values are in ``rates_reference.py``: the output of
``tests/pooling/reference/make_rates_reference.R`` (R 4.2.2, metafor 3.8-1), which computes
``yi``/``vi`` in R from the rates (``log(-log(S))`` with ``(se/(S*log(S)))^2``; ``qlogis(S)``
with ``(se/(S*(1-S)))^2``) and calls ``rma(yi, vi, method=..., test="z" | "adhoc" | "knha")``
with ``predict(res)`` and ``predict(res, pi.type="riley")``.

Tolerance: 1e-9 absolute, the print precision of the pasted values (``sprintf("%.10f")``);
the Q-profile upper limit of the two-cohort set (about 3744) is compared to 1e-9 relative.
"""

import math

import numpy as np
import pytest
import rates_reference as R
from scipy import stats

from blinarepro.pooling import SUMMARY_COLUMNS
from blinarepro.pooling.rates import (
    RATE_METHODS,
    leave_one_out_rates,
    pool_rates,
    rate_effect_sizes,
)
from blinarepro.survival import km_rate_ci

ABS = 1e-9

# the rates and SEs of make_rates_reference.R
DATA = {
    "OS": ([0.642, 0.971], [0.121, 0.0281603074]),
    "R4": ([0.642, 0.971, 0.80, 0.733], [0.121, 0.0281603074, 0.07, 0.114]),
    "H5": ([0.70, 0.72, 0.69, 0.71, 0.70], [0.05, 0.06, 0.04, 0.05, 0.07]),
}
TRANSFORM = {"loglog": "log-log", "logit": "logit"}
ESTIMATOR = {"reml": "REML", "dl": "DL", "pm": "PM"}


def _key(dname, tname, method):
    base = method.removesuffix("_adhoc").removesuffix("_hk")
    test = "adhoc" if method.endswith("_adhoc") else "knha" if method.endswith("_hk") else "z"
    return f"{dname}_{tname}_{ESTIMATOR[base]}_{test}"


@pytest.mark.parametrize("method", RATE_METHODS)
@pytest.mark.parametrize("tname", sorted(TRANSFORM))
@pytest.mark.parametrize("dname", sorted(DATA))
def test_matches_metafor_rma(dname, tname, method):
    ref = getattr(R, _key(dname, tname, method))
    r = pool_rates(*DATA[dname], method=method, transform=TRANSFORM[tname])
    t_based = "_hk" in method
    crit = stats.t.ppf(0.975, r.k - 1) if t_based else stats.norm.ppf(0.975)
    default, riley = r.predict(pi_type="default"), r.predict(pi_type="riley")
    got = {
        "tau2": r.tau2,
        "mu": r.mu,
        "ci_lb": r.mu_lower,
        "ci_ub": r.mu_upper,
        "pi_lb": default.mu_pi_lower,
        "pi_ub": default.mu_pi_upper,
        "q": r.q,
        "q_p": r.q_p,
        "i2": r.i2,
    }
    got.update({f"w{i + 1}": w for i, w in enumerate(r.weights)})
    if r.k >= 3:
        got.update(pi_riley_lb=riley.mu_pi_lower, pi_riley_ub=riley.mu_pi_upper)
        # the result's own prediction interval: Riley's for the t methods
        own = "pi_riley_lb" if t_based else "pi_lb"
        assert r.mu_pi_lower == pytest.approx(ref[own], abs=ABS)
    else:
        assert "pi_riley_lb" not in ref and math.isnan(riley.mu_pi_lower)
    for name, value in got.items():
        assert value == pytest.approx(ref[name], abs=ABS), name
    # metafor's res$se is the unscaled SE for test="adhoc"; the interval carries the scaling
    assert (r.mu_upper - r.mu_lower) / (2 * crit) == pytest.approx(r.se, rel=1e-12)
    if method.endswith("_hk"):  # test="knha": res$se is the scaled SE
        assert r.se == pytest.approx(ref["se"], abs=ABS)
    if not t_based:
        assert r.se == pytest.approx(ref["se"], abs=ABS)
        assert r.tau2_lower == pytest.approx(ref["tau2_lb"], abs=ABS)
        assert r.tau2_upper == pytest.approx(ref["tau2_ub"], abs=ABS, rel=1e-9)


def test_back_transformed_limits_are_ordered_and_match_the_scale():
    # log(-log) is decreasing: the upper rate limit comes from the lower limit of mu
    r = pool_rates(*DATA["R4"], method="reml")
    assert r.lower < r.estimate < r.upper
    assert r.estimate == pytest.approx(math.exp(-math.exp(R.R4_loglog_REML_z["mu"])), abs=1e-9)
    assert r.upper == pytest.approx(math.exp(-math.exp(R.R4_loglog_REML_z["ci_lb"])), abs=1e-9)
    assert r.pi_lower == pytest.approx(math.exp(-math.exp(R.R4_loglog_REML_z["pi_ub"])), abs=1e-9)
    lo = pool_rates(*DATA["R4"], method="reml", transform="logit")
    assert lo.lower == pytest.approx(1 / (1 + math.exp(-R.R4_logit_REML_z["ci_lb"])), abs=1e-9)


def test_cohort_intervals_equal_survfit_log_log_intervals():
    # second route: km_rate_ci (validated against R survival:::survfit_confint)
    rates, ses = DATA["R4"]
    frame = pool_rates(rates, ses, labels=list("abcd"), n=[19, 35, 30, 20]).to_frame()
    for row, s, e in zip(frame.itertuples(), rates, ses, strict=True):
        ci = km_rate_ci(s, e, 0.95, "log-log")
        assert row.lower == pytest.approx(ci.lower, abs=1e-12)
        assert row.upper == pytest.approx(ci.upper, abs=1e-12)
    assert list(frame["label"]) == list("abcd")


def test_effect_sizes_by_direct_algebra():
    yi, vi = rate_effect_sizes([0.5], [0.1])
    assert yi[0] == pytest.approx(math.log(math.log(2)))
    assert vi[0] == pytest.approx((0.1 / (0.5 * math.log(2))) ** 2)
    yi, vi = rate_effect_sizes([0.8], [0.05], "logit")
    assert yi[0] == pytest.approx(math.log(4))
    assert vi[0] == pytest.approx((0.05 / 0.16) ** 2)


def test_one_cohort_gives_its_own_interval_and_no_heterogeneity():
    r = pool_rates([0.642], [0.121], method="reml_hk")
    assert r.tau2 == 0 and r.test == "z" and r.k == 1
    assert math.isnan(r.q) and math.isnan(r.i2) and math.isnan(r.pi_lower)
    ci = km_rate_ci(0.642, 0.121, 0.95, "log-log")
    assert (r.lower, r.upper) == pytest.approx((ci.lower, ci.upper), abs=1e-12)
    assert any("k = 1" in note for note in r.notes)


def test_summary_frame_columns_and_counts():
    r = pool_rates(*DATA["OS"], n=[19, 35], outcome="os_12m", subgroup="all")
    frame = r.summary_frame()
    assert tuple(frame.columns) == SUMMARY_COLUMNS
    assert frame.loc[0, "n"] == 54 and math.isnan(frame.loc[0, "events"])
    assert frame.loc[0, "k"] == 2 and frame.loc[0, "ci_level"] == 0.95
    assert any("k = 2" in note for note in r.notes)
    assert math.isnan(pool_rates(*DATA["OS"]).summary_frame().loc[0, "n"])


def test_leave_one_out_equals_single_cohort_fits():
    rates, ses = DATA["R4"]
    loo = leave_one_out_rates(rates, ses, "dl", labels=list("abcd"))
    assert list(loo["omitted"]) == list("abcd")
    again = pool_rates(rates[1:], ses[1:], "dl")
    assert loo.loc[0, "estimate"] == pytest.approx(again.estimate, abs=1e-15)
    # pandas input with a non-default index (positions, not labels, are used)
    import pandas as pd

    idx = [10, 11, 12, 13]
    by_series = leave_one_out_rates(
        pd.Series(rates, index=idx),
        pd.Series(ses, index=idx),
        "dl",
        n=pd.Series([5, 6, 7, 8], index=idx),
    )
    assert list(by_series["n"]) == [21, 20, 19, 18]
    # one leave-one-out for proportions and rates: the result's own method
    assert loo.equals(pool_rates(rates, ses, "dl", labels=list("abcd")).leave_one_out())
    with pytest.raises(ValueError, match="at least 2 cohorts"):
        leave_one_out_rates([0.5], [0.1])


def test_confidence_level_changes_the_interval():
    narrow = pool_rates(*DATA["R4"], confidence_level=0.8)
    wide = pool_rates(*DATA["R4"], confidence_level=0.99)
    assert wide.lower < narrow.lower < narrow.upper < wide.upper


@pytest.mark.parametrize(
    ("rates", "ses", "kwargs", "match"),
    [
        ([1.0, 0.5], [0.1, 0.1], {}, r"rates\[0\] must lie strictly between 0 and 1"),
        ([0.0], [0.1], {}, "strictly between 0 and 1"),
        ([64.2], [12.1], {}, "a proportion"),
        ([0.5], [0.0], {}, r"ses\[0\] must be a positive number"),
        ([0.5, 0.6], [0.1], {}, "same length"),
        ([], [], {}, "at least one cohort"),
        ([0.5], [0.1], {"method": "glmm"}, "method must be one of 'reml'"),
        ([0.5], [0.1], {"transform": "log"}, "transform must be one of 'log-log', 'logit'"),
        ([0.5], [0.1], {"labels": ["a", "b"]}, "labels must have one entry per cohort"),
        ([0.5], [0.1], {"n": [1, 2]}, "n must have one entry per cohort"),
    ],
)
def test_bad_input_is_rejected_clearly(rates, ses, kwargs, match):
    with pytest.raises(ValueError, match=match):
        pool_rates(rates, ses, **kwargs)


def test_deterministic():
    a = pool_rates(*DATA["R4"], method="pm_hk").summary_frame()
    b = pool_rates(*DATA["R4"], method="pm_hk").summary_frame()
    assert a.equals(b)
    numbers = a.drop(
        columns=["outcome", "subgroup", "method", "events", "n", "test", "pi_type", "estimable"]
    )
    assert np.isfinite(numbers.to_numpy(dtype=float)).all()
