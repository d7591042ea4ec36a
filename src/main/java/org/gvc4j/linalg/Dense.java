package org.gvc4j.linalg;

import org.netlib.util.intW;

/**
 * Large dense operations on {@link Mat}, routed to the {@link Backend}. Procedural, EJML-style: outputs are
 * returned as new matrices unless an output argument is named.
 */
public final class Dense {
    private Dense() {
    }

    /**
     * Inverse of a square matrix by LU with partial pivoting (dgetrf + dgetri, about 2n³ flops).
     *
     * @param m not modified
     * @throws SingularMatrixException if LAPACK reports an exactly singular matrix
     */
    public static Mat inverse(Mat m) {
        return inverseInPlace(m.copy());
    }

    /**
     * Inverse in place, without a second n×n array: {@code a} is overwritten by its inverse and returned
     * (dgetrf + dgetri, about 2n³ flops).
     *
     * @throws SingularMatrixException if LAPACK reports an exactly singular matrix
     */
    public static Mat inverseInPlace(Mat a) {
        if (a.rows != a.cols) {
            throw new IllegalArgumentException("not square: " + a);
        }
        Backend be = Backend.get();
        return be.call(() -> {
            int n = a.rows;
            if (n == 0) {
                return a;
            }
            for (int k = 0; k < a.data.length; k++) {
                if (!Double.isFinite(a.data[k])) {
                    throw new SingularMatrixException("non-finite entry in column " + k / n, k / n, true);
                }
            }
            int[] ipiv = new int[n];
            intW info = new intW(0);
            be.lapack().dgetrf(n, n, a.data, n, ipiv, info);
            if (info.val > 0) {
                throw new SingularMatrixException("U(" + info.val + "," + info.val + ") is exactly zero", info.val - 1,
                        false);
            }
            if (info.val < 0) {
                throw new IllegalArgumentException("dgetrf: bad argument " + (-info.val));
            }
            double[] query = new double[1];
            be.lapack().dgetri(n, a.data, n, ipiv, query, -1, info);
            int lwork = Math.max(n, (int) query[0]);
            double[] work = new double[lwork];
            be.lapack().dgetri(n, a.data, n, ipiv, work, lwork, info);
            if (info.val != 0) {
                throw new SingularMatrixException("dgetri info " + info.val);
            }
            return a;
        });
    }

    /** C = A · B (2·m·k·n flops). */
    public static Mat times(Mat a, Mat b) {
        if (a.cols != b.rows) {
            throw new IllegalArgumentException(a + " · " + b);
        }
        Mat c = new Mat(a.rows, b.cols);
        if (a.rows == 0 || b.cols == 0 || a.cols == 0) {
            return c;
        }
        Backend be = Backend.get();
        be.call(() -> {
            be.blas().dgemm("N", "N", a.rows, b.cols, a.cols, 1.0, a.data, Math.max(1, a.rows), b.data,
                    Math.max(1, b.rows), 0.0, c.data, Math.max(1, c.rows));
            return null;
        });
        return c;
    }

    /**
     * C = A[r0:r0+m, c0:c0+k] · B[c0':c0'+k, cols] for column blocks, without copying the operands:
     * {@code out(m × nb) += alpha · A(rowOffset.., colOffset..) · B(bRowOffset.., bColOffset..)}.
     * (2·m·k·nb flops.)
     */
    public static void gemmBlock(double alpha, Mat a, int aRow, int aCol, int m, int k,
                                 Mat b, int bRow, int bCol, int nb, Mat out) {
        if (m == 0 || k == 0 || nb == 0) {
            return;
        }
        Backend be = Backend.get();
        be.call(() -> {
            be.blas().dgemm("N", "N", m, nb, k, alpha, a.data, aRow + aCol * a.rows, a.rows,
                    b.data, bRow + bCol * b.rows, b.rows, 1.0, out.data, 0, out.rows);
            return null;
        });
    }

    /** y = A x (2·m·n flops). */
    public static double[] times(Mat a, double[] x) {
        if (a.cols != x.length) {
            throw new IllegalArgumentException(a + " · vector of " + x.length);
        }
        double[] y = new double[a.rows];
        if (a.rows == 0 || a.cols == 0) {
            return y;
        }
        Backend be = Backend.get();
        be.call(() -> {
            be.blas().dgemv("N", a.rows, a.cols, 1.0, a.data, a.rows, x, 1, 0.0, y, 1);
            return null;
        });
        return y;
    }

    /** y = x A for a row vector x (2·m·n flops). */
    public static double[] leftTimes(double[] x, Mat a) {
        if (a.rows != x.length) {
            throw new IllegalArgumentException("vector of " + x.length + " · " + a);
        }
        double[] y = new double[a.cols];
        if (a.rows == 0 || a.cols == 0) {
            return y;
        }
        Backend be = Backend.get();
        be.call(() -> {
            be.blas().dgemv("T", a.rows, a.cols, 1.0, a.data, a.rows, x, 1, 0.0, y, 1);
            return null;
        });
        return y;
    }

    /**
     * Solves A x = b by LU with partial pivoting (dgesv, (2/3)n³ + 2n² flops).
     *
     * @param a not modified
     * @throws SingularMatrixException if A is exactly singular
     */
    public static double[] solve(Mat a, double[] b) {
        if (a.rows != a.cols || b.length != a.rows) {
            throw new IllegalArgumentException(a + " \\ vector of " + b.length);
        }
        Backend be = Backend.get();
        return be.call(() -> {
            int n = a.rows;
            double[] x = b.clone();
            if (n == 0) {
                return x;
            }
            Mat lu = a.copy();
            int[] ipiv = new int[n];
            intW info = new intW(0);
            be.lapack().dgesv(n, 1, lu.data, n, ipiv, x, n, info);
            if (info.val > 0) {
                throw new SingularMatrixException("U(" + info.val + "," + info.val + ") is exactly zero", info.val - 1,
                        false);
            }
            return x;
        });
    }
}
