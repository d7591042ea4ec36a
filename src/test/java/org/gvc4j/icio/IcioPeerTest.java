package org.gvc4j.icio;

import static org.gvc4j.method.Keys.*;
import static org.gvc4j.method.icio.IcioColumns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.MrioTable;
import org.gvc4j.dsl.IcioStep;
import org.gvc4j.model.Conventions;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.testing.PeerTables;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * exvatools' own test tables (../shared/reference/peer-tests/exvatools-tests), where exvatools 0.9.0 gives the
 * accounting at exporter × sector × importer level: the standard fields and the sub-terms of {@code bm_src} and
 * {@code bm_snk}, the bilateral perimeter ({@code partner =}, whose VAX/REF split has no Stata-validated oracle), and
 * the sector perimeter ({@code sector =}, one sector per group on these tables: sectexp). exvatools' convention:
 * Conventions.EXVATOOLS. Tolerance: the reference README's default (1e-9 relative, 1e-12·M below 1e-3·M).
 */
class IcioPeerTest {

    static Path peer(String dir) {
        return PeerTables.folder("exvatools-tests/" + dir);
    }

    static MrioTable load(Path in, Conventions conventions) {
        return PeerTables.load(in, conventions);
    }

    @ParameterizedTest
    @CsvSource({"wiodtest/input, wiodtest/exvatools", "iciotest/input_melded_G6N3, iciotest/exvatools_custom_melded_G6N3",
        "toy/input_rebalanced, toy/exvatools_custom"})
    void exvatoolsDetail(String input, String expected) {
        MrioTable io = load(peer(input), Conventions.EXVATOOLS);
        IcioStep icio = io.decompose().icio();
        Path dir = peer(expected);
        List<String> bil = List.of(EXPORTER, SECTOR, IMPORTER);
        double worst = 0;
        worst = Math.max(worst, compare(dir.resolve("bm_src_standard_detail.csv"),
                icio.exporters().importers().bySector(), bil, io));
        worst = Math.max(worst, compare(dir.resolve("bm_snk_standard_detail.csv"),
                icio.exporters().importers().sink().bySector(), bil, io));
        worst = Math.max(worst, compare(dir.resolve("bm_src_terms_detail.csv"),
                icio.exporters().importers().bySector().withTerms(), bil, io));
        worst = Math.max(worst, compare(dir.resolve("bm_snk_terms_detail.csv"),
                icio.exporters().importers().sink().bySector().withTerms(), bil, io));
        worst = Math.max(worst, compare(dir.resolve("bm_src_partner_terms_bilateral.csv"),
                icio.exporters().importers().self(), List.of(EXPORTER, IMPORTER), io));
        Path sectorPerimeter = dir.resolve("bm_src_sectorpersp_terms_detail.csv");
        if (Files.isRegularFile(sectorPerimeter)) {
            worst = Math.max(worst, compare(sectorPerimeter, icio.exporters().self().bySector(),
                    List.of(EXPORTER, SECTOR), io));
        }
        assertTrue(worst <= 1e-9);
    }

    /**
     * Compares a peer file with a result: the peer's rows are summed to the result's keys (importer = exporter rows,
     * all zero, are dropped); the peer's EXGR is GEXP, and where the peer gives sub-terms only, VAX, REF, DVA and FVA
     * of the result are checked against the sums of the sub-terms.
     */
    private static double compare(Path file, MeasureTable r, List<String> keys, MrioTable io) {
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " absent: skipping");
        Reference.Csv exp = Reference.read(file);
        Map<String, Map<String, Double>> want = new LinkedHashMap<>();
        for (int i = 0; i < exp.rows().size(); i++) {
            if (exp.header().contains(IMPORTER) && exp.cell(i, EXPORTER).equals(exp.cell(i, IMPORTER))) {
                continue;
            }
            StringBuilder k = new StringBuilder();
            for (String key : keys) {
                k.append(exp.cell(i, key)).append('|');
            }
            Map<String, Double> row = want.computeIfAbsent(k.toString(), x -> new LinkedHashMap<>());
            for (String h : exp.header()) {
                if (!List.of(EXPORTER, SECTOR, IMPORTER, "perspective_sector").contains(h)) {
                    String ours = h.equals("EXGR") ? GEXP : h;
                    row.merge(ours, Double.parseDouble(exp.cell(i, h)), Double::sum);
                }
            }
        }
        for (Map<String, Double> row : want.values()) {
            if (row.containsKey(VAX1) && !row.containsKey(VAX)) {
                double vax = row.get(VAX1) + row.get(VAX2) + row.get(VAX3) + row.get(VAX4);
                row.put(VAX, vax);
                row.put(REF, row.get(REF1) + row.get(REF2));
                row.putIfAbsent(DVA, vax + row.get(REF));
                row.putIfAbsent(FVA, row.get(FVA1) + row.get(FVA2) + row.get(FVA3) + row.get(FVA4));
            }
        }
        Rows got = new Rows(r, keys);
        assertEquals(want.size(), got.size(), file + ": rows");
        Map<String, Double> colMax = new LinkedHashMap<>();
        want.values().forEach(row -> row.forEach((c, v) -> colMax.merge(c, Math.abs(v), Math::max)));
        List<String> sectors = io.getSectors();
        double worst = 0;
        for (Map.Entry<String, Map<String, Double>> e : want.entrySet()) {
            String[] k = e.getKey().split("\\|");
            if (keys.contains(SECTOR)) {
                int si = keys.indexOf(SECTOR);
                k[si] = ourSector(k[si], sectors);
            }
            for (Map.Entry<String, Double> c : e.getValue().entrySet()) {
                if (!r.getColumnNames().contains(c.getKey())) {
                    continue;
                }
                double g = got.get(c.getKey(), k);
                double w = c.getValue();
                double scale = Math.max(Math.abs(w), 1e-3 * colMax.get(c.getKey()));
                double err = Math.abs(g - w);
                if (!(err <= Reference.REL * scale)) {
                    fail(String.format("%s %s %s: expected %.17g, got %.17g (relative error %.3g)", file.getFileName(),
                            e.getKey(), c.getKey(), w, g, err / scale));
                }
                if (scale > 0) {
                    worst = Math.max(worst, err / scale);
                }
            }
        }
        System.out.printf("peer %s/%s: %d rows, max relative error %.2e%n", file.getParent().getFileName(),
                file.getFileName(), want.size(), worst);
        return worst;
    }

    /** exvatools drops the leading "D" of WIOD/ICIO sector codes (D01T09 → 01T09). */
    private static String ourSector(String peer, List<String> sectors) {
        if (sectors.contains(peer)) {
            return peer;
        }
        if (sectors.contains("D" + peer)) {
            return "D" + peer;
        }
        throw new AssertionError("sector " + peer + " not among " + sectors);
    }
    /**
     * gvcAnalyzer on the zero-padded 6×9 table writes NA for every share of a zero-output sector (the only NAs in the
     * peer files): gvc4j matches every number, has a missing value exactly where the peer has NA, writes those cells
     * empty (never NaN) and names the rows in a note.
     */
    @org.junit.jupiter.api.Test
    void sharesOfZeroOutputSectorsAreMissingWhereThePeerHasNA(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws java.io.IOException {
        MrioTable io = load(peer("iciotest/input_padded_G6N9"), Conventions.GVC_ANALYZER);
        MeasureTable r = io.decompose().bm2025().output().countries().bySector();
        Path file = peer("iciotest/gvcanalyzer_padded_G6N9").resolve("bm_2025_output_measures_sector.csv");
        Reference.assertMatches(file, r.named(org.gvc4j.result.Naming.GVC_ANALYZER).toTable());
        Reference.Csv exp = Reference.read(file);
        List<String> naRows = new ArrayList<>();
        for (int i = 0; i < exp.rows().size(); i++) {
            if (exp.cell(i, "share_PF_output_i").equals("NA")) {
                naRows.add(exp.cell(i, "country") + "/" + exp.cell(i, "sector"));
            }
        }
        assertEquals(30, naRows.size(), "the peer file's NA rows");
        assertTrue(r.getNotes().contains("share_GVC, share_PF, share_TS, share_PB, position: missing (zero denominator) in "
                + naRows.size() + " rows: " + String.join(", ", naRows)), r.getNotes().toString());
        Path ours = tmp.resolve("s.csv");
        r.named(org.gvc4j.result.Naming.GVC_ANALYZER).saveCsv(ours);
        List<String> lines = Files.readAllLines(ours);
        for (int i = 0; i < exp.rows().size(); i++) {
            boolean na = exp.cell(i, "share_PF_output_i").equals("NA");
            assertEquals(na, lines.get(i + 1).endsWith(",,,,,"), lines.get(i + 1));
        }
        assertTrue(lines.stream().noneMatch(l -> l.contains("NaN") || l.contains("Inf")));
    }
}
