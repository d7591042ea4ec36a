package org.gvc4j.method.bm2025;

import static org.gvc4j.method.Keys.COUNTRY;
import static org.gvc4j.method.bm2025.Bm2025Columns.GDP_COMPONENTS;
import static org.gvc4j.method.bm2025.Bm2025Columns.GDP_SHARES;
import static org.gvc4j.method.bm2025.Bm2025Columns.OUTPUT_COMPONENTS;
import static org.gvc4j.method.bm2025.Bm2025Columns.OUTPUT_SECTOR_COMPONENTS;
import static org.gvc4j.method.Keys.SECTOR;
import static org.gvc4j.method.bm2025.Bm2025Columns.SHARES;

import java.util.ArrayList;
import java.util.List;
import org.gvc4j.linalg.Mat;
import org.gvc4j.linalg.Vec;
import org.gvc4j.method.Frame;
import org.gvc4j.model.LeontiefModel;

/**
 * BMT2025 output-based participation, in two variants.
 *
 * <p><b>As published</b> (the seed gvcAnalyzer, methods.md §3.8): reproduced formula by formula, including its
 * known inconsistencies (§4.4): value-added components are closed against gross output through the residual TradX,
 * and the country and sector formulas differ (a j = s term and an extra A_ss L_ss at country level), so sectors do
 * not sum to the country. The seed clamps negative two-sided terms (GVC_TSImp) to 0; so does this variant, but each
 * clamped value is reported in the result's notes with its unclamped value.
 *
 * <p><b>GDP-closed</b> (gvc4j's consistent variant): GDP_s = v_s x_s split into DomX = VLdom_s y_ss,
 * DAVAX = Σ_r VLdom_s DAE_sr and GVC_PF = Σ_r VLdom_s RE_sr (the closed form), plus the imbalance
 * GDP − DomX − DAVAX − GVC_PF, which is zero on a balanced table. The sector rows are the origin-sector breakdown
 * v_{s,i}(L_ss ·)_i of the same terms and sum exactly to the country rows.
 */
public final class OutputMeasures {
    private final LeontiefModel m;

    public OutputMeasures(LeontiefModel model) {
        this.m = model;
    }

    /** Σ_{r≠s} A_sr L_rr e_r* (N): s's intermediate exports re-exported by the direct importers. */
    private double[] reExported(int s) {
        double[] sum = new double[m.sectors()];
        for (int r = 0; r < m.countries(); r++) {
            if (r != s) {
                Vec.addTo(sum, m.aTimes(s, r, m.localExports(r)));
            }
        }
        return sum;
    }

    /** ℓ_s = Σ_{j≠s} v_j L_jj A_js L_ss (1×N). */
    private double[] oneBorderForeign(int s) {
        return Vec.leftTimes(m.foreignVlTimesImports(s), m.localInverse(s));
    }

    /** Country rows as published; with {@code shares}, the measure columns too. */
    public Frame countries(int[] countries, boolean shares) {
        List<String> cols = new ArrayList<>(OUTPUT_COMPONENTS);
        if (shares) {
            cols.addAll(SHARES);
        }
        Frame out = new Frame(List.of(COUNTRY), cols);
        for (int s : countries) {
            double[] vl = m.vlDom(s);
            double[] w = Vec.plus(m.vbDom(s), m.vbFor(s));
            double[] ell = oneBorderForeign(s);
            double[] yAll = m.yTotal(s);
            double[] yss = m.yBlock(s, s);
            double[] xs = m.output(s);
            Mat lss = m.localInverse(s);
            double[] re = reExported(s);
            double pf = Vec.dot(vl, re);
            double pb = Vec.dot(w, yAll) - Vec.dot(vl, yAll) - Vec.dot(ell, yss);
            double tsImpRaw = Vec.dot(w, xs) - Vec.dot(vl, xs)
                    - Vec.dot(ell, m.aDomesticTimes(s, Vec.times(lss, yss))) - pb;
            double tsImp = clamp(tsImpRaw, m.labels().country(s), out);
            double tsDom = Vec.dot(vl, m.aDomesticTimes(s, Vec.times(lss, re)));
            double ts = tsImp + tsDom;
            double gvc = pf + pb + ts;
            double domX = Vec.dot(vl, yss);
            double x = Vec.sum(xs);
            double[] row = {pf, pb, tsImp, tsDom, ts, gvc, domX, x - domX - gvc, x};
            out.add(new String[] {m.labels().country(s)}, shares ? withShares(row, gvc, x, pf, ts, pb) : row);
        }
        return out;
    }

    /** Sector rows as published (origin sector for DomX, PF and TSDom; producer sector for PB and TSImp). */
    public Frame sectors(int[] countries, boolean shares) {
        List<String> cols = new ArrayList<>(OUTPUT_SECTOR_COMPONENTS);
        if (shares) {
            cols.addAll(SHARES);
        }
        Frame out = new Frame(List.of(COUNTRY, SECTOR), cols);
        for (int s : countries) {
            double[] v = m.vaCoefficients(s);
            double[] vbf = m.vbFor(s);
            double[] ell = oneBorderForeign(s);
            double[] yAll = m.yTotal(s);
            double[] yss = m.yBlock(s, s);
            double[] xs = m.output(s);
            Mat lss = m.localInverse(s);
            double[] lre = Vec.times(lss, reExported(s));
            double[] ly = Vec.times(lss, yss);
            double[] llre = Vec.times(lss, m.aDomesticTimes(s, lre));
            for (int i = 0; i < m.sectors(); i++) {
                String label = m.labels().country(s) + "." + m.labels().sector(i);
                double domX = v[i] * ly[i];
                double pf = v[i] * lre[i];
                double pb = vbf[i] * yAll[i] - ell[i] * yss[i];
                double tsImp = clamp(vbf[i] * (xs[i] - yAll[i]), label, out);
                double tsDom = v[i] * llre[i];
                double ts = tsImp + tsDom;
                double gvc = pf + pb + ts;
                double[] row = {xs[i], domX, xs[i] - domX - gvc, pf, pb, tsImp, tsDom, ts, gvc};
                out.add(new String[] {m.labels().country(s), m.labels().sector(i)},
                        shares ? withShares(row, gvc, xs[i], pf, ts, pb) : row);
            }
        }
        return out;
    }

    private static double clamp(double tsImp, String where, Frame out) {
        if (tsImp < 0) {
            out.note("GVC_TSImp of " + where + " is negative (" + tsImp + ") and is reported as 0, as the seed "
                    + "publishes it; the amount moves into TradX. Negative inputs (Z or VA) are the usual cause.");
            return 0;
        }
        return tsImp;
    }

    private static double[] withShares(double[] row, double gvc, double x, double pf, double ts, double pb) {
        double[] out = new double[row.length + 5];
        System.arraycopy(row, 0, out, 0, row.length);
        int k = row.length;
        out[k] = Frame.ratio(gvc, x);
        out[k + 1] = Frame.ratio(pf, gvc);
        out[k + 2] = Frame.ratio(ts, gvc);
        out[k + 3] = Frame.ratio(pb, gvc);
        out[k + 4] = Frame.ratio(pf - pb, gvc);
        return out;
    }

    /** GDP-closed variant, one row per country; with {@code shares}, the shares of GDP too. */
    public Frame gdpCountries(int[] countries, boolean shares) {
        List<String> cols = new ArrayList<>(GDP_COMPONENTS);
        if (shares) {
            cols.addAll(GDP_SHARES);
        }
        Frame out = new Frame(List.of(COUNTRY), cols);
        for (int s : countries) {
            double[][] t = gdpTerms(s);
            double[] sum = new double[4];
            for (int k = 0; k < 4; k++) {
                sum[k] = Vec.sum(t[k]);
            }
            double[] row = gdpRow(sum[0], sum[1], sum[2], sum[3]);
            out.add(new String[] {m.labels().country(s)}, shares ? row : java.util.Arrays.copyOf(row, GDP_COMPONENTS.size()));
        }
        return out;
    }

    /** GDP-closed variant by origin sector, with shares of GDP; sums exactly to {@link #gdpCountries}. */
    public Frame gdpSectors(int[] countries) {
        List<String> cols = new ArrayList<>(GDP_COMPONENTS);
        cols.addAll(GDP_SHARES);
        Frame out = new Frame(List.of(COUNTRY, SECTOR), cols);
        for (int s : countries) {
            double[][] t = gdpTerms(s);
            for (int i = 0; i < m.sectors(); i++) {
                out.add(new String[] {m.labels().country(s), m.labels().sector(i)},
                        gdpRow(t[0][i], t[1][i], t[2][i], t[3][i]));
            }
        }
        return out;
    }

    /** Origin-sector vectors GDP_i, DomX_i, DAVAX_i, PF_i of country s. */
    private double[][] gdpTerms(int s) {
        double[] v = m.vaCoefficients(s);
        Mat lss = m.localInverse(s);
        double[] dae = new double[m.sectors()];
        for (int r = 0; r < m.countries(); r++) {
            if (r != s) {
                Vec.addTo(dae, Vec.plus(m.yBlock(s, r), m.aTimes(s, r, m.localFinal(r))));
            }
        }
        return new double[][] {
            Vec.times(v, m.output(s)),
            Vec.times(v, Vec.times(lss, m.yBlock(s, s))),
            Vec.times(v, Vec.times(lss, dae)),
            Vec.times(v, Vec.times(lss, reExported(s)))
        };
    }

    private static double[] gdpRow(double gdp, double domX, double davax, double pf) {
        return new double[] {gdp, domX, davax, pf, gdp - domX - davax - pf, Frame.ratio(domX, gdp), Frame.ratio(davax, gdp),
            Frame.ratio(pf, gdp)};
    }
}
