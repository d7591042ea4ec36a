package org.gvc4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gvc4j.model.Conventions;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.source.SyntheticTable;
import org.junit.jupiter.api.Test;

/**
 * Results do not depend on threads: all pairs computed in parallel equal, bit for bit, each pair computed alone
 * (a single pair runs sequentially).
 */
class ParallelDeterminismTest {
    @Test
    void allPairsInParallelEqualEachPairAlone() {
        MrioTable io = new MrioTable(SyntheticTable.generate(5, 12, 4, 1), Conventions.GVC_ANALYZER);
        MeasureTable sink = io.decompose().bm2023().exporters().importers().sink();
        MeasureTable pure = io.decompose().bm2023().exporters().importers().self();
        MeasureTable trade = io.decompose().bm2025().trade().exporters().importers();
        for (int i = 0; i < sink.getRowCount(); i++) {
            String s = sink.keys("exporter").get(i);
            String r = sink.keys("importer").get(i);
            for (String c : new String[] {"DVA", "DDC", "FVA", "FDC"}) {
                assertEquals(io.decompose().bm2023().exporter(s).importer(r).sink().column(c)[0], sink.column(c)[i], 0.0, s + r + c);
                assertEquals(io.decompose().bm2023().exporter(s).importer(r).self().column(c)[0], pure.column(c)[i], 0.0, s + r + c);
            }
            assertEquals(io.decompose().bm2025().trade().exporter(s).importer(r).column("GVC_PF")[0], trade.column("GVC_PF")[i], 0.0);
        }
    }
}
