package org.gvc4j.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvc4j.model.IoTable;

/**
 * The validation facts of a loaded table, shared by {@code gvc info} and {@link TableReport}: the largest gap of the
 * row identity (X = rowSums(Z) + rowSums(Y)) and, when value added is given, of the column identity (X = colSums(Z) +
 * VA), each relative to the industry's output, against {@link #TOLERANCE}; and the industries with zero output.
 */
public final class TableFacts {
    /**
     * A table counts as balanced when every industry's gap is within this share of its output (or of its uses, if
     * larger): the rounding of sums of doubles stays far below it, a published table rounded to a few digits does not.
     */
    public static final double TOLERANCE = 1e-9;

    private TableFacts() {
    }

    /** The largest gap of one industry's accounting identity (index, {@code lhs - rhs}, relative to the larger term). */
    public record Gap(int industry, double value, double relative) {
    }

    /** The industry with the largest relative gap {@code lhs - rhs} (ties: the larger absolute gap). */
    public static Gap largest(double[] lhs, double[] rhs) {
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

    /** The labels ({@code country_sector}) of the industries whose output is zero, in table order. */
    public static List<String> zeroOutput(IoTable d) {
        double[] x = d.output();
        List<String> zero = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (x[i] == 0) {
                zero.add(d.labels().industry(i));
            }
        }
        return zero;
    }

    /** The largest relative gap of the row and (if value added is given) column identities. */
    public static double worstRelativeGap(IoTable d) {
        double worst = rowGap(d).relative();
        Gap col = columnGap(d);
        return col == null ? worst : Math.max(worst, col.relative());
    }

    /** Whether every gap is within {@link #TOLERANCE}. */
    public static boolean balanced(IoTable d) {
        return worstRelativeGap(d) <= TOLERANCE;
    }

    private static Gap rowGap(IoTable d) {
        double[] x = d.output();
        double[] rowZ = d.z().rowSums();
        double[] rowY = d.y().rowSums();
        double[] uses = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            uses[i] = rowZ[i] + rowY[i];
        }
        return largest(uses, x);
    }

    private static @org.jspecify.annotations.Nullable Gap columnGap(IoTable d) {
        double[] va = d.valueAdded();
        if (va == null) {
            return null; // no value added: balanced by construction
        }
        double[] x = d.output();
        double[] colZ = d.z().columnSums();
        double[] inputs = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            inputs[i] = colZ[i] + va[i];
        }
        return largest(inputs, x);
    }

    /**
     * The balance report as {@code gvc info} prints it: the rows' and the columns' largest gaps relative to output,
     * then the verdict against the stated tolerance.
     */
    public static List<String> balanceLines(IoTable d) {
        List<String> out = new ArrayList<>();
        double[] x = d.output();
        out.add("balance     rows     " + describe("rowSums(Z) + rowSums(Y) - X", rowGap(d), d, x));
        Gap col = columnGap(d);
        if (col != null) {
            out.add("            columns  " + describe("colSums(Z) + VA - X", col, d, x));
        } else {
            out.add("            columns  no value added given (read as X - colSums(Z): balanced by construction)");
        }
        String tol = String.format(Locale.ROOT, "%.0e", TOLERANCE);
        out.add(balanced(d)
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

    /** Six significant digits, trailing zeros dropped, {@code Locale.ROOT}. */
    public static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        int e = s.indexOf('e');
        String mant = e < 0 ? s : s.substring(0, e);
        if (mant.contains(".")) {
            mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return e < 0 ? mant : mant + s.substring(e);
    }
}
