package org.gvc4j.linalg;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.lapack.JavaLAPACK;
import dev.ludovic.netlib.lapack.LAPACK;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The BLAS/LAPACK implementation in use, chosen once at start-up.
 *
 * <ul>
 *   <li>{@code native}: the system's OpenBLAS (Debian {@code libopenblas0-pthread}) through the JNI binding of
 *       {@code dev.ludovic.netlib}; tens of GFLOP/s on this machine.</li>
 *   <li>{@code java}: the same library's pure-Java BLAS/LAPACK (blocked LAPACK over a Java BLAS), a few GFLOP/s;
 *       used when no native library loads, or when {@code -Dgvc4j.backend=java} asks for it.</li>
 * </ul>
 *
 * <p>OpenBLAS's threaded kernels need more stack than a default Java thread has (they crash the JVM on a
 * 1 MiB stack at n ≈ 600), so every backend call runs on a dedicated thread with a large stack (one per
 * concurrent caller, so that tables computed side by side run in parallel).
 */
public final class Backend {
    private static final long STACK_BYTES = 256L << 20;
    private static final Backend INSTANCE = select();

    private final String name;
    private final BLAS blas;
    private final LAPACK lapack;
    private final ExecutorService worker;

    private final String why;

    private Backend(String name, BLAS blas, LAPACK lapack, String why) {
        this.name = name;
        this.blas = blas;
        this.lapack = lapack;
        this.why = why;
        // one large-stack thread per concurrent caller (tables computed side by side do not queue behind each
        // other); idle threads end after a minute
        this.worker = Executors.newCachedThreadPool(r -> {
            Thread t = new WorkerThread(r, STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /** The backend chosen for this JVM. */
    public static Backend get() {
        return INSTANCE;
    }

    /** {@code "native"} or {@code "java"}. */
    public String name() {
        return name;
    }

    /**
     * A one-line description, as {@code gvc info} and {@code gvc --version} print it, e.g.
     * {@code native (BLAS JNIBLAS, LAPACK JNILAPACK)} or, for the fallback, the reason it runs.
     */
    public String describe() {
        return name + " (BLAS " + blas.getClass().getSimpleName() + ", LAPACK " + lapack.getClass().getSimpleName()
                + (why.isEmpty() ? "" : "; " + why) + ")";
    }

    BLAS blas() {
        return blas;
    }

    LAPACK lapack() {
        return lapack;
    }

    /**
     * Chooses once. The binding reports every implementation it could not load (the native library, the JDK 16+
     * Vector API, which Java 17 has only as an incubator module) as a {@code java.util.logging} WARNING on standard
     * error; which backend runs is what {@link #describe()} says, so those lines are silenced while the binding
     * initialises (its instances are made once, in static initialisers, all inside this window).
     */
    private static Backend select() {
        String wanted = System.getProperty("gvc4j.backend", "auto").toLowerCase(Locale.ROOT);
        Logger netlib = Logger.getLogger("dev.ludovic.netlib"); // held here: the log manager keeps loggers weakly
        Level before = netlib.getLevel();
        netlib.setLevel(Level.OFF);
        try {
            if (!wanted.equals("java")) {
                try {
                    BLAS b = BLAS.getInstance();
                    LAPACK l = LAPACK.getInstance();
                    if (b.getClass().getSimpleName().startsWith("JNI") && l.getClass().getSimpleName().startsWith("JNI")) {
                        return new Backend("native", b, l, "");
                    }
                } catch (RuntimeException | LinkageError e) {
                    // fall through to Java
                }
                if (wanted.equals("native")) {
                    throw new IllegalStateException("-Dgvc4j.backend=native, but no native BLAS/LAPACK could be loaded "
                            + "(install Debian's libopenblas0-pthread)");
                }
            }
            return new Backend("java", JavaBLAS.getInstance(), JavaLAPACK.getInstance(), wanted.equals("java")
                    ? "asked for with -Dgvc4j.backend=java"
                    : "no native BLAS/LAPACK loaded; install libopenblas0-pthread for the native one");
        } finally {
            netlib.setLevel(before);
        }
    }

    /** Runs {@code task} on the large-stack worker (or directly, if already there) and returns its result. */
    public <T> T call(Callable<T> task) {
        if (Thread.currentThread() instanceof WorkerThread) {
            try {
                return task.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Future<T> f = worker.submit(task);
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            if (c instanceof Error) {
                throw (Error) c;
            }
            throw new IllegalStateException(c);
        }
    }

    private static final class WorkerThread extends Thread {
        WorkerThread(Runnable r, long stack) {
            super(null, r, "gvc4j-numerics", stack);
        }
    }
}
