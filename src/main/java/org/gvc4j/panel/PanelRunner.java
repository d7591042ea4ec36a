package org.gvc4j.panel;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.error.GvcException;
import org.gvc4j.model.Execution;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.source.ReadOptions;
import org.jspecify.annotations.Nullable;

/**
 * Runs decompositions over a {@link Panel}: tables side by side as far as the heap allows, each on its share of the
 * threads, with progress, per-table checkpoints and resume, then one combined CSV per result kind (package
 * documentation).
 *
 * <pre>{@code
 * PanelResult r = PanelRunner.of(Panel.fromFolder(Path.of("data/adb"), "adb"), List.of(
 *         new Decomposition("bm2025_trade_measures", io -> io.decompose().bm2025().trade().exporters())))
 *     .out(Path.of("out/panel")).resume(true).execute();
 * }</pre>
 *
 * A table that fails (unreadable, singular) is reported and the others go on; the run then throws, naming every
 * failed table, without writing the combined outputs: fix and rerun with resume. An exception thrown by the
 * {@link #onTableDone} listener stops the run (as a crash would): no table starts after it, tables already running
 * finish their checkpoints, the exception is rethrown and no combined output is written.
 */
public final class PanelRunner {
    private final Panel panel;
    private final List<Decomposition> decompositions;
    private Path out = Path.of("panel-out");
    private boolean resume;
    private boolean parquet;
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private PrintWriter log = new PrintWriter(System.out, true);
    private PrintWriter progressOut = new PrintWriter(System.err, true);
    private boolean terminal = System.console() != null;
    private Consumer<PanelSource> onTableDone = s -> { };
    private UnaryOperator<MrioTable> prepare = UnaryOperator.identity();
    private long maxHeap = Runtime.getRuntime().maxMemory();

    private PanelRunner(Panel panel, List<Decomposition> decompositions) {
        if (decompositions.isEmpty()) {
            throw new GvcException("a panel run needs at least one decomposition");
        }
        Set<String> names = new HashSet<>();
        for (Decomposition d : decompositions) {
            if (!names.add(d.name())) {
                throw new GvcException("decomposition " + d.name() + " is given twice");
            }
        }
        this.panel = panel;
        this.decompositions = List.copyOf(decompositions);
    }

    /** A run of these decompositions over this panel (output folder {@code panel-out} unless set). */
    public static PanelRunner of(Panel panel, List<Decomposition> decompositions) {
        return new PanelRunner(panel, decompositions);
    }

    /** The output folder: {@code checkpoints/} and the combined {@code <kind>.csv} files. */
    public PanelRunner out(Path folder) {
        this.out = folder.toAbsolutePath().normalize();
        return this;
    }

    /**
     * Also write each combined output as {@code <kind>.parquet} next to the CSV (default: CSV only): one flat file,
     * {@code year} INT64, numeric columns DOUBLE, labels UTF-8 strings, empty cells null.
     */
    public PanelRunner parquet(boolean also) {
        this.parquet = also;
        return this;
    }

    /** Keep the complete checkpoints of an earlier run into the same folder (default: recompute every table). */
    public PanelRunner resume(boolean keep) {
        this.resume = keep;
        return this;
    }

    /** The threads all tables share (default: every core). */
    public PanelRunner threads(int n) {
        if (n < 1 || n > Execution.MAX_THREADS) {
            throw new GvcException("threads must be between 1 and " + Execution.MAX_THREADS + "; got " + n);
        }
        this.threads = n;
        return this;
    }

    /** Where the plan and the summary go (default: standard output). */
    public PanelRunner log(PrintWriter stream) {
        this.log = stream;
        return this;
    }

    /**
     * Where progress goes (default: standard error) and whether it is a terminal (a redrawn line) or not (a line per
     * finished table); the default asks {@code System.console()}.
     */
    public PanelRunner progress(PrintWriter stream, boolean isTerminal) {
        this.progressOut = stream;
        this.terminal = isTerminal;
        return this;
    }

    /** Called after each table's checkpoint is written, on the thread that computed it. */
    public PanelRunner onTableDone(Consumer<PanelSource> listener) {
        this.onTableDone = listener;
        return this;
    }

    /** Applied to each table after loading, e.g. {@code io -> io.withConventions(Conventions.GVC_ANALYZER)}. */
    public PanelRunner prepare(UnaryOperator<MrioTable> step) {
        this.prepare = step;
        return this;
    }

    /** The heap the plan assumes (default: the JVM's maximum), for tests and for sharing a JVM. */
    public PanelRunner heap(long bytes) {
        this.maxHeap = bytes;
        return this;
    }

    /** Runs the panel: computes what has no checkpoint, then writes the combined outputs. */
    public PanelResult execute() {
        long start = System.nanoTime();
        Checkpoints cps = new Checkpoints(out);
        List<PanelSource> todo = new ArrayList<>();
        List<PanelSource> kept = new ArrayList<>();
        for (PanelSource s : panel.getSources()) {
            if (resume && cps.isDone(s, decompositions)) {
                kept.add(s);
            } else {
                todo.add(s);
            }
        }
        log.printf(Locale.ROOT, "panel: %d tables, %d decompositions (%s); %s%n", panel.getSize(),
                decompositions.size(), String.join(", ", decompositions.stream().map(Decomposition::name).toList()),
                kept.isEmpty() ? "all to compute" : kept.size() + " finished earlier (checkpoints kept), " + todo.size()
                        + " to compute");
        String plan = "";
        List<PanelSource> computed = Collections.synchronizedList(new ArrayList<>());
        if (!todo.isEmpty()) {
            plan = compute(cps, todo, kept.size(), computed);
        }
        Map<String, Path> outputs = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Decomposition d : decompositions) {
            Path target = out.resolve(d.name() + ".csv");
            rows.put(d.name(), cps.combine(panel.getSources(), d.name(), target));
            outputs.put(d.name(), target);
            if (parquet) {
                ParquetFile.fromCsv(target, out.resolve(d.name() + ".parquet"));
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        log.printf(Locale.ROOT, "panel: %d tables (%d computed, %d from checkpoints) in %.1f s; wrote %s%n",
                panel.getSize(), computed.size(), kept.size(), secs, String.join(", ", outputs.entrySet().stream()
                        .map(e -> e.getValue().getFileName() + " (" + rows.get(e.getKey()) + " rows)").toList()));
        log.flush();
        List<PanelSource> inOrder = new ArrayList<>(panel.getSources());
        inOrder.retainAll(computed);
        return new PanelResult(List.copyOf(inOrder), List.copyOf(kept), outputs, rows, plan, secs);
    }

    private String compute(Checkpoints cps, List<PanelSource> todo, int alreadyDone, List<PanelSource> computed) {
        // the first table is loaded before the plan: its size is the reference of the memory estimate
        PanelSource first = todo.get(0);
        Progress progress = new Progress(progressOut, terminal, panel.getSize(), alreadyDone);
        progress.step(first, "load");
        long t0 = System.nanoTime();
        MrioTable firstTable;
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<PanelSource> queue = new ConcurrentLinkedQueue<>(todo);
        @Nullable MrioTable preloaded;
        try {
            firstTable = load(first);
            preloaded = firstTable;
        } catch (RuntimeException e) {
            progress.failed(first, message(e));
            failures.add(first + " (" + first.origin() + "): " + message(e));
            queue.poll();
            preloaded = null;
            firstTable = null;
        }
        double firstLoad = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        int n = firstTable == null ? 1000 : firstTable.getSize();
        MemoryPlan plan = MemoryPlan.choose(n, todo.size(), threads, maxHeap, rt.totalMemory() - rt.freeMemory());
        log.println(plan.describe());
        log.flush();
        Semaphore memory = new Semaphore((int) Math.max(1, plan.budget() >> 20));
        int memoryPermits = (int) Math.max(1, plan.budget() >> 20);
        AtomicReference<@Nullable Throwable> abort = new AtomicReference<>();
        AtomicReference<@Nullable MrioTable> handOver = new AtomicReference<>(preloaded);
        double[] handOverLoad = {firstLoad};
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < plan.parallel(); w++) {
            Thread t = new Thread(() -> {
                PanelSource s;
                while (abort.get() == null && (s = queue.poll()) != null) {
                    try {
                        MrioTable pre = s == first ? handOver.getAndSet(null) : null;
                        runOne(cps, s, pre, pre != null ? handOverLoad[0] : 0,
                                plan, memory, memoryPermits, progress);
                        computed.add(s);
                    } catch (ListenerFailure e) {
                        abort.compareAndSet(null, e.getCause());
                    } catch (RuntimeException e) {
                        progress.failed(s, message(e));
                        failures.add(s + " (" + s.origin() + "): " + message(e));
                    } catch (Error e) {
                        abort.compareAndSet(null, e);
                    }
                }
            }, "gvc-panel-" + w);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abort.compareAndSet(null, new GvcException("interrupted"));
            }
        }
        progress.finish();
        Throwable a = abort.get();
        if (a instanceof RuntimeException) {
            throw (RuntimeException) a;
        }
        if (a instanceof Error) {
            throw (Error) a;
        }
        if (a != null) {
            throw new GvcException("panel run stopped: " + a, a);
        }
        if (!failures.isEmpty()) {
            throw new GvcException(failures.size() + " of " + panel.getSize() + " tables failed: "
                    + String.join("; ", failures) + "; the others are checkpointed in " + out
                    + ": fix these and rerun with resume");
        }
        return plan.describe();
    }

    /** Wraps an exception of the listener, which stops the run. */
    private static final class ListenerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ListenerFailure(Throwable cause) {
            super(cause);
        }
    }

    private void runOne(Checkpoints cps, PanelSource s, @Nullable MrioTable preloaded, double preloadSeconds,
                        MemoryPlan plan, Semaphore memory, int memoryPermits, Progress progress) {
        long t0 = System.nanoTime();
        StringBuilder steps = new StringBuilder();
        MrioTable io = preloaded;
        long ts = System.nanoTime();
        if (io == null) {
            progress.step(s, "load");
            io = load(s);
            steps.append(String.format(Locale.ROOT, "load %.1f", (System.nanoTime() - ts) / 1e9));
        } else {
            steps.append(String.format(Locale.ROOT, "load %.1f", preloadSeconds));
        }
        int permits = (int) Math.min(memoryPermits, Math.max(1, MemoryPlan.peakBytes(io.getSize()) >> 20));
        memory.acquireUninterruptibly(permits);
        try {
            MrioTable table = prepare.apply(io.withExecution(Execution.threads(plan.threadsEach())));
            Map<String, MeasureTable> results = new LinkedHashMap<>();
            for (Decomposition d : decompositions) {
                progress.step(s, d.name());
                ts = System.nanoTime();
                MeasureTable r = d.chain().apply(table);
                r.getRowCount(); // computed now, so the time is the step's
                results.put(d.name(), r);
                steps.append(String.format(Locale.ROOT, ", %s %.1f", d.name(), (System.nanoTime() - ts) / 1e9));
            }
            progress.step(s, "checkpoint");
            cps.write(s, results);
        } finally {
            memory.release(permits);
        }
        progress.done(s, (System.nanoTime() - t0) / 1e9 + (preloaded != null ? preloadSeconds : 0), steps.toString());
        try {
            onTableDone.accept(s);
        } catch (RuntimeException | Error e) {
            throw new ListenerFailure(e);
        }
    }

    private static MrioTable load(PanelSource s) {
        return Gvc.load(s.path(), ReadOptions.DEFAULT.withYear(s.year()));
    }

    private static String message(Throwable e) {
        return e instanceof GvcException || e instanceof java.io.UncheckedIOException ? String.valueOf(e.getMessage())
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
