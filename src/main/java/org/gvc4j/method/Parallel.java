package org.gvc4j.method;

import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.gvc4j.model.Execution;

/**
 * Work spread over the threads a table's {@link Execution} allows, with results independent of their number: each
 * item is computed by one thread, with the same arithmetic in the same order as a sequential run, and results are
 * returned in item order.
 */
public final class Parallel {
    /** Below this many items the overhead of splitting is not worth it. */
    private static final int MIN_ITEMS = 8;

    private Parallel() {
    }

    /** {@code f(0), ..., f(count − 1)}, computed under {@code execution}, in order. */
    public static <T> T[] map(Execution execution, int count, IntFunction<T> f, IntFunction<T[]> newArray) {
        T[] out = newArray.apply(count);
        forEach(execution, count, i -> out[i] = f.apply(i));
        return out;
    }

    /** {@code f(0), ..., f(count − 1)} for their effects (each item writes only its own part), under {@code execution}. */
    public static void forEach(Execution execution, int count, IntConsumer f) {
        execution.forEach(count, MIN_ITEMS, f);
    }
}
