package org.gvc4j.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gvc4j.Gvc;
import org.gvc4j.cli.Main;
import org.gvc4j.source.CsvFolderWriter;
import org.gvc4j.source.SyntheticTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** scripts/panel.groovy, run trusted: the participation measures over a folder of tables, as the API computes them. */
class PanelRecipeTest {
    @TempDir
    Path tmp;

    @Test
    void panelRecipeWritesTheParticipationMeasuresOfEveryTable() throws Exception {
        Path tables = tmp.resolve("tables");
        for (int i = 0; i < 3; i++) {
            CsvFolderWriter.write(SyntheticTable.generate(40 + i, 4, 3, 0), tables.resolve("adb" + (2010 + i)));
        }
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        String printed = run(err, "run", "scripts/panel.groovy", tables.toString(), out.toString(),
            "--param", "database=adb", "--param", "threads=2");
        assertTrue(printed.contains("panel: 3 tables, 8 decompositions"), printed);
        assertTrue(printed.contains("wrote " + out.resolve("bm2023_bilateral_self.csv") + " (36 rows)"), printed);
        List<String> names = List.of("bm2025_trade_measures", "bm2025_tripartite_trade", "bm2025_output_measures",
                "bm2025_output_measures_sector", "bm2023_exporter", "bm2023_bilateral_source", "bm2023_bilateral_sink",
                "bm2023_bilateral_self");
        int[] rows = {12, 36, 12, 36, 12, 36, 36, 36};
        for (int i = 0; i < names.size(); i++) {
            Table t = Table.read().csv(out.resolve(names.get(i) + ".csv").toFile());
            assertEquals(rows[i], t.rowCount(), names.get(i));
            assertEquals(List.of("database", "year"), t.columnNames().subList(0, 2));
        }
        Table t = Table.read().csv(out.resolve("bm2025_trade_measures.csv").toFile());
        double[] api = Gvc.load(tables.resolve("adb2011")).decompose().bm2025().trade().exporters().column("GVC_PF");
        for (int r = 0; r < api.length; r++) {
            assertEquals(2011, t.intColumn("year").get(4 + r));
            assertEquals(api[r], t.doubleColumn("GVC_PF").get(4 + r), 0.0, "the exact double");
        }
        // rerun with resume: nothing recomputed
        String again = run(err, "run", "scripts/panel.groovy", tables.toString(), out.toString(),
            "--param", "database=adb", "--param", "resume=true");
        assertTrue(again.contains("3 finished earlier (checkpoints kept), 0 to compute"), again);
    }

    /** Runs gvc and returns what the recipe printed (recipes print to System.out). */
    static String run(StringWriter err, String... args) {
        java.io.PrintStream old = System.out;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
            code = Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code, err.toString());
        return buf.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
