package org.gvc4j.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.error.InvalidTableException;
import org.gvc4j.method.Frame;
import org.gvc4j.model.Conventions;
import org.gvc4j.source.SyntheticTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: no NaN or ±Infinity in a result. A ratio with a zero denominator is missing (NaN in the table, an empty
 * CSV cell, NA printed) and named in a note; an overflow is an error; a singular table names the industry.
 */
class MissingValuesTest {
    @TempDir
    Path tmp;

    @Test
    void sharesOfZeroExportsAreMissingWithANoteAndAnEmptyCell() throws IOException {
        MrioTable io = new MrioTable(SyntheticTable.generate(7, 1, 3, 0), Conventions.DEFAULT);
        MeasureTable m = io.decompose().bm2025().trade().exporters();
        assertTrue(Double.isNaN(m.column("share_GVC")[0]));
        assertTrue(m.toTable().doubleColumn("share_GVC").isMissing(0), "Tablesaw's own missing value");
        assertEquals(List.of("share_GVC, share_PF, share_TS, share_PB, position, participation_F, participation_B: missing (zero "
                + "denominator) in 1 row: C01"),
                m.getNotes());
        Path f = tmp.resolve("m.csv");
        m.saveCsv(f);
        List<String> lines = Files.readAllLines(f);
        assertEquals("exporter,E,DAVAX,GVC,GVC_PF,GVC_TS,GVC_PB,share_GVC,share_PF,share_TS,share_PB,position,"
                + "participation_F,participation_B", lines.get(0));
        assertEquals("C01,0,0,0,0,0,0,,,,,,,", lines.get(1));
        assertTrue(m.toString().contains("   NA"), m.toString());
        assertFalse(m.toString().contains("NaN"), m.toString());
        assertTrue(m.toString().contains("note: share_GVC, share_PF, share_TS, share_PB, position, participation_F, "
                + "participation_B: missing (zero denominator) in 1 row: C01"), m.toString());
    }

    @Test
    void wiod2013SectorOutputMeasuresNameTheirMissingRows() throws IOException {
        Path wiod = Path.of("../shared/reference/wiod2013-2011");
        Assumptions.assumeTrue(Files.isDirectory(wiod), "../shared/reference/wiod2013-2011 not present");
        MeasureTable r = Gvc.load(wiod).decompose().bm2025().output().countries().bySector();
        int rows = 0;
        for (int i = 0; i < r.getRowCount(); i++) {
            boolean any = false;
            for (String c : r.getColumnNames()) {
                if (!c.equals("country") && !c.equals("sector") && Double.isNaN(r.column(c)[i])) {
                    any = true;
                }
            }
            rows += any ? 1 : 0;
        }
        assertEquals(43, rows, "the 43 rows the fuzz campaign found written as NaN");
        assertEquals(2, r.getNotes().size(), r.getNotes().toString());
        assertTrue(r.getNotes().get(0).startsWith("share_GVC: missing (zero denominator) in 22 rows: AUS/c35, BGR/c35, "),
                r.getNotes().get(0));
        assertTrue(r.getNotes().get(1).startsWith("share_PF, share_TS, share_PB, position: missing (zero denominator) in "
                + "43 rows: AUS/c35, AUT/c35, "), r.getNotes().get(1));
        assertTrue(r.getNotes().get(1).endsWith(", TUR/c35, TWN/c35"), r.getNotes().get(1));
        Path f = tmp.resolve("s.csv");
        r.saveCsv(f);
        String text = Files.readString(f);
        assertFalse(text.contains("NaN") || text.contains("Inf"), "no NaN or Inf written");
        String lux = text.lines().filter(l -> l.startsWith("LUX,c35,")).findFirst().orElseThrow();
        assertTrue(lux.endsWith(",,,,"), "four empty cells at the end: " + lux);
    }

    @Test
    void overflowIsAnErrorNamingTheIndustry() {
        double big = 1e308;
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> Gvc.builder().countries("A", "B")
                .sectors("x").intermediate(new double[][] {{big, big}, {1, 1}})
                .finalDemand(new double[][] {{big, big}, {1, 1}}).output(new double[] {big, 4}).build()
                .decompose().bm2025().trade().exporters().getRowCount());
        assertEquals("table: final demand of A.x is too large for a double (the sum overflows): rescale the table's "
                + "values (e.g. to millions)", e.getMessage());
    }

    @Test
    void frameRefusesInfinityAndUnknownNaN() {
        Frame f = new Frame(List.of("k"), List.of("a", "b"));
        InvalidTableException e = assertThrows(InvalidTableException.class,
                () -> f.add(new String[] {"CHN"}, new double[] {1, Double.POSITIVE_INFINITY}));
        assertEquals("b of CHN is too large for a double (overflow): the table's values are too large; rescale them "
                + "(e.g. to millions)", e.getMessage());
        IllegalStateException bug = assertThrows(IllegalStateException.class,
                () -> f.add(new String[] {"USA"}, new double[] {0.0 / 0.0, 1}));
        assertEquals("bug: a of USA is NaN but is not a ratio with a zero denominator; please report it with the table",
                bug.getMessage());
        f.add(new String[] {"DEU"}, new double[] {Frame.ratio(1, 0), Frame.ratio(1, 2)});
        assertEquals(0.5, f.value(0, 1));
        assertEquals(List.of("a: missing (zero denominator) in 1 row: DEU"), f.notes());
    }

    @Test
    void singularTableNamesTheIndustry() {
        // industry B.y uses exactly its own output as input: column B.y of I - A is zero
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> Gvc.builder().countries("A", "B")
                .sectors("x", "y").intermediate(new double[][] {{1, 0, 1, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 5}})
                .finalDemand(new double[][] {{2, 1}, {1, 1}, {1, 2}, {0, 0}}).output(new double[] {4, 3, 4, 5}).build()
                .decompose().bm2025().trade().exporters().getRowCount());
        assertEquals("table: I - A is singular at industry B.y; check that industry's inputs against its output (input "
                + "coefficients that add up to 1 or more, or a zero row and column with non-zero output); the largest "
                + "input-coefficient column sum is 1.00000000000 at B.y", e.getMessage());
    }
}
