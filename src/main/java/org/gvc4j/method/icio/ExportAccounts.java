package org.gvc4j.method.icio;

import static org.gvc4j.method.icio.IcioColumns.*;
import static org.gvc4j.linalg.Vec.minus;
import static org.gvc4j.linalg.Vec.plus;
import static org.gvc4j.linalg.Vec.times;

import java.util.ArrayList;
import java.util.List;
import org.gvc4j.linalg.Mat;
import org.gvc4j.linalg.Vec;
import org.gvc4j.model.LeontiefModel;

/**
 * The additive part of the accounting: exporter and world perspectives, source and sink approaches, computed at the
 * finest level (exporter × exporting sector × importer) with the exporting-sector breakdown (each 1×N multiplier times
 * the flow, element by element) and summed to coarser levels by {@link Cube}. methods.md §3.1, §3.2, §3.4; every
 * modified inverse through the closed forms of §1 (N×N solves with I + M_s, Woodbury on vectors).
 *
 * <p>Per pair (s, r), with the flows DAE_sr = y_sr + A_sr L_rr y_rr, VAXE_sr = y_sr + A_sr (x_r − x_r^{(s)}) and
 * REFE_sr = A_sr x_r^{(s)}:
 * <ul>
 *   <li>source: DC = VBdom#e, DVA = VLdom#e, VAX = VLdom#VAXE, DAVAX = VLdom#DAE, REF = VLdom#REFE,
 *       DDC = (VLdom M_s)#e, FC = VBfor#e, FVA = f_s#e, FDC = (f_s M_s)#e, GVC = GEXP − DAVAX, GVCB = FC + DDC,
 *       GVCF = GVC − GVCB;</li>
 *   <li>sink (icio's convention): x̃ = x − B_{·s}(I + M_s)⁻¹ e_s*, Φ_sr = y_sr + A_sr L_rr (y_r· + (A_F x̃)_r),
 *       DVA = VBdom#Φ, FVA = VBfor#Φ, DDC = DC − DVA, FDC = FC − FVA,
 *       REF = VBdom#A_sr L_rr (y_rs + (A_F B\s y_{·s})_r), VAX = DVA − REF,
 *       VAXIM = VBdom#[y_sr + A_sr L_rr (y_rr + (A_F B\s y^{\s}_{·r})_r)];</li>
 *   <li>world: the domestic side and FC of the source; FVA = (Σ_{t≠s} v_t L_tt A_ts L_ss)#e (source) or
 *       VBfor#DAE_sr + (v_r B_rs)#A_sr L_rr Σ_{j≠r} DAE_rj (sink, the corrected KWW); FDC = FC − FVA.</li>
 * </ul>
 */
final class ExportAccounts {
    private final IcioBase base;
    private final LeontiefModel m;
    private final int[] exporters;
    private final int[] importers;

    ExportAccounts(IcioBase base, int[] exporters, int[] importers) {
        this.base = base;
        this.m = base.m;
        this.exporters = exporters.clone();
        this.importers = importers.clone();
    }

    /** The per-exporter multipliers (1×N rows over the exporting sectors). */
    private final class Multipliers {
        final double[] vlDom;
        final double[] vbDom;
        final double[] vbFor;
        final double[] f;
        final double[] ddc;
        final double[] fdc;

        Multipliers(int s) {
            vlDom = m.vlDom(s);
            vbDom = m.vbDom(s);
            vbFor = m.vbFor(s);
            f = m.fvaMultiplier(s);
            ddc = Vec.leftTimes(vlDom, m.reExportLoop(s));
            fdc = Vec.leftTimes(f, m.reExportLoop(s));
        }
    }

    /** The flows of one pair, N-vectors over the exporting sectors. */
    private record Flows(double[] e, double[] ysr, double[] ext, double[] dae, double[] vaxe, double[] refe) {
    }

    private Flows flows(int s, int r) {
        double[] ysr = m.yBlock(s, r);
        double[] xs = base.block(base.by(), s, r);
        double[] ext = m.aTimes(s, r, base.localFinal(r));
        return new Flows(m.exports(s, r), ysr, ext, plus(ysr, ext),
                plus(ysr, m.aTimes(s, r, minus(base.output(r), xs))), m.aTimes(s, r, xs));
    }

    /** Exporter perspective, source approach; with the 12 sub-terms if {@code terms}. */
    Cube source(boolean terms) {
        List<String> names = new ArrayList<>(SOURCE);
        if (terms) {
            names.addAll(SOURCE_TERMS);
        }
        Cube c = new Cube(m.labels(), exporters, importers, names);
        Mat termRhs = terms ? termProducts() : null;
        for (int si = 0; si < exporters.length; si++) {
            int s = exporters[si];
            Multipliers mu = new Multipliers(s);
            for (int r : importers) {
                if (r == s) {
                    continue;
                }
                Flows fl = flows(s, r);
                putDomestic(c, si, r, mu, fl);
                double[] fc = times(mu.vbFor, fl.e);
                double[] ddc = times(mu.ddc, fl.e);
                double[] gvc = minus(fl.e, slice(c, DAVAX, si, r));
                double[] gvcb = plus(fc, ddc);
                c.put(FVA, si, r, times(mu.f, fl.e));
                c.put(FDC, si, r, times(mu.fdc, fl.e));
                c.put(GVC, si, r, gvc);
                c.put(GVCB, si, r, gvcb);
                c.put(GVCF, si, r, minus(gvc, gvcb));
                if (terms) {
                    putSourceTerms(c, si, s, r, mu, fl, termRhs);
                }
            }
        }
        return c;
    }

    /** GEXP, DC, DVA, VAX, DAVAX (if a column), REF, DDC, FC: the same in source and world perspectives. */
    private void putDomestic(Cube c, int si, int r, Multipliers mu, Flows fl) {
        c.put(GEXP, si, r, fl.e);
        c.put(DC, si, r, times(mu.vbDom, fl.e));
        c.put(DVA, si, r, times(mu.vlDom, fl.e));
        c.put(VAX, si, r, times(mu.vlDom, fl.vaxe));
        if (c.has(DAVAX)) {
            c.put(DAVAX, si, r, times(mu.vlDom, fl.dae));
        }
        c.put(REF, si, r, times(mu.vlDom, fl.refe));
        c.put(DDC, si, r, times(mu.ddc, fl.e));
        c.put(FC, si, r, times(mu.vbFor, fl.e));
    }

    private double[] slice(Cube c, String f, int si, int r) {
        double[] out = new double[base.nSec];
        System.arraycopy(c.field(f), c.offset(si, r), out, 0, base.nSec);
        return out;
    }

    /**
     * A_F [BY | BY^{\s} | x]: column d of A_F BY feeds REF2; column G + si holds A_F Σ_{l≠s} x^{(l)} (VAX4), summed
     * before the product so nothing cancels; the last column A_F x feeds FVA4.
     */
    private Mat termProducts() {
        Mat by = base.by();
        int g = base.g;
        int n = base.n;
        Mat rhs = new Mat(n, g + exporters.length + 1);
        System.arraycopy(by.data, 0, rhs.data, 0, n * g);
        for (int si = 0; si < exporters.length; si++) {
            int off = (g + si) * n;
            for (int l = 0; l < g; l++) {
                if (l != exporters[si]) {
                    for (int i = 0; i < n; i++) {
                        rhs.data[off + i] += by.data[i + l * n];
                    }
                }
            }
        }
        System.arraycopy(m.output(), 0, rhs.data, (g + exporters.length) * n, n);
        return base.aForeignTimes(rhs);
    }

    /** BM's sub-terms (methods.md §3.1): VAX1–4, REF1–2 with VLdom_s, FVA1–4 with f_s. */
    private void putSourceTerms(Cube c, int si, int s, int r, Multipliers mu, Flows fl, Mat af) {
        int g = base.g;
        putTerms(c, si, r, mu.vlDom, mu.f, new double[][] {fl.ysr, fl.ext,
            base.viaLocal(s, r, base.finalSalesExcept(r, s, r)), base.viaLocal(s, r, base.block(af, g + si, r)),
            base.viaLocal(s, r, m.yBlock(r, s)), base.viaLocal(s, r, base.block(af, s, r)),
            base.viaLocal(s, r, base.finalSalesExcept(r, r)),
            base.viaLocal(s, r, base.block(af, g + exporters.length, r))});
    }

    /**
     * Exporter perspective, sink approach, icio's convention (x̃ from the given x; DDC = DC − DVA, FDC = FC − FVA);
     * with the sub-terms if {@code terms} (exvatools' {@code bm_snk} terms: VBdom_s and VBfor_s as multipliers, B\s
     * and Y^{\s} in the downstream brackets; they add up to VAX, REF and FVA on balanced tables).
     */
    Cube sink(boolean terms) {
        List<String> names = new ArrayList<>(SINK);
        if (terms) {
            names.addAll(SOURCE_TERMS);
        }
        Cube c = new Cube(m.labels(), exporters, importers, names);
        int k = exporters.length;
        double[][] cols = new double[(terms ? 3 : 2) * k][];
        Mat thirdCountryOutput = terms ? thirdCountryFinalDemandOutput() : null;
        for (int si = 0; si < k; si++) {
            int s = exporters[si];
            cols[si] = sinkOutput(s);
            cols[k + si] = withoutExports(s, base.column(base.by(), s));
            if (terms) {
                cols[2 * k + si] = withoutExports(s, base.column(thirdCountryOutput, si));
            }
        }
        Mat af = base.aForeignTimes(IcioBase.columns(cols));
        for (int si = 0; si < k; si++) {
            int s = exporters[si];
            double[] vbd = m.vbDom(s);
            double[] vbf = m.vbFor(s);
            for (int r : importers) {
                if (r == s) {
                    continue;
                }
                double[] e = m.exports(s, r);
                double[] ysr = m.yBlock(s, r);
                double[] phi = plus(ysr, base.viaLocal(s, r, plus(m.yTotal(r), base.block(af, si, r))));
                double[] refb = base.viaLocal(s, r, plus(m.yBlock(r, s), base.block(af, k + si, r)));
                double[] dc = times(vbd, e);
                double[] fc = times(vbf, e);
                double[] dva = times(vbd, phi);
                double[] fva = times(vbf, phi);
                double[] ref = times(vbd, refb);
                c.put(GEXP, si, r, e);
                c.put(DC, si, r, dc);
                c.put(DVA, si, r, dva);
                c.put(VAX, si, r, minus(dva, ref));
                c.put(VAXIM, si, r, times(vbd, importerAbsorbed(s, r, ysr)));
                c.put(REF, si, r, ref);
                c.put(DDC, si, r, minus(dc, dva));
                c.put(FC, si, r, fc);
                c.put(FVA, si, r, fva);
                c.put(FDC, si, r, minus(fc, fva));
                if (terms) {
                    double[] third = base.block(af, 2 * k + si, r);
                    double[] own = base.block(af, k + si, r);
                    putTerms(c, si, r, vbd, vbf, new double[][] {ysr, base.viaLocal(s, r, m.yBlock(r, r)),
                        base.viaLocal(s, r, base.finalSalesExcept(r, s, r)), base.viaLocal(s, r, third),
                        base.viaLocal(s, r, m.yBlock(r, s)), base.viaLocal(s, r, own),
                        base.viaLocal(s, r, base.finalSalesExcept(r, r)), base.viaLocal(s, r, plus(third, own))});
                }
            }
        }
        return c;
    }

    /**
     * B d_s for every exporter s, d_s = Σ_{l≠s} y_{·l} with s's own rows left out (Y^{\s} without its column s): the
     * output for final demand outside s that s's final goods do not serve. One GEMM with k columns.
     */
    private Mat thirdCountryFinalDemandOutput() {
        int n = base.n;
        int nSec = base.nSec;
        Mat y = m.finalDemand();
        Mat d = new Mat(n, exporters.length);
        for (int si = 0; si < exporters.length; si++) {
            int s = exporters[si];
            for (int l = 0; l < base.g; l++) {
                if (l == s) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    if (i / nSec != s) {
                        d.data[i + si * n] += y.data[i + l * n];
                    }
                }
            }
        }
        return org.gvc4j.linalg.Dense.times(m.leontief(), d);
    }

    /**
     * The eight brackets of the sub-terms, in order: y_sr, A_sr L_rr y_rr, A_sr L_rr Σ_{j≠s,r} y_rj, the VAX4 bracket,
     * A_sr L_rr y_rs, the REF2 bracket, A_sr L_rr Σ_{j≠r} y_rj and the FVA4 bracket; dom multiplies VAX and REF terms,
     * fgn the FVA terms.
     */
    private static void putTerms(Cube c, int si, int r, double[] dom, double[] fgn, double[][] q) {
        c.put(VAX1, si, r, times(dom, q[0]));
        c.put(VAX2, si, r, times(dom, q[1]));
        c.put(VAX3, si, r, times(dom, q[2]));
        c.put(VAX4, si, r, times(dom, q[3]));
        c.put(REF1, si, r, times(dom, q[4]));
        c.put(REF2, si, r, times(dom, q[5]));
        c.put(FVA1, si, r, times(fgn, q[0]));
        c.put(FVA2, si, r, times(fgn, q[1]));
        c.put(FVA3, si, r, times(fgn, q[6]));
        c.put(FVA4, si, r, times(fgn, q[7]));
    }

    /** Names of the flow vectors of {@link #flows}. */
    static final String E = "e";
    static final String PHI = "phi";
    static final String DAE = "dae";
    static final String RETURNED = "returned";

    /**
     * The flows the multipliers apply to, per pair: e (always); Φ (sink); DAE and A_sr L_rr Σ_{j≠r} DAE_rj (world
     * sink). For breakdowns by origin: every measure is a multiplier (1×N) times one of these, sector by sector.
     */
    Cube flows(Perspective p, Approach a) {
        boolean sink = a == Approach.SINK;
        List<String> names = p == Perspective.WORLD && sink ? List.of(E, DAE, RETURNED) : sink ? List.of(E, PHI) : List.of(E);
        Cube c = new Cube(m.labels(), exporters, importers, names);
        Mat af = sink && p == Perspective.EXPORTER ? base.aForeignTimes(IcioBase.columns(sinkOutputs())) : null;
        double[][] lg = sink && p == Perspective.WORLD ? reExportedAbsorbed() : null;
        for (int si = 0; si < exporters.length; si++) {
            int s = exporters[si];
            for (int r : importers) {
                if (r == s) {
                    continue;
                }
                c.put(E, si, r, m.exports(s, r));
                if (af != null) {
                    c.put(PHI, si, r, plus(m.yBlock(s, r), base.viaLocal(s, r, plus(m.yTotal(r), base.block(af, si, r)))));
                }
                if (lg != null) {
                    c.put(DAE, si, r, flows(s, r).dae);
                    c.put(RETURNED, si, r, m.aTimes(s, r, lg[r]));
                }
            }
        }
        return c;
    }

    private double[][] sinkOutputs() {
        double[][] cols = new double[exporters.length][];
        for (int si = 0; si < exporters.length; si++) {
            cols[si] = sinkOutput(exporters[si]);
        }
        return cols;
    }

    /** x̃ = x − B_{·s}(I + M_s)⁻¹ e_s* (icio's form, with the given x). */
    private double[] sinkOutput(int s) {
        return minus(m.output(), m.bColumnBlockTimes(s, m.solveIPlusM(s, m.exports(s))));
    }

    /** B\s q from Bq by the Woodbury vector form: Bq − B_{·s}(I + M_s)⁻¹ Σ_{j≠s} A_sj (Bq)_j. */
    private double[] withoutExports(int s, double[] bq) {
        return minus(bq, m.bColumnBlockTimes(s, m.solveIPlusM(s, m.aExportRowTimes(s, bq))));
    }

    /**
     * The VAXIM flow y_sr + A_sr L_rr (y_rr + Σ_{j≠r} A_rj w_j), with w = B\s d and d = y_{·r} without s's final
     * goods: Bd = x^{(r)} − B_{·s} y_sr, w = Bd − B_{·s}(I + M_s)⁻¹ Σ_{j≠s} A_sj (Bd)_j (O(nN)).
     */
    private double[] importerAbsorbed(int s, int r, double[] ysr) {
        double[] bd = minus(base.column(base.by(), r), m.bColumnBlockTimes(s, ysr));
        double[] w = minus(bd, m.bColumnBlockTimes(s, m.solveIPlusM(s, m.aExportRowTimes(s, bd))));
        return plus(ysr, base.viaLocal(s, r, plus(m.yBlock(r, r), m.aExportRowTimes(r, w))));
    }

    /** World perspective: domestic side and FC of the source approach, FVA at any border. */
    Cube world(Approach approach) {
        Cube c = new Cube(m.labels(), exporters, importers, BASIC);
        double[][] lg = approach == Approach.SINK ? reExportedAbsorbed() : null;
        Mat b = m.leontief();
        for (int si = 0; si < exporters.length; si++) {
            int s = exporters[si];
            Multipliers mu = new Multipliers(s);
            double[] oneBorder = Vec.leftTimes(m.foreignVlTimesImports(s), m.localInverse(s));
            for (int r : importers) {
                if (r == s) {
                    continue;
                }
                Flows fl = flows(s, r);
                putDomestic(c, si, r, mu, fl);
                double[] fva;
                if (approach == Approach.SOURCE) {
                    fva = times(oneBorder, fl.e);
                } else {
                    double[] vrBrs = Vec.leftBlockTimes(m.vaCoefficients(r), b, r * base.nSec, s * base.nSec,
                            base.nSec);
                    fva = plus(times(mu.vbFor, fl.dae), times(vrBrs, m.aTimes(s, r, lg[r])));
                }
                c.put(FVA, si, r, fva);
                c.put(FDC, si, r, minus(slice(c, FC, si, r), fva));
            }
        }
        return c;
    }

    /** Per country r: L_rr Σ_{j≠r} DAE_rj = L_rr Σ_{j≠r} (y_rj + A_rj L_jj y_jj). */
    private double[][] reExportedAbsorbed() {
        double[] lyd = new double[base.n];
        for (int j = 0; j < base.g; j++) {
            System.arraycopy(base.localFinal(j), 0, lyd, j * base.nSec, base.nSec);
        }
        double[] afl = m.aForeignTimes(lyd);
        double[][] out = new double[base.g][];
        for (int r = 0; r < base.g; r++) {
            out[r] = Vec.times(m.localInverse(r), plus(base.finalSalesExcept(r, r), base.block(afl, r)));
        }
        return out;
    }
}
