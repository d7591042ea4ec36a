package org.gvc4j.method;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gvc4j.error.InvalidTableException;

/**
 * The plain result of a method: string key columns (exporter, importer, sector, ...) and double measure columns,
 * row by row, plus notes (e.g. values a published formula clamps). The result layer turns it into a data frame.
 *
 * <p>Every value is a finite number or {@link #MISSING}: a ratio whose denominator is zero (a share of zero exports,
 * of a zero-output industry), made with {@link #ratio}. {@link #add} checks each row: a missing value is recorded and
 * named in a note ({@link #notes()}: the columns and the rows' keys); an infinite value is an overflow, reported as an
 * {@link InvalidTableException} naming the column and row; any other NaN is a bug and fails loudly.
 */
public final class Frame {
    /** The bits of {@link #MISSING}: a quiet NaN with a payload no arithmetic produces. */
    private static final long MISSING_BITS = 0x7ff8_0000_0000_0badL;
    /** A value that does not exist: a ratio with a zero denominator. It is a NaN (Tablesaw's missing double). */
    public static final double MISSING = Double.longBitsToDouble(MISSING_BITS);
    /** Row keys listed per note before "and N more". */
    private static final int LISTED = 50;
    private final List<String> keyNames;
    private final List<String> valueNames;
    /** The kept rows, column by column (no array per row): keyCols[c][row], valueCols[c][row]; {@link #size} rows. */
    private String[][] keyCols;
    private double[][] valueCols;
    private int size;
    private int capacity;
    private final List<String> notes = new ArrayList<>();
    /** Per value column, the rows (their keys joined with '/') whose value is missing. */
    private final java.util.Map<Integer, List<String>> missing = new java.util.TreeMap<>();
    /** Where a streamed frame's rows go, or null when the rows are kept. */
    private final Rows rows;
    private int streamed;

    /**
     * Where a streamed frame's rows go as they are added (e.g. straight into a CSV file), instead of being kept:
     * {@link #columns} once when the frame is made, then {@link #row} per row, each after {@link #add}'s checks. The
     * arrays handed to {@code row} are the caller's and may be reused once it returns.
     */
    public interface Rows {
        void columns(List<String> keyNames, List<String> valueNames);

        void row(String[] rowKeys, double[] rowValues);
    }

    public Frame(List<String> keyNames, List<String> valueNames) {
        this(keyNames, valueNames, null);
    }

    /**
     * A frame whose rows are checked as {@link #add} checks them and then handed to {@code rows} (not kept) when it
     * is not null: {@link #rowCount()} and {@link #notes()} work, {@link #key} and {@link #value} do not.
     */
    public Frame(List<String> keyNames, List<String> valueNames, Rows rows) {
        this.keyNames = List.copyOf(keyNames);
        this.valueNames = List.copyOf(valueNames);
        this.rows = rows;
        this.capacity = rows == null ? 16 : 0;
        this.keyCols = new String[this.keyNames.size()][capacity];
        this.valueCols = new double[this.valueNames.size()][capacity];
        if (rows != null) {
            rows.columns(this.keyNames, this.valueNames);
        }
    }

    /** Whether the rows are handed on as they are added rather than kept. */
    public boolean streamed() {
        return rows != null;
    }

    /** {@code num / den}, or {@link #MISSING} when the denominator is zero. */
    public static double ratio(double num, double den) {
        return den == 0 ? MISSING : num / den;
    }

    /** Whether {@code v} is {@link #MISSING} (not any other NaN). */
    public static boolean isMissing(double v) {
        return Double.doubleToRawLongBits(v) == MISSING_BITS;
    }

    /**
     * Appends a row; lengths must match the column lists. Values must be finite or {@link #MISSING}.
     *
     * @throws InvalidTableException if a value is infinite (an overflow: the table's values are too large)
     * @throws IllegalStateException if a value is NaN other than {@link #MISSING} (a bug)
     */
    public void add(String[] rowKeys, double[] rowValues) {
        if (rowKeys.length != keyNames.size() || rowValues.length != valueNames.size()) {
            throw new IllegalArgumentException("row has " + rowKeys.length + " keys and " + rowValues.length
                    + " values; expected " + keyNames.size() + " and " + valueNames.size());
        }
        for (int c = 0; c < rowValues.length; c++) {
            double v = rowValues[c];
            if (Double.isFinite(v)) {
                continue;
            }
            String row = String.join("/", rowKeys);
            if (isMissing(v)) {
                missing.computeIfAbsent(c, k -> new ArrayList<>()).add(row);
            } else if (Double.isInfinite(v) || overflowed(rowValues)) {
                throw new InvalidTableException(valueNames.get(c) + " of " + row + " is too large for a double "
                        + "(overflow): the table's values are too large; rescale them (e.g. to millions)");
            } else {
                throw new IllegalStateException("bug: " + valueNames.get(c) + " of " + row + " is NaN but is not a ratio "
                        + "with a zero denominator; please report it with the table");
            }
        }
        if (rows != null) {
            rows.row(rowKeys, rowValues);
            streamed++;
            return;
        }
        if (size == capacity) {
            capacity = Math.max(16, capacity + (capacity >> 1));
            for (int c = 0; c < keyCols.length; c++) {
                keyCols[c] = java.util.Arrays.copyOf(keyCols[c], capacity);
            }
            for (int c = 0; c < valueCols.length; c++) {
                valueCols[c] = java.util.Arrays.copyOf(valueCols[c], capacity);
            }
        }
        for (int c = 0; c < rowKeys.length; c++) {
            keyCols[c][size] = rowKeys[c];
        }
        for (int c = 0; c < rowValues.length; c++) {
            valueCols[c][size] = rowValues[c];
        }
        size++;
    }

    private static boolean overflowed(double[] row) {
        for (double v : row) {
            if (Double.isInfinite(v)) {
                return true;
            }
        }
        return false;
    }

    public void note(String message) {
        notes.add(message);
    }

    public List<String> keyNames() {
        return keyNames;
    }

    public List<String> valueNames() {
        return valueNames;
    }

    public int rowCount() {
        return rows != null ? streamed : size;
    }

    public String key(int row, int col) {
        kept();
        java.util.Objects.checkIndex(row, size);
        return keyCols[col][row];
    }

    public double value(int row, int col) {
        kept();
        java.util.Objects.checkIndex(row, size);
        return valueCols[col][row];
    }

    /** Key column {@code col}, every row (a copy). */
    public String[] keyColumn(int col) {
        kept();
        return java.util.Arrays.copyOf(keyCols[col], size);
    }

    /** Measure column {@code col}, every row (a copy). */
    public double[] valueColumn(int col) {
        kept();
        return java.util.Arrays.copyOf(valueCols[col], size);
    }

    private void kept() {
        if (rows != null) {
            throw new IllegalStateException("bug: a streamed frame keeps no rows");
        }
    }

    /** The value in the named measure column. */
    public double value(int row, String column) {
        int c = valueNames.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + valueNames);
        }
        return value(row, c);
    }

    /**
     * The notes, then one note per set of columns with the same missing rows: {@code share_PF, share_TS: missing
     * (zero denominator) in 2 rows: CHN/C01, USA/C03}.
     */
    public List<String> notes() {
        List<String> out = new ArrayList<>(notes);
        java.util.Map<List<String>, List<String>> byRows = new java.util.LinkedHashMap<>();
        for (java.util.Map.Entry<Integer, List<String>> e : missing.entrySet()) {
            byRows.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(valueNames.get(e.getKey()));
        }
        for (java.util.Map.Entry<List<String>, List<String>> e : byRows.entrySet()) {
            List<String> rows = e.getKey();
            String listed = String.join(", ", rows.subList(0, Math.min(LISTED, rows.size())))
                    + (rows.size() > LISTED ? " and " + (rows.size() - LISTED) + " more" : "");
            out.add(String.join(", ", e.getValue()) + ": missing (zero denominator) in " + rows.size() + " row"
                    + (rows.size() == 1 ? "" : "s") + ": " + listed);
        }
        return Collections.unmodifiableList(out);
    }
}
