package org.gvc4j.result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gvc4j.error.GvcException;
import org.gvc4j.method.Frame;
import org.gvc4j.source.OutputFiles;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The result of a decomposition: a Tablesaw {@link Table} (key columns first, then measures) with metadata: the
 * method chain, the paper, the input table and conventions, and notes (for example clamped values). Immutable: every
 * accessor returns a copy of the table.
 *
 * <p>Every measure is a finite number or missing. Missing means a ratio whose denominator is zero (the share of a
 * zero-output industry, of a country without exports); it is NaN in the table and in {@link #column} (Tablesaw's
 * missing double: {@code isMissing} is true), an empty cell in {@link #saveCsv}, {@code NA} when printed, and a note
 * names the columns and rows.
 */
public final class Result {
    private final Table table;
    private final String method;
    private final String paper;
    private final String source;
    private final List<String> notes;
    private final Map<String, String> gvcAnalyzerNames;

    /**
     * @param method            the chain that produced it, e.g. {@code bm2025.trade.pair}
     * @param paper             the citation
     * @param source            the input table and its conventions
     * @param gvcAnalyzerNames  gvc4j name → seed name for the columns that differ
     */
    public Result(Frame frame, String method, String paper, String source, Map<String, String> gvcAnalyzerNames) {
        this.method = method;
        this.paper = paper;
        this.source = source;
        this.notes = List.copyOf(frame.notes());
        this.gvcAnalyzerNames = Map.copyOf(gvcAnalyzerNames);
        this.table = toTable(frame, method);
    }

    private Result(Table table, Result from) {
        this.table = table;
        this.method = from.method;
        this.paper = from.paper;
        this.source = from.source;
        this.notes = from.notes;
        this.gvcAnalyzerNames = from.gvcAnalyzerNames;
    }

    /**
     * The same result with another naming scheme, e.g. {@code named(Naming.GVC_ANALYZER)} to print or save with the
     * seed's column names ({@code DAVAX_sr}, {@code GVC_PF_s}, ...).
     */
    public Result named(Naming naming) {
        return new Result(toTable(naming), this);
    }

    /** Only these columns, in this order (key columns are kept only if named). */
    public Result select(String... columns) {
        for (String c : columns) {
            requireColumn(c);
        }
        return new Result(table.selectColumns(columns), this);
    }

    /** Only the rows whose key (or text) column {@code column} equals one of {@code values}. */
    public Result where(String column, String... values) {
        requireColumn(column);
        if (!(table.column(column) instanceof StringColumn)) {
            throw new GvcException("where(\"" + column + "\", ...) needs a key column (exporter, importer, country, "
                    + "sector); " + column + " is a measure");
        }
        return new Result(table.where(table.stringColumn(column).isIn(values)), this);
    }

    /** Rows sorted by a column, ascending. */
    public Result sortBy(String column) {
        requireColumn(column);
        return new Result(table.sortAscendingOn(column), this);
    }

    /** Rows sorted by a column, largest first. */
    public Result sortDescendingBy(String column) {
        requireColumn(column);
        return new Result(table.sortDescendingOn(column), this);
    }

    /** The first {@code rows} rows. */
    public Result head(int rows) {
        return new Result(table.first(Math.max(0, rows)), this);
    }

    private static Table toTable(Frame frame, String name) {
        Table t = Table.create(name);
        int rows = frame.rowCount();
        for (int c = 0; c < frame.keyNames().size(); c++) {
            String[] vals = new String[rows];
            for (int r = 0; r < rows; r++) {
                vals[r] = frame.key(r, c);
            }
            t.addColumns(StringColumn.create(frame.keyNames().get(c), vals));
        }
        for (int c = 0; c < frame.valueNames().size(); c++) {
            double[] vals = new double[rows];
            for (int r = 0; r < rows; r++) {
                vals[r] = frame.value(r, c);
            }
            t.addColumns(DoubleColumn.create(frame.valueNames().get(c), vals));
        }
        return t;
    }

    /** A copy of the data frame, with gvc4j's column names. */
    public Table toTable() {
        return table.copy();
    }

    /** A copy of the data frame with the given naming scheme. */
    public Table toTable(Naming naming) {
        Table t = table.copy();
        if (naming == Naming.GVC_ANALYZER) {
            for (Column<?> c : t.columns()) {
                String alias = gvcAnalyzerNames.get(c.name());
                if (alias != null) {
                    c.setName(alias);
                }
            }
        }
        return t;
    }

    public String getMethod() {
        return method;
    }

    public String getPaper() {
        return paper;
    }

    /** The input table's name and the conventions used. */
    public String getSource() {
        return source;
    }

    /** Messages about values the method had to adjust or could not compute. Empty for most results. */
    public List<String> getNotes() {
        return notes;
    }

    public int getRowCount() {
        return table.rowCount();
    }

    public List<String> getColumnNames() {
        return Collections.unmodifiableList(new ArrayList<>(table.columnNames()));
    }

    /** A measure column as a new array, in row order; a missing value is NaN (see {@link #getNotes()} for why). */
    public double[] column(String name) {
        requireColumn(name);
        if (!(table.column(name) instanceof DoubleColumn)) {
            throw new GvcException("column \"" + name + "\" of " + method + " is a key column, not a measure");
        }
        return table.doubleColumn(name).asDoubleArray();
    }

    /** A key column (exporter, importer, country, sector) as a list, in row order. */
    public List<String> keys(String name) {
        requireColumn(name);
        return table.stringColumn(name).asList();
    }

    /**
     * The value of a measure in the row whose key columns equal {@code keys} (in key-column order), e.g.
     * {@code value("DAVAX", "China", "India")}.
     */
    public double value(String column, String... keys) {
        double[] col = column(column);
        List<String> keyNames = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            if (c instanceof StringColumn) {
                keyNames.add(c.name());
            }
        }
        if (keys.length != keyNames.size()) {
            throw new GvcException(method + " rows are identified by " + keyNames + "; got " + keys.length + " key(s)");
        }
        for (int r = 0; r < table.rowCount(); r++) {
            boolean match = true;
            for (int k = 0; k < keys.length && match; k++) {
                match = table.stringColumn(keyNames.get(k)).get(r).equals(keys[k]);
            }
            if (match) {
                return col[r];
            }
        }
        throw new GvcException("no row " + String.join("/", keys) + " in " + method);
    }

    private void requireColumn(String name) {
        if (!table.columnNames().contains(name)) {
            throw new GvcException("no column \"" + name + "\" in " + method + "; columns: "
                    + String.join(", ", table.columnNames()));
        }
    }

    /**
     * Writes the table as CSV (17 significant digits, gvc4j names; a missing value is an empty cell), creating parent
     * folders. All or nothing ({@link OutputFiles}): the file appears only once complete.
     */
    public void saveCsv(Path file) {
        saveCsv(file, Naming.GVC4J);
    }

    /** Writes the table as CSV with the given naming scheme; the file appears only once complete (empty = missing). */
    public void saveCsv(Path file, Naming naming) {
        Table t = toTable(naming);
        StringBuilder sb = new StringBuilder();
        List<String> names = t.columnNames();
        for (int c = 0; c < names.size(); c++) {
            sb.append(c == 0 ? "" : ",").append(csvField(names.get(c)));
        }
        sb.append('\n');
        for (int r = 0; r < t.rowCount(); r++) {
            for (int c = 0; c < names.size(); c++) {
                Column<?> col = t.column(c);
                sb.append(c == 0 ? "" : ",");
                if (col instanceof DoubleColumn) {
                    sb.append(formatNumber(((DoubleColumn) col).getDouble(r)));
                } else {
                    sb.append(csvField(col.getString(r)));
                }
            }
            sb.append('\n');
        }
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getFile() + " is a file, not a folder", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": cannot create the folder " + parent, e);
        }
        OutputFiles.writeString(file, sb.toString());
    }

    private static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** 17 significant digits, trailing zeros dropped (round-trips every double); a missing value as an empty cell. */
    static String formatNumber(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            throw new IllegalStateException("bug: an infinite value in a result (Frame refuses them)");
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.17g", v);
        if (s.contains("e") || s.contains("E")) {
            int e = s.indexOf('e');
            String mant = stripZeros(s.substring(0, e));
            return mant + s.substring(e);
        }
        return stripZeros(s);
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * The table as aligned text with the given naming scheme, then the notes. Each measure column is printed with one number of decimals, chosen so
     * that its largest value shows seven significant digits (as R prints a data frame); very large or very small
     * columns use scientific notation.
     */
    public String format(Naming naming) {
        Table t = toTable(naming);
        List<String> names = t.columnNames();
        String[][] cells = new String[t.rowCount() + 1][names.size()];
        int[] width = new int[names.size()];
        boolean[] numeric = new boolean[names.size()];
        for (int c = 0; c < names.size(); c++) {
            cells[0][c] = names.get(c);
            Column<?> col = t.column(c);
            numeric[c] = col instanceof DoubleColumn;
            String fmt = numeric[c] ? columnFormat(((DoubleColumn) col).asDoubleArray()) : null;
            for (int r = 0; r < t.rowCount(); r++) {
                if (numeric[c]) {
                    double v = ((DoubleColumn) col).getDouble(r);
                    cells[r + 1][c] = Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, fmt, v);
                } else {
                    cells[r + 1][c] = col.getString(r);
                }
            }
            for (String[] row : cells) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : cells) {
            for (int c = 0; c < row.length; c++) {
                String pad = " ".repeat(width[c] - row[c].length());
                sb.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + row[c] : row[c] + pad);
            }
            sb.append('\n');
        }
        for (String n : notes) {
            sb.append("note: ").append(n).append('\n');
        }
        return sb.toString();
    }

    private static String columnFormat(double[] values) {
        double max = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        if (max == 0) {
            return "%.0f";
        }
        if (max >= 1e12 || max < 1e-3) {
            return "%.6e";
        }
        int digits = (int) Math.floor(Math.log10(max)) + 1;
        return "%." + Math.max(0, Math.min(7, 7 - digits)) + "f";
    }

    @Override
    public String toString() {
        return "# " + method + " (" + paper + "; " + source + ")\n" + format(Naming.GVC4J);
    }
}
