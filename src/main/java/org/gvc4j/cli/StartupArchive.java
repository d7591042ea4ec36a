package org.gvc4j.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run behind the {@code gvc} launcher's class-data archive (AppCDS): the launcher runs this class once
 * per build under {@code -XX:ArchiveClassesAtExit=target/gvc4j.jsa}, and every later {@code gvc} command (and the
 * JVM of a sandboxed recipe) maps the classes it loaded from that archive instead of reading, verifying and linking
 * them from the jar again. It runs, with all output discarded, what a day at the command line runs: {@code gvc run}
 * of a one-line recipe twice (the dynamic Groovy compiler, then the compiled-recipe cache, in a folder of its
 * own), {@code gvc demo} (the statically checked compiler of sandboxed
 * recipes, its bytecode allowlist, every decomposition and the result tables) and {@code gvc --version} (the backend
 * and the sandbox probe). Not a user command: it has no options and prints nothing.
 */
public final class StartupArchive {
    private StartupArchive() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("gvc4j-startup-archive");
        PrintStream stdout = System.out;
        PrintStream none = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        PrintWriter quiet = new PrintWriter(none);
        int failed = 0;
        try {
            Path recipe = dir.resolve("hi.groovy");
            Files.writeString(recipe, "println \"hi\"\n", StandardCharsets.UTF_8);
            System.setOut(none);
            // a compiled-recipe cache of its own: the first run compiles and stores, the second loads from it
            System.setProperty("gvc4j.recipe.cache", dir.resolve("cache").toString());
            for (String[] command : new String[][] {
                {"run", "--out", dir.resolve("out").toString(), recipe.toString()},
                {"run", "--out", dir.resolve("out").toString(), recipe.toString()},
                {"demo"},
                {"--version"}}) {
                if (Main.execute(command, quiet, quiet) != 0) {
                    failed++;
                }
            }
        } finally {
            System.setOut(stdout);
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        // a failed training run still leaves a usable archive, but the launcher should not keep it silently
        System.exit(failed == 0 ? 0 : 1);
    }
}
