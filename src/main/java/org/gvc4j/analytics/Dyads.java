package org.gvc4j.analytics;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.gvc4j.error.GvcException;
import org.jspecify.annotations.Nullable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Dyad summaries of country values (max, mean, absolute gap of the two partners) and world-share normalisation. */
public final class Dyads {
    private Dyads() {
    }

    /**
     * A copy of {@code dyads} with {@code <value>_max}, {@code <value>_mean} and {@code <value>_gap} (|v_o − v_d|) of
     * the two partners' values from {@code values}, matched on id (and on {@code time} when it is not null: both
     * tables then have that column). NaN where a partner has no value.
     */
    public static Table summarise(Table dyads, String origin, String destination, Table values, String id, String value,
            @Nullable String time) {
        String[] vid = Cols.keys(values, id);
        int[] vt = time == null ? new int[vid.length] : Cols.times(values, time);
        double[] v = Cols.numbers(values, value);
        Map<String, Double> byKey = new HashMap<>();
        for (int i = 0; i < vid.length; i++) {
            if (byKey.put(vid[i] + "\u0000" + vt[i], v[i]) != null) {
                throw new GvcException("dyads: two values for " + vid[i] + (time == null ? "" : " in " + vt[i]));
            }
        }
        String[] o = Cols.keys(dyads, origin);
        String[] d = Cols.keys(dyads, destination);
        int[] dt = time == null ? new int[o.length] : Cols.times(dyads, time);
        double[] max = new double[o.length];
        double[] mean = new double[o.length];
        double[] gap = new double[o.length];
        for (int i = 0; i < o.length; i++) {
            double a = byKey.getOrDefault(o[i] + "\u0000" + dt[i], Double.NaN);
            double b = byKey.getOrDefault(d[i] + "\u0000" + dt[i], Double.NaN);
            max[i] = Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
            mean[i] = (a + b) / 2;
            gap[i] = Math.abs(a - b);
        }
        Table out = dyads.copy();
        out.addColumns(DoubleColumn.create(value + "_max", max), DoubleColumn.create(value + "_mean", mean),
                DoubleColumn.create(value + "_gap", gap));
        return out;
    }

    /**
     * A copy of {@code data} with {@code <value>_share}: each value divided by the sum of the values in its year (in the
     * whole table when {@code time} is null). Missing values count as absent.
     */
    public static Table worldShare(Table data, @Nullable String time, String value) {
        double[] v = Cols.numbers(data, value);
        int[] t = time == null ? new int[v.length] : Cols.times(data, time);
        Map<Integer, Double> total = new TreeMap<>();
        for (int i = 0; i < v.length; i++) {
            if (!Double.isNaN(v[i])) {
                total.merge(t[i], v[i], Double::sum);
            }
        }
        double[] share = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            share[i] = v[i] / total.getOrDefault(t[i], Double.NaN);
        }
        Table out = data.copy();
        out.addColumns(DoubleColumn.create(value + "_share", share));
        return out;
    }
}
