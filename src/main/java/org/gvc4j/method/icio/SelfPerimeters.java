package org.gvc4j.method.icio;

import static org.gvc4j.method.icio.IcioColumns.BASIC;
import static org.gvc4j.method.Keys.EXPORTER;
import static org.gvc4j.method.Keys.IMPORTER;
import static org.gvc4j.method.Keys.SECTOR;

import java.util.List;
import org.gvc4j.linalg.Mat;
import org.gvc4j.linalg.SmallLu;
import org.gvc4j.linalg.Vec;
import org.gvc4j.method.Frame;
import org.gvc4j.model.Labels;
import org.gvc4j.model.LeontiefModel;

/**
 * The flow's own perimeter (methods.md §3.3), not additive across flows (sector groups generalise sectexp and
 * sectbil to the exports of several sectors: a rank-|K| update with (I + Λ_KK)⁻¹ in place of 1/(1 + α)):
 * <ul>
 *   <li>sectexp (one sector's total exports) and sectbil (one sector's exports to one importer) are rank-1 updates of
 *       B: with α = (M_s)_nn, or α = (A_sr B_rs)_nn summed directly, DVA★ = DC/(1 + α), DDC★ = DC·α/(1 + α) and the
 *       same for FVA★, FDC★ from FC; VAX★ = (DVA★/e)·VAXE with the flow's own e and VAXE (0 where e = 0);</li>
 *   <li>the country-bilateral perimeter (icio {@code bilateral}): with P_sr = A_sr B_rs and W_sr = (I + P_sr)⁻¹,
 *       DVA★ = VBdom_s W_sr e_sr, DDC★ = VBdom_s W_sr P_sr e_sr (no cancellation), FVA★ and FDC★ with VBfor_s,
 *       VAX★ = VBdom_s W_sr VAXE_sr (icio's natural analogue; not Stata-validated, methods.md §4.16).</li>
 * </ul>
 * REF★ = DVA★ − VAX★ everywhere; GEXP, DC and FC are those of the exporter perspective.
 */
final class SelfPerimeters {
    private final IcioBase base;
    private final LeontiefModel m;
    private final Labels labels;

    SelfPerimeters(IcioBase base) {
        this.base = base;
        this.m = base.m;
        this.labels = m.labels();
    }

    /** VAXE_sr = y_sr + A_sr (x_r − x_r^{(s)}). */
    private double[] vaxe(int s, int r) {
        double[] xs = base.block(base.by(), s, r);
        return Vec.plus(m.yBlock(s, r), m.aTimes(s, r, Vec.minus(base.output(r), xs)));
    }

    /** icio sectexp: one row per exporter and sector group (a single sector: icio's own sectexp). */
    Frame sectexp(int[] exporters, SectorGroups groups, Frame.Rows rows) {
        Frame out = new Frame(List.of(EXPORTER, SECTOR), BASIC, rows);
        for (int s : exporters) {
            double[] e = m.exports(s);
            double[] vaxe = new double[base.nSec];
            for (int r = 0; r < base.g; r++) {
                if (r != s) {
                    Vec.addTo(vaxe, vaxe(s, r));
                }
            }
            Mat loop = m.reExportLoop(s);
            double[] vbd = m.vbDom(s);
            double[] vbf = m.vbFor(s);
            for (int gi = 0; gi < groups.size(); gi++) {
                int[] k = groups.members()[gi];
                Mat lk = sub(loop, k);
                out.add(new String[] {labels.country(s), groups.names().get(gi)},
                        guarded("I + M_s of " + labels.country(s), s, k, () -> perimeter(k, e, vaxe, vbd, vbf, lk)));
            }
        }
        return out;
    }

    /** icio sectbil: one row per exporter, sector group and importer. */
    Frame sectbil(int[] exporters, int[] importers, SectorGroups groups, Frame.Rows rows) {
        Frame out = new Frame(List.of(EXPORTER, SECTOR, IMPORTER), BASIC, rows);
        for (int s : exporters) {
            double[] vbd = m.vbDom(s);
            double[] vbf = m.vbFor(s);
            double[][] e = new double[base.g][];
            double[][] vx = new double[base.g][];
            for (int r : importers) {
                if (r != s) {
                    e[r] = m.exports(s, r);
                    vx[r] = vaxe(s, r);
                }
            }
            for (int gi = 0; gi < groups.size(); gi++) {
                int[] k = groups.members()[gi];
                for (int r : importers) {
                    if (r != s) {
                        Mat lk = bilateralLoop(s, r, k);
                        double[] er = e[r];
                        double[] vxr = vx[r];
                        out.add(new String[] {labels.country(s), groups.names().get(gi), labels.country(r)},
                                guarded("I + A_sr B_rs of " + labels.country(s) + " and " + labels.country(r), s, k,
                                        () -> perimeter(k, er, vxr, vbd, vbf, lk)));
                    }
                }
            }
        }
        return out;
    }

    /** (A_sr B_rs)[K, K], summed directly: Σ_i a_{(s,K_p),(r,i)} b_{(r,i),(s,K_q)}. */
    private Mat bilateralLoop(int s, int r, int[] k) {
        Mat a = m.coefficients();
        Mat b = m.leontief();
        int n = base.n;
        int nSec = base.nSec;
        Mat out = new Mat(k.length, k.length);
        for (int q = 0; q < k.length; q++) {
            int col = s * nSec + k[q];
            for (int p = 0; p < k.length; p++) {
                int row = s * nSec + k[p];
                double sum = 0;
                for (int i = r * nSec; i < (r + 1) * nSec; i++) {
                    sum += a.data[row + i * n] * b.data[i + col * n];
                }
                out.data[p + q * k.length] = sum;
            }
        }
        return out;
    }

    private static Mat sub(Mat loop, int[] k) {
        Mat out = new Mat(k.length, k.length);
        for (int q = 0; q < k.length; q++) {
            for (int p = 0; p < k.length; p++) {
                out.data[p + q * k.length] = loop.data[k[p] + k[q] * loop.rows];
            }
        }
        return out;
    }

    /**
     * The perimeter of the flows e_K of the sectors K with loop Λ (M_s or A_sr B_rs restricted to K): a single sector is
     * icio's rank-1 form; a group is the rank-|K| form μ = VBdom_K (I + Λ)⁻¹, DVA★ = μ e_K, DDC★ = μ Λ e_K,
     * VAX★ = μ VAXE_K (and the same with VBfor_K for FVA★, FDC★).
     */
    private static double[] perimeter(int[] k, double[] e, double[] vaxe, double[] vbd, double[] vbf, Mat loop) {
        if (k.length == 1) {
            int i = k[0];
            return rankOne(e[i], vaxe[i], vbd[i], vbf[i], loop.data[0]);
        }
        return rankK(pick(e, k), pick(vaxe, k), pick(vbd, k), pick(vbf, k), loop);
    }

    /** μ = VBdom (I + Λ)⁻¹: GEXP, DC, DVA★ = μ e, VAX★ = μ VAXE, REF★, DDC★ = μ Λ e, FC, FVA★, FDC★. */
    private static double[] rankK(double[] ek, double[] vaxe, double[] dom, double[] fgn, Mat loop) {
        Mat iPlus = loop.copy();
        for (int i = 0; i < ek.length; i++) {
            iPlus.data[i + i * ek.length] += 1.0;
        }
        SmallLu lu = new SmallLu(iPlus);
        double[] md = lu.solveLeft(dom);
        double[] mf = lu.solveLeft(fgn);
        double dva = Vec.dot(md, ek);
        double vax = Vec.dot(md, vaxe);
        return new double[] {Vec.sum(ek), Vec.dot(dom, ek), dva, vax, dva - vax, Vec.dot(Vec.leftTimes(md, loop), ek),
            Vec.dot(fgn, ek), Vec.dot(mf, ek), Vec.dot(Vec.leftTimes(mf, loop), ek)};
    }

    private static double[] pick(double[] v, int[] k) {
        double[] out = new double[k.length];
        for (int i = 0; i < k.length; i++) {
            out[i] = v[k[i]];
        }
        return out;
    }

    /** GEXP, DC, DVA★, VAX★, REF★, DDC★, FC, FVA★, FDC★ of one sector flow e with loop α. */
    private static double[] rankOne(double e, double vaxe, double vbd, double vbf, double alpha) {
        double dc = vbd * e;
        double fc = vbf * e;
        double dva = dc / (1 + alpha);
        double vax = e == 0 ? 0 : dva / e * vaxe;
        return new double[] {e, dc, dva, vax, dva - vax, dc * alpha / (1 + alpha), fc, fc / (1 + alpha),
            fc * alpha / (1 + alpha)};
    }

    /** Runs a perimeter; a singular I + Λ over exporter s's sectors k (all when null) is named by industry. */
    private double[] guarded(String matrix, int s, int[] k, java.util.function.Supplier<double[]> f) {
        try {
            return f.get();
        } catch (org.gvc4j.linalg.SingularMatrixException e) {
            int[] idx = new int[k == null ? base.nSec : k.length];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = s * base.nSec + (k == null ? i : k[i]);
            }
            throw m.singular(matrix, idx, e);
        }
    }

    /** icio bilateral perimeter: one row per exporter and importer (B\sr through W_sr = (I + A_sr B_rs)⁻¹). */
    Frame pair(int[] exporters, int[] importers, Frame.Rows rows) {
        Frame out = new Frame(List.of(EXPORTER, IMPORTER), BASIC, rows);
        for (int s : exporters) {
            double[] vbd = m.vbDom(s);
            double[] vbf = m.vbFor(s);
            for (int r : importers) {
                if (r == s) {
                    continue;
                }
                double[] es = m.exports(s, r);
                double[] vx = vaxe(s, r);
                Mat loop = m.bilateralLoop(s, r);
                double[] row = guarded("I + A_sr B_rs of " + labels.country(s) + " and " + labels.country(r), s, null,
                        () -> rankK(es, vx, vbd, vbf, loop));
                out.add(new String[] {labels.country(s), labels.country(r)}, row);
            }
        }
        return out;
    }
}
