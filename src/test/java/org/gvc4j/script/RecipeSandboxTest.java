package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gvc4j.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox refuses each escape in src/test/resources/recipes/hostile (one known escape per file, its first line
 * {@code // expect: <part of the message>}) before any of it runs; the refusals that need the running recipe
 * (reading or writing outside the allowed folders, the time limit) are tested separately. The same kinds of
 * recipe run without --sandbox, where they are legitimate.
 */
class RecipeSandboxTest {
    @TempDir
    Path tmp;

    static List<Path> hostileRecipes() throws IOException {
        Path dir = Path.of("src/test/resources/recipes/hostile");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".groovy")).sorted().toList();
        }
    }

    @TestFactory
    List<DynamicTest> everyHostileRecipeIsRefusedBeforeItRuns() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> recipes = hostileRecipes();
        assertTrue(recipes.size() >= 10, "at least 10 distinct escape attempts");
        for (Path p : recipes) {
            tests.add(DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                String src = Files.readString(p);
                String expect = src.lines().findFirst().orElseThrow().replaceFirst("^// expect: ", "");
                String name = p.getFileName().toString();
                RecipeException e = assertThrows(RecipeException.class,
                        () -> Recipes.run(src, name, true, List.of(), List.of(), tmp));
                assertEquals(RecipeException.REJECTED, e.exitCode(), e.getMessage());
                assertTrue(e.getMessage().contains(expect), "expected \"" + expect + "\" in:\n" + e.getMessage());
                assertTrue(e.getMessage().startsWith(name + ":"), "message names the recipe: " + e.getMessage());
            }));
        }
        return tests;
    }

    @Test
    void refusalsNameTheLine() {
        RecipeException e = assertThrows(RecipeException.class, () -> Recipes.run(
                "def io = demo()\nprintln io\nprintln new File('/etc/hostname').text\n", "r.groovy", true, List.of(),
                List.of(), tmp));
        assertTrue(e.getMessage().startsWith("r.groovy:3: not allowed in sandboxed recipes: new File"), e.getMessage());
    }

    @Test
    void loadOutsideTheGivenTablesIsRefusedAtRunTime() throws IOException {
        Path allowed = Files.createDirectories(tmp.resolve("tables/a"));
        RecipeException e = assertThrows(RecipeException.class, () -> Recipes.run(
                "println load(args[0] + '/../../..').countries\n", "r.groovy", true, List.of(allowed.toString()),
                List.of(allowed), tmp.resolve("out")));
        assertEquals(RecipeException.FAILED, e.exitCode());
        assertTrue(e.getMessage().startsWith("r.groovy:1: read refused:"), e.getMessage());
    }

    @Test
    void saveOutsideTheOutputFolderIsRefusedAtRunTime() {
        Path out = tmp.resolve("out");
        String evil = tmp.resolve("evil.csv").toString();
        RecipeException e = assertThrows(RecipeException.class, () -> Recipes.run(
                "def r = demo().decompose().bm2023().exporters()\nsave r, '" + evil + "'\n", "r.groovy", true,
                List.of(), List.of(), out));
        assertTrue(e.getMessage().startsWith("r.groovy:2: write refused:"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("evil.csv")));
        String ok = Recipes.run("def r = demo().decompose().bm2023().exporters()\nsave r, '" + out.resolve("t.csv")
                + "'\n", "r.groovy", true, List.of(), List.of(), out);
        assertEquals("", ok);
        assertTrue(Files.exists(out.resolve("t.csv")));
    }

    /** Without --sandbox the same kinds of code are ordinary Groovy: files, sockets, processes, reflection. */
    @Test
    void theSameCodeRunsWithoutTheSandbox() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "42");
        Path written = tmp.resolve("written.txt");
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String src = String.join("\n",
                    "println new File('" + secret + "').text",
                    "new File('" + written + "').text = 'ok'",
                    "def s = new Socket('127.0.0.1', " + server.getLocalPort() + "); s.close()",
                    "println new ProcessBuilder('true').start().waitFor()",
                    "println Class.forName('java.lang.Math').simpleName",
                    "println Eval.me('1 + 1')");
            String out = Recipes.run(src, "r.groovy", false, List.of(), List.of(), tmp);
            assertEquals("42\n0\nMath\n2\n", out.replace("\r", ""));
            assertEquals("ok", Files.readString(written));
        }
    }

    /** End to end through `gvc run --sandbox`: a child JVM, its exit code and message. */
    @Test
    void gvcRunSandboxRefusesExitInAChildJvm() throws IOException {
        Path recipe = Files.writeString(tmp.resolve("exit.groovy"), "println 'before'\nSystem.exit(0)\n");
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"run", "--sandbox", "--out", tmp.resolve("out").toString(), recipe.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(RecipeException.REJECTED, code);
    }

    @Test
    void gvcRunSandboxStopsARecipeAtItsTimeLimit() throws IOException {
        Path recipe = Files.writeString(tmp.resolve("loop.groovy"), "long i = 0\nwhile (true) { i++ }\n");
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"run", "--sandbox", "--timeout", "3", "--out", tmp.resolve("out").toString(),
            recipe.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(RecipeException.TIMEOUT, code);
        assertTrue(err.toString().contains("stopped after 3 s"), err.toString());
    }
}
