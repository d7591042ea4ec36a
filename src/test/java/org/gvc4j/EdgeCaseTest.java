package org.gvc4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.IoTable;
import org.gvc4j.model.Labels;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.source.SyntheticTable;
import org.junit.jupiter.api.Test;

/** Zero-output sectors, a single country, a country with no exports. */
class EdgeCaseTest {

    @Test
    void zeroOutputIndustriesGetZeroCoefficientsAndFiniteResults() {
        IoTable t = SyntheticTable.generate(42, 4, 3, 3);
        double[] x = t.output();
        int zeros = 0;
        for (double v : x) {
            zeros += v == 0 ? 1 : 0;
        }
        assertEquals(3, zeros);
        MrioTable io = new MrioTable(t, Conventions.DEFAULT);
        for (MeasureTable r : List.of(io.decompose().bm2025().trade().exporters().importers(), io.decompose().bm2025().trade().exporters().importers().bySector(),
                io.decompose().bm2023().exporters().importers().sink(), io.decompose().bm2023().exporters().importers().self(),
                io.decompose().bm2025().output().countries(), io.decompose().bm2025().output().countries().gdpClosed().bySector())) {
            for (String c : r.getColumnNames()) {
                if (!r.getKeyNames().contains(c) && !c.startsWith("share") && !c.startsWith("participation")
                        && !c.equals("position")) {
                    for (double v : r.column(c)) {
                        assertTrue(Double.isFinite(v), r.getChain() + " " + c + " = " + v);
                    }
                }
            }
        }
        // a zero-output industry exports nothing, so its sector rows are all zero
        MeasureTable sectors = io.decompose().bm2025().trade().exporters().importers().bySector();
        for (int i = 0; i < sectors.getRowCount(); i++) {
            String label = sectors.keys("exporter").get(i) + "." + sectors.keys("sector").get(i);
            int k = t.labels().countries().indexOf(sectors.keys("exporter").get(i)) * 3
                    + t.labels().sectors().indexOf(sectors.keys("sector").get(i));
            if (x[k] == 0) {
                assertEquals(0.0, sectors.column("E")[i], label);
                assertEquals(0.0, sectors.column("GVC_PF")[i], label);
            }
        }
    }

    @Test
    void singleCountryHasNoTradeButOutputMeasuresWork() {
        MrioTable io = new MrioTable(SyntheticTable.generate(7, 1, 3, 0), Conventions.DEFAULT);
        assertEquals(0, io.decompose().bm2025().trade().exporters().importers().getRowCount());
        MeasureTable m = io.decompose().bm2025().trade().exporters();
        assertEquals(0.0, m.column("E")[0]);
        assertTrue(Double.isNaN(m.column("share_GVC")[0]), "share of zero exports is NaN, not 0");
        MeasureTable totals = io.decompose().bm2023().exporters();
        assertEquals(0.0, totals.column("DVA")[0]);
        MeasureTable gdp = io.decompose().bm2025().output().countries().gdpClosed();
        // closed economy: all GDP is DomX
        assertEquals(gdp.column("GDP")[0], gdp.column("DomX")[0], 1e-10 * gdp.column("GDP")[0]);
    }

    @Test
    void countryWithoutExportsGetsZerosAndNaNShares() {
        MrioTable io = new MrioTable(org.gvc4j.testing.EdgeTables.withoutExportsOfC02(), Conventions.DEFAULT);
        MeasureTable trade = io.decompose().bm2025().trade().exporter("C02");
        assertEquals(0.0, trade.column("E")[0]);
        assertTrue(Double.isNaN(trade.column("position")[0]));
        MeasureTable bm = io.decompose().bm2023().exporter(2);
        for (String c : List.of("DVA", "DDC", "FVA", "FDC", "GEXP")) {
            assertEquals(0.0, bm.column(c)[0], c);
        }
        MeasureTable sink = io.decompose().bm2023().exporter("C02").importer("C01").sink();
        assertEquals(0.0, sink.column("DVA")[0]);
        // others still export to it
        assertTrue(io.decompose().bm2025().trade().exporter("C01").importer("C02").column("E")[0] > 0);
    }
}
