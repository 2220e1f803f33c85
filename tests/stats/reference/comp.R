suppressMessages(library(metafor))
p <- function(label, x) cat(label, ":", paste(sprintf("%.17g", x), collapse=", "), "\n")
# Newcombe method 10 written out from R's Wilson intervals
newcombe <- function(k1, n1, k2, n2, lev=0.95) {
  w1 <- suppressWarnings(prop.test(k1, n1, correct=FALSE, conf.level=lev)$conf.int)
  w2 <- suppressWarnings(prop.test(k2, n2, correct=FALSE, conf.level=lev)$conf.int)
  p1 <- k1/n1; p2 <- k2/n2; d <- p1 - p2
  c(d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2), d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2))
}
for (a in list(c(56,70,48,80), c(9,10,3,10), c(6,7,2,7), c(5,56,0,29), c(0,10,0,20), c(10,10,0,20), c(1,1,0,1)))
  p(sprintf("newcombe(%d, %d, %d, %d)", a[1],a[2],a[3],a[4]), newcombe(a[1],a[2],a[3],a[4]))
p("newcombe(56, 70, 48, 80, lev=0.90)", newcombe(56, 70, 48, 80, lev=0.90))
p("prop.test(c(56, 48), c(70, 80), correct=FALSE)$conf.int", prop.test(c(56, 48), c(70, 80), correct=FALSE)$conf.int)
p("prop.test(c(10, 0), c(10, 20), correct=FALSE)$conf.int", suppressWarnings(prop.test(c(10, 0), c(10, 20), correct=FALSE)$conf.int))
p("prop.test(c(9, 3), c(10, 10), correct=FALSE)$conf.int", suppressWarnings(prop.test(c(9, 3), c(10, 10), correct=FALSE)$conf.int))
rr <- function(..., add=0) { e <- escalc(measure="RR", ..., add=add, to="only0"); c(exp(e$yi), exp(e$yi + c(-1,1)*qnorm(0.975)*sqrt(e$vi))) }
or <- function(..., add=0) { e <- escalc(measure="OR", ..., add=add, to="only0"); c(exp(e$yi), exp(e$yi + c(-1,1)*qnorm(0.975)*sqrt(e$vi))) }
p("rr(ai=56, n1i=70, ci=48, n2i=80)", rr(ai=56, n1i=70, ci=48, n2i=80))
p("rr(ai=7, n1i=34, ci=1, n2i=34)", rr(ai=7, n1i=34, ci=1, n2i=34))
p("rr(ai=5, n1i=56, ci=0, n2i=29, add=1/2)", rr(ai=5, n1i=56, ci=0, n2i=29, add=1/2))
p("rr(ai=10, n1i=10, ci=5, n2i=20, add=1/2)", rr(ai=10, n1i=10, ci=5, n2i=20, add=1/2))
p("rr(ai=10, n1i=10, ci=5, n2i=20)", rr(ai=10, n1i=10, ci=5, n2i=20))
p("or(ai=56, n1i=70, ci=48, n2i=80)", or(ai=56, n1i=70, ci=48, n2i=80))
p("or(ai=7, n1i=34, ci=1, n2i=34)", or(ai=7, n1i=34, ci=1, n2i=34))
p("or(ai=5, n1i=56, ci=0, n2i=29, add=1/2)", or(ai=5, n1i=56, ci=0, n2i=29, add=1/2))
p("or(ai=10, n1i=10, ci=0, n2i=20, add=1/2)", or(ai=10, n1i=10, ci=0, n2i=20, add=1/2))
ft <- function(k1, n1, k2, n2, ...) { f <- fisher.test(matrix(c(k1, k2, n1-k1, n2-k2), 2), ...); c(f$estimate, f$conf.int, f$p.value) }
for (a in list(c(56,70,48,80), c(7,34,1,34), c(9,10,3,10), c(5,56,0,29), c(10,10,0,20), c(0,10,0,20), c(1,1,0,1)))
  p(sprintf("ft(%d, %d, %d, %d)", a[1],a[2],a[3],a[4]), ft(a[1],a[2],a[3],a[4]))
p("ft(56, 70, 48, 80, conf.level=0.90)", ft(56, 70, 48, 80, conf.level=0.90))
p("ft(9, 10, 3, 10, alternative='greater')", ft(9, 10, 3, 10, alternative="greater"))
p("ft(9, 10, 3, 10, alternative='less')", ft(9, 10, 3, 10, alternative="less"))
p("ft(2, 12, 7, 12, alternative='less')", ft(2, 12, 7, 12, alternative="less"))
