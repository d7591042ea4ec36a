package org.gvc4j.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gvc4j.error.GvcException;
import org.gvc4j.stats.Estimate;
import org.gvc4j.stats.Fit;
import org.jspecify.annotations.Nullable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Levels in two years, the change between them and the average annual growth (GVC Development Report 2025, Figs.
 * 7.5, 7.7, 7.13), and unconditional β-convergence: OLS of growth on log initial level with HC1 standard errors.
 */
public final class Growth {
    public static final String CHANGE = "change";
    public static final String GROWTH_LOG = "growth_log";
    public static final String GROWTH_COMPOUND = "growth_compound";

    private Growth() {
    }

    /** How average annual growth is measured. Both are in percent per year. */
    public enum Kind {
        /** 100 · (ln v1 − ln v0) / (t1 − t0): the average annual log growth. */
        LOG,
        /** 100 · ((v1 / v0)^(1 / (t1 − t0)) − 1): the compound annual growth rate. */
        COMPOUND
    }

    /** Average annual growth in percent from {@code v0} to {@code v1} over {@code years} years (NaN unless both > 0). */
    public static double averageAnnual(double v0, double v1, double years, Kind kind) {
        if (!(years > 0)) {
            throw new GvcException("growth: the number of years must be > 0, got " + years);
        }
        if (!(v0 > 0 && v1 > 0)) {
            return Double.NaN;
        }
        return kind == Kind.LOG ? 100 * (Math.log(v1) - Math.log(v0)) / years
                : 100 * (Math.pow(v1 / v0, 1 / years) - 1);
    }

    /**
     * One row per id (ascending) with a value in both years: {@code id}, {@code <value>_<y0>}, {@code <value>_<y1>},
     * {@value #CHANGE} (v1 − v0), {@value #GROWTH_LOG} and {@value #GROWTH_COMPOUND} (percent per year).
     */
    public static Table between(Table data, String id, String time, String value, int y0, int y1) {
        return between(data, id, time, value, y0, y1, null);
    }

    /** As {@link #between(Table, String, String, String, int, int)} with a {@code group} column from {@code groupOf}
     * (ids it does not map are left out). */
    public static Table between(Table data, String id, String time, String value, int y0, int y1,
            @Nullable Map<String, String> groupOf) {
        if (y1 <= y0) {
            throw new GvcException("growth: the second year (" + y1 + ") must come after the first (" + y0 + ")");
        }
        String[] ids = Cols.keys(data, id);
        int[] t = Cols.times(data, time);
        double[] v = Cols.numbers(data, value);
        Map<String, double[]> pairs = new TreeMap<>();
        for (int i = 0; i < t.length; i++) {
            int k = t[i] == y0 ? 0 : t[i] == y1 ? 1 : -1;
            if (k >= 0 && !Double.isNaN(v[i])) {
                double[] p = pairs.computeIfAbsent(ids[i], x -> Lead.nans(2));
                if (!Double.isNaN(p[k])) {
                    throw new GvcException("growth: two rows for " + ids[i] + " in " + t[i]);
                }
                p[k] = v[i];
            }
        }
        List<String> keep = new ArrayList<>();
        for (Map.Entry<String, double[]> e : pairs.entrySet()) {
            if (!Double.isNaN(e.getValue()[0]) && !Double.isNaN(e.getValue()[1])
                    && (groupOf == null || groupOf.containsKey(e.getKey()))) {
                keep.add(e.getKey());
            }
        }
        Table out = Table.create("growth " + y0 + "-" + y1, StringColumn.create(id, keep));
        if (groupOf != null) {
            out.addColumns(StringColumn.create(Lead.GROUP, keep.stream().map(groupOf::get).toList()));
        }
        out.addColumns(DoubleColumn.create(value + "_" + y0, keep.stream().mapToDouble(c -> pairs.get(c)[0])),
                DoubleColumn.create(value + "_" + y1, keep.stream().mapToDouble(c -> pairs.get(c)[1])),
                DoubleColumn.create(CHANGE, keep.stream().mapToDouble(c -> pairs.get(c)[1] - pairs.get(c)[0])),
                DoubleColumn.create(GROWTH_LOG, keep.stream().mapToDouble(
                        c -> averageAnnual(pairs.get(c)[0], pairs.get(c)[1], y1 - y0, Kind.LOG))),
                DoubleColumn.create(GROWTH_COMPOUND, keep.stream().mapToDouble(
                        c -> averageAnnual(pairs.get(c)[0], pairs.get(c)[1], y1 - y0, Kind.COMPOUND))));
        return out;
    }

    /**
     * β-convergence: the slope of {@code growth} on ln({@code initial}) by OLS with an intercept, HC1 standard
     * errors and a t(n − 2) p-value, exactly as {@code Estimate.ols(data, "growth ~ log(initial)").hetero()}. Rows with
     * a missing growth or a non-positive initial level are left out.
     */
    public static Convergence convergence(Table data, String growth, String initial) {
        double[] g = Cols.numbers(data, growth);
        double[] x = Cols.numbers(data, initial);
        DoubleColumn gc = DoubleColumn.create("growth");
        DoubleColumn xc = DoubleColumn.create("initial");
        for (int i = 0; i < g.length; i++) {
            if (Double.isFinite(g[i]) && x[i] > 0 && Double.isFinite(x[i])) {
                gc.append(g[i]);
                xc.append(x[i]);
            }
        }
        if (gc.size() < 3) {
            throw new GvcException("convergence: needs at least 3 rows with a growth rate and a positive initial level, got "
                    + gc.size());
        }
        Fit fit = Estimate.ols(Table.create("convergence", gc, xc), "growth ~ log(initial)").hetero().fit();
        String term = "log(initial)";
        return new Convergence(fit.estimate(term), fit.stdError(term), fit.pValue(term), fit.estimate("(Intercept)"),
                fit.stdError("(Intercept)"), gc.size());
    }

    /**
     * An unconditional β-convergence fit: growth = intercept + slope · ln(initial), HC1 ("robust") standard errors.
     * A negative slope means poorer economies grew faster.
     */
    public record Convergence(double slope, double slopeStdError, double slopePValue, double intercept,
            double interceptStdError, int n) {
        /** The fitted growth at {@code initial} (the fitted line of the chart). */
        public double fitted(double initial) {
            return intercept + slope * Math.log(initial);
        }

        /** "slope −0.591 (robust SE 0.118), p &lt; 0.001", for a chart subtitle. */
        public String describe() {
            String p = slopePValue < 0.001 ? "p < 0.001" : String.format(java.util.Locale.ROOT, "p = %.3f", slopePValue);
            return String.format(java.util.Locale.ROOT, "slope %.3f (robust SE %.3f), %s, n = %d", slope, slopeStdError, p, n);
        }
    }
}
