package org.gvc4j.result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gvc4j.error.GvcException;
import org.gvc4j.method.Frame;
import org.gvc4j.model.Labels;
import org.gvc4j.source.OutputFiles;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * Makes {@link MeasureTable}s from a method's {@link Frame}: used by the fluent steps, not part of the public
 * surface.
 */
public final class MeasureTables {
    private MeasureTables() {
    }

    /**
     * @param chain   the chain that produced it, e.g. {@code bm2025().trade().exporter("CHN")}
     * @param paper   the citation
     * @param source  the input table and its conventions
     * @param naming  the names it shows
     * @param aliases per peer naming, gvc4j name → the peer's name for the columns that differ
     */
    public static MeasureTable of(Frame frame, String chain, String paper, String source, Naming naming,
                                  Map<Naming, Map<String, String>> aliases) {
        EnumMap<Naming, Map<String, String>> copy = new EnumMap<>(Naming.class);
        for (Map.Entry<Naming, Map<String, String>> e : aliases.entrySet()) {
            copy.put(e.getKey(), Map.copyOf(e.getValue()));
        }
        return new Computed(toTable(frame, chain), chain, paper, source, List.copyOf(frame.notes()), naming, copy);
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

    /** The computed table: data under gvc4j's names, shown under {@code naming}. */
    private static final class Computed implements MeasureTable {
        private final Table table;
        private final String chain;
        private final String paper;
        private final String source;
        private final List<String> notes;
        private final Naming naming;
        private final EnumMap<Naming, Map<String, String>> aliases;
        /** gvc4j name → shown name, and back, for the columns that differ under {@link #naming}. */
        private final Map<String, String> shown;
        private final Map<String, String> own = new HashMap<>();

        Computed(Table table, String chain, String paper, String source, List<String> notes, Naming naming,
                 EnumMap<Naming, Map<String, String>> aliases) {
            this.table = table;
            this.chain = chain;
            this.paper = paper;
            this.source = source;
            this.notes = notes;
            this.naming = naming;
            this.aliases = aliases;
            this.shown = aliases.getOrDefault(naming, Map.of());
            for (Map.Entry<String, String> e : shown.entrySet()) {
                own.put(e.getValue(), e.getKey());
            }
        }

        private Computed with(Table t) {
            return new Computed(t, chain, paper, source, notes, naming, aliases);
        }

        private String shown(String gvc4jName) {
            return shown.getOrDefault(gvc4jName, gvc4jName);
        }

        /** The gvc4j name of a column the user names under this table's naming; unknown names are errors. */
        private String column(String name, String verb) {
            String g = own.getOrDefault(name, name);
            if (!table.columnNames().contains(g) || (shown.containsKey(g) && !shown.get(g).equals(name))) {
                throw new GvcException(verb + ": no column \"" + name + "\" in " + chain + "; its columns are "
                        + String.join(", ", getColumnNames()));
            }
            return g;
        }

        private String key(String name, String verb) {
            String g = column(name, verb);
            if (!(table.column(g) instanceof StringColumn)) {
                throw new GvcException(verb + ": \"" + name + "\" is a measure; the key columns of " + chain + " are "
                        + String.join(", ", getKeyNames()));
            }
            return g;
        }

        private String measure(String name, String verb) {
            String g = column(name, verb);
            if (!(table.column(g) instanceof DoubleColumn)) {
                throw new GvcException(verb + ": \"" + name + "\" is a key column; the measures of " + chain + " are "
                        + String.join(", ", measureNames()));
            }
            return g;
        }

        private List<String> measureNames() {
            List<String> out = new ArrayList<>();
            for (Column<?> c : table.columns()) {
                if (c instanceof DoubleColumn) {
                    out.add(shown(c.name()));
                }
            }
            return out;
        }

        @Override
        public String getChain() {
            return chain;
        }

        @Override
        public String getPaper() {
            return paper;
        }

        @Override
        public String getSource() {
            return source;
        }

        @Override
        public List<String> getNotes() {
            return notes;
        }

        @Override
        public Naming getNaming() {
            return naming;
        }

        @Override
        public int getRowCount() {
            return table.rowCount();
        }

        @Override
        public List<String> getColumnNames() {
            List<String> out = new ArrayList<>();
            for (String c : table.columnNames()) {
                out.add(shown(c));
            }
            return Collections.unmodifiableList(out);
        }

        @Override
        public List<String> getKeyNames() {
            List<String> out = new ArrayList<>();
            for (Column<?> c : table.columns()) {
                if (c instanceof StringColumn) {
                    out.add(shown(c.name()));
                }
            }
            return Collections.unmodifiableList(out);
        }

        @Override
        public double[] column(String name) {
            return table.doubleColumn(measure(name, "column")).asDoubleArray();
        }

        @Override
        public List<String> keys(String name) {
            return List.copyOf(table.stringColumn(key(name, "keys")).asList());
        }

        @Override
        public double value(String column, String... keys) {
            String m = measure(column, "value");
            List<String> keyNames = getKeyNames();
            if (keys.length != keyNames.size()) {
                throw new GvcException("value: rows of " + chain + " are identified by " + keyNames.size() + " key"
                        + (keyNames.size() == 1 ? "" : "s") + " (" + String.join(", ", keyNames) + "); got "
                        + keys.length + ": give them in that order");
            }
            String[] want = new String[keys.length];
            for (int k = 0; k < keys.length; k++) {
                String col = own.getOrDefault(keyNames.get(k), keyNames.get(k));
                List<String> values = distinct(table.stringColumn(col));
                want[k] = values.get(Labels.find(values, keys[k], keyNames.get(k), keyNames.get(k)
                        + " values in this result"));
            }
            for (int r = 0; r < table.rowCount(); r++) {
                boolean match = true;
                for (int k = 0; k < keys.length && match; k++) {
                    match = table.stringColumn(own.getOrDefault(keyNames.get(k), keyNames.get(k))).get(r).equals(want[k]);
                }
                if (match) {
                    return table.doubleColumn(m).getDouble(r);
                }
            }
            throw new GvcException("value: no row " + String.join("/", want) + " in " + chain
                    + " (each key exists, but not together)");
        }

        private static List<String> distinct(StringColumn c) {
            return List.copyOf(new LinkedHashSet<>(c.asList()));
        }

        @Override
        public MeasureTable named(Naming other) {
            return new Computed(table, chain, paper, source, notes, other, aliases);
        }

        @Override
        public MeasureTable select(String... columns) {
            String[] g = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                g[i] = column(columns[i], "select");
            }
            return with(table.selectColumns(g));
        }

        @Override
        public MeasureTable where(String column, String... values) {
            String g = key(column, "where");
            if (values.length == 0) {
                throw new GvcException("where(\"" + column + "\"): give at least one value");
            }
            StringColumn col = table.stringColumn(g);
            List<String> present = distinct(col);
            List<String> wanted = new ArrayList<>();
            for (String v : values) {
                wanted.add(present.get(Labels.find(present, v, column, column + " values in this result")));
            }
            Selection keep = col.isIn(wanted);
            return with(table.where(keep));
        }

        @Override
        public MeasureTable sortBy(String column) {
            return with(table.sortAscendingOn(column(column, "sortBy")));
        }

        @Override
        public MeasureTable sortDescendingBy(String column) {
            return with(table.sortDescendingOn(column(column, "sortDescendingBy")));
        }

        @Override
        public MeasureTable head(int rows) {
            return with(table.first(Math.max(0, rows)));
        }

        @Override
        public Table toTable() {
            Table t = table.copy();
            for (Column<?> c : t.columns()) {
                c.setName(shown(c.name()));
            }
            return t;
        }

        @Override
        public void saveCsv(Path file) {
            Table t = toTable();
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

        @Override
        public String format() {
            return format(Integer.MAX_VALUE);
        }

        @Override
        public String format(int maxRows) {
            Table t = toTable();
            int rows = Math.min(t.rowCount(), Math.max(0, maxRows));
            List<String> names = t.columnNames();
            String[][] cells = new String[rows + 1][names.size()];
            int[] width = new int[names.size()];
            boolean[] numeric = new boolean[names.size()];
            for (int c = 0; c < names.size(); c++) {
                cells[0][c] = names.get(c);
                Column<?> col = t.column(c);
                numeric[c] = col instanceof DoubleColumn;
                String fmt = numeric[c] ? columnFormat(((DoubleColumn) col).asDoubleArray()) : null;
                for (int r = 0; r < rows; r++) {
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
            int more = t.rowCount() - rows;
            if (more > 0) {
                sb.append("… ").append(more).append(" more row").append(more == 1 ? "" : "s").append('\n');
            }
            for (String n : notes) {
                sb.append("note: ").append(n).append('\n');
            }
            return sb.toString();
        }

        @Override
        public String getTitle() {
            return "# " + chain + " (" + paper + "; " + source
                    + (naming == Naming.GVC4J ? "" : "; names: " + naming.name().toLowerCase(Locale.ROOT)) + ")";
        }

        @Override
        public String toString() {
            return getTitle() + "\n" + format();
        }
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
}
