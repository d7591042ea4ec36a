package org.gvc4j;

import static org.gvc4j.testing.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gvc4j.model.Conventions;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.testing.RandomTables;
import org.junit.jupiter.api.Test;

/** BM2023 accounting identities on 200 random tables each (tolerance: Close.IDENTITY = 1e-10 relative). */
class Bm2023IdentityTest {
    static final int TABLES = 200;

    /** DVA + DDC + FVA + FDC = GEXP needs v B = u, i.e. residual VA; it holds on balanced and unbalanced tables. */
    @Test
    void exporterTotalsAddUpToGrossExports() {
        for (long seed = 1; seed <= TABLES; seed++) {
            for (MrioTable io : new MrioTable[] {RandomTables.balanced(seed),
                new MrioTable(RandomTables.unbalancedData(seed), Conventions.DEFAULT)}) {
                MeasureTable r = io.decompose().bm2023().exporters();
                double scale = Bm2025IdentityTest.max(r.column("GEXP"));
                for (int s = 0; s < r.getRowCount(); s++) {
                    assertClose(r.column("GEXP")[s],
                            r.column("DVA")[s] + r.column("DDC")[s] + r.column("FVA")[s] + r.column("FDC")[s], scale,
                            io.getName() + " exporter " + s + ": DVA+DDC+FVA+FDC = GEXP");
                }
            }
        }
    }

    /** Source is additive: bilateral rows sum over importers to the exporter total (any table). */
    @Test
    void sourceIsAdditiveAndSinkSumsToSourceOnBalancedTables() {
        for (long seed = 1; seed <= TABLES; seed++) {
            MrioTable io = RandomTables.balanced(seed);
            int g = io.getCountries().size();
            if (g < 2) {
                continue;
            }
            MeasureTable total = io.decompose().bm2023().exporters();
            MeasureTable source = io.decompose().bm2023().exporters().importers().source();
            MeasureTable sink = io.decompose().bm2023().exporters().importers().sink();
            double scale = Bm2025IdentityTest.max(total.column("GEXP"));
            for (int s = 0; s < g; s++) {
                for (String col : new String[] {"DVA", "DDC", "FVA", "FDC", "GEXP"}) {
                    double sumSource = 0;
                    double sumSink = 0;
                    for (int r = 0; r < g - 1; r++) {
                        sumSource += source.column(col)[s * (g - 1) + r];
                        sumSink += sink.column(col)[s * (g - 1) + r];
                    }
                    assertClose(total.column(col)[s], sumSource, scale, "seed " + seed + " exporter " + s + ": source " + col);
                    if (!col.equals("DDC") && !col.equals("FDC")) {
                        assertClose(total.column(col)[s], sumSink, scale, "seed " + seed + " exporter " + s + ": sink " + col);
                    }
                }
            }
        }
    }

    /**
     * Pure perimeter: DVA★ + DDC★ = DC = DVA + DDC (source), FVA★ + FDC★ = FC, and DVA★ ≥ DVA(source) for
     * non-negative exports (methods.md §3.3).
     */
    @Test
    void purePerimeterSplitsTheSameContentAndCountsMoreOnce() {
        for (long seed = 1; seed <= TABLES; seed++) {
            MrioTable io = RandomTables.balanced(seed);
            if (io.getCountries().size() < 2) {
                continue;
            }
            MeasureTable pure = io.decompose().bm2023().exporters().importers().self();
            MeasureTable source = io.decompose().bm2023().exporters().importers().source();
            double scale = Bm2025IdentityTest.max(pure.column("GEXP"));
            for (int i = 0; i < pure.getRowCount(); i++) {
                String w = "seed " + seed + " pair " + i;
                assertClose(source.column("DVA")[i] + source.column("DDC")[i],
                        pure.column("DVA")[i] + pure.column("DDC")[i], scale, w + ": DC");
                assertClose(source.column("FVA")[i] + source.column("FDC")[i],
                        pure.column("FVA")[i] + pure.column("FDC")[i], scale, w + ": FC");
                assertTrue(pure.column("DVA")[i] >= source.column("DVA")[i] - 1e-12 * scale, w + ": DVA* >= DVA");
                assertTrue(pure.column("DDC")[i] >= -1e-12 * scale, w + ": DDC* >= 0");
            }
        }
    }
}
