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
 * relative to the industry's output, against a stated tolerance), zero-output industries, numerics backend.
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
        double[] x = d.output();
        List<String> zero = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (x[i] == 0) {
                zero.add(d.labels().industry(i));
            }
        }
        for (String line : balanceLines(d)) {
            out.println(line);
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

    /**
     * A table counts as balanced when every industry's gap is within this share of its output (or of its uses, if
     * larger): the rounding of sums of doubles stays far below it, a published table rounded to a few digits does not.
     */
    static final double TOLERANCE = 1e-9;

    /** The largest gap of one industry's accounting identity, relative to the size of its terms. */
    record Gap(int industry, double value, double relative) {
    }

    /** The industry with the largest relative gap {@code lhs - rhs} (ties: the larger absolute gap). */
    static Gap largest(double[] lhs, double[] rhs) {
        Gap worst = new Gap(0, 0, 0);
        for (int i = 0; i < lhs.length; i++) {
            double gap = lhs[i] - rhs[i];
            double scale = Math.max(Math.abs(lhs[i]), Math.abs(rhs[i]));
            double rel = gap == 0 ? 0 : Math.abs(gap) / scale;
            if (rel > worst.relative() || (rel == worst.relative() && Math.abs(gap) > Math.abs(worst.value()))) {
                worst = new Gap(i, gap, rel);
            }
        }
        return worst;
    }

    /**
     * The balance report: for rows (X = rowSums(Z) + rowSums(Y)) and, when value added is given, for columns
     * (X = colSums(Z) + VA) the industry with the largest gap relative to its output, then the verdict against the
     * stated tolerance.
     */
    static List<String> balanceLines(IoTable d) {
        List<String> out = new ArrayList<>();
        double[] x = d.output();
        double[] rowZ = d.z().rowSums();
        double[] rowY = d.y().rowSums();
        double[] uses = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            uses[i] = rowZ[i] + rowY[i];
        }
        Gap row = largest(uses, x);
        out.add("balance     rows     " + describe("rowSums(Z) + rowSums(Y) - X", row, d, x));
        double worst = row.relative();
        double[] va = d.valueAdded();
        if (va != null) {
            double[] colZ = d.z().columnSums();
            double[] inputs = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                inputs[i] = colZ[i] + va[i];
            }
            Gap col = largest(inputs, x);
            out.add("            columns  " + describe("colSums(Z) + VA - X", col, d, x));
            worst = Math.max(worst, col.relative());
        } else {
            out.add("            columns  no value added given (read as X - colSums(Z): balanced by construction)");
        }
        String tol = String.format(Locale.ROOT, "%.0e", TOLERANCE);
        out.add(worst <= TOLERANCE
                ? "            balanced: every gap is within " + tol + " of the industry's output (the tolerance)"
                : "            NOT balanced: a gap above the tolerance (" + tol + " of the industry's output); "
                        + "formulas that need balance differ slightly");
        return out;
    }

    private static String describe(String identity, Gap g, IoTable d, double[] x) {
        if (g.value() == 0) {
            return identity + " = 0 in every industry";
        }
        return String.format(Locale.ROOT, "largest gap %s = %s at %s (X = %s, relative gap %.3g)", identity,
                number(g.value()), d.labels().industry(g.industry()), number(x[g.industry()]), g.relative());
    }

    /** Six significant digits, trailing zeros dropped. */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        int e = s.indexOf('e');
        String mant = e < 0 ? s : s.substring(0, e);
        if (mant.contains(".")) {
            mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return e < 0 ? mant : mant + s.substring(e);
    }
}
