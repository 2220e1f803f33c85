# Reference values for tests/pooling/test_synthesis_vs_metafor.py: the pools that
# notebooks/06_synthesis.ipynb reports for every cohort ("subgroup = all"), recomputed in R.
#
# Regenerate with
#     Rscript tests/pooling/reference/make_synthesis_reference.R > tests/pooling/synthesis_reference.py
# Ran on: R 4.2.2, metafor 3.8-1 (Debian bookworm packages).
#
# The cohorts are the ones the synthesis includes by default (its synthesis_cohorts.csv);
# the test checks that they still are, so a change of inclusion cannot pass silently.
# GLMM: rma.glmm(measure="PLO") with nAGQ=50, as the notebook's glmm_nodes=50.
# Inverse variance: escalc(measure="PLO") (0.5 added only to 0% / 100% cohorts, metafor's
# default add=1/2, to="only0"), rma() with tight iteration control; Freeman-Tukey:
# escalc(measure="PFT"), back-transformed with transf.ipft.hm (harmonic mean of the n).

suppressMessages(library(metafor))
ctl <- list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)
f <- function(x) if (is.null(x) || is.na(x)) "nan" else sprintf("%.12g", x)
vec <- function(x) paste0("c(", paste(x, collapse = ","), ")")

data <- list(
  remission = list(xi = c(11, 12, 33, 11), ni = c(11, 15, 35, 11)),
  mrd_negative = list(xi = c(9, 12, 30), ni = c(11, 19, 35)),
  crs_grade3plus = list(xi = c(1, 3), ni = c(19, 35))
)

row <- function(key, call, est, lo, hi, pilo, pihi, tau2, i2, q, qp) {
  cat(sprintf("    %s: dict(\n        # %s\n", key, call))
  cat(sprintf("        estimate=%s, lower=%s, upper=%s, pi_lower=%s, pi_upper=%s,\n",
              f(est), f(lo), f(hi), f(pilo), f(pihi)))
  cat(sprintf("        tau2=%s, i2=%s, q=%s, q_p=%s,\n    ),\n", f(tau2), f(i2), f(q), f(qp)))
}

cat("# ruff: noqa: E501  (each block carries the whole R call that produced it)\n")
cat("# Output of tests/pooling/reference/make_synthesis_reference.R (R 4.2.2, metafor 3.8-1).\n")
cat("# Keys: (outcome, method); values on the proportion scale, i2 in percent.\n\n")
cat("COHORTS = {\n")
tup <- function(x) paste0("(", paste(x, collapse = ", "), ")")
for (o in names(data)) cat(sprintf('    "%s": (%s, %s),\n', o, tup(data[[o]]$xi), tup(data[[o]]$ni)))
cat("}\n\nSYNTHESIS = {\n")
methods <- list(reml = c("REML", "z"), reml_hk = c("REML", "adhoc"), dl = c("DL", "z"),
                dl_hk = c("DL", "adhoc"), pm = c("PM", "z"), pm_hk = c("PM", "adhoc"))
for (o in names(data)) {
  xi <- data[[o]]$xi; ni <- data[[o]]$ni
  g <- rma.glmm(measure = "PLO", xi = xi, ni = ni, nAGQ = 50)
  p <- predict(g, transf = transf.ilogit)
  row(sprintf('("%s", "glmm")', o),
      sprintf('g <- rma.glmm(measure="PLO", xi=%s, ni=%s, nAGQ=50); predict(g, transf=transf.ilogit); g$QE.LRT', vec(xi), vec(ni)),
      p$pred, p$ci.lb, p$ci.ub, p$pi.lb, p$pi.ub, g$tau2, g$I2, g$QE.LRT, g$QEp.LRT)
  for (m in names(methods)) {
    dat <- escalc(measure = "PLO", xi = xi, ni = ni)
    r <- rma(yi, vi, data = dat, method = methods[[m]][1], test = methods[[m]][2], control = ctl)
    p <- predict(r, transf = transf.ilogit)
    row(sprintf('("%s", "%s")', o, m),
        sprintf('r <- rma(yi, vi, data=escalc(measure="PLO", xi=%s, ni=%s), method="%s", test="%s", control=ctl)',
                vec(xi), vec(ni), methods[[m]][1], methods[[m]][2]),
        p$pred, p$ci.lb, p$ci.ub, p$pi.lb, p$pi.ub, r$tau2, r$I2, r$QE, r$QEp)
  }
  dat <- escalc(measure = "PFT", xi = xi, ni = ni)
  r <- rma(yi, vi, data = dat, method = "REML", control = ctl)
  p <- predict(r, transf = transf.ipft.hm, targs = list(ni = ni))
  row(sprintf('("%s", "ft_reml")', o),
      sprintf('r <- rma(yi, vi, data=escalc(measure="PFT", xi=%s, ni=%s), method="REML", control=ctl); predict(r, transf=transf.ipft.hm, targs=list(ni=%s))',
              vec(xi), vec(ni), vec(ni)),
      p$pred, p$ci.lb, p$ci.ub, p$pi.lb, p$pi.ub, r$tau2, r$I2, r$QE, r$QEp)
}
cat("}\n")
