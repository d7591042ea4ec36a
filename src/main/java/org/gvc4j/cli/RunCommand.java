package org.gvc4j.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gvc4j.script.CompiledRecipeCache;
import org.gvc4j.script.RecipeContext;
import org.gvc4j.script.RecipeException;
import org.gvc4j.script.RecipeRunner;
import org.gvc4j.script.SandboxLauncher;
import org.gvc4j.source.OutputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gvc run [--sandbox] recipe.groovy [args...]}. */
@Command(name = "run", mixinStandardHelpOptions = true, description = {
    "Run a Groovy recipe against the engine.",
    "With --sandbox (for recipes from someone else): a separate JVM with a time and heap limit, isolated by the "
        + "operating system (bubblewrap: no network, no files but the paths given as arguments, writes only under "
        + "--out); the recipe may only use the gvc4j API, collections, math and strings.",
    "Files saved under --out appear there only when the recipe succeeds (all or nothing).",
    "Exit codes: 0 done, 1 the recipe failed, 2 bad input, 3 refused by the sandbox, 4 time limit, 5 out of memory."})
final class RunCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RECIPE", description = "The .groovy recipe.")
    Path recipe;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the recipe (args[0], ...).")
    List<String> args = new ArrayList<>();

    @Option(names = "--sandbox", description = "Run confined (see above).")
    boolean sandbox;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Output folder; the only place a sandboxed recipe may write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--language-only", description = "With --sandbox where OS isolation is unavailable (no "
            + "bubblewrap, not Linux): accept the weaker, language-only sandbox.")
    boolean languageOnly;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Time limit of a sandboxed run (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--max-heap", paramLabel = "SIZE", defaultValue = "4g",
            description = "Heap limit of a sandboxed run (default: ${DEFAULT-VALUE}).")
    String maxHeap;

    @Option(names = "--max-output", paramLabel = "SIZE", defaultValue = SandboxLauncher.DEFAULT_MAX_OUTPUT,
            description = "Most a sandboxed run may write under --out, e.g. 500m or 20g (default: ${DEFAULT-VALUE}); "
                    + "past it the recipe is stopped and nothing is written.")
    String maxOutput;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A value for param(\"NAME\", default).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        // the one place the recipe's name is made printable: every message below names it this way
        String display = SandboxLauncher.printable(recipe.toString());
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (languageOnly && !sandbox) {
                throw new RecipeException("--language-only applies to --sandbox runs only", RecipeException.BAD_INPUT);
            }
            SandboxLauncher.Limits limits = new SandboxLauncher.Limits(timeout, maxHeap, languageOnly, maxOutput);
            if (sandbox) {
                return SandboxLauncher.launch(recipe, display, args, params, out, limits,
                        CompiledRecipeCache.forUser(err), spec.commandLine().getOut(), err);
            }
            Path outAbs = out.toAbsolutePath().normalize();
            Path staging = OutputFiles.newStaging(outAbs);
            try {
                PrintStream stdout = System.out;
                RecipeRunner.execute(recipe, new RecipeContext(display, args, params, false, List.of(), outAbs, staging,
                        Path.of(""), stdout), CompiledRecipeCache.forUser(err));
                SandboxLauncher.publish(staging, outAbs, display);
            } finally {
                OutputFiles.discard(staging);
            }
            return 0;
        } catch (RecipeException e) {
            if (debug && e.getCause() != null) {
                e.getCause().printStackTrace();
            }
            err.println(SandboxLauncher.printable(e.getMessage()));
            err.flush();
            return e.exitCode();
        } catch (java.io.UncheckedIOException e) {
            // e.g. no staging folder can be made next to --out: through the same filter, once
            if (debug) {
                e.printStackTrace();
            }
            err.println("gvc: " + SandboxLauncher.printable(String.valueOf(e.getMessage())));
            err.flush();
            return RecipeException.FAILED;
        }
    }
}
