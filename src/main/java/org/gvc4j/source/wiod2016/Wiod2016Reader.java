package org.gvc4j.source.wiod2016;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.model.Labels;
import org.gvc4j.source.InputFiles;
import org.gvc4j.source.ReadOptions;
import org.gvc4j.source.SourceInput;
import org.gvc4j.source.SourceTable;
import org.gvc4j.source.TableAssembly;
import org.gvc4j.source.TableReader;
import org.jspecify.annotations.Nullable;

/** WIOD 2016 release: {@code WIOTyyyy_October16_ROW.RData} (data.frame {@code wiot}) and {@code .dta}; see package-info. */
public final class Wiod2016Reader implements TableReader {
    /** Final-demand column numbers and their codes (loaders.md §11: the files carry no category codes). */
    static final Map<Integer, String> CATEGORIES = Map.of(57, "CONS_h", 58, "CONS_np", 59, "CONS_g", 60, "GFCF",
            61, "INVEN");
    /** The rows of country {@code TOT}: totals ({@code II_fob}, {@code GO}) and valuation rows (the others). */
    static final List<String> TOT_ROWS = List.of("II_fob", "TXSP", "EXP_adj", "PURR", "PURNR", "VA", "IntTTM", "GO");
    static final List<String> TOTALS = List.of("II_fob", "GO");
    private static final Pattern VALUE_COLUMN = Pattern.compile("v?([A-Za-z]{3})(\\d{1,3})");
    private static final String MEMBER = "(?i).*\\.(rdata|rda|rds|dta)";

    @Override
    public String name() {
        return "wiod2016";
    }

    @Override
    public String describe() {
        return "WIOD 2016 release (2000-2014), the R (.RData, data.frame wiot) and Stata (.dta) files";
    }

    private enum Kind { RDATA, DTA }

    /** What the first bytes of a member say it is, or {@code null}. */
    private static @Nullable Kind kind(SourceInput src, String member) {
        try (InputStream in = src.open(member).in()) {
            byte[] head = in.readNBytes(11);
            if (startsWith(head, Dta.MAGIC)) {
                return Kind.DTA;
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
                try (InputStream all = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in);
                        InputStream g = new java.util.zip.GZIPInputStream(all)) {
                    head = g.readNBytes(7);
                } catch (IOException e) {
                    return null;
                }
            }
            return RData.isRData(head) || isRds(head) ? Kind.RDATA : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isRds(byte[] h) {
        return h.length >= 6 && h[0] == 'X' && h[1] == '\n' && h[2] == 0 && h[3] == 0 && h[4] == 0 && (h[5] == 2
                || h[5] == 3);
    }

    private static boolean startsWith(byte[] a, byte[] prefix) {
        if (a.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (a[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<String> candidates(SourceInput src) {
        if (!src.isZip() && !src.isFolder()) {
            return src.members();
        }
        return src.findAll(MEMBER);
    }

    @Override
    public boolean recognizes(SourceInput source) {
        if (org.gvc4j.source.XlsxSheet.isWorkbook(source)) {
            return false;
        }
        List<String> c = candidates(source);
        return !c.isEmpty() && c.size() <= 64 && kind(source, c.get(0)) != null;
    }

    /** Named as WIOD names its R and Stata files, or a zip/folder of them. */
    @Override
    public boolean resembles(SourceInput source) {
        if (!source.isZip() && !source.isFolder()) {
            return source.fileName().matches(MEMBER);
        }
        return !source.findAll(MEMBER).isEmpty();
    }

    @Override
    public SourceTable read(SourceInput src, ReadOptions options) {
        String member = choose(src, options.year());
        Kind kind = kind(src, member);
        String shown = src.shown(member);
        if (kind == null) {
            kind = member.toLowerCase(Locale.ROOT).endsWith(".dta") ? Kind.DTA : Kind.RDATA;
        }
        List<String> notes = new ArrayList<>();
        if (candidates(src).size() > 1) {
            List<String> all = candidates(src);
            notes.add(member + " read (the source holds " + (all.size() <= 4 ? all.toString() : all.size() + " R and Stata "
                    + "files") + ")");
        }
        Frame f;
        InputFiles.Input in = src.open(member);
        try (InputStream s = in.in()) {
            f = kind == Kind.DTA ? Dta.read(s, in.size(), shown) : RData.read(s, shown, "wiot", notes);
            SourceInput.readToEnd(s);
        } catch (IOException e) {
            throw new TableFormatException(shown + ": cannot read: " + e.getMessage(), e);
        }
        return build(f, shown, kind == Kind.DTA ? "Stata dta" : "R data.frame wiot", notes, options.year());
    }

    private static String choose(SourceInput src, @Nullable Integer year) {
        List<String> c = candidates(src);
        if (c.isEmpty()) {
            throw new TableFormatException(src.path() + ": no .RData or .dta file in it");
        }
        if (year != null && c.size() > 1) {
            List<String> y = new ArrayList<>();
            for (String m : c) {
                if (year.equals(SourceInput.yearIn(m))) {
                    y.add(m);
                }
            }
            if (y.isEmpty()) {
                throw new TableFormatException(src.path() + ": no file of year " + year + " (it holds " + c + ")");
            }
            c = y;
        }
        List<String> rdata = new ArrayList<>();
        for (String m : c) {
            if (!m.toLowerCase(Locale.ROOT).endsWith(".dta")) {
                rdata.add(m);
            }
        }
        if (c.size() == 2 && rdata.size() == 1) {
            return rdata.get(0); // the same year in both containers: the R file (read() notes it)
        }
        if (c.size() > 1) {
            throw new TableFormatException(src.path() + ": " + c.size() + " WIOD files " + (c.size() <= 8 ? c.toString()
                    : "") + "; choose one year with --year (or give one file)");
        }
        return c.get(0);
    }

    /** The table from the data set's columns, by name and number (never by position). */
    static SourceTable build(Frame f, String shown, String container, List<String> notes, @Nullable Integer wantedYear) {
        int code = need(f, shown, "IndustryCode");
        int country = need(f, shown, "Country");
        int rnr = need(f, shown, "RNr");
        int yearCol = f.index("Year");
        String[] codes = text(f, shown, code);
        String[] countries = text(f, shown, country);
        double[] rnrs = f.isText(rnr) ? null : f.numbers(rnr);
        if (rnrs == null) {
            throw new TableFormatException(shown + ": column RNr holds text, not row numbers");
        }
        // rows: industries (country-major, the same sectors in every country), then the TOT rows
        List<String> rowCountries = new ArrayList<>();
        List<String> sectors = new ArrayList<>();
        List<Integer> sectorNumbers = new ArrayList<>();
        Map<String, Integer> totRows = new LinkedHashMap<>();
        List<Integer> industryRows = new ArrayList<>();
        for (int r = 0; r < f.rows; r++) {
            String c = countries[r];
            String where = shown + " row " + (r + 1);
            if (c == null || codes[r] == null || Frame.isNa(rnrs[r])) {
                throw new TableFormatException(where + ": Country, IndustryCode or RNr is missing (NA)");
            }
            if (c.equals("TOT")) {
                if (!TOT_ROWS.contains(codes[r])) {
                    throw new TableFormatException(where + ": a TOT row \"" + RData.printable(codes[r]) + "\"; WIOD 2016 "
                            + "has the TOT rows " + TOT_ROWS);
                }
                if (totRows.put(codes[r], r) != null) {
                    throw new TableFormatException(where + ": the TOT row \"" + codes[r] + "\" appears twice");
                }
                continue;
            }
            if (!totRows.isEmpty()) {
                throw new TableFormatException(where + ": industry row " + c + " " + codes[r] + " after the TOT rows");
            }
            if (rowCountries.isEmpty() || !rowCountries.get(rowCountries.size() - 1).equals(c)) {
                if (rowCountries.contains(c)) {
                    throw new TableFormatException(where + ": country " + RData.printable(c) + " again after other "
                            + "countries (rows must be country by country)");
                }
                rowCountries.add(c);
            }
            int k = industryRows.size() % Math.max(1, sectors.size());
            if (rowCountries.size() == 1) {
                if (sectors.contains(codes[r])) {
                    throw new TableFormatException(where + ": industry " + codes[r] + " twice in " + c);
                }
                sectors.add(codes[r]);
                sectorNumbers.add((int) rnrs[r]);
                if (rnrs[r] != Math.rint(rnrs[r]) || rnrs[r] < 1 || rnrs[r] > 56) {
                    throw new TableFormatException(where + ": RNr " + rnrs[r] + " for industry " + codes[r] + " (1 to 56 "
                            + "expected)");
                }
            } else if (k >= sectors.size() || !sectors.get(k).equals(codes[r]) || sectorNumbers.get(k) != rnrs[r]) {
                throw new TableFormatException(where + ": " + c + " industry " + RData.printable(codes[r]) + " (RNr "
                        + rnrs[r] + ") where " + (k < sectors.size() ? sectors.get(k) + " (RNr " + sectorNumbers.get(k)
                        + ")" : "nothing") + " is expected: every country needs the sectors of " + rowCountries.get(0)
                        + " in the same order");
            }
            industryRows.add(r);
        }
        if (industryRows.isEmpty()) {
            throw new TableFormatException(shown + ": no industry rows");
        }
        if (industryRows.size() != rowCountries.size() * sectors.size()) {
            throw new TableFormatException(shown + ": " + rowCountries.get(rowCountries.size() - 1) + " has "
                    + (industryRows.size() - (rowCountries.size() - 1) * sectors.size()) + " industry rows, "
                    + rowCountries.get(0) + " " + sectors.size());
        }
        if (!totRows.containsKey("VA")) {
            throw new TableFormatException(shown + ": no TOT row VA (value added at basic prices); rows found: "
                    + totRows.keySet());
        }
        Labels labels = new Labels(rowCountries, sectors);
        int n = labels.size();
        int nSec = sectors.size();
        // columns: COUNTRYnn (industry nn, or final demand 57-61), TOT
        int[] zCol = new int[n];
        java.util.Arrays.fill(zCol, -1);
        Map<String, Integer> sectorOfNumber = new HashMap<>();
        for (int i = 0; i < nSec; i++) {
            sectorOfNumber.put(Integer.toString(sectorNumbers.get(i)), i);
        }
        java.util.TreeSet<Integer> fdNumbers = new java.util.TreeSet<>();
        Map<String, Integer> fdCol = new HashMap<>();
        int totCol = -1;
        List<String> meta = List.of("IndustryCode", "IndustryDescription", "Country", "RNr", "Year");
        for (int c = 0; c < f.names.size(); c++) {
            String name = f.names.get(c);
            if (meta.contains(name)) {
                continue;
            }
            String where = shown + " column " + (c + 1) + " \"" + RData.printable(name) + "\"";
            if (name.equals("TOT") || name.equals("vTOT")) {
                if (totCol >= 0) {
                    throw new TableFormatException(where + ": a second TOT column");
                }
                totCol = c;
            } else {
                Matcher m = VALUE_COLUMN.matcher(name);
                if (!m.matches()) {
                    throw new TableFormatException(where + ": not a WIOD value column (COUNTRY and number, e.g. CHN1, "
                            + "CHN57, or TOT)");
                }
                int s = rowCountries.indexOf(m.group(1));
                if (s < 0) {
                    throw new TableFormatException(where + ": country " + m.group(1) + " has no industry rows (rows hold "
                            + rowCountries + ")");
                }
                int num = Integer.parseInt(m.group(2));
                Integer i = sectorOfNumber.get(Integer.toString(num));
                if (i != null) {
                    if (zCol[s * nSec + i] >= 0) {
                        throw new TableFormatException(where + ": a second column for industry " + labels.industry(s
                                * nSec + i));
                    }
                    zCol[s * nSec + i] = c;
                } else if (CATEGORIES.containsKey(num)) {
                    fdNumbers.add(num);
                    if (fdCol.put(m.group(1) + "." + num, c) != null) {
                        throw new TableFormatException(where + ": a second final-demand column " + num + " for "
                                + m.group(1));
                    }
                } else {
                    throw new TableFormatException(where + ": number " + num + " is neither an industry of the rows "
                            + "(RNr " + sectorNumbers + ") nor final demand (57-61)");
                }
            }
            if (f.isText(c)) {
                throw new TableFormatException(where + ": holds text, not numbers");
            }
        }
        for (int j = 0; j < n; j++) {
            if (zCol[j] < 0) {
                throw new TableFormatException(shown + ": no column for industry " + labels.industry(j) + " ("
                        + labels.country(j / nSec) + sectorNumbers.get(j % nSec) + ")");
            }
        }
        if (fdNumbers.isEmpty()) {
            throw new TableFormatException(shown + ": no final-demand columns (COUNTRY57 … COUNTRY61)");
        }
        List<String> categories = new ArrayList<>();
        for (int num : fdNumbers) {
            categories.add(CATEGORIES.get(num));
        }
        for (String c : rowCountries) {
            for (int num : fdNumbers) {
                if (!fdCol.containsKey(c + "." + num)) {
                    throw new TableFormatException(shown + ": no final-demand column " + c + num + " (other countries "
                            + "have " + num + " " + CATEGORIES.get(num) + ")");
                }
            }
        }
        TableAssembly t = new TableAssembly(labels, categories);
        int[] rowOf = industryRows.stream().mapToInt(Integer::intValue).toArray();
        List<String> rowLabels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rowLabels.add(labels.industry(i));
        }
        for (int j = 0; j < n; j++) {
            double[] col = f.numbers(zCol[j]);
            for (int i = 0; i < n; i++) {
                t.z[i + j * n] = value(t, col[rowOf[i]], shown, rowLabels.get(i), f.names.get(zCol[j]));
            }
        }
        for (int s = 0; s < rowCountries.size(); s++) {
            int k = 0;
            for (int num : fdNumbers) {
                int c = fdCol.get(rowCountries.get(s) + "." + num);
                double[] col = f.numbers(c);
                int yc = t.yColumn(s, k++);
                for (int i = 0; i < n; i++) {
                    t.yFull[i + yc * n] = value(t, col[rowOf[i]], shown, rowLabels.get(i), f.names.get(c));
                }
            }
        }
        List<String> vCodes = new ArrayList<>();
        List<double[]> vRows = new ArrayList<>();
        boolean fdTaxes = false;
        for (Map.Entry<String, Integer> e : totRows.entrySet()) {
            if (TOTALS.contains(e.getKey())) {
                continue;
            }
            double[] row = new double[n];
            for (int j = 0; j < n; j++) {
                row[j] = value(t, f.numbers(zCol[j])[e.getValue()], shown, "TOT." + e.getKey(), f.names.get(zCol[j]));
            }
            for (int c : fdCol.values()) {
                double v = f.numbers(c)[e.getValue()];
                fdTaxes |= v != 0 && !Frame.isNa(v);
            }
            vCodes.add(e.getKey());
            vRows.add(row);
        }
        t.setValuation(vCodes, vRows);
        double[] x = null;
        String xFrom = "";
        if (totCol >= 0) {
            x = new double[n];
            double[] col = f.numbers(totCol);
            for (int i = 0; i < n; i++) {
                x[i] = value(t, col[rowOf[i]], shown, rowLabels.get(i), f.names.get(totCol));
            }
            xFrom = "column " + f.names.get(totCol);
        } else if (totRows.containsKey("GO")) {
            x = new double[n];
            for (int j = 0; j < n; j++) {
                x[j] = value(t, f.numbers(zCol[j])[totRows.get("GO")], shown, "TOT.GO", f.names.get(zCol[j]));
            }
            xFrom = "row GO";
            notes.add("no TOT column: X is the GO row");
        }
        if (fdTaxes) {
            notes.add("the TOT rows' values under the final-demand columns (taxes on final products, purchases by "
                    + "residents and non-residents) are not part of the table");
        }
        Integer year = null;
        if (yearCol >= 0 && !f.isText(yearCol)) {
            double[] ys = f.numbers(yearCol);
            for (int r = 0; r < f.rows; r++) {
                if (Frame.isNa(ys[r]) || (year != null && ys[r] != year)) {
                    throw new TableFormatException(shown + " row " + (r + 1) + ": Year " + (Frame.isNa(ys[r]) ? "NA"
                            : ys[r]) + (year != null ? " where the rows above say " + year : ""));
                }
                year = (int) ys[r];
            }
        }
        if (wantedYear != null && year != null && !wantedYear.equals(year)) {
            throw new TableFormatException(shown + ": the table is of year " + year + ", not " + wantedYear);
        }
        String base = shown.substring(Math.max(shown.lastIndexOf('/'), shown.lastIndexOf('!')) + 1);
        return t.build(base.replaceFirst("\\.[^.]*$", ""), "WIOD 2016 release", container, year, "million USD", shown,
                t.valuationRow(vCodes.indexOf("VA")), "row VA (value added at basic prices)", x, xFrom, notes);
    }

    private static double value(TableAssembly t, double v, String shown, String row, String column) {
        if (Frame.isNa(v)) {
            t.countNa();
            return 0;
        }
        if (!Double.isFinite(v)) {
            throw new TableFormatException(shown + ": row \"" + row + "\", column \"" + column + "\": " + v
                    + " is not a number a table can hold");
        }
        return v;
    }

    private static int need(Frame f, String shown, String name) {
        int k = f.index(name);
        if (k < 0) {
            throw new TableFormatException(shown + ": no column " + name + " (WIOD 2016 files begin with IndustryCode, "
                    + "IndustryDescription, Country, RNr, Year; columns found begin " + f.names.subList(0,
                    Math.min(6, f.names.size())) + ")");
        }
        return k;
    }

    private static String[] text(Frame f, String shown, int col) {
        if (!f.isText(col)) {
            throw new TableFormatException(shown + ": column " + f.names.get(col) + " holds numbers, not codes");
        }
        return f.text(col);
    }
}
