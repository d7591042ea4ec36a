package org.gvc4j.stats.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** A Tablesaw {@link Table} as estimation data. Numbers and booleans are numeric; everything else is text. */
public final class TableSource implements ColumnSource {
    private final Table table;
    private final Map<String, double[]> numericCache = new HashMap<>();

    public TableSource(Table table) {
        this.table = table;
    }

    /** The underlying table (not copied). */
    public Table table() {
        return table;
    }

    @Override
    public String name() {
        return table.name() == null ? "data" : table.name();
    }

    @Override
    public int rowCount() {
        return table.rowCount();
    }

    @Override
    public List<String> columnNames() {
        return table.columnNames();
    }

    @Override
    public boolean has(String column) {
        return table.containsColumn(column) && table.columnNames().contains(column);
    }

    private Column<?> col(String column) {
        return table.column(column);
    }

    @Override
    public Kind kind(String column) {
        Column<?> c = col(column);
        if (c.size() > 0 && c.countMissing() == c.size()) {
            return Kind.MISSING;
        }
        if (c instanceof NumericColumn<?> || c instanceof BooleanColumn) {
            return Kind.NUMERIC;
        }
        return Kind.TEXT;
    }

    @Override
    public synchronized double[] numeric(String column) {
        return numericCache.computeIfAbsent(column, this::load);
    }

    private double[] load(String column) {
        Column<?> c = col(column);
        int n = c.size();
        double[] out = new double[n];
        if (c instanceof BooleanColumn b) {
            for (int i = 0; i < n; i++) {
                out[i] = b.isMissing(i) ? Double.NaN : (b.get(i) ? 1 : 0);
            }
            return out;
        }
        NumericColumn<?> num = (NumericColumn<?>) c;
        for (int i = 0; i < n; i++) {
            out[i] = num.isMissing(i) ? Double.NaN : num.getDouble(i);
        }
        return out;
    }

    @Override
    public Factor factor(String column) {
        Column<?> c = col(column);
        int n = c.size();
        long[] keys = new long[n];
        boolean[] missing = new boolean[n];
        if (c instanceof NumericColumn<?> num) {
            boolean integral = true;
            for (int i = 0; i < n; i++) {
                if (num.isMissing(i)) {
                    missing[i] = true;
                } else {
                    double v = num.getDouble(i);
                    keys[i] = Double.doubleToLongBits(v == 0 ? 0.0 : v);
                    integral &= v == Math.rint(v) && Math.abs(v) < 1e15;
                }
            }
            if (integral) {
                // integer codes (years, ids): the values themselves, so small ranges need no hashing
                for (int i = 0; i < n; i++) {
                    if (!missing[i]) {
                        keys[i] = (long) Double.longBitsToDouble(keys[i]);
                    }
                }
            }
        } else if (c instanceof tech.tablesaw.api.StringColumn sc) {
            // the column's own dictionary keys: no string hashing per row
            tech.tablesaw.columns.strings.DictionaryMap dict = sc.getDictionary();
            int missingRow = dict.firstIndexOf("");
            long missingKey = missingRow >= 0 ? dict.getKeyForIndex(missingRow) : Long.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                long k = dict.getKeyForIndex(i);
                if (k == missingKey) {
                    missing[i] = true;
                } else {
                    keys[i] = k;
                }
            }
        } else {
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (c.isMissing(i)) {
                    missing[i] = true;
                } else {
                    String s = c.getString(i);
                    Integer id = ids.get(s);
                    if (id == null) {
                        id = ids.size();
                        ids.put(s, id);
                    }
                    keys[i] = id;
                }
            }
        }
        return Factor.fromKeys(column, keys, missing);
    }

    @Override
    public int missingCount(String column) {
        return col(column).countMissing();
    }

    @Override
    public String cell(String column, int row) {
        return col(column).getString(row);
    }
}
