package org.gvc4j.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gvc4j.script.RecipeContext;
import org.gvc4j.script.RecipeException;
import org.gvc4j.script.RecipeRunner;
import org.gvc4j.script.SandboxLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gvc run [--sandbox] recipe.groovy [args...]}. */
@Command(name = "run", mixinStandardHelpOptions = true, description = {
    "Run a Groovy recipe against the engine.",
    "With --sandbox (for recipes from someone else): a separate JVM with a time and heap limit; the recipe may only "
        + "use the gvc4j API, collections, math and strings, read the table paths given as arguments and write "
        + "under --out; files, sockets, processes, reflection and exit are refused."})
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

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Time limit of a sandboxed run (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--max-heap", paramLabel = "SIZE", defaultValue = "4g",
            description = "Heap limit of a sandboxed run (default: ${DEFAULT-VALUE}).")
    String maxHeap;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A value for param(\"NAME\", default).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        String display = recipe.toString();
        try {
            if (sandbox) {
                return SandboxLauncher.launch(recipe, display, args, params, out,
                        new SandboxLauncher.Limits(timeout, maxHeap));
            }
            PrintStream stdout = System.out;
            RecipeRunner.execute(recipe, new RecipeContext(display, args, params, false, List.of(), out, stdout));
            return 0;
        } catch (RecipeException e) {
            if (debug && e.getCause() != null) {
                e.getCause().printStackTrace();
            }
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return e.exitCode();
        }
    }
}
