# Output of tests/pooling/reference/make_rates_reference.R (R 4.2.2, metafor 3.8-1).
# ctl <- list(threshold=1e-12, tol=1e-12, maxiter=10000)
# cictl <- list(tol=1e-12, tau2.max=1e6)

OS_loglog_REML_z = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="REML", test="z", control=ctl)
    tau2=3.1013823394,  # res$tau2
    mu=-2.0240908865,  # coef(res)
    se=1.3481353824,  # res$se
    ci_lb=-4.6663876824,  # res$ci.lb
    ci_ub=0.6182059094,  # res$ci.ub
    pi_lb=-6.3709937956,  # predict(res)$pi.lb
    pi_ub=2.3228120226,  # predict(res)$pi.ub
    q=6.3842041684,  # res$QE
    q_p=0.0115140375,  # res$QEp
    i2=84.3363405426,  # res$I2
    tau2_lb=0.1559676168,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=3743.9642322331,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=55.3726212185,  # weights(res)[1]
    w2=44.6273787815,  # weights(res)[2]
)
OS_loglog_REML_adhoc = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="REML", test="adhoc", control=ctl)
    tau2=3.1013823394,  # res$tau2
    mu=-2.0240908865,  # coef(res)
    se=1.3481353824,  # res$se
    ci_lb=-19.1537750679,  # res$ci.lb
    ci_ub=15.1055932948,  # res$ci.ub
    pi_lb=-30.2045262248,  # predict(res)$pi.lb
    pi_ub=26.1563444518,  # predict(res)$pi.ub
    q=6.3842041684,  # res$QE
    q_p=0.0115140375,  # res$QEp
    i2=84.3363405426,  # res$I2
    w1=55.3726212185,  # weights(res)[1]
    w2=44.6273787815,  # weights(res)[2]
)
OS_loglog_REML_knha = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="REML", test="knha", control=ctl)
    tau2=3.1013823394,  # res$tau2
    mu=-2.0240908865,  # coef(res)
    se=1.3481353824,  # res$se
    ci_lb=-19.1537750679,  # res$ci.lb
    ci_ub=15.1055932948,  # res$ci.ub
    pi_lb=-30.2045262248,  # predict(res)$pi.lb
    pi_ub=26.1563444518,  # predict(res)$pi.ub
    q=6.3842041684,  # res$QE
    q_p=0.0115140375,  # res$QEp
    i2=84.3363405426,  # res$I2
    w1=55.3726212185,  # weights(res)[1]
    w2=44.6273787815,  # weights(res)[2]
)
OS_loglog_DL_z = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="DL", test="z", control=ctl)
    tau2=3.1013823394,  # res$tau2
    mu=-2.0240908865,  # coef(res)
    se=1.3481353824,  # res$se
    ci_lb=-4.6663876824,  # res$ci.lb
    ci_ub=0.6182059094,  # res$ci.ub
    pi_lb=-6.3709937956,  # predict(res)$pi.lb
    pi_ub=2.3228120226,  # predict(res)$pi.ub
    q=6.3842041684,  # res$QE
    q_p=0.0115140375,  # res$QEp
    i2=84.3363405426,  # res$I2
    tau2_lb=0.1559676168,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=3743.9642322331,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=55.3726212185,  # weights(res)[1]
    w2=44.6273787815,  # weights(res)[2]
)
OS_loglog_DL_adhoc = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="DL", test="adhoc", control=ctl)
    tau2=3.1013823394,  # res$tau2
    mu=-2.0240908865,  # coef(res)
    se=1.3481353824,  # res$se
    ci_lb=-19.1537750679,  # res$ci.lb
    ci_ub=15.1055932948,  # res$ci.ub
    pi_lb=-30.2045262248,  # predict(res)$pi.lb
    pi_ub=26.1563444518,  # predict(res)$pi.ub
    q=6.3842041684,  # res$QE
    q_p=0.0115140375,  # res$QEp
    i2=84.3363405426,  # res$I2
    w1=55.3726212185,  # weights(res)[1]
    w2=44.6273787815,  # weights(res)[2]
)
OS_loglog_DL_knha = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="DL", test="knha", control=ctl)
    tau2=3.1013823394,  # res$tau2
    mu=-2.0240908865,  # coef(res)
    se=1.3481353824,  # res$se
    ci_lb=-19.1537750679,  # res$ci.lb
    ci_ub=15.1055932948,  # res$ci.ub
    pi_lb=-30.2045262248,  # predict(res)$pi.lb
    pi_ub=26.1563444518,  # predict(res)$pi.ub
    q=6.3842041684,  # res$QE
    q_p=0.0115140375,  # res$QEp
    i2=84.3363405426,  # res$I2
    w1=55.3726212185,  # weights(res)[1]
    w2=44.6273787815,  # weights(res)[2]
)
OS_loglog_PM_z = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="PM", test="z", control=ctl)
    tau2=3.1013823394,  # res$tau2
    mu=-2.0240908865,  # coef(res)
    se=1.3481353824,  # res$se
    ci_lb=-4.6663876824,  # res$ci.lb
    ci_ub=0.6182059094,  # res$ci.ub
    pi_lb=-6.3709937956,  # predict(res)$pi.lb
    pi_ub=2.3228120226,  # predict(res)$pi.ub
    q=6.3842041684,  # res$QE
    q_p=0.0115140375,  # res$QEp
    i2=84.3363405426,  # res$I2
    tau2_lb=0.1559676168,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=3743.9642322331,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=55.3726212185,  # weights(res)[1]
    w2=44.6273787815,  # weights(res)[2]
)
OS_loglog_PM_adhoc = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="PM", test="adhoc", control=ctl)
    tau2=3.1013823394,  # res$tau2
    mu=-2.0240908865,  # coef(res)
    se=1.3481353824,  # res$se
    ci_lb=-19.1537750679,  # res$ci.lb
    ci_ub=15.1055932948,  # res$ci.ub
    pi_lb=-30.2045262248,  # predict(res)$pi.lb
    pi_ub=26.1563444518,  # predict(res)$pi.ub
    q=6.3842041684,  # res$QE
    q_p=0.0115140375,  # res$QEp
    i2=84.3363405426,  # res$I2
    w1=55.3726212185,  # weights(res)[1]
    w2=44.6273787815,  # weights(res)[2]
)
OS_loglog_PM_knha = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="PM", test="knha", control=ctl)
    tau2=3.1013823394,  # res$tau2
    mu=-2.0240908865,  # coef(res)
    se=1.3481353824,  # res$se
    ci_lb=-19.1537750679,  # res$ci.lb
    ci_ub=15.1055932948,  # res$ci.ub
    pi_lb=-30.2045262248,  # predict(res)$pi.lb
    pi_ub=26.1563444518,  # predict(res)$pi.ub
    q=6.3842041684,  # res$QE
    q_p=0.0115140375,  # res$QEp
    i2=84.3363405426,  # res$I2
    w1=55.3726212185,  # weights(res)[1]
    w2=44.6273787815,  # weights(res)[2]
)
OS_logit_REML_z = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="REML", test="z", control=ctl)
    tau2=3.6449645332,  # res$tau2
    mu=1.9240485546,  # coef(res)
    se=1.4582678972,  # res$se
    ci_lb=-0.9341040036,  # res$ci.lb
    ci_ub=4.7822011129,  # res$ci.ub
    pi_lb=-2.7845624086,  # predict(res)$pi.lb
    pi_ub=6.6326595179,  # predict(res)$pi.ub
    q=6.7074949178,  # res$QE
    q_p=0.0096008505,  # res$QEp
    i2=85.0913043953,  # res$I2
    tau2_lb=0.2140174328,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=4361.1646201274,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=54.2191822481,  # weights(res)[1]
    w2=45.7808177519,  # weights(res)[2]
)
OS_logit_REML_adhoc = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="REML", test="adhoc", control=ctl)
    tau2=3.6449645332,  # res$tau2
    mu=1.9240485546,  # coef(res)
    se=1.4582678972,  # res$se
    ci_lb=-16.6050019070,  # res$ci.lb
    ci_ub=20.4530990162,  # res$ci.ub
    pi_lb=-28.6012954794,  # predict(res)$pi.lb
    pi_ub=32.4493925886,  # predict(res)$pi.ub
    q=6.7074949178,  # res$QE
    q_p=0.0096008505,  # res$QEp
    i2=85.0913043953,  # res$I2
    w1=54.2191822481,  # weights(res)[1]
    w2=45.7808177519,  # weights(res)[2]
)
OS_logit_REML_knha = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="REML", test="knha", control=ctl)
    tau2=3.6449645332,  # res$tau2
    mu=1.9240485546,  # coef(res)
    se=1.4582678972,  # res$se
    ci_lb=-16.6050019070,  # res$ci.lb
    ci_ub=20.4530990162,  # res$ci.ub
    pi_lb=-28.6012954794,  # predict(res)$pi.lb
    pi_ub=32.4493925886,  # predict(res)$pi.ub
    q=6.7074949178,  # res$QE
    q_p=0.0096008505,  # res$QEp
    i2=85.0913043953,  # res$I2
    w1=54.2191822481,  # weights(res)[1]
    w2=45.7808177519,  # weights(res)[2]
)
OS_logit_DL_z = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="DL", test="z", control=ctl)
    tau2=3.6449645332,  # res$tau2
    mu=1.9240485546,  # coef(res)
    se=1.4582678972,  # res$se
    ci_lb=-0.9341040036,  # res$ci.lb
    ci_ub=4.7822011129,  # res$ci.ub
    pi_lb=-2.7845624086,  # predict(res)$pi.lb
    pi_ub=6.6326595179,  # predict(res)$pi.ub
    q=6.7074949178,  # res$QE
    q_p=0.0096008505,  # res$QEp
    i2=85.0913043953,  # res$I2
    tau2_lb=0.2140174328,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=4361.1646201274,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=54.2191822481,  # weights(res)[1]
    w2=45.7808177519,  # weights(res)[2]
)
OS_logit_DL_adhoc = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="DL", test="adhoc", control=ctl)
    tau2=3.6449645332,  # res$tau2
    mu=1.9240485546,  # coef(res)
    se=1.4582678972,  # res$se
    ci_lb=-16.6050019070,  # res$ci.lb
    ci_ub=20.4530990162,  # res$ci.ub
    pi_lb=-28.6012954794,  # predict(res)$pi.lb
    pi_ub=32.4493925886,  # predict(res)$pi.ub
    q=6.7074949178,  # res$QE
    q_p=0.0096008505,  # res$QEp
    i2=85.0913043953,  # res$I2
    w1=54.2191822481,  # weights(res)[1]
    w2=45.7808177519,  # weights(res)[2]
)
OS_logit_DL_knha = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="DL", test="knha", control=ctl)
    tau2=3.6449645332,  # res$tau2
    mu=1.9240485546,  # coef(res)
    se=1.4582678972,  # res$se
    ci_lb=-16.6050019070,  # res$ci.lb
    ci_ub=20.4530990162,  # res$ci.ub
    pi_lb=-28.6012954794,  # predict(res)$pi.lb
    pi_ub=32.4493925886,  # predict(res)$pi.ub
    q=6.7074949178,  # res$QE
    q_p=0.0096008505,  # res$QEp
    i2=85.0913043953,  # res$I2
    w1=54.2191822481,  # weights(res)[1]
    w2=45.7808177519,  # weights(res)[2]
)
OS_logit_PM_z = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="PM", test="z", control=ctl)
    tau2=3.6449645332,  # res$tau2
    mu=1.9240485546,  # coef(res)
    se=1.4582678972,  # res$se
    ci_lb=-0.9341040036,  # res$ci.lb
    ci_ub=4.7822011129,  # res$ci.ub
    pi_lb=-2.7845624086,  # predict(res)$pi.lb
    pi_ub=6.6326595179,  # predict(res)$pi.ub
    q=6.7074949178,  # res$QE
    q_p=0.0096008505,  # res$QEp
    i2=85.0913043953,  # res$I2
    tau2_lb=0.2140174328,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=4361.1646201274,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=54.2191822481,  # weights(res)[1]
    w2=45.7808177519,  # weights(res)[2]
)
OS_logit_PM_adhoc = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="PM", test="adhoc", control=ctl)
    tau2=3.6449645332,  # res$tau2
    mu=1.9240485546,  # coef(res)
    se=1.4582678972,  # res$se
    ci_lb=-16.6050019070,  # res$ci.lb
    ci_ub=20.4530990162,  # res$ci.ub
    pi_lb=-28.6012954794,  # predict(res)$pi.lb
    pi_ub=32.4493925886,  # predict(res)$pi.ub
    q=6.7074949178,  # res$QE
    q_p=0.0096008505,  # res$QEp
    i2=85.0913043953,  # res$I2
    w1=54.2191822481,  # weights(res)[1]
    w2=45.7808177519,  # weights(res)[2]
)
OS_logit_PM_knha = dict(
    # S <- c(0.642,0.971); se <- c(0.121,0.0281603074)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="PM", test="knha", control=ctl)
    tau2=3.6449645332,  # res$tau2
    mu=1.9240485546,  # coef(res)
    se=1.4582678972,  # res$se
    ci_lb=-16.6050019070,  # res$ci.lb
    ci_ub=20.4530990162,  # res$ci.ub
    pi_lb=-28.6012954794,  # predict(res)$pi.lb
    pi_ub=32.4493925886,  # predict(res)$pi.ub
    q=6.7074949178,  # res$QE
    q_p=0.0096008505,  # res$QEp
    i2=85.0913043953,  # res$I2
    w1=54.2191822481,  # weights(res)[1]
    w2=45.7808177519,  # weights(res)[2]
)
R4_loglog_REML_z = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="REML", test="z", control=ctl)
    tau2=0.1806830923,  # res$tau2
    mu=-1.3986678101,  # coef(res)
    se=0.3344103124,  # res$se
    ci_lb=-2.0540999785,  # res$ci.lb
    ci_ub=-0.7432356417,  # res$ci.ub
    pi_lb=-2.4587045954,  # predict(res)$pi.lb
    pi_ub=-0.3386310248,  # predict(res)$pi.ub
    pi_riley_lb=-3.7257361664,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.9284005462,  # predict(res, pi.type="riley")$pi.ub
    q=6.7277666140,  # res$QE
    q_p=0.0811000112,  # res$QEp
    i2=41.5071879136,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=19.7810326181,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=30.9305440774,  # weights(res)[1]
    w2=9.7088078320,  # weights(res)[2]
    w3=33.4376100520,  # weights(res)[3]
    w4=25.9230380385,  # weights(res)[4]
)
R4_loglog_REML_adhoc = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="REML", test="adhoc", control=ctl)
    tau2=0.1806830923,  # res$tau2
    mu=-1.3986678101,  # coef(res)
    se=0.4328833392,  # res$se
    ci_lb=-2.7762957935,  # res$ci.lb
    ci_ub=-0.0210398267,  # res$ci.ub
    pi_lb=-3.3294217569,  # predict(res)$pi.lb
    pi_ub=0.5320861367,  # predict(res)$pi.ub
    pi_riley_lb=-4.0090382430,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=1.2117026228,  # predict(res, pi.type="riley")$pi.ub
    q=6.7277666140,  # res$QE
    q_p=0.0811000112,  # res$QEp
    i2=41.5071879136,  # res$I2
    w1=30.9305440774,  # weights(res)[1]
    w2=9.7088078320,  # weights(res)[2]
    w3=33.4376100520,  # weights(res)[3]
    w4=25.9230380385,  # weights(res)[4]
)
R4_loglog_REML_knha = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="REML", test="knha", control=ctl)
    tau2=0.1806830923,  # res$tau2
    mu=-1.3986678101,  # coef(res)
    se=0.4328833392,  # res$se
    ci_lb=-2.7762957935,  # res$ci.lb
    ci_ub=-0.0210398267,  # res$ci.ub
    pi_lb=-3.3294217569,  # predict(res)$pi.lb
    pi_ub=0.5320861367,  # predict(res)$pi.ub
    pi_riley_lb=-4.0090382430,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=1.2117026228,  # predict(res, pi.type="riley")$pi.ub
    q=6.7277666140,  # res$QE
    q_p=0.0811000112,  # res$QEp
    i2=41.5071879136,  # res$I2
    w1=30.9305440774,  # weights(res)[1]
    w2=9.7088078320,  # weights(res)[2]
    w3=33.4376100520,  # weights(res)[3]
    w4=25.9230380385,  # weights(res)[4]
)
R4_loglog_DL_z = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="DL", test="z", control=ctl)
    tau2=0.3163910314,  # res$tau2
    mu=-1.4416000472,  # coef(res)
    se=0.3869693052,  # res$se
    ci_lb=-2.2000459485,  # res$ci.lb
    ci_ub=-0.6831541459,  # res$ci.ub
    pi_lb=-2.7797492554,  # predict(res)$pi.lb
    pi_ub=-0.1034508390,  # predict(res)$pi.ub
    pi_riley_lb=-4.3792006302,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=1.4960005358,  # predict(res, pi.type="riley")$pi.ub
    q=6.7277666140,  # res$QE
    q_p=0.0811000112,  # res$QEp
    i2=55.4086791038,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=19.7810326181,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=30.1140272608,  # weights(res)[1]
    w2=11.6302352244,  # weights(res)[2]
    w3=31.8503578558,  # weights(res)[3]
    w4=26.4053796590,  # weights(res)[4]
)
R4_loglog_DL_adhoc = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="DL", test="adhoc", control=ctl)
    tau2=0.3163910314,  # res$tau2
    mu=-1.4416000472,  # coef(res)
    se=0.4635213282,  # res$se
    ci_lb=-2.9167317856,  # res$ci.lb
    ci_ub=0.0335316912,  # res$ci.ub
    pi_lb=-3.7611712953,  # predict(res)$pi.lb
    pi_ub=0.8779712009,  # predict(res)$pi.ub
    pi_riley_lb=-4.5776496786,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=1.6944495842,  # predict(res, pi.type="riley")$pi.ub
    q=6.7277666140,  # res$QE
    q_p=0.0811000112,  # res$QEp
    i2=55.4086791038,  # res$I2
    w1=30.1140272608,  # weights(res)[1]
    w2=11.6302352244,  # weights(res)[2]
    w3=31.8503578558,  # weights(res)[3]
    w4=26.4053796590,  # weights(res)[4]
)
R4_loglog_DL_knha = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="DL", test="knha", control=ctl)
    tau2=0.3163910314,  # res$tau2
    mu=-1.4416000472,  # coef(res)
    se=0.4635213282,  # res$se
    ci_lb=-2.9167317856,  # res$ci.lb
    ci_ub=0.0335316912,  # res$ci.ub
    pi_lb=-3.7611712953,  # predict(res)$pi.lb
    pi_ub=0.8779712009,  # predict(res)$pi.ub
    pi_riley_lb=-4.5776496786,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=1.6944495842,  # predict(res, pi.type="riley")$pi.ub
    q=6.7277666140,  # res$QE
    q_p=0.0811000112,  # res$QEp
    i2=55.4086791038,  # res$I2
    w1=30.1140272608,  # weights(res)[1]
    w2=11.6302352244,  # weights(res)[2]
    w3=31.8503578558,  # weights(res)[3]
    w4=26.4053796590,  # weights(res)[4]
)
R4_loglog_PM_z = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="PM", test="z", control=ctl)
    tau2=0.7482161526,  # res$tau2
    mu=-1.5287808947,  # coef(res)
    se=0.5151845589,  # res$se
    ci_lb=-2.5385240755,  # res$ci.lb
    ci_ub=-0.5190377139,  # res$ci.ub
    pi_lb=-3.5020580750,  # predict(res)$pi.lb
    pi_ub=0.4444962857,  # predict(res)$pi.ub
    pi_riley_lb=-5.8606597014,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=2.8030979120,  # predict(res, pi.type="riley")$pi.ub
    q=6.7277666140,  # res$QE
    q_p=0.0811000112,  # res$QEp
    i2=74.6098270941,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=19.7810326181,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=28.5673405271,  # weights(res)[1]
    w2=15.4367088339,  # weights(res)[2]
    w3=29.4259118191,  # weights(res)[3]
    w4=26.5700388199,  # weights(res)[4]
)
R4_loglog_PM_adhoc = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="PM", test="adhoc", control=ctl)
    tau2=0.7482161526,  # res$tau2
    mu=-1.5287808947,  # coef(res)
    se=0.5151845589,  # res$se
    ci_lb=-3.1683280906,  # res$ci.lb
    ci_ub=0.1107663013,  # res$ci.ub
    pi_lb=-4.7328441945,  # predict(res)$pi.lb
    pi_ub=1.6752824052,  # predict(res)$pi.ub
    pi_riley_lb=-5.8606597014,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=2.8030979120,  # predict(res, pi.type="riley")$pi.ub
    q=6.7277666140,  # res$QE
    q_p=0.0811000112,  # res$QEp
    i2=74.6098270941,  # res$I2
    w1=28.5673405271,  # weights(res)[1]
    w2=15.4367088339,  # weights(res)[2]
    w3=29.4259118191,  # weights(res)[3]
    w4=26.5700388199,  # weights(res)[4]
)
R4_loglog_PM_knha = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="PM", test="knha", control=ctl)
    tau2=0.7482161526,  # res$tau2
    mu=-1.5287808947,  # coef(res)
    se=0.5151845589,  # res$se
    ci_lb=-3.1683280906,  # res$ci.lb
    ci_ub=0.1107663013,  # res$ci.ub
    pi_lb=-4.7328441945,  # predict(res)$pi.lb
    pi_ub=1.6752824052,  # predict(res)$pi.ub
    pi_riley_lb=-5.8606597014,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=2.8030979120,  # predict(res, pi.type="riley")$pi.ub
    q=6.7277666140,  # res$QE
    q_p=0.0811000112,  # res$QEp
    i2=74.6098270941,  # res$I2
    w1=28.5673405271,  # weights(res)[1]
    w2=15.4367088339,  # weights(res)[2]
    w3=29.4259118191,  # weights(res)[3]
    w4=26.5700388199,  # weights(res)[4]
)
R4_logit_REML_z = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="REML", test="z", control=ctl)
    tau2=0.4289045257,  # res$tau2
    mu=1.3585984552,  # coef(res)
    se=0.4458812761,  # res$se
    ci_lb=0.4846872127,  # res$ci.lb
    ci_ub=2.2325096976,  # res$ci.ub
    pi_lb=-0.1942505180,  # predict(res)$pi.lb
    pi_ub=2.9114474283,  # predict(res)$pi.ub
    pi_riley_lb=-2.0503263648,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=4.7675232751,  # predict(res, pi.type="riley")$pi.ub
    q=6.9773454659,  # res$QE
    q_p=0.0726233656,  # res$QEp
    i2=55.9031680929,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=22.7343687793,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=28.1573952785,  # weights(res)[1]
    w2=13.9125595500,  # weights(res)[2]
    w3=32.0500820091,  # weights(res)[3]
    w4=25.8799631624,  # weights(res)[4]
)
R4_logit_REML_adhoc = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="REML", test="adhoc", control=ctl)
    tau2=0.4289045257,  # res$tau2
    mu=1.3585984552,  # coef(res)
    se=0.5307852431,  # res$se
    ci_lb=-0.3305970805,  # res$ci.lb
    ci_ub=3.0477939909,  # res$ci.ub
    pi_lb=-1.3241820730,  # predict(res)$pi.lb
    pi_ub=4.0413789834,  # predict(res)$pi.ub
    pi_riley_lb=-2.2685084480,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=4.9857053584,  # predict(res, pi.type="riley")$pi.ub
    q=6.9773454659,  # res$QE
    q_p=0.0726233656,  # res$QEp
    i2=55.9031680929,  # res$I2
    w1=28.1573952785,  # weights(res)[1]
    w2=13.9125595500,  # weights(res)[2]
    w3=32.0500820091,  # weights(res)[3]
    w4=25.8799631624,  # weights(res)[4]
)
R4_logit_REML_knha = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="REML", test="knha", control=ctl)
    tau2=0.4289045257,  # res$tau2
    mu=1.3585984552,  # coef(res)
    se=0.5307852431,  # res$se
    ci_lb=-0.3305970805,  # res$ci.lb
    ci_ub=3.0477939909,  # res$ci.ub
    pi_lb=-1.3241820730,  # predict(res)$pi.lb
    pi_ub=4.0413789834,  # predict(res)$pi.ub
    pi_riley_lb=-2.2685084480,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=4.9857053584,  # predict(res, pi.type="riley")$pi.ub
    q=6.9773454659,  # res$QE
    q_p=0.0726233656,  # res$QEp
    i2=55.9031680929,  # res$I2
    w1=28.1573952785,  # weights(res)[1]
    w2=13.9125595500,  # weights(res)[2]
    w3=32.0500820091,  # weights(res)[3]
    w4=25.8799631624,  # weights(res)[4]
)
R4_logit_DL_z = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="DL", test="z", control=ctl)
    tau2=0.4485425601,  # res$tau2
    mu=1.3625187877,  # coef(res)
    se=0.4517449704,  # res$se
    ci_lb=0.4771149155,  # res$ci.lb
    ci_ub=2.2479226600,  # res$ci.ub
    pi_lb=-0.2208313918,  # predict(res)$pi.lb
    pi_ub=2.9458689673,  # predict(res)$pi.ub
    pi_riley_lb=-2.1133644560,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=4.8384020314,  # predict(res, pi.type="riley")$pi.ub
    q=6.9773454659,  # res$QE
    q_p=0.0726233656,  # res$QEp
    i2=57.0037055689,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=22.7343687793,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=28.1207201911,  # weights(res)[1]
    w2=14.0872931440,  # weights(res)[2]
    w3=31.8890378529,  # weights(res)[3]
    w4=25.9029488120,  # weights(res)[4]
)
R4_logit_DL_adhoc = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="DL", test="adhoc", control=ctl)
    tau2=0.4485425601,  # res$tau2
    mu=1.3625187877,  # coef(res)
    se=0.5332559086,  # res$se
    ci_lb=-0.3345395084,  # res$ci.lb
    ci_ub=3.0595770839,  # res$ci.ub
    pi_lb=-1.3619683163,  # predict(res)$pi.lb
    pi_ub=4.0870058918,  # predict(res)$pi.ub
    pi_riley_lb=-2.3209752137,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=5.0460127891,  # predict(res, pi.type="riley")$pi.ub
    q=6.9773454659,  # res$QE
    q_p=0.0726233656,  # res$QEp
    i2=57.0037055689,  # res$I2
    w1=28.1207201911,  # weights(res)[1]
    w2=14.0872931440,  # weights(res)[2]
    w3=31.8890378529,  # weights(res)[3]
    w4=25.9029488120,  # weights(res)[4]
)
R4_logit_DL_knha = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="DL", test="knha", control=ctl)
    tau2=0.4485425601,  # res$tau2
    mu=1.3625187877,  # coef(res)
    se=0.5332559086,  # res$se
    ci_lb=-0.3345395084,  # res$ci.lb
    ci_ub=3.0595770839,  # res$ci.ub
    pi_lb=-1.3619683163,  # predict(res)$pi.lb
    pi_ub=4.0870058918,  # predict(res)$pi.ub
    pi_riley_lb=-2.3209752137,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=5.0460127891,  # predict(res, pi.type="riley")$pi.ub
    q=6.9773454659,  # res$QE
    q_p=0.0726233656,  # res$QEp
    i2=57.0037055689,  # res$I2
    w1=28.1207201911,  # weights(res)[1]
    w2=14.0872931440,  # weights(res)[2]
    w3=31.8890378529,  # weights(res)[3]
    w4=25.9029488120,  # weights(res)[4]
)
R4_logit_PM_z = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="PM", test="z", control=ctl)
    tau2=0.9172541234,  # res$tau2
    mu=1.4311019777,  # coef(res)
    se=0.5719796413,  # res$se
    ci_lb=0.3100424808,  # res$ci.lb
    ci_ub=2.5521614746,  # res$ci.ub
    pi_lb=-0.7553033687,  # predict(res)$pi.lb
    pi_ub=3.6175073241,  # predict(res)$pi.ub
    pi_riley_lb=-3.3686509801,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=6.2308549356,  # predict(res, pi.type="riley")$pi.ub
    q=6.9773454659,  # res$QE
    q_p=0.0726233656,  # res$QEp
    i2=73.0543798546,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=22.7343687793,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=27.3908346145,  # weights(res)[1]
    w2=17.0631978895,  # weights(res)[2]
    w3=29.5095520640,  # weights(res)[3]
    w4=26.0364154320,  # weights(res)[4]
)
R4_logit_PM_adhoc = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="PM", test="adhoc", control=ctl)
    tau2=0.9172541234,  # res$tau2
    mu=1.4311019777,  # coef(res)
    se=0.5719796413,  # res$se
    ci_lb=-0.3891925185,  # res$ci.lb
    ci_ub=3.2513964740,  # res$ci.ub
    pi_lb=-2.1190232651,  # predict(res)$pi.lb
    pi_ub=4.9812272205,  # predict(res)$pi.ub
    pi_riley_lb=-3.3686509801,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=6.2308549356,  # predict(res, pi.type="riley")$pi.ub
    q=6.9773454659,  # res$QE
    q_p=0.0726233656,  # res$QEp
    i2=73.0543798546,  # res$I2
    w1=27.3908346145,  # weights(res)[1]
    w2=17.0631978895,  # weights(res)[2]
    w3=29.5095520640,  # weights(res)[3]
    w4=26.0364154320,  # weights(res)[4]
)
R4_logit_PM_knha = dict(
    # S <- c(0.642,0.971,0.8,0.733); se <- c(0.121,0.0281603074,0.07,0.114)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="PM", test="knha", control=ctl)
    tau2=0.9172541234,  # res$tau2
    mu=1.4311019777,  # coef(res)
    se=0.5719796413,  # res$se
    ci_lb=-0.3891925185,  # res$ci.lb
    ci_ub=3.2513964740,  # res$ci.ub
    pi_lb=-2.1190232651,  # predict(res)$pi.lb
    pi_ub=4.9812272205,  # predict(res)$pi.ub
    pi_riley_lb=-3.3686509801,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=6.2308549356,  # predict(res, pi.type="riley")$pi.ub
    q=6.9773454659,  # res$QE
    q_p=0.0726233656,  # res$QEp
    i2=73.0543798546,  # res$I2
    w1=27.3908346145,  # weights(res)[1]
    w2=17.0631978895,  # weights(res)[2]
    w3=29.5095520640,  # weights(res)[3]
    w4=26.0364154320,  # weights(res)[4]
)
H5_loglog_REML_z = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="REML", test="z", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.0361760774,  # coef(res)
    se=0.0921280915,  # res$se
    ci_lb=-1.2167438187,  # res$ci.lb
    ci_ub=-0.8556083360,  # res$ci.ub
    pi_lb=-1.2167438187,  # predict(res)$pi.lb
    pi_ub=-0.8556083360,  # predict(res)$pi.ub
    pi_riley_lb=-1.3293687818,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.7429833729,  # predict(res, pi.type="riley")$pi.ub
    q=0.2049858277,  # res$QE
    q_p=0.9950930657,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=21.1633991905,  # weights(res)[1]
    w2=13.1894942377,  # weights(res)[2]
    w3=34.7743680150,  # weights(res)[3]
    w4=20.0750859087,  # weights(res)[4]
    w5=10.7976526482,  # weights(res)[5]
)
H5_loglog_REML_adhoc = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="REML", test="adhoc", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.0361760774,  # coef(res)
    se=0.0921280915,  # res$se
    ci_lb=-1.2919646661,  # res$ci.lb
    ci_ub=-0.7803874886,  # res$ci.ub
    pi_lb=-1.2919646661,  # predict(res)$pi.lb
    pi_ub=-0.7803874886,  # predict(res)$pi.ub
    pi_riley_lb=-1.3293687818,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.7429833729,  # predict(res, pi.type="riley")$pi.ub
    q=0.2049858277,  # res$QE
    q_p=0.9950930657,  # res$QEp
    i2=0.0000000000,  # res$I2
    w1=21.1633991905,  # weights(res)[1]
    w2=13.1894942377,  # weights(res)[2]
    w3=34.7743680150,  # weights(res)[3]
    w4=20.0750859087,  # weights(res)[4]
    w5=10.7976526482,  # weights(res)[5]
)
H5_loglog_REML_knha = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="REML", test="knha", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.0361760774,  # coef(res)
    se=0.0208556628,  # res$se
    ci_lb=-1.0940806803,  # res$ci.lb
    ci_ub=-0.9782714744,  # res$ci.ub
    pi_lb=-1.0940806803,  # predict(res)$pi.lb
    pi_ub=-0.9782714744,  # predict(res)$pi.ub
    pi_riley_lb=-1.1025481044,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.9698040503,  # predict(res, pi.type="riley")$pi.ub
    q=0.2049858277,  # res$QE
    q_p=0.9950930657,  # res$QEp
    i2=0.0000000000,  # res$I2
    w1=21.1633991905,  # weights(res)[1]
    w2=13.1894942377,  # weights(res)[2]
    w3=34.7743680150,  # weights(res)[3]
    w4=20.0750859087,  # weights(res)[4]
    w5=10.7976526482,  # weights(res)[5]
)
H5_loglog_DL_z = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="DL", test="z", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.0361760774,  # coef(res)
    se=0.0921280915,  # res$se
    ci_lb=-1.2167438187,  # res$ci.lb
    ci_ub=-0.8556083360,  # res$ci.ub
    pi_lb=-1.2167438187,  # predict(res)$pi.lb
    pi_ub=-0.8556083360,  # predict(res)$pi.ub
    pi_riley_lb=-1.3293687818,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.7429833729,  # predict(res, pi.type="riley")$pi.ub
    q=0.2049858277,  # res$QE
    q_p=0.9950930657,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=21.1633991905,  # weights(res)[1]
    w2=13.1894942377,  # weights(res)[2]
    w3=34.7743680150,  # weights(res)[3]
    w4=20.0750859087,  # weights(res)[4]
    w5=10.7976526482,  # weights(res)[5]
)
H5_loglog_DL_adhoc = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="DL", test="adhoc", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.0361760774,  # coef(res)
    se=0.0921280915,  # res$se
    ci_lb=-1.2919646661,  # res$ci.lb
    ci_ub=-0.7803874886,  # res$ci.ub
    pi_lb=-1.2919646661,  # predict(res)$pi.lb
    pi_ub=-0.7803874886,  # predict(res)$pi.ub
    pi_riley_lb=-1.3293687818,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.7429833729,  # predict(res, pi.type="riley")$pi.ub
    q=0.2049858277,  # res$QE
    q_p=0.9950930657,  # res$QEp
    i2=0.0000000000,  # res$I2
    w1=21.1633991905,  # weights(res)[1]
    w2=13.1894942377,  # weights(res)[2]
    w3=34.7743680150,  # weights(res)[3]
    w4=20.0750859087,  # weights(res)[4]
    w5=10.7976526482,  # weights(res)[5]
)
H5_loglog_DL_knha = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="DL", test="knha", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.0361760774,  # coef(res)
    se=0.0208556628,  # res$se
    ci_lb=-1.0940806803,  # res$ci.lb
    ci_ub=-0.9782714744,  # res$ci.ub
    pi_lb=-1.0940806803,  # predict(res)$pi.lb
    pi_ub=-0.9782714744,  # predict(res)$pi.ub
    pi_riley_lb=-1.1025481044,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.9698040503,  # predict(res, pi.type="riley")$pi.ub
    q=0.2049858277,  # res$QE
    q_p=0.9950930657,  # res$QEp
    i2=0.0000000000,  # res$I2
    w1=21.1633991905,  # weights(res)[1]
    w2=13.1894942377,  # weights(res)[2]
    w3=34.7743680150,  # weights(res)[3]
    w4=20.0750859087,  # weights(res)[4]
    w5=10.7976526482,  # weights(res)[5]
)
H5_loglog_PM_z = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="PM", test="z", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.0361760774,  # coef(res)
    se=0.0921280915,  # res$se
    ci_lb=-1.2167438187,  # res$ci.lb
    ci_ub=-0.8556083360,  # res$ci.ub
    pi_lb=-1.2167438187,  # predict(res)$pi.lb
    pi_ub=-0.8556083360,  # predict(res)$pi.ub
    pi_riley_lb=-1.3293687818,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.7429833729,  # predict(res, pi.type="riley")$pi.ub
    q=0.2049858277,  # res$QE
    q_p=0.9950930657,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=21.1633991905,  # weights(res)[1]
    w2=13.1894942377,  # weights(res)[2]
    w3=34.7743680150,  # weights(res)[3]
    w4=20.0750859087,  # weights(res)[4]
    w5=10.7976526482,  # weights(res)[5]
)
H5_loglog_PM_adhoc = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="PM", test="adhoc", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.0361760774,  # coef(res)
    se=0.0921280915,  # res$se
    ci_lb=-1.2919646661,  # res$ci.lb
    ci_ub=-0.7803874886,  # res$ci.ub
    pi_lb=-1.2919646661,  # predict(res)$pi.lb
    pi_ub=-0.7803874886,  # predict(res)$pi.ub
    pi_riley_lb=-1.3293687818,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.7429833729,  # predict(res, pi.type="riley")$pi.ub
    q=0.2049858277,  # res$QE
    q_p=0.9950930657,  # res$QEp
    i2=0.0000000000,  # res$I2
    w1=21.1633991905,  # weights(res)[1]
    w2=13.1894942377,  # weights(res)[2]
    w3=34.7743680150,  # weights(res)[3]
    w4=20.0750859087,  # weights(res)[4]
    w5=10.7976526482,  # weights(res)[5]
)
H5_loglog_PM_knha = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- log(-log(S)); vi <- (se/(S*log(S)))^2
    # res <- rma(yi, vi, method="PM", test="knha", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=-1.0361760774,  # coef(res)
    se=0.0208556628,  # res$se
    ci_lb=-1.0940806803,  # res$ci.lb
    ci_ub=-0.9782714744,  # res$ci.ub
    pi_lb=-1.0940806803,  # predict(res)$pi.lb
    pi_ub=-0.9782714744,  # predict(res)$pi.ub
    pi_riley_lb=-1.1025481044,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=-0.9698040503,  # predict(res, pi.type="riley")$pi.ub
    q=0.2049858277,  # res$QE
    q_p=0.9950930657,  # res$QEp
    i2=0.0000000000,  # res$I2
    w1=21.1633991905,  # weights(res)[1]
    w2=13.1894942377,  # weights(res)[2]
    w3=34.7743680150,  # weights(res)[3]
    w4=20.0750859087,  # weights(res)[4]
    w5=10.7976526482,  # weights(res)[5]
)
H5_logit_REML_z = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="REML", test="z", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.8540450215,  # coef(res)
    se=0.1094460891,  # res$se
    ci_lb=0.6395346286,  # res$ci.lb
    ci_ub=1.0685554145,  # res$ci.ub
    pi_lb=0.6395346286,  # predict(res)$pi.lb
    pi_ub=1.0685554145,  # predict(res)$pi.ub
    pi_riley_lb=0.5057387195,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=1.2023513235,  # predict(res, pi.type="riley")$pi.ub
    q=0.2056426788,  # res$QE
    q_p=0.9950626398,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=21.1299794967,  # weights(res)[1]
    w2=13.5231868779,  # weights(res)[2]
    w3=34.2532734272,  # weights(res)[3]
    w4=20.3129584142,  # weights(res)[4]
    w5=10.7806017840,  # weights(res)[5]
)
H5_logit_REML_adhoc = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="REML", test="adhoc", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.8540450215,  # coef(res)
    se=0.1094460891,  # res$se
    ci_lb=0.5501739631,  # res$ci.lb
    ci_ub=1.1579160800,  # res$ci.ub
    pi_lb=0.5501739631,  # predict(res)$pi.lb
    pi_ub=1.1579160800,  # predict(res)$pi.ub
    pi_riley_lb=0.5057387195,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=1.2023513235,  # predict(res, pi.type="riley")$pi.ub
    q=0.2056426788,  # res$QE
    q_p=0.9950626398,  # res$QEp
    i2=0.0000000000,  # res$I2
    w1=21.1299794967,  # weights(res)[1]
    w2=13.5231868779,  # weights(res)[2]
    w3=34.2532734272,  # weights(res)[3]
    w4=20.3129584142,  # weights(res)[4]
    w5=10.7806017840,  # weights(res)[5]
)
H5_logit_REML_knha = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="REML", test="knha", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.8540450215,  # coef(res)
    se=0.0248157199,  # res$se
    ci_lb=0.7851455375,  # res$ci.lb
    ci_ub=0.9229445055,  # res$ci.ub
    pi_lb=0.7851455375,  # predict(res)$pi.lb
    pi_ub=0.9229445055,  # predict(res)$pi.ub
    pi_riley_lb=0.7750703255,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.9330197175,  # predict(res, pi.type="riley")$pi.ub
    q=0.2056426788,  # res$QE
    q_p=0.9950626398,  # res$QEp
    i2=0.0000000000,  # res$I2
    w1=21.1299794967,  # weights(res)[1]
    w2=13.5231868779,  # weights(res)[2]
    w3=34.2532734272,  # weights(res)[3]
    w4=20.3129584142,  # weights(res)[4]
    w5=10.7806017840,  # weights(res)[5]
)
H5_logit_DL_z = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="DL", test="z", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.8540450215,  # coef(res)
    se=0.1094460891,  # res$se
    ci_lb=0.6395346286,  # res$ci.lb
    ci_ub=1.0685554145,  # res$ci.ub
    pi_lb=0.6395346286,  # predict(res)$pi.lb
    pi_ub=1.0685554145,  # predict(res)$pi.ub
    pi_riley_lb=0.5057387195,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=1.2023513235,  # predict(res, pi.type="riley")$pi.ub
    q=0.2056426788,  # res$QE
    q_p=0.9950626398,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=21.1299794967,  # weights(res)[1]
    w2=13.5231868779,  # weights(res)[2]
    w3=34.2532734272,  # weights(res)[3]
    w4=20.3129584142,  # weights(res)[4]
    w5=10.7806017840,  # weights(res)[5]
)
H5_logit_DL_adhoc = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="DL", test="adhoc", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.8540450215,  # coef(res)
    se=0.1094460891,  # res$se
    ci_lb=0.5501739631,  # res$ci.lb
    ci_ub=1.1579160800,  # res$ci.ub
    pi_lb=0.5501739631,  # predict(res)$pi.lb
    pi_ub=1.1579160800,  # predict(res)$pi.ub
    pi_riley_lb=0.5057387195,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=1.2023513235,  # predict(res, pi.type="riley")$pi.ub
    q=0.2056426788,  # res$QE
    q_p=0.9950626398,  # res$QEp
    i2=0.0000000000,  # res$I2
    w1=21.1299794967,  # weights(res)[1]
    w2=13.5231868779,  # weights(res)[2]
    w3=34.2532734272,  # weights(res)[3]
    w4=20.3129584142,  # weights(res)[4]
    w5=10.7806017840,  # weights(res)[5]
)
H5_logit_DL_knha = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="DL", test="knha", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.8540450215,  # coef(res)
    se=0.0248157199,  # res$se
    ci_lb=0.7851455375,  # res$ci.lb
    ci_ub=0.9229445055,  # res$ci.ub
    pi_lb=0.7851455375,  # predict(res)$pi.lb
    pi_ub=0.9229445055,  # predict(res)$pi.ub
    pi_riley_lb=0.7750703255,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.9330197175,  # predict(res, pi.type="riley")$pi.ub
    q=0.2056426788,  # res$QE
    q_p=0.9950626398,  # res$QEp
    i2=0.0000000000,  # res$I2
    w1=21.1299794967,  # weights(res)[1]
    w2=13.5231868779,  # weights(res)[2]
    w3=34.2532734272,  # weights(res)[3]
    w4=20.3129584142,  # weights(res)[4]
    w5=10.7806017840,  # weights(res)[5]
)
H5_logit_PM_z = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="PM", test="z", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.8540450215,  # coef(res)
    se=0.1094460891,  # res$se
    ci_lb=0.6395346286,  # res$ci.lb
    ci_ub=1.0685554145,  # res$ci.ub
    pi_lb=0.6395346286,  # predict(res)$pi.lb
    pi_ub=1.0685554145,  # predict(res)$pi.ub
    pi_riley_lb=0.5057387195,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=1.2023513235,  # predict(res, pi.type="riley")$pi.ub
    q=0.2056426788,  # res$QE
    q_p=0.9950626398,  # res$QEp
    i2=0.0000000000,  # res$I2
    tau2_lb=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.lb"]
    tau2_ub=0.0000000000,  # confint(res, control=cictl)$random["tau^2", "ci.ub"]
    w1=21.1299794967,  # weights(res)[1]
    w2=13.5231868779,  # weights(res)[2]
    w3=34.2532734272,  # weights(res)[3]
    w4=20.3129584142,  # weights(res)[4]
    w5=10.7806017840,  # weights(res)[5]
)
H5_logit_PM_adhoc = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="PM", test="adhoc", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.8540450215,  # coef(res)
    se=0.1094460891,  # res$se
    ci_lb=0.5501739631,  # res$ci.lb
    ci_ub=1.1579160800,  # res$ci.ub
    pi_lb=0.5501739631,  # predict(res)$pi.lb
    pi_ub=1.1579160800,  # predict(res)$pi.ub
    pi_riley_lb=0.5057387195,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=1.2023513235,  # predict(res, pi.type="riley")$pi.ub
    q=0.2056426788,  # res$QE
    q_p=0.9950626398,  # res$QEp
    i2=0.0000000000,  # res$I2
    w1=21.1299794967,  # weights(res)[1]
    w2=13.5231868779,  # weights(res)[2]
    w3=34.2532734272,  # weights(res)[3]
    w4=20.3129584142,  # weights(res)[4]
    w5=10.7806017840,  # weights(res)[5]
)
H5_logit_PM_knha = dict(
    # S <- c(0.7,0.72,0.69,0.71,0.7); se <- c(0.05,0.06,0.04,0.05,0.07)
    # yi <- qlogis(S); vi <- (se/(S*(1-S)))^2
    # res <- rma(yi, vi, method="PM", test="knha", control=ctl)
    tau2=0.0000000000,  # res$tau2
    mu=0.8540450215,  # coef(res)
    se=0.0248157199,  # res$se
    ci_lb=0.7851455375,  # res$ci.lb
    ci_ub=0.9229445055,  # res$ci.ub
    pi_lb=0.7851455375,  # predict(res)$pi.lb
    pi_ub=0.9229445055,  # predict(res)$pi.ub
    pi_riley_lb=0.7750703255,  # predict(res, pi.type="riley")$pi.lb
    pi_riley_ub=0.9330197175,  # predict(res, pi.type="riley")$pi.ub
    q=0.2056426788,  # res$QE
    q_p=0.9950626398,  # res$QEp
    i2=0.0000000000,  # res$I2
    w1=21.1299794967,  # weights(res)[1]
    w2=13.5231868779,  # weights(res)[2]
    w3=34.2532734272,  # weights(res)[3]
    w4=20.3129584142,  # weights(res)[4]
    w5=10.7806017840,  # weights(res)[5]
)
