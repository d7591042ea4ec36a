package org.gvc4j.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gvc4j.error.TableFormatException;

/**
 * Streams one labelled numeric CSV ({@code row,<col labels...>} then {@code label,values...}) into a column-major
 * array without holding the file as a string. Fields may be quoted; numbers use a dot as decimal separator.
 */
final class CsvGrid {
    final List<String> columns;
    final List<String> rows = new ArrayList<>();
    /** Column-major, rows.size() × columns.size(). */
    double[] values;

    private CsvGrid(List<String> columns) {
        this.columns = columns;
    }

    /**
     * @param expectedRows if ≥ 0, the array is allocated once at this size (the caller knows n); otherwise the file
     *                     is taken to be square (Z), which is checked afterwards by the caller
     */
    static CsvGrid read(BufferedReader in, String file, int expectedRows) throws IOException {
        String header = in.readLine();
        if (header == null) {
            throw new TableFormatException(file + " is empty");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        List<String> head = split(header, file, 1);
        if (head.size() < 2) {
            throw new TableFormatException(file + " line 1: the header needs a label column and at least one data column");
        }
        CsvGrid g = new CsvGrid(List.copyOf(head.subList(1, head.size())));
        int cols = g.columns.size();
        int cap = expectedRows >= 0 ? Math.max(expectedRows, 1) : cols; // a square Z has as many rows as columns
        double[] flat = new double[Math.multiplyExact(cap, cols)]; // column-major, cap rows
        String line;
        int lineNo = 1;
        int r = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = split(line, file, lineNo);
            if (fields.size() != cols + 1) {
                throw new TableFormatException(file + " line " + lineNo + ": " + fields.size() + " fields, but the header has "
                        + (cols + 1) + " (row " + (fields.isEmpty() ? "?" : "\"" + fields.get(0) + "\"") + ")");
            }
            if (r == cap) {
                int bigger = Math.max(2 * cap, 16);
                flat = restride(flat, cap, bigger, cols, r);
                cap = bigger;
            }
            g.rows.add(fields.get(0));
            for (int c = 0; c < cols; c++) {
                flat[c * cap + r] = parse(fields.get(c + 1), file, lineNo, fields.get(0), g.columns.get(c));
            }
            r++;
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

    private static double parse(String s, String file, int line, String row, String col) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new TableFormatException(file + " line " + line + ", row \"" + row + "\", column \"" + col
                    + "\": \"" + s + "\" is not a number");
        }
    }

    static List<String> split(String line, String file, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else if (ch != '\r') {
                cur.append(ch);
            }
        }
        if (quoted) {
            throw new TableFormatException(file + " line " + lineNo + ": unterminated quoted field");
        }
        out.add(cur.toString());
        return out;
    }
}
