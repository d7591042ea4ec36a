package org.gvc4j.model;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.gvc4j.error.InvalidQueryException;
import org.jspecify.annotations.Nullable;

/**
 * How much of the machine one table's computations may use: a number of threads, owned by the value and not shared
 * with the JVM's common pool, so that a panel or Spark runner can run tables side by side, each with its own budget
 * ({@code io.withExecution(Execution.threads(1))}). Results never depend on it: every parallel step computes each item
 * on one thread with the same arithmetic as a sequential run and returns items in order.
 *
 * <p>{@link #DEFAULT} uses every core ({@code availableProcessors()}). The native BLAS keeps its own threads
 * (OpenBLAS's, set by {@code OPENBLAS_NUM_THREADS}); this setting covers gvc4j's own loops over countries, pairs
 * and industries.
 */
public final class Execution {
    /** Every core of the machine. */
    public static final Execution DEFAULT = new Execution(0);
    /** The largest thread count accepted. */
    public static final int MAX_THREADS = 1024;

    private final int threads;
    private volatile @Nullable ForkJoinPool pool;

    private Execution(int threads) {
        this.threads = threads;
    }

    /**
     * At most {@code n} threads for this table's computations (1 = sequential).
     *
     * @throws InvalidQueryException unless 1 ≤ n ≤ {@value #MAX_THREADS}
     */
    public static Execution threads(int n) {
        if (n < 1 || n > MAX_THREADS) {
            throw new InvalidQueryException("threads must be between 1 and " + MAX_THREADS + "; got " + n);
        }
        return new Execution(n);
    }

    /** One thread: everything runs on the caller's thread. */
    public static Execution sequential() {
        return threads(1);
    }

    /** The number of threads this setting allows. */
    public int threads() {
        return threads == 0 ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
    }

    /**
     * Runs {@code f(0), ..., f(count − 1)}, spread over this setting's threads when there are at least
     * {@code minItems} items; each item runs on exactly one thread. An exception of any item is rethrown as it was
     * thrown (not wrapped), after the other items stop.
     */
    public void forEach(int count, int minItems, IntConsumer f) {
        int t = threads();
        if (t <= 1 || count < Math.max(2, minItems)) {
            for (int i = 0; i < count; i++) {
                f.accept(i);
            }
            return;
        }
        // the first failure of any item, rethrown as thrown (the fork-join framework would re-create it by reflection)
        AtomicReference<@Nullable Throwable> first = new AtomicReference<>();
        IntConsumer guarded = i -> {
            if (first.get() == null) {
                try {
                    f.accept(i);
                } catch (RuntimeException | Error e) {
                    first.compareAndSet(null, e);
                }
            }
        };
        ForkJoinPool p = pool();
        Thread current = Thread.currentThread();
        if (current instanceof ForkJoinWorkerThread && ((ForkJoinWorkerThread) current).getPool() == p) {
            IntStream.range(0, count).parallel().forEach(guarded);
        } else {
            try {
                p.submit(() -> IntStream.range(0, count).parallel().forEach(guarded)).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while computing", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        Throwable e = first.get();
        if (e instanceof RuntimeException) {
            throw (RuntimeException) e;
        }
        if (e instanceof Error) {
            throw (Error) e;
        }
    }

    private ForkJoinPool pool() {
        ForkJoinPool p = pool;
        if (p == null) {
            synchronized (this) {
                p = pool;
                if (p == null) {
                    // worker threads of the default factory are daemon threads: an unused pool never keeps the JVM up
                    p = new ForkJoinPool(threads());
                    pool = p;
                }
            }
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Execution && ((Execution) o).threads == threads;
    }

    @Override
    public int hashCode() {
        return threads;
    }

    @Override
    public String toString() {
        return threads == 0 ? "all " + threads() + " cores" : threads + (threads == 1 ? " thread" : " threads");
    }
}
