package org.gvc4j.method.icio;

import static org.gvc4j.method.icio.IcioColumns.DC;
import static org.gvc4j.method.icio.IcioColumns.DDC;
import static org.gvc4j.method.icio.IcioColumns.DVA;
import static org.gvc4j.method.Keys.EXPORTER;
import static org.gvc4j.method.icio.IcioColumns.FC;
import static org.gvc4j.method.icio.IcioColumns.FDC;
import static org.gvc4j.method.icio.IcioColumns.FVA;
import static org.gvc4j.method.Keys.IMPORTER;
import static org.gvc4j.method.Keys.ORIGIN;
import static org.gvc4j.method.Keys.SECTOR;

import java.util.ArrayList;
import java.util.List;
import org.gvc4j.linalg.Mat;
import org.gvc4j.linalg.SmallLu;
import org.gvc4j.linalg.Vec;
import org.gvc4j.method.Frame;
import org.gvc4j.model.Labels;
import org.gvc4j.model.LeontiefModel;

/**
 * Value added in exports by country of origin (who produced it; icio's {@code origin()}), for the exporter and world
 * perspectives: the domestic items (DC, DVA, DDC) all come from the exporter; the foreign ones are split by t ≠ s by
 * restricting v to block t in every multiplier:
 * <ul>
 *   <li>FC_t = (v_t B_ts)#e;</li>
 *   <li>exporter/source: FVA_t = ((v_t B_ts)(I + M_s)⁻¹)#e, FDC_t = ((v_t B_ts)(I + M_s)⁻¹ M_s)#e;</li>
 *   <li>exporter/sink: FVA_t = (v_t B_ts)#Φ_sr;</li>
 *   <li>world/source: FVA_t = (v_t L_tt A_ts L_ss)#e;</li>
 *   <li>world/sink: FVA_t = (v_t B_ts)#DAE_sr, plus (v_r B_rs)#A_sr L_rr Σ_{j≠r} DAE_rj for t = r;</li>
 *   <li>FDC_t = FC_t − FVA_t except in the source approach.</li>
 * </ul>
 * Σ_t of each column is the column of the perspective's own result.
 */
final class OriginAccounts {
    static final List<String> FIELDS = List.of(DC, DVA, DDC, FC, FVA, FDC);
    private final IcioBase base;
    private final LeontiefModel m;
    private final Labels labels;

    OriginAccounts(IcioBase base) {
        this.base = base;
        this.m = base.m;
        this.labels = m.labels();
    }

    /**
     * @param own   the perspective's own cube (DC, DVA, DDC of the exporter)
     * @param flows {@link ExportAccounts#flows} for the same perspective and approach
     */
    Frame byOrigin(Combination c, int[] exporters, int[] importers, Cube own, Cube flows) {
        List<String> keys = new ArrayList<>(List.of(EXPORTER));
        if (c.level().bySector()) {
            keys.add(SECTOR);
        }
        if (c.level().byImporter()) {
            keys.add(IMPORTER);
        }
        keys.add(ORIGIN);
        Frame out = new Frame(keys, FIELDS);
        int nSec = base.nSec;
        for (int si = 0; si < exporters.length; si++) {
            int s = exporters[si];
            Multipliers mu = new Multipliers(s, c);
            int[] rs = c.level().byImporter() ? withoutSelf(importers, s) : new int[] {-1};
            for (int r : rs) {
                double[][] parts = contributions(c, si, s, r, mu, own, flows);
                int[] ks = c.level().bySector() ? range(nSec) : new int[] {-1};
                for (int k : ks) {
                    for (int t = 0; t < base.g; t++) {
                        List<String> row = new ArrayList<>(List.of(labels.country(s)));
                        if (k >= 0) {
                            row.add(labels.sector(k));
                        }
                        if (r >= 0) {
                            row.add(labels.country(r));
                        }
                        row.add(labels.country(t));
                        double[] v = new double[FIELDS.size()];
                        for (int f = 0; f < v.length; f++) {
                            v[f] = k >= 0 ? parts[t * FIELDS.size() + f][k] : Vec.sum(parts[t * FIELDS.size() + f]);
                        }
                        out.add(row.toArray(new String[0]), v);
                    }
                }
            }
        }
        return out;
    }

    /** For each origin t and field, the N-vector over exporting sectors (summed over importers if r = −1). */
    private double[][] contributions(Combination c, int si, int s, int r, Multipliers mu, Cube own, Cube flows) {
        int nf = FIELDS.size();
        double[][] out = new double[base.g * nf][];
        double[] e = flows.vector(ExportAccounts.E, si, r);
        for (int t = 0; t < base.g; t++) {
            for (int f = 0; f < nf; f++) {
                out[t * nf + f] = new double[base.nSec];
            }
            if (t == s) {
                out[t * nf] = own.vector(DC, si, r);
                out[t * nf + 1] = own.vector(DVA, si, r);
                out[t * nf + 2] = own.vector(DDC, si, r);
                continue;
            }
            double[] fc = Vec.times(mu.vb[t], e);
            double[] fva = foreignValueAdded(c, si, s, r, t, mu, flows, e);
            out[t * nf + 3] = fc;
            out[t * nf + 4] = fva;
            out[t * nf + 5] = c.perspective() == Perspective.EXPORTER && c.approach() == Approach.SOURCE
                    ? Vec.times(Vec.leftTimes(mu.fva[t], m.reExportLoop(s)), e) : Vec.minus(fc, fva);
        }
        return out;
    }

    private double[] foreignValueAdded(Combination c, int si, int s, int r, int t, Multipliers mu, Cube flows,
                                       double[] e) {
        if (c.perspective() == Perspective.EXPORTER) {
            return c.approach() == Approach.SOURCE ? Vec.times(mu.fva[t], e)
                    : Vec.times(mu.vb[t], flows.vector(ExportAccounts.PHI, si, r));
        }
        if (c.approach() == Approach.SOURCE) {
            return Vec.times(mu.fva[t], e);
        }
        double[] fva = Vec.times(mu.vb[t], flows.vector(ExportAccounts.DAE, si, r));
        boolean tIsImporter = (r < 0 || r == t) && flows.includes(t);
        if (tIsImporter) {
            Vec.addTo(fva, Vec.times(mu.vb[t], flows.vector(ExportAccounts.RETURNED, si, t)));
        }
        return fva;
    }

    /** Per origin t: v_t B_ts, and the FVA multiplier of the perspective (source approaches). */
    private final class Multipliers {
        final double[][] vb = new double[base.g][];
        final double[][] fva = new double[base.g][];

        Multipliers(int s, Combination c) {
            int nSec = base.nSec;
            Mat b = m.leontief();
            Mat a = m.coefficients();
            SmallLu lu = null;
            if (c.perspective() == Perspective.EXPORTER) {
                try {
                    lu = new SmallLu(plusIdentity(m.reExportLoop(s)));
                } catch (org.gvc4j.linalg.SingularMatrixException ex) {
                    throw m.singular("I + M_s of " + labels.country(s), s * nSec, ex);
                }
            }
            for (int t = 0; t < base.g; t++) {
                if (t == s) {
                    continue;
                }
                vb[t] = Vec.leftBlockTimes(m.vaCoefficients(t), b, t * nSec, s * nSec, nSec);
                if (lu != null) {
                    fva[t] = lu.solveLeft(vb[t]);
                } else {
                    double[] oneBorder = Vec.leftBlockTimes(m.vlDom(t), a, t * nSec, s * nSec, nSec);
                    fva[t] = Vec.leftTimes(oneBorder, m.localInverse(s));
                }
            }
        }
    }

    private static Mat plusIdentity(Mat loop) {
        Mat out = loop.copy();
        for (int i = 0; i < out.rows; i++) {
            out.data[i + i * out.rows] += 1.0;
        }
        return out;
    }

    private static int[] withoutSelf(int[] importers, int s) {
        return java.util.Arrays.stream(importers).filter(r -> r != s).toArray();
    }

    private static int[] range(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }
}
