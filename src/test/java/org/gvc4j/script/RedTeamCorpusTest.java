package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gvc4j.cli.Main;
import org.gvc4j.source.OutputFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The red team's regression corpus: attacks on the sandbox that are refused or harmless today.
 *
 * <p>Each recipe in src/test/resources/recipes/redteam runs in-process, sandboxed, with its output folder as
 * {@code args[0]} (and as its only read root); its first line says what must happen:
 * <ul>
 *   <li>{@code // expect: TEXT}: refused before it runs (exit code 3), the message contains TEXT;</li>
 *   <li>{@code // expect-run: TEXT}: runs and fails harmlessly (any failure but a refusal), the message contains TEXT;
 *   alternatives are separated by {@code " || "} where today's message is a raw Java exception that a fix would
 *   turn into a located one;</li>
 *   <li>{@code // expect-ok}: runs to the end harmlessly.</li>
 * </ul>
 * Whatever happens, nothing may appear next to the output folder. Attacks that escape are in
 * src/test/resources/recipes/redteam-open and are not run. The methods below attack the launcher and the OS layer
 * with real processes (skipped where bubblewrap cannot run, a failure in CI).
 */
class RedTeamCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/recipes/redteam");

    @TempDir
    Path tmp;

    static List<Path> recipes() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".groovy")).sorted().toList();
        }
    }

    @TestFactory
    List<DynamicTest> everyRedTeamRecipeIsRefusedOrHarmless() throws IOException {
        List<Path> recipes = recipes();
        assertTrue(recipes.size() >= 40, "at least 40 distinct attacks, found " + recipes.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : recipes) {
            tests.add(DynamicTest.dynamicTest(p.getFileName().toString(), () -> runOne(p)));
        }
        return tests;
    }

    private void runOne(Path recipe) throws IOException {
        String name = recipe.getFileName().toString();
        String src = Files.readString(recipe);
        String first = src.lines().findFirst().orElse("");
        Path box = Files.createDirectories(tmp.resolve(name.replace(".groovy", "")));
        Path out = box.resolve("out");
        Files.createDirectories(out);
        Throwable thrown = null;
        try {
            Recipes.run(src, name, true, List.of(out.toString()), List.of(out), out);
        } catch (Throwable t) {
            thrown = t;
        }
        if (first.startsWith("// expect: ")) {
            String expect = first.substring("// expect: ".length());
            if (!(thrown instanceof RecipeException)) {
                fail(name + ": expected a refusal containing \"" + expect + "\", got " + describe(thrown));
            }
            RecipeException e = (RecipeException) thrown;
            assertEquals(RecipeException.REJECTED, e.exitCode(), name + ": " + e.getMessage());
            assertTrue(e.getMessage().contains(expect), name + ": expected \"" + expect + "\" in:\n" + e.getMessage());
            assertTrue(e.getMessage().startsWith(name + ":"), "the refusal names the recipe: " + e.getMessage());
        } else if (first.startsWith("// expect-run: ")) {
            String expect = first.substring("// expect-run: ".length());
            if (thrown == null) {
                fail(name + ": expected a run-time failure containing \"" + expect + "\", but it succeeded");
            }
            if (thrown instanceof RecipeException) {
                assertNotEquals(RecipeException.REJECTED, ((RecipeException) thrown).exitCode(),
                        name + ": refused before running: " + thrown.getMessage());
            }
            String text = thrown instanceof RecipeException ? thrown.getMessage() : thrown.toString();
            boolean any = Arrays.stream(expect.split(" \\|\\| ")).anyMatch(text::contains);
            assertTrue(any, name + ": expected \"" + expect + "\" in:\n" + text);
        } else if (first.equals("// expect-ok")) {
            if (thrown != null) {
                fail(name + ": expected to run harmlessly, got " + describe(thrown));
            }
        } else {
            fail(name + ": the first line must be // expect: ..., // expect-run: ... or // expect-ok, not " + first);
        }
        try (Stream<Path> s = Files.list(box)) {
            assertEquals(List.of("out"), s.map(p -> p.getFileName().toString()).toList(),
                    name + ": nothing may be written next to the output folder");
        }
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return "success";
        }
        return t instanceof RecipeException ? "exit " + ((RecipeException) t).exitCode() + ": " + t.getMessage()
                : t.toString();
    }

    // ---- the launcher, through gvc run --sandbox ----

    private static List<String> sandboxFlags() {
        return Isolation.status().available() ? List.of("run", "--sandbox") : List.of("run", "--sandbox",
                "--language-only");
    }

    private static int gvc(StringWriter out, StringWriter err, List<String> args) {
        return Main.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /**
     * Hostile --param values and arguments (terminal escapes, C1 controls, bidi overrides, a file whose name starts
     * with a dash and holds a newline): they reach the recipe as data, and what it prints reaches the terminal
     * without a single control character.
     */
    @Test
    void hostileParametersAndArgumentsReachTheTerminalOnlyAsText() throws IOException {
        Path dashed = Files.writeString(tmp.resolve("-rf\nx.csv"), "a,b\n1,2\n");
        Path recipe = Files.writeString(tmp.resolve("echo.groovy"), String.join("\n",
                "println param('p', 'none')",
                "println args",
                "println loadCsv(args[1]).rowCount()", ""));
        List<String> cmd = new ArrayList<>(sandboxFlags());
        cmd.addAll(List.of("--out", tmp.resolve("out").toString(), "--param",
                "p=\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u009b31m\u202eevil", recipe.toString(), "\u001b[2J--", dashed.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = gvc(out, err, cmd);
        assertEquals(0, code, err.toString());
        String printed = out.toString();
        // (C1 and bidi characters may be re-encoded on the way through argv; what matters is that no control
        // character arrives)
        assertTrue(printed.contains("?]52;c;ZXZpbA==??[2J") && printed.contains("31m") && printed.contains("evil"),
                printed);
        assertTrue(printed.contains("1\n"), "the file named with a dash and a newline was read: " + printed);
        for (char c : printed.toCharArray()) {
            assertTrue(c == '\n' || c == '\t' || c >= 0x20 && c != 0x7f && (c < 0x80 || c >= 0xa0) && c != '\u202e',
                    "control character " + (int) c + " reached the terminal: " + printed);
        }
    }

    /**
     * Catastrophic regex backtracking runs inside the JDK, not in recipe code: the time limit still stops it. The
     * pattern has a back-reference, which the JDK's memoisation of nested quantifiers (which makes {@code (a+)+b}
     * linear) does not cover: 24 a's take 10 s on this machine, 40 would take days.
     */
    @Test
    void catastrophicRegexBacktrackingIsStoppedByTheTimeLimit() throws IOException {
        Path recipe = Files.writeString(tmp.resolve("redos.groovy"),
                "println(('a' * 40 + '!') ==~ /((a+)\\2?)+b/)\n");
        List<String> cmd = new ArrayList<>(sandboxFlags());
        cmd.addAll(List.of("--timeout", "2", "--out", tmp.resolve("out").toString(), recipe.toString()));
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        int code = gvc(new StringWriter(), err, cmd);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
        assertEquals(RecipeException.TIMEOUT, code, err.toString());
        assertTrue(err.toString().contains("stopped after 2 s"), err.toString());
        assertTrue(seconds < 30, "stopped within its limit (plus start-up): " + seconds + " s");
    }

    /**
     * The OS layer against a process that escaped the JVM (plain Java in the sandbox's exact configuration): no
     * sysfs, no controlling terminal, loopback only, no unix socket of the host, no view of the launcher, no shell,
     * no /etc/group, no ~/.ssh, no hard link out of a read-only bind, no write to it, no rename out of staging, no
     * inherited environment.
     */
    @Test
    void theOsLayerContainsWhatAnEscapedProcessTriesNext() throws Exception {
        SandboxIsolationTest.requireIsolation();
        // outside /tmp (the sandbox has its own) and outside every bound folder: next to the build's output
        Path hostDir = Files.createDirectories(Path.of("target", "redteam-" + ProcessHandle.current().pid())
                .toAbsolutePath());
        Path socket = hostDir.resolve("host.sock");
        Path readOnly = Files.createDirectories(tmp.resolve("tables"));
        Path readOnlyFile = Files.writeString(readOnly.resolve("Z.csv"), "row\n");
        Path staging = OutputFiles.newStaging(tmp.resolve("out"));
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            List<String> cmd = SandboxLauncher.command(Isolation.status(), List.of(readOnly), staging, null, "256m",
                    List.of(RedTeamOsProbe.class.getName(), staging.toString(), socket.toString(),
                            readOnlyFile.toString(), Long.toString(ProcessHandle.current().pid())));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("GVC_REDTEAM_SECRET", "hunter2");
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
            List<String> lines = out.lines().filter(l -> l.contains(": blocked") || l.contains(": ESCAPED")).toList();
            assertEquals(12, lines.size(), "every attempt reported:\n" + out);
            for (String l : lines) {
                assertTrue(l.contains(": blocked"), "the OS layer must hold: " + l + "\n" + out);
            }
            assertEquals("row\n", Files.readString(readOnlyFile));
            assertFalse(Files.exists(readOnly.resolve("moved.txt")));
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(hostDir);
            OutputFiles.discard(staging);
        }
    }

    /**
     * symlink-in-table-folder.groovy with its set-up: the table folder's Z.csv is a symbolic link to a file outside the
     * read roots. The load is refused naming the link, and nothing of the file reaches the recipe.
     */
    @Test
    void symlinkInTableFolderIsRefused() throws IOException {
        Path secret = Files.writeString(tmp.resolve("credentials.csv"), "user,password\nalice,hunter2\n");
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.createSymbolicLink(data.resolve("Z.csv"), secret);
        Path out = Files.createDirectories(tmp.resolve("out"));
        String src = Files.readString(CORPUS.resolve("symlink-in-table-folder.groovy"));
        String printed = Recipes.run(src, "symlink-in-table-folder.groovy", true, List.of(data.toString()),
                List.of(data), out);
        assertTrue(printed.contains("Z.csv is a symbolic link"), printed);
        assertFalse(printed.contains("hunter2") || printed.contains("alice") || printed.contains("password"), printed);
    }
}
