package org.gvc4j.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.gvc4j.MrioTable;
import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.method.icio.Combination;
import org.gvc4j.model.LeontiefModel;

/**
 * Profile of the 11 combinations Stata icio computes on one table ({@code gvc bench TABLE --icio-profile}, or
 * {@code --synthetic N --icio-profile}): the derived model, then each combination alone on a table with an empty
 * derived state (cold: it builds icio's shared base and its own cube), then the 11 in Stata's order on one table
 * (warm: each step's increment, what a user running all of them pays), each as wall time and as CPU time of this
 * process's live threads (robust to the load other processes put on the machine; a thread that ended during a step
 * drops out of the sum, and native BLAS threads are not JVM threads: the process CPU column counts them, at the
 * OS tick's resolution; warm steps are too short for it and show a dash), and the
 * rates that bound them: an n×n by n×n dgemm and the n×n by n×(2G) product that icio's sink approach needs.
 */
final class IcioProfile {
    private final PrintWriter out;
    private final int repeat;

    IcioProfile(PrintWriter out, int repeat) {
        this.out = out;
        this.repeat = Math.max(1, repeat);
    }

    /** One measurement: best wall seconds and best process CPU seconds over the repeats. */
    private record Time(double wall, double cpu, double proc) {
    }

    /** CPU nanoseconds of the whole process, native BLAS threads included (resolution: the OS's tick, often 10 ms). */
    private static long procNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    /** CPU nanoseconds of every live thread of this process (ThreadMXBean: nanosecond resolution). */
    private static long cpuNanos() {
        var threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            sum += Math.max(0, t);
        }
        return sum;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private Time best(java.util.function.Supplier<Runnable> prepared) {
        double wall = Double.MAX_VALUE;
        double cpu = Double.MAX_VALUE;
        double proc = Double.MAX_VALUE;
        for (int i = 0; i < repeat; i++) {
            Runnable work = prepared.get();
            long p0 = procNanos();
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            work.run();
            wall = Math.min(wall, (System.nanoTime() - t0) / 1e9);
            cpu = Math.min(cpu, (cpuNanos() - c0) / 1e9);
            proc = Math.min(proc, (procNanos() - p0) / 1e9);
        }
        return new Time(wall, cpu, proc);
    }

    void run(MrioTable table) {
        int n = table.getSize();
        int g = table.getCountries().size();
        out.printf(Locale.ROOT, "icio profile: %s, n = %d (%d x %d), repeat %d, load average at start %.2f%n",
                table.getName(), n, g, table.getSectors().size(), repeat, load());
        Time model = best(() -> () -> LeontiefModel.of(table.getData(), table.getConventions()));
        line("model (B, per-country factors)", model, model);
        LeontiefModel m = LeontiefModel.of(table.getData(), table.getConventions());
        Mat a = m.coefficients();
        Mat l = m.leontief();
        Time square = best(() -> () -> Dense.times(a, l));
        double squareRate = 2.0 * n * n * n / square.wall / 1e9;
        Mat cols = new Mat(n, 2 * g);
        for (int k = 0; k < cols.data.length; k++) {
            cols.data[k] = l.data[k % l.data.length];
        }
        Time thin = best(() -> () -> Dense.times(a, cols));
        double thinRate = 2.0 * n * n * 2 * g / thin.wall / 1e9;
        out.printf(Locale.ROOT, "  dgemm n x n x n: %.4f s wall, %.1f GFLOP/s; n x n x 2G (icio's A_F products): "
                + "%.5f s wall, %.1f GFLOP/s, %.0f MB of A read per product%n", square.wall, squareRate, thin.wall,
                thinRate, 8.0 * n * n / 1e6);
        List<Combination> all = Combination.icio();
        double coldSum = 0;
        for (Combination c : all) {
            Time t = best(() -> {
                MrioTable io = BenchCommand.fresh(table);
                return () -> io.decompose().icio().compute(c).getRowCount();
            });
            coldSum += t.wall;
            line("cold " + c, t, model);
        }
        out.printf(Locale.ROOT, "  sum of cold combinations: %.4f s wall%n", coldSum);
        double[] warm = new double[all.size()];
        double[] warmCpu = new double[all.size()];
        java.util.Arrays.fill(warm, Double.MAX_VALUE);
        java.util.Arrays.fill(warmCpu, Double.MAX_VALUE);
        double total = Double.MAX_VALUE;
        double totalCpu = Double.MAX_VALUE;
        double totalProc = Double.MAX_VALUE;
        for (int rep = 0; rep < repeat; rep++) {
            MrioTable io = BenchCommand.fresh(table);
            long p00 = procNanos();
            long c00 = cpuNanos();
            long t00 = System.nanoTime();
            for (int i = 0; i < all.size(); i++) {
                long c0 = cpuNanos();
                long t0 = System.nanoTime();
                io.decompose().icio().compute(all.get(i)).getRowCount();
                warm[i] = Math.min(warm[i], (System.nanoTime() - t0) / 1e9);
                warmCpu[i] = Math.min(warmCpu[i], (cpuNanos() - c0) / 1e9);
            }
            total = Math.min(total, (System.nanoTime() - t00) / 1e9);
            totalCpu = Math.min(totalCpu, (cpuNanos() - c00) / 1e9);
            totalProc = Math.min(totalProc, (procNanos() - p00) / 1e9);
        }
        for (int i = 0; i < all.size(); i++) {
            line("warm " + all.get(i), new Time(warm[i], warmCpu[i], Double.NaN), model);
        }
        line("the 11 combinations in order", new Time(total, totalCpu, totalProc), model);
        line("model + the 11 combinations", new Time(model.wall + total, model.cpu + totalCpu,
                model.proc + totalProc), model);
        out.printf(Locale.ROOT, "load average at end %.2f%n", load());
        out.flush();
    }

    /**
     * {@code gvc bench --icio-write DIR}: the whole icio set of {@code table} ({@link Combination#supported()}, the
     * set {@code icio().writeAll} writes) into {@code dir}, one combination at a time through {@code writeAll(dir,
     * [c])} (each file all or nothing), after the derived model. Prints the model's time, then per combination and in
     * total the wall time, the peak heap since the step began (sampled every 2 ms) and the bytes written.
     */
    static void writeAll(PrintWriter out, MrioTable table, java.nio.file.Path dir) {
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "icio write: %s, n = %d (%d x %d), into %s; max heap %d MB, %d cores, load average "
                + "at start %.2f%n", table.getName(), table.getSize(), table.getCountries().size(),
                table.getSectors().size(), dir, rt.maxMemory() >> 20, rt.availableProcessors(), load());
        SyntheticBench.resetPeaks();
        long t00 = System.nanoTime();
        table.derived();
        double modelWall = (System.nanoTime() - t00) / 1e9;
        long overallPeak = SyntheticBench.peakHeapMb();
        out.printf(Locale.ROOT, "  %-44s %8.3f s wall  peak heap %6d MB%n", "model (B, per-country factors)",
                modelWall, overallPeak);
        out.flush();
        long bytes = 0;
        var icio = table.decompose().icio();
        for (Combination c : Combination.supported()) {
            SyntheticBench.resetPeaks();
            long t0 = System.nanoTime();
            java.nio.file.Path file = icio.writeAll(dir, List.of(c)).get(0);
            double wall = (System.nanoTime() - t0) / 1e9;
            long peak = SyntheticBench.peakHeapMb();
            overallPeak = Math.max(overallPeak, peak);
            long size;
            try {
                size = java.nio.file.Files.size(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the size of " + file, e);
            }
            bytes += size;
            out.printf(Locale.ROOT, "  %-44s %8.3f s wall  peak heap %6d MB  %,14d bytes%n", c, wall, peak, size);
            out.flush();
        }
        double total = (System.nanoTime() - t00) / 1e9;
        out.printf(Locale.ROOT, "  %-44s %8.3f s wall  peak heap %6d MB  %,14d bytes in %d files%n",
                "model + the whole icio set, written", total, overallPeak, bytes, Combination.supported().size());
        out.printf(Locale.ROOT, "load average at end %.2f%n", load());
        out.flush();
    }

    private void line(String step, Time t, Time model) {
        String proc = Double.isFinite(t.proc) ? String.format(Locale.ROOT, "%7.3f s", t.proc) : "      — s";
        out.printf(Locale.ROOT, "  %-48s %8.4f s wall %8.4f s JVM-thread cpu %s process cpu  %5.2fx model%n",
                step, t.wall, t.cpu, proc, t.wall / model.wall);
    }
}
