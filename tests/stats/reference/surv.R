suppressMessages(library(survival))
p <- function(label, x) cat(label, ":", paste(sprintf("%.17g", x), collapse=", "), "\n")
ci <- function(S, se, type, lev=0.95) unlist(survival:::survfit_confint(S, se, logse=FALSE, conf.type=type, conf.int=lev))
for (type in c("log-log", "plain", "log")) {
  p(sprintf("ci(0.63, 0.05, '%s')", type), ci(0.63, 0.05, type))
  p(sprintf("ci(0.97, 0.03, '%s')", type), ci(0.97, 0.03, type))
  p(sprintf("ci(0.1, 0.08, '%s')", type), ci(0.1, 0.08, type))
  p(sprintf("ci(1, 0, '%s')", type), ci(1, 0, type))
  p(sprintf("ci(0, 0, '%s')", type), ci(0, 0, type))
}
p("ci(0.63, 0.05, 'log-log', lev=0.90)", ci(0.63, 0.05, "log-log", lev=0.90))
for (type in c("log-log", "plain", "log")) {
  fit <- survfit(Surv(time, status) ~ 1, data = aml, conf.type = type)
  s <- summary(fit, times = c(12, 24))
  p(sprintf("summary(survfit(Surv(time, status) ~ 1, data=aml, conf.type='%s'), times=c(12, 24))[c('surv','std.err','lower','upper')]", type), c(s$surv, s$std.err, s$lower, s$upper))
}
fit <- survfit(Surv(1:10, rep(1, 10)) ~ 1)
s <- summary(fit, times = c(3.5, 7.5))
p("s <- summary(survfit(Surv(1:10, rep(1, 10)) ~ 1), times=c(3.5, 7.5)); c(s$surv, s$std.err)", c(s$surv, s$std.err))
p("s$surv*(1-s$surv)/s$std.err^2", s$surv*(1-s$surv)/s$std.err^2)
