package org.gvc4j.method.leontief;

import static org.gvc4j.method.leontief.LeontiefColumns.DESTINATION;
import static org.gvc4j.method.leontief.LeontiefColumns.EXGR;
import static org.gvc4j.method.leontief.LeontiefColumns.EXPORTER;
import static org.gvc4j.method.leontief.LeontiefColumns.ORIGIN;
import static org.gvc4j.method.leontief.LeontiefColumns.ORIGIN_SECTOR;
import static org.gvc4j.method.leontief.LeontiefColumns.SECTOR;
import static org.gvc4j.method.leontief.LeontiefColumns.VA;

import java.util.ArrayList;
import java.util.List;
import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.linalg.Vec;
import org.gvc4j.method.Frame;
import org.gvc4j.model.Labels;
import org.gvc4j.model.LeontiefModel;

/**
 * Leontief value-added origin (decompr {@code leontief}, exvatools {@code get_va_exgr} / {@code get_va_fd}, icio's
 * origin × destination) and HIY vertical specialisation, on the derived model. Entry (i, j) of V̂ B diag(w) is the
 * value added of industry i embodied in w_j; every aggregate is a sum of these entries, taken from B's blocks without
 * forming the n×n product unless the long or wide form is asked for.
 */
public final class Leontief {
    private final LeontiefModel m;
    private final Labels labels;
    private final int g;
    private final int nSec;
    private final int n;
    private final double[] v;

    public Leontief(LeontiefModel model) {
        this.m = model;
        this.labels = model.labels();
        this.g = model.countries();
        this.nSec = model.sectors();
        this.n = model.size();
        this.v = vaCoefficients(model);
    }

    /**
     * v as the model holds it, except for the industries the model treats as zero-output because their output
     * recomputed from rows is negative ({@link #recomputedNegativeOutput}): under that convention their value added is
     * va = x − uZ = x and v = 1, as exvatools divides. The model's zero output changes nothing in B (their rows and
     * columns of A are zero either way), only this coefficient. With it, V̂BY keeps its identities on the recomputed
     * table: rows sum to value added and columns to final demand.
     */
    public static double[] vaCoefficients(LeontiefModel model) {
        double[] v = model.vaCoefficients();
        double[] neg = recomputedNegativeOutput(model);
        for (int i = 0; i < v.length; i++) {
            if (neg[i] != 0) {
                v[i] = 1.0;
            }
        }
        return v;
    }

    /**
     * Under {@code Conventions.Output.ROW_SUMS}, the output recomputed from rows of the industries the model sets to
     * zero because it is negative (isolated industries whose only flow is a negative final demand, e.g. WIOD 2013's
     * LUX.c5 and LUX.c8, −1 each); 0 for every other industry and under any other convention. Cost: O(n) per
     * zero-output industry.
     */
    public static double[] recomputedNegativeOutput(LeontiefModel model) {
        double[] x = model.output();
        double[] out = new double[x.length];
        if (model.conventions().output() != org.gvc4j.model.Conventions.Output.ROW_SUMS) {
            return out;
        }
        Mat z = model.table().z();
        Mat y = model.finalDemand();
        int n = x.length;
        for (int i = 0; i < n; i++) {
            if (x[i] != 0) {
                continue;
            }
            double rows = 0;
            for (int k = 0; k < n; k++) {
                rows += z.data[i + k * n];
            }
            for (int d = 0; d < y.cols; d++) {
                rows += y.data[i + d * n];
            }
            if (rows < 0) {
                out[i] = rows;
            }
        }
        return out;
    }

    /** The column weights w of V̂B diag(w): e_s* (exports), x (output) or ones (none). */
    private double[] weights(Post post) {
        return switch (post) {
            case EXPORTS -> {
                double[] e = new double[n];
                for (int s = 0; s < g; s++) {
                    System.arraycopy(m.exports(s), 0, e, s * nSec, nSec);
                }
                yield e;
            }
            case OUTPUT -> m.output();
            case NONE -> {
                double[] ones = new double[n];
                java.util.Arrays.fill(ones, 1.0);
                yield ones;
            }
        };
    }

    /**
     * The full matrix in long form: one row per (origin, origin_sector, country, sector), n² rows (decompr's long
     * output). Cost: n² multiplications.
     */
    public Frame longForm(Post post) {
        double[] w = weights(post);
        Mat b = m.leontief();
        Frame out = new Frame(List.of(ORIGIN, ORIGIN_SECTOR, post.countryKey(), SECTOR), List.of(VA));
        for (int i = 0; i < n; i++) {
            String[] origin = {labels.country(i / nSec), labels.sector(i % nSec)};
            for (int j = 0; j < n; j++) {
                out.add(new String[] {origin[0], origin[1], labels.country(j / nSec), labels.sector(j % nSec)},
                        new double[] {v[i] * b.data[i + j * n] * w[j]});
            }
        }
        return withNotes(out);
    }

    /**
     * The full matrix in wide form: one row per origin industry (origin, origin_sector), one column per using
     * industry, named {@code COUNTRY.SECTOR}. Cost: n² multiplications.
     */
    public Frame wideForm(Post post) {
        double[] w = weights(post);
        Mat b = m.leontief();
        List<String> cols = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            cols.add(labels.industry(j));
        }
        Frame out = new Frame(List.of(ORIGIN, ORIGIN_SECTOR), cols);
        for (int i = 0; i < n; i++) {
            double[] row = new double[n];
            for (int j = 0; j < n; j++) {
                row[j] = v[i] * b.data[i + j * n] * w[j];
            }
            out.add(new String[] {labels.country(i / nSec), labels.sector(i % nSec)}, row);
        }
        return withNotes(out);
    }

    /** Summed over sectors on both sides: one row per (origin, country), G² rows. Cost: 2n² flops. */
    public Frame byCountry(Post post) {
        double[] w = weights(post);
        Frame out = new Frame(List.of(ORIGIN, post.countryKey()), List.of(VA));
        double[][] cells = new double[g][];
        for (int s = 0; s < g; s++) {
            cells[s] = m.bColumnBlockTimes(s, block(w, s));
        }
        for (int s = 0; s < g; s++) {
            for (int t = 0; t < g; t++) {
                double sum = 0;
                for (int i = t * nSec; i < (t + 1) * nSec; i++) {
                    sum += v[i] * cells[s][i];
                }
                out.add(new String[] {labels.country(t), labels.country(s)}, new double[] {sum});
            }
        }
        return withNotes(out);
    }

    /**
     * By origin country and using industry (the using sector's breakdown): one row per (origin, country, sector),
     * (v_t B_ts)_j w_j; G·n rows. Cost: 2n² flops.
     */
    public Frame bySector(Post post) {
        double[] w = weights(post);
        Frame out = new Frame(List.of(ORIGIN, post.countryKey(), SECTOR), List.of(VA));
        for (int s = 0; s < g; s++) {
            double[] ws = block(w, s);
            for (int t = 0; t < g; t++) {
                double[] vb = Vec.leftBlockTimes(block(v, t), m.leontief(), t * nSec, s * nSec, nSec);
                for (int j = 0; j < nSec; j++) {
                    out.add(new String[] {labels.country(t), labels.country(s), labels.sector(j)},
                            new double[] {vb[j] * ws[j]});
                }
            }
        }
        return withNotes(out);
    }

    /**
     * By origin industry and using country (the origin sector's breakdown): one row per (origin, origin_sector,
     * country), v_i (B_{·s} w_s)_i; n·G rows. Cost: 2n² flops.
     */
    public Frame byOriginSector(Post post) {
        double[] w = weights(post);
        double[][] cells = new double[g][];
        for (int s = 0; s < g; s++) {
            cells[s] = m.bColumnBlockTimes(s, block(w, s));
        }
        Frame out = new Frame(List.of(ORIGIN, ORIGIN_SECTOR, post.countryKey()), List.of(VA));
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < g; s++) {
                out.add(new String[] {labels.country(i / nSec), labels.sector(i % nSec), labels.country(s)},
                        new double[] {v[i] * cells[s][i]});
            }
        }
        return withNotes(out);
    }

    /** BY (n×G), computed on first use (2n²G flops). */
    private Mat by() {
        return m.derived(LeontiefModel.BY);
    }

    /**
     * V̂BY in long form: one row per (origin, origin_sector, destination), v_i (BY)_{i,d}: the value added of industry i
     * absorbed by d's final demand (decompr {@code post = "final_demand"}). Rows sum to v_i (B Y u′)_i (= va_i on a
     * balanced table); columns sum to d's final demand u y_{·d} (residual value added). Cost: 2n²G flops (BY).
     */
    public Frame finalDemand() {
        Mat fd = by();
        Frame out = new Frame(List.of(ORIGIN, ORIGIN_SECTOR, DESTINATION), List.of(VA));
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < g; d++) {
                out.add(new String[] {labels.country(i / nSec), labels.sector(i % nSec), labels.country(d)},
                        new double[] {v[i] * fd.data[i + d * n]});
            }
        }
        return withNotes(out);
    }

    /** V̂BY in wide form: one row per origin industry, one column per destination country. */
    public Frame finalDemandWide() {
        Mat fd = by();
        Frame out = new Frame(List.of(ORIGIN, ORIGIN_SECTOR), labels.countries());
        for (int i = 0; i < n; i++) {
            double[] row = new double[g];
            for (int d = 0; d < g; d++) {
                row[d] = v[i] * fd.data[i + d * n];
            }
            out.add(new String[] {labels.country(i / nSec), labels.sector(i % nSec)}, row);
        }
        return withNotes(out);
    }

    /**
     * V̂BY summed over origin sectors: one row per (origin, destination), v_t (BY)_{t,d} (exvatools {@code get_va_fd};
     * icio origin × destination). Cost: 2n²G flops (BY).
     */
    public Frame finalDemandByCountry() {
        Mat fd = by();
        Frame out = new Frame(List.of(ORIGIN, DESTINATION), List.of(VA));
        for (int d = 0; d < g; d++) {
            for (int t = 0; t < g; t++) {
                double sum = 0;
                for (int i = t * nSec; i < (t + 1) * nSec; i++) {
                    sum += v[i] * fd.data[i + d * n];
                }
                out.add(new String[] {labels.country(t), labels.country(d)}, new double[] {sum});
            }
        }
        return withNotes(out);
    }

    /**
     * HIY vertical specialisation by exporter: EXGR = u e_s*, VS = IMP_s e_s* (imported inputs embodied in exports,
     * the A-based form, = BM FC + DDC with residual value added), VS1 = Σ_{r≠s} v_s B_sr e_r* (s's value added in other
     * countries' exports) and both shares of EXGR. Cost: 2nN per exporter (VS1), O(N) for VS.
     */
    public Frame verticalSpecialisation() {
        double[][] vs1 = forwardBySector();
        Frame out = new Frame(List.of(EXPORTER), LeontiefColumns.VERTICAL);
        for (int s = 0; s < g; s++) {
            double[] e = m.exports(s);
            double exgr = Vec.sum(e);
            double vs = Vec.dot(m.importContent(s), e);
            double f = Vec.sum(vs1[s]);
            out.add(new String[] {labels.country(s)},
                    new double[] {exgr, vs, Frame.ratio(vs, exgr), f, Frame.ratio(f, exgr)});
        }
        return withNotes(out);
    }

    /**
     * The same by sector: EXGR and VS by exporting sector ((IMP_s)_i e_{s*,i}), VS_share = VS/EXGR (missing where the
     * sector does not export), and VS1 by origin sector, v_{s,i} Σ_{r≠s} (B_sr e_r*)_i; VS1 has no share here, its
     * breakdown is not the exporting sector's.
     */
    public Frame verticalSpecialisationBySector() {
        double[][] vs1 = forwardBySector();
        Frame out = new Frame(List.of(EXPORTER, SECTOR), LeontiefColumns.VERTICAL_SECTOR);
        for (int s = 0; s < g; s++) {
            double[] e = m.exports(s);
            double[] vs = Vec.times(m.importContent(s), e);
            for (int i = 0; i < nSec; i++) {
                out.add(new String[] {labels.country(s), labels.sector(i)},
                        new double[] {e[i], vs[i], Frame.ratio(vs[i], e[i]), vs1[s][i]});
            }
        }
        return withNotes(out);
    }

    /** Per exporter s, by origin sector i: v_{s,i} Σ_{r≠s} (B_sr e_r*)_i. */
    private double[][] forwardBySector() {
        double[] foreignExports = weights(Post.EXPORTS);
        double[][] out = new double[g][];
        for (int s = 0; s < g; s++) {
            double[] masked = foreignExports.clone();
            java.util.Arrays.fill(masked, s * nSec, (s + 1) * nSec, 0.0);
            double[] row = new double[nSec];
            Mat b = m.leontief();
            for (int j = 0; j < n; j++) {
                double ej = masked[j];
                if (ej != 0) {
                    int off = s * nSec + j * n;
                    for (int i = 0; i < nSec; i++) {
                        row[i] += b.data[off + i] * ej;
                    }
                }
            }
            out[s] = Vec.times(block(v, s), row);
        }
        return out;
    }

    /** The model's notes (zero-output industries, recomputed output) travel with every result. */
    private Frame withNotes(Frame out) {
        for (String note : m.notes()) {
            out.note(note);
        }
        return out;
    }

    private double[] block(double[] full, int s) {
        double[] out = new double[nSec];
        System.arraycopy(full, s * nSec, out, 0, nSec);
        return out;
    }
}
