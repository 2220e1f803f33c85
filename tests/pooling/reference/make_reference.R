# Reference values for tests/pooling, from R's metafor and lme4.
#
# Regenerate with
#     Rscript tests/pooling/reference/make_reference.R > /tmp/metafor_reference.py
# and diff against tests/pooling/metafor_reference.py (its numbers are this script's output,
# pasted; every number carries the R expression that produced it).
#
# Ran on: R 4.2.2, metafor 3.8-1, lme4 1.1-31 (Debian bookworm packages).
#
# Tight iteration controls are used for the iterative tau^2 estimators so that the pasted
# numbers are the exact roots (metafor's defaults stop at threshold=1e-5 / uniroot tol
# = eps^0.25, i.e. about 1e-4 on tau^2); tau2.max is raised so that the Q-profile upper
# limit is not capped at metafor's default of 100.

suppressMessages({
  library(metafor)
  library(lme4)
})

ctl <- list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)
cictl <- list(tol = 1e-12, tau2.max = 1e6)
f <- function(x) sprintf("%.10f", x)
out <- function(name, value, call) cat(sprintf("    %s=%s,  # %s\n", name, f(value), call))

datasets <- list(
  A = list(xi = c(9, 6, 12, 12, 33), ni = c(11, 13, 15, 19, 35)),
  B = list(xi = c(24, 11, 35, 12, 33), ni = c(24, 11, 35, 15, 35)),
  C = list(xi = c(0, 3, 5, 2), ni = c(10, 20, 25, 18)),
  K2 = list(xi = c(9, 6), ni = c(11, 13)),
  H = list(xi = c(10, 11, 9, 10, 12), ni = c(20, 20, 20, 21, 22))
)
vec <- function(x) paste0("c(", paste(x, collapse = ","), ")")

cat("# Output of tests/pooling/reference/make_reference.R (R 4.2.2, metafor 3.8-1, lme4 1.1-31).\n")
cat("# ctl <- list(threshold=1e-12, tol=1e-12, maxiter=10000)\n")
cat("# cictl <- list(tol=1e-12, tau2.max=1e6)\n\n")

iv_block <- function(dname, xi, ni, measure, method, test, level = 95) {
  dat <- escalc(measure = measure, xi = xi, ni = ni)
  res <- rma(yi, vi, data = dat, method = method, test = test, level = level, control = ctl)
  pr <- predict(res)
  ci <- confint(res, control = cictl)
  call <- sprintf(
    'res <- rma(yi, vi, data=escalc(measure="%s", xi=%s, ni=%s), method="%s", test="%s", level=%s, control=ctl)',
    measure, vec(xi), vec(ni), method, test, level
  )
  key <- sprintf("%s_%s_%s_%s", dname, measure, method, test)
  if (level != 95) key <- paste0(key, "_", level)
  cat(sprintf("%s = dict(\n    # %s\n", key, call))
  out("tau2", res$tau2, "res$tau2")
  out("mu", coef(res), "coef(res)")
  out("se", res$se, "res$se")
  out("ci_lb", res$ci.lb, "res$ci.lb")
  out("ci_ub", res$ci.ub, "res$ci.ub")
  out("pi_lb", pr$pi.lb, "predict(res)$pi.lb")
  out("pi_ub", pr$pi.ub, "predict(res)$pi.ub")
  out("q", res$QE, "res$QE")
  out("q_p", res$QEp, "res$QEp")
  out("i2", res$I2, "res$I2")
  out("tau2_lb", ci$random["tau^2", "ci.lb"], 'confint(res, control=cictl)$random["tau^2", "ci.lb"]')
  out("tau2_ub", ci$random["tau^2", "ci.ub"], 'confint(res, control=cictl)$random["tau^2", "ci.ub"]')
  out("i2_lb", ci$random["I^2(%)", "ci.lb"], 'confint(res, control=cictl)$random["I^2(%)", "ci.lb"]')
  out("i2_ub", ci$random["I^2(%)", "ci.ub"], 'confint(res, control=cictl)$random["I^2(%)", "ci.ub"]')
  if (res$k >= 3) {
    rl <- predict(res, pi.type = "riley")
    out("pi_riley_lb", rl$pi.lb, 'predict(res, pi.type="riley")$pi.lb')
    out("pi_riley_ub", rl$pi.ub, 'predict(res, pi.type="riley")$pi.ub')
  }
  w <- weights(res)
  for (i in seq_along(w)) out(sprintf("w%d", i), w[i], sprintf("weights(res)[%d]", i))
  if (measure == "PFT") {
    bt <- predict(res, transf = transf.ipft.hm, targs = list(ni = ni))
    tcall <- "predict(res, transf=transf.ipft.hm, targs=list(ni=%s))$%s"
    out("bt_pred", bt$pred, sprintf(tcall, vec(ni), "pred"))
    out("bt_ci_lb", bt$ci.lb, sprintf(tcall, vec(ni), "ci.lb"))
    out("bt_ci_ub", bt$ci.ub, sprintf(tcall, vec(ni), "ci.ub"))
    out("bt_pi_lb", bt$pi.lb, sprintf(tcall, vec(ni), "pi.lb"))
    out("bt_pi_ub", bt$pi.ub, sprintf(tcall, vec(ni), "pi.ub"))
  }
  cat(")\n\n")
}

glmm_block <- function(dname, xi, ni) {
  res <- rma.glmm(measure = "PLO", xi = xi, ni = ni)
  pr <- predict(res)
  call <- sprintf('res <- rma.glmm(measure="PLO", xi=%s, ni=%s)  # method="ML", nAGQ=7', vec(xi), vec(ni))
  cat(sprintf("%s_GLMM_metafor = dict(\n    # %s\n", dname, call))
  out("tau2", res$tau2, "res$tau2")
  out("mu", coef(res), "coef(res)")
  out("se", res$se, "res$se")
  out("ci_lb", res$ci.lb, "res$ci.lb")
  out("ci_ub", res$ci.ub, "res$ci.ub")
  out("pi_lb", pr$pi.lb, "predict(res)$pi.lb")
  out("pi_ub", pr$pi.ub, "predict(res)$pi.ub")
  out("q_wald", res$QE.Wld, "res$QE.Wld")
  out("q_wald_p", res$QEp.Wld, "res$QEp.Wld")
  out("q_lrt", res$QE.LRT, "res$QE.LRT")
  out("q_lrt_p", res$QEp.LRT, "res$QEp.LRT")
  out("i2", res$I2, "res$I2")
  cat(")\n\n")
  # test="t" (the small-k primary analysis), nAGQ raised and lme4's optimiser tightened.
  gctl <- list(optimizer = "bobyqa", optCtrl = list(rhoend = 1e-12, maxfun = 1e5), tolPwrss = 1e-12)
  res <- suppressWarnings(rma.glmm(measure = "PLO", xi = xi, ni = ni, test = "t", nAGQ = 20,
    control = list(glmerCtrl = gctl)))
  call <- sprintf(paste0('res <- rma.glmm(measure="PLO", xi=%s, ni=%s, test="t", nAGQ=20, ',
    'control=list(glmerCtrl=list(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12)))'),
    vec(xi), vec(ni))
  cat(sprintf("%s_GLMM_t_nAGQ20 = dict(\n    # %s\n", dname, call))
  out("tau2", res$tau2, "res$tau2")
  out("mu", coef(res), "coef(res)")
  out("se", res$se, "res$se")
  out("ci_lb", res$ci.lb, "res$ci.lb")
  out("ci_ub", res$ci.ub, "res$ci.ub")
  out("pi_lb", predict(res)$pi.lb, "predict(res)$pi.lb  # t(k-1)")
  out("pi_ub", predict(res)$pi.ub, "predict(res)$pi.ub")
  if (res$k >= 3) {
    rl <- predict(res, pi.type = "riley")
    out("pi_riley_lb", rl$pi.lb, 'predict(res, pi.type="riley")$pi.lb')
    out("pi_riley_ub", rl$pi.ub, 'predict(res, pi.type="riley")$pi.ub')
  }
  cat(")\n\n")
  d <- data.frame(x = xi, n = ni, study = factor(seq_along(xi)))
  for (q in c(1, 7, 20, 25)) {
    m <- suppressMessages(glmer(cbind(x, n - x) ~ 1 + (1 | study), family = binomial, data = d, nAGQ = q))
    call <- sprintf(
      "m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=%d, data=data.frame(x=%s, n=%s, study=factor(1:%d)))",
      q, vec(xi), vec(ni), length(xi)
    )
    cat(sprintf("%s_GLMM_lme4_nAGQ%d = dict(\n    # %s\n", dname, q, call))
    out("mu", fixef(m), "fixef(m)")
    out("se", sqrt(vcov(m)[1, 1]), "sqrt(vcov(m)[1, 1])")
    out("tau2", VarCorr(m)$study[1], "VarCorr(m)$study[1]")
    out("minus2ll", -2 * logLik(m), "-2 * logLik(m)  # relative to the saturated model when nAGQ > 1")
    cat(")\n\n")
  }
  # lme4 with a tight optimiser, to see how far the default Nelder-Mead stage stops short.
  tight <- "glmerControl(optimizer=\"bobyqa\", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12)"
  for (q in c(7, 20)) {
    m <- suppressMessages(suppressWarnings(glmer(cbind(x, n - x) ~ 1 + (1 | study), family = binomial, data = d, nAGQ = q,
      control = glmerControl(optimizer = "bobyqa", optCtrl = list(rhoend = 1e-12, maxfun = 1e5), tolPwrss = 1e-12)
    )))
    call <- sprintf(
      "m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=%d, data=data.frame(x=%s, n=%s, study=factor(1:%d)), control=%s)",
      q, vec(xi), vec(ni), length(xi), tight
    )
    cat(sprintf("%s_GLMM_lme4_tight_nAGQ%d = dict(\n    # %s\n", dname, q, call))
    out("mu", fixef(m), "fixef(m)")
    out("se", sqrt(vcov(m)[1, 1]), "sqrt(vcov(m)[1, 1])")
    out("tau2", VarCorr(m)$study[1], "VarCorr(m)$study[1]")
    out("minus2ll", -2 * logLik(m), "-2 * logLik(m)")
    cat(")\n\n")
  }
  # The AGQ objective itself at a fixed point (theta = tau = 0.8, beta = mu = 1.0).
  for (q in c(7, 20)) {
    dd <- glmer(cbind(x, n - x) ~ 1 + (1 | study), family = binomial, data = d, nAGQ = q, devFunOnly = TRUE)
    call <- sprintf(
      "dd <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=%d, data=data.frame(x=%s, n=%s, study=factor(1:%d)), devFunOnly=TRUE)",
      q, vec(xi), vec(ni), length(xi)
    )
    cat(sprintf("%s_GLMM_lme4_devfun_nAGQ%d = dict(\n    # %s\n", dname, q, call))
    out("tau", 0.8, "theta")
    out("mu", 1.0, "beta")
    out("deviance", dd(c(0.8, 1.0)), "dd(c(0.8, 1.0))  # -2 log-lik relative to the saturated model")
    cat(")\n\n")
  }
}

for (dname in names(datasets)) {
  xi <- datasets[[dname]]$xi
  ni <- datasets[[dname]]$ni
  cat(sprintf("# ---- data set %s: xi=%s, ni=%s\n\n", dname, vec(xi), vec(ni)))
  for (method in c("REML", "DL", "PM")) {
    for (test in c("z", "adhoc", "knha")) iv_block(dname, xi, ni, "PLO", method, test)
  }
  iv_block(dname, xi, ni, "PFT", "REML", "z")
  glmm_block(dname, xi, ni)
}

# A 90% level, to check that confidence_level reaches every interval.
iv_block("A", datasets$A$xi, datasets$A$ni, "PLO", "REML", "adhoc", level = 90)
iv_block("A", datasets$A$xi, datasets$A$ni, "PLO", "DL", "z", level = 90)

# k = 1: metafor sets tau^2 = 0 and (with a warning) test="z".
res <- rma(measure = "PLO", xi = 9, ni = 11, method = "REML")
cat('K1_PLO = dict(\n    # res <- rma(measure="PLO", xi=9, ni=11, method="REML")\n')
out("mu", coef(res), "coef(res)")
out("ci_lb", res$ci.lb, "res$ci.lb")
out("ci_ub", res$ci.ub, "res$ci.ub")
cat(")\n\n")

# Leave-one-out on data set A, REML.
res <- rma(measure = "PLO", xi = datasets$A$xi, ni = datasets$A$ni, method = "REML", control = ctl)
l1o <- leave1out(res)
cat(sprintf(
  'A_REML_leave1out = dict(\n    # l1o <- leave1out(rma(measure="PLO", xi=%s, ni=%s, method="REML", control=ctl))\n',
  vec(datasets$A$xi), vec(datasets$A$ni)
))
for (i in seq_along(l1o$estimate)) {
  out(sprintf("mu%d", i), l1o$estimate[i], sprintf("l1o$estimate[%d]", i))
  out(sprintf("tau2_%d", i), l1o$tau2[i], sprintf("l1o$tau2[%d]", i))
}
cat(")\n\n")

# Test for subgroup differences (separate tau^2 per subgroup): a fixed-effect meta-analysis of
# the subgroup estimates, Q_between = its QE on df = groups - 1.
subgroup_q <- function(fits) {
  est <- sapply(fits, coef)
  se <- sapply(fits, function(r) r$se)
  rma(est, sei = se, method = "EE")
}
A <- datasets$A
C <- datasets$C
fits <- list(
  rma(measure = "PLO", xi = A$xi, ni = A$ni, method = "REML", control = ctl),
  rma(measure = "PLO", xi = C$xi, ni = C$ni, method = "REML", control = ctl)
)
sg <- subgroup_q(fits)
cat("SUBGROUP_A_vs_C_REML = dict(\n")
cat(sprintf('    # fits <- list(rma(measure="PLO", xi=%s, ni=%s, method="REML", control=ctl),\n', vec(A$xi), vec(A$ni)))
cat(sprintf('    #              rma(measure="PLO", xi=%s, ni=%s, method="REML", control=ctl))\n', vec(C$xi), vec(C$ni)))
cat("    # sg <- rma(sapply(fits, coef), sei=sapply(fits, function(r) r$se), method=\"EE\")\n")
out("q_between", sg$QE, "sg$QE")
out("q_between_p", sg$QEp, "sg$QEp")
cat(")\n\n")
fits <- list(
  rma(measure = "PLO", xi = A$xi, ni = A$ni, method = "REML", test = "adhoc", control = ctl),
  rma(measure = "PLO", xi = C$xi, ni = C$ni, method = "REML", test = "adhoc", control = ctl)
)
sg <- subgroup_q(fits)
cat("SUBGROUP_A_vs_C_REML_adhoc = dict(\n")
cat("    # as SUBGROUP_A_vs_C_REML with test=\"adhoc\" in both rma() calls\n")
out("q_between", sg$QE, "sg$QE")
out("q_between_p", sg$QEp, "sg$QEp")
cat(")\n\n")
fits <- list(
  rma.glmm(measure = "PLO", xi = A$xi, ni = A$ni),
  rma.glmm(measure = "PLO", xi = C$xi, ni = C$ni)
)
sg <- subgroup_q(fits)
cat("SUBGROUP_A_vs_C_GLMM = dict(\n")
cat(sprintf('    # fits <- list(rma.glmm(measure="PLO", xi=%s, ni=%s),\n', vec(A$xi), vec(A$ni)))
cat(sprintf('    #              rma.glmm(measure="PLO", xi=%s, ni=%s))\n', vec(C$xi), vec(C$ni)))
cat("    # sg <- rma(sapply(fits, coef), sei=sapply(fits, function(r) r$se), method=\"EE\")\n")
out("q_between", sg$QE, "sg$QE")
out("q_between_p", sg$QEp, "sg$QEp")
cat(")\n")
