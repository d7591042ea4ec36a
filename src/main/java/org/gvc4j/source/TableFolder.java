package org.gvc4j.source;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gvc4j.error.InvalidTableException;
import org.gvc4j.linalg.Mat;
import org.gvc4j.model.Labels;

/**
 * Writes a {@link SourceTable} in the table-folder layout, all or nothing ({@link OutputFiles#writeFolder}):
 * {@code Z.csv}, {@code Y.csv}, {@code Yfull.csv} ({@code COUNTRY.CATEGORY}), {@code VA_X.csv} ({@code row,VA,X}),
 * {@code VA_rows.csv} (every valuation row under its official code) and {@code provenance.txt} (the load report).
 * Numbers are written with Java's shortest round-trip form, so reading the folder back gives the same doubles.
 */
public final class TableFolder {
    public static final List<String> FILES = List.of("Z.csv", "Y.csv", "Yfull.csv", "VA_X.csv", "VA_rows.csv",
            "provenance.txt");

    private TableFolder() {
    }

    /**
     * Writes the folder; every value must be finite (checked before anything is written).
     *
     * @throws InvalidTableException naming the first non-finite cell
     */
    public static void write(SourceTable t, Path folder) {
        requireFinite(t);
        OutputFiles.writeFolder(folder, staging -> {
            Labels l = t.labels();
            List<String> industries = industries(l);
            matrix(staging.resolve("Z.csv"), industries, industries, t.z());
            matrix(staging.resolve("Y.csv"), industries, l.countries(), t.y());
            matrix(staging.resolve("Yfull.csv"), industries, t.yFullLabels(), t.yFull());
            int n = l.size();
            double[] va = t.valueAdded();
            double[] x = t.output();
            Mat vax = new Mat(n, 2);
            System.arraycopy(va, 0, vax.data, 0, n);
            System.arraycopy(x, 0, vax.data, n, n);
            matrix(staging.resolve("VA_X.csv"), industries, List.of("VA", "X"), vax);
            matrix(staging.resolve("VA_rows.csv"), t.valuationCodes(), industries, t.valuation());
            StringBuilder p = new StringBuilder("# written by gvc4j " + org.gvc4j.Gvc.version() + " (gvc convert)\n");
            p.append("table        ").append(t.name()).append('\n');
            p.append("size         ").append(l.countryCount()).append(" regions x ").append(l.sectorCount())
                    .append(" sectors = ").append(n).append(" industries\n");
            for (String line : t.report().lines()) {
                p.append(line).append('\n');
            }
            Files.writeString(staging.resolve("provenance.txt"), p, StandardCharsets.UTF_8);
            return null;
        });
    }

    private static List<String> industries(Labels l) {
        List<String> out = new java.util.ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++) {
            out.add(l.industry(i));
        }
        return out;
    }

    private static void requireFinite(SourceTable t) {
        check(t.z(), "Z", t);
        check(t.yFull(), "Yfull", t);
        check(t.valuation(), "valuation rows", t);
        for (double v : t.valueAdded()) {
            if (!Double.isFinite(v)) {
                throw new InvalidTableException(t.name() + ": value added holds " + v + "; nothing written");
            }
        }
        for (double v : t.output()) {
            if (!Double.isFinite(v)) {
                throw new InvalidTableException(t.name() + ": output holds " + v + "; nothing written");
            }
        }
    }

    private static void check(Mat m, String what, SourceTable t) {
        for (int k = 0; k < m.data.length; k++) {
            if (!Double.isFinite(m.data[k])) {
                throw new InvalidTableException(t.name() + ": " + what + " row " + (k % m.rows + 1) + ", column "
                        + (k / m.rows + 1) + " holds " + m.data[k] + "; nothing written");
            }
        }
    }

    private static void matrix(Path file, List<String> rows, List<String> cols, Mat m) throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
             Writer w = new java.io.BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("\"row\"");
            for (String c : cols) {
                w.write(',');
                w.write(quote(c));
            }
            w.write('\n');
            for (int i = 0; i < rows.size(); i++) {
                w.write(quote(rows.get(i)));
                for (int j = 0; j < cols.size(); j++) {
                    w.write(',');
                    double v = m.data[i + j * m.rows];
                    w.write(v == 0 ? "0" : Double.toString(v));
                }
                w.write('\n');
            }
        }
    }

    static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
