package org.gvc4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.model.IoTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Describes a table: dimensions, labels, balance (the largest gap of the row and column identities, where, how large
 * relative to the industry's output, against a stated tolerance), zero-output industries, numerics backend, and
 * which isolation {@code gvc run --sandbox} has on this machine.
 */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Describe a table folder, an official file or zip (or 'demo'); --check validates it.")
final class InfoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TABLE", description = "A table folder (Z.csv, Y.csv or Yfull.csv, VA_X.csv), or 'demo'.")
    String table;

    @Option(names = "--check", description = "Validation report: residuals by row and column with their labels, "
            + "negative entries by block, zero-output industries, value-added sign, productivity.")
    boolean check;

    @picocli.CommandLine.Mixin
    TableArgument.Options source;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MrioTable io = TableArgument.load(table, source, spec.commandLine().getErr());
        IoTable d = io.getData();
        out.printf(Locale.ROOT, "table       %s%n", io.getName());
        out.printf(Locale.ROOT, "size        %d countries x %d sectors = %d industries%n", io.getCountries().size(),
                io.getSectors().size(), io.getSize());
        out.printf(Locale.ROOT, "countries   %s%n", String.join(", ", io.getCountries()));
        out.printf(Locale.ROOT, "sectors     %s%n", String.join(", ", io.getSectors()));
        List<String> zero = org.gvc4j.report.TableFacts.zeroOutput(d);
        for (String line : balanceLines(d)) {
            out.println(line);
        }
        out.printf(Locale.ROOT, "zero output %d%s%n", zero.size(), zero.isEmpty() ? "" : " (" + String.join(", ", zero) + ")");
        out.printf(Locale.ROOT, "conventions %s%n", io.getConventions());
        out.printf(Locale.ROOT, "numerics    %s%n", Gvc.backend());
        // which boundary `gvc run --sandbox` would get on this machine (the OS layer, or why not)
        out.printf(Locale.ROOT, "sandbox     %s%n", org.gvc4j.script.SandboxLauncher.isolationStatus());
        if (check) {
            out.println("check");
            for (String line : org.gvc4j.source.TableCheck.lines(d)) {
                out.println("  " + line);
            }
        }
        out.flush();
        return 0;
    }

    /** The stated balance tolerance ({@link org.gvc4j.report.TableFacts#TOLERANCE}). */
    static final double TOLERANCE = org.gvc4j.report.TableFacts.TOLERANCE;

    /** The largest gap of one industry's accounting identity, relative to the size of its terms. */
    record Gap(int industry, double value, double relative) {
    }

    /** The industry with the largest relative gap {@code lhs - rhs} (ties: the larger absolute gap). */
    static Gap largest(double[] lhs, double[] rhs) {
        org.gvc4j.report.TableFacts.Gap g = org.gvc4j.report.TableFacts.largest(lhs, rhs);
        return new Gap(g.industry(), g.value(), g.relative());
    }

    /** The balance report (shared with {@code gvc report}: {@link org.gvc4j.report.TableFacts#balanceLines}). */
    static List<String> balanceLines(IoTable d) {
        return org.gvc4j.report.TableFacts.balanceLines(d);
    }

    /** Six significant digits, trailing zeros dropped. */
    static String number(double v) {
        return org.gvc4j.report.TableFacts.number(v);
    }
}
