package org.gvc4j.stats.fe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threads of one estimation for independent tasks (one column, one row range each): created with the thread
 * count the estimation asks for ({@code Estimate.withThreads(n)}, {@code --threads}), started on first use and shut
 * down by {@link #close()} when the estimation ends. No pool is shared between estimations and nothing is read from
 * system properties, so two estimations with different thread counts can run side by side. Every task computes the
 * same thing whatever thread runs it, so results never depend on the thread count.
 */
public final class Parallel implements AutoCloseable {
    private final int threads;
    private ExecutorService pool;

    /** A task over an index. */
    @FunctionalInterface
    public interface Task {
        void run(int index);
    }

    /** Up to {@code threads} threads (the caller's among them); 1 runs everything on the caller's thread. */
    public Parallel(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** The thread count this instance allows. */
    public int threads() {
        return threads;
    }

    /** Runs {@code task(0..count-1)} on up to {@code min(threads, this.threads())} threads (the caller's among them). */
    public void forEach(int count, int threads, Task task) {
        int t = Math.min(Math.min(count, threads), this.threads);
        if (t <= 1) {
            for (int i = 0; i < count; i++) {
                task.run(i);
            }
            return;
        }
        ExecutorService p = pool();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            int i;
            while ((i = next.getAndIncrement()) < count) {
                task.run(i);
            }
        };
        List<Future<?>> fs = new ArrayList<>();
        for (int k = 1; k < t; k++) {
            fs.add(p.submit(worker));
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

    private synchronized ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads - 1, r -> {
                Thread t = new Thread(r, "gvc4j-stats");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    /** Stops the threads (idempotent); later calls of {@link #forEach} start new ones. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }
}
