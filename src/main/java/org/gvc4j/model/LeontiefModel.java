package org.gvc4j.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.gvc4j.error.InvalidTableException;
import org.gvc4j.linalg.Backend;
import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.linalg.SingularMatrixException;
import org.gvc4j.linalg.SmallLu;
import org.gvc4j.linalg.Vec;
import org.jspecify.annotations.Nullable;

/**
 * The derived Leontief model of one table under one set of {@link Conventions}: A, v, B = (I − A)⁻¹, and per
 * country the N×N factors of the closed forms (methods.md §1, §6). Computing it is the only O(n³) step; every
 * method reads from it and never inverts an n×n matrix again.
 *
 * <p>Per country s it holds L_ss = (I − A_ss)⁻¹, B_ss, M_s = Σ_{j≠s} A_sj B_js (summed directly, not read off
 * (I − A_ss)B_ss − I, which cancels digits), the LU of I + M_s, and the multipliers VBdom_s = v_s B_ss,
 * VBfor_s = Σ_{t≠s} v_t B_ts, VLdom_s = v_s L_ss, IMP_s = Σ_{t≠s} u_N A_ts L_ss and f_s = VBfor_s (I + M_s)⁻¹;
 * and per country r the vectors L_rr y_rr and L_rr e_r*.
 *
 * <p>Zero-output industries get zero input coefficients and zero value-added coefficient (not gvcAnalyzer's
 * x := 1e-10); where such an industry still has inputs or value added, a note says so.
 *
 * <p>Cost: 2n³ (the inverse) + 2n²N (all M_s) + O(n²) (exports, multipliers).
 */
public final class LeontiefModel {
    private final IoTable table;
    private final Conventions conventions;
    private final Labels labels;
    private final int g;
    private final int nSec;
    private final int n;
    private final double[] x;
    private final double[] va;
    private final double[] v;
    private final Mat a;
    private final Mat b;
    private final Mat y;
    private final Mat esr;
    private final double[] yAll;
    private final double[] e;
    private final Mat[] lss;
    private final Mat[] bss;
    private final Mat[] m;
    private final SmallLu[] luIPlusM;
    private final double[][] vbdom;
    private final double[][] vbfor;
    private final double[][] vldom;
    private final double[][] imp;
    private final double[][] f;
    private final double[][] lyDom;
    private final double[][] lExp;
    private final List<String> notes;
    private final Execution execution;
    /** What methods derive from the model once per table (icio's BY, KWW's terms, ...): see {@link #derived}. */
    private final ConcurrentHashMap<Derived<?>, Slot> derived = new ConcurrentHashMap<>();

    private LeontiefModel(IoTable table, Conventions conventions, Execution execution) {
        this.table = table;
        this.conventions = conventions;
        this.execution = execution;
        this.labels = table.labels();
        this.g = labels.countryCount();
        this.nSec = labels.sectorCount();
        this.n = labels.size();
        List<String> notes = new ArrayList<>();
        Mat z = table.z();
        this.y = table.y();
        this.yAll = y.rowSums();
        this.x = effectiveOutput(table, conventions, notes);
        this.va = effectiveValueAdded(table, conventions, x, z.columnSums());
        requireFinite(x, "output");
        requireFinite(va, "value added");
        requireFinite(yAll, "final demand");
        this.a = new Mat(n, n);
        this.v = new double[n];
        for (int j = 0; j < n; j++) {
            if (x[j] == 0) {
                double colSum = 0;
                for (int i = 0; i < n; i++) {
                    colSum += Math.abs(z.data[i + j * n]);
                }
                if (colSum != 0 || va[j] != 0) {
                    notes.add(labels.industry(j) + " has zero output but inputs or value added; its coefficients are set to 0");
                }
                continue;
            }
            double inv = 1.0 / x[j];
            for (int i = 0; i < n; i++) {
                a.data[i + j * n] = z.data[i + j * n] * inv;
            }
            v[j] = va[j] * inv;
        }
        this.b = leontiefInverse(a);
        checkProductive();
        this.esr = bilateralExports(z);
        this.e = esr.rowSums();
        requireFinite(e, "exports");
        this.lss = new Mat[g];
        this.bss = new Mat[g];
        this.m = new Mat[g];
        this.luIPlusM = new SmallLu[g];
        this.vbdom = new double[g][];
        this.vbfor = new double[g][];
        this.vldom = new double[g][];
        this.imp = new double[g][];
        this.f = new double[g][];
        this.lyDom = new double[g][];
        this.lExp = new double[g][];
        for (int s = 0; s < g; s++) {
            countryFactors(s);
        }
        this.notes = Collections.unmodifiableList(notes);
    }

    /**
     * Builds the model: one LU-based inverse of I − A on the numerics backend plus per-country N×N work.
     *
     * @throws InvalidTableException if I − A is singular or the table is not productive, or a convention cannot apply
     */
    public static LeontiefModel of(IoTable table, Conventions conventions) {
        return of(table, conventions, Execution.DEFAULT);
    }

    /**
     * Builds the model whose methods run under {@code execution} (threads); the numbers do not depend on it.
     *
     * @throws InvalidTableException if I − A is singular or the table is not productive, or a convention cannot apply
     */
    public static LeontiefModel of(IoTable table, Conventions conventions, Execution execution) {
        requireMemory(table.name(), table.labels().size());
        return Backend.get().call(() -> new LeontiefModel(table, conventions, execution));
    }

    /**
     * A quantity derived from this model, by a method, once: the first call computes {@code key.make(this)}, later
     * calls (from any thread, any step, any method object) return the same value. A failed computation is not
     * kept (the next call tries again). Values are shared: methods treat them as read-only. They live as long as
     * the model, i.e. as long as the table object that owns it.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Derived<T> key) {
        Slot slot = derived.computeIfAbsent(key, k -> new Slot());
        Object v = slot.value;
        if (v == null) {
            synchronized (slot) {
                v = slot.value;
                if (v == null) {
                    v = key.make().apply(this);
                    slot.value = v;
                }
            }
        }
        return (T) v;
    }

    /** The names of the derived quantities computed so far (for {@code gvc info} and tests). */
    public List<String> derivedSoFar() {
        List<String> out = new ArrayList<>();
        derived.forEach((k, slot) -> {
            if (slot.value != null) {
                out.add(k.name());
            }
        });
        Collections.sort(out);
        return out;
    }

    /**
     * BY (n×G): column d = x^{(d)} = B y_{·d}, the output each country's final demand needs (methods.md §1); derived
     * once per model for every method that needs it (2n²G flops). Shared: do not modify.
     */
    public static final Derived<Mat> BY = new Derived<>("BY", mm -> Dense.times(mm.b, mm.y));

    /** This model, read-only (what {@code MrioTable.derived()} hands out). */
    public ModelView view() {
        return new ModelView(this);
    }

    /** The threads this model's methods may use. */
    public Execution execution() {
        return execution;
    }

    /**
     * A derived quantity's identity: compared by identity (declare each key once, as a constant of the class that
     * derives it), named for messages.
     */
    public static final class Derived<T> {
        private final String name;
        private final Function<LeontiefModel, T> make;

        public Derived(String name, Function<LeontiefModel, T> make) {
            this.name = name;
            this.make = make;
        }

        public String name() {
            return name;
        }

        Function<LeontiefModel, T> make() {
            return make;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final class Slot {
        volatile @Nullable Object value;
    }

    /**
     * Output under the conventions. Recomputed from rows, an industry with no intermediate sales or purchases whose
     * final demand sums to a negative number (inventory changes; WIOD's LUX.c5) gets zero output, with a note: it is
     * outside every supply chain, so nothing else changes. Any other negative recomputed output is an error.
     */
    private static double[] effectiveOutput(IoTable t, Conventions c, List<String> notes) {
        if (c.output() == Conventions.Output.AS_GIVEN) {
            return t.rawOutput();
        }
        Mat z = t.z();
        double[] x = Vec.plus(z.rowSums(), t.y().rowSums());
        int n = x.length;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0) {
                boolean isolated = true;
                for (int k = 0; k < n && isolated; k++) {
                    isolated = z.data[i + k * n] == 0 && z.data[k + i * n] == 0;
                }
                if (!isolated) {
                    throw new InvalidTableException(t.name() + ": output recomputed from rows is negative for "
                            + t.labels().industry(i) + " (" + x[i] + ")");
                }
                notes.add(t.labels().industry(i) + ": output recomputed from rows is " + x[i]
                        + " (negative final demand, no intermediate flows); treated as zero output");
                x[i] = 0;
            }
        }
        return x;
    }

    private static double[] effectiveValueAdded(IoTable t, Conventions c, double[] x, double[] colSumsZ) {
        if (c.valueAdded() == Conventions.ValueAdded.AS_GIVEN) {
            if (!t.hasValueAdded()) {
                throw new InvalidTableException(t.name() + ": value added 'as given' was requested but the table has no VA row");
            }
            return t.rawValueAdded();
        }
        return Vec.minus(x, colSumsZ);
    }

    /** B = (I − A)⁻¹, inverted in place so that only one extra n×n array exists. */
    private Mat leontiefInverse(Mat a) {
        Mat iMinusA = new Mat(n, n);
        double[] src = a.data;
        double[] dst = iMinusA.data;
        for (int k = 0; k < dst.length; k++) {
            dst[k] = -src[k];
        }
        for (int i = 0; i < n; i++) {
            dst[i + i * n] += 1.0;
        }
        try {
            Mat inv = Dense.inverseInPlace(iMinusA);
            for (int k = 0; k < inv.data.length; k++) {
                if (!Double.isFinite(inv.data[k])) {
                    throw new SingularMatrixException("non-finite entry in the inverse", k / n, true);
                }
            }
            return inv;
        } catch (SingularMatrixException ex) {
            throw singular("I - A", 0, ex);
        }
    }

    /** Sums of the table that overflow a double are an error naming the industry, never ±Infinity in a result. */
    private void requireFinite(double[] v, String what) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new InvalidTableException(table.name() + ": " + what + " of " + labels.industry(i) + " is too large "
                        + "for a double (the sum overflows): rescale the table's values (e.g. to millions)");
            }
        }
    }

    /**
     * A factorisation that failed on a square block of the model over the industries {@code offset ...} (contiguous),
     * translated into a message about the table: the matrix, the industry where elimination stopped, and what to check.
     */
    public InvalidTableException singular(String matrix, int offset, SingularMatrixException e) {
        int col = e.column() < 0 ? -1 : offset + e.column();
        return singular(matrix, col, e.nonFinite());
    }

    /** The same for a block over any set of industries: {@code industries[c]} is the table index of column c. */
    public InvalidTableException singular(String matrix, int[] industries, SingularMatrixException e) {
        int c = e.column();
        return singular(matrix, c >= 0 && c < industries.length ? industries[c] : -1, e.nonFinite());
    }

    private InvalidTableException singular(String matrix, int industry, boolean nonFinite) {
        String at = industry >= 0 && industry < n ? " at industry " + labels.industry(industry) : "";
        int worst = -1;
        double worstSum = 0;
        if (a != null) {
            double[] sums = a.columnSums();
            for (int j = 0; j < n; j++) {
                if (worst < 0 || sums[j] > worstSum) {
                    worst = j;
                    worstSum = sums[j];
                }
            }
        }
        String hint = worst < 0 ? "" : String.format(java.util.Locale.ROOT, "; the largest input-coefficient column sum "
                + "is %.12g at %s", worstSum, labels.industry(worst));
        return new InvalidTableException(table.name() + ": " + matrix + (nonFinite
                ? " has values too large for a double" + at + ": the table is nearly singular"
                : " is singular" + at) + "; check that industry's inputs against its output (input coefficients "
                + "that add up to 1 or more, or a zero row and column with non-zero output)" + hint);
    }

    /**
     * Checks that the model fits in the heap before allocating it: A, B and the table's Z are n×n each, and the
     * inverse works in place. Fails with the size needed instead of an OutOfMemoryError halfway.
     */
    static void requireMemory(String table, int n) {
        long matrix = 8L * n * n;
        long need = 2 * matrix + (64L << 20);
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (need > available) {
            System.gc();
            available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        }
        if (need > available) {
            throw new InvalidTableException(String.format(java.util.Locale.ROOT,
                    "%s: the Leontief model of %d industries needs about %.1f GB of heap beyond the table (A and B, "
                            + "%.0f MB each); %.1f GB are free. Run with a larger -Xmx (for gvc: GVC_JAVA_OPTS=-Xmx%dg).",
                    table, n, need / 1e9, matrix / 1e6, available / 1e9, (long) Math.ceil((rt.maxMemory() + need - available) / 1e9) + 1));
        }
    }

    /** For A ≥ 0, the table is productive iff (I − A)⁻¹ ≥ 0. */
    private void checkProductive() {
        double maxAbs = 0;
        for (double d : a.data) {
            if (d < 0) {
                return; // negative coefficients (e.g. Eora subsidies): the sign test does not apply
            }
        }
        for (double d : b.data) {
            maxAbs = Math.max(maxAbs, Math.abs(d));
        }
        for (int k = 0; k < b.data.length; k++) {
            if (b.data[k] < -1e-9 * maxAbs) {
                int i = k % n;
                int j = k / n;
                double[] colSums = a.columnSums();
                int worst = 0;
                for (int c = 1; c < n; c++) {
                    if (colSums[c] > colSums[worst]) {
                        worst = c;
                    }
                }
                throw new InvalidTableException(table.name() + ": the table is not productive (the Leontief inverse has a "
                        + "negative entry at [" + labels.industry(i) + ", " + labels.industry(j) + "]); the largest "
                        + "input-coefficient column sum is " + colSums[worst] + " at " + labels.industry(worst));
            }
        }
    }

    /** ESR (n×G): e_sr = Z_sr u′ + y_sr for r ≠ s, 0 for r = s. */
    private Mat bilateralExports(Mat z) {
        Mat out = new Mat(n, g);
        for (int r = 0; r < g; r++) {
            for (int k = r * nSec; k < (r + 1) * nSec; k++) {
                int off = k * n;
                for (int i = 0; i < n; i++) {
                    out.data[i + r * n] += z.data[off + i];
                }
            }
            for (int i = 0; i < n; i++) {
                out.data[i + r * n] += y.data[i + r * n];
            }
            for (int i = r * nSec; i < (r + 1) * nSec; i++) {
                out.data[i + r * n] = 0;
            }
        }
        return out;
    }

    private void countryFactors(int s) {
        int o = s * nSec;
        Mat iMinusAss = a.block(o, o, nSec, nSec);
        for (int k = 0; k < iMinusAss.data.length; k++) {
            iMinusAss.data[k] = -iMinusAss.data[k];
        }
        for (int i = 0; i < nSec; i++) {
            iMinusAss.data[i + i * nSec] += 1.0;
        }
        try {
            lss[s] = new SmallLu(iMinusAss).inverse();
        } catch (SingularMatrixException ex) {
            throw singular("I - A_ss of " + labels.country(s), o, ex);
        }
        bss[s] = b.block(o, o, nSec, nSec);
        Mat ms = new Mat(nSec, nSec);
        Dense.gemmBlock(1.0, a, o, 0, nSec, o, b, 0, o, nSec, ms);
        Dense.gemmBlock(1.0, a, o, o + nSec, nSec, n - o - nSec, b, o + nSec, o, nSec, ms);
        m[s] = ms;
        Mat iPlusM = ms.copy();
        for (int i = 0; i < nSec; i++) {
            iPlusM.data[i + i * nSec] += 1.0;
        }
        try {
            luIPlusM[s] = new SmallLu(iPlusM);
        } catch (SingularMatrixException ex) {
            throw singular("I + M_s of " + labels.country(s) + " (its re-exported inputs)", o, ex);
        }
        double[] vs = slice(v, s);
        vbdom[s] = Vec.leftTimes(vs, bss[s]);
        vldom[s] = Vec.leftTimes(vs, lss[s]);
        double[] vbf = new double[nSec];
        double[] importedInputs = new double[nSec];
        for (int k = 0; k < nSec; k++) {
            int col = (o + k) * n;
            double sv = 0;
            double sa = 0;
            for (int i = 0; i < n; i++) {
                if (i < o || i >= o + nSec) {
                    sv += v[i] * b.data[col + i];
                    sa += a.data[col + i];
                }
            }
            vbf[k] = sv;
            importedInputs[k] = sa;
        }
        vbfor[s] = vbf;
        imp[s] = Vec.leftTimes(importedInputs, lss[s]);
        f[s] = luIPlusM[s].solveLeft(vbf);
        lyDom[s] = Vec.times(lss[s], yBlock(s, s));
        lExp[s] = Vec.times(lss[s], slice(e, s));
    }

    private double[] slice(double[] full, int s) {
        double[] out = new double[nSec];
        System.arraycopy(full, s * nSec, out, 0, nSec);
        return out;
    }

    // ---- read access for the method packages ---------------------------------------------------------------

    public IoTable table() {
        return table;
    }

    public Conventions conventions() {
        return conventions;
    }

    public Labels labels() {
        return labels;
    }

    /** G. */
    public int countries() {
        return g;
    }

    /** N. */
    public int sectors() {
        return nSec;
    }

    /** n = GN. */
    public int size() {
        return n;
    }

    /** Messages about the input worth showing with results (zero-output industries with inputs, ...). */
    public List<String> notes() {
        return notes;
    }

    /** x_s (N), the output used by the conventions. */
    public double[] output(int s) {
        return slice(x, s);
    }

    /** va_s (N), the value added used by the conventions. */
    public double[] valueAdded(int s) {
        return slice(va, s);
    }

    /** v_s (N). */
    public double[] vaCoefficients(int s) {
        return slice(v, s);
    }

    /** y_sr (N): s's final goods absorbed in r. */
    public double[] yBlock(int s, int r) {
        double[] out = new double[nSec];
        System.arraycopy(y.data, s * nSec + r * n, out, 0, nSec);
        return out;
    }

    /** y_s· (N): s's final-goods output, all destinations. */
    public double[] yTotal(int s) {
        return slice(yAll, s);
    }

    /** Y u′ (n), shared: do not modify. */
    public double[] finalDemandRowSums() {
        return yAll;
    }

    /** e_sr (N), gross exports of s to r (0 for r = s). */
    public double[] exports(int s, int r) {
        double[] out = new double[nSec];
        System.arraycopy(esr.data, s * nSec + r * n, out, 0, nSec);
        return out;
    }

    /** e_s* (N), gross exports of s to all partners. */
    public double[] exports(int s) {
        return slice(e, s);
    }

    /** A_sr · vec (N), pure Java (2N² flops). */
    public double[] aTimes(int s, int r, double[] vec) {
        return Vec.blockTimes(a, s * nSec, r * nSec, nSec, vec);
    }

    /** B_ts · vec (N). */
    public double[] bTimes(int t, int s, double[] vec) {
        return Vec.blockTimes(b, t * nSec, s * nSec, nSec, vec);
    }

    /** B_{·s} · vec (n): column block s of B times an N-vector (2nN flops). */
    public double[] bColumnBlockTimes(int s, double[] vec) {
        return Vec.blockTimes(b, 0, s * nSec, n, vec);
    }

    /** Σ_{j≠s} A_sj vec_j (N) for an n-vector: s's intermediate exports applied to vec (2nN flops, no cancellation). */
    public double[] aExportRowTimes(int s, double[] vec) {
        double[] out = new double[nSec];
        int o = s * nSec;
        for (int j = 0; j < n; j++) {
            if (j >= o && j < o + nSec) {
                continue;
            }
            double vj = vec[j];
            if (vj != 0) {
                int off = o + j * n;
                for (int i = 0; i < nSec; i++) {
                    out[i] += a.data[off + i] * vj;
                }
            }
        }
        return out;
    }

    /** A_F · vec (n): for each country r, Σ_{j≠r} A_rj vec_j (2n² flops, no cancellation). */
    public double[] aForeignTimes(double[] vec) {
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            double vj = vec[j];
            if (vj == 0) {
                continue;
            }
            int cj = j / nSec;
            int off = j * n;
            int lo = cj * nSec;
            int hi = lo + nSec;
            for (int i = 0; i < lo; i++) {
                out[i] += a.data[off + i] * vj;
            }
            for (int i = hi; i < n; i++) {
                out[i] += a.data[off + i] * vj;
            }
        }
        return out;
    }

    /** B · vec (n) on the backend (2n² flops). */
    public double[] bTimes(double[] vec) {
        return Dense.times(b, vec);
    }

    /** Σ_{j≠s} v_j L_jj A_js (N): foreign value added one border upstream of s's industries. */
    public double[] foreignVlTimesImports(int s) {
        double[] out = new double[nSec];
        int o = s * nSec;
        for (int k = 0; k < nSec; k++) {
            int col = (o + k) * n;
            double sum = 0;
            for (int j = 0; j < g; j++) {
                if (j == s) {
                    continue;
                }
                double[] vl = vldom[j];
                int rj = j * nSec;
                for (int i = 0; i < nSec; i++) {
                    sum += vl[i] * a.data[col + rj + i];
                }
            }
            out[k] = sum;
        }
        return out;
    }

    /** L_ss (N×N), shared: do not modify. */
    public Mat localInverse(int s) {
        return lss[s];
    }

    /** B_ss (N×N), shared: do not modify. */
    public Mat domesticBlock(int s) {
        return bss[s];
    }

    /** M_s = Σ_{j≠s} A_sj B_js (N×N), shared: do not modify. */
    public Mat reExportLoop(int s) {
        return m[s];
    }

    /** Solves (I + M_s) z = rhs. */
    public double[] solveIPlusM(int s, double[] rhs) {
        return luIPlusM[s].solve(rhs);
    }

    /** VBdom_s = v_s B_ss. */
    public double[] vbDom(int s) {
        return vbdom[s].clone();
    }

    /** VBfor_s = Σ_{t≠s} v_t B_ts. */
    public double[] vbFor(int s) {
        return vbfor[s].clone();
    }

    /** VLdom_s = v_s L_ss. */
    public double[] vlDom(int s) {
        return vldom[s].clone();
    }

    /** IMP_s = Σ_{t≠s} u_N A_ts L_ss (the A-based form, valid under any VA convention). */
    public double[] importContent(int s) {
        return imp[s].clone();
    }

    /** f_s = VBfor_s (I + M_s)⁻¹, the FVA-once multiplier. */
    public double[] fvaMultiplier(int s) {
        return f[s].clone();
    }

    /** L_rr y_rr. */
    public double[] localFinal(int r) {
        return lyDom[r].clone();
    }

    /** L_rr e_r*. */
    public double[] localExports(int r) {
        return lExp[r].clone();
    }

    /** A_ss · vec (N). */
    public double[] aDomesticTimes(int s, double[] vec) {
        return aTimes(s, s, vec);
    }

    // ---- whole matrices, for methods that need more than the accessors above (shared: never modify) ----

    /** A = Z diag(x)⁻¹ (n×n), zero columns where x = 0. Shared: do not modify. */
    public Mat coefficients() {
        return a;
    }

    /** B = (I − A)⁻¹ (n×n). Shared: do not modify. */
    public Mat leontief() {
        return b;
    }

    /** Y by destination country (n×G). Shared: do not modify. */
    public Mat finalDemand() {
        return y;
    }

    /** ESR (n×G): column r holds e_sr for every exporter s (block r is zero). Shared: do not modify. */
    public Mat bilateralExports() {
        return esr;
    }

    /** x (n), the output used by the conventions (a copy). */
    public double[] output() {
        return x.clone();
    }

    /** v (n), value added per unit of output (a copy). */
    public double[] vaCoefficients() {
        return v.clone();
    }

    /** From this many sectors on, N×N block products go to the native backend. */
    private static final int NATIVE_BLOCK = 48;

    /** P_sr = A_sr B_rs (N×N, new), the loop of the bilateral perimeter (2N³ flops). */
    public Mat bilateralLoop(int s, int r) {
        if (nSec < NATIVE_BLOCK) {
            return Vec.blockProduct(a, s * nSec, r * nSec, b, r * nSec, s * nSec, nSec);
        }
        Mat p = new Mat(nSec, nSec);
        Dense.gemmBlock(1.0, a, s * nSec, r * nSec, nSec, nSec, b, r * nSec, s * nSec, nSec, p);
        return p;
    }
}
