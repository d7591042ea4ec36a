package org.gvc4j.linalg;

import java.util.Arrays;

/**
 * A dense matrix of doubles stored column-major in one flat array: entry (i, j) is {@code data[i + j * rows]}.
 * Mutable on purpose (numerics fill outputs in place); the model layer never hands a {@code Mat} to users.
 */
public final class Mat {
    public final int rows;
    public final int cols;
    public final double[] data;

    public Mat(int rows, int cols) {
        this(rows, cols, new double[checkedSize(rows, cols)]);
    }

    public Mat(int rows, int cols, double[] data) {
        if (data.length != checkedSize(rows, cols)) {
            throw new IllegalArgumentException("data length " + data.length + " != " + rows + "x" + cols);
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    private static int checkedSize(int rows, int cols) {
        long size = (long) rows * cols;
        if (rows < 0 || cols < 0 || size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("matrix " + rows + "x" + cols + " is too large for one array");
        }
        return (int) size;
    }

    public static Mat identity(int n) {
        Mat m = new Mat(n, n);
        for (int i = 0; i < n; i++) {
            m.data[i + i * n] = 1.0;
        }
        return m;
    }

    public double get(int i, int j) {
        return data[i + j * rows];
    }

    public void set(int i, int j, double value) {
        data[i + j * rows] = value;
    }

    public Mat copy() {
        return new Mat(rows, cols, data.clone());
    }

    /** Copies the block of {@code nr × nc} entries starting at (r0, c0). */
    public Mat block(int r0, int c0, int nr, int nc) {
        Mat out = new Mat(nr, nc);
        for (int j = 0; j < nc; j++) {
            System.arraycopy(data, r0 + (c0 + j) * rows, out.data, j * nr, nr);
        }
        return out;
    }

    /** Column j as a new array. */
    public double[] column(int j) {
        return Arrays.copyOfRange(data, j * rows, (j + 1) * rows);
    }

    /** Sum of each row: a {@code rows}-vector (n·cols flops). */
    public double[] rowSums() {
        double[] out = new double[rows];
        for (int j = 0; j < cols; j++) {
            int off = j * rows;
            for (int i = 0; i < rows; i++) {
                out[i] += data[off + i];
            }
        }
        return out;
    }

    /** Sum of each column: a {@code cols}-vector. */
    public double[] columnSums() {
        double[] out = new double[cols];
        for (int j = 0; j < cols; j++) {
            double s = 0;
            int off = j * rows;
            for (int i = 0; i < rows; i++) {
                s += data[off + i];
            }
            out[j] = s;
        }
        return out;
    }

    @Override
    public String toString() {
        return "Mat[" + rows + "x" + cols + "]";
    }
}
