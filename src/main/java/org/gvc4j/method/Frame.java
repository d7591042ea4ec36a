package org.gvc4j.method;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The plain result of a method: string key columns (exporter, importer, sector, ...) and double measure columns,
 * row by row, plus notes (e.g. values a published formula clamps). The result layer turns it into a data frame.
 */
public final class Frame {
    private final List<String> keyNames;
    private final List<String> valueNames;
    private final List<String[]> keys = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Frame(List<String> keyNames, List<String> valueNames) {
        this.keyNames = List.copyOf(keyNames);
        this.valueNames = List.copyOf(valueNames);
    }

    /** Appends a row; lengths must match the column lists. */
    public void add(String[] rowKeys, double[] rowValues) {
        if (rowKeys.length != keyNames.size() || rowValues.length != valueNames.size()) {
            throw new IllegalArgumentException("row has " + rowKeys.length + " keys and " + rowValues.length
                    + " values; expected " + keyNames.size() + " and " + valueNames.size());
        }
        keys.add(rowKeys.clone());
        values.add(rowValues.clone());
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
        return keys.size();
    }

    public String key(int row, int col) {
        return keys.get(row)[col];
    }

    public double value(int row, int col) {
        return values.get(row)[col];
    }

    /** The value in the named measure column. */
    public double value(int row, String column) {
        int c = valueNames.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + valueNames);
        }
        return values.get(row)[c];
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }
}
