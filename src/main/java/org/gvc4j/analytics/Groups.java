package org.gvc4j.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gvc4j.error.GvcException;
import org.jspecify.annotations.Nullable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Group aggregates over a user-supplied mapping of ids to groups (income groups, regions), year by year, and each
 * group's ratio to a reference group (GVC Development Report 2025, Figs. 7.4 and 7.6).
 *
 * <p>Rows whose id the mapping does not hold, or whose value (or weight) is missing, are left out; groups come out in
 * the order of the mapping's first mention of them, years ascending.
 */
public final class Groups {
    public static final String GROUP = "group";
    public static final String VALUE = "value";
    public static final String N = "n";
    public static final String RATIO = "ratio";

    private Groups() {
    }

    /**
     * The mean of {@code value} by group and year: weighted Σ w v / Σ w with {@code weight} (e.g. population), plain
     * mean when {@code weight} is null. Columns {@value #GROUP}, {@code time}, {@value #VALUE}, {@value #N}.
     */
    public static Table mean(Table data, String id, String time, String value, Map<String, String> groupOf,
            @Nullable String weight) {
        double[] v = Cols.numbers(data, value);
        double[] w = weight == null ? null : Cols.numbers(data, weight);
        double[] num = new double[v.length];
        double[] den = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double wi = w == null ? 1 : w[i];
            if (w != null && wi < 0) {
                throw new GvcException("group mean: weight '" + weight + "' is negative in row " + (i + 1));
            }
            num[i] = wi * v[i];
            den[i] = wi;
        }
        return aggregate(data, id, time, num, den, groupOf, "group mean of " + value);
    }

    /**
     * Σ numerator / Σ denominator by group and year, e.g. population-weighted GDP per capita = Σ GDP / Σ population
     * (Fig. 7.4). Columns as {@link #mean}.
     */
    public static Table ratioOfSums(Table data, String id, String time, String numerator, String denominator,
            Map<String, String> groupOf) {
        return aggregate(data, id, time, Cols.numbers(data, numerator), Cols.numbers(data, denominator), groupOf,
                numerator + " per " + denominator);
    }

    private static Table aggregate(Table data, String id, String time, double[] num, double[] den,
            Map<String, String> groupOf, String name) {
        String[] ids = Cols.keys(data, id);
        int[] t = Cols.times(data, time);
        Map<String, Integer> groupOrder = new LinkedHashMap<>();
        for (String g : groupOf.values()) {
            groupOrder.putIfAbsent(g, groupOrder.size());
        }
        Map<String, TreeMap<Integer, double[]>> acc = new LinkedHashMap<>();
        for (String g : groupOrder.keySet()) {
            acc.put(g, new TreeMap<>());
        }
        for (int i = 0; i < ids.length; i++) {
            String g = groupOf.get(ids[i]);
            if (g == null || Double.isNaN(num[i]) || Double.isNaN(den[i])) {
                continue;
            }
            double[] a = acc.get(g).computeIfAbsent(t[i], k -> new double[3]);
            a[0] += num[i];
            a[1] += den[i];
            a[2]++;
        }
        StringColumn gc = StringColumn.create(GROUP);
        IntColumn tc = IntColumn.create(time);
        DoubleColumn vc = DoubleColumn.create(VALUE);
        IntColumn nc = IntColumn.create(N);
        for (Map.Entry<String, TreeMap<Integer, double[]>> e : acc.entrySet()) {
            for (Map.Entry<Integer, double[]> y : e.getValue().entrySet()) {
                gc.append(e.getKey());
                tc.append(y.getKey());
                vc.append(y.getValue()[0] / y.getValue()[1]);
                nc.append((int) y.getValue()[2]);
            }
        }
        return Table.create(name, gc, tc, vc, nc);
    }

    /**
     * Adds {@value #RATIO}: each row's {@code value} divided by the reference group's value in the same year (NaN
     * where the reference has no value that year). 1 for the reference group itself (where its value is not 0).
     */
    public static Table ratioToReference(Table groups, String group, String time, String value, String reference) {
        String[] g = Cols.keys(groups, group);
        int[] t = Cols.times(groups, time);
        double[] v = Cols.numbers(groups, value);
        Map<Integer, Double> ref = new TreeMap<>();
        for (int i = 0; i < g.length; i++) {
            if (g[i].equals(reference) && ref.put(t[i], v[i]) != null) {
                throw new GvcException("ratio to reference: two rows for group " + reference + " in " + t[i]);
            }
        }
        if (ref.isEmpty()) {
            List<String> seen = new ArrayList<>(new java.util.LinkedHashSet<>(List.of(g)));
            throw new GvcException("ratio to reference: no group '" + reference + "'; groups: " + String.join(", ", seen));
        }
        double[] r = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            Double d = ref.get(t[i]);
            r[i] = d == null ? Double.NaN : v[i] / d;
        }
        Table out = groups.copy();
        out.addColumns(DoubleColumn.create(RATIO, r));
        return out;
    }
}
