package org.gvc4j.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.gvc4j.Gvc;
import org.gvc4j.model.IoTable;
import org.gvc4j.model.Labels;
import org.gvc4j.source.CsvFolderWriter;
import org.gvc4j.source.SyntheticTable;

/**
 * {@code gvc bench --formats N}: one seeded synthetic table of N industries written as a table folder, as an OECD ICIO
 * CSV (2023 layout) and as a FIGARO matrix CSV, each loaded with {@link Gvc#load} (best of the runs): seconds, MB read,
 * MB/s and the peak heap above the heap before the load, against the size of the final arrays.
 */
final class FormatBench {
    private final PrintWriter out;
    private final int repeat;

    FormatBench(PrintWriter out, int repeat) {
        this.out = out;
        this.repeat = repeat;
    }

    void run(int n) {
        int[] shape = SyntheticBench.shape(n);
        IoTable t = SyntheticTable.generate(n, shape[0], shape[1], Math.max(1, n / 200));
        Path dir;
        try {
            dir = Files.createTempDirectory("gvc-bench-formats");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
        try {
            Path folder = dir.resolve("table-folder");
            CsvFolderWriter.write(t, folder);
            Path icio = dir.resolve("2020.csv");
            writeWide(t, icio, '_', "", List.of("HFCE"), List.of("TLS", "VA"), "OUT");
            Path figaro = dir.resolve("matrix_eu-ic-io_ind-by-ind_24ed_2020.csv");
            writeWide(t, figaro, '_', "rowLabels", List.of("P3_S13"), List.of("W2_D21X31", "W2_OP_RES", "W2_OP_NRES",
                    "W2_D1", "W2_D29X39", "W2_B2A3G"), null);
            long arrays = 8L * n * ((long) n + shape[0] + 2);
            out.printf(Locale.ROOT, "%d industries (%d x %d); final arrays %d MB; %d cores, max heap %d MB%n", n, shape[0],
                    shape[1], arrays >> 20, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            out.printf(Locale.ROOT, "| format | MB | load (best of %d) | MB/s | peak heap above start |%n", repeat);
            out.println("|---|---|---|---|---|");
            time("table folder (Z.csv, Y.csv, VA_X.csv)", folder);
            time("OECD ICIO CSV (2023 layout)", icio);
            time("FIGARO matrix CSV", figaro);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark files: " + e.getMessage(), e);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder
            }
        }
    }

    private void time(String what, Path source) throws IOException {
        long bytes;
        try (Stream<Path> s = Files.walk(source)) {
            bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        double best = Double.MAX_VALUE;
        long peak = 0;
        for (int r = 0; r < repeat; r++) {
            System.gc();
            long before = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
            HeapSampler.reset();
            long t0 = System.nanoTime();
            Gvc.load(source);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            peak = Math.max(peak, HeapSampler.peakMb() - before);
        }
        out.printf(Locale.ROOT, "| %s | %.1f | %.3f s | %.0f | %d MB |%n", what, bytes / 1e6, best, bytes / 1e6 / best, peak);
        out.flush();
    }

    /** The table in a wide official layout: COUNTRY_SECTOR columns, one final-demand category, valuation rows. */
    private static void writeWide(IoTable t, Path file, char sep, String corner, List<String> categories,
            List<String> valuation, String totalColumn) throws IOException {
        Labels l = t.labels();
        int n = l.size();
        double[] va = t.valueAdded();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(corner);
            for (int j = 0; j < n; j++) {
                w.write("," + code(l, j, sep));
            }
            for (String c : l.countries()) {
                w.write("," + c + sep + categories.get(0));
            }
            if (totalColumn != null) {
                w.write("," + totalColumn);
            }
            w.write('\n');
            double[] x = t.output();
            for (int i = 0; i < n; i++) {
                w.write(code(l, i, sep));
                for (int j = 0; j < n; j++) {
                    w.write(',');
                    w.write(Double.toString(t.z().data[i + j * n]));
                }
                for (int r = 0; r < l.countryCount(); r++) {
                    w.write(',');
                    w.write(Double.toString(t.y().data[i + r * n]));
                }
                if (totalColumn != null) {
                    w.write(',');
                    w.write(Double.toString(x[i]));
                }
                w.write('\n');
            }
            for (int k = 0; k < valuation.size(); k++) {
                w.write(valuation.get(k));
                boolean vaRow = k == valuation.size() - 1 && va != null; // all value added in the last row
                for (int j = 0; j < n; j++) {
                    w.write(',');
                    w.write(vaRow ? Double.toString(va[j]) : "0");
                }
                for (int r = 0; r < l.countryCount() + (totalColumn != null ? 1 : 0); r++) {
                    w.write(",0");
                }
                w.write('\n');
            }
        }
    }

    private static String code(Labels l, int i, char sep) {
        return l.country(i / l.sectorCount()) + sep + l.sector(i % l.sectorCount());
    }
}
