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

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * Parses {@code chars[from, to)} exactly as {@link #parse(CharSequence)} does (same syntax, same result, same
     * messages), without building a string for the common case: a number with at most 15 significant digits and a
     * decimal exponent within ±22 is computed with one exactly rounded multiplication or division (Clinger's fast
     * path), anything else goes through {@link Double#parseDouble}. The table readers call this once per cell.
     */
    public static double parse(char[] chars, int from, int to) {
        int i = from;
        int end = to;
        while (i < end && (chars[i] == ' ' || chars[i] == '\t')) {
            i++;
        }
        while (end > i && (chars[end - 1] == ' ' || chars[end - 1] == '\t')) {
            end--;
        }
        int p = i;
        boolean negative = false;
        if (p < end && (chars[p] == '+' || chars[p] == '-')) {
            negative = chars[p] == '-';
            p++;
        }
        long mantissa = 0;
        int significant = 0;
        int digits = 0;
        int scale = 0;
        boolean exact = true;
        while (p < end && chars[p] >= '0' && chars[p] <= '9') {
            int d = chars[p++] - '0';
            digits++;
            if (significant > 0 || d != 0) {
                significant++;
                if (significant <= 18) {
                    mantissa = mantissa * 10 + d;
                } else {
                    exact = false;
                }
            }
        }
        if (p < end && chars[p] == '.') {
            p++;
            while (p < end && chars[p] >= '0' && chars[p] <= '9') {
                int d = chars[p++] - '0';
                digits++;
                if (significant > 0 || d != 0) {
                    significant++;
                    if (significant <= 18) {
                        mantissa = mantissa * 10 + d;
                    } else {
                        exact = false;
                    }
                }
                scale--;
            }
        }
        boolean bad = digits == 0;
        if (!bad && p < end && (chars[p] == 'e' || chars[p] == 'E')) {
            p++;
            boolean negExp = false;
            if (p < end && (chars[p] == '+' || chars[p] == '-')) {
                negExp = chars[p] == '-';
                p++;
            }
            int expDigits = 0;
            int exp = 0;
            while (p < end && chars[p] >= '0' && chars[p] <= '9') {
                if (exp < 100_000) {
                    exp = exp * 10 + (chars[p] - '0');
                }
                p++;
                expDigits++;
            }
            bad = expDigits == 0;
            scale += negExp ? -exp : exp;
        }
        if (bad || p != end) {
            return parse(java.nio.CharBuffer.wrap(chars, from, to - from)); // throws with the documented message
        }
        // here every character is a blank, a digit, a sign, '.' or an exponent mark: no control character got through
        if (exact && significant <= 15 && scale >= -22 && scale <= 22) {
            double v = mantissa;
            v = scale >= 0 ? v * POW10[scale] : v / POW10[-scale];
            return negative ? -v : v;
        }
        if (mantissa == 0 && significant == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (exact && significant <= 18) {
            double v = eiselLemire(mantissa, scale);
            if (!Double.isNaN(v)) {
                return negative ? -v : v;
            }
        }
        return parse(java.nio.CharBuffer.wrap(chars, from, to - from));
    }

    /** 5^q as 128 bits, normalized to the top bit (q ≥ 0: truncated; q < 0: 2^b / 5^-q rounded up), q = −342..308. */
    private static final long[] POW5_HI = new long[651];
    private static final long[] POW5_LO = new long[651];

    static {
        java.math.BigInteger two128 = java.math.BigInteger.ONE.shiftLeft(128);
        java.math.BigInteger mask = java.math.BigInteger.ONE.shiftLeft(64).subtract(java.math.BigInteger.ONE);
        for (int q = -342; q <= 308; q++) {
            java.math.BigInteger c;
            if (q >= 0) {
                c = java.math.BigInteger.valueOf(5).pow(q);
                int shift = 128 - c.bitLength();
                c = shift >= 0 ? c.shiftLeft(shift) : c.shiftRight(-shift);
            } else {
                java.math.BigInteger p5 = java.math.BigInteger.valueOf(5).pow(-q);
                int z = p5.subtract(java.math.BigInteger.ONE).bitLength(); // smallest z with 2^z >= 5^-q
                int b = q >= -27 ? z + 127 : 2 * z + 128;
                c = java.math.BigInteger.ONE.shiftLeft(b).divide(p5).add(java.math.BigInteger.ONE);
                while (c.compareTo(two128) >= 0) {
                    c = c.shiftRight(1);
                }
            }
            POW5_HI[q + 342] = c.shiftRight(64).longValue();
            POW5_LO[q + 342] = c.and(mask).longValue();
        }
    }

    /**
     * w · 10^q correctly rounded, by the Eisel–Lemire algorithm (Lemire 2021, "Number parsing at a gigabyte per
     * second", as in fast_float): one or two 64×128-bit products with a table of powers of five. Returns NaN whenever
     * the result is not certain from those products, is subnormal or overflows; the caller then takes the JDK's
     * exact path. Checked bit for bit against {@link Double#parseDouble} by NumberFastPathTest.
     */
    static double eiselLemire(long w, int q) {
        if (w <= 0 || q < -342 || q > 308) {
            return Double.NaN;
        }
        int lz = Long.numberOfLeadingZeros(w);
        long wn = w << lz;
        int index = q + 342;
        long hi = Math.multiplyHigh(wn, POW5_HI[index]) + ((wn >> 63) & POW5_HI[index]) + ((POW5_HI[index] >> 63) & wn);
        long lo = wn * POW5_HI[index];
        if ((hi & 0x1FF) == 0x1FF) {
            long lo2 = POW5_LO[index];
            long hi2 = Math.multiplyHigh(wn, lo2) + ((wn >> 63) & lo2) + ((lo2 >> 63) & wn);
            long sum = lo + hi2;
            if (Long.compareUnsigned(sum, lo) < 0) {
                hi++;
            }
            lo = sum;
            if ((hi & 0x1FF) == 0x1FF && lo == -1L) {
                return Double.NaN; // not decidable from 128 bits
            }
        }
        int upper = (int) (hi >>> 63);
        int shift = upper + 9;
        long m = hi >>> shift;
        int power2 = (((152170 + 65536) * q) >> 16) + 63 + upper - lz + 1023;
        if (power2 <= 0 || power2 >= 2046) {
            return Double.NaN; // subnormal or near overflow: the exact path decides
        }
        if (Long.compareUnsigned(lo, 1) <= 0 && q >= -4 && q <= 23 && (m & 3) == 1 && (m << shift) == hi) {
            m &= ~1L; // exactly halfway: round to even
        }
        m += m & 1;
        m >>>= 1;
        if (m >= 1L << 53) {
            m = 1L << 52;
            power2++;
        }
        m &= ~(1L << 52);
        if (power2 >= 2047) {
            return Double.NaN;
        }
        return Double.longBitsToDouble((long) power2 << 52 | m);
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
            if (c < 0x20 || c >= 0x7f && c < 0xa0) {
                b.append(String.format("\\x%02x", (int) c));
            } else if (Character.getType(c) == Character.FORMAT || Character.isSurrogate(c)
                    || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c)); // bidi overrides, zero-width and unpaired characters
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
