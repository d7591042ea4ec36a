package org.gvc4j.stats.formula;

import org.gvc4j.stats.EstimationException;

/**
 * A formula that cannot be parsed or does not fit the data. The message gives the 1-based column and echoes the
 * formula with a caret under the position:
 *
 * <pre>
 * formula error at column 14: expected a term after '+'
 *   y ~ x1 + x2 +
 *                ^
 * </pre>
 */
public final class FormulaException extends EstimationException {
    private final int column;

    public FormulaException(String message) {
        super(message);
        this.column = -1;
    }

    FormulaException(String formula, int position, String message) {
        super(render(formula, position, message));
        this.column = position + 1;
    }

    /** An error about a name at {@code position} of {@code formula}: the message, then the formula with a caret. */
    public static FormulaException at(String formula, int position, String message) {
        FormulaException e = new FormulaException(message + System.lineSeparator() + "  " + formula
                + System.lineSeparator() + "  " + " ".repeat(Math.max(0, Math.min(position, formula.length()))) + "^");
        return e;
    }

    /** The 1-based column of the error in the formula, or −1 when the error is not tied to a position. */
    public int getColumn() {
        return column;
    }

    static String render(String formula, int position, String message) {
        int pos = Math.max(0, Math.min(position, formula.length()));
        return "formula error at column " + (pos + 1) + ": " + message + System.lineSeparator() + "  " + formula
                + System.lineSeparator() + "  " + " ".repeat(pos) + "^";
    }
}
