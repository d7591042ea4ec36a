package org.gvc4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gvc4j.model.Conventions;
import org.gvc4j.result.Naming;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * BMT2025 against the seed's outputs in ../shared/reference (gvcAnalyzer conventions: VA and X as given).
 * Rule: the reference README's default tolerance, 1e-9 relative (absolute 1e-12·M for entries below 1e-3·M).
 */
class Bm2025ReferenceTest {

    static MrioTable seedTable(String name) {
        return Gvc.load(Reference.table(name)).withConventions(Conventions.GVC_ANALYZER);
    }

    static void check(String table, String file, MeasureTable r) {
        Path exp = Reference.expected(table, file);
        Table t = r.named(Naming.GVC_ANALYZER).toTable();
        double worst = Reference.assertMatches(exp, t);
        assertTrue(worst <= 1e-9);
    }

    @Test
    void toyTripartiteTradeAllPairs() {
        check("gvcanalyzer-toy", "bm_2025_tripartite_trade_all.csv",
                seedTable("gvcanalyzer-toy").decompose().bm2025().trade().exporters().importers());
    }

    @Test
    void toyTradeExporterAndMeasures() {
        MrioTable io = seedTable("gvcanalyzer-toy");
        check("gvcanalyzer-toy", "bm_2025_trade_exporter.csv", io.decompose().bm2025().trade().exporters());
        check("gvcanalyzer-toy", "bm_2025_trade_measures.csv", io.decompose().bm2025().trade().exporters());
    }

    @Test
    void toyOutput() {
        MrioTable io = seedTable("gvcanalyzer-toy");
        check("gvcanalyzer-toy", "bm_2025_output_components.csv", io.decompose().bm2025().output().countries());
        check("gvcanalyzer-toy", "bm_2025_output_measures.csv", io.decompose().bm2025().output().countries());
        check("gvcanalyzer-toy", "bm_2025_output_components_sector.csv", io.decompose().bm2025().output().countries().bySector());
        check("gvcanalyzer-toy", "bm_2025_output_measures_sector.csv", io.decompose().bm2025().output().countries().bySector());
    }

    @Test
    void lrwiodTradeMeasuresAndPairs() {
        MrioTable io = seedTable("lrwiod-2000");
        check("lrwiod-2000", "bm_2025_trade_measures.csv", io.decompose().bm2025().trade().exporters());
        MeasureTable all = io.decompose().bm2025().trade().exporters().importers();
        Path exp = Reference.expected("lrwiod-2000", "bm_2025_tripartite_trade_pairs.csv");
        Table listed = subset(all.named(Naming.GVC_ANALYZER).toTable(), Reference.read(exp));
        assertTrue(Reference.assertMatches(exp, listed) <= 1e-9);
    }

    @Test
    void lrwiodOutput() {
        MrioTable io = seedTable("lrwiod-2000");
        check("lrwiod-2000", "bm_2025_output_measures.csv", io.decompose().bm2025().output().countries());
        check("lrwiod-2000", "bm_2025_output_measures_sector.csv", io.decompose().bm2025().output().countries().bySector());
    }

    /** The rows of {@code t} whose exporter/importer pair appears in {@code csv}. */
    static Table subset(Table t, Reference.Csv csv) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        for (String[] p : Reference.pairs(csv)) {
            wanted.add(p[0] + "|" + p[1]);
        }
        tech.tablesaw.selection.Selection keep = tech.tablesaw.selection.Selection.with();
        for (int r = 0; r < t.rowCount(); r++) {
            if (wanted.contains(t.stringColumn("exporter").get(r) + "|" + t.stringColumn("importer").get(r))) {
                keep.add(r);
            }
        }
        return t.where(keep);
    }
}
