package org.gvc4j.method.wwz;

import static org.gvc4j.method.wwz.WwzColumns.EXPORTER;
import static org.gvc4j.method.wwz.WwzColumns.IMPORTER;
import static org.gvc4j.method.wwz.WwzColumns.SECTOR;

import java.util.ArrayList;
import java.util.List;
import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.linalg.Vec;
import org.gvc4j.method.Frame;
import org.gvc4j.method.Parallel;
import org.gvc4j.method.icio.Level;
import org.gvc4j.method.kww.KwwColumns;
import org.gvc4j.model.Labels;
import org.gvc4j.model.LeontiefModel;

/**
 * WWZ (Wang, Wei and Zhu 2013) sixteen-term decomposition of gross exports per (exporter s, exporting sector i,
 * importer r), with decompr's diagnostics and DViX_Fsr, summable to (s, i), (s, r) and s; the exvatools
 * {@code standard} grouping and the WWZ→KWW mapping (decompr {@code wwz2kww}). Formulas: methods.md §3.9–3.10.
 *
 * <p>The final-demand brackets are sums over third countries of B_rt times slices of Y. They are accumulated in one
 * pass over t: Q_t = B_{·t} Y_t (n×G, one GEMM of 2nNG flops per t, 2n²G in all), whose block r, column u is
 * B_rt y_tu; every bracket of every pair is a sum of such slices, taken directly (no difference of large numbers,
 * except Σ_{u≠s,t} y_tu = (t's final exports) − y_ts inside one term). Then each pair needs 11 products with A_sr
 * (22N² flops) and the multipliers v_t B_ts (2nN per exporter). The whole cube costs 2n²G + O(n² + G³N) after the model.
 */
public final class Wwz {
    /** Columns of the cube: the 16 terms, then {@link WwzColumns#EXTRA}. */
    static final List<String> COLUMNS = concat(WwzColumns.TERMS, WwzColumns.EXTRA);
    private static final int T = WwzColumns.TERMS.size();
    private static final int TEXP = T;
    private static final int TEXPINT = T + 1;
    private static final int TEXPFD = T + 2;
    private static final int DIFF = T + 3;
    private static final int DVIX = T + 9;

    private final LeontiefModel m;
    private final Labels labels;
    private final int g;
    private final int nSec;
    private final int n;
    /** cube[s][r][column][i] (null for r = s), derived once per table. */
    private static final LeontiefModel.Derived<double[][][][]> CUBE =
            new LeontiefModel.Derived<>("WWZ cube", mm -> new Wwz(mm).computeCube());

    public Wwz(LeontiefModel model) {
        this.m = model;
        this.labels = model.labels();
        this.g = model.countries();
        this.nSec = model.sectors();
        this.n = model.size();
    }

    /**
     * The sixteen terms, gross exports (texp, texpint, texpfd), decompr's diagnostics and DViX_Fsr at the given level
     * (COUNTRY: exporter; SECTOR: exporter × exporting sector; PAIR: exporter × importer; SECTOR_PAIR: exporter ×
     * exporting sector × importer). Rows with importer = exporter are left out. The diagnostics are decompr's: rounded
     * to 4 decimals per (exporter, sector, importer) row, and at coarser levels the sums of those rounded rows (the
     * percent columns too), as decompr's rows summed give them; DViX_Fsr is by origin sector, not exporting sector.
     */
    public Frame terms(Level level) {
        return aggregate(level, COLUMNS, (cols, i) -> {
            double[] out = new double[COLUMNS.size()];
            for (int c = 0; c < out.length; c++) {
                out[c] = cols[c][i];
            }
            return out;
        });
    }

    /**
     * exvatools' {@code standard} grouping: EXGR = texp, VAX = 1–5, REF = 6–8, DVA = VAX + REF, DDC = 9–10,
     * DC = DVA + DDC, FVA = 11–14, FDC = 15–16, FC = FVA + FDC.
     */
    public Frame standard(Level level) {
        return aggregate(level, KwwColumns.STANDARD, (cols, i) -> KwwColumns.standard(cols[TEXP][i], kwwTerms(cols, i)));
    }

    /**
     * The WWZ→KWW mapping (decompr {@code wwz2kww}): DVA_FIN = 1, DVA_INT = 2 + 3, DVA_INTrex = 4 + 5,
     * RDV_FIN = 6 + 7, RDV_INT = 8, DDC = 9 + 10, FVA_FIN = 11 + 12, FVA_INT = 13 + 14, FDC = 15 + 16. At country level
     * this is KWW's decomposition (T1–T8 on any table; DDC on any table; FDC equals KWW's T9 formula). Below the country
     * level it is only a relabelling: KWW's T2 and T3 are defined by the country of absorption, which the bilateral
     * terms 2 and 3 split differently (decompr's code says so too).
     */
    public Frame kww(Level level) {
        return aggregate(level, KwwColumns.TERMS, Wwz::kwwTerms);
    }

    private static double[] kwwTerms(double[][] c, int i) {
        return new double[] {c[0][i], c[1][i] + c[2][i], c[3][i] + c[4][i], c[5][i] + c[6][i], c[7][i],
            c[8][i] + c[9][i], c[10][i] + c[11][i], c[12][i] + c[13][i], c[14][i] + c[15][i]};
    }

    private interface RowMaker {
        double[] row(double[][] cols, int sector);
    }

    private Frame aggregate(Level level, List<String> names, RowMaker maker) {
        if (level == Level.ORIGIN) {
            throw new IllegalArgumentException("WWZ terms are by exporter, not by origin of imports (Level.ORIGIN)");
        }
        double[][][][] c = cube();
        List<String> keys = new ArrayList<>(List.of(EXPORTER));
        if (level.bySector()) {
            keys.add(SECTOR);
        }
        if (level.byImporter()) {
            keys.add(IMPORTER);
        }
        Frame out = new Frame(keys, names);
        for (int s = 0; s < g; s++) {
            if (level == Level.PAIR || level == Level.SECTOR_PAIR) {
                for (int r = 0; r < g; r++) {
                    if (r == s) {
                        continue;
                    }
                    if (level == Level.SECTOR_PAIR) {
                        for (int i = 0; i < nSec; i++) {
                            out.add(new String[] {labels.country(s), labels.sector(i), labels.country(r)},
                                    maker.row(c[s][r], i));
                        }
                    } else {
                        double[] sum = new double[names.size()];
                        for (int i = 0; i < nSec; i++) {
                            Vec.addTo(sum, maker.row(c[s][r], i));
                        }
                        out.add(new String[] {labels.country(s), labels.country(r)}, sum);
                    }
                }
            } else {
                double[][] bySector = new double[nSec][names.size()];
                for (int r = 0; r < g; r++) {
                    if (r != s) {
                        for (int i = 0; i < nSec; i++) {
                            Vec.addTo(bySector[i], maker.row(c[s][r], i));
                        }
                    }
                }
                if (level == Level.SECTOR) {
                    for (int i = 0; i < nSec; i++) {
                        out.add(new String[] {labels.country(s), labels.sector(i)}, bySector[i]);
                    }
                } else {
                    double[] sum = new double[names.size()];
                    for (double[] row : bySector) {
                        Vec.addTo(sum, row);
                    }
                    out.add(new String[] {labels.country(s)}, sum);
                }
            }
        }
        for (String note : m.notes()) {
            out.note(note);
        }
        return out;
    }

    /** The bilateral-sector cube, computed on first use. */
    private double[][][][] cube() {
        return m.derived(CUBE);
    }

    private double[][][][] computeCube() {
        Brackets br = brackets();
        return Parallel.map(m.execution(), g, s -> exporter(s, br), double[][][][]::new);
    }

    /**
     * The final-demand brackets of every pair (s, r), each an N-vector over r's sectors: [k][s][r] for k = 2..9 of
     * methods.md §3.9 (index 0 and 1 unused), and B_rr y_rr per r.
     */
    private record Brackets(double[][][][] a, double[][] brrYrr) {
    }

    private Brackets brackets() {
        double[][][][] a = new double[10][g][g][];
        for (int k = 3; k <= 9; k++) {
            for (int s = 0; s < g; s++) {
                for (int r = 0; r < g; r++) {
                    a[k][s][r] = new double[nSec];
                }
            }
        }
        double[][] a2 = new double[g][nSec];
        Mat b = m.leontief();
        Mat y = m.finalDemand();
        Mat q = new Mat(n, g);
        double[] st = new double[n];
        for (int t = 0; t < g; t++) {
            java.util.Arrays.fill(q.data, 0.0);
            Dense.gemmBlock(1.0, b, 0, t * nSec, n, nSec, y, t * nSec, 0, g, q);
            java.util.Arrays.fill(st, 0.0);
            for (int u = 0; u < g; u++) {
                if (u != t) {
                    int off = u * n;
                    for (int k = 0; k < n; k++) {
                        st[k] += q.data[off + k];
                    }
                }
            }
            for (int r = 0; r < g; r++) {
                int ro = r * nSec;
                if (t == r) {
                    System.arraycopy(q.data, ro + r * n, a2[r], 0, nSec);
                }
                for (int s = 0; s < g; s++) {
                    if (s == r) {
                        continue;
                    }
                    int qs = ro + s * n;
                    if (t == r) {
                        // a6 = B_rr y_rs; a4 = B_rr Σ_{u≠s,r} y_ru
                        for (int i = 0; i < nSec; i++) {
                            a[6][s][r][i] = q.data[qs + i];
                            a[4][s][r][i] = st[ro + i] - q.data[qs + i];
                        }
                    } else if (t == s) {
                        // a8 = B_rs y_ss; a9 = B_rs Σ_{u≠s} y_su
                        for (int i = 0; i < nSec; i++) {
                            a[8][s][r][i] = q.data[qs + i];
                            a[9][s][r][i] = st[ro + i];
                        }
                    } else {
                        // third country t: a3 += B_rt y_tt; a7 += B_rt y_ts; a5 += B_rt Σ_{u≠s,t} y_tu
                        int qt = ro + t * n;
                        for (int i = 0; i < nSec; i++) {
                            a[3][s][r][i] += q.data[qt + i];
                            a[7][s][r][i] += q.data[qs + i];
                            a[5][s][r][i] += st[ro + i] - q.data[qs + i];
                        }
                    }
                }
            }
        }
        return new Brackets(a, a2);
    }

    /** cube[s]: for each importer r ≠ s, the columns × sectors. */
    private double[][][] exporter(int s, Brackets br) {
        Mat b = m.leontief();
        double[] vl = m.vlDom(s);
        double[] vbd = m.vbDom(s);
        double[] vlm = Vec.leftTimes(vl, m.reExportLoop(s));
        double[] vs = m.vaCoefficients(s);
        double[][] vb = new double[g][];
        for (int t = 0; t < g; t++) {
            if (t != s) {
                vb[t] = Vec.leftBlockTimes(m.vaCoefficients(t), b, t * nSec, s * nSec, nSec);
            }
        }
        double[][][] out = new double[g][][];
        for (int r = 0; r < g; r++) {
            if (r == s) {
                continue;
            }
            double[][] c = new double[COLUMNS.size()][];
            double[] e = m.exports(s, r);
            double[] ysr = m.yBlock(s, r);
            double[] inter = Vec.minus(e, ysr);
            double[] mva = vb[r];
            double[] ova = new double[nSec];
            for (int t = 0; t < g; t++) {
                if (t != s && t != r) {
                    Vec.addTo(ova, vb[t]);
                }
            }
            double[] aly = m.aTimes(s, r, m.localFinal(r));
            double[] ale = m.aTimes(s, r, m.localExports(r));
            c[0] = Vec.times(vbd, ysr);
            c[1] = Vec.times(vl, m.aTimes(s, r, br.brrYrr()[r]));
            int[] bracket = {3, 4, 5, 6, 7, 8, 9};
            for (int k = 0; k < bracket.length; k++) {
                c[2 + k] = Vec.times(vl, m.aTimes(s, r, br.a()[bracket[k]][s][r]));
            }
            c[9] = Vec.times(vlm, inter);
            c[10] = Vec.times(mva, ysr);
            c[11] = Vec.times(ova, ysr);
            c[12] = Vec.times(mva, aly);
            c[13] = Vec.times(ova, aly);
            c[14] = Vec.times(mva, ale);
            c[15] = Vec.times(ova, ale);
            c[TEXP] = e;
            c[TEXPINT] = inter;
            c[TEXPFD] = ysr;
            for (int d = DIFF; d < DVIX; d++) {
                c[d] = new double[nSec];
            }
            for (int i = 0; i < nSec; i++) {
                double all = 0;
                for (int k = 0; k < T; k++) {
                    all += c[k][i];
                }
                double fin = c[0][i] + c[10][i] + c[11][i];
                diagnostics(c, DIFF, i, all - e[i], e[i]);
                diagnostics(c, DIFF + 2, i, fin - ysr[i], ysr[i]);
                diagnostics(c, DIFF + 4, i, (all - fin) - inter[i], inter[i]);
            }
            c[DVIX] = Vec.times(vs, Vec.times(m.localInverse(s), e));
            out[r] = c;
        }
        return out;
    }

    /** decompr's diff (rounded to 4 decimals) and percent of the flow (rounded, 0 where the flow is 0). */
    private static void diagnostics(double[][] c, int col, int i, double diff, double flow) {
        c[col][i] = round4(diff);
        c[col + 1][i] = flow == 0 ? 0 : round4(100 * diff / flow);
    }

    /** R's round(x, 4) for the values at hand (half to even on the scaled value). */
    static double round4(double x) {
        return Math.rint(x * 1e4) / 1e4;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
