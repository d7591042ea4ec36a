package org.gvc4j.position;

import org.gvc4j.TestModels;
import static org.gvc4j.testing.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gvc4j.MrioTable;
import org.gvc4j.linalg.Mat;
import org.gvc4j.method.Frame;
import org.gvc4j.method.apl.Apl;
import org.gvc4j.method.bm2023.Bm2023;
import org.gvc4j.method.koopman.Koopman;
import org.gvc4j.method.rca.Rca;
import org.gvc4j.method.upstreamness.Upstreamness;
import org.gvc4j.method.wwyz.Wwyz;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.testing.RandomTables;
import org.junit.jupiter.api.Test;

/**
 * The position and participation measures on random tables (G 1–6, N 1–5, some zero-output industries): against the
 * papers' matrix forms with explicit n×n products and inverses ({@link Explicit}), and the identities that link them
 * (methods.md §3.13, §3.15–3.17, §6.6). Balanced tables for the identities that need balance, unbalanced ones (output
 * off by ±2%, residual value added) for those that hold on any table. Tolerance: Close.IDENTITY = 1e-10 relative.
 */
class PositionIdentityTest {
    static final int TABLES = 120;

    static LeontiefModel balanced(long seed) {
        return TestModels.of(RandomTables.balanced(seed));
    }

    static LeontiefModel unbalanced(long seed) {
        return TestModels.of(new MrioTable(RandomTables.unbalancedData(seed), Conventions.DEFAULT));
    }

    static double[] col(Frame f, String name) {
        double[] out = new double[f.rowCount()];
        for (int r = 0; r < out.length; r++) {
            out[r] = f.value(r, name);
        }
        return out;
    }

    static double max(double[] v) {
        double m = 0;
        for (double d : v) {
            if (Double.isFinite(d)) {
                m = Math.max(m, Math.abs(d));
            }
        }
        return m;
    }

    /** Both missing, or close. */
    static void assertSame(double expected, double actual, double scale, String what) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            assertTrue(Frame.isMissing(actual) && Double.isNaN(expected), what + ": expected " + expected + ", got "
                    + actual + " (missing only where the explicit form divides by zero)");
            return;
        }
        assertClose(expected, actual, scale, what);
    }

    static double ratio(double num, double den) {
        return den == 0 ? Double.NaN : num / den;
    }

    static double[] sumByCountry(double[] vec, int g, int nSec) {
        double[] out = new double[g];
        for (int k = 0; k < vec.length; k++) {
            out[k / nSec] += vec[k];
        }
        return out;
    }

    // ---- WWYZ ----

    /** The four parts of V̂BŶ, their row and column sums, and the shares, against the matrix forms of §3.13. */
    @Test
    void wwyzParticipationIsTheRowAndColumnSumsOfTheMatrixSplit() {
        for (long seed = 1; seed <= TABLES; seed++) {
            LeontiefModel m = seed % 2 == 0 ? balanced(seed) : unbalanced(seed);
            String where = (seed % 2 == 0 ? "balanced" : "unbalanced") + " seed " + seed;
            Explicit e = new Explicit(m);
            Mat vd = e.vxy(e.l, e.yd);
            Mat vrt = e.vxy(e.l, e.yf);
            Mat simple = e.vxy(Explicit.times(e.l, e.aF, e.l), e.yd);
            Mat complex = Explicit.minus(e.vxy(Explicit.times(e.l, e.aF, e.b), e.y), simple);
            Frame s = new Wwyz(m).participationBySector();
            double scale = max(col(s, "VA"));
            Mat[] parts = {vd, vrt, simple, complex};
            String[] fwd = {"VD", "VRT", "VGVC_S", "VGVC_C"};
            String[] bwd = {"YD", "YRT", "YGVC_S", "YGVC_C"};
            for (int p = 0; p < 4; p++) {
                double[] rows = Explicit.rowSums(parts[p]);
                double[] cols = Explicit.colSums(parts[p]);
                double[] gotF = col(s, fwd[p]);
                double[] gotB = col(s, bwd[p]);
                for (int k = 0; k < e.n; k++) {
                    assertClose(rows[k], gotF[k], scale, where + " " + fwd[p] + " row " + k);
                    assertClose(cols[k], gotB[k], scale, where + " " + bwd[p] + " column " + k);
                }
            }
            for (int k = 0; k < e.n; k++) {
                double va = s.value(k, "VA");
                double fgy = s.value(k, "FGY");
                assertClose(e.y[k], fgy, scale, where + " FGY = y");
                assertSame(ratio(s.value(k, "VGVC_S") + s.value(k, "VGVC_C"), va), s.value(k, "GVCPt_f"), 1, where + " f");
                assertSame(ratio(s.value(k, "VGVC_C"), va), s.value(k, "GVCPt_f_C"), 1, where + " f_C");
                assertSame(ratio(s.value(k, "YGVC_S") + s.value(k, "YGVC_C"), fgy), s.value(k, "GVCPt_b"), 1, where + " b");
                assertSame(ratio(s.value(k, "YGVC_S"), fgy), s.value(k, "GVCPt_b_S"), 1, where + " b_S");
            }
            Frame c = new Wwyz(m).participationByCountry();
            for (String name : new String[] {"VA", "VD", "VRT", "VGVC_S", "VGVC_C", "FGY", "YD", "YRT", "YGVC_S",
                "YGVC_C"}) {
                double[] sums = sumByCountry(col(s, name), e.g, e.nSec);
                for (int r = 0; r < e.g; r++) {
                    assertClose(sums[r], c.value(r, name), scale, where + " country " + r + " " + name);
                }
            }
            for (int r = 0; r < e.g; r++) {
                assertSame(ratio(c.value(r, "VGVC_S"), c.value(r, "VA")), c.value(r, "GVCPt_f_S"), 1, where + " country f_S");
                assertSame(ratio(c.value(r, "YGVC_C"), c.value(r, "FGY")), c.value(r, "GVCPt_b_C"), 1, where + " country b_C");
            }
        }
    }

    /**
     * §3.13: the four forward parts add up to value added on a balanced table (v ∘ B y = va), the four backward parts to
     * final-goods output on any table with residual value added (v B = u where x &gt; 0), and world VA = world FGY.
     */
    @Test
    void wwyzPartsAddUpToValueAddedAndFinalGoods() {
        for (long seed = 1; seed <= TABLES; seed++) {
            for (boolean bal : new boolean[] {true, false}) {
                LeontiefModel m = bal ? balanced(seed) : unbalanced(seed);
                String where = (bal ? "balanced" : "unbalanced") + " seed " + seed;
                Frame s = new Wwyz(m).participationBySector();
                double[] x = m.output();
                double scale = Math.max(max(col(s, "VA")), max(col(s, "FGY")));
                double worldVa = 0;
                double worldY = 0;
                for (int k = 0; k < s.rowCount(); k++) {
                    double fwd = s.value(k, "VD") + s.value(k, "VRT") + s.value(k, "VGVC_S") + s.value(k, "VGVC_C");
                    double bwd = s.value(k, "YD") + s.value(k, "YRT") + s.value(k, "YGVC_S") + s.value(k, "YGVC_C");
                    if (bal) {
                        assertClose(s.value(k, "VA"), fwd, scale, where + " row " + k + ": VD+VRT+VGVC_S+VGVC_C = VA");
                    }
                    if (x[k] > 0) {
                        assertClose(s.value(k, "FGY"), bwd, scale, where + " row " + k + ": YD+YRT+YGVC_S+YGVC_C = FGY");
                    } else {
                        assertEquals(0.0, bwd, 0.0, where + " zero-output row " + k);
                        assertTrue(Frame.isMissing(s.value(k, "GVCPt_f")), where + " zero-output row " + k + " GVCPt_f");
                    }
                    worldVa += s.value(k, "VA");
                    worldY += s.value(k, "FGY");
                }
                if (bal) {
                    assertClose(worldVa, worldY, scale, where + ": world value added = world final demand");
                }
            }
        }
    }

    /**
     * Lengths against explicit products: PLv = BBy ⊘ By, PLy = vBB ⊘ vB, the GVC lengths from the matrix
     * LLA_FB + LA_FBB (itself checked against BB − LL), and the country lengths as ratios of row (forward) and column
     * (backward) sums of V̂ X Ŷ.
     */
    @Test
    void wwyzLengthsMatchTheMatrixForms() {
        for (long seed = 1; seed <= TABLES; seed++) {
            LeontiefModel m = seed % 2 == 0 ? balanced(seed) : unbalanced(seed);
            String where = (seed % 2 == 0 ? "balanced" : "unbalanced") + " seed " + seed;
            Explicit e = new Explicit(m);
            Mat bb = Explicit.times(e.b, e.b);
            Mat gvc = Explicit.plus(Explicit.times(e.l, e.l, e.aF, e.b), Explicit.times(e.l, e.aF, e.b, e.b));
            Mat bbMinusLl = Explicit.minus(bb, Explicit.times(e.l, e.l));
            double bbScale = max(bb.data);
            for (int k = 0; k < gvc.data.length; k++) {
                assertClose(bbMinusLl.data[k], gvc.data[k], bbScale, where + ": BB − LL = LLA_FB + LA_FBB, cell " + k);
            }
            Mat lafb = Explicit.times(e.l, e.aF, e.b);
            Mat[][] fwdBwd = {{e.vxy(bb, e.y), e.vxy(e.b, e.y)}, {e.vxy(gvc, e.y), e.vxy(lafb, e.y)}};
            double[] by = Explicit.rowSums(Explicit.times(e.b, Explicit.diag(e.y)));
            double[] bby = Explicit.rowSums(Explicit.times(bb, Explicit.diag(e.y)));
            double[] vb = Explicit.colSums(Explicit.times(Explicit.diag(e.v), e.b));
            double[] vbb = Explicit.colSums(Explicit.times(Explicit.diag(e.v), bb));
            double[] gvcY = Explicit.rowSums(Explicit.times(gvc, Explicit.diag(e.y)));
            double[] lafbY = Explicit.rowSums(Explicit.times(lafb, Explicit.diag(e.y)));
            double[] vGvc = Explicit.colSums(Explicit.times(Explicit.diag(e.v), gvc));
            double[] vLafb = Explicit.colSums(Explicit.times(Explicit.diag(e.v), lafb));
            Frame s = new Wwyz(m).lengthBySector();
            for (int k = 0; k < e.n; k++) {
                assertSame(ratio(bby[k], by[k]), s.value(k, "PLv"), 1, where + " PLv " + k);
                assertSame(ratio(vbb[k], vb[k]), s.value(k, "PLy"), 1, where + " PLy " + k);
                assertSame(ratio(gvcY[k], lafbY[k]), s.value(k, "PLv_GVC"), 1, where + " PLv_GVC " + k);
                assertSame(ratio(vGvc[k], vLafb[k]), s.value(k, "PLy_GVC"), 1, where + " PLy_GVC " + k);
                assertSame(ratio(ratio(gvcY[k], lafbY[k]), ratio(vGvc[k], vLafb[k])), s.value(k, "GVC_position"), 1,
                        where + " GVC_position " + k);
            }
            Frame c = new Wwyz(m).lengthByCountry();
            String[][] names = {{"PLv", "PLy"}, {"PLv_GVC", "PLy_GVC"}};
            for (int p = 0; p < 2; p++) {
                double[] fNum = sumByCountry(Explicit.rowSums(fwdBwd[p][0]), e.g, e.nSec);
                double[] fDen = sumByCountry(Explicit.rowSums(fwdBwd[p][1]), e.g, e.nSec);
                double[] bNum = sumByCountry(Explicit.colSums(fwdBwd[p][0]), e.g, e.nSec);
                double[] bDen = sumByCountry(Explicit.colSums(fwdBwd[p][1]), e.g, e.nSec);
                for (int r = 0; r < e.g; r++) {
                    assertSame(ratio(fNum[r], fDen[r]), c.value(r, names[p][0]), 1, where + " country " + names[p][0]);
                    assertSame(ratio(bNum[r], bDen[r]), c.value(r, names[p][1]), 1, where + " country " + names[p][1]);
                }
            }
        }
    }

    // ---- upstreamness, downstreamness ----

    /**
     * U from B equals the explicit Ghosh inverse's row sums on any table; on a balanced table it equals WWYZ's forward
     * length PLv (x &gt; 0). D = u B equals the explicit column sums of B, and WWYZ's backward length PLy wherever
     * x &gt; 0 on any table with residual value added. At zero-output industries U = D = 1.
     */
    @Test
    void upstreamnessIsTheForwardLengthAndDownstreamnessTheBackwardLength() {
        for (long seed = 1; seed <= TABLES; seed++) {
            for (boolean bal : new boolean[] {true, false}) {
                LeontiefModel m = bal ? balanced(seed) : unbalanced(seed);
                String where = (bal ? "balanced" : "unbalanced") + " seed " + seed;
                Explicit e = new Explicit(m);
                Upstreamness up = new Upstreamness(m);
                double[] u = up.upstreamness();
                double[] d = up.downstreamness();
                double[] ghosh = e.upstreamness();
                double[] colB = Explicit.colSums(e.b);
                Frame len = new Wwyz(m).lengthBySector();
                for (int k = 0; k < e.n; k++) {
                    assertClose(ghosh[k], u[k], 1, where + " U = (I − Δ)⁻¹u′ at " + k);
                    assertClose(colB[k], d[k], 1, where + " D = uB at " + k);
                    if (e.x[k] > 0) {
                        if (bal) {
                            assertClose(len.value(k, "PLv"), u[k], 1, where + " U = PLv at " + k);
                        }
                        assertClose(len.value(k, "PLy"), d[k], 1, where + " D = PLy at " + k);
                    } else {
                        assertEquals(1.0, u[k], 0.0, where + " U at zero-output " + k);
                        assertEquals(1.0, d[k], 0.0, where + " D at zero-output " + k);
                    }
                    assertTrue(u[k] >= 1 - 1e-12 && d[k] >= 1 - 1e-12, where + " U, D >= 1 at " + k);
                }
                Frame uc = up.upstreamnessByCountry();
                Frame dc = up.downstreamnessByCountry();
                for (int r = 0; r < e.g; r++) {
                    double xs = 0;
                    double xu = 0;
                    double xd = 0;
                    for (int k = r * e.nSec; k < (r + 1) * e.nSec; k++) {
                        xs += e.x[k];
                        xu += e.x[k] * ghosh[k];
                        xd += e.x[k] * colB[k];
                    }
                    assertSame(ratio(xu, xs), uc.value(r, "U"), 1, where + " country U");
                    assertSame(ratio(xd, xs), dc.value(r, "D"), 1, where + " country D");
                    assertClose(xs, uc.value(r, "X"), xs, where + " country X");
                }
            }
        }
    }

    // ---- APL ----

    /**
     * The full APL matrix against the explicit B(B − I) ⊘ (B − I) (cells with (B − I)_ij &gt; 0, APL ≥ 1), and the
     * sector and pair aggregates against sums of the explicit numerator and denominator cells.
     */
    @Test
    void aplAggregatesAreRatiosOfCellSums() {
        for (long seed = 1; seed <= TABLES; seed++) {
            LeontiefModel m = seed % 2 == 0 ? balanced(seed) : unbalanced(seed);
            String where = "seed " + seed;
            Explicit e = new Explicit(m);
            Mat den = Explicit.times(e.a, e.b);
            Mat num = Explicit.times(e.b, e.a, e.b);
            Apl apl = new Apl(m);
            Mat got = apl.matrix();
            Frame cells = apl.cells();
            assertEquals(e.n * e.n, cells.rowCount());
            for (int i = 0; i < e.n; i++) {
                for (int j = 0; j < e.n; j++) {
                    double want = den.get(i, j) > 0 ? num.get(i, j) / den.get(i, j) : Double.NaN;
                    assertSame(want, got.get(i, j), 1, where + " APL[" + i + "," + j + "]");
                    assertEquals(Double.doubleToRawLongBits(got.get(i, j)),
                            Double.doubleToRawLongBits(cells.value(i * e.n + j, "APL")), where + " long form row order");
                    assertTrue(Double.isNaN(want) || want >= 1 - 1e-12, where + " APL >= 1");
                }
            }
            Frame sec = apl.bySector();
            double[] numRows = Explicit.rowSums(num);
            double[] denRows = Explicit.rowSums(den);
            double[] numCols = Explicit.colSums(num);
            double[] denCols = Explicit.colSums(den);
            for (int k = 0; k < e.n; k++) {
                assertSame(ratio(numRows[k], denRows[k]), sec.value(k, "APL_forward"), 1, where + " forward " + k);
                assertSame(ratio(numCols[k], denCols[k]), sec.value(k, "APL_backward"), 1, where + " backward " + k);
            }
            Frame pairs = apl.byCountryPair();
            assertEquals(e.g * e.g, pairs.rowCount());
            for (int s = 0; s < e.g; s++) {
                for (int r = 0; r < e.g; r++) {
                    double nsum = 0;
                    double dsum = 0;
                    for (int i = s * e.nSec; i < (s + 1) * e.nSec; i++) {
                        for (int j = r * e.nSec; j < (r + 1) * e.nSec; j++) {
                            nsum += num.get(i, j);
                            dsum += den.get(i, j);
                        }
                    }
                    assertSame(ratio(nsum, dsum), pairs.value(s * e.g + r, "APL"), 1, where + " pair " + s + "," + r);
                }
            }
        }
    }

    // ---- Koopman ----

    /**
     * IV as the triple sum Σ_{r≠s} Σ_{t≠s,r} v_s B_sr y_rt written out; FV = BM2023 exporter FC (FVA + FDC) and E =
     * its GEXP; participation and position from the shares; sectors sum to countries.
     */
    @Test
    void koopmanIvIsTheThirdCountryTripleSumAndFvIsBmForeignContent() {
        for (long seed = 1; seed <= TABLES; seed++) {
            LeontiefModel m = seed % 2 == 0 ? balanced(seed) : unbalanced(seed);
            String where = "seed " + seed;
            Explicit e = new Explicit(m);
            Mat y = m.finalDemand();
            Koopman k = new Koopman(m);
            Frame sec = k.bySector();
            Frame cty = k.byCountry();
            int[] all = new int[e.g];
            for (int s = 0; s < e.g; s++) {
                all[s] = s;
            }
            Frame bm = new Bm2023(m).exporters(all);
            double scale = max(col(cty, "E"));
            for (int s = 0; s < e.g; s++) {
                for (int i = s * e.nSec; i < (s + 1) * e.nSec; i++) {
                    double iv = 0;
                    for (int r = 0; r < e.g; r++) {
                        for (int t = 0; t < e.g; t++) {
                            if (r == s || t == s || t == r) {
                                continue;
                            }
                            for (int j = r * e.nSec; j < (r + 1) * e.nSec; j++) {
                                iv += e.v[i] * e.b.get(i, j) * y.get(j, t);
                            }
                        }
                    }
                    assertClose(iv, sec.value(i, "IV"), scale, where + " sector IV " + i);
                    double ee = sec.value(i, "E");
                    assertSame(ratio(iv, ee) + ratio(sec.value(i, "FV"), ee), sec.value(i, "participation"), 1,
                            where + " participation " + i);
                }
                double[] sums = new double[3];
                String[] names = {"E", "IV", "FV"};
                for (int c = 0; c < 3; c++) {
                    for (int i = s * e.nSec; i < (s + 1) * e.nSec; i++) {
                        sums[c] += sec.value(i, names[c]);
                    }
                    assertClose(sums[c], cty.value(s, names[c]), scale, where + " sectors sum to country " + names[c]);
                }
                assertClose(bm.value(s, "FVA") + bm.value(s, "FDC"), cty.value(s, "FV"), scale, where + " FV = BM FC");
                assertClose(bm.value(s, "GEXP"), cty.value(s, "E"), scale, where + " E = GEXP");
                double ee = sums[0];
                double pos = ee == 0 ? Double.NaN : Math.log(1 + sums[1] / ee) - Math.log(1 + sums[2] / ee);
                assertSame(pos, cty.value(s, "position"), 1, where + " position");
            }
        }
    }

    // ---- RCA ----

    /**
     * Σ_i DViX_F_{s,i} = BM2023 exporter DVA (source: v_s L_ss e_s*) and EXGR = e_{s*,i}; the RCA's world-share-
     * weighted mean over sectors is 1 for every exporting country, and its country-weighted mean over countries is 1
     * for every traded sector.
     */
    @Test
    void rcaWeightedMeansAreOneAndValueAddedSumsToBmDva() {
        for (long seed = 1; seed <= TABLES; seed++) {
            LeontiefModel m = seed % 2 == 0 ? balanced(seed) : unbalanced(seed);
            String where = "seed " + seed;
            int g = m.countries();
            int nSec = m.sectors();
            int[] all = new int[g];
            for (int s = 0; s < g; s++) {
                all[s] = s;
            }
            Frame bm = new Bm2023(m).exporters(all);
            Rca rca = new Rca(m);
            Frame gross = rca.grossBySector();
            Frame va = rca.valueAddedBySector();
            double scale = max(col(gross, "EXGR"));
            double[] dva = sumByCountry(col(va, "DViX_F"), g, nSec);
            for (int s = 0; s < g; s++) {
                assertClose(bm.value(s, "DVA"), dva[s], scale, where + " Σ DViX_F = BM DVA");
                double[] e = m.exports(s);
                for (int i = 0; i < nSec; i++) {
                    assertEquals(e[i], gross.value(s * nSec + i, "EXGR"), 0.0, where + " EXGR");
                }
            }
            for (Frame f : new Frame[] {gross, va}) {
                double[] w = col(f, f.valueNames().get(0));
                double[] country = sumByCountry(w, g, nSec);
                double[] sector = new double[nSec];
                double world = 0;
                for (int k = 0; k < w.length; k++) {
                    sector[k % nSec] += w[k];
                    world += w[k];
                }
                // over sectors with world shares (one mean per country), over countries with country shares (per sector)
                for (boolean bySector : new boolean[] {true, false}) {
                    int outer = bySector ? g : nSec;
                    int inner = bySector ? nSec : g;
                    for (int o = 0; o < outer; o++) {
                        if ((bySector ? country[o] : sector[o]) == 0) {
                            continue;
                        }
                        double mean = 0;
                        for (int k = 0; k < inner; k++) {
                            double r = bySector ? f.value(o * nSec + k, "RCA") : f.value(k * nSec + o, "RCA");
                            mean += Double.isNaN(r) ? 0 : (bySector ? sector[k] : country[k]) / world * r;
                        }
                        assertClose(1.0, mean, 1, where + (bySector ? " world-share-weighted RCA of country "
                                : " country-weighted RCA of sector ") + o);
                    }
                }
            }
        }
    }
}
