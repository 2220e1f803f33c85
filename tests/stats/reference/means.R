suppressMessages(library(metafor))
p <- function(label, x) cat(label, ":", paste(sprintf("%.17g", x), collapse=", "), "\n")
# a sample with exactly the given mean and SD
fake <- function(mean, sd, n) { set.seed(1); as.numeric(scale(rnorm(n))) * sd + mean }
tt <- function(m1, s1, n1, m2, s2, n2, ...) {
  r <- t.test(fake(m1, s1, n1), fake(m2, s2, n2), ...)
  c(r$statistic, r$parameter, r$p.value, r$conf.int) }
p("tt(12.3, 4.1, 25, 10.2, 6.3, 31)", tt(12.3, 4.1, 25, 10.2, 6.3, 31))
p("tt(12.3, 4.1, 25, 10.2, 6.3, 31, var.equal=TRUE)", tt(12.3, 4.1, 25, 10.2, 6.3, 31, var.equal=TRUE))
p("tt(12.3, 4.1, 25, 10.2, 6.3, 31, conf.level=0.90)", tt(12.3, 4.1, 25, 10.2, 6.3, 31, conf.level=0.90))
p("tt(5, 1, 2, 3, 2, 2)", tt(5, 1, 2, 3, 2, 2))
p("tt(12.3, 4.1, 25, 10.2, 0, 31)", tt(12.3, 4.1, 25, 10.2, 0, 31))
p("tt(12.3, 4.1, 25, 10.2, 0, 31, var.equal=TRUE)", tt(12.3, 4.1, 25, 10.2, 0, 31, var.equal=TRUE))
smd <- function(...) { e <- summary(escalc(measure="SMD", ...)); c(e$yi, e$vi, e$ci.lb, e$ci.ub) }
p("smd(m1i=12.3, sd1i=4.1, n1i=25, m2i=10.2, sd2i=6.3, n2i=31)", smd(m1i=12.3, sd1i=4.1, n1i=25, m2i=10.2, sd2i=6.3, n2i=31))
p("smd(m1i=5, sd1i=1, n1i=2, m2i=3, sd2i=2, n2i=2)", smd(m1i=5, sd1i=1, n1i=2, m2i=3, sd2i=2, n2i=2))
p("smd(m1i=12.3, sd1i=4.1, n1i=25, m2i=10.2, sd2i=0, n2i=31)", smd(m1i=12.3, sd1i=4.1, n1i=25, m2i=10.2, sd2i=0, n2i=31))
p("smd(m1i=1.1, sd1i=0.9, n1i=120, m2i=1.4, sd2i=1.2, n2i=115)", smd(m1i=1.1, sd1i=0.9, n1i=120, m2i=1.4, sd2i=1.2, n2i=115))
e <- summary(escalc(measure="SMD", m1i=12.3, sd1i=4.1, n1i=25, m2i=10.2, sd2i=6.3, n2i=31), level=90)
p("summary(escalc(measure='SMD', m1i=12.3, sd1i=4.1, n1i=25, m2i=10.2, sd2i=6.3, n2i=31), level=90)[c('ci.lb','ci.ub')]", c(e$ci.lb, e$ci.ub))
p("metafor:::.cmicalc(2)", metafor:::.cmicalc(2))
p("metafor:::.cmicalc(54)", metafor:::.cmicalc(54))
luo <- function(m, a, b, n) { w <- 4/(4 + n^0.75); w*m + (1-w)*(a+b)/2 }
wan_r <- function(a, b, n) (b - a)/(2*qnorm((n - 0.375)/(n + 0.25)))
wan_i <- function(q1, q3, n) (q3 - q1)/(2*qnorm((0.75*n - 0.125)/(n + 0.25)))
p("c(luo(34, 18, 71, 45), wan_r(18, 71, 45))", c(luo(34, 18, 71, 45), wan_r(18, 71, 45)))
p("c(luo(7.5, 1, 19, 2), wan_r(1, 19, 2))", c(luo(7.5, 1, 19, 2), wan_r(1, 19, 2)))
p("c(luo(20, 20, 20, 10), wan_r(20, 20, 10))", c(luo(20, 20, 20, 10), wan_r(20, 20, 10)))
p("c((25 + 34 + 52)/3, wan_i(25, 52, 45))", c((25 + 34 + 52)/3, wan_i(25, 52, 45)))
p("c((2 + 3 + 9)/3, wan_i(2, 9, 2))", c((2 + 3 + 9)/3, wan_i(2, 9, 2)))
p("c(luo(34, 18, 71, 1000), wan_r(18, 71, 1000))", c(luo(34, 18, 71, 1000), wan_r(18, 71, 1000)))
