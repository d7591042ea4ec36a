package org.gvc4j.panel;

import java.util.function.Function;
import java.util.regex.Pattern;
import org.gvc4j.MrioTable;
import org.gvc4j.error.GvcException;
import org.gvc4j.result.MeasureTable;

/**
 * One result kind of a panel: a name (the combined output is {@code <name>.csv}) and the chain that computes it
 * from a table, e.g. {@code new Decomposition("bm2025_trade_measures", io -> io.decompose().bm2025().trade()
 * .exporters())}. The chain must give the same columns for every table of the panel.
 *
 * @param name  lower-case letters, digits, {@code _ -}
 * @param chain the decomposition of one table
 */
public record Decomposition(String name, Function<MrioTable, MeasureTable> chain) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public Decomposition {
        if (!isValidName(name)) {
            throw new GvcException("decomposition name \"" + name + "\": use lower-case letters, digits, _ and - "
                    + "(it names a file)");
        }
    }

    /** Whether {@code name} is a valid name: 1-64 of lower-case letters, digits, {@code _ -}, a letter or digit first. */
    public static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }
}
