package org.gvc4j.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.error.GvcException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Column access shared by the analytics: checked names, numbers as doubles (missing → NaN), keys as text. */
final class Cols {
    private Cols() {
    }

    static Column<?> column(Table t, String name) {
        if (!t.columnNames().contains(name)) {
            throw new GvcException("no column '" + name + "' in table '" + t.name() + "'; columns: "
                    + String.join(", ", t.columnNames()));
        }
        return t.column(name);
    }

    static double[] numbers(Table t, String name) {
        Column<?> c = column(t, name);
        if (!(c instanceof NumericColumn<?> n)) {
            throw new GvcException("column '" + name + "' must be numeric (it is " + c.type().name() + ")");
        }
        double[] out = new double[t.rowCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = n.isMissing(i) ? Double.NaN : n.getDouble(i);
        }
        return out;
    }

    static String[] keys(Table t, String name) {
        Column<?> c = column(t, name);
        String[] out = new String[t.rowCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.getString(i);
        }
        return out;
    }

    /** Years (or any integer time) of a numeric column; a fractional or missing time is refused. */
    static int[] times(Table t, String name) {
        double[] d = numbers(t, name);
        int[] out = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            if (!(d[i] == Math.rint(d[i]))) {
                throw new GvcException("column '" + name + "' row " + (i + 1) + ": time must be a whole number, got " + d[i]);
            }
            out[i] = (int) d[i];
        }
        return out;
    }

    /** Row indices by key, in order of first appearance. */
    static Map<String, List<Integer>> byKey(String[] keys) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            out.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
        }
        return out;
    }

    static DoubleColumn doubles(String name, List<Double> values) {
        return DoubleColumn.create(name, values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static StringColumn strings(String name, List<String> values) {
        return StringColumn.create(name, values);
    }

    static void requireFinite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new GvcException(what + " must be a finite number, got " + v);
        }
    }
}
