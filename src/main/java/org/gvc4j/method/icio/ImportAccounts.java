package org.gvc4j.method.icio;

import static org.gvc4j.method.Keys.IMPORTER;
import static org.gvc4j.method.icio.IcioColumns.IMPORTS;
import static org.gvc4j.method.icio.IcioColumns.IMPORTS_BY_ORIGIN;
import static org.gvc4j.method.Keys.ORIGIN;

import java.util.List;
import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.linalg.SmallLu;
import org.gvc4j.linalg.Vec;
import org.gvc4j.method.Frame;
import org.gvc4j.model.Labels;
import org.gvc4j.model.LeontiefModel;

/**
 * Importer perspective (methods.md §3.5): the perimeter is r's border, so r's imported inputs are cut, Ã^r zeroes
 * A_tr for t ≠ r. With d^r = ESR[:, r] (r's gross imports by origin industry) and h^r = Σ_{t≠r} A_tr (B d^r)_r:
 * VA_r = v B̃^r d^r, DC_r = v B̃^r h^r, GIMP_r = VA_r + DC_r; by origin j, v is restricted to block j.
 *
 * <p>B̃^r = B − C_r K_r⁻¹ B_{r·} with C_r = B_{·r}(I − A_rr) − E_r and K_r = B_rr(I − A_rr) (column-block Woodbury,
 * §1 (5)): applied to a vector from its product with B, an N×N solve and an n×N product. B d^r and B h^r for all
 * importers are two GEMMs with G columns.
 */
final class ImportAccounts {
    private final IcioBase base;
    private final LeontiefModel m;
    private final Labels labels;

    ImportAccounts(IcioBase base) {
        this.base = base;
        this.m = base.m;
        this.labels = m.labels();
    }

    /** One row per importer: GIMP, VA, DC. */
    Frame byImporter(int[] importers) {
        return byImporter(importers, null);
    }

    /** The same, the rows handed to {@code rows} when it is not null (a streamed frame). */
    Frame byImporter(int[] importers, Frame.Rows rows) {
        Frame out = new Frame(List.of(IMPORTER), IMPORTS, rows);
        double[][][] parts = contents(importers);
        for (int ri = 0; ri < importers.length; ri++) {
            double va = Vec.sum(parts[ri][0]);
            double dc = Vec.sum(parts[ri][1]);
            out.add(new String[] {labels.country(importers[ri])}, new double[] {va + dc, va, dc});
        }
        return out;
    }

    /** One row per importer and country of origin of the value added (the importer itself included): VA, DC. */
    Frame byOrigin(int[] importers) {
        return byOrigin(importers, null);
    }

    /** The same, the rows handed to {@code rows} when it is not null (a streamed frame). */
    Frame byOrigin(int[] importers, Frame.Rows rows) {
        Frame out = new Frame(List.of(IMPORTER, ORIGIN), IMPORTS_BY_ORIGIN, rows);
        double[][][] parts = contents(importers);
        for (int ri = 0; ri < importers.length; ri++) {
            for (int j = 0; j < base.g; j++) {
                out.add(new String[] {labels.country(importers[ri]), labels.country(j)},
                        new double[] {parts[ri][0][j], parts[ri][1][j]});
            }
        }
        return out;
    }

    /** Per importer: VA and DC by origin country (two G-vectors). */
    private double[][][] contents(int[] importers) {
        int n = base.n;
        int nSec = base.nSec;
        Mat b = m.leontief();
        Mat a = m.coefficients();
        Mat d = new Mat(n, importers.length);
        for (int ri = 0; ri < importers.length; ri++) {
            System.arraycopy(m.bilateralExports().data, importers[ri] * n, d.data, ri * n, n);
        }
        Mat bd = Dense.times(b, d);
        Mat h = new Mat(n, importers.length);
        for (int ri = 0; ri < importers.length; ri++) {
            int r = importers[ri];
            double[] bdr = base.block(bd, ri, r);
            double[] col = Vec.blockTimes(a, 0, r * nSec, n, bdr);
            java.util.Arrays.fill(col, r * nSec, (r + 1) * nSec, 0.0);
            System.arraycopy(col, 0, h.data, ri * n, n);
        }
        Mat bh = Dense.times(b, h);
        double[] v = m.vaCoefficients();
        double[][][] out = new double[importers.length][][];
        for (int ri = 0; ri < importers.length; ri++) {
            int r = importers[ri];
            SmallLu k;
            try {
                k = new SmallLu(importBlock(r));
            } catch (org.gvc4j.linalg.SingularMatrixException ex) {
                throw m.singular("B_rr (I - A_rr) of " + m.labels().country(r), r * base.nSec, ex);
            }
            out[ri] = new double[][] {byOrigin(v, cutImports(r, k, base.column(bd, ri))),
                byOrigin(v, cutImports(r, k, base.column(bh, ri)))};
        }
        return out;
    }

    /** K_r = B_rr (I − A_rr). */
    private Mat importBlock(int r) {
        int o = r * base.nSec;
        Mat bra = Vec.blockProduct(m.leontief(), o, o, m.coefficients(), o, o, base.nSec);
        Mat k = m.leontief().block(o, o, base.nSec, base.nSec);
        for (int i = 0; i < k.data.length; i++) {
            k.data[i] -= bra.data[i];
        }
        return k;
    }

    /** B̃^r q from Bq: Bq − C_r z with z = K_r⁻¹ (Bq)_r and C_r z = B_{·r}(z − A_rr z) − E_r z. */
    private double[] cutImports(int r, SmallLu k, double[] bq) {
        double[] z = k.solve(base.block(bq, r));
        double[] t = Vec.minus(z, m.aTimes(r, r, z));
        double[] out = Vec.minus(bq, m.bColumnBlockTimes(r, t));
        for (int i = 0; i < base.nSec; i++) {
            out[r * base.nSec + i] += z[i];
        }
        return out;
    }

    /** Σ_{i in block j} v_i q_i for every country j. */
    private double[] byOrigin(double[] v, double[] q) {
        double[] out = new double[base.g];
        for (int j = 0; j < base.g; j++) {
            double s = 0;
            for (int i = j * base.nSec; i < (j + 1) * base.nSec; i++) {
                s += v[i] * q[i];
            }
            out[j] = s;
        }
        return out;
    }
}
