package org.gvc4j.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one number syntax: plain decimals in, everything Java would also take out, with a reason in words. */
class NumberSyntaxTest {
    @Test
    void plainDecimalsParse() {
        assertEquals(1234.0, NumberSyntax.parse("1234"));
        assertEquals(-0.5, NumberSyntax.parse("-0.5"));
        assertEquals(0.5, NumberSyntax.parse(".5"));
        assertEquals(5.0, NumberSyntax.parse("5."));
        assertEquals(1.5e-3, NumberSyntax.parse("1.5e-3"));
        assertEquals(2e10, NumberSyntax.parse("+2E+10"));
        assertEquals(8732.0, NumberSyntax.parse("  8732\t"));
        assertEquals(0.0, NumberSyntax.parse("1e-400"), "underflow is zero, as in every peer");
    }

    @Test
    void javaOnlySyntaxAndDamageAreRefusedWithAReason() {
        for (String bad : List.of("12d", "12f", "12L", "0x1p3", "0x10", "NaN", "Infinity", "-Infinity", "5%", "1,000",
                "1 000", "e5", ".", "-", "1e", "1e+", "--1", "1.2.3", "")) {
            assertFalse(NumberSyntax.isNumber(bad), bad);
            NumberFormatException e = assertThrows(NumberFormatException.class, () -> NumberSyntax.parse(bad), bad);
            assertTrue(e.getMessage().contains("number"), e.getMessage());
        }
        String flipped = "68\u0000896";
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> NumberSyntax.parse(flipped));
        assertEquals("\"68\\x00896\" contains a control character (0x00); expected " + NumberSyntax.ACCEPTED,
                e.getMessage());
        assertThrows(NumberFormatException.class, () -> NumberSyntax.parse("\u000b8896"), "Java would strip it");
    }

    @Test
    void overflowIsAnErrorNotInfinity() {
        assertTrue(NumberSyntax.problem("1e400") == null, "the syntax is fine");
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> NumberSyntax.parse("1e400"));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
        assertFalse(NumberSyntax.isNumber("-1e400"));
    }
}
