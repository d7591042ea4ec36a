package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gvc4j.Gvc;
import org.gvc4j.cli.Main;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The recipes in scripts/ do what their headers say. */
class RecipesInScriptsTest {
    @TempDir
    Path tmp;

    /**
     * vignette.groovy reproduces every seed table on the toy table: each saved file matches the seed's expected file
     * (README default rule, 1e-9 relative), under the sandbox.
     */
    @Test
    void vignetteReproducesTheSeedTables() throws IOException {
        Path toy = Reference.table("gvcanalyzer-toy");
        Path out = tmp.resolve("out");
        String printed = Recipes.run(Files.readString(Path.of("scripts/vignette.groovy")), "vignette.groovy", true,
                List.of(toy.toString(), out.toString()), List.of(toy), out);
        assertTrue(printed.contains("== bm_2025_tripartite_trade_all"), printed);
        assertTrue(printed.contains("DAVAX_sr"), "seed column names are printed");
        int checked = 0;
        try (Stream<Path> files = Files.list(toy.resolve("expected"))) {
            for (Path exp : files.filter(p -> p.getFileName().toString().startsWith("bm_")).toList()) {
                Path got = out.resolve(exp.getFileName());
                assertTrue(Files.exists(got), "vignette wrote " + got.getFileName());
                Reference.assertMatches(exp, Table.read().csv(got.toFile()));
                checked++;
            }
        }
        assertEquals(11, checked);
    }

    @Test
    void participationWritesOneCsvPerResult() throws IOException {
        Path toy = Reference.table("gvcanalyzer-toy");
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"run", "--sandbox", "--out", out.toString(), "scripts/participation.groovy",
            toy.toString(), out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        List<String> names = List.of("bm2025_trade_measures", "bm2025_tripartite_trade", "bm2025_output_measures",
                "bm2025_output_measures_sector", "bm2023_exporter", "bm2023_bilateral_source", "bm2023_bilateral_sink",
                "bm2023_bilateral_self");
        int[] rows = {4, 12, 4, 12, 4, 12, 12, 12};
        for (int i = 0; i < names.size(); i++) {
            Table t = Table.read().csv(out.resolve(names.get(i) + ".csv").toFile());
            assertEquals(rows[i], t.rowCount(), names.get(i));
        }
        Table measures = Table.read().csv(out.resolve("bm2025_trade_measures.csv").toFile());
        double[] api = Gvc.load(toy).decompose().bm2025().trade().exporters().column("GVC_PF");
        for (int r = 0; r < api.length; r++) {
            assertEquals(api[r], measures.doubleColumn("GVC_PF").get(r), 0.0, "CSV round-trips the exact double");
        }
    }

    /** icio.groovy writes every supported combination; those the reference has match it (README default rule). */
    @Test
    void icioWritesEveryCombinationAndMatchesTheReference() throws IOException {
        Path toy = Reference.table("gvcanalyzer-toy");
        Path out = tmp.resolve("out");
        String printed = Recipes.run(Files.readString(Path.of("scripts/icio.groovy")), "icio.groovy", true,
                List.of(toy.toString(), out.toString()), List.of(toy), out);
        assertTrue(printed.startsWith("wrote "), printed);
        int compared = 0;
        try (Stream<Path> files = Files.list(toy.resolve("expected"))) {
            for (Path exp : files.filter(p -> p.getFileName().toString().startsWith("icio_exports_country")
                    || p.getFileName().toString().startsWith("icio_imports")).toList()) {
                Path got = out.resolve(exp.getFileName());
                assertTrue(Files.exists(got), "icio.groovy wrote " + got.getFileName());
                compared++;
            }
        }
        assertTrue(compared >= 3, "compared " + compared);
    }

    /** gravity.groovy estimates the public gravity cases in the sandbox and prints the report-style table. */
    @Test
    void gravityPrintsTheRegressionTable() throws IOException {
        Path stats = Reference.root().resolve("stats");
        String printed = Recipes.run(Files.readString(Path.of("scripts/gravity.groovy")), "gravity.groovy", true,
                List.of(stats.toString()), List.of(stats), tmp);
        assertTrue(printed.contains("rta                              0.557***"), printed);
        assertTrue(printed.contains("Observations                      28,482            28,152            25,689"), printed);
        assertTrue(printed.contains("RTA effect (PPML, pair FE): +74.6%"), printed);
    }

    @Test
    void gvcDemoRunsTheDemoRecipe() {
        StringWriter err = new StringWriter();
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        int code;
        try {
            System.setOut(new java.io.PrintStream(buf, true));
            code = Main.execute(new String[] {"demo"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code, err.toString());
        String out = buf.toString();
        assertEquals(10, out.split("\n## ").length - 1, out);
        assertTrue(out.contains("CHN       USA"), out);
    }
}
