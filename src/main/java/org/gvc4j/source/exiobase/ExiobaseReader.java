package org.gvc4j.source.exiobase;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.model.Labels;
import org.gvc4j.source.InputFiles;
import org.gvc4j.source.ReadOptions;
import org.gvc4j.source.SourceInput;
import org.gvc4j.source.SourceTable;
import org.gvc4j.source.TableAssembly;
import org.gvc4j.source.TableReader;
import org.gvc4j.source.TextCursor;
import org.jspecify.annotations.Nullable;

/** EXIOBASE 3 monetary tables, ixi and pxp, folder or zip, with or without Z.txt (see package-info). */
public final class ExiobaseReader implements TableReader {
    /** The nine factor-input rows, by name: taxes less subsidies on products, then the eight of value added. */
    static final List<String> FACTORS = List.of(
            "Taxes less subsidies on products purchased: Total",
            "Other net taxes on production",
            "Compensation of employees; wages, salaries, & employers' social contributions: Low-skilled",
            "Compensation of employees; wages, salaries, & employers' social contributions: Medium-skilled",
            "Compensation of employees; wages, salaries, & employers' social contributions: High-skilled",
            "Operating surplus: Consumption of fixed capital",
            "Operating surplus: Rents on land",
            "Operating surplus: Royalties on resources",
            "Operating surplus: Remaining net operating surplus");

    @Override
    public String name() {
        return "exiobase";
    }

    @Override
    public String describe() {
        return "EXIOBASE 3 (ixi and pxp; folder or zip; Z.txt or A.txt with x.txt or final demand)";
    }

    @Override
    public boolean recognizes(SourceInput source) {
        String y = source.find("Y\\.txt");
        return y != null && (source.find("Z\\.txt") != null || source.find("A\\.txt") != null)
                && source.firstLine(y).startsWith("region\t");
    }

    /** Made of EXIOBASE's files: {@code Y.txt} with {@code Z.txt} or {@code A.txt}. */
    @Override
    public boolean resembles(SourceInput source) {
        return source.find("Y\\.txt") != null && (source.find("Z\\.txt") != null || source.find("A\\.txt") != null);
    }

    /** A labelled tab-separated matrix: header lines, then rows with {@code labelCols} label columns. */
    private static final class Tsv {
        final List<List<String>> head = new ArrayList<>();
        final List<String[]> rowLabels = new ArrayList<>();
        /** The line of each row. */
        final List<Integer> lines = new ArrayList<>();
        double[] values; // column-major rows × cols
        int cols;
    }

    /**
     * Reads a tab-separated matrix with {@code headLines} header lines of column labels (after {@code labelCols} cells)
     * and, if {@code indexLine}, one more line of index names. Rows are collected in order.
     */
    private static Tsv readTsv(SourceInput src, String member, int headLines, boolean indexLine, int labelCols)
            throws IOException {
        String shown = src.shown(member);
        Tsv t = new Tsv();
        InputFiles.Input in = src.open(member);
        try (InputStream s = in.in()) {
            TextCursor cur = src.cursor(in, member, '\t');
            for (int h = 0; h < headLines; h++) {
                List<String> line = new ArrayList<>();
                TextCursor.End e;
                int k = 0;
                do {
                    e = cur.next();
                    String l = cur.label("header label");
                    if (k++ >= labelCols) {
                        if (l.isEmpty()) {
                            throw new TableFormatException(shown + " line " + cur.line() + ": column " + k
                                    + " has an empty label");
                        }
                        line.add(l);
                    }
                } while (e == TextCursor.End.DELIMITER);
                t.head.add(line);
            }
            t.cols = t.head.get(0).size();
            if (t.cols == 0) {
                throw new TableFormatException(shown + " line 1: no column labels after the " + labelCols + " label "
                        + "column" + (labelCols == 1 ? "" : "s") + " (an empty file, or not tab-separated?)");
            }
            for (List<String> h : t.head) {
                if (h.size() != t.cols) {
                    throw new TableFormatException(shown + " lines 1-" + headLines + ": header lines have " + t.head.get(0).size() + " and "
                            + h.size() + " labels");
                }
            }
            if (indexLine) {
                TextCursor.End e;
                do { // the index names (region, sector): labels, checked as such
                    e = cur.next();
                    cur.label("index name");
                } while (e == TextCursor.End.DELIMITER);
            }
            long size = in.size();
            double[] flat = new double[Math.multiplyExact(Math.max(1, Math.min(t.cols, 4096)), t.cols)];
            int cap = flat.length / Math.max(1, t.cols);
            int r = 0;
            while (true) {
                TextCursor.End e = cur.next();
                if (e != TextCursor.End.DELIMITER && cur.isBlank()) {
                    if (e == TextCursor.End.FILE) {
                        break;
                    }
                    continue;
                }
                int line = cur.line();
                String[] lab = new String[labelCols];
                lab[0] = cur.label("row label");
                for (int k = 1; k < labelCols; k++) {
                    if (e != TextCursor.End.DELIMITER) {
                        throw new TableFormatException(shown + " line " + line + ": fewer label columns than " + labelCols);
                    }
                    e = cur.next();
                    lab[k] = cur.label("row label");
                }
                if (r == cap) {
                    if (size >= 0 && (long) (r + 1) * t.cols * 2 > size) {
                        throw new TableFormatException(shown + " line " + line + ": more rows than the file's size allows");
                    }
                    int bigger = Math.multiplyExact(cap, 2);
                    double[] grown = new double[Math.multiplyExact(bigger, t.cols)];
                    for (int c = 0; c < t.cols; c++) {
                        System.arraycopy(flat, c * cap, grown, c * bigger, r);
                    }
                    flat = grown;
                    cap = bigger;
                }
                String rowName = String.join(" / ", lab);
                int c = 0;
                while (e == TextCursor.End.DELIMITER && c < t.cols) {
                    e = cur.next();
                    flat[c * cap + r] = cur.isBlank() ? 0 : cur.number(rowName, t.head.get(t.head.size() - 1).get(c));
                    c++;
                }
                if (c < t.cols || e == TextCursor.End.DELIMITER) {
                    throw new TableFormatException(shown + " line " + line + ": " + (labelCols + c
                            + (e == TextCursor.End.DELIMITER ? cur.skipLine() : 0)) + " fields, but the header has "
                            + (labelCols + t.cols) + " (row \"" + rowName + "\")");
                }
                t.rowLabels.add(lab);
                t.lines.add(line);
                r++;
                if (e == TextCursor.End.FILE) {
                    break;
                }
            }
            double[] out = new double[Math.multiplyExact(r, t.cols)];
            for (int c = 0; c < t.cols; c++) {
                System.arraycopy(flat, c * cap, out, c * r, r);
            }
            t.values = out;
        }
        return t;
    }

    /** The member named {@code base}: inside {@code folderHint/} if given, else the shallowest outside the extensions. */
    private static @Nullable String member(SourceInput src, String base, @Nullable String folderHint) {
        String best = null;
        for (String m : src.findAll(java.util.regex.Pattern.quote(base))) {
            if (folderHint != null) {
                if (m.contains(folderHint + "/")) {
                    return m;
                }
            } else if (!m.contains("satellite/") && !m.contains("factor_inputs/")
                    && (best == null || depth(m) < depth(best))) {
                best = m;
            }
        }
        return best;
    }

    private static int depth(String m) {
        return (int) m.chars().filter(ch -> ch == '/').count();
    }

    @Override
    public SourceTable read(SourceInput src, ReadOptions options) {
        try {
            return readTables(src);
        } catch (IOException e) {
            throw new TableFormatException(src.path() + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static SourceTable readTables(SourceInput src) throws IOException {
        String zName = member(src, "Z.txt", null);
        String aName = member(src, "A.txt", null);
        String yName = member(src, "Y.txt", null);
        String xName = member(src, "x.txt", null);
        String fName = member(src, "F.txt", "factor_inputs");
        String layout = "3.8 or later (factor_inputs/)";
        if (fName == null) {
            fName = member(src, "F.txt", "satellite");
            layout = "3.4 to 3.7 (satellite/)";
        }
        if (zName != null && xName == null) {
            throw new TableFormatException(src.path() + ": Z.txt without x.txt; a release with Z.txt publishes output in "
                    + "x.txt beside it: the download is incomplete");
        }
        if (yName == null || zName == null && aName == null || fName == null) {
            throw new TableFormatException(src.path() + ": an EXIOBASE folder needs Y.txt, Z.txt or A.txt, and "
                    + "factor_inputs/F.txt or satellite/F.txt; missing: " + (yName == null ? "Y.txt " : "")
                    + (zName == null && aName == null ? "Z.txt/A.txt " : "") + (fName == null ? "F.txt" : "").strip());
        }
        Tsv zt = readTsv(src, zName != null ? zName : aName, 2, true, 2);
        String zShown = src.shown(zName != null ? zName : aName);
        List<String> countries = new ArrayList<>();
        List<String> sectors = new ArrayList<>();
        for (int c = 0; c < zt.cols; c++) {
            String reg = zt.head.get(0).get(c);
            if (!countries.contains(reg)) {
                countries.add(reg);
            }
            if (countries.size() == 1) {
                sectors.add(zt.head.get(1).get(c));
            }
        }
        Labels labels = new Labels(countries, sectors);
        int n = labels.size();
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < zt.cols; c++) {
            String want = c >= n ? "" : countries.get(c / sectors.size()) + "\u0000" + sectors.get(c % sectors.size());
            String got = zt.head.get(0).get(c) + "\u0000" + zt.head.get(1).get(c);
            if (c >= n || !want.equals(got)) {
                throw new TableFormatException(zShown + " line 1-2: column " + (c + 3) + " is " + got.replace('\u0000', '/')
                        + " where " + (c < n ? want.replace('\u0000', '/') : "no more industries") + " was expected");
            }
            index.put(want, c);
        }
        if (zt.cols != n) {
            throw new TableFormatException(zShown + " line 1: " + zt.cols + " columns for " + n + " industries");
        }
        int[] rowOf = rowOrder(zt, index, zShown, n);
        Tsv yt = readTsv(src, yName, 2, true, 2);
        List<String> categories = new ArrayList<>();
        for (int c = 0; c < yt.cols; c++) {
            if (yt.head.get(0).get(c).equals(countries.get(0))) {
                categories.add(yt.head.get(1).get(c));
            }
        }
        if (categories.isEmpty() || yt.cols != countries.size() * categories.size()) {
            throw new TableFormatException(src.shown(yName) + " lines 1-2: " + yt.cols + " columns do not split into "
                    + categories.size() + " categories for " + countries.size() + " regions");
        }
        for (int c = 0; c < yt.cols; c++) {
            String wantReg = countries.get(c / categories.size());
            String wantCat = categories.get(c % categories.size());
            if (!yt.head.get(0).get(c).equals(wantReg) || !yt.head.get(1).get(c).equals(wantCat)) {
                throw new TableFormatException(src.shown(yName) + " lines 1-2: column " + (c + 3) + " is " + yt.head.get(0).get(c)
                        + "/" + yt.head.get(1).get(c) + " where " + wantReg + "/" + wantCat + " was expected");
            }
        }
        int[] yRowOf = rowOrder(yt, index, src.shown(yName), n);
        TableAssembly t = new TableAssembly(labels, categories);
        for (int c = 0; c < yt.cols; c++) {
            for (int r = 0; r < n; r++) {
                t.yFull[yRowOf[r] + c * n] = yt.values[r + c * n];
            }
        }
        yt = null;
        List<String> notes = new ArrayList<>();
        double[] x = null;
        String xWhere;
        if (xName != null) {
            Tsv xt = readTsv(src, xName, 1, false, 2);
            int[] xRowOf = rowOrder(xt, index, src.shown(xName), n);
            x = new double[n];
            for (int r = 0; r < n; r++) {
                x[xRowOf[r]] = xt.values[r];
            }
            xWhere = "x.txt";
        } else {
            xWhere = "(I - A)^-1 rowSums(Y) (no x.txt)";
        }
        if (zName != null) {
            for (int c = 0; c < n; c++) {
                for (int r = 0; r < n; r++) {
                    t.z[rowOf[r] + c * n] = zt.values[r + c * n];
                }
            }
        } else {
            Mat a = new Mat(n, n);
            for (int c = 0; c < n; c++) {
                for (int r = 0; r < n; r++) {
                    a.data[rowOf[r] + c * n] = zt.values[r + c * n];
                }
            }
            if (x == null) {
                double[] fd = new double[n];
                for (int c = 0; c < t.yFull.length / n; c++) {
                    for (int r = 0; r < n; r++) {
                        fd[r] += t.yFull[r + c * n];
                    }
                }
                Mat ia = new Mat(n, n);
                for (int k = 0; k < n * n; k++) {
                    ia.data[k] = (k % (n + 1) == 0 ? 1 : 0) - a.data[k];
                }
                x = Dense.solve(ia, fd); // once per load: the 3.4-3.7 layout publishes neither Z nor x
                for (int i = 0; i < n; i++) {
                    if (!(x[i] >= 0) || Double.isInfinite(x[i])) {
                        throw new TableFormatException(src.shown(aName) + ": output x = (I - A)^-1 rowSums(Y) is " + x[i]
                                + " for \"" + labels.industry(i) + "\": A.txt is not a productive coefficient matrix, or a "
                                + "number in A.txt or Y.txt is wrong");
                    }
                }
            }
            for (int c = 0; c < n; c++) {
                for (int r = 0; r < n; r++) {
                    t.z[r + c * n] = a.data[r + c * n] * x[c];
                }
            }
            notes.add("Z = A diag(x): this release has no Z.txt");
        }
        zt = null;
        Tsv ft = readTsv(src, fName, 2, false, 1);
        if (ft.cols != n) {
            throw new TableFormatException(src.shown(fName) + " line 1: " + ft.cols + " columns for " + n + " industries");
        }
        for (int c = 0; c < n; c++) {
            String got = ft.head.get(0).get(c) + "\u0000" + ft.head.get(1).get(c);
            Integer j = index.get(got);
            if (j == null || j != c) {
                throw new TableFormatException(src.shown(fName) + ": column " + (c + 2) + " is "
                        + got.replace('\u0000', '/') + ", not the industry of Z's column " + (c + 3));
            }
        }
        Map<String, double[]> factors = new LinkedHashMap<>();
        int rows = ft.rowLabels.size();
        for (int r = 0; r < rows; r++) {
            String name = ft.rowLabels.get(r)[0];
            if (FACTORS.contains(name)) {
                if (factors.containsKey(name)) {
                    throw new TableFormatException(src.shown(fName) + ": row \"" + name + "\" appears twice");
                }
                double[] row = new double[n];
                for (int c = 0; c < n; c++) {
                    row[c] = ft.values[r + c * rows];
                }
                factors.put(name, row);
            }
        }
        for (String f : FACTORS) {
            if (!factors.containsKey(f)) {
                throw new TableFormatException(src.shown(fName) + ": no factor-input row \"" + f + "\"");
            }
        }
        if (rows > FACTORS.size()) {
            notes.add((rows - FACTORS.size()) + " other rows of " + fName + " (stressors, totals) not read");
        }
        t.setValuation(new ArrayList<>(factors.keySet()), new ArrayList<>(factors.values()));
        String first = FACTORS.get(0);
        List<String> vaRows = new ArrayList<>(factors.keySet());
        vaRows.remove(first);
        boolean pxp = src.fileName().toLowerCase(java.util.Locale.ROOT).contains("pxp");
        String base = src.fileName().replaceFirst("(?i)\\.zip$", "");
        return t.build(base, "EXIOBASE 3", layout + (pxp ? ", product by product" : ", industry by industry"),
                SourceInput.yearIn(src.fileName()), "million EUR", src.path().toString(), t.sumOfValuationRows(vaRows),
                "the 8 factor-input rows after \"" + first + "\"", x, xWhere, notes);
    }

    /** Where each row of a labelled matrix goes: its industry index, checked against Z's columns. */
    private static int[] rowOrder(Tsv t, Map<String, Integer> index, String shown, int n) {
        int[] out = new int[n];
        boolean[] seen = new boolean[n];
        for (int r = 0; r < t.rowLabels.size(); r++) {
            String[] l = t.rowLabels.get(r);
            Integer i = index.get(l[0] + "\u0000" + l[1]);
            if (i == null || seen[i]) {
                throw new TableFormatException(shown + " line " + t.lines.get(r) + ": row \"" + l[0] + " / " + l[1]
                        + "\" is " + (i == null ? "not an industry of Z's columns" : "there twice"));
            }
            seen[i] = true;
            out[r] = i;
        }
        for (int i = 0; i < n; i++) {
            if (!seen[i]) {
                throw new TableFormatException(shown + ": " + t.rowLabels.size() + " rows for " + n + " industries; "
                        + "no row for industry " + (i + 1) + " of Z's columns (truncated?)");
            }
        }
        return out;
    }
}
