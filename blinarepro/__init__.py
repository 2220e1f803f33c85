"""blinarepro: re-derive, check and pool the published blinatumomab B-ALL results.

Modules by topic
----------------
data          loading and validating ``data/`` (schema, provenance, meaning checks)
datapackage   where ``data/`` is and the vocabularies its descriptor declares (no pandas)
validate      ``python -m blinarepro.validate``: check a study's rows against its source text
proportions   one proportion: confidence intervals, exact binomial test
comparisons   two groups: risk difference / ratio, odds ratio, Fisher, Boschloo
means         two means from summary statistics, Hedges' g, mean/SD from median and range
survival      Kaplan-Meier rate +/- SE: intervals and effective sample size
consistency   checks on printed numbers (percentages, GRIM/GRIMMER, KM feasibility, ...)
claims        pairing printed numbers with recomputations, verdict tables
findings      the closed vocabulary of the problems a claim shows, most severe first
pooling       random-effects meta-analysis of proportions (GLMM and inverse variance)
synthesis     which cohorts pool together (strata from ``data/synthesis.csv``), every pool
appraisal     risk of bias, GRADE, benchmarks, registration audit, plain-language summaries
plots         forest plots and figures
params        validation of papermill parameters
report        report helpers (figures drawn once, tables, versions)
reader        what a reader sees: words for ids, badges, tables formatted for a browser
build         the report chain's command line (``python -m blinarepro.build``)
chain         the report chain: papermill -> normalised notebook -> offline HTML -> site
"""

__version__ = "0.1.0"
