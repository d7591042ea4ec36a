package org.gvc4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.gvc4j.panel.Decomposition;
import org.gvc4j.cli.PanelKinds;
import org.gvc4j.panel.Panel;
import org.gvc4j.panel.PanelRunner;
import org.gvc4j.source.CsvFolderWriter;
import org.gvc4j.source.SyntheticTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark local mode ({@code local[2]}): a panel of 4 synthetic tables through {@link PanelJob} gives a partitioned
 * Parquet dataset per kind ({@code database=…/year=…}) whose every cell equals {@code gvc panel}'s combined CSV
 * (doubles bit for bit, same backend), and a broken table is named in the failure.
 */
class PanelJobTest {
    static final List<String> KINDS = List.of("bm2025_trade_measures", "bm2025_output_measures",
            "icio_exporter_source");

    @TempDir
    static Path tmp;

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("PanelJobTest").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theSparkDatasetEqualsGvcPanelsCsvCellForCell() throws Exception {
        Path data = tmp.resolve("synth");
        for (int i = 0; i < 4; i++) {
            CsvFolderWriter.write(SyntheticTable.generate(900 + i, 6, 5, 0), data.resolve("synth_" + (2001 + i)));
        }
        Path csvOut = tmp.resolve("csv");
        List<Decomposition> ds = KINDS.stream().map(k -> new Decomposition(k, PanelKinds.all().get(k))).toList();
        PrintWriter quiet = new PrintWriter(new ByteArrayOutputStream(), true);
        PanelRunner.of(Panel.fromFolder(data), ds).out(csvOut).threads(2).log(quiet).progress(quiet, false).execute();

        String out = tmp.resolve("spark").toString();
        long t0 = System.nanoTime();
        PanelJob.run(spark, data.toString(), KINDS, out);
        System.out.printf("PanelJob: 4 tables x 3 kinds in %.1f s (local[2])%n", (System.nanoTime() - t0) / 1e9);
        for (String kind : KINDS) {
            for (int y = 2001; y <= 2004; y++) {
                Path part = Path.of(out, kind, "database=synth", "year=" + y);
                assertTrue(Files.isDirectory(part), part.toString());
                try (var s = Files.list(part)) {
                    assertTrue(s.anyMatch(f -> f.getFileName().toString().endsWith(".parquet")), part.toString());
                }
            }
            int rows = assertSameCells(spark, out + "/" + kind, csvOut.resolve(kind + ".csv"), kind);
            assertTrue(rows >= 4 * 6, kind + ": " + rows + " rows");
        }
    }

    @Test
    void aBrokenTableIsNamed() throws Exception {
        Path data = tmp.resolve("broken");
        CsvFolderWriter.write(SyntheticTable.generate(5, 3, 2, 0), data.resolve("broken_2001"));
        CsvFolderWriter.write(SyntheticTable.generate(6, 3, 2, 0), data.resolve("broken_2002"));
        Files.writeString(data.resolve("broken_2002").resolve("Z.csv"), "not,a\ntable\n");
        Exception e = assertThrows(Exception.class, () -> PanelJob.run(spark, data.toString(),
                List.of("bm2025_trade_measures"), tmp.resolve("broken-out").toString()));
        Throwable t = e;
        boolean named = false;
        while (t != null) {
            named |= String.valueOf(t.getMessage()).contains("table broken 2002");
            t = t.getCause();
        }
        assertTrue(named, String.valueOf(e.getMessage()));
    }

    /**
     * Asserts that the Parquet dataset {@code dataset} holds exactly the rows of {@code gvc panel}'s combined CSV,
     * every number bit for bit (order-free); returns the number of rows.
     */
    static int assertSameCells(SparkSession spark, String dataset, Path csvFile, String kind) throws Exception {
        Dataset<Row> df = spark.read().parquet(dataset);
        List<String[]> csv = csv(csvFile);
        String[] header = csv.get(0);
        List<String> want = new ArrayList<>();
        for (String[] r : csv.subList(1, csv.size())) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < header.length; c++) {
                boolean number = df.schema().apply(header[c]).dataType().equals(DataTypes.DoubleType);
                b.append(number ? (r[c].isEmpty() ? "null" : "D" + Double.doubleToLongBits(Double.parseDouble(
                        r[c]))) : r[c]).append('|');
            }
            want.add(b.toString());
        }
        List<String> got = new ArrayList<>();
        for (Row row : df.collectAsList()) {
            StringBuilder b = new StringBuilder();
            for (String h : header) {
                Object v = row.getAs(h);
                b.append(v == null ? "null" : v instanceof Double d ? "D" + Double.doubleToLongBits(d)
                        : v.toString()).append('|');
            }
            got.add(b.toString());
        }
        want.sort(null);
        got.sort(null);
        assertEquals(csv.size() - 1, got.size(), kind);
        assertEquals(want, got, kind);
        assertEquals(header.length, df.schema().fields().length, kind);
        return got.size();
    }

    static List<String[]> csv(Path file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            assertTrue(!line.contains("\""), "the synthetic labels need no quoting: " + line);
            rows.add(line.split(",", -1));
        }
        return rows;
    }
}
