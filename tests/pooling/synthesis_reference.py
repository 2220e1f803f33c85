# ruff: noqa: E501  (each block carries the whole R call that produced it)
# fmt: off
# Output of tests/pooling/reference/make_synthesis_reference.R (R 4.2.2, metafor 3.8-1, lme4 1.1-31).
# Keys: (cohorts as in synthesis_pooled.csv, method); proportion scale, i2 in percent.

nan = float("nan")

SYNTHESIS = {
    ("lu2024:all=30/35;realworld2025:induction_ph_neg=28/32", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(30,28), ni=c(35,32), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.865671642384, lower=0.0636287571914, upper=0.998366480242, pi_lower=nan, pi_upper=nan,
        tau2=3.74288089472e-19, i2=1.44221098696e-16, q=0.0459467823523, q_p=0.830272565662,
    ),
    ("lu2024:all=33/35;realworld2025:induction_ph_neg=32/37", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(33,32), ni=c(35,37), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.902777777955, lower=0.055935163613, upper=0.999313320421, pi_lower=nan, pi_upper=nan,
        tau2=0, i2=0, q=1.28810880772, q_p=0.25639676601,
    ),
    ("wang2025:all=1/19;lu2024:all=3/35", "glmm"): dict(
        # rma.glmm(measure="PLO", xi=c(1,3), ni=c(19,35), nAGQ=50, test="z", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit)
        estimate=0.0740740747664, lower=0.0280816422704, upper=0.181339051453, pi_lower=0.0280816422704, pi_upper=0.181339051453,
        tau2=4.8651804031e-16, i2=6.85169660681e-14, q=0.206730880037, q_p=0.649341862844,
    ),
    ("wang2025:all=1/19;lu2024:all=3/35", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(1,3), ni=c(19,35), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.0740740747664, lower=0.000108563584329, upper=0.983318105222, pi_lower=nan, pi_upper=nan,
        tau2=4.8651804031e-16, i2=6.85169660681e-14, q=0.206730880037, q_p=0.649341862844,
    ),
    ("wang2025:all=1/19;lu2024:all=3/35", "reml"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(1,3), ni=c(19,35)), method="REML", test="z", control=ctl); predict(transf=transf.ilogit); confint(control=cictl)
        estimate=0.0757563245074, lower=0.0286999755736, upper=0.18525098756, pi_lower=0.0286999755736, pi_upper=0.18525098756,
        tau2=0, tau2_lower=0, tau2_upper=138.683693767, i2=0, i2_lower=0, i2_upper=99.4906017112, q=0.192790030676, q_p=0.66060457338,
    ),
    ("wang2025:all=1/19;lu2024:all=3/35", "reml_hk"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(1,3), ni=c(19,35)), method="REML", test="knha", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.0757563245074, lower=0.0044708835883, upper=0.599355561496, pi_lower=nan, pi_upper=nan,
        tau2=0, tau2_lower=0, tau2_upper=138.683693767, i2=0, i2_lower=0, i2_upper=99.4906017112, q=0.192790030676, q_p=0.66060457338,
    ),
    ("wang2025:all=1/19;lu2024:all=3/35", "reml_hk_adhoc"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(1,3), ni=c(19,35)), method="REML", test="adhoc", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.0757563245074, lower=0.000109899137615, upper=0.983903563792, pi_lower=nan, pi_upper=nan,
        tau2=0, tau2_lower=0, tau2_upper=138.683693767, i2=0, i2_lower=0, i2_upper=99.4906017112, q=0.192790030676, q_p=0.66060457338,
    ),
    ("wang2025:all=1/19;lu2024:all=3/35", "dl"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(1,3), ni=c(19,35)), method="DL", test="z", control=ctl); predict(transf=transf.ilogit); confint(control=cictl)
        estimate=0.0757563245074, lower=0.0286999755736, upper=0.18525098756, pi_lower=0.0286999755736, pi_upper=0.18525098756,
        tau2=0, tau2_lower=0, tau2_upper=138.683693767, i2=0, i2_lower=0, i2_upper=99.4906017112, q=0.192790030676, q_p=0.66060457338,
    ),
    ("wang2025:all=1/19;lu2024:all=3/35", "dl_hk"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(1,3), ni=c(19,35)), method="DL", test="knha", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.0757563245074, lower=0.0044708835883, upper=0.599355561496, pi_lower=nan, pi_upper=nan,
        tau2=0, tau2_lower=0, tau2_upper=138.683693767, i2=0, i2_lower=0, i2_upper=99.4906017112, q=0.192790030676, q_p=0.66060457338,
    ),
    ("wang2025:all=1/19;lu2024:all=3/35", "dl_hk_adhoc"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(1,3), ni=c(19,35)), method="DL", test="adhoc", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.0757563245074, lower=0.000109899137615, upper=0.983903563792, pi_lower=nan, pi_upper=nan,
        tau2=0, tau2_lower=0, tau2_upper=138.683693767, i2=0, i2_lower=0, i2_upper=99.4906017112, q=0.192790030676, q_p=0.66060457338,
    ),
    ("wang2025:all=1/19;lu2024:all=3/35", "pm"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(1,3), ni=c(19,35)), method="PM", test="z", control=ctl); predict(transf=transf.ilogit); confint(control=cictl)
        estimate=0.0757563245074, lower=0.0286999755736, upper=0.18525098756, pi_lower=0.0286999755736, pi_upper=0.18525098756,
        tau2=0, tau2_lower=0, tau2_upper=138.683693767, i2=0, i2_lower=0, i2_upper=99.4906017112, q=0.192790030676, q_p=0.66060457338,
    ),
    ("wang2025:all=1/19;lu2024:all=3/35", "pm_hk"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(1,3), ni=c(19,35)), method="PM", test="knha", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.0757563245074, lower=0.0044708835883, upper=0.599355561496, pi_lower=nan, pi_upper=nan,
        tau2=0, tau2_lower=0, tau2_upper=138.683693767, i2=0, i2_lower=0, i2_upper=99.4906017112, q=0.192790030676, q_p=0.66060457338,
    ),
    ("wang2025:all=1/19;lu2024:all=3/35", "pm_hk_adhoc"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(1,3), ni=c(19,35)), method="PM", test="adhoc", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.0757563245074, lower=0.000109899137615, upper=0.983903563792, pi_lower=nan, pi_upper=nan,
        tau2=0, tau2_lower=0, tau2_upper=138.683693767, i2=0, i2_lower=0, i2_upper=99.4906017112, q=0.192790030676, q_p=0.66060457338,
    ),
    ("wang2025:all=1/19;lu2024:all=3/35", "ft_reml"): dict(
        # rma(yi, vi, data=escalc(measure="PFT", xi=c(1,3), ni=c(19,35)), method="REML", control=ctl); predict(transf=transf.ipft.hm, targs=list(ni=ni)); confint(control=cictl)
        estimate=0.0723000083858, lower=0.0125651401216, upper=0.163618414344, pi_lower=0.0125651401216, pi_upper=0.163618414344,
        tau2=0, tau2_lower=0, tau2_upper=0.918700477766, i2=0, i2_lower=0, i2_upper=98.9305360296, q=0.091828162922, q_p=0.761865764299,
    ),
    ("xu2025:blinatumomab=11/11;realworld2025:induction_ph_pos=11/11", "reml"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,11), ni=c(11,11)), method="REML", test="z", control=ctl); predict(transf=transf.ilogit); confint(control=cictl)
        estimate=0.958333333333, lower=0.756461324413, upper=0.994162585513, pi_lower=0.756461324413, pi_upper=0.994162585513,
        tau2=0, tau2_lower=0, tau2_upper=0, i2=0, i2_lower=0, i2_upper=0, q=0, q_p=1,
    ),
    ("xu2025:blinatumomab=11/11;realworld2025:induction_ph_pos=11/11", "reml_hk"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,11), ni=c(11,11)), method="REML", test="knha", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.958333333333, lower=0.958333333333, upper=0.958333333333, pi_lower=nan, pi_upper=nan,
        tau2=0, tau2_lower=0, tau2_upper=0, i2=0, i2_lower=0, i2_upper=0, q=0, q_p=1,
    ),
    ("xu2025:blinatumomab=11/11;realworld2025:induction_ph_pos=11/11", "reml_hk_adhoc"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,11), ni=c(11,11)), method="REML", test="adhoc", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.958333333333, lower=5.30621567327e-05, upper=0.999999899688, pi_lower=nan, pi_upper=nan,
        tau2=0, tau2_lower=0, tau2_upper=0, i2=0, i2_lower=0, i2_upper=0, q=0, q_p=1,
    ),
    ("xu2025:blinatumomab=11/11;realworld2025:induction_ph_pos=11/11", "dl"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,11), ni=c(11,11)), method="DL", test="z", control=ctl); predict(transf=transf.ilogit); confint(control=cictl)
        estimate=0.958333333333, lower=0.756461324413, upper=0.994162585513, pi_lower=0.756461324413, pi_upper=0.994162585513,
        tau2=0, tau2_lower=0, tau2_upper=0, i2=0, i2_lower=0, i2_upper=0, q=0, q_p=1,
    ),
    ("xu2025:blinatumomab=11/11;realworld2025:induction_ph_pos=11/11", "dl_hk"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,11), ni=c(11,11)), method="DL", test="knha", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.958333333333, lower=0.958333333333, upper=0.958333333333, pi_lower=nan, pi_upper=nan,
        tau2=0, tau2_lower=0, tau2_upper=0, i2=0, i2_lower=0, i2_upper=0, q=0, q_p=1,
    ),
    ("xu2025:blinatumomab=11/11;realworld2025:induction_ph_pos=11/11", "dl_hk_adhoc"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,11), ni=c(11,11)), method="DL", test="adhoc", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.958333333333, lower=5.30621567327e-05, upper=0.999999899688, pi_lower=nan, pi_upper=nan,
        tau2=0, tau2_lower=0, tau2_upper=0, i2=0, i2_lower=0, i2_upper=0, q=0, q_p=1,
    ),
    ("xu2025:blinatumomab=11/11;realworld2025:induction_ph_pos=11/11", "pm"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,11), ni=c(11,11)), method="PM", test="z", control=ctl); predict(transf=transf.ilogit); confint(control=cictl)
        estimate=0.958333333333, lower=0.756461324413, upper=0.994162585513, pi_lower=0.756461324413, pi_upper=0.994162585513,
        tau2=0, tau2_lower=0, tau2_upper=0, i2=0, i2_lower=0, i2_upper=0, q=0, q_p=1,
    ),
    ("xu2025:blinatumomab=11/11;realworld2025:induction_ph_pos=11/11", "pm_hk"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,11), ni=c(11,11)), method="PM", test="knha", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.958333333333, lower=0.958333333333, upper=0.958333333333, pi_lower=nan, pi_upper=nan,
        tau2=0, tau2_lower=0, tau2_upper=0, i2=0, i2_lower=0, i2_upper=0, q=0, q_p=1,
    ),
    ("xu2025:blinatumomab=11/11;realworld2025:induction_ph_pos=11/11", "pm_hk_adhoc"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,11), ni=c(11,11)), method="PM", test="adhoc", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.958333333333, lower=5.30621567327e-05, upper=0.999999899688, pi_lower=nan, pi_upper=nan,
        tau2=0, tau2_lower=0, tau2_upper=0, i2=0, i2_lower=0, i2_upper=0, q=0, q_p=1,
    ),
    ("xu2025:blinatumomab=11/11;realworld2025:induction_ph_pos=11/11", "ft_reml"): dict(
        # rma(yi, vi, data=escalc(measure="PFT", xi=c(11,11), ni=c(11,11)), method="REML", control=ctl); predict(transf=transf.ipft.hm, targs=list(ni=ni)); confint(control=cictl)
        estimate=1, lower=0.913162886667, upper=1, pi_lower=0.913162886667, pi_upper=1,
        tau2=0, tau2_lower=0, tau2_upper=0, i2=0, i2_lower=0, i2_upper=0, q=0, q_p=1,
    ),
    ("wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(12,33,11), ni=c(15,35,11), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.918633265188, lower=0.551335734912, upper=0.990451452866, pi_lower=0.00996220009499, pi_upper=0.999921063359,
        tau2=0.0397895653113, i2=5.20796132444, q=4.24849371084, q_p=0.119522952441,
    ),
    ("wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11;realworld2025:induction_ph_neg=32/37", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(12,33,11,32), ni=c(15,35,11,37), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.897959183666, lower=0.752638006668, upper=0.962194859058, pi_lower=0.676756440438, pi_upper=0.973676014411,
        tau2=0, i2=0, q=4.93984674761, q_p=0.176255225727,
    ),
    ("wang2025:overt_marrow=12/15;realworld2025:induction_ph_pos=11/11;lu2024:all=35/35", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(12,11,35), ni=c(15,11,35), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.986319297603, lower=0.0016328433571, upper=0.999999685344, pi_lower=1.17240294026e-17, pi_upper=1,
        tau2=5.41590242517, i2=80.4948329816, q=8.91147576709, q_p=0.0116117485945,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(11,12,33), ni=c(11,15,35), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.918633264698, lower=0.551335725927, upper=0.990451453085, pi_lower=0.00996219887718, pi_upper=0.999921063368,
        tau2=0.0397895683491, i2=5.20796170134, q=4.24849371084, q_p=0.119522952441,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_neg=32/37", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(11,12,33,32), ni=c(11,15,35,37), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.897959183656, lower=0.752638000741, upper=0.962194860208, pi_lower=0.676756431031, pi_upper=0.973676015507,
        tau2=4.18225480183e-16, i2=8.33891401823e-14, q=4.93984674761, q_p=0.176255225727,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11", "glmm"): dict(
        # rma.glmm(measure="PLO", xi=c(11,12,33,11), ni=c(11,15,35,11), nAGQ=50, test="z", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit)
        estimate=0.935913396134, lower=0.797489498926, upper=0.981870131172, pi_lower=0.746896112163, pi_upper=0.986352387874,
        tau2=0.218567289112, i2=19.759468509, q=5.97238178371, q_p=0.112961669979,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(11,12,33,11), ni=c(11,15,35,11), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.935913396134, lower=0.63488088486, upper=0.99191287055, pi_lower=0.303791868569, pi_upper=0.997958202845,
        tau2=0.218567289112, i2=19.759468509, q=5.97238178371, q_p=0.112961669979,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11", "reml"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,12,33,11), ni=c(11,15,35,11)), method="REML", test="z", control=ctl); predict(transf=transf.ilogit); confint(control=cictl)
        estimate=0.909068399866, lower=0.779382134153, upper=0.965860229686, pi_lower=0.69953647005, pi_upper=0.977235691616,
        tau2=0.27109163967, tau2_lower=0, tau2_upper=8.83616814544, i2=23.3969184465, i2_lower=0, i2_upper=90.87211102, q=3.11298472922, q_p=0.37453107137,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11", "reml_hk"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,12,33,11), ni=c(11,15,35,11)), method="REML", test="knha", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.909068399866, lower=0.707179103642, upper=0.976406383945, pi_lower=0.343320052927, pi_upper=0.994796253864,
        tau2=0.27109163967, tau2_lower=0, tau2_upper=8.83616814544, i2=23.3969184465, i2_lower=0, i2_upper=90.87211102, q=3.11298472922, q_p=0.37453107137,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11", "reml_hk_adhoc"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,12,33,11), ni=c(11,15,35,11)), method="REML", test="adhoc", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.909068399866, lower=0.648679892146, upper=0.981860973691, pi_lower=0.289732581463, pi_upper=0.995935163767,
        tau2=0.27109163967, tau2_lower=0, tau2_upper=8.83616814544, i2=23.3969184465, i2_lower=0, i2_upper=90.87211102, q=3.11298472922, q_p=0.37453107137,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11", "dl"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,12,33,11), ni=c(11,15,35,11)), method="DL", test="z", control=ctl); predict(transf=transf.ilogit); confint(control=cictl)
        estimate=0.902852025282, lower=0.793703245907, upper=0.957354529801, pi_lower=0.782002285064, pi_upper=0.960123456221,
        tau2=0.0334273691991, tau2_lower=0, tau2_upper=8.83616814544, i2=3.6294662214, i2_lower=0, i2_upper=90.87211102, q=3.11298472922, q_p=0.37453107137,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11", "dl_hk"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,12,33,11), ni=c(11,15,35,11)), method="DL", test="knha", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.902852025282, lower=0.692572154694, upper=0.974580107082, pi_lower=0.539451512777, pi_upper=0.986619841763,
        tau2=0.0334273691991, tau2_lower=0, tau2_upper=8.83616814544, i2=3.6294662214, i2_lower=0, i2_upper=90.87211102, q=3.11298472922, q_p=0.37453107137,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11", "dl_hk_adhoc"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,12,33,11), ni=c(11,15,35,11)), method="DL", test="adhoc", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.902852025282, lower=0.689398952878, upper=0.974945688314, pi_lower=0.534827070894, pi_upper=0.986863180177,
        tau2=0.0334273691991, tau2_lower=0, tau2_upper=8.83616814544, i2=3.6294662214, i2_lower=0, i2_upper=90.87211102, q=3.11298472922, q_p=0.37453107137,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11", "pm"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,12,33,11), ni=c(11,15,35,11)), method="PM", test="z", control=ctl); predict(transf=transf.ilogit); confint(control=cictl)
        estimate=0.902416964389, lower=0.794441595087, upper=0.956762075952, pi_lower=0.786949512594, pi_upper=0.95859674963,
        tau2=0.0210988103185, tau2_lower=0, tau2_upper=8.83616814544, i2=2.32194154763, i2_lower=0, i2_upper=90.87211102, q=3.11298472922, q_p=0.37453107137,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11", "pm_hk"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,12,33,11), ni=c(11,15,35,11)), method="PM", test="knha", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.902416964389, lower=0.691625598766, upper=0.974444522229, pi_lower=0.552230985962, pi_upper=0.985783831204,
        tau2=0.0210988103185, tau2_lower=0, tau2_upper=8.83616814544, i2=2.32194154763, i2_lower=0, i2_upper=90.87211102, q=3.11298472922, q_p=0.37453107137,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11", "pm_hk_adhoc"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(11,12,33,11), ni=c(11,15,35,11)), method="PM", test="adhoc", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.902416964389, lower=0.691625598766, upper=0.974444522229, pi_lower=0.552230985962, pi_upper=0.985783831204,
        tau2=0.0210988103185, tau2_lower=0, tau2_upper=8.83616814544, i2=2.32194154763, i2_lower=0, i2_upper=90.87211102, q=3.11298472922, q_p=0.37453107137,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11", "ft_reml"): dict(
        # rma(yi, vi, data=escalc(measure="PFT", xi=c(11,12,33,11), ni=c(11,15,35,11)), method="REML", control=ctl); predict(transf=transf.ipft.hm, targs=list(ni=ni)); confint(control=cictl)
        estimate=0.953400034148, lower=0.863767971146, upper=0.999762877848, pi_lower=0.817167934977, pi_upper=1,
        tau2=0.00492295755642, tau2_lower=0, tau2_upper=0.337726290077, i2=24.76524264, i2_lower=0, i2_upper=95.7594816581, q=4.28690421453, q_p=0.232103874912,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=33/35;realworld2025:induction_ph_pos=11/11;realworld2025:induction_ph_neg=32/37", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(11,12,33,11,32), ni=c(11,15,35,11,37), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.908256879382, lower=0.797585168878, upper=0.961350308301, pi_lower=0.774963312001, pi_upper=0.96605624738,
        tau2=9.80533089825e-17, i2=1.61602442041e-14, q=7.1776082754, q_p=0.126794871419,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;lu2024:all=35/35", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(11,12,35), ni=c(11,15,35), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.986319297603, lower=0.0016328433571, upper=0.999999685344, pi_lower=1.17240294026e-17, pi_upper=1,
        tau2=5.41590242517, i2=80.4948329816, q=8.91147576709, q_p=0.0116117485945,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;realworld2025:induction_ph_pos=11/11;lu2024:all=35/35", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(11,12,11,35), ni=c(11,15,11,35), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.993178104267, lower=0.01280112376, upper=0.999999388215, pi_lower=7.38991788264e-06, pi_upper=0.999999999651,
        tau2=6.65093845164, i2=82.8135754064, q=9.92947706545, q_p=0.0191752173337,
    ),
    ("xu2025:blinatumomab=11/11;wang2025:overt_marrow=12/15;realworld2025:induction_ph_pos=11/11;realworld2025:induction_ph_neg=32/37", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(11,12,11,32), ni=c(11,15,11,37), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.891891891682, lower=0.714798897352, upper=0.964484334539, pi_lower=0.622327035551, pi_upper=0.97636226486,
        tau2=0, i2=0, q=6.37762184106, q_p=0.0946157723915,
    ),
    ("xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35", "glmm"): dict(
        # rma.glmm(measure="PLO", xi=c(9,12,30), ni=c(11,19,35), nAGQ=50, test="z", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit)
        estimate=0.782844413438, lower=0.641536225062, upper=0.878958234604, pi_lower=0.589512983821, pi_upper=0.900490574076,
        tau2=0.0928505502028, i2=22.9578410177, q=3.58313862522, q_p=0.166698362449,
    ),
    ("xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(9,12,30), ni=c(11,19,35), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.782844413438, lower=0.436595978302, upper=0.943727342446, pi_lower=0.00915453961069, pi_upper=0.999289583493,
        tau2=0.0928505502028, i2=22.9578410177, q=3.58313862522, q_p=0.166698362449,
    ),
    ("xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35", "reml"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,12,30), ni=c(11,19,35)), method="REML", test="z", control=ctl); predict(transf=transf.ilogit); confint(control=cictl)
        estimate=0.774934467853, lower=0.592930293976, upper=0.890580200371, pi_lower=0.477874595176, pi_upper=0.928331206842,
        tau2=0.26432046431, tau2_lower=0, tau2_upper=16.7566330902, i2=45.8961969108, i2_lower=0, i2_upper=98.174450551, q=3.58254367401, q_p=0.166747958523,
    ),
    ("xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35", "reml_hk"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,12,30), ni=c(11,19,35)), method="REML", test="knha", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.774934467853, lower=0.37723674192, upper=0.951388723434, pi_lower=0.000848961061247, pi_upper=0.999928333941,
        tau2=0.26432046431, tau2_lower=0, tau2_upper=16.7566330902, i2=45.8961969108, i2_lower=0, i2_upper=98.174450551, q=3.58254367401, q_p=0.166747958523,
    ),
    ("xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35", "reml_hk_adhoc"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,12,30), ni=c(11,19,35)), method="REML", test="adhoc", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.774934467853, lower=0.342495547313, upper=0.957910925009, pi_lower=0.000640208259027, pi_upper=0.999945966393,
        tau2=0.26432046431, tau2_lower=0, tau2_upper=16.7566330902, i2=45.8961969108, i2_lower=0, i2_upper=98.174450551, q=3.58254367401, q_p=0.166747958523,
    ),
    ("xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35", "dl"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,12,30), ni=c(11,19,35)), method="DL", test="z", control=ctl); predict(transf=transf.ilogit); confint(control=cictl)
        estimate=0.774746428376, lower=0.596074921996, upper=0.889090168122, pi_lower=0.486425135258, pi_upper=0.9258711906,
        tau2=0.24655146688, tau2_lower=0, tau2_upper=16.7566330902, i2=44.1737440771, i2_lower=0, i2_upper=98.174450551, q=3.58254367401, q_p=0.166747958523,
    ),
    ("xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35", "dl_hk"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,12,30), ni=c(11,19,35)), method="DL", test="knha", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.774746428376, lower=0.37641061874, upper=0.951451691383, pi_lower=0.00100499109327, pi_upper=0.999914967261,
        tau2=0.24655146688, tau2_lower=0, tau2_upper=16.7566330902, i2=44.1737440771, i2_lower=0, i2_upper=98.174450551, q=3.58254367401, q_p=0.166747958523,
    ),
    ("xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35", "dl_hk_adhoc"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,12,30), ni=c(11,19,35)), method="DL", test="adhoc", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.774746428376, lower=0.349265746755, upper=0.956598357543, pi_lower=0.000803965209341, pi_upper=0.999931988677,
        tau2=0.24655146688, tau2_lower=0, tau2_upper=16.7566330902, i2=44.1737440771, i2_lower=0, i2_upper=98.174450551, q=3.58254367401, q_p=0.166747958523,
    ),
    ("xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35", "pm"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,12,30), ni=c(11,19,35)), method="PM", test="z", control=ctl); predict(transf=transf.ilogit); confint(control=cictl)
        estimate=0.77403700752, lower=0.606939625341, upper=0.883708861327, pi_lower=0.516943348435, pi_upper=0.916422070242,
        tau2=0.187103836386, tau2_lower=0, tau2_upper=16.7566330902, i2=37.5188665355, i2_lower=0, i2_upper=98.174450551, q=3.58254367401, q_p=0.166747958523,
    ),
    ("xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35", "pm_hk"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,12,30), ni=c(11,19,35)), method="PM", test="knha", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.77403700752, lower=0.373342244983, upper=0.951680855792, pi_lower=0.00181247377007, pi_upper=0.999845281026,
        tau2=0.187103836386, tau2_lower=0, tau2_upper=16.7566330902, i2=37.5188665355, i2_lower=0, i2_upper=98.174450551, q=3.58254367401, q_p=0.166747958523,
    ),
    ("xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35", "pm_hk_adhoc"): dict(
        # rma(yi, vi, data=escalc(measure="PLO", xi=c(9,12,30), ni=c(11,19,35)), method="PM", test="adhoc", control=ctl); predict(transf=transf.ilogit, pi.type="riley"); confint(control=cictl)
        estimate=0.77403700752, lower=0.373342244983, upper=0.951680855792, pi_lower=0.00181247377007, pi_upper=0.999845281026,
        tau2=0.187103836386, tau2_lower=0, tau2_upper=16.7566330902, i2=37.5188665355, i2_lower=0, i2_upper=98.174450551, q=3.58254367401, q_p=0.166747958523,
    ),
    ("xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35", "ft_reml"): dict(
        # rma(yi, vi, data=escalc(measure="PFT", xi=c(9,12,30), ni=c(11,19,35)), method="REML", control=ctl); predict(transf=transf.ipft.hm, targs=list(ni=ni)); confint(control=cictl)
        estimate=0.783549252144, lower=0.622759838057, upper=0.912583024071, pi_lower=0.533920193888, pi_upper=0.960913786451,
        tau2=0.00926915412494, tau2_lower=0, tau2_upper=0.688652199772, i2=42.4826301281, i2_lower=0, i2_upper=98.2102814384, q=3.35866636445, q_p=0.186498294964,
    ),
    ("xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=30/35;realworld2025:induction_ph_neg=28/32", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(9,12,30,28), ni=c(11,19,35,32), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.813390418488, lower=0.624249651349, upper=0.919587809124, pi_lower=0.420458029093, pi_upper=0.963218262685,
        tau2=0.0818084822593, i2=21.4703596736, q=4.80710884109, q_p=0.186478874159,
    ),
    ("xu2025:blinatumomab=9/11;wang2025:all=12/19;lu2024:all=31/35", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(9,12,31), ni=c(11,19,35), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.79790466054, lower=0.391984564857, upper=0.960284075031, pi_lower=0.00143155864662, pi_upper=0.999908039365,
        tau2=0.211204393339, i2=38.6986475036, q=4.73626790883, q_p=0.0936553284316,
    ),
    ("xu2025:blinatumomab=9/11;wang2025:all=12/19;realworld2025:induction_ph_neg=28/32", "glmm_t"): dict(
        # rma.glmm(measure="PLO", xi=c(9,12,28), ni=c(11,19,32), nAGQ=50, test="t", control=list(glmerCtrl=gctl)); predict(transf=transf.ilogit, pi.type="riley")
        estimate=0.789911310911, lower=0.406195848768, upper=0.953845001968, pi_lower=0.00315498876454, pi_upper=0.999776168279,
        tau2=0.153618102217, i2=31.3680576699, q=4.12505650243, q_p=0.127132141244,
    ),
    ("wang2025:all=0.642(se 0.121);lu2024:all=0.971(se 0.028160307446)", "reml"): dict(
        # rma(yi=log(-log(S)), vi=(se/(S*log(S)))^2, method="REML", test="z", control=ctl) with S=c(0.642,0.971), se=c(0.121,0.028160307446); predict(transf=function(x) exp(-exp(x)))
        estimate=0.87624118972, lower=0.156359732754, upper=0.990637913422, pi_lower=3.70097635562e-05, pi_upper=0.998291003464,
        tau2=3.10138233782, tau2_lower=0.155967615199, tau2_upper=3743.96423223, i2=84.3363404995, i2_lower=21.3075573925, i2_upper=99.9846172037, q=6.38420415081, q_p=0.0115140376208,
    ),
    ("wang2025:all=0.642(se 0.121);lu2024:all=0.971(se 0.028160307446)", "reml_hk"): dict(
        # rma(yi=log(-log(S)), vi=(se/(S*log(S)))^2, method="REML", test="knha", control=ctl) with S=c(0.642,0.971), se=c(0.121,0.028160307446); predict(transf=function(x) exp(-exp(x)), pi.type="riley")
        estimate=0.87624118972, lower=0, upper=0.999999995196, pi_lower=nan, pi_upper=nan,
        tau2=3.10138233782, tau2_lower=0.155967615199, tau2_upper=3743.96423223, i2=84.3363404995, i2_lower=21.3075573925, i2_upper=99.9846172037, q=6.38420415081, q_p=0.0115140376208,
    ),
    ("wang2025:all=0.642(se 0.121);lu2024:all=0.971(se 0.028160307446)", "reml_hk_adhoc"): dict(
        # rma(yi=log(-log(S)), vi=(se/(S*log(S)))^2, method="REML", test="adhoc", control=ctl) with S=c(0.642,0.971), se=c(0.121,0.028160307446); predict(transf=function(x) exp(-exp(x)), pi.type="riley")
        estimate=0.87624118972, lower=0, upper=0.999999995196, pi_lower=nan, pi_upper=nan,
        tau2=3.10138233782, tau2_lower=0.155967615199, tau2_upper=3743.96423223, i2=84.3363404995, i2_lower=21.3075573925, i2_upper=99.9846172037, q=6.38420415081, q_p=0.0115140376208,
    ),
    ("wang2025:all=0.642(se 0.121);lu2024:all=0.971(se 0.028160307446)", "dl"): dict(
        # rma(yi=log(-log(S)), vi=(se/(S*log(S)))^2, method="DL", test="z", control=ctl) with S=c(0.642,0.971), se=c(0.121,0.028160307446); predict(transf=function(x) exp(-exp(x)))
        estimate=0.87624118972, lower=0.156359732754, upper=0.990637913422, pi_lower=3.70097635562e-05, pi_upper=0.998291003464,
        tau2=3.10138233782, tau2_lower=0.155967615199, tau2_upper=3743.96423223, i2=84.3363404995, i2_lower=21.3075573925, i2_upper=99.9846172037, q=6.38420415081, q_p=0.0115140376208,
    ),
    ("wang2025:all=0.642(se 0.121);lu2024:all=0.971(se 0.028160307446)", "dl_hk"): dict(
        # rma(yi=log(-log(S)), vi=(se/(S*log(S)))^2, method="DL", test="knha", control=ctl) with S=c(0.642,0.971), se=c(0.121,0.028160307446); predict(transf=function(x) exp(-exp(x)), pi.type="riley")
        estimate=0.87624118972, lower=0, upper=0.999999995196, pi_lower=nan, pi_upper=nan,
        tau2=3.10138233782, tau2_lower=0.155967615199, tau2_upper=3743.96423223, i2=84.3363404995, i2_lower=21.3075573925, i2_upper=99.9846172037, q=6.38420415081, q_p=0.0115140376208,
    ),
    ("wang2025:all=0.642(se 0.121);lu2024:all=0.971(se 0.028160307446)", "dl_hk_adhoc"): dict(
        # rma(yi=log(-log(S)), vi=(se/(S*log(S)))^2, method="DL", test="adhoc", control=ctl) with S=c(0.642,0.971), se=c(0.121,0.028160307446); predict(transf=function(x) exp(-exp(x)), pi.type="riley")
        estimate=0.87624118972, lower=0, upper=0.999999995196, pi_lower=nan, pi_upper=nan,
        tau2=3.10138233782, tau2_lower=0.155967615199, tau2_upper=3743.96423223, i2=84.3363404995, i2_lower=21.3075573925, i2_upper=99.9846172037, q=6.38420415081, q_p=0.0115140376208,
    ),
    ("wang2025:all=0.642(se 0.121);lu2024:all=0.971(se 0.028160307446)", "pm"): dict(
        # rma(yi=log(-log(S)), vi=(se/(S*log(S)))^2, method="PM", test="z", control=ctl) with S=c(0.642,0.971), se=c(0.121,0.028160307446); predict(transf=function(x) exp(-exp(x)))
        estimate=0.87624118972, lower=0.156359732754, upper=0.990637913422, pi_lower=3.70097635562e-05, pi_upper=0.998291003464,
        tau2=3.10138233782, tau2_lower=0.155967615199, tau2_upper=3743.96423223, i2=84.3363404995, i2_lower=21.3075573925, i2_upper=99.9846172037, q=6.38420415081, q_p=0.0115140376208,
    ),
    ("wang2025:all=0.642(se 0.121);lu2024:all=0.971(se 0.028160307446)", "pm_hk"): dict(
        # rma(yi=log(-log(S)), vi=(se/(S*log(S)))^2, method="PM", test="knha", control=ctl) with S=c(0.642,0.971), se=c(0.121,0.028160307446); predict(transf=function(x) exp(-exp(x)), pi.type="riley")
        estimate=0.87624118972, lower=0, upper=0.999999995196, pi_lower=nan, pi_upper=nan,
        tau2=3.10138233782, tau2_lower=0.155967615199, tau2_upper=3743.96423223, i2=84.3363404995, i2_lower=21.3075573925, i2_upper=99.9846172037, q=6.38420415081, q_p=0.0115140376208,
    ),
    ("wang2025:all=0.642(se 0.121);lu2024:all=0.971(se 0.028160307446)", "pm_hk_adhoc"): dict(
        # rma(yi=log(-log(S)), vi=(se/(S*log(S)))^2, method="PM", test="adhoc", control=ctl) with S=c(0.642,0.971), se=c(0.121,0.028160307446); predict(transf=function(x) exp(-exp(x)), pi.type="riley")
        estimate=0.87624118972, lower=0, upper=0.999999995196, pi_lower=nan, pi_upper=nan,
        tau2=3.10138233782, tau2_lower=0.155967615199, tau2_upper=3743.96423223, i2=84.3363404995, i2_lower=21.3075573925, i2_upper=99.9846172037, q=6.38420415081, q_p=0.0115140376208,
    ),
    ("wang2025:all=0.642(se 0.121);lu2024:all=0.971(se 0.0289760107689)", "reml_hk"): dict(
        # rma(yi=log(-log(S)), vi=(se/(S*log(S)))^2, method="REML", test="knha", control=ctl) with S=c(0.642,0.971), se=c(0.121,0.0289760107689); predict(transf=function(x) exp(-exp(x)), pi.type="riley")
        estimate=0.875017416017, lower=0, upper=0.999999995072, pi_lower=nan, pi_upper=nan,
        tau2=3.07284387314, tau2_lower=0.127429150523, tau2_upper=3743.93569377, i2=83.5602898833, i2_lower=17.4087674212, i2_upper=99.9838550684, q=6.08283231821, q_p=0.013650174907,
    ),
}
