package org.gvc4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21 item 7: {@code gvc info} reports the largest imbalance (where, how large, relative to the industry's output)
 * and states its tolerance, instead of calling a table with a 5e-4 gap "balanced".
 */
class InfoBalanceTest {
    @TempDir
    Path tmp;

    static String info(String table) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Main.execute(new String[] {"info", table}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, rc, err.toString());
        return out.toString();
    }

    static List<String> balance(String out) {
        List<String> lines = out.lines().toList();
        int i = 0;
        while (!lines.get(i).startsWith("balance")) {
            i++;
        }
        return lines.subList(i, i + 3);
    }

    @Test
    void theDemoTableIsBalancedWithinTheStatedTolerance() {
        List<String> b = balance(info("demo"));
        assertTrue(b.get(0).startsWith("balance     rows     largest gap rowSums(Z) + rowSums(Y) - X = "), b.get(0));
        assertTrue(b.get(1).startsWith("            columns  largest gap colSums(Z) + VA - X = "), b.get(1));
        assertEquals("            balanced: every gap is within 1e-09 of the industry's output (the tolerance)", b.get(2));
    }

    /** Two countries, one sector; B.s's output is 5e-4 above its uses: the gap is named with its row and size. */
    @Test
    void aGapOf5eMinus4IsReportedWithItsIndustryAndNotCalledBalanced() throws Exception {
        Path t = Files.createDirectories(tmp.resolve("gap"));
        Files.writeString(t.resolve("Z.csv"), "row,A.s,B.s\nA.s,10,20\nB.s,30,40\n");
        Files.writeString(t.resolve("Y.csv"), "row,A,B\nA.s,50,20\nB.s,10,20.0005\n");
        // X: A.s = 10 + 20 + 50 + 20 = 100; B.s = 30 + 40 + 10 + 20.0005 = 100.0005, given as 100.001
        Files.writeString(t.resolve("VA_X.csv"), "row,VA,X\nA.s,60,100\nB.s,40.001,100.001\n");
        List<String> b = balance(info(t.toString()));
        assertEquals("balance     rows     largest gap rowSums(Z) + rowSums(Y) - X = -0.0005 at B.s (X = 100.001, "
                + "relative gap 5.00e-06)", b.get(0));
        assertEquals("            columns  colSums(Z) + VA - X = 0 in every industry", b.get(1));
        assertEquals("            NOT balanced: a gap above the tolerance (1e-09 of the industry's output); formulas that "
                + "need balance differ slightly", b.get(2));
        assertFalse(String.join("\n", b).contains(" balanced within"), b.toString());
    }

    @Test
    void gapsAreFoundByTheirSizeRelativeToTheIndustry() {
        InfoCommand.Gap g = InfoCommand.largest(new double[] {1e6 + 1e-4, 10 + 1e-5, 0}, new double[] {1e6, 10, 0});
        assertEquals(1, g.industry(), "1e-5 of 10 is a larger gap than 1e-4 of a million");
        assertEquals(0, InfoCommand.largest(new double[] {0, 0}, new double[] {0, 0}).relative());
        assertEquals(1.0, InfoCommand.largest(new double[] {0, 5}, new double[] {0, 0}).relative(), "output 0, uses 5");
        assertEquals("-0.0005", InfoCommand.number(-0.0005));
        assertEquals("1.5e-12", InfoCommand.number(1.5e-12));
        assertEquals("122077", InfoCommand.number(122077));
    }
}
