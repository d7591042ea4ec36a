package org.gvc4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded smoke run of the benchmarks (the real ones are `gvc bench TABLE` and `gvc bench --synthetic ...`, not
 * tests): on the demo table every step runs once, the classic method families included (they replaced the
 * ClassicTimingTest and PositionTimingTest of the default suite).
 */
class BenchSmokeTest {
    @TempDir
    Path tmp;

    @Test
    void syntheticBenchRunsEveryStepAndWritesTheTable() throws Exception {
        StringWriter out = new StringWriter();
        Path md = tmp.resolve("bench.md");
        int code = Main.execute(new String[] {"bench", "--synthetic", "48,96", "--repeat", "1", "--markdown", md.toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, code, out.toString());
        String table = Files.readString(md);
        assertTrue(table.contains("| bm2023 bilateral self, all pairs |"), table);
        assertTrue(table.contains("| n = 48 | n = 96 |") || table.contains("n = 48"), table);
        assertTrue(table.contains("inverse GFLOP/s"), table);
    }

    @Test
    void growthExponentIsTheLogLogSlope() {
        assertEquals(3.0, SyntheticBench.exponent(Map.of(100, 1.0, 200, 8.0, 400, 64.0)), 1e-12);
    }

    @Test
    void benchOfARealFolderWritesItsCsv() throws Exception {
        Path csv = tmp.resolve("steps.csv");
        int code = Main.execute(new String[] {"bench", "demo", "--repeat", "1", "--csv", csv.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        String text = Files.readString(csv);
        assertTrue(text.startsWith("step,seconds,peak_heap_mb\n\"load\","), text);
        for (String step : List.of("leontief: exports by origin, sector, origin sector; final demand",
                "hiy: vertical specialisation, countries + sectors", "kww: 9 terms by exporter",
                "wwz: 16 terms, every level", "miroudotYe: country, world, pair and sector perimeters",
                "tiva: countries, sectors, partners, cells", "wwyz: participation and lengths, countries + sectors",
                "upstreamness + downstreamness, countries + sectors", "apl: country pairs + sectors",
                "koopman: countries + sectors", "rca: gross + value added", "icio: the 11 Stata icio combinations",
                "leontief: exports, every cell (n² rows)", "apl: full matrix (one n×n product)")) {
            assertTrue(text.contains("\n\"" + step + "\","), "bench step " + step + " in\n" + text);
        }
    }
}
