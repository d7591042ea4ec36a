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
        return new FormulaException(message + echo(formula, position));
    }

    /** The 1-based column of the error in the formula, or −1 when the error is not tied to a position. */
    public int getColumn() {
        return column;
    }

    static String render(String formula, int position, String message) {
        int pos = Math.max(0, Math.min(position, formula.length()));
        return "formula error at column " + (pos + 1) + ": " + message + echo(formula, pos);
    }

    /** Characters of the formula shown around the error. */
    private static final int WINDOW = 60;

    /**
     * The formula (at most {@value #WINDOW} characters each side of the position, cut with "…") on a line of its own,
     * control characters shown as spaces so that the caret on the next line stays under the position.
     */
    static String echo(String formula, int position) {
        int pos = Math.max(0, Math.min(position, formula.length()));
        int from = Math.max(0, pos - WINDOW);
        int to = Math.min(formula.length(), pos + WINDOW);
        StringBuilder shown = new StringBuilder(from > 0 ? "…" : "");
        for (int i = from; i < to; i++) {
            char c = formula.charAt(i);
            shown.append(c < 0x20 || c == 0x7f ? ' ' : c);
        }
        if (to < formula.length()) {
            shown.append('…');
        }
        int caret = pos - from + (from > 0 ? 1 : 0);
        String nl = System.lineSeparator();
        return nl + "  " + shown + nl + "  " + " ".repeat(caret) + "^";
    }
}
