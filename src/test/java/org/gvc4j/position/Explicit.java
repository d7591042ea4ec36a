package org.gvc4j.position;

import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.model.LeontiefModel;

/**
 * The position measures written as the papers write them, with explicit n×n matrices and inverses (small tables
 * only): the test oracle for the vector forms of the method packages.
 */
final class Explicit {
    final LeontiefModel m;
    final int n;
    final int g;
    final int nSec;
    final Mat a;
    final Mat b;
    final Mat l;
    final Mat aF;
    final double[] v;
    final double[] x;
    final double[] y;
    final double[] yd;
    final double[] yf;

    Explicit(LeontiefModel m) {
        this.m = m;
        this.n = m.size();
        this.g = m.countries();
        this.nSec = m.sectors();
        this.a = m.coefficients();
        this.b = Dense.inverse(minus(Mat.identity(n), a));
        this.l = new Mat(n, n);
        this.aF = a.copy();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i / nSec == j / nSec) {
                    aF.set(i, j, 0);
                }
            }
        }
        Mat ad = minus(a, aF);
        Mat lFull = Dense.inverse(minus(Mat.identity(n), ad));
        for (int k = 0; k < lFull.data.length; k++) {
            l.data[k] = lFull.data[k];
        }
        this.v = m.vaCoefficients();
        this.x = m.output();
        Mat ym = m.finalDemand();
        this.y = ym.rowSums();
        this.yd = new double[n];
        this.yf = new double[n];
        for (int i = 0; i < n; i++) {
            yd[i] = ym.get(i, i / nSec);
            yf[i] = y[i] - yd[i];
        }
    }

    static Mat minus(Mat p, Mat q) {
        Mat out = p.copy();
        for (int k = 0; k < out.data.length; k++) {
            out.data[k] -= q.data[k];
        }
        return out;
    }

    static Mat plus(Mat p, Mat q) {
        Mat out = p.copy();
        for (int k = 0; k < out.data.length; k++) {
            out.data[k] += q.data[k];
        }
        return out;
    }

    static Mat times(Mat... ms) {
        Mat out = ms[0];
        for (int k = 1; k < ms.length; k++) {
            out = Dense.times(out, ms[k]);
        }
        return out;
    }

    static Mat diag(double[] d) {
        Mat out = new Mat(d.length, d.length);
        for (int i = 0; i < d.length; i++) {
            out.set(i, i, d[i]);
        }
        return out;
    }

    /** V̂ X Ŷ for the given middle matrix and final-demand vector. */
    Mat vxy(Mat middle, double[] fd) {
        return times(diag(v), middle, diag(fd));
    }

    static double[] rowSums(Mat mat) {
        return mat.rowSums();
    }

    static double[] colSums(Mat mat) {
        return mat.columnSums();
    }

    /** U = (I − Δ)⁻¹ u′ with Δ = X̂⁻¹ Z, rows of Δ zero where x = 0: the second inverse the package avoids. */
    double[] upstreamness() {
        Mat z = m.table().z();
        Mat delta = new Mat(n, n);
        for (int i = 0; i < n; i++) {
            if (x[i] != 0) {
                for (int j = 0; j < n; j++) {
                    delta.set(i, j, z.get(i, j) / x[i]);
                }
            }
        }
        return rowSums(Dense.inverse(minus(Mat.identity(n), delta)));
    }
}
