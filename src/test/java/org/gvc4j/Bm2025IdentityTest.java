package org.gvc4j;

import static org.gvc4j.testing.Close.assertClose;

import org.gvc4j.model.Conventions;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.testing.RandomTables;
import org.junit.jupiter.api.Test;

/** BMT2025 accounting identities on 200 random tables each (tolerance: Close.IDENTITY = 1e-10 relative). */
class Bm2025IdentityTest {
    static final int TABLES = 200;

    @Test
    void tripartiteAddsUpOnAnyTable() {
        for (long seed = 1; seed <= TABLES; seed++) {
            MrioTable io = new MrioTable(RandomTables.unbalancedData(seed), seed % 2 == 0 ? Conventions.GVC_ANALYZER
                    : Conventions.DEFAULT);
            checkTripartite(io, "seed " + seed);
        }
    }

    @Test
    void tripartiteAddsUpOnBalancedTables() {
        for (long seed = 1; seed <= TABLES; seed++) {
            checkTripartite(RandomTables.balanced(seed), "balanced seed " + seed);
        }
    }

    private static void checkTripartite(MrioTable io, String where) {
        if (io.getCountries().size() < 2) {
            return;
        }
        MeasureTable pairs = io.decompose().bm2025().trade().exporters().importers();
        double[] e = pairs.column("E");
        double scale = max(e);
        double[] davax = pairs.column("DAVAX");
        double[] gvc = pairs.column("GVC");
        double[] pf = pairs.column("GVC_PF");
        double[] ts = pairs.column("GVC_TS");
        double[] pb = pairs.column("GVC_PB");
        for (int i = 0; i < e.length; i++) {
            assertClose(e[i], davax[i] + pf[i] + ts[i] + pb[i], scale, where + " pair " + i + ": E = DAVAX+PF+TS+PB");
            assertClose(gvc[i], pf[i] + ts[i] + pb[i], scale, where + " pair " + i + ": GVC = PF+TS+PB");
            assertClose(gvc[i], e[i] - davax[i], scale, where + " pair " + i + ": GVC = E-DAVAX");
        }
        // sectors sum to pairs
        MeasureTable bySector = io.decompose().bm2025().trade().exporters().importers().bySector();
        int nSec = io.getSectors().size();
        for (String col : new String[] {"E", "DAVAX", "GVC", "GVC_PF", "GVC_TS", "GVC_PB"}) {
            double[] sec = bySector.column(col);
            double[] pair = pairs.column(col);
            for (int p = 0; p < pair.length; p++) {
                double sum = 0;
                for (int i = 0; i < nSec; i++) {
                    sum += sec[p * nSec + i];
                }
                assertClose(pair[p], sum, scale, where + " pair " + p + ": sectors sum to " + col);
            }
        }
        // pairs sum to exporters, exporter sectors sum to exporters
        MeasureTable exporters = io.decompose().bm2025().trade().exporters();
        MeasureTable expSectors = io.decompose().bm2025().trade().exporters().bySector();
        int g = io.getCountries().size();
        for (String col : new String[] {"E", "GVC", "GVC_PF", "GVC_TS", "GVC_PB"}) {
            double[] pair = pairs.column(col);
            double[] ex = exporters.column(col);
            double[] exSec = expSectors.column(col);
            for (int s = 0; s < g; s++) {
                double sum = 0;
                for (int r = 0; r < g - 1; r++) {
                    sum += pair[s * (g - 1) + r];
                }
                assertClose(ex[s], sum, scale, where + " exporter " + s + ": pairs sum to " + col);
                double secSum = 0;
                for (int i = 0; i < nSec; i++) {
                    secSum += exSec[s * nSec + i];
                }
                assertClose(ex[s], secSum, scale, where + " exporter " + s + ": sectors sum to " + col);
            }
        }
    }

    /** Balanced, residual VA: PB + TS = GVCB = FVA + FDC + DDC and PF = GVCF = DVA − DAVAX (methods.md §3.7). */
    @Test
    void tripartiteMatchesBm2023OnBalancedTables() {
        for (long seed = 1; seed <= TABLES; seed++) {
            MrioTable io = RandomTables.balanced(seed);
            if (io.getCountries().size() < 2) {
                continue;
            }
            MeasureTable t = io.decompose().bm2025().trade().exporters().importers();
            MeasureTable b = io.decompose().bm2023().exporters().importers().source();
            double scale = max(t.column("E"));
            for (int i = 0; i < t.getRowCount(); i++) {
                double gvcb = b.column("FVA")[i] + b.column("FDC")[i] + b.column("DDC")[i];
                assertClose(gvcb, t.column("GVC_PB")[i] + t.column("GVC_TS")[i], scale, "seed " + seed + " row " + i + ": PB+TS = GVCB");
                assertClose(b.column("DVA")[i] - t.column("DAVAX")[i], t.column("GVC_PF")[i], scale,
                        "seed " + seed + " row " + i + ": PF = DVA - DAVAX");
            }
        }
    }

    /** GDP-closed variant: GDP = DomX + DAVAX + GVC_PF on balanced tables; sectors sum to countries on any table. */
    @Test
    void gdpClosedVariantCloses() {
        for (long seed = 1; seed <= TABLES; seed++) {
            MrioTable io = RandomTables.balanced(seed);
            MeasureTable c = io.decompose().bm2025().output().countries().gdpClosed();
            double scale = max(c.column("GDP"));
            for (int s = 0; s < c.getRowCount(); s++) {
                double sum = c.column("DomX")[s] + c.column("DAVAX")[s] + c.column("GVC_PF")[s];
                assertClose(c.column("GDP")[s], sum, scale, "seed " + seed + " country " + s + ": GDP closure");
                assertClose(0, c.column("imbalance")[s], scale, "seed " + seed + " country " + s + ": imbalance");
            }
            MrioTable unbalanced = new MrioTable(RandomTables.unbalancedData(seed), Conventions.GVC_ANALYZER);
            for (MrioTable t : new MrioTable[] {io, unbalanced}) {
                MeasureTable country = t.decompose().bm2025().output().countries().gdpClosed();
                MeasureTable sector = t.decompose().bm2025().output().countries().gdpClosed().bySector();
                int nSec = t.getSectors().size();
                for (String col : new String[] {"GDP", "DomX", "DAVAX", "GVC_PF", "imbalance"}) {
                    for (int s = 0; s < country.getRowCount(); s++) {
                        double sum = 0;
                        for (int i = 0; i < nSec; i++) {
                            sum += sector.column(col)[s * nSec + i];
                        }
                        assertClose(country.column(col)[s], sum, max(country.column("GDP")),
                                "seed " + seed + " country " + s + ": sectors sum to " + col);
                    }
                }
            }
        }
    }

    /** As published: X = DomX + TradX + GVC_X and GVC_X = PF + PB + TS, TS = TSImp + TSDom, at both levels. */
    @Test
    void publishedOutputMeasuresCloseByConstruction() {
        for (long seed = 1; seed <= TABLES; seed++) {
            MrioTable io = new MrioTable(RandomTables.unbalancedData(seed), Conventions.GVC_ANALYZER);
            for (MeasureTable r : new MeasureTable[] {io.decompose().bm2025().output().countries(),
                io.decompose().bm2025().output().countries().bySector()}) {
                double scale = max(r.column("X"));
                for (int i = 0; i < r.getRowCount(); i++) {
                    String w = "seed " + seed + " " + r.getChain() + " row " + i;
                    assertClose(r.column("X")[i], r.column("DomX")[i] + r.column("TradX")[i] + r.column("GVC_X")[i], scale, w);
                    assertClose(r.column("GVC_X")[i],
                            r.column("GVC_PF_X")[i] + r.column("GVC_PB_X")[i] + r.column("GVC_TS_X")[i], scale, w);
                    assertClose(r.column("GVC_TS_X")[i], r.column("GVC_TSImp")[i] + r.column("GVC_TSDom")[i], scale, w);
                }
            }
        }
    }

    static double max(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }

}
