package org.gvc4j.script;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.gvc4j.source.OutputFiles;

/**
 * Runs a recipe in the sandbox: a separate JVM ({@link SandboxMain}) with a heap limit and a time limit, inside the
 * operating-system boundary of {@link Isolation} where the machine offers one (refused otherwise, unless the user
 * accepts the language layer alone). The recipe writes into a staging folder that is moved into {@code --out} only
 * when it succeeds; its output reaches the terminal with control characters removed.
 */
public final class SandboxLauncher {
    /** Largest recipe file accepted (recipes are short programs; this bounds the compiler's work). */
    static final long MAX_RECIPE_BYTES = 1L << 20;
    /** Output a sandboxed recipe may print, per stream, before the rest is dropped. */
    static final long MAX_PRINTED_CHARS = 64L << 20;
    /** How long the launcher waits beyond the limit for the sandbox's own watchdog before killing it. */
    private static final long GRACE_SECONDS = 5;
    /** How often the launcher measures the staging folder against the output budget. */
    private static final long BUDGET_POLL_MILLIS = 250;
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]{0,6}[kKmMgG]?");

    private SandboxLauncher() {
    }

    /**
     * Options of a sandboxed run.
     *
     * @param languageOnly accept the weaker language-only sandbox where OS isolation is unavailable
     * @param maxOutput    most bytes the recipe may write under {@code --out} (a size such as 500m or 2g)
     */
    public record Limits(long timeoutSeconds, String maxHeap, boolean languageOnly, String maxOutput) {
        public static final Limits DEFAULT = new Limits(600, "4g", false, "2g");

        public Limits(long timeoutSeconds, String maxHeap, boolean languageOnly) {
            this(timeoutSeconds, maxHeap, languageOnly, DEFAULT_MAX_OUTPUT);
        }

        public Limits {
            if (timeoutSeconds < 1 || timeoutSeconds > 7 * 24 * 3600) {
                throw new RecipeException("--timeout " + timeoutSeconds + ": give whole seconds from 1 to 604800 "
                        + "(7 days)", RecipeException.BAD_INPUT);
            }
            if (maxHeap == null || !HEAP.matcher(maxHeap).matches()) {
                throw new RecipeException("--max-heap " + printable(String.valueOf(maxHeap))
                        + ": give a size such as 512m or 4g", RecipeException.BAD_INPUT);
            }
            long bytes = heapBytes(maxHeap);
            if (bytes < (64L << 20)) {
                throw new RecipeException("--max-heap " + maxHeap + ": at least 64m", RecipeException.BAD_INPUT);
            }
            if (bytes > (1L << 40)) {
                throw new RecipeException("--max-heap " + maxHeap + ": at most 1024g", RecipeException.BAD_INPUT);
            }
            if (maxOutput == null || !HEAP.matcher(maxOutput).matches()) {
                throw new RecipeException("--max-output " + printable(String.valueOf(maxOutput))
                        + ": give a size such as 500m or 2g", RecipeException.BAD_INPUT);
            }
            long out = heapBytes(maxOutput);
            if (out < (1L << 20) || out > (1L << 40)) {
                throw new RecipeException("--max-output " + maxOutput + ": give a size from 1m to 1024g",
                        RecipeException.BAD_INPUT);
            }
        }

        /** {@link #maxOutput} in bytes. */
        public long maxOutputBytes() {
            return heapBytes(maxOutput);
        }
    }

    /** Default of {@code --max-output}. */
    public static final String DEFAULT_MAX_OUTPUT = "2g";

    static long heapBytes(String heap) {
        char unit = Character.toLowerCase(heap.charAt(heap.length() - 1));
        long n = Long.parseLong(Character.isDigit(unit) ? heap : heap.substring(0, heap.length() - 1));
        return switch (unit) {
            case 'k' -> n << 10;
            case 'm' -> n << 20;
            case 'g' -> n << 30;
            default -> n;
        };
    }

    /** Which sandbox this machine offers, in one line (for {@code gvc info} and {@code --version}). */
    public static String isolationStatus() {
        Isolation.Status s = Isolation.status();
        return s.available() ? s.description()
                : "language layer only (" + s.description() + "); gvc run --sandbox needs --language-only here";
    }

    /**
     * @param recipe  the recipe file
     * @param display the recipe as the user named it (control characters are replaced here, once, for every message)
     * @param args    the recipe's arguments; those that name existing files or folders become its read roots
     * @param params  {@code --param} values
     * @param outDir  the only folder it may write under (created when the recipe saves something)
     * @param out     where the recipe's printed output goes
     * @param err     where messages go
     * @return the exit code (0 success, 1 recipe error, 2 bad input, 3 rejected, 4 timeout, 5 out of memory)
     */
    public static int launch(Path recipe, String display, List<String> args, Map<String, String> params, Path outDir,
                             Limits limits, PrintWriter out, PrintWriter err) {
        return launch(recipe, display, args, params, outDir, limits, CompiledRecipeCache.off(), out, err);
    }

    /**
     * {@link #launch(Path, String, List, Map, Path, Limits, PrintWriter, PrintWriter)} with a compiled-recipe cache:
     * a recipe compiled before runs from its checked classes; one that was not is first compiled and checked by a
     * sandboxed JVM that runs nothing, and cached.
     */
    public static int launch(Path recipe, String display, List<String> args, Map<String, String> params, Path outDir,
                             Limits limits, CompiledRecipeCache cache, PrintWriter out, PrintWriter err) {
        String name = printable(display);
        if (!Files.isRegularFile(recipe)) {
            throw new RecipeException(name + ": " + (Files.exists(recipe) ? "not a regular file (a folder, pipe or device)"
                    : "no such recipe file"), RecipeException.BAD_INPUT);
        }
        try {
            if (Files.size(recipe) > MAX_RECIPE_BYTES) {
                throw new RecipeException(name + ": " + Files.size(recipe) + " bytes; recipes are limited to "
                        + MAX_RECIPE_BYTES + " bytes", RecipeException.BAD_INPUT);
            }
        } catch (IOException e) {
            throw new RecipeException(name + ": cannot read the recipe: " + e.getMessage(), RecipeException.BAD_INPUT);
        }
        Isolation.Status iso = Isolation.status();
        if (!iso.available() && !limits.languageOnly()) {
            throw new RecipeException("--sandbox: " + iso.description() + ". Without OS isolation a hole in the "
                    + "language layer would reach your files and network. Install bubblewrap, or pass --language-only "
                    + "to accept the weaker language-only sandbox.", RecipeException.BAD_INPUT);
        }
        Path base = Path.of("").toAbsolutePath();
        Path outAbs = Isolation.real(outDir.toAbsolutePath().normalize());
        if (Files.exists(outAbs, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(outAbs)) {
            throw new RecipeException("--out " + outDir + ": exists and is not a folder", RecipeException.BAD_INPUT);
        }
        if (isKernelPath(outAbs)) {
            throw new RecipeException("--out " + outAbs + ": under " + kernelRoot(outAbs) + ", which is the kernel's, "
                    + "not a folder for results", RecipeException.BAD_INPUT);
        }
        List<Path> readRoots = new ArrayList<>();
        List<String> childArgs = new ArrayList<>();
        for (String a : args) {
            Path p = asExistingPath(a);
            if (p != null) {
                if (isKernelPath(p)) {
                    throw new RecipeException(name + ": argument " + a + " is " + p + ", under " + kernelRoot(p)
                            + ": the sandbox does not read the kernel's files and devices (give a table file or "
                            + "folder)", RecipeException.BAD_INPUT);
                }
                readRoots.add(p);
                childArgs.add(p.toString());
            } else {
                childArgs.add(a);
            }
        }
        Path staging = OutputFiles.newStaging(outAbs);
        Path tmp = null;
        try {
            if (!iso.available()) {
                tmp = Files.createDirectory(Path.of(System.getProperty("java.io.tmpdir"))
                        .resolve(".sandbox-tmp" + OutputFiles.PART_MARK + ProcessHandle.current().pid() + "-"
                                + Long.toHexString(System.nanoTime())));
            }
        } catch (IOException e) {
            OutputFiles.discard(staging);
            throw new RecipeException("cannot create the sandbox's temporary folder: " + e.getMessage(),
                    RecipeException.FAILED, e);
        }
        Path recipeReal = Isolation.real(recipe.toAbsolutePath());
        List<String> main = childOptions(name, outAbs, staging, base, limits);
        for (Path r : readRoots) {
            main.addAll(List.of("--read", r.toString()));
        }
        for (Map.Entry<String, String> e : params.entrySet()) {
            main.addAll(List.of("--param", e.getKey() + "=" + e.getValue()));
        }
        List<String> tail = new ArrayList<>(List.of("--", recipeReal.toString()));
        tail.addAll(childArgs);
        List<Path> readable = new ArrayList<>(readRoots);
        readable.add(recipeReal);
        say(err, "gvc sandbox: " + (iso.available() ? iso.description() : "language layer only (--language-only: "
                + iso.description() + ")") + "; reads " + (readRoots.isEmpty() ? "no files"
                : String.join(", ", readRoots.stream().map(Path::toString).toList())) + "; writes " + outAbs
                + " when the recipe succeeds (at most " + formatSize(limits.maxOutputBytes()) + ")");
        int code = 0;
        try {
            CompiledRecipeCache.Hit hit = null;
            byte[] src = null;
            try {
                src = cache.enabled() ? Files.readAllBytes(recipeReal) : null;
            } catch (IOException e) {
                src = null; // the run reads it and says why it cannot
            }
            if (src != null) {
                String cls = RecipeRunner.className(new String(src, StandardCharsets.UTF_8), name);
                hit = cache.find(CompiledRecipeCache.SANDBOXED, cls, src);
                if (hit == null) {
                    code = compileForCache(iso, recipeReal, src, cls, cache,
                            (box) -> childOptions(name, outAbs, box, base, limits), tmp, limits, name, out, err);
                    hit = code == 0 ? cache.find(CompiledRecipeCache.SANDBOXED, cls, src) : null;
                }
                if (hit != null) {
                    main.addAll(List.of("--compiled", hit.file().toString(), "--compiled-sha256", hit.sha256()));
                    readable.add(hit.file());
                }
            }
            if (code == 0) {
                main.addAll(tail);
                code = run(command(iso, readable, staging, tmp, limits.maxHeap(), limits.maxOutputBytes(), main),
                        staging, outAbs, tmp, name, limits, out, err);
            }
            if (code == 0) {
                try {
                    StagedOutput.publish(staging, outAbs, limits.maxOutputBytes(), StagedOutput.MAX_ENTRIES);
                } catch (StagedOutput.Refused e) {
                    say(err, name + ": " + e.getMessage());
                    code = RecipeException.FAILED;
                }
            } else if (code != OVER_BUDGET && hasFiles(staging)) {
                // a file cut at the output limit (RLIMIT_FSIZE) fails the recipe with "File too large": say why
                StagedOutput.Size size = StagedOutput.measure(staging, limits.maxOutputBytes());
                say(err, name + ": " + (size.bytes() >= limits.maxOutputBytes()
                        ? StagedOutput.overBudget(limits.maxOutputBytes(), size.entries(), outAbs)
                        : "nothing was written to " + outAbs + " (the recipe did not finish; its partial results "
                        + "were discarded)"));
            }
        } finally {
            StagedOutput.unlock(staging); // a folder the recipe made unreadable is deleted too
            OutputFiles.discard(staging);
            if (tmp != null) {
                StagedOutput.unlock(tmp);
                OutputFiles.discard(tmp);
            }
        }
        return code == OVER_BUDGET ? RecipeException.FAILED : code;
    }

    /** The options of the sandbox's JVM before its recipe-specific ones. */
    private static List<String> childOptions(String name, Path outAbs, Path staging, Path base, Limits limits) {
        return new ArrayList<>(List.of(SandboxMain.class.getName(), "--display", name,
                "--out", outAbs.toString(), "--stage", staging.toString(), "--base", base.toString(),
                "--timeout", Long.toString(limits.timeoutSeconds()), "--heap", limits.maxHeap(),
                "--max-output", formatSize(limits.maxOutputBytes())));
    }

    /**
     * A sandboxed JVM that compiles the recipe, checks it against the allowlist and writes its classes, running none
     * of them; the launcher stores them under the key it computed from the bytes it read, when the JVM compiled those
     * same bytes. Returns the JVM's exit code (a refusal or a syntax error is reported as by a run).
     */
    private static int compileForCache(Isolation.Status iso, Path recipeReal, byte[] src, String cls,
                                       CompiledRecipeCache cache, java.util.function.Function<Path, List<String>> options,
                                       Path tmp, Limits limits, String name, PrintWriter out, PrintWriter err) {
        Path box;
        try {
            box = Files.createTempDirectory("gvc4j-compile"); // mode 0700
        } catch (IOException e) {
            return 0; // not cached: the run compiles it
        }
        try {
            Path file = box.resolve("compiled.bin");
            List<String> main = new ArrayList<>(options.apply(box));
            main.addAll(List.of("--compile-to", file.toString(), "--", recipeReal.toString()));
            int code = run(command(iso, List.of(recipeReal), box, tmp == null ? null : box, limits.maxHeap(),
                    limits.maxOutputBytes(), main), box, box, null, name, limits, out, err);
            if (code == 0 && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(file) < (64L << 20)) {
                CompiledRecipeCache.Compiled c = CompiledRecipeCache.decode(Files.readAllBytes(file), null);
                if (c != null) {
                    cache.store(CompiledRecipeCache.SANDBOXED, cls, src, c); // only if compiled from src as cls
                }
            }
            return code;
        } catch (IOException e) {
            return 0; // not cached: the run compiles it
        } finally {
            StagedOutput.unlock(box);
            OutputFiles.discard(box);
        }
    }

    /**
     * Publishes the staging folder of an unconfined run ({@code gvc run} without {@code --sandbox}) as a sandboxed
     * run's is published, all or nothing, without a budget.
     *
     * @throws RecipeException when it cannot be published; {@code target} is as it was
     */
    public static void publish(Path staging, Path target, String display) {
        try {
            StagedOutput.publish(staging, target, Long.MAX_VALUE, Integer.MAX_VALUE);
        } catch (StagedOutput.Refused e) {
            throw new RecipeException(printable(display) + ": " + e.getMessage(), RecipeException.FAILED);
        }
    }

    /** Internal: the run was stopped because it wrote past the output budget (already reported). */
    private static final int OVER_BUDGET = -1;

    /** Prints one launcher message, through the one control-character filter. */
    static void say(PrintWriter err, String message) {
        err.println(printable(message));
        err.flush();
    }

    /** A size in the units of the options: 2g, 512m, 1536k, 100 (bytes). */
    static String formatSize(long bytes) {
        if (bytes % (1L << 30) == 0) {
            return (bytes >> 30) + "g";
        }
        if (bytes % (1L << 20) == 0) {
            return (bytes >> 20) + "m";
        }
        return bytes % 1024 == 0 ? (bytes >> 10) + "k" : bytes + " bytes";
    }

    /** Whether a real path is the kernel's ({@code /proc}, {@code /sys}, {@code /dev}): never a table. */
    static boolean isKernelPath(Path real) {
        return kernelRoot(real) != null;
    }

    private static String kernelRoot(Path real) {
        for (String root : List.of("/proc", "/sys", "/dev")) {
            if (real.startsWith(root)) {
                return root;
            }
        }
        return null;
    }

    /** The full command with the default output budget (tests run probes in the sandbox's configuration). */
    static List<String> command(Isolation.Status iso, List<Path> readable, Path staging, Path tmp, String heap,
                                List<String> mainAndArgs) {
        return command(iso, readable, staging, tmp, heap, heapBytes(DEFAULT_MAX_OUTPUT), mainAndArgs);
    }

    /** Resource limits of the sandbox's processes for a heap limit and an output budget. */
    static Isolation.Rlimits rlimits(String heap, long maxOutput) {
        // the JVM reserves more address space than its heap (class space, code cache, thread stacks, malloc arenas,
        // which MALLOC_ARENA_MAX bounds): about 2 GB above the heap here, so a margin of 4 GB, which a second JVM
        // with a larger heap does not get
        return new Isolation.Rlimits(heapBytes(heap) + ADDRESS_SPACE_MARGIN, maxOutput, 4096, 512);
    }

    /** glibc's malloc arenas in the sandbox (each reserves 64 MB of address space). */
    private static final String MALLOC_ARENAS = "2";

    /** Address space a sandbox JVM may use beyond its heap. */
    static final long ADDRESS_SPACE_MARGIN = 4L << 30;

    /** The full command: the child JVM, wrapped in bubblewrap when isolation is available. */
    static List<String> command(Isolation.Status iso, List<Path> readable, Path staging, Path tmp, String heap,
                                long maxOutput, List<String> mainAndArgs) {
        List<String> jvm = new ArrayList<>();
        jvm.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        jvm.add("-Xmx" + heap);
        jvm.add("-Xss4m");
        jvm.add("-XX:-UsePerfData");
        jvm.add("-XX:+DisableAttachMechanism");
        jvm.add("-Djava.io.tmpdir=" + (iso.available() ? "/tmp" : String.valueOf(tmp)));
        jvm.add("-Duser.home=" + (iso.available() ? "/tmp" : String.valueOf(tmp)));
        jvm.add("-Dfile.encoding=UTF-8");
        // The class-data archive (AppCDS) the gvc launcher started this JVM with (-Dgvc4j.cds.archive): the child
        // runs the same jar, so it maps the archived classes too (read-only, below); one it cannot use is ignored
        // without a warning. None in tests, IDEs or a hand-typed java -jar.
        String cds = System.getProperty("gvc4j.cds.archive");
        Path archive = cds != null && cds.endsWith(".jsa") && cds.indexOf('\0') < 0
                && Files.isRegularFile(Isolation.real(Path.of(cds)), LinkOption.NOFOLLOW_LINKS)
                ? Isolation.real(Path.of(cds)) : null;
        if (archive != null) {
            jvm.add("-XX:SharedArchiveFile=" + archive);
            jvm.add("-Xlog:cds=off");
            jvm.add("-Xlog:cds+dynamic=off");
        }
        String backend = System.getProperty("gvc4j.backend");
        if (backend != null && backend.matches("[a-z]+")) {
            jvm.add("-Dgvc4j.backend=" + backend);
        }
        List<Path> cp = classPath();
        jvm.add("-cp");
        jvm.add(String.join(File.pathSeparator, cp.stream().map(Path::toString).toList()));
        jvm.addAll(mainAndArgs);
        Isolation.Rlimits rl = rlimits(heap, maxOutput);
        if (!iso.available()) {
            // language-only: the same limits where prlimit exists, but the process count (outside a user namespace
            // it would count every process of the user)
            Path prlimit = Isolation.prlimit();
            if (prlimit == null) {
                return jvm;
            }
            List<String> cmd = new ArrayList<>(List.of(prlimit.toString()));
            cmd.addAll(rl.options().stream().filter(o -> !o.startsWith("--nproc")).toList());
            cmd.add("--");
            cmd.addAll(jvm);
            return cmd;
        }
        List<Path> ro = new ArrayList<>(Isolation.systemPaths());
        ro.addAll(cp);
        if (archive != null) {
            ro.add(archive);
        }
        ro.addAll(readable);
        List<String> env = new ArrayList<>(List.of("LANG", "C.UTF-8", "HOME", "/tmp", "PATH", "/nonexistent",
                "MALLOC_ARENA_MAX", MALLOC_ARENAS));
        String threads = System.getenv("OPENBLAS_NUM_THREADS");
        if (threads != null && threads.matches("[0-9]{1,3}")) {
            env.addAll(List.of("OPENBLAS_NUM_THREADS", threads));
        }
        return Isolation.wrap(iso, ro, staging, env, rl, jvm);
    }

    private static int run(List<String> cmd, Path staging, Path target, Path tmp, String display, Limits limits,
                           PrintWriter out, PrintWriter err) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(staging.toFile());
        pb.environment().keySet().removeIf(k -> !(k.equals("LANG") || k.equals("LC_ALL")
                || k.equals("OPENBLAS_NUM_THREADS")));
        pb.environment().put("MALLOC_ARENA_MAX", MALLOC_ARENAS);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new RecipeException("cannot start the sandbox: " + e.getMessage(), RecipeException.FAILED, e);
        }
        Thread hook = new Thread(() -> {
            kill(p);
            StagedOutput.unlock(staging);
            OutputFiles.discard(staging);
            if (tmp != null) {
                OutputFiles.discard(tmp);
            }
        }, "gvc-sandbox-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        Thread pumpOut = pump(p.getInputStream(), out, "stdout");
        Thread pumpErr = pump(p.getErrorStream(), err, "stderr");
        long maxOutput = limits.maxOutputBytes();
        try {
            // stdin stays open and empty: the sandbox ends itself when it closes (this process died). Meanwhile the
            // staging folder is measured: past the output budget (bytes or entries) the sandbox is stopped.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limits.timeoutSeconds() + GRACE_SECONDS);
            boolean done = false;
            StagedOutput.Size size = null;
            while (!done) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                done = p.waitFor(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, BUDGET_POLL_MILLIS),
                        TimeUnit.MILLISECONDS);
                size = StagedOutput.measure(staging, maxOutput);
                if (size.bytes() > maxOutput || size.entries() > StagedOutput.MAX_ENTRIES) {
                    kill(p);
                    p.waitFor(10, TimeUnit.SECONDS);
                    join(pumpOut, pumpErr);
                    say(err, display + ": stopped: " + StagedOutput.overBudget(maxOutput, size.entries(), target));
                    return OVER_BUDGET;
                }
            }
            if (!done) {
                kill(p);
                p.waitFor(10, TimeUnit.SECONDS);
                join(pumpOut, pumpErr);
                say(err, display + ": stopped after " + limits.timeoutSeconds()
                        + " s (the sandbox's time limit; raise it with --timeout)");
                return RecipeException.TIMEOUT;
            }
            join(pumpOut, pumpErr);
            return exitCode(p.exitValue(), display, err);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(p);
            throw new RecipeException(display + ": interrupted", RecipeException.FAILED, e);
        } finally {
            try {
                p.getOutputStream().close();
            } catch (IOException e) {
                // already gone
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down: the hook runs
            }
        }
    }

    private static int exitCode(int raw, String display, PrintWriter err) {
        if (raw == 0) {
            return 0;
        }
        int code = raw - SandboxMain.CODE_OFFSET;
        if (code >= RecipeException.FAILED && code <= RecipeException.OUT_OF_MEMORY) {
            return code;
        }
        say(err, display + ": the sandbox ended unexpectedly (" + (raw > 128 ? "signal " + (raw - 128)
                : "exit code " + raw) + ")");
        return RecipeException.FAILED;
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static void join(Thread... threads) throws InterruptedException {
        for (Thread t : threads) {
            t.join(5000);
        }
    }

    /** Copies the child's output, without control characters (no terminal escapes), up to a cap. */
    private static Thread pump(InputStream in, PrintWriter to, String name) {
        Thread t = new Thread(() -> {
            long written = 0;
            boolean capped = false;
            char[] buf = new char[8192];
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                int n;
                while ((n = r.read(buf)) >= 0) {
                    if (capped) {
                        continue;
                    }
                    for (int k = 0; k < n; k++) {
                        buf[k] = printable(buf[k]);
                    }
                    int take = (int) Math.min(n, MAX_PRINTED_CHARS - written);
                    to.write(buf, 0, take);
                    written += take;
                    if (written >= MAX_PRINTED_CHARS) {
                        to.println();
                        to.println("[gvc sandbox: output cut after " + MAX_PRINTED_CHARS + " characters]");
                        capped = true;
                    }
                    to.flush();
                }
            } catch (IOException e) {
                // the child is gone
            }
            to.flush();
        }, "gvc-sandbox-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * The one filter for everything the launcher prints (its own messages, the recipe's name, paths, labels): control
     * characters become '?' as in {@link #printable(char)}; tabs and line feeds pass.
     */
    public static String printable(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char q = printable(c);
            if (q != c && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(q);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Tabs and line feeds pass; every other control character (escape sequences included) becomes '?'. */
    static char printable(char c) {
        if (c == '\n' || c == '\t') {
            return c;
        }
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
            return '?';
        }
        return c;
    }

    private static boolean hasFiles(Path dir) {
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** An argument that names an existing file or folder, as a real path; otherwise null. */
    private static Path asExistingPath(String a) {
        if (a.isEmpty() || a.indexOf('\0') >= 0) {
            return null;
        }
        try {
            Path p = Path.of(a);
            return Files.exists(p) ? Isolation.real(p) : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** This JVM's class path, as real absolute paths (the child runs in another folder, maybe another view). */
    private static List<Path> classPath() {
        LinkedHashSet<Path> parts = new LinkedHashSet<>();
        for (String s : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!s.isEmpty() && Files.exists(Path.of(s))) {
                parts.add(Isolation.real(Path.of(s)));
            }
        }
        return new ArrayList<>(parts);
    }
}
