package org.gvc4j.stats.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.gvc4j.stats.EstimationException;
import org.gvc4j.stats.VcovType;
import org.gvc4j.stats.data.Factor;

/**
 * The variance of the coefficients with fixest 0.14.2's default small-sample correction ({@code ssc(K.adj = TRUE,
 * K.fixef = "nonnested", G.adj = TRUE, G.df = "min")}). Scores s_i = u_i·x̃_i are never stored: the meat is
 * accumulated from x̃ and u (per-cluster sums S_g, G×k doubles per cluster dimension).
 */
final class Sandwich {
    final List<String> notes = new ArrayList<>();
    int sscK;
    double dfT;
    private final ModelFrame mf;
    private final Settings s;
    private final int[] kept;
    private final double[][] xt;
    private final double[] u;
    private final double[][] bread;
    private final int nParams;
    private final int n;
    private final int m;

    Sandwich(ModelFrame mf, Settings s, int[] kept, double[][] xt, double[] u, double[][] bread, int nParams) {
        this.mf = mf;
        this.s = s;
        this.kept = kept;
        this.xt = xt;
        this.u = u;
        this.bread = bread;
        this.nParams = nParams;
        this.n = mf.y.length;
        this.m = kept.length;
    }

    double[][] vcov(double sigma2) {
        VcovType type = s.vcov();
        sscK = nParams;
        dfT = n - nParams;
        switch (type) {
            case IID: {
                double f = mf.model.isGlm() ? (s.kAdj() ? (n - 1.0) / (n - nParams) : 1) : sigma2;
                return scale(bread, f);
            }
            case HETERO: {
                double[][] meat = new double[m][m];
                for (int i = 0; i < n; i++) {
                    double ui = u[i];
                    double uu = ui * ui;
                    for (int a = 0; a < m; a++) {
                        double xa = xt[kept[a]][i] * uu;
                        for (int b = a; b < m; b++) {
                            meat[a][b] += xa * xt[kept[b]][i];
                        }
                    }
                }
                symmetrize(meat);
                return scale(sandwich(meat), s.kAdj() ? n / (double) (n - nParams) : 1);
            }
            default:
                return clustered();
        }
    }

    private double[][] clustered() {
        int c = mf.clusterCodes.length;
        if (c == 0) {
            throw new EstimationException("clustered standard errors need a cluster variable (--cluster VAR), "
                    + "and the model has no fixed effect to cluster by");
        }
        if (c > 2) {
            throw new EstimationException("at most two cluster variables are supported (got " + c + ": "
                    + String.join(", ", mf.clusterNames) + ")");
        }
        for (int j = 0; j < c; j++) {
            if (mf.clusterSizes[j] < 2) {
                throw new EstimationException("cluster variable '" + mf.clusterNames.get(j)
                        + "' has a single level in the estimation sample; need ≥ 2");
            }
        }
        sscK = nParams - nestedDof();
        double gMin = Integer.MAX_VALUE;
        for (int j = 0; j < c; j++) {
            gMin = Math.min(gMin, mf.clusterSizes[j]);
        }
        dfT = gMin - 1;
        double adj = gMin / (gMin - 1) * (s.kAdj() ? (n - 1.0) / (n - sscK) : 1);
        double[][] meat = meat(mf.clusterCodes[0], mf.clusterSizes[0]);
        if (c == 2) {
            double[][] m2 = meat(mf.clusterCodes[1], mf.clusterSizes[1]);
            Factor inter = Factor.combine("inter", new Factor("a", mf.clusterCodes[0], mf.clusterSizes[0]),
                    new Factor("b", mf.clusterCodes[1], mf.clusterSizes[1]));
            double[][] m12 = meat(inter.codes(), inter.levels());
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    meat[a][b] += m2[a][b] - m12[a][b];
                }
            }
        }
        double[][] v = scale(sandwich(meat), adj);
        return c == 2 ? positiveDefinite(v) : v;
    }

    /** Σ_q nested (G_q − 1): fixest's K.fixef = "nonnested" rule. */
    private int nestedDof() {
        int q = mf.feNames.size();
        boolean[] nested = new boolean[q];
        boolean allClusterAreFe = true;
        for (String cn : mf.clusterNames) {
            if (!mf.feNames.contains(cn)) {
                allClusterAreFe = false;
            }
        }
        for (int f = 0; f < q; f++) {
            String fe = mf.feNames.get(f);
            List<String> parts = Arrays.asList(fe.split("\\^"));
            for (String cn : mf.clusterNames) {
                if (fe.equals(cn) || parts.size() > 1 && parts.contains(cn)) {
                    nested[f] = true;
                }
            }
        }
        if (!allClusterAreFe) {
            for (int f = 0; f < q; f++) {
                if (nested[f]) {
                    continue;
                }
                for (int c = 0; c < mf.clusterCodes.length && !nested[f]; c++) {
                    nested[f] = nestedIn(mf.feCodes[f], mf.feSizes[f], mf.clusterCodes[c]);
                }
            }
        }
        int dof = 0;
        int count = 0;
        for (int f = 0; f < q; f++) {
            if (nested[f]) {
                dof += mf.feSizes[f] - 1;
                count++;
            }
        }
        if (count == q && q > 0) {
            return nParams - (m + 1);
        }
        return dof;
    }

    private static boolean nestedIn(int[] fe, int g, int[] cl) {
        int[] first = new int[g];
        Arrays.fill(first, -1);
        for (int i = 0; i < fe.length; i++) {
            int f = fe[i];
            if (first[f] < 0) {
                first[f] = cl[i];
            } else if (first[f] != cl[i]) {
                return false;
            }
        }
        return true;
    }

    private double[][] meat(int[] codes, int g) {
        double[][] sg = new double[m][g];
        for (int a = 0; a < m; a++) {
            double[] x = xt[kept[a]];
            double[] acc = sg[a];
            for (int i = 0; i < n; i++) {
                acc[codes[i]] += u[i] * x[i];
            }
        }
        double[][] meat = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = a; b < m; b++) {
                double v = 0;
                double[] sa = sg[a];
                double[] sb = sg[b];
                for (int j = 0; j < g; j++) {
                    v += sa[j] * sb[j];
                }
                meat[a][b] = v;
                meat[b][a] = v;
            }
        }
        return meat;
    }

    private double[][] sandwich(double[][] meat) {
        double[][] t = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double v = 0;
                for (int c = 0; c < m; c++) {
                    v += bread[a][c] * meat[c][b];
                }
                t[a][b] = v;
            }
        }
        double[][] out = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double v = 0;
                for (int c = 0; c < m; c++) {
                    v += t[a][c] * bread[c][b];
                }
                out[a][b] = v;
            }
        }
        symmetrize(out);
        return out;
    }

    private static void symmetrize(double[][] a) {
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                double v = 0.5 * (a[i][j] + a[j][i]);
                if (a[j][i] == 0 && a[i][j] != 0) {
                    v = a[i][j];
                }
                a[i][j] = v;
                a[j][i] = v;
            }
        }
    }

    private static double[][] scale(double[][] a, double f) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
            for (int j = 0; j < a.length; j++) {
                out[i][j] *= f;
            }
        }
        return out;
    }

    /** Cameron–Gelbach–Miller: eigenvalues below 1e-16 are raised to it (fixest's mat_posdef_fix). */
    private double[][] positiveDefinite(double[][] v) {
        if (m == 0) {
            return v;
        }
        RealMatrix rm = new Array2DRowRealMatrix(v);
        EigenDecomposition e = new EigenDecomposition(rm);
        double[] ev = e.getRealEigenvalues();
        boolean fix = false;
        for (double x : ev) {
            if (x < 1e-16) {
                fix = true;
            }
        }
        if (!fix) {
            return v;
        }
        double[][] out = new double[m][m];
        RealMatrix vecs = e.getV();
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double s2 = 0;
                for (int l = 0; l < m; l++) {
                    s2 += vecs.getEntry(a, l) * Math.max(ev[l], 1e-16) * vecs.getEntry(b, l);
                }
                out[a][b] = s2;
            }
        }
        double moved = 0;
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                moved = Math.max(moved, Math.abs(out[a][b] - v[a][b]));
            }
        }
        if (moved > 1e-8) {
            notes.add(String.format(Locale.ROOT, "the two-way clustered variance was not positive definite: "
                    + "eigenvalues below 1e-16 were raised (largest change %.3g)", moved));
        }
        return out;
    }
}
