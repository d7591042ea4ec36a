package org.gvc4j.stats.engine;

/**
 * Cholesky factorisation of a small symmetric k×k cross-product matrix, pivot-free in column order, with fixest's
 * collinearity rule ({@code cpp_cholesky}): column j is dropped when r_jj² = A_jj − Σ_{kept l<j} R_lj² is below an
 * absolute tolerance, and skipped for all later columns. So among collinear columns the later one goes. Plain Java:
 * k is the number of regressors (≈ 1–50), O(k³/3) flops.
 */
final class Cholesky {
    final int[] kept; // indices into the input, in order
    final boolean[] dropped;
    private final double[][] r; // upper triangular over kept (compact indices)

    /**
     * @param a   symmetric matrix (only the upper triangle is read; not modified)
     * @param use which columns may enter (null = all)
     */
    Cholesky(double[][] a, boolean[] use, double tol) {
        int k = a.length;
        dropped = new boolean[k];
        double[][] full = new double[k][k];
        int[] idx = new int[k];
        int m = 0;
        for (int j = 0; j < k; j++) {
            if (use != null && !use[j]) {
                dropped[j] = true;
                continue;
            }
            double s = a[j][j];
            for (int p = 0; p < m; p++) {
                double v = full[idx[p]][j];
                s -= v * v;
            }
            if (s < tol || !(s > 0)) {
                dropped[j] = true;
                continue;
            }
            double d = Math.sqrt(s);
            full[j][j] = d;
            for (int jj = j + 1; jj < k; jj++) {
                if (use != null && !use[jj]) {
                    continue;
                }
                double v = a[Math.min(j, jj)][Math.max(j, jj)];
                for (int p = 0; p < m; p++) {
                    v -= full[idx[p]][j] * full[idx[p]][jj];
                }
                full[j][jj] = v / d;
            }
            idx[m++] = j;
        }
        kept = java.util.Arrays.copyOf(idx, m);
        r = new double[m][m];
        for (int p = 0; p < m; p++) {
            for (int q = p; q < m; q++) {
                r[p][q] = full[kept[p]][kept[q]];
            }
        }
    }

    int rank() {
        return kept.length;
    }

    /** Solves A β = b over the kept columns; b indexed like the input; result in compact (kept) order. */
    double[] solve(double[] b) {
        int m = kept.length;
        double[] z = new double[m];
        for (int p = 0; p < m; p++) {
            double v = b[kept[p]];
            for (int l = 0; l < p; l++) {
                v -= r[l][p] * z[l];
            }
            z[p] = v / r[p][p];
        }
        double[] x = new double[m];
        for (int p = m - 1; p >= 0; p--) {
            double v = z[p];
            for (int l = p + 1; l < m; l++) {
                v -= r[p][l] * x[l];
            }
            x[p] = v / r[p][p];
        }
        return x;
    }

    /** (R'R)⁻¹ over the kept columns, compact order. */
    double[][] inverse() {
        int m = kept.length;
        double[][] rinv = new double[m][m];
        for (int j = 0; j < m; j++) {
            rinv[j][j] = 1 / r[j][j];
            for (int i = j - 1; i >= 0; i--) {
                double v = 0;
                for (int l = i + 1; l <= j; l++) {
                    v += r[i][l] * rinv[l][j];
                }
                rinv[i][j] = -v / r[i][i];
            }
        }
        double[][] inv = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                double v = 0;
                for (int l = j; l < m; l++) {
                    v += rinv[i][l] * rinv[j][l];
                }
                inv[i][j] = v;
                inv[j][i] = v;
            }
        }
        return inv;
    }
}
