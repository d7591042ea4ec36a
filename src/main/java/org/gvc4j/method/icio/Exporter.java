package org.gvc4j.method.icio;

import java.util.Arrays;
import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.linalg.SmallLu;
import org.gvc4j.linalg.Vec;
import org.gvc4j.model.LeontiefModel;

/**
 * The exporter whose border is the perimeter: one country s, or a group S of countries treated as one (intra-group
 * trade becomes domestic). Its vectors run over its own industries (N for a country, |S|·N for a group, members in
 * the given order, sectors within); {@link #toSectors} sums them over the members, sector by sector. A country reads
 * everything from the {@link LeontiefModel}; a group computes its factors once from B and A: L_SS = (I − A_SS)⁻¹,
 * M_S = Σ_{j∉S} A_Sj B_jS (summed directly), the LU of I + M_S, and the multipliers.
 */
abstract class Exporter {
    final IcioBase base;
    final String name;
    final int[] members;

    private Exporter(IcioBase base, String name, int[] members) {
        this.base = base;
        this.name = name;
        this.members = members.clone();
    }

    static Exporter country(IcioBase base, int s) {
        return new Country(base, base.m.labels().country(s), s);
    }

    static Exporter group(IcioBase base, String name, int[] members) {
        return members.length == 1 ? new Country(base, name, members[0]) : new Group(base, name, members);
    }

    /** True if country r is (part of) this exporter: no exports to it. */
    boolean covers(int r) {
        for (int s : members) {
            if (s == r) {
                return true;
            }
        }
        return false;
    }

    boolean isCountry() {
        return this instanceof Country;
    }

    /** e_Sr (own industries). */
    abstract double[] exports(int r);

    /** e_S* = Σ_{r∉S} e_Sr. */
    abstract double[] exportsTotal();

    /** y_Sr: final goods of S absorbed in r. */
    abstract double[] finalTo(int r);

    /** A_Sr q for an N-vector q over r's industries. */
    abstract double[] aTimes(int r, double[] q);

    /** B_{·S} q (n) for a vector over S's industries. */
    abstract double[] bColumnTimes(double[] q);

    /** (I + M_S)⁻¹ q. */
    abstract double[] solveIPlusM(double[] q);

    /** Σ_{j∉S} A_Sj q_j for an n-vector q: S's intermediate exports applied to q. */
    abstract double[] aExportRowTimes(double[] q);

    /**
     * B\\S D for the columns of D given BD (n×k): BD − B_{·S}(I + M_S)⁻¹ Σ_{j∉S} A_Sj (BD)_j, all columns at once
     * (GEMMs for a country; column by column for a group).
     */
    Mat withoutExports(Mat bd) {
        Mat out = bd.copy();
        for (int c = 0; c < bd.cols; c++) {
            double[] col = base.column(bd, c);
            double[] w = Vec.minus(col, bColumnTimes(solveIPlusM(aExportRowTimes(col))));
            System.arraycopy(w, 0, out.data, c * bd.rows, bd.rows);
        }
        return out;
    }

    /** B_{·S} Y_S (n×G): the output that S's own final goods need, by destination. */
    Mat ownFinalOutput() {
        Mat out = new Mat(base.n, base.g);
        for (int s : members) {
            for (int r = 0; r < base.g; r++) {
                double[] ysr = base.m.yBlock(s, r);
                double[] col = base.m.bColumnBlockTimes(s, ysr);
                for (int i = 0; i < base.n; i++) {
                    out.data[i + r * base.n] += col[i];
                }
            }
        }
        return out;
    }

    /** M_S (shared, do not modify). */
    abstract Mat loop();

    abstract double[] vlDom();

    abstract double[] vbDom();

    abstract double[] vbFor();

    /** f_S = VBfor_S (I + M_S)⁻¹. */
    abstract double[] fvaMultiplier();

    /** Per-sector sums over the members (identity for a country). */
    abstract double[] toSectors(double[] own);

    /** A_Sr L_rr q. */
    double[] viaLocal(int r, double[] q) {
        return aTimes(r, Vec.times(base.m.localInverse(r), q));
    }

    /** x^{(S)} = Σ_{k∈S} B y_{·k} (n): the output S's final demand needs. */
    double[] outputFor() {
        double[] out = new double[base.n];
        for (int k : members) {
            Vec.addTo(out, base.column(base.by(), k));
        }
        return out;
    }

    /** Σ_{l∉S} x^{(l)} (n), summed directly. */
    double[] outputForOthers() {
        double[] out = new double[base.n];
        for (int l = 0; l < base.g; l++) {
            if (!covers(l)) {
                Vec.addTo(out, base.column(base.by(), l));
            }
        }
        return out;
    }

    /** y_rS = Σ_{k∈S} y_rk: r's final goods absorbed in S. */
    double[] finalFrom(int r) {
        double[] out = new double[base.nSec];
        for (int k : members) {
            Vec.addTo(out, base.m.yBlock(r, k));
        }
        return out;
    }

    /** Σ_{j∉S, j≠r} y_rj: r's final goods absorbed outside S and r. */
    double[] finalSalesOutside(int r) {
        int[] skip = Arrays.copyOf(members, members.length + 1);
        skip[members.length] = r;
        return base.finalSalesExcept(r, skip);
    }

    /** Σ_{l∉S} y_{·l} with S's own rows left out (n). */
    double[] thirdCountryFinalDemand() {
        int n = base.n;
        Mat y = base.m.finalDemand();
        double[] d = new double[n];
        for (int l = 0; l < base.g; l++) {
            if (covers(l)) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                if (!covers(i / base.nSec)) {
                    d[i] += y.data[i + l * n];
                }
            }
        }
        return d;
    }

    private static final class Country extends Exporter {
        private final LeontiefModel m;
        private final int s;

        Country(IcioBase base, String name, int s) {
            super(base, name, new int[] {s});
            this.m = base.m;
            this.s = s;
        }

        @Override
        double[] exports(int r) {
            return m.exports(s, r);
        }

        @Override
        double[] exportsTotal() {
            return m.exports(s);
        }

        @Override
        double[] finalTo(int r) {
            return m.yBlock(s, r);
        }

        @Override
        double[] aTimes(int r, double[] q) {
            return m.aTimes(s, r, q);
        }

        @Override
        double[] bColumnTimes(double[] q) {
            return m.bColumnBlockTimes(s, q);
        }

        @Override
        double[] solveIPlusM(double[] q) {
            return m.solveIPlusM(s, q);
        }

        @Override
        double[] aExportRowTimes(double[] q) {
            return m.aExportRowTimes(s, q);
        }

        @Override
        Mat loop() {
            return m.reExportLoop(s);
        }

        @Override
        double[] vlDom() {
            return m.vlDom(s);
        }

        @Override
        double[] vbDom() {
            return m.vbDom(s);
        }

        @Override
        double[] vbFor() {
            return m.vbFor(s);
        }

        @Override
        double[] fvaMultiplier() {
            return m.fvaMultiplier(s);
        }

        @Override
        double[] toSectors(double[] own) {
            return own;
        }

        @Override
        Mat withoutExports(Mat bd) {
            int nSec = base.nSec;
            Mat c = new Mat(nSec, bd.cols);
            Dense.gemmBlock(1.0, base.aForeign(), s * nSec, 0, nSec, base.n, bd, 0, 0, bd.cols, c);
            Mat z = new Mat(nSec, bd.cols);
            for (int k = 0; k < bd.cols; k++) {
                System.arraycopy(m.solveIPlusM(s, base.column(c, k)), 0, z.data, k * nSec, nSec);
            }
            Mat out = bd.copy();
            Dense.gemmBlock(-1.0, m.leontief(), 0, s * nSec, base.n, nSec, z, 0, 0, bd.cols, out);
            return out;
        }

        @Override
        Mat ownFinalOutput() {
            Mat out = new Mat(base.n, base.g);
            Dense.gemmBlock(1.0, m.leontief(), 0, s * base.nSec, base.n, base.nSec, m.finalDemand(), s * base.nSec, 0,
                    base.g, out);
            return out;
        }

        @Override
        double[] outputFor() {
            return base.column(base.by(), s);
        }
    }

    private static final class Group extends Exporter {
        private final int[] idx;
        private final boolean[] inside;
        private final Mat loop;
        private final SmallLu luIPlusM;
        private final double[] vlDom;
        private final double[] vbDom;
        private final double[] vbFor;
        private final double[] f;

        Group(IcioBase base, String name, int[] members) {
            super(base, name, members);
            int nSec = base.nSec;
            int n = base.n;
            idx = new int[members.length * nSec];
            inside = new boolean[n];
            for (int p = 0; p < members.length; p++) {
                for (int k = 0; k < nSec; k++) {
                    idx[p * nSec + k] = members[p] * nSec + k;
                    inside[members[p] * nSec + k] = true;
                }
            }
            Mat a = base.m.coefficients();
            Mat b = base.m.leontief();
            int ns = idx.length;
            Mat iMinusA = new Mat(ns, ns);
            Mat bss = new Mat(ns, ns);
            for (int q = 0; q < ns; q++) {
                for (int p = 0; p < ns; p++) {
                    iMinusA.data[p + q * ns] = (p == q ? 1 : 0) - a.data[idx[p] + idx[q] * n];
                    bss.data[p + q * ns] = b.data[idx[p] + idx[q] * n];
                }
            }
            Mat lss;
            try {
                lss = Dense.inverse(iMinusA);
            } catch (org.gvc4j.linalg.SingularMatrixException ex) {
                throw base.m.singular("I - A_SS of group " + name, idx, ex);
            }
            Mat rows = new Mat(ns, n);
            Mat cols = new Mat(n, ns);
            for (int j = 0; j < n; j++) {
                for (int p = 0; p < ns; p++) {
                    rows.data[p + j * ns] = inside[j] ? 0 : a.data[idx[p] + j * n];
                }
            }
            for (int q = 0; q < ns; q++) {
                for (int i = 0; i < n; i++) {
                    cols.data[i + q * n] = b.data[i + idx[q] * n];
                }
            }
            loop = Dense.times(rows, cols);
            Mat iPlusM = loop.copy();
            for (int i = 0; i < ns; i++) {
                iPlusM.data[i + i * ns] += 1.0;
            }
            try {
                luIPlusM = new SmallLu(iPlusM);
            } catch (org.gvc4j.linalg.SingularMatrixException ex) {
                throw base.m.singular("I + M_S of group " + name, idx, ex);
            }
            double[] v = base.m.vaCoefficients();
            double[] vs = new double[ns];
            for (int p = 0; p < ns; p++) {
                vs[p] = v[idx[p]];
            }
            vlDom = Vec.leftTimes(vs, lss);
            vbDom = Vec.leftTimes(vs, bss);
            vbFor = new double[ns];
            for (int q = 0; q < ns; q++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    if (!inside[i]) {
                        sum += v[i] * b.data[i + idx[q] * n];
                    }
                }
                vbFor[q] = sum;
            }
            f = luIPlusM.solveLeft(vbFor);
        }

        @Override
        double[] exports(int r) {
            double[] out = new double[idx.length];
            if (covers(r)) {
                return out;
            }
            Mat esr = base.m.bilateralExports();
            for (int p = 0; p < idx.length; p++) {
                out[p] = esr.data[idx[p] + r * base.n];
            }
            return out;
        }

        @Override
        double[] exportsTotal() {
            double[] out = new double[idx.length];
            for (int r = 0; r < base.g; r++) {
                if (!covers(r)) {
                    Vec.addTo(out, exports(r));
                }
            }
            return out;
        }

        @Override
        double[] finalTo(int r) {
            Mat y = base.m.finalDemand();
            double[] out = new double[idx.length];
            for (int p = 0; p < idx.length; p++) {
                out[p] = y.data[idx[p] + r * base.n];
            }
            return out;
        }

        @Override
        double[] aTimes(int r, double[] q) {
            double[] out = new double[idx.length];
            for (int p = 0; p < members.length; p++) {
                System.arraycopy(base.m.aTimes(members[p], r, q), 0, out, p * base.nSec, base.nSec);
            }
            return out;
        }

        @Override
        double[] bColumnTimes(double[] q) {
            double[] out = new double[base.n];
            for (int p = 0; p < members.length; p++) {
                Vec.addTo(out, base.m.bColumnBlockTimes(members[p],
                        Arrays.copyOfRange(q, p * base.nSec, (p + 1) * base.nSec)));
            }
            return out;
        }

        @Override
        double[] solveIPlusM(double[] q) {
            return luIPlusM.solve(q);
        }

        @Override
        double[] aExportRowTimes(double[] q) {
            Mat a = base.m.coefficients();
            int n = base.n;
            double[] out = new double[idx.length];
            for (int j = 0; j < n; j++) {
                if (inside[j] || q[j] == 0) {
                    continue;
                }
                for (int p = 0; p < idx.length; p++) {
                    out[p] += a.data[idx[p] + j * n] * q[j];
                }
            }
            return out;
        }

        @Override
        Mat loop() {
            return loop;
        }

        @Override
        double[] vlDom() {
            return vlDom.clone();
        }

        @Override
        double[] vbDom() {
            return vbDom.clone();
        }

        @Override
        double[] vbFor() {
            return vbFor.clone();
        }

        @Override
        double[] fvaMultiplier() {
            return f.clone();
        }

        @Override
        double[] toSectors(double[] own) {
            double[] out = new double[base.nSec];
            for (int p = 0; p < idx.length; p++) {
                out[p % base.nSec] += own[p];
            }
            return out;
        }
    }
}
