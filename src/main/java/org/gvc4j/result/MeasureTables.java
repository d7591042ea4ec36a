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
import java.util.Set;
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

    /** Rows {@link MeasureTable#show()} prints: a screenful. */
    static final int SCREENFUL = 20;

    /**
     * The formats results are saved in, chosen by the file's extension ({@code .markdown} and {@code .htm} are
     * accepted for Markdown and HTML).
     */
    public enum Format {
        CSV("csv"), TSV("tsv"), XLSX("xlsx"), MD("md", "markdown"), TEX("tex"), HTML("html", "htm"), TXT("txt");

        private final List<String> extensions;

        Format(String... extensions) {
            this.extensions = List.of(extensions);
        }

        /** The main extension, without the dot. */
        public String extension() {
            return extensions.get(0);
        }

        /**
         * The format {@code file}'s extension names, if it is one of {@code supported}; else a {@link GvcException}
         * that names the supported formats.
         */
        public static Format of(Path file, Set<Format> supported, String what) {
            Path name = file.getFileName();
            String n = name == null ? "" : name.toString();
            int dot = n.lastIndexOf('.');
            String ext = dot <= 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (supported.contains(f) && f.extensions.contains(ext)) {
                    return f;
                }
            }
            List<String> names = new ArrayList<>();
            for (Format f : values()) {
                if (supported.contains(f)) {
                    names.add("." + f.extension());
                }
            }
            String list = names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
            throw new GvcException("cannot save " + what + " as " + file + ": "
                    + (ext.isEmpty() ? "the name has no extension" : "\"." + ext + "\" is not a format gvc4j writes")
                    + "; the extension chooses the format: " + list);
        }
    }

    /** The formats {@link MeasureTable#save} writes. */
    public static final Set<Format> MEASURE_FORMATS = Collections.unmodifiableSet(java.util.EnumSet.of(Format.CSV,
            Format.TSV, Format.XLSX, Format.MD, Format.TEX, Format.HTML));

    /**
     * Where a saved result comes from: named fields in order (e.g. {@code result}, {@code chain}, {@code paper},
     * {@code source}, {@code naming}, {@code gvc4j}, {@code saved}) and the result's notes.
     */
    public record Provenance(Map<String, String> fields, List<String> notes) {
        public Provenance {
            fields = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
            notes = List.copyOf(notes);
        }

        /** One line per field ({@code name: value}) and per note ({@code note: ...}). */
        public List<String> lines() {
            return ResultFiles.lines(fields, notes);
        }

        /** As a JSON object: the fields as strings, then {@code notes} as an array. */
        public String toJson() {
            StringBuilder sb = new StringBuilder("{\n");
            for (Map.Entry<String, String> e : fields.entrySet()) {
                sb.append("  ").append(ResultFiles.json(e.getKey())).append(": ").append(ResultFiles.json(e.getValue()))
                        .append(",\n");
            }
            sb.append("  \"notes\": [");
            for (int i = 0; i < notes.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(ResultFiles.json(notes.get(i)));
            }
            return sb.append("]\n}\n").toString();
        }
    }

    /**
     * The start of every provenance: what kind of result it is, then the fields the caller adds, then the gvc4j
     * version and the time of saving are added by {@link #provenance(String, Map, List)}.
     */
    public static Provenance provenance(String result, Map<String, String> fields, List<String> notes) {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        all.put("result", result);
        all.putAll(fields);
        all.put("gvc4j", version());
        all.put("saved", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        return new Provenance(all, notes);
    }

    /** A measure table's provenance: its chain, paper, source (table and conventions) and naming, and its notes. */
    public static Provenance provenance(MeasureTable t) {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("chain", t.getChain());
        f.put("paper", t.getPaper());
        f.put("source", t.getSource());
        f.put("naming", t.getNaming().name().toLowerCase(Locale.ROOT));
        f.put("rows", Integer.toString(t.getRowCount()));
        return provenance("measure table", f, t.getNotes());
    }

    /**
     * The gvc4j version, as the jar's manifest records it; {@code unknown (not run from a gvc4j jar)} when the classes
     * come from a build folder.
     */
    public static String version() {
        String v = MeasureTable.class.getPackage().getImplementationVersion();
        return v == null ? "unknown (not run from a gvc4j jar)" : v;
    }

    /** Writes a text format with its provenance (see {@link MeasureTable#save}). */
    public static Path saveText(Path file, Format format, String text, Provenance p) {
        return ResultFiles.saveText(file, format, text, p);
    }

    /** Writes a workbook: one sheet per table (named after it), then a sheet {@code provenance}. */
    public static Path saveWorkbook(Path file, List<Table> sheets, Provenance p) {
        return ResultFiles.saveWorkbook(file, sheets, p);
    }

    /** {@link MeasureTable#saveAll}: one workbook, a sheet per table, a provenance block per sheet. */
    static Path saveAll(Path file, List<MeasureTable> tables) {
        Path name = file.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new GvcException("saveAll writes one workbook: give a .xlsx name, not " + file + " (save(file) writes "
                    + "one table as .csv, .tsv, .xlsx, .md, .tex or .html)");
        }
        if (tables.isEmpty()) {
            throw new GvcException("saveAll: give at least one table to save into " + file);
        }
        List<Table> sheets = new ArrayList<>();
        List<Provenance> provenances = new ArrayList<>();
        for (MeasureTable t : tables) {
            Table data = t.toTable();
            data.setName(sheetTitle(t.getChain()));
            sheets.add(data);
            provenances.add(provenance(t));
        }
        if (tables.size() == 1) {
            return saveWorkbook(file, sheets, provenances.get(0));
        }
        return ResultFiles.saveWorkbook(file, sheets, provenances);
    }

    /** {@link MeasureTable#save}: the format from the extension, with provenance, all or nothing. */
    static Path save(MeasureTable t, Path file) {
        Format f = Format.of(file, MEASURE_FORMATS, "a measure table");
        Table data = t.toTable();
        data.setName(sheetTitle(t.getChain()));
        return write(data, t.getChain(), f, file, provenance(t));
    }

    /**
     * Saves a Tablesaw table (e.g. one a recipe built) in the format the extension names, with the writers and formats
     * of {@link MeasureTable#save} ({@code .csv}, {@code .tsv}, {@code .xlsx}, {@code .md}, {@code .tex}, {@code .html};
     * any other extension is refused naming these); the provenance names the table, its rows and columns. All or
     * nothing. Returns {@code file}.
     */
    public static Path saveTable(Table t, Path file) {
        Format f = Format.of(file, MEASURE_FORMATS, "a table");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("table", t.name() == null ? "" : t.name());
        fields.put("rows", Integer.toString(t.rowCount()));
        fields.put("columns", Integer.toString(t.columnCount()));
        Table data = t;
        if (f == Format.XLSX) {
            data = t.copy();
            data.setName(t.name() == null || t.name().isBlank() ? "table" : t.name());
        }
        return write(data, t.name() == null ? "" : t.name(), f, file, provenance("table", fields, List.of()));
    }

    private static Path write(Table data, String caption, Format f, Path file, Provenance p) {
        if (f == Format.XLSX) {
            return saveWorkbook(file, List.of(data), p);
        }
        String text = switch (f) {
            case CSV -> delimited(data, ',');
            case TSV -> delimited(data, '\t');
            case MD -> markdown(data);
            case TEX -> latex(data);
            case HTML -> html(data, caption);
            default -> throw new IllegalStateException("bug: " + f);
        };
        return saveText(file, f, text, p);
    }

    /** A sheet name from a chain: {@code bm2025().trade().exporter("CHN")} → {@code bm2025.trade.exporter CHN}. */
    static String sheetTitle(String chain) {
        String s = chain.replace("()", "").replace("(\"", " ").replace("\")", "").replace("\", \"", ",")
                .replaceAll("[()\"]", " ").replaceAll("\\s+", " ").replace(". ", ".").strip();
        return s.isEmpty() ? "result" : s;
    }

    /** CSV or TSV: a header row, 17 significant digits, a missing value as an empty cell. */
    /**
     * Writes a result to a CSV file as its rows are made, without a data frame of the whole result: {@code producer}
     * makes a streamed {@link Frame} over the {@link Frame.Rows} it is given (e.g. {@code rows -> icio.compute(c,
     * rows)}), and each row is formatted and written as it arrives. The file is byte for byte the one {@link
     * MeasureTable#saveCsv} writes for the table of the same frame shown with {@code shownNames} (gvc4j name to the
     * naming's name; names not in it are kept): the same header, 17 significant digits, a missing value as an empty
     * cell. Parent folders are created; all or nothing (a failing producer leaves no file). Returns {@code file}.
     */
    public static Path saveCsvStreamed(Path file, Map<String, String> shownNames,
                                       java.util.function.Function<Frame.Rows, Frame> producer) {
        refuseOtherFormat(file);
        OutputFiles.createParentFolders(file);
        return OutputFiles.write(file, out -> {
            java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            CsvRows rows = new CsvRows(w, shownNames, file);
            producer.apply(rows);
            if (!rows.started) {
                throw new IllegalStateException("bug: the producer of " + file + " made no frame over its rows");
            }
            w.flush();
        });
    }

    /** The rows of a streamed frame written as {@link #delimited} writes a table's, one line at a time. */
    private static final class CsvRows implements Frame.Rows {
        private final java.io.Writer w;
        private final Map<String, String> shown;
        private final Path file;
        private final StringBuilder line = new StringBuilder(256);
        private boolean started;

        CsvRows(java.io.Writer w, Map<String, String> shown, Path file) {
            this.w = w;
            this.shown = shown;
            this.file = file;
        }

        @Override
        public void columns(List<String> keyNames, List<String> valueNames) {
            if (started) {
                throw new IllegalStateException("bug: two frames streamed into " + file);
            }
            started = true;
            line.setLength(0);
            int c = 0;
            for (List<String> names : List.of(keyNames, valueNames)) {
                for (String name : names) {
                    line.append(c++ == 0 ? "" : ",").append(field(shown.getOrDefault(name, name), ','));
                }
            }
            flushLine();
        }

        @Override
        public void row(String[] rowKeys, double[] rowValues) {
            line.setLength(0);
            for (int c = 0; c < rowKeys.length; c++) {
                line.append(c == 0 ? "" : ",").append(field(rowKeys[c], ','));
            }
            for (int c = 0; c < rowValues.length; c++) {
                line.append(rowKeys.length + c == 0 ? "" : ",").append(formatNumber(rowValues[c]));
            }
            flushLine();
        }

        private void flushLine() {
            line.append('\n');
            try {
                w.append(line);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    static String delimited(Table t, char sep) {
        StringBuilder sb = new StringBuilder();
        List<String> names = t.columnNames();
        for (int c = 0; c < names.size(); c++) {
            sb.append(c == 0 ? "" : String.valueOf(sep)).append(field(names.get(c), sep));
        }
        sb.append('\n');
        for (int r = 0; r < t.rowCount(); r++) {
            for (int c = 0; c < names.size(); c++) {
                Column<?> col = t.column(c);
                sb.append(c == 0 ? "" : String.valueOf(sep));
                if (col instanceof DoubleColumn) {
                    sb.append(formatNumber(((DoubleColumn) col).getDouble(r)));
                } else {
                    sb.append(field(col.getString(r), sep));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String field(String s, char sep) {
        if (s.indexOf(sep) >= 0 || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** Cells as printed: each measure column with the decimals {@link MeasureTable#format()} uses, NA if missing. */
    private static String[][] displayCells(Table t) {
        String[][] cells = new String[t.rowCount()][t.columnCount()];
        for (int c = 0; c < t.columnCount(); c++) {
            Column<?> col = t.column(c);
            if (col instanceof DoubleColumn d) {
                String fmt = columnFormat(d.asDoubleArray());
                for (int r = 0; r < t.rowCount(); r++) {
                    double v = d.getDouble(r);
                    cells[r][c] = Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, fmt, v);
                }
            } else {
                for (int r = 0; r < t.rowCount(); r++) {
                    cells[r][c] = col.getString(r);
                }
            }
        }
        return cells;
    }

    /** A GitHub-flavoured Markdown table, measures right-aligned. */
    static String markdown(Table t) {
        StringBuilder sb = new StringBuilder("|");
        for (String n : t.columnNames()) {
            sb.append(' ').append(mdEscape(n)).append(" |");
        }
        sb.append("\n|");
        for (Column<?> c : t.columns()) {
            sb.append(c instanceof DoubleColumn ? "---:|" : "---|");
        }
        sb.append('\n');
        for (String[] row : displayCells(t)) {
            sb.append('|');
            for (String cell : row) {
                sb.append(' ').append(mdEscape(cell)).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String mdEscape(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*");
    }

    /** A LaTeX {@code tabular} with booktabs rules, measures right-aligned. */
    static String latex(Table t) {
        StringBuilder sb = new StringBuilder("\\begin{tabular}{");
        for (Column<?> c : t.columns()) {
            sb.append(c instanceof DoubleColumn ? 'r' : 'l');
        }
        sb.append("}\n\\toprule\n");
        List<String> names = t.columnNames();
        for (int c = 0; c < names.size(); c++) {
            sb.append(c == 0 ? "" : " & ").append(texEscape(names.get(c)));
        }
        sb.append(" \\\\\n\\midrule\n");
        for (String[] row : displayCells(t)) {
            for (int c = 0; c < row.length; c++) {
                sb.append(c == 0 ? "" : " & ").append(texEscape(row[c]));
            }
            sb.append(" \\\\\n");
        }
        return sb.append("\\bottomrule\n\\end{tabular}\n").toString();
    }

    private static String texEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '_', '%', '&', '#', '$', '{', '}' -> sb.append('\\').append(ch);
                case '^' -> sb.append("\\textasciicircum{}");
                case '~' -> sb.append("\\textasciitilde{}");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** A standalone HTML {@code <table>} with the chain as caption, measures right-aligned. */
    static String html(Table t, String caption) {
        StringBuilder sb = new StringBuilder("<table class=\"gvc4j-measures\">\n<caption>").append(htmlEscape(caption))
                .append("</caption>\n<thead>\n<tr>");
        for (String n : t.columnNames()) {
            sb.append("<th>").append(htmlEscape(n)).append("</th>");
        }
        sb.append("</tr>\n</thead>\n<tbody>\n");
        boolean[] numeric = new boolean[t.columnCount()];
        for (int c = 0; c < numeric.length; c++) {
            numeric[c] = t.column(c) instanceof DoubleColumn;
        }
        for (String[] row : displayCells(t)) {
            sb.append("<tr>");
            for (int c = 0; c < row.length; c++) {
                sb.append(numeric[c] ? "<td style=\"text-align:right\">" : "<td>").append(htmlEscape(row[c]))
                        .append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }

    private static String htmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
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
        for (int c = 0; c < frame.keyNames().size(); c++) {
            t.addColumns(StringColumn.create(frame.keyNames().get(c), frame.keyColumn(c)));
        }
        for (int c = 0; c < frame.valueNames().size(); c++) {
            t.addColumns(DoubleColumn.create(frame.valueNames().get(c), frame.valueColumn(c)));
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
            refuseOtherFormat(file);
            String text = delimited(toTable(), ',');
            OutputFiles.createParentFolders(file);
            OutputFiles.writeString(file, text);
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

    /**
     * {@code saveCsv} writes CSV whatever the name; a name whose extension is another format {@code save} writes
     * ({@code .xlsx}, {@code .tsv}, {@code .md}, {@code .tex}, {@code .html}) is refused rather than filled with CSV text.
     */
    static void refuseOtherFormat(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (Format f : MEASURE_FORMATS) {
            for (String ext : f.extensions) {
                if (f != Format.CSV && n.endsWith("." + ext)) {
                    throw new GvcException("cannot write CSV into " + file + ": ." + ext + " is another format; "
                            + "MeasureTable.save(file) writes the format the extension names (or give a .csv name)");
                }
            }
        }
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
