package org.gvc4j.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gvc4j.error.GvcException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Quantiles, box statistics and Gaussian kernel densities by group (GVC Development Report 2025, Figs. 8.8–8.9).
 * Quantiles are R's default (type 7): h = (n − 1) p, x_(⌊h⌋) + (h − ⌊h⌋)(x_(⌊h⌋+1) − x_(⌊h⌋)).
 */
public final class Distributions {
    public static final List<String> BOX_COLUMNS = List.of("n", "min", "lower_whisker", "q1", "median", "q3",
            "upper_whisker", "max", "mean");

    private Distributions() {
    }

    /** The type-7 quantile of the non-missing values at probability p ∈ [0, 1] (NaN if there are none). */
    public static double quantile(double[] values, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new GvcException("quantile: p must be in [0, 1], got " + p);
        }
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        return sortedQuantile(x, p);
    }

    static double sortedQuantile(double[] x, double p) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double h = (x.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, x.length - 1);
        return x[lo] + (h - lo) * (x[hi] - x[lo]);
    }

    /**
     * Box statistics of {@code value} by {@code group} (groups in order of appearance; missing values left out):
     * columns group, then {@link #BOX_COLUMNS}. Whiskers are Tukey's: the most extreme values within 1.5 IQR of the
     * quartiles.
     */
    public static Table boxStats(Table data, String group, String value) {
        double[] v = Cols.numbers(data, value);
        StringColumn g = StringColumn.create(group);
        IntColumn n = IntColumn.create("n");
        DoubleColumn[] c = new DoubleColumn[BOX_COLUMNS.size() - 1];
        for (int k = 0; k < c.length; k++) {
            c[k] = DoubleColumn.create(BOX_COLUMNS.get(k + 1));
        }
        for (Map.Entry<String, List<Integer>> e : Cols.byKey(Cols.keys(data, group)).entrySet()) {
            double[] x = e.getValue().stream().mapToDouble(i -> v[i]).filter(d -> !Double.isNaN(d)).sorted().toArray();
            if (x.length == 0) {
                continue;
            }
            double q1 = sortedQuantile(x, 0.25);
            double q3 = sortedQuantile(x, 0.75);
            double iqr = q3 - q1;
            double lw = Arrays.stream(x).filter(d -> d >= q1 - 1.5 * iqr).min().orElse(x[0]);
            double uw = Arrays.stream(x).filter(d -> d <= q3 + 1.5 * iqr).max().orElse(x[x.length - 1]);
            double[] row = {x[0], lw, q1, sortedQuantile(x, 0.5), q3, uw, x[x.length - 1], Arrays.stream(x).average().orElseThrow()};
            g.append(e.getKey());
            n.append(x.length);
            for (int k = 0; k < c.length; k++) {
                c[k].append(row[k]);
            }
        }
        Table out = Table.create("box statistics of " + value, g, n);
        out.addColumns(c);
        return out;
    }

    /**
     * Silverman's rule of thumb as R's {@code bw.nrd0}: 0.9 · min(sd, IQR / 1.34) · n^(−1/5) (falling back to sd, then
     * |x₁|, then 1 when the spread is 0).
     */
    public static double bandwidth(double[] values) {
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (x.length < 2) {
            throw new GvcException("bandwidth: needs at least 2 values, got " + x.length);
        }
        double m = Arrays.stream(x).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(x).map(d -> (d - m) * (d - m)).sum() / (x.length - 1));
        double lo = Math.min(sd, (sortedQuantile(x, 0.75) - sortedQuantile(x, 0.25)) / 1.34);
        if (!(lo > 0)) {
            lo = sd > 0 ? sd : x[0] != 0 ? Math.abs(x[0]) : 1;
        }
        return 0.9 * lo * Math.pow(x.length, -0.2);
    }

    /**
     * Gaussian kernel density of {@code value} by group on {@code points} equally spaced x from min − 3h to max + 3h
     * (h = {@link #bandwidth}); columns group, x, density. Each group's density integrates to 1 (up to the grid).
     */
    public static Table density(Table data, String group, String value, int points) {
        if (points < 2) {
            throw new GvcException("density: needs at least 2 points, got " + points);
        }
        double[] v = Cols.numbers(data, value);
        StringColumn g = StringColumn.create(group);
        DoubleColumn xs = DoubleColumn.create("x");
        DoubleColumn ds = DoubleColumn.create("density");
        for (Map.Entry<String, List<Integer>> e : Cols.byKey(Cols.keys(data, group)).entrySet()) {
            double[] x = e.getValue().stream().mapToDouble(i -> v[i]).filter(d -> !Double.isNaN(d)).sorted().toArray();
            if (x.length < 2) {
                continue;
            }
            double h = bandwidth(x);
            double a = x[0] - 3 * h;
            double b = x[x.length - 1] + 3 * h;
            for (int k = 0; k < points; k++) {
                double at = a + (b - a) * k / (points - 1);
                double s = 0;
                for (double xi : x) {
                    double u = (at - xi) / h;
                    s += Math.exp(-0.5 * u * u);
                }
                g.append(e.getKey());
                xs.append(at);
                ds.append(s / (x.length * h * Math.sqrt(2 * Math.PI)));
            }
        }
        return Table.create("density of " + value, g, xs, ds);
    }
}
