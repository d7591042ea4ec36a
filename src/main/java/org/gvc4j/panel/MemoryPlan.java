package org.gvc4j.panel;

import java.util.Locale;

/**
 * How many tables run side by side and with how many threads each: each table's peak heap is estimated as
 * {@value #DOUBLES_PER_CELL}·n² doubles plus 64 MB (the table read, A, B = (I − A)⁻¹ and the methods' n×n work,
 * and the slack the Leontief model requires before it starts; a table of n = 1,000 ran in a 96 MB heap, BENCHMARKS.md,
 * "Panels"), and as many tables run at once as fit in {@value #HEAP_SHARE_PERCENT}%
 * of the free heap, at most one a thread; the threads are then split between them.
 *
 * @param parallel       tables at a time
 * @param threadsEach    threads of each table's {@code Execution}
 * @param bytesEach      the estimated peak of the reference table
 * @param budget         the bytes the tables may use together
 * @param referenceSize  n of the table the estimate is for
 */
record MemoryPlan(int parallel, int threadsEach, long bytesEach, long budget, int referenceSize, int threads,
                  long maxHeap) {
    static final int DOUBLES_PER_CELL = 6;
    static final int HEAP_SHARE_PERCENT = 75;

    /** Bytes a table needs besides its n² arrays: the slack the Leontief model asks for before it starts. */
    static final long FIXED_BYTES = 64L << 20;

    /** The estimated peak heap of one table of n industries, in bytes. */
    static long peakBytes(int n) {
        return (long) DOUBLES_PER_CELL * n * n * Double.BYTES + FIXED_BYTES;
    }

    static MemoryPlan choose(int referenceSize, int tables, int threads, long maxHeap, long usedHeap) {
        long budget = Math.max(0, maxHeap / 100 * HEAP_SHARE_PERCENT - usedHeap);
        long each = peakBytes(referenceSize);
        long fit = Math.max(1, budget / each);
        int parallel = (int) Math.max(1, Math.min(fit, Math.min(threads, Math.max(1, tables))));
        return new MemoryPlan(parallel, Math.max(1, threads / parallel), each, budget, referenceSize, threads, maxHeap);
    }

    /** The plan as one line. */
    String describe() {
        return String.format(Locale.ROOT, "panel plan: n = %d (first table to compute): est. peak %,d MB a table "
                + "(%d·n² doubles + 64 MB); heap %,d MB, %,d MB usable (%d%% of the heap less what is in use) -> %d table%s at "
                + "a time x %d thread%s each (of %d)", referenceSize, bytesEach >> 20, DOUBLES_PER_CELL, maxHeap >> 20,
                budget >> 20, HEAP_SHARE_PERCENT, parallel, parallel == 1 ? "" : "s", threadsEach,
                threadsEach == 1 ? "" : "s", threads);
    }
}
