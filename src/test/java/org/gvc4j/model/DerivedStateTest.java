package org.gvc4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gvc4j.MrioTable;
import org.gvc4j.error.InvalidQueryException;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.source.SyntheticTable;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 item 4: the table owns its derived state (computed once per table, shared by every chain and method
 * object, read-only to users, no static caches), and each table has its own thread setting under which the numbers
 * do not change.
 */
class DerivedStateTest {
    private static void assertEquals(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }

    private static void assertEquals(int expected, int actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }

    private static void assertEquals(double expected, double actual, double delta) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual, delta);
    }

    private static MrioTable table(long seed) {
        return new MrioTable(SyntheticTable.generate(seed, 9, 4, 1), Conventions.DEFAULT);
    }

    @Test
    void derivedQuantitiesAreComputedOncePerTableAndSharedByChains() {
        MrioTable io = table(3);
        assertEquals(List.of(), io.derived().derivedSoFar());
        io.decompose().icio().exporters().getRowCount();
        List<String> afterIcio = io.derived().derivedSoFar();
        assertTrue(afterIcio.contains("BY"), afterIcio.toString());
        assertTrue(afterIcio.contains("icio cubes"), afterIcio.toString());
        // a copy that differs only in naming shares the table's derived state
        MrioTable renamed = io.withNaming(org.gvc4j.result.Naming.ICIO);
        assertEquals(afterIcio, renamed.derived().derivedSoFar());
        // other conventions are another model: nothing derived yet
        assertEquals(List.of(), io.withConventions(Conventions.GVC_ANALYZER).derived().derivedSoFar());
    }

    @Test
    void aKeyIsComputedOnceEvenWhenManyThreadsAskAtOnce() throws Exception {
        LeontiefModel m = LeontiefModel.of(SyntheticTable.generate(5, 6, 3, 0), Conventions.DEFAULT);
        AtomicInteger calls = new AtomicInteger();
        LeontiefModel.Derived<double[]> key = new LeontiefModel.Derived<>("probe", mm -> {
            calls.incrementAndGet();
            sleep(50);
            return mm.output();
        });
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<double[]>> got = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                got.add(pool.submit(() -> m.derived(key)));
            }
            double[] first = got.get(0).get();
            for (Future<double[]> f : got) {
                assertSame(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, calls.get());
    }

    @Test
    void aFailedDerivationIsNotKept() {
        LeontiefModel m = LeontiefModel.of(SyntheticTable.generate(5, 3, 2, 0), Conventions.DEFAULT);
        AtomicInteger calls = new AtomicInteger();
        LeontiefModel.Derived<String> key = new LeontiefModel.Derived<>("flaky", mm -> {
            if (calls.incrementAndGet() == 1) {
                throw new InvalidQueryException("first try fails");
            }
            return "ok";
        });
        assertThrows(InvalidQueryException.class, () -> m.derived(key));
        assertEquals("ok", m.derived(key));
        assertEquals("ok", m.derived(key));
        assertEquals(2, calls.get());
    }

    @Test
    void whatUsersReadCannotChangeLaterResults() {
        MrioTable io = table(11);
        double before = io.decompose().bm2025().trade().exporters().column("GVC_PF")[2];
        ModelView view = io.derived();
        MatrixView b = view.leontief();
        double[][] copy = b.toArray();
        copy[0][0] = 42;
        b.column(0)[1] = 42;
        view.output()[0] = 42;
        view.vaCoefficients()[0] = 42;
        assertNotSame(view.output(), view.output());
        assertEquals(b.get(0, 0), view.leontief().get(0, 0), 0.0);
        assertTrue(b.get(0, 0) != 42);
        assertThrows(IndexOutOfBoundsException.class, () -> b.get(b.rows(), 0));
        // a fresh table over the same data gives the same number: nothing shared was altered
        assertEquals(before, table(11).decompose().bm2025().trade().exporters().column("GVC_PF")[2], 0.0);
        assertEquals(before, io.decompose().bm2025().trade().exporters().column("GVC_PF")[2], 0.0);
        // no public accessor of the table hands out the mutable model
        for (var m : MrioTable.class.getMethods()) {
            assertFalse(m.getReturnType() == LeontiefModel.class, m.toString());
        }
    }

    @Test
    void numbersDoNotDependOnTheThreadSetting() {
        MrioTable all = table(21);
        MrioTable one = all.withExecution(Execution.sequential());
        MrioTable three = all.withExecution(Execution.threads(3));
        assertEquals(1, one.getExecution().threads());
        for (MrioTable io : List.of(one, three)) {
            assertEquals(all.decompose().icio().exporters().importers().sink(),
                    io.decompose().icio().exporters().importers().sink(), "icio");
            assertEquals(all.decompose().bm2023().exporters().importers().sink(),
                    io.decompose().bm2023().exporters().importers().sink(), "bm2023");
            assertEquals(all.decompose().bm2025().trade().exporters().importers(),
                    io.decompose().bm2025().trade().exporters().importers(), "bm2025");
        }
        assertTrue(three.toString().contains("3 threads"), three.toString());
    }

    /** Same keys, same columns, every number equal bit for bit. */
    private static void assertEquals(MeasureTable expected, MeasureTable actual, String what) {
        org.junit.jupiter.api.Assertions.assertEquals(expected.getColumnNames(), actual.getColumnNames(), what);
        org.junit.jupiter.api.Assertions.assertEquals(expected.getRowCount(), actual.getRowCount(), what);
        for (String c : expected.getColumnNames()) {
            if (expected.getKeyNames().contains(c)) {
                org.junit.jupiter.api.Assertions.assertEquals(expected.keys(c), actual.keys(c), what + " " + c);
            } else {
                assertArrayEquals(expected.column(c), actual.column(c), 0.0, what + " " + c);
            }
        }
    }

    @Test
    void tablesRunSideBySideEachOnItsOwnThreads() throws Exception {
        List<MrioTable> panel = new ArrayList<>();
        for (long year = 0; year < 4; year++) {
            panel.add(table(100 + year).withExecution(Execution.threads(1)));
        }
        ExecutorService runner = Executors.newFixedThreadPool(4);
        try {
            List<Future<MeasureTable>> futures = new ArrayList<>();
            for (MrioTable io : panel) {
                futures.add(runner.submit((Callable<MeasureTable>) () ->
                        io.decompose().bm2023().exporters().importers().sink()));
            }
            for (int i = 0; i < panel.size(); i++) {
                MeasureTable alone = table(100 + i).decompose().bm2023().exporters().importers().sink();
                assertEquals(alone, futures.get(i).get(), "year " + i);
            }
        } finally {
            runner.shutdownNow();
        }
    }

    @Test
    void threadCountsAreValidatedWithAPlainMessage() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> Execution.threads(0));
        org.junit.jupiter.api.Assertions.assertEquals("threads must be between 1 and 1024; got 0", e.getMessage());
        assertThrows(InvalidQueryException.class, () -> Execution.threads(-3));
        assertThrows(InvalidQueryException.class, () -> Execution.threads(Execution.MAX_THREADS + 1));
    }

    @Test
    void anItemsFailureIsRethrownAsThrownNotWrapped() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> Execution.threads(3).forEach(50, 2, i -> {
                    if (i == 37) {
                        throw new InvalidQueryException("item 37");
                    }
                }));
        org.junit.jupiter.api.Assertions.assertEquals("item 37", e.getMessage());
    }

    /** No static mutable cache anywhere in the engine: every static field of method/ and model/ is final and immutable. */
    @Test
    void noStaticCachesInTheEngine() throws IOException, ReflectiveOperationException {
        List<String> offenders = new ArrayList<>();
        for (String pkg : List.of("org/gvc4j/method", "org/gvc4j/model", "org/gvc4j/dsl")) {
            Path root = Path.of("target/classes", pkg);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = Path.of("target/classes").relativize(p).toString().replace('/', '.')
                            .replaceAll("\\.class$", "");
                    Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                    for (Field f : c.getDeclaredFields()) {
                        int mod = f.getModifiers();
                        if (!Modifier.isStatic(mod) || f.isSynthetic() || f.getType().isEnum()) {
                            continue;
                        }
                        if (!Modifier.isFinal(mod) || ExecutorService.class.isAssignableFrom(f.getType())
                                || java.util.concurrent.ForkJoinPool.class.isAssignableFrom(f.getType())) {
                            offenders.add(name + "." + f.getName());
                            continue;
                        }
                        if (Map.class.isAssignableFrom(f.getType()) || java.util.Collection.class.isAssignableFrom(f.getType())) {
                            f.setAccessible(true);
                            Object v = f.get(null);
                            String kind = v == null ? "null" : v.getClass().getName();
                            // only the JDK's immutable collections (Map.of, List.of, copyOf, unmodifiable views)
                            if (!kind.contains("Immutable") && !kind.contains("Unmodifiable")) {
                                offenders.add(name + "." + f.getName() + " (" + kind + ")");
                            }
                        }
                    }
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), offenders);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
