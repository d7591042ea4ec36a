package org.gvc4j.source;

import org.jspecify.annotations.Nullable;

/**
 * The one number syntax gvc4j reads from text (table files, regression data, CLI options): plain decimal numbers,
 * {@link #ACCEPTED}. Java's own {@link Double#parseDouble} also takes {@code 12d}, {@code 12f}, {@code 0x1p3},
 * {@code NaN} and {@code Infinity}, and skips control characters at either end; none of that is data, so every reader
 * validates with {@link #problem} (or parses with {@link #parse}) instead of calling it directly.
 */
public final class NumberSyntax {
    /** What is accepted, in words, for error messages and docs. */
    public static final String ACCEPTED = "a plain decimal number: optional sign, digits with an optional '.' fraction, "
            + "optional exponent (e.g. 1234, -0.5, .5, 1.5e-3, 2E+10); no thousands separators, percent signs, "
            + "hexadecimal, Java suffixes (d, f, L), NaN or Infinity";

    private NumberSyntax() {
    }

    /**
     * Parses {@code text} (spaces and tabs around it are ignored).
     *
     * @throws NumberFormatException whose message says why, in words (never the JDK's wording)
     */
    public static double parse(CharSequence text) {
        String why = problem(text);
        if (why != null) {
            throw new NumberFormatException(why);
        }
        double v = Double.parseDouble(text.toString().strip());
        if (Double.isInfinite(v)) {
            throw new NumberFormatException("\"" + printable(text) + "\" is too large for a double (above 1.8e308)");
        }
        return v;
    }

    /** Whether {@code text} is a number in the accepted syntax (and within the range of a double). */
    public static boolean isNumber(CharSequence text) {
        if (problem(text) != null) {
            return false;
        }
        return !Double.isInfinite(Double.parseDouble(text.toString().strip()));
    }

    /**
     * Why {@code text} is not a number in the accepted syntax, or {@code null} when it is (range not checked: an
     * exponent too large parses to infinity, which {@link #parse} refuses).
     */
    public static @Nullable String problem(CharSequence text) {
        int n = text.length();
        int i = 0;
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int end = n;
        while (end > i && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return "\"" + printable(text) + "\" contains a control character (0x"
                        + String.format("%02x", (int) c) + "); " + "expected " + ACCEPTED;
            }
        }
        if (i == end) {
            return "an empty cell is not a number";
        }
        int p = i;
        if (text.charAt(p) == '+' || text.charAt(p) == '-') {
            p++;
        }
        int digits = 0;
        while (p < end && isDigit(text.charAt(p))) {
            p++;
            digits++;
        }
        if (p < end && text.charAt(p) == '.') {
            p++;
            while (p < end && isDigit(text.charAt(p))) {
                p++;
                digits++;
            }
        }
        if (digits == 0) {
            return "\"" + printable(text) + "\" is not a number; expected " + ACCEPTED;
        }
        if (p < end && (text.charAt(p) == 'e' || text.charAt(p) == 'E')) {
            p++;
            if (p < end && (text.charAt(p) == '+' || text.charAt(p) == '-')) {
                p++;
            }
            int exp = 0;
            while (p < end && isDigit(text.charAt(p))) {
                p++;
                exp++;
            }
            if (exp == 0) {
                return "\"" + printable(text) + "\" has an exponent without digits; expected " + ACCEPTED;
            }
        }
        if (p != end) {
            return "\"" + printable(text) + "\" is not a number; expected " + ACCEPTED;
        }
        return null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The text with control characters shown as {@code \xNN} and cut at 40 characters, safe to print. */
    public static String printable(CharSequence text) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < text.length() && b.length() < 40; k++) {
            char c = text.charAt(k);
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (b.length() >= 40 && text.length() > 40) {
            b.append("…");
        }
        return b.toString();
    }
}
