"""forest_plot: structure (meta's forest() columns), exact cohort intervals, determinism."""

import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.patches import Polygon  # noqa: E402
from pooling_datasets import DATASETS  # noqa: E402
from scipy import stats  # noqa: E402

from blinarepro.plots import forest_plot  # noqa: E402
from blinarepro.pooling import pool_proportions  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _texts(ax):
    return [t.get_text() for t in ax.texts]


def test_returns_axes_with_one_row_per_cohort_and_a_diamond():
    r = pool_proportions(*DATASETS["A"], method="reml", labels=list("abcde"))
    fig, ax = plt.subplots()
    assert forest_plot(r, ax=ax) is ax
    assert len(ax.get_yticks()) == r.k + 1
    assert sum(isinstance(p, Polygon) for p in ax.patches) == 1
    diamond = next(p for p in ax.patches if isinstance(p, Polygon)).get_xy()
    assert diamond[:, 0].min() == pytest.approx(100 * r.lower)
    assert diamond[:, 0].max() == pytest.approx(100 * r.upper)
    # the axis is fitted to the data in 10-point steps (A: cohort limits from 16% to 97%)
    lo, hi = ax.get_xlim()
    assert lo == 10 * (min(ax.lines[i].get_xdata().min() for i in range(r.k)) // 10)
    assert hi == 100
    # weights in percent as text, in input order
    weights = [t for t in _texts(ax) if t.endswith("%")]
    assert weights == [f"{w:.1f}%" for w in r.weights] + ["100%"]
    # estimate [CI] per cohort, events/total in the labels, heterogeneity under the diamond
    lo, hi = ax.lines[0].get_xdata()  # cohort a, 9/11, its exact interval in percent
    assert f"{100 * 9 / 11:.1f} [{lo:.1f}; {hi:.1f}]" in _texts(ax)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # the pooled row as R meta labels it; the method is in the figure's title, in words
    assert labels[0] == "a    9/11" and labels[-1] == "Random-effects model    72/93"
    assert ax.get_title().endswith("inverse variance, REML, z interval")
    assert any(t.startswith("Heterogeneity: I² = ") for t in _texts(ax))


def test_cohort_lines_are_clopper_pearson_and_pi_is_drawn():
    r = pool_proportions(*DATASETS["C"], method="reml_hk")
    ax = forest_plot(r)
    lines = [ln.get_xdata() for ln in ax.lines]
    ci = stats.binomtest(0, 10).proportion_ci(method="exact")
    assert list(lines[0]) == pytest.approx([0.0, 100 * ci.high])
    assert list(lines[-1]) == pytest.approx([100 * r.pi_lower, 100 * r.pi_upper])


def test_glmm_has_no_weights_and_single_cohort_has_no_pi():
    ax = forest_plot(pool_proportions(*DATASETS["B"], method="glmm"))
    assert _texts(ax).count("—") == 6  # five cohorts and the pooled row
    ax1 = forest_plot(pool_proportions([9], [11], method="reml"))
    assert len(ax1.lines) == 1  # the cohort's interval only


def test_deterministic():
    r = pool_proportions(*DATASETS["A"], method="glmm", outcome="CR")

    def render():
        fig, ax = plt.subplots(figsize=(6, 3))
        forest_plot(r, ax=ax)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=50, metadata={"Software": None})
        plt.close(fig)
        return buf.getvalue()

    assert render() == render()


def test_rejects_non_results():
    with pytest.raises(TypeError, match="PooledProportion"):
        forest_plot({"estimate": 0.5})


# --- forest_plot_rates -------------------------------------------------------------------


def test_rates_plot_rows_diamond_and_survfit_intervals():
    from blinarepro.plots import forest_plot_rates
    from blinarepro.pooling import pool_rates
    from blinarepro.survival import km_rate_ci

    rates, ses = [0.642, 0.971, 0.80], [0.121, 0.02816, 0.07]
    r = pool_rates(rates, ses, "reml", labels=["a", "b", "c"])
    fig, ax = plt.subplots()
    assert forest_plot_rates(r, ax=ax) is ax
    assert len(ax.get_yticks()) == r.k + 1
    diamond = next(p for p in ax.patches if isinstance(p, Polygon)).get_xy()
    assert diamond[:, 0].min() == pytest.approx(100 * r.lower)
    assert diamond[:, 0].max() == pytest.approx(100 * r.upper)
    # cohort lines are the log-log intervals of R survfit (second route: km_rate_ci)
    first = ax.lines[0].get_xdata()
    ci = km_rate_ci(rates[0], ses[0], 0.95, "log-log")
    assert first == pytest.approx([100 * ci.lower, 100 * ci.upper])
    weights = [t for t in _texts(ax) if t.endswith("%")]
    assert weights == [f"{w:.1f}%" for w in r.weights] + ["100%"]
    with pytest.raises(TypeError, match="PooledRate"):
        forest_plot_rates(pool_proportions([1, 2], [3, 4]))


def test_axis_fits_the_data_and_a_missing_prediction_interval_is_said():
    # grade >= 3 CRS: 1/19 and 3/35, k = 2: Riley's interval is not estimable
    r = pool_proportions([1, 3], [19, 35], method="reml_hk", labels=["wang2025", "lu2024"])
    ax = forest_plot(r)
    assert ax.get_xlim() == (0.0, 60.0)  # the HK interval reaches 59.9%, the exact CIs 29.4%
    assert "Prediction interval not estimable: k = 2" in " ".join(_texts(ax))
    assert ax.figure.dpi == 200
