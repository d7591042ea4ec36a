package org.gvc4j.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The readers' per-cell parser agrees with {@link NumberSyntax#parse(CharSequence)} bit for bit, and in its errors. */
class NumberFastPathTest {
    private static String outcome(String s) {
        try {
            return Long.toHexString(Double.doubleToRawLongBits(NumberSyntax.parse(s)));
        } catch (NumberFormatException e) {
            return "error: " + e.getMessage();
        }
    }

    private static String fastOutcome(String s) {
        char[] padded = ("##" + s + "#").toCharArray();
        try {
            return Long.toHexString(Double.doubleToRawLongBits(NumberSyntax.parse(padded, 2, 2 + s.length())));
        } catch (NumberFormatException e) {
            return "error: " + e.getMessage();
        }
    }

    @Test
    void agreesOnTheDocumentedCases() {
        for (String s : new String[] {"0", "-0", "+0.0", "1234", "-0.5", ".5", "5.", "1.5e-3", "+2E+10", "  8732\t",
            "1e-400", "1e400", "-1e400", "0.1", "0.3", "123456789012345", "1234567890123456", "12345678901234567890",
            "9007199254740993", "4.9e-324", "2.2250738585072014E-308", "1e22", "1e23", "123.456e-20", "0e999",
            "00000000000000000000001.5", "", " ", "12d", "12f", "0x1p3", "NaN", "Infinity", "1,5", "5%", "1e", "e5",
            "-", ".", "68\u0000896", "\u000b8896", "1.2.3", "--1", "1e+", "７"}) {
            assertEquals(outcome(s), fastOutcome(s), s);
        }
    }

    @Test
    void agreesOnRandomNumbers() {
        Random r = new Random(7);
        for (int k = 0; k < 200_000; k++) {
            String s;
            switch (k % 4) {
                case 0 -> s = Double.toString(Double.longBitsToDouble(r.nextLong()));
                case 1 -> s = String.format(java.util.Locale.ROOT, "%." + r.nextInt(12) + "f", (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(14)));
                case 2 -> s = (r.nextInt(2000000) - 1000000) + "." + r.nextInt(1000) + "e" + (r.nextInt(60) - 30);
                default -> s = Long.toString(r.nextLong() >> r.nextInt(64));
            }
            assertEquals(outcome(s), fastOutcome(s), s);
        }
    }

    /**
     * The Eisel–Lemire path for 16 to 18 significant digits (what Double.toString writes): bit for bit the JDK's result
     * on random mantissas over the whole exponent range, on random doubles, and next to halfway points between
     * neighbouring doubles (where rounding to even decides).
     */
    @Test
    void agreesWithTheJdkOnLongMantissas() {
        Random r = new Random(11);
        int fast = 0;
        for (int k = 0; k < 600_000; k++) {
            String s;
            switch (k % 3) {
                case 0 -> {
                    long m = Math.floorMod(r.nextLong(), 1_000_000_000_000_000_000L);
                    s = m + "e" + (r.nextInt(660) - 345);
                }
                case 1 -> s = Double.toString(Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL));
                default -> {
                    double d = Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL);
                    java.math.BigDecimal mid = new java.math.BigDecimal(d).add(new java.math.BigDecimal(Math.nextUp(d)))
                            .divide(java.math.BigDecimal.valueOf(2));
                    s = mid.round(new java.math.MathContext(17 + r.nextInt(2))).toString();
                }
            }
            String want = Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(s)));
            if (Double.isInfinite(Double.parseDouble(s))) {
                continue;
            }
            assertEquals(want, fastOutcome(s), s);
            fast++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(fast > 550_000, fast + " finite cases checked");
    }
}
