package org.gvc4j.method.rca;

import static org.gvc4j.method.rca.RcaColumns.COUNTRY;
import static org.gvc4j.method.rca.RcaColumns.GROSS;
import static org.gvc4j.method.rca.RcaColumns.SECTOR;
import static org.gvc4j.method.rca.RcaColumns.VALUE_ADDED;

import java.util.List;
import org.gvc4j.method.Frame;
import org.gvc4j.model.LeontiefModel;

/**
 * Revealed comparative advantage (methods.md §3.17 and "Oracle conventions for the classic methods"): Balassa's
 * index RCA_{s,i} = (w_{s,i} / Σ_k w_{s,k}) / (Σ_c w_{c,i} / Σ_c Σ_k w_{c,k}) on
 * <ul>
 *   <li>gross exports, w = e_{s*,i} (Balassa 1965);</li>
 *   <li>forward-linkage domestic value added in exports, w = DViX_F_{s,i} = v_{s,i} [L_ss e_s*]_i (KWW 2014,
 *       WWZ). It contains the reflected DVA (Σ_i DViX_F_{s,i} is BM source DVA = VAX + REF); the VAX-only variant
 *       (without RDV) is not implemented.</li>
 * </ul>
 * World totals run over every country of the table, the rest of the world included. Missing where a country's or a
 * sector's world total is zero.
 *
 * <p>Cost after the model: O(n) (L_ss e_s* is cached by the model).
 */
public final class Rca {
    private final LeontiefModel m;
    private final int g;
    private final int nSec;

    public Rca(LeontiefModel model) {
        this.m = model;
        this.g = model.countries();
        this.nSec = model.sectors();
    }

    /** One row per country-sector: EXGR and its RCA. */
    public Frame grossBySector() {
        double[][] w = new double[g][];
        for (int s = 0; s < g; s++) {
            w[s] = m.exports(s);
        }
        return balassa(GROSS, w);
    }

    /** One row per country-sector: DViX_F and its RCA. */
    public Frame valueAddedBySector() {
        double[][] w = new double[g][];
        for (int s = 0; s < g; s++) {
            double[] v = m.vaCoefficients(s);
            double[] le = m.localExports(s);
            w[s] = new double[nSec];
            for (int i = 0; i < nSec; i++) {
                w[s][i] = v[i] * le[i];
            }
        }
        return balassa(VALUE_ADDED, w);
    }

    private Frame balassa(List<String> columns, double[][] w) {
        double[] country = new double[g];
        double[] sector = new double[nSec];
        double world = 0;
        for (int s = 0; s < g; s++) {
            for (int i = 0; i < nSec; i++) {
                country[s] += w[s][i];
                sector[i] += w[s][i];
            }
        }
        for (int i = 0; i < nSec; i++) {
            world += sector[i];
        }
        Frame out = new Frame(List.of(COUNTRY, SECTOR), columns);
        for (int s = 0; s < g; s++) {
            for (int i = 0; i < nSec; i++) {
                double share = Frame.ratio(w[s][i], country[s]);
                double worldShare = Frame.ratio(sector[i], world);
                double rca = Frame.isMissing(share) || Frame.isMissing(worldShare) ? Frame.MISSING
                        : Frame.ratio(share, worldShare);
                out.add(new String[] {m.labels().country(s), m.labels().sector(i)}, new double[] {w[s][i], rca});
            }
        }
        return out;
    }
}
