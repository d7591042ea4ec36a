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
 * @param engine        how the engine runs (tracing, chunking, run-length sweeps): never changes a number
 * @param kAdj          fixest's {@code ssc(K.adj = TRUE)}: the (n−1)/(n−K) or n/(n−K) factor (Stata's ppml and
 *                      R's glm + vcovCL omit it)
 */
public record Settings(VcovType vcov, double fixefTol, int fixefMaxIter, double glmTol, int glmMaxIter,
                       double collinTol, boolean vcovAtLastWls, int threads, double level, boolean kAdj,
                       Engine engine) {
    /**
     * How the engine runs one estimation, never what it computes (issue 21 item 4: per-call settings instead of
     * system properties).
     *
     * @param trace       print the demeaning iterations of each IRLS step to standard error
     * @param chunkedFrom samples from this size on are demeaned in row ranges in parallel
     *                    ({@link org.gvc4j.stats.fe.Demeaner#CHUNKED_FROM} by default)
     * @param runs        use the run-length sweep where the codes come sorted (default true)
     */
    public record Engine(boolean trace, int chunkedFrom, boolean runs) {
        public static final Engine DEFAULT = new Engine(false, org.gvc4j.stats.fe.Demeaner.CHUNKED_FROM, true);
    }

    public Settings withEngine(Engine e) {
        return new Settings(vcov, fixefTol, fixefMaxIter, glmTol, glmMaxIter, collinTol, vcovAtLastWls, threads, level, kAdj,
                e);
    }

    public static Settings defaults(VcovType vcov) {
        return new Settings(vcov, 1e-10, 10_000, 1e-10, 100, 1e-9, false,
                Runtime.getRuntime().availableProcessors(), 0.95, true, Engine.DEFAULT);
    }

    /** fixest 0.14.2's defaults (fixef.tol 1e-6, glm.tol 1e-8, glm.iter 25, variance from the last WLS). */
    public Settings fixestDefaults() {
        return new Settings(vcov, 1e-6, 10_000, 1e-8, 25, 1e-9, true, threads, level, kAdj, engine);
    }

    public Settings with(VcovType v) {
        return new Settings(v, fixefTol, fixefMaxIter, glmTol, glmMaxIter, collinTol, vcovAtLastWls, threads, level, kAdj, engine);
    }

    public Settings withTolerance(double fe, double glm) {
        return new Settings(vcov, fe, fixefMaxIter, glm, glmMaxIter, collinTol, vcovAtLastWls, threads, level, kAdj, engine);
    }

    public Settings withMaxIter(int glm, int fe) {
        return new Settings(vcov, fixefTol, fe, glmTol, glm, collinTol, vcovAtLastWls, threads, level, kAdj, engine);
    }

    public Settings withThreads(int t) {
        return new Settings(vcov, fixefTol, fixefMaxIter, glmTol, glmMaxIter, collinTol, vcovAtLastWls, t, level, kAdj, engine);
    }

    public Settings withLevel(double l) {
        return new Settings(vcov, fixefTol, fixefMaxIter, glmTol, glmMaxIter, collinTol, vcovAtLastWls, threads, l, kAdj, engine);
    }

    public Settings withKAdj(boolean k) {
        return new Settings(vcov, fixefTol, fixefMaxIter, glmTol, glmMaxIter, collinTol, vcovAtLastWls, threads, level, k, engine);
    }
}
