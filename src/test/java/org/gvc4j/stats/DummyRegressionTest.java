package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.gvc4j.stats.data.ArraySource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property tests on seeded random panels: absorbing fixed effects gives the regressors' block of the same model with
 * explicit dummies, solved here independently (normal equations / Newton with a dense design, Commons Math Cholesky).
 * Estimates and iid standard errors agree to 1e-8.
 */
class DummyRegressionTest {
    static final double TOL = 1e-8;

    /** A random panel: two crossed fixed effects (G1, G2 levels), regressors x1, x2, outcomes for each model. */
    record Panel(ArraySource src, int n, int g1, int g2, int[] f1, int[] f2, double[] x1, double[] x2, double[] yOls,
                 double[] yPois, double[] yBin) {
    }

    static Panel panel(long seed, int n, int g1, int g2) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] f1 = new int[n];
        int[] f2 = new int[n];
        double[] a = new double[g1];
        double[] b = new double[g2];
        for (int g = 0; g < g1; g++) {
            a[g] = r.nextDouble(-1, 1);
        }
        for (int g = 0; g < g2; g++) {
            b[g] = r.nextDouble(-1, 1);
        }
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] yo = new double[n];
        double[] yp = new double[n];
        double[] yb = new double[n];
        for (int i = 0; i < n; i++) {
            f1[i] = i < g1 ? i : r.nextInt(g1); // every level present
            f2[i] = i < g2 ? i : r.nextInt(g2);
            x1[i] = r.nextDouble(-1, 1) + 0.3 * a[f1[i]];
            x2[i] = r.nextDouble(0, 2) + 0.2 * b[f2[i]];
            double eta = 0.5 * x1[i] - 0.3 * x2[i] + a[f1[i]] + b[f2[i]];
            yo[i] = eta + r.nextDouble(-1, 1);
            double mu = Math.exp(1 + eta);
            yp[i] = poisson(r, mu);
            yb[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        ArraySource src = new ArraySource("random panel", n).withCodes("f1", f1).withCodes("f2", f2)
                .withNumeric("x1", x1).withNumeric("x2", x2).withNumeric("y", yo).withNumeric("count", yp)
                .withNumeric("d", yb);
        return new Panel(src, n, g1, g2, f1, f2, x1, x2, yo, yp, yb);
    }

    static double poisson(SplittableRandom r, double mu) {
        double l = Math.exp(-mu);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** Intercept, x1, x2, dummies for f1 levels 1.. and f2 levels 1.. (level 0 is the reference). */
    static double[][] design(Panel p) {
        int k = 3 + (p.g1 - 1) + (p.g2 - 1);
        double[][] x = new double[p.n][k];
        for (int i = 0; i < p.n; i++) {
            x[i][0] = 1;
            x[i][1] = p.x1[i];
            x[i][2] = p.x2[i];
            if (p.f1[i] > 0) {
                x[i][2 + p.f1[i]] = 1;
            }
            if (p.f2[i] > 0) {
                x[i][2 + (p.g1 - 1) + p.f2[i]] = 1;
            }
        }
        return x;
    }

    /** Weighted normal equations: returns (X'WX)⁻¹ and β for outcome z. */
    static RealMatrix[] wls(double[][] x, double[] w, double[] z) {
        int k = x[0].length;
        double[][] a = new double[k][k];
        double[] b = new double[k];
        for (int i = 0; i < x.length; i++) {
            for (int p = 0; p < k; p++) {
                double xp = x[i][p] * w[i];
                if (xp == 0) {
                    continue;
                }
                b[p] += xp * z[i];
                for (int q = 0; q < k; q++) {
                    a[p][q] += xp * x[i][q];
                }
            }
        }
        CholeskyDecomposition c = new CholeskyDecomposition(new Array2DRowRealMatrix(a), 1e-14, 1e-14);
        RealMatrix inv = c.getSolver().getInverse();
        RealMatrix beta = inv.multiply(new Array2DRowRealMatrix(b));
        return new RealMatrix[] {inv, beta};
    }

    /** Newton for Poisson (log) or logit on the dense design; returns {β, H⁻¹}. */
    static RealMatrix[] newton(double[][] x, double[] y, boolean poisson) {
        int n = y.length;
        int k = x[0].length;
        double[] beta = new double[k];
        RealMatrix[] out = null;
        for (int it = 0; it < 200; it++) {
            double[] w = new double[n];
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                double eta = 0;
                for (int p = 0; p < k; p++) {
                    eta += x[i][p] * beta[p];
                }
                double mu = poisson ? Math.exp(eta) : 1 / (1 + Math.exp(-eta));
                double v = poisson ? mu : mu * (1 - mu);
                w[i] = v;
                z[i] = eta + (y[i] - mu) / v;
            }
            out = wls(x, w, z);
            double change = 0;
            for (int p = 0; p < k; p++) {
                double nb = out[1].getEntry(p, 0);
                change = Math.max(change, Math.abs(nb - beta[p]));
                beta[p] = nb;
            }
            if (change < 1e-13) {
                break;
            }
        }
        // H⁻¹ at the final β
        double[] w = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double eta = 0;
            for (int p = 0; p < k; p++) {
                eta += x[i][p] * beta[p];
            }
            double mu = poisson ? Math.exp(eta) : 1 / (1 + Math.exp(-eta));
            w[i] = poisson ? mu : mu * (1 - mu);
            z[i] = eta;
        }
        RealMatrix inv = wls(x, w, z)[0];
        return new RealMatrix[] {new Array2DRowRealMatrix(beta), inv};
    }

    static void close(double want, double got, String what) {
        assertTrue(Math.abs(got - want) <= TOL * Math.max(1, Math.abs(want)), what + ": got " + got + ", want " + want
                + " (diff " + Math.abs(got - want) + ")");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void feOlsEqualsOlsWithDummies(long seed) {
        Panel p = panel(seed, 400, 12, 9);
        Fit fit = Estimate.of(Model.OLS, p.src, "y ~ x1 + x2 | f1 + f2").withTolerance(1e-13, 1e-13).fit();
        double[][] x = design(p);
        double[] ones = new double[p.n];
        java.util.Arrays.fill(ones, 1);
        RealMatrix[] r = wls(x, ones, p.yOls);
        double ssr = 0;
        for (int i = 0; i < p.n; i++) {
            double fit2 = 0;
            for (int q = 0; q < x[0].length; q++) {
                fit2 += x[i][q] * r[1].getEntry(q, 0);
            }
            ssr += (p.yOls[i] - fit2) * (p.yOls[i] - fit2);
        }
        int kFull = x[0].length;
        assertEquals(kFull, fit.getNParams(), "nparams = rank of the dummy design for a connected panel");
        double s2 = ssr / (p.n - kFull);
        for (int j = 0; j < 2; j++) {
            close(r[1].getEntry(j + 1, 0), fit.getEstimates()[j], "estimate x" + (j + 1));
            close(Math.sqrt(s2 * r[0].getEntry(j + 1, j + 1)), fit.getStdErrors()[j], "iid SE x" + (j + 1));
        }
        close(1 - ssr / tss(p.yOls), fit.getR2(), "R2");
    }

    static double tss(double[] y) {
        double m = 0;
        for (double v : y) {
            m += v;
        }
        m /= y.length;
        double t = 0;
        for (double v : y) {
            t += (v - m) * (v - m);
        }
        return t;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void fePpmlEqualsPoissonGlmWithDummies(long seed) {
        Panel p = panel(seed, 400, 12, 9);
        Fit fit = Estimate.of(Model.PPML, p.src, "count ~ x1 + x2 | f1 + f2").withTolerance(1e-13, 1e-13).fit();
        assertEquals(p.n, fit.getNobs(), "no group is all zero in this panel");
        RealMatrix[] r = newton(design(p), p.yPois, true);
        int kFull = design(p)[0].length;
        double adj = (p.n - 1.0) / (p.n - kFull);
        for (int j = 0; j < 2; j++) {
            close(r[0].getEntry(j + 1, 0), fit.getEstimates()[j], "estimate x" + (j + 1));
            close(Math.sqrt(adj * r[1].getEntry(j + 1, j + 1)), fit.getStdErrors()[j], "iid SE x" + (j + 1));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void feLogitEqualsLogitWithDummies(long seed) {
        Panel p = panel(seed, 600, 6, 5);
        Fit fit = Estimate.of(Model.LOGIT, p.src, "d ~ x1 + x2 | f1 + f2").withTolerance(1e-13, 1e-13).fit();
        assertEquals(p.n, fit.getNobs(), "no group is all 0 or all 1 in this panel");
        RealMatrix[] r = newton(design(p), p.yBin, false);
        int kFull = design(p)[0].length;
        double adj = (p.n - 1.0) / (p.n - kFull);
        for (int j = 0; j < 2; j++) {
            close(r[0].getEntry(j + 1, 0), fit.getEstimates()[j], "estimate x" + (j + 1));
            close(Math.sqrt(adj * r[1].getEntry(j + 1, j + 1)), fit.getStdErrors()[j], "iid SE x" + (j + 1));
        }
    }

    /** Hetero and clustered sandwiches of FE-PPML and FE-logit equal the dense dummy-design sandwich's x block. */
    @ParameterizedTest
    @ValueSource(longs = {31, 32})
    void glmSandwichesEqualTheDummyDesignSandwich(long seed) {
        Panel p = panel(seed, 500, 8, 6);
        SplittableRandom r = new SplittableRandom(seed);
        int[] cl = new int[p.n];
        for (int i = 0; i < p.n; i++) {
            cl[i] = r.nextInt(25);
        }
        p.src.withCodes("cl", cl);
        double[][] x = design(p);
        int kFull = x[0].length;
        for (boolean poisson : new boolean[] {true, false}) {
            double[] y = poisson ? p.yPois : p.yBin;
            String f = poisson ? "count ~ x1 + x2 | f1 + f2" : "d ~ x1 + x2 | f1 + f2";
            Model m = poisson ? Model.PPML : Model.LOGIT;
            RealMatrix[] nr = newton(x, y, poisson);
            RealMatrix hinv = nr[1];
            double[] u = new double[p.n];
            for (int i = 0; i < p.n; i++) {
                double eta = 0;
                for (int q = 0; q < kFull; q++) {
                    eta += x[i][q] * nr[0].getEntry(q, 0);
                }
                u[i] = y[i] - (poisson ? Math.exp(eta) : 1 / (1 + Math.exp(-eta)));
            }
            // hetero: n/(n-K) H⁻¹ (Σ u² x x') H⁻¹
            double[][] meat = new double[kFull][kFull];
            double[][] sg = new double[25][kFull];
            for (int i = 0; i < p.n; i++) {
                for (int a = 0; a < kFull; a++) {
                    sg[cl[i]][a] += u[i] * x[i][a];
                    for (int b = 0; b < kFull; b++) {
                        meat[a][b] += u[i] * u[i] * x[i][a] * x[i][b];
                    }
                }
            }
            double[][] cmeat = new double[kFull][kFull];
            for (double[] g : sg) {
                for (int a = 0; a < kFull; a++) {
                    for (int b = 0; b < kFull; b++) {
                        cmeat[a][b] += g[a] * g[b];
                    }
                }
            }
            RealMatrix vh = hinv.multiply(new Array2DRowRealMatrix(meat)).multiply(hinv)
                    .scalarMultiply(p.n / (double) (p.n - kFull));
            RealMatrix vc = hinv.multiply(new Array2DRowRealMatrix(cmeat)).multiply(hinv)
                    .scalarMultiply(25.0 / 24 * (p.n - 1.0) / (p.n - kFull));
            Fit h = Estimate.of(m, p.src, f).hetero().withTolerance(1e-13, 1e-13).fit();
            Fit c = Estimate.of(m, p.src, f).cluster("cl").withTolerance(1e-13, 1e-13).fit();
            assertEquals(25, c.getClusterSizes()[0]);
            for (int j = 0; j < 2; j++) {
                close(Math.sqrt(vh.getEntry(j + 1, j + 1)), h.getStdErrors()[j], m + " hetero SE x" + (j + 1));
                close(Math.sqrt(vc.getEntry(j + 1, j + 1)), c.getStdErrors()[j], m + " cluster SE x" + (j + 1));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void interactionIsTheProductColumn() {
        Panel p = panel(41, 400, 10, 7);
        double[] prod = new double[p.n];
        for (int i = 0; i < p.n; i++) {
            prod[i] = p.x1[i] * p.x2[i];
        }
        p.src.withNumeric("x1x2", prod);
        Fit a = Estimate.of(Model.PPML, p.src, "count ~ x1*x2 | f1^f2").cluster("f1").fit();
        Fit b = Estimate.of(Model.PPML, p.src, "count ~ x1 + x2 + x1x2 | f1^f2").cluster("f1").fit();
        assertEquals(List.of("x1", "x2", "x1:x2"), a.getTerms());
        for (int j = 0; j < 3; j++) {
            close(b.getEstimates()[j], a.getEstimates()[j], "estimate " + j);
            close(b.getStdErrors()[j], a.getStdErrors()[j], "SE " + j);
        }
        assertEquals(List.of("f1^f2"), a.getFixedEffects());
        assertEquals(b.getSscK(), a.getSscK(), "f1^f2 nested in the f1 clusters by name");
        assertEquals(3 + 1, a.getSscK(), "every FE nested: K = k + 1");
    }

    @org.junit.jupiter.api.Test
    void resultsDoNotDependOnTheThreadCount() {
        Panel p = panel(21, 3000, 60, 40);
        for (String f : List.of("y ~ x1 + x2 | f1 + f2", "count ~ x1 + x2 | f1 + f2")) {
            Model m = f.startsWith("y") ? Model.OLS : Model.PPML;
            Fit one = Estimate.of(m, p.src, f).cluster("f1").withThreads(1).fit();
            Fit two = Estimate.of(m, p.src, f).cluster("f1").withThreads(2).fit();
            org.junit.jupiter.api.Assertions.assertArrayEquals(one.getEstimates(), two.getEstimates(), 0.0, f);
            org.junit.jupiter.api.Assertions.assertArrayEquals(one.getStdErrors(), two.getStdErrors(), 0.0, f);
        }
    }

    /** Probit: Fisher scoring on the dense dummy design (expected information, as R's glm and fixest use). */
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void feProbitEqualsProbitWithDummies(long seed) {
        Panel p = panel(seed, 600, 6, 5);
        Fit fit = Estimate.probit(tablesaw(p), "d ~ x1 + x2 | f1 + f2").withTolerance(1e-13, 1e-13).fit();
        assertEquals(p.n, fit.getNobs());
        double[][] x = design(p);
        int n = p.n;
        int k = x[0].length;
        double[] beta = new double[k];
        org.apache.commons.math3.distribution.NormalDistribution nd =
                new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
        RealMatrix inv = null;
        for (int it = 0; it < 100; it++) {
            double[] w = new double[n];
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                double eta = 0;
                for (int q = 0; q < k; q++) {
                    eta += x[i][q] * beta[q];
                }
                double mu = nd.cumulativeProbability(eta);
                double d = nd.density(eta);
                w[i] = d * d / (mu * (1 - mu));
                z[i] = eta + (p.yBin[i] - mu) / d;
            }
            RealMatrix[] r = wls(x, w, z);
            inv = r[0];
            double change = 0;
            for (int q = 0; q < k; q++) {
                change = Math.max(change, Math.abs(r[1].getEntry(q, 0) - beta[q]));
                beta[q] = r[1].getEntry(q, 0);
            }
            if (change < 1e-13) {
                break;
            }
        }
        double adj = (n - 1.0) / (n - k);
        for (int j = 0; j < 2; j++) {
            close(beta[j + 1], fit.getEstimates()[j], "probit estimate x" + (j + 1));
            close(Math.sqrt(adj * inv.getEntry(j + 1, j + 1)), fit.getStdErrors()[j], "probit iid SE x" + (j + 1));
        }
    }

    static tech.tablesaw.api.Table tablesaw(Panel p) {
        return tech.tablesaw.api.Table.create("panel",
                tech.tablesaw.api.IntColumn.create("f1", p.f1), tech.tablesaw.api.IntColumn.create("f2", p.f2),
                tech.tablesaw.api.DoubleColumn.create("x1", p.x1), tech.tablesaw.api.DoubleColumn.create("x2", p.x2),
                tech.tablesaw.api.DoubleColumn.create("d", p.yBin));
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void oneWayClusterOnRowIdEqualsHc1(long seed) {
        Panel p = panel(seed, 300, 10, 7);
        int[] id = new int[p.n];
        for (int i = 0; i < p.n; i++) {
            id[i] = i;
        }
        p.src.withCodes("id", id);
        for (String model : List.of("ols", "ppml")) {
            String f = model.equals("ols") ? "y ~ x1 + x2 | f1 + f2" : "count ~ x1 + x2 | f1 + f2";
            Fit hc1 = Estimate.of(Model.parse(model), p.src, f).hetero().fit();
            Fit cl = Estimate.of(Model.parse(model), p.src, f).cluster("id").fit();
            assertEquals(hc1.getNParams(), cl.getSscK(), "no FE nests in a row id");
            for (int j = 0; j < 2; j++) {
                assertEquals(hc1.getStdErrors()[j], cl.getStdErrors()[j], 1e-12 * hc1.getStdErrors()[j], model + " x" + j);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void twoWayClusterEqualsItsThreeTermFormula(long seed) {
        Panel p = panel(seed, 500, 10, 8);
        SplittableRandom r = new SplittableRandom(seed);
        int[] ca = new int[p.n];
        int[] cb = new int[p.n];
        for (int i = 0; i < p.n; i++) {
            ca[i] = i < 30 ? i : r.nextInt(30);
            cb[i] = i < 20 ? i : r.nextInt(20);
        }
        p.src.withCodes("ca", ca).withCodes("cb", cb);
        String f = "y ~ x1 + x2 | f1 + f2";
        Fit two = Estimate.of(Model.OLS, p.src, f).cluster("ca", "cb").fit();
        Fit a = Estimate.of(Model.OLS, p.src, f).cluster("ca").fit();
        Fit b = Estimate.of(Model.OLS, p.src, f).cluster("cb").fit();
        Fit ab = Estimate.of(Model.OLS, p.src, f).cluster("ca^cb").fit();
        int n = p.n;
        double c = (n - 1.0) / (n - a.getSscK());
        double ga = a.getClusterSizes()[0];
        double gb = b.getClusterSizes()[0];
        double gab = ab.getClusterSizes()[0];
        double gmin = Math.min(ga, gb);
        List<double[][]> vs = new ArrayList<>();
        for (Fit fit : List.of(a, b, ab)) {
            vs.add(fit.getVcov());
        }
        double[][] v2 = two.getVcov();
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double m = vs.get(0)[i][j] / (ga / (ga - 1) * c) + vs.get(1)[i][j] / (gb / (gb - 1) * c)
                        - vs.get(2)[i][j] / (gab / (gab - 1) * c);
                double want = gmin / (gmin - 1) * c * m;
                assertEquals(want, v2[i][j], 1e-10 * Math.abs(v2[i][i]), "V[" + i + "," + j + "]");
            }
        }
        assertEquals(gmin - 1, two.getDfT(), "df = G_min − 1");
    }
}
