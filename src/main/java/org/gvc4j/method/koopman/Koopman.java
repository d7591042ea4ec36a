package org.gvc4j.method.koopman;

import static org.gvc4j.method.koopman.KoopmanColumns.COUNTRY;
import static org.gvc4j.method.koopman.KoopmanColumns.MEASURES;
import static org.gvc4j.method.koopman.KoopmanColumns.SECTOR;

import java.util.List;
import org.gvc4j.linalg.Mat;
import org.gvc4j.linalg.Vec;
import org.gvc4j.method.Frame;
import org.gvc4j.model.LeontiefModel;

/**
 * Koopman, Powers, Wang &amp; Wei (2010) GVC participation and position (methods.md §3.15 and "Oracle conventions for
 * the classic methods"), with the <b>KWW-2010 IV</b>:
 * <pre>
 *   IV_s = Σ_{r≠s} Σ_{t≠s,r} v_s B_sr y_rt     (= KWW T3, decompr's DVA_INTrex)
 *   FV_s = VBfor_s e_s*                       E_s = u e_s*
 *   participation = IV/E + FV/E               position = ln(1 + IV/E) − ln(1 + FV/E)
 * </pre>
 * not the TiVA forward IV Σ_{r≠s} v_s B_sr e_r* (exvatools' FEXDVAP), which also counts s's value added in r's
 * exports back to s and in r's intermediate exports. Sector version: IV by origin sector i
 * (v_{s,i} [Σ_{r≠s} B_sr Σ_{t≠s,r} y_rt]_i), FV and E by exporting sector ((VBfor_s)_i e_{s*,i}, e_{s*,i}); the shares
 * are missing where e_{s*,i} = 0 even if IV &gt; 0, and the position also where 1 + IV/E or 1 + FV/E is not positive
 * (negative exports from inventory changes), with a note.
 *
 * <p>Cost after the model: per exporter s one N×n block of B times an n-vector (2nN), 2n² flops in all; the final
 * demand of r absorbed outside s and r is summed directly, never as a difference.
 */
public final class Koopman {
    private final LeontiefModel m;
    private final int g;
    private final int nSec;
    private final int n;

    public Koopman(LeontiefModel model) {
        this.m = model;
        this.g = model.countries();
        this.nSec = model.sectors();
        this.n = model.size();
    }

    /** E, IV, FV per country-sector: three n-vectors (IV by origin sector, E and FV by exporting sector). */
    double[][] parts() {
        Mat y = m.finalDemand();
        Mat b = m.leontief();
        double[][] out = new double[3][n];
        for (int s = 0; s < g; s++) {
            double[] thirdCountryFinal = new double[n]; // q_r = Σ_{t≠s,r} y_rt for r ≠ s, 0 for r = s
            for (int k = 0; k < n; k++) {
                int r = k / nSec;
                if (r == s) {
                    continue;
                }
                double sum = 0;
                for (int t = 0; t < g; t++) {
                    if (t != s && t != r) {
                        sum += y.data[k + t * n];
                    }
                }
                thirdCountryFinal[k] = sum;
            }
            double[] bq = Vec.blockTimes(b, s * nSec, 0, nSec, thirdCountryFinal);
            double[] v = m.vaCoefficients(s);
            double[] e = m.exports(s);
            double[] fv = Vec.times(m.vbFor(s), e);
            for (int i = 0; i < nSec; i++) {
                out[0][s * nSec + i] = e[i];
                out[1][s * nSec + i] = v[i] * bq[i];
                out[2][s * nSec + i] = fv[i];
            }
        }
        return out;
    }

    /** One row per country-sector. */
    public Frame bySector() {
        double[][] p = parts();
        Frame out = new Frame(List.of(COUNTRY, SECTOR), MEASURES);
        List<String> undefined = new java.util.ArrayList<>();
        for (int k = 0; k < n; k++) {
            String[] key = {m.labels().country(k / nSec), m.labels().sector(k % nSec)};
            out.add(key, measures(p[0][k], p[1][k], p[2][k], key, undefined));
        }
        return noteUndefined(out, undefined);
    }

    /** One row per country: sums over sectors, shares of the sums. */
    public Frame byCountry() {
        double[][] p = parts();
        Frame out = new Frame(List.of(COUNTRY), MEASURES);
        List<String> undefined = new java.util.ArrayList<>();
        for (int s = 0; s < g; s++) {
            double[] sum = new double[3];
            for (int k = s * nSec; k < (s + 1) * nSec; k++) {
                for (int c = 0; c < 3; c++) {
                    sum[c] += p[c][k];
                }
            }
            String[] key = {m.labels().country(s)};
            out.add(key, measures(sum[0], sum[1], sum[2], key, undefined));
        }
        return noteUndefined(out, undefined);
    }

    private static double[] measures(double e, double iv, double fv, String[] key, List<String> undefined) {
        double ivShare = Frame.ratio(iv, e);
        double fvShare = Frame.ratio(fv, e);
        double position;
        if (e == 0) {
            position = Frame.MISSING;
        } else if (ivShare <= -1 || fvShare <= -1) {
            position = Frame.MISSING;
            undefined.add(String.join("/", key));
        } else {
            position = Math.log1p(ivShare) - Math.log1p(fvShare);
        }
        return new double[] {e, iv, fv, ivShare, fvShare, e == 0 ? Frame.MISSING : ivShare + fvShare, position};
    }

    private static Frame noteUndefined(Frame f, List<String> undefined) {
        if (!undefined.isEmpty()) {
            f.note("position: the logarithm is undefined (1 + IV/E or 1 + FV/E <= 0, negative exports) in "
                    + String.join(", ", undefined));
        }
        return f;
    }
}
