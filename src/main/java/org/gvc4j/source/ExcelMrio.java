package org.gvc4j.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.model.Labels;
import org.jspecify.annotations.Nullable;

/**
 * The spreadsheet layout WIOD 2013 and ADB MRIO share: title rows, a region row and a code row above the data (found
 * by content in the first 12 rows: the code row is the one holding {@code c1}), row labels in columns A–D (region in C,
 * code in D), data from column E, the last column the total output, and bottom rows identified by their codes
 * ({@code r60} total intermediate use, {@code r99 r61 r62 r63 r64 …} valuation rows, {@code r69} output; a row with
 * no code takes its column-B text as code). Cells are streamed straight into the table's arrays.
 */
public final class ExcelMrio {
    /** What differs between the formats. */
    /**
     * @param requiredRows valuation rows every file of the format has, each as alternative codes (a row without a code
     *                     takes its column-B text): one lost is a damaged file, not a smaller table
     */
    public record Spec(String format, Set<String> finalDemandCodes, String valueAddedCode, Set<String> totalRows,
            String outputRow, String unit, List<Set<String>> requiredRows) {
    }

    private ExcelMrio() {
    }

    /** The first sheet whose name is not {@code Legend}. */
    public static String dataSheet(SourceInput src) {
        for (String name : XlsxSheet.sheets(src).keySet()) {
            if (!name.equalsIgnoreCase("legend")) {
                return name;
            }
        }
        throw new TableFormatException(src.path() + ": no data sheet");
    }

    /**
     * Whether the first rows of the data sheet carry a code row with {@code c1} and one of the final-demand codes.
     *
     * @throws org.gvc4j.error.TableFormatException when the workbook is damaged (the message names the part and place)
     */
    public static boolean hasCodeRow(SourceInput src, Set<String> fdCodes) {
        boolean[] found = {false};
        try {
            XlsxSheet.rows(src, dataSheet(src), (row, cells) -> {
                if (row > 12 || found[0]) {
                    throw new StopException();
                }
                if (cells.contains("c1") && cells.stream().anyMatch(c -> c != null && fdCodes.contains(c))) {
                    found[0] = true;
                }
            });
        } catch (StopException e) {
            // enough rows seen
        }
        return found[0];
    }

    private static final class StopException extends RuntimeException {
        StopException() {
            super(null, null, false, false);
        }
    }

    private static final class State {
        List<String> previous = List.of();
        int codeRow = -1;
        TableAssembly t;
        int[] kind;
        int[] index;
        List<String> colLabel;
        int first = 4;
        int xCol = -1;
        Map<String, Integer> industry = new HashMap<>();
        Map<String, double[]> valuation = new LinkedHashMap<>();
        boolean[] seen;
        double[] x;
        double[] outputRow;
        boolean[] xSeen;
        List<String> labelsOfBottom = new ArrayList<>();
    }

    /** Reads the data sheet of {@code src}. */
    public static SourceTable read(SourceInput src, Spec spec, @Nullable Integer yearOption) {
        String sheet = dataSheet(src);
        String shown = src.path() + " sheet " + sheet;
        State st = new State();
        XlsxSheet.rows(src, sheet, (row, cells) -> {
            if (st.codeRow < 0) {
                if (cells.contains("c1")) {
                    header(st, cells, st.previous, spec, shown, row);
                    st.codeRow = row;
                } else if (row > 12) {
                    throw new TableFormatException(shown + ": no code row (c1, c2, …) in the first 12 rows");
                } else {
                    st.previous = new ArrayList<>(cells);
                }
                return;
            }
            data(st, row, cells, spec, shown);
        });
        if (st.t == null) {
            throw new TableFormatException(shown + ": no code row (c1, c2, …)");
        }
        TableAssembly t = st.t;
        for (int i = 0; i < t.n; i++) {
            if (!st.seen[i]) {
                throw new TableFormatException(shown + ": no row for industry " + t.labels.industry(i));
            }
        }
        for (int i = 0; st.x != null && i < t.n; i++) {
            if (!st.xSeen[i]) {
                throw new TableFormatException(shown + ": industry " + t.labels.industry(i) + " has no total output "
                        + "(last column) while others have");
            }
        }
        t.setValuation(new ArrayList<>(st.valuation.keySet()), new ArrayList<>(st.valuation.values()));
        if (!st.valuation.containsKey(spec.valueAddedCode())) {
            throw new TableFormatException(shown + ": no value-added row " + spec.valueAddedCode());
        }
        for (Set<String> codes : spec.requiredRows()) {
            if (codes.stream().noneMatch(st.valuation::containsKey)) {
                throw new TableFormatException(shown + ": no row " + String.join(" or ", new java.util.TreeSet<>(codes))
                        + " below the table; every " + spec.format() + " file has it (a row lost?)");
            }
        }
        List<String> notes = new ArrayList<>();
        if (st.outputRow != null && st.x != null) {
            double worst = 0;
            for (int i = 0; i < t.n; i++) {
                worst = Math.max(worst, Math.abs(st.outputRow[i] - st.x[i]));
            }
            notes.add(String.format(java.util.Locale.ROOT, "row %s (output) differs from the total column by up to %.6g",
                    spec.outputRow(), worst));
        }
        Integer year = yearOption != null ? yearOption : SourceInput.yearIn(sheet);
        if (year == null) {
            year = SourceInput.yearIn(src.fileName());
        }
        String base = src.fileName().replaceFirst("(?i)\\.xlsx$", "");
        return t.build(base, spec.format(), "", year, spec.unit(), shown,
                t.sumOfValuationRows(List.of(spec.valueAddedCode())), "row " + spec.valueAddedCode(), st.x,
                "last column (" + (st.colLabel == null ? "total" : "total output") + ")", notes);
    }

    private static @Nullable String at(List<String> cells, int c) {
        return c < cells.size() ? cells.get(c) : null;
    }

    private static String text(List<String> cells, int c) {
        String s = at(cells, c);
        return s == null ? "" : s.strip();
    }

    private static void header(State st, List<String> codes, List<String> regions, Spec spec, String shown, int row) {
        int last = codes.size() - 1;
        int lastRegion = regions.size() - 1;
        int end = Math.max(last, lastRegion);
        if (!text(codes, end).isEmpty() && spec.finalDemandCodes().contains(text(codes, end))) {
            end++; // the total column has neither code nor region in some workbooks: it follows the last final demand
        }
        List<String> entities = new ArrayList<>();
        List<String> sectors = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<String[]> cols = new ArrayList<>();
        for (int c = st.first; c <= end; c++) {
            String code = text(codes, c);
            String region = text(regions, c);
            cols.add(new String[] {region, code});
            if (region.isEmpty() && !code.isEmpty() && !spec.finalDemandCodes().contains(code)) {
                throw new TableFormatException(shown + " cell " + XlsxSheet.columnName(c) + (row - 1) + ": no region above "
                        + "industry code \"" + code + "\" (the region row is the one above the code row)");
            }
            if (code.isEmpty()) {
                if (c == end) {
                    st.xCol = c;
                    continue;
                }
                throw new TableFormatException(shown + " cell " + XlsxSheet.columnName(c) + row + ": a column without a "
                        + "code before the last (total) column");
            }
            if (spec.finalDemandCodes().contains(code)) {
                if (!categories.contains(code)) {
                    categories.add(code);
                }
                continue;
            }
            if (!entities.contains(region)) {
                entities.add(region);
            }
            if (entities.size() == 1) {
                sectors.add(code);
            }
        }
        Labels labels = new Labels(entities, sectors);
        st.t = new TableAssembly(labels, categories);
        int width = end - st.first + 1;
        st.kind = new int[width];
        st.index = new int[width];
        st.colLabel = new ArrayList<>();
        int k = 0;
        for (int c = 0; c < width; c++) {
            String[] rc = cols.get(c);
            st.colLabel.add(rc[0] + "." + rc[1]);
            if (st.first + c == st.xCol) {
                st.kind[c] = WideCsv.X;
            } else if (spec.finalDemandCodes().contains(rc[1])) {
                int s = entities.indexOf(rc[0]);
                if (s < 0) {
                    throw new TableFormatException(shown + " cell " + XlsxSheet.columnName(st.first + c) + (row - 1)
                            + ": final demand of \"" + rc[0] + "\", which has no industries");
                }
                st.kind[c] = WideCsv.Y;
                st.index[c] = st.t.yColumn(s, categories.indexOf(rc[1]));
            } else {
                String want = k >= labels.size() ? "no more industries"
                        : entities.get(k / sectors.size()) + "." + sectors.get(k % sectors.size());
                if (k >= labels.size() || !want.equals(rc[0] + "." + rc[1])) {
                    throw new TableFormatException(shown + " cell " + XlsxSheet.columnName(st.first + c) + row + ": "
                            + rc[0] + " " + rc[1] + " where " + want + " was expected (every region needs the same codes "
                            + "in the same order)");
                }
                st.industry.put(want, k);
                st.kind[c] = WideCsv.Z;
                st.index[c] = k;
                k++;
            }
        }
        st.seen = new boolean[labels.size()];
    }

    private static void data(State st, int row, List<String> cells, Spec spec, String shown) {
        String region = text(cells, 2);
        String code = text(cells, 3);
        TableAssembly t = st.t;
        int n = t.n;
        Integer i = st.industry.get(region + "." + code);
        double[] target = null;
        String rowLabel;
        if (i != null) {
            if (st.seen[i]) {
                throw new TableFormatException(shown + " row " + row + ": industry " + region + "." + code + " twice");
            }
            st.seen[i] = true;
            rowLabel = region + "." + code;
        } else {
            if (code.isEmpty()) {
                code = text(cells, 1);
            }
            if (code.isEmpty()) {
                boolean empty = true;
                for (String c : cells) {
                    empty &= c == null || c.isBlank();
                }
                if (empty) {
                    return;
                }
                throw new TableFormatException(shown + " row " + row + ": a row without a code (columns B and D empty)");
            }
            rowLabel = code;
            if (spec.totalRows().contains(code)) {
                target = new double[n]; // read, so that a damaged cell is named, then dropped
            } else if (code.equals(spec.outputRow())) {
                st.outputRow = new double[n];
                target = st.outputRow;
            } else {
                if (st.valuation.containsKey(code)) {
                    throw new TableFormatException(shown + " row " + row + ": row " + code + " twice");
                }
                if (!region.isEmpty() && !region.equals("TOT") && st.industry.keySet().stream()
                        .noneMatch(l -> l.startsWith(region + "."))) {
                    throw new TableFormatException(shown + " row " + row + ": \"" + region + "." + code + "\" is neither "
                            + "an industry of the header nor a bottom row");
                }
                target = new double[n];
                st.valuation.put(code, target);
            }
        }
        for (int c = 0; c < st.kind.length; c++) {
            int kind = st.kind[c];
            String v = at(cells, st.first + c);
            if (kind == WideCsv.X && v == null) {
                continue;
            }
            double d = t.cell(v, shown + " cell " + XlsxSheet.columnName(st.first + c) + row + " (row \"" + rowLabel
                    + "\", column \"" + st.colLabel.get(c) + "\")");
            if (i == null) {
                if (kind == WideCsv.Z) {
                    target[st.index[c]] = d;
                }
            } else if (kind == WideCsv.Z) {
                t.z[i + st.index[c] * n] = d;
            } else if (kind == WideCsv.Y) {
                t.yFull[i + st.index[c] * n] = d;
            } else if (kind == WideCsv.X) {
                if (st.x == null) {
                    st.x = new double[n];
                    st.xSeen = new boolean[n];
                }
                st.x[i] = d;
                st.xSeen[i] = true;
            }
        }
    }
}
