package org.gvc4j.method.apl;

import static org.gvc4j.method.apl.AplColumns.COUNTRY;
import static org.gvc4j.method.apl.AplColumns.FROM_COUNTRY;
import static org.gvc4j.method.apl.AplColumns.FROM_SECTOR;
import static org.gvc4j.method.apl.AplColumns.PAIR_MEASURES;
import static org.gvc4j.method.apl.AplColumns.SECTOR;
import static org.gvc4j.method.apl.AplColumns.SECTOR_MEASURES;
import static org.gvc4j.method.apl.AplColumns.TO_COUNTRY;
import static org.gvc4j.method.apl.AplColumns.TO_SECTOR;

import java.util.List;
import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.method.Frame;
import org.gvc4j.model.LeontiefModel;

/**
 * Average propagation length (Dietzenbacher, Romero &amp; Bosma 2005; methods.md §3.16 and "Oracle conventions for the
 * classic methods"): APL_ij = [B (B − I)]_ij / (B − I)_ij where (B − I)_ij &gt; 0, missing elsewhere (unreachable pairs,
 * zero-output industries).
 *
 * <p>The aggregates are ratios of sums of numerator and denominator cells over all cells of the block (equal to the
 * sums over the cells with (B − I)_ij &gt; 0 when A ≥ 0, since the numerator is then 0 wherever the denominator is).
 * With B − I = A B = B A they need products with vectors only, and no subtraction of I:
 * <pre>
 *   forward_i  = (B A B u′)_i / (A B u′)_i          backward_j = (u B A B)_j / (u B A)_j
 *   pair (s,r) = Σ_{i∈s} (B A B U)_{i r} / Σ_{i∈s} (A B U)_{i r},  U the n×G country indicator, B U summed from B
 * </pre>
 * Cost after the model: sectors 8n² flops; country pairs 4n²G (two n×n by n×G products). The full matrix
 * ({@link #cells()}) is one n×n product B·(B − I), 2n³ flops, where the diagonal of B − I is computed as (A B)_ii
 * instead of B_ii − 1 (which loses digits when B_ii is close to 1).
 */
public final class Apl {
    private final LeontiefModel m;
    private final int g;
    private final int nSec;
    private final int n;

    public Apl(LeontiefModel model) {
        this.m = model;
        this.g = model.countries();
        this.nSec = model.sectors();
        this.n = model.size();
    }

    /** One row per country-sector: APL_forward (its row of B) and APL_backward (its column). */
    public Frame bySector() {
        Mat a = m.coefficients();
        Mat b = m.leontief();
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        double[] abu = Dense.times(a, Dense.times(b, ones));
        double[] babu = Dense.times(b, abu);
        double[] uba = Dense.leftTimes(Dense.leftTimes(ones, b), a);
        double[] ubab = Dense.leftTimes(uba, b);
        Frame out = new Frame(List.of(COUNTRY, SECTOR), SECTOR_MEASURES);
        for (int k = 0; k < n; k++) {
            out.add(new String[] {m.labels().country(k / nSec), m.labels().sector(k % nSec)},
                    new double[] {Frame.ratio(babu[k], abu[k]), Frame.ratio(ubab[k], uba[k])});
        }
        return out;
    }

    /** One row per ordered country pair (from, to), from = to included. */
    public Frame byCountryPair() {
        Mat b = m.leontief();
        Mat bu = new Mat(n, g);
        for (int j = 0; j < n; j++) {
            int r = j / nSec;
            int off = j * n;
            int outOff = r * n;
            for (int i = 0; i < n; i++) {
                bu.data[outOff + i] += b.data[off + i];
            }
        }
        Mat abu = Dense.times(m.coefficients(), bu);
        Mat babu = Dense.times(b, abu);
        Frame out = new Frame(List.of(FROM_COUNTRY, TO_COUNTRY), PAIR_MEASURES);
        for (int s = 0; s < g; s++) {
            for (int r = 0; r < g; r++) {
                double num = 0;
                double den = 0;
                for (int i = s * nSec; i < (s + 1) * nSec; i++) {
                    num += babu.data[i + r * n];
                    den += abu.data[i + r * n];
                }
                out.add(new String[] {m.labels().country(s), m.labels().country(r)}, new double[] {Frame.ratio(num, den)});
            }
        }
        return out;
    }

    /**
     * APL_ij as an n×n matrix (new), {@link Frame#MISSING} where (B − I)_ij ≤ 0. One n×n product (2n³ flops) and
     * two n×n arrays beyond the model.
     */
    public Mat matrix() {
        Mat a = m.coefficients();
        Mat b = m.leontief();
        Mat bMinusI = b.copy();
        for (int i = 0; i < n; i++) {
            double d = 0;
            for (int k = 0; k < n; k++) {
                d += a.data[i + k * n] * b.data[k + i * n];
            }
            bMinusI.data[i + i * n] = d;
        }
        Mat num = Dense.times(b, bMinusI);
        for (int k = 0; k < num.data.length; k++) {
            double den = bMinusI.data[k];
            num.data[k] = den > 0 ? num.data[k] / den : Frame.MISSING;
        }
        return num;
    }

    /** One row per pair of industries (from, to): the full matrix in long form, n² rows (see {@link #matrix()}). */
    public Frame cells() {
        Mat apl = matrix();
        Frame out = new Frame(List.of(FROM_COUNTRY, FROM_SECTOR, TO_COUNTRY, TO_SECTOR), PAIR_MEASURES);
        long unreachable = 0;
        for (int i = 0; i < n; i++) {
            String fc = m.labels().country(i / nSec);
            String fs = m.labels().sector(i % nSec);
            for (int j = 0; j < n; j++) {
                double v = apl.data[i + j * n];
                unreachable += Frame.isMissing(v) ? 1 : 0;
                out.add(new String[] {fc, fs, m.labels().country(j / nSec), m.labels().sector(j % nSec)},
                        new double[] {v});
            }
        }
        if (unreachable > 0) {
            out.note(unreachable + " of " + (long) n * n + " cells have (B - I)_ij <= 0 (j is not reached from i, or a "
                    + "zero-output industry): APL is missing there");
        }
        return out;
    }
}
