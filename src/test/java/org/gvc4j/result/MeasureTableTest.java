package org.gvc4j.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.error.GvcException;
import org.gvc4j.error.InvalidTableException;
import org.gvc4j.error.UnknownLabelException;
import org.gvc4j.script.Recipes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for names (exactly, then ignoring case, else an error with the valid names) in where(..) and value(..);
 * an unknown key is an error, never an empty or shortened table; peer names; show's screenful.
 */
class MeasureTableTest {
    private final MrioTable io = Gvc.demo();

    @TempDir
    Path tmp;

    @Test
    void whereMatchesAsCountriesAreAndRefusesUnknownKeys() {
        MeasureTable all = io.decompose().bm2025().trade().exporters();
        MeasureTable two = all.where("exporter", "chn", "USA");
        assertEquals(List.of("USA", "CHN"), two.keys("exporter"));
        UnknownLabelException e = assertThrows(UnknownLabelException.class, () -> all.where("exporter", "DEU", "FRA"));
        assertEquals("Unknown exporter \"FRA\" (did you mean USA?). Valid exporter values in this result: DEU, USA, CHN, "
                + "MEX, ROW", e.getMessage());
        MeasureTable china = io.decompose().bm2025().trade().exporter("CHN");
        e = assertThrows(UnknownLabelException.class, () -> china.where("exporter", "USA"));
        assertEquals("Unknown exporter \"USA\". Valid exporter values in this result: CHN",
                e.getMessage());
        GvcException m = assertThrows(GvcException.class, () -> all.where("E", "1"));
        assertEquals("where: \"E\" is a measure; the key columns of bm2025().trade().exporters() are exporter", m.getMessage());
        m = assertThrows(GvcException.class, () -> all.where("exporter"));
        assertEquals("where(\"exporter\"): give at least one value", m.getMessage());
        MeasureTable sectors = io.decompose().icio().exporter("CHN").bySector();
        assertEquals(List.of("Energy"), sectors.where("sector", "ENERGY").keys("sector"));
    }

    @Test
    void valueFindsTheRowByKeysInOrder() {
        MeasureTable pairs = io.decompose().bm2025().trade().exporters().importers();
        assertEquals(pairs.where("exporter", "CHN").where("importer", "USA").column("E")[0],
                pairs.value("E", "chn", "usa"));
        GvcException e = assertThrows(GvcException.class, () -> pairs.value("E", "CHN"));
        assertEquals("value: rows of bm2025().trade().exporters().importers() are identified by 2 keys (exporter, "
                + "importer); got 1: give them in that order", e.getMessage());
        e = assertThrows(GvcException.class, () -> pairs.value("E", "CHN", "CHN"));
        assertEquals("value: no row CHN/CHN in bm2025().trade().exporters().importers() (each key exists, but not "
                + "together)", e.getMessage());
    }

    @Test
    void namesDifferingOnlyByCaseAreRefusedWhenTheTableIsBuilt() {
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> Gvc.builder().countries("chn", "CHN")
                .sectors("x").intermediate(new double[][] {{1, 1}, {1, 1}}).finalDemand(new double[][] {{1, 1}, {1, 1}})
                .output(new double[] {4, 4}).build());
        assertEquals("country names \"chn\" and \"CHN\" differ only by case; names are matched ignoring case, so rename "
                + "one of them", e.getMessage());
    }

    @Test
    void aNamingRenamesOnlyWhatThePeerNamesDifferentlyAndIsReadInItsOwnNames() {
        MeasureTable seed = io.decompose().bm2025().trade().exporter("CHN").named(Naming.GVC_ANALYZER);
        assertEquals(List.of("exporter", "E_s", "DAVAX", "GVC_s", "GVC_PF_s", "GVC_TS_s", "GVC_PB_s", "share_GVC_trade",
                "share_PF_trade", "share_TS_trade", "share_PB_trade", "forward_trade", "participation_F",
                "participation_B"), seed.getColumnNames());
        assertEquals(seed.column("E_s")[0], io.decompose().bm2025().trade().exporter("CHN").column("E")[0]);
        GvcException e = assertThrows(GvcException.class, () -> seed.column("E"));
        assertTrue(e.getMessage().startsWith("column: no column \"E\" in bm2025().trade().exporter(\"CHN\"); its columns "
                + "are exporter, E_s, DAVAX,"), e.getMessage());
        assertEquals(List.of("Exporting_Country", "Exporting_Industry", "Importing_Country", "GEXP"),
                io.decompose().icio().exporter("CHN").importers().bySector().named(Naming.ICIO).getColumnNames()
                        .subList(0, 4));
        assertEquals(List.of("Importing_Country", "GIMP", "VA", "DC"),
                io.decompose().icio().importers().named(Naming.ICIO).getColumnNames());
        // a result gvcAnalyzer does not compute keeps gvc4j's names
        assertEquals(io.decompose().bm2025().trade().exporter("CHN").bySector().getColumnNames(),
                io.like(Naming.GVC_ANALYZER).decompose().bm2025().trade().exporter("CHN").bySector().getColumnNames());
    }

    @Test
    void showPrintsAScreenfulAndSaysHowManyRowsAreLeft() {
        String out = Recipes.run("""
                def pairs = demo().decompose().bm2025().trade().exporters().importers().bySector()
                show pairs
                show pairs, 79
                show pairs.toTable(), 2
                """, "show.groovy", true, List.of(), List.of(), tmp);
        String[] lines = out.split("\n");
        assertEquals("# bm2025().trade().exporters().importers().bySector() (Borin, Mancini & Taglioni (2025); demo, "
                + "value added residual, output as given)", lines[0]);
        assertTrue(lines[1].startsWith("exporter  sector         importer"), lines[1]);
        assertEquals("… 60 more rows", lines[22]);
        assertEquals("", lines[23]);
        assertEquals(lines[0], lines[24]);
        assertEquals("… 1 more row", lines[24 + 81]);
        assertTrue(out.endsWith("… 78 more rows\n"), out.substring(out.length() - 200));
    }
}
