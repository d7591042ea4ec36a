package org.gvc4j.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gvc4j.error.TableFormatException;

/**
 * The matrix layout shared by OECD ICIO and FIGARO: one header line of column labels, then one line per row with its
 * label first. The reader classifies the columns once ({@link #plan}); then every row is classified by its label and
 * its cells are written straight into Z, Yfull, the output column or a valuation row.
 */
public final class WideCsv {
    /** Column kinds. */
    public static final int SKIP = 0;
    public static final int Z = 1;
    public static final int Y = 2;
    public static final int X = 3;
    /** A column kept aside (e.g. ICIO 2016's {@code DISC}): summed into {@link Result#extra}. */
    public static final int EXTRA = 4;

    /** How a row is used. */
    public sealed interface RowRole permits Industry, Valuation, OutputRow, Skip {
    }

    /** A row of Z (and Y, X): industry index. */
    public record Industry(int index) implements RowRole {
    }

    /** A valuation row, kept under its official code. */
    public record Valuation(String code) implements RowRole {
    }

    /** The published output row (totals by column). */
    public record OutputRow(String code) implements RowRole {
    }

    /** A row that is read but not kept (e.g. a total of intermediate use). */
    public record Skip(String code) implements RowRole {
    }

    /** Classifies a row label; throws a {@link TableFormatException} naming it when it is unknown. */
    @FunctionalInterface
    public interface RowClassifier {
        RowRole classify(String label, int line);
    }

    /** What was read besides Z and Yfull. */
    public static final class Result {
        /** The output column (n), or {@code null} when the file has none. */
        public double[] x;
        /** The output row under the industry columns, or {@code null}. */
        public double[] outputRow;
        public String outputRowCode = "";
        /** Valuation rows under the industry columns, by code, file order. */
        public final Map<String, double[]> valuation = new LinkedHashMap<>();
        /** Valuation rows with non-zero cells under final-demand columns (taxes on final products …). */
        public final Set<String> valuationUnderFinalDemand = new HashSet<>();
        /** The EXTRA column summed over industry rows, and its largest |cell|. */
        public double extraSum;
        public double extraMax;
        public final List<String> skippedRows = new ArrayList<>();
    }

    /** Column plan: kind and index (industry j, Yfull column, or 0) per data column. */
    public record Plan(int[] kind, int[] index, List<String> labels) {
    }

    private WideCsv() {
    }

    /** Reads the header line: column labels after the first (row-label) cell, validated as labels. */
    public static List<String> header(TextCursor in) throws IOException {
        List<String> head = new ArrayList<>();
        TextCursor.End end;
        boolean first = true;
        do {
            end = in.next();
            if (!first) {
                head.add(in.label("column label"));
            }
            first = false;
        } while (end == TextCursor.End.DELIMITER);
        if (head.isEmpty()) {
            throw new TableFormatException(in.file() + " line 1: no column labels (an empty or non-CSV file?)");
        }
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int c = 0; c < head.size(); c++) {
            Integer before = seen.put(head.get(c), c);
            if (before != null) {
                throw new TableFormatException(in.file() + " line 1: column label \"" + NumberSyntax.printable(head.get(c)) + "\" appears twice "
                        + "(columns " + (before + 2) + " and " + (c + 2) + ")");
            }
        }
        return head;
    }

    /**
     * Streams the data rows into {@code t}. Every industry must appear exactly once as a row.
     */
    public static Result rows(TextCursor in, Plan plan, RowClassifier rows, TableAssembly t) throws IOException {
        int n = t.n;
        int cols = plan.kind().length;
        Result r = new Result();
        boolean[] seen = new boolean[n];
        double[] scratch = new double[n];
        while (true) {
            TextCursor.End end = in.next();
            if (end != TextCursor.End.DELIMITER && in.isBlank() && !in.wasQuoted()) {
                if (end == TextCursor.End.FILE) {
                    break;
                }
                continue;
            }
            int line = in.line();
            String label = in.label("row label");
            RowRole role = rows.classify(label, line);
            double[] target = null;
            int i = -1;
            if (role instanceof Industry ind) {
                i = ind.index();
                if (seen[i]) {
                    throw new TableFormatException(in.file() + " line " + line + ": row \"" + NumberSyntax.printable(label) + "\" appears twice");
                }
                seen[i] = true;
            } else if (role instanceof Valuation v) {
                if (r.valuation.containsKey(v.code())) {
                    throw new TableFormatException(in.file() + " line " + line + ": row \"" + NumberSyntax.printable(label) + "\" appears twice");
                }
                target = new double[n];
                r.valuation.put(v.code(), target);
            } else if (role instanceof OutputRow o) {
                target = new double[n];
                r.outputRow = target;
                r.outputRowCode = o.code();
            } else {
                target = scratch;
                r.skippedRows.add(label);
            }
            int c = 0;
            while (end == TextCursor.End.DELIMITER && c < cols) {
                end = in.next();
                int kind = plan.kind()[c];
                if (kind == SKIP) {
                    c++;
                    continue;
                }
                double v = t.cell(in, label, plan.labels().get(c));
                int k = plan.index()[c];
                if (i >= 0) {
                    switch (kind) {
                        case Z -> t.z[i + k * n] = v;
                        case Y -> t.yFull[i + k * n] = v;
                        case X -> {
                            if (r.x == null) {
                                r.x = new double[n];
                            }
                            r.x[i] = v;
                        }
                        default -> {
                            r.extraSum += v;
                            r.extraMax = Math.max(r.extraMax, Math.abs(v));
                        }
                    }
                } else if (kind == Z) {
                    target[k] = v;
                } else if (kind == Y && v != 0 && role instanceof Valuation val) {
                    r.valuationUnderFinalDemand.add(val.code());
                }
                c++;
            }
            if (c < cols || end == TextCursor.End.DELIMITER) {
                int fields = 1 + c + (end == TextCursor.End.DELIMITER ? in.skipLine() : 0);
                throw new TableFormatException(in.file() + " line " + line + ": " + fields + " fields, but the header has "
                        + (cols + 1) + " (row \"" + NumberSyntax.printable(label) + "\")");
            }
            if (end == TextCursor.End.FILE) {
                break;
            }
        }
        for (int k = 0; k < n; k++) {
            if (!seen[k]) {
                throw new TableFormatException(in.file() + ": no row for industry \"" + t.labels.industry(k)
                        + "\", which the header has as a column");
            }
        }
        return r;
    }
}
