package org.gvc4j.classic;

import org.gvc4j.TestModels;
import static org.gvc4j.testing.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.MrioTable;
import org.gvc4j.method.Frame;
import org.gvc4j.method.icio.Approach;
import org.gvc4j.method.icio.Combination;
import org.gvc4j.method.icio.Flow;
import org.gvc4j.method.icio.Icio;
import org.gvc4j.method.icio.Level;
import org.gvc4j.method.icio.Perspective;
import org.gvc4j.method.kww.Kww;
import org.gvc4j.method.leontief.Leontief;
import org.gvc4j.method.leontief.Post;
import org.gvc4j.method.tiva.Tiva;
import org.gvc4j.method.wwz.Wwz;
import org.gvc4j.method.wwz.WwzColumns;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.testing.RandomTables;
import org.junit.jupiter.api.Test;

/**
 * The classic methods' identities (methods.md §3.9–3.14, "Conventions that matter on unbalanced tables" 13–14) as
 * property tests on 80 seeded random tables (G 1–6, N 1–5, zero-output industries in every fourth): those that need a
 * balanced table on exactly balanced ones (VA = X − colSums(Z), X = rowSums(Z) + rowSums(Y)), those that hold on any
 * table also on unbalanced ones (output perturbed by ±2%, residual VA). Cross-method checks read BM's numbers from
 * {@link Icio} on the same model. Tolerance: Close.IDENTITY, 1e-10 relative to the largest gross exports.
 */
class ClassicIdentityTest {
    static final int TABLES = 80;

    /** A frame's rows by their joined keys. */
    static Map<String, Integer> rows(Frame f) {
        Map<String, Integer> out = new HashMap<>();
        for (int r = 0; r < f.rowCount(); r++) {
            StringBuilder k = new StringBuilder();
            for (int c = 0; c < f.keyNames().size(); c++) {
                k.append(f.key(r, c)).append('|');
            }
            out.put(k.toString(), r);
        }
        return out;
    }

    static String key(Frame f, int row) {
        StringBuilder k = new StringBuilder();
        for (int c = 0; c < f.keyNames().size(); c++) {
            k.append(f.key(row, c)).append('|');
        }
        return k.toString();
    }

    static Frame bm(LeontiefModel m, Level level, Perspective p, Approach a) {
        Icio icio = new Icio(m);
        return icio.exports(new Combination(Flow.EXPORTS, level, p, a), icio.allCountries(), icio.allCountries(), false);
    }

    static double scale(LeontiefModel m) {
        double max = 1e-300;
        for (int s = 0; s < m.countries(); s++) {
            for (double e : m.exports(s)) {
                max = Math.max(max, Math.abs(e));
            }
        }
        return max;
    }

    static double sum(Frame f, int row, String... cols) {
        double s = 0;
        for (String c : cols) {
            s += f.value(row, c);
        }
        return s;
    }

    /** WWZ on balanced tables: Σ16 = e_sr per exporting sector; DC, FC = BM per cell; country DVA, VAX = BM source. */
    @Test
    void wwzAddsUpAndMatchesBmOnBalancedTables() {
        for (long seed = 1; seed <= TABLES; seed++) {
            LeontiefModel m = TestModels.of(RandomTables.balanced(seed));
            double scale = scale(m);
            Wwz wwz = new Wwz(m);
            Frame t = wwz.terms(Level.SECTOR_PAIR);
            Frame std = wwz.standard(Level.SECTOR_PAIR);
            Frame bm = bm(m, Level.SECTOR_PAIR, Perspective.EXPORTER, Approach.SOURCE);
            Map<String, Integer> bmRows = rows(bm);
            for (int r = 0; r < t.rowCount(); r++) {
                String w = "seed " + seed + " " + key(t, r);
                assertClose(t.value(r, WwzColumns.TEXP), sum(t, r, WwzColumns.TERMS.toArray(new String[0])), scale,
                        w + ": 16 terms = e_sr");
                int b = bmRows.get(key(t, r));
                assertClose(bm.value(b, "DC"), std.value(r, "DC"), scale, w + ": DC = BM DC");
                assertClose(bm.value(b, "FC"), std.value(r, "FC"), scale, w + ": FC = BM FC");
            }
            Frame country = wwz.standard(Level.COUNTRY);
            Frame bmCountry = bm(m, Level.COUNTRY, Perspective.EXPORTER, Approach.SOURCE);
            for (int s = 0; s < country.rowCount(); s++) {
                for (String c : List.of("DVA", "VAX", "REF", "DDC", "FC")) { // FVA, FDC: KWW's, not BM's
                    assertClose(bmCountry.value(s, c), country.value(s, c), scale, "seed " + seed + " country " + s
                            + ": WWZ " + c + " = BM source " + c);
                }
            }
        }
    }

    /**
     * On any table (residual VA): WWZ country DDC = BM DDC; WWZ FVA = KWW T7 + T8; terms 1 + 11 + 12 = final-goods
     * exports; WWZ→KWW at country level = KWW's own T1..T8 and T9 formula; KWW T6 = BM DDC; T1 + T2 + T3 = TiVA FFD_DVA
     * (Johnson–Noguera VAX); the residual closure adds up to exports.
     */
    @Test
    void wwzAndKwwIdentitiesOnAnyTable() {
        for (long seed = 1; seed <= TABLES; seed++) {
            for (MrioTable io : new MrioTable[] {RandomTables.balanced(seed),
                new MrioTable(RandomTables.unbalancedData(seed), Conventions.DEFAULT)}) {
                LeontiefModel m = TestModels.of(io);
                double scale = scale(m);
                String w = io.getName() + " seed " + seed;
                Frame mapped = new Wwz(m).kww(Level.COUNTRY);
                Frame kww = new Kww(m).terms(Kww.Closure.FORMULA);
                Frame closed = new Kww(m).terms(Kww.Closure.RESIDUAL);
                Frame bm = bm(m, Level.COUNTRY, Perspective.EXPORTER, Approach.SOURCE);
                Frame tiva = new Tiva(m).country();
                for (int s = 0; s < kww.rowCount(); s++) {
                    for (int k = 0; k < 9; k++) {
                        String c = kww.valueNames().get(k);
                        assertClose(kww.value(s, c), mapped.value(s, c), scale, w + " country " + s + ": WWZ->KWW " + c);
                    }
                    assertClose(bm.value(s, "DDC"), kww.value(s, "DDC"), scale, w + " " + s + ": KWW DDC = BM DDC");
                    assertClose(tiva.value(s, "FFD_DVA"), sum(kww, s, "DVA_FIN", "DVA_INT", "DVA_INTrex"), scale,
                            w + " " + s + ": T1+T2+T3 = FFD_DVA");
                    double all = 0;
                    for (int k = 0; k < 9; k++) {
                        all += closed.value(s, k);
                    }
                    assertClose(closed.value(s, "EXGR"), all, scale, w + " " + s + ": residual closure adds up");
                }
                Frame t = new Wwz(m).terms(Level.SECTOR_PAIR);
                for (int r = 0; r < t.rowCount(); r++) {
                    assertClose(t.value(r, WwzColumns.TEXPFD), sum(t, r, "DVA_FIN", "MVA_FIN", "OVA_FIN"), scale,
                            w + " " + key(t, r) + ": final-goods terms = y_sr");
                }
            }
        }
    }

    /** KWW on balanced tables: Σ T = u e_s* with the T9 formula; T1..T5 = BM source DVA; T1+T2+T3 = BM VAX. */
    @Test
    void kwwMatchesBmOnBalancedTables() {
        for (long seed = 1; seed <= TABLES; seed++) {
            LeontiefModel m = TestModels.of(RandomTables.balanced(seed));
            double scale = scale(m);
            Frame kww = new Kww(m).terms();
            Frame bm = bm(m, Level.COUNTRY, Perspective.EXPORTER, Approach.SOURCE);
            for (int s = 0; s < kww.rowCount(); s++) {
                double all = 0;
                for (int k = 0; k < 9; k++) {
                    all += kww.value(s, k);
                }
                String w = "seed " + seed + " exporter " + s;
                assertClose(kww.value(s, "EXGR"), all, scale, w + ": 9 terms = exports");
                assertClose(bm.value(s, "DVA"), sum(kww, s, "DVA_FIN", "DVA_INT", "DVA_INTrex", "RDV_FIN", "RDV_INT"),
                        scale, w + ": KWW DVA = BM DVA");
                assertClose(bm.value(s, "VAX"), sum(kww, s, "DVA_FIN", "DVA_INT", "DVA_INTrex"), scale, w + ": VAX");
                assertClose(bm.value(s, "FVA") + bm.value(s, "FDC"), sum(kww, s, "FVA_FIN", "FVA_INT", "FDC"), scale,
                        w + ": KWW FC = BM FC");
            }
        }
    }

    /**
     * Leontief: V̂BÊ columns sum to e where x &gt; 0 and V̂BY columns to final demand (residual VA, any table); V̂BY
     * rows sum to value added (balanced); VS = BM GVCB = FC + DDC; VS1 = TiVA FEXDVAP.
     */
    @Test
    void leontiefDecompositionsAddUp() {
        for (long seed = 1; seed <= TABLES; seed++) {
            for (MrioTable io : new MrioTable[] {RandomTables.balanced(seed),
                new MrioTable(RandomTables.unbalancedData(seed), Conventions.DEFAULT)}) {
                boolean balanced = io.getName().endsWith("unbalanced") == false;
                LeontiefModel m = TestModels.of(io);
                double scale = scale(m);
                int g = m.countries();
                int nSec = m.sectors();
                String w = io.getName() + " seed " + seed;
                Leontief l = new Leontief(m);
                Frame byOrigin = l.bySector(Post.EXPORTS);
                double[] x = m.output();
                double[][] colSum = new double[g][nSec];
                for (int r = 0; r < byOrigin.rowCount(); r++) {
                    int s = m.labels().countryIndex(byOrigin.key(r, 1), "exporter");
                    int i = m.labels().sectorIndex(byOrigin.key(r, 2));
                    colSum[s][i] += byOrigin.value(r, 0);
                }
                for (int s = 0; s < g; s++) {
                    double[] e = m.exports(s);
                    for (int i = 0; i < nSec; i++) {
                        assertClose(x[s * nSec + i] > 0 ? e[i] : 0, colSum[s][i], scale, w + ": V̂BÊ column " + s + "," + i);
                    }
                }
                Frame fd = l.finalDemand();
                double[] byDest = new double[g];
                double[] byOriginRow = new double[g * nSec];
                for (int r = 0; r < fd.rowCount(); r++) {
                    int d = m.labels().countryIndex(fd.key(r, 2), "destination");
                    int i = m.labels().countryIndex(fd.key(r, 0), "origin") * nSec
                            + m.labels().sectorIndex(fd.key(r, 1));
                    byDest[d] += fd.value(r, 0);
                    byOriginRow[i] += fd.value(r, 0);
                }
                double[] yCols = m.finalDemand().columnSums();
                double fdScale = 0;
                for (double v : yCols) {
                    fdScale = Math.max(fdScale, Math.abs(v));
                }
                for (int d = 0; d < g; d++) {
                    double want = yCols[d];
                    for (int i = 0; i < g * nSec; i++) {
                        if (x[i] == 0) {
                            want -= m.finalDemand().get(i, d); // a zero-output industry's final sales carry no VA
                        }
                    }
                    assertClose(want, byDest[d], fdScale, w + ": V̂BY column " + d + " = final demand");
                }
                if (balanced) {
                    for (int s = 0; s < g; s++) {
                        double[] va = m.valueAdded(s);
                        for (int i = 0; i < nSec; i++) {
                            assertClose(va[i], byOriginRow[s * nSec + i], fdScale, w + ": V̂BY row = va");
                        }
                    }
                }
                Frame vs = l.verticalSpecialisation();
                Frame bm = bm(m, Level.COUNTRY, Perspective.EXPORTER, Approach.SOURCE);
                Frame tiva = new Tiva(m).country();
                for (int s = 0; s < g; s++) {
                    assertClose(bm.value(s, "GVCB"), vs.value(s, "VS"), scale, w + " " + s + ": VS = GVCB");
                    assertClose(bm.value(s, "FC") + bm.value(s, "DDC"), vs.value(s, "VS"), scale, w + ": VS = FC + DDC");
                    assertClose(tiva.value(s, "FEXDVAP"), vs.value(s, "VS1"), scale, w + " " + s + ": VS1 = FEXDVAP");
                }
            }
        }
    }

    /**
     * TiVA per cell and country: EXGR = EXGR_DVA + EXGR_FVA, EXGR_DVA = DDC + IDC + RIM, EXGR_DVA/FVA/RIM = BM DC/FC/DDC
     * (any table, residual VA); Σ DEXFVAP = EXGR_FVA; BALVAFD = BALGR and FD_VA = VA (balanced).
     */
    @Test
    void tivaIdentities() {
        for (long seed = 1; seed <= TABLES; seed++) {
            for (MrioTable io : new MrioTable[] {RandomTables.balanced(seed),
                new MrioTable(RandomTables.unbalancedData(seed), Conventions.DEFAULT)}) {
                boolean balanced = !io.getName().endsWith("unbalanced");
                LeontiefModel m = TestModels.of(io);
                double scale = scale(m);
                String w = io.getName() + " seed " + seed;
                Tiva tiva = new Tiva(m);
                Frame d = tiva.detail();
                Frame bm = bm(m, Level.SECTOR_PAIR, Perspective.EXPORTER, Approach.SOURCE);
                Map<String, Integer> bmRows = rows(bm);
                for (int r = 0; r < d.rowCount(); r++) {
                    String k = key(d, r);
                    assertClose(d.value(r, "EXGR"), sum(d, r, "EXGR_DVA", "EXGR_FVA"), scale, w + " " + k + ": EXGR");
                    assertClose(d.value(r, "EXGR_DVA"), sum(d, r, "EXGR_DDC", "EXGR_IDC", "EXGR_RIM"), scale,
                            w + " " + k + ": EXGR_DVA");
                    Integer b = bmRows.get(k);
                    if (b != null) {
                        assertClose(bm.value(b, "DC"), d.value(r, "EXGR_DVA"), scale, w + " " + k + ": = BM DC");
                        assertClose(bm.value(b, "FC"), d.value(r, "EXGR_FVA"), scale, w + " " + k + ": = BM FC");
                        assertClose(bm.value(b, "DDC"), d.value(r, "EXGR_RIM"), scale, w + " " + k + ": = BM DDC");
                        assertClose(bm.value(b, "DVA"), d.value(r, "DVA"), scale, w + " " + k + ": = BM DVA");
                    } else {
                        assertEquals(d.key(r, 0), d.key(r, 2), "only the domestic cells have no BM row");
                    }
                }
                Frame c = tiva.country();
                for (int s = 0; s < c.rowCount(); s++) {
                    assertClose(c.value(s, "EXGR_FVA"), c.value(s, "DEXFVAP"), scale, w + " " + s + ": DEXFVAP");
                    if (balanced) {
                        assertClose(c.value(s, "BALGR"), c.value(s, "BALVAFD"), scale, w + " " + s + ": BALVAFD = BALGR");
                        assertClose(c.value(s, "VA"), c.value(s, "FD_VA"), Math.abs(c.value(s, "PROD")) + scale,
                                w + " " + s + ": FD_VA = VA");
                    }
                }
            }
        }
    }

    /** Miroudot–Ye: DC = DVA + DDC and FC = FVA + FDC at every perimeter; WLD: FDC1 + FDC2 = FC, FDC1 = world FVA. */
    @Test
    void miroudotYePerimetersSplitTheSameContent() {
        for (long seed = 1; seed <= TABLES; seed += 3) {
            LeontiefModel m = TestModels.of(RandomTables.balanced(seed));
            if (m.countries() < 2) {
                continue;
            }
            double scale = scale(m);
            org.gvc4j.method.my.MiroudotYe my = new org.gvc4j.method.my.MiroudotYe(m);
            Frame country = my.country(Level.PAIR);
            Frame partner = my.partner();
            Map<String, Integer> pRows = rows(partner);
            for (int r = 0; r < country.rowCount(); r++) {
                int p = pRows.get(key(country, r));
                String w = "seed " + seed + " " + key(country, r);
                assertClose(country.value(r, "DC"), sum(partner, p, "DVA", "DDC"), scale, w + ": partner DC");
                assertClose(country.value(r, "FC"), sum(partner, p, "FVA", "FDC"), scale, w + ": partner FC");
                assertTrue(partner.value(p, "DVA") >= country.value(r, "DVA") - 1e-12 * scale, w + ": DVA★ ≥ DVA");
            }
            Frame world = my.world(Level.COUNTRY);
            Frame bmWorld = bm(m, Level.COUNTRY, Perspective.WORLD, Approach.SOURCE);
            for (int s = 0; s < world.rowCount(); s++) {
                assertEquals(0.0, world.value(s, "FVA"));
                assertClose(world.value(s, "FC"), sum(world, s, "FDC1", "FDC2"), scale, "seed " + seed + ": WLD FC");
                assertClose(bmWorld.value(s, "FVA"), world.value(s, "FDC1"), scale, "seed " + seed + ": FDC1");
            }
        }
    }
}
