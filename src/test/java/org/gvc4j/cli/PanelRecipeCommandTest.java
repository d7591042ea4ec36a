package org.gvc4j.cli;

import static org.gvc4j.cli.PanelCommandTest.assertError;
import static org.gvc4j.cli.PanelCommandTest.gvc;
import static org.gvc4j.cli.PanelCommandTest.markers;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.cli.PanelCommandTest.Run;
import org.gvc4j.model.Execution;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.source.CsvFolderWriter;
import org.gvc4j.source.ReadOptions;
import org.gvc4j.source.SyntheticTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gvc panel --recipe}: the kinds of scripts/panel-measures.groovy over synthetic tables equal {@code --measures}
 * byte for byte and the library called per table, a recipe run killed halfway resumes to the same bytes, and bad
 * recipes, bad kind names and closures failing on one table give one-line errors naming the recipe line and the table,
 * with no combined output written.
 */
class PanelRecipeCommandTest {
    static final String RECIPE = "scripts/panel-measures.groovy";

    @TempDir
    Path tmp;

    @Test
    void theRecipesKindsEqualMeasuresAndTheLibraryPerTable() throws Exception {
        Path byMeasures = tmp.resolve("measures");
        Run m = gvc("panel", "--synthetic", "3x6x4", "--out", byMeasures.toString(), "--threads", "1");
        assertEquals(0, m.code(), m.err());
        Path byRecipe = tmp.resolve("recipe");
        Run r = gvc("panel", "--synthetic", "3x6x4", "--out", byRecipe.toString(), "--threads", "1", "--recipe", RECIPE);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("panel: 3 tables, 5 decompositions (bm2025_trade_measures, bm2025_output_measures, "
                + "icio_exporter_source, bm2025_trade_sector, icio_bilateral_source)"), r.out());
        for (String kind : List.of("bm2025_trade_measures", "bm2025_output_measures", "icio_exporter_source")) {
            byte[] want = Files.readAllBytes(byMeasures.resolve(kind + ".csv"));
            assertTrue(want.length > 200, kind);
            assertArrayEquals(want, Files.readAllBytes(byRecipe.resolve(kind + ".csv")), kind);
        }
        // the kinds --measures does not have, against the library called on each table (one thread, as --threads 1)
        Map<String, Function<MrioTable, MeasureTable>> custom = Map.of(
                "bm2025_trade_sector", io -> io.decompose().bm2025().trade().exporters().bySector(),
                "icio_bilateral_source", io -> io.decompose().icio().exporters().importers());
        for (Map.Entry<String, Function<MrioTable, MeasureTable>> e : custom.entrySet()) {
            StringBuilder want = new StringBuilder();
            for (int year = 1950; year <= 1952; year++) {
                MrioTable io = Gvc.load(byRecipe.resolve("tables").resolve("synthetic_" + year),
                        ReadOptions.DEFAULT.withYear(year)).withExecution(Execution.threads(1));
                Path one = tmp.resolve(e.getKey() + year + ".csv");
                e.getValue().apply(io).saveCsv(one);
                List<String> lines = Files.readAllLines(one, StandardCharsets.UTF_8);
                if (year == 1950) {
                    want.append("database,year,").append(lines.get(0)).append('\n');
                }
                for (String line : lines.subList(1, lines.size())) {
                    want.append("synthetic,").append(year).append(',').append(line).append('\n');
                }
            }
            String got = Files.readString(byRecipe.resolve(e.getKey() + ".csv"), StandardCharsets.UTF_8);
            assertEquals(want.toString(), got, e.getKey());
        }
        long pairs = Files.readAllLines(byRecipe.resolve("icio_bilateral_source.csv")).size() - 1;
        assertEquals(3 * 6 * 5, pairs, "3 tables of 6 exporters x 5 importers");
        long sectors = Files.readAllLines(byRecipe.resolve("bm2025_trade_sector.csv")).size() - 1;
        assertEquals(3 * 6 * 4, sectors, "3 tables of 6 countries x 4 sectors");
    }

    @Test
    void thePanelPageShowsTheCanonicalRecipesMapAsItIs() throws Exception {
        // dsl-docs/panel.md lists scripts/panel-measures.groovy's map in a text block (a panel recipe is not a gvc run
        // recipe, so the docs test does not run it); the recipe is what the tests above run, so the page must match
        List<String> recipe = Files.readAllLines(Path.of(RECIPE), StandardCharsets.UTF_8);
        String map = String.join("\n", recipe.subList(recipe.indexOf("["), recipe.size())).strip();
        assertTrue(map.endsWith("]") && map.contains("bm2025_trade_sector"), map);
        String page = Files.readString(Path.of("dsl-docs", "panel.md"), StandardCharsets.UTF_8);
        assertTrue(page.contains("```text\n" + map + "\n```"), "dsl-docs/panel.md does not show the map of " + RECIPE);
    }

    @Test
    void aRecipeRunKilledHalfwayResumesToTheSameBytes() throws Exception {
        Path tables = tmp.resolve("tables");
        for (int i = 0; i < 8; i++) {
            CsvFolderWriter.write(SyntheticTable.generate(40 + i, 8, 10, 0), tables.resolve("wiod-" + (2005 + i)));
        }
        Path whole = tmp.resolve("whole");
        Run w = gvc("panel", tables.toString(), "--out", whole.toString(), "--threads", "2", "--recipe", RECIPE);
        assertEquals(0, w.code(), w.err());

        Path out = tmp.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Dgvc4j.backend=" + System.getProperty("gvc4j.backend", "auto"), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "panel", tables.toString(), "--out",
                out.toString(), "--threads", "1", "--recipe", RECIPE);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (markers(out).size() < 2 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        Map<String, FileTime> finished = markers(out);
        assertTrue(finished.size() >= 2, "killed before 2 tables were done: " + Files.readString(tmp.resolve("log.txt")));
        System.out.println("recipe run killed after " + finished.size() + " of 8 tables");

        Run again = gvc("panel", tables.toString(), "--out", out.toString(), "--resume", "--threads", "2",
                "--recipe", RECIPE);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains(finished.size() + " finished earlier (checkpoints kept), "
                + (8 - finished.size()) + " to compute"), again.out());
        Map<String, FileTime> after = markers(out);
        for (Map.Entry<String, FileTime> e : finished.entrySet()) {
            assertEquals(e.getValue(), after.get(e.getKey()), e.getKey() + " was recomputed");
        }
        assertEquals(8, after.size());
        for (String kind : List.of("bm2025_trade_measures", "bm2025_output_measures", "icio_exporter_source",
                "bm2025_trade_sector", "icio_bilateral_source")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(kind + ".csv")), Files.readAllBytes(out.resolve(kind
                    + ".csv")), kind);
        }
    }

    @Test
    void aClosureFailingOnOneTableNamesTheRecipeLineAndTheTableAndWritesNoCombinedOutput() throws Exception {
        Path tables = tmp.resolve("t");
        CsvFolderWriter.write(SyntheticTable.generate(1, 3, 4, 0), tables.resolve("x_2005"));
        CsvFolderWriter.write(SyntheticTable.generate(2, 3, 3, 0), tables.resolve("x_2006"));
        CsvFolderWriter.write(SyntheticTable.generate(3, 3, 3, 0), tables.resolve("x_2007"));
        Path recipe = Files.writeString(tmp.resolve("fails.groovy"), String.join("\n",
                "[",
                "    ok  : { MrioTable io -> io.decompose().bm2025().output().countries() },",
                "    bad : { MrioTable io ->",
                "        if (io.getSize() == 12) {",
                "            throw new IllegalStateException('twelve industries')",
                "        }",
                "        io.decompose().bm2023().exporters()",
                "    },",
                "]", ""));
        Path out = tmp.resolve("o");
        Run r = gvc("panel", tables.toString(), "--out", out.toString(), "--threads", "2", "--recipe",
                recipe.toString());
        assertEquals(1, r.code(), r.out());
        String line = r.err().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(line.startsWith("gvc: 1 of 3 tables failed: t 2005 (" + tables.resolve("x_2005") + "): " + recipe
                + ":5: twelve industries; the others are checkpointed in "), line);
        assertFalse(Files.exists(out.resolve("ok.csv")), "no combined output after a failure");
        assertFalse(Files.exists(out.resolve("bad.csv")), "no combined output after a failure");
        assertEquals(2, markers(out).size(), "the two good tables are checkpointed");
        try (Stream<Path> s = Files.list(out.resolve("checkpoints"))) {
            assertEquals(List.of("t_2006", "t_2007"), s.map(f -> f.getFileName().toString()).sorted().toList(),
                    "nothing half-written: no staging folders, no folder for the failed table");
        }
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("checkpoints"), s.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void badRecipesAndKindNamesAreOneLineErrors() throws Exception {
        Path tables = tmp.resolve("t");
        CsvFolderWriter.write(SyntheticTable.generate(1, 3, 2, 0), tables.resolve("x_2005"));
        String t = tables.toString();
        String o = tmp.resolve("o").toString();
        Path badName = recipe("name.groovy", "[ 'trade/../x': { MrioTable io -> io.decompose().bm2023().exporters() } ]");
        assertError(badName + ": result name \"trade/../x\": use lower-case letters, digits, _ and -", "panel", t,
                "--out", o, "--recipe", badName.toString());
        Path upper = recipe("upper.groovy", "[ Trade: { MrioTable io -> io.decompose().bm2023().exporters() } ]");
        assertError(upper + ": result name \"Trade\"", "panel", t, "--out", o, "--recipe", upper.toString());
        Path notMap = recipe("notmap.groovy", "def x = 1\nx + 1");
        assertError(notMap + ": a panel recipe ends with a map from result names to closures, e.g. [", "panel", t,
                "--out", o, "--recipe", notMap.toString());
        Path empty = recipe("empty.groovy", "[:]");
        assertError(empty + ": a panel recipe ends with a map from result names to closures, e.g. [", "panel", t,
                "--out", o, "--recipe", empty.toString());
        Path notClosure = recipe("notclosure.groovy", "[ a: 'io.decompose()' ]");
        assertError(notClosure + ": result \"a\": give a closure of one table { MrioTable io -> ... }, not a String",
                "panel", t, "--out", o, "--recipe", notClosure.toString());
        Path twoArgs = recipe("two.groovy", "[ a: { MrioTable io, int k -> io.decompose().bm2023().exporters() } ]");
        assertError(twoArgs + ": result \"a\": give a closure of one table", "panel", t, "--out", o, "--recipe",
                twoArgs.toString());
        Path wrongType = recipe("type.groovy", "[ a: { String s -> s } ]");
        assertError(wrongType + ": result \"a\": give a closure of one table", "panel", t, "--out", o, "--recipe",
                wrongType.toString());
        Path syntax = recipe("syntax.groovy", "// a panel\n[ a: { MrioTable io -> io.decompose( } ]");
        assertError(syntax + ":2:", "panel", t, "--out", o, "--recipe", syntax.toString());
        Path body = recipe("body.groovy", "// a panel\nthrow new IllegalStateException('no kinds today')\n[:]");
        assertError(body + ":2: no kinds today", "panel", t, "--out", o, "--recipe", body.toString());
        Path number = recipe("number.groovy", "[ a: { MrioTable io -> io.getSize() } ]");
        Run n = gvc("panel", t, "--out", tmp.resolve("n").toString(), "--recipe", number.toString());
        assertEquals(1, n.code());
        // the progress line of the failed table, then the error
        assertEquals(List.of("panel: t 2005 failed: " + number + ": result \"a\" gave an Integer, not a MeasureTable "
                + "(a closure ends with a result such as io.decompose().bm2025().trade().exporters())",
                "gvc: 1 of 1 tables failed: t 2005 (" + tables.resolve("x_2005") + "): " + number + ": result \"a\" "
                + "gave an Integer, not a MeasureTable (a closure ends with a result such as io.decompose().bm2025()"
                + ".trade().exporters()); the others are checkpointed in " + tmp.resolve("n") + ": fix these and rerun "
                + "with resume"), n.err().strip().lines().toList());
        assertError(tmp.resolve("none.groovy") + ": no such recipe file", "panel", t, "--out", tmp.resolve("o2")
                .toString(), "--recipe", tmp.resolve("none.groovy").toString());
        assertError("--sandbox: gvc panel runs a recipe trusted only", "panel", t, "--out", o, "--recipe",
                badName.toString(), "--sandbox");
        assertError("give --recipe or --measures, not both", "panel", t, "--out", o, "--recipe",
                badName.toString(), "--measures", "bm2023_exporter");
    }

    private Path recipe(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text + "\n");
    }
}
