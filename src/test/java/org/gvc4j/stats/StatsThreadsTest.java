package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import org.gvc4j.stats.fe.Demeaner;
import org.junit.jupiter.api.Test;

/** Threads are a per-estimation setting: no static pool or mutable static state, results identical for any count. */
class StatsThreadsTest {
    /** Every static field of org.gvc4j.stats is final and immutable: no shared pool, no cache (as DerivedStateTest). */
    @Test
    void noStaticPoolsOrMutableStaticState() throws IOException, ReflectiveOperationException {
        List<String> offenders = new ArrayList<>();
        Path root = Path.of("target/classes/org/gvc4j/stats");
        assertTrue(Files.isDirectory(root), "compiled classes at " + root);
        int classes = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = Path.of("target/classes").relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                classes++;
                for (Field f : c.getDeclaredFields()) {
                    int mod = f.getModifiers();
                    if (!Modifier.isStatic(mod) || f.isSynthetic() || f.getType().isEnum()) {
                        continue;
                    }
                    if (!Modifier.isFinal(mod) || ExecutorService.class.isAssignableFrom(f.getType())
                            || java.util.concurrent.ForkJoinPool.class.isAssignableFrom(f.getType())
                            // a constant table may be a private array (filled once, never written); a visible one could be changed
                            || f.getType().isArray() && !Modifier.isPrivate(mod)) {
                        offenders.add(name + "." + f.getName());
                        continue;
                    }
                    if (Map.class.isAssignableFrom(f.getType()) || java.util.Collection.class.isAssignableFrom(f.getType())) {
                        f.setAccessible(true);
                        Object v = f.get(null);
                        String kind = v == null ? "null" : v.getClass().getName();
                        if (!kind.contains("Immutable") && !kind.contains("Unmodifiable")) {
                            offenders.add(name + "." + f.getName() + " (" + kind + ")");
                        }
                    }
                }
            }
        }
        assertTrue(classes > 20, "scanned " + classes + " classes");
        assertEquals(List.of(), offenders);
    }

    private static boolean statsThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("gvc4j-stats") && t.isAlive());
    }

    /** 1, 2 and 3 threads: bit-identical estimates and standard errors; the threads end with the estimation. */
    @Test
    void resultsAreBitIdenticalAcrossThreadCountsAndThreadsEndWithTheEstimation() throws InterruptedException {
        // 12,000 rows and 2 fixed effects: over the size from which the estimation demeans columns in parallel
        var p = DummyRegressionTest.panel(5, 12_000, 50, 40);
        for (String f : List.of("y ~ x1 + x2 | f1 + f2", "count ~ x1 + x2 | f1 + f2")) {
            Model m = f.startsWith("y") ? Model.OLS : Model.PPML;
            Fit one = Estimate.of(m, p.src(), f).cluster("f1").withThreads(1).fit();
            for (int t : new int[] {2, 3}) {
                Fit more = Estimate.of(m, p.src(), f).cluster("f1").withThreads(t).fit();
                assertArrayEquals(one.getEstimates(), more.getEstimates(), 0.0, f + ", " + t + " threads");
                assertArrayEquals(one.getStdErrors(), more.getStdErrors(), 0.0, f + ", " + t + " threads");
                assertArrayEquals(one.getFitted(), more.getFitted(), 0.0, f + ", " + t + " threads");
            }
        }
        long end = System.nanoTime() + 5_000_000_000L;
        while (statsThreadsAlive() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertTrue(!statsThreadsAlive(), "the estimation's threads are shut down when it ends");
    }

    /** The pool of one Parallel: its threads run tasks, and close() ends them. */
    @Test
    void parallelUsesItsOwnThreadsAndCloseEndsThem() throws InterruptedException {
        java.util.Set<Thread> names = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.CountDownLatch all = new java.util.concurrent.CountDownLatch(3);
        try (org.gvc4j.stats.fe.Parallel par = new org.gvc4j.stats.fe.Parallel(3)) {
            par.forEach(3, 3, i -> {
                names.add(Thread.currentThread());
                all.countDown();
                try {
                    // each task waits for the others: three tasks at once need three threads
                    assertTrue(all.await(10, java.util.concurrent.TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        assertEquals(3, names.size(), names.toString());
        assertEquals(2, names.stream().filter(t -> t.getName().equals("gvc4j-stats")).count(), names.toString());
        long end = System.nanoTime() + 5_000_000_000L;
        while (statsThreadsAlive() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertTrue(!statsThreadsAlive(), "close() ends the threads");
    }

    /** The chunked sweep of a large sample (row ranges summed in a fixed order) gives the same numbers on 1 or 4 threads. */
    @Test
    void chunkedDemeaningIsBitIdenticalAcrossThreadCounts() {
        int n = 5000;
        int[][] codes = new int[2][n];
        double[] x = new double[n];
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < n; i++) {
            codes[0][i] = r.nextInt(70);
            codes[1][i] = r.nextInt(45);
            x[i] = r.nextGaussian() + codes[0][i] * 0.01;
        }
        double[][] out = new double[2][n];
        for (int k = 0; k < 2; k++) {
            Demeaner d = new Demeaner(codes, new int[] {70, 45}, null).withChunkedFrom(1000).withThreads(k == 0 ? 1 : 4);
            d.demean(x, d.newCoefficients(), out[k], 1e-12, 10_000);
        }
        assertArrayEquals(out[0], out[1], 0.0);
    }
}
