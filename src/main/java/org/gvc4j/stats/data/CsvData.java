package org.gvc4j.stats.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gvc4j.source.NumberSyntax;
import org.gvc4j.stats.EstimationException;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The strict reader of estimation data: UTF-8 CSV, a header row, comma separator, fields optionally quoted (RFC 4180,
 * a quoted field may hold commas, doubled quotes and line breaks), CRLF or LF line ends, an optional byte-order mark.
 * A column is numeric when every value in it is a number in {@link NumberSyntax}'s plain decimal syntax; {@code NA},
 * {@code NaN}, {@code nan}, {@code null}, {@code NULL} and empty cells are missing. A column of {@code TRUE} /
 * {@code FALSE} is logical (0/1). Anything else makes a text column (usable as a fixed effect).
 *
 * <p>Refused, with one line naming the file, line, data row and column: a path that is not a regular file (a folder,
 * a named pipe, a device: checked before opening), gzip, zip and Parquet files, bytes that are not UTF-8, control
 * characters, a row with more or fewer fields than the header, an unterminated quote, a duplicate column name, and a
 * value that Java or a spreadsheet would read as a number but the plain syntax does not ({@code 12d}, {@code 0x1p3},
 * {@code 5%}, {@code 1,000}, {@code Inf}, {@code 1e400}) in a column of numbers. Sizes are bounded before anything
 * large is allocated: at most {@value #MAX_COLUMNS} columns, {@value #MAX_FIELD} characters per field, and the
 * columns must fit in the free heap. The file is read twice (types, then values), so nothing is guessed from a sample.
 */
public final class CsvData {
    /** Most columns a data file may have. */
    public static final int MAX_COLUMNS = 100_000;
    /** Longest field, in bytes. */
    public static final int MAX_FIELD = 1 << 20;
    /** Cells read as missing values. */
    public static final Set<String> MISSING = Set.of("", "NA", "NaN", "nan", "null", "NULL");
    private static final Set<String> TRUE = Set.of("TRUE", "true", "True");
    private static final Set<String> FALSE = Set.of("FALSE", "false", "False");
    /** What a spreadsheet or Java would take for a number: percent, thousands separators, R's Inf, Java suffixes. */
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[+-]?(([0-9][0-9,]*)?\\.?[0-9]+([eE][+-]?[0-9]*)?[dDfFlL%]?|[0-9]+[,.]?[0-9]*%|Inf|inf|Infinity|infinity"
                    + "|0[xX][0-9a-fA-F.]+([pP][+-]?[0-9]+)?[dDfF]?)");

    private final Path file;
    private final String where;

    private CsvData(Path file) {
        this.file = file;
        this.where = file.toString();
    }

    /** Reads a data file into a Tablesaw table named after the file. */
    public static Table read(Path file) {
        return new CsvData(file).read();
    }

    private EstimationException error(String message) {
        return new EstimationException(where + ": " + message);
    }

    private EstimationException error(long line, long row, String column, String message) {
        return new EstimationException(where + " line " + line + (row > 0 ? " (data row " + row + ")" : "")
                + (column == null ? "" : ", column '" + column + "'") + ": " + message);
    }

    private Table read() {
        if (where.isBlank()) {
            throw new EstimationException("no data file given (an empty path); give the CSV file, e.g. --data trade.csv");
        }
        BasicFileAttributes attrs = attributes();
        String lower = where.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".parquet") || lower.endsWith(".pq")) {
            throw new EstimationException("cannot read " + where + ": Parquet is not supported yet (the Java readers need "
                    + "Hadoop); write the data as CSV");
        }
        if (attrs.size() == 0) {
            throw error("the file is empty; expected a header row and data rows");
        }
        Scan scan = new Scan();
        parse(scan);
        if (scan.rows == 0) {
            throw error("a header but no data rows");
        }
        checkMemory(scan, attrs.size());
        Fill fill = new Fill(scan);
        parse(fill);
        if (fill.row != scan.rows) {
            throw error("the file changed while it was read (" + scan.rows + " data rows, then " + fill.row + ")");
        }
        Table t = Table.create(file.getFileName() == null ? "data" : file.getFileName().toString());
        for (int c = 0; c < scan.names.size(); c++) {
            t.addColumns(fill.column(c));
        }
        return t;
    }

    private BasicFileAttributes attributes() {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new EstimationException("data file not found: " + where);
        } catch (IOException e) {
            throw new EstimationException("cannot read " + where + ": " + e.getMessage());
        }
        if (a.isDirectory()) {
            throw new EstimationException(where + " is a folder; give the data file (CSV)");
        }
        if (!a.isRegularFile()) {
            throw new EstimationException(where + " is not a regular file (a named pipe, device or socket); copy the "
                    + "data into a file first");
        }
        return a;
    }

    private void checkMemory(Scan scan, long fileBytes) {
        long perRow = 0;
        for (ColumnScan c : scan.columns) {
            perRow += c.type() == Type.TEXT ? 8 : c.type() == Type.INTEGER ? 4 : c.type() == Type.LOGICAL ? 1 : 8;
        }
        // the column arrays, the text dictionaries (bounded by the file size) and the estimation's own copies
        long need = 3 * perRow * scan.rows + fileBytes;
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (need > free) {
            throw error(String.format(Locale.ROOT, "%,d rows × %d columns need about %.1f GB of memory, but %.1f GB "
                    + "are free; keep only the columns the model uses, or give Java more heap (GVC_JAVA_OPTS=-Xmx...)",
                    scan.rows, scan.names.size(), need / 1e9, free / 1e9));
        }
    }

    // ---------------------------------------------------------------- tokenizer

    /** Receives the header, then each data record (fields decoded, unquoted fields stripped of spaces and tabs). */
    private interface Sink {
        void header(List<String> names);

        void record(String[] fields, boolean[] quoted, long line);
    }

    private void parse(Sink sink) {
        try (InputStream raw = Files.newInputStream(file); InputStream in = new BufferedInputStream(raw, 1 << 16)) {
            new Tokenizer(in, sink).run();
        } catch (NoSuchFileException e) {
            throw new EstimationException("data file not found: " + where);
        } catch (AccessDeniedException e) {
            throw new EstimationException("cannot read " + where + ": permission denied");
        } catch (IOException e) {
            throw new EstimationException("cannot read " + where + ": " + e.getMessage());
        }
    }

    private final class Tokenizer {
        private final InputStream in;
        private final Sink sink;
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private byte[] buf = new byte[256];
        private int len;
        private boolean ascii = true;
        private final List<String> fields = new ArrayList<>();
        private final List<Boolean> quotedFields = new ArrayList<>();
        private List<String> header;
        private long line = 1;
        private long recordLine = 1;
        private long dataRow;

        Tokenizer(InputStream in, Sink sink) {
            this.in = in;
            this.sink = sink;
        }

        void run() throws IOException {
            int b0 = in.read();
            int b1 = in.read();
            int b2 = in.read();
            int b3 = in.read();
            if (b0 == 0x1f && b1 == 0x8b) {
                throw error("the file is gzip-compressed; decompress it first (gunzip)");
            }
            if (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4) {
                throw error("the file is a zip archive (a spreadsheet?); export the data as CSV");
            }
            if (b0 == 'P' && b1 == 'A' && b2 == 'R' && b3 == '1') {
                throw error("the file is Parquet; write the data as CSV");
            }
            int[] head = {b0, b1, b2, b3};
            int start = b0 == 0xEF && b1 == 0xBB && b2 == 0xBF ? 3 : 0;
            State st = new State();
            for (int i = start; i < 4; i++) {
                if (head[i] < 0) {
                    finish(st);
                    return;
                }
                step(st, head[i]);
            }
            int b;
            while ((b = in.read()) >= 0) {
                step(st, b);
            }
            finish(st);
        }

        private final class State {
            boolean quoted;      // inside a quoted field
            boolean afterQuote;  // a quoted field has closed
            boolean fieldQuoted; // the current field was quoted
            boolean cr;          // the previous byte was a carriage return
            boolean any;         // the record has a byte
        }

        private void step(State st, int b) {
            if (st.cr) {
                st.cr = false;
                if (b != '\n') {
                    throw error(line, rowOf(), column(), "a carriage return (0x0d) not followed by a line feed; "
                            + "line ends must be LF or CRLF");
                }
            }
            if (st.quoted) {
                if (b == '"') {
                    st.quoted = false;
                    st.afterQuote = true;
                    return;
                }
                if (b == '\n') {
                    line++;
                } else if (b < 0x20 && b != '\t' && b != '\r' || b == 0x7f) {
                    throw control(b);
                }
                append(b);
                return;
            }
            if (st.afterQuote && b == '"') {
                // a doubled quote inside a quoted field
                st.afterQuote = false;
                st.quoted = true;
                append('"');
                return;
            }
            switch (b) {
                case ',':
                    endField(st);
                    st.any = true;
                    return;
                case '\r':
                    st.cr = true;
                    return;
                case '\n':
                    if (st.any || len > 0 || st.fieldQuoted) {
                        endField(st);
                        endRecord();
                    }
                    st.any = false;
                    line++;
                    recordLine = line;
                    return;
                case '"':
                    if (len == 0 && !st.fieldQuoted && !st.afterQuote) {
                        st.quoted = true;
                        st.fieldQuoted = true;
                        return;
                    }
                    break;
                default:
                    if (b < 0x20 && b != '\t' || b == 0x7f) {
                        throw control(b);
                    }
            }
            if (st.afterQuote) {
                if (b == ' ' || b == '\t') {
                    return;
                }
                throw error(line, rowOf(), column(), "text after the closing quote of a quoted field; a quote inside "
                        + "a quoted field is written twice (\"\")");
            }
            append(b);
            st.any = true;
        }

        private EstimationException control(int b) {
            return error(line, rowOf(), column(), String.format(Locale.ROOT, "a control character (0x%02x); the file "
                    + "is damaged or not text", b));
        }

        private long rowOf() {
            return header == null ? 0 : dataRow + 1;
        }

        private String column() {
            if (header == null) {
                return null;
            }
            return fields.size() < header.size() ? header.get(fields.size()) : null;
        }

        private void append(int b) {
            if (len == MAX_FIELD) {
                throw error(line, rowOf(), column(), "a field longer than " + MAX_FIELD + " bytes; this is not a data "
                        + "table (a missing quote or line break?)");
            }
            if (len == buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.min(MAX_FIELD, 2 * len));
            }
            buf[len++] = (byte) b;
            ascii &= b < 0x80;
        }

        private void endField(State st) {
            String text;
            if (ascii) {
                text = new String(buf, 0, len, StandardCharsets.ISO_8859_1);
            } else {
                try {
                    CharBuffer cb = utf8.reset().decode(ByteBuffer.wrap(buf, 0, len));
                    text = cb.toString();
                } catch (CharacterCodingException e) {
                    throw error(recordLine, rowOf(), column(), "bytes that are not UTF-8 text; save the file as UTF-8");
                }
            }
            if (!st.fieldQuoted) {
                text = text.strip();
            }
            if (header != null && fields.size() == header.size()) {
                throw ragged(fields.size() + 1);
            }
            if (header == null && fields.size() == MAX_COLUMNS) {
                throw error(1, 0, null, "more than " + MAX_COLUMNS + " columns in the header");
            }
            fields.add(text);
            quotedFields.add(st.fieldQuoted);
            len = 0;
            ascii = true;
            st.fieldQuoted = false;
            st.afterQuote = false;
        }

        private EstimationException ragged(int count) {
            return error(recordLine, dataRow + 1, null, (count > header.size() ? "more than " + header.size()
                    : String.valueOf(count)) + " field" + (count == 1 ? "" : "s") + ", but the header has "
                    + header.size() + "; every row needs one value per column (quote text that holds commas)");
        }

        private void endRecord() {
            if (header == null) {
                header = List.copyOf(fields);
                sink.header(header);
            } else {
                if (fields.size() != header.size()) {
                    throw ragged(fields.size());
                }
                String[] f = fields.toArray(new String[0]);
                boolean[] q = new boolean[f.length];
                for (int i = 0; i < q.length; i++) {
                    q[i] = quotedFields.get(i);
                }
                if (dataRow == Integer.MAX_VALUE - 8) {
                    throw error(recordLine, dataRow + 1, null, "more than " + (Integer.MAX_VALUE - 8) + " data rows");
                }
                sink.record(f, q, recordLine);
                dataRow++;
            }
            fields.clear();
            quotedFields.clear();
        }

        private void finish(State st) {
            if (st.quoted) {
                throw error(recordLine, rowOf(), column(), "a quoted field is not closed (a missing '\"')");
            }
            if (st.cr) {
                st.cr = false;
            }
            if (st.any || len > 0 || st.fieldQuoted || st.afterQuote) {
                endField(st);
                endRecord();
            }
            if (header == null) {
                throw error("the file is empty; expected a header row and data rows");
            }
        }
    }

    // ---------------------------------------------------------------- pass 1: types

    private enum Type { INTEGER, DOUBLE, LOGICAL, TEXT, MISSING }

    /** What one column holds, from every row. */
    private static final class ColumnScan {
        long numbers;
        long logicals;
        long texts;
        boolean integral = true;
        long firstTextLine = -1;
        long firstTextRow;
        String firstText;
        long firstNumberLikeLine = -1;
        long firstNumberLikeRow;
        String firstNumberLike;
        String numberLikeWhy;

        Type type() {
            if (texts > 0 || numbers > 0 && logicals > 0) {
                return Type.TEXT;
            }
            if (numbers > 0) {
                return integral ? Type.INTEGER : Type.DOUBLE;
            }
            return logicals > 0 ? Type.LOGICAL : Type.MISSING;
        }
    }

    private final class Scan implements Sink {
        List<String> names;
        final List<ColumnScan> columns = new ArrayList<>();
        int rows;

        @Override
        public void header(List<String> header) {
            names = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String n = header.get(c).isEmpty() ? "V" + (c + 1) : header.get(c);
                Integer before = seen.put(n, c);
                if (before != null) {
                    throw error(1, 0, null, "column '" + n + "' appears twice in the header (columns " + (before + 1)
                            + " and " + (c + 1) + "); give every column its own name");
                }
                names.add(n);
                columns.add(new ColumnScan());
            }
            if (header.size() == 1 && (header.get(0).contains(";") || header.get(0).contains("\t"))) {
                throw error(1, 0, null, "one column named '" + NumberSyntax.printable(header.get(0)) + "': the separator "
                        + "must be a comma (',') with '.' as decimal point");
            }
        }

        @Override
        public void record(String[] fields, boolean[] quoted, long line) {
            rows++;
            for (int c = 0; c < fields.length; c++) {
                String v = fields[c];
                ColumnScan s = columns.get(c);
                if (MISSING.contains(v)) {
                    continue;
                }
                if (TRUE.contains(v) || FALSE.contains(v)) {
                    s.logicals++;
                    continue;
                }
                String why = NumberSyntax.problem(v);
                if (why == null) {
                    double d;
                    try {
                        d = NumberSyntax.parse(v);
                    } catch (NumberFormatException e) {
                        noteNumberLike(s, line, v, e.getMessage());
                        continue;
                    }
                    s.numbers++;
                        // whole numbers above Integer.MIN_VALUE (Tablesaw's missing marker) make an integer column
                    if (s.integral && !(d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE && isDigits(v))) {
                        s.integral = false;
                    }
                    continue;
                }
                if (!quoted[c] && NUMBER_LIKE.matcher(v).matches() || quoted[c] && v.matches("[+-]?[0-9][0-9,.]*%?")) {
                    noteNumberLike(s, line, v, why);
                    continue;
                }
                s.texts++;
                if (s.firstTextLine < 0) {
                    s.firstTextLine = line;
                    s.firstTextRow = rows;
                    s.firstText = v;
                }
            }
        }

        private void noteNumberLike(ColumnScan s, long line, String v, String why) {
            s.texts++;
            if (s.firstNumberLikeLine < 0) {
                s.firstNumberLikeLine = line;
                s.firstNumberLikeRow = rows;
                s.firstNumberLike = v;
                s.numberLikeWhy = why;
            }
        }
    }

    private static boolean isDigits(String v) {
        String s = v.strip();
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        if (i == s.length()) {
            return false;
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- pass 2: values

    private final class Fill implements Sink {
        private final Scan scan;
        private final Type[] types;
        private final double[][] doubles;
        private final int[][] ints;
        private final StringColumn[] texts;
        private final BooleanColumn[] logicals;
        int row;

        Fill(Scan scan) {
            this.scan = scan;
            int m = scan.names.size();
            types = new Type[m];
            doubles = new double[m][];
            ints = new int[m][];
            texts = new StringColumn[m];
            logicals = new BooleanColumn[m];
            for (int c = 0; c < m; c++) {
                ColumnScan s = scan.columns.get(c);
                // a column of numbers with a value only Java or a spreadsheet takes for a number: refused here
                if (s.firstNumberLikeLine >= 0 && (s.numbers > 0 || s.firstTextLine < 0)) {
                    throw error(s.firstNumberLikeLine, s.firstNumberLikeRow, scan.names.get(c), s.numberLikeWhy);
                }
                types[c] = s.type();
                switch (types[c]) {
                    case INTEGER -> ints[c] = new int[scan.rows];
                    case DOUBLE, MISSING -> doubles[c] = new double[scan.rows];
                    case LOGICAL -> logicals[c] = BooleanColumn.create(scan.names.get(c));
                    default -> texts[c] = StringColumn.create(scan.names.get(c));
                }
            }
        }

        @Override
        public void header(List<String> names) {
            if (!names.equals(scan.names) && names.size() != scan.names.size()) {
                throw error("the file changed while it was read (the header differs)");
            }
        }

        @Override
        public void record(String[] fields, boolean[] quoted, long line) {
            if (row == scan.rows) {
                throw error("the file changed while it was read (more rows the second time)");
            }
            for (int c = 0; c < fields.length; c++) {
                String v = fields[c];
                boolean missing = MISSING.contains(v);
                switch (types[c]) {
                    case INTEGER -> ints[c][row] = missing ? Integer.MIN_VALUE : Integer.parseInt(v.strip());
                    case DOUBLE -> doubles[c][row] = missing ? Double.NaN : NumberSyntax.parse(v);
                    case MISSING -> doubles[c][row] = Double.NaN;
                    case LOGICAL -> {
                        if (missing) {
                            logicals[c].appendMissing();
                        } else {
                            logicals[c].append(TRUE.contains(v));
                        }
                    }
                    default -> texts[c].append(missing ? "" : v);
                }
            }
            row++;
        }

        Column<?> column(int c) {
            String name = scan.names.get(c);
            return switch (types[c]) {
                case INTEGER -> IntColumn.create(name, ints[c]);
                case DOUBLE, MISSING -> DoubleColumn.create(name, doubles[c]);
                case LOGICAL -> logicals[c];
                default -> texts[c];
            };
        }
    }

}
