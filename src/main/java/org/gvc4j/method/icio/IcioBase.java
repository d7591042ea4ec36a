package org.gvc4j.method.icio;

import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.linalg.Vec;
import org.gvc4j.model.LeontiefModel;

/**
 * What every part of the accounting shares, computed once per model and on first use: BY = B Y (the output each
 * country's final demand needs, x^{(d)} in methods.md §1), the off-diagonal part A_F of A (for products A_F X with
 * many right-hand sides at once), and per country L_rr y_rr.
 */
final class IcioBase {
    final LeontiefModel m;
    final int g;
    final int nSec;
    final int n;
    private final double[] x;
    private Mat aForeign;
    private final double[][] localFinal;

    private static final LeontiefModel.Derived<IcioBase> KEY =
            new LeontiefModel.Derived<>("icio: A_F, L_rr y_rr", IcioBase::new);

    /** The one IcioBase of a model (derived once per table and kept with it), so A_F is built once per table. */
    static IcioBase of(LeontiefModel m) {
        return m.derived(KEY);
    }

    private IcioBase(LeontiefModel m) {
        this.m = m;
        this.g = m.countries();
        this.nSec = m.sectors();
        this.n = m.size();
        this.x = m.output();
        this.localFinal = new double[g][];
    }

    /** BY (n×G), column d = x^{(d)} = B y_{·d}. Shared: do not modify. */
    Mat by() {
        return m.derived(LeontiefModel.BY);
    }

    /** A_F X for an n×k matrix X (one GEMM, 2n²k flops; the diagonal blocks of A are left out, not subtracted). */
    Mat aForeignTimes(Mat cols) {
        return Dense.times(aForeign(), cols);
    }

    /** A with its diagonal blocks zeroed (n×n, built once). Shared: do not modify. */
    synchronized Mat aForeign() {
        if (aForeign == null) {
            Mat af = m.coefficients().copy();
            for (int s = 0; s < g; s++) {
                for (int j = s * nSec; j < (s + 1) * nSec; j++) {
                    java.util.Arrays.fill(af.data, s * nSec + j * n, (s + 1) * nSec + j * n, 0.0);
                }
            }
            aForeign = af;
        }
        return aForeign;
    }

    /** Block {@code country} (N entries) of column {@code col} of an n-row matrix. */
    double[] block(Mat mat, int col, int country) {
        double[] out = new double[nSec];
        System.arraycopy(mat.data, country * nSec + col * mat.rows, out, 0, nSec);
        return out;
    }

    /** Column {@code col} of an n-row matrix (a copy). */
    double[] column(Mat mat, int col) {
        double[] out = new double[mat.rows];
        System.arraycopy(mat.data, col * mat.rows, out, 0, mat.rows);
        return out;
    }

    /** Block r of an n-vector. */
    double[] block(double[] vec, int r) {
        double[] out = new double[nSec];
        System.arraycopy(vec, r * nSec, out, 0, nSec);
        return out;
    }

    /** x_r, the given output (or the convention's). Shared: do not modify. */
    double[] output(int r) {
        return block(x, r);
    }

    /** L_rr y_rr, cached. Shared: do not modify. */
    synchronized double[] localFinal(int r) {
        if (localFinal[r] == null) {
            localFinal[r] = m.localFinal(r);
        }
        return localFinal[r];
    }

    /** A_sr L_rr vec (N): s's intermediate exports to r that r's domestic chain needs for vec. */
    double[] viaLocal(int s, int r, double[] vec) {
        return m.aTimes(s, r, Vec.times(m.localInverse(r), vec));
    }

    /** Σ_{j∉ skip} y_rj (N): r's final goods absorbed outside the listed countries, summed directly. */
    double[] finalSalesExcept(int r, int... skip) {
        double[] out = new double[nSec];
        Mat y = m.finalDemand();
        for (int j = 0; j < g; j++) {
            boolean skipped = false;
            for (int k : skip) {
                skipped |= k == j;
            }
            if (!skipped) {
                int off = r * nSec + j * n;
                for (int i = 0; i < nSec; i++) {
                    out[i] += y.data[off + i];
                }
            }
        }
        return out;
    }

    /** An n×k matrix from k n-vectors. */
    static Mat columns(double[]... cols) {
        int rows = cols.length == 0 ? 0 : cols[0].length;
        Mat out = new Mat(rows, cols.length);
        for (int c = 0; c < cols.length; c++) {
            System.arraycopy(cols[c], 0, out.data, c * rows, rows);
        }
        return out;
    }
}
