package org.gvc4j.method.bm2023;

import static org.gvc4j.method.Keys.EXPORTER;
import static org.gvc4j.method.bm2023.Bm2023Columns.FIELDS;
import static org.gvc4j.method.Keys.IMPORTER;

import java.util.List;
import org.gvc4j.linalg.Mat;
import org.gvc4j.linalg.SmallLu;
import org.gvc4j.linalg.Vec;
import org.gvc4j.method.Frame;
import org.gvc4j.method.Parallel;
import org.gvc4j.model.Labels;
import org.gvc4j.model.LeontiefModel;

/**
 * Borin &amp; Mancini (2023) value added in exports, seed fields. All closed forms on the shared
 * {@link LeontiefModel}: no modified inverse is ever built.
 *
 * <ul>
 *   <li>Exporter total and bilateral source (exporter perspective, §3.1): DVA = VLdom_s e, DDC = VLdom_s M_s e,
 *       FVA = f_s e, FDC = f_s M_s e, with e = e_s* or e_sr.</li>
 *   <li>Bilateral sink (§3.2, gvcAnalyzer's convention): x̃ = B\s Y^{\s} u′ by the Woodbury vector form;
 *       Φ_sr = y_sr + A_sr L_rr (y_r· + Σ_{j≠r} A_rj x̃_j); DVA = VBdom_s Φ_sr, FVA = VBfor_s Φ_sr, and the direct
 *       DDC = VBdom_s A_sr B_rs (I + M_s)⁻¹ e_s*, FDC = VBfor_s A_sr B_rs (I + M_s)⁻¹ e_s*.</li>
 *   <li>Bilateral pure perimeter (§3.3): with P_sr = A_sr B_rs, DVA★ = VBdom_s (I + P)⁻¹ e_sr,
 *       DDC★ = VBdom_s (I + P)⁻¹ P e_sr, and the same with VBfor_s for FVA★, FDC★ (no cancellation).</li>
 * </ul>
 * Cost after the model: O(nN) per exporter for source, O(n²) per exporter for sink, O(N³) per pair for pure.
 */
public final class Bm2023 {
    private final LeontiefModel m;
    private double[] bTimesFinal;

    public Bm2023(LeontiefModel model) {
        this.m = model;
    }

    /** One row per exporter: DVA, DDC, FVA, FDC, GEXP of total exports e_s*. */
    public Frame exporters(int[] exporters) {
        Frame out = new Frame(List.of(EXPORTER), FIELDS);
        for (int s : exporters) {
            out.add(new String[] {m.labels().country(s)}, sourceFields(s, m.exports(s)));
        }
        return out;
    }

    /** One row per pair (s, r), exporter perspective, source approach. */
    public Frame source(int[][] pairs) {
        Frame out = new Frame(List.of(EXPORTER, IMPORTER), FIELDS);
        for (int[] p : pairs) {
            out.add(keys(p), sourceFields(p[0], m.exports(p[0], p[1])));
        }
        return out;
    }

    private double[] sourceFields(int s, double[] e) {
        double[] vl = m.vlDom(s);
        double[] f = m.fvaMultiplier(s);
        double[] me = Vec.times(m.reExportLoop(s), e);
        return new double[] {Vec.dot(vl, e), Vec.dot(vl, me), Vec.dot(f, e), Vec.dot(f, me), Vec.sum(e)};
    }

    /** One row per pair (s, r), exporter perspective, sink approach, gvcAnalyzer's x̃ and direct DDC/FDC. */
    public Frame sink(int[][] pairs) {
        if (bTimesFinal == null) {
            bTimesFinal = m.bTimes(m.finalDemandRowSums());
        }
        int[] exporters = java.util.Arrays.stream(pairs).mapToInt(p -> p[0]).distinct().toArray();
        double[][] foreignUse = new double[m.countries()][];
        double[][] once = new double[m.countries()][];
        double[][][] perExporter = Parallel.map(m.execution(), exporters.length, k -> new double[][] {
            m.aForeignTimes(sinkOutput(exporters[k])), m.solveIPlusM(exporters[k], m.exports(exporters[k]))},
            double[][][]::new);
        for (int k = 0; k < exporters.length; k++) {
            foreignUse[exporters[k]] = perExporter[k][0];
            once[exporters[k]] = perExporter[k][1];
        }
        double[][] rows = Parallel.map(m.execution(), pairs.length, i -> sinkRow(pairs[i][0], pairs[i][1], foreignUse[pairs[i][0]],
                once[pairs[i][0]]), double[][]::new);
        return frame(pairs, rows);
    }

    /** Φ_sr = y_sr + A_sr L_rr (y_r· + (A_F x̃)_r); DVA, FVA on Φ; direct DDC, FDC on A_sr B_rs (I + M_s)⁻¹ e_s*. */
    private double[] sinkRow(int s, int r, double[] afx, double[] q) {
        int nSec = m.sectors();
        double[] t = m.yTotal(r);
        for (int i = 0; i < nSec; i++) {
            t[i] += afx[r * nSec + i];
        }
        double[] phi = Vec.plus(m.yBlock(s, r), m.aTimes(s, r, Vec.times(m.localInverse(r), t)));
        double[] dc = m.aTimes(s, r, m.bTimes(r, s, q));
        double[] vbd = m.vbDom(s);
        double[] vbf = m.vbFor(s);
        return new double[] {Vec.dot(vbd, phi), Vec.dot(vbd, dc), Vec.dot(vbf, phi), Vec.dot(vbf, dc),
            Vec.sum(m.exports(s, r))};
    }

    private Frame frame(int[][] pairs, double[][] rows) {
        Frame out = new Frame(List.of(EXPORTER, IMPORTER), FIELDS);
        for (int i = 0; i < pairs.length; i++) {
            out.add(keys(pairs[i]), rows[i]);
        }
        return out;
    }

    /**
     * x̃ = B\s d with d = Y^{\s} u′ (s's final exports removed), by the Woodbury vector form:
     * B\s d = Bd − B_{·s} (I + M_s)⁻¹ Σ_{j≠s} A_sj (Bd)_j, and Bd = B Y u′ − B_{·s} Σ_{l≠s} y_sl.
     */
    private double[] sinkOutput(int s) {
        double[] finalExports = Vec.minus(m.yTotal(s), m.yBlock(s, s));
        double[] bd = Vec.minus(bTimesFinal, m.bColumnBlockTimes(s, finalExports));
        double[] w = m.solveIPlusM(s, m.aExportRowTimes(s, bd));
        return Vec.minus(bd, m.bColumnBlockTimes(s, w));
    }

    /** One row per pair (s, r), bilateral ("pure") perimeter. */
    public Frame pure(int[][] pairs) {
        return frame(pairs, Parallel.map(m.execution(), pairs.length, i -> pureRow(pairs[i][0], pairs[i][1]), double[][]::new));
    }

    /** With P = A_sr B_rs: DVA★ = VBdom (I + P)⁻¹ e, DDC★ = VBdom (I + P)⁻¹ P e, the same with VBfor (O(N³)). */
    private double[] pureRow(int s, int r) {
        double[] e = m.exports(s, r);
        Mat loop = m.bilateralLoop(s, r);
        Mat iPlusP = loop.copy();
        for (int i = 0; i < iPlusP.rows; i++) {
            iPlusP.data[i + i * iPlusP.rows] += 1.0;
        }
        SmallLu lu;
        try {
            lu = new SmallLu(iPlusP);
        } catch (org.gvc4j.linalg.SingularMatrixException ex) {
            throw m.singular("I + A_sr B_rs of " + m.labels().country(s) + " and " + m.labels().country(r), s
                    * m.labels().sectorCount(), ex);
        }
        double[] once = lu.solve(e);
        double[] twice = lu.solve(Vec.times(loop, e));
        double[] vbd = m.vbDom(s);
        double[] vbf = m.vbFor(s);
        return new double[] {Vec.dot(vbd, once), Vec.dot(vbd, twice), Vec.dot(vbf, once), Vec.dot(vbf, twice),
            Vec.sum(e)};
    }

    private String[] keys(int[] pair) {
        Labels l = m.labels();
        return new String[] {l.country(pair[0]), l.country(pair[1])};
    }
}
