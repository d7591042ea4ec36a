package org.gvc4j.panel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gvc4j.error.GvcException;
import org.gvc4j.source.CsvFolderWriter;
import org.gvc4j.source.SyntheticTable;
import org.gvc4j.stats.Estimate;
import org.gvc4j.stats.Fit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * A panel of 12 small synthetic tables: progress, checkpoints, resume after an interruption (finished tables are not
 * recomputed, the combined output is byte for byte an uninterrupted run's), a half-written checkpoint recomputed, and
 * the combined CSV as estimation data.
 */
class PanelRunnerTest {
    static final int TABLES = 12;

    @TempDir
    static Path data;

    @TempDir
    Path tmp;

    @BeforeAll
    static void writeTables() {
        for (int i = 0; i < TABLES; i++) {
            CsvFolderWriter.write(SyntheticTable.generate(100 + i, 5, 4, 0), data.resolve("synth_" + (2000 + i)));
        }
    }

    /** Counts computations per table, so a test can see which tables were recomputed. */
    static final class Counting {
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

        List<Decomposition> decompositions() {
            return List.of(
                    new Decomposition("bm2025_trade_measures", io -> {
                        calls.computeIfAbsent(io.getName(), k -> new AtomicInteger()).incrementAndGet();
                        return io.decompose().bm2025().trade().exporters();
                    }),
                    new Decomposition("bm2025_output_measures", io -> io.decompose().bm2025().output().countries()),
                    new Decomposition("icio_exporter_source", io -> io.decompose().icio().exporters()));
        }

        int total() {
            return calls.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    PanelRunner runner(Panel p, Counting c, Path out, ByteArrayOutputStream log) {
        java.io.PrintWriter ps = new java.io.PrintWriter(new java.io.OutputStreamWriter(log, StandardCharsets.UTF_8), true);
        return PanelRunner.of(p, c.decompositions()).out(out).threads(2).log(ps).progress(ps, false);
    }

    @Test
    void aPanelOfTwelveTablesRunsResumesAfterAnInterruptionAndGivesTheSameBytes() throws Exception {
        Panel p = Panel.fromFolder(data, "synth");
        assertEquals(TABLES, p.getSize());
        // uninterrupted
        Counting whole = new Counting();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Path full = tmp.resolve("full");
        PanelResult r = runner(p, whole, full, log).execute();
        assertEquals(TABLES, r.computed().size());
        assertEquals(TABLES, whole.total());
        String text = log.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("panel plan: n = 20"), text);
        assertTrue(text.contains("[12/12] synth 2011 done") || text.contains("/12] synth"), text);
        assertTrue(text.contains("ETA"), text);

        // interrupted after 5 tables: the listener throws, as a crash would
        Counting first = new Counting();
        Path out = tmp.resolve("resumed");
        AtomicInteger done = new AtomicInteger();
        RuntimeException crash = assertThrows(RuntimeException.class, () -> runner(p, first, out,
                new ByteArrayOutputStream()).onTableDone(s -> {
                    if (done.incrementAndGet() == 5) {
                        throw new IllegalStateException("simulated crash");
                    }
                }).execute());
        assertEquals("simulated crash", crash.getMessage());
        List<String> finished = new ArrayList<>();
        Map<String, FileTime> mtimes = new HashMap<>();
        for (PanelSource s : p.getSources()) {
            Path marker = out.resolve("checkpoints").resolve(s.key()).resolve(Checkpoints.MARKER);
            if (Files.exists(marker)) {
                finished.add(s.key());
                mtimes.put(s.key(), Files.getLastModifiedTime(marker));
            }
        }
        assertTrue(finished.size() >= 5 && finished.size() < TABLES, finished.toString());
        assertFalse(Files.exists(out.resolve("bm2025_trade_measures.csv")), "no combined output after a crash");

        // resume: only the unfinished tables are computed
        Counting second = new Counting();
        PanelResult resumed = runner(p, second, out, new ByteArrayOutputStream()).resume(true).execute();
        assertEquals(finished.size(), resumed.resumed().size());
        assertEquals(TABLES - finished.size(), second.total());
        assertEquals(TABLES - finished.size(), resumed.computed().size());
        for (String key : finished) {
            assertFalse(second.calls.containsKey(key), key + " was recomputed");
            assertEquals(mtimes.get(key), Files.getLastModifiedTime(out.resolve("checkpoints").resolve(key)
                    .resolve(Checkpoints.MARKER)), key + "'s checkpoint was rewritten");
        }
        for (Decomposition d : whole.decompositions()) {
            assertArrayEquals(Files.readAllBytes(full.resolve(d.name() + ".csv")),
                    Files.readAllBytes(out.resolve(d.name() + ".csv")), d.name() + " differs");
        }
        String csv = Files.readString(out.resolve("bm2025_trade_measures.csv"));
        assertTrue(csv.startsWith("database,year,exporter,"), csv.substring(0, 80));
        assertTrue(csv.contains("\nsynth,2000,") && csv.indexOf("\nsynth,2000,") < csv.indexOf("\nsynth,2011,"));

        // a second resume computes nothing and writes the same bytes
        Counting third = new Counting();
        runner(p, third, out, new ByteArrayOutputStream()).resume(true).execute();
        assertEquals(0, third.total());
    }

    @Test
    void onATerminalProgressIsOneLineRedrawnInPlace() {
        Panel p = Panel.of(Panel.fromFolder(data, "synth").getSources().subList(0, 3));
        java.io.StringWriter progress = new java.io.StringWriter();
        PanelRunner.of(p, new Counting().decompositions()).out(tmp.resolve("tty")).threads(1)
                .log(new java.io.PrintWriter(new java.io.StringWriter())).progress(new java.io.PrintWriter(progress), true)
                .execute();
        String text = progress.toString();
        assertTrue(text.contains("\r[------"), text);
        assertTrue(text.contains("] 0/3 tables · synth 2000: load · ETA …"), text);
        assertTrue(text.contains("0/3 tables · synth 2000: icio_exporter_source · ETA …"), text);
        assertTrue(text.contains("\r[####################] 3/3 tables · ETA 0:00"), text);
        assertEquals(1, text.chars().filter(c -> c == '\n').count(), "one line, redrawn with carriage returns");
    }

    @Test
    void aCheckpointWithoutItsMarkerIsRecomputed() throws Exception {
        Panel p = Panel.of(Panel.fromFolder(data, "synth").getSources().subList(0, 3));
        Path out = tmp.resolve("out");
        Counting c = new Counting();
        runner(p, c, out, new ByteArrayOutputStream()).execute();
        Path cp = out.resolve("checkpoints").resolve("synth_2001");
        byte[] before = Files.readAllBytes(out.resolve("icio_exporter_source.csv"));
        // half-written: the marker is missing and a file is cut short
        Files.delete(cp.resolve(Checkpoints.MARKER));
        Path f = cp.resolve("icio_exporter_source.csv");
        byte[] whole = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(whole, whole.length / 2));
        Counting again = new Counting();
        PanelResult r = runner(p, again, out, new ByteArrayOutputStream()).resume(true).execute();
        assertEquals(List.of("synth 2001"), r.computed().stream().map(PanelSource::toString).toList());
        assertEquals(1, again.total());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("icio_exporter_source.csv")));
        assertTrue(Files.exists(cp.resolve(Checkpoints.MARKER)));
    }

    @Test
    void theCombinedOutputLoadsAsEstimationData() throws Exception {
        Panel p = Panel.of(Panel.fromFolder(data, "synth").getSources().subList(0, 4));
        Path out = tmp.resolve("est");
        runner(p, new Counting(), out, new ByteArrayOutputStream()).execute();
        Path csv = out.resolve("bm2025_trade_measures.csv");
        Table t = org.gvc4j.stats.Datasets.readCsv(csv);
        assertEquals(4 * 5, t.rowCount());
        assertEquals(List.of("database", "year"), t.columnNames().subList(0, 2));
        Fit f = Estimate.ols(csv, "participation_B ~ participation_F | exporter + year").fit();
        assertTrue(Double.isFinite(f.toTable().doubleColumn("estimate").get(0)), f.toString());
    }

    @Test
    void aFailedTableIsNamedAndTheOthersAreCheckpointed() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("broken"));
        CsvFolderWriter.write(SyntheticTable.generate(1, 3, 2, 0), dir.resolve("t2001"));
        Files.createDirectories(dir.resolve("t2002"));
        Files.writeString(dir.resolve("t2002").resolve("Z.csv"), "not,a\ntable\n");
        Panel p = Panel.fromFolder(dir, "t");
        GvcException e = assertThrows(GvcException.class, () -> runner(p, new Counting(), tmp.resolve("o"),
                new ByteArrayOutputStream()).execute());
        assertTrue(e.getMessage().startsWith("1 of 2 tables failed: t 2002 ("), e.getMessage());
        assertTrue(Files.exists(tmp.resolve("o/checkpoints/t_2001").resolve(Checkpoints.MARKER)));
    }
}
