package org.gvc4j.method;

import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Work spread over the cores, with results independent of the number of threads: each item is computed by one
 * thread, with the same arithmetic in the same order as a sequential run, and results are returned in item order.
 */
public final class Parallel {
    /** Below this many items the overhead of splitting is not worth it. */
    private static final int MIN_ITEMS = 8;

    private Parallel() {
    }

    /** {@code f(0), ..., f(count − 1)}, computed in parallel, in order. */
    public static <T> T[] map(int count, IntFunction<T> f, IntFunction<T[]> newArray) {
        T[] out = newArray.apply(count);
        IntStream range = IntStream.range(0, count);
        if (count >= MIN_ITEMS) {
            range = range.parallel();
        }
        range.forEach(i -> out[i] = f.apply(i));
        return out;
    }
}
