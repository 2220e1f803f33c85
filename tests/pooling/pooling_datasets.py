"""The small data sets behind the reference values (events, n), as in make_reference.R."""

DATASETS = {
    # moderate heterogeneity, no 0%/100% cohort
    "A": ([9, 6, 12, 12, 33], [11, 13, 15, 19, 35]),
    # three 100% cohorts
    "B": ([24, 11, 35, 12, 33], [24, 11, 35, 15, 35]),
    # one 0% cohort, tau^2 = 0 under the GLMM
    "C": ([0, 3, 5, 2], [10, 20, 25, 18]),
    # k = 2
    "K2": ([9, 6], [11, 13]),
    # homogeneous: Q < df, every estimator gives tau^2 = 0
    "H": ([10, 11, 9, 10, 12], [20, 20, 20, 21, 22]),
}
