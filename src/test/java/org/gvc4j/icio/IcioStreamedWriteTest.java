package org.gvc4j.icio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.method.Frame;
import org.gvc4j.method.icio.Combination;
import org.gvc4j.method.icio.Icio;
import org.gvc4j.method.icio.IcioColumns;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.result.MeasureTables;
import org.gvc4j.result.Naming;
import org.gvc4j.testing.RandomTables;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code icio().writeAll} streams each combination's rows to its file as they are made (issue 20 item 3); every file
 * must be byte for byte the file the in-memory path writes ({@code compute(c).named(ICIO).saveCsv(..)}), for every
 * supported combination, on random tables (balanced and unbalanced) and on WIOD 2013's 2011 table.
 */
class IcioStreamedWriteTest {
    @TempDir
    Path tmp;

    private static void assertSameFiles(MrioTable io, Path dir) throws Exception {
        Path streamed = dir.resolve("streamed");
        Path inMemory = dir.resolve("in-memory");
        List<Path> files = io.decompose().icio().writeAll(streamed);
        assertEquals(Combination.supported().size(), files.size());
        for (Combination c : Combination.supported()) {
            Path expected = inMemory.resolve(c.fileName());
            io.decompose().icio().compute(c).named(Naming.ICIO).saveCsv(expected);
            byte[] want = Files.readAllBytes(expected);
            byte[] got = Files.readAllBytes(streamed.resolve(c.fileName()));
            if (io.getCountries().size() >= 2) {
                assertTrue(new String(want, java.nio.charset.StandardCharsets.UTF_8).split("\n").length >= 2,
                        c + ": the in-memory file has rows");
            }
            assertArrayEquals(want, got, c + ": the streamed file differs from the in-memory one");
        }
        try (Stream<Path> s = Files.list(streamed)) {
            assertEquals(Combination.supported().size(), s.count(), "one file per combination, nothing else");
        }
    }

    @Test
    void streamedFilesEqualTheInMemoryFilesOnRandomTables() throws Exception {
        int multiCountry = 0;
        for (long seed = 1; seed <= 8; seed++) {
            MrioTable io = seed % 2 == 0 ? RandomTables.balanced(seed)
                    : new MrioTable(RandomTables.unbalancedData(seed), Conventions.DEFAULT);
            assertSameFiles(io, tmp.resolve("seed" + seed));
            multiCountry += io.getCountries().size() >= 2 ? 1 : 0;
        }
        assertTrue(multiCountry >= 4, "most seeds have two countries or more, so pair files have rows");
    }

    @Test
    void streamedFilesEqualTheInMemoryFilesOnWiod2011() throws Exception {
        assertSameFiles(Gvc.load(Reference.table("wiod2013-2011")), tmp);
    }

    @Test
    void aStreamedFrameHandsOnTheKeptRowsInOrder() {
        MrioTable io = RandomTables.balanced(7);
        LeontiefModel m = LeontiefModel.of(io.getData(), io.getConventions());
        for (Combination c : Combination.supported()) {
            Frame kept = new Icio(m).compute(c);
            List<String> keys = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            Frame streamed = new Icio(m).compute(c, new Frame.Rows() {
                @Override
                public void columns(List<String> keyNames, List<String> valueNames) {
                    assertEquals(kept.keyNames(), keyNames);
                    assertEquals(kept.valueNames(), valueNames);
                }

                @Override
                public void row(String[] rowKeys, double[] rowValues) {
                    keys.add(String.join("/", rowKeys));
                    for (double v : rowValues) {
                        values.add(v);
                    }
                }
            });
            assertTrue(kept.rowCount() > 0, c.toString());
            assertEquals(kept.rowCount(), streamed.rowCount(), c.toString());
            assertEquals(kept.notes(), streamed.notes(), c.toString());
            assertThrows(IllegalStateException.class, () -> streamed.value(0, 0), "a streamed frame keeps no rows");
            int w = kept.valueNames().size();
            for (int r = 0; r < kept.rowCount(); r++) {
                StringBuilder k = new StringBuilder();
                for (int j = 0; j < kept.keyNames().size(); j++) {
                    k.append(j == 0 ? "" : "/").append(kept.key(r, j));
                }
                assertEquals(k.toString(), keys.get(r), c + " row " + r);
                for (int j = 0; j < w; j++) {
                    assertEquals(Double.doubleToRawLongBits(kept.value(r, j)),
                            Double.doubleToRawLongBits(values.get(r * w + j)), c + " row " + r + " column " + j);
                }
            }
        }
    }

    @Test
    void aFailingProducerLeavesNoFile() {
        Path file = tmp.resolve("out").resolve("x.csv");
        assertThrows(IllegalStateException.class, () -> MeasureTables.saveCsvStreamed(file, IcioColumns.ICIO_EXPORTS,
                rows -> {
                    Frame f = new Frame(List.of("exporter"), List.of("GEXP"), rows);
                    f.add(new String[] {"A"}, new double[] {1.0});
                    throw new IllegalStateException("stop");
                }));
        assertFalse(Files.exists(file));
    }
}
