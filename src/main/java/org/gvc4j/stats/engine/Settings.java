package org.gvc4j.stats.engine;

import org.gvc4j.stats.VcovType;

/**
 * Numerical settings of one estimation.
 *
 * @param fixefTol      demeaning tolerance on fixed-effect coefficients (fixest {@code fixef.tol}; ours 1e-10)
 * @param fixefMaxIter  demeaning iteration cap per column (fixest 10 000)
 * @param glmTol        IRLS: stop when |dev − dev_old| / (0.1 + |dev|) is below this (fixest 1e-8; ours 1e-10)
 * @param glmMaxIter    IRLS iteration cap (fixest 25; ours 100)
 * @param collinTol     absolute Cholesky tolerance for dropping collinear regressors (fixest 1e-9)
 * @param vcovAtLastWls fixest's choice: the GLM variance from the last WLS (weights one iterate behind); ours
 *                      recomputes it at the final μ
 * @param threads       threads for demeaning columns in parallel (results do not depend on it)
 * @param level         confidence level of the intervals
 * @param kAdj          fixest's {@code ssc(K.adj = TRUE)}: the (n−1)/(n−K) or n/(n−K) factor (Stata's ppml and
 *                      R's glm + vcovCL omit it)
 */
public record Settings(VcovType vcov, double fixefTol, int fixefMaxIter, double glmTol, int glmMaxIter,
                       double collinTol, boolean vcovAtLastWls, int threads, double level, boolean kAdj) {
    public static Settings defaults(VcovType vcov) {
        return new Settings(vcov, 1e-10, 10_000, 1e-10, 100, 1e-9, false,
                Runtime.getRuntime().availableProcessors(), 0.95, true);
    }

    /** fixest 0.14.2's defaults (fixef.tol 1e-6, glm.tol 1e-8, glm.iter 25, variance from the last WLS). */
    public Settings fixestDefaults() {
        return new Settings(vcov, 1e-6, 10_000, 1e-8, 25, 1e-9, true, threads, level, kAdj);
    }

    public Settings with(VcovType v) {
        return new Settings(v, fixefTol, fixefMaxIter, glmTol, glmMaxIter, collinTol, vcovAtLastWls, threads, level, kAdj);
    }

    public Settings withTolerance(double fe, double glm) {
        return new Settings(vcov, fe, fixefMaxIter, glm, glmMaxIter, collinTol, vcovAtLastWls, threads, level, kAdj);
    }

    public Settings withMaxIter(int glm, int fe) {
        return new Settings(vcov, fixefTol, fe, glmTol, glm, collinTol, vcovAtLastWls, threads, level, kAdj);
    }

    public Settings withThreads(int t) {
        return new Settings(vcov, fixefTol, fixefMaxIter, glmTol, glmMaxIter, collinTol, vcovAtLastWls, t, level, kAdj);
    }

    public Settings withLevel(double l) {
        return new Settings(vcov, fixefTol, fixefMaxIter, glmTol, glmMaxIter, collinTol, vcovAtLastWls, threads, l, kAdj);
    }

    public Settings withKAdj(boolean k) {
        return new Settings(vcov, fixefTol, fixefMaxIter, glmTol, glmMaxIter, collinTol, vcovAtLastWls, threads, level, k);
    }
}
