# Reference values for tests/pooling/test_subgroups_common_tau2.py: subgroup differences
# under a common tau^2 (mixed-effects model with factor(g)), metafor 3.8-1, lme4 1.1-31.
# Run: Rscript tests/pooling/reference/make_subgroup_reference.R
suppressMessages(library(metafor))
ctl <- list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)
f <- function(x) sprintf("%.10f", x)
xi <- c(9, 6, 12, 12, 33, 0, 3, 5, 2); ni <- c(11, 13, 15, 19, 35, 10, 20, 25, 18)
g <- c("a","a","a","a","a","c","c","c","c")
dat <- escalc(measure="PLO", xi=xi, ni=ni)
for (m in c("REML","DL","PM")) for (t in c("z","knha","adhoc")) {
 r <- rma(yi, vi, data=dat, mods=~factor(g), method=m, test=t, control=ctl)
 cat(sprintf('    ("%s", "%s"): dict(tau2=%s, qm=%s, qm_p=%s),  # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33,0,3,5,2), ni=c(11,13,15,19,35,10,20,25,18)), mods=~factor(c(rep("a",5), rep("c",4))), method="%s", test="%s", control=ctl): $tau2, $QM, $QMp\n', m, t, f(r$tau2), f(r$QM), f(r$QMp), m, t))
}
gctl <- list(optimizer = "bobyqa", optCtrl = list(rhoend = 1e-12, maxfun = 1e5), tolPwrss = 1e-12)
for (t in c("z", "t")) {
 r <- suppressWarnings(rma.glmm(measure="PLO", xi=xi, ni=ni, mods=~factor(g), nAGQ=20, test=t, control=list(glmerCtrl=gctl)))
 cat(sprintf('    ("GLMM", "%s"): dict(tau2=%s, qm=%s, qm_p=%s),  # rma.glmm(measure="PLO", xi=c(9,6,12,12,33,0,3,5,2), ni=c(11,13,15,19,35,10,20,25,18), mods=~factor(c(rep("a",5), rep("c",4))), nAGQ=20, test="%s", control=list(glmerCtrl=list(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12))): $tau2, $QM, $QMp\n', t, f(r$tau2), f(r$QM), f(r$QMp), t))
}
