package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gvc4j.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing recipe reports {@code recipe.groovy:LINE: message}, exits non-zero, and shows no JVM stack trace. */
class RecipeErrorsTest {
    @TempDir
    Path tmp;

    @Test
    void typoInAMethodNameNamesTheLine() {
        for (boolean sandbox : new boolean[] {false, true}) {
            RecipeException e = assertThrows(RecipeException.class, () -> Recipes.run(
                    "def io = demo()\n\ndef t = io.decompse().bm2025()\n", "recipe.groovy", sandbox, List.of(), List.of(), tmp));
            assertTrue(e.getMessage().startsWith("recipe.groovy:3: "), e.getMessage());
            assertTrue(e.getMessage().contains("decompse"), e.getMessage());
        }
    }

    @Test
    void syntaxErrorNamesTheLine() {
        RecipeException e = assertThrows(RecipeException.class, () -> Recipes.run(
                "def io = demo()\nprintln io.countries(\n", "recipe.groovy", false, List.of(), List.of(), tmp));
        assertEquals(RecipeException.REJECTED, e.exitCode());
        assertTrue(e.getMessage().matches("(?s)recipe\\.groovy:[23]: .*"), e.getMessage());
    }

    @Test
    void engineErrorsKeepTheirMessageAndGetTheLine() {
        RecipeException e = assertThrows(RecipeException.class, () -> Recipes.run(
                "def io = demo()\nprintln io.decompose().bm2025().trade().exporter('Chnia')\n", "recipe.groovy", false,
                List.of(), List.of(), tmp));
        assertEquals("recipe.groovy:2: Unknown exporter \"Chnia\" (did you mean CHN?). Valid countries: DEU, USA, CHN, "
                + "MEX, ROW", e.getMessage());
        assertEquals(RecipeException.FAILED, e.exitCode());
    }

    @Test
    void gvcRunPrintsOneLineAndExitsNonZero() throws IOException {
        Path recipe = Files.writeString(tmp.resolve("recipe.groovy"), "def io = demo()\nio.decompse()\n");
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"run", recipe.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(1, code);
        String msg = err.toString().trim();
        assertTrue(msg.startsWith(recipe + ":2: "), msg);
        assertFalse(msg.contains("\tat "), "no stack trace: " + msg);
    }

    /** A recipe that is a pipe, a folder, not UTF-8 or too large is refused before it is read, in both modes. */
    @Test
    void recipeFilesThatAreNotRecipesAreRefusedBeforeReading() throws Exception {
        Path fifo = tmp.resolve("pipe.groovy");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path folder = java.nio.file.Files.createDirectories(tmp.resolve("folder.groovy"));
        Path latin1 = java.nio.file.Files.write(tmp.resolve("latin1.groovy"), new byte[] {'p', 'r', 'i', 'n', 't', 'l', 'n',
            ' ', '\'', (byte) 0xe9, '\'', '\n'});
        Path big = java.nio.file.Files.writeString(tmp.resolve("big.groovy"), "//" + "x".repeat(1 << 20) + "\n");
        String[][] cases = {{fifo.toString(), "not a regular file"}, {folder.toString(), "not a regular file"},
            {latin1.toString(), "not UTF-8 text"}, {big.toString(), "recipes are limited to 1048576 bytes"},
            {tmp.resolve("missing.groovy").toString(), "no such recipe file"}};
        for (String[] c : cases) {
            for (boolean sandbox : new boolean[] {false, true}) {
                java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("run"));
                if (sandbox) {
                    args.addAll(java.util.List.of("--sandbox", "--language-only", "--out", tmp.resolve("out").toString()));
                }
                args.add(c[0]);
                StringWriter err = new StringWriter();
                long t0 = System.nanoTime();
                int code = Main.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
                assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "no hang on " + c[0]);
                assertEquals(RecipeException.BAD_INPUT, code, c[0] + ": " + err);
                assertTrue(err.toString().contains(c[1]), c[0] + ": " + err);
            }
        }
    }
}
