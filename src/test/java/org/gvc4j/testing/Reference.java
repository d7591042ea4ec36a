package org.gvc4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Access to {@code ../shared/reference} and the comparison rule of its README ("Tolerance (corrected)", default):
 * |got − exp| ≤ 1e-9 · max(|exp|, 1e-3 · M), M the largest |value| of the column in the file. Rows are matched by
 * their label columns, never by position.
 */
public final class Reference {
    public static final Set<String> KEY_COLUMNS = Set.of("exporter", "importer", "country", "sector");
    public static final double REL = 1e-9;

    private Reference() {
    }

    /** The shared reference folder, or a skipped test with a clear message. */
    public static Path root() {
        Path p = Path.of(System.getProperty("gvc4j.shared", "../shared")).resolve("reference");
        Assumptions.assumeTrue(Files.isDirectory(p),
                "../shared/reference absent: skipping reference checks (CI always has it)");
        return p;
    }

    public static Path table(String name) {
        Path p = root().resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(p), p + " absent: skipping");
        return p;
    }

    public static Path expected(String table, String file) {
        Path p = table(table).resolve("expected").resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(p), p + " absent: skipping");
        return p;
    }

    /** An expected file: header and rows of raw strings. */
    public record Csv(List<String> header, List<List<String>> rows) {
        public List<String> keys() {
            return header.stream().filter(KEY_COLUMNS::contains).toList();
        }

        public String cell(int row, String column) {
            return rows.get(row).get(header.indexOf(column));
        }
    }

    public static Csv read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> header = split(lines.get(0));
            List<List<String>> rows = new ArrayList<>();
            for (String l : lines.subList(1, lines.size())) {
                if (!l.isBlank()) {
                    rows.add(split(l));
                }
            }
            return new Csv(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        for (String f : line.split(",", -1)) {
            out.add(f.startsWith("\"") && f.endsWith("\"") && f.length() >= 2 ? f.substring(1, f.length() - 1) : f);
        }
        return out;
    }

    /** The (exporter, importer) pairs listed in an expected file, in its order. */
    public static List<String[]> pairs(Csv csv) {
        List<String[]> out = new ArrayList<>();
        for (int r = 0; r < csv.rows().size(); r++) {
            out.add(new String[] {csv.cell(r, "exporter"), csv.cell(r, "importer")});
        }
        return out;
    }

    /**
     * Asserts that every row and every column of the expected file is reproduced by {@code actual} (peer names),
     * under the README's default rule; rows are matched by the file's key columns (exporter, importer, country,
     * sector). Returns the largest relative error seen, for reporting.
     */
    public static double assertMatches(Path expectedFile, Table actual) {
        Csv exp = read(expectedFile);
        List<String> keys = exp.keys();
        assertTrue(!keys.isEmpty(), "no key columns in " + expectedFile);
        return assertMatches(expectedFile, actual, keys, Set.of(), null);
    }

    /**
     * The general comparison: the README's default rule, except for the columns in {@code perRowAbsolute}, compared
     * with |got − exp| ≤ 1e-9 · |gross exports of the same row| (column {@code gexp}), as the README prescribes for a
     * few inexact reference columns.
     *
     * @param keys the file's key headers, matched against the same-named columns of {@code actual}
     */
    public static double assertMatches(Path file, Table actual, List<String> keys, Set<String> perRowAbsolute,
                                       String gexp) {
        Csv exp = read(file);
        String name = file.getParent().getParent().getFileName() + "/" + file.getFileName();
        for (String h : exp.header()) {
            assertTrue(actual.columnNames().contains(h), name + ": result lacks column " + h + " (has "
                    + actual.columnNames() + ")");
        }
        assertEquals(exp.rows().size(), actual.rowCount(), name + ": row count");
        Map<String, Integer> actualRow = new HashMap<>();
        for (int r = 0; r < actual.rowCount(); r++) {
            actualRow.put(key(actual, keys, r), r);
        }
        Map<String, Double> colMax = new LinkedHashMap<>();
        for (String h : exp.header()) {
            if (keys.contains(h)) {
                continue;
            }
            double m = 0;
            for (int r = 0; r < exp.rows().size(); r++) {
                String s = exp.cell(r, h);
                if (!missing(s)) {
                    m = Math.max(m, Math.abs(Double.parseDouble(s)));
                }
            }
            colMax.put(h, m);
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
                String s = exp.cell(r, c.getKey());
                double got = ((tech.tablesaw.api.NumericColumn<?>) actual.column(c.getKey())).getDouble(ar);
                if (missing(s)) {
                    assertTrue(Double.isNaN(got), name + " " + k + c.getKey() + ": expected " + s + ", got " + got);
                    continue;
                }
                double want = Double.parseDouble(s);
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

    /** A cell the file marks as undefined: R's {@code NA}, or numpy's {@code NaN} (the {@code numpy_*} files). */
    static boolean missing(String cell) {
        return cell.equals("NA") || cell.equals("NaN");
    }

    private static String key(Table t, List<String> keys, int row) {
        StringBuilder k = new StringBuilder();
        for (String key : keys) {
            k.append(t.stringColumn(key).get(row)).append('|');
        }
        return k.toString();
    }
}
