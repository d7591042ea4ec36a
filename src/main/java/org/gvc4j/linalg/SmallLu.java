package org.gvc4j.linalg;

/**
 * LU factorisation with partial pivoting of a small square matrix ((2/3)N³ flops), for the per-country and
 * per-pair {@code N×N} systems of the closed forms. Pure Java: at these sizes a native call costs more than it saves.
 */
public final class SmallLu {
    private final int n;
    private final double[] lu; // column-major
    private final int[] piv;

    /**
     * Factorises {@code m} (not modified).
     *
     * @throws SingularMatrixException if a pivot is exactly zero or not finite
     */
    public SmallLu(Mat m) {
        if (m.rows != m.cols) {
            throw new IllegalArgumentException("not square: " + m);
        }
        n = m.rows;
        lu = m.data.clone();
        piv = new int[n];
        for (int k = 0; k < n; k++) {
            int p = k;
            double max = Math.abs(lu[k + k * n]);
            for (int i = k + 1; i < n; i++) {
                double a = Math.abs(lu[i + k * n]);
                if (a > max) {
                    max = a;
                    p = i;
                }
            }
            piv[k] = p;
            if (!(max > 0) || !Double.isFinite(max)) {
                throw new SingularMatrixException("singular at column " + k, k, !Double.isFinite(max));
            }
            if (p != k) {
                for (int j = 0; j < n; j++) {
                    double t = lu[k + j * n];
                    lu[k + j * n] = lu[p + j * n];
                    lu[p + j * n] = t;
                }
            }
            double d = lu[k + k * n];
            for (int i = k + 1; i < n; i++) {
                lu[i + k * n] /= d;
            }
            for (int j = k + 1; j < n; j++) {
                double f = lu[k + j * n];
                if (f != 0) {
                    int cj = j * n;
                    int ck = k * n;
                    for (int i = k + 1; i < n; i++) {
                        lu[i + cj] -= lu[i + ck] * f;
                    }
                }
            }
        }
    }

    public int size() {
        return n;
    }

    /** Solves M x = b; returns a new x (2N² flops). */
    public double[] solve(double[] b) {
        double[] x = b.clone();
        for (int k = 0; k < n; k++) {
            int p = piv[k];
            if (p != k) {
                double t = x[k];
                x[k] = x[p];
                x[p] = t;
            }
        }
        for (int j = 0; j < n; j++) {
            double xj = x[j];
            if (xj != 0) {
                int cj = j * n;
                for (int i = j + 1; i < n; i++) {
                    x[i] -= lu[i + cj] * xj;
                }
            }
        }
        for (int j = n - 1; j >= 0; j--) {
            int cj = j * n;
            x[j] /= lu[j + cj];
            double xj = x[j];
            if (xj != 0) {
                for (int i = 0; i < j; i++) {
                    x[i] -= lu[i + cj] * xj;
                }
            }
        }
        return x;
    }

    /** Solves x M = b for a row vector x, i.e. Mᵀ xᵀ = bᵀ; returns a new x (2N² flops). */
    public double[] solveLeft(double[] b) {
        double[] x = b.clone();
        // Uᵀ z = b (forward)
        for (int j = 0; j < n; j++) {
            int cj = j * n;
            double s = x[j];
            for (int i = 0; i < j; i++) {
                s -= lu[i + cj] * x[i];
            }
            x[j] = s / lu[j + cj];
        }
        // Lᵀ w = z (backward, unit diagonal)
        for (int j = n - 1; j >= 0; j--) {
            double s = x[j];
            int cj = j * n;
            for (int i = j + 1; i < n; i++) {
                s -= lu[i + cj] * x[i];
            }
            x[j] = s;
        }
        for (int k = n - 1; k >= 0; k--) {
            int p = piv[k];
            if (p != k) {
                double t = x[k];
                x[k] = x[p];
                x[p] = t;
            }
        }
        return x;
    }

    /** The inverse as a new matrix (2N³ flops); for small blocks such as L_ss only. */
    public Mat inverse() {
        Mat inv = new Mat(n, n);
        double[] e = new double[n];
        for (int j = 0; j < n; j++) {
            e[j] = 1;
            System.arraycopy(solve(e), 0, inv.data, j * n, n);
            e[j] = 0;
        }
        return inv;
    }
}
