package org.gvc4j.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvc4j.error.TableFormatException;

/**
 * Streams one labelled numeric CSV ({@code row,<col labels...>} then {@code label,values...}) into a column-major
 * array without holding the file as a string. Fields may be quoted; numbers follow {@link NumberSyntax}. Shapes and
 * sizes are checked before anything large is allocated: the header fixes the number of columns, and a file too short
 * to hold the rows it must hold is refused before its array is made.
 */
final class CsvGrid {
    final List<String> columns;
    final List<String> rows = new ArrayList<>();
    /** The line of each row in the file. */
    final List<Integer> lines = new ArrayList<>();
    /** Column-major, rows.size() × columns.size(). */
    double[] values;

    private CsvGrid(List<String> columns) {
        this.columns = columns;
    }

    /**
     * @param expectedRows if ≥ 0, the number of rows the file must have (the caller knows n); otherwise the file is
     *                     taken to be square (Z: as many rows as header labels)
     * @param size         the file's size in bytes, or −1 when unknown (then the array grows with the rows read)
     */
    static CsvGrid read(TextCursor in, int expectedRows, long size) throws IOException {
        CsvGrid g = header(in);
        return body(g, in, expectedRows, size);
    }

    /** Reads and checks the header line: a label column and at least one labelled data column. */
    static CsvGrid header(TextCursor in) throws IOException {
        String file = in.file();
        List<String> head = new ArrayList<>();
        TextCursor.End end;
        do {
            end = in.next();
            head.add(head.isEmpty() ? in.text() : in.label("column label"));
        } while (end == TextCursor.End.DELIMITER);
        if (head.size() == 1 && head.get(0).isBlank() && end == TextCursor.End.FILE) {
            throw new TableFormatException(file + " is empty");
        }
        if (head.size() < 2) {
            throw new TableFormatException(file + " line 1: the header needs a label column and at least one data "
                    + "column (is the file comma-separated?)");
        }
        CsvGrid g = new CsvGrid(List.copyOf(head.subList(1, head.size())));
        int cols = g.columns.size();
        for (int c = 0; c < cols; c++) {
            if (g.columns.get(c).isEmpty()) {
                throw new TableFormatException(file + " line 1: column " + (c + 2) + " has an empty label");
            }
        }
        return g;
    }

    private static CsvGrid body(CsvGrid g, TextCursor in, int expectedRows, long size) throws IOException {
        String file = in.file();
        int cols = g.columns.size();
        TextCursor.End end;
        int rowsNeeded = expectedRows >= 0 ? expectedRows : cols;
        long cells = (long) rowsNeeded * cols;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new TableFormatException(String.format(Locale.ROOT, "%s: %,d rows x %,d columns = %,d cells, more than "
                    + "one Java array holds (%,d); a table this large cannot be loaded", file, rowsNeeded, cols, cells,
                    Integer.MAX_VALUE - 8));
        }
        // every row holds a label and `cols` numbers, each at least one character plus a separator
        long minBytes = (long) rowsNeeded * (2L * cols + 1);
        if (size >= 0 && size < minBytes) {
            throw new TableFormatException(String.format(Locale.ROOT, "%s: the header has %,d columns, so the file needs "
                    + "%,d rows of %,d numbers (at least %,d bytes), but it has only %,d bytes: truncated, or not this "
                    + "table's file", file, cols, rowsNeeded, cols, minBytes, size));
        }
        Memory.require(cells * 8, file);
        int cap = size >= 0 ? Math.max(rowsNeeded, 1) : Math.max(1, Math.min(rowsNeeded, 1024));
        double[] flat = new double[Math.multiplyExact(cap, cols)]; // column-major, cap rows
        int r = 0;
        while (true) {
            end = in.next();
            int lineNo = in.line();
            if (end != TextCursor.End.DELIMITER && in.isBlank() && !in.wasQuoted()) {
                if (end == TextCursor.End.FILE) {
                    break;
                }
                continue; // a blank line
            }
            String row = in.label("row label");
            if (r == rowsNeeded) {
                throw new TableFormatException(file + " line " + lineNo + ": row \"" + NumberSyntax.printable(row) + "\" is one more than the "
                        + rowsNeeded + (expectedRows >= 0 ? " rows of the table" : " rows the header's labels give"));
            }
            if (row.isEmpty()) {
                throw new TableFormatException(file + " line " + lineNo + ": empty row label");
            }
            if (r == cap) {
                int bigger = (int) Math.min(rowsNeeded, Math.max(2L * cap, 16));
                flat = restride(flat, cap, bigger, cols, r);
                cap = bigger;
            }
            g.rows.add(row);
            g.lines.add(lineNo);
            int c = 0;
            while (end == TextCursor.End.DELIMITER && c < cols) {
                end = in.next();
                flat[c * cap + r] = in.number(row, g.columns.get(c));
                c++;
            }
            if (c < cols || end == TextCursor.End.DELIMITER) {
                int fields = 1 + c + (end == TextCursor.End.DELIMITER ? in.skipLine() : 0);
                throw new TableFormatException(file + " line " + lineNo + ": " + fields + " fields, but the header has "
                        + (cols + 1) + " (row \"" + NumberSyntax.printable(row) + "\")");
            }
            r++;
            if (end == TextCursor.End.FILE) {
                break;
            }
        }
        g.values = r == cap ? flat : restride(flat, cap, r, cols, r);
        return g;
    }

    /** Copies the first {@code rows} rows of a column-major array with {@code from} rows into one with {@code to}. */
    private static double[] restride(double[] flat, int from, int to, int cols, int rows) {
        double[] out = new double[Math.multiplyExact(to, cols)];
        for (int c = 0; c < cols; c++) {
            System.arraycopy(flat, c * from, out, c * to, rows);
        }
        return out;
    }
}
