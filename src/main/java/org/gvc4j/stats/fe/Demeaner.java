package org.gvc4j.stats.fe;

import java.util.Arrays;

/**
 * Weighted demeaning of columns on Q fixed-effect dimensions, fixest's way: block Gauss–Seidel on the fixed-effect
 * coefficients (never on n-vectors), with Irons–Tuck acceleration, dimensions sorted by decreasing size.
 *
 * <p>One sweep F maps the coefficients α of the dimensions 1..Q−1 (sorted) to new ones: the smallest dimension's
 * coefficients are recomputed from the others, then each larger dimension in turn, using the newest values:
 * α_q[g] ← (Σ_{i∈g} w_i x_i − Σ_{i∈g} w_i Σ_{h≠q} α_h[f_h(i)]) / Σ_{i∈g} w_i. It costs O(n·Q²) with no n-length
 * temporary. Irons–Tuck: from X, GX = F(X) and GGX = F(GX), X ← GGX − (⟨δ,δ²⟩/⟨δ²,δ²⟩)·δ with δ = GGX − GX and
 * δ² = GGX − 2GX + X. Stops when every coefficient moves by at most tol·max(1, 0.1 + |α|) in one sweep (fixest's
 * rule). Q = 1 is exact in one pass.
 *
 * <p>Memory: the codes ({@code int[n]} per dimension, shared), the weights, and O(ΣG) per column.
 */
public final class Demeaner {
    private final int n;
    private final int q;
    private final int[][] codes; // sorted by decreasing size
    private final boolean[] runs; // per dimension: the codes come in runs (sorted data), mean run ≥ 4
    private final char[][] small; // the same codes as 16-bit values when every dimension has ≤ 65 536 levels, else null
    private final int[] sizes;
    private final int[] order; // sorted position -> formula position
    private final double[] w;
    private final double[][] invW;
    private int threads = 1;
    /** The estimation's threads; null: a pool for each parallel step (a Demeaner used on its own). */
    private Parallel parallel;
    private int chunkedFrom = CHUNKED_FROM;

    /**
     * Samples from this size on are swept in {@link #CHUNKS} row ranges in parallel (one column at a time); a call
     * may choose another size with {@link #withChunkedFrom(int)} (the estimation's {@code Settings.Engine}).
     */
    public static final int CHUNKED_FROM = 1 << 18;
    static final int CHUNKS = 8;

    /** The outcome of demeaning one column. */
    public record Outcome(int iterations, boolean converged, double lastChange) {
    }

    /**
     * @param codes   per dimension (formula order) the group of each observation, 0..G−1 (not copied, not modified)
     * @param sizes   G per dimension
     * @param weights observation weights (positive), or {@code null} for 1
     */
    public Demeaner(int[][] codes, int[] sizes, double[] weights) {
        this(codes, sizes, weights, true);
    }

    /**
     * As {@link #Demeaner(int[][], int[], double[])}; {@code useRuns = false} never takes the run-length sweep of
     * sorted codes (the same numbers, for tests and comparisons).
     */
    public Demeaner(int[][] codes, int[] sizes, double[] weights, boolean useRuns) {
        this.q = codes.length;
        this.n = q == 0 ? 0 : codes[0].length;
        Integer[] idx = new Integer[q];
        for (int k = 0; k < q; k++) {
            idx[k] = k;
        }
        Arrays.sort(idx, (a, b) -> Integer.compare(sizes[b], sizes[a]));
        this.order = new int[q];
        this.codes = new int[q][];
        this.sizes = new int[q];
        for (int k = 0; k < q; k++) {
            order[k] = idx[k];
            this.codes[k] = codes[idx[k]];
            this.sizes[k] = sizes[idx[k]];
        }
        this.runs = new boolean[q];
        for (int k = 0; k < q; k++) {
            int[] c = this.codes[k];
            int changes = 1;
            for (int i = 1; i < n; i++) {
                if (c[i] != c[i - 1]) {
                    changes++;
                }
            }
            runs[k] = useRuns && n >= 4L * changes;
        }
        boolean fits = q >= 2 && q <= 3;
        for (int k = 0; k < q; k++) {
            fits &= this.sizes[k] <= 65_536;
        }
        if (fits) {
            small = new char[q][n];
            for (int k = 0; k < q; k++) {
                int[] c = this.codes[k];
                char[] d = small[k];
                for (int i = 0; i < n; i++) {
                    d[i] = (char) c[i];
                }
            }
        } else {
            small = null;
        }
        this.w = weights == null ? ones(n) : weights;
        this.invW = weightSums(this.codes, this.sizes, this.w);
    }

    private Demeaner(Demeaner base, double[] weights) {
        this.n = base.n;
        this.q = base.q;
        this.codes = base.codes;
        this.small = base.small;
        this.runs = base.runs;
        this.sizes = base.sizes;
        this.order = base.order;
        this.threads = base.threads;
        this.parallel = base.parallel;
        this.chunkedFrom = base.chunkedFrom;
        this.w = weights == null ? ones(n) : weights;
        this.invW = weightSums(codes, sizes, w);
    }

    /**
     * The same fixed effects with other weights (the codes, their order and their 16-bit copies are shared): one
     * pass per dimension for the weight sums. IRLS calls this once per iteration.
     */
    public Demeaner reweighted(double[] weights) {
        return new Demeaner(this, weights);
    }

    private static double[] ones(int n) {
        double[] o = new double[n];
        Arrays.fill(o, 1.0);
        return o;
    }

    private static double[][] weightSums(int[][] codes, int[] sizes, double[] w) {
        int q = codes.length;
        int n = q == 0 ? 0 : codes[0].length;
        double[][] invW = new double[q][];
        for (int k = 0; k < q; k++) {
            double[] s = new double[sizes[k]];
            int[] c = codes[k];
            for (int i = 0; i < n; i++) {
                s[c[i]] += w[i];
            }
            for (int g = 0; g < s.length; g++) {
                s[g] = 1.0 / s[g];
            }
            invW[k] = s;
        }
        return invW;
    }

    /** The threads of the estimation this Demeaner serves (closed by its owner). */
    public Demeaner withParallel(Parallel p) {
        this.parallel = p;
        return this;
    }

    /** Threads for the row ranges of a large sample (results do not depend on it). */
    public Demeaner withThreads(int t) {
        this.threads = Math.max(1, t);
        return this;
    }

    /** The sample size from which rows are swept in chunks (default {@link #CHUNKED_FROM}; for tests). */
    public Demeaner withChunkedFrom(int from) {
        this.chunkedFrom = from;
        return this;
    }

    /** Whether this sample is swept in row ranges (then columns should be demeaned one after the other). */
    public boolean chunked() {
        return n >= chunkedFrom && q >= 2;
    }

    public int dimensions() {
        return q;
    }

    /** Zero coefficients, one array per dimension in formula order, for a cold start. */
    public double[][] newCoefficients() {
        double[][] a = new double[q][];
        for (int k = 0; k < q; k++) {
            a[order[k]] = new double[sizes[k]];
        }
        return a;
    }

    /**
     * Demeans {@code x} into {@code out} (may be the same array).
     *
     * @param alpha the fixed-effect coefficients in formula order: read as the starting point (warm start), written
     *              with the fixed point found
     */
    public Outcome demean(double[] x, double[][] alpha, double[] out, double tol, int maxIter) {
        double[][] a = new double[q][];
        for (int k = 0; k < q; k++) {
            a[k] = alpha[order[k]];
        }
        double[][] s = new double[q][];
        for (int k = 0; k < q; k++) {
            s[k] = new double[sizes[k]];
        }
        if (q == 3 && small != null) {
            double[] s0 = s[0];
            double[] s1 = s[1];
            double[] s2 = s[2];
            char[] c0 = small[0];
            char[] c1 = small[1];
            char[] c2 = small[2];
            for (int i = 0; i < n; i++) {
                double v = w[i] * x[i];
                s0[c0[i]] += v;
                s1[c1[i]] += v;
                s2[c2[i]] += v;
            }
        } else if (q == 3) {
            double[] s0 = s[0];
            double[] s1 = s[1];
            double[] s2 = s[2];
            int[] c0 = codes[0];
            int[] c1 = codes[1];
            int[] c2 = codes[2];
            for (int i = 0; i < n; i++) {
                double v = w[i] * x[i];
                s0[c0[i]] += v;
                s1[c1[i]] += v;
                s2[c2[i]] += v;
            }
        } else if (q == 2) {
            double[] s0 = s[0];
            double[] s1 = s[1];
            int[] c0 = codes[0];
            int[] c1 = codes[1];
            for (int i = 0; i < n; i++) {
                double v = w[i] * x[i];
                s0[c0[i]] += v;
                s1[c1[i]] += v;
            }
        } else {
            for (int k = 0; k < q; k++) {
                double[] sk = s[k];
                int[] c = codes[k];
                for (int i = 0; i < n; i++) {
                    sk[c[i]] += w[i] * x[i];
                }
            }
        }
        Outcome res;
        if (q == 1) {
            double[] a0 = a[0];
            double[] iw = invW[0];
            for (int g = 0; g < a0.length; g++) {
                a0[g] = s[0][g] * iw[g];
            }
            res = new Outcome(1, true, 0);
        } else {
            res = ironsTuck(a, s, tol, maxIter);
        }
        residual(x, a, out);
        return res;
    }

    private void residual(double[] x, double[][] a, double[] out) {
        if (q == 1) {
            int[] c0 = codes[0];
            double[] a0 = a[0];
            for (int i = 0; i < n; i++) {
                out[i] = x[i] - a0[c0[i]];
            }
        } else if (q == 2 && small != null) {
            char[] c0 = small[0];
            char[] c1 = small[1];
            double[] a0 = a[0];
            double[] a1 = a[1];
            for (int i = 0; i < n; i++) {
                out[i] = x[i] - a0[c0[i]] - a1[c1[i]];
            }
        } else if (q == 2) {
            int[] c0 = codes[0];
            int[] c1 = codes[1];
            double[] a0 = a[0];
            double[] a1 = a[1];
            for (int i = 0; i < n; i++) {
                out[i] = x[i] - a0[c0[i]] - a1[c1[i]];
            }
        } else if (q == 3 && small != null) {
            char[] c0 = small[0];
            char[] c1 = small[1];
            char[] c2 = small[2];
            double[] a0 = a[0];
            double[] a1 = a[1];
            double[] a2 = a[2];
            for (int i = 0; i < n; i++) {
                out[i] = x[i] - a0[c0[i]] - a1[c1[i]] - a2[c2[i]];
            }
        } else {
            for (int i = 0; i < n; i++) {
                double v = x[i];
                for (int k = 0; k < q; k++) {
                    v -= a[k][codes[k][i]];
                }
                out[i] = v;
            }
        }
    }

    /** Σ_{i∈[from,to)} w_i Σ_{h≠k} α_h[f_h(i)] accumulated by the group of dimension k into {@code acc}. */
    private void accumulate(int k, double[][] a, double[] acc, int from, int to) {
        int[] ck = codes[k];
        double[] wl = w;
        if (from >= to) {
            return;
        }
        if (runs[k] && q == 3) {
            // sorted data: long runs of one group; summing a run in a register avoids a store-to-load chain
            int o1 = k == 0 ? 1 : 0;
            int o2 = k == 2 ? 1 : 2;
            int[] c1 = codes[o1];
            int[] c2 = codes[o2];
            double[] a1 = a[o1];
            double[] a2 = a[o2];
            int prev = ck[from];
            double local = 0;
            for (int i = from; i < to; i++) {
                int g = ck[i];
                double v = wl[i] * (a1[c1[i]] + a2[c2[i]]);
                if (g == prev) {
                    local += v;
                } else {
                    acc[prev] += local;
                    prev = g;
                    local = v;
                }
            }
            acc[prev] += local;
        } else if (runs[k] && q == 2) {
            int[] co = codes[1 - k];
            double[] ao = a[1 - k];
            int prev = ck[from];
            double local = 0;
            for (int i = from; i < to; i++) {
                int g = ck[i];
                double v = wl[i] * ao[co[i]];
                if (g == prev) {
                    local += v;
                } else {
                    acc[prev] += local;
                    prev = g;
                    local = v;
                }
            }
            acc[prev] += local;
        } else if (small != null && q == 2) {
            char[] sk = small[k];
            char[] so = small[1 - k];
            double[] ao = a[1 - k];
            for (int i = from; i < to; i++) {
                acc[sk[i]] += wl[i] * ao[so[i]];
            }
        } else if (small != null && q == 3) {
            int o1 = k == 0 ? 1 : 0;
            int o2 = k == 2 ? 1 : 2;
            char[] sk = small[k];
            char[] s1 = small[o1];
            char[] s2 = small[o2];
            double[] a1 = a[o1];
            double[] a2 = a[o2];
            for (int i = from; i < to; i++) {
                acc[sk[i]] += wl[i] * (a1[s1[i]] + a2[s2[i]]);
            }
        } else if (q == 2) {
            int o = 1 - k;
            int[] co = codes[o];
            double[] ao = a[o];
            for (int i = from; i < to; i++) {
                acc[ck[i]] += wl[i] * ao[co[i]];
            }
        } else if (q == 3) {
            int o1 = k == 0 ? 1 : 0;
            int o2 = k == 2 ? 1 : 2;
            int[] c1 = codes[o1];
            int[] c2 = codes[o2];
            double[] a1 = a[o1];
            double[] a2 = a[o2];
            for (int i = from; i < to; i++) {
                acc[ck[i]] += wl[i] * (a1[c1[i]] + a2[c2[i]]);
            }
        } else {
            for (int i = from; i < to; i++) {
                double v = 0;
                for (int h = 0; h < q; h++) {
                    if (h != k) {
                        v += a[h][codes[h][i]];
                    }
                }
                acc[ck[i]] += wl[i] * v;
            }
        }
    }

    /**
     * α_k ← (S_k − Σ_{i∈g} w_i Σ_{h≠k} α_h[f_h(i)]) / W_k, written into {@code result} (may be a[k]). Large samples
     * are cut into {@link #CHUNKS} fixed row ranges summed separately and combined in order, so the result depends on
     * n only, never on the number of threads.
     */
    private void update(int k, double[][] a, double[] sk, double[] result, double[][] partial) {
        int g = result.length;
        double[] iw = invW[k];
        if (partial == null) {
            double[] acc = new double[g];
            accumulate(k, a, acc, 0, n);
            for (int j = 0; j < g; j++) {
                result[j] = (sk[j] - acc[j]) * iw[j];
            }
            return;
        }
        Parallel.Task chunk = c -> {
            double[] acc = partial[c];
            java.util.Arrays.fill(acc, 0, g, 0.0);
            accumulate(k, a, acc, (int) ((long) n * c / CHUNKS), (int) ((long) n * (c + 1) / CHUNKS));
        };
        if (parallel != null) {
            parallel.forEach(CHUNKS, threads, chunk);
        } else {
            try (Parallel own = new Parallel(threads)) {
                own.forEach(CHUNKS, threads, chunk);
            }
        }
        for (int j = 0; j < g; j++) {
            double v = 0;
            for (int c = 0; c < CHUNKS; c++) {
                v += partial[c][j];
            }
            result[j] = (sk[j] - v) * iw[j];
        }
    }

    /** One sweep: from state {@code in} (dims 0..q−2) to {@code out}; the last dimension goes to {@code last}. */
    private void sweep(double[][] in, double[][] out, double[] last, double[][] s, double[][] partial) {
        double[][] cur = new double[q][];
        for (int k = 0; k < q - 1; k++) {
            cur[k] = in[k];
        }
        cur[q - 1] = last;
        update(q - 1, cur, s[q - 1], last, partial);
        for (int k = q - 2; k >= 0; k--) {
            update(k, cur, s[k], out[k], partial);
            cur[k] = out[k];
        }
    }

    /**
     * Irons–Tuck on the vectors x, gx = F(x), ggx = F(gx): x ← ggx − (⟨δ,δ²⟩/⟨δ²,δ²⟩)·δ. Returns false when δ² = 0
     * (x is then left unchanged: the iteration has converged numerically).
     */
    private static boolean ironsTuckStep(double[][] x, double[][] gx, double[][] ggx) {
        double vprod = 0;
        double ssq = 0;
        for (int k = 0; k < x.length; k++) {
            double[] xk = x[k];
            double[] g1 = gx[k];
            double[] g2 = ggx[k];
            for (int g = 0; g < xk.length; g++) {
                double d = g2[g] - g1[g];
                double d2 = d - g1[g] + xk[g];
                vprod += d * d2;
                ssq += d2 * d2;
            }
        }
        if (ssq == 0) {
            return false;
        }
        double coef = vprod / ssq;
        for (int k = 0; k < x.length; k++) {
            double[] xk = x[k];
            double[] g1 = gx[k];
            double[] g2 = ggx[k];
            for (int g = 0; g < xk.length; g++) {
                xk[g] = g2[g] - coef * (g2[g] - g1[g]);
            }
        }
        return true;
    }

    private static void copy(double[][] from, double[][] to) {
        for (int k = 0; k < Math.min(from.length, to.length); k++) {
            System.arraycopy(from[k], 0, to[k], 0, from[k].length);
        }
    }

    private double[][] alloc(int m) {
        double[][] v = new double[m][];
        for (int k = 0; k < m; k++) {
            v[k] = new double[sizes[k]];
        }
        return v;
    }

    /**
     * fixest's accelerated loop ({@code demean_acc_gnl}): per iteration GGX = F(GX), an Irons–Tuck step, from
     * iteration 40 on one extra projection, GX = F(X); every 4 iterations the GX values 4 iterations apart feed a
     * "grand" Irons–Tuck step. Iterations counted in sweeps (applications of F).
     */
    private Outcome ironsTuck(double[][] a, double[][] s, double tol, int maxIter) {
        int m = q - 1;
        double[][] x = alloc(m);
        double[][] gx = alloc(m);
        double[][] ggx = alloc(m);
        double[][] y = alloc(m);
        double[][] gy = alloc(m);
        double[][] ggy = alloc(m);
        copy(a, x);
        double[] last = a[q - 1];
        double[][] partial = null;
        if (chunked()) {
            partial = new double[CHUNKS][sizes[0]];
        }
        sweep(x, gx, last, s, partial);
        int sweeps = 1;
        int it = 0;
        int grand = 0;
        double change = maxChange(x, gx, tol);
        boolean converged = change <= 0;
        while (!converged && sweeps < maxIter) {
            it++;
            sweep(gx, ggx, last, s, partial);
            sweeps++;
            if (!ironsTuckStep(x, gx, ggx)) {
                copy(ggx, gx);
                converged = true;
                change = 0;
                break;
            }
            if (it >= 40) {
                sweep(x, ggx, last, s, partial);
                sweeps++;
                double[][] t = x;
                x = ggx;
                ggx = t;
            }
            sweep(x, gx, last, s, partial);
            sweeps++;
            if (it % 4 == 0) {
                grand++;
                if (grand == 1) {
                    copy(gx, y);
                } else if (grand == 2) {
                    copy(gx, gy);
                } else {
                    copy(gx, ggy);
                    grand = 0;
                    if (ironsTuckStep(y, gy, ggy)) {
                        sweep(y, gx, last, s, partial);
                        sweeps++;
                    }
                }
            }
            change = maxChange(x, gx, tol);
            converged = change <= 0;
        }
        copy(gx, a);
        double[][] cur = new double[q][];
        for (int k = 0; k < m; k++) {
            cur[k] = a[k];
        }
        cur[q - 1] = last;
        update(q - 1, cur, s[q - 1], last, partial);
        return new Outcome(sweeps, converged, change);
    }

    /** 0 when converged; otherwise the largest absolute change (so the caller can report it). */
    private static double maxChange(double[][] x, double[][] gx, double tol) {
        boolean ok = true;
        double worst = 0;
        for (int k = 0; k < x.length; k++) {
            double[] a = x[k];
            double[] b = gx[k];
            for (int g = 0; g < a.length; g++) {
                double d = Math.abs(a[g] - b[g]);
                if (d > worst) {
                    worst = d;
                }
                if (d > tol && d > tol * (0.1 + Math.abs(a[g]))) {
                    ok = false;
                }
            }
        }
        return ok ? 0 : worst;
    }
}
