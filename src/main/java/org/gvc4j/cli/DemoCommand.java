package org.gvc4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gvc4j.script.RecipeContext;
import org.gvc4j.script.RecipeException;
import org.gvc4j.script.RecipeRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the demo recipe ({@code scripts/demo.groovy}, shipped in the jar) on the embedded demo table. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the demo recipe: every decomposition on the embedded demo table (5 economies x 4 sectors).")
final class DemoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        String source;
        try (InputStream in = DemoCommand.class.getResourceAsStream("/org/gvc4j/script/demo.groovy")) {
            if (in == null) {
                throw new IllegalStateException("the demo recipe is missing from the jar");
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        PrintStream stdout = System.out;
        try {
            RecipeRunner.execute(source, new RecipeContext("demo.groovy", List.of(), Map.of(), true, List.of(),
                    Path.of("out"), stdout));
            return 0;
        } catch (RecipeException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return e.exitCode();
        }
    }
}
