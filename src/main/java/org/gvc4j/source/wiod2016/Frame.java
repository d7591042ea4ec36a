package org.gvc4j.source.wiod2016;

import java.util.List;
import java.util.Locale;
import org.gvc4j.error.TableFormatException;
import org.jspecify.annotations.Nullable;

/**
 * A data set as the R and Stata readers hand it over: column names, and each column either text ({@code String[]},
 * {@code null} for a missing value) or numbers ({@code double[]}, {@link #NA} for a missing value).
 */
final class Frame {
    /** R's {@code NA_real_} (a NaN whose low word is 1954); missing Stata values are read as this too. */
    static final double NA = Double.longBitsToDouble(0x7FF00000000007A2L);

    final List<String> names;
    final List<Object> columns;
    final int rows;

    Frame(List<String> names, List<Object> columns, int rows) {
        this.names = List.copyOf(names);
        this.columns = List.copyOf(columns);
        this.rows = rows;
    }

    /** Whether {@code v} is a missing value (R's NA, not another NaN). */
    static boolean isNa(double v) {
        return Double.isNaN(v) && (Double.doubleToRawLongBits(v) & 0xFFFFFFFFL) == 1954;
    }

    int index(String name) {
        return names.indexOf(name);
    }

    @Nullable String[] text(int col) {
        return (String[]) columns.get(col);
    }

    double[] numbers(int col) {
        return (double[]) columns.get(col);
    }

    boolean isText(int col) {
        return columns.get(col) instanceof String[];
    }

    /**
     * Refuses an allocation the heap cannot hold, before trying it.
     *
     * @param what names the file and place
     */
    static void requireHeap(long bytes, String what) {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > free) {
            System.gc();
            free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        }
        if (bytes > free) {
            throw new TableFormatException(String.format(Locale.ROOT, "%s: needs %,d MB, but only %,d MB of the %,d MB "
                    + "heap are free; give Java more memory (gvc: GVC_JAVA_OPTS=-Xmx<size>)", what, bytes >> 20,
                    free >> 20, rt.maxMemory() >> 20));
        }
    }
}
