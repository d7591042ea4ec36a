package org.gvc4j.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gvc4j.error.GvcException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The Gini coefficient, weighted and unweighted, of one distribution or of a country-level variable year by year
 * (GVC Development Report 2025, Fig. 7.6).
 *
 * <p>G = Σ_i Σ_j p_i p_j |y_i − y_j| / (2 P² μ), P = Σ p_i, μ = Σ p_i y_i / P; unweighted: every p_i = 1, with no
 * n/(n−1) correction. Computed after sorting by y as Σ_i p_i y_i (W_{&lt;i} − W_{&gt;i}) / (P² μ), O(n log n).
 */
public final class Inequality {
    public static final String GINI_WEIGHTED = "gini_weighted";
    public static final String GINI_UNWEIGHTED = "gini_unweighted";
    public static final String N = "n";

    private Inequality() {
    }

    /** The unweighted Gini coefficient of {@code values} (0 for one value; NaN when the values sum to 0). */
    public static double gini(double[] values) {
        double[] w = new double[values.length];
        Arrays.fill(w, 1.0);
        return gini(values, w);
    }

    /**
     * The weighted Gini coefficient (weights such as population). Values must be ≥ 0 and weights ≥ 0 and finite;
     * units with weight 0 do not count. 0 for a single unit or equal values; NaN when Σ p y = 0.
     */
    public static double gini(double[] values, double[] weights) {
        if (values.length != weights.length) {
            throw new GvcException("gini: " + values.length + " values but " + weights.length + " weights");
        }
        int n = values.length;
        if (n == 0) {
            throw new GvcException("gini: no values");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            Cols.requireFinite(values[i], "gini: value " + (i + 1));
            Cols.requireFinite(weights[i], "gini: weight " + (i + 1));
            if (values[i] < 0 || weights[i] < 0) {
                throw new GvcException("gini: values and weights must be ≥ 0 (row " + (i + 1) + ": value " + values[i]
                        + ", weight " + weights[i] + ")");
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double total = 0;
        double mass = 0;
        for (int i = 0; i < n; i++) {
            total += weights[i];
            mass += weights[i] * values[i];
        }
        if (total == 0) {
            throw new GvcException("gini: the weights sum to 0");
        }
        if (mass == 0) {
            return Double.NaN;
        }
        // Σ_i p_i y_i (W_below − W_above); ties contribute 0 whichever order they take
        double below = 0;
        double s = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            double above = total - below - weights[i];
            s += weights[i] * values[i] * (below - above);
            below += weights[i];
        }
        return s / (total * mass);
    }

    /**
     * For each year (ascending): the weighted and unweighted Gini of {@code value} over the rows of that year, and
     * their number. Rows with a missing value or weight are left out. Columns: {@code time}, {@value #GINI_WEIGHTED},
     * {@value #GINI_UNWEIGHTED}, {@value #N}.
     */
    public static Table giniByYear(Table data, String time, String value, String weight) {
        int[] t = Cols.times(data, time);
        double[] y = Cols.numbers(data, value);
        double[] p = Cols.numbers(data, weight);
        Map<Integer, List<Integer>> rows = new TreeMap<>();
        for (int i = 0; i < t.length; i++) {
            if (!Double.isNaN(y[i]) && !Double.isNaN(p[i])) {
                rows.computeIfAbsent(t[i], k -> new ArrayList<>()).add(i);
            }
        }
        IntColumn years = IntColumn.create(time);
        DoubleColumn gw = DoubleColumn.create(GINI_WEIGHTED);
        DoubleColumn gu = DoubleColumn.create(GINI_UNWEIGHTED);
        IntColumn count = IntColumn.create(N);
        for (Map.Entry<Integer, List<Integer>> e : rows.entrySet()) {
            double[] yy = e.getValue().stream().mapToDouble(i -> y[i]).toArray();
            double[] pp = e.getValue().stream().mapToDouble(i -> p[i]).toArray();
            years.append(e.getKey());
            gw.append(gini(yy, pp));
            gu.append(gini(yy));
            count.append(yy.length);
        }
        return Table.create("gini by " + time, years, gw, gu, count);
    }
}
