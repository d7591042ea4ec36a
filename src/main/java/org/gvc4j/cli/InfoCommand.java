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

/** Describes a table: dimensions, labels, balance, zero-output industries, numerics backend. */
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
        double[] x = d.output();
        double total = 0;
        List<String> zero = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            total += x[i];
            if (x[i] == 0) {
                zero.add(d.labels().industry(i));
            }
        }
        double imbalance = d.maxRowImbalance();
        out.printf(Locale.ROOT, "balance     max |rowSums(Z) + rowSums(Y) - X| = %.6g (%s)%n", imbalance,
                imbalance <= 1e-9 * total ? "balanced" : "not balanced: formulas that need balance differ slightly");
        double[] va = d.valueAdded();
        if (va != null) {
            double[] colZ = d.z().columnSums();
            double gap = 0;
            for (int i = 0; i < va.length; i++) {
                gap = Math.max(gap, Math.abs(va[i] - (x[i] - colZ[i])));
            }
            out.printf(Locale.ROOT, "value added max |VA - (X - colSums(Z))| = %.6g%n", gap);
        }
        out.printf(Locale.ROOT, "zero output %d%s%n", zero.size(), zero.isEmpty() ? "" : " (" + String.join(", ", zero) + ")");
        out.printf(Locale.ROOT, "conventions %s%n", io.getConventions());
        out.printf(Locale.ROOT, "numerics    %s%n", Gvc.backend());
        if (check) {
            out.println("check");
            for (String line : org.gvc4j.source.TableCheck.lines(d)) {
                out.println("  " + line);
            }
        }
        out.flush();
        return 0;
    }
}
