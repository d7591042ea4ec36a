package org.gvc4j.script;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JVM of a sandboxed run (started by {@link SandboxLauncher}, not by users):
 * {@code --display NAME --out DIR --stage DIR --base DIR --timeout SECONDS --heap SIZE [--max-output SIZE]
 * [--read PATH]... [--param K=V]... [--compile-to FILE | --compiled FILE --compiled-sha256 HEX]
 * -- RECIPE [ARGS...]}.
 *
 * <p>{@code --compile-to} compiles and checks the recipe and writes its classes to FILE for the launcher's
 * {@link CompiledRecipeCache}, running nothing; {@code --compiled} runs the classes of a cache entry the launcher
 * chose, after checking the file's SHA-256 and the classes against the allowlist.
 *
 * <p>It confines every recipe of this JVM ({@link GvcScript#lockDown()}) before compiling anything, and it keeps its
 * own limits, so that they hold even if the launcher is killed: a watchdog ends the JVM when the time limit passes,
 * and another when its standard input closes (the launcher keeps it open and never writes to it, so end of input
 * means the launcher is gone). Exit codes are the recipe codes plus {@link #CODE_OFFSET}, so that the launcher can
 * tell them from the JVM's own exits.
 */
public final class SandboxMain {
    /** Added to {@link RecipeException} codes on exit. */
    static final int CODE_OFFSET = 10;

    private SandboxMain() {
    }

    public static void main(String[] argv) {
        GvcScript.lockDown();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        String display = "recipe";
        Path out = Path.of(".");
        Path stage = null;
        Path base = Path.of("");
        long timeout = 600;
        String heap = "?";
        String maxOutput = null;
        List<Path> read = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        Path compileTo = null;
        Path compiled = null;
        String compiledSha = null;
        int i = 0;
        try {
            while (i < argv.length && !argv[i].equals("--")) {
                String v = argv[i + 1];
                switch (argv[i]) {
                    case "--display" -> display = v;
                    case "--out" -> out = Path.of(v);
                    case "--stage" -> stage = Path.of(v);
                    case "--base" -> base = Path.of(v);
                    case "--timeout" -> timeout = Long.parseLong(v);
                    case "--heap" -> heap = v;
                    case "--max-output" -> maxOutput = v;
                    case "--read" -> read.add(Path.of(v));
                    case "--compile-to" -> compileTo = Path.of(v);
                    case "--compiled" -> compiled = Path.of(v);
                    case "--compiled-sha256" -> compiledSha = v;
                    case "--param" -> {
                        int eq = v.indexOf('=');
                        params.put(v.substring(0, eq), v.substring(eq + 1));
                    }
                    default -> throw new IllegalArgumentException(argv[i]);
                }
                i += 2;
            }
        } catch (RuntimeException e) {
            stderr.println("gvc sandbox: bad internal arguments (" + e.getMessage() + ")");
            Runtime.getRuntime().halt(CODE_OFFSET + RecipeException.BAD_INPUT);
        }
        String name = display;
        String heapLimit = heap;
        startWatchdogs(name, timeout, stderr);
        watchFileSizeLimit();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (e instanceof OutOfMemoryError) {
                stderr.println(name + ": " + outOfMemory(heapLimit));
                stderr.flush();
                Runtime.getRuntime().halt(CODE_OFFSET + RecipeException.OUT_OF_MEMORY);
            } else if (t.getName().equals("main")) {
                // never silent: one line, then the launcher's exit code for a failure
                stderr.println(name + ": " + e);
                stderr.flush();
                Runtime.getRuntime().halt(CODE_OFFSET + RecipeException.FAILED);
            }
        });
        int code = 0;
        try {
            Path recipe = Path.of(argv[i + 1]);
            List<String> args = new ArrayList<>(List.of(argv).subList(i + 2, argv.length));
            RecipeContext ctx = new RecipeContext(display, args, params, true, read, out, stage, base, stdout);
            if (compileTo != null) {
                // the launcher's cache: compile and check only; no recipe code runs in this JVM
                RecipeRunner.compileTo(recipe, ctx, compileTo);
            } else if (compiled != null && compiledSha != null) {
                RecipeRunner.executeCompiled(compiled, compiledSha, ctx);
            } else {
                RecipeRunner.execute(recipe, ctx);
            }
        } catch (RecipeException e) {
            String msg = e.exitCode() == RecipeException.OUT_OF_MEMORY
                    ? e.getMessage().replace("(raise the heap limit)", "(" + heapLimit + "; raise it with --max-heap)")
                    : maxOutput != null && fileTooLarge(e) ? where(e.getMessage(), name) + "a file reached the output "
                    + "limit of " + maxOutput + " (--max-output); nothing was written to " + out
                    + ". Raise the limit with --max-output SIZE"
                    : e.getMessage();
            stderr.println(msg);
            code = CODE_OFFSET + e.exitCode();
        } catch (OutOfMemoryError e) {
            stderr.println(display + ": " + outOfMemory(heapLimit));
            code = CODE_OFFSET + RecipeException.OUT_OF_MEMORY;
        }
        stdout.flush();
        stderr.flush();
        Runtime.getRuntime().halt(code);
    }

    /** Set when the kernel signalled that a write passed the file-size limit (RLIMIT_FSIZE = --max-output). */
    private static volatile boolean fileSizeLimitHit;

    /**
     * The kernel sends SIGXFSZ to a process whose write passes RLIMIT_FSIZE (the write fails with "File too large",
     * a message the CSV writer loses): noted here, so that the failure names the limit and the option.
     */
    private static void watchFileSizeLimit() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("XFSZ"), s -> fileSizeLimitHit = true);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // not on this platform: the failure keeps the writer's own message
        }
    }

    /** Whether the recipe failed on the file-size limit (the signal's handler runs a moment after the write). */
    static boolean fileTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("File too large")) {
                return true;
            }
        }
        for (int i = 0; i < 20 && !fileSizeLimitHit; i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return fileSizeLimitHit;
    }

    /** {@code recipe.groovy:LINE: } from the start of a recipe message, or {@code recipe.groovy: }. */
    static String where(String message, String display) {
        if (message != null && message.startsWith(display + ":")) {
            int i = display.length() + 1;
            int j = i;
            while (j < message.length() && Character.isDigit(message.charAt(j))) {
                j++;
            }
            if (j > i && j < message.length() && message.charAt(j) == ':') {
                return message.substring(0, j + 1) + " ";
            }
        }
        return display + ": ";
    }

    static String outOfMemory(String heap) {
        return "out of memory: the recipe needs more than the sandbox's heap limit (" + heap
                + "; raise it with --max-heap)";
    }

    /** The time limit and the launcher's death, each ending this JVM on its own. */
    private static void startWatchdogs(String display, long timeoutSeconds, PrintStream stderr) {
        Thread timer = new Thread(() -> {
            long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    Thread.sleep(Math.max(1, Math.min(left / 1_000_000L, 1000)));
                } catch (InterruptedException e) {
                    // keep waiting: nothing may cancel the limit
                }
            }
            stderr.println(display + ": stopped after " + timeoutSeconds
                    + " s (the sandbox's time limit; raise it with --timeout)");
            stderr.flush();
            Runtime.getRuntime().halt(CODE_OFFSET + RecipeException.TIMEOUT);
        }, "gvc-sandbox-time-limit");
        timer.setDaemon(true);
        timer.start();
        Thread orphan = new Thread(() -> {
            try {
                byte[] buf = new byte[256];
                while (System.in.read(buf) >= 0) {
                    // the launcher never writes; anything read is ignored
                }
            } catch (IOException e) {
                // a broken pipe is end of input too
            }
            Runtime.getRuntime().halt(CODE_OFFSET + RecipeException.FAILED);
        }, "gvc-sandbox-launcher-watch");
        orphan.setDaemon(true);
        orphan.start();
    }
}
