p <- function(label, x) cat(label, ":", paste(sprintf("%.17g", x), collapse=", "), "\n")
# Conditional (noncentral hypergeometric) odds ratio, written out as in fisher.test's
# internals but solved on the log scale with uniroot(tol = 1e-13).
cond_or <- function(k1, n1, k2, n2, lev = 0.95, alternative = "two.sided") {
  m <- k1 + k2; n <- (n1 - k1) + (n2 - k2); k <- n1; x <- k1
  lo <- max(0, k - n); hi <- min(k, m); support <- lo:hi
  logdc <- dhyper(support, m, n, k, log = TRUE)
  dn <- function(lt) { d <- logdc + lt * support; d <- exp(d - max(d)); d / sum(d) }
  mn <- function(lt) sum(support * dn(lt))
  pn_le <- function(lt) sum(dn(lt)[support <= x])
  pn_ge <- function(lt) sum(dn(lt)[support >= x])
  root <- function(f) exp(uniroot(f, c(-60, 60), tol = 1e-13)$root)
  est <- if (x == lo) 0 else if (x == hi) Inf else root(function(lt) mn(lt) - x)
  a <- if (alternative == "two.sided") (1 - lev) / 2 else 1 - lev
  lower <- if (x == lo || alternative == "less") 0 else root(function(lt) pn_ge(lt) - a)
  upper <- if (x == hi || alternative == "greater") Inf else root(function(lt) pn_le(lt) - a)
  c(est, lower, upper)
}
for (a in list(c(56,70,48,80), c(7,34,1,34), c(9,10,3,10), c(5,56,0,29), c(10,10,0,20), c(1,1,0,1)))
  p(sprintf("cond_or(%d, %d, %d, %d)", a[1],a[2],a[3],a[4]), cond_or(a[1],a[2],a[3],a[4]))
p("cond_or(56, 70, 48, 80, lev=0.90)", cond_or(56, 70, 48, 80, lev=0.90))
p("cond_or(9, 10, 3, 10, alternative='greater')", cond_or(9, 10, 3, 10, alternative="greater"))
p("cond_or(9, 10, 3, 10, alternative='less')", cond_or(9, 10, 3, 10, alternative="less"))
p("cond_or(2, 12, 7, 12, alternative='less')", cond_or(2, 12, 7, 12, alternative="less"))
