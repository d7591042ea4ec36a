package org.gvc4j.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.gvc4j.Gvc;
import org.gvc4j.error.GvcException;
import org.gvc4j.script.SandboxLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gvc}: the command-line entry point. Errors print one line (no stack trace unless {@code --debug}). */
@Command(name = "gvc", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Global value chain decompositions of multi-regional input-output tables.")
public final class Main implements Runnable {
    /**
     * The subcommands, in the order {@code --help} lists them. Only the one named first on the command line is built
     * (picocli reads every option of every command it registers, a tenth of a second at start-up); all of them when
     * the first argument names none ({@code --help}, {@code help run}, a typo).
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("run", RunCommand::new);
        m.put("demo", DemoCommand::new);
        m.put("info", InfoCommand::new);
        m.put("report", ReportCommand::new);
        m.put("convert", ConvertCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("estimate", EstimateCommand::new);
        m.put("code-texts", CodeTextsCommand::new);
        m.put("panel", PanelCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return m;
    }

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
        Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cl.addSubcommand(args[0], named.get());
        } else {
            COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (debug) {
                ex.printStackTrace(err);
            }
            String msg = ex instanceof GvcException || ex instanceof java.io.UncheckedIOException ? ex.getMessage()
                    : ex.getClass().getSimpleName() + ": " + ex.getMessage();
            err.println("gvc: " + SandboxLauncher.printable(String.valueOf(msg)));
            err.flush();
            return 1;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            // one line naming the option, and where the full usage is, instead of the whole usage text
            CommandLine sub = ex.getCommandLine();
            // through the one terminal filter: option names and values are the user's bytes (escapes, bidi overrides)
            err.println("gvc: " + SandboxLauncher.printable(String.valueOf(ex.getMessage()).replace('\n', ' '))
                    + " (see: gvc " + (sub.getCommandName().equals("gvc") ? ""
                    : SandboxLauncher.printable(sub.getCommandName()) + " ") + "--help)");
            err.flush();
            return 2;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"gvc4j " + Gvc.version(), "numerics: " + Gvc.backend(),
                "sandbox: " + org.gvc4j.script.SandboxLauncher.isolationStatus(),
                "java " + System.getProperty("java.version")};
        }
    }
}
