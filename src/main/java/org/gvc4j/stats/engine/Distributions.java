package org.gvc4j.stats.engine;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Erf;

/** p-values and critical values: Student t(df) for OLS, the standard normal (df = ∞) for GLMs. */
public final class Distributions {
    /** z_{0.975}, as fixest and R print it. */
    public static final double Z975 = 1.959963984540054;

    private Distributions() {
    }

    /** 2·P(T > |t|). */
    public static double twoSidedP(double t, double df) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        double a = Math.abs(t);
        if (!(df > 0)) {
            return Double.NaN;
        }
        if (Double.isInfinite(df)) {
            return Erf.erfc(a / Math.sqrt(2));
        }
        return 2 * new TDistribution(null, df, 1e-14).cumulativeProbability(-a);
    }

    /** The two-sided critical value for confidence {@code level}. */
    public static double critical(double level, double df) {
        double p = 1 - (1 - level) / 2;
        if (!(df > 0)) {
            return Double.NaN;
        }
        if (Double.isInfinite(df)) {
            if (level == 0.95) {
                return Z975;
            }
            return Math.sqrt(2) * Erf.erfInv(2 * p - 1);
        }
        return new TDistribution(null, df, 1e-14).inverseCumulativeProbability(p);
    }
}
