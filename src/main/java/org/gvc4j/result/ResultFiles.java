package org.gvc4j.result;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gvc4j.error.GvcException;
import org.gvc4j.result.MeasureTables.Format;
import org.gvc4j.result.MeasureTables.Provenance;
import org.gvc4j.source.OutputFiles;
import org.jspecify.annotations.Nullable;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes saved results with their provenance, all or nothing, through {@link OutputFiles} (so files get the
 * permissions the umask gives and a symbolic link at the target is replaced, not followed):
 * <ul>
 * <li>{@code .xlsx}: one file; the provenance is its last sheet;</li>
 * <li>{@code .md}, {@code .html}: one file; the provenance is an HTML comment at the top (invisible when rendered);</li>
 * <li>{@code .tex}: one file; the provenance is a block of {@code %} comment lines at the top;</li>
 * <li>{@code .csv}, {@code .tsv}, {@code .txt}: the data file stays plain for every reader; the provenance is a
 * sidecar {@code <file>.provenance.json}. The sidecar is written first and the data file second; if the second write
 * fails the sidecar is put back as it was, so a failed save leaves neither a new data file nor a new sidecar.</li>
 * </ul>
 */
final class ResultFiles {
    /** Excel's limits: rows and columns of a worksheet, characters in a cell. */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_CELL = 32_767;

    /** The sidecar's suffix, appended to the data file's whole name. */
    static final String SIDECAR = ".provenance.json";
    /** A previous sidecar larger than this is not someone's provenance file: it is replaced, not restored. */
    private static final long MAX_RESTORE = 1 << 20;

    private ResultFiles() {
    }

    static Path sidecarOf(Path file) {
        return file.resolveSibling(file.getFileName().toString() + SIDECAR);
    }

    /** Writes a text format with its provenance (a header comment or a sidecar, by format). */
    static Path saveText(Path file, Format format, String text, Provenance p) {
        OutputFiles.createParentFolders(file);
        switch (format) {
            case MD, HTML -> {
                return OutputFiles.writeString(file, htmlComment(p) + text);
            }
            case TEX -> {
                return OutputFiles.writeString(file, texComment(p) + text);
            }
            case CSV, TSV, TXT -> {
                return writeWithSidecar(file, text.getBytes(StandardCharsets.UTF_8),
                        p.toJson().getBytes(StandardCharsets.UTF_8));
            }
            default -> throw new IllegalArgumentException("bug: " + format + " is not a text format");
        }
    }

    /**
     * Writes a workbook: one sheet per table (named after the table, cut to Excel's 31 characters), text columns as
     * text, number columns as numbers (a missing value is an empty cell), then a sheet {@code provenance} with columns
     * {@code field, value}.
     */
    static Path saveWorkbook(Path file, List<Table> sheets, Provenance p) {
        return saveWorkbook(file, sheets, List.of(p));
    }

    /**
     * The same with one provenance per sheet ({@code provenances} as long as {@code sheets}): in the sheet
     * {@code provenance} each block starts with a row {@code sheet, <name>}, blocks separated by an empty row. With a
     * single provenance it covers the whole workbook and has no {@code sheet} row.
     */
    static Path saveWorkbook(Path file, List<Table> sheets, List<Provenance> provenances) {
        if (provenances.size() != 1 && provenances.size() != sheets.size()) {
            throw new IllegalArgumentException("bug: " + provenances.size() + " provenances for " + sheets.size() + " sheets");
        }
        for (Table t : sheets) {
            if (t.rowCount() + 1 > MAX_ROWS || t.columnCount() > MAX_COLUMNS) {
                throw new GvcException("cannot save " + file + ": " + t.name() + " has " + t.rowCount() + " rows and "
                        + t.columnCount() + " columns, more than a worksheet holds (" + (MAX_ROWS - 1) + " rows under "
                        + "the header, " + MAX_COLUMNS + " columns); save it as .csv or .tsv");
            }
        }
        OutputFiles.createParentFolders(file);
        return OutputFiles.write(file, out -> {
            Workbook wb = new Workbook(new KeepOpen(out), "gvc4j", null);
            Set<String> used = new HashSet<>();
            used.add("provenance");
            List<String> names = new ArrayList<>();
            for (Table t : sheets) {
                String name = sheetName(t.name(), used);
                names.add(name);
                Worksheet ws = wb.newWorksheet(name);
                writeSheet(ws, t);
                ws.finish();
            }
            Worksheet ws = wb.newWorksheet("provenance");
            int r = 0;
            ws.value(r, 0, "field");
            ws.value(r, 1, "value");
            ws.style(r, 0).bold().set();
            ws.style(r, 1).bold().set();
            boolean perSheet = provenances.size() > 1;
            for (int k = 0; k < provenances.size(); k++) {
                Provenance p = provenances.get(k);
                if (perSheet) {
                    r += k == 0 ? 1 : 2;
                    ws.value(r, 0, "sheet");
                    ws.value(r, 1, names.get(k));
                    ws.style(r, 0).bold().set();
                    ws.style(r, 1).bold().set();
                }
                for (Map.Entry<String, String> e : p.fields().entrySet()) {
                    r++;
                    ws.value(r, 0, e.getKey());
                    ws.value(r, 1, cell(e.getValue()));
                }
                for (String n : p.notes()) {
                    r++;
                    ws.value(r, 0, "note");
                    ws.value(r, 1, cell(n));
                }
            }
            ws.width(0, 12);
            ws.width(1, 100);
            ws.finish();
            wb.finish();
        });
    }

    private static void writeSheet(Worksheet ws, Table t) {
        for (int c = 0; c < t.columnCount(); c++) {
            ws.value(0, c, t.column(c).name());
            ws.style(0, c).bold().set();
        }
        for (int c = 0; c < t.columnCount(); c++) {
            Column<?> col = t.column(c);
            if (col instanceof NumberColumn<?, ?> num) {
                for (int r = 0; r < t.rowCount(); r++) {
                    if (num.isMissing(r)) {
                        continue;
                    }
                    double v = num.getDouble(r);
                    if (Double.isFinite(v)) {
                        ws.value(r + 1, c, v);
                    }
                }
            } else {
                for (int r = 0; r < t.rowCount(); r++) {
                    String s = col instanceof StringColumn sc ? sc.get(r) : col.getString(r);
                    if (s != null && !s.isEmpty()) {
                        ws.value(r + 1, c, cell(s));
                    }
                }
            }
        }
        if (t.rowCount() > 0) {
            ws.freezePane(0, 1);
        }
    }

    /** Text as a cell holds it: at most 32,767 characters (longer text ends in an ellipsis). */
    static String cell(String s) {
        return s.length() <= MAX_CELL ? s : s.substring(0, MAX_CELL - 1) + "…";
    }

    /** A sheet name Excel accepts: no {@code []:*?/\}, at most 31 characters, unique in the workbook. */
    static String sheetName(String wanted, Set<String> used) {
        String s = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_").replace('\'', '_').strip();
        if (s.isEmpty()) {
            s = "result";
        }
        if (s.length() > 31) {
            s = s.substring(0, 31);
        }
        String base = s;
        for (int k = 2; used.contains(s.toLowerCase(Locale.ROOT)); k++) {
            String suffix = " (" + k + ")";
            s = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        used.add(s.toLowerCase(Locale.ROOT));
        return s;
    }

    /** The sidecar first, then the data file; the sidecar is put back as it was when the data file fails. */
    private static Path writeWithSidecar(Path file, byte[] data, byte[] provenance) {
        Path side = sidecarOf(file);
        byte @Nullable [] previous = null;
        try {
            if (Files.isRegularFile(side, LinkOption.NOFOLLOW_LINKS) && Files.size(side) <= MAX_RESTORE) {
                previous = Files.readAllBytes(side);
            }
        } catch (IOException e) {
            previous = null;
        }
        boolean existed = Files.exists(side, LinkOption.NOFOLLOW_LINKS);
        OutputFiles.write(side, out -> out.write(provenance));
        try {
            OutputFiles.write(file, out -> out.write(data));
        } catch (RuntimeException | Error e) {
            try {
                if (previous != null) {
                    byte[] old = previous;
                    OutputFiles.write(side, out -> out.write(old));
                } else if (!existed) {
                    Files.deleteIfExists(side);
                }
            } catch (IOException | RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        return file;
    }

    /** The provenance as an HTML comment (Markdown renderers hide it too). */
    static String htmlComment(Provenance p) {
        StringBuilder sb = new StringBuilder("<!-- gvc4j provenance\n");
        for (String line : p.lines()) {
            sb.append(line.replace("--", "- -")).append('\n');
        }
        return sb.append("-->\n").toString();
    }

    /** The provenance as LaTeX comment lines. */
    static String texComment(Provenance p) {
        StringBuilder sb = new StringBuilder("% gvc4j provenance\n");
        for (String line : p.lines()) {
            sb.append("% ").append(line).append('\n');
        }
        return sb.toString();
    }

    /** A JSON string literal. */
    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** One line per field ({@code name: value}) and per note, line breaks in values made spaces. */
    static List<String> lines(Map<String, String> fields, List<String> notes) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            out.add(e.getKey() + ": " + oneLine(e.getValue()));
        }
        for (String n : notes) {
            out.add("note: " + oneLine(n));
        }
        return out;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }

    /** The workbook writer closes its stream when it finishes; the caller's writer closes it (and moves the file). */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
