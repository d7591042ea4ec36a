package org.gvc4j.linalg;

/** Small vector helpers and pure-Java products for N-sized blocks (where a native call would cost more). */
public final class Vec {
    private Vec() {
    }

    public static double dot(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " vs " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    public static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    /** a + b as a new array. */
    public static double[] plus(double[] a, double[] b) {
        double[] c = a.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] += b[i];
        }
        return c;
    }

    /** a − b as a new array. */
    public static double[] minus(double[] a, double[] b) {
        double[] c = a.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] -= b[i];
        }
        return c;
    }

    /** a += b in place. */
    public static void addTo(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
    }

    /** Element-wise product as a new array. */
    public static double[] times(double[] a, double[] b) {
        double[] c = a.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] *= b[i];
        }
        return c;
    }

    /** M x for a small matrix (2·rows·cols flops, pure Java). */
    public static double[] times(Mat m, double[] x) {
        double[] y = new double[m.rows];
        for (int j = 0; j < m.cols; j++) {
            double xj = x[j];
            if (xj != 0) {
                int off = j * m.rows;
                for (int i = 0; i < m.rows; i++) {
                    y[i] += m.data[off + i] * xj;
                }
            }
        }
        return y;
    }

    /** x M for a row vector and a small matrix (pure Java). */
    public static double[] leftTimes(double[] x, Mat m) {
        double[] y = new double[m.cols];
        for (int j = 0; j < m.cols; j++) {
            double s = 0;
            int off = j * m.rows;
            for (int i = 0; i < m.rows; i++) {
                s += x[i] * m.data[off + i];
            }
            y[j] = s;
        }
        return y;
    }

    /**
     * Block product {@code A[r0.., c0..] · x} for an {@code nr × x.length} block of a large matrix (pure Java).
     */
    public static double[] blockTimes(Mat a, int r0, int c0, int nr, double[] x) {
        double[] y = new double[nr];
        for (int j = 0; j < x.length; j++) {
            double xj = x[j];
            if (xj != 0) {
                int off = r0 + (c0 + j) * a.rows;
                for (int i = 0; i < nr; i++) {
                    y[i] += a.data[off + i] * xj;
                }
            }
        }
        return y;
    }

    /** Block product {@code x · A[r0.., c0..]} for a row vector over an {@code x.length × nc} block (pure Java). */
    public static double[] leftBlockTimes(double[] x, Mat a, int r0, int c0, int nc) {
        double[] y = new double[nc];
        for (int j = 0; j < nc; j++) {
            int off = r0 + (c0 + j) * a.rows;
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += x[i] * a.data[off + i];
            }
            y[j] = s;
        }
        return y;
    }

    /**
     * Product of two N×N blocks of large matrices, {@code A[ar.., ac..] · B[br.., bc..]}, as a new N×N matrix
     * (2N³ flops, pure Java).
     */
    public static Mat blockProduct(Mat a, int ar, int ac, Mat b, int br, int bc, int nb) {
        Mat out = new Mat(nb, nb);
        for (int j = 0; j < nb; j++) {
            int outOff = j * nb;
            for (int k = 0; k < nb; k++) {
                double bkj = b.data[br + k + (bc + j) * b.rows];
                if (bkj != 0) {
                    int aOff = ar + (ac + k) * a.rows;
                    for (int i = 0; i < nb; i++) {
                        out.data[outOff + i] += a.data[aOff + i] * bkj;
                    }
                }
            }
        }
        return out;
    }
}
