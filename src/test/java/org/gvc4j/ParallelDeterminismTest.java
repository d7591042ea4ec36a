package org.gvc4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gvc4j.model.Conventions;
import org.gvc4j.result.Result;
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
        Result sink = io.decompose().bm2023().bilateral().sink();
        Result pure = io.decompose().bm2023().bilateral().pure();
        Result trade = io.decompose().bm2025().trade().pairs();
        for (int i = 0; i < sink.getRowCount(); i++) {
            String s = sink.keys("exporter").get(i);
            String r = sink.keys("importer").get(i);
            for (String c : new String[] {"DVA", "DDC", "FVA", "FDC"}) {
                assertEquals(io.decompose().bm2023().bilateral(s, r).sink().column(c)[0], sink.column(c)[i], 0.0, s + r + c);
                assertEquals(io.decompose().bm2023().bilateral(s, r).pure().column(c)[0], pure.column(c)[i], 0.0, s + r + c);
            }
            assertEquals(io.decompose().bm2025().trade().pair(s, r).column("GVC_PF")[0], trade.column("GVC_PF")[i], 0.0);
        }
    }
}
