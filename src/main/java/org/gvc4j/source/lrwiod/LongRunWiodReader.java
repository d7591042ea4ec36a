package org.gvc4j.source.lrwiod;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.model.Labels;
import org.gvc4j.source.InputFiles;
import org.gvc4j.source.ReadOptions;
import org.gvc4j.source.SourceInput;
import org.gvc4j.source.SourceTable;
import org.gvc4j.source.TableAssembly;
import org.gvc4j.source.TableReader;
import org.gvc4j.source.TextCursor;

/** Long-run WIOD: one long CSV of every year, filtered by year while streaming (see package-info). */
public final class LongRunWiodReader implements TableReader {
    static final String HEADER = "year,row_country,row_id,row_isic3,col_country,col_id,col_isic3,value";
    static final String[] NAMES = HEADER.split(",");
    static final String TOTAL = "xTOT";
    /** {@code xTOT} rows that are totals, not valuation rows. */
    static final Set<String> TOTAL_ROWS = Set.of("xII", "xGO");

    @Override
    public String name() {
        return "lrwiod";
    }

    @Override
    public String describe() {
        return "Long-run WIOD (1965-2000): one long CSV of all years, read for --year";
    }

    @Override
    public boolean recognizes(SourceInput source) {
        if (source.isFolder()) {
            return false;
        }
        for (String m : source.findAll(".*\\.csv")) {
            if (source.firstLine(m).replace("\"", "").startsWith(HEADER)) {
                return true;
            }
        }
        return false;
    }

    /** Named as the long-run WIOD file: {@code lr_wiod_wiot_final_filled.csv}. */
    @Override
    public boolean resembles(SourceInput source) {
        return !source.isFolder() && source.find("lr_wiod.*\\.csv") != null;
    }

    /** The 8 fields of one cell line. */
    private static final class Cell {
        String year;
        String rowCountry;
        String rowCode;
        String colCountry;
        String colCode;
    }

    /** Reads one line's label fields; returns false at the end of the file. */
    private static boolean next(TextCursor in, Cell c, String shown) throws IOException {
        TextCursor.End e;
        do {
            e = in.next();
            if (e == TextCursor.End.FILE && in.isBlank()) {
                return false;
            }
        } while (e == TextCursor.End.LINE && in.isBlank());
        int line = in.line();
        String[] f = new String[7];
        f[0] = in.label("year");
        for (int k = 1; k < 7; k++) {
            if (e != TextCursor.End.DELIMITER) {
                throw new TableFormatException(shown + " line " + line + ": " + k + " fields, but the header has 8");
            }
            e = in.next();
            f[k] = k == 2 || k == 5 ? "" : in.label(NAMES[k]);
        }
        if (e != TextCursor.End.DELIMITER) {
            throw new TableFormatException(shown + " line " + line + ": 7 fields, but the header has 8");
        }
        c.year = f[0];
        c.rowCountry = f[1];
        c.rowCode = f[3];
        c.colCountry = f[4];
        c.colCode = f[6];
        return true;
    }

    @Override
    public SourceTable read(SourceInput source, ReadOptions options) {
        String member = null;
        for (String m : source.findAll(".*\\.csv")) {
            if (source.firstLine(m).replace("\"", "").startsWith(HEADER)) {
                member = m;
                break;
            }
        }
        if (member == null) {
            String single = source.isZip() || source.isFolder() ? "" : source.firstLine(source.members().get(0));
            throw new TableFormatException(source.path() + ": no long-run WIOD CSV (header " + HEADER + ")"
                    + (source.isZip() || source.isFolder() ? "" : single.isEmpty() ? "; the file is empty"
                    : "; line 1 begins \"" + org.gvc4j.source.NumberSyntax.printable(single) + "\""));
        }
        String shown = source.shown(member);
        try {
            return read(source, member, shown, options.year());
        } catch (IOException e) {
            throw new TableFormatException(shown + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static SourceTable read(SourceInput source, String member, String shown, Integer wanted) throws IOException {
        // pass 1: years, and the labels of the year read, in order of first appearance
        Set<String> years = new TreeSet<>();
        String year = wanted == null ? null : wanted.toString();
        Set<String> rows = new LinkedHashSet<>();
        Set<String> cols = new LinkedHashSet<>();
        long cellLines = 0;
        Cell c = new Cell();
        InputFiles.Input in = source.open(member);
        try (InputStream s = in.in()) {
            TextCursor cur = source.cursor(in, member, ',');
            cur.skipLine();
            while (next(cur, c, shown)) {
                cur.skipLine();
                if (years.add(c.year) && years.size() > 200) {
                    throw new TableFormatException(shown + ": more than 200 distinct years; not a long-run WIOD file");
                }
                if (year == null) {
                    year = c.year;
                }
                if (c.year.equals(year)) {
                    rows.add(c.rowCountry + "\u0000" + c.rowCode);
                    cols.add(c.colCountry + "\u0000" + c.colCode);
                    cellLines++;
                    if (rows.size() > 100_000 || cols.size() > 100_000) {
                        throw new TableFormatException(shown + " line " + cur.line() + ": more than 100,000 distinct rows "
                                + "or columns in " + year + "; not a long-run WIOD file");
                    }
                }
            }
        }
        if (wanted == null && years.size() > 1) {
            throw new TableFormatException(source.path() + " holds " + years.size() + " years " + years + "; choose one "
                    + "with --year (--param year=… in a recipe)");
        }
        if (rows.isEmpty()) {
            throw new TableFormatException(shown + (wanted != null ? " has no year " + wanted + "; it holds " + years
                    : " holds no cells"));
        }
        if (cellLines != (long) rows.size() * cols.size()) {
            throw new TableFormatException(String.format(java.util.Locale.ROOT, "%s: %,d lines of %s for %,d rows x %,d "
                    + "columns = %,d cells; the file has one line per cell (lines are missing or repeated)", shown,
                    cellLines, year, rows.size(), cols.size(), (long) rows.size() * cols.size()));
        }
        Map<String, Integer> rowAt = new HashMap<>();
        for (String r : rows) {
            rowAt.put(r, rowAt.size());
        }
        Map<String, Integer> colAt = new HashMap<>();
        for (String k : cols) {
            colAt.put(k, colAt.size());
        }
        java.util.BitSet seen = new java.util.BitSet((int) cellLines);
        List<String> countries = new ArrayList<>();
        List<String> sectors = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<String> industries = new ArrayList<>();
        Map<String, Integer> countryAt = new HashMap<>();
        Map<String, Integer> categoryAt = new HashMap<>();
        for (String col : cols) {
            String[] p = col.split("\u0000", 2);
            if (p[0].equals(TOTAL)) {
                continue;
            }
            if (p[1].startsWith("x")) {
                if (categoryAt.putIfAbsent(p[1], categories.size()) == null) {
                    categories.add(p[1]);
                }
                continue;
            }
            if (countryAt.putIfAbsent(p[0], countries.size()) == null) {
                countries.add(p[0]);
            }
            if (countries.size() == 1) {
                sectors.add(p[1]);
            }
            industries.add(col);
        }
        Labels labels = new Labels(countries, sectors);
        Map<String, Integer> industry = new HashMap<>();
        for (int k = 0; k < industries.size(); k++) {
            String want = k >= labels.size() ? "" : countries.get(k / sectors.size()) + "\u0000"
                    + sectors.get(k % sectors.size());
            if (k >= labels.size() || !industries.get(k).equals(want)) {
                throw new TableFormatException(shown + ": column industry " + industries.get(k).replace('\u0000', '.')
                        + " out of order; every country needs the same sectors in the same order");
            }
            industry.put(want, k);
        }
        Map<String, double[]> valuation = new LinkedHashMap<>();
        TableAssembly t = new TableAssembly(labels, categories);
        int n = t.n;
        for (String r : rows) {
            String[] p = r.split("\u0000", 2);
            if (p[0].equals(TOTAL)) {
                if (!TOTAL_ROWS.contains(p[1])) {
                    valuation.put(p[1], new double[n]);
                }
            } else if (!industry.containsKey(r)) {
                throw new TableFormatException(shown + ": row industry " + p[0] + "." + p[1] + " has no column");
            }
        }
        for (String ind : industry.keySet()) {
            if (!rows.contains(ind)) {
                throw new TableFormatException(shown + ": no line of " + year + " has row " + ind.replace('\u0000', '.')
                        + ", an industry of the columns");
            }
        }
        double[] x = new double[n];
        double[] goRow = new double[n];
        boolean hasX = false;
        in = source.open(member);
        try (InputStream s = in.in()) {
            TextCursor cur = source.cursor(in, member, ',');
            cur.skipLine();
            while (next(cur, c, shown)) {
                if (!c.year.equals(year)) {
                    cur.skipLine();
                    continue;
                }
                TextCursor.End e = cur.next();
                String rowLabel = c.rowCountry + "." + c.rowCode;
                String colLabel = c.colCountry + "." + c.colCode;
                Integer ra = rowAt.get(c.rowCountry + "\u0000" + c.rowCode);
                Integer ca = colAt.get(c.colCountry + "\u0000" + c.colCode);
                if (ra == null || ca == null) {
                    throw new TableFormatException(shown + " line " + cur.line() + ": the file changed while it was read");
                }
                int cell = ra * cols.size() + ca;
                if (seen.get(cell)) {
                    throw new TableFormatException(shown + " line " + cur.line() + ": the cell " + rowLabel + ", "
                            + colLabel + " of " + year + " appears twice");
                }
                seen.set(cell);
                double v = t.cell(cur, rowLabel, colLabel);
                if (e == TextCursor.End.DELIMITER) {
                    throw new TableFormatException(shown + " line " + cur.line() + ": more than 8 fields");
                }
                Integer i = industry.get(c.rowCountry + "\u0000" + c.rowCode);
                Integer j = industry.get(c.colCountry + "\u0000" + c.colCode);
                if (i != null) {
                    if (j != null) {
                        t.z[i + j * n] = v;
                    } else if (c.colCountry.equals(TOTAL)) {
                        if (c.colCode.equals("xGO")) {
                            x[i] = v;
                            hasX = true;
                        }
                    } else {
                        Integer s2 = countryAt.get(c.colCountry);
                        Integer cat = categoryAt.get(c.colCode);
                        if (s2 == null || cat == null) {
                            throw new TableFormatException(shown + " line " + cur.line() + ": final demand \""
                                    + c.colCountry + "." + c.colCode + "\" of a country without industries, or a column "
                                    + "that is neither an industry nor final demand");
                        }
                        t.yFull[i + t.yColumn(s2, cat) * n] = v;
                    }
                } else if (c.rowCountry.equals(TOTAL) && j != null) {
                    double[] row = valuation.get(c.rowCode);
                    if (row != null) {
                        row[j] = v;
                    } else if (c.rowCode.equals("xGO")) {
                        goRow[j] = v;
                    }
                }
            }
        }
        t.setValuation(new ArrayList<>(valuation.keySet()), new ArrayList<>(valuation.values()));
        if (!valuation.containsKey("xVA")) {
            throw new TableFormatException(shown + ": no xTOT row xVA (value added) for " + year);
        }
        List<String> notes = new ArrayList<>();
        if (years.size() > 1) {
            notes.add("year " + year + " read from a file holding " + years);
        }
        notes.add("value added xVA excludes international margins xMRG_int (kept as a valuation row); the residual "
                + "X - colSums(Z) includes them");
        String base = member.substring(member.lastIndexOf('/') + 1).replaceFirst("(?i)\\.csv$", "") + "-" + year;
        return t.build(base, "Long-run WIOD", "2022 release (lr_wiod_wiot_final_filled)", Integer.valueOf(year),
                "million USD", shown, t.sumOfValuationRows(List.of("xVA")), "row xVA", hasX ? x : null,
                "column xTOT/xGO", notes);
    }
}
