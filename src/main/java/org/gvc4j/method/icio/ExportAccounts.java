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
    private final Exporter[] exporters;
    private final int[] importers;

    ExportAccounts(IcioBase base, int[] exporters, int[] importers) {
        this(base, countries(base, exporters), importers);
    }

    ExportAccounts(IcioBase base, Exporter[] exporters, int[] importers) {
        this.base = base;
        this.m = base.m;
        this.exporters = exporters.clone();
        this.importers = importers.clone();
    }

    private static Exporter[] countries(IcioBase base, int[] exporters) {
        Exporter[] out = new Exporter[exporters.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Exporter.country(base, exporters[i]);
        }
        return out;
    }

    private Cube cube(List<String> names) {
        return new Cube(m.labels(), exporters, importers, names);
    }

    /** The per-exporter multipliers (1×N rows over the exporter's industries). */
    private static final class Multipliers {
        final double[] vlDom;
        final double[] vbDom;
        final double[] vbFor;
        final double[] f;
        final double[] ddc;
        final double[] fdc;

        Multipliers(Exporter ex) {
            vlDom = ex.vlDom();
            vbDom = ex.vbDom();
            vbFor = ex.vbFor();
            f = ex.fvaMultiplier();
            ddc = Vec.leftTimes(vlDom, ex.loop());
            fdc = Vec.leftTimes(f, ex.loop());
        }
    }

    /** The flows of one pair, vectors over the exporter's industries. */
    private record Flows(double[] e, double[] ysr, double[] ext, double[] dae, double[] vaxe, double[] refe) {
    }

    private Flows flows(Exporter ex, double[] xs, int r) {
        double[] ysr = ex.finalTo(r);
        double[] xsr = base.block(xs, r);
        double[] ext = ex.aTimes(r, base.localFinal(r));
        return new Flows(ex.exports(r), ysr, ext, plus(ysr, ext),
                plus(ysr, ex.aTimes(r, minus(base.output(r), xsr))), ex.aTimes(r, xsr));
    }

    /** Exporter perspective, source approach; with the 12 sub-terms if {@code terms}. */
    Cube source(boolean terms) {
        List<String> names = new ArrayList<>(SOURCE);
        if (terms) {
            names.addAll(SOURCE_TERMS);
        }
        Cube c = cube(names);
        Mat termRhs = terms ? termProducts() : null;
        for (int si = 0; si < exporters.length; si++) {
            Exporter ex = exporters[si];
            Multipliers mu = new Multipliers(ex);
            double[] xs = ex.outputFor();
            for (int r : importers) {
                if (ex.covers(r)) {
                    continue;
                }
                Flows fl = flows(ex, xs, r);
                double[] davax = putDomestic(c, si, r, ex, mu, fl);
                double[] fc = times(mu.vbFor, fl.e);
                double[] ddc = times(mu.ddc, fl.e);
                double[] gvc = minus(fl.e, davax);
                double[] gvcb = plus(fc, ddc);
                c.put(FVA, si, r, ex.toSectors(times(mu.f, fl.e)));
                c.put(FDC, si, r, ex.toSectors(times(mu.fdc, fl.e)));
                c.put(GVC, si, r, ex.toSectors(gvc));
                c.put(GVCB, si, r, ex.toSectors(gvcb));
                c.put(GVCF, si, r, ex.toSectors(minus(gvc, gvcb)));
                if (terms) {
                    putSourceTerms(c, si, ex, r, mu, fl, termRhs);
                }
            }
        }
        return c;
    }

    /** GEXP, DC, DVA, VAX, DAVAX (if a column), REF, DDC, FC: the same in source and world perspectives; returns DAVAX. */
    private double[] putDomestic(Cube c, int si, int r, Exporter ex, Multipliers mu, Flows fl) {
        double[] davax = times(mu.vlDom, fl.dae);
        c.put(GEXP, si, r, ex.toSectors(fl.e));
        c.put(DC, si, r, ex.toSectors(times(mu.vbDom, fl.e)));
        c.put(DVA, si, r, ex.toSectors(times(mu.vlDom, fl.e)));
        c.put(VAX, si, r, ex.toSectors(times(mu.vlDom, fl.vaxe)));
        if (c.has(DAVAX)) {
            c.put(DAVAX, si, r, ex.toSectors(davax));
        }
        c.put(REF, si, r, ex.toSectors(times(mu.vlDom, fl.refe)));
        c.put(DDC, si, r, ex.toSectors(times(mu.ddc, fl.e)));
        c.put(FC, si, r, ex.toSectors(times(mu.vbFor, fl.e)));
        return davax;
    }

    /**
     * A_F [x^{(S)} | Σ_{l∉S} x^{(l)} | x]: per exporter, the REF2 and VAX4 right-hand sides (each summed before the
     * product, so nothing cancels), and A_F x for FVA4. One GEMM with 2k + 1 columns.
     */
    private Mat termProducts() {
        int k = exporters.length;
        double[][] cols = new double[2 * k + 1][];
        for (int si = 0; si < k; si++) {
            cols[si] = exporters[si].outputFor();
            cols[k + si] = exporters[si].outputForOthers();
        }
        cols[2 * k] = m.output();
        return base.aForeignTimes(IcioBase.columns(cols));
    }

    /** BM's sub-terms (methods.md §3.1): VAX1–4, REF1–2 with VLdom_s, FVA1–4 with f_s. */
    private void putSourceTerms(Cube c, int si, Exporter ex, int r, Multipliers mu, Flows fl, Mat af) {
        int k = exporters.length;
        putTerms(c, si, r, ex, mu.vlDom, mu.f, new double[][] {fl.ysr, fl.ext,
            ex.viaLocal(r, ex.finalSalesOutside(r)), ex.viaLocal(r, base.block(af, k + si, r)),
            ex.viaLocal(r, ex.finalFrom(r)), ex.viaLocal(r, base.block(af, si, r)),
            ex.viaLocal(r, base.finalSalesExcept(r, r)), ex.viaLocal(r, base.block(af, 2 * k, r))});
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
        Cube c = cube(names);
        int k = exporters.length;
        double[][] cols = new double[(terms ? 3 : 2) * k][];
        Mat thirdCountryOutput = terms ? thirdCountryFinalDemandOutput() : null;
        for (int si = 0; si < k; si++) {
            Exporter ex = exporters[si];
            cols[si] = sinkOutput(ex);
            cols[k + si] = withoutExports(ex, ex.outputFor());
            if (terms) {
                cols[2 * k + si] = withoutExports(ex, base.column(thirdCountryOutput, si));
            }
        }
        Mat af = base.aForeignTimes(IcioBase.columns(cols));
        Mat[] absorbed = importerAbsorbedInputs();
        for (int si = 0; si < k; si++) {
            Exporter ex = exporters[si];
            double[] vbd = ex.vbDom();
            double[] vbf = ex.vbFor();
            for (int r : importers) {
                if (ex.covers(r)) {
                    continue;
                }
                double[] e = ex.exports(r);
                double[] ysr = ex.finalTo(r);
                double[] phi = plus(ysr, ex.viaLocal(r, plus(m.yTotal(r), base.block(af, si, r))));
                double[] refb = ex.viaLocal(r, plus(ex.finalFrom(r), base.block(af, k + si, r)));
                double[] dc = times(vbd, e);
                double[] fc = times(vbf, e);
                double[] dva = times(vbd, phi);
                double[] fva = times(vbf, phi);
                double[] ref = times(vbd, refb);
                c.put(GEXP, si, r, ex.toSectors(e));
                c.put(DC, si, r, ex.toSectors(dc));
                c.put(DVA, si, r, ex.toSectors(dva));
                c.put(VAX, si, r, ex.toSectors(minus(dva, ref)));
                double[] vaxim = plus(ysr, ex.viaLocal(r, plus(m.yBlock(r, r), base.block(absorbed[r], si, 0))));
                c.put(VAXIM, si, r, ex.toSectors(times(vbd, vaxim)));
                c.put(REF, si, r, ex.toSectors(ref));
                c.put(DDC, si, r, ex.toSectors(minus(dc, dva)));
                c.put(FC, si, r, ex.toSectors(fc));
                c.put(FVA, si, r, ex.toSectors(fva));
                c.put(FDC, si, r, ex.toSectors(minus(fc, fva)));
                if (terms) {
                    double[] third = base.block(af, 2 * k + si, r);
                    double[] own = base.block(af, k + si, r);
                    putTerms(c, si, r, ex, vbd, vbf, new double[][] {ysr, ex.viaLocal(r, m.yBlock(r, r)),
                        ex.viaLocal(r, ex.finalSalesOutside(r)), ex.viaLocal(r, third),
                        ex.viaLocal(r, ex.finalFrom(r)), ex.viaLocal(r, own),
                        ex.viaLocal(r, base.finalSalesExcept(r, r)), ex.viaLocal(r, plus(third, own))});
                }
            }
        }
        return c;
    }

    /**
     * B d_S for every exporter S, d_S = Σ_{l∉S} y_{·l} with S's own rows left out (Y^{\S} without its columns S):
     * the output for final demand outside S that S's final goods do not serve. One GEMM with k columns.
     */
    private Mat thirdCountryFinalDemandOutput() {
        double[][] cols = new double[exporters.length][];
        for (int si = 0; si < exporters.length; si++) {
            cols[si] = exporters[si].thirdCountryFinalDemand();
        }
        return org.gvc4j.linalg.Dense.times(m.leontief(), IcioBase.columns(cols));
    }

    /**
     * The eight brackets of the sub-terms, in order: y_sr, A_sr L_rr y_rr, A_sr L_rr Σ_{j≠s,r} y_rj, the VAX4 bracket,
     * A_sr L_rr y_rs, the REF2 bracket, A_sr L_rr Σ_{j≠r} y_rj and the FVA4 bracket; dom multiplies VAX and REF terms,
     * fgn the FVA terms.
     */
    private static void putTerms(Cube c, int si, int r, Exporter ex, double[] dom, double[] fgn, double[][] q) {
        c.put(VAX1, si, r, ex.toSectors(times(dom, q[0])));
        c.put(VAX2, si, r, ex.toSectors(times(dom, q[1])));
        c.put(VAX3, si, r, ex.toSectors(times(dom, q[2])));
        c.put(VAX4, si, r, ex.toSectors(times(dom, q[3])));
        c.put(REF1, si, r, ex.toSectors(times(dom, q[4])));
        c.put(REF2, si, r, ex.toSectors(times(dom, q[5])));
        c.put(FVA1, si, r, ex.toSectors(times(fgn, q[0])));
        c.put(FVA2, si, r, ex.toSectors(times(fgn, q[1])));
        c.put(FVA3, si, r, ex.toSectors(times(fgn, q[6])));
        c.put(FVA4, si, r, ex.toSectors(times(fgn, q[7])));
    }

    /** Names of the flow vectors of {@link #flows}. */
    static final String E = "e";
    static final String PHI = "phi";
    static final String DAE = "dae";
    static final String RETURNED = "returned";

    /**
     * The flows the multipliers apply to, per pair: e (always); Φ (sink); DAE and A_sr L_rr Σ_{j≠r} DAE_rj (world
     * sink). For breakdowns by origin: every measure is a multiplier (1×N) times one of these, sector by sector.
     * Countries only.
     */
    Cube flows(Perspective p, Approach a) {
        requireCountries("the breakdown by origin");
        boolean sink = a == Approach.SINK;
        List<String> names = p == Perspective.WORLD && sink ? List.of(E, DAE, RETURNED) : sink ? List.of(E, PHI) : List.of(E);
        Cube c = cube(names);
        Mat af = sink && p == Perspective.EXPORTER ? base.aForeignTimes(IcioBase.columns(sinkOutputs())) : null;
        double[][] lg = sink && p == Perspective.WORLD ? reExportedAbsorbed() : null;
        for (int si = 0; si < exporters.length; si++) {
            Exporter ex = exporters[si];
            double[] xs = ex.outputFor();
            for (int r : importers) {
                if (ex.covers(r)) {
                    continue;
                }
                c.put(E, si, r, ex.exports(r));
                if (af != null) {
                    c.put(PHI, si, r, plus(ex.finalTo(r), ex.viaLocal(r, plus(m.yTotal(r), base.block(af, si, r)))));
                }
                if (lg != null) {
                    c.put(DAE, si, r, flows(ex, xs, r).dae);
                    c.put(RETURNED, si, r, ex.aTimes(r, lg[r]));
                }
            }
        }
        return c;
    }

    private void requireCountries(String what) {
        for (Exporter ex : exporters) {
            if (!ex.isCountry()) {
                throw new IllegalArgumentException(what + " is computed for single countries; " + ex.name
                        + " is a group (groups: exporter perspective, source or sink)");
            }
        }
    }

    private double[][] sinkOutputs() {
        double[][] cols = new double[exporters.length][];
        for (int si = 0; si < exporters.length; si++) {
            cols[si] = sinkOutput(exporters[si]);
        }
        return cols;
    }

    /** x̃ = x − B_{·S}(I + M_S)⁻¹ e_S* (icio's form, with the given x). */
    private double[] sinkOutput(Exporter ex) {
        return minus(m.output(), ex.bColumnTimes(ex.solveIPlusM(ex.exportsTotal())));
    }

    /** B\S q from Bq by the Woodbury vector form: Bq − B_{·S}(I + M_S)⁻¹ Σ_{j∉S} A_Sj (Bq)_j. */
    private double[] withoutExports(Exporter ex, double[] bq) {
        return minus(bq, ex.bColumnTimes(ex.solveIPlusM(ex.aExportRowTimes(bq))));
    }

    /**
     * W = B\\S D with column r of D = y_{·r} without S's final goods (n×G): BD = BY − B_{·S} Y_S, then the Woodbury
     * form on all columns at once (two GEMMs and N×N solves per exporter).
     */
    private Mat importerAbsorbedOutput(Exporter ex) {
        Mat bd = base.by().copy();
        Mat own = ex.ownFinalOutput();
        for (int i = 0; i < bd.data.length; i++) {
            bd.data[i] -= own.data[i];
        }
        return ex.withoutExports(bd);
    }

    /**
     * For every importer r, the N×k matrix Σ_{j≠r} A_rj W^{(S)}_{j,r} over the exporters S (column si), with
     * W^{(S)} from {@link #importerAbsorbedOutput}: the bracket of VAXIM, y_Sr + A_Sr L_rr (y_rr + this). One GEMM
     * per importer on the rows of A_F.
     */
    private Mat[] importerAbsorbedInputs() {
        int k = exporters.length;
        int n = base.n;
        Mat[] w = new Mat[k];
        for (int si = 0; si < k; si++) {
            w[si] = importerAbsorbedOutput(exporters[si]);
        }
        Mat[] out = new Mat[base.g];
        for (int r : importers) {
            Mat q = new Mat(n, k);
            for (int si = 0; si < k; si++) {
                System.arraycopy(w[si].data, r * n, q.data, si * n, n);
            }
            out[r] = new Mat(base.nSec, k);
            org.gvc4j.linalg.Dense.gemmBlock(1.0, base.aForeign(), r * base.nSec, 0, base.nSec, n, q, 0, 0, k, out[r]);
        }
        return out;
    }

    /** World perspective: domestic side and FC of the source approach, FVA at any border. Countries only. */
    Cube world(Approach approach) {
        requireCountries("the world perspective");
        Cube c = cube(BASIC);
        double[][] lg = approach == Approach.SINK ? reExportedAbsorbed() : null;
        Mat b = m.leontief();
        for (int si = 0; si < exporters.length; si++) {
            Exporter ex = exporters[si];
            int s = ex.members[0];
            Multipliers mu = new Multipliers(ex);
            double[] oneBorder = Vec.leftTimes(m.foreignVlTimesImports(s), m.localInverse(s));
            double[] xs = ex.outputFor();
            for (int r : importers) {
                if (r == s) {
                    continue;
                }
                Flows fl = flows(ex, xs, r);
                putDomestic(c, si, r, ex, mu, fl);
                double[] fva;
                if (approach == Approach.SOURCE) {
                    fva = times(oneBorder, fl.e);
                } else {
                    double[] vrBrs = Vec.leftBlockTimes(m.vaCoefficients(r), b, r * base.nSec, s * base.nSec,
                            base.nSec);
                    fva = plus(times(mu.vbFor, fl.dae), times(vrBrs, m.aTimes(s, r, lg[r])));
                }
                c.put(FVA, si, r, fva);
                c.put(FDC, si, r, minus(times(mu.vbFor, fl.e), fva));
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
