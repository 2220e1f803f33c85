# Reference values for tests/pooling/test_synthesis_vs_metafor.py: every pool of two or more
# cohorts that notebooks/06_synthesis.ipynb reports (reports/tables/synthesis_pooled.csv),
# refitted in R from its `cohorts` column alone (`rates` for survival pools).
#
# Regenerate with
#     Rscript tests/pooling/reference/make_synthesis_reference.R > tests/pooling/synthesis_reference.py
# Ran on: R 4.2.2, metafor 3.8-1, lme4 1.1-31 (Debian bookworm packages).
#
# Proportions: "study:cohort=events/n;...". GLMM: rma.glmm(measure="PLO", nAGQ=50) as the
# notebook's glmm_nodes=50, with lme4's optimiser tightened (bobyqa, rhoend=1e-12); test="z"
# (glmm) or "t" (glmm_t). Inverse variance: escalc(measure="PLO") (0.5 added to 0%/100%
# cohorts only), rma(method=REML|DL|PM, test=z|knha|adhoc) with tight iteration control;
# Freeman-Tukey: escalc(measure="PFT"), back-transformed with transf.ipft.hm.
# Rates: "study:cohort=S(se SE);...", yi = log(-log(S)), vi = (SE / (S log S))^2.
# Prediction interval: predict(pi.type="riley") for the t-based methods (NA below k = 3, where
# metafor would silently use 1 df), the default otherwise. tau^2 / I^2 intervals: confint().

suppressMessages({
  library(metafor)
  library(lme4)
})
ctl <- list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)
cictl <- list(tol = 1e-12, tau2.max = 1e6)
gctl <- list(optimizer = "bobyqa", optCtrl = list(rhoend = 1e-12, maxfun = 1e5), tolPwrss = 1e-12)
f <- function(x) if (is.null(x) || length(x) == 0 || is.na(x)) "nan" else sprintf("%.12g", x)

# Each pool with the methods the synthesis reports for it: every method for the primary and
# across-strata pools, the primary one (glmm_t; reml_hk for rates) for sensitivity pools.
only_primary <- c(
    "lu2024:all=30/35;realworld2025:induction_ph_neg=28/32",
    "lu2024:all=33/35;realworld2025:induction_ph_neg=32/37",
    "wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11",
    "wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11;realworld2025:induction_ph_neg=32/37",
    "wang2025:overt_marrow=12/15;realworld2025:induction_ph_pos=11/11;lu2024:all=35/35",
    "xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35",
    "xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_neg=32/37",
    "xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11;realworld2025:induction_ph_neg=32/37",
    "xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=35/35",
    "xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;realworld2025:induction_ph_pos=11/11;lu2024:all=35/35",
    "xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;realworld2025:induction_ph_pos=11/11;realworld2025:induction_ph_neg=32/37",
    "xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35;realworld2025:induction_ph_neg=28/32",
    "xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=31/35",
    "xu2025:blinatumomab=9/11;wang2025:all=12/19;realworld2025:induction_ph_neg=28/32",
    "wang2025:all=0.642(se 0.121);lu2024:all=0.971(se 0.0289760107689)"
)
pools <- list(
  proportion = c(
    "lu2024:all=30/35;realworld2025:induction_ph_neg=28/32",
    "lu2024:all=33/35;realworld2025:induction_ph_neg=32/37",
    "wang2025:all=1/19;lu2024:all=3/35",
    "xu2025:blinatumomab=11/11;realworld2025:induction_ph_pos=11/11",
    "wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11",
    "wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11;realworld2025:induction_ph_neg=32/37",
    "wang2025:overt_marrow=12/15;realworld2025:induction_ph_pos=11/11;lu2024:all=35/35",
    "xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35",
    "xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_neg=32/37",
    "xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11",
    "xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11;realworld2025:induction_ph_neg=32/37",
    "xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=35/35",
    "xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;realworld2025:induction_ph_pos=11/11;lu2024:all=35/35",
    "xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;realworld2025:induction_ph_pos=11/11;realworld2025:induction_ph_neg=32/37",
    "xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35",
    "xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35;realworld2025:induction_ph_neg=28/32",
    "xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=31/35",
    "xu2025:blinatumomab=9/11;wang2025:all=12/19;realworld2025:induction_ph_neg=28/32"
  ),
  rate = c(
    "wang2025:all=0.642(se 0.121);lu2024:all=0.971(se 0.028160307446)",
    "wang2025:all=0.642(se 0.121);lu2024:all=0.971(se 0.0289760107689)"
  )
)
parse <- function(text) {
  parts <- strsplit(strsplit(text, ";")[[1]], "=")
  vals <- sapply(parts, `[`, 2)
  if (grepl("/", vals[1])) {
    nums <- strsplit(vals, "/")
    list(xi = as.numeric(sapply(nums, `[`, 1)), ni = as.numeric(sapply(nums, `[`, 2)))
  } else {
    list(S = as.numeric(sub("\\(.*", "", vals)), se = as.numeric(sub(".*se ([0-9.e-]+)\\)", "\\1", vals)))
  }
}
emit <- function(key, call, pr, tau2, ci, i2, q, qp, k, riley) {
  pi_lb <- if (riley && k < 3) NA else pr$pi.lb
  pi_ub <- if (riley && k < 3) NA else pr$pi.ub
  cat(sprintf("    %s: dict(\n        # %s\n", key, call))
  cat(sprintf("        estimate=%s, lower=%s, upper=%s, pi_lower=%s, pi_upper=%s,\n",
              f(pr$pred), f(pr$ci.lb), f(pr$ci.ub), f(pi_lb), f(pi_ub)))
  if (is.null(ci)) {
    cat(sprintf("        tau2=%s, i2=%s, q=%s, q_p=%s,\n    ),\n", f(tau2), f(i2), f(q), f(qp)))
  } else {
    cat(sprintf("        tau2=%s, tau2_lower=%s, tau2_upper=%s, i2=%s, i2_lower=%s, i2_upper=%s, q=%s, q_p=%s,\n    ),\n",
                f(tau2), f(ci$random["tau^2", "ci.lb"]), f(ci$random["tau^2", "ci.ub"]), f(i2),
                f(ci$random["I^2(%)", "ci.lb"]), f(ci$random["I^2(%)", "ci.ub"]), f(q), f(qp)))
  }
}
iv <- list(reml = c("REML", "z"), reml_hk = c("REML", "knha"), reml_hk_adhoc = c("REML", "adhoc"),
           dl = c("DL", "z"), dl_hk = c("DL", "knha"), dl_hk_adhoc = c("DL", "adhoc"),
           pm = c("PM", "z"), pm_hk = c("PM", "knha"), pm_hk_adhoc = c("PM", "adhoc"))

cat("# ruff: noqa: E501  (each block carries the whole R call that produced it)\n# fmt: off\n")
cat("# Output of tests/pooling/reference/make_synthesis_reference.R (R 4.2.2, metafor 3.8-1, lme4 1.1-31).\n")
cat("# Keys: (cohorts as in synthesis_pooled.csv, method); proportion scale, i2 in percent.\n\n")
cat("nan = float(\"nan\")\n\nSYNTHESIS = {\n")
for (text in pools$proportion) {
  d <- parse(text); xi <- d$xi; ni <- d$ni; k <- length(xi)
  # every cohort at 100% (or 0%): the GLMM's ML estimate is on the boundary, no GLMM row
  boundary <- all(xi == ni) || all(xi == 0)
  for (t in if (boundary) c() else if (text %in% only_primary) "t" else c("z", "t")) {
    g <- suppressWarnings(rma.glmm(measure = "PLO", xi = xi, ni = ni, nAGQ = 50, test = t,
                                   control = list(glmerCtrl = gctl)))
    riley <- t == "t"
    p <- predict(g, transf = transf.ilogit, pi.type = if (riley && k >= 3) "riley" else "default")
    emit(sprintf('("%s", "%s")', text, if (t == "z") "glmm" else "glmm_t"),
         sprintf('rma.glmm(measure="PLO", xi=c(%s), ni=c(%s), nAGQ=50, test="%s", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit%s)',
                 paste(xi, collapse = ","), paste(ni, collapse = ","), t, if (riley) ', pi.type="riley"' else ""),
         p, g$tau2, NULL, g$I2, g$QE.LRT, g$QEp.LRT, k, riley)
  }
  if (text %in% only_primary) next
  dat <- escalc(measure = "PLO", xi = xi, ni = ni)
  for (m in names(iv)) {
    r <- rma(yi, vi, data = dat, method = iv[[m]][1], test = iv[[m]][2], control = ctl)
    riley <- iv[[m]][2] != "z"
    p <- predict(r, transf = transf.ilogit, pi.type = if (riley && k >= 3) "riley" else "default")
    emit(sprintf('("%s", "%s")', text, m),
         sprintf('rma(yi, vi, data=escalc(measure="PLO", xi=c(%s), ni=c(%s)), method="%s", test="%s", control=ctl); predict(transf=transf.ilogit%s); confint(control=cictl)',
                 paste(xi, collapse = ","), paste(ni, collapse = ","), iv[[m]][1], iv[[m]][2], if (riley) ', pi.type="riley"' else ""),
         p, r$tau2, confint(r, control = cictl), r$I2, r$QE, r$QEp, k, riley)
  }
  dat <- escalc(measure = "PFT", xi = xi, ni = ni)
  r <- rma(yi, vi, data = dat, method = "REML", control = ctl)
  p <- predict(r, transf = transf.ipft.hm, targs = list(ni = ni))
  emit(sprintf('("%s", "ft_reml")', text),
       sprintf('rma(yi, vi, data=escalc(measure="PFT", xi=c(%s), ni=c(%s)), method="REML", control=ctl); predict(transf=transf.ipft.hm, targs=list(ni=ni)); confint(control=cictl)',
               paste(xi, collapse = ","), paste(ni, collapse = ",")),
       p, r$tau2, confint(r, control = cictl), r$I2, r$QE, r$QEp, k, FALSE)
}
for (text in pools$rate) {
  d <- parse(text); S <- d$S; se <- d$se; k <- length(S)
  yi <- log(-log(S)); vi <- (se / (S * log(S)))^2
  for (m in if (text %in% only_primary) "reml_hk" else names(iv)) {
    r <- rma(yi, vi, method = iv[[m]][1], test = iv[[m]][2], control = ctl)
    riley <- iv[[m]][2] != "z"
    p <- predict(r, transf = function(x) exp(-exp(x)), pi.type = if (riley && k >= 3) "riley" else "default")
    # log(-log) is decreasing; predict() puts the back-transformed limits in order itself
    emit(sprintf('("%s", "%s")', text, m),
         sprintf('rma(yi=log(-log(S)), vi=(se/(S*log(S)))^2, method="%s", test="%s", control=ctl) with S=c(%s), se=c(%s); predict(transf=function(x) exp(-exp(x))%s)',
                 iv[[m]][1], iv[[m]][2], paste(S, collapse = ","), paste(se, collapse = ","), if (riley) ', pi.type="riley"' else ""),
         p, r$tau2, confint(r, control = cictl), r$I2, r$QE, r$QEp, k, riley)
  }
}
cat("}\n")
