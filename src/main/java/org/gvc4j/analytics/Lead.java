package org.gvc4j.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gvc4j.error.GvcException;
import org.jspecify.annotations.Nullable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Each economy's value relative to the lead economy of the same year, y_c,t / y_lead,t (catch-up, GVC Development
 * Report 2025, Fig. 7.8), with the rule that picks the lead as an option.
 */
public final class Lead {
    public static final String LEAD = "lead";
    public static final String GROUP = "group";

    private Lead() {
    }

    /** Which economy leads in a year: the highest value among those whose weight reaches a floor. */
    public record Rule(double weightFloor) {
        public Rule {
            if (Double.isNaN(weightFloor)) {
                throw new GvcException("lead rule: the weight floor must be a number");
            }
        }

        /** The richest economy, whatever its size. */
        public static Rule richest() {
            return new Rule(Double.NEGATIVE_INFINITY);
        }

        /** The richest economy among those with weight (e.g. population in millions) ≥ {@code floor}. */
        public static Rule richestAbove(double floor) {
            return new Rule(floor);
        }
    }

    /** The id of the lead economy in {@code year} under {@code rule} (ties: the first in row order). */
    public static String lead(Table data, String id, String time, String value, String weight, Rule rule, int year) {
        String[] ids = Cols.keys(data, id);
        int[] t = Cols.times(data, time);
        double[] y = Cols.numbers(data, value);
        double[] w = Cols.numbers(data, weight);
        return ids[leadRow(ids, t, y, w, rule, year)];
    }

    private static int leadRow(String[] ids, int[] t, double[] y, double[] w, Rule rule, int year) {
        int best = -1;
        for (int i = 0; i < t.length; i++) {
            if (t[i] == year && !Double.isNaN(y[i]) && w[i] >= rule.weightFloor() && (best < 0 || y[i] > y[best])) {
                best = i;
            }
        }
        if (best < 0) {
            throw new GvcException("no lead economy in " + year + ": no row of that year has a value and weight ≥ "
                    + rule.weightFloor());
        }
        return best;
    }

    /**
     * The ratio to the lead in each of {@code years}: one row per id (ascending) with a value in every year; columns
     * {@code id}, {@code ratio_<year>} for each year. The lead rule only decides who leads; every economy gets a ratio.
     */
    public static Table relativeToLead(Table data, String id, String time, String value, String weight, Rule rule,
            int... years) {
        return relativeToLead(data, id, time, value, weight, rule, null, years);
    }

    /** As {@link #relativeToLead(Table, String, String, String, String, Rule, int...)} with a {@value #GROUP} column from
     * {@code groupOf} (ids it does not map are left out). */
    public static Table relativeToLead(Table data, String id, String time, String value, String weight, Rule rule,
            @Nullable Map<String, String> groupOf, int... years) {
        if (years.length == 0) {
            throw new GvcException("relativeToLead: name at least one year");
        }
        String[] ids = Cols.keys(data, id);
        int[] t = Cols.times(data, time);
        double[] y = Cols.numbers(data, value);
        double[] w = Cols.numbers(data, weight);
        Map<String, double[]> ratios = new TreeMap<>();
        for (int k = 0; k < years.length; k++) {
            double lead = y[leadRow(ids, t, y, w, rule, years[k])];
            for (int i = 0; i < t.length; i++) {
                if (t[i] == years[k] && !Double.isNaN(y[i])) {
                    double[] r = ratios.computeIfAbsent(ids[i], x -> nans(years.length));
                    if (!Double.isNaN(r[k])) {
                        throw new GvcException("relativeToLead: two rows for " + ids[i] + " in " + years[k]);
                    }
                    r[k] = y[i] / lead;
                }
            }
        }
        List<String> keep = new ArrayList<>();
        for (Map.Entry<String, double[]> e : ratios.entrySet()) {
            boolean complete = true;
            for (double v : e.getValue()) {
                complete &= !Double.isNaN(v);
            }
            if (complete && (groupOf == null || groupOf.containsKey(e.getKey()))) {
                keep.add(e.getKey());
            }
        }
        Table out = Table.create("relative to the lead", StringColumn.create(id, keep));
        if (groupOf != null) {
            out.addColumns(StringColumn.create(GROUP, keep.stream().map(groupOf::get).toList()));
        }
        for (int k = 0; k < years.length; k++) {
            int kk = k;
            out.addColumns(DoubleColumn.create("ratio_" + years[k], keep.stream().mapToDouble(c -> ratios.get(c)[kk])));
        }
        return out;
    }

    static double[] nans(int n) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, Double.NaN);
        return d;
    }
}
