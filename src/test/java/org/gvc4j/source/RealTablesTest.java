package org.gvc4j.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.cli.Main;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The real reference tables: their Yfull.csv form decomposes as their Y.csv form; the validation report names facts. */
class RealTablesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"wiod2013-2011", "lrwiod-2000"})
    void yfullFormDecomposesLikeTheYForm(String name) throws Exception {
        Path table = Reference.table(name);
        Path yfull = tmp.resolve(name);
        Files.createDirectory(yfull);
        for (String f : new String[] {"Z.csv", "Yfull.csv", "VA_X.csv"}) {
            Files.copy(table.resolve(f), yfull.resolve(f));
        }
        MrioTable a = Gvc.load(table);
        MrioTable b = Gvc.load(yfull);
        double[] ga = a.decompose().bm2025().trade().exporters().column("GVC_PF");
        double[] gb = b.decompose().bm2025().trade().exporters().column("GVC_PF");
        assertEquals(ga.length, gb.length);
        for (int i = 0; i < ga.length; i++) {
            assertEquals(ga[i], gb[i], 1e-9 * Math.max(1, Math.abs(ga[i])), name + " exporter " + i);
        }
        // and through the writer: a table folder written by convert reads back to the same doubles
        Path out = tmp.resolve(name + "-converted");
        int code = Main.execute(new String[] {"convert", yfull.toString(), out.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        double[] gc = Gvc.load(out).decompose().bm2025().trade().exporters().column("GVC_PF");
        for (int i = 0; i < ga.length; i++) {
            assertEquals(ga[i], gc[i], 1e-9 * Math.max(1, Math.abs(ga[i])), name + " converted, exporter " + i);
        }
    }

    @Test
    void checkNamesTheZeroOutputIndustriesAndTheLargestRowResidual() {
        Path table = Reference.table("wiod2013-2011");
        StringWriter out = new StringWriter();
        int code = Main.execute(new String[] {"info", "--check", table.toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertEquals(0, code, out.toString());
        String text = out.toString();
        assertTrue(text.contains("zero output       22: "), text);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("largest \\|rowSums\\(Z\\) \\+ rowSums\\(Y\\) - X\\| = "
                + "(\\S+) at (\\S+)").matcher(text);
        assertTrue(m.find(), text);
        assertEquals(108.0, Double.parseDouble(m.group(1)), 0.5, text);
        assertTrue(m.group(2).matches("[A-Za-z]{3}\\.c\\d+"), m.group(2));
        System.out.println("info --check wiod2013-2011: largest row residual " + m.group(1) + " at " + m.group(2));
    }
}
