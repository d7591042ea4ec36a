package org.gvc4j.stats;

import java.util.Locale;

/** The estimators: least squares, binomial logit and probit, Poisson pseudo-maximum likelihood. */
public enum Model {
    /** Least squares (fixest {@code feols}); Student t inference. */
    OLS("ols"),
    /** Binomial maximum likelihood with the logit link (fixest {@code feglm(family = binomial("logit"))}). */
    LOGIT("logit"),
    /** Binomial maximum likelihood with the probit link. */
    PROBIT("probit"),
    /** Poisson pseudo-maximum likelihood with the log link (fixest {@code fepois}, Stata {@code ppmlhdfe}). */
    PPML("ppml");

    private final String key;

    Model(String key) {
        this.key = key;
    }

    /** The CLI name: {@code ols}, {@code logit}, {@code probit}, {@code ppml}. */
    public String key() {
        return key;
    }

    /** Whether this is a GLM estimated by IRLS (normal-distribution inference). */
    public boolean isGlm() {
        return this != OLS;
    }

    /** Parses {@code ols|logit|probit|ppml|poisson} (case-insensitive). */
    public static Model parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT);
        if (k.equals("poisson") || k.equals("fepois")) {
            return PPML;
        }
        for (Model m : values()) {
            if (m.key.equals(k)) {
                return m;
            }
        }
        throw new EstimationException("unknown model '" + org.gvc4j.source.NumberSyntax.printable(s)
                + "': use ols, logit, probit or ppml");
    }
}
