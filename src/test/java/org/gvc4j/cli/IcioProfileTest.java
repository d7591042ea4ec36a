package org.gvc4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gvc4j.method.icio.Combination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded smoke run of {@code gvc bench --icio-profile} (the measurement itself is the command, not a test): every one
 * of the 11 combinations is profiled cold and in order, with finite times; and {@code gvc bench TABLE} has the step that
 * includes the model, with both icio steps as a multiple of the model's time.
 */
class IcioProfileTest {
    @TempDir
    Path tmp;

    @Test
    void profileNamesEveryCombinationColdAndInOrder() {
        StringWriter out = new StringWriter();
        int code = Main.execute(new String[] {"bench", "--synthetic", "60", "--icio-profile", "--repeat", "1"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        String text = out.toString();
        assertEquals(0, code, text);
        assertEquals(11, Combination.icio().size());
        for (Combination c : Combination.icio()) {
            assertTrue(text.contains("cold " + c + " "), c + " cold in\n" + text);
            assertTrue(text.contains("warm " + c + " "), c + " in order in\n" + text);
        }
        assertTrue(text.contains("model + the 11 combinations"), text);
        assertTrue(text.contains("GFLOP/s"), text);
        assertTrue(!text.contains("NaN") && !text.contains("Infinity"), "no NaN or Infinity printed:\n" + text);
        for (String line : text.split("\n")) {
            if (line.contains(" s wall")) {
                double wall = Double.parseDouble(line.substring(0, line.indexOf(" s wall")).trim().replaceAll(".* ", ""));
                assertTrue(wall >= 0 && Double.isFinite(wall), line);
            }
        }
    }

    @Test
    void benchHasTheIcioStepWithTheModelAndTheRatios() throws Exception {
        Path csv = tmp.resolve("steps.csv");
        StringWriter out = new StringWriter();
        int code = Main.execute(new String[] {"bench", "demo", "--repeat", "1", "--csv", csv.toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, code, out.toString());
        assertTrue(Files.readString(csv).contains("\n\"model + icio: the 11 combinations, from an empty derived state\","));
        assertTrue(out.toString().contains("icio: the 11 Stata icio combinations: "), out.toString());
        assertTrue(out.toString().contains("x the model's time"), out.toString());
    }

    @Test
    void icioWriteWritesTheWholeSetAndReportsTimeHeapAndBytes() throws Exception {
        Path dir = tmp.resolve("icio");
        StringWriter out = new StringWriter();
        int code = Main.execute(new String[] {"bench", "--synthetic", "60", "--icio-write", dir.toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        String text = out.toString();
        assertEquals(0, code, text);
        long bytes = 0;
        for (Combination c : Combination.supported()) {
            Path file = dir.resolve(c.fileName());
            assertTrue(Files.isRegularFile(file), c.fileName() + " written");
            bytes += Files.size(file);
            assertTrue(text.contains("  " + c + " "), c + " has its line in\n" + text);
        }
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            assertEquals(Combination.supported().size(), s.count(), "only the set's files, no staging leftovers");
        }
        String total = String.format(java.util.Locale.ROOT, "%,d bytes in %d files", bytes, Combination.supported().size());
        assertTrue(text.contains(total), "the total names the bytes written (" + total + ") in\n" + text);
        assertTrue(text.contains("peak heap") && text.contains("load average at end"), text);
        assertTrue(!text.contains("NaN") && !text.contains("Infinity"), "no NaN or Infinity printed:\n" + text);
    }

    @Test
    void icioWriteRefusesAnImpossibleSize() {
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"bench", "--synthetic", "1", "--icio-write", tmp.resolve("x").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertTrue(code != 0);
        assertTrue(err.toString().contains("--synthetic 1 is not a size between 2 and 20000 industries"), err.toString());
        assertTrue(!Files.exists(tmp.resolve("x")));
    }
}
