# References for tests/stats/test_twoarm.py (xu2025 arm comparisons); R 4.2.2, metafor 3.8-1.
suppressMessages(library(metafor))
p <- function(label, x) cat(label, ":", paste(sprintf("%.17g", x), collapse=", "), "\n")
fake <- function(mean, sd, n) { set.seed(1); as.numeric(scale(rnorm(n))) * sd + mean }
ft <- function(k1, n1, k2, n2) fisher.test(matrix(c(k1, n1 - k1, k2, n2 - k2), 2, byrow=TRUE))$p.value
wil <- function(k, n, lev) prop.test(k, n, correct=FALSE, conf.level=lev)$conf.int
newc <- function(k1, n1, k2, n2, lev=0.95) { p1 <- k1/n1; p2 <- k2/n2; a <- wil(k1, n1, lev); b <- wil(k2, n2, lev)
  c(p1 - p2, p1 - p2 - sqrt((p1 - a[1])^2 + (b[2] - p2)^2), p1 - p2 + sqrt((a[2] - p1)^2 + (p2 - b[1])^2)) }
for (x in list(c(9, 11, 6, 13), c(0, 11, 5, 13), c(0, 11, 7, 13), c(4, 11, 9, 13)))
  p(sprintf("fisher + newcombe(%s)", paste(x, collapse=",")), c(do.call(ft, as.list(x)), do.call(newc, as.list(x))))
tt <- function(m1, s1, n1, m2, s2, n2) { r <- t.test(fake(m1, s1, n1), fake(m2, s2, n2)); c(r$p.value, r$conf.int) }
smd <- function(...) { e <- summary(escalc(measure="SMD", ...)); c(e$yi, e$ci.lb, e$ci.ub) }
for (x in list(c(3.09, .95, 11, 1.64, .83, 13), c(2.8, 2.4, 11, 6.2, 4.4, 13),
               c(1.61, 1.63, 11, 4.33, 2.90, 13), c(2.14, 2.07, 11, 6.15, 4.85, 13)))
  p(sprintf("welch + smd(%s)", paste(x, collapse=",")), c(do.call(tt, as.list(x)),
    smd(m1i=x[1], sd1i=x[2], n1i=x[3], m2i=x[4], sd2i=x[5], n2i=x[6])))
# Boschloo's test written out as in bosch.R (same definition):
# Boschloo's test written out: statistic = one-sided Fisher p-value; p-value = sup over the
# common proportion pi of P(statistic <= observed), found on a 1e-4 grid then refined
# with optimize() around the best grid point.
boschloo_one <- function(k1, n1, k2, n2, alternative) {
  y1 <- rep(0:n1, times = n2 + 1); y2 <- rep(0:n2, each = n1 + 1)
  fisher_p <- function(a, b) if (alternative == "greater")
    phyper(b, n2, n1, a + b) else phyper(a, n1, n2, a + b)
  stat <- mapply(fisher_p, y1, y2); obs <- fisher_p(k1, k2)
  rej <- stat <= obs * (1 + 1e-13)
  pr <- function(pi) sum(dbinom(y1[rej], n1, pi) * dbinom(y2[rej], n2, pi))
  grid <- seq(0, 1, by = 1e-4); vals <- sapply(grid, pr); i <- which.max(vals)
  best <- optimize(pr, c(max(0, grid[i] - 1e-4), min(1, grid[i] + 1e-4)),
                   maximum = TRUE, tol = 1e-12)$objective
  c(obs, max(best, vals[i]))
}
boschloo <- function(k1, n1, k2, n2, alternative = "two.sided") {
  if (alternative != "two.sided") return(boschloo_one(k1, n1, k2, n2, alternative))
  l <- boschloo_one(k1, n1, k2, n2, "less"); g <- boschloo_one(k1, n1, k2, n2, "greater")
  r <- if (l[2] < g[2]) l else g
  c(r[1], min(1, 2 * r[2]))
}
for (x in list(c(9, 11, 6, 13), c(0, 11, 5, 13), c(0, 11, 7, 13), c(4, 11, 9, 13)))
  p(sprintf("boschloo(%s)", paste(x, collapse=",")), do.call(boschloo, as.list(x)))
