package org.gvc4j.stats;

import java.util.Locale;

/** The variance estimator, with fixest 0.14.2's default small-sample corrections. */
public enum VcovType {
    /** Classical: σ̂²(X̃'X̃)⁻¹ for OLS, the inverse Hessian × (n−1)/(n−K) for GLMs. fixest's default. */
    IID("iid"),
    /** Heteroskedasticity-robust HC1: n/(n−K) · B(Σ s s')B. */
    HETERO("hetero"),
    /** Clustered, one-way or two-way (Cameron–Gelbach–Miller) by the cluster variables given. */
    CLUSTER("cluster");

    private final String key;

    VcovType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Parses {@code iid|hetero|cluster} (also {@code standard}, {@code hc1}, {@code robust}, {@code twoway}). */
    public static VcovType parse(String s) {
        switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "iid": case "standard": case "classical":
                return IID;
            case "hetero": case "hc1": case "robust": case "white":
                return HETERO;
            case "cluster": case "clustered": case "twoway":
                return CLUSTER;
            default:
                throw new EstimationException("unknown vcov '" + org.gvc4j.source.NumberSyntax.printable(s)
                        + "': use iid, hetero or cluster");
        }
    }
}
