package org.gvc4j.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.gvc4j.error.InvalidTableException;
import org.gvc4j.linalg.Mat;
import org.gvc4j.model.IoTable;
import org.gvc4j.model.Labels;

/**
 * A table as a reader found it in its source, before any convention is applied: Z, final demand by destination
 * country and category ({@code Yfull}), every valuation row under its official code, value added at basic prices as
 * published, gross output as published (or row sums where the source has none), and the {@link LoadReport}.
 * {@link #toIoTable()} gives what the decompositions use; {@link TableFolder#write} writes it as a table folder.
 *
 * <p>Arrays are column-major and not copied: a {@code SourceTable} is built once by a reader and not modified.
 */
public final class SourceTable {
    private final String name;
    private final Labels labels;
    private final Mat z;
    private final List<String> categories;
    private final Mat yFull;
    private final List<String> valuationCodes;
    private final Mat valuation;
    private final double[] va;
    private final double[] x;
    private final LoadReport report;

    /**
     * @param categories     the final-demand category codes, the same for every destination country
     * @param yFull          n × (G·K), categories contiguous per destination country
     * @param valuationCodes official codes of the valuation rows (m)
     * @param valuation      m × n
     * @param va             value added at basic prices as published (n)
     * @param x              gross output as published, or row sums where the source publishes none (n); the report
     *                       says which
     */
    public SourceTable(String name, Labels labels, Mat z, List<String> categories, Mat yFull, List<String> valuationCodes,
            Mat valuation, double[] va, double[] x, LoadReport report) {
        int n = labels.size();
        int g = labels.countryCount();
        if (z.rows != n || z.cols != n || yFull.rows != n || yFull.cols != g * categories.size() || va.length != n
                || x.length != n || valuation.rows != valuationCodes.size() || valuation.cols != n) {
            throw new InvalidTableException(name + ": inconsistent block sizes (n = " + n + ", Z " + z.rows + "x" + z.cols
                    + ", Yfull " + yFull.rows + "x" + yFull.cols + " for " + g + " countries x " + categories.size()
                    + " categories, valuation " + valuation.rows + "x" + valuation.cols + ")");
        }
        this.name = name;
        this.labels = labels;
        this.z = z;
        this.categories = List.copyOf(categories);
        this.yFull = yFull;
        this.valuationCodes = List.copyOf(valuationCodes);
        this.valuation = valuation;
        this.va = va;
        this.x = x;
        this.report = report;
    }

    /**
     * A table that is already in memory (a table folder, a table built in code) as a source table: one final-demand
     * category {@code FD} per destination, and value added (when given) as the one valuation row {@code VA}.
     */
    public static SourceTable of(IoTable t, String format, String source) {
        Labels l = t.labels();
        int n = l.size();
        double[] va = t.valueAdded();
        boolean hasVa = va != null;
        if (va == null) {
            va = new double[n];
            double[] x = t.output();
            double[] colZ = t.z().columnSums();
            for (int j = 0; j < n; j++) {
                va[j] = x[j] - colZ[j];
            }
        }
        LoadReport r = new LoadReport(format, "", null, "as given", source, "X as given",
                hasVa ? "VA as given (all value-added columns summed)" : "none given: X - colSums(Z)", 0, 0,
                java.util.Map.of(), List.of());
        return new SourceTable(t.name(), l, t.z(), List.of("FD"), t.y(), List.of("VA"), new Mat(1, n, va.clone()), va,
                t.output(), r);
    }

    public String name() {
        return name;
    }

    public Labels labels() {
        return labels;
    }

    /** Z, n × n (shared, do not modify). */
    public Mat z() {
        return z;
    }

    public List<String> categories() {
        return categories;
    }

    /** Final demand by destination country and category, n × (G·K) (shared, do not modify). */
    public Mat yFull() {
        return yFull;
    }

    /** The column labels of {@link #yFull()}: {@code COUNTRY.CATEGORY}. */
    public List<String> yFullLabels() {
        List<String> out = new ArrayList<>();
        for (String c : labels.countries()) {
            for (String k : categories) {
                out.add(c + "." + k);
            }
        }
        return out;
    }

    public List<String> valuationCodes() {
        return valuationCodes;
    }

    /** Every valuation row under its official code, m × n (shared, do not modify). */
    public Mat valuation() {
        return valuation;
    }

    /** Value added at basic prices as published. */
    public double[] valueAdded() {
        return va.clone();
    }

    /** Gross output as published, or row sums where the source publishes none ({@link LoadReport#outputSource()}). */
    public double[] output() {
        return x.clone();
    }

    public LoadReport report() {
        return report;
    }

    /** The same table with one more note in its report. */
    public SourceTable withNote(String note) {
        return new SourceTable(name, labels, z, categories, yFull, valuationCodes, valuation, va, x, report.with(note));
    }

    /** Final demand summed over each destination's categories, n × G. */
    public Mat y() {
        return IoTable.sumCategories(yFull, labels.countryCount());
    }

    /**
     * What the decompositions use: Z, Y by destination, value added at basic prices as published, X.
     *
     * @throws InvalidTableException naming the source file when the table is not one gvc4j can decompose (negative
     *                               output, a value that is not finite)
     */
    public IoTable toIoTable() {
        try {
            return new IoTable(name, labels, z, y(), va.clone(), x.clone());
        } catch (InvalidTableException e) {
            String m = e.getMessage();
            throw new InvalidTableException(report.source() + ": " + (m.startsWith(name + ": ") ? m.substring(name.length()
                    + 2) : m) + (report.outputSource().startsWith("rowSums") ? " (X = " + report.outputSource() + ")"
                    : ""));
        }
    }

    /**
     * The table with countries merged into groups: {@code group} maps each country code to its group (itself to keep
     * it). Groups take the place of their first member; rows, columns, final demand, valuation rows and output are
     * added up in file order. The OECD CN/MX merge is one instance.
     */
    public SourceTable aggregateCountries(UnaryOperator<String> group, String note) {
        List<String> countries = labels.countries();
        Map<String, Integer> groupIndex = new LinkedHashMap<>();
        int[] to = new int[countries.size()];
        for (int s = 0; s < countries.size(); s++) {
            String gname = group.apply(countries.get(s));
            if (gname == null || gname.isBlank()) {
                throw new InvalidTableException(name + ": no group for country \"" + countries.get(s) + "\"");
            }
            Integer k = groupIndex.get(gname);
            if (k == null) {
                k = groupIndex.size();
                groupIndex.put(gname, k);
            }
            to[s] = k;
        }
        return aggregate(new ArrayList<>(groupIndex.keySet()), to, labels.sectors(), identity(labels.sectorCount()),
                note);
    }

    /**
     * The table with sectors merged into groups ({@code group} maps each sector code to its group); groups take the
     * place of their first member.
     */
    public SourceTable aggregateSectors(UnaryOperator<String> group, String note) {
        List<String> sectors = labels.sectors();
        Map<String, Integer> groupIndex = new LinkedHashMap<>();
        int[] to = new int[sectors.size()];
        for (int i = 0; i < sectors.size(); i++) {
            String gname = group.apply(sectors.get(i));
            if (gname == null || gname.isBlank()) {
                throw new InvalidTableException(name + ": no group for sector \"" + sectors.get(i) + "\"");
            }
            to[i] = groupIndex.computeIfAbsent(gname, k -> groupIndex.size());
        }
        return aggregate(labels.countries(), identity(labels.countryCount()), new ArrayList<>(groupIndex.keySet()), to,
                note);
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private SourceTable aggregate(List<String> countries, int[] countryTo, List<String> sectors, int[] sectorTo,
            String note) {
        Labels out = new Labels(countries, sectors);
        int n = labels.size();
        int nSec = labels.sectorCount();
        int n2 = out.size();
        int nSec2 = sectors.size();
        int[] ind = new int[n];
        for (int k = 0; k < n; k++) {
            ind[k] = countryTo[k / nSec] * nSec2 + sectorTo[k % nSec];
        }
        Mat z2 = new Mat(n2, n2);
        for (int j = 0; j < n; j++) {
            int jj = ind[j] * n2;
            for (int i = 0; i < n; i++) {
                z2.data[ind[i] + jj] += z.data[i + j * n];
            }
        }
        int kCat = categories.size();
        Mat y2 = new Mat(n2, countries.size() * kCat);
        for (int c = 0; c < yFull.cols; c++) {
            int cc = (countryTo[c / kCat] * kCat + c % kCat) * n2;
            for (int i = 0; i < n; i++) {
                y2.data[ind[i] + cc] += yFull.data[i + c * n];
            }
        }
        int m = valuationCodes.size();
        Mat v2 = new Mat(m, n2);
        for (int j = 0; j < n; j++) {
            for (int r = 0; r < m; r++) {
                v2.data[r + ind[j] * m] += valuation.data[r + j * m];
            }
        }
        double[] va2 = new double[n2];
        double[] x2 = new double[n2];
        for (int i = 0; i < n; i++) {
            va2[ind[i]] += va[i];
            x2[ind[i]] += x[i];
        }
        return new SourceTable(name, out, z2, categories, y2, valuationCodes, v2, va2, x2, report.with(note));
    }

    /** The table with countries and sectors merged into groups ({@link Aggregation}). */
    public SourceTable aggregate(Aggregation a) {
        return a.applyTo(this);
    }

    /** Row sums of Z plus row sums of Yfull. */
    public double[] rowSumOutput() {
        return rowSums(z, yFull);
    }

    static double[] rowSums(Mat z, Mat yFull) {
        int n = z.rows;
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                out[i] += z.data[i + j * n];
            }
        }
        for (int c = 0; c < yFull.cols; c++) {
            for (int i = 0; i < n; i++) {
                out[i] += yFull.data[i + c * n];
            }
        }
        return out;
    }

    /** Index of a valuation row by code, or −1. */
    public int valuationIndex(String code) {
        return valuationCodes.indexOf(code);
    }

    @Override
    public String toString() {
        return "SourceTable " + name + " (" + labels.countryCount() + " x " + labels.sectorCount() + ", "
                + report.format() + ")";
    }

    /** A valuation row as an n-vector. */
    public double[] valuationRow(int r) {
        int m = valuationCodes.size();
        double[] out = new double[labels.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = valuation.data[r + j * m];
        }
        return out;
    }
}
