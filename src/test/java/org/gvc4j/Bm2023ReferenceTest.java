package org.gvc4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Function;
import org.gvc4j.dsl.Bm2023PairStep;
import org.gvc4j.result.Naming;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.api.Test;

/**
 * BM2023 against the seed's outputs (gvcAnalyzer conventions). Rule: the reference README's default tolerance,
 * 1e-9 relative (absolute 1e-12·M for entries below 1e-3·M of their column).
 */
class Bm2023ReferenceTest {

    private static void check(String table, String file, MeasureTable r) {
        Path exp = Reference.expected(table, file);
        assertTrue(Reference.assertMatches(exp, r.named(Naming.GVC_ANALYZER).toTable()) <= 1e-9);
    }

    @Test
    void toyExporterTotals() {
        check("gvcanalyzer-toy", "bm_2023_exporter_total_all.csv",
                Bm2025ReferenceTest.seedTable("gvcanalyzer-toy").decompose().bm2023().exporters());
    }

    @Test
    void toyBilateralAllPairs() {
        MrioTable io = Bm2025ReferenceTest.seedTable("gvcanalyzer-toy");
        Bm2023PairStep all = io.decompose().bm2023().exporters().importers();
        check("gvcanalyzer-toy", "bm_2023_bilateral_source_all.csv", all.source());
        check("gvcanalyzer-toy", "bm_2023_bilateral_sink_all.csv", all.sink());
        check("gvcanalyzer-toy", "bm_2023_bilateral_pure_all.csv", all.self());
    }

    @Test
    void lrwiodExporterTotals() {
        check("lrwiod-2000", "bm_2023_exporter_total_all.csv",
                Bm2025ReferenceTest.seedTable("lrwiod-2000").decompose().bm2023().exporters());
    }

    @Test
    void lrwiodListedPairs() {
        MrioTable io = Bm2025ReferenceTest.seedTable("lrwiod-2000");
        pairs(io, "bm_2023_bilateral_source_pairs.csv", Bm2023PairStep::source);
        pairs(io, "bm_2023_bilateral_sink_pairs.csv", Bm2023PairStep::sink);
        pairs(io, "bm_2023_bilateral_pure_pairs.csv", Bm2023PairStep::self);
    }

    private static void pairs(MrioTable io, String file, Function<Bm2023PairStep, MeasureTable> variant) {
        Path exp = Reference.expected("lrwiod-2000", file);
        for (String[] p : Reference.pairs(Reference.read(exp))) {
            MeasureTable one = variant.apply(io.decompose().bm2023().exporter(p[0]).importer(p[1]));
            // each listed pair is checked against its own row of the file
            Reference.Csv csv = Reference.read(exp);
            int row = -1;
            for (int r = 0; r < csv.rows().size(); r++) {
                if (csv.cell(r, "exporter").equals(p[0]) && csv.cell(r, "importer").equals(p[1])) {
                    row = r;
                }
            }
            for (String col : csv.header()) {
                if (Reference.KEY_COLUMNS.contains(col)) {
                    continue;
                }
                double want = Double.parseDouble(csv.cell(row, col));
                double got = one.named(Naming.GVC_ANALYZER).toTable().doubleColumn(col).get(0);
                double colMax = 0;
                for (int r = 0; r < csv.rows().size(); r++) {
                    colMax = Math.max(colMax, Math.abs(Double.parseDouble(csv.cell(r, col))));
                }
                double scale = Math.max(Math.abs(want), 1e-3 * colMax);
                assertTrue(Math.abs(got - want) <= Reference.REL * scale,
                        file + " " + p[0] + "->" + p[1] + " " + col + ": expected " + want + ", got " + got);
            }
        }
    }
}
