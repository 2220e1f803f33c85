# Reference values for tests/pooling/test_pool_rates.py, from R's metafor.
#
# Survival rates S with standard errors se are transformed in R, independently of the Python
# code: log(-log S) with variance (se / (S log S))^2 (the delta method), or logit S with
# variance (se / (S (1 - S)))^2; then pooled with rma(yi, vi, ...).
#
# Regenerate with
#     Rscript tests/pooling/reference/make_rates_reference.R > /tmp/rates_reference.py
# and diff against tests/pooling/rates_reference.py (its numbers are this script's output).
#
# Ran on: R 4.2.2, metafor 3.8-1 (Debian bookworm packages).

suppressMessages(library(metafor))

ctl <- list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)
cictl <- list(tol = 1e-12, tau2.max = 1e6)
f <- function(x) sprintf("%.10f", x)
out <- function(name, value, call) cat(sprintf("    %s=%s,  # %s\n", name, f(value), call))
vec <- function(x) paste0("c(", paste(x, collapse = ","), ")")

datasets <- list(
  OS = list(S = c(0.642, 0.971), se = c(0.121, 0.0281603074)),
  R4 = list(S = c(0.642, 0.971, 0.80, 0.733), se = c(0.121, 0.0281603074, 0.07, 0.114)),
  H5 = list(S = c(0.70, 0.72, 0.69, 0.71, 0.70), se = c(0.05, 0.06, 0.04, 0.05, 0.07))
)
transforms <- list(
  loglog = list(y = function(S) log(-log(S)), v = function(S, se) (se / (S * log(S)))^2,
                name = "log(-log(S))", vname = "(se/(S*log(S)))^2"),
  logit = list(y = function(S) qlogis(S), v = function(S, se) (se / (S * (1 - S)))^2,
               name = "qlogis(S)", vname = "(se/(S*(1-S)))^2")
)

cat("# Output of tests/pooling/reference/make_rates_reference.R (R 4.2.2, metafor 3.8-1).\n")
cat("# ctl <- list(threshold=1e-12, tol=1e-12, maxiter=10000)\n")
cat("# cictl <- list(tol=1e-12, tau2.max=1e6)\n\n")

for (dname in names(datasets)) {
  d <- datasets[[dname]]
  for (tname in names(transforms)) {
    tr <- transforms[[tname]]
    yi <- tr$y(d$S)
    vi <- tr$v(d$S, d$se)
    for (method in c("REML", "DL", "PM")) {
      for (test in c("z", "adhoc", "knha")) {
        res <- rma(yi, vi, method = method, test = test, control = ctl)
        pr <- predict(res)
        key <- sprintf("%s_%s_%s_%s", dname, tname, method, test)
        cat(sprintf("%s = dict(\n", key))
        cat(sprintf("    # S <- %s; se <- %s\n", vec(d$S), vec(d$se)))
        cat(sprintf("    # yi <- %s; vi <- %s\n", tr$name, tr$vname))
        cat(sprintf('    # res <- rma(yi, vi, method="%s", test="%s", control=ctl)\n', method, test))
        out("tau2", res$tau2, "res$tau2")
        out("mu", coef(res), "coef(res)")
        out("se", res$se, "res$se")
        out("ci_lb", res$ci.lb, "res$ci.lb")
        out("ci_ub", res$ci.ub, "res$ci.ub")
        out("pi_lb", pr$pi.lb, "predict(res)$pi.lb")
        out("pi_ub", pr$pi.ub, "predict(res)$pi.ub")
        if (res$k >= 3) {
          rl <- predict(res, pi.type = "riley")
          out("pi_riley_lb", rl$pi.lb, 'predict(res, pi.type="riley")$pi.lb')
          out("pi_riley_ub", rl$pi.ub, 'predict(res, pi.type="riley")$pi.ub')
        }
        out("q", res$QE, "res$QE")
        out("q_p", res$QEp, "res$QEp")
        out("i2", res$I2, "res$I2")
        if (test == "z") {
          ci <- confint(res, control = cictl)
          out("tau2_lb", ci$random["tau^2", "ci.lb"], 'confint(res, control=cictl)$random["tau^2", "ci.lb"]')
          out("tau2_ub", ci$random["tau^2", "ci.ub"], 'confint(res, control=cictl)$random["tau^2", "ci.ub"]')
        }
        w <- weights(res)
        for (i in seq_along(w)) out(sprintf("w%d", i), w[i], sprintf("weights(res)[%d]", i))
        cat(")\n")
      }
    }
  }
}
