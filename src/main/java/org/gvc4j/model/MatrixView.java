package org.gvc4j.model;

import java.util.Arrays;
import org.gvc4j.linalg.Mat;

/**
 * A read-only view of one of a table's derived matrices (A, B, Y, ...): entries are read in place, and every array
 * handed out is a copy, so no caller can change what later results are computed from.
 */
public final class MatrixView {
    private final Mat m;

    MatrixView(Mat m) {
        this.m = m;
    }

    public int rows() {
        return m.rows;
    }

    public int cols() {
        return m.cols;
    }

    /** Entry (i, j), 0-based. */
    public double get(int i, int j) {
        if (i < 0 || i >= m.rows || j < 0 || j >= m.cols) {
            throw new IndexOutOfBoundsException("(" + i + ", " + j + ") is outside a " + m.rows + "x" + m.cols + " matrix");
        }
        return m.data[i + j * m.rows];
    }

    /** Row i (a copy). */
    public double[] row(int i) {
        double[] out = new double[m.cols];
        for (int j = 0; j < m.cols; j++) {
            out[j] = get(i, j);
        }
        return out;
    }

    /** Column j (a copy). */
    public double[] column(int j) {
        if (j < 0 || j >= m.cols) {
            throw new IndexOutOfBoundsException("column " + j + " is outside a " + m.rows + "x" + m.cols + " matrix");
        }
        return Arrays.copyOfRange(m.data, j * m.rows, (j + 1) * m.rows);
    }

    /** The entries as rows of a new 2-D array. */
    public double[][] toArray() {
        double[][] out = new double[m.rows][];
        for (int i = 0; i < m.rows; i++) {
            out[i] = row(i);
        }
        return out;
    }

    @Override
    public String toString() {
        return "read-only " + m.rows + "x" + m.cols + " matrix";
    }
}
