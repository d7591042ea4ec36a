package org.gvc4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.method.icio.Combination;
import org.gvc4j.method.icio.Level;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.IoTable;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.source.CsvFolderWriter;
import org.gvc4j.source.SyntheticTable;

/**
 * The size benchmark behind {@code gvc bench --synthetic 598,1435,...}: for each size a seeded synthetic table shaped
 * like a real database is written as CSV and loaded back, then the derived model, the inverse alone (GFLOP/s, against
 * an n×n dgemm measured in the same run) and every method family are timed; peak heap per size; growth exponents
 * fitted over the sizes. Prints a Markdown table (and writes it to a file on request).
 */
final class SyntheticBench {
    /** Known database shapes: n → {G, N}. Other sizes: G is the divisor of n closest to min(40, √n). */
    static final Map<Integer, int[]> SHAPES = Map.of(598, new int[] {26, 23}, 1435, new int[] {41, 35},
            2464, new int[] {44, 56}, 2555, new int[] {73, 35}, 2944, new int[] {46, 64}, 3465, new int[] {77, 45},
            4940, new int[] {190, 26}, 7987, new int[] {49, 163});

    private final PrintWriter out;
    private final int repeat;
    private final Map<String, Map<Integer, Double>> seconds = new LinkedHashMap<>();
    private final Map<Integer, double[]> rates = new LinkedHashMap<>();
    private final Map<Integer, Long> peak = new LinkedHashMap<>();

    SyntheticBench(PrintWriter out, int repeat) {
        this.out = out;
        this.repeat = repeat;
    }

    static int[] shape(int n) {
        int[] s = SHAPES.get(n);
        if (s != null) {
            return s;
        }
        double target = Math.min(40, Math.sqrt(n));
        int best = 1;
        for (int g = 1; g <= n; g++) {
            if (n % g == 0 && Math.abs(g - target) < Math.abs(best - target)) {
                best = g;
            }
        }
        return new int[] {best, n / best};
    }

    void run(List<Integer> sizes, Path markdown) {
        warmUp();
        for (int n : sizes) {
            runOne(n);
        }
        String md = markdown();
        out.println();
        out.print(md);
        out.flush();
        if (markdown != null) {
            try {
                Files.writeString(markdown, md);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + markdown + ": " + e.getMessage(), e);
            }
        }
    }

    private void runOne(int requested) {
        int[] gn = shape(requested);
        int n = gn[0] * gn[1];
        resetPeaks();
        out.printf(Locale.ROOT, "%n== synthetic n = %d (%d countries x %d sectors)%n", n, gn[0], gn[1]);
        Path dir;
        try {
            dir = Files.createTempDirectory("gvc4j-bench-" + n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IoTable generated = SyntheticTable.generate(n, gn[0], gn[1], Math.max(1, n / 300));
            CsvFolderWriter.write(generated, dir);
            generated = null;
            long t0 = System.nanoTime();
            MrioTable loaded = Gvc.load(dir);
            record("load (CSV folder)", n, (System.nanoTime() - t0) / 1e9);
            MrioTable io = loaded.withConventions(Conventions.DEFAULT);
            time("derived model (B + per-country factors)", n, () -> LeontiefModel.of(io.getData(), io.getConventions()));
            LeontiefModel model = LeontiefModel.of(io.getData(), io.getConventions()); // for the rates of its accessors
            measureRates(n, model);
            time("bm2025 trade measures", n, () -> io.decompose().bm2025().trade().exporters().getRowCount());
            time("bm2025 tripartite trade, all pairs", n, () -> io.decompose().bm2025().trade().exporters().importers().getRowCount());
            time("bm2025 trade by sector, all pairs", n, () -> io.decompose().bm2025().trade().exporters().importers().bySector().getRowCount());
            time("bm2025 output measures, countries + sectors", n, () -> {
                io.decompose().bm2025().output().countries().getRowCount();
                return io.decompose().bm2025().output().countries().bySector().getRowCount();
            });
            time("bm2025 output, GDP-closed", n, () -> io.decompose().bm2025().output().countries().gdpClosed().bySector().getRowCount());
            time("bm2023 exporter totals", n, () -> io.decompose().bm2023().exporters().getRowCount());
            time("bm2023 bilateral source, all pairs", n, () -> io.decompose().bm2023().exporters().importers().source().getRowCount());
            time("bm2023 bilateral sink, all pairs", n, () -> io.decompose().bm2023().exporters().importers().sink().getRowCount());
            time("bm2023 bilateral self, all pairs", n, () -> io.decompose().bm2023().exporters().importers().self().getRowCount());
            time("icio exporter level: every combination by country", n, () -> icio(io, false));
            if (n <= 5000) { // at EXIOBASE size the bilateral-sector rows alone would not fit a 3 GB heap as data frames
                time("icio everything: all combinations, every level", n, () -> icio(io, true));
            }
            peak.put(n, peakHeapMb());
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Runs every step once on a small table, unrecorded, so that the first size does not pay for JIT compilation. */
    private void warmUp() {
        MrioTable io = new MrioTable(SyntheticTable.generate(1, 12, 10, 1), Conventions.DEFAULT);
        for (int i = 0; i < 3; i++) {
            io.decompose().bm2025().trade().exporters().getRowCount();
            io.decompose().bm2025().trade().exporters().importers().bySector().getRowCount();
            io.decompose().bm2025().output().countries().bySector().getRowCount();
            io.decompose().bm2023().exporters().importers().sink().getRowCount();
            io.decompose().bm2023().exporters().importers().self().getRowCount();
            icio(io, true);
        }
    }

    /** Computes icio's supported combinations: those at country level only, or all of them. */
    private static int icio(MrioTable io, boolean all) {
        var icio = io.decompose().icio();
        int rows = 0;
        for (Combination c : icio.combinations()) {
            if (all || c.level() == Level.COUNTRY) {
                rows += icio.compute(c).getRowCount();
            }
        }
        return rows;
    }

    /** GFLOP/s of the inverse (2n³) and of an n×n dgemm (2n³), same run, best of {@code repeat}. */
    private void measureRates(int n, LeontiefModel model) {
        Mat a = model.coefficients();
        Mat iMinusA = a.copy();
        for (int k = 0; k < iMinusA.data.length; k++) {
            iMinusA.data[k] = -iMinusA.data[k];
        }
        for (int i = 0; i < n; i++) {
            iMinusA.data[i + i * n] += 1;
        }
        double inv = best(() -> Dense.inverseInPlace(iMinusA.copy()));
        double gemm = best(() -> Dense.times(a, model.leontief()));
        double flops = 2.0 * n * n * n;
        rates.put(n, new double[] {flops / inv / 1e9, flops / gemm / 1e9});
        out.printf(Locale.ROOT, "%-45s %10.4f s  %6.1f GFLOP/s  (dgemm %.1f GFLOP/s: %.0f%%)%n", "inverse alone", inv,
                flops / inv / 1e9, flops / gemm / 1e9, 100 * gemm / inv);
    }

    private double best(Supplier<?> work) {
        return bestSeconds(repeat, work);
    }

    /** The shortest wall-clock time of {@code repeat} runs (at least one), in seconds. */
    static double bestSeconds(int repeat, Supplier<?> work) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < Math.max(1, repeat); i++) {
            long t = System.nanoTime();
            work.get();
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        return best;
    }

    private void time(String step, int n, Supplier<?> work) {
        record(step, n, best(work));
    }

    private void record(String step, int n, double s) {
        seconds.computeIfAbsent(step, k -> new LinkedHashMap<>()).put(n, s);
        out.printf(Locale.ROOT, "%-45s %10.4f s   peak heap %6d MB%n", step, s, peakHeapMb());
        out.flush();
    }

    private String markdown() {
        List<Integer> ns = new ArrayList<>(peak.keySet());
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Machine: %d cores, %s, Java %s, max heap %d MB, numerics %s; best of %d runs.%n%n",
                Runtime.getRuntime().availableProcessors(), cpuName(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Gvc.backend(), repeat));
        sb.append("| step |");
        ns.forEach(n -> sb.append(" n = ").append(n).append(" |"));
        sb.append(" growth exponent |\n|---|");
        ns.forEach(n -> sb.append("---|"));
        sb.append("---|\n");
        for (Map.Entry<String, Map<Integer, Double>> e : seconds.entrySet()) {
            sb.append("| ").append(e.getKey()).append(" |");
            for (int n : ns) {
                Double s = e.getValue().get(n);
                sb.append(s == null ? " – |" : String.format(Locale.ROOT, " %.4f s |", s));
            }
            sb.append(String.format(Locale.ROOT, " %.2f |%n", exponent(e.getValue())));
        }
        sb.append("| inverse GFLOP/s (share of dgemm) |");
        for (int n : ns) {
            double[] r = rates.get(n);
            sb.append(String.format(Locale.ROOT, " %.1f (%.0f%%) |", r[0], 100 * r[0] / r[1]));
        }
        sb.append(" |\n| dgemm GFLOP/s |");
        ns.forEach(n -> sb.append(String.format(Locale.ROOT, " %.1f |", rates.get(n)[1])));
        sb.append(" |\n| peak heap |");
        ns.forEach(n -> sb.append(String.format(Locale.ROOT, " %d MB |", peak.get(n))));
        sb.append(" |\n");
        return sb.toString();
    }

    /** Least-squares slope of log(seconds) on log(n). */
    static double exponent(Map<Integer, Double> byN) {
        List<double[]> pts = new ArrayList<>();
        byN.forEach((n, s) -> {
            if (s > 0) {
                pts.add(new double[] {Math.log(n), Math.log(s)});
            }
        });
        if (pts.size() < 2) {
            return Double.NaN;
        }
        double mx = pts.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = pts.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (double[] p : pts) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        return sxy / sxx;
    }

    static String cpuName() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceFirst(".*:\\s*", ""))
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException | UncheckedIOException e) {
            return System.getProperty("os.arch");
        }
    }

    /** The largest heap in use since the last reset, in MB, sampled every 2 ms by {@link HeapSampler}. */
    static long peakHeapMb() {
        return HeapSampler.peakMb();
    }

    static void resetPeaks() {
        System.gc();
        HeapSampler.reset();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
