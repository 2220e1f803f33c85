"""Reference values from R metafor 3.8-1 / lme4 1.1-31, pasted from the output of
``Rscript tests/pooling/reference/make_reference.R`` (R 4.2.2); each number carries the R
expression that produced it, each block the call that fitted the model.
"""

# ruff: noqa: E501
# Output of tests/pooling/reference/make_reference.R (R 4.2.2, metafor 3.8-1, lme4 1.1-31).
# ctl <- list(threshold=1e-12, tol=1e-12, maxiter=10000)
# cictl <- list(tol=1e-12, tau2.max=1e6)

# ---- data set A: xi=c(9,6,12,12,33), ni=c(11,13,15,19,35)

A_PLO_REML_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35)), method="REML", test="z", level=95, control=ctl)
    tau2=0.8195852712,  # res$tau2
    mu=1.1314576042,  # coef(res)
    se=0.4944354809,  # res$se
    ci_lb=0.1623818689,  # res$ci.lb
    ci_ub=2.1005333395,  # res$ci.ub
    pi_lb=-0.8903017410,  # predict(res)$pi.lb
    pi_ub=3.1532169494,  # predict(res)$pi.ub
    q=12.1218418087,  # res$QE
    q_p=0.0164678477,  # res$QEp
    i2=68.2297805229,  # res$I2
    tau2_lb=0.0352532051,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.8351170409,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=8.4564123310,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=96.2646799037,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-2.1513274924,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=4.4142427008,  # predict(res, pi.type="riley")$pi.ub
    w1=17.0872344277,  # weights(res)[1]
    w2=21.6512690377,  # weights(res)[2]
    w3=19.7748078128,  # weights(res)[3]
    w4=23.3765647565,  # weights(res)[4]
    w5=18.1101239653,  # weights(res)[5]
)

A_PLO_REML_adhoc = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35)), method="REML", test="adhoc", level=95, control=ctl)
    tau2=0.8195852712,  # res$tau2
    mu=1.1314576042,  # coef(res)
    se=0.4956550353,  # res$se
    ci_lb=-0.2447013924,  # res$ci.lb
    ci_ub=2.5076166008,  # res$ci.ub
    pi_lb=-1.7341500926,  # predict(res)$pi.lb
    pi_ub=3.9970653009,  # predict(res)$pi.ub
    q=12.1218418087,  # res$QE
    q_p=0.0164678477,  # res$QEp
    i2=68.2297805229,  # res$I2
    tau2_lb=0.0352532051,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.8351170409,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=8.4564123310,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=96.2646799037,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-2.1531895908,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=4.4161047992,  # predict(res, pi.type="riley")$pi.ub
    w1=17.0872344277,  # weights(res)[1]
    w2=21.6512690377,  # weights(res)[2]
    w3=19.7748078128,  # weights(res)[3]
    w4=23.3765647565,  # weights(res)[4]
    w5=18.1101239653,  # weights(res)[5]
)

A_PLO_REML_knha = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35)), method="REML", test="knha", level=95, control=ctl)
    tau2=0.8195852712,  # res$tau2
    mu=1.1314576042,  # coef(res)
    se=0.4956550353,  # res$se
    ci_lb=-0.2447013924,  # res$ci.lb
    ci_ub=2.5076166008,  # res$ci.ub
    pi_lb=-1.7341500926,  # predict(res)$pi.lb
    pi_ub=3.9970653009,  # predict(res)$pi.ub
    q=12.1218418087,  # res$QE
    q_p=0.0164678477,  # res$QEp
    i2=68.2297805229,  # res$I2
    tau2_lb=0.0352532051,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.8351170409,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=8.4564123310,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=96.2646799037,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-2.1531895908,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=4.4161047992,  # predict(res, pi.type="riley")$pi.ub
    w1=17.0872344277,  # weights(res)[1]
    w2=21.6512690377,  # weights(res)[2]
    w3=19.7748078128,  # weights(res)[3]
    w4=23.3765647565,  # weights(res)[4]
    w5=18.1101239653,  # weights(res)[5]
)

A_PLO_DL_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35)), method="DL", test="z", level=95, control=ctl)
    tau2=0.7748808371,  # res$tau2
    mu=1.1282369212,  # coef(res)
    se=0.4851842785,  # res$se
    ci_lb=0.1772932094,  # res$ci.lb
    ci_ub=2.0791806330,  # res$ci.ub
    pi_lb=-0.8417800254,  # predict(res)$pi.lb
    pi_ub=3.0982538677,  # predict(res)$pi.ub
    q=12.1218418087,  # res$QE
    q_p=0.0164678477,  # res$QEp
    i2=67.0017142352,  # res$I2
    tau2_lb=0.0352532051,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.8351170409,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=8.4564123310,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=96.2646799037,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-2.0705326493,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=4.3270064916,  # predict(res, pi.type="riley")$pi.ub
    w1=16.9844986785,  # weights(res)[1]
    w2=21.7081128212,  # weights(res)[2]
    w3=19.7561392545,  # weights(res)[3]
    w4=23.5151862811,  # weights(res)[4]
    w5=18.0360629646,  # weights(res)[5]
)

A_PLO_DL_adhoc = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35)), method="DL", test="adhoc", level=95, control=ctl)
    tau2=0.7748808371,  # res$tau2
    mu=1.1282369212,  # coef(res)
    se=0.4954509063,  # res$se
    ci_lb=-0.2473553224,  # res$ci.lb
    ci_ub=2.5038291647,  # res$ci.ub
    pi_lb=-1.6763195835,  # predict(res)$pi.lb
    pi_ub=3.9327934259,  # predict(res)$pi.ub
    q=12.1218418087,  # res$QE
    q_p=0.0164678477,  # res$QEp
    i2=67.0017142352,  # res$I2
    tau2_lb=0.0352532051,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.8351170409,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=8.4564123310,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=96.2646799037,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-2.0864315301,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=4.3429053724,  # predict(res, pi.type="riley")$pi.ub
    w1=16.9844986785,  # weights(res)[1]
    w2=21.7081128212,  # weights(res)[2]
    w3=19.7561392545,  # weights(res)[3]
    w4=23.5151862811,  # weights(res)[4]
    w5=18.0360629646,  # weights(res)[5]
)

A_PLO_DL_knha = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35)), method="DL", test="knha", level=95, control=ctl)
    tau2=0.7748808371,  # res$tau2
    mu=1.1282369212,  # coef(res)
    se=0.4954509063,  # res$se
    ci_lb=-0.2473553224,  # res$ci.lb
    ci_ub=2.5038291647,  # res$ci.ub
    pi_lb=-1.6763195835,  # predict(res)$pi.lb
    pi_ub=3.9327934259,  # predict(res)$pi.ub
    q=12.1218418087,  # res$QE
    q_p=0.0164678477,  # res$QEp
    i2=67.0017142352,  # res$I2
    tau2_lb=0.0352532051,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.8351170409,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=8.4564123310,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=96.2646799037,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-2.0864315301,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=4.3429053724,  # predict(res, pi.type="riley")$pi.ub
    w1=16.9844986785,  # weights(res)[1]
    w2=21.7081128212,  # weights(res)[2]
    w3=19.7561392545,  # weights(res)[3]
    w4=23.5151862811,  # weights(res)[4]
    w5=18.0360629646,  # weights(res)[5]
)

A_PLO_PM_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35)), method="PM", test="z", level=95, control=ctl)
    tau2=0.8256724772,  # res$tau2
    mu=1.1318778740,  # coef(res)
    se=0.4956811229,  # res$se
    ci_lb=0.1603607252,  # res$ci.lb
    ci_ub=2.1033950227,  # res$ci.ub
    pi_lb=-0.8968242705,  # predict(res)$pi.lb
    pi_ub=3.1605800184,  # predict(res)$pi.ub
    q=12.1218418087,  # res$QE
    q_p=0.0164678477,  # res$QEp
    i2=68.3899658735,  # res$I2
    tau2_lb=0.0352532051,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.8351170409,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=8.4564123310,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=96.2646799037,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-2.1621804327,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=4.4259361806,  # predict(res, pi.type="riley")$pi.ub
    w1=17.1006808264,  # weights(res)[1]
    w2=21.6438142440,  # weights(res)[2]
    w3=19.7771902154,  # weights(res)[3]
    w4=23.3585349509,  # weights(res)[4]
    w5=18.1197797633,  # weights(res)[5]
)

A_PLO_PM_adhoc = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35)), method="PM", test="adhoc", level=95, control=ctl)
    tau2=0.8256724772,  # res$tau2
    mu=1.1318778740,  # coef(res)
    se=0.4956811229,  # res$se
    ci_lb=-0.2443535535,  # res$ci.lb
    ci_ub=2.5081093014,  # res$ci.ub
    pi_lb=-1.7419403101,  # predict(res)$pi.lb
    pi_ub=4.0056960580,  # predict(res)$pi.ub
    q=12.1218418087,  # res$QE
    q_p=0.0164678477,  # res$QEp
    i2=68.3899658735,  # res$I2
    tau2_lb=0.0352532051,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.8351170409,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=8.4564123310,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=96.2646799037,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-2.1621804327,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=4.4259361806,  # predict(res, pi.type="riley")$pi.ub
    w1=17.1006808264,  # weights(res)[1]
    w2=21.6438142440,  # weights(res)[2]
    w3=19.7771902154,  # weights(res)[3]
    w4=23.3585349509,  # weights(res)[4]
    w5=18.1197797633,  # weights(res)[5]
)

A_PLO_PM_knha = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35)), method="PM", test="knha", level=95, control=ctl)
    tau2=0.8256724772,  # res$tau2
    mu=1.1318778740,  # coef(res)
    se=0.4956811229,  # res$se
    ci_lb=-0.2443535535,  # res$ci.lb
    ci_ub=2.5081093014,  # res$ci.ub
    pi_lb=-1.7419403101,  # predict(res)$pi.lb
    pi_ub=4.0056960580,  # predict(res)$pi.ub
    q=12.1218418087,  # res$QE
    q_p=0.0164678477,  # res$QEp
    i2=68.3899658735,  # res$I2
    tau2_lb=0.0352532051,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.8351170409,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=8.4564123310,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=96.2646799037,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-2.1621804327,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=4.4259361806,  # predict(res, pi.type="riley")$pi.ub
    w1=17.1006808264,  # weights(res)[1]
    w2=21.6438142440,  # weights(res)[2]
    w3=19.7771902154,  # weights(res)[3]
    w4=23.3585349509,  # weights(res)[4]
    w5=18.1197797633,  # weights(res)[5]
)

A_PFT_REML_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PFT", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35)), method="REML", test="z", level=95, control=ctl)
    tau2=0.0339121346,  # res$tau2
    mu=1.0415198336,  # coef(res)
    se=0.0986090071,  # res$se
    ci_lb=0.8482497312,  # res$ci.lb
    ci_ub=1.2347899360,  # res$ci.ub
    pi_lb=0.6320990219,  # predict(res)$pi.lb
    pi_ub=1.4509406452,  # predict(res)$pi.ub
    q=15.3193968874,  # res$QE
    q_p=0.0040826110,  # res$QEp
    i2=71.0905257904,  # res$I2
    tau2_lb=0.0039515020,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.3506178057,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=22.2718759537,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=96.2156160549,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=0.3767322356,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=1.7063074315,  # predict(res, pi.type="riley")$pi.ub
    w1=17.4726239740,  # weights(res)[1]
    w2=18.5458995799,  # weights(res)[2]
    w3=19.4314738986,  # weights(res)[3]
    w4=20.8071590494,  # weights(res)[4]
    w5=23.7428434980,  # weights(res)[5]
    bt_pred=0.7599350740,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(11,13,15,19,35)))$pred
    bt_ci_lb=0.5665246856,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(11,13,15,19,35)))$ci.lb
    bt_ci_ub=0.9140937715,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(11,13,15,19,35)))$ci.ub
    bt_pi_lb=0.3398745273,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(11,13,15,19,35)))$pi.lb
    bt_pi_ub=1.0000000000,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(11,13,15,19,35)))$pi.ub
)

A_GLMM_metafor = dict(
    # res <- rma.glmm(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35))  # method="ML", nAGQ=7
    tau2=0.7171393596,  # res$tau2
    mu=1.2157055473,  # coef(res)
    se=0.4692691520,  # res$se
    ci_lb=0.2959549103,  # res$ci.lb
    ci_ub=2.1354561843,  # res$ci.ub
    pi_lb=-0.6818725283,  # predict(res)$pi.lb
    pi_ub=3.1132836229,  # predict(res)$pi.ub
    q_wald=12.1218418573,  # res$QE.Wld
    q_wald_p=0.0164678474,  # res$QEp.Wld
    q_lrt=15.6252209820,  # res$QE.LRT
    q_lrt_p=0.0035655863,  # res$QEp.LRT
    i2=65.2676169106,  # res$I2
)

A_GLMM_t_nAGQ20 = dict(
    # res <- rma.glmm(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35), test="t", nAGQ=20, control=list(glmerCtrl=list(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12)))
    tau2=0.7171504442,  # res$tau2
    mu=1.2156927187,  # coef(res)
    se=0.4692703381,  # res$se
    ci_lb=-0.0872106146,  # res$ci.lb
    ci_ub=2.5185960520,  # res$ci.ub
    pi_lb=-1.4723952670,  # predict(res)$pi.lb  # t(k-1)
    pi_ub=3.9037807044,  # predict(res)$pi.ub
    pi_riley_lb=-1.8654759536,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=4.2968613910,  # predict(res, pi.type="riley")$pi.ub
)

A_GLMM_lme4_nAGQ1 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=1, data=data.frame(x=c(9,6,12,12,33), n=c(11,13,15,19,35), study=factor(1:5)))
    mu=1.2151690529,  # fixef(m)
    se=0.4623848767,  # sqrt(vcov(m)[1, 1])
    tau2=0.6959612086,  # VarCorr(m)$study[1]
    minus2ll=24.3106035465,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

A_GLMM_lme4_nAGQ7 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=7, data=data.frame(x=c(9,6,12,12,33), n=c(11,13,15,19,35), study=factor(1:5)))
    mu=1.2157055473,  # fixef(m)
    se=0.4692691520,  # sqrt(vcov(m)[1, 1])
    tau2=0.7171393596,  # VarCorr(m)$study[1]
    minus2ll=10.0957092858,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

A_GLMM_lme4_nAGQ20 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=20, data=data.frame(x=c(9,6,12,12,33), n=c(11,13,15,19,35), study=factor(1:5)))
    mu=1.2156814873,  # fixef(m)
    se=0.4692662248,  # sqrt(vcov(m)[1, 1])
    tau2=0.7171356206,  # VarCorr(m)$study[1]
    minus2ll=10.0957046157,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

A_GLMM_lme4_nAGQ25 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=25, data=data.frame(x=c(9,6,12,12,33), n=c(11,13,15,19,35), study=factor(1:5)))
    mu=1.2156814873,  # fixef(m)
    se=0.4692662212,  # sqrt(vcov(m)[1, 1])
    tau2=0.7171356206,  # VarCorr(m)$study[1]
    minus2ll=10.0957046157,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

A_GLMM_lme4_tight_nAGQ7 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=7, data=data.frame(x=c(9,6,12,12,33), n=c(11,13,15,19,35), study=factor(1:5)), control=glmerControl(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12))
    mu=1.2156947847,  # fixef(m)
    se=0.4692683274,  # sqrt(vcov(m)[1, 1])
    tau2=0.7171364336,  # VarCorr(m)$study[1]
    minus2ll=10.0957092305,  # -2 * logLik(m)
)

A_GLMM_lme4_tight_nAGQ20 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=20, data=data.frame(x=c(9,6,12,12,33), n=c(11,13,15,19,35), study=factor(1:5)), control=glmerControl(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12))
    mu=1.2156927187,  # fixef(m)
    se=0.4692703381,  # sqrt(vcov(m)[1, 1])
    tau2=0.7171504442,  # VarCorr(m)$study[1]
    minus2ll=10.0957046147,  # -2 * logLik(m)
)

A_GLMM_lme4_devfun_nAGQ7 = dict(
    # dd <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=7, data=data.frame(x=c(9,6,12,12,33), n=c(11,13,15,19,35), study=factor(1:5)), devFunOnly=TRUE)
    tau=0.8000000000,  # theta
    mu=1.0000000000,  # beta
    deviance=10.3305661861,  # dd(c(0.8, 1.0))  # -2 log-lik relative to the saturated model
)

A_GLMM_lme4_devfun_nAGQ20 = dict(
    # dd <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=20, data=data.frame(x=c(9,6,12,12,33), n=c(11,13,15,19,35), study=factor(1:5)), devFunOnly=TRUE)
    tau=0.8000000000,  # theta
    mu=1.0000000000,  # beta
    deviance=10.3305611154,  # dd(c(0.8, 1.0))  # -2 log-lik relative to the saturated model
)

# ---- data set B: xi=c(24,11,35,12,33), ni=c(24,11,35,15,35)

B_PLO_REML_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(24,11,35,12,33), ni=c(24,11,35,15,35)), method="REML", test="z", level=95, control=ctl)
    tau2=0.5953510831,  # res$tau2
    mu=2.7012695328,  # coef(res)
    se=0.5764079888,  # res$se
    ci_lb=1.5715306345,  # res$ci.lb
    ci_ub=3.8310084312,  # res$ci.ub
    pi_lb=0.8135919523,  # predict(res)$pi.lb
    pi_ub=4.5889471134,  # predict(res)$pi.ub
    q=5.8145571223,  # res$QE
    q_p=0.2134319036,  # res$QEp
    i2=37.3364905721,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.2884596416,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=90.2873533036,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-0.3638033916,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=5.7663424573,  # predict(res, pi.type="riley")$pi.ub
    w1=12.6033789919,  # weights(res)[1]
    w2=12.3865797084,  # weights(res)[2]
    w3=12.6641366252,  # weights(res)[3]
    w4=32.8300733428,  # weights(res)[4]
    w5=29.5158313318,  # weights(res)[5]
)

B_PLO_REML_adhoc = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(24,11,35,12,33), ni=c(24,11,35,15,35)), method="REML", test="adhoc", level=95, control=ctl)
    tau2=0.5953510831,  # res$tau2
    mu=2.7012695328,  # coef(res)
    se=0.5764079888,  # res$se
    ci_lb=1.1009043939,  # res$ci.lb
    ci_ub=4.3016346718,  # res$ci.ub
    pi_lb=0.0272238768,  # predict(res)$pi.lb
    pi_ub=5.3753151888,  # predict(res)$pi.ub
    q=5.8145571223,  # res$QE
    q_p=0.2134319036,  # res$QEp
    i2=37.3364905721,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.2884596416,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=90.2873533036,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-0.3638033916,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=5.7663424573,  # predict(res, pi.type="riley")$pi.ub
    w1=12.6033789919,  # weights(res)[1]
    w2=12.3865797084,  # weights(res)[2]
    w3=12.6641366252,  # weights(res)[3]
    w4=32.8300733428,  # weights(res)[4]
    w5=29.5158313318,  # weights(res)[5]
)

B_PLO_REML_knha = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(24,11,35,12,33), ni=c(24,11,35,15,35)), method="REML", test="knha", level=95, control=ctl)
    tau2=0.5953510831,  # res$tau2
    mu=2.7012695328,  # coef(res)
    se=0.5199782113,  # res$se
    ci_lb=1.2575785733,  # res$ci.lb
    ci_ub=4.1449604924,  # res$ci.ub
    pi_lb=0.1179392832,  # predict(res)$pi.lb
    pi_ub=5.2845997825,  # predict(res)$pi.ub
    q=5.8145571223,  # res$QE
    q_p=0.2134319036,  # res$QEp
    i2=37.3364905721,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.2884596416,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=90.2873533036,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-0.2598226181,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=5.6623616837,  # predict(res, pi.type="riley")$pi.ub
    w1=12.6033789919,  # weights(res)[1]
    w2=12.3865797084,  # weights(res)[2]
    w3=12.6641366252,  # weights(res)[3]
    w4=32.8300733428,  # weights(res)[4]
    w5=29.5158313318,  # weights(res)[5]
)

B_PLO_DL_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(24,11,35,12,33), ni=c(24,11,35,15,35)), method="DL", test="z", level=95, control=ctl)
    tau2=0.4532783962,  # res$tau2
    mu=2.6625496064,  # coef(res)
    se=0.5452370955,  # res$se
    ci_lb=1.5939045362,  # res$ci.lb
    ci_ub=3.7311946765,  # res$ci.ub
    pi_lb=0.9645353016,  # predict(res)$pi.lb
    pi_ub=4.3605639111,  # predict(res)$pi.ub
    q=5.8145571223,  # res$QE
    q_p=0.2134319036,  # res$QEp
    i2=31.2071424211,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.2884596416,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=90.2873533036,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-0.0945619493,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=5.4196611620,  # predict(res, pi.type="riley")$pi.ub
    w1=11.9194947794,  # weights(res)[1]
    w2=11.7029920410,  # weights(res)[2]
    w3=11.9802454421,  # weights(res)[3]
    w4=34.1726739961,  # weights(res)[4]
    w5=30.2245937414,  # weights(res)[5]
)

B_PLO_DL_adhoc = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(24,11,35,12,33), ni=c(24,11,35,15,35)), method="DL", test="adhoc", level=95, control=ctl)
    tau2=0.4532783962,  # res$tau2
    mu=2.6625496064,  # coef(res)
    se=0.5452370955,  # res$se
    ci_lb=1.1487287415,  # res$ci.lb
    ci_ub=4.1763704712,  # res$ci.ub
    pi_lb=0.2571770882,  # predict(res)$pi.lb
    pi_ub=5.0679221245,  # predict(res)$pi.ub
    q=5.8145571223,  # res$QE
    q_p=0.2134319036,  # res$QEp
    i2=31.2071424211,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.2884596416,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=90.2873533036,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-0.0945619493,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=5.4196611620,  # predict(res, pi.type="riley")$pi.ub
    w1=11.9194947794,  # weights(res)[1]
    w2=11.7029920410,  # weights(res)[2]
    w3=11.9802454421,  # weights(res)[3]
    w4=34.1726739961,  # weights(res)[4]
    w5=30.2245937414,  # weights(res)[5]
)

B_PLO_DL_knha = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(24,11,35,12,33), ni=c(24,11,35,15,35)), method="DL", test="knha", level=95, control=ctl)
    tau2=0.4532783962,  # res$tau2
    mu=2.6625496064,  # coef(res)
    se=0.5185663080,  # res$se
    ci_lb=1.2227787187,  # res$ci.lb
    ci_ub=4.1023204940,  # res$ci.ub
    pi_lb=0.3030785747,  # predict(res)$pi.lb
    pi_ub=5.0220206380,  # predict(res)$pi.ub
    q=5.8145571223,  # res$QE
    q_p=0.2134319036,  # res$QEp
    i2=31.2071424211,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.2884596416,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=90.2873533036,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-0.0419482614,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=5.3670474741,  # predict(res, pi.type="riley")$pi.ub
    w1=11.9194947794,  # weights(res)[1]
    w2=11.7029920410,  # weights(res)[2]
    w3=11.9802454421,  # weights(res)[3]
    w4=34.1726739961,  # weights(res)[4]
    w5=30.2245937414,  # weights(res)[5]
)

B_PLO_PM_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(24,11,35,12,33), ni=c(24,11,35,15,35)), method="PM", test="z", level=95, control=ctl)
    tau2=0.3339013107,  # res$tau2
    mu=2.6233153867,  # coef(res)
    se=0.5166048121,  # res$se
    ci_lb=1.6107885606,  # res$ci.lb
    ci_ub=3.6358422127,  # res$ci.ub
    pi_lb=1.1041449851,  # predict(res)$pi.lb
    pi_ub=4.1424857882,  # predict(res)$pi.ub
    q=5.8145571223,  # res$QE
    q_p=0.2134319036,  # res$QEp
    i2=25.0468729481,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.2884596416,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=90.2873533036,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=0.1565974931,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=5.0900332802,  # predict(res, pi.type="riley")$pi.ub
    w1=11.2384111583,  # weights(res)[1]
    w2=11.0242133323,  # weights(res)[2]
    w3=11.2985853605,  # weights(res)[3]
    w4=35.5571433844,  # weights(res)[4]
    w5=30.8816467645,  # weights(res)[5]
)

B_PLO_PM_adhoc = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(24,11,35,12,33), ni=c(24,11,35,15,35)), method="PM", test="adhoc", level=95, control=ctl)
    tau2=0.3339013107,  # res$tau2
    mu=2.6233153867,  # coef(res)
    se=0.5166048121,  # res$se
    ci_lb=1.1889904847,  # res$ci.lb
    ci_ub=4.0576402886,  # res$ci.ub
    pi_lb=0.4712895033,  # predict(res)$pi.lb
    pi_ub=4.7753412701,  # predict(res)$pi.ub
    q=5.8145571223,  # res$QE
    q_p=0.2134319036,  # res$QEp
    i2=25.0468729481,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.2884596416,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=90.2873533036,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=0.1565974931,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=5.0900332802,  # predict(res, pi.type="riley")$pi.ub
    w1=11.2384111583,  # weights(res)[1]
    w2=11.0242133323,  # weights(res)[2]
    w3=11.2985853605,  # weights(res)[3]
    w4=35.5571433844,  # weights(res)[4]
    w5=30.8816467645,  # weights(res)[5]
)

B_PLO_PM_knha = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(24,11,35,12,33), ni=c(24,11,35,15,35)), method="PM", test="knha", level=95, control=ctl)
    tau2=0.3339013107,  # res$tau2
    mu=2.6233153867,  # coef(res)
    se=0.5166048121,  # res$se
    ci_lb=1.1889904847,  # res$ci.lb
    ci_ub=4.0576402886,  # res$ci.ub
    pi_lb=0.4712895033,  # predict(res)$pi.lb
    pi_ub=4.7753412701,  # predict(res)$pi.ub
    q=5.8145571223,  # res$QE
    q_p=0.2134319036,  # res$QEp
    i2=25.0468729481,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=9.2884596416,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=90.2873533036,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=0.1565974931,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=5.0900332802,  # predict(res, pi.type="riley")$pi.ub
    w1=11.2384111583,  # weights(res)[1]
    w2=11.0242133323,  # weights(res)[2]
    w3=11.2985853605,  # weights(res)[3]
    w4=35.5571433844,  # weights(res)[4]
    w5=30.8816467645,  # weights(res)[5]
)

B_PFT_REML_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PFT", xi=c(24,11,35,12,33), ni=c(24,11,35,15,35)), method="REML", test="z", level=95, control=ctl)
    tau2=0.0128083692,  # res$tau2
    mu=1.3638472678,  # coef(res)
    se=0.0693858694,  # res$se
    ci_lb=1.2278534628,  # res$ci.lb
    ci_ub=1.4998410729,  # res$ci.ub
    pi_lb=1.1036605311,  # predict(res)$pi.lb
    pi_ub=1.6240340046,  # predict(res)$pi.ub
    q=8.6811578171,  # res$QE
    q_p=0.0695823141,  # res$QEp
    i2=54.6233701742,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.2148147140,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=95.2805870203,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=0.9413750563,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=1.7863194794,  # predict(res, pi.type="riley")$pi.ub
    w1=20.9208436700,  # weights(res)[1]
    w2=13.9355927827,  # weights(res)[2]
    w3=24.2531376967,  # weights(res)[3]
    w4=16.6372881538,  # weights(res)[4]
    w5=24.2531376967,  # weights(res)[5]
    bt_pred=0.9777012610,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(24,11,35,15,35)))$pred
    bt_ci_lb=0.9055617469,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(24,11,35,15,35)))$ci.lb
    bt_ci_ub=1.0000000000,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(24,11,35,15,35)))$ci.ub
    bt_pi_lb=0.8118665720,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(24,11,35,15,35)))$pi.lb
    bt_pi_ub=1.0000000000,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(24,11,35,15,35)))$pi.ub
)

B_GLMM_metafor = dict(
    # res <- rma.glmm(measure="PLO", xi=c(24,11,35,12,33), ni=c(24,11,35,15,35))  # method="ML", nAGQ=7
    tau2=2.1671909160,  # res$tau2
    mu=3.7805299117,  # coef(res)
    se=1.1917051972,  # res$se
    ci_lb=1.4448306450,  # res$ci.lb
    ci_ub=6.1162291784,  # res$ci.ub
    pi_lb=0.0682980055,  # predict(res)$pi.lb
    pi_ub=7.4927618178,  # predict(res)$pi.ub
    q_wald=2.1205286073,  # res$QE.Wld
    q_wald_p=0.7136019063,  # res$QEp.Wld
    q_lrt=11.2249003881,  # res$QE.LRT
    q_lrt_p=0.0241493955,  # res$QEp.LRT
    i2=68.4434712970,  # res$I2
)

B_GLMM_t_nAGQ20 = dict(
    # res <- rma.glmm(measure="PLO", xi=c(24,11,35,12,33), ni=c(24,11,35,15,35), test="t", nAGQ=20, control=list(glmerCtrl=list(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12)))
    tau2=2.1436954814,  # res$tau2
    mu=3.7752101613,  # coef(res)
    se=1.1809467508,  # res$se
    ci_lb=0.4963763355,  # res$ci.lb
    ci_ub=7.0540439871,  # res$ci.ub
    pi_lb=-1.4474083298,  # predict(res)$pi.lb  # t(k-1)
    pi_ub=8.9978286525,  # predict(res)$pi.ub
    pi_riley_lb=-2.2111149023,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=9.7615352250,  # predict(res, pi.type="riley")$pi.ub
)

B_GLMM_lme4_nAGQ1 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=1, data=data.frame(x=c(24,11,35,12,33), n=c(24,11,35,15,35), study=factor(1:5)))
    mu=3.8051426137,  # fixef(m)
    se=1.2380249513,  # sqrt(vcov(m)[1, 1])
    tau2=2.1757567772,  # VarCorr(m)$study[1]
    minus2ll=14.4779714483,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

B_GLMM_lme4_nAGQ7 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=7, data=data.frame(x=c(24,11,35,12,33), n=c(24,11,35,15,35), study=factor(1:5)))
    mu=3.7805299117,  # fixef(m)
    se=1.1917051972,  # sqrt(vcov(m)[1, 1])
    tau2=2.1671909160,  # VarCorr(m)$study[1]
    minus2ll=9.1895432630,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

B_GLMM_lme4_nAGQ20 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=20, data=data.frame(x=c(24,11,35,12,33), n=c(24,11,35,15,35), study=factor(1:5)))
    mu=3.7752140960,  # fixef(m)
    se=1.1809526263,  # sqrt(vcov(m)[1, 1])
    tau2=2.1437120860,  # VarCorr(m)$study[1]
    minus2ll=9.1932151645,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

B_GLMM_lme4_nAGQ25 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=25, data=data.frame(x=c(24,11,35,12,33), n=c(24,11,35,15,35), study=factor(1:5)))
    mu=3.7752018082,  # fixef(m)
    se=1.1809439901,  # sqrt(vcov(m)[1, 1])
    tau2=2.1436761737,  # VarCorr(m)$study[1]
    minus2ll=9.1932188514,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

B_GLMM_lme4_tight_nAGQ7 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=7, data=data.frame(x=c(24,11,35,12,33), n=c(24,11,35,15,35), study=factor(1:5)), control=glmerControl(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12))
    mu=3.7805186544,  # fixef(m)
    se=1.1917015596,  # sqrt(vcov(m)[1, 1])
    tau2=2.1671561159,  # VarCorr(m)$study[1]
    minus2ll=9.1895430952,  # -2 * logLik(m)
)

B_GLMM_lme4_tight_nAGQ20 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=20, data=data.frame(x=c(24,11,35,12,33), n=c(24,11,35,15,35), study=factor(1:5)), control=glmerControl(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12))
    mu=3.7752101613,  # fixef(m)
    se=1.1809467508,  # sqrt(vcov(m)[1, 1])
    tau2=2.1436954814,  # VarCorr(m)$study[1]
    minus2ll=9.1932151648,  # -2 * logLik(m)
)

B_GLMM_lme4_devfun_nAGQ7 = dict(
    # dd <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=7, data=data.frame(x=c(24,11,35,12,33), n=c(24,11,35,15,35), study=factor(1:5)), devFunOnly=TRUE)
    tau=0.8000000000,  # theta
    mu=1.0000000000,  # beta
    deviance=28.1325936946,  # dd(c(0.8, 1.0))  # -2 log-lik relative to the saturated model
)

B_GLMM_lme4_devfun_nAGQ20 = dict(
    # dd <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=20, data=data.frame(x=c(24,11,35,12,33), n=c(24,11,35,15,35), study=factor(1:5)), devFunOnly=TRUE)
    tau=0.8000000000,  # theta
    mu=1.0000000000,  # beta
    deviance=28.1326571362,  # dd(c(0.8, 1.0))  # -2 log-lik relative to the saturated model
)

# ---- data set C: xi=c(0,3,5,2), ni=c(10,20,25,18)

C_PLO_REML_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(0,3,5,2), ni=c(10,20,25,18)), method="REML", test="z", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.7169989675,  # coef(res)
    se=0.3370032385,  # res$se
    ci_lb=-2.3775131776,  # res$ci.lb
    ci_ub=-1.0564847574,  # res$ci.ub
    pi_lb=-2.3775131776,  # predict(res)$pi.lb
    pi_ub=-1.0564847574,  # predict(res)$pi.ub
    q=1.5128959110,  # res$QE
    q_p=0.6792971753,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=5.7011406273,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=91.7661431213,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-3.1670068715,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.2669910635,  # predict(res, pi.type="riley")$pi.ub
    w1=5.4204428129,  # weights(res)[1]
    w2=28.9606516003,  # weights(res)[2]
    w3=45.4284730985,  # weights(res)[3]
    w4=20.1904324882,  # weights(res)[4]
)

C_PLO_REML_adhoc = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(0,3,5,2), ni=c(10,20,25,18)), method="REML", test="adhoc", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.7169989675,  # coef(res)
    se=0.3370032385,  # res$se
    ci_lb=-2.7894936787,  # res$ci.lb
    ci_ub=-0.6445042563,  # res$ci.ub
    pi_lb=-2.7894936787,  # predict(res)$pi.lb
    pi_ub=-0.6445042563,  # predict(res)$pi.ub
    q=1.5128959110,  # res$QE
    q_p=0.6792971753,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=5.7011406273,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=91.7661431213,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-3.1670068715,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.2669910635,  # predict(res, pi.type="riley")$pi.ub
    w1=5.4204428129,  # weights(res)[1]
    w2=28.9606516003,  # weights(res)[2]
    w3=45.4284730985,  # weights(res)[3]
    w4=20.1904324882,  # weights(res)[4]
)

C_PLO_REML_knha = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(0,3,5,2), ni=c(10,20,25,18)), method="REML", test="knha", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.7169989675,  # coef(res)
    se=0.2393194364,  # res$se
    ci_lb=-2.4786202238,  # res$ci.lb
    ci_ub=-0.9553777112,  # res$ci.ub
    pi_lb=-2.4786202238,  # predict(res)$pi.lb
    pi_ub=-0.9553777112,  # predict(res)$pi.ub
    q=1.5128959110,  # res$QE
    q_p=0.6792971753,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=5.7011406273,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=91.7661431213,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-2.7467073940,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.6872905410,  # predict(res, pi.type="riley")$pi.ub
    w1=5.4204428129,  # weights(res)[1]
    w2=28.9606516003,  # weights(res)[2]
    w3=45.4284730985,  # weights(res)[3]
    w4=20.1904324882,  # weights(res)[4]
)

C_PLO_DL_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(0,3,5,2), ni=c(10,20,25,18)), method="DL", test="z", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.7169989675,  # coef(res)
    se=0.3370032385,  # res$se
    ci_lb=-2.3775131776,  # res$ci.lb
    ci_ub=-1.0564847574,  # res$ci.ub
    pi_lb=-2.3775131776,  # predict(res)$pi.lb
    pi_ub=-1.0564847574,  # predict(res)$pi.ub
    q=1.5128959110,  # res$QE
    q_p=0.6792971753,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=5.7011406273,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=91.7661431213,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-3.1670068715,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.2669910635,  # predict(res, pi.type="riley")$pi.ub
    w1=5.4204428129,  # weights(res)[1]
    w2=28.9606516003,  # weights(res)[2]
    w3=45.4284730985,  # weights(res)[3]
    w4=20.1904324882,  # weights(res)[4]
)

C_PLO_DL_adhoc = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(0,3,5,2), ni=c(10,20,25,18)), method="DL", test="adhoc", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.7169989675,  # coef(res)
    se=0.3370032385,  # res$se
    ci_lb=-2.7894936787,  # res$ci.lb
    ci_ub=-0.6445042563,  # res$ci.ub
    pi_lb=-2.7894936787,  # predict(res)$pi.lb
    pi_ub=-0.6445042563,  # predict(res)$pi.ub
    q=1.5128959110,  # res$QE
    q_p=0.6792971753,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=5.7011406273,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=91.7661431213,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-3.1670068715,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.2669910635,  # predict(res, pi.type="riley")$pi.ub
    w1=5.4204428129,  # weights(res)[1]
    w2=28.9606516003,  # weights(res)[2]
    w3=45.4284730985,  # weights(res)[3]
    w4=20.1904324882,  # weights(res)[4]
)

C_PLO_DL_knha = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(0,3,5,2), ni=c(10,20,25,18)), method="DL", test="knha", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.7169989675,  # coef(res)
    se=0.2393194364,  # res$se
    ci_lb=-2.4786202238,  # res$ci.lb
    ci_ub=-0.9553777112,  # res$ci.ub
    pi_lb=-2.4786202238,  # predict(res)$pi.lb
    pi_ub=-0.9553777112,  # predict(res)$pi.ub
    q=1.5128959110,  # res$QE
    q_p=0.6792971753,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=5.7011406273,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=91.7661431213,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-2.7467073940,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.6872905410,  # predict(res, pi.type="riley")$pi.ub
    w1=5.4204428129,  # weights(res)[1]
    w2=28.9606516003,  # weights(res)[2]
    w3=45.4284730985,  # weights(res)[3]
    w4=20.1904324882,  # weights(res)[4]
)

C_PLO_PM_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(0,3,5,2), ni=c(10,20,25,18)), method="PM", test="z", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.7169989675,  # coef(res)
    se=0.3370032385,  # res$se
    ci_lb=-2.3775131776,  # res$ci.lb
    ci_ub=-1.0564847574,  # res$ci.ub
    pi_lb=-2.3775131776,  # predict(res)$pi.lb
    pi_ub=-1.0564847574,  # predict(res)$pi.ub
    q=1.5128959110,  # res$QE
    q_p=0.6792971753,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=5.7011406273,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=91.7661431213,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-3.1670068715,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.2669910635,  # predict(res, pi.type="riley")$pi.ub
    w1=5.4204428129,  # weights(res)[1]
    w2=28.9606516003,  # weights(res)[2]
    w3=45.4284730985,  # weights(res)[3]
    w4=20.1904324882,  # weights(res)[4]
)

C_PLO_PM_adhoc = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(0,3,5,2), ni=c(10,20,25,18)), method="PM", test="adhoc", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.7169989675,  # coef(res)
    se=0.3370032385,  # res$se
    ci_lb=-2.7894936787,  # res$ci.lb
    ci_ub=-0.6445042563,  # res$ci.ub
    pi_lb=-2.7894936787,  # predict(res)$pi.lb
    pi_ub=-0.6445042563,  # predict(res)$pi.ub
    q=1.5128959110,  # res$QE
    q_p=0.6792971753,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=5.7011406273,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=91.7661431213,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-3.1670068715,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.2669910635,  # predict(res, pi.type="riley")$pi.ub
    w1=5.4204428129,  # weights(res)[1]
    w2=28.9606516003,  # weights(res)[2]
    w3=45.4284730985,  # weights(res)[3]
    w4=20.1904324882,  # weights(res)[4]
)

C_PLO_PM_knha = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(0,3,5,2), ni=c(10,20,25,18)), method="PM", test="knha", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.7169989675,  # coef(res)
    se=0.2393194364,  # res$se
    ci_lb=-2.4786202238,  # res$ci.lb
    ci_ub=-0.9553777112,  # res$ci.ub
    pi_lb=-2.4786202238,  # predict(res)$pi.lb
    pi_ub=-0.9553777112,  # predict(res)$pi.ub
    q=1.5128959110,  # res$QE
    q_p=0.6792971753,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=5.7011406273,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=91.7661431213,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-2.7467073940,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.6872905410,  # predict(res, pi.type="riley")$pi.ub
    w1=5.4204428129,  # weights(res)[1]
    w2=28.9606516003,  # weights(res)[2]
    w3=45.4284730985,  # weights(res)[3]
    w4=20.1904324882,  # weights(res)[4]
)

C_PFT_REML_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PFT", xi=c(0,3,5,2), ni=c(10,20,25,18)), method="REML", test="z", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.3896442204,  # coef(res)
    se=0.0577350269,  # res$se
    ci_lb=0.2764856470,  # res$ci.lb
    ci_ub=0.5028027938,  # res$ci.ub
    pi_lb=0.2764856470,  # predict(res)$pi.lb
    pi_ub=0.5028027938,  # predict(res)$pi.ub
    q=3.2406468394,  # res$QE
    q_p=0.3559892959,  # res$QEp
    i2=0.0000000001,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.2592977642,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=94.9771826973,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=0.1412304492,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.6380579915,  # predict(res, pi.type="riley")$pi.ub
    w1=14.0000000000,  # weights(res)[1]
    w2=27.3333333333,  # weights(res)[2]
    w3=34.0000000000,  # weights(res)[3]
    w4=24.6666666667,  # weights(res)[4]
    bt_pred=0.1237374360,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(10,20,25,18)))$pred
    bt_ci_lb=0.0511428061,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(10,20,25,18)))$ci.lb
    bt_ci_ub=0.2164397217,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(10,20,25,18)))$ci.ub
    bt_pi_lb=0.0511428061,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(10,20,25,18)))$pi.lb
    bt_pi_ub=0.2164397217,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(10,20,25,18)))$pi.ub
)

C_GLMM_metafor = dict(
    # res <- rma.glmm(measure="PLO", xi=c(0,3,5,2), ni=c(10,20,25,18))  # method="ML", nAGQ=7
    tau2=0.0000000000,  # res$tau2
    mu=-1.8405496334,  # coef(res)
    se=0.3404012628,  # res$se
    ci_lb=-2.5077238488,  # res$ci.lb
    ci_ub=-1.1733754180,  # res$ci.ub
    pi_lb=-2.5077238488,  # predict(res)$pi.lb
    pi_ub=-1.1733754180,  # predict(res)$pi.ub
    q_wald=0.6235849039,  # res$QE.Wld
    q_wald_p=0.8910125547,  # res$QEp.Wld
    q_lrt=3.8339608827,  # res$QE.LRT
    q_lrt_p=0.2799605460,  # res$QEp.LRT
    i2=0.0000000000,  # res$I2
)

C_GLMM_t_nAGQ20 = dict(
    # res <- rma.glmm(measure="PLO", xi=c(0,3,5,2), ni=c(10,20,25,18), test="t", nAGQ=20, control=list(glmerCtrl=list(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12)))
    tau2=0.0000000000,  # res$tau2
    mu=-1.8405496334,  # coef(res)
    se=0.3404012564,  # res$se
    ci_lb=-2.9238583540,  # res$ci.lb
    ci_ub=-0.7572409128,  # res$ci.ub
    pi_lb=-2.9238583540,  # predict(res)$pi.lb  # t(k-1)
    pi_ub=-0.7572409128,  # predict(res)$pi.ub
    pi_riley_lb=-3.3051780283,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.3759212385,  # predict(res, pi.type="riley")$pi.ub
)

C_GLMM_lme4_nAGQ1 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=1, data=data.frame(x=c(0,3,5,2), n=c(10,20,25,18), study=factor(1:4)))
    mu=-1.8405496334,  # fixef(m)
    se=0.3404012622,  # sqrt(vcov(m)[1, 1])
    tau2=0.0000000000,  # VarCorr(m)$study[1]
    minus2ll=12.4209640580,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

C_GLMM_lme4_nAGQ7 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=7, data=data.frame(x=c(0,3,5,2), n=c(10,20,25,18), study=factor(1:4)))
    mu=-1.8405496334,  # fixef(m)
    se=0.3404012628,  # sqrt(vcov(m)[1, 1])
    tau2=0.0000000000,  # VarCorr(m)$study[1]
    minus2ll=3.8339608830,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

C_GLMM_lme4_nAGQ20 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=20, data=data.frame(x=c(0,3,5,2), n=c(10,20,25,18), study=factor(1:4)))
    mu=-1.8405496334,  # fixef(m)
    se=0.3404012617,  # sqrt(vcov(m)[1, 1])
    tau2=0.0000000000,  # VarCorr(m)$study[1]
    minus2ll=3.8339608830,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

C_GLMM_lme4_nAGQ25 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=25, data=data.frame(x=c(0,3,5,2), n=c(10,20,25,18), study=factor(1:4)))
    mu=-1.8405496334,  # fixef(m)
    se=0.3404012617,  # sqrt(vcov(m)[1, 1])
    tau2=0.0000000000,  # VarCorr(m)$study[1]
    minus2ll=3.8339608830,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

C_GLMM_lme4_tight_nAGQ7 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=7, data=data.frame(x=c(0,3,5,2), n=c(10,20,25,18), study=factor(1:4)), control=glmerControl(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12))
    mu=-1.8405496134,  # fixef(m)
    se=0.3404012458,  # sqrt(vcov(m)[1, 1])
    tau2=0.0000000000,  # VarCorr(m)$study[1]
    minus2ll=3.8339608830,  # -2 * logLik(m)
)

C_GLMM_lme4_tight_nAGQ20 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=20, data=data.frame(x=c(0,3,5,2), n=c(10,20,25,18), study=factor(1:4)), control=glmerControl(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12))
    mu=-1.8405496334,  # fixef(m)
    se=0.3404012564,  # sqrt(vcov(m)[1, 1])
    tau2=0.0000000000,  # VarCorr(m)$study[1]
    minus2ll=3.8339608830,  # -2 * logLik(m)
)

C_GLMM_lme4_devfun_nAGQ7 = dict(
    # dd <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=7, data=data.frame(x=c(0,3,5,2), n=c(10,20,25,18), study=factor(1:4)), devFunOnly=TRUE)
    tau=0.8000000000,  # theta
    mu=1.0000000000,  # beta
    deviance=40.5621557380,  # dd(c(0.8, 1.0))  # -2 log-lik relative to the saturated model
)

C_GLMM_lme4_devfun_nAGQ20 = dict(
    # dd <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=20, data=data.frame(x=c(0,3,5,2), n=c(10,20,25,18), study=factor(1:4)), devFunOnly=TRUE)
    tau=0.8000000000,  # theta
    mu=1.0000000000,  # beta
    deviance=40.5621390804,  # dd(c(0.8, 1.0))  # -2 log-lik relative to the saturated model
)

# ---- data set K2: xi=c(9,6), ni=c(11,13)

K2_PLO_REML_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6), ni=c(11,13)), method="REML", test="z", level=95, control=ctl)
    tau2=0.9145427167,  # res$tau2
    mu=0.5840267419,  # coef(res)
    se=0.8241120193,  # res$se
    ci_lb=-1.0312031351,  # res$ci.lb
    ci_ub=2.1992566189,  # res$ci.ub
    pi_lb=-1.8902702777,  # predict(res)$pi.lb
    pi_ub=3.0583237615,  # predict(res)$pi.ub
    q=2.9867652121,  # res$QE
    q_p=0.0839477086,  # res$QEp
    i2=66.5189618543,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=1399.5024274966,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=99.9671193064,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    w1=44.5160368554,  # weights(res)[1]
    w2=55.4839631446,  # weights(res)[2]
)

K2_PLO_REML_adhoc = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6), ni=c(11,13)), method="REML", test="adhoc", level=95, control=ctl)
    tau2=0.9145427167,  # res$tau2
    mu=0.5840267419,  # coef(res)
    se=0.8241120193,  # res$se
    ci_lb=-9.8873093003,  # res$ci.lb
    ci_ub=11.0553627841,  # res$ci.ub
    pi_lb=-15.4565356142,  # predict(res)$pi.lb
    pi_ub=16.6245890980,  # predict(res)$pi.ub
    q=2.9867652121,  # res$QE
    q_p=0.0839477086,  # res$QEp
    i2=66.5189618543,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=1399.5024274966,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=99.9671193064,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    w1=44.5160368554,  # weights(res)[1]
    w2=55.4839631446,  # weights(res)[2]
)

K2_PLO_REML_knha = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6), ni=c(11,13)), method="REML", test="knha", level=95, control=ctl)
    tau2=0.9145427167,  # res$tau2
    mu=0.5840267419,  # coef(res)
    se=0.8241120193,  # res$se
    ci_lb=-9.8873093003,  # res$ci.lb
    ci_ub=11.0553627841,  # res$ci.ub
    pi_lb=-15.4565356142,  # predict(res)$pi.lb
    pi_ub=16.6245890980,  # predict(res)$pi.ub
    q=2.9867652121,  # res$QE
    q_p=0.0839477086,  # res$QEp
    i2=66.5189618543,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=1399.5024274966,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=99.9671193064,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    w1=44.5160368554,  # weights(res)[1]
    w2=55.4839631446,  # weights(res)[2]
)

K2_PLO_DL_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6), ni=c(11,13)), method="DL", test="z", level=95, control=ctl)
    tau2=0.9145427167,  # res$tau2
    mu=0.5840267419,  # coef(res)
    se=0.8241120193,  # res$se
    ci_lb=-1.0312031351,  # res$ci.lb
    ci_ub=2.1992566189,  # res$ci.ub
    pi_lb=-1.8902702777,  # predict(res)$pi.lb
    pi_ub=3.0583237615,  # predict(res)$pi.ub
    q=2.9867652121,  # res$QE
    q_p=0.0839477086,  # res$QEp
    i2=66.5189618543,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=1399.5024274966,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=99.9671193064,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    w1=44.5160368554,  # weights(res)[1]
    w2=55.4839631446,  # weights(res)[2]
)

K2_PLO_DL_adhoc = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6), ni=c(11,13)), method="DL", test="adhoc", level=95, control=ctl)
    tau2=0.9145427167,  # res$tau2
    mu=0.5840267419,  # coef(res)
    se=0.8241120193,  # res$se
    ci_lb=-9.8873093003,  # res$ci.lb
    ci_ub=11.0553627841,  # res$ci.ub
    pi_lb=-15.4565356142,  # predict(res)$pi.lb
    pi_ub=16.6245890980,  # predict(res)$pi.ub
    q=2.9867652121,  # res$QE
    q_p=0.0839477086,  # res$QEp
    i2=66.5189618543,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=1399.5024274966,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=99.9671193064,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    w1=44.5160368554,  # weights(res)[1]
    w2=55.4839631446,  # weights(res)[2]
)

K2_PLO_DL_knha = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6), ni=c(11,13)), method="DL", test="knha", level=95, control=ctl)
    tau2=0.9145427167,  # res$tau2
    mu=0.5840267419,  # coef(res)
    se=0.8241120193,  # res$se
    ci_lb=-9.8873093003,  # res$ci.lb
    ci_ub=11.0553627841,  # res$ci.ub
    pi_lb=-15.4565356142,  # predict(res)$pi.lb
    pi_ub=16.6245890980,  # predict(res)$pi.ub
    q=2.9867652121,  # res$QE
    q_p=0.0839477086,  # res$QEp
    i2=66.5189618543,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=1399.5024274966,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=99.9671193064,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    w1=44.5160368554,  # weights(res)[1]
    w2=55.4839631446,  # weights(res)[2]
)

K2_PLO_PM_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6), ni=c(11,13)), method="PM", test="z", level=95, control=ctl)
    tau2=0.9145427167,  # res$tau2
    mu=0.5840267419,  # coef(res)
    se=0.8241120193,  # res$se
    ci_lb=-1.0312031351,  # res$ci.lb
    ci_ub=2.1992566189,  # res$ci.ub
    pi_lb=-1.8902702777,  # predict(res)$pi.lb
    pi_ub=3.0583237615,  # predict(res)$pi.ub
    q=2.9867652121,  # res$QE
    q_p=0.0839477086,  # res$QEp
    i2=66.5189618543,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=1399.5024274966,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=99.9671193064,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    w1=44.5160368554,  # weights(res)[1]
    w2=55.4839631446,  # weights(res)[2]
)

K2_PLO_PM_adhoc = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6), ni=c(11,13)), method="PM", test="adhoc", level=95, control=ctl)
    tau2=0.9145427167,  # res$tau2
    mu=0.5840267419,  # coef(res)
    se=0.8241120193,  # res$se
    ci_lb=-9.8873093003,  # res$ci.lb
    ci_ub=11.0553627841,  # res$ci.ub
    pi_lb=-15.4565356142,  # predict(res)$pi.lb
    pi_ub=16.6245890980,  # predict(res)$pi.ub
    q=2.9867652121,  # res$QE
    q_p=0.0839477086,  # res$QEp
    i2=66.5189618543,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=1399.5024274966,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=99.9671193064,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    w1=44.5160368554,  # weights(res)[1]
    w2=55.4839631446,  # weights(res)[2]
)

K2_PLO_PM_knha = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6), ni=c(11,13)), method="PM", test="knha", level=95, control=ctl)
    tau2=0.9145427167,  # res$tau2
    mu=0.5840267419,  # coef(res)
    se=0.8241120193,  # res$se
    ci_lb=-9.8873093003,  # res$ci.lb
    ci_ub=11.0553627841,  # res$ci.ub
    pi_lb=-15.4565356142,  # predict(res)$pi.lb
    pi_ub=16.6245890980,  # predict(res)$pi.ub
    q=2.9867652121,  # res$QE
    q_p=0.0839477086,  # res$QEp
    i2=66.5189618543,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=1399.5024274966,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=99.9671193064,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    w1=44.5160368554,  # weights(res)[1]
    w2=55.4839631446,  # weights(res)[2]
)

K2_PFT_REML_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PFT", xi=c(9,6), ni=c(11,13)), method="REML", test="z", level=95, control=ctl)
    tau2=0.0408304963,  # res$tau2
    mu=0.9195336907,  # coef(res)
    se=0.1745233262,  # res$se
    ci_lb=0.5774742568,  # res$ci.lb
    ci_ub=1.2615931246,  # res$ci.ub
    pi_lb=0.3962237191,  # predict(res)$pi.lb
    pi_ub=1.4428436623,  # predict(res)$pi.ub
    q=3.0284590554,  # res$QE
    q_p=0.0818156845,  # res$QEp
    i2=66.9799068859,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=62.0522036558,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=99.9675719863,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    w1=48.6791962754,  # weights(res)[1]
    w2=51.3208037246,  # weights(res)[2]
    bt_pred=0.6431901675,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(11,13)))$pred
    bt_ci_lb=0.2818530494,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(11,13)))$ci.lb
    bt_ci_ub=0.9376339799,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(11,13)))$ci.ub
    bt_pi_lb=0.1217444025,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(11,13)))$pi.lb
    bt_pi_ub=1.0000000000,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(11,13)))$pi.ub
)

K2_GLMM_metafor = dict(
    # res <- rma.glmm(measure="PLO", xi=c(9,6), ni=c(11,13))  # method="ML", nAGQ=7
    tau2=0.2729432171,  # res$tau2
    mu=0.5724940923,  # coef(res)
    se=0.5848030867,  # res$se
    ci_lb=-0.5736988957,  # res$ci.lb
    ci_ub=1.7186870803,  # res$ci.ub
    pi_lb=-0.9644699589,  # predict(res)$pi.lb
    pi_ub=2.1094581435,  # predict(res)$pi.ub
    q_wald=2.9867928177,  # res$QE.Wld
    q_wald_p=0.0839462773,  # res$QEp.Wld
    q_lrt=3.3791429678,  # res$QE.LRT
    q_lrt_p=0.0660263802,  # res$QEp.LRT
    i2=37.2232175448,  # res$I2
)

K2_GLMM_t_nAGQ20 = dict(
    # res <- rma.glmm(measure="PLO", xi=c(9,6), ni=c(11,13), test="t", nAGQ=20, control=list(glmerCtrl=list(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12)))
    tau2=0.2729363908,  # res$tau2
    mu=0.5724961365,  # coef(res)
    se=0.5848007211,  # res$se
    ci_lb=-6.8581015552,  # res$ci.lb
    ci_ub=8.0030938282,  # res$ci.ub
    pi_lb=-9.3913744917,  # predict(res)$pi.lb  # t(k-1)
    pi_ub=10.5363667647,  # predict(res)$pi.ub
)

K2_GLMM_lme4_nAGQ1 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=1, data=data.frame(x=c(9,6), n=c(11,13), study=factor(1:2)))
    mu=0.5707512836,  # fixef(m)
    se=0.5776011800,  # sqrt(vcov(m)[1, 1])
    tau2=0.2589338925,  # VarCorr(m)$study[1]
    minus2ll=8.5507263008,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

K2_GLMM_lme4_nAGQ7 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=7, data=data.frame(x=c(9,6), n=c(11,13), study=factor(1:2)))
    mu=0.5724940923,  # fixef(m)
    se=0.5848030867,  # sqrt(vcov(m)[1, 1])
    tau2=0.2729432171,  # VarCorr(m)$study[1]
    minus2ll=3.0718343828,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

K2_GLMM_lme4_nAGQ20 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=20, data=data.frame(x=c(9,6), n=c(11,13), study=factor(1:2)))
    mu=0.5724940923,  # fixef(m)
    se=0.5848031252,  # sqrt(vcov(m)[1, 1])
    tau2=0.2729432171,  # VarCorr(m)$study[1]
    minus2ll=3.0718342067,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

K2_GLMM_lme4_nAGQ25 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=25, data=data.frame(x=c(9,6), n=c(11,13), study=factor(1:2)))
    mu=0.5724940923,  # fixef(m)
    se=0.5848031360,  # sqrt(vcov(m)[1, 1])
    tau2=0.2729432171,  # VarCorr(m)$study[1]
    minus2ll=3.0718342067,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

K2_GLMM_lme4_tight_nAGQ7 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=7, data=data.frame(x=c(9,6), n=c(11,13), study=factor(1:2)), control=glmerControl(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12))
    mu=0.5724959968,  # fixef(m)
    se=0.5848003692,  # sqrt(vcov(m)[1, 1])
    tau2=0.2729357074,  # VarCorr(m)$study[1]
    minus2ll=3.0718343827,  # -2 * logLik(m)
)

K2_GLMM_lme4_tight_nAGQ20 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=20, data=data.frame(x=c(9,6), n=c(11,13), study=factor(1:2)), control=glmerControl(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12))
    mu=0.5724961365,  # fixef(m)
    se=0.5848007211,  # sqrt(vcov(m)[1, 1])
    tau2=0.2729363908,  # VarCorr(m)$study[1]
    minus2ll=3.0718342066,  # -2 * logLik(m)
)

K2_GLMM_lme4_devfun_nAGQ7 = dict(
    # dd <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=7, data=data.frame(x=c(9,6), n=c(11,13), study=factor(1:2)), devFunOnly=TRUE)
    tau=0.8000000000,  # theta
    mu=1.0000000000,  # beta
    deviance=3.4920511034,  # dd(c(0.8, 1.0))  # -2 log-lik relative to the saturated model
)

K2_GLMM_lme4_devfun_nAGQ20 = dict(
    # dd <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=20, data=data.frame(x=c(9,6), n=c(11,13), study=factor(1:2)), devFunOnly=TRUE)
    tau=0.8000000000,  # theta
    mu=1.0000000000,  # beta
    deviance=3.4920479042,  # dd(c(0.8, 1.0))  # -2 log-lik relative to the saturated model
)

# ---- data set H: xi=c(10,11,9,10,12), ni=c(20,20,20,21,22)

H_PLO_REML_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(10,11,9,10,12), ni=c(20,20,20,21,22)), method="REML", test="z", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.0193507745,  # coef(res)
    se=0.1976707683,  # res$se
    ci_lb=-0.3680768121,  # res$ci.lb
    ci_ub=0.4067783612,  # res$ci.ub
    pi_lb=-0.3680768121,  # predict(res)$pi.lb
    pi_ub=0.4067783612,  # predict(res)$pi.ub
    q=0.6179755600,  # res$QE
    q_p=0.9610454002,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0540728980,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=21.6711635796,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-0.6097258317,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.6484273808,  # predict(res, pi.type="riley")$pi.ub
    w1=19.5368663205,  # weights(res)[1]
    w2=19.3414976573,  # weights(res)[2]
    w3=19.3414976573,  # weights(res)[3]
    w4=20.4671932881,  # weights(res)[4]
    w5=21.3129450769,  # weights(res)[5]
)

H_PLO_REML_adhoc = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(10,11,9,10,12), ni=c(20,20,20,21,22)), method="REML", test="adhoc", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.0193507745,  # coef(res)
    se=0.1976707683,  # res$se
    ci_lb=-0.5294712626,  # res$ci.lb
    ci_ub=0.5681728116,  # res$ci.ub
    pi_lb=-0.5294712626,  # predict(res)$pi.lb
    pi_ub=0.5681728116,  # predict(res)$pi.ub
    q=0.6179755600,  # res$QE
    q_p=0.9610454002,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0540728980,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=21.6711635796,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-0.6097258317,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.6484273808,  # predict(res, pi.type="riley")$pi.ub
    w1=19.5368663205,  # weights(res)[1]
    w2=19.3414976573,  # weights(res)[2]
    w3=19.3414976573,  # weights(res)[3]
    w4=20.4671932881,  # weights(res)[4]
    w5=21.3129450769,  # weights(res)[5]
)

H_PLO_REML_knha = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(10,11,9,10,12), ni=c(20,20,20,21,22)), method="REML", test="knha", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.0193507745,  # coef(res)
    se=0.0776959005,  # res$se
    ci_lb=-0.1963676281,  # res$ci.lb
    ci_ub=0.2350691771,  # res$ci.ub
    pi_lb=-0.1963676281,  # predict(res)$pi.lb
    pi_ub=0.2350691771,  # predict(res)$pi.ub
    q=0.6179755600,  # res$QE
    q_p=0.9610454002,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0540728980,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=21.6711635796,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-0.2279122569,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.2666138060,  # predict(res, pi.type="riley")$pi.ub
    w1=19.5368663205,  # weights(res)[1]
    w2=19.3414976573,  # weights(res)[2]
    w3=19.3414976573,  # weights(res)[3]
    w4=20.4671932881,  # weights(res)[4]
    w5=21.3129450769,  # weights(res)[5]
)

H_PLO_DL_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(10,11,9,10,12), ni=c(20,20,20,21,22)), method="DL", test="z", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.0193507745,  # coef(res)
    se=0.1976707683,  # res$se
    ci_lb=-0.3680768121,  # res$ci.lb
    ci_ub=0.4067783612,  # res$ci.ub
    pi_lb=-0.3680768121,  # predict(res)$pi.lb
    pi_ub=0.4067783612,  # predict(res)$pi.ub
    q=0.6179755600,  # res$QE
    q_p=0.9610454002,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0540728980,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=21.6711635796,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-0.6097258317,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.6484273808,  # predict(res, pi.type="riley")$pi.ub
    w1=19.5368663205,  # weights(res)[1]
    w2=19.3414976573,  # weights(res)[2]
    w3=19.3414976573,  # weights(res)[3]
    w4=20.4671932881,  # weights(res)[4]
    w5=21.3129450769,  # weights(res)[5]
)

H_PLO_DL_adhoc = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(10,11,9,10,12), ni=c(20,20,20,21,22)), method="DL", test="adhoc", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.0193507745,  # coef(res)
    se=0.1976707683,  # res$se
    ci_lb=-0.5294712626,  # res$ci.lb
    ci_ub=0.5681728116,  # res$ci.ub
    pi_lb=-0.5294712626,  # predict(res)$pi.lb
    pi_ub=0.5681728116,  # predict(res)$pi.ub
    q=0.6179755600,  # res$QE
    q_p=0.9610454002,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0540728980,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=21.6711635796,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-0.6097258317,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.6484273808,  # predict(res, pi.type="riley")$pi.ub
    w1=19.5368663205,  # weights(res)[1]
    w2=19.3414976573,  # weights(res)[2]
    w3=19.3414976573,  # weights(res)[3]
    w4=20.4671932881,  # weights(res)[4]
    w5=21.3129450769,  # weights(res)[5]
)

H_PLO_DL_knha = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(10,11,9,10,12), ni=c(20,20,20,21,22)), method="DL", test="knha", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.0193507745,  # coef(res)
    se=0.0776959005,  # res$se
    ci_lb=-0.1963676281,  # res$ci.lb
    ci_ub=0.2350691771,  # res$ci.ub
    pi_lb=-0.1963676281,  # predict(res)$pi.lb
    pi_ub=0.2350691771,  # predict(res)$pi.ub
    q=0.6179755600,  # res$QE
    q_p=0.9610454002,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0540728980,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=21.6711635796,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-0.2279122569,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.2666138060,  # predict(res, pi.type="riley")$pi.ub
    w1=19.5368663205,  # weights(res)[1]
    w2=19.3414976573,  # weights(res)[2]
    w3=19.3414976573,  # weights(res)[3]
    w4=20.4671932881,  # weights(res)[4]
    w5=21.3129450769,  # weights(res)[5]
)

H_PLO_PM_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(10,11,9,10,12), ni=c(20,20,20,21,22)), method="PM", test="z", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.0193507745,  # coef(res)
    se=0.1976707683,  # res$se
    ci_lb=-0.3680768121,  # res$ci.lb
    ci_ub=0.4067783612,  # res$ci.ub
    pi_lb=-0.3680768121,  # predict(res)$pi.lb
    pi_ub=0.4067783612,  # predict(res)$pi.ub
    q=0.6179755600,  # res$QE
    q_p=0.9610454002,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0540728980,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=21.6711635796,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-0.6097258317,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.6484273808,  # predict(res, pi.type="riley")$pi.ub
    w1=19.5368663205,  # weights(res)[1]
    w2=19.3414976573,  # weights(res)[2]
    w3=19.3414976573,  # weights(res)[3]
    w4=20.4671932881,  # weights(res)[4]
    w5=21.3129450769,  # weights(res)[5]
)

H_PLO_PM_adhoc = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(10,11,9,10,12), ni=c(20,20,20,21,22)), method="PM", test="adhoc", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.0193507745,  # coef(res)
    se=0.1976707683,  # res$se
    ci_lb=-0.5294712626,  # res$ci.lb
    ci_ub=0.5681728116,  # res$ci.ub
    pi_lb=-0.5294712626,  # predict(res)$pi.lb
    pi_ub=0.5681728116,  # predict(res)$pi.ub
    q=0.6179755600,  # res$QE
    q_p=0.9610454002,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0540728980,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=21.6711635796,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-0.6097258317,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.6484273808,  # predict(res, pi.type="riley")$pi.ub
    w1=19.5368663205,  # weights(res)[1]
    w2=19.3414976573,  # weights(res)[2]
    w3=19.3414976573,  # weights(res)[3]
    w4=20.4671932881,  # weights(res)[4]
    w5=21.3129450769,  # weights(res)[5]
)

H_PLO_PM_knha = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(10,11,9,10,12), ni=c(20,20,20,21,22)), method="PM", test="knha", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.0193507745,  # coef(res)
    se=0.0776959005,  # res$se
    ci_lb=-0.1963676281,  # res$ci.lb
    ci_ub=0.2350691771,  # res$ci.ub
    pi_lb=-0.1963676281,  # predict(res)$pi.lb
    pi_ub=0.2350691771,  # predict(res)$pi.ub
    q=0.6179755600,  # res$QE
    q_p=0.9610454002,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0540728980,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=21.6711635796,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-0.2279122569,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.2666138060,  # predict(res, pi.type="riley")$pi.ub
    w1=19.5368663205,  # weights(res)[1]
    w2=19.3414976573,  # weights(res)[2]
    w3=19.3414976573,  # weights(res)[3]
    w4=20.4671932881,  # weights(res)[4]
    w5=21.3129450769,  # weights(res)[5]
)

H_PFT_REML_z = dict(
    # res <- rma(yi, vi, data=escalc(measure="PFT", xi=c(10,11,9,10,12), ni=c(20,20,20,21,22)), method="REML", test="z", level=95, control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.7900533536,  # coef(res)
    se=0.0486792384,  # res$se
    ci_lb=0.6946437997,  # res$ci.lb
    ci_ub=0.8854629076,  # res$ci.ub
    pi_lb=0.6946437997,  # predict(res)$pi.lb
    pi_ub=0.8854629076,  # predict(res)$pi.ub
    q=0.5801586152,  # res$QE
    q_p=0.9652427910,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0023443077,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=0.0000000000,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=16.5128044008,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=0.6351342914,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.9449724159,  # predict(res, pi.type="riley")$pi.ub
    w1=19.4312796209,  # weights(res)[1]
    w2=19.4312796209,  # weights(res)[2]
    w3=19.4312796209,  # weights(res)[3]
    w4=20.3791469194,  # weights(res)[4]
    w5=21.3270142180,  # weights(res)[5]
    bt_pred=0.5048761813,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(20,20,20,21,22)))$pred
    bt_ci_lb=0.4054605234,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(20,20,20,21,22)))$ci.lb
    bt_ci_ub=0.6041136427,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(20,20,20,21,22)))$ci.ub
    bt_pi_lb=0.4054605234,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(20,20,20,21,22)))$pi.lb
    bt_pi_ub=0.6041136427,  # predict(res, transf=transf.ipft.hm, targs=list(ni=c(20,20,20,21,22)))$pi.ub
)

H_GLMM_metafor = dict(
    # res <- rma.glmm(measure="PLO", xi=c(10,11,9,10,12), ni=c(20,20,20,21,22))  # method="ML", nAGQ=7
    tau2=0.0000000000,  # res$tau2
    mu=0.0194180859,  # coef(res)
    se=0.1970751425,  # res$se
    ci_lb=-0.3668420958,  # res$ci.lb
    ci_ub=0.4056782675,  # res$ci.ub
    pi_lb=-0.3668420958,  # predict(res)$pi.lb
    pi_ub=0.4056782675,  # predict(res)$pi.ub
    q_wald=0.6179757784,  # res$QE.Wld
    q_wald_p=0.9610453754,  # res$QEp.Wld
    q_lrt=0.6206669696,  # res$QE.LRT
    q_lrt_p=0.9607396606,  # res$QEp.LRT
    i2=0.0000000000,  # res$I2
)

H_GLMM_t_nAGQ20 = dict(
    # res <- rma.glmm(measure="PLO", xi=c(10,11,9,10,12), ni=c(20,20,20,21,22), test="t", nAGQ=20, control=list(glmerCtrl=list(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12)))
    tau2=0.0000000000,  # res$tau2
    mu=0.0194180836,  # coef(res)
    se=0.1970751419,  # res$se
    ci_lb=-0.5277502295,  # res$ci.lb
    ci_ub=0.5665863966,  # res$ci.ub
    pi_lb=-0.5277502295,  # predict(res)$pi.lb  # t(k-1)
    pi_ub=0.5665863966,  # predict(res)$pi.ub
    pi_riley_lb=-0.6077629736,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.6465991407,  # predict(res, pi.type="riley")$pi.ub
)

H_GLMM_lme4_nAGQ1 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=1, data=data.frame(x=c(10,11,9,10,12), n=c(20,20,20,21,22), study=factor(1:5)))
    mu=0.0194180859,  # fixef(m)
    se=0.1970751436,  # sqrt(vcov(m)[1, 1])
    tau2=0.0000000000,  # VarCorr(m)$study[1]
    minus2ll=18.0931576113,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

H_GLMM_lme4_nAGQ7 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=7, data=data.frame(x=c(10,11,9,10,12), n=c(20,20,20,21,22), study=factor(1:5)))
    mu=0.0194180859,  # fixef(m)
    se=0.1970751425,  # sqrt(vcov(m)[1, 1])
    tau2=0.0000000000,  # VarCorr(m)$study[1]
    minus2ll=0.6206669696,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

H_GLMM_lme4_nAGQ20 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=20, data=data.frame(x=c(10,11,9,10,12), n=c(20,20,20,21,22), study=factor(1:5)))
    mu=0.0194180859,  # fixef(m)
    se=0.1970751425,  # sqrt(vcov(m)[1, 1])
    tau2=0.0000000000,  # VarCorr(m)$study[1]
    minus2ll=0.6206669696,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

H_GLMM_lme4_nAGQ25 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=25, data=data.frame(x=c(10,11,9,10,12), n=c(20,20,20,21,22), study=factor(1:5)))
    mu=0.0194180859,  # fixef(m)
    se=0.1970751425,  # sqrt(vcov(m)[1, 1])
    tau2=0.0000000000,  # VarCorr(m)$study[1]
    minus2ll=0.6206669696,  # -2 * logLik(m)  # relative to the saturated model when nAGQ > 1
)

H_GLMM_lme4_tight_nAGQ7 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=7, data=data.frame(x=c(10,11,9,10,12), n=c(20,20,20,21,22), study=factor(1:5)), control=glmerControl(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12))
    mu=0.0194180869,  # fixef(m)
    se=0.1970751437,  # sqrt(vcov(m)[1, 1])
    tau2=0.0000000000,  # VarCorr(m)$study[1]
    minus2ll=0.6206669696,  # -2 * logLik(m)
)

H_GLMM_lme4_tight_nAGQ20 = dict(
    # m <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=20, data=data.frame(x=c(10,11,9,10,12), n=c(20,20,20,21,22), study=factor(1:5)), control=glmerControl(optimizer="bobyqa", optCtrl=list(rhoend=1e-12, maxfun=1e5), tolPwrss=1e-12))
    mu=0.0194180836,  # fixef(m)
    se=0.1970751419,  # sqrt(vcov(m)[1, 1])
    tau2=0.0000000000,  # VarCorr(m)$study[1]
    minus2ll=0.6206669696,  # -2 * logLik(m)
)

H_GLMM_lme4_devfun_nAGQ7 = dict(
    # dd <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=7, data=data.frame(x=c(10,11,9,10,12), n=c(20,20,20,21,22), study=factor(1:5)), devFunOnly=TRUE)
    tau=0.8000000000,  # theta
    mu=1.0000000000,  # beta
    deviance=13.0603977183,  # dd(c(0.8, 1.0))  # -2 log-lik relative to the saturated model
)

H_GLMM_lme4_devfun_nAGQ20 = dict(
    # dd <- glmer(cbind(x, n-x) ~ 1 + (1|study), family=binomial, nAGQ=20, data=data.frame(x=c(10,11,9,10,12), n=c(20,20,20,21,22), study=factor(1:5)), devFunOnly=TRUE)
    tau=0.8000000000,  # theta
    mu=1.0000000000,  # beta
    deviance=13.0603949180,  # dd(c(0.8, 1.0))  # -2 log-lik relative to the saturated model
)

A_PLO_REML_adhoc_90 = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35)), method="REML", test="adhoc", level=90, control=ctl)
    tau2=0.8195852712,  # res$tau2
    mu=1.1314576042,  # coef(res)
    se=0.4956550353,  # res$se
    ci_lb=0.0747970101,  # res$ci.lb
    ci_ub=2.1881181983,  # res$ci.ub
    pi_lb=-1.0688511820,  # predict(res)$pi.lb
    pi_ub=3.3317663903,  # predict(res)$pi.ub
    q=12.1218418087,  # res$QE
    q_p=0.0164678477,  # res$QEp
    i2=68.2297805229,  # res$I2
    tau2_lb=0.1117758183,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=6.5702110874,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=22.6540175339,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=94.5104004348,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-1.2974816028,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=3.5603968112,  # predict(res, pi.type="riley")$pi.ub
    w1=17.0872344277,  # weights(res)[1]
    w2=21.6512690377,  # weights(res)[2]
    w3=19.7748078128,  # weights(res)[3]
    w4=23.3765647565,  # weights(res)[4]
    w5=18.1101239653,  # weights(res)[5]
)

A_PLO_DL_z_90 = dict(
    # res <- rma(yi, vi, data=escalc(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35)), method="DL", test="z", level=90, control=ctl)
    tau2=0.7748808371,  # res$tau2
    mu=1.1282369212,  # coef(res)
    se=0.4851842785,  # res$se
    ci_lb=0.3301798009,  # res$ci.lb
    ci_ub=1.9262940414,  # res$ci.ub
    pi_lb=-0.5250534175,  # predict(res)$pi.lb
    pi_ub=2.7815272598,  # predict(res)$pi.ub
    q=12.1218418087,  # res$QE
    q_p=0.0164678477,  # res$QEp
    i2=67.0017142352,  # res$I2
    tau2_lb=0.1117758183,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=6.5702110874,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    i2_lb=22.6540175339,  # confint(res, control=cictl)$random["I^2(%)", "ci.lb"]
    i2_ub=94.5104004348,  # confint(res, control=cictl)$random["I^2(%)", "ci.ub"]
    pi_riley_lb=-1.2371972830,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=3.4936711253,  # predict(res, pi.type="riley")$pi.ub
    w1=16.9844986785,  # weights(res)[1]
    w2=21.7081128212,  # weights(res)[2]
    w3=19.7561392545,  # weights(res)[3]
    w4=23.5151862811,  # weights(res)[4]
    w5=18.0360629646,  # weights(res)[5]
)

K1_PLO = dict(
    # res <- rma(measure="PLO", xi=9, ni=11, method="REML")
    mu=1.5040773968,  # coef(res)
    ci_lb=-0.0280969302,  # res$ci.lb
    ci_ub=3.0362517237,  # res$ci.ub
)

A_REML_leave1out = dict(
    # l1o <- leave1out(rma(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35), method="REML", control=ctl))
    mu1=1.0725265591,  # l1o$estimate[1]
    tau2_1=1.1316025574,  # l1o$tau2[1]
    mu2=1.4616131347,  # l1o$estimate[2]
    tau2_2=0.5237191721,  # l1o$tau2[2]
    mu3=1.0932277277,  # l1o$estimate[3]
    tau2_3=1.1980297242,  # l1o$tau2[3]
    mu4=1.3264065125,  # l1o$estimate[4]
    tau2_4=1.1112225255,  # l1o$tau2[4]
    mu5=0.7051849130,  # l1o$estimate[5]
    tau2_5=0.1897552962,  # l1o$tau2[5]
)

SUBGROUP_A_vs_C_REML = dict(
    # fits <- list(rma(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35), method="REML", control=ctl),
    #              rma(measure="PLO", xi=c(0,3,5,2), ni=c(10,20,25,18), method="REML", control=ctl))
    # sg <- rma(sapply(fits, coef), sei=sapply(fits, function(r) r$se), method="EE")
    q_between=22.6615981582,  # sg$QE
    q_between_p=0.0000019319,  # sg$QEp
)

SUBGROUP_A_vs_C_REML_adhoc = dict(
    # as SUBGROUP_A_vs_C_REML with test="adhoc" in both rma() calls
    q_between=22.5854295967,  # sg$QE
    q_between_p=0.0000020100,  # sg$QEp
)

SUBGROUP_A_vs_C_GLMM = dict(
    # fits <- list(rma.glmm(measure="PLO", xi=c(9,6,12,12,33), ni=c(11,13,15,19,35)),
    #              rma.glmm(measure="PLO", xi=c(0,3,5,2), ni=c(10,20,25,18)))
    # sg <- rma(sapply(fits, coef), sei=sapply(fits, function(r) r$se), method="EE")
    q_between=27.7925300517,  # sg$QE
    q_between_p=0.0000001350,  # sg$QEp
)
