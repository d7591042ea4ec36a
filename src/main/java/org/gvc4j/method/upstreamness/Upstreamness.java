package org.gvc4j.method.upstreamness;

import static org.gvc4j.method.upstreamness.UpstreamnessColumns.COUNTRY;
import static org.gvc4j.method.upstreamness.UpstreamnessColumns.DOWNSTREAMNESS;
import static org.gvc4j.method.upstreamness.UpstreamnessColumns.SECTOR;
import static org.gvc4j.method.upstreamness.UpstreamnessColumns.UPSTREAMNESS;

import java.util.List;
import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.method.Frame;
import org.gvc4j.model.LeontiefModel;

/**
 * Antràs–Chor upstreamness and downstreamness (methods.md §3.16 and "Oracle conventions for the classic methods").
 *
 * <p>Upstreamness U = (I − Δ)⁻¹ u′ with the Ghosh (allocation) coefficients Δ = X̂⁻¹ Z, rows of Δ zero where x = 0.
 * No second inverse: A = Z X̂⁻¹ has zero columns where x = 0, so B restricted to the industries with output is
 * (I − A_PP)⁻¹ and (I − Δ_PP)⁻¹ = X̂_P⁻¹ B_PP X̂_P. Hence U_i = [B (x + c)]_i / x_i where x_i &gt; 0, with c = Z_{·Q} u′
 * the sales to zero-output industries Q (zero on every reference table), and U_i = 1 where x_i = 0. No inventory
 * (ACFH) correction. Countries: output-weighted, Σ x_i U_i / Σ x_i.
 *
 * <p>Downstreamness D = u B (column sums of B); D = 1 at zero-output industries. Countries: Σ x_j D_j / Σ x_j.
 *
 * <p>Cost after the model: one product of B with a vector (2n² flops) each, plus O(n·|Q|) for c.
 */
public final class Upstreamness {
    private final LeontiefModel m;
    private final int nSec;

    public Upstreamness(LeontiefModel model) {
        this.m = model;
        this.nSec = model.sectors();
    }

    /** U per industry (n). */
    public double[] upstreamness() {
        double[] x = m.output();
        int n = x.length;
        double[] rhs = x.clone();
        Mat z = m.table().z();
        for (int j = 0; j < n; j++) {
            if (x[j] == 0) {
                for (int i = 0; i < n; i++) {
                    if (x[i] != 0) {
                        rhs[i] += z.data[i + j * n];
                    }
                }
            }
        }
        double[] bx = Dense.times(m.leontief(), rhs);
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = x[i] == 0 ? 1.0 : bx[i] / x[i];
        }
        return u;
    }

    /** D per industry (n). */
    public double[] downstreamness() {
        double[] ones = new double[m.size()];
        java.util.Arrays.fill(ones, 1.0);
        return Dense.leftTimes(ones, m.leontief());
    }

    /** One row per country-sector: X, U. */
    public Frame upstreamnessBySector() {
        return bySector(UPSTREAMNESS, upstreamness());
    }

    /** One row per country: X, output-weighted U. */
    public Frame upstreamnessByCountry() {
        return byCountry(UPSTREAMNESS, upstreamness());
    }

    /** One row per country-sector: X, D. */
    public Frame downstreamnessBySector() {
        return bySector(DOWNSTREAMNESS, downstreamness());
    }

    /** One row per country: X, output-weighted D. */
    public Frame downstreamnessByCountry() {
        return byCountry(DOWNSTREAMNESS, downstreamness());
    }

    private Frame bySector(List<String> columns, double[] index) {
        double[] x = m.output();
        Frame out = new Frame(List.of(COUNTRY, SECTOR), columns);
        for (int k = 0; k < x.length; k++) {
            out.add(new String[] {m.labels().country(k / nSec), m.labels().sector(k % nSec)},
                    new double[] {x[k], index[k]});
        }
        return out;
    }

    private Frame byCountry(List<String> columns, double[] index) {
        double[] x = m.output();
        Frame out = new Frame(List.of(COUNTRY), columns);
        for (int s = 0; s < m.countries(); s++) {
            double xs = 0;
            double weighted = 0;
            for (int k = s * nSec; k < (s + 1) * nSec; k++) {
                xs += x[k];
                weighted += x[k] * index[k];
            }
            out.add(new String[] {m.labels().country(s)}, new double[] {xs, Frame.ratio(weighted, xs)});
        }
        return out;
    }
}
