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
            assertEquals(21, lines.size(), "every attempt reported:\n" + out);
            for (String l : lines) {
                assertTrue(l.contains(": blocked"), "the OS layer must hold: " + l + "\n" + out);
            }
            assertTrue(out.contains("threads-still-work: blocked (IllegalStateException: allowed: a thread ran)"), out);
            assertTrue(out.contains("start-any-process: blocked (IOException: Cannot run program"), out);
            assertEquals("row\n", Files.readString(readOnlyFile));
            assertFalse(Files.exists(readOnly.resolve("moved.txt")));
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(hostDir);
            OutputFiles.discard(staging);
        }
    }

    // ---- findings once open in redteam-open, contained since (src/test/resources/recipes/redteam/launcher, os) ----

    private static final Path LAUNCHER = CORPUS.resolve("launcher");

    private static List<String> sandboxed(String... rest) {
        List<String> cmd = new ArrayList<>(sandboxFlags());
        cmd.addAll(List.of(rest));
        return cmd;
    }

    private static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(OutputFiles::isPart).toList();
        }
    }

    private static void assertNoControlCharacters(String text) {
        for (char c : text.toCharArray()) {
            assertTrue(c == '\n' || c == '\t' || c >= 0x20 && c != 0x7f && (c < 0x80 || c >= 0xa0)
                    && !(c >= '\u202a' && c <= '\u202e') && !(c >= '\u2066' && c <= '\u2069'),
                    "control character " + (int) c + " reached the terminal: " + text);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** disk-fill.groovy: one huge file is cut by RLIMIT_FSIZE; the refusal names the limit and the option. */
    @Test
    void diskFillStopsAtTheOutputBudget() throws IOException {
        Path out = tmp.resolve("fill-out");
        StringWriter err = new StringWriter();
        int code = gvc(new StringWriter(), err, sandboxed("--max-output", "1m", "--param", "n=1000", "--out",
                out.toString(), LAUNCHER.resolve("disk-fill.groovy").toString(), out.toString()));
        assertEquals(RecipeException.FAILED, code, err.toString());
        // with prlimit (always with the OS layer) the file-size limit cuts the file and the recipe's line is named,
        // unless the launcher's measurement sees the cut file plus its provenance sidecar first and stops the run;
        // without prlimit only the measurement stops it
        assertTrue(err.toString().contains("more than the output limit of 1m (--max-output)")
                || Isolation.prlimit() != null && err.toString().contains(
                        "disk-fill.groovy:22: a file reached the output limit of 1m (--max-output)"), err.toString());
        assertTrue(err.toString().contains("Raise the limit with --max-output SIZE"), err.toString());
        assertEquals(1, count(err.toString(), "--max-output)"), "said once: " + err);
        assertFalse(Files.exists(out), "nothing published");
        assertEquals(List.of(), leftovers(tmp));
    }

    /** Many files, each small: the launcher measures the staging folder and stops the run past the budget. */
    @Test
    void manySmallFilesStopAtTheOutputBudget() throws IOException {
        Path out = tmp.resolve("many-out");
        Path recipe = Files.writeString(tmp.resolve("many.groovy"), String.join("\n",
                "double[] xs = new double[3000]",
                "Arrays.fill(xs, 0.123456789012345d)",
                "def t = Table.create('t', DoubleColumn.create('x', xs), DoubleColumn.create('y', xs))",
                "for (int i = 0; i < 200; i++) {",
                "    save(t, args[0] + '/f' + i + '.csv')",
                "}", ""));
        StringWriter err = new StringWriter();
        int code = gvc(new StringWriter(), err, sandboxed("--max-output", "1m", "--out", out.toString(),
                recipe.toString(), out.toString()));
        assertEquals(RecipeException.FAILED, code, err.toString());
        assertTrue(err.toString().contains("more than the output limit of 1m (--max-output)"), err.toString());
        assertEquals(1, count(err.toString(), "--max-output)"), "said once: " + err);
        assertFalse(Files.exists(out), "nothing published");
        assertEquals(List.of(), leftovers(tmp));
    }

    @Test
    void maxOutputIsValidated() {
        for (String bad : List.of("0", "5x", "-1g", "2000g", "1k", "\u001b[2J")) {
            StringWriter err = new StringWriter();
            int code = gvc(new StringWriter(), err, sandboxed("--max-output", bad, "--out", tmp.resolve("o").toString(),
                    "nothing.groovy"));
            assertEquals(RecipeException.BAD_INPUT, code, bad + ": " + err);
            assertTrue(err.toString().contains("--max-output "), err.toString());
            assertNoControlCharacters(err.toString());
        }
    }

    /**
     * recipe-name-terminal-escape.groovy, saved under a name holding escape sequences and given a read root whose
     * name holds one: every launcher line reaches the terminal as text, and the failure is reported once.
     */
    @Test
    void aRecipeNameWithTerminalEscapesReachesTheTerminalOnlyAsText() throws IOException {
        Path recipe = tmp.resolve("evil\u001b]0;PWNED-TITLE\u0007\u001b[2J\u009b2J.groovy");
        Files.copy(LAUNCHER.resolve("recipe-name-terminal-escape.groovy"), recipe);
        Path data = Files.createDirectories(tmp.resolve("data\u001b]52;c;ZXZpbA==\u0007"));
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        StringWriter printed = new StringWriter();
        int code = gvc(printed, err, sandboxed("--out", out.toString(), recipe.toString(), out.toString(),
                data.toString()));
        String text = err.toString() + printed;
        assertEquals(RecipeException.FAILED, code, text);
        assertNoControlCharacters(text);
        assertTrue(text.contains("evil?]0;PWNED-TITLE??[2J"), text);
        assertTrue(text.contains("data?]52;c;ZXZpbA==?"), "the read root is named, filtered: " + text);
        assertEquals(1, count(text, "fail after saving"), "the failure is reported once: " + text);
        assertEquals(1, count(text, "nothing was written to"), text);
        assertFalse(Files.exists(out));
    }

    /** partial-publish-setup/strike.groovy: a publication that cannot be completed changes nothing in --out. */
    @Test
    void aFailingPublicationLeavesOutAsItWas() throws IOException {
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int code = gvc(new StringWriter(), err, sandboxed("--out", out.toString(),
                LAUNCHER.resolve("partial-publish-setup.groovy").toString(), out.toString()));
        assertEquals(0, code, err.toString());
        String before = Files.readString(out.resolve("zz.csv/f.csv"));
        err = new StringWriter();
        code = gvc(new StringWriter(), err, sandboxed("--out", out.toString(),
                LAUNCHER.resolve("partial-publish-strike.groovy").toString(), out.toString()));
        assertEquals(RecipeException.FAILED, code, err.toString());
        assertTrue(err.toString().contains("partial-publish-strike.groovy: the results hold a file zz.csv where " + out
                + " has a folder of that name; nothing was written"), err.toString());
        try (Stream<Path> s = Files.walk(out)) {
            assertEquals(List.of("out", "out/zz.csv", "out/zz.csv/f.csv", "out/zz.csv/f.csv.provenance.json"),
                    s.map(p -> tmp.relativize(p).toString()).sorted().toList());
        }
        assertEquals(before, Files.readString(out.resolve("zz.csv/f.csv")));
        assertEquals(List.of(), leftovers(tmp));
    }

    /**
     * os-setuid-root-published.md: what the sandbox leaves in its staging folder is published only as plain files
     * and folders that this process writes anew: no set-id, sticky or execute bits; a link, FIFO or conflict refuses
     * the whole publication, and a refused or failed one leaves --out as it was.
     */
    @Test
    void publicationRebuildsOnlyFilesAndFoldersWithPlainModes() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("old.csv"), "old");
        Path staging = OutputFiles.newStaging(out);
        Path loader = Files.write(staging.resolve("ld.so"), new byte[] {0x7f, 'E', 'L', 'F'});
        Files.setPosixFilePermissions(loader, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setAttribute(loader, "unix:mode", 04755 | 02000);
        Path sub = Files.createDirectories(staging.resolve("sub"));
        Files.setAttribute(sub, "unix:mode", 01777);
        Files.writeString(sub.resolve("old.csv"), "new");
        Files.writeString(staging.resolve("old.csv"), "new");
        assertEquals(04755 | 02000, ((Integer) Files.getAttribute(loader, "unix:mode")) & 07777, "set-id bits set");

        // a link anywhere in the tree: refused, nothing moves, the staging folder is gone
        Files.createSymbolicLink(sub.resolve("link"), Path.of("/etc/passwd"));
        StagedOutput.Refused r = org.junit.jupiter.api.Assertions.assertThrows(StagedOutput.Refused.class,
                () -> StagedOutput.publish(staging, out, Long.MAX_VALUE, StagedOutput.MAX_ENTRIES));
        assertTrue(r.getMessage().contains("sub/link, which is a symbolic link"), r.getMessage());
        assertEquals("old", Files.readString(out.resolve("old.csv")));
        assertFalse(Files.exists(out.resolve("ld.so")));
        assertFalse(Files.exists(staging));

        // a FIFO: refused
        Path staging2 = OutputFiles.newStaging(out);
        Files.writeString(staging2.resolve("a.csv"), "a");
        Process mkfifo = new ProcessBuilder("mkfifo", staging2.resolve("pipe").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        r = org.junit.jupiter.api.Assertions.assertThrows(StagedOutput.Refused.class,
                () -> StagedOutput.publish(staging2, out, Long.MAX_VALUE, StagedOutput.MAX_ENTRIES));
        assertTrue(r.getMessage().contains("pipe, which is not a regular file"), r.getMessage());
        assertFalse(Files.exists(out.resolve("a.csv")));

        // plain files only: published, with the umask's modes
        Path staging3 = OutputFiles.newStaging(out);
        Path l3 = Files.write(staging3.resolve("ld.so"), new byte[] {0x7f, 'E', 'L', 'F'});
        Files.setAttribute(l3, "unix:mode", 04755 | 02000);
        Path s3 = Files.createDirectories(staging3.resolve("sub"));
        Files.setAttribute(s3, "unix:mode", 01777);
        Files.writeString(s3.resolve("x.csv"), "x");
        Files.writeString(staging3.resolve("old.csv"), "new");
        Path locked = Files.createDirectories(staging3.resolve("locked"));
        Files.writeString(locked.resolve("y.csv"), "y");
        Files.setAttribute(locked, "unix:mode", 0);
        assertTrue(StagedOutput.publish(staging3, out, Long.MAX_VALUE, StagedOutput.MAX_ENTRIES));
        assertEquals("y", Files.readString(out.resolve("locked/y.csv")), "a folder made unreadable is published too");
        assertEquals(0700, (Integer) Files.getAttribute(out.resolve("locked"), "unix:mode") & 0700);
        int fileMode = (Integer) Files.getAttribute(out.resolve("ld.so"), "unix:mode") & 07777;
        int dirMode = (Integer) Files.getAttribute(out.resolve("sub"), "unix:mode") & 07777;
        assertEquals(0, fileMode & 07111, "no set-id, sticky or execute bit: " + Integer.toOctalString(fileMode));
        assertEquals(0, dirMode & 07000, "no set-id or sticky bit: " + Integer.toOctalString(dirMode));
        assertEquals("new", Files.readString(out.resolve("old.csv")));
        assertEquals("x", Files.readString(out.resolve("sub/x.csv")));
        assertEquals(List.of(), leftovers(tmp));
    }

    /** A table read root under /proc, /sys or /dev is refused before anything starts, naming the path. */
    @Test
    void kernelPathsAreNotReadRoots() throws IOException {
        Path recipe = Files.writeString(tmp.resolve("r.groovy"), "println args\n");
        for (String p : List.of("/proc/self/environ", "/proc/1/root", "/sys/kernel", "/dev/zero", "/dev/shm")) {
            if (!Files.exists(Path.of(p))) {
                continue;
            }
            StringWriter err = new StringWriter();
            int code = gvc(new StringWriter(), err, sandboxed("--out", tmp.resolve("o").toString(), recipe.toString(),
                    p));
            assertEquals(RecipeException.BAD_INPUT, code, p + ": " + err);
            assertTrue(err.toString().contains("r.groovy: argument " + p + " is ")
                    && err.toString().contains("the sandbox does not read the kernel's files and devices"), err.toString());
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
