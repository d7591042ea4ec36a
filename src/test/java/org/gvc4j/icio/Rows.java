package org.gvc4j.icio;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.result.MeasureTable;

/** Row lookup of a result by its key values ("CHN|Manufacturing|USA"), and column access by name. */
final class Rows {
    private final MeasureTable result;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, double[]> columns = new HashMap<>();

    Rows(MeasureTable result, List<String> keyColumns) {
        this.result = result;
        int n = result.getRowCount();
        List<List<String>> keys = keyColumns.stream().map(result::keys).toList();
        for (int r = 0; r < n; r++) {
            StringBuilder k = new StringBuilder();
            for (List<String> col : keys) {
                k.append(k.length() == 0 ? "" : "|").append(col.get(r));
            }
            index.put(k.toString(), r);
        }
    }

    int size() {
        return result.getRowCount();
    }

    boolean has(String... keys) {
        return index.containsKey(String.join("|", keys));
    }

    /** The value of column {@code col} in the row with these keys. */
    double get(String col, String... keys) {
        Integer r = index.get(String.join("|", keys));
        if (r == null) {
            throw new AssertionError("no row " + String.join("|", keys) + " in " + result.getChain());
        }
        return column(col)[r];
    }

    double[] column(String col) {
        return columns.computeIfAbsent(col, result::column);
    }

    double max(String col) {
        double m = 0;
        for (double d : column(col)) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }
}
