package org.gvc4j.method.bm2025;

import static org.gvc4j.method.Keys.EXPORTER;
import static org.gvc4j.method.Keys.IMPORTER;
import static org.gvc4j.method.Keys.SECTOR;
import static org.gvc4j.method.bm2025.Bm2025Columns.TRADE_MEASURES;

import java.util.List;
import org.gvc4j.linalg.Vec;
import org.gvc4j.method.Frame;
import org.gvc4j.method.Parallel;
import org.gvc4j.model.LeontiefModel;

/**
 * BMT2025 tripartite trade (methods.md §3.7). For a pair (s, r), with DAE_sr = y_sr + A_sr L_rr y_rr and
 * RE_sr = A_sr L_rr e_r*:
 * <pre>
 *   DAVAX = VLdom_s DAE_sr      GVC_PB = IMP_s DAE_sr      GVC_TS = IMP_s RE_sr
 *   GVC_PF = E_sr − DAVAX − GVC_PB − GVC_TS  (the seed's residual; the closed form VLdom_s RE_sr agrees only on
 *                                             balanced tables with residual value added)
 *   GVC = E_sr − DAVAX
 * </pre>
 * The exporting-sector level takes each multiplier element-wise and is exact: sectors sum to the pair, pairs to
 * the exporter. Cost: O(N²) per pair after the model.
 */
public final class TripartiteTrade {
    private final LeontiefModel m;

    public TripartiteTrade(LeontiefModel model) {
        this.m = model;
    }

    /** Per sector n of the exporter: rows E, DAVAX, GVC_PB, GVC_TS, GVC_PF (each an N-vector). */
    double[][] bySector(int s, int r) {
        double[] e = m.exports(s, r);
        double[] dae = Vec.plus(m.yBlock(s, r), m.aTimes(s, r, m.localFinal(r)));
        double[] re = m.aTimes(s, r, m.localExports(r));
        double[] davax = Vec.times(m.vlDom(s), dae);
        double[] imp = m.importContent(s);
        double[] pb = Vec.times(imp, dae);
        double[] ts = Vec.times(imp, re);
        double[] pf = new double[e.length];
        for (int i = 0; i < e.length; i++) {
            pf[i] = e[i] - davax[i] - pb[i] - ts[i];
        }
        return new double[][] {e, davax, pb, ts, pf};
    }

    /** E, DAVAX, GVC, GVC_PF, GVC_TS, GVC_PB of the pair, in {@link Bm2025Columns#TRADE} order. */
    double[] pair(int s, int r) {
        double[] e = m.exports(s, r);
        double[] dae = Vec.plus(m.yBlock(s, r), m.aTimes(s, r, m.localFinal(r)));
        double[] re = m.aTimes(s, r, m.localExports(r));
        double[] imp = m.importContent(s);
        double total = Vec.sum(e);
        double davax = Vec.dot(m.vlDom(s), dae);
        double pb = Vec.dot(imp, dae);
        double ts = Vec.dot(imp, re);
        return new double[] {total, davax, total - davax, total - davax - pb - ts, ts, pb};
    }

    /** One row per pair: exporter, importer, then {@link Bm2025Columns#TRADE_MEASURES}. */
    public Frame pairs(int[][] pairs) {
        Frame out = new Frame(List.of(EXPORTER, IMPORTER), TRADE_MEASURES);
        double[][] rows = Parallel.map(m.execution(), pairs.length, i -> pair(pairs[i][0], pairs[i][1]), double[][]::new);
        for (int i = 0; i < pairs.length; i++) {
            out.add(new String[] {m.labels().country(pairs[i][0]), m.labels().country(pairs[i][1])}, measures(rows[i]));
        }
        return out;
    }

    /** One row per (pair, exporting sector): exporter, sector, importer, then the measures. */
    public Frame pairsBySector(int[][] pairs) {
        Frame out = new Frame(List.of(EXPORTER, SECTOR, IMPORTER), TRADE_MEASURES);
        for (int[] p : pairs) {
            double[][] t = bySector(p[0], p[1]);
            for (int i = 0; i < m.sectors(); i++) {
                out.add(new String[] {m.labels().country(p[0]), m.labels().sector(i), m.labels().country(p[1])},
                        measures(new double[] {t[0][i], t[1][i], t[0][i] - t[1][i], t[4][i], t[3][i], t[2][i]}));
            }
        }
        return out;
    }

    /** One row per exporter: totals over r ≠ s, then the shares (the seed's {@code bm_2025_trade_measures}). */
    public Frame exporters(int[] exporters) {
        Frame out = new Frame(List.of(EXPORTER), TRADE_MEASURES);
        for (int s : exporters) {
            double[] sum = new double[6];
            for (int r = 0; r < m.countries(); r++) {
                if (r != s) {
                    Vec.addTo(sum, pair(s, r));
                }
            }
            out.add(new String[] {m.labels().country(s)}, measures(sum));
        }
        return out;
    }

    /** One row per (exporter, exporting sector): totals over r ≠ s and the shares. */
    public Frame exportersBySector(int[] exporters) {
        Frame out = new Frame(List.of(EXPORTER, SECTOR), TRADE_MEASURES);
        int nSec = m.sectors();
        for (int s : exporters) {
            double[][] sum = new double[5][nSec];
            for (int r = 0; r < m.countries(); r++) {
                if (r != s) {
                    double[][] t = bySector(s, r);
                    for (int k = 0; k < 5; k++) {
                        Vec.addTo(sum[k], t[k]);
                    }
                }
            }
            for (int i = 0; i < nSec; i++) {
                double[] row = {sum[0][i], sum[1][i], sum[0][i] - sum[1][i], sum[4][i], sum[3][i], sum[2][i]};
                out.add(new String[] {m.labels().country(s), m.labels().sector(i)}, measures(row));
            }
        }
        return out;
    }

    /** From E, DAVAX, GVC, PF, TS, PB to {@link Bm2025Columns#TRADE_MEASURES}: the six, shares, position, rates. */
    private static double[] measures(double[] t) {
        double e = t[0];
        double gvc = t[2];
        double pf = t[3];
        double ts = t[4];
        double pb = t[5];
        return new double[] {e, t[1], gvc, pf, ts, pb, Frame.ratio(gvc, e), Frame.ratio(pf, gvc), Frame.ratio(ts, gvc),
            Frame.ratio(pb, gvc), Frame.ratio(pf - pb, gvc), Frame.ratio(pf, e), Frame.ratio(ts + pb, e)};
    }
}
