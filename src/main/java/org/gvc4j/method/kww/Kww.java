package org.gvc4j.method.kww;

import static org.gvc4j.method.kww.KwwColumns.EXPORTER;

import java.util.ArrayList;
import java.util.List;
import org.gvc4j.linalg.Mat;
import org.gvc4j.linalg.Vec;
import org.gvc4j.method.Frame;
import org.gvc4j.method.Parallel;
import org.gvc4j.model.LeontiefModel;

/**
 * KWW (Koopman, Wang and Wei 2014) nine-term decomposition of each country's gross exports (methods.md §3.10), from
 * its own formulas on the derived model; all sums over partners run over r ≠ s. Country level only: below it KWW's
 * terms are not defined (decompr says the same); the bilateral relabelling of WWZ is {@code Wwz.kww(level)}.
 *
 * <p>Per exporter: the row blocks v_s B_sr (2nN flops), Σ_r (v_s B_sr) A_rs (2nN), Σ_r A_sr L_rr y_rr and
 * Σ_r A_sr L_rr e_r* (4nN): O(n²) for all exporters after the model.
 */
public final class Kww {
    /** How the last term T9 (FDC) is obtained. */
    public enum Closure {
        /** T9 = VBfor_s Σ_{r≠s} A_sr L_rr e_r* (KWW's formula): Σ T = u e_s* only on a balanced table. */
        FORMULA,
        /** T9 = u e_s* − (T1 + … + T8), as decompr computes it: the terms add up to exports on any table. */
        RESIDUAL
    }

    private final LeontiefModel m;
    /** The nine terms and EXGR of every exporter, derived once per table. */
    private static final LeontiefModel.Derived<double[][]> TERMS =
            new LeontiefModel.Derived<>("KWW terms", mm -> new Kww(mm).computeAll());

    public Kww(LeontiefModel model) {
        this.m = model;
    }

    /** One row per exporter: the nine terms (T9 by its formula) and EXGR. */
    public Frame terms() {
        return terms(Closure.FORMULA);
    }

    /** One row per exporter: the nine terms and EXGR, T9 closed as asked. */
    public Frame terms(Closure closure) {
        List<String> cols = new ArrayList<>(KwwColumns.TERMS);
        cols.add(KwwColumns.EXGR);
        Frame out = new Frame(List.of(EXPORTER), cols);
        double[][] all = all();
        for (int s = 0; s < m.countries(); s++) {
            double[] row = closed(all[s], closure);
            out.add(new String[] {m.labels().country(s)}, row);
        }
        notes(out);
        return out;
    }

    /**
     * exvatools' {@code standard} grouping of the nine terms: EXGR, DC, DVA, VAX (T1–T3), REF (T4–T5), DDC (T6), FC,
     * FVA (T7–T8), FDC (T9).
     */
    public Frame standard(Closure closure) {
        Frame out = new Frame(List.of(EXPORTER), KwwColumns.STANDARD);
        double[][] all = all();
        for (int s = 0; s < m.countries(); s++) {
            double[] row = closed(all[s], closure);
            out.add(new String[] {m.labels().country(s)}, KwwColumns.standard(row[9], row));
        }
        notes(out);
        return out;
    }

    private void notes(Frame out) {
        for (String note : m.notes()) {
            out.note(note);
        }
    }

    /** T1..T9 (T9 by its formula), then EXGR. */
    private static double[] closed(double[] t, Closure closure) {
        double[] row = t.clone();
        if (closure == Closure.RESIDUAL) {
            double sum = 0;
            for (int k = 0; k < 8; k++) {
                sum += t[k];
            }
            row[8] = t[9] - sum;
        }
        return row;
    }

    private double[][] all() {
        return m.derived(TERMS);
    }

    private double[][] computeAll() {
        return Parallel.map(m.execution(), m.countries(), this::exporter, double[][]::new);
    }

    private double[] exporter(int s) {
        int g = m.countries();
        int nSec = m.sectors();
        Mat b = m.leontief();
        Mat a = m.coefficients();
        double[] vs = m.vaCoefficients(s);
        double[] es = m.exports(s);
        double[] yExp = new double[nSec];
        double[] loopBack = new double[nSec];
        double[] fin = new double[nSec];
        double[] dc = new double[nSec];
        double t2 = 0;
        double t3 = 0;
        double t4 = 0;
        for (int r = 0; r < g; r++) {
            if (r == s) {
                continue;
            }
            Vec.addTo(yExp, m.yBlock(s, r));
            double[] vbsr = Vec.leftBlockTimes(vs, b, s * nSec, r * nSec, nSec);
            t2 += Vec.dot(vbsr, m.yBlock(r, r));
            t4 += Vec.dot(vbsr, m.yBlock(r, s));
            double[] third = new double[nSec];
            for (int t = 0; t < g; t++) {
                if (t != s && t != r) {
                    Vec.addTo(third, m.yBlock(r, t));
                }
            }
            t3 += Vec.dot(vbsr, third);
            Vec.addTo(loopBack, Vec.leftBlockTimes(vbsr, a, r * nSec, s * nSec, nSec));
            Vec.addTo(fin, m.aTimes(s, r, m.localFinal(r)));
            Vec.addTo(dc, m.aTimes(s, r, m.localExports(r)));
        }
        double[] vbf = m.vbFor(s);
        double t1 = Vec.dot(m.vbDom(s), yExp);
        double t5 = Vec.dot(loopBack, m.localFinal(s));
        double t6 = Vec.dot(loopBack, m.localExports(s));
        return new double[] {t1, t2, t3, t4, t5, t6, Vec.dot(vbf, yExp), Vec.dot(vbf, fin), Vec.dot(vbf, dc),
            Vec.sum(es)};
    }
}
