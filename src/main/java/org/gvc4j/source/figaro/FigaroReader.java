package org.gvc4j.source.figaro;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.model.Labels;
import org.gvc4j.source.InputFiles;
import org.gvc4j.source.ReadOptions;
import org.gvc4j.source.SourceInput;
import org.gvc4j.source.SourceTable;
import org.gvc4j.source.TableAssembly;
import org.gvc4j.source.TableReader;
import org.gvc4j.source.TextCursor;
import org.gvc4j.source.WideCsv;

/** Eurostat FIGARO, matrix and flat files, industry by industry and product by product (see package-info). */
public final class FigaroReader implements TableReader {
    /** Final-demand codes, in the order FIGARO publishes them (government first). */
    static final Set<String> FD = Set.of("P3_S13", "P3_S14", "P3_S15", "P51G", "P5M");
    /** Valuation rows (after the {@code W2_} pseudo-area, which the matrix files put before them). */
    static final List<String> VALUATION = List.of("D21X31", "OP_RES", "OP_NRES", "D1", "D29X39", "B2A3G");
    /** Value added at basic prices = compensation + other net taxes on production + operating surplus. */
    static final List<String> VALUE_ADDED = List.of("D1", "D29X39", "B2A3G");
    static final String FLAT_HEADER = "icioiRow,icioiCol,refArea,rowIi,counterpartArea,colIi,obsValue";
    static final String FLAT_HEADER_PXP = "icioiRow,icioiCol,refArea,rowPi,counterpartArea,colPi,obsValue";

    @Override
    public String name() {
        return "figaro";
    }

    @Override
    public String describe() {
        return "Eurostat FIGARO, industry by industry and product by product, matrix and flat CSV files";
    }

    @Override
    public boolean recognizes(SourceInput source) {
        if (source.isFolder()) {
            return false;
        }
        for (String m : source.findAll(".*\\.csv")) {
            String head = source.firstLine(m);
            if (head.startsWith("rowLabels,") || head.startsWith("\"rowLabels\",") || isFlat(head)) {
                return true;
            }
        }
        return false;
    }

    /** Named as Eurostat names FIGARO files: {@code matrix_eu-ic-io_…csv}, {@code flatfile_eu-ic-io_…csv}. */
    @Override
    public boolean resembles(SourceInput source) {
        return !source.isFolder() && source.find("(matrix|flatfile)_eu-ic-io_.*\\.csv") != null;
    }

    private static boolean isFlat(String head) {
        String h = head.replace("\"", "");
        return h.startsWith(FLAT_HEADER) || h.startsWith(FLAT_HEADER_PXP);
    }

    @Override
    public SourceTable read(SourceInput source, ReadOptions options) {
        String member = null;
        for (String m : source.findAll(".*\\.csv")) {
            String head = source.firstLine(m);
            if (head.replace("\"", "").startsWith("rowLabels,") || isFlat(head)) {
                Integer y = SourceInput.yearIn(m);
                if (options.year() == null || options.year().equals(y)) {
                    if (member != null && options.year() == null) {
                        throw new TableFormatException(source.path() + " holds several FIGARO files; choose one with "
                                + "--year or give the file");
                    }
                    member = m;
                }
            }
        }
        if (member == null) {
            String single = source.isZip() || source.isFolder() ? "" : source.firstLine(source.members().get(0));
            throw new TableFormatException(source.path() + ": no FIGARO matrix or flat file" + (options.year() == null
                    ? "" : " for " + options.year()) + (source.isZip() || source.isFolder() ? ""
                    : single.isEmpty() ? " (the file is empty)" : " (line 1 begins \"" + org.gvc4j.source.NumberSyntax
                    .printable(single) + "\", not rowLabels,… nor " + FLAT_HEADER + ")"));
        }
        String shown = source.shown(member);
        try {
            boolean flat = isFlat(source.firstLine(member));
            return flat ? readFlat(source, member, shown) : readMatrix(source, member, shown);
        } catch (IOException e) {
            throw new TableFormatException(shown + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Column roles of FIGARO labels {@code AREA_CODE}; industries in file order. */
    private static final class Layout {
        final List<String> areas = new ArrayList<>();
        /** Hashed: a damaged header may hold 100,000 labels. */
        final Map<String, Integer> areaIndex = new HashMap<>();
        final List<String> sectors = new ArrayList<>();
        final List<String> categories = new ArrayList<>();
        final Map<String, Integer> industry = new HashMap<>();
        final Map<String, String[]> fd = new HashMap<>();
        Labels labels;

        Layout(List<String> cols, String shown) {
            List<String> industryLabels = new ArrayList<>();
            for (String l : cols) {
                int u = l.indexOf('_');
                if (u <= 0 || u == l.length() - 1) {
                    throw new TableFormatException(shown + ": column \"" + l + "\" is not AREA_CODE");
                }
                String a = l.substring(0, u);
                String b = l.substring(u + 1);
                if (FD.contains(b)) {
                    fd.put(l, new String[] {a, b});
                    if (!categories.contains(b)) {
                        categories.add(b);
                    }
                } else {
                    if (areaIndex.putIfAbsent(a, areas.size()) == null) {
                        areas.add(a);
                    }
                    if (areas.size() == 1) {
                        sectors.add(b);
                    }
                    industryLabels.add(l);
                }
            }
            if (areas.isEmpty() || categories.isEmpty()) {
                throw new TableFormatException(shown + ": no " + (areas.isEmpty() ? "industry" : "final-demand (P3_S13 …)")
                        + " columns");
            }
            for (int k = 0; k < industryLabels.size(); k++) {
                String want = k >= areas.size() * sectors.size() ? null
                        : areas.get(k / sectors.size()) + "_" + sectors.get(k % sectors.size());
                if (want == null || !industryLabels.get(k).equals(want)) {
                    throw new TableFormatException(shown + ": industry column \"" + industryLabels.get(k) + "\" where \""
                            + (k < areas.size() * sectors.size() ? want : "no more industries") + "\" was expected (every "
                            + "area needs the same codes in the same order)");
                }
                industry.put(industryLabels.get(k), k);
            }
            labels = new Labels(areas, sectors);
            // FD columns in the file's category order (P3_S13 first): keep that order
            List<String> ordered = new ArrayList<>();
            for (String l : cols) {
                String[] p = fd.get(l);
                if (p != null && !ordered.contains(p[1])) {
                    ordered.add(p[1]);
                }
            }
            categories.clear();
            categories.addAll(ordered);
        }

        int yColumn(String label, String shown) {
            String[] p = fd.get(label);
            Integer s = areaIndex.get(p[0]);
            if (s == null) {
                throw new TableFormatException(shown + ": final-demand column \"" + label + "\" is for area \"" + p[0]
                        + "\", which has no industries");
            }
            return s * categories.size() + categories.indexOf(p[1]);
        }

        WideCsv.RowRole row(String label, String shown, int line) {
            Integer i = industry.get(label);
            if (i != null) {
                return new WideCsv.Industry(i);
            }
            String code = label.startsWith("W2_") ? label.substring(3) : label;
            if (VALUATION.contains(code)) {
                return new WideCsv.Valuation(code);
            }
            throw new TableFormatException(shown + (line > 0 ? " line " + line : "") + ": row \"" + label + "\" is "
                    + "neither an industry of the header nor a FIGARO value-added row (" + String.join(", ", VALUATION)
                    + ", with or without W2_)");
        }
    }

    private static SourceTable readMatrix(SourceInput source, String member, String shown) throws IOException {
        InputFiles.Input in = source.open(member);
        try (InputStream s = in.in()) {
            TextCursor cur = source.cursor(in, member, ',');
            List<String> cols = WideCsv.header(cur);
            Layout lay = new Layout(cols, shown + " line 1");
            int[] kind = new int[cols.size()];
            int[] index = new int[cols.size()];
            for (int c = 0; c < cols.size(); c++) {
                String l = cols.get(c);
                if (lay.fd.containsKey(l)) {
                    kind[c] = WideCsv.Y;
                    index[c] = lay.yColumn(l, shown);
                } else {
                    kind[c] = WideCsv.Z;
                    index[c] = lay.industry.get(l);
                }
            }
            TableAssembly t = new TableAssembly(lay.labels, lay.categories, in.size(), shown);
            WideCsv.Result r = WideCsv.rows(cur, new WideCsv.Plan(kind, index, cols),
                    (label, line) -> lay.row(label, shown, line), t);
            t.setValuation(new ArrayList<>(r.valuation.keySet()), new ArrayList<>(r.valuation.values()));
            List<String> notes = new ArrayList<>();
            if (!r.valuationUnderFinalDemand.isEmpty()) {
                notes.add("values of " + r.valuationUnderFinalDemand + " under final-demand columns are not kept");
            }
            return finish(t, member, shown, "matrix", notes);
        }
    }

    /** The fields of one flat-file line: row and column labels checked against their area and code fields. */
    private static final class FlatLine {
        String row;
        String col;
        int line;

        /** Reads the label fields of the next line, up to the value; false at the end of the file. */
        boolean next(TextCursor cur, String shown) throws IOException {
            TextCursor.End e;
            do {
                e = cur.next();
                if (e == TextCursor.End.FILE && cur.isBlank()) {
                    return false;
                }
            } while (e == TextCursor.End.LINE && cur.isBlank());
            line = cur.line();
            String[] f = new String[6];
            for (int k = 0; k < 6; k++) {
                if (k > 0) {
                    if (e != TextCursor.End.DELIMITER) {
                        throw new TableFormatException(shown + " line " + line + ": " + k + " fields, but the header has 7");
                    }
                    e = cur.next();
                }
                f[k] = cur.label(FLAT_FIELDS[k]);
            }
            if (e != TextCursor.End.DELIMITER) {
                throw new TableFormatException(shown + " line " + line + ": 6 fields, but the header has 7");
            }
            row = f[0];
            col = f[1];
            if (!row.equals(f[2] + "_" + f[3]) || !col.equals(f[4] + "_" + f[5])) {
                throw new TableFormatException(shown + " line " + line + ": \"" + (row.equals(f[2] + "_" + f[3]) ? col : row)
                        + "\" does not match its area and code fields (\"" + (row.equals(f[2] + "_" + f[3]) ? f[4] + "\", \""
                        + f[5] : f[2] + "\", \"" + f[3]) + "\")");
            }
            return true;
        }
    }

    static final String[] FLAT_FIELDS = {"icioiRow", "icioiCol", "refArea", "row code", "counterpartArea", "column code"};

    private static SourceTable readFlat(SourceInput source, String member, String shown) throws IOException {
        // pass 1: the labels, in order of first appearance, and the number of cells
        Map<String, Integer> rowIndex = new java.util.LinkedHashMap<>();
        Map<String, Integer> colIndex = new java.util.LinkedHashMap<>();
        long lines = 0;
        FlatLine f = new FlatLine();
        InputFiles.Input in = source.open(member);
        try (InputStream s = in.in()) {
            TextCursor cur = source.cursor(in, member, ',');
            cur.skipLine();
            while (f.next(cur, shown)) {
                rowIndex.putIfAbsent(f.row, rowIndex.size());
                colIndex.putIfAbsent(f.col, colIndex.size());
                if (cur.next() == TextCursor.End.DELIMITER) {
                    throw new TableFormatException(shown + " line " + f.line + ": more than 7 fields");
                }
                lines++;
                if (colIndex.size() > 1_000_000 || rowIndex.size() > 1_000_000) {
                    throw new TableFormatException(shown + " line " + f.line + ": more than a million distinct rows or "
                            + "columns; not a FIGARO file");
                }
            }
        }
        long cells = (long) rowIndex.size() * colIndex.size();
        if (lines != cells) {
            throw new TableFormatException(String.format(java.util.Locale.ROOT, "%s: %,d lines for %,d rows x %,d columns "
                    + "= %,d cells; a flat file has one line per cell (lines are missing or repeated)", shown, lines,
                    rowIndex.size(), colIndex.size(), cells));
        }
        List<String> cols = new ArrayList<>(colIndex.keySet());
        Layout lay = new Layout(cols, shown + " (the icioiCol labels)");
        TableAssembly t = new TableAssembly(lay.labels, lay.categories);
        int n = t.n;
        Map<String, double[]> valuation = new java.util.LinkedHashMap<>();
        WideCsv.RowRole[] roles = new WideCsv.RowRole[rowIndex.size()];
        boolean[] hasRow = new boolean[n];
        for (Map.Entry<String, Integer> r : rowIndex.entrySet()) {
            WideCsv.RowRole role = lay.row(r.getKey(), shown, 0);
            roles[r.getValue()] = role;
            if (role instanceof WideCsv.Valuation v) {
                valuation.put(v.code(), new double[n]);
            } else if (role instanceof WideCsv.Industry ind) {
                hasRow[ind.index()] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!hasRow[i]) {
                throw new TableFormatException(shown + ": no line has icioiRow \"" + lay.labels.country(i / lay.sectors.size())
                        + "_" + lay.sectors.get(i % lay.sectors.size()) + "\", an industry of the columns");
            }
        }
        int[] colTarget = new int[cols.size()]; // industry j >= 0, or -1 - (Yfull column)
        for (int c = 0; c < cols.size(); c++) {
            Integer j = lay.industry.get(cols.get(c));
            colTarget[c] = j != null ? j : -1 - lay.yColumn(cols.get(c), shown);
        }
        java.util.BitSet seen = new java.util.BitSet((int) cells);
        Set<String> underFd = new LinkedHashSet<>();
        in = source.open(member);
        try (InputStream s = in.in()) {
            TextCursor cur = source.cursor(in, member, ',');
            cur.skipLine();
            while (f.next(cur, shown)) {
                Integer ri = rowIndex.get(f.row);
                Integer ci = colIndex.get(f.col);
                if (ri == null || ci == null) {
                    throw new TableFormatException(shown + " line " + f.line + ": the file changed while it was read");
                }
                int cell = ri * cols.size() + ci;
                if (seen.get(cell)) {
                    throw new TableFormatException(shown + " line " + f.line + ": the cell \"" + f.row + "\", \"" + f.col
                            + "\" appears twice");
                }
                seen.set(cell);
                TextCursor.End e = cur.next();
                double v = t.cell(cur, f.row, f.col);
                if (e == TextCursor.End.DELIMITER) {
                    throw new TableFormatException(shown + " line " + f.line + ": more than 7 fields");
                }
                WideCsv.RowRole role = roles[ri];
                int target = colTarget[ci];
                if (role instanceof WideCsv.Industry ind) {
                    if (target >= 0) {
                        t.z[ind.index() + target * n] = v;
                    } else {
                        t.yFull[ind.index() + (-1 - target) * n] = v;
                    }
                } else if (role instanceof WideCsv.Valuation val) {
                    if (target >= 0) {
                        valuation.get(val.code())[target] = v;
                    } else if (v != 0) {
                        underFd.add(val.code());
                    }
                }
            }
        }
        t.setValuation(new ArrayList<>(valuation.keySet()), new ArrayList<>(valuation.values()));
        List<String> notes = new ArrayList<>();
        if (!underFd.isEmpty()) {
            notes.add("values of " + underFd + " under final-demand columns are not kept");
        }
        return finish(t, member, shown, "flat file", notes);
    }

    private static SourceTable finish(TableAssembly t, String member, String shown, String layout, List<String> notes) {
        for (String code : VALUATION) {
            if (!t.valuationCodes().contains(code)) {
                throw new TableFormatException(shown + ": no row " + code + " (W2_" + code + "); every FIGARO file has "
                        + "the six rows " + String.join(", ", VALUATION) + " (a line lost?)");
            }
        }
        boolean pxp = t.labels.sectors().get(0).startsWith("CPA_");
        java.util.regex.Matcher ed = java.util.regex.Pattern.compile("(\\d\\d)ed").matcher(member);
        String edition = (ed.find() ? "20" + ed.group(1) + " edition, " : "") + layout + ", "
                + (pxp ? "product by product" : "industry by industry");
        String base = member.substring(member.lastIndexOf('/') + 1).replaceFirst("(?i)\\.csv$", "");
        return t.build(base, "Eurostat FIGARO", edition, SourceInput.yearIn(member), "million EUR", shown,
                t.sumOfValuationRows(VALUE_ADDED), "D1 + D29X39 + B2A3G", null, "", notes);
    }
}
