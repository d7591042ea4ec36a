package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gvc4j.cli.Main;
import org.gvc4j.source.OutputFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operating-system layer of {@code gvc run --sandbox}, tested with code the language layer never sees (a plain
 * Java main in the sandbox's exact configuration), and the launcher's guarantees end to end: exit codes, the time
 * limit when the launcher is killed or stopped, out-of-memory, all-or-nothing output, links planted in {@code --out},
 * terminal escapes. Skips where bubblewrap cannot run; in CI (CI=true) a missing OS layer is a failure.
 */
class SandboxIsolationTest {
    @TempDir
    Path tmp;

    static void requireIsolation() {
        Isolation.Status s = Isolation.status();
        if (!s.available() && "true".equals(System.getenv("CI"))) {
            fail("CI must offer OS isolation for the sandbox tests: " + s.description());
        }
        Assumptions.assumeTrue(s.available(), "OS isolation unavailable here, skipping: " + s.description());
    }

    @Test
    void theOsBoundaryHoldsForCodeTheLanguageLayerNeverChecked() throws Exception {
        requireIsolation();
        // outside /tmp, which the sandbox replaces by its own: next to the build's output, whose folders the view
        // holds only as empty mount points
        Path home = Files.createDirectories(Path.of("target", "sandbox-probe-" + ProcessHandle.current().pid())
                .toAbsolutePath());
        Path secret = Files.writeString(home.resolve("secret.txt"), "top secret");
        Path readOnly = Files.createDirectories(tmp.resolve("tables"));
        Files.writeString(readOnly.resolve("Z.csv"), "row\n");
        Path staging = OutputFiles.newStaging(tmp.resolve("out"));
        Path marker = Files.writeString(Path.of("/tmp/gvc4j-host-marker-" + ProcessHandle.current().pid()), "x");
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<String> cmd = SandboxLauncher.command(Isolation.status(), List.of(readOnly), staging, null, "256m",
                    List.of(OsBoundaryProbe.class.getName(), secret.toString(), readOnly.toString(), staging.toString(),
                            Integer.toString(server.getLocalPort()), marker.toString(),
                            Long.toString(ProcessHandle.current().pid())));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("GVC_TEST_SECRET", "hunter2");
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
            List<String> lines = out.lines().filter(l -> l.contains(": ")).toList();
            assertEquals(22, lines.size(), "every attempt reported:\n" + out);
            for (String l : lines) {
                if (l.startsWith("write-staging")) {
                    assertTrue(l.contains("allowed: written"), l);
                } else {
                    assertTrue(l.contains(": blocked"), "the OS boundary must hold: " + l + "\n" + out);
                }
            }
            assertEquals("ok", Files.readString(staging.resolve("allowed.txt")));
            assertFalse(Files.exists(readOnly.resolve("pwned.txt")));
            assertFalse(Files.exists(home.resolve("pwned.txt")));
        } finally {
            Files.deleteIfExists(secret);
            Files.deleteIfExists(home);
            Files.deleteIfExists(marker);
            OutputFiles.discard(staging);
        }
    }

    private int gvc(StringWriter out, StringWriter err, String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void outputAppearsOnlyWhenTheRecipeSucceeds() throws IOException {
        Path out = tmp.resolve("out");
        Path failing = Files.writeString(tmp.resolve("half.groovy"), String.join("\n",
                "def r = demo().decompose().bm2023().exporters()",
                "save r, '" + out.resolve("one.csv") + "'",
                "save r, '" + out.resolve("sub/two.csv") + "'",
                "throw new IllegalStateException('stopped half way')", ""));
        StringWriter err = new StringWriter();
        int code = gvc(new StringWriter(), err, "run", "--sandbox", "--language-only", "--out", out.toString(),
                failing.toString());
        assertEquals(RecipeException.FAILED, code, err.toString());
        assertTrue(err.toString().contains("half.groovy:4: stopped half way"), err.toString());
        assertTrue(err.toString().contains("nothing was written to"), err.toString());
        assertFalse(Files.exists(out.resolve("one.csv")));
        assertEquals(List.of(), leftovers(tmp), "no staging left behind");

        Path ok = Files.writeString(tmp.resolve("ok.groovy"), String.join("\n",
                "def r = demo().decompose().bm2023().exporters()",
                "save r, '" + out.resolve("one.csv") + "'",
                "save r, 'relative/two.csv'", ""));
        code = gvc(new StringWriter(), err, "run", "--sandbox", "--language-only", "--out", out.toString(), ok.toString());
        assertEquals(RecipeException.FAILED, code, "relative paths resolve against where gvc runs, outside --out");
        code = gvc(new StringWriter(), err = new StringWriter(), "run", "--sandbox", "--language-only", "--out",
                out.toString(), Files.writeString(tmp.resolve("ok2.groovy"), String.join("\n",
                        "def r = demo().decompose().bm2023().exporters()",
                        "save r, '" + out.resolve("one.csv") + "'",
                        "save r, '" + out.resolve("sub/two.csv") + "'", "")).toString());
        assertEquals(0, code, err.toString());
        assertTrue(Files.size(out.resolve("one.csv")) > 100);
        assertTrue(Files.size(out.resolve("sub/two.csv")) > 100);
        assertEquals(List.of(), leftovers(tmp));
    }

    @Test
    void aLinkPlantedInOutIsReplacedNotWrittenThrough() throws IOException {
        requireIsolation();
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(out.resolve("link"), outside);
        Files.createSymbolicLink(out.resolve("f.csv"), outside.resolve("f.csv"));
        Path recipe = Files.writeString(tmp.resolve("r.groovy"), String.join("\n",
                "def r = demo().decompose().bm2023().exporters()",
                "save r, '" + out.resolve("link/x.csv") + "'",
                "save r, '" + out.resolve("f.csv") + "'", ""));
        StringWriter err = new StringWriter();
        int code = gvc(new StringWriter(), err, "run", "--sandbox", "--out", out.toString(), recipe.toString());
        assertEquals(0, code, err.toString());
        try (Stream<Path> s = Files.list(outside)) {
            assertEquals(0, s.count(), "nothing written through the links");
        }
        assertTrue(Files.isRegularFile(out.resolve("link/x.csv"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.isSymbolicLink(out.resolve("f.csv")));
    }

    @Test
    void outOfMemoryHasItsOwnExitCodeAndMessage() throws IOException {
        Path recipe = Files.writeString(tmp.resolve("oom.groovy"),
                "def xs = []\nwhile (true) {\n    xs << new double[1000000]\n}\n");
        StringWriter err = new StringWriter();
        int code = gvc(new StringWriter(), err, "run", "--sandbox", "--language-only", "--max-heap", "64m", "--out",
                tmp.resolve("out").toString(), recipe.toString());
        assertEquals(RecipeException.OUT_OF_MEMORY, code, err.toString());
        assertTrue(err.toString().contains("oom.groovy:3: out of memory: the recipe needs more than the heap limit (64m"),
                err.toString());
        assertFalse(err.toString().contains("OutOfMemoryError"), err.toString());
    }

    @Test
    void terminalEscapesAreRemovedFromWhatARecipePrints() throws IOException {
        Path recipe = Files.writeString(tmp.resolve("esc.groovy"),
                "println 'a\\u001b]52;c;ZXZpbA==\\u0007b\\u001b[2Jc\\rd\\u202ee'\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = gvc(out, err, "run", "--sandbox", "--language-only", "--out", tmp.resolve("out").toString(),
                recipe.toString());
        assertEquals(0, code, err.toString());
        assertEquals("a?]52;c;ZXZpbA==?b?[2Jc?d?e\n", out.toString());
    }

    @Test
    void withoutOsIsolationTheSandboxRefusesUnlessTheWeakerLayerIsAccepted() throws Exception {
        Path recipe = Files.writeString(tmp.resolve("hi.groovy"), "println 'hi'\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> base = List.of(java, "-Dgvc4j.sandbox.isolation=off", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "--sandbox", "--out", tmp.resolve("out").toString());
        List<String> cmd = new ArrayList<>(base);
        cmd.add(recipe.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(RecipeException.BAD_INPUT, p.exitValue(), text);
        assertTrue(text.contains("--sandbox: OS isolation turned off") && text.contains("pass --language-only"), text);
        cmd = new ArrayList<>(base);
        cmd.add(cmd.indexOf("--out"), "--language-only");
        cmd.add(recipe.toString());
        p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), text);
        assertTrue(text.contains("language layer only") && text.contains("hi"), text);
    }

    /** A launcher killed with SIGKILL takes its sandbox with it, with and without the OS layer. */
    @Test
    void killingTheLauncherEndsTheSandbox() throws Exception {
        for (boolean os : new boolean[] {true, false}) {
            if (os && !Isolation.status().available()) {
                continue;
            }
            Process launcher = startLooping(os, 120);
            List<ProcessHandle> sandbox = awaitSandbox(launcher);
            launcher.destroyForcibly();
            assertTrue(launcher.waitFor(10, TimeUnit.SECONDS));
            assertAllEnd(sandbox, 15, (os ? "OS" : "language-only") + " sandbox after kill -9 of the launcher");
        }
    }

    /** A stopped launcher (SIGSTOP) cannot enforce the limit: the sandbox ends itself when its time is up. */
    @Test
    void theTimeLimitHoldsInsideTheSandboxWhenTheLauncherIsStopped() throws Exception {
        for (boolean os : new boolean[] {true, false}) {
            if (os && !Isolation.status().available()) {
                continue;
            }
            Process launcher = startLooping(os, 4);
            List<ProcessHandle> sandbox = awaitSandbox(launcher);
            signal(launcher.pid(), "STOP");
            try {
                assertAllEnd(sandbox, 20, (os ? "OS" : "language-only") + " sandbox past its 4 s limit, launcher stopped");
            } finally {
                signal(launcher.pid(), "CONT");
                launcher.destroyForcibly();
                launcher.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** SIGTERM to the launcher: the sandbox is killed and its staging folder removed. */
    @Test
    void terminatingTheLauncherCleansUp() throws Exception {
        Process launcher = startLooping(Isolation.status().available(), 120);
        List<ProcessHandle> sandbox = awaitSandbox(launcher);
        launcher.destroy();
        assertTrue(launcher.waitFor(20, TimeUnit.SECONDS));
        assertAllEnd(sandbox, 15, "sandbox after SIGTERM of the launcher");
        assertEquals(List.of(), leftovers(tmp.resolve("loop-" + launcherCount)), "staging removed by the launcher");
    }

    private int launcherCount;

    private Process startLooping(boolean os, int timeout) throws IOException {
        launcherCount++;
        Path dir = Files.createDirectories(tmp.resolve("loop-" + launcherCount));
        Path recipe = Files.writeString(dir.resolve("loop.groovy"), "long i = 0\nwhile (true) { i++ }\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java));
        if (!os) {
            cmd.add("-Dgvc4j.sandbox.isolation=off");
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", "--sandbox",
                "--timeout", Integer.toString(timeout), "--out", dir.resolve("out").toString()));
        if (!os) {
            cmd.add("--language-only");
        }
        cmd.add(recipe.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    }

    /** The launcher's descendants once the sandbox's JVM runs the recipe. */
    private static List<ProcessHandle> awaitSandbox(Process launcher) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            List<ProcessHandle> d = launcher.descendants().toList();
            boolean jvm = d.stream().anyMatch(h -> commandLine(h).contains(SandboxMain.class.getName()));
            if (jvm) {
                Thread.sleep(1500); // let it compile and start looping
                return launcher.descendants().toList();
            }
            Thread.sleep(100);
        }
        launcher.destroyForcibly();
        throw new AssertionError("the sandbox did not start within 60 s");
    }

    /**
     * The whole command line from /proc ({@code ProcessHandle.Info.commandLine()} is cut at a page, and the class
     * name comes after a class path that is longer than that).
     */
    private static String commandLine(ProcessHandle h) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(h.pid()), "cmdline"), StandardCharsets.ISO_8859_1)
                    .replace('\0', ' ');
        } catch (IOException e) {
            return h.info().commandLine().orElse("");
        }
    }

    private static void assertAllEnd(List<ProcessHandle> procs, int seconds, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end && procs.stream().anyMatch(SandboxIsolationTest::running)) {
            Thread.sleep(100);
        }
        List<ProcessHandle> alive = procs.stream().filter(SandboxIsolationTest::running).toList();
        alive.forEach(ProcessHandle::destroyForcibly);
        assertTrue(alive.isEmpty(), what + ": still running " + alive.stream()
                .map(h -> h.pid() + " " + h.info().command().orElse("?")).toList());
    }

    /** Alive and not a zombie (a stopped parent cannot reap its ended children). */
    private static boolean running(ProcessHandle h) {
        if (!h.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void signal(long pid, String sig) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).start().waitFor(5, TimeUnit.SECONDS);
    }

    private static List<String> leftovers(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.map(p -> p.getFileName().toString()).filter(OutputFiles::isPart).forEach(out::add);
        }
        return out;
    }
}
