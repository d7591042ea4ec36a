package org.gvc4j.stats.data;

import org.gvc4j.stats.EstimationException;

/**
 * A declared panel (fixest {@code panel.id = ~id + time}) for {@code l()}, {@code f()} and {@code d()}: each row's
 * individual and time, and a lookup of the row at (individual, time + k·step). The step is fixest's default
 * {@code time.step}: the greatest common divisor of the differences between consecutive distinct times of the whole
 * file. A row that is in the file lends its value whatever else removes it from the estimation.
 */
public final class Panel {
    private final int[] id;
    private final long[] t; // time index (time − min) / step, or Long.MIN_VALUE where missing
    private final LongIntHash rowOf;
    private final long span;
    private final long step;

    private Panel(int[] id, long[] t, LongIntHash rowOf, long span, long step) {
        this.id = id;
        this.t = t;
        this.rowOf = rowOf;
        this.span = span;
        this.step = step;
    }

    /** Builds the panel of {@code idCol} × {@code timeCol}; errors name {@code --panel}. */
    public static Panel of(ColumnSource src, String idCol, String timeCol) {
        for (String c : new String[] {idCol, timeCol}) {
            if (!src.has(c)) {
                throw new EstimationException("--panel / panel(): " + org.gvc4j.stats.engine.Names.unknown(c, "panel",
                        src.columnNames()));
            }
        }
        if (src.kind(timeCol) != ColumnSource.Kind.NUMERIC) {
            throw new EstimationException("--panel / panel(): the time column '" + timeCol + "' must hold whole numbers"
                    + " (e.g. years)");
        }
        int n = src.rowCount();
        double[] time = src.numeric(timeCol);
        long[] tv = new long[n];
        java.util.TreeSet<Long> distinct = new java.util.TreeSet<>();
        for (int i = 0; i < n; i++) {
            double v = time[i];
            if (Double.isNaN(v)) {
                tv[i] = Long.MIN_VALUE;
                continue;
            }
            if (v != Math.rint(v) || Math.abs(v) > 1e15) {
                throw new EstimationException("--panel / panel(): the time column '" + timeCol + "' must hold whole "
                        + "numbers; row " + (i + 1) + " has " + v);
            }
            tv[i] = (long) v;
            distinct.add(tv[i]);
        }
        if (distinct.isEmpty()) {
            throw new EstimationException("--panel / panel(): the time column '" + timeCol + "' has no values");
        }
        long step = 0;
        Long prev = null;
        for (long v : distinct) {
            if (prev != null) {
                step = gcd(step, v - prev);
            }
            prev = v;
        }
        if (step == 0) {
            step = 1;
        }
        long min = distinct.first();
        long span = (distinct.last() - min) / step + 1;
        int[] ids = src.factor(idCol).codes();
        long[] ti = new long[n];
        LongIntHash map = new LongIntHash(Math.max(16, n));
        for (int i = 0; i < n; i++) {
            if (tv[i] == Long.MIN_VALUE || ids[i] < 0) {
                ti[i] = Long.MIN_VALUE;
                continue;
            }
            ti[i] = (tv[i] - min) / step;
            int prevRow = map.putIfAbsent(ids[i] * span + ti[i], i);
            if (prevRow != i) {
                throw new EstimationException("--panel / panel(): (" + idCol + ", " + timeCol + ") is not unique: rows "
                        + (prevRow + 1) + " and " + (i + 1) + " are both " + src.cell(idCol, i) + ", "
                        + src.cell(timeCol, i));
            }
        }
        return new Panel(ids, ti, map, span, step);
    }

    private static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a;
    }

    /** The time step (fixest's default time.step). */
    public long step() {
        return step;
    }

    /** x of the same individual k steps earlier ({@code k < 0}: later); NaN where that row is not in the file. */
    public double[] lag(double[] x, long k) {
        int n = x.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            long ti = t[i];
            long tt = ti == Long.MIN_VALUE ? -1 : ti - k;
            if (tt < 0 || tt >= span) {
                out[i] = Double.NaN;
                continue;
            }
            int r = rowOf.get(id[i] * span + tt);
            out[i] = r < 0 ? Double.NaN : x[r];
        }
        return out;
    }
}
