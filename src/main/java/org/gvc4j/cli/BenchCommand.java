package org.gvc4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.Execution;
import org.gvc4j.model.LeontiefModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Times one table end to end: load, derived model, and each method family. Reports the best of {@code --repeat}
 * runs of each compute step (the load once), and the peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time load, model and each decomposition family on one table; --formats N: load time and MB/s "
                + "per format; --synthetic: sizes.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TABLE", arity = "0..1", description = "A table folder, or 'demo'.")
    String table;

    @Option(names = "--synthetic", split = ",", paramLabel = "N",
            description = "Instead of TABLE: seeded synthetic tables of these sizes (e.g. 598,1435,2555,3465,4940,7987), "
                    + "each written as CSV, loaded and decomposed; prints a Markdown table with growth exponents.")
    java.util.List<Integer> synthetic;

    @Option(names = "--formats", paramLabel = "N", description = "Instead of TABLE: load time and MB/s per format "
            + "(table folder, OECD ICIO CSV, FIGARO matrix CSV) of one seeded synthetic table of N industries.")
    Integer formats;

    @Option(names = "--icio-profile", description = "Instead of the steps: profile the 11 Stata icio combinations "
            + "(model, dgemm rates, each combination cold and in order, wall and process CPU time) on TABLE or on "
            + "each --synthetic size.")
    boolean icioProfile;

    @Option(names = "--icio-write", paramLabel = "DIR", description = "Instead of the steps: write the whole icio set "
            + "(every supported combination, as icio().writeAll(DIR) does: sector-pair files streamed) of TABLE or of "
            + "one seeded synthetic table per --synthetic size (built in memory, not loaded from CSV) into DIR, one "
            + "combination after another; prints per combination and in total the wall time, the peak heap (sampled "
            + "every 2 ms) and the bytes written, and the load average. Run it under GVC_JAVA_OPTS=-Xmx3g to check "
            + "a heap limit. DIR's existing files of the same names are replaced.")
    Path icioWrite;

    @Option(names = "--markdown", paramLabel = "FILE", description = "With --synthetic: also write the table to FILE.")
    Path markdown;

    @Option(names = "--repeat", defaultValue = "5", description = "Runs per step; the best is reported (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write step,seconds,peak_heap_mb rows to FILE.")
    Path csv;

    @picocli.CommandLine.Mixin
    TableArgument.Options source;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    private final List<String[]> rows = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (formats != null) {
            if (formats < 2 || formats > 20_000) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--formats " + formats
                        + " is not a size between 2 and 20000 industries");
            }
            new FormatBench(out, Math.max(1, repeat)).run(formats);
            return 0;
        }
        if (icioWrite != null && synthetic != null && !synthetic.isEmpty()) {
            for (int n : synthetic) {
                if (n < 2 || n > 20_000) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--synthetic " + n
                            + " is not a size between 2 and 20000 industries");
                }
                int[] gn = SyntheticBench.shape(n);
                IcioProfile.writeAll(out, new MrioTable(org.gvc4j.source.SyntheticTable.generate(n, gn[0], gn[1],
                        Math.max(1, n / 300)), Conventions.DEFAULT), icioWrite);
            }
            return 0;
        }
        if (icioProfile && synthetic != null && !synthetic.isEmpty()) {
            for (int n : synthetic) {
                int[] gn = SyntheticBench.shape(n);
                new IcioProfile(out, repeat).run(new MrioTable(org.gvc4j.source.SyntheticTable.generate(n, gn[0], gn[1],
                        Math.max(1, n / 300)), Conventions.DEFAULT));
            }
            return 0;
        }
        if (synthetic != null && !synthetic.isEmpty()) {
            new SyntheticBench(out, repeat).run(synthetic, markdown);
            return 0;
        }
        if (table == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give a TABLE folder or --synthetic sizes");
        }
        out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s, max heap %d MB; numerics %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, Gvc.backend());
        long t0 = System.nanoTime();
        MrioTable loaded = TableArgument.load(table, source, spec.commandLine().getErr());
        record(out, "load", (System.nanoTime() - t0) / 1e9);
        if (icioWrite != null) {
            IcioProfile.writeAll(out, loaded, icioWrite);
            return 0;
        }
        if (icioProfile) {
            new IcioProfile(out, repeat).run(loaded);
            return 0;
        }
        out.printf(Locale.ROOT, "table: %s, n = %d (%d countries x %d sectors)%n", loaded.getName(), loaded.getSize(),
                loaded.getCountries().size(), loaded.getSectors().size());
        MrioTable io = loaded.withConventions(Conventions.GVC_ANALYZER);
        time(out, "model (B, per-country factors)", () -> LeontiefModel.of(io.getData(), io.getConventions()));
        io.derived();
        time(out, "bm2025 trade measures (all exporters)", () -> io.decompose().bm2025().trade().exporters().getRowCount());
        time(out, "bm2025 tripartite trade (all pairs)", () -> io.decompose().bm2025().trade().exporters().importers().getRowCount());
        time(out, "bm2025 trade by sector (all pairs)", () -> io.decompose().bm2025().trade().exporters().importers().bySector().getRowCount());
        time(out, "bm2025 output measures (countries)", () -> io.decompose().bm2025().output().countries().getRowCount());
        time(out, "bm2025 output measures (sectors)", () -> io.decompose().bm2025().output().countries().bySector().getRowCount());
        time(out, "bm2023 exporter totals", () -> io.decompose().bm2023().exporters().getRowCount());
        time(out, "bm2023 bilateral source (all pairs)", () -> io.decompose().bm2023().exporters().importers().source().getRowCount());
        time(out, "bm2023 bilateral sink (all pairs)", () -> io.decompose().bm2023().exporters().importers().sink().getRowCount());
        time(out, "bm2023 bilateral self (all pairs)", () -> io.decompose().bm2023().exporters().importers().self().getRowCount());
        time(out, "model + bm2025 trade and output measures", () -> {
            MrioTable fresh = loaded.withConventions(Conventions.GVC_ANALYZER);
            fresh.decompose().bm2025().trade().exporters().getRowCount();
            fresh.decompose().bm2025().output().countries().getRowCount();
            return fresh.decompose().bm2025().output().countries().bySector().getRowCount();
        });
        classic(out, loaded);
        if (csv != null) {
            StringBuilder sb = new StringBuilder("step,seconds,peak_heap_mb\n");
            for (String[] r : rows) {
                sb.append('"').append(r[0]).append("\",").append(r[1]).append(',').append(r[2]).append('\n');
            }
            try {
                Files.writeString(csv, sb);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + csv + ": " + e.getMessage(), e);
            }
        }
        out.flush();
        return 0;
    }

    /**
     * The classic methods (issue 15), one step per method family, through the fluent API on the table's default
     * conventions (decompr's and the reference oracles'). The table owns what the methods derive (KWW's and TiVA's
     * terms, the WWZ and icio cubes), so each run gets a copy of the table with an empty derived state and its model
     * already built ({@link #fresh}): a step's time is its first read after the model. Then the 11 combinations Stata
     * icio computes (decompr 7's {@code bm()} set), and the two n×n-sized results: Leontief's every cell (n² rows) and
     * the APL matrix behind none of the aggregates.
     */
    void classic(PrintWriter out, MrioTable table) {
        timeFresh(out, table, "leontief: exports by origin, sector, origin sector; final demand", io -> {
            var l = io.decompose().leontief();
            var e = l.exports().exporters();
            return e.getRowCount() + e.bySector().getRowCount() + e.byOriginSector().getRowCount()
                    + l.finalDemand().countries().getRowCount() + l.finalDemand().countries().byOriginSector().getRowCount();
        });
        timeFresh(out, table, "hiy: vertical specialisation, countries + sectors", io -> {
            var h = io.decompose().hiy().exporters();
            return h.getRowCount() + h.bySector().getRowCount();
        });
        timeFresh(out, table, "kww: 9 terms by exporter", io -> io.decompose().kww().exporters().withTerms().getRowCount());
        timeFresh(out, table, "wwz: 16 terms, every level", io -> {
            var w = io.decompose().wwz().exporters();
            return w.getRowCount() + w.bySector().getRowCount() + w.importers().getRowCount()
                    + w.importers().bySector().getRowCount();
        });
        timeFresh(out, table, "miroudotYe: country, world, pair and sector perimeters", io -> {
            var m = io.decompose().miroudotYe().exporters();
            return m.getRowCount() + m.world().getRowCount() + m.importers().self().getRowCount()
                    + m.self().bySector().getRowCount() + m.importers().self().bySector().getRowCount();
        });
        timeFresh(out, table, "tiva: countries, sectors, partners, cells", io -> {
            var t = io.decompose().tiva().countries();
            return t.getRowCount() + t.bySector().getRowCount() + t.partners().getRowCount()
                    + t.partners().bySector().getRowCount();
        });
        timeFresh(out, table, "wwyz: participation and lengths, countries + sectors", io -> {
            var w = io.decompose().wwyz().countries();
            return w.getRowCount() + w.bySector().getRowCount();
        });
        timeFresh(out, table, "upstreamness + downstreamness, countries + sectors", io -> {
            var d = io.decompose();
            return d.upstreamness().countries().getRowCount() + d.upstreamness().countries().bySector().getRowCount()
                    + d.downstreamness().countries().getRowCount() + d.downstreamness().countries().bySector().getRowCount();
        });
        timeFresh(out, table, "apl: country pairs + sectors", io -> {
            var a = io.decompose().apl().countries();
            return a.getRowCount() + a.bySector().getRowCount();
        });
        timeFresh(out, table, "koopman: countries + sectors", io -> {
            var k = io.decompose().koopman().countries();
            return k.getRowCount() + k.bySector().getRowCount();
        });
        timeFresh(out, table, "rca: gross + value added", io -> {
            var r = io.decompose().rca().countries();
            return r.getRowCount() + r.valueAdded().getRowCount();
        });
        timeFresh(out, table, "icio: the 11 Stata icio combinations", io -> {
            int rows = 0;
            for (org.gvc4j.method.icio.Combination c : org.gvc4j.method.icio.Combination.icio()) {
                rows += io.decompose().icio().compute(c).getRowCount();
            }
            return rows;
        });
        timeFresh(out, table, "model + icio: the 11 combinations, from an empty derived state", io -> {
            int rows = 0;
            for (org.gvc4j.method.icio.Combination c : org.gvc4j.method.icio.Combination.icio()) {
                rows += io.decompose().icio().compute(c).getRowCount();
            }
            return rows;
        }, false);
        ratioToModel(out, "icio: the 11 Stata icio combinations");
        ratioToModel(out, "model + icio: the 11 combinations, from an empty derived state");
        timeFresh(out, table, "leontief: exports, every cell (n² rows)",
                io -> io.decompose().leontief().exports().exporters().bySector().byOriginSector().getRowCount());
        LeontiefModel m = LeontiefModel.of(table.getData(), table.getConventions());
        time(out, "apl: full matrix (one n×n product)", () -> new org.gvc4j.method.apl.Apl(m).matrix());
    }

    /** A copy of {@code table} with its own, empty derived state, its model built (not timed). */
    static MrioTable fresh(MrioTable table) {
        Execution same = table.getExecution();
        MrioTable copy = table.withExecution(same.equals(Execution.sequential()) ? Execution.DEFAULT : Execution.sequential())
                .withExecution(same);
        copy.derived();
        return copy;
    }

    /** A copy of {@code table} with its own, empty derived state (its model not built). */
    static MrioTable empty(MrioTable table) {
        Execution same = table.getExecution();
        return table.withExecution(same.equals(Execution.sequential()) ? Execution.DEFAULT : Execution.sequential())
                .withExecution(same);
    }

    /** Prints a recorded step's time as a multiple of the model's (the first step named "model (…"). */
    private void ratioToModel(PrintWriter out, String step) {
        double model = Double.NaN;
        double own = Double.NaN;
        for (String[] r : rows) {
            if (Double.isNaN(model) && r[0].startsWith("model (")) {
                model = Double.parseDouble(r[1]);
            }
            if (r[0].equals(step)) {
                own = Double.parseDouble(r[1]);
            }
        }
        if (!Double.isNaN(model) && !Double.isNaN(own) && model > 0) {
            out.printf(Locale.ROOT, "  %s: %.2fx the model's time%n", step, own / model);
        }
    }

    /** Best of {@code --repeat} first reads, each on a {@link #fresh} copy of the table. */
    private void timeFresh(PrintWriter out, MrioTable table, String step, java.util.function.Function<MrioTable, ?> work) {
        timeFresh(out, table, step, work, true);
    }

    /** As above; without {@code modelBuilt} the copy's model is not built beforehand, so the time includes it. */
    private void timeFresh(PrintWriter out, MrioTable table, String step, java.util.function.Function<MrioTable, ?> work,
            boolean modelBuilt) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < Math.max(1, repeat); i++) {
            MrioTable io = modelBuilt ? fresh(table) : empty(table);
            long t0 = System.nanoTime();
            work.apply(io);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        record(out, step, best);
    }

    private void time(PrintWriter out, String step, Supplier<?> work) {
        record(out, step, SyntheticBench.bestSeconds(repeat, work));
    }

    private void record(PrintWriter out, String step, double seconds) {
        long peakMb = HeapSampler.peakMb();
        rows.add(new String[] {step, String.format(Locale.ROOT, "%.6f", seconds), Long.toString(peakMb)});
        out.printf(Locale.ROOT, "%-66s %10.4f s   peak heap %5d MB%n", step, seconds, peakMb);
        out.flush();
    }
}
