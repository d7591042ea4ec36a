package org.gvc4j.icio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gvc4j.testing.Reference;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Compares a result table (peer names) with an expected file of ../shared/reference under its README's rules: the
 * default tolerance |got − exp| ≤ 1e-9 · max(|exp|, 1e-3 · M), M the column's largest |value|; and for the columns the
 * README names, the absolute per-row rule |got − exp| ≤ 1e-9 · |GEXP of the row|. Rows are matched by their key
 * columns (the columns whose values are not numbers). Returns the largest error relative to the tolerance's scale.
 */
final class IcioExpected {
    static final double REL = Reference.REL;

    private IcioExpected() {
    }

    /**
     * @param keys           the key headers of the file
     * @param perRowAbsolute columns compared with 1e-9 · |GEXP| of the same row
     * @param gexp           the header of gross exports in the file (for the per-row rule)
     */
    static double assertMatches(Path file, Table actual, List<String> keys, Set<String> perRowAbsolute, String gexp) {
        Reference.Csv exp = Reference.read(file);
        String name = file.getParent().getParent().getFileName() + "/" + file.getFileName();
        for (String h : exp.header()) {
            if (!actual.columnNames().contains(h)) {
                fail(name + ": result lacks column " + h + " (has " + actual.columnNames() + ")");
            }
        }
        assertEquals(exp.rows().size(), actual.rowCount(), name + ": row count");
        Map<String, Integer> actualRow = new HashMap<>();
        for (int r = 0; r < actual.rowCount(); r++) {
            StringBuilder k = new StringBuilder();
            for (String key : keys) {
                k.append(((StringColumn) actual.column(key)).get(r)).append('|');
            }
            actualRow.put(k.toString(), r);
        }
        Map<String, Double> colMax = new LinkedHashMap<>();
        for (String h : exp.header()) {
            if (!keys.contains(h)) {
                double mx = 0;
                for (int r = 0; r < exp.rows().size(); r++) {
                    mx = Math.max(mx, Math.abs(Double.parseDouble(exp.cell(r, h))));
                }
                colMax.put(h, mx);
            }
        }
        double worst = 0;
        for (int r = 0; r < exp.rows().size(); r++) {
            StringBuilder k = new StringBuilder();
            for (String key : keys) {
                k.append(exp.cell(r, key)).append('|');
            }
            Integer ar = actualRow.get(k.toString());
            if (ar == null) {
                fail(name + ": no result row for " + k);
            }
            for (Map.Entry<String, Double> c : colMax.entrySet()) {
                double want = Double.parseDouble(exp.cell(r, c.getKey()));
                double got = ((DoubleColumn) actual.column(c.getKey())).getDouble(ar);
                double scale = perRowAbsolute.contains(c.getKey())
                        ? Math.abs(Double.parseDouble(exp.cell(r, gexp)))
                        : Math.max(Math.abs(want), 1e-3 * c.getValue());
                double err = Math.abs(got - want);
                if (!(err <= REL * scale)) {
                    fail(String.format("%s row %s column %s: expected %.17g, got %.17g (error %.3g of scale %.3g)",
                            name, k, c.getKey(), want, got, err / scale, scale));
                }
                if (scale > 0) {
                    worst = Math.max(worst, err / scale);
                }
            }
        }
        System.out.printf("reference %s: %d rows x %d columns, max relative error %.2e%n", name, exp.rows().size(),
                colMax.size(), worst);
        return worst;
    }
}
