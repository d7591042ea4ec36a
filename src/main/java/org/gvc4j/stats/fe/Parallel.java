package org.gvc4j.stats.fe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fixed pool of {@code availableProcessors()} daemon threads for independent tasks (one column each). Every task
 * computes the same thing whatever thread runs it, so results never depend on the thread count.
 */
public final class Parallel {
    private static final int THREADS = Math.max(1, Integer.getInteger("gvc4j.threads",
            Runtime.getRuntime().availableProcessors()));
    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "gvc4j-stats");
        t.setDaemon(true);
        return t;
    });

    /** A task over an index. */
    @FunctionalInterface
    public interface Task {
        void run(int index);
    }

    private Parallel() {
    }

    public static int threads() {
        return THREADS;
    }

    /** Runs {@code task(0..count-1)}, on up to {@code threads} threads (the caller's among them). */
    public static void forEach(int count, int threads, Task task) {
        int t = Math.min(Math.min(count, threads), THREADS);
        if (t <= 1) {
            for (int i = 0; i < count; i++) {
                task.run(i);
            }
            return;
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            int i;
            while ((i = next.getAndIncrement()) < count) {
                task.run(i);
            }
        };
        List<Future<?>> fs = new ArrayList<>();
        for (int k = 1; k < t; k++) {
            fs.add(POOL.submit(worker));
        }
        RuntimeException failure = null;
        try {
            worker.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> f : fs) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
