package org.gvc4j.cli;

import java.io.PrintWriter;
import org.gvc4j.Gvc;
import org.gvc4j.error.GvcException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gvc}: the command-line entry point. Errors print one line (no stack trace unless {@code --debug}). */
@Command(name = "gvc", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Global value chain decompositions of multi-regional input-output tables.",
        subcommands = {RunCommand.class, DemoCommand.class, InfoCommand.class, ConvertCommand.class, BenchCommand.class,
            EstimateCommand.class, CodeTextsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (debug) {
                ex.printStackTrace(err);
            }
            String msg = ex instanceof GvcException || ex instanceof java.io.UncheckedIOException ? ex.getMessage()
                    : ex.getClass().getSimpleName() + ": " + ex.getMessage();
            err.println("gvc: " + msg);
            err.flush();
            return 1;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            // one line naming the option, and where the full usage is, instead of the whole usage text
            CommandLine sub = ex.getCommandLine();
            err.println("gvc: " + ex.getMessage() + " (see: gvc " + (sub.getCommandName().equals("gvc") ? ""
                    : sub.getCommandName() + " ") + "--help)");
            err.flush();
            return 2;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"gvc4j " + Gvc.version(), "numerics: " + Gvc.backend(),
                "java " + System.getProperty("java.version")};
        }
    }
}
