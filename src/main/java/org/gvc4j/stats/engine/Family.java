package org.gvc4j.stats.engine;

import org.apache.commons.math3.special.Erf;

/**
 * GLM families as R's {@code poisson()} and {@code binomial("logit"|"probit")} define them, including R's clamping
 * of μ and dμ/dη, so that IRLS follows {@code feglm} step for step.
 */
abstract class Family {
    static final double EPS = Math.ulp(1.0);
    private static final double[] LOG_FACTORIAL = new double[4096];

    static {
        for (int i = 2; i < LOG_FACTORIAL.length; i++) {
            LOG_FACTORIAL[i] = LOG_FACTORIAL[i - 1] + Math.log(i);
        }
    }

    abstract String name();

    /** μ⁰ from y ({@code family$initialize}). */
    abstract double start(double y);

    abstract double link(double mu);

    abstract double linkInv(double eta);

    /** dμ/dη. */
    abstract double muEta(double eta);

    abstract double variance(double mu);

    /** The unit deviance d(y, μ) (its sum is the deviance). */
    abstract double unitDeviance(double y, double mu);

    abstract boolean validMu(double mu);

    /** The log-likelihood contribution of one observation, without the part that depends on y only. */
    abstract double logLik(double y, double mu);

    /** The part of the log-likelihood that depends on y only (Poisson: −log y!). */
    double logLikConstant(double y) {
        return 0;
    }

    /** (dμ/dη)/V(μ): 1 for canonical links. */
    double scoreFactor(double eta, double mu) {
        return muEta(eta) / variance(mu);
    }

    static final Family POISSON = new Family() {
        @Override String name() { return "poisson"; }
        @Override double start(double y) { return y + 0.1; }
        @Override double link(double mu) { return Math.log(mu); }
        @Override double linkInv(double eta) { return Math.max(Math.exp(eta), EPS); }
        @Override double muEta(double eta) { return Math.max(Math.exp(eta), EPS); }
        @Override double variance(double mu) { return mu; }
        @Override double unitDeviance(double y, double mu) {
            return 2 * ((y > 0 ? y * Math.log(y / mu) : 0) - (y - mu));
        }
        @Override boolean validMu(double mu) { return Double.isFinite(mu) && mu > 0; }
        @Override double logLik(double y, double mu) {
            return (y > 0 ? y * Math.log(mu) : 0) - mu;
        }
        @Override double logLikConstant(double y) {
            if (y == 0 || y == 1) {
                return 0;
            }
            if (y == Math.rint(y) && y < LOG_FACTORIAL.length) {
                return -LOG_FACTORIAL[(int) y];
            }
            return -org.apache.commons.math3.special.Gamma.logGamma(y + 1);
        }
        @Override double scoreFactor(double eta, double mu) { return 1.0; }
    };

    static final Family LOGIT = new Binomial() {
        private static final double THRESH = 30;
        private static final double INVEPS = 1 / EPS;

        @Override String name() { return "logit"; }
        @Override double link(double mu) { return Math.log(mu / (1 - mu)); }
        @Override double linkInv(double eta) {
            double t = eta < -THRESH ? EPS : (eta > THRESH ? INVEPS : Math.exp(eta));
            return t / (1 + t);
        }
        @Override double muEta(double eta) {
            if (eta > THRESH || eta < -THRESH) {
                return EPS;
            }
            double e = Math.exp(eta);
            double o = 1 + e;
            return e / (o * o);
        }
        @Override double scoreFactor(double eta, double mu) { return 1.0; }
    };

    static final Family PROBIT = new Binomial() {
        private final double thresh = 8.125890664701906; // -qnorm(.Machine$double.eps)

        @Override String name() { return "probit"; }
        @Override double link(double mu) {
            return new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1).inverseCumulativeProbability(mu);
        }
        @Override double linkInv(double eta) {
            double e = Math.min(Math.max(eta, -thresh), thresh);
            return 0.5 * Erf.erfc(-e / Math.sqrt(2));
        }
        @Override double muEta(double eta) {
            return Math.max(Math.exp(-0.5 * eta * eta) / Math.sqrt(2 * Math.PI), EPS);
        }
    };

    abstract static class Binomial extends Family {
        @Override double start(double y) { return (y + 0.5) / 2; }
        @Override double variance(double mu) { return mu * (1 - mu); }
        @Override double unitDeviance(double y, double mu) {
            double a = y > 0 ? y * Math.log(y / mu) : 0;
            double b = y < 1 ? (1 - y) * Math.log((1 - y) / (1 - mu)) : 0;
            return 2 * (a + b);
        }
        @Override boolean validMu(double mu) { return Double.isFinite(mu) && mu > 0 && mu < 1; }
        @Override double logLik(double y, double mu) {
            return (y > 0 ? y * Math.log(mu) : 0) + (y < 1 ? (1 - y) * Math.log(1 - mu) : 0);
        }
    }
}
