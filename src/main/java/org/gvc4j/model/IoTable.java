package org.gvc4j.model;

import org.jspecify.annotations.Nullable;
import org.gvc4j.error.InvalidTableException;
import org.gvc4j.linalg.Mat;

/**
 * An MRIO table as read: intermediate flows Z (n×n), final demand Y by destination country (n×G), value added
 * and gross output (n-vectors). Immutable once constructed; the constructor validates dimensions, finiteness and
 * the sign of output and names the offending cell.
 */
public final class IoTable {
    private final String name;
    private final Labels labels;
    private final Mat z;
    private final Mat y;
    private final double @Nullable [] va;
    private final double[] x;

    /**
     * @param name   shown in messages and result metadata (usually the folder name)
     * @param labels countries and sectors
     * @param z      n×n intermediate flows (not copied: do not modify afterwards)
     * @param y      n×G final demand by destination country, categories already summed ({@link #sumCategories})
     * @param va     value added per industry (several VA rows summed by the caller), or {@code null} if the table has none
     * @param x      gross output per industry as given
     */
    public IoTable(String name, Labels labels, Mat z, Mat y, double @Nullable [] va, double[] x) {
        this.name = name;
        this.labels = labels;
        int n = labels.size();
        int g = labels.countryCount();
        if (z.rows != n || z.cols != n) {
            throw new InvalidTableException(name + ": Z is " + z.rows + "x" + z.cols + " but the labels give " + n
                    + " industries (" + g + " countries x " + labels.sectorCount() + " sectors)");
        }
        if (y.rows != n || y.cols != g) {
            throw new InvalidTableException(name + ": final demand is " + y.rows + "x" + y.cols + " but " + n + "x" + g
                    + " (industries x destination countries) is needed");
        }
        if (x.length != n) {
            throw new InvalidTableException(name + ": output has " + x.length + " entries, " + n + " industries expected");
        }
        if (va != null && va.length != n) {
            throw new InvalidTableException(name + ": value added has " + va.length + " entries, " + n
                    + " industries expected");
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(z.data[i + j * n])) { // the message is built only for a bad cell (12 M cells at n = 3,465)
                    requireFinite(z.data[i + j * n], "Z[" + labels.industry(i) + ", " + labels.industry(j) + "]");
                }
            }
            for (int r = 0; r < g; r++) {
                if (!Double.isFinite(y.data[j + r * n])) {
                    requireFinite(y.data[j + r * n], "Y[" + labels.industry(j) + ", " + labels.country(r) + "]");
                }
            }
            requireFinite(x[j], "X of " + labels.industry(j));
            if (x[j] < 0) {
                throw new InvalidTableException(name + ": output X of " + labels.industry(j) + " is negative (" + x[j]
                        + "); gross output must be >= 0");
            }
            if (va != null) {
                requireFinite(va[j], "VA of " + labels.industry(j));
            }
        }
        this.z = z;
        this.y = y;
        this.va = va;
        this.x = x;
    }

    private void requireFinite(double v, String cell) {
        if (!Double.isFinite(v)) {
            throw new InvalidTableException(name + ": " + cell + " is " + v + "; every value must be a finite number");
        }
    }

    /** Sums F contiguous final-demand categories per destination country: n×(G·F) → n×G. */
    public static Mat sumCategories(Mat yFull, int countries) {
        if (countries <= 0 || yFull.cols % countries != 0) {
            throw new InvalidTableException("final demand has " + yFull.cols + " columns, not a multiple of "
                    + countries + " countries");
        }
        int f = yFull.cols / countries;
        Mat y = new Mat(yFull.rows, countries);
        for (int c = 0; c < yFull.cols; c++) {
            int r = c / f;
            for (int i = 0; i < yFull.rows; i++) {
                y.data[i + r * y.rows] += yFull.data[i + c * yFull.rows];
            }
        }
        return y;
    }

    public String name() {
        return name;
    }

    public Labels labels() {
        return labels;
    }

    /** Z (shared, do not modify). */
    public Mat z() {
        return z;
    }

    /** Y by destination country (shared, do not modify). */
    public Mat y() {
        return y;
    }

    /** Value added as given, or {@code null}. */
    public double @Nullable [] valueAdded() {
        return va == null ? null : va.clone();
    }

    /** Gross output as given. */
    public double[] output() {
        return x.clone();
    }

    boolean hasValueAdded() {
        return va != null;
    }

    double @Nullable [] rawValueAdded() {
        return va;
    }

    double[] rawOutput() {
        return x;
    }

    /** Largest |Z u′ + Y u′ − X| over industries: 0 on a balanced table. */
    public double maxRowImbalance() {
        double[] rows = z.rowSums();
        double[] fd = y.rowSums();
        double worst = 0;
        for (int i = 0; i < rows.length; i++) {
            worst = Math.max(worst, Math.abs(rows[i] + fd[i] - x[i]));
        }
        return worst;
    }
}
