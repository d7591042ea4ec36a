package org.gvc4j.stats.engine;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gvc4j.stats.EstimationException;
import org.gvc4j.stats.Model;
import org.gvc4j.stats.fe.Demeaner;
import org.gvc4j.stats.fe.Parallel;

/**
 * Runs one estimation on a {@link ModelFrame}: OLS by Frisch–Waugh–Lovell on demeaned columns; logit, probit and
 * Poisson by IRLS written step for step like fixest's {@code feglm.fit} (same μ⁰, deviance rule and step-halving),
 * every WLS demeaning warm-started from the previous fixed-effect fit of its column. The GLM variance is computed at
 * the final μ (one more weighted demeaning of X) unless fixest's last-WLS convention is asked for.
 */
public final class Estimator {
    private static final long PARALLEL_FROM = 500_000;
    private final ModelFrame mf;
    private final Settings s;
    private final int n;
    private final int k;
    private final int q;
    private final List<String> notes = new ArrayList<>();
    private final boolean[] use; // columns still in the model (collinearity)
    private final double[][][] alphaCols; // warm starts per column
    private double[][] alphaZ;
    private int[] demeanIters;
    private double worstDemeanChange;
    private boolean demeanConverged = true;

    // outputs of the last WLS
    private double[][] xt; // demeaned regressors (all columns; dropped ones unused)
    private double[] zt;
    private double[] resid;
    private double[] beta; // full length, NaN for dropped
    private Cholesky chol;

    private Estimator(ModelFrame mf, Settings s) {
        this.mf = mf;
        this.s = s;
        this.n = mf.y.length;
        this.k = mf.x.length;
        this.q = mf.feCodes.length;
        this.use = new boolean[k];
        Arrays.fill(use, true);
        this.xt = new double[k][];
        this.alphaCols = new double[k][][];
    }

    public static FitData fit(ModelFrame mf, Settings s) {
        try (Parallel par = new Parallel(s.threads())) {
            Estimator e = new Estimator(mf, s);
            e.parallel = par;
            return e.fit();
        }
    }

    /**
     * Runs ppmlhdfe's separation check on a Poisson frame; drops the separated observations (and the singletons or
     * all-zero groups that removal creates). Returns a note, or null when nothing is separated.
     */
    public static @Nullable String dropSeparated(ModelFrame mf, Settings s, boolean dropPerfectFit) {
        int[] sep = Separation.check(mf, s);
        if (sep.length == 0) {
            return null;
        }
        int removed = mf.dropObservations(sep, dropPerfectFit);
        if (mf.y.length == 0) {
            throw new EstimationException("every observation is separated; nothing to estimate");
        }
        String note = sep.length + " observation" + (sep.length == 1 ? "" : "s") + " with y = 0 separated (ppmlhdfe's "
                + "iterated-rectifier check) and removed" + (removed > sep.length ? ", with " + (removed - sep.length)
                + " more that became singletons or all-zero groups" : "");
        mf.notes.add(note);
        return note;
    }

    private FitData fit() {
        notes.addAll(mf.notes);
        if (k > n) {
            throw new EstimationException(k + " regressors" + (mf.formula.hasIntercept() ? " (with the intercept)" : "")
                    + " but only " + n + " observation" + (n == 1 ? "" : "s") + " left"
                    + (mf.dataRows > n ? " of " + mf.dataRows + " rows (after removing missing values and perfect fits)"
                    : "") + ": a model needs at least as many observations as regressors; use fewer regressors or more "
                    + "data");
        }
        double[] w;
        double[] u; // score factor: s_i = u_i · x̃_i
        double[] mu;
        int iterations;
        boolean converged = true;
        double lastChange = 0;
        double dev = Double.NaN;
        Family fam = null;
        double[] pw = mf.w;
        if (mf.model == Model.OLS) {
            w = pw;
            if (mf.nEndo > 0) {
                ivWls(pw, s.fixefTol());
            } else {
                wls(mf.y, pw, s.fixefTol(), true);
            }
            if (pw == null) {
                u = resid;
            } else {
                u = new double[n];
                for (int i = 0; i < n; i++) {
                    u[i] = pw[i] * resid[i];
                }
            }
            iterations = 1;
            mu = new double[n];
            for (int i = 0; i < n; i++) {
                mu[i] = mf.y[i] - resid[i];
            }
        } else {
            fam = mf.model == Model.PPML ? Family.POISSON : mf.model == Model.LOGIT ? Family.LOGIT : Family.PROBIT;
            Irls r = irls(fam);
            iterations = r.iterations;
            converged = r.converged;
            lastChange = r.lastChange;
            mu = r.mu;
            dev = r.dev;
            double[] eta = r.eta;
            etaFinal = eta;
            if (s.vcovAtLastWls()) {
                w = r.w;
                u = new double[n];
                for (int i = 0; i < n; i++) {
                    u[i] = w[i] * resid[i];
                }
            } else {
                w = new double[n];
                u = new double[n];
                for (int i = 0; i < n; i++) {
                    double me = fam.muEta(eta[i]);
                    double v = fam.variance(mu[i]);
                    double p0 = pw == null ? 1 : pw[i];
                    w[i] = p0 * me * me / v;
                    u[i] = p0 * (mf.y[i] - mu[i]) * fam.scoreFactor(eta[i], mu[i]);
                }
                demeanX(w, s.fixefTol());
            }
        }
        int[] kept = keptColumns();
        if (kept.length == 0 && k > 0) {
            List<String> names = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                names.add(mf.termNames.get(j));
            }
            throw new EstimationException("all regressors are collinear with the fixed effects: " + String.join(", ", names));
        }
        // bread
        double[][] h = crossProducts(kept, w);
        Cholesky hc = new Cholesky(h, null, 0);
        double[][] bread = hc.rank() == kept.length ? hc.inverse() : pseudo(h);
        int kk = kept.length;
        int nParams = kk + (q > 0 ? sum(mf.feSizes) - q + 1 : 0);
        Sandwich sw = new Sandwich(mf, s, kept, xt, u, bread, nParams);
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            ssr += (pw == null ? 1 : pw[i]) * resid[i] * resid[i];
        }
        double sigma2 = mf.model == Model.OLS ? ssr / (n - nParams) : 1;
        double[][] v = sw.vcov(sigma2);
        notes.addAll(sw.notes);
        if (n - sw.sscK <= 0 || n - nParams <= 0) {
            notes.add("no degrees of freedom left (n = " + n + ", K = " + nParams + "): standard errors are not defined");
            for (double[] row : v) {
                Arrays.fill(row, Double.NaN);
            }
        }
        // coefficient table
        double[] est = new double[k];
        double[] se = new double[k];
        double[] stat = new double[k];
        double[] p = new double[k];
        double[] lo = new double[k];
        double[] hi = new double[k];
        Arrays.fill(est, Double.NaN);
        Arrays.fill(se, Double.NaN);
        Arrays.fill(stat, Double.NaN);
        Arrays.fill(p, Double.NaN);
        Arrays.fill(lo, Double.NaN);
        Arrays.fill(hi, Double.NaN);
        boolean normal = mf.model.isGlm();
        double df = sw.dfT;
        double crit = Distributions.critical(s.level(), normal ? Double.POSITIVE_INFINITY : df);
        List<String> exact = new ArrayList<>();
        for (int a = 0; a < kk; a++) {
            int j = kept[a];
            est[j] = beta[j];
            se[j] = Math.sqrt(v[a][a]);
            if (se[j] == 0 || Double.isInfinite(est[j] / se[j])) {
                // an exact fit: the statistic would be ±Inf; it and its p-value are missing instead
                exact.add(mf.termNames.get(j));
            } else {
                stat[j] = est[j] / se[j];
                p[j] = Distributions.twoSidedP(stat[j], normal ? Double.POSITIVE_INFINITY : df);
            }
            lo[j] = est[j] - crit * se[j];
            hi[j] = est[j] + crit * se[j];
            if (Double.isInfinite(est[j]) || Double.isInfinite(se[j]) || Double.isInfinite(lo[j]) || Double.isInfinite(hi[j]) || Double.isNaN(est[j])) {
                throw new EstimationException("the estimate of '" + mf.termNames.get(j) + "' is not a finite number "
                        + "(estimate " + est[j] + ", standard error " + se[j] + "): the values overflowed; rescale the "
                        + "outcome or the regressor (e.g. to thousands or logs)"
                        + (mf.model.isGlm() ? " and check for separation" : ""));
            }
        }
        if (!exact.isEmpty()) {
            notes.add("standard error 0 or nearly (the model fits the data exactly) for " + String.join(", ", exact)
                    + ": statistic and p-value are missing");
        }
        boolean[] collinear = new boolean[k];
        List<String> dropped = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            if (!use[j]) {
                collinear[j] = true;
                dropped.add(mf.termNames.get(j));
            }
        }
        if (!dropped.isEmpty()) {
            notes.add("removed because of collinearity: " + String.join(", ", dropped) + tinyHint(dropped));
        }
        if (fam != null && mf.model == Model.PPML) {
            double ymean = 0;
            for (double yi : mf.y) {
                ymean += yi;
            }
            ymean /= n;
            int tiny = 0;
            for (int i = 0; i < n; i++) {
                if (mf.y[i] == 0 && mu[i] < 1e-10 * ymean) {
                    tiny++;
                }
            }
            if (tiny > 0) {
                notes.add(tiny + " observation" + (tiny == 1 ? "" : "s") + " with y = 0 ha" + (tiny == 1 ? "s" : "ve")
                        + " a fitted value ≈ 0: possible separation; rerun with withSeparationCheck() (CLI --separation)");
            }
        }
        if (!demeanConverged) {
            notes.add(String.format(Locale.ROOT, "demeaning did not converge in %d iterations (last max coefficient "
                    + "change %.3g); raise fixefMaxIter or loosen fixefTol", s.fixefMaxIter(), worstDemeanChange));
        }
        if (!converged) {
            notes.add(String.format(Locale.ROOT, "IRLS did not converge in %d iterations (last relative deviance "
                    + "change %.3g)", iterations, lastChange));
        }
        List<String> vt = new ArrayList<>();
        for (int j : kept) {
            vt.add(mf.termNames.get(j));
        }
        // fit statistics
        double ybar = 0;
        double sw0 = 0;
        for (int i = 0; i < n; i++) {
            double wi = pw == null ? 1 : pw[i];
            ybar += wi * mf.y[i];
            sw0 += wi;
        }
        ybar /= sw0;
        double tss = 0;
        for (int i = 0; i < n; i++) {
            double d0 = mf.y[i] - ybar;
            tss += (pw == null ? 1 : pw[i]) * d0 * d0;
        }
        double withinTss = Double.NaN;
        double ll = Double.NaN;
        double ll0 = Double.NaN;
        double nullDev = Double.NaN;
        if (mf.model == Model.OLS) {
            if (q > 0) {
                withinTss = 0;
                for (int i = 0; i < n; i++) {
                    withinTss += (pw == null ? 1 : pw[i]) * zt[i] * zt[i];
                }
            }
            ll = -0.5 * n * (Math.log(2 * Math.PI) + Math.log(ssr / n) + 1);
        } else {
            ll = 0;
            ll0 = 0;
            nullDev = 0;
            double constant = 0;
            for (int i = 0; i < n; i++) {
                double yi = mf.y[i];
                double wi = pw == null ? 1 : pw[i];
                ll += wi * fam.logLik(yi, mu[i]);
                ll0 += wi * fam.logLik(yi, ybar);
                nullDev += wi * fam.unitDeviance(yi, ybar);
                constant += wi * fam.logLikConstant(yi);
            }
            ll += constant;
            ll0 += constant;
        }
        double[] feSum = null;
        if (q > 0) {
            feSum = new double[n];
            for (int i = 0; i < n; i++) {
                feSum[i] = mf.model == Model.OLS ? mf.y[i] - resid[i] : etaFinal[i];
            }
            for (int j : kept) {
                double bj = beta[j];
                double[] xj = mf.x[j];
                for (int i = 0; i < n; i++) {
                    feSum[i] -= bj * xj[i];
                }
            }
        }
        FixefValues fixef = FixefValues.compute(mf, feSum == null ? new double[0] : feSum);
        return new FitData(mf.model, mf.formula.toString(), mf.source, List.copyOf(mf.termNames), est, se, stat, p, lo,
                hi, v, vt, collinear, s.vcov(), List.copyOf(mf.clusterNames), mf.clusterSizes.clone(), mf.dataRows, n,
                mf.naTotal, mf.perfectFitObs, List.copyOf(mf.feNames), mf.feSizes.clone(), mf.feRemoved.clone(), nParams,
                sw.sscK, df, iterations, converged, lastChange, demeanIters, s.level(), crit, dev, nullDev, ll, ll0,
                ssr, tss, withinTss, Math.sqrt(sigma2), List.copyOf(notes), mf.rows, mu,
                firstStageF == null ? new double[0] : firstStageF.clone(),
                fixef, ybar, new Predictor(mf, est, fixef));
    }

    /** What to check when the IRLS diverges: the outcome's largest value and its data row, and the scale. */
    private String scaleHint() {
        int worst = 0;
        for (int i = 1; i < n; i++) {
            if (Math.abs(mf.y[i]) > Math.abs(mf.y[worst])) {
                worst = i;
            }
        }
        return String.format(Locale.ROOT, "check the outcome '%s' (largest value %.6g, at row %d) and the regressors' "
                + "scale (rescale, e.g. to millions or logs)", mf.formula.getLhsName(), n == 0 ? Double.NaN
                : mf.y[worst], n == 0 ? 0 : mf.rows[worst] + 1);
    }

    private String tinyHint(List<String> dropped) {
        for (int j = 0; j < k; j++) {
            if (!use[j]) {
                double m = 0;
                for (double v : mf.x[j]) {
                    m = Math.max(m, Math.abs(v));
                }
                if (m > 0 && m < 1e-3) {
                    return " (the tolerance is absolute, 1e-9 on Σx̃²: rescale tiny regressors such as '"
                            + mf.termNames.get(j) + "')";
                }
            }
        }
        return "";
    }

    private static int sum(int[] a) {
        int t = 0;
        for (int v : a) {
            t += v;
        }
        return t;
    }

    private int[] keptColumns() {
        int m = 0;
        for (boolean b : use) {
            if (b) {
                m++;
            }
        }
        int[] out = new int[m];
        m = 0;
        for (int j = 0; j < k; j++) {
            if (use[j]) {
                out[m++] = j;
            }
        }
        return out;
    }

    private double[][] crossProducts(int[] cols, double[] w) {
        int m = cols.length;
        double[][] a = new double[m][m];
        for (int p = 0; p < m; p++) {
            double[] xp = xt[cols[p]];
            for (int r = p; r < m; r++) {
                double[] xr = xt[cols[r]];
                double v = 0;
                if (w == null) {
                    for (int i = 0; i < n; i++) {
                        v += xp[i] * xr[i];
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        v += w[i] * xp[i] * xr[i];
                    }
                }
                a[p][r] = v;
                a[r][p] = v;
            }
        }
        return a;
    }

    private static double[][] pseudo(double[][] h) {
        org.apache.commons.math3.linear.RealMatrix m = new org.apache.commons.math3.linear.Array2DRowRealMatrix(h);
        return new org.apache.commons.math3.linear.SingularValueDecomposition(m).getSolver().getInverse().getData();
    }

    /** Demeans the regressors still in use (in parallel), into xt. */
    private void demeanX(double[] w, double tol) {
        if (q == 0) {
            for (int j = 0; j < k; j++) {
                xt[j] = mf.x[j];
            }
            return;
        }
        Demeaner dm = demeaner(w);
        int[] cols = keptColumns();
        demeanColumns(dm, cols, null, tol);
    }

    private Demeaner base;
    /** This estimation's threads, shut down when it ends. */
    private Parallel parallel;

    /** The fixed effects with weights w; the codes and their compact copies are built once per estimation. */
    private Demeaner demeaner(double[] w) {
        if (base == null) {
            base = new Demeaner(mf.feCodes, mf.feSizes, w, s.engine().runs()).withChunkedFrom(s.engine().chunkedFrom())
                    .withParallel(parallel);
            return base;
        }
        return base.reweighted(w);
    }

    private void demeanColumns(Demeaner dm, int[] cols, double[] z, double tol) {
        int tasks = cols.length + (z == null ? 0 : 1);
        if (demeanIters == null) {
            demeanIters = new int[k + 1];
        }
        dm.withThreads(s.threads()).withParallel(parallel);
        // small samples: one thread (a task hand-off costs more than it saves); each column is computed the same
        // way on any thread, so this never changes a result
        boolean worth = q >= 2 ? n >= 10_000 : (long) n * tasks >= PARALLEL_FROM;
        parallel.forEach(tasks, dm.chunked() || !worth ? 1 : s.threads(), t -> {
            if (z != null && t == tasks - 1) {
                if (zt == null || zt.length != n) {
                    zt = new double[n];
                }
                if (alphaZ == null) {
                    alphaZ = dm.newCoefficients();
                }
                Demeaner.Outcome o = dm.demean(z, alphaZ, zt, tol, s.fixefMaxIter());
                record(k, o);
            } else {
                int j = cols[t];
                if (xt[j] == null || xt[j] == mf.x[j]) {
                    xt[j] = new double[n];
                }
                if (alphaCols[j] == null) {
                    alphaCols[j] = dm.newCoefficients();
                }
                Demeaner.Outcome o = dm.demean(mf.x[j], alphaCols[j], xt[j], tol, s.fixefMaxIter());
                record(j, o);
            }
        });
    }

    private synchronized void record(int col, Demeaner.Outcome o) {
        demeanIters[col] = o.iterations();
        if (!o.converged()) {
            demeanConverged = false;
            worstDemeanChange = Math.max(worstDemeanChange, o.lastChange());
        }
    }

    /**
     * One weighted least-squares step: demeans z and the regressors with w, drops collinear columns, solves, and sets
     * beta, resid = z̃ − X̃β.
     */
    private void wls(double[] z, double[] w, double tol, boolean first) {
        if (q == 0) {
            zt = z;
            for (int j = 0; j < k; j++) {
                xt[j] = mf.x[j];
            }
        } else {
            Demeaner dm = demeaner(w);
            demeanColumns(dm, keptColumns(), z, tol);
        }
        solve(w);
    }

    /** Solves the least squares of zt on the kept columns of xt with weights w: sets beta and resid. */
    private void solve(double[] w) {
        int[] cols = keptColumns();
        double[][] a = crossProducts(cols, w);
        double[] b = new double[cols.length];
        for (int p = 0; p < cols.length; p++) {
            double[] xp = xt[cols[p]];
            double v = 0;
            if (w == null) {
                for (int i = 0; i < n; i++) {
                    v += xp[i] * zt[i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    v += w[i] * xp[i] * zt[i];
                }
            }
            b[p] = v;
        }
        chol = new Cholesky(a, null, s.collinTol());
        boolean changed = false;
        for (int p = 0; p < cols.length; p++) {
            if (chol.dropped[p]) {
                use[cols[p]] = false;
                changed = true;
            }
        }
        double[] bc = chol.solve(b);
        beta = new double[k];
        Arrays.fill(beta, Double.NaN);
        int[] kc = chol.kept;
        for (int p = 0; p < kc.length; p++) {
            beta[cols[kc[p]]] = bc[p];
        }
        if (resid == null) {
            resid = new double[n];
        }
        double[] r = resid;
        System.arraycopy(zt, 0, r, 0, n);
        for (int p = 0; p < kc.length; p++) {
            double bj = bc[p];
            double[] xj = xt[cols[kc[p]]];
            for (int i = 0; i < n; i++) {
                r[i] -= bj * xj[i];
            }
        }
        if (changed && k > 0 && keptColumns().length == 0) {
            List<String> names = new ArrayList<>(mf.termNames);
            throw new EstimationException("all regressors are collinear with the fixed effects: "
                    + String.join(", ", names));
        }
    }

    /**
     * 2SLS with the fixed effects partialled out (fixest {@code feols} with an IV part): every column demeaned with
     * the prior weights; each endogenous column replaced by its first-stage fit on the instruments and the exogenous
     * regressors; the second stage on those; residuals with the actual endogenous values.
     */
    private void ivWls(double[] pw, double tol) {
        int[] all = keptColumns();
        Demeaner dm = null;
        if (q == 0) {
            zt = mf.y;
            for (int j = 0; j < k; j++) {
                xt[j] = mf.x[j];
            }
        } else {
            dm = demeaner(pw);
            demeanColumns(dm, all, mf.y, tol);
        }
        int ni = mf.inst.length;
        double[][] zi = new double[ni][];
        for (int m = 0; m < ni; m++) {
            if (dm == null) {
                zi[m] = mf.inst[m];
            } else {
                zi[m] = new double[n];
                dm.demean(mf.inst[m], dm.newCoefficients(), zi[m], tol, s.fixefMaxIter());
            }
        }
        List<double[]> exo = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            if (j < mf.endoStart || j >= mf.endoStart + mf.nEndo) {
                exo.add(xt[j]);
            }
        }
        List<double[]> design = new ArrayList<>(java.util.Arrays.asList(zi));
        design.addAll(exo);
        double[][] actual = new double[mf.nEndo][];
        firstStageF = new double[mf.nEndo];
        for (int e = 0; e < mf.nEndo; e++) {
            int j = mf.endoStart + e;
            actual[e] = xt[j];
            double[] full = project(actual[e], design, pw);
            double[] restricted = project(actual[e], exo, pw);
            double ssrFull = 0;
            double ssrRes = 0;
            for (int i = 0; i < n; i++) {
                double wi = pw == null ? 1 : pw[i];
                double a = actual[e][i] - full[i];
                double b = actual[e][i] - restricted[i];
                ssrFull += wi * a * a;
                ssrRes += wi * b * b;
            }
            // fixest's ivf1: the F test of the excluded instruments with df2 = n − (first-stage coefficients + 1
            // with fixed effects): fixed effects count as one parameter here (checked against iv-fe's nobs.txt)
            int kFs = design.size() + (q > 0 ? 1 : 0);
            firstStageF[e] = ((ssrRes - ssrFull) / ni) / (ssrFull / (n - kFs));
            xt[j] = full;
        }
        solve(pw);
        double[] r = resid;
        System.arraycopy(zt, 0, r, 0, n);
        for (int j = 0; j < k; j++) {
            if (!use[j]) {
                continue;
            }
            double bj = beta[j];
            double[] xj = j >= mf.endoStart && j < mf.endoStart + mf.nEndo ? actual[j - mf.endoStart] : xt[j];
            for (int i = 0; i < n; i++) {
                r[i] -= bj * xj[i];
            }
        }
        List<String> fs = new ArrayList<>();
        for (int e = 0; e < mf.nEndo; e++) {
            fs.add(mf.termNames.get(mf.endoStart + e).substring(4) + ": " + String.format(Locale.ROOT, "%.10g",
                    firstStageF[e]));
        }
        notes.add("first-stage F statistic (excluded instruments " + String.join(", ", mf.instNames) + "): "
                + String.join(", ", fs));
    }

    private double[] firstStageF;
    private double[] etaFinal;

    /** The weighted least-squares fit of v on the columns (collinear ones dropped). */
    private double[] project(double[] v, List<double[]> cols, double[] w) {
        int m = cols.size();
        double[] fit = new double[n];
        if (m == 0) {
            return fit;
        }
        double[][] a = new double[m][m];
        double[] b = new double[m];
        for (int p = 0; p < m; p++) {
            double[] xp = cols.get(p);
            for (int r = p; r < m; r++) {
                double[] xr = cols.get(r);
                double acc = 0;
                for (int i = 0; i < n; i++) {
                    acc += (w == null ? 1 : w[i]) * xp[i] * xr[i];
                }
                a[p][r] = acc;
                a[r][p] = acc;
            }
            double acc = 0;
            for (int i = 0; i < n; i++) {
                acc += (w == null ? 1 : w[i]) * xp[i] * v[i];
            }
            b[p] = acc;
        }
        Cholesky c = new Cholesky(a, null, s.collinTol());
        double[] g = c.solve(b);
        int[] kc = c.kept;
        for (int p = 0; p < kc.length; p++) {
            double[] xp = cols.get(kc[p]);
            double gp = g[p];
            for (int i = 0; i < n; i++) {
                fit[i] += gp * xp[i];
            }
        }
        return fit;
    }

    private static final class Irls {
        double[] eta;
        double[] mu;
        double[] w;
        double dev;
        int iterations;
        boolean converged;
        double lastChange;
    }

    private Irls irls(Family fam) {
        double[] y = mf.y;
        double[] eta = new double[n];
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = fam.start(y[i]);
            eta[i] = fam.link(mu[i]);
        }
        double[] pw = mf.w;
        double devOld = 0;
        {
            double mu0 = fam.linkInv(1e-5);
            for (int i = 0; i < n; i++) {
                devOld += (pw == null ? 1 : pw[i]) * fam.unitDeviance(y[i], mu0);
            }
        }
        double[] z = new double[n];
        double[] w = new double[n];
        double[] etaOld = eta.clone();
        double[] betaOld = null;
        double[] etaNew = new double[n];
        double[] muNew = new double[n];
        Irls out = new Irls();
        int iter = 0;
        boolean conv = false;
        double change = Double.NaN;
        double dev = devOld;
        while (iter < s.glmMaxIter()) {
            iter++;
            for (int i = 0; i < n; i++) {
                double me = fam.muEta(eta[i]);
                z[i] = eta[i] + (y[i] - mu[i]) / me;
                w[i] = (pw == null ? 1 : pw[i]) * me * me / fam.variance(mu[i]);
            }
            // Inner tolerance: fixest uses 10·tol in the first iteration and tol after. We start looser and
            // tighten with the deviance change (an inexact Newton step); convergence is only accepted after a WLS
            // at the full tolerance, so the result is the same fixed point.
            double inner;
            if (s.vcovAtLastWls()) {
                inner = iter == 1 ? 10 * s.fixefTol() : s.fixefTol();
            } else {
                double loose = iter == 1 ? 1e-4 : Math.min(1e-4, 1e-2 * change);
                inner = Math.max(s.fixefTol(), Double.isNaN(loose) ? s.fixefTol() : loose);
            }
            wls(z, w, inner, iter == 1);
            if (s.engine().trace()) {
                System.err.println("irls " + iter + " demean iters " + Arrays.toString(demeanIters));
            }
            for (int i = 0; i < n; i++) {
                etaNew[i] = z[i] - resid[i];
            }
            dev = deviance(fam, etaNew, muNew);
            // invalid or infinite: halve towards the previous iterate
            int halvings = 0;
            while (!Double.isFinite(dev)) {
                if (++halvings > s.glmMaxIter()) {
                    throw new EstimationException("IRLS diverged at iteration " + iter
                            + ": no finite deviance after step-halving; " + scaleHint());
                }
                halve(etaNew, etaOld, betaOld);
                dev = deviance(fam, etaNew, muNew);
            }
            change = Math.abs(dev - devOld) / (0.1 + Math.abs(dev));
            conv = change < s.glmTol() && (inner <= s.fixefTol() || s.vcovAtLastWls());
            boolean halved = halvings > 0;
            if (!conv && dev > devOld + 1e-12 * Math.abs(devOld) && iter > 1) {
                int h = 0;
                while (dev > devOld) {
                    if (++h > s.glmMaxIter()) {
                        throw new EstimationException("IRLS diverged at iteration " + iter
                                + ": step-halving found no decrease of the deviance (" + String.format(Locale.ROOT,
                                "%.6g", devOld) + "); " + scaleHint());
                    }
                    halve(etaNew, etaOld, betaOld);
                    dev = deviance(fam, etaNew, muNew);
                }
                halved = true;
                change = Math.abs(dev - devOld) / (0.1 + Math.abs(dev));
            }
            System.arraycopy(etaNew, 0, eta, 0, n);
            System.arraycopy(muNew, 0, mu, 0, n);
            System.arraycopy(etaNew, 0, etaOld, 0, n);
            betaOld = beta.clone();
            if (conv && !halved) {
                break;
            }
            conv = false;
            devOld = dev;
        }
        out.eta = eta;
        out.mu = mu;
        out.w = w;
        out.dev = dev;
        out.iterations = iter;
        out.converged = conv;
        out.lastChange = change;
        return out;
    }

    private void halve(double[] etaNew, double[] etaOld, double[] betaOld) {
        for (int i = 0; i < n; i++) {
            etaNew[i] = 0.5 * (etaNew[i] + etaOld[i]);
        }
        if (betaOld != null) {
            for (int j = 0; j < k; j++) {
                beta[j] = 0.5 * (beta[j] + betaOld[j]);
            }
        }
        // the residual of the halved step, for the last-WLS variance convention
    }

    private double deviance(Family fam, double[] eta, double[] mu) {
        double[] y = mf.y;
        double[] pw = mf.w;
        double d = 0;
        for (int i = 0; i < n; i++) {
            double m = fam.linkInv(eta[i]);
            mu[i] = m;
            if (!fam.validMu(m) || !Double.isFinite(eta[i])) {
                return Double.NaN;
            }
            d += (pw == null ? 1 : pw[i]) * fam.unitDeviance(y[i], m);
        }
        return d;
    }
}
