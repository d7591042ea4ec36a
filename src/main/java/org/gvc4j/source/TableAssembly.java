package org.gvc4j.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.linalg.Mat;
import org.gvc4j.model.Labels;
import org.jspecify.annotations.Nullable;

/**
 * The arrays a reader fills while it streams a source, and the counts the load report needs. Readers write each cell
 * once, straight into its place (no grid of the whole file, no per-cell objects), then call {@link #build}.
 */
public final class TableAssembly {
    public final Labels labels;
    public final List<String> categories;
    private List<String> valuationCodes;
    public final int n;
    /** Z, n × n column-major. */
    public final double[] z;
    /** Yfull, n × (G·K) column-major, categories contiguous per destination. */
    public final double[] yFull;
    /** m × n column-major. */
    private double[] valuation;
    private long blank;
    private long na;

    /**
     * As {@link #TableAssembly(Labels, List)}, refusing before anything is allocated when the source is too small to
     * hold the table its labels announce: n rows of at least n cells, each cell at least its delimiter (a short file
     * with a header of tens of thousands of labels must not make gvc4j reserve gigabytes).
     *
     * @param sourceBytes the size of the file that holds Z (−1 when unknown)
     * @param source      the file, for the message
     */
    public TableAssembly(Labels labels, List<String> categories, long sourceBytes, String source) {
        this(checkedSize(labels, sourceBytes, source), categories);
    }

    private static Labels checkedSize(Labels labels, long sourceBytes, String source) {
        long n = labels.size();
        if (sourceBytes >= 0 && sourceBytes < n * (n + 1)) {
            throw new TableFormatException(String.format(java.util.Locale.ROOT, "%s: its labels announce %,d industries "
                    + "(%,d regions x %,d sectors), whose Z alone needs at least %,d bytes, but the file has %,d: cut short, "
                    + "or its header is damaged", source, n, labels.countryCount(), labels.sectorCount(), n * (n + 1),
                    sourceBytes));
        }
        return labels;
    }

    /** Valuation rows are given later ({@link #setValuation}), as readers meet them at the bottom of a file. */
    public TableAssembly(Labels labels, List<String> categories) {
        this.labels = labels;
        this.categories = List.copyOf(categories);
        this.valuationCodes = List.of();
        this.n = labels.size();
        long yCells = (long) n * labels.countryCount() * categories.size();
        long cells = (long) n * n + yCells;
        if ((long) n * n > Integer.MAX_VALUE - 8 || yCells > Integer.MAX_VALUE - 8) {
            throw new TableFormatException(n + " industries: more cells than one Java array holds; this table cannot be "
                    + "loaded in one piece");
        }
        Memory.require(cells * 8, labels.countryCount() + " regions x " + labels.sectorCount() + " sectors");
        this.z = new double[n * n];
        this.yFull = new double[(int) yCells];
        this.valuation = new double[0];
    }

    /** The valuation rows, each an n-vector, under their official codes (file order). */
    public void setValuation(List<String> codes, List<double[]> rows) {
        int m = codes.size();
        double[] v = new double[m * n];
        for (int r = 0; r < m; r++) {
            double[] row = rows.get(r);
            for (int j = 0; j < n; j++) {
                v[r + j * m] = row[j];
            }
        }
        this.valuationCodes = List.copyOf(codes);
        this.valuation = v;
    }

    public List<String> valuationCodes() {
        return valuationCodes;
    }

    /** Column index in Yfull of destination country {@code s}, category {@code k}. */
    public int yColumn(int s, int k) {
        return s * categories.size() + k;
    }

    /**
     * The current field as a number: blank cells (empty or only spaces) and {@code NA} are zero and counted; anything
     * else goes through {@link NumberSyntax}, refused with file, line, row and column labels.
     */
    public double cell(TextCursor in, String row, String column) {
        if (in.isBlank()) {
            blank++;
            return 0;
        }
        int len = in.length();
        char[] c = in.chars();
        if (len == 2 && c[0] == 'N' && c[1] == 'A') {
            na++;
            return 0;
        }
        return in.number(row, column);
    }

    /**
     * A spreadsheet cell's text as a number: {@code null}, blank and {@code NA} are zero and counted; anything else goes
     * through {@link NumberSyntax}.
     *
     * @param where the cell, e.g. {@code file cell E12 (row "CHN.c1", column "DEU.c2")}
     */
    public double cell(@Nullable String text, String where) {
        if (text == null || text.isBlank()) {
            blank++;
            return 0;
        }
        if (text.equals("NA")) {
            na++;
            return 0;
        }
        try {
            return NumberSyntax.parse(text);
        } catch (NumberFormatException e) {
            throw new TableFormatException(where + ": " + e.getMessage());
        }
    }

    /** Counts a blank cell read elsewhere (e.g. an empty spreadsheet cell) as zero. */
    public void countBlank() {
        blank++;
    }

    public void countNa() {
        na++;
    }

    public long blankCells() {
        return blank;
    }

    public long naCells() {
        return na;
    }

    /** Negative cells by block, for the report. */
    public Map<String, Long> negatives() {
        Map<String, Long> out = new LinkedHashMap<>();
        put(out, "Z", z);
        put(out, "Y", yFull);
        for (int r = 0; r < valuationCodes.size(); r++) {
            long k = 0;
            int m = valuationCodes.size();
            for (int j = 0; j < n; j++) {
                if (valuation[r + j * m] < 0) {
                    k++;
                }
            }
            if (k > 0) {
                out.put(valuationCodes.get(r), k);
            }
        }
        return out;
    }

    private static void put(Map<String, Long> out, String block, double[] a) {
        long k = 0;
        for (double v : a) {
            if (v < 0) {
                k++;
            }
        }
        if (k > 0) {
            out.put(block, k);
        }
    }

    /** One valuation row as an n-vector. */
    public double[] valuationRow(int r) {
        int m = valuationCodes.size();
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            out[j] = valuation[r + j * m];
        }
        return out;
    }

    /** The sum of the given valuation rows, in the given order. */
    public double[] sumOfValuationRows(List<String> codes) {
        double[] out = new double[n];
        for (String code : codes) {
            int r = valuationCodes.indexOf(code);
            if (r < 0) {
                throw new IllegalStateException("no valuation row " + code);
            }
            double[] row = valuationRow(r);
            for (int j = 0; j < n; j++) {
                out[j] += row[j];
            }
        }
        return out;
    }

    /** rowSums(Z) + rowSums(Yfull). */
    public double[] rowSumOutput() {
        return SourceTable.rowSums(new Mat(n, n, z), new Mat(n, yFull.length / Math.max(n, 1), yFull));
    }

    /**
     * The table and its report.
     *
     * @param x            gross output as published, or {@code null} to use row sums (the report says which)
     * @param outputSource where a published X comes from, e.g. {@code column TOTAL}
     */
    public SourceTable build(String name, String format, String edition, @Nullable Integer year, String unit,
            String source, double[] va, String valueAdded, double @Nullable [] x, String outputSource,
            List<String> notes) {
        double[] xs = x != null ? x : rowSumOutput();
        String xWhere = x != null ? outputSource + " (as published)" : "rowSums(Z) + rowSums(Y) (the source publishes no output)";
        LoadReport r = new LoadReport(format, edition, year, unit, source, xWhere, valueAdded, blank, na, negatives(),
                notes);
        return new SourceTable(name, labels, new Mat(n, n, z), categories,
                new Mat(n, labels.countryCount() * categories.size(), yFull), valuationCodes,
                new Mat(valuationCodes.size(), n, valuation), va, xs, r);
    }
}
