package org.gvc4j.source.gloria;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.linalg.Mat;
import org.gvc4j.model.Labels;
import org.gvc4j.source.InputFiles;
import org.gvc4j.source.LoadReport;
import org.gvc4j.source.ReadOptions;
import org.gvc4j.source.SourceInput;
import org.gvc4j.source.SourceTable;
import org.gvc4j.source.TableAssembly;
import org.gvc4j.source.TableReader;
import org.gvc4j.source.TextCursor;
import org.gvc4j.source.XlsxSheet;
import org.jspecify.annotations.Nullable;

/** GLORIA: headerless T/Y/V CSVs (Markup001) with the labels of {@code GLORIA_ReadMe_0NN.xlsx}; see package-info. */
public final class GloriaReader implements TableReader {
    private static final String T = ".*_T-Results_.*_Markup001\\(full\\)\\.csv";
    private static final String Y = ".*_Y-Results_.*_Markup001\\(full\\)\\.csv";
    private static final String V = ".*_V-Results_.*_Markup001\\(full\\)\\.csv";
    private static final String README = "GLORIA_ReadMe_\\d+\\.xlsx";
    private static final String ZIP = "GLORIA_MRIOs_.*\\.zip";

    @Override
    public String name() {
        return "gloria";
    }

    @Override
    public String describe() {
        return "GLORIA (folder with GLORIA_ReadMe_0NN.xlsx and the T/Y/V-Results Markup001 CSVs, or their zip)";
    }

    @Override
    public boolean recognizes(SourceInput source) {
        return source.find(README) != null && (source.find(T) != null || source.find(ZIP) != null);
    }

    @Override
    public boolean resembles(SourceInput source) {
        return source.find(T) != null || source.find(README) != null || source.find(".*_[TYV]-Results_.*\\.csv") != null;
    }

    /** The ReadMe's labels. */
    private record Names(List<String> regions, List<String> sectors, List<String> valueAdded, List<String> finalDemand) {
    }

    @Override
    public SourceTable read(SourceInput src, ReadOptions options) {
        String readme = src.find(README);
        if (readme == null) {
            throw new TableFormatException(src.path() + ": no GLORIA_ReadMe_0NN.xlsx: GLORIA's files hold no labels; put "
                    + "the ReadMe of the same release next to the results (a folder holding both)");
        }
        if (!src.isFolder()) {
            throw new TableFormatException(src.path() + ": give the folder holding " + readme + " and the results (the "
                    + "ReadMe is a workbook inside this zip: unpack the zip)");
        }
        Names names = names(src, readme);
        String tm = src.find(T);
        if (tm == null && src.find(ZIP) != null) {
            // the official download: the ReadMe next to GLORIA_MRIOs_59_2022.zip, read in place
            List<String> zips = src.findAll(ZIP);
            String z = pick(src, zips, options.year(), "zip");
            try (SourceInput inner = SourceInput.open(src.path().resolve(z))) {
                return read(inner, names, options, src.shown(readme));
            }
        }
        return read(src, names, options, src.shown(readme));
    }

    private static String pick(SourceInput src, List<String> members, @Nullable Integer year, String what) {
        if (members.size() == 1) {
            return members.get(0);
        }
        List<String> years = new ArrayList<>();
        for (String m : members) {
            if (year != null && year.equals(SourceInput.yearIn(m.replaceAll("_0\\d\\d_", "_")))) {
                years.add(m);
            }
        }
        if (years.size() == 1) {
            return years.get(0);
        }
        throw new TableFormatException(src.path() + ": " + members.size() + " GLORIA " + what + " files"
                + (year == null ? "; choose the year with --year" : ", " + years.size() + " of year " + year));
    }

    private SourceTable read(SourceInput src, Names names, ReadOptions options, String readmeShown) {
        String tm = pick(src, nonEmpty(src, src.findAll(T), "T-Results (Markup001)"), options.year(), "T-Results");
        Integer year = SourceInput.yearIn(tm.replaceAll("_0\\d\\d_", "_"));
        String ym = sameYear(src, src.findAll(Y), year, "Y-Results (Markup001)");
        String vm = sameYear(src, src.findAll(V), year, "V-Results (Markup001)");
        int g = names.regions().size();
        int nSec = names.sectors().size();
        int kFd = names.finalDemand().size();
        int mVa = names.valueAdded().size();
        Labels labels = new Labels(names.regions(), names.sectors());
        int n = labels.size();
        List<String> notes = new ArrayList<>();
        TableAssembly t = new TableAssembly(labels, names.finalDemand(), src.size(tm) < 0 ? -1 : src.size(tm) / 4,
                src.shown(tm));
        double[] x = new double[n];
        try {
            readT(src, tm, labels, t, x);
            readY(src, ym, labels, kFd, t);
            List<double[]> va = readV(src, vm, labels, names.valueAdded(), t);
            t.setValuation(names.valueAdded(), va);
        } catch (IOException e) {
            throw new TableFormatException(src.path() + ": cannot read: " + e.getMessage(), e);
        }
        notes.add("industry-by-industry table from the supply-use table T (diagonal supply: every construct gives this "
                + "table); basic prices (Markup001); the other markups are not read");
        SourceTable full = t.build("GLORIA_0" + release(readmeShown) + (year == null ? "" : "_" + year), "GLORIA", "release " + release(readmeShown), year, "thousand USD",
                src.shown(tm), t.sumOfValuationRows(names.valueAdded()), "the sum of the " + mVa
                + " value-added rows of the ReadMe", x, "the supply (industry-row) sums of T", notes);
        return dropEmptyRegions(full, g, nSec);
    }

    private static String release(String readme) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("ReadMe_0*(\\d+)").matcher(readme);
        return m.find() ? m.group(1) : "?";
    }

    private static List<String> nonEmpty(SourceInput src, List<String> l, String what) {
        if (l.isEmpty()) {
            throw new TableFormatException(src.path() + ": the " + what + " file is missing (…_" + what.charAt(0)
                    + "-Results_yyyy_0NN_Markup001(full).csv)");
        }
        return l;
    }

    private static String sameYear(SourceInput src, List<String> l, @Nullable Integer year, String what) {
        nonEmpty(src, l, what);
        for (String m : l) {
            if (l.size() == 1 || java.util.Objects.equals(year, SourceInput.yearIn(m.replaceAll("_0\\d\\d_", "_")))) {
                return m;
            }
        }
        throw new TableFormatException(src.path() + ": no " + what + " file of year " + year);
    }

    // ---------------------------------------------------------------- the ReadMe

    private static Names names(SourceInput src, String readme) {
        Path p = src.path().resolve(readme);
        try (SourceInput wb = SourceInput.open(p)) {
            if (!XlsxSheet.isWorkbook(wb)) {
                throw new TableFormatException(src.shown(readme) + ": not an .xlsx workbook");
            }
            List<String> regions = columns(wb, src.shown(readme), "Regions", "Region_acronyms").get(0);
            List<String> sectors = columns(wb, src.shown(readme), "Sectors", "Sector_names").get(0);
            List<List<String>> vf = columns(wb, src.shown(readme), "Value added and final demand", "Value_added_names",
                    "Final_demand_names");
            List<String> va = vf.get(0);
            List<String> fd = vf.get(1);
            return new Names(regions, sectors, va, fd);
        }
    }

    /** For each header, the non-blank cells under it in sheet {@code sheet}, in order (one pass over the sheet). */
    private static List<List<String>> columns(SourceInput wb, String shown, String sheet, String... headers) {
        if (!XlsxSheet.sheets(wb).containsKey(sheet)) {
            throw new TableFormatException(shown + ": no sheet \"" + sheet + "\" (sheets: " + XlsxSheet.sheets(wb)
                    .keySet() + ")");
        }
        int h = headers.length;
        List<List<String>> out = new ArrayList<>();
        for (int k = 0; k < h; k++) {
            out.add(new ArrayList<>());
        }
        int[] col = new int[h];
        java.util.Arrays.fill(col, -1);
        boolean[] ended = new boolean[h];
        boolean[] found = {false};
        XlsxSheet.rows(wb, sheet, (row, cells) -> {
            if (!found[0]) {
                for (int c = 0; c < cells.size(); c++) {
                    for (int k = 0; k < h; k++) {
                        if (cells.get(c) != null && cells.get(c).strip().equals(headers[k])) {
                            col[k] = c;
                        }
                    }
                }
                found[0] = java.util.Arrays.stream(col).allMatch(c -> c >= 0);
                if (!found[0] && row >= 10) {
                    throw new TableFormatException(shown + " sheet \"" + sheet + "\": no header row with "
                            + String.join(", ", headers) + " in rows 1-10");
                }
                return;
            }
            for (int k = 0; k < h; k++) {
                String v = col[k] < cells.size() ? cells.get(col[k]) : null;
                String cell = XlsxSheet.columnName(col[k]) + row;
                if (v == null || v.isBlank()) {
                    ended[k] = true;
                    continue;
                }
                if (ended[k]) {
                    throw new TableFormatException(shown + " sheet \"" + sheet + "\" cell " + cell + ": \""
                            + v.strip() + "\" after a blank cell in the " + headers[k] + " column");
                }
                String s = v.strip();
                if (s.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
                    throw new TableFormatException(shown + " sheet \"" + sheet + "\" cell " + cell
                            + ": a name with a control character");
                }
                List<String> l = out.get(k);
                if (l.contains(s)) {
                    throw new TableFormatException(shown + " sheet \"" + sheet + "\" cell " + cell + ": \"" + s
                            + "\" is there twice");
                }
                l.add(s);
                if (l.size() > 100_000) {
                    throw new TableFormatException(shown + " sheet \"" + sheet + "\": more than 100,000 " + headers[k]);
                }
            }
        });
        for (int k = 0; k < h; k++) {
            if (col[k] < 0) {
                throw new TableFormatException(shown + " sheet \"" + sheet + "\": no header \"" + headers[k] + "\"");
            }
            if (out.get(k).isEmpty()) {
                throw new TableFormatException(shown + " sheet \"" + sheet + "\": no " + headers[k] + " under the header");
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- the results

    /** The name of row or column {@code k} of T: region, industry/product, sector. */
    private static String tName(Labels l, int k) {
        int nSec = l.sectorCount();
        int r = k / (2 * nSec);
        int w = k % (2 * nSec);
        return l.country(r) + (w < nSec ? " industry " : " product ") + l.sector(w % nSec);
    }

    /** Streams a headerless CSV of {@code rows} × {@code cols}, handing each cell to {@code cell}. */
    private interface Cell {
        void accept(int r, int c, double v);
    }

    private static void grid(SourceInput src, String member, int rows, int cols, java.util.function.IntFunction<String>
            rowName, java.util.function.IntFunction<String> colName, TableAssembly t, Cell cell) throws IOException {
        InputFiles.Input in = src.open(member);
        long cells = (long) rows * cols;
        if (in.size() >= 0 && in.size() < cells * 2) {
            in.in().close();
            if (in.size() == 0) {
                throw new TableFormatException(src.shown(member) + " is empty; the ReadMe's labels call for " + rows
                        + " lines of " + cols + " numbers");
            }
            throw new TableFormatException(String.format(Locale.ROOT, "%s: %,d bytes cannot hold the %,d x %,d numbers "
                    + "the ReadMe's labels call for (at least %,d bytes; the last row, \"%s\", cannot be there): cut "
                    + "short, or of another release", src.shown(member), in.size(), rows, cols, cells * 2,
                    rowName.apply(rows - 1)));
        }
        try (InputStream s = in.in()) {
            TextCursor cur = src.cursor(in, member, ',');
            for (int r = 0; r < rows; r++) {
                String rn = rowName.apply(r);
                for (int c = 0; c < cols; c++) {
                    TextCursor.End e = cur.next();
                    if (e == TextCursor.End.FILE && c == 0 && cur.isBlank()) {
                        throw new TableFormatException(src.shown(member) + " line " + cur.line() + ": the file ends, but "
                                + "the ReadMe calls for " + rows + " lines (row \"" + rn + "\" is missing)");
                    }
                    double v = cell(t, cur, src.shown(member), rn, colName, c);
                    boolean last = c == cols - 1;
                    if (last != (e != TextCursor.End.DELIMITER)) {
                        throw new TableFormatException(src.shown(member) + " line " + cur.line() + ": " + (last
                                ? "more than " + cols : (c + 1) + " of " + cols) + " fields (the ReadMe's labels call for "
                                + cols + ")");
                    }
                    if (v != 0) {
                        cell.accept(r, c, v);
                    }
                }
            }
            TextCursor.End e = cur.next();
            if (!cur.isBlank() || e == TextCursor.End.DELIMITER) {
                throw new TableFormatException(src.shown(member) + " line " + cur.line() + ": more than " + rows
                        + " lines (the ReadMe's labels call for " + rows + ")");
            }
            SourceInput.readToEnd(s);
        }
    }

    /**
     * As {@link TableAssembly#cell}, naming the column only when a cell is refused: a GLORIA T has 1.5 billion cells,
     * and a name built for each would cost more than the numbers.
     */
    private static double cell(TableAssembly t, TextCursor cur, String shown, String row,
            java.util.function.IntFunction<String> colName, int c) {
        if (cur.isBlank()) {
            t.countBlank();
            return 0;
        }
        char[] ch = cur.chars();
        int len = cur.length();
        if (len == 2 && ch[0] == 'N' && ch[1] == 'A') {
            t.countNa();
            return 0;
        }
        try {
            return org.gvc4j.source.NumberSyntax.parse(ch, 0, len);
        } catch (NumberFormatException e) {
            throw new TableFormatException(shown + " line " + cur.line() + ", row \"" + row + "\", column \""
                    + colName.apply(c) + "\": " + e.getMessage());
        }
    }

    private static void readT(SourceInput src, String member, Labels l, TableAssembly t, double[] x) throws IOException {
        int nSec = l.sectorCount();
        int n = l.size();
        int size = 2 * n;
        grid(src, member, size, size, k -> tName(l, k), k -> tName(l, k), t, (r, c, v) -> {
            int rr = r / (2 * nSec);
            int rw = r % (2 * nSec);
            int cr = c / (2 * nSec);
            int cw = c % (2 * nSec);
            boolean rowInd = rw < nSec;
            boolean colInd = cw < nSec;
            if (!rowInd && colInd) {
                t.z[(rr * nSec + rw - nSec) + (cr * nSec + cw) * n] = v;
            } else if (rowInd && !colInd && rr == cr && rw == cw - nSec) {
                x[rr * nSec + rw] += v;
            } else {
                throw new TableFormatException(src.shown(member) + " line " + (r + 1) + ", row \"" + tName(l, r)
                        + "\", column \"" + tName(l, c) + "\": " + v + " where GLORIA's T holds nothing (supply is "
                        + "diagonal; use is products by industries): not this release's layout, or a damaged file");
            }
        });
    }

    private static void readY(SourceInput src, String member, Labels l, int kFd, TableAssembly t) throws IOException {
        int nSec = l.sectorCount();
        int n = l.size();
        grid(src, member, 2 * n, l.countryCount() * kFd, k -> tName(l, k),
                c -> l.country(c / kFd) + "." + t.categories.get(c % kFd), t, (r, c, v) -> {
                int rr = r / (2 * nSec);
                int rw = r % (2 * nSec);
                if (rw < nSec) {
                    throw new TableFormatException(src.shown(member) + " line " + (r + 1) + ", row \"" + tName(l, r)
                            + "\": final demand " + v + " on an industry row (final demand is for products)");
                }
                t.yFull[(rr * nSec + rw - nSec) + c * n] = v;
            });
    }

    private static List<double[]> readV(SourceInput src, String member, Labels l, List<String> vaNames, TableAssembly t)
            throws IOException {
        int nSec = l.sectorCount();
        int n = l.size();
        int m = vaNames.size();
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            rows.add(new double[n]);
        }
        grid(src, member, l.countryCount() * m, 2 * n, r -> l.country(r / m) + "." + vaNames.get(r % m),
                k -> tName(l, k), t, (r, c, v) -> {
                int cr = c / (2 * nSec);
                int cw = c % (2 * nSec);
                if (cw >= nSec) {
                    throw new TableFormatException(src.shown(member) + " line " + (r + 1) + ", column \"" + tName(l, c)
                            + "\": value added " + v + " under a product (value added is for industries)");
                }
                rows.get(r % m)[cr * nSec + cw] += v;
            });
        return rows;
    }

    /** The table without the regions whose every row, column, final demand and value added is zero (reported). */
    static SourceTable dropEmptyRegions(SourceTable t, int g, int nSec) {
        Labels l = t.labels();
        int n = l.size();
        Mat z = t.z();
        Mat y = t.yFull();
        Mat v = t.valuation();
        double[] x = t.output();
        int k = t.categories().size();
        List<Integer> keep = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int s = 0; s < g; s++) {
            boolean empty = true;
            for (int i = s * nSec; i < (s + 1) * nSec && empty; i++) {
                empty = x[i] == 0;
                for (int j = 0; j < n && empty; j++) {
                    empty = z.data[i + j * n] == 0 && z.data[j + i * n] == 0;
                }
                for (int c = 0; c < y.cols && empty; c++) {
                    empty = y.data[i + c * n] == 0;
                }
                for (int r = 0; r < v.rows && empty; r++) {
                    empty = v.data[r + i * v.rows] == 0;
                }
            }
            for (int c = s * k; c < (s + 1) * k && empty; c++) {
                for (int i = 0; i < n && empty; i++) {
                    empty = y.data[i + c * n] == 0;
                }
            }
            if (empty) {
                dropped.add(l.country(s));
            } else {
                keep.add(s);
            }
        }
        if (dropped.isEmpty()) {
            return t;
        }
        if (keep.isEmpty()) {
            throw new TableFormatException(t.report().source() + ": every region is empty (all zeros)");
        }
        List<String> countries = new ArrayList<>();
        int[] ind = new int[keep.size() * nSec];
        for (int a = 0; a < keep.size(); a++) {
            countries.add(l.country(keep.get(a)));
            for (int i = 0; i < nSec; i++) {
                ind[a * nSec + i] = keep.get(a) * nSec + i;
            }
        }
        int n2 = ind.length;
        Mat z2 = new Mat(n2, n2);
        for (int j = 0; j < n2; j++) {
            for (int i = 0; i < n2; i++) {
                z2.data[i + j * n2] = z.data[ind[i] + ind[j] * n];
            }
        }
        Mat y2 = new Mat(n2, keep.size() * k);
        for (int a = 0; a < keep.size(); a++) {
            for (int c = 0; c < k; c++) {
                int from = keep.get(a) * k + c;
                for (int i = 0; i < n2; i++) {
                    y2.data[i + (a * k + c) * n2] = y.data[ind[i] + from * n];
                }
            }
        }
        Mat v2 = new Mat(v.rows, n2);
        double[] va = t.valueAdded();
        double[] va2 = new double[n2];
        double[] x2 = new double[n2];
        for (int j = 0; j < n2; j++) {
            for (int r = 0; r < v.rows; r++) {
                v2.data[r + j * v.rows] = v.data[r + ind[j] * v.rows];
            }
            va2[j] = va[ind[j]];
            x2[j] = x[ind[j]];
        }
        LoadReport rep = t.report().with("empty region" + (dropped.size() == 1 ? " " : "s ") + String.join(", ", dropped)
                + " dropped (every row, column, final demand and value added zero)");
        return new SourceTable(t.name(), new Labels(countries, l.sectors()), z2, t.categories(), y2, t.valuationCodes(),
                v2, va2, x2, rep);
    }
}
