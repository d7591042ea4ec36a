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

    private void time(PrintWriter out, String step, Supplier<?> work) {
        record(out, step, SyntheticBench.bestSeconds(repeat, work));
    }

    private void record(PrintWriter out, String step, double seconds) {
        long peakMb = HeapSampler.peakMb();
        rows.add(new String[] {step, String.format(Locale.ROOT, "%.6f", seconds), Long.toString(peakMb)});
        out.printf(Locale.ROOT, "%-45s %10.4f s   peak heap %5d MB%n", step, seconds, peakMb);
        out.flush();
    }
}
