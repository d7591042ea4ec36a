package org.gvc4j.stats.engine;

import java.util.Arrays;
import org.gvc4j.stats.fe.Demeaner;

/**
 * ppmlhdfe's iterated-rectifier ("ir") check for separation in Poisson models (Correia, Guimarães and Zylkin 2019):
 * the observations with y = 0 that some combination z = Xγ + fixed effects (≥ 0 where y = 0, = 0 where y > 0)
 * makes positive. Their maximum-likelihood fitted value is 0 and the estimates do not exist while they stay in.
 *
 * <p>U = 1{y = 0}; weights K = N₀/ε² (ε = 1e-4) on y > 0 and 1 on y = 0; repeat: weighted FE regression of U on X,
 * Û its fitted values; values within (−0.1ε, ε) set to 0; stop when Û ≥ 0 everywhere (separated: y = 0 with Û > 0),
 * otherwise U ← max(Û, 0). At most 100 rounds. fixest has no such check; it is opt-in here because dropping the
 * separated observations changes n compared with fixest.
 */
final class Separation {
    private Separation() {
    }

    /** The separated observations (indices into the frame), or an empty array. */
    static int[] check(ModelFrame mf, Settings s) {
        double[] y = mf.y;
        int n = y.length;
        int n0 = 0;
        for (double v : y) {
            if (v == 0) {
                n0++;
            }
        }
        if (n0 == 0) {
            return new int[0];
        }
        double eps = 1e-4;
        double big = n0 / (eps * eps);
        double[] w = new double[n];
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = y[i] > 0 ? big : 1;
            u[i] = y[i] == 0 ? 1 : 0;
        }
        int k = mf.x.length;
        int q = mf.feCodes.length;
        Demeaner dm = q > 0 ? new Demeaner(mf.feCodes, mf.feSizes, w, s.engine().runs())
                .withChunkedFrom(s.engine().chunkedFrom()) : null;
        double[][] xt = new double[k][];
        double[][][] ax = new double[k][][];
        for (int j = 0; j < k; j++) {
            if (dm != null) {
                xt[j] = new double[n];
                ax[j] = dm.newCoefficients();
                dm.demean(mf.x[j], ax[j], xt[j], 1e-12, s.fixefMaxIter());
            } else {
                xt[j] = mf.x[j];
            }
        }
        double[][] a = new double[k][k];
        for (int p = 0; p < k; p++) {
            for (int r = p; r < k; r++) {
                double v = 0;
                for (int i = 0; i < n; i++) {
                    v += w[i] * xt[p][i] * xt[r][i];
                }
                a[p][r] = v;
                a[r][p] = v;
            }
        }
        Cholesky ch = new Cholesky(a, null, 1e-9 * big);
        double[][] au = dm != null ? dm.newCoefficients() : null;
        double[] ut = new double[n];
        double[] fit = new double[n];
        for (int round = 0; round < 100; round++) {
            if (dm != null) {
                dm.demean(u, au, ut, 1e-12, s.fixefMaxIter());
            } else {
                System.arraycopy(u, 0, ut, 0, n);
                if (k == 0) {
                    // no regressors and no FE: nothing can separate
                    return new int[0];
                }
            }
            double[] b = new double[k];
            for (int p = 0; p < k; p++) {
                double v = 0;
                for (int i = 0; i < n; i++) {
                    v += w[i] * xt[p][i] * ut[i];
                }
                b[p] = v;
            }
            double[] beta = ch.rank() > 0 ? ch.solve(b) : new double[0];
            boolean allNonNeg = true;
            for (int i = 0; i < n; i++) {
                double r = ut[i];
                for (int p = 0; p < beta.length; p++) {
                    r -= beta[p] * xt[ch.kept[p]][i];
                }
                double f = u[i] - r; // fitted value, FE included
                if (f > -0.1 * eps && f < eps) {
                    f = 0;
                }
                fit[i] = f;
                if (f < 0) {
                    allNonNeg = false;
                }
            }
            if (allNonNeg) {
                int m = 0;
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    if (y[i] == 0 && fit[i] > 0) {
                        out[m++] = i;
                    }
                }
                return Arrays.copyOf(out, m);
            }
            for (int i = 0; i < n; i++) {
                u[i] = Math.max(fit[i], 0);
            }
        }
        return new int[0];
    }
}
