package org.gvc4j.method.wwyz;

import static org.gvc4j.method.wwyz.WwyzColumns.COUNTRY;
import static org.gvc4j.method.wwyz.WwyzColumns.LENGTH;
import static org.gvc4j.method.wwyz.WwyzColumns.PARTICIPATION;
import static org.gvc4j.method.wwyz.WwyzColumns.SECTOR;

import java.util.List;
import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.linalg.Vec;
import org.gvc4j.method.Frame;
import org.gvc4j.model.LeontiefModel;

/**
 * WWYZ (2017) production-based GVC participation and production lengths (methods.md §3.13 and its section "Oracle
 * conventions for the classic methods"). With y = Y u′, y^D its domestically absorbed part (y_ss), y^F = y − y^D,
 * L = blockdiag(L_ss) and A_F = A − blockdiag(A_ss), V̂ B Ŷ splits into
 * <pre>
 *   V_D = V̂ L Ŷ^D    V_RT = V̂ L Ŷ^F    V_GVC_S = V̂ L A_F L Ŷ^D    V_GVC_C = V̂ L A_F (B Ŷ − L Ŷ^D)
 * </pre>
 * Participation reads row sums (forward, by producing industry, over va) and column sums (backward, by final-goods
 * industry, over y). Only vectors are formed: V̂ X Ŷ u′ = v ∘ (X y) and u V̂ X Ŷ = (v X) ∘ y. The complex parts are
 * summed without subtraction: B y − L y^D = L y^F + L A_F B y and v L A_F (B − L) = v L A_F L A_F B.
 *
 * <p>Lengths: PLv = (B B y) ⊘ (B y), PLy = (v B B) ⊘ (v B), and for the GVC part (BB − LL = L L A_F B + L A_F B B)
 * PLv_GVC = [(L L A_F B + L A_F B B) y] ⊘ (L A_F B y), PLy_GVC = [v (L L A_F B + L A_F B B)] ⊘ (v L A_F B),
 * GVC_position = PLv_GVC / PLy_GVC. Countries: forward lengths weighted by v_i (row sums of V̂ X Ŷ), backward ones by
 * y_j; participation shares are ratios of country sums.
 *
 * <p>Cost after the model: participation 5 products of an n×n matrix with a vector (B y, A_F·, v L A_F, ·B) ≈ 10n²
 * flops plus block-diagonal L products (2nN each); lengths ≈ 16n². No n×n product.
 */
public final class Wwyz {
    private final LeontiefModel m;
    private final int g;
    private final int nSec;
    private final int n;

    public Wwyz(LeontiefModel model) {
        this.m = model;
        this.g = model.countries();
        this.nSec = model.sectors();
        this.n = model.size();
    }

    // ---- participation ----

    /** One row per country-sector: the forward parts by producing industry, the backward parts by final-goods industry. */
    public Frame participationBySector() {
        double[][] p = participationParts();
        Frame out = new Frame(List.of(COUNTRY, SECTOR), PARTICIPATION);
        for (int k = 0; k < n; k++) {
            double[] row = new double[10];
            for (int c = 0; c < 10; c++) {
                row[c] = p[c][k];
            }
            out.add(new String[] {m.labels().country(k / nSec), m.labels().sector(k % nSec)}, shares(row));
        }
        return out;
    }

    /** One row per country: sums over its sectors, shares as ratios of sums. */
    public Frame participationByCountry() {
        double[][] p = participationParts();
        Frame out = new Frame(List.of(COUNTRY), PARTICIPATION);
        for (int s = 0; s < g; s++) {
            double[] row = new double[10];
            for (int c = 0; c < 10; c++) {
                row[c] = sum(p[c], s);
            }
            out.add(new String[] {m.labels().country(s)}, shares(row));
        }
        return out;
    }

    /**
     * The ten n-vectors VA, VD, VRT, VGVC_S, VGVC_C (by producing industry) and FGY, YD, YRT, YGVC_S, YGVC_C (by
     * final-goods industry).
     */
    double[][] participationParts() {
        double[] v = m.vaCoefficients();
        double[] y = m.finalDemandRowSums();
        double[] yd = new double[n];
        double[] yf = new double[n];
        Mat yMat = m.finalDemand();
        for (int k = 0; k < n; k++) {
            int s = k / nSec;
            double sum = 0;
            for (int r = 0; r < g; r++) {
                if (r != s) {
                    sum += yMat.data[k + r * n];
                }
            }
            yd[k] = yMat.data[k + s * n];
            yf[k] = sum;
        }
        double[] by = Dense.times(m.leontief(), y);
        // forward: v ∘ (X y)
        double[] lyd = localTimes(yd);
        double[] lyf = localTimes(yf);
        double[] simple = localTimes(m.aForeignTimes(lyd));
        double[] beyond = Vec.plus(lyf, localTimes(m.aForeignTimes(by))); // B y − L y^D, without subtraction
        double[] complex = localTimes(m.aForeignTimes(beyond));
        // backward: (v X) ∘ y
        double[] vl = localLeftTimes(v);
        double[] vlaf = foreignLeftTimes(vl);
        double[] vlafl = localLeftTimes(vlaf);
        double[] vlafb = Dense.leftTimes(vlaf, m.leontief());
        double[] vlaflafb = Dense.leftTimes(foreignLeftTimes(vlafl), m.leontief()); // v L A_F (B − L)
        double[] va = new double[n];
        for (int s = 0; s < g; s++) {
            System.arraycopy(m.valueAdded(s), 0, va, s * nSec, nSec);
        }
        double[][] out = new double[10][n];
        for (int k = 0; k < n; k++) {
            out[0][k] = va[k];
            out[1][k] = v[k] * lyd[k];
            out[2][k] = v[k] * lyf[k];
            out[3][k] = v[k] * simple[k];
            out[4][k] = v[k] * complex[k];
            out[5][k] = y[k];
            out[6][k] = vl[k] * yd[k];
            out[7][k] = vl[k] * yf[k];
            out[8][k] = vlafl[k] * yd[k];
            out[9][k] = vlafb[k] * yf[k] + vlaflafb[k] * yd[k];
        }
        return out;
    }

    /** From VA, VD, VRT, VGVC_S, VGVC_C, FGY, YD, YRT, YGVC_S, YGVC_C to the 16 participation columns. */
    private static double[] shares(double[] t) {
        double va = t[0];
        double fgy = t[5];
        return new double[] {va, t[1], t[2], t[3], t[4], Frame.ratio(t[3] + t[4], va), Frame.ratio(t[3], va),
            Frame.ratio(t[4], va), fgy, t[6], t[7], t[8], t[9], Frame.ratio(t[8] + t[9], fgy), Frame.ratio(t[8], fgy),
            Frame.ratio(t[9], fgy)};
    }

    // ---- production lengths ----

    /** One row per country-sector: PLv, PLy, PLv_GVC, PLy_GVC, GVC_position. */
    public Frame lengthBySector() {
        double[][] l = lengthParts();
        Frame out = new Frame(List.of(COUNTRY, SECTOR), LENGTH);
        for (int k = 0; k < n; k++) {
            double plvGvc = Frame.ratio(l[4][k], l[5][k]);
            double plyGvc = Frame.ratio(l[6][k], l[7][k]);
            out.add(new String[] {m.labels().country(k / nSec), m.labels().sector(k % nSec)}, new double[] {
                Frame.ratio(l[0][k], l[1][k]), Frame.ratio(l[2][k], l[3][k]), plvGvc, plyGvc, position(plvGvc, plyGvc)});
        }
        return out;
    }

    /** One row per country: forward lengths weighted by value added (v_i), backward ones by final-goods output (y_j). */
    public Frame lengthByCountry() {
        double[][] l = lengthParts();
        double[] v = m.vaCoefficients();
        double[] y = m.finalDemandRowSums();
        Frame out = new Frame(List.of(COUNTRY), LENGTH);
        for (int s = 0; s < g; s++) {
            double[] w = new double[8];
            for (int k = s * nSec; k < (s + 1) * nSec; k++) {
                for (int c = 0; c < 8; c++) {
                    w[c] += (c < 2 || c == 4 || c == 5 ? v[k] : y[k]) * l[c][k];
                }
            }
            double plvGvc = Frame.ratio(w[4], w[5]);
            double plyGvc = Frame.ratio(w[6], w[7]);
            out.add(new String[] {m.labels().country(s)}, new double[] {Frame.ratio(w[0], w[1]),
                Frame.ratio(w[2], w[3]), plvGvc, plyGvc, position(plvGvc, plyGvc)});
        }
        return out;
    }

    /**
     * Numerators and denominators, n-vectors: B B y, B y, v B B, v B, then for the GVC part (L L A_F B + L A_F B B) y,
     * L A_F B y, v (L L A_F B + L A_F B B), v L A_F B.
     */
    double[][] lengthParts() {
        Mat b = m.leontief();
        double[] v = m.vaCoefficients();
        double[] by = Dense.times(b, m.finalDemandRowSums());
        double[] bby = Dense.times(b, by);
        double[] vb = Dense.leftTimes(v, b);
        double[] vbb = Dense.leftTimes(vb, b);
        double[] lafby = localTimes(m.aForeignTimes(by));
        double[] fwdGvc = Vec.plus(localTimes(lafby), localTimes(m.aForeignTimes(bby)));
        double[] vl = localLeftTimes(v);
        double[] vlafb = Dense.leftTimes(foreignLeftTimes(vl), b);
        double[] bwdGvc = Vec.plus(Dense.leftTimes(foreignLeftTimes(localLeftTimes(vl)), b), Dense.leftTimes(vlafb, b));
        return new double[][] {bby, by, vbb, vb, fwdGvc, lafby, bwdGvc, vlafb};
    }

    /** PLv_GVC / PLy_GVC, missing where either length is. */
    private static double position(double plvGvc, double plyGvc) {
        return Frame.isMissing(plvGvc) || Frame.isMissing(plyGvc) ? Frame.MISSING : Frame.ratio(plvGvc, plyGvc);
    }

    // ---- products with the block-diagonal L and with A_F from the left ----

    /** L · vec (n): L_ss vec_s per country (2nN flops). */
    double[] localTimes(double[] vec) {
        double[] out = new double[n];
        for (int s = 0; s < g; s++) {
            double[] block = new double[nSec];
            System.arraycopy(vec, s * nSec, block, 0, nSec);
            System.arraycopy(Vec.times(m.localInverse(s), block), 0, out, s * nSec, nSec);
        }
        return out;
    }

    /** vec · L (n): vec_s L_ss per country (2nN flops). */
    double[] localLeftTimes(double[] vec) {
        double[] out = new double[n];
        for (int s = 0; s < g; s++) {
            double[] block = new double[nSec];
            System.arraycopy(vec, s * nSec, block, 0, nSec);
            System.arraycopy(Vec.leftTimes(block, m.localInverse(s)), 0, out, s * nSec, nSec);
        }
        return out;
    }

    /** vec · A_F (n): for each column j of country r, Σ_{i ∉ r} vec_i A_ij, summed directly (2n² flops). */
    double[] foreignLeftTimes(double[] vec) {
        double[] a = m.coefficients().data;
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            int lo = (j / nSec) * nSec;
            int hi = lo + nSec;
            int off = j * n;
            double sum = 0;
            for (int i = 0; i < lo; i++) {
                sum += vec[i] * a[off + i];
            }
            for (int i = hi; i < n; i++) {
                sum += vec[i] * a[off + i];
            }
            out[j] = sum;
        }
        return out;
    }

    private double sum(double[] vec, int s) {
        double sum = 0;
        for (int k = s * nSec; k < (s + 1) * nSec; k++) {
            sum += vec[k];
        }
        return sum;
    }
}
