package org.gvc4j.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gvc4j.error.GvcException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Panel chores: carrying a variable forward within each unit, and completing a flow panel with zeros for PPML. */
public final class Panels {
    private Panels() {
    }

    /**
     * A copy of {@code data} in which each missing value of {@code column} takes the last earlier non-missing value of
     * the same {@code id} (by {@code time}); values before the first observation stay missing. Row order is kept.
     */
    public static Table carryForward(Table data, String id, String time, String column) {
        String[] ids = Cols.keys(data, id);
        int[] t = Cols.times(data, time);
        double[] v = Cols.numbers(data, column);
        double[] out = v.clone();
        for (List<Integer> rows : Cols.byKey(ids).values()) {
            List<Integer> sorted = new ArrayList<>(rows);
            sorted.sort((a, b) -> Integer.compare(t[a], t[b]));
            for (int k = 1; k < sorted.size(); k++) {
                if (t[sorted.get(k)] == t[sorted.get(k - 1)]) {
                    throw new GvcException("carry forward: two rows for " + ids[sorted.get(k)] + " in " + t[sorted.get(k)]);
                }
            }
            double last = Double.NaN;
            for (int i : sorted) {
                if (Double.isNaN(out[i])) {
                    out[i] = last;
                } else {
                    last = out[i];
                }
            }
        }
        Table copy = data.copy();
        copy.replaceColumn(column, DoubleColumn.create(column, out));
        return copy;
    }

    /**
     * Every origin × destination × time of the panel, sorted, with {@code flow} = 0 where the data have no row (or a
     * missing flow): origins and destinations are those seen anywhere, times those seen anywhere; origin = destination
     * pairs are included only if the data hold at least one such (domestic) flow. Columns: origin, destination, time,
     * flow.
     */
    public static Table completeWithZeros(Table data, String origin, String destination, String time, String flow) {
        String[] o = Cols.keys(data, origin);
        String[] d = Cols.keys(data, destination);
        int[] t = Cols.times(data, time);
        double[] f = Cols.numbers(data, flow);
        Map<String, Double> seen = new HashMap<>();
        boolean domestic = false;
        for (int i = 0; i < o.length; i++) {
            String k = o[i] + "\u0000" + d[i] + "\u0000" + t[i];
            if (seen.put(k, f[i]) != null) {
                throw new GvcException("complete with zeros: two rows for " + o[i] + " → " + d[i] + " in " + t[i]);
            }
            domestic |= o[i].equals(d[i]);
        }
        StringColumn oc = StringColumn.create(origin);
        StringColumn dc = StringColumn.create(destination);
        IntColumn tc = IntColumn.create(time);
        DoubleColumn fc = DoubleColumn.create(flow);
        TreeSet<Integer> times = new TreeSet<>();
        for (int x : t) {
            times.add(x);
        }
        for (String a : new TreeSet<>(List.of(o))) {
            for (String b : new TreeSet<>(List.of(d))) {
                if (a.equals(b) && !domestic) {
                    continue;
                }
                for (int y : times) {
                    Double v = seen.get(a + "\u0000" + b + "\u0000" + y);
                    oc.append(a);
                    dc.append(b);
                    tc.append(y);
                    fc.append(v == null || Double.isNaN(v) ? 0.0 : v);
                }
            }
        }
        return Table.create("complete panel", oc, dc, tc, fc);
    }
}
