package org.gvc4j.stats.data;

import java.util.List;

/**
 * The data an estimation reads: named columns of a fixed row count, numeric (as {@code double[]}, NaN = missing) or
 * categorical (as {@link Factor}). Implementations copy into primitive arrays once; nothing here boxes per row.
 */
public interface ColumnSource {
    /** How a column can be used. */
    enum Kind { NUMERIC, TEXT, MISSING }

    String name();

    int rowCount();

    List<String> columnNames();

    boolean has(String column);

    /** NUMERIC for numbers and booleans, TEXT for strings and dates, MISSING when no value is present at all. */
    Kind kind(String column);

    /** The column as doubles, NaN where missing. Only for NUMERIC columns. */
    double[] numeric(String column);

    /** The column coded as a factor (any kind), −1 where missing. */
    Factor factor(String column);

    /** The number of missing values in the column. */
    int missingCount(String column);

    /** The raw text of one cell, for messages. */
    String cell(String column, int row);
}
