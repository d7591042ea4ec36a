package org.gvc4j.source.eora;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.model.Labels;
import org.gvc4j.source.InputFiles;
import org.gvc4j.source.ReadOptions;
import org.gvc4j.source.SourceInput;
import org.gvc4j.source.SourceTable;
import org.gvc4j.source.TableAssembly;
import org.gvc4j.source.TableReader;
import org.gvc4j.source.TextCursor;

/** Eora26: headerless TSVs with separate label files; the ROW/TOTAL discrepancy row and column dropped. */
public final class Eora26Reader implements TableReader {
    /** The six primary inputs of every Eora26 table (labels_VA.txt), the only names its value-added lines can have. */
    static final List<String> PRIMARY_INPUTS = List.of("Compensation of employees D.1", "Taxes on production D.29",
            "Subsidies on production D.39", "Net operating surplus B.2n", "Net mixed income B.3n",
            "Consumption of fixed capital K.1");

    @Override
    public String name() {
        return "eora26";
    }

    @Override
    public String describe() {
        return "Eora26 (folder or zip of _T, _FD, _VA and labels_*.txt)";
    }

    @Override
    public boolean recognizes(SourceInput source) {
        return source.find(".*_T\\.txt") != null && source.find("labels_T\\.txt") != null
                && source.find("labels_FD\\.txt") != null;
    }

    /** Made of Eora's files: {@code …_T.txt} with {@code …_FD.txt} or a {@code labels_T.txt}. */
    @Override
    public boolean resembles(SourceInput source) {
        return source.find(".*_T\\.txt") != null && (source.find(".*_FD\\.txt") != null
                || source.find("labels_T\\.txt") != null);
    }

    /** Reads a tab-separated text file of {@code cols} columns per line, as strings (label files). */
    private static List<String[]> labels(SourceInput src, String member, int cols) throws IOException {
        List<String[]> out = new ArrayList<>();
        InputFiles.Input in = src.open(member);
        try (InputStream s = in.in()) {
            TextCursor cur = src.cursor(in, member, '\t');
            while (true) {
                TextCursor.End e = cur.next();
                if (e != TextCursor.End.DELIMITER && cur.isBlank()) {
                    if (e == TextCursor.End.FILE) {
                        break;
                    }
                    continue;
                }
                int line = cur.line();
                List<String> f = new ArrayList<>();
                f.add(cur.label("label"));
                while (e == TextCursor.End.DELIMITER) {
                    e = cur.next();
                    f.add(cur.label("label"));
                }
                while (f.size() > cols && f.get(f.size() - 1).isEmpty()) {
                    f.remove(f.size() - 1);
                }
                if (f.size() != cols) {
                    throw new TableFormatException(src.shown(member) + " line " + line + ": " + f.size() + " fields, "
                            + cols + " expected");
                }
                for (int k = 1; k < cols; k += 2) { // the code fields (ISO3, item): names of rows and columns
                    if (f.get(k).isEmpty()) {
                        throw new TableFormatException(src.shown(member) + " line " + line + ": field " + (k + 1)
                                + " is empty");
                    }
                }
                out.add(f.toArray(new String[0]));
                if (out.size() > 1_000_000) {
                    throw new TableFormatException(src.shown(member) + " line " + line + ": more than a million labels");
                }
                if (e == TextCursor.End.FILE) {
                    break;
                }
            }
        }
        if (out.isEmpty()) {
            throw new TableFormatException(src.shown(member) + " holds no labels (an empty file)");
        }
        return out;
    }

    /** A headerless numeric TSV of exactly rows × cols, column-major. */
    private static double[] grid(SourceInput src, String member, int rows, int cols, List<String> rowNames,
            List<String> colNames, TableAssembly counts) throws IOException {
        long cells = (long) rows * cols;
        InputFiles.Input in = src.open(member);
        if (in.size() >= 0 && in.size() < cells * 2 - 1) {
            in.in().close();
            throw new TableFormatException(String.format(Locale.ROOT, "%s: %,d bytes cannot hold the %,d lines of %,d "
                    + "numbers the label files list (at least %,d bytes): the file is cut short, or not this table's",
                    src.shown(member), in.size(), rows, cols, cells * 2 - 1));
        }
        double[] out = new double[Math.toIntExact(cells)];
        try (InputStream s = in.in()) {
            TextCursor cur = src.cursor(in, member, '\t');
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    TextCursor.End e = cur.next();
                    if (e == TextCursor.End.FILE && c == 0 && cur.isBlank()) {
                        throw new TableFormatException(src.shown(member) + " line " + cur.line() + ": the file ends, but "
                                + "the label files list " + rows + " rows (row \"" + rowNames.get(r) + "\" is missing)");
                    }
                    out[r + c * rows] = counts.cell(cur, rowNames.get(r), colNames.get(c));
                    boolean last = c == cols - 1;
                    if (last != (e != TextCursor.End.DELIMITER)) {
                        throw new TableFormatException(src.shown(member) + " line " + cur.line() + ": " + (last
                                ? "more than " + cols : (c + 1) + " of " + cols) + " fields (the label files give " + cols
                                + ")");
                    }
                }
            }
            TextCursor.End e = cur.next();
            if (!cur.isBlank() || e == TextCursor.End.DELIMITER) {
                throw new TableFormatException(src.shown(member) + " line " + cur.line() + ": more than " + rows
                        + " lines (the label files give " + rows + ")");
            }
            SourceInput.readToEnd(s);
        }
        return out;
    }

    @Override
    public SourceTable read(SourceInput src, ReadOptions options) {
        try {
            return readAll(src);
        } catch (IOException e) {
            throw new TableFormatException(src.path() + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static SourceTable readAll(SourceInput src) throws IOException {
        String tName = src.find(".*_T\\.txt");
        String fdName = src.find(".*_FD\\.txt");
        String vaName = src.find(".*_VA\\.txt");
        if (tName == null || fdName == null || vaName == null || src.find("labels_T\\.txt") == null
                || src.find("labels_FD\\.txt") == null || src.find("labels_VA\\.txt") == null) {
            List<String> missing = new ArrayList<>();
            for (String[] f : new String[][] {{tName, "…_T.txt"}, {fdName, "…_FD.txt"}, {vaName, "…_VA.txt"},
                {src.find("labels_T\\.txt"), "labels_T.txt"}, {src.find("labels_FD\\.txt"), "labels_FD.txt"},
                {src.find("labels_VA\\.txt"), "labels_VA.txt"}}) {
                if (f[0] == null) {
                    missing.add(f[1]);
                }
            }
            throw new TableFormatException(src.path() + ": an Eora26 table needs _T.txt, _FD.txt, _VA.txt and "
                    + "labels_T.txt, labels_FD.txt, labels_VA.txt (labels may come in indices.zip: unpack it here); "
                    + "missing: " + String.join(", ", missing));
        }
        List<String[]> lt = labels(src, src.find("labels_T\\.txt"), 4);
        List<String[]> lfd = labels(src, src.find("labels_FD\\.txt"), 4);
        List<String[]> lva = labels(src, src.find("labels_VA\\.txt"), 2);
        boolean tTotal = isTotal(lt.get(lt.size() - 1));
        boolean fdTotal = isTotal(lfd.get(lfd.size() - 1));
        int nAll = lt.size();
        int n = tTotal ? nAll - 1 : nAll;
        if (n == 0) {
            throw new TableFormatException(src.shown(src.find("labels_T\\.txt")) + " line 1: no industry labels before "
                    + "the ROW/TOTAL line");
        }
        List<String> countries = new ArrayList<>();
        List<String> sectors = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String[] l = lt.get(k);
            if (!l[2].equals("Industries") && !l[2].equals("Commodities")) {
                throw new TableFormatException(src.shown(src.find("labels_T\\.txt")) + " line " + (k + 1) + ": group \""
                        + l[2] + "\", expected Industries");
            }
            if (!countries.contains(l[1])) {
                countries.add(l[1]);
            }
            if (countries.size() == 1) {
                sectors.add(l[3]);
            }
        }
        Labels labels = new Labels(countries, sectors);
        for (int k = 0; k < n; k++) {
            if (k >= labels.size() || !lt.get(k)[1].equals(labels.country(k / sectors.size()))
                    || !lt.get(k)[3].equals(labels.sector(k % sectors.size()))) {
                throw new TableFormatException(src.shown(src.find("labels_T\\.txt")) + " line " + (k + 1) + ": "
                        + lt.get(k)[1] + " / " + lt.get(k)[3] + " out of order (every country needs the same sectors)");
            }
        }
        int fdAll = lfd.size();
        int fdN = fdTotal ? fdAll - 1 : fdAll;
        List<String> categories = new ArrayList<>();
        for (int c = 0; c < fdN; c++) {
            if (lfd.get(c)[1].equals(countries.get(0))) {
                categories.add(lfd.get(c)[3]);
            }
        }
        if (fdN != countries.size() * categories.size()) {
            throw new TableFormatException(src.shown(src.find("labels_FD\\.txt")) + ": " + fdN + " final-demand columns "
                    + "for " + countries.size() + " countries x " + categories.size() + " categories");
        }
        for (int c = 0; c < fdN; c++) {
            String[] l = lfd.get(c);
            if (!l[1].equals(countries.get(c / categories.size())) || !l[3].equals(categories.get(c % categories.size()))) {
                throw new TableFormatException(src.shown(src.find("labels_FD\\.txt")) + " line " + (c + 1) + ": " + l[1]
                        + " / " + l[3] + " out of order");
            }
        }
        TableAssembly t = new TableAssembly(labels, categories, src.size(tName), src.shown(tName));
        List<String> rowNames = new ArrayList<>();
        for (String[] l : lt) {
            rowNames.add(l[1] + "." + l[3]);
        }
        List<String> fdNames = new ArrayList<>();
        for (String[] l : lfd) {
            fdNames.add(l[1] + "." + l[3]);
        }
        List<String> vaNames = new ArrayList<>();
        for (String[] l : lva) {
            // value-added lines are known only by their position: a damaged name cannot be told by structure
            if (!PRIMARY_INPUTS.contains(l[1]) || vaNames.contains(l[1])) {
                throw new TableFormatException(src.shown(src.find("labels_VA\\.txt")) + " line " + (vaNames.size() + 1)
                        + ": \"" + l[1] + "\" is " + (vaNames.contains(l[1]) ? "there twice" : "not one of Eora26's six "
                        + "primary inputs " + PRIMARY_INPUTS));
            }
            vaNames.add(l[1]);
        }
        if (vaNames.size() != PRIMARY_INPUTS.size()) {
            throw new TableFormatException(src.shown(src.find("labels_VA\\.txt")) + ": " + vaNames.size() + " primary "
                    + "inputs; Eora26 has six " + PRIMARY_INPUTS);
        }
        double[] tAll = grid(src, tName, nAll, nAll, rowNames, rowNames, t);
        double discT = 0;
        for (int c = 0; c < nAll; c++) {
            for (int r = 0; r < nAll; r++) {
                double v = tAll[r + c * nAll];
                if (r < n && c < n) {
                    t.z[r + c * n] = v;
                } else {
                    discT = Math.max(discT, Math.abs(v));
                }
            }
        }
        tAll = null;
        double[] fdAllV = grid(src, fdName, nAll, fdAll, rowNames, fdNames, t);
        double discFd = 0;
        for (int c = 0; c < fdAll; c++) {
            for (int r = 0; r < nAll; r++) {
                double v = fdAllV[r + c * nAll];
                if (r < n && c < fdN) {
                    t.yFull[r + c * n] = v;
                } else {
                    discFd = Math.max(discFd, Math.abs(v));
                }
            }
        }
        double[] vaAll = grid(src, vaName, lva.size(), nAll, vaNames, rowNames, t);
        List<double[]> vaRows = new ArrayList<>();
        double discVa = 0;
        for (int r = 0; r < lva.size(); r++) {
            double[] row = new double[n];
            for (int c = 0; c < nAll; c++) {
                if (c < n) {
                    row[c] = vaAll[r + c * lva.size()];
                } else {
                    discVa = Math.max(discVa, Math.abs(vaAll[r + c * lva.size()]));
                }
            }
            vaRows.add(row);
        }
        t.setValuation(vaNames, vaRows);
        List<String> notes = new ArrayList<>();
        if (tTotal || fdTotal) {
            notes.add(String.format(Locale.ROOT, "the ROW/TOTAL statistical-discrepancy row and column dropped (largest "
                    + "|cell|: %.6g in T, %.6g in FD, %.6g in VA)", discT, discFd, discVa));
        }
        notes.add("unit not stated in the files (million USD by convention)");
        String base = tName.substring(tName.lastIndexOf('/') + 1).replaceFirst("(?i)_T\\.txt$", "");
        return t.build(base, "Eora26", base.toLowerCase(Locale.ROOT).endsWith("_pp") ? "purchasers' prices"
                : "basic prices", SourceInput.yearIn(base), "million USD (assumed)", src.path().toString(),
                t.sumOfValuationRows(vaNames), "the sum of the " + vaNames.size() + " primary inputs", null, "", notes);
    }

    private static boolean isTotal(String[] l) {
        return l[1].equals("ROW") && (l[2].equals("TOTAL") || l[3].equals("TOTAL"));
    }
}
