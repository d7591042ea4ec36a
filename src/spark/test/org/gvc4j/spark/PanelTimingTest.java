package org.gvc4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark local mode against {@code gvc panel} on the same panel, for BENCHMARKS.md (not in any default run: only with
 * {@code -Dgvc4j.sparkTiming=DIR}, DIR being the {@code --out} of a finished
 * {@code gvc panel --synthetic TxGxN --out DIR} run with the default kinds). Runs {@link PanelJob} in
 * {@code local[2]} over DIR/tables (database "synthetic", as gvc panel labels them), prints the session start-up and
 * job wall times and the load average, and checks every cell against gvc panel's combined CSVs (bit for bit).
 *
 * <pre>
 * ./gvc panel --synthetic 10x41x35 --out /tmp/spark-timing --threads 2
 * mvn -B -o -Pspark test -Dtest=PanelTimingTest -Dgvc4j.sparkTiming=/tmp/spark-timing -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@EnabledIfSystemProperty(named = "gvc4j.sparkTiming", matches = ".+")
@DisabledIfSystemProperty(named = "gvc4j.backend", matches = "java") // gvc panel ran on the default backend
class PanelTimingTest {
    @TempDir
    Path tmp;

    @Test
    void sparkLocalModeOnGvcPanelsTables() throws Exception {
        Path dir = Path.of(System.getProperty("gvc4j.sparkTiming"));
        List<Path> tables;
        try (Stream<Path> s = Files.list(dir.resolve("tables"))) {
            tables = s.filter(Files::isDirectory).sorted().toList();
        }
        StringBuilder manifest = new StringBuilder("database,year,path\n");
        for (Path t : tables) {
            String year = t.getFileName().toString().replaceAll("^synthetic_", "");
            manifest.append("synthetic,").append(year).append(',').append(t.toAbsolutePath()).append('\n');
        }
        Path m = Files.writeString(tmp.resolve("manifest.csv"), manifest);
        for (String kind : PanelJobTest.KINDS) {
            assertTrue(Files.isRegularFile(dir.resolve(kind + ".csv")), dir + ": run gvc panel with the default kinds first");
        }
        String loadBefore = load();
        long t0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().master("local[2]").appName("PanelTimingTest")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        try {
            long t1 = System.nanoTime();
            String out = tmp.resolve("spark").toString();
            PanelJob.run(spark, m.toString(), PanelJobTest.KINDS, out);
            long t2 = System.nanoTime();
            String loadAfter = load();
            int rows = 0;
            for (String kind : PanelJobTest.KINDS) {
                rows += PanelJobTest.assertSameCells(spark, out + "/" + kind, dir.resolve(kind + ".csv"), kind);
            }
            assertEquals(3 * (Files.readAllLines(dir.resolve("bm2025_trade_measures.csv")).size() - 1), rows);
            System.out.printf("PanelTimingTest: %d tables x %d kinds, local[2]: session start %.1f s, PanelJob %.1f s "
                            + "(wall); load average before %s, after %s; %d rows equal gvc panel's CSVs bit for bit%n",
                    tables.size(), PanelJobTest.KINDS.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, loadBefore, loadAfter,
                    rows);
        } finally {
            spark.stop();
        }
    }

    private static String load() throws Exception {
        Path p = Path.of("/proc/loadavg");
        return Files.exists(p) ? String.join(" ", List.of(Files.readString(p, StandardCharsets.US_ASCII).split(" "))
                .subList(0, 3)) : "n/a";
    }
}
