package org.gvc4j.stats.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimation data held as primitive arrays: numeric columns as {@code double[]} (NaN = missing) and categorical
 * columns as {@code int[]} codes (negative = missing). For large synthetic panels and benchmarks, where a data frame
 * would only add copies.
 */
public final class ArraySource implements ColumnSource {
    private final String name;
    private final int rows;
    private final Map<String, double[]> numeric = new LinkedHashMap<>();
    private final Map<String, int[]> codes = new LinkedHashMap<>();
    private final List<String> order = new ArrayList<>();

    public ArraySource(String name, int rows) {
        this.name = name;
        this.rows = rows;
    }

    /** Adds a numeric column (not copied). */
    public ArraySource withNumeric(String column, double[] values) {
        check(column, values.length);
        numeric.put(column, values);
        order.add(column);
        return this;
    }

    /** Adds a categorical column of integer codes (not copied); it is also usable as a number. */
    public ArraySource withCodes(String column, int[] values) {
        check(column, values.length);
        codes.put(column, values);
        order.add(column);
        return this;
    }

    private void check(String column, int len) {
        if (len != rows) {
            throw new IllegalArgumentException("column " + column + " has " + len + " rows, expected " + rows);
        }
        if (order.contains(column)) {
            throw new IllegalArgumentException("duplicate column " + column);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int rowCount() {
        return rows;
    }

    @Override
    public List<String> columnNames() {
        return List.copyOf(order);
    }

    @Override
    public boolean has(String column) {
        return numeric.containsKey(column) || codes.containsKey(column);
    }

    @Override
    public Kind kind(String column) {
        return missingCount(column) == rows && rows > 0 ? Kind.MISSING : Kind.NUMERIC;
    }

    @Override
    public double[] numeric(String column) {
        double[] v = numeric.get(column);
        if (v != null) {
            return v;
        }
        int[] c = codes.get(column);
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = c[i] < 0 ? Double.NaN : c[i];
        }
        return out;
    }

    @Override
    public Factor factor(String column) {
        int[] c = codes.get(column);
        long[] keys = new long[rows];
        boolean[] missing = new boolean[rows];
        if (c != null) {
            for (int i = 0; i < rows; i++) {
                keys[i] = c[i];
                missing[i] = c[i] < 0;
            }
        } else {
            double[] v = numeric.get(column);
            for (int i = 0; i < rows; i++) {
                missing[i] = Double.isNaN(v[i]);
                keys[i] = Double.doubleToLongBits(v[i] == 0 ? 0.0 : v[i]);
            }
        }
        return Factor.fromKeys(column, keys, missing);
    }

    @Override
    public int missingCount(String column) {
        int m = 0;
        double[] v = numeric.get(column);
        if (v != null) {
            for (double x : v) {
                if (Double.isNaN(x)) {
                    m++;
                }
            }
        } else {
            for (int x : codes.get(column)) {
                if (x < 0) {
                    m++;
                }
            }
        }
        return m;
    }

    @Override
    public String cell(String column, int row) {
        double[] v = numeric.get(column);
        return v != null ? Double.toString(v[row]) : Integer.toString(codes.get(column)[row]);
    }
}
