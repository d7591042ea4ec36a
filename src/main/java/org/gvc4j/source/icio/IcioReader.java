package org.gvc4j.source.icio;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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

/** OECD ICIO, every edition from 2016 on (see package-info). */
public final class IcioReader implements TableReader {
    /** Final-demand category codes of every edition (2016: NPS, INV, DIRP; 2018: P33; 2021+: NPISH, INVNT, DPABR). */
    static final Set<String> FD = Set.of("HFCE", "NPISH", "NPS", "GGFC", "GFCF", "INVNT", "INV", "DPABR", "DIRP", "P33");
    /** Valuation rows kept under their code. */
    static final Set<String> VALUATION = Set.of("VA+TAXSUB", "VALU", "VA", "TLS");
    /** Per-country valuation rows: {@code DEU_TAXSUB} (2018, 2021), {@code DEU_TLS} (reported for some 2023 copies). */
    static final Set<String> VALUATION_SUFFIX = Set.of("TAXSUB", "TLS");
    static final Set<String> OUTPUT_ROWS = Set.of("OUT", "OUTPUT");
    static final Set<String> OUTPUT_COLUMNS = Set.of("TOTAL", "OUT");
    private static final Pattern SPLIT = Pattern.compile("(CN|MX)\\d+");

    @Override
    public String name() {
        return "icio";
    }

    @Override
    public String describe() {
        return "OECD ICIO, editions 2016, 2018, 2021, 2023 and later (CSV, extended and _SML; a zip of years with --year)";
    }

    @Override
    public boolean recognizes(SourceInput source) {
        List<String> csv = source.findAll(".*\\.csv");
        if (source.isFolder()) {
            return false;
        }
        for (String m : csv.subList(0, Math.min(csv.size(), 64))) {
            String head = source.firstLine(m);
            if (head.matches("^(\"\"|\"?V1\"?|\"?X\"?)?,\"?[A-Z0-9]{3}_.*")
                    && (head.contains("HFCE") || head.contains("_C01T05"))) {
                return true;
            }
        }
        return false;
    }

    /** Named as the OECD names its files: {@code ICIO2021_2018.csv}, {@code 2020.csv}, {@code 2020_SML.csv}. */
    @Override
    public boolean resembles(SourceInput source) {
        return !source.isFolder() && source.find("(ICIO\\d{4}_)?\\d{4}(_SML)?\\.csv") != null;
    }

    @Override
    public SourceTable read(SourceInput source, ReadOptions options) {
        String member = pickMember(source, options.year());
        Integer year = options.year() != null ? options.year() : SourceInput.yearIn(member);
        InputFiles.Input in = source.open(member);
        try (InputStream s = in.in()) {
            return read(source.cursor(in, member, ','), in.size(), source.shown(member), year, options.splitRegions(),
                    member);
        } catch (IOException e) {
            throw new TableFormatException(source.shown(member) + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String pickMember(SourceInput source, Integer year) {
        List<String> csv = source.findAll(".*\\.csv");
        if (csv.isEmpty()) {
            throw new TableFormatException(source.path() + ": no .csv member; an OECD ICIO download holds one CSV per "
                    + "year" + (source.findAll(".*\\.zip").isEmpty() ? "" : " (zips inside zips are not read: unpack the "
                    + "outer one)"));
        }
        if (csv.size() == 1 && (year == null || !source.isZip())) {
            return csv.get(0);
        }
        List<Integer> years = new ArrayList<>();
        for (String m : csv) {
            Integer y = SourceInput.yearIn(m);
            if (y != null && y.equals(year)) {
                return m;
            }
            years.add(y);
        }
        if (year == null) {
            throw new TableFormatException(source.path() + " holds " + csv.size() + " years " + years
                    + "; choose one with --year (--param year=… in a recipe)");
        }
        throw new TableFormatException(source.path() + " has no year " + year + "; it holds " + years);
    }

    private static SourceTable read(TextCursor in, long size, String shown, Integer year, boolean split, String member)
            throws IOException {
        List<String> cols = WideCsv.header(in);
        // industries first: entity and sector order as in the file
        List<String> entities = new ArrayList<>();
        Map<String, Integer> entityIndex = new java.util.HashMap<>(); // hashed: a damaged header may hold 100,000 labels
        List<String> sectors = new ArrayList<>();
        Map<String, Integer> industryCol = new LinkedHashMap<>();
        boolean categoryFirst = false;
        int xCol = -1;
        int discCol = -1;
        String[][] parts = new String[cols.size()][];
        for (int c = 0; c < cols.size(); c++) {
            String l = cols.get(c);
            if (OUTPUT_COLUMNS.contains(l) || l.equals("DISC")) {
                boolean disc = l.equals("DISC");
                int before = disc ? discCol : xCol;
                if (before >= 0) {
                    throw new TableFormatException(shown + " line 1: columns \"" + cols.get(before) + "\" (column "
                            + (before + 2) + ") and \"" + l + "\" (column " + (c + 2) + ") are both "
                            + (disc ? "discrepancy" : "total output") + " columns");
                }
                if (disc) {
                    discCol = c;
                } else {
                    xCol = c;
                }
                continue;
            }
            int u = l.indexOf('_');
            if (u <= 0 || u == l.length() - 1) {
                throw new TableFormatException(shown + " line 1: column \"" + l + "\" is not COUNTRY_SECTOR, "
                        + "COUNTRY_CATEGORY or a known total (TOTAL, OUT, DISC)");
            }
            String a = l.substring(0, u);
            String b = l.substring(u + 1);
            if (FD.contains(b)) {
                parts[c] = new String[] {a, b};
            } else if (FD.contains(a)) {
                parts[c] = new String[] {b, a};
                categoryFirst = true;
            } else {
                if (entityIndex.putIfAbsent(a, entities.size()) == null) {
                    entities.add(a);
                }
                if (entities.size() == 1) {
                    sectors.add(b);
                }
                industryCol.put(l, c);
            }
        }
        if (entities.isEmpty()) {
            throw new TableFormatException(shown + " line 1: no industry columns (COUNTRY_SECTOR)");
        }
        int nSec = sectors.size();
        int k = 0;
        for (Map.Entry<String, Integer> e : industryCol.entrySet()) {
            if (k >= entities.size() * nSec) {
                throw new TableFormatException(shown + " line 1: column " + (e.getValue() + 2) + " \"" + e.getKey()
                        + "\" is one industry more than " + entities.size() + " countries x " + nSec + " sectors (every "
                        + "country needs the same sectors, in the same order, countries contiguous)");
            }
            String expected = entities.get(k / nSec) + "_" + sectors.get(k % nSec);
            if (!e.getKey().equals(expected)) {
                throw new TableFormatException(shown + " line 1: column " + (e.getValue() + 2) + " is \"" + e.getKey()
                        + "\" where \"" + expected + "\" was expected (every country needs the same sectors, in the same "
                        + "order, countries contiguous)");
            }
            k++;
        }
        Labels labels = new Labels(entities, sectors);
        List<String> categories = new ArrayList<>();
        Map<String, Integer> categoryIndex = new java.util.HashMap<>();
        for (String[] p : parts) {
            if (p != null && categoryIndex.putIfAbsent(p[1], categories.size()) == null) {
                categories.add(p[1]);
            }
        }
        if (categories.isEmpty()) {
            throw new TableFormatException(shown + " line 1: no final-demand columns (COUNTRY_HFCE …)");
        }
        Map<String, Integer> rowIndex = new java.util.HashMap<>();
        for (String label : industryCol.keySet()) {
            rowIndex.put(label, rowIndex.size());
        }
        int[] kind = new int[cols.size()];
        int[] index = new int[cols.size()];
        boolean[][] fdSeen = new boolean[entities.size()][categories.size()];
        for (int c = 0; c < cols.size(); c++) {
            if (c == xCol) {
                kind[c] = WideCsv.X;
            } else if (c == discCol) {
                kind[c] = WideCsv.EXTRA;
            } else if (parts[c] != null) {
                Integer s = entityIndex.get(parts[c][0]);
                if (s == null) {
                    throw new TableFormatException(shown + " line 1: final-demand column \"" + cols.get(c)
                            + "\" is for \"" + parts[c][0] + "\", which has no industry columns");
                }
                int cat = categoryIndex.get(parts[c][1]);
                if (fdSeen[s][cat]) {
                    throw new TableFormatException(shown + " line 1: column \"" + cols.get(c) + "\" appears twice");
                }
                fdSeen[s][cat] = true;
                kind[c] = WideCsv.Y;
                index[c] = s * categories.size() + cat;
            } else {
                kind[c] = WideCsv.Z;
                index[c] = rowIndex.get(cols.get(c));
            }
        }
        List<String> splitParts = new ArrayList<>();
        for (int s = 0; s < entities.size(); s++) {
            int have = 0;
            for (boolean b : fdSeen[s]) {
                have += b ? 1 : 0;
            }
            boolean isPart = SPLIT.matcher(entities.get(s)).matches();
            if (isPart) {
                splitParts.add(entities.get(s));
            }
            if (have == 0 && !isPart || have != 0 && have != categories.size()) {
                throw new TableFormatException(shown + " line 1: \"" + entities.get(s) + "\" has " + have + " of the "
                        + categories.size() + " final-demand columns " + categories);
            }
        }
        TableAssembly t = new TableAssembly(labels, categories, size, shown);
        WideCsv.Result r = WideCsv.rows(in, new WideCsv.Plan(kind, index, cols), (label, line) -> {
            Integer i = rowIndex.get(label);
            if (i != null) {
                return new WideCsv.Industry(i);
            }
            if (VALUATION.contains(label)) {
                return new WideCsv.Valuation(label);
            }
            int u = label.indexOf('_');
            if (u > 0 && VALUATION_SUFFIX.contains(label.substring(u + 1))) {
                return new WideCsv.Valuation(label);
            }
            if (OUTPUT_ROWS.contains(label)) {
                return new WideCsv.OutputRow(label);
            }
            throw new TableFormatException(shown + " line " + line + ": row \"" + label + "\" is neither an industry of "
                    + "the header nor an ICIO row (VA+TAXSUB, VALU, VA, TLS, COUNTRY_TAXSUB, OUT, OUTPUT)");
        }, t);
        perCountryRows(r.valuation.keySet(), entities, shown);
        boolean taxsub = r.valuation.keySet().stream().anyMatch(code -> code.endsWith("_TAXSUB"));
        if (r.valuation.containsKey("VALU") && !taxsub || r.valuation.containsKey("VA") && !r.valuation.containsKey("TLS")) {
            throw new TableFormatException(shown + ": a row " + (r.valuation.containsKey("VALU") ? "VALU without the "
                    + "countries' TAXSUB rows" : "VA without the TLS row") + " that every file of this edition has (a "
                    + "line lost?)");
        }
        t.setValuation(new ArrayList<>(r.valuation.keySet()), new ArrayList<>(r.valuation.values()));
        String vaCode = r.valuation.containsKey("VALU") ? "VALU" : r.valuation.containsKey("VA") ? "VA"
                : r.valuation.containsKey("VA+TAXSUB") ? "VA+TAXSUB" : null;
        if (vaCode == null) {
            throw new TableFormatException(shown + ": no value-added row (VALU, VA or VA+TAXSUB)");
        }
        double[] x = r.x;
        String xWhere = x != null ? "column " + cols.get(xCol) : null;
        if (x == null && r.outputRow != null) {
            x = r.outputRow;
            xWhere = "row " + r.outputRowCode;
        }
        if (x == null) {
            // every edition publishes output as a column (TOTAL, OUT) or, in 2016, as the row OUT
            throw new TableFormatException(shown + ": no total output: neither a column " + OUTPUT_COLUMNS
                    + " nor a row " + OUTPUT_ROWS + " (a line lost?)");
        }
        String edition = edition(categoryFirst, discCol >= 0, categories, r.valuation.keySet(), splitParts.isEmpty());
        List<String> notes = new ArrayList<>();
        if (discCol >= 0) {
            notes.add(String.format(java.util.Locale.ROOT, "column DISC (statistical discrepancy) left out of final demand: "
                    + "sum %.6g, largest |cell| %.6g", r.extraSum, r.extraMax));
        }
        if (x != null && r.outputRow != null && xWhere.startsWith("column")) {
            double worst = 0;
            for (int i = 0; i < t.n; i++) {
                worst = Math.max(worst, Math.abs(x[i] - r.outputRow[i]));
            }
            notes.add(String.format(java.util.Locale.ROOT, "X is the column %s; the %s row (column totals) differs from it "
                    + "by up to %.6g", cols.get(xCol), r.outputRowCode, worst));
        }
        if (!r.valuationUnderFinalDemand.isEmpty()) {
            notes.add("values of " + r.valuationUnderFinalDemand + " under final-demand columns are not kept");
        }
        SourceTable table = t.build(baseName(member), "OECD ICIO", edition, year, "million USD", shown,
                t.sumOfValuationRows(List.of(vaCode)), "row " + vaCode, x, xWhere == null ? "" : xWhere, notes);
        if (splitParts.isEmpty() || split) {
            return split && !splitParts.isEmpty() ? table.withNote("split entities " + splitParts
                    + " kept as regions of their own (--split-regions): a decomposition must treat CHN with its CN parts "
                    + "and MEX with its MX parts as one exporter") : table;
        }
        return table.aggregateCountries(c -> SPLIT.matcher(c).matches() ? (c.startsWith("CN") ? "CHN" : "MEX") : c,
                "split entities " + splitParts + " added into CHN and MEX at their position (the default; "
                        + "--split-regions keeps them)");
    }

    /**
     * Per-country valuation rows ({@code DEU_TAXSUB}): when a file has them, every country has one (split parts may or may
     * not), and each is for a country of the file; a row missing is a damaged file, not a smaller table.
     */
    private static void perCountryRows(Set<String> codes, List<String> entities, String shown) {
        Map<String, List<String>> bySuffix = new LinkedHashMap<>();
        for (String code : codes) {
            int u = code.indexOf('_');
            if (u > 0 && VALUATION_SUFFIX.contains(code.substring(u + 1))) {
                String country = code.substring(0, u);
                if (!entities.contains(country)) {
                    throw new TableFormatException(shown + ": row \"" + code + "\" is for \"" + country + "\", which "
                            + "has no industries in the header");
                }
                bySuffix.computeIfAbsent(code.substring(u + 1), k -> new ArrayList<>()).add(country);
            }
        }
        for (Map.Entry<String, List<String>> e : bySuffix.entrySet()) {
            for (String c : entities) {
                if (!e.getValue().contains(c) && !SPLIT.matcher(c).matches()) {
                    throw new TableFormatException(shown + ": no row \"" + c + "_" + e.getKey() + "\", while "
                            + e.getValue().size() + " other countries have their " + e.getKey() + " row");
                }
            }
        }
    }

    private static String baseName(String member) {
        String b = member.substring(member.lastIndexOf('/') + 1);
        int dot = b.lastIndexOf('.');
        return dot > 0 ? b.substring(0, dot) : b;
    }

    static String edition(boolean categoryFirst, boolean disc, List<String> categories, Set<String> valuation,
            boolean small) {
        if (categoryFirst || disc || valuation.contains("VA+TAXSUB")) {
            return "2016";
        }
        if (categories.contains("P33")) {
            return "2018";
        }
        if (valuation.contains("VALU")) {
            return "2021";
        }
        return "2023 or later" + (small ? " (small, _SML)" : " (extended)");
    }
}
